/*
 * org.c — the organisation: the tenant everything belongs to. Creating one
 * also creates its company unit (the root of its unit tree) and its first
 * admin, who leads that unit. Vision and strategy, the top of the OKR
 * chain, are kept on the org.
 */
#include "core/internal.h"

#include <ctype.h>
#include <string.h>

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

static void *org_row(struct grip *g, struct store_stmt *st)
{
	struct grip_org *o = grip_alloc(g, sizeof *o);
	if (!o)
		return NULL;
	o->id = store_col_int(st, 0);
	o->slug = col_text(g, st, 1);
	o->name = col_text(g, st, 2);
	o->timezone = col_text(g, st, 3);
	o->locale = col_text(g, st, 4);
	o->week_start = (int)store_col_int(st, 5);
	o->vision = col_text(g, st, 6);
	o->strategy = col_text(g, st, 7);
	o->created_at = col_text(g, st, 8);
	return o;
}

#define ORG_COLS "id, slug, name, timezone, locale, week_start, vision, strategy, created_at"

struct grip_org *grip_org_get(struct grip *g, int64_t id)
{
	return fetch_one(g, store_q(g->store, "SELECT " ORG_COLS " FROM orgs WHERE id = ?", V(id)),
			 org_row, "org");
}

struct grip_org *grip_org_find(struct grip *g, const char *slug)
{
	struct store_stmt *st = store_q(g->store,
		"SELECT " ORG_COLS " FROM orgs WHERE ? IS NULL OR slug = ? ORDER BY id LIMIT 2",
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
	if (grip_require_admin(g) < 0 || grip_check_text(g, "vision", vision, TEXT_MAX_BYTES, false) < 0 ||
	    grip_check_text(g, "strategy", strategy, TEXT_MAX_BYTES, false) < 0)
		return -1;
	struct grip_org *before = grip_org_get(g, g->org_id);
	if (!before)
		return -1;
	if (store_x(g->store, NULL,
		    "UPDATE orgs SET vision = COALESCE(?, vision), strategy = COALESCE(?, strategy)"
		    " WHERE id = ?",
		    V(vision), V(strategy), V(g->org_id)) != STORE_OK)
		return STORE_FAIL(g);
	struct grip_org *after = grip_org_get(g, g->org_id);
	if (!after)
		return -1;
	return grip_event(g, "org", g->org_id, "update", grip_org_json(before), grip_org_json(after),
			  NULL);
}

json_t *grip_org_json(const struct grip_org *o)
{
	return json_pack("{sI ss ss ss ss si ss? ss? ss}", "id", (json_int_t)o->id, "slug", o->slug,
			 "name", o->name, "timezone", o->timezone, "locale", o->locale, "week_start",
			 o->week_start, "vision", o->vision, "strategy", o->strategy, "created_at",
			 o->created_at);
}
