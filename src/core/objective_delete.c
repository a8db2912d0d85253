/*
 * objective_delete.c — delete or drop (docs/model.md): deleting an
 * objective that was never seen as a goal, with everything that hangs off
 * it. Dropping, for everything else, is a status move (objective.c).
 */
#include "core/internal.h"

#include <string.h>

/*
 * Delete or drop. A draft nobody has decided on, checked in on or given a
 * value, and that no commitment serves, was never seen as a goal: it may
 * be deleted, with what hangs off it. Anything else has been seen and is
 * dropped with a reason, so the history keeps it.
 */
int objective_require_deletable(struct grip *g, const struct grip_objective *o)
{
	if (grip_require_objective_write(g, o) < 0 || cycle_require_open(g, o->cycle_id) < 0)
		return -1;
	if (o->status != GRIP_OBJECTIVE_DRAFT)
		return grip_fail(g, GRIP_ECONFLICT, "status",
				 "only a draft can be deleted; this one is %s and has been seen: drop it with a reason",
				 grip_objective_status_name(o->status));
	/* Every lifecycle event (a status move, a review) means it left draft
	 * once: proposed or approved, and then returned. */
	int64_t moved = 0, checked = 0, valued = 0, served = 0;
	if (store_x(g->store, &moved,
		    "SELECT COUNT(*) FROM events WHERE org_id = ? AND entity = 'objective' AND entity_id = ?"
		    " AND action NOT IN ('create', 'update')", V(g->org_id), V(o->id)) != STORE_OK ||
	    store_x(g->store, &checked, "SELECT COUNT(*) FROM checkins WHERE objective_id = ?",
		    V(o->id)) != STORE_OK ||
	    store_x(g->store, &valued,
		    "SELECT COUNT(*) FROM kr_values v JOIN key_results k ON k.id = v.key_result_id"
		    " WHERE k.objective_id = ?", V(o->id)) != STORE_OK ||
	    store_x(g->store, &served, "SELECT COUNT(*) FROM commitments WHERE objective_id = ?",
		    V(o->id)) != STORE_OK)
		return STORE_FAIL(g);
	if (moved)
		return grip_fail(g, GRIP_ECONFLICT, "status",
				 "it has been proposed or approved before: drop it with a reason instead");
	if (checked || valued)
		return grip_fail(g, GRIP_ECONFLICT, "status",
				 "it has been checked in on: drop it with a reason instead");
	if (served)
		return grip_fail(g, GRIP_ECONFLICT, "status",
				 "%lld commitment%s serve%s it: drop it with a reason instead", (long long)served,
				 served == 1 ? "" : "s", served == 1 ? "s" : "");
	return 0;
}

/* The rows that hang off an objective, as JSON for history: the columns
 * are named in names, each typed by its letter in types (i integer, r
 * number, t text); NULL is null. */
static json_t *rows_json(struct grip *g, const char *sql, int64_t id, const char *const *names,
			 const char *types)
{
	struct store_stmt *st = store_q(g->store, sql, V(id));
	json_t *a = json_array();
	if (!st || !a) {
		json_decref(a);
		if (st)
			store_done(st);
		return NULL;
	}
	while (store_step(st) == STORE_ROW) {
		json_t *row = json_object();
		for (int c = 0; row && types[c]; c++) {
			json_t *v = store_col_null(st, c)     ? json_null()
				    : types[c] == 'i' ? json_integer(store_col_int(st, c))
				    : types[c] == 'r' ? grip_json_number(store_col_real(st, c))
						      : json_string(store_col_text(st, c));
			json_object_set_new(row, names[c], v);
		}
		json_array_append_new(a, row);
	}
	store_done(st);
	return a;
}

int grip_objective_delete(struct grip *g, int64_t id)
{
	struct grip_objective *o = objective_for_write(g, id, 0);
	if (!o || objective_require_deletable(g, o) < 0)
		return -1;
	/* The history keeps everything that goes with it. */
	json_t *before = objective_record(g, id);
	static const char *const kr_names[] = { "id", "title", "kind", "baseline", "target", "unit", "weight" };
	static const char *const init_names[] = { "id", "title", "status", "link", "key_result_id", "owner_id" };
	static const char *const dep_names[] = { "id", "from_objective_id", "to_objective_id", "to_unit_id",
						 "note", "status" };
	static const char *const kid_names[] = { "child_id" };
	json_t *krs = rows_json(g, "SELECT id, title, kind, baseline, target, unit_label, weight"
				   " FROM key_results WHERE objective_id = ? ORDER BY position", id, kr_names, "ittrrtr");
	json_t *inits = rows_json(g, "SELECT id, title, status, link, key_result_id, owner_id FROM initiatives"
				     " WHERE objective_id = ? ORDER BY id", id, init_names, "itttii");
	json_t *deps = rows_json(g, "SELECT id, from_objective_id, to_objective_id, to_unit_id, note, status"
				    " FROM dependencies WHERE ? IN (from_objective_id, to_objective_id) ORDER BY id",
				 id, dep_names, "iiiitt");
	json_t *kids = rows_json(g, "SELECT child_id FROM alignments WHERE parent_id = ? ORDER BY child_id", id,
				 kid_names, "i");
	if (!before || !krs || !inits || !deps || !kids) {
		json_decref(before);
		json_decref(krs);
		json_decref(inits);
		json_decref(deps);
		json_decref(kids);
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	}
	json_object_set_new(before, "key_results", krs);
	json_object_set_new(before, "initiatives", inits);
	json_object_set_new(before, "dependencies", deps);
	json_object_set_new(before, "aligned_from", kids);
	/* The objectives it rolled up into roll up without it (figures_store.c). */
	int64_t *parents;
	size_t n_parents;
	if (ids_collect(g, store_q(g->store, "SELECT parent_id FROM alignments WHERE child_id = ? ORDER BY parent_id",
				   V(id)), &parents, &n_parents) < 0) {
		json_decref(before);
		return -1;
	}
	static const char *const wipe[] = {
		"DELETE FROM milestones WHERE key_result_id IN (SELECT id FROM key_results WHERE objective_id = ?)",
		"DELETE FROM initiatives WHERE objective_id = ?",
		"DELETE FROM key_results WHERE objective_id = ?",
		"DELETE FROM dependencies WHERE from_objective_id = ?",
		"DELETE FROM dependencies WHERE to_objective_id = ?",
		"DELETE FROM alignments WHERE child_id = ?",
		"DELETE FROM alignments WHERE parent_id = ?",
		"DELETE FROM objectives WHERE id = ?",
	};
	for (size_t i = 0; i < sizeof wipe / sizeof wipe[0]; i++)
		if (store_x(g->store, NULL, wipe[i], V(id)) != STORE_OK) {
			json_decref(before);
			return STORE_FAIL(g);
		}
	/* What other objectives lose with it shows in their own history too. */
	size_t i;
	json_t *row;
	json_array_foreach(kids, i, row) {
		json_int_t child = json_integer_value(json_object_get(row, "child_id"));
		if (grip_event(g, "alignment", child, "delete",
			       json_pack("{sI sI}", "child_id", child, "parent_id", (json_int_t)id), NULL,
			       "the objective it aligned to was a draft, deleted") < 0) {
			json_decref(before);
			return -1;
		}
	}
	json_array_foreach(deps, i, row) {
		json_int_t from = json_integer_value(json_object_get(row, "from_objective_id"));
		if (from != id && grip_event(g, "dependency", json_integer_value(json_object_get(row, "id")), "delete",
					     json_deep_copy(row), NULL, "the objective it depended on was a draft, deleted") < 0) {
			json_decref(before);
			return -1;
		}
	}
	if (grip_event(g, "objective", id, "delete", before, NULL, NULL) < 0)
		return -1;
	for (size_t k = 0; k < n_parents; k++)
		if (figures_refresh(g, parents[k]) < 0)
			return -1;
	return 0;
}
