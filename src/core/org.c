/*
 * org.c — the organisation: the tenant everything belongs to. Creating one
 * also creates its company unit (the root of its unit tree) and its first
 * admin, who leads that unit. Vision and strategy, the top of the OKR
 * chain, are kept on the org, and so are its settings: its time zone (what
 * "today" is, grip_today), the day its week starts (what "this week" is,
 * grip_org_week) and its locale (the coach's word lists). Its slug, in
 * every address, stays what it was made as when the name changes.
 */
#include "core/internal.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "util/date.h"
#include "util/embedded.h"
#include "util/num.h"
#include "util/tz.h"

char *grip_slugify(struct grip *g, const char *name)
{
	size_t len = strlen(name);
	char *slug = grip_alloc(g, len + 4);
	if (!slug)
		return NULL;
	size_t n = 0;
	bool dash = false;
	for (const unsigned char *p = (const unsigned char *)name; *p; p++) {
		if (isalnum(*p) && *p < 0x80) {
			if (dash && n)
				slug[n++] = '-';
			slug[n++] = (char)tolower(*p);
			dash = false;
		} else if (*p < 0x80 || (*p & 0xc0) != 0x80) {
			dash = true; /* one dash per run of other characters */
		}
	}
	if (n == 0)
		memcpy(slug, "org", 4);
	else
		slug[n] = '\0';
	return slug;
}

struct grip_org *org_from_row(struct grip *g, struct store_stmt *st, int first)
{
	struct grip_org *o = grip_alloc(g, sizeof *o);
	if (!o)
		return NULL;
	o->id = store_col_int(st, first);
	o->slug = col_text(g, st, first + 1);
	o->name = col_text(g, st, first + 2);
	o->timezone = col_text(g, st, first + 3);
	o->locale = col_text(g, st, first + 4);
	o->week_start = (int)store_col_int(st, first + 5);
	o->vision = col_text(g, st, first + 6);
	o->strategy = col_text(g, st, first + 7);
	o->created_at = col_text(g, st, first + 8);
	o->remind_hour = (int)store_col_int(st, first + 9);
	/* The request's own org: its clock comes with it, not asked again. */
	if (o->id == g->org_id && g->today_org != g->org_id) {
		org_clock_set(g, o->timezone, o->week_start);
		g->today_org = g->org_id;
	}
	return o;
}

static void *org_row(struct grip *g, struct store_stmt *st)
{
	return org_from_row(g, st, 0);
}

#define ORG_COLS "id, slug, name, timezone, locale, week_start, vision, strategy, created_at, remind_hour"

/* The org of the request's credential was read with it, in this
 * transaction or one before it with no change since (grip_event clears
 * it): asked for again, it is not read again. */
static struct grip_org *own_org(struct grip *g, int64_t id, const char *slug)
{
	struct grip_org *o = g->own_org;
	if (!o || o->id != g->org_id || (id && o->id != id) || (slug && (!o->slug || strcmp(o->slug, slug) != 0)))
		return NULL;
	return o;
}

struct grip_org *grip_org_get(struct grip *g, int64_t id)
{
	struct grip_org *own = own_org(g, id, NULL);
	if (own)
		return own;
	return fetch_one(g, store_q(g->store, "SELECT " ORG_COLS " FROM orgs WHERE id = ?", V(id)),
			 org_row, "org");
}

struct grip_org *grip_org_find(struct grip *g, const char *slug)
{
	struct grip_org *own = slug ? own_org(g, 0, slug) : NULL;
	if (own)
		return own;
	struct store_stmt *st = store_q(g->store,
		"SELECT " ORG_COLS " FROM orgs WHERE CAST(? AS TEXT) IS NULL OR slug = ? ORDER BY id LIMIT 2",
		V(slug), V(slug));
	if (!st) {
		STORE_FAIL(g);
		return NULL;
	}
	struct grip_org *o = NULL;
	enum store_rc rc = store_step(st);
	if (rc == STORE_ROW) {
		o = org_row(g, st);
		if (o && !slug && store_step(st) == STORE_ROW) {
			grip_fail(g, GRIP_EINVAL, "org",
				  "the database holds several organisations; name one with --org");
			o = NULL;
		}
	} else if (rc == STORE_DONE) {
		if (slug)
			grip_fail(g, GRIP_ENOTFOUND, "org", "no organisation with slug %s", slug);
		else
			grip_fail(g, GRIP_ENOTFOUND, "org",
				  "the database holds no organisation yet; run grip init first");
	} else {
		STORE_FAIL(g);
	}
	store_done(st);
	return o;
}

struct grip_org *grip_org_create(struct grip *g, const char *name, const char *admin_email,
				 const char *admin_name)
{
	if (grip_check_text(g, "name", name, NAME_MAX_BYTES, true) < 0)
		return NULL;
	char *slug = grip_slugify(g, name);
	const char *now = grip_now_text(g);
	if (!slug || !now)
		return NULL;
	int64_t taken = 0;
	if (store_x(g->store, &taken, "SELECT COUNT(*) FROM orgs WHERE slug = ?", V(slug)) != STORE_OK) {
		STORE_FAIL(g);
		return NULL;
	}
	if (taken) {
		grip_fail(g, GRIP_ECONFLICT, "org", "an organisation with slug %s exists already", slug);
		return NULL;
	}
	int64_t id = 0;
	if (store_x(g->store, &id,
		    "INSERT INTO orgs (slug, name, created_at) VALUES (?, ?, ?) RETURNING id",
		    V(slug), V(name), V(now)) != STORE_OK) {
		STORE_FAIL(g);
		return NULL;
	}
	g->org_id = id;
	g->actor = NULL;
	struct grip_org *o = grip_org_get(g, id);
	if (!o || grip_event(g, "org", id, "create", NULL, grip_org_json(o), NULL) < 0)
		return NULL;
	/* The first admin acts from here on: they create themselves and the root unit. */
	struct grip_person *admin = grip_person_add(g, admin_email, admin_name, GRIP_ROLE_ADMIN);
	if (!admin)
		return NULL;
	g->actor = admin;
	if (!grip_unit_add(g, name, "company", NULL, admin->email, "org"))
		return NULL;
	return o;
}

int grip_org_set_strategy(struct grip *g, const char *vision, const char *strategy)
{
	struct grip_org_edit e = { .vision = vision, .strategy = strategy };
	return grip_org_edit(g, &e);
}

/* ---- settings: time zone, week start, locale ---- */

static const char *const weekdays[] = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
					"Saturday", "Sunday" };

const char *grip_weekday_name(int day)
{
	return day >= 1 && day <= 7 ? weekdays[day - 1] : NULL;
}

int grip_week_start_parse(const char *text)
{
	if (!text)
		return -1;
	if (text[0] >= '1' && text[0] <= '7' && text[1] == '\0')
		return text[0] - '0';
	size_t len = strlen(text);
	for (int i = 0; i < 7 && len >= 3; i++)
		if ((len == 3 || len == strlen(weekdays[i])) && strncasecmp(text, weekdays[i], len) == 0)
			return i + 1;
	return -1;
}

bool grip_timezone_valid(const char *name)
{
	return tz_exists(name);
}

int grip_locales(struct grip *g, const char ***out, size_t *n)
{
	const char **list = NULL;
	size_t count = 0, cap = 0;
	for (size_t i = 0; i < embedded_count; i++) {
		const char *name = embedded_files[i].name, *slash;
		if (strncmp(name, "lexicon/", 8) != 0 || !(slash = strchr(name + 8, '/')))
			continue;
		char *locale = arena_strndup(g->arena, name + 8, (size_t)(slash - name - 8));
		if (!locale)
			return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
		bool seen = false;
		for (size_t k = 0; k < count && !seen; k++)
			seen = strcmp(list[k], locale) == 0;
		if (!seen && push_ptr(g, (void ***)&list, &count, &cap, locale) < 0)
			return -1;
	}
	*out = list;
	*n = count;
	return 0;
}

static int check_locale(struct grip *g, const char *locale)
{
	const char **list;
	size_t n;
	if (grip_locales(g, &list, &n) < 0)
		return -1;
	for (size_t i = 0; i < n; i++)
		if (strcmp(list[i], locale) == 0)
			return 0;
	char known[128] = "";
	for (size_t i = 0; i < n; i++)
		snprintf(known + strlen(known), sizeof known - strlen(known), "%s%s", i ? ", " : "", list[i]);
	return grip_fail(g, GRIP_EINVAL, "locale", "must be a locale grip has word lists for: %s", known);
}

int grip_org_edit(struct grip *g, const struct grip_org_edit *e)
{
	if (grip_require_admin(g) < 0 || (e->name && grip_check_text(g, "name", e->name, NAME_MAX_BYTES, true) < 0) ||
	    grip_check_text(g, "vision", e->vision, TEXT_MAX_BYTES, false) < 0 ||
	    grip_check_text(g, "strategy", e->strategy, TEXT_MAX_BYTES, false) < 0)
		return -1;
	if (e->timezone && !grip_timezone_valid(e->timezone))
		return grip_fail(g, GRIP_EINVAL, "timezone",
				 "is not a time zone this system knows: give a name such as Europe/Berlin or UTC");
	int week_start = 0;
	if (e->week_start && (week_start = grip_week_start_parse(e->week_start)) < 0)
		return grip_fail(g, GRIP_EINVAL, "week_start",
				 "must be a day: 1 (Monday) to 7 (Sunday), or its name");
	if (e->locale && check_locale(g, e->locale) < 0)
		return -1;
	int64_t remind_hour = -1;
	if (e->remind_hour && (!parse_i64(e->remind_hour, &remind_hour) || remind_hour < 0 || remind_hour > 23))
		return grip_fail(g, GRIP_EINVAL, "remind_hour", "must be an hour of the day, 0 to 23");
	struct grip_org *before = grip_org_get(g, g->org_id);
	if (!before)
		return -1;
	if (store_x(g->store, NULL,
		    "UPDATE orgs SET name = COALESCE(?, name), timezone = COALESCE(?, timezone),"
		    " week_start = COALESCE(?, week_start), locale = COALESCE(?, locale),"
		    " vision = COALESCE(?, vision), strategy = COALESCE(?, strategy),"
		    " remind_hour = CASE WHEN ? >= 0 THEN ? ELSE remind_hour END WHERE id = ?",
		    V(e->name), V(e->timezone), VID(week_start), V(e->locale), V(e->vision), V(e->strategy),
		    V(remind_hour), V(remind_hour), V(g->org_id)) != STORE_OK)
		return STORE_FAIL(g);
	g->today_org = 0; /* the time zone may have moved today */
	g->own_org = NULL; /* and the org read with the credential is old */
	struct grip_org *after = grip_org_get(g, g->org_id);
	if (!after)
		return -1;
	return grip_event(g, "org", g->org_id, "update", grip_org_json(before), grip_org_json(after),
			  NULL);
}

void org_clock_set(struct grip *g, const char *timezone, int week_start)
{
	g->week_start = week_start >= 1 && week_start <= 7 ? week_start : 1;
	g->utc_offset = tz_offset(timezone ? timezone : "UTC", g->now);
}

void org_clock_read(struct grip *g)
{
	g->utc_offset = 0;
	g->week_start = 1;
	struct store_stmt *st = store_q(g->store, "SELECT timezone, week_start FROM orgs WHERE id = ?", V(g->org_id));
	if (!st)
		return;
	if (store_step(st) == STORE_ROW)
		org_clock_set(g, store_col_text(st, 0), (int)store_col_int(st, 1));
	store_done(st);
}

int32_t grip_week_first(int32_t day, int week_start)
{
	int start = week_start >= 1 && week_start <= 7 ? week_start : 1;
	return day - (date_weekday(day) - start + 7) % 7;
}

int grip_org_week(struct grip *g, int32_t day, struct grip_week *w)
{
	grip_today(g); /* reads the org's clock once */
	int start = g->org_id && g->week_start >= 1 && g->week_start <= 7 ? g->week_start : 1;
	w->first = grip_week_first(day, start);
	w->last = w->first + 6;
	week_format(week_of(w->first + (1 - start + 7) % 7), w->iso);
	return 0;
}

int grip_org_week_named(struct grip *g, const char *iso, struct grip_week *out)
{
	struct iso_week w;
	if (!iso || !week_parse(iso, &w))
		return grip_fail(g, GRIP_EINVAL, "week", "is not an ISO week such as 2026-W48");
	/* The Monday of w lies in the org's week filed under w. */
	return grip_org_week(g, week_monday(w), out);
}

json_t *grip_org_json(const struct grip_org *o)
{
	return json_pack("{sI ss ss ss ss si ss? ss? ss si}", "id", (json_int_t)o->id, "slug", o->slug,
			 "name", o->name, "timezone", o->timezone, "locale", o->locale, "week_start",
			 o->week_start, "vision", o->vision, "strategy", o->strategy, "created_at",
			 o->created_at, "remind_hour", o->remind_hour);
}
