/*
 * test_figures_store.c — the stored figures of figures_store.c over a real
 * SQLite file: each write that changes an input (check-in, value, key
 * result add/edit/delete, status, alignment, delete) leaves the stored
 * figures equal to those computed from the history (grip_figures_check)
 * and to the numbers expected; roll-ups follow two levels up; a dropped
 * child leaves its parent's mean; a backdated check-in is not the latest;
 * a transaction rolled back stores nothing; a corrupted figure is found.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "core/grip.h"
#include "store/store.h"
#include "tmpdb.h"
#include "util/date.h"

static int setup(void **state)
{
	struct tmpdb_core *f = tmpdb_core_open("2026-11-23");
	assert_non_null(f);
	struct grip *g = &f->g;
	assert_non_null(grip_org_create(g, "Acme", "ada@acme.test", "Ada Admin"));
	assert_non_null(grip_unit_add(g, "Mobile", "team", NULL, NULL, NULL));
	assert_non_null(grip_cycle_add(g, "Q4", "quarter", "2026-10-01", "2026-12-31", 0, NULL));
	*state = f;
	return 0;
}

static int64_t objective(struct grip *g, const char *title, const char *layer, const char *status)
{
	struct grip_objective_new n = { .title = title, .cycle_name = "Q4", .layer = layer,
					.unit_name = strcmp(layer, "team") == 0 ? "Mobile" : "Acme", .status = status };
	struct grip_objective *o = grip_objective_add(g, &n);
	if (!o)
		print_message("%s: %s\n", g->err.field, g->err.message);
	assert_non_null(o);
	return o->id;
}

static int64_t metric(struct grip *g, int64_t o, double target, double weight)
{
	struct grip_kr_new m = { .title = "Users", .baseline = 0, .target = target, .weight = weight };
	struct grip_kr *kr = grip_kr_add(g, o, &m);
	assert_non_null(kr);
	return kr->id;
}

/* The stored progress of an objective (or a key result). */
static double stored(struct grip *g, int64_t id, bool of_kr)
{
	struct store_stmt *st = of_kr ? store_q(g->store, "SELECT progress FROM key_results WHERE id = ?", V(id))
				      : store_q(g->store, "SELECT progress FROM objectives WHERE id = ?", V(id));
	assert_non_null(st);
	assert_int_equal(store_step(st), STORE_ROW);
	double p = store_col_real(st, 0);
	store_done(st);
	return p;
}

static const char *stored_text(struct grip *g, int64_t id, const char *sql)
{
	struct store_stmt *st = store_query(g->store, sql, (struct store_val[]){ V(id) }, 1);
	assert_non_null(st);
	assert_int_equal(store_step(st), STORE_ROW);
	const char *t = store_col_text(st, 0);
	const char *copy = t ? grip_strdup(g, t) : NULL;
	store_done(st);
	return copy;
}

/* Stored equals computed, for every objective and key result. */
static void agrees(struct grip *g)
{
	struct grip_figures_report r;
	assert_int_equal(grip_figures_check(g, &r), 0);
	for (size_t i = 0; i < r.n_mismatches; i++)
		print_message("objective %lld kr %lld %s: stored %s computed %s\n",
			      (long long)r.mismatches[i].objective_id, (long long)r.mismatches[i].key_result_id,
			      r.mismatches[i].field, r.mismatches[i].stored, r.mismatches[i].computed);
	assert_int_equal(r.n_mismatches, 0);
}

static void checkin(struct grip *g, int64_t o, int confidence, int64_t kr, double value, const char *at)
{
	struct grip_checkin_result res = { .key_result_id = kr, .value = value };
	assert_non_null(grip_checkin_add(g, o, confidence, kr ? &res : NULL, kr ? 1 : 0, NULL, NULL, at));
}

static void test_checkin_rolls_up_two_levels(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	int64_t top = objective(g, "Top", "strategic", "active");
	int64_t mid = objective(g, "Mid", "strategic", "active");
	int64_t team = objective(g, "Team", "team", "active");
	assert_int_equal(grip_objective_align(g, mid, top), 0);
	assert_int_equal(grip_objective_align(g, team, mid), 0);
	int64_t kr = metric(g, team, 100, 1);
	agrees(g);
	assert_float_equal(stored(g, top, false), 0, 0);
	checkin(g, team, 8, kr, 40, NULL);
	assert_float_equal(stored(g, kr, true), 0.4, 1e-12);
	assert_float_equal(stored(g, team, false), 0.4, 1e-12);
	assert_float_equal(stored(g, mid, false), 0.4, 1e-12);
	assert_float_equal(stored(g, top, false), 0.4, 1e-12);
	assert_string_equal(stored_text(g, team, "SELECT confidence FROM objectives WHERE id = ?"), "8");
	agrees(g);
	/* A value alone (grip kr update) moves the same figures. */
	assert_int_equal(grip_kr_update(g, kr, 70, NULL, NULL), 0);
	assert_float_equal(stored(g, top, false), 0.7, 1e-12);
	agrees(g);
}

static void test_key_result_writes(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	int64_t parent = objective(g, "Parent", "strategic", "active");
	int64_t o = objective(g, "Draft", "team", "draft");
	assert_int_equal(grip_objective_align(g, o, parent), 0);
	int64_t a = metric(g, o, 10, 1);
	/* Add: the mean of 0 (a) and a second one done. */
	struct grip_kr_new yes = { .title = "Shipped", .kind = "boolean" };
	struct grip_kr *b = grip_kr_add(g, o, &yes);
	assert_non_null(b);
	assert_float_equal(stored(g, o, false), 0, 0);
	agrees(g);
	/* Edit: weight 3 on a; then a baseline above the target. */
	double w = 3, base = 10, target = 0;
	struct grip_kr_edit e = { .weight = &w };
	assert_int_equal(grip_kr_edit(g, a, &e), 0);
	agrees(g);
	struct grip_kr_edit e2 = { .baseline = &base, .target = &target };
	assert_int_equal(grip_kr_edit(g, a, &e2), 0);
	assert_float_equal(stored(g, a, true), 0, 0);
	agrees(g);
	/* Delete b: o is a again; so is its parent. */
	assert_int_equal(grip_kr_delete(g, b->id, NULL), 0);
	agrees(g);
	/* Delete a too: o has nothing, and rolls up nothing. */
	assert_int_equal(grip_kr_delete(g, a, NULL), 0);
	assert_float_equal(stored(g, o, false), 0, 0);
	assert_float_equal(stored(g, parent, false), 0, 0);
	agrees(g);
}

static void test_dropped_child_and_alignments(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	int64_t top = objective(g, "Top", "strategic", "active");
	int64_t t1 = objective(g, "One", "team", "active");
	int64_t t2 = objective(g, "Two", "team", "active");
	int64_t k1 = metric(g, t1, 10, 1), k2 = metric(g, t2, 10, 1);
	checkin(g, t1, 5, k1, 5, NULL);
	checkin(g, t2, 5, k2, 10, NULL);
	assert_int_equal(grip_objective_align(g, t1, top), 0);
	assert_float_equal(stored(g, top, false), 0.5, 1e-12);
	assert_int_equal(grip_objective_align(g, t2, top), 0);
	assert_float_equal(stored(g, top, false), 0.75, 1e-12);
	agrees(g);
	assert_int_equal(grip_objective_set_status(g, t2, "dropped", "no longer"), 0);
	assert_float_equal(stored(g, top, false), 0.5, 1e-12);
	agrees(g);
	assert_int_equal(grip_objective_unalign(g, t1, top), 0);
	assert_float_equal(stored(g, top, false), 0, 0);
	assert_string_equal(stored_text(g, top, "SELECT rolled_up FROM objectives WHERE id = ?"), "0");
	agrees(g);
	/* A draft child deleted leaves its parent's roll-up. */
	int64_t d = objective(g, "Draft", "team", "draft");
	int64_t kd = metric(g, d, 10, 1);
	(void)kd;
	assert_int_equal(grip_objective_align(g, d, top), 0);
	assert_string_equal(stored_text(g, top, "SELECT rolled_up FROM objectives WHERE id = ?"), "1");
	assert_int_equal(grip_objective_delete(g, d), 0);
	assert_string_equal(stored_text(g, top, "SELECT rolled_up FROM objectives WHERE id = ?"), "0");
	agrees(g);
}

static void test_backdated_checkin_and_approval(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	int64_t o = objective(g, "Proposed", "team", "proposed");
	assert_null(stored_text(g, o, "SELECT approved_at FROM objectives WHERE id = ?"));
	assert_int_equal(grip_objective_set_status(g, o, "active", NULL), 0);
	const char *approved = stored_text(g, o, "SELECT approved_at FROM objectives WHERE id = ?");
	assert_non_null(approved);
	assert_string_equal(approved, "2026-11-23T00:00:00Z");
	int64_t kr = metric(g, o, 10, 1);
	tmpdb_at(g, "2026-11-25");
	checkin(g, o, 9, kr, 8, NULL);
	/* Written later, dated earlier: not the latest. */
	tmpdb_at(g, "2026-11-26");
	checkin(g, o, 2, kr, 1, "2026-11-20");
	assert_float_equal(stored(g, kr, true), 0.8, 1e-12);
	assert_string_equal(stored_text(g, o, "SELECT confidence FROM objectives WHERE id = ?"), "9");
	assert_string_equal(stored_text(g, o, "SELECT last_checkin FROM objectives WHERE id = ?"),
			    "2026-11-25T00:00:00Z");
	agrees(g);
	/* A later approval does not move the first. */
	assert_int_equal(grip_objective_set_status(g, o, "approved", NULL), -1); /* no such move */
	assert_string_equal(stored_text(g, o, "SELECT approved_at FROM objectives WHERE id = ?"), approved);
	/* Read back as of today: the stored figures, the same as computed. */
	struct grip_objective *now = grip_objective_get(g, o, NULL);
	assert_non_null(now);
	assert_float_equal(now->progress, 0.8, 1e-12);
	assert_int_equal(now->confidence, 9);
	/* The clock back before the latest check-in: computed, not stored. */
	tmpdb_at(g, "2026-11-24");
	now = grip_objective_get(g, o, NULL);
	assert_non_null(now);
	assert_int_equal(now->confidence, 2);
	assert_float_equal(now->progress, 0.1, 1e-12);
}

static void test_rolled_back_stores_nothing(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	int64_t top = objective(g, "Top", "strategic", "active");
	int64_t o = objective(g, "Team", "team", "active");
	assert_int_equal(grip_objective_align(g, o, top), 0);
	int64_t kr = metric(g, o, 10, 1);
	checkin(g, o, 5, kr, 2, NULL);
	assert_int_equal(store_begin(g->store, true), STORE_OK);
	checkin(g, o, 5, kr, 9, NULL);
	assert_float_equal(stored(g, top, false), 0.9, 1e-12);
	store_rollback(g->store);
	assert_float_equal(stored(g, kr, true), 0.2, 1e-12);
	assert_float_equal(stored(g, o, false), 0.2, 1e-12);
	assert_float_equal(stored(g, top, false), 0.2, 1e-12);
	/* A check-in refused half way (its second value is no milestone
	 * count) stores nothing either, in the face's transaction. */
	const char *steps[] = { "A", "B" };
	struct grip_kr_new m = { .title = "Steps", .kind = "milestones", .milestones = steps, .n_milestones = 2 };
	struct grip_kr *ms = grip_kr_add(g, o, &m);
	assert_non_null(ms);
	assert_int_equal(store_begin(g->store, true), STORE_OK);
	struct grip_checkin_result rs[] = { { .key_result_id = kr, .value = 10 }, { .key_result_id = ms->id, .value = 7 } };
	assert_null(grip_checkin_add(g, o, 5, rs, 2, NULL, NULL, NULL));
	store_rollback(g->store);
	assert_float_equal(stored(g, kr, true), 0.2, 1e-12);
	agrees(g);
}

static void test_corruption_found(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	int64_t o = objective(g, "Team", "team", "active");
	int64_t kr = metric(g, o, 10, 1);
	checkin(g, o, 5, kr, 5, NULL);
	agrees(g);
	assert_int_equal(store_x(g->store, NULL, "UPDATE key_results SET cur_value = 6 WHERE id = ?", V(kr)), STORE_OK);
	assert_int_equal(store_x(g->store, NULL, "UPDATE objectives SET progress = 0.25 WHERE id = ?", V(o)), STORE_OK);
	struct grip_figures_report r;
	assert_int_equal(grip_figures_check(g, &r), 0);
	assert_int_equal(r.n_mismatches, 2);
	assert_int_equal(r.mismatches[0].key_result_id, kr);
	assert_string_equal(r.mismatches[0].field, "cur_value");
	assert_string_equal(r.mismatches[1].field, "progress");
	assert_int_equal(r.mismatches[1].objective_id, o);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_checkin_rolls_up_two_levels, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_key_result_writes, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_dropped_child_and_alignments, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_backdated_checkin_and_approval, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_rolled_back_stores_nothing, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_corruption_found, setup, tmpdb_core_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
