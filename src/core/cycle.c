/*
 * cycle.c — the periods OKRs live in: quarters, years, and programmes (a
 * group's run of N weeks). A cycle's status is derived, not stored:
 *
 *   planning --(starts_on reached, or opened early)--> active
 *     --(its last day reached, or scoring opened early)--> scoring --(close)--> closed
 *
 * It closes once every objective in it not dropped is scored (score.c); a
 * programme once each outcome is achieved, missed or dropped. An admin may
 * force the close with a reason. At the close each agreed objective still
 * approved or active ends achieved (score 0.7 or more) or missed.
 *
 * A closed cycle is read-only. Its name and dates change only in planning,
 * and a cycle in planning that holds no objective may be deleted; any
 * other stays. The mid-point is derived: for a programme
 * the first day of week N/2 + 1 (the half-way review), otherwise the middle
 * day of the period.
 */
#include "core/internal.h"

#include <string.h>

#include "util/date.h"


#define CYCLE_COLS "id, name, kind, unit_id, starts_on, ends_on, weeks, opened_on, closed_at, scoring_on"

static void derive(struct grip *g, struct grip_cycle *c)
{
	int32_t start = 0, end = 0;
	date_parse(c->starts_on, &start);
	date_parse(c->ends_on, &end);
	int32_t today = grip_today(g);
	if (c->closed_at)
		c->status = GRIP_CYCLE_CLOSED;
	else if (c->scoring_on || today >= end)
		c->status = GRIP_CYCLE_SCORING;
	else if (c->opened_on || today >= start)
		c->status = GRIP_CYCLE_ACTIVE;
	else
		c->status = GRIP_CYCLE_PLANNING;
	int32_t mid = c->weeks > 0 ? start + 7 * (c->weeks / 2) : start + (end - start + 1) / 2;
	char buf[DATE_LEN];
	date_format(mid, buf);
	c->midpoint = grip_strdup(g, buf);
}

struct grip_cycle *cycle_from_row(struct grip *g, struct store_stmt *st, int first)
{
	struct grip_cycle *c = grip_alloc(g, sizeof *c);
	if (!c)
		return NULL;
	c->id = store_col_int(st, first);
	c->name = col_text(g, st, first + 1);
	if (cycle_kind_col(g, st, first + 2, &c->kind) < 0)
		return NULL;
	c->unit_id = store_col_int(st, first + 3);
	c->starts_on = col_text(g, st, first + 4);
	c->ends_on = col_text(g, st, first + 5);
	c->weeks = (int)store_col_int(st, first + 6);
	c->opened_on = col_text(g, st, first + 7);
	c->closed_at = col_text(g, st, first + 8);
	c->scoring_on = col_text(g, st, first + 9);
	derive(g, c);
	return c;
}

static void *cycle_row(struct grip *g, struct store_stmt *st)
{
	return cycle_from_row(g, st, 0);
}

/* A programme of a group the actor may not see is not there for them. */
static struct grip_cycle *visible(struct grip *g, struct grip_cycle *c)
{
	if (c && !grip_can_see_cycle(g, c)) {
		grip_fail(g, GRIP_ENOTFOUND, "cycle", "no such cycle");
		return NULL;
	}
	return c;
}

struct grip_cycle *grip_cycle_get(struct grip *g, int64_t id)
{
	return visible(g, fetch_one(g, store_q(g->store,
		"SELECT " CYCLE_COLS " FROM cycles WHERE id = ? AND org_id = ?", V(id), V(g->org_id)),
		cycle_row, "cycle"));
}

struct grip_cycle *grip_cycle_by_name(struct grip *g, const char *name)
{
	if (grip_check_text(g, "cycle", name, NAME_MAX_BYTES, true) < 0)
		return NULL;
	struct grip_cycle *c = visible(g, fetch_one(g, store_q(g->store,
		"SELECT " CYCLE_COLS " FROM cycles WHERE org_id = ? AND name = ?", V(g->org_id), V(name)),
		cycle_row, "cycle"));
	if (!c && g->err.code == GRIP_ENOTFOUND)
		grip_fail(g, GRIP_ENOTFOUND, "cycle", "no cycle named %s", name);
	return c;
}

struct grip_cycle *cycle_stored(struct grip *g, int64_t id)
{
	return fetch_one(g, store_q(g->store,
		"SELECT " CYCLE_COLS " FROM cycles WHERE id = ? AND org_id = ?", V(id), V(g->org_id)),
		cycle_row, "cycle");
}

struct grip_cycle *grip_cycle_of(struct grip *g, const struct grip_objective *o)
{
	return cycle_stored(g, o->cycle_id);
}

int grip_cycle_list(struct grip *g, struct grip_cycle ***out, size_t *n)
{
	if (fetch_all(g, store_q(g->store,
		"SELECT " CYCLE_COLS " FROM cycles WHERE org_id = ? ORDER BY starts_on, id", V(g->org_id)),
		cycle_row, (void ***)out, n) < 0)
		return -1;
	size_t kept = 0;
	for (size_t i = 0; i < *n; i++)
		if (grip_can_see_cycle(g, (*out)[i]))
			(*out)[kept++] = (*out)[i];
	*n = kept;
	return 0;
}

struct grip_cycle *grip_cycle_add(struct grip *g, const char *name, const char *kind_name,
				  const char *from, const char *to, int weeks,
				  const char *unit_name)
{
	enum grip_cycle_kind kind;
	if (grip_require_writer(g) < 0 || grip_check_text(g, "name", name, NAME_MAX_BYTES, true) < 0 ||
	    cycle_kind_check(g, "kind", kind_name, &kind) < 0)
		return NULL;
	bool programme = kind == GRIP_CYCLE_PROGRAMME;
	int32_t start, end;
	if (check_date(g, "from", from, &start) < 0)
		return NULL;
	struct grip_unit *group = NULL;
	if (programme) {
		if (!unit_name) {
			grip_fail(g, GRIP_EINVAL, "unit", "a programme belongs to a group: name it");
			return NULL;
		}
		if (!(group = grip_unit_by_name(g, unit_name)))
			return NULL;
		if (group->kind != GRIP_UNIT_GROUP) {
			grip_fail(g, GRIP_EINVAL, "unit", "%s is a %s, not a group", group->name, grip_unit_kind_name(group->kind));
			return NULL;
		}
		if (weeks < 1 || weeks > 104) {
			grip_fail(g, GRIP_EINVAL, "weeks", "must be a whole number of weeks from 1 to 104");
			return NULL;
		}
		int32_t derived = start + 7 * weeks - 1;
		if (to && check_date(g, "to", to, &end) < 0)
			return NULL;
		if (to && end != derived) {
			grip_fail(g, GRIP_EINVAL, "to", "does not match %d weeks from %s", weeks, from);
			return NULL;
		}
		end = derived;
	} else {
		if (unit_name || weeks) {
			grip_fail(g, GRIP_EINVAL, unit_name ? "unit" : "weeks",
				  "only a programme has a group and a number of weeks");
			return NULL;
		}
		if (!to) {
			grip_fail(g, GRIP_EINVAL, "to", "is required: the last day of the cycle");
			return NULL;
		}
		if (check_date(g, "to", to, &end) < 0)
			return NULL;
	}
	if (end < start) {
		grip_fail(g, GRIP_EINVAL, "to", "the cycle ends before it starts");
		return NULL;
	}
	if (!actor_runs_unit(g, group ? group->id : 0)) {
		grip_fail(g, GRIP_EPERM, NULL, "only an admin, or a group's lead for its programme, can add a cycle");
		return NULL;
	}
	int64_t taken = 0;
	if (store_x(g->store, &taken, "SELECT COUNT(*) FROM cycles WHERE org_id = ? AND name = ?",
		    V(g->org_id), V(name)) != STORE_OK) {
		STORE_FAIL(g);
		return NULL;
	}
	if (taken) {
		grip_fail(g, GRIP_ECONFLICT, "name", "a cycle named %s exists already", name);
		return NULL;
	}
	char from_s[DATE_LEN], to_s[DATE_LEN];
	date_format(start, from_s);
	date_format(end, to_s);
	const char *now = grip_now_text(g);
	int64_t id = 0;
	if (!now || store_x(g->store, &id,
			    "INSERT INTO cycles (org_id, name, kind, unit_id, starts_on, ends_on, weeks, created_at)"
			    " VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
			    V(g->org_id), V(name), V(grip_cycle_kind_name(kind)), VID(group ? group->id : 0), V(from_s), V(to_s),
			    VID(programme ? weeks : 0), V(now)) != STORE_OK) {
		if (now)
			STORE_FAIL(g);
		return NULL;
	}
	struct grip_cycle *c = grip_cycle_get(g, id);
	if (!c || grip_event(g, "cycle", id, "create", NULL, grip_cycle_json(c), NULL) < 0)
		return NULL;
	return c;
}

int cycle_require_manager(struct grip *g, const struct grip_cycle *c)
{
	if (grip_require_writer(g) < 0)
		return -1;
	if (actor_runs_unit(g, c->unit_id))
		return 0;
	return grip_fail(g, GRIP_EPERM, NULL, "only an admin, or a group's lead for its programme, can do that");
}

int cycle_check_scoring(struct grip *g, const struct grip_cycle *c)
{
	if (cycle_require_manager(g, c) < 0)
		return -1;
	if (c->status != GRIP_CYCLE_ACTIVE)
		return grip_fail(g, GRIP_ECONFLICT, "status", "%s is %s: scoring opens early only while a cycle is active",
				 c->name, grip_cycle_status_name(c->status));
	return 0;
}

static int cycle_change(struct grip *g, int64_t id, const char *action)
{
	struct grip_cycle *before = grip_cycle_get(g, id);
	if (!before || cycle_require_manager(g, before) < 0)
		return -1;
	bool open = strcmp(action, "open") == 0;
	if (open && before->status != GRIP_CYCLE_PLANNING)
		return grip_fail(g, GRIP_ECONFLICT, "status", "%s is %s, not in planning", before->name,
				 grip_cycle_status_name(before->status));
	if (!open && cycle_check_scoring(g, before) < 0)
		return -1;
	const char *when = today_text(g);
	if (!when)
		return -1;
	if (store_x(g->store, NULL,
		    open ? "UPDATE cycles SET opened_on = ? WHERE id = ?" : "UPDATE cycles SET scoring_on = ? WHERE id = ?",
		    V(when), V(id)) != STORE_OK)
		return STORE_FAIL(g);
	struct grip_cycle *after = grip_cycle_get(g, id);
	if (!after)
		return -1;
	return grip_event(g, "cycle", id, action, grip_cycle_json(before), grip_cycle_json(after), NULL);
}

/* Its name and dates change only while it is in planning: once it runs,
 * objectives, check-ins and paces hang on its dates. */
int cycle_check_edit(struct grip *g, const struct grip_cycle *c)
{
	if (cycle_require_manager(g, c) < 0)
		return -1;
	if (c->status != GRIP_CYCLE_PLANNING)
		return grip_fail(g, GRIP_ECONFLICT, "status", "%s is %s: a cycle changes only while in planning",
				 c->name, grip_cycle_status_name(c->status));
	return 0;
}

int grip_cycle_edit(struct grip *g, int64_t id, const char *name, const char *from, const char *to)
{
	struct grip_cycle *before = grip_cycle_get(g, id);
	if (!before || cycle_check_edit(g, before) < 0 ||
	    (name && grip_check_text(g, "name", name, NAME_MAX_BYTES, true) < 0))
		return -1;
	int32_t start, end;
	if (check_date(g, "from", from ? from : before->starts_on, &start) < 0 ||
	    check_date(g, "to", to ? to : before->ends_on, &end) < 0)
		return -1;
	if (before->weeks > 0) {
		int32_t derived = start + 7 * before->weeks - 1;
		if (to && end != derived)
			return grip_fail(g, GRIP_EINVAL, "to", "does not match %d weeks from its start: a programme's end follows its start",
					 before->weeks);
		end = derived;
	}
	if (end < start)
		return grip_fail(g, GRIP_EINVAL, "to", "the cycle ends before it starts");
	if (start <= grip_today(g))
		return grip_fail(g, GRIP_EINVAL, "from", "a cycle in planning starts after today; to start it now, open it");
	if (name && strcmp(name, before->name) != 0) {
		int64_t taken = 0;
		if (store_x(g->store, &taken, "SELECT COUNT(*) FROM cycles WHERE org_id = ? AND name = ?",
			    V(g->org_id), V(name)) != STORE_OK)
			return STORE_FAIL(g);
		if (taken)
			return grip_fail(g, GRIP_ECONFLICT, "name", "a cycle named %s exists already", name);
	}
	char from_s[DATE_LEN], to_s[DATE_LEN];
	date_format(start, from_s);
	date_format(end, to_s);
	if (store_x(g->store, NULL,
		    "UPDATE cycles SET name = COALESCE(?, name), starts_on = ?, ends_on = ? WHERE id = ?",
		    V(name), V(from_s), V(to_s), V(id)) != STORE_OK)
		return STORE_FAIL(g);
	struct grip_cycle *after = cycle_stored(g, id);
	if (!after)
		return -1;
	return grip_event(g, "cycle", id, "update", grip_cycle_json(before), grip_cycle_json(after), NULL);
}

int cycle_check_delete(struct grip *g, const struct grip_cycle *c)
{
	if (cycle_check_edit(g, c) < 0)
		return -1;
	int64_t objectives = 0;
	if (store_x(g->store, &objectives, "SELECT COUNT(*) FROM objectives WHERE cycle_id = ?", V(c->id)) != STORE_OK)
		return STORE_FAIL(g);
	if (objectives)
		return grip_fail(g, GRIP_ECONFLICT, "cycle", "%s holds %lld objective%s, so it stays", c->name,
				 (long long)objectives, objectives == 1 ? "" : "s");
	return 0;
}

int grip_cycle_delete(struct grip *g, int64_t id)
{
	struct grip_cycle *before = grip_cycle_get(g, id);
	if (!before || cycle_check_delete(g, before) < 0)
		return -1;
	if (store_x(g->store, NULL, "DELETE FROM cycles WHERE id = ?", V(id)) != STORE_OK)
		return STORE_FAIL(g);
	return grip_event(g, "cycle", id, "delete", grip_cycle_json(before), NULL, NULL);
}

int grip_cycle_open(struct grip *g, int64_t id)
{
	return cycle_change(g, id, "open");
}

int grip_cycle_open_scoring(struct grip *g, int64_t id)
{
	return cycle_change(g, id, "score");
}

bool grip_cycle_running(const struct grip_cycle *c)
{
	return c->status == GRIP_CYCLE_ACTIVE || c->status == GRIP_CYCLE_SCORING;
}

/* The refusal of a close: what is missing, as much of it as the message
 * holds (the scoring list shows every one). */
static int refuse_close(struct grip *g, const struct grip_cycle *c, const struct grip_unscored *u, size_t n)
{
	char text[sizeof g->err.message];
	int used = snprintf(text, sizeof text, "%s cannot close: %zu objective%s %s", c->name, n, n == 1 ? "" : "s",
			    c->kind == GRIP_CYCLE_PROGRAMME ? "not ended" : "not scored");
	size_t shown = 0;
	for (; shown < n; shown++) {
		char one[200];
		int len = snprintf(one, sizeof one, "%s %lld \"%.40s\" (%s)", shown ? ";" : ":",
				   (long long)u[shown].objective_id, u[shown].title, u[shown].missing);
		if (len < 0 || used + len + 20 >= (int)sizeof text)
			break;
		memcpy(text + used, one, (size_t)len + 1);
		used += len;
	}
	if (shown < n)
		snprintf(text + used, sizeof text - (size_t)used, "; and %zu more", n - shown);
	return grip_fail(g, GRIP_ECONFLICT, "cycle", "%s", text);
}

/* May the actor close c now (force: as an admin's forced close)? 0, or -1
 * with the reason; *u, *n what is missing. */
static int close_check(struct grip *g, const struct grip_cycle *c, bool force, struct grip_unscored **u, size_t *n)
{
	*u = NULL;
	*n = 0;
	if (cycle_require_manager(g, c) < 0)
		return -1;
	if (c->status == GRIP_CYCLE_CLOSED)
		return grip_fail(g, GRIP_ECONFLICT, "status", "%s is closed already", c->name);
	if (force)
		return grip_require_admin(g) < 0 ? grip_fail(g, GRIP_EPERM, "force", "only an admin forces a close") : 0;
	if (grip_cycle_unscored(g, c, u, n) < 0)
		return -1;
	return *n ? refuse_close(g, c, *u, *n) : 0;
}

int cycle_check_close(struct grip *g, const struct grip_cycle *c, bool force)
{
	struct grip_unscored *u;
	size_t n;
	return close_check(g, c, force, &u, &n);
}

/* At the close each agreed objective still approved or active that is
 * scored ends achieved (0.7 or more) or missed, the score in the reason. */
static int close_outcomes(struct grip *g, const struct grip_cycle *c)
{
	struct grip_objective **os;
	size_t n;
	if (c->kind == GRIP_CYCLE_PROGRAMME || objectives_of_cycle(g, c->id, &os, &n) < 0)
		return c->kind == GRIP_CYCLE_PROGRAMME ? 0 : -1;
	const char *now = grip_now_text(g);
	for (size_t i = 0; now && i < n; i++) {
		if (os[i]->status != GRIP_OBJECTIVE_APPROVED && os[i]->status != GRIP_OBJECTIVE_ACTIVE)
			continue;
		int t;
		const char *missing;
		if (score_objective(g, os[i], &t, &missing) < 0)
			return -1;
		if (t < 0)
			continue;
		bool achieved = t >= GRIP_SCORE_ACHIEVED;
		json_t *before = objective_record(g, os[i]->id);
		if (store_x(g->store, NULL,
			    "UPDATE objectives SET status = ?, updated_at = ?, version = version + 1 WHERE id = ?",
			    V(achieved ? "achieved" : "missed"), V(now), V(os[i]->id)) != STORE_OK) {
			json_decref(before);
			return STORE_FAIL(g);
		}
		const char *reason = arena_printf(g->arena, "scored %d.%d at the close of %s: %s", t / 10, t % 10, c->name,
						  achieved ? "achieved (0.7 or more)" : "missed (below 0.7)");
		if (grip_event(g, "objective", os[i]->id, "status", before, objective_record(g, os[i]->id), reason) < 0 ||
		    figures_refresh(g, os[i]->id) < 0)
			return -1;
	}
	return now ? 0 : -1;
}

int grip_cycle_close(struct grip *g, int64_t id, const char *force)
{
	struct grip_cycle *before = grip_cycle_get(g, id);
	struct grip_unscored *u;
	size_t n;
	if (!before || (force && grip_check_text(g, "force", force, TEXT_MAX_BYTES, true) < 0) ||
	    close_check(g, before, force != NULL, &u, &n) < 0 || close_outcomes(g, before) < 0)
		return -1;
	const char *now = grip_now_text(g);
	if (!now)
		return -1;
	if (store_x(g->store, NULL, "UPDATE cycles SET closed_at = ? WHERE id = ?", V(now), V(id)) != STORE_OK)
		return STORE_FAIL(g);
	struct grip_cycle *after = grip_cycle_get(g, id);
	if (!after)
		return -1;
	return grip_event(g, "cycle", id, "close", grip_cycle_json(before), grip_cycle_json(after),
			  force ? arena_printf(g->arena, "forced: %s", force) : NULL);
}

int cycle_check_open(struct grip *g, const struct grip_cycle *c)
{
	if (c->status == GRIP_CYCLE_CLOSED)
		return grip_fail(g, GRIP_ECONFLICT, "cycle", "cycle %s is closed and read-only", c->name);
	return 0;
}

int cycle_require_open(struct grip *g, int64_t cycle_id)
{
	struct grip_cycle *c = cycle_stored(g, cycle_id);
	return c ? cycle_check_open(g, c) : -1;
}

int cycle_require_within(struct grip *g, int64_t cycle_id, const char *field, const char *when)
{
	struct grip_cycle *c = cycle_stored(g, cycle_id);
	return c ? cycle_check_within(g, c, field, when) : -1;
}

int cycle_check_within(struct grip *g, const struct grip_cycle *c, const char *field, const char *when)
{
	int64_t t;
	int32_t start;
	if (datetime_parse(when, &t) && date_parse(c->starts_on, &start) ? grip_day_of(g, t) < start
									 : strncmp(when, c->starts_on, 10) < 0)
		return grip_fail(g, GRIP_EINVAL, field, "is before cycle %s starts (%s)", c->name,
				 c->starts_on);
	return 0;
}

int grip_cycle_week_number(const struct grip_cycle *c, int32_t day)
{
	int32_t start;
	if (!date_parse(c->starts_on, &start) || day < start)
		return 0;
	return (day - start) / 7 + 1;
}

json_t *grip_cycle_json(const struct grip_cycle *c)
{
	return json_pack("{sI ss ss so ss ss so ss ss ss? ss? ss?}", "id", (json_int_t)c->id, "name",
			 c->name, "kind", grip_cycle_kind_name(c->kind), "unit_id", grip_json_id(c->unit_id), "starts_on",
			 c->starts_on, "ends_on", c->ends_on, "weeks", grip_json_id(c->weeks), "status",
			 grip_cycle_status_name(c->status), "midpoint", c->midpoint, "opened_on", c->opened_on, "scoring_on",
			 c->scoring_on, "closed_at", c->closed_at);
}
