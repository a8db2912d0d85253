/*
 * calendar.c — a person's calendar feed (docs/model.md, "Calendar feed"):
 * the rhythm of their goals as events, as that person sees things, and the
 * secret address a calendar program reads them from.
 *
 * Invariants:
 *  1. The feed is computed as its person: every event comes from what the
 *     core lets them see and do now (their own objectives, the programmes
 *     of the groups they are in, the cycles they see), so it shows nothing
 *     they could not see; what they may no longer see leaves the feed.
 *  2. Only a digest of the secret is stored (people.calendar_hash); the
 *     address is shown once. A new one replaces the old at once; revoking
 *     clears it; a person who has left has no feed.
 *  3. An event's UID names its kind, object, day and person, so the same
 *     event keeps its UID from one fetch to the next.
 *  4. Times are the org's: a timed event is at the org's remind_hour in
 *     its zone; what has no time (a programme's week, a review's day,
 *     scoring) is an all-day event. calendar_ics.c writes them as text.
 */
#include "core/internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/date.h"
#include "util/path.h"

#define CAL_PAST_DAYS 28        /* the feed starts 4 weeks before this org week */
#define CAL_AHEAD_DAYS (26 * 7) /* and runs 26 weeks after its first day */
#define CAL_REMINDER_MINUTES 15 /* a check-in in 15 minutes (PRODUCT.md §5) */

/* ---- the secret ---- */

static int cal_require_actor(struct grip *g)
{
	/* Everyone, viewers too, may read their own rhythm. */
	if (!g->actor || !g->actor->active)
		return grip_fail(g, GRIP_EPERM, NULL, "no acting person");
	return 0;
}

int grip_calendar_active(struct grip *g, bool *on)
{
	*on = false;
	if (cal_require_actor(g) < 0)
		return -1;
	int64_t n = 0;
	if (store_x(g->store, &n, "SELECT COUNT(*) FROM people WHERE id = ? AND calendar_hash IS NOT NULL",
		    V(g->actor->id)) != STORE_OK)
		return STORE_FAIL(g);
	*on = n > 0;
	return 0;
}

static json_t *cal_state(bool on)
{
	return json_pack("{sb}", "calendar", on);
}

int grip_calendar_create(struct grip *g, const char **path, bool *replaced)
{
	*path = NULL;
	if (grip_calendar_active(g, replaced) < 0)
		return -1;
	const char *secret = grip_secret_new(g);
	const char *digest = secret ? auth_secret_hash(g, secret) : NULL;
	if (!digest)
		return -1;
	if (store_x(g->store, NULL, "UPDATE people SET calendar_hash = ? WHERE id = ? AND org_id = ?", V(digest),
		    V(g->actor->id), V(g->org_id)) != STORE_OK)
		return STORE_FAIL(g);
	*path = arena_printf(g->arena, "/calendar/%s.ics", secret);
	if (!*path)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	return grip_event(g, "person", g->actor->id, *replaced ? "calendar.rotate" : "calendar.create",
			  cal_state(*replaced), cal_state(true), NULL);
}

int grip_calendar_revoke(struct grip *g)
{
	bool on;
	if (grip_calendar_active(g, &on) < 0)
		return -1;
	if (!on)
		return grip_fail(g, GRIP_ENOTFOUND, "calendar", "you have no calendar feed");
	if (store_x(g->store, NULL, "UPDATE people SET calendar_hash = NULL WHERE id = ? AND org_id = ?",
		    V(g->actor->id), V(g->org_id)) != STORE_OK)
		return STORE_FAIL(g);
	return grip_event(g, "person", g->actor->id, "calendar.revoke", cal_state(true), cal_state(false), NULL);
}

bool grip_calendar_secret_shaped(const char *s, size_t len)
{
	return len >= 20 && len <= 100 && path_urlsafe(s, len);
}

int grip_calendar_resolve(struct grip *g, const char *secret)
{
	if (!secret || !grip_calendar_secret_shaped(secret, strlen(secret)))
		return grip_fail(g, GRIP_ENOTFOUND, NULL, "there is no such calendar");
	const char *digest = auth_secret_hash(g, secret);
	if (!digest)
		return -1;
	int64_t org = 0, id = 0;
	struct store_stmt *st = store_q(g->store,
		"SELECT org_id, id FROM people WHERE calendar_hash = ? AND active = 1", V(digest));
	if (!st)
		return STORE_FAIL(g);
	enum store_rc rc = store_step(st);
	if (rc == STORE_ROW) {
		org = store_col_int(st, 0);
		id = store_col_int(st, 1);
	}
	store_done(st);
	if (rc != STORE_ROW && rc != STORE_DONE)
		return STORE_FAIL(g);
	if (rc == STORE_DONE)
		return grip_fail(g, GRIP_ENOTFOUND, NULL, "there is no such calendar");
	g->org_id = org;
	g->actor = grip_person_get(g, id);
	return g->actor ? 0 : -1;
}

/* ---- the events ---- */

struct cal {
	struct grip *g;
	struct grip_calendar_event **items;
	size_t n, cap;
	int32_t from, to; /* the window, by the org's calendar */
	int minute;       /* the org's remind_hour, in minutes */
	const char *slug;
};

static int cal_add(struct cal *k, const char *kind, int64_t id, int32_t day, int days, const char *summary,
		   const char *description, const char *link)
{
	struct grip *g = k->g;
	if (!summary || !description || !link)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	struct grip_calendar_event *e = grip_alloc(g, sizeof *e);
	if (!e)
		return -1;
	char d[DATE_LEN];
	date_format(day, d);
	*e = (struct grip_calendar_event){
		.kind = kind, .object_id = id, .summary = summary, .description = description, .link = link,
		.day = day, .days = days, .minute = days ? 0 : k->minute, .duration = days ? 0 : CAL_REMINDER_MINUTES,
	};
	e->uid = arena_printf(g->arena, "%s-%lld-%.4s%.2s%.2s-p%lld@%s.grip", kind, (long long)id, d, d + 5, d + 8,
			      (long long)g->actor->id, k->slug);
	if (!e->uid)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	return push_ptr(g, (void ***)&k->items, &k->n, &k->cap, e);
}

/* The first day of the org week holding day (grip_org_week's rule). */
static int cal_week_first(struct cal *k, int32_t day, int32_t *first)
{
	struct grip_week w;
	if (grip_org_week(k->g, day, &w) < 0)
		return -1;
	*first = w.first;
	return 0;
}

/* The check-in days of o in cycle days [start, end]: the first day of each
 * org week from the first that starts in the cycle (weekly), every other
 * one of those (fortnightly), or the first day of each month (monthly). */
static int cal_checkins(struct cal *k, const struct grip_objective *o, int32_t start, int32_t end)
{
	struct grip *g = k->g;
	const char *summary = arena_printf(g->arena, "Check-in: %s", o->title);
	const char *description = arena_printf(g->arena,
		"The GRIP check-in of objective %lld (%s): goal confidence, results, issues, plan forward.",
		(long long)o->id, o->cycle_name ? o->cycle_name : "");
	const char *link = arena_printf(g->arena, "/objectives/%lld/checkin", (long long)o->id);
	int32_t day;
	if (cal_week_first(k, start, &day) < 0)
		return -1;
	if (day < start)
		day += 7;
	if (o->cadence == GRIP_CADENCE_MONTHLY)
		day = checkin_period_next(o->cadence, start - 1); /* the first first-of-month in the cycle */
	while (day <= end && day <= k->to) {
		if (day >= k->from && cal_add(k, "checkin", o->id, day, 0, summary, description, link) < 0)
			return -1;
		day = checkin_period_next(o->cadence, day);
	}
	return 0;
}

static const struct grip_cycle *cal_cycle(struct grip_cycle *const *cs, size_t n, int64_t id)
{
	for (size_t i = 0; i < n; i++)
		if (cs[i]->id == id)
			return cs[i];
	return NULL;
}

/* Invariant 1: the objectives the person checks in on are their own (the
 * list My week shows), not finished, that they may check in on. */
static int cal_objectives(struct cal *k, struct grip_cycle *const *cs, size_t ncs)
{
	struct grip *g = k->g;
	struct grip_objective **os;
	size_t n;
	if (grip_objective_mine(g, &os, &n) < 0)
		return -1;
	for (size_t i = 0; i < n; i++) {
		const struct grip_cycle *c = cal_cycle(cs, ncs, os[i]->cycle_id);
		int32_t start, end;
		if (!c || c->status == GRIP_CYCLE_CLOSED || objective_is_terminal(os[i]->status) ||
		    !date_parse(c->starts_on, &start) || !date_parse(c->ends_on, &end) ||
		    !grip_may_checkin(g, os[i], NULL))
			continue;
		if (cal_checkins(k, os[i], start, end) < 0)
			return -1;
	}
	return 0;
}

/* A programme the person is in (a current member of its group, its lead
 * among them): its weeks, and the first day of each org week in it, when
 * this week's commitment is written and last week's closed. */
static int cal_programme(struct cal *k, const struct grip_cycle *c, int32_t start, int32_t end)
{
	struct grip *g = k->g;
	const char *link = arena_printf(g->arena, "/groups/%lld", (long long)c->unit_id);
	for (int w = 1; w <= c->weeks; w++) {
		int32_t first = start + 7 * (w - 1);
		if (first + 6 < k->from || first > k->to)
			continue;
		if (cal_add(k, "programme.week", c->id, first, 7, arena_printf(g->arena, "Week %d of %s", w, c->name),
			    arena_printf(g->arena, "Week %d of %d of the programme %s.", w, c->weeks, c->name), link) < 0)
			return -1;
	}
	const char *summary = arena_printf(g->arena, "Commitment: this week's (%s)", c->name);
	const char *description = arena_printf(g->arena,
		"Write this week's commitment and close last week's, in the programme %s.", c->name);
	int32_t day;
	if (cal_week_first(k, start, &day) < 0)
		return -1;
	for (; day <= end && day <= k->to; day += 7) {
		int32_t on = day < start ? start : day;
		if (on >= k->from && cal_add(k, "commitment", c->id, on, 0, summary, description, "/") < 0)
			return -1;
	}
	return 0;
}

/* Does some objective of cycle c, not finished and seen by the actor,
 * pass rule (review_require_midcycle_reviewer, or a scorer's)? Leaves g->err. */
static int cal_any(struct grip *g, const struct grip_cycle *c, bool scoring, bool *any)
{
	*any = false;
	struct grip_objective **os;
	size_t n;
	if (objectives_of_cycle(g, c->id, &os, &n) < 0)
		return -1;
	struct grip_error saved = g->err;
	for (size_t i = 0; i < n && !*any; i++) {
		if (objective_is_terminal(os[i]->status) || !grip_can_see_objective(g, os[i]))
			continue;
		if (scoring)
			*any = score_require_self(g, os[i], 0) == 0 || score_require_lead(g, os[i]) == 0;
		else
			*any = review_require_midcycle_reviewer(g, os[i]) == 0;
		g->err = saved;
	}
	return 0;
}

/* A cycle's mid-point review, for those who review some objective of it,
 * and the day its scoring opens, for those who score in it (not in a
 * programme, whose outcomes are not scored). */
static int cal_cycle_days(struct cal *k, const struct grip_cycle *c, int32_t end)
{
	struct grip *g = k->g;
	int32_t mid;
	bool any;
	bool programme = c->kind == GRIP_CYCLE_PROGRAMME;
	if ((c->status == GRIP_CYCLE_PLANNING || c->status == GRIP_CYCLE_ACTIVE) && date_parse(c->midpoint, &mid) &&
	    mid >= k->from && mid <= k->to) {
		if (cal_any(g, c, false, &any) < 0)
			return -1;
		if (any && cal_add(k, "review", c->id, mid, 1,
				   arena_printf(g->arena, programme ? "Half-way review: %s" : "Mid-cycle review: %s",
						c->name),
				   arena_printf(g->arena, programme ? "The half-way review of the outcomes of %s."
								    : "The mid-cycle review of the objectives of %s: keep, adjust or drop.",
						c->name),
				   "/reviews") < 0)
			return -1;
	}
	int32_t opens = end;
	if (programme || (c->scoring_on && !date_parse(c->scoring_on, &opens)) || opens < k->from || opens > k->to)
		return 0;
	if (cal_any(g, c, true, &any) < 0)
		return -1;
	if (!any)
		return 0;
	return cal_add(k, "scoring", c->id, opens, 1, arena_printf(g->arena, "Scoring opens: %s", c->name),
		       arena_printf(g->arena, "The key results of %s are scored from today.", c->name),
		       "/scoring");
}

static int cal_order(const void *a, const void *b)
{
	const struct grip_calendar_event *x = *(const struct grip_calendar_event *const *)a;
	const struct grip_calendar_event *y = *(const struct grip_calendar_event *const *)b;
	if (x->day != y->day)
		return x->day < y->day ? -1 : 1;
	if ((x->days == 0) != (y->days == 0))
		return x->days ? -1 : 1;
	int c = strcmp(x->kind, y->kind);
	if (c)
		return c;
	return x->object_id < y->object_id ? -1 : x->object_id > y->object_id;
}

/* The org's remind_hour and slug. */
static int cal_org(struct grip *g, struct cal *k)
{
	struct grip_org *o = grip_org_get(g, g->org_id);
	if (!o)
		return -1;
	k->minute = o->remind_hour * 60;
	k->slug = o->slug;
	return 0;
}

int grip_calendar_events(struct grip *g, struct grip_calendar_event ***out, size_t *n)
{
	*out = NULL;
	*n = 0;
	if (cal_require_actor(g) < 0)
		return -1;
	struct cal k = { .g = g };
	if (cal_org(g, &k) < 0)
		return -1;
	int32_t first;
	if (cal_week_first(&k, grip_today(g), &first) < 0)
		return -1;
	k.from = first - CAL_PAST_DAYS;
	k.to = first + CAL_AHEAD_DAYS - 1;
	struct grip_cycle **cs;
	size_t ncs;
	if (grip_cycle_list(g, &cs, &ncs) < 0 || cal_objectives(&k, cs, ncs) < 0)
		return -1;
	for (size_t i = 0; i < ncs; i++) {
		const struct grip_cycle *c = cs[i];
		int32_t start, end;
		if (c->status == GRIP_CYCLE_CLOSED || !date_parse(c->starts_on, &start) || !date_parse(c->ends_on, &end))
			continue;
		if (c->kind == GRIP_CYCLE_PROGRAMME && c->unit_id && grip_is_member(g, c->unit_id, g->actor->id) &&
		    cal_programme(&k, c, start, end) < 0)
			return -1;
		if (cal_cycle_days(&k, c, end) < 0)
			return -1;
	}
	if (k.n)
		qsort(k.items, k.n, sizeof *k.items, cal_order);
	*out = k.items;
	*n = k.n;
	return 0;
}

json_t *grip_calendar_event_json(const struct grip_calendar_event *e)
{
	char day[DATE_LEN], time[16];
	date_format(e->day, day);
	snprintf(time, sizeof time, "%02d:%02d", (e->minute / 60) % 24, e->minute % 60);
	return json_pack("{ss sI ss ss ss ss ss so so so}", "kind", e->kind, "object_id", (json_int_t)e->object_id,
			 "uid", e->uid, "summary", e->summary, "description", e->description, "link", e->link, "day",
			 day, "days", e->days ? json_integer(e->days) : json_null(),
			 "time", e->days ? json_null() : json_string(time),
			 "minutes", e->days ? json_null() : json_integer(e->duration));
}
