/*
 * dependency.c — what a team objective needs from another team: a link
 * from the objective to another objective or to a unit, with a note and a
 * status (open, agreed, done, declined) that both sides can move. The
 * depending side (whoever may check in on the depending objective) adds
 * it, edits its note and deletes it (a deletion's event keeps what it
 * was); "declined" is how the other side says no.
 */
#include "core/internal.h"

#include <string.h>


#define DEP_COLS "id, from_objective_id, to_objective_id, to_unit_id, note, status"

static void *dependency_row(struct grip *g, struct store_stmt *st)
{
	struct grip_dependency *d = grip_alloc(g, sizeof *d);
	if (!d)
		return NULL;
	d->id = store_col_int(st, 0);
	d->from_objective_id = store_col_int(st, 1);
	d->to_objective_id = store_col_int(st, 2);
	d->to_unit_id = store_col_int(st, 3);
	d->note = col_text(g, st, 4);
	if (dependency_status_col(g, st, 5, &d->status) < 0)
		return NULL;
	return d;
}

static struct grip_dependency *dependency_load(struct grip *g, int64_t id)
{
	return fetch_one(g, store_q(g->store,
		"SELECT " DEP_COLS " FROM dependencies WHERE id = ? AND org_id = ?", V(id), V(g->org_id)),
		dependency_row, "dependency");
}

/* A dependency is seen by those who see both of its ends. */
struct grip_dependency *grip_dependency_get(struct grip *g, int64_t id)
{
	struct grip_dependency *d = dependency_load(g, id);
	if (d && !grip_can_see_dependency(g, d)) {
		grip_fail(g, GRIP_ENOTFOUND, "dependency", "no such dependency");
		return NULL;
	}
	return d;
}

struct grip_dependency *grip_dependency_add(struct grip *g, int64_t from_objective,
					    int64_t to_objective, const char *to_unit_name,
					    const char *note)
{
	if (grip_check_text(g, "note", note, TEXT_MAX_BYTES, false) < 0)
		return NULL;
	if (!to_objective == !to_unit_name) {
		grip_fail(g, GRIP_EINVAL, "to", "name either the objective or the unit depended on");
		return NULL;
	}
	struct grip_objective *from = objective_visible(g, from_objective);
	if (!from || grip_require_checkin(g, from) < 0 || cycle_require_open(g, from->cycle_id) < 0)
		return NULL;
	int64_t unit_id = 0;
	if (to_objective) {
		if (to_objective == from_objective) {
			grip_fail(g, GRIP_EINVAL, "to_objective_id", "an objective cannot depend on itself");
			return NULL;
		}
		if (!objective_visible(g, to_objective)) {
			snprintf(g->err.field, sizeof g->err.field, "to_objective_id");
			return NULL;
		}
	} else {
		struct grip_unit *u = grip_unit_by_name(g, to_unit_name);
		if (!u)
			return NULL;
		unit_id = u->id;
	}
	const char *now = grip_now_text(g);
	int64_t id = 0;
	if (!now || store_x(g->store, &id,
			    "INSERT INTO dependencies (id, org_id, from_objective_id, to_objective_id, to_unit_id,"
			    " note, created_at, updated_at) VALUES (" NEXT_ID_SQL("dependencies", "dependency")
			    ", ?, ?, ?, ?, ?, ?, ?) RETURNING id",
			    V(g->org_id), V(g->org_id), V(from_objective), VID(to_objective), VID(unit_id), V(note),
			    V(now), V(now)) != STORE_OK) {
		if (now)
			STORE_FAIL(g);
		return NULL;
	}
	struct grip_dependency *d = dependency_load(g, id);
	if (!d || grip_event(g, "dependency", id, "create", NULL, grip_dependency_json(d), NULL) < 0)
		return NULL;
	return d;
}

/* The depending side: whoever may check in on the depending objective,
 * while its cycle is open. */
int dependency_require_edit(struct grip *g, const struct grip_dependency *d)
{
	struct grip_objective *from = objective_visible(g, d->from_objective_id);
	if (!from || grip_require_checkin(g, from) < 0 || cycle_require_open(g, from->cycle_id) < 0)
		return -1;
	return 0;
}

/* Either side may move it: the depending objective's people, or the
 * people of the objective or unit depended on. */
int dependency_require_move(struct grip *g, const struct grip_dependency *d)
{
	struct grip_objective *from = objective_visible(g, d->from_objective_id);
	if (!from)
		return -1;
	struct grip_error saved = g->err;
	bool ok = grip_require_checkin(g, from) == 0;
	if (!ok && d->to_objective_id) {
		struct grip_objective *to = objective_visible(g, d->to_objective_id);
		ok = to && grip_require_checkin(g, to) == 0;
	}
	if (!ok && d->to_unit_id && g->actor)
		ok = grip_is_member(g, d->to_unit_id, g->actor->id) || grip_is_lead(g, d->to_unit_id, g->actor->id);
	g->err = saved;
	if (!ok)
		return grip_fail(g, GRIP_EPERM, NULL, "only the people on either side can move a dependency");
	return cycle_require_open(g, from->cycle_id);
}

int grip_dependency_set_status(struct grip *g, int64_t id, const char *status_name)
{
	enum grip_dependency_status status;
	if (dependency_status_check(g, "status", status_name, &status) < 0)
		return -1;
	struct grip_dependency *before = grip_dependency_get(g, id);
	if (!before || dependency_require_move(g, before) < 0)
		return -1;
	const char *now = grip_now_text(g);
	if (!now || store_x(g->store, NULL,
			    "UPDATE dependencies SET status = ?, updated_at = ? WHERE id = ?",
			    V(grip_dependency_status_name(status)), V(now), V(id)) != STORE_OK)
		return now ? STORE_FAIL(g) : -1;
	struct grip_dependency *after = dependency_load(g, id);
	if (!after)
		return -1;
	return grip_event(g, "dependency", id, "status", grip_dependency_json(before),
			  grip_dependency_json(after), NULL);
}

int grip_dependency_edit(struct grip *g, int64_t id, const char *note)
{
	if (grip_check_text(g, "note", note, TEXT_MAX_BYTES, false) < 0)
		return -1;
	struct grip_dependency *before = grip_dependency_get(g, id);
	if (!before || dependency_require_edit(g, before) < 0)
		return -1;
	const char *now = grip_now_text(g);
	if (!now || store_x(g->store, NULL, "UPDATE dependencies SET note = ?, updated_at = ? WHERE id = ?",
			    V(note && *note ? note : NULL), V(now), V(id)) != STORE_OK)
		return now ? STORE_FAIL(g) : -1;
	struct grip_dependency *after = dependency_load(g, id);
	if (!after)
		return -1;
	return grip_event(g, "dependency", id, "update", grip_dependency_json(before),
			  grip_dependency_json(after), NULL);
}

int grip_dependency_delete(struct grip *g, int64_t id)
{
	struct grip_dependency *before = grip_dependency_get(g, id);
	if (!before || dependency_require_edit(g, before) < 0)
		return -1;
	if (store_x(g->store, NULL, "DELETE FROM dependencies WHERE id = ?", V(id)) != STORE_OK)
		return STORE_FAIL(g);
	return grip_event(g, "dependency", id, "delete", grip_dependency_json(before), NULL, NULL);
}

int grip_dependency_list(struct grip *g, int64_t objective_id, struct grip_dependency ***out,
			 size_t *n)
{
	if (!objective_visible(g, objective_id) ||
	    fetch_all(g, store_q(g->store,
		"SELECT " DEP_COLS " FROM dependencies WHERE from_objective_id = ? OR to_objective_id = ?"
		" ORDER BY id", V(objective_id), V(objective_id)),
		dependency_row, (void ***)out, n) < 0)
		return -1;
	size_t kept = 0;
	for (size_t i = 0; i < *n; i++)
		if (grip_can_see_dependency(g, (*out)[i]))
			(*out)[kept++] = (*out)[i];
	*n = kept;
	return 0;
}

json_t *grip_dependency_json(const struct grip_dependency *d)
{
	return json_pack("{sI sI so so ss? ss}", "id", (json_int_t)d->id, "from_objective_id",
			 (json_int_t)d->from_objective_id, "to_objective_id",
			 grip_json_id(d->to_objective_id), "to_unit_id", grip_json_id(d->to_unit_id),
			 "note", d->note, "status", grip_dependency_status_name(d->status));
}
