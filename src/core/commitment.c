/*
 * commitment.c — weekly commitments: an action a person takes on in one
 * week of the organisation (filed under the ISO week of its Monday),
 * linked to the objective it serves, closed afterwards as done, partial or
 * missed with a reflection. A week is closed once its last day (by the
 * org's week start and clock) has passed; an open commitment of a closed
 * week counts as missed.
 *
 * A commitment can change (its text, its link, whether it is shared) while
 * it is open: its week is not over (grip_today, the organisation's
 * calendar) and it has not been closed. Whoever may write it may change
 * it; only its person may delete it, under the same two conditions. A
 * closed commitment, or one of a week gone by, is history and stays.
 */
#include "core/internal.h"

#include <string.h>

#include "util/date.h"


#define COMMIT_COLS \
	"c.id, c.person_id, p.email, c.week, c.text, c.objective_id, c.status, c.reflection," \
	" c.shared, c.created_at, c.closed_at"
#define COMMIT_FROM " FROM commitments c JOIN people p ON p.id = c.person_id"

static void *commit_row(struct grip *g, struct store_stmt *st)
{
	struct grip_commitment *c = grip_alloc(g, sizeof *c);
	if (!c)
		return NULL;
	c->id = store_col_int(st, 0);
	c->person_id = store_col_int(st, 1);
	c->email = col_text(g, st, 2);
	c->week = col_text(g, st, 3);
	c->text = col_text(g, st, 4);
	c->objective_id = store_col_int(st, 5);
	if (commit_status_col(g, st, 6, &c->status) < 0)
		return NULL;
	c->reflection = col_text(g, st, 7);
	c->shared = store_col_int(st, 8) != 0;
	c->created_at = col_text(g, st, 9);
	c->closed_at = col_text(g, st, 10);
	return c;
}

/* The stored commitment, no visibility check. */
static struct grip_commitment *commit_stored(struct grip *g, int64_t id)
{
	return fetch_one(g, store_q(g->store,
		"SELECT " COMMIT_COLS COMMIT_FROM " WHERE c.id = ? AND c.org_id = ?", V(id), V(g->org_id)),
		commit_row, "commitment");
}

struct grip_commitment *grip_commit_get(struct grip *g, int64_t id)
{
	struct grip_commitment *c = commit_stored(g, id);
	if (c && !grip_can_see_commitment(g, c)) {
		grip_fail(g, GRIP_ENOTFOUND, "commitment", "no such commitment");
		return NULL;
	}
	return c;
}

/*
 * May the actor write or close a commitment of person p serving o (NULL:
 * nothing)? The person themself, while they are in the group o belongs to;
 * an admin; or whoever leads the person where the commitment lives.
 */
static int require_commit_write(struct grip *g, const struct grip_person *p, const struct grip_objective *o)
{
	if (grip_require_writer(g) < 0)
		return -1;
	if (actor_is_admin(g) || commitment_lead(g, p->id, o))
		return 0;
	if (g->actor->id != p->id)
		return grip_fail(g, GRIP_EPERM, NULL, "only the person, their lead or an admin can do that");
	if (o && o->unit_id && (o->layer == GRIP_LAYER_GROUP || o->layer == GRIP_LAYER_MEMBER) &&
	    !grip_is_member(g, o->unit_id, p->id))
		return grip_fail(g, GRIP_EPERM, NULL,
				 "you have left %s: your commitments there are kept as they were, read-only",
				 o->unit_name ? o->unit_name : "the group");
	return 0;
}

/* Is the commitment's week over by today? The org's week filed under it,
 * by the org's clock. */
static bool week_over(struct grip *g, const char *week)
{
	struct grip_week w;
	struct grip_error saved = g->err;
	bool bad = grip_org_week_named(g, week, &w) < 0;
	g->err = saved;
	return bad || w.last < grip_today(g);
}

/* May the commitment still change: open, in a week not over? */
static int require_commit_open(struct grip *g, const struct grip_commitment *c)
{
	if (c->status != GRIP_COMMIT_OPEN)
		return grip_fail(g, GRIP_ECONFLICT, "status", "commitment %lld is closed (%s): it stays as it was",
				 (long long)c->id, grip_commit_status_name(c->status));
	if (week_over(g, c->week))
		return grip_fail(g, GRIP_ECONFLICT, "week",
				 "the week %s is over: close commitment %lld instead", c->week, (long long)c->id);
	return 0;
}

/* The commitment's person and the objective it serves (NULL: none). */
static int commit_parts(struct grip *g, const struct grip_commitment *c, struct grip_person **p,
			struct grip_objective **o)
{
	*o = NULL;
	if (!(*p = grip_person_get(g, c->person_id)))
		return -1;
	if (c->objective_id && !(*o = objective_visible(g, c->objective_id)))
		return -1;
	return 0;
}

/* May the actor change c (text, link, shared)? Whoever may write it, while it is open. */
int require_commit_change(struct grip *g, const struct grip_commitment *c)
{
	struct grip_person *p;
	struct grip_objective *o;
	if (commit_parts(g, c, &p, &o) < 0 || require_commit_write(g, p, o) < 0)
		return -1;
	return require_commit_open(g, c);
}

/* May the actor delete c? Only its person, while they may write it and it is open. */
int require_commit_delete(struct grip *g, const struct grip_commitment *c)
{
	struct grip_person *p;
	struct grip_objective *o;
	if (grip_require_writer(g) < 0 || commit_parts(g, c, &p, &o) < 0)
		return -1;
	if (g->actor->id != c->person_id)
		return grip_fail(g, GRIP_EPERM, NULL, "only its person (%s) can delete a commitment", c->email);
	if (require_commit_write(g, p, o) < 0)
		return -1;
	return require_commit_open(g, c);
}

struct grip_commitment *grip_commit_add(struct grip *g, const char *email, const char *text,
					const char *week, int64_t objective_id, bool shared)
{
	struct iso_week w;
	struct grip_week today_week;
	if (!week) { /* no week named: the org's week of today */
		if (grip_org_week(g, grip_today(g), &today_week) < 0)
			return NULL;
		week = today_week.iso;
	}
	if (grip_check_text(g, "text", text, TITLE_MAX_BYTES, true) < 0 || check_week(g, week, &w) < 0)
		return NULL;
	struct grip_person *p = grip_person_by_email(g, email);
	if (!p || grip_require_writer(g) < 0)
		return NULL;
	struct grip_objective *o = NULL;
	if (objective_id) {
		o = objective_visible(g, objective_id);
		if (!o) {
			snprintf(g->err.field, sizeof g->err.field, "objective_id");
			return NULL;
		}
	}
	if (require_commit_write(g, p, o) < 0)
		return NULL;
	if (!p->active) {
		grip_fail(g, GRIP_ECONFLICT, "email", "%s has left the organisation", p->email);
		return NULL;
	}
	if (o && (cycle_require_open(g, o->cycle_id) < 0 || group_check_link(g, p, o) < 0))
		return NULL;
	char wtext[WEEK_LEN];
	week_format(w, wtext);
	const char *now = grip_now_text(g);
	int64_t id = 0;
	if (!now || store_x(g->store, &id,
			    "INSERT INTO commitments (org_id, person_id, week, text, objective_id, shared,"
			    " author_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
			    V(g->org_id), V(p->id), V(wtext), V(text), VID(objective_id), V(shared),
			    V(g->actor->id), V(now)) != STORE_OK) {
		if (now)
			STORE_FAIL(g);
		return NULL;
	}
	struct grip_commitment *c = grip_commit_get(g, id);
	if (!c || grip_event(g, "commitment", id, "create", NULL, grip_commitment_json(c), NULL) < 0)
		return NULL;
	return c;
}

int grip_commit_close(struct grip *g, int64_t id, const char *status_name, const char *reflection)
{
	enum grip_commit_status status;
	if (commit_closing_check(g, "status", status_name, &status) < 0 ||
	    grip_check_text(g, "reflection", reflection, TEXT_MAX_BYTES, false) < 0)
		return -1;
	struct grip_commitment *before = grip_commit_get(g, id);
	if (!before)
		return -1;
	struct grip_person *p = grip_person_get(g, before->person_id);
	struct grip_objective *o = NULL;
	if (!p || (before->objective_id && !(o = objective_visible(g, before->objective_id))) ||
	    require_commit_write(g, p, o) < 0)
		return -1;
	const char *now = grip_now_text(g);
	if (!now || store_x(g->store, NULL,
			    "UPDATE commitments SET status = ?, reflection = COALESCE(?, reflection),"
			    " closed_at = ? WHERE id = ?", V(grip_commit_status_name(status)), V(reflection), V(now), V(id)) != STORE_OK)
		return now ? STORE_FAIL(g) : -1;
	struct grip_commitment *after = grip_commit_get(g, id);
	if (!after)
		return -1;
	return grip_event(g, "commitment", id, "close", grip_commitment_json(before),
			  grip_commitment_json(after), NULL);
}

int grip_commit_edit(struct grip *g, int64_t id, const struct grip_commit_edit *e)
{
	if (!e->text && e->objective_id < 0 && e->shared < 0)
		return grip_fail(g, GRIP_EINVAL, NULL, "nothing to change: give a text, a link or whether it is shared");
	if (e->text && grip_check_text(g, "text", e->text, TITLE_MAX_BYTES, true) < 0)
		return -1;
	struct grip_commitment *before = grip_commit_get(g, id);
	if (!before || require_commit_change(g, before) < 0)
		return -1;
	int64_t objective_id = e->objective_id < 0 ? before->objective_id : e->objective_id;
	if (objective_id != before->objective_id && objective_id) {
		/* The new link: one the person may serve, as when writing it. */
		struct grip_person *p = grip_person_get(g, before->person_id);
		struct grip_objective *o = p ? objective_visible(g, objective_id) : NULL;
		if (p && !o)
			snprintf(g->err.field, sizeof g->err.field, "objective_id");
		if (!o || require_commit_write(g, p, o) < 0 || cycle_require_open(g, o->cycle_id) < 0 ||
		    group_check_link(g, p, o) < 0)
			return -1;
	}
	if (store_x(g->store, NULL,
		    "UPDATE commitments SET text = COALESCE(?, text), objective_id = ?,"
		    " shared = CASE WHEN ? < 0 THEN shared ELSE ? END WHERE id = ? AND org_id = ?",
		    V(e->text), VID(objective_id), V(e->shared), V(e->shared), V(id), V(g->org_id)) != STORE_OK)
		return STORE_FAIL(g);
	struct grip_commitment *after = grip_commit_get(g, id);
	if (!after)
		return -1;
	return grip_event(g, "commitment", id, "update", grip_commitment_json(before), grip_commitment_json(after),
			  NULL);
}

int grip_commit_delete(struct grip *g, int64_t id)
{
	struct grip_commitment *before = grip_commit_get(g, id);
	if (!before || require_commit_delete(g, before) < 0)
		return -1;
	if (store_x(g->store, NULL, "DELETE FROM commitments WHERE id = ? AND org_id = ?", V(id), V(g->org_id)) !=
	    STORE_OK)
		return STORE_FAIL(g);
	return grip_event(g, "commitment", id, "delete", grip_commitment_json(before), NULL, NULL);
}

int grip_commit_list(struct grip *g, const char *email, const char *week,
		     struct grip_commitment ***out, size_t *n)
{
	struct iso_week w;
	char wtext[WEEK_LEN];
	const char *low = NULL;
	if (week) {
		if (check_week(g, week, &w) < 0)
			return -1;
		week_format(w, wtext);
		week = wtext;
	}
	if (email && check_email(g, "email", email, &low) < 0)
		return -1;
	struct grip_commitment **all;
	size_t count;
	if (fetch_all(g, store_q(g->store,
		"SELECT " COMMIT_COLS COMMIT_FROM " WHERE c.org_id = ? AND (CAST(? AS TEXT) IS NULL OR p.email = ?)"
		" AND (CAST(? AS TEXT) IS NULL OR c.week = ?) ORDER BY c.week, p.email, c.id",
		V(g->org_id), V(low), V(low), V(week), V(week)), commit_row, (void ***)&all, &count) < 0)
		return -1;
	size_t kept = 0;
	for (size_t i = 0; i < count; i++)
		if (grip_can_see_commitment(g, all[i]))
			all[kept++] = all[i];
	*out = all;
	*n = kept;
	return 0;
}

int grip_commit_tally(struct grip *g, int64_t person_id, struct commit_tally *t)
{
	memset(t, 0, sizeof *t);
	/* Weeks up to the one before today's (the org's weeks) are closed. */
	struct grip_week lw;
	if (grip_org_week(g, grip_today(g) - 7, &lw) < 0)
		return -1;
	const char *last_closed = lw.iso;
	struct grip_commitment **all;
	size_t n;
	if (fetch_all(g, store_q(g->store,
		"SELECT " COMMIT_COLS COMMIT_FROM " WHERE c.org_id = ? AND (? = 0 OR c.person_id = ?)"
		" AND c.week <= ?", V(g->org_id), V(person_id), V(person_id), V(last_closed)),
		commit_row, (void ***)&all, &n) < 0)
		return -1;
	for (size_t i = 0; i < n; i++) { /* only what the actor may see counts */
		const struct grip_commitment *c = all[i];
		if (!grip_can_see_commitment(g, c))
			continue;
		if (c->status == GRIP_COMMIT_DONE)
			t->done++;
		else if (c->status == GRIP_COMMIT_PARTIAL)
			t->partial++;
		else if (c->status == GRIP_COMMIT_MISSED)
			t->missed++;
		else
			t->open++;
	}
	return 0;
}

json_t *grip_commit_added_json(struct grip *g, const struct grip_commitment *c)
{
	struct grip_commitment **open;
	size_t n;
	if (fetch_all(g, store_q(g->store,
		"SELECT " COMMIT_COLS COMMIT_FROM " WHERE c.org_id = ? AND c.person_id = ?"
		" AND c.status = 'open' AND c.week < ? ORDER BY c.week, c.id",
		V(g->org_id), V(c->person_id), V(c->week)), commit_row, (void ***)&open, &n) < 0)
		return NULL;
	json_t *j = grip_commitment_json(c), *list = json_array();
	for (size_t i = 0; list && i < n; i++) /* a lead writing for someone sees only theirs */
		if (grip_can_see_commitment(g, open[i]))
			json_array_append_new(list, grip_commitment_json(open[i]));
	if (!j || !list || json_object_set_new(j, "to_close", list) < 0) {
		json_decref(j);
		grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
		return NULL;
	}
	return j;
}

json_t *grip_commitment_json(const struct grip_commitment *c)
{
	return json_pack("{sI sI ss ss ss so ss ss? sb ss ss?}", "id", (json_int_t)c->id, "person_id",
			 (json_int_t)c->person_id, "email", c->email, "week", c->week, "text", c->text,
			 "objective_id", grip_json_id(c->objective_id), "status", grip_commit_status_name(c->status),
			 "reflection", c->reflection, "shared", c->shared, "created_at", c->created_at,
			 "closed_at", c->closed_at);
}
