/*
 * test_changes.c — what a write records in the change log (changes.c)
 * over a real SQLite file: a check-in, a key result's value and a key
 * result added, changed or deleted name their objective and every
 * objective above it; any other write that changed
 * rows names all of its org, or everything without an org; a read, or a
 * write refused before it wrote, records nothing; rows changed outside a
 * scoped op make the whole write unscoped; the log is read back in order,
 * says when rows it should hold were pruned, and is pruned in bounded
 * steps; reads collect the objectives they load.
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

/* Acme: Grow (1, strategic) above Team goal (2, team Mobile) with key
 * result 1, and Other (3, team Mobile) with key result 2. */
static int setup(void **state)
{
	struct tmpdb_core *f = tmpdb_core_open("2026-11-23");
	assert_non_null(f);
	struct grip *g = &f->g;
	assert_non_null(grip_org_create(g, "Acme", "ada@acme.test", "Ada Admin"));
	assert_non_null(grip_unit_add(g, "Mobile", "team", NULL, NULL, NULL));
	assert_non_null(grip_cycle_add(g, "Q4", "quarter", "2026-10-01", "2026-12-31", 0, NULL));
	struct grip_objective_new grow = { .title = "Grow", .cycle_name = "Q4", .layer = "strategic",
					   .unit_name = "Acme" };
	struct grip_objective_new team = { .title = "Team goal", .cycle_name = "Q4", .layer = "team",
					   .unit_name = "Mobile" };
	struct grip_objective_new other = { .title = "Other", .cycle_name = "Q4", .layer = "team",
					    .unit_name = "Mobile" };
	assert_non_null(grip_objective_add(g, &grow));
	assert_non_null(grip_objective_add(g, &team));
	assert_non_null(grip_objective_add(g, &other));
	assert_int_equal(grip_objective_align(g, 2, 1), 0);
	struct grip_kr_new kr = { .title = "Activation", .baseline = 0, .target = 100 };
	assert_non_null(grip_kr_add(g, 2, &kr));
	assert_non_null(grip_kr_add(g, 3, &kr));
	assert_int_equal(store_x(g->store, NULL, "DELETE FROM changes"), STORE_OK);
	*state = f;
	return 0;
}

/* The rows after `after`, as "org:objective" words ("1:2 1:1", 0 for NULL). */
static const char *rows_after(struct grip *g, int64_t after)
{
	static char out[512];
	int64_t latest;
	struct grip_change *rows;
	size_t n;
	bool complete;
	assert_int_equal(grip_changes_latest(g, &latest), 0);
	if (latest <= after)
		return "";
	assert_int_equal(grip_changes_since(g, after, latest, &rows, &n, &complete), 0);
	out[0] = '\0';
	for (size_t i = 0; i < n; i++) {
		char word[48];
		snprintf(word, sizeof word, "%s%lld:%lld", i ? " " : "", (long long)rows[i].org_id,
			 (long long)rows[i].objective_id);
		strncat(out, word, sizeof out - strlen(out) - 1);
	}
	return out;
}

static int64_t latest(struct grip *g)
{
	int64_t id;
	assert_int_equal(grip_changes_latest(g, &id), 0);
	return id;
}

static void test_checkin_names_the_objective_and_those_above(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	struct grip_checkin_result r = { .key_result_id = 1, .value = 40 };
	assert_int_equal(grip_changes_begin(g), 0);
	assert_non_null(grip_checkin_add(g, 2, 7, &r, 1, NULL, NULL, NULL));
	assert_true(grip_changes_scoped(g));
	assert_int_equal(grip_changes_record(g), 0);
	assert_false(grip_changes_wide(g)); /* no credential could have changed */
	assert_string_equal(rows_after(g, 0), "1:2 1:1");
	/* Other has nothing above it. */
	int64_t before = latest(g);
	struct grip_checkin_result r2 = { .key_result_id = 2, .value = 10 };
	assert_int_equal(grip_changes_begin(g), 0);
	assert_non_null(grip_checkin_add(g, 3, 5, &r2, 1, NULL, NULL, NULL));
	assert_int_equal(grip_changes_record(g), 0);
	assert_string_equal(rows_after(g, before), "1:3");
}

static void test_kr_value_names_its_objective(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	assert_int_equal(grip_changes_begin(g), 0);
	assert_int_equal(grip_kr_update(g, 1, 55, NULL, NULL), 0);
	assert_int_equal(grip_changes_record(g), 0);
	assert_string_equal(rows_after(g, 0), "1:2 1:1");
}

static void test_key_result_changes_name_their_objective(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	struct grip_kr_new n = { .title = "Retention", .baseline = 0, .target = 10 };
	assert_int_equal(grip_changes_begin(g), 0);
	struct grip_kr *kr = grip_kr_add(g, 2, &n);
	assert_non_null(kr);
	assert_int_equal(grip_changes_record(g), 0);
	assert_string_equal(rows_after(g, 0), "1:2 1:1");
	int64_t before = latest(g);
	double target = 20;
	struct grip_kr_edit e = { .target = &target };
	assert_int_equal(grip_changes_begin(g), 0);
	assert_int_equal(grip_kr_edit(g, kr->id, &e), 0);
	assert_int_equal(grip_changes_record(g), 0);
	assert_string_equal(rows_after(g, before), "1:2 1:1");
	before = latest(g);
	assert_int_equal(grip_changes_begin(g), 0);
	assert_int_equal(grip_kr_delete(g, kr->id, NULL), 0);
	assert_int_equal(grip_changes_record(g), 0);
	assert_string_equal(rows_after(g, before), "1:2 1:1");
}

static void test_other_writes_change_the_whole_org(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	assert_int_equal(grip_changes_begin(g), 0);
	assert_non_null(grip_unit_add(g, "Web", "team", NULL, NULL, NULL));
	assert_false(grip_changes_scoped(g));
	assert_int_equal(grip_changes_record(g), 0);
	assert_true(grip_changes_wide(g));
	assert_string_equal(rows_after(g, 0), "1:0");
	/* A token revoked: wide, so the server's writer reads credentials again. */
	const char *secret = NULL;
	struct grip_token *t = grip_token_create(g, g->actor->id, "laptop", &secret);
	assert_non_null(t);
	assert_int_equal(grip_changes_begin(g), 0);
	assert_int_equal(grip_token_revoke(g, t->id), 0);
	assert_int_equal(grip_changes_record(g), 0);
	assert_true(grip_changes_wide(g));
	/* A write of no org (a sign-in's throttle): everything. */
	int64_t before = latest(g), org = g->org_id;
	g->org_id = 0;
	assert_int_equal(grip_changes_begin(g), 0);
	assert_int_equal(store_x(g->store, NULL,
				 "INSERT INTO signin_failures (key, failures, last_at) VALUES ('k', 1, 0)"),
			 STORE_OK);
	assert_int_equal(grip_changes_record(g), 0);
	g->org_id = org;
	assert_string_equal(rows_after(g, before), "0:0");
}

static void test_reads_and_refusals_record_nothing(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	assert_int_equal(grip_changes_begin(g), 0);
	assert_non_null(grip_objective_get(g, 2, NULL));
	assert_int_equal(grip_changes_record(g), 0);
	/* Confidence out of range: refused before any write. */
	struct grip_checkin_result r = { .key_result_id = 1, .value = 40 };
	assert_int_equal(grip_changes_begin(g), 0);
	assert_null(grip_checkin_add(g, 2, 11, &r, 1, NULL, NULL, NULL));
	assert_int_equal(grip_changes_record(g), 0);
	/* A key result of another objective: refused too. */
	struct grip_checkin_result wrong = { .key_result_id = 2, .value = 40 };
	assert_int_equal(grip_changes_begin(g), 0);
	assert_null(grip_checkin_add(g, 2, 5, &wrong, 1, NULL, NULL, NULL));
	assert_int_equal(grip_changes_record(g), 0);
	assert_false(grip_changes_wide(g));
	assert_int_equal(latest(g), 0);
}

static void test_rows_outside_the_scope_unscope_the_write(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	struct grip_checkin_result r = { .key_result_id = 1, .value = 40 };
	/* Before the check-in. */
	assert_int_equal(grip_changes_begin(g), 0);
	assert_non_null(grip_unit_add(g, "Web", "team", NULL, NULL, NULL));
	assert_non_null(grip_checkin_add(g, 2, 7, &r, 1, NULL, NULL, NULL));
	assert_false(grip_changes_scoped(g));
	assert_int_equal(grip_changes_record(g), 0);
	assert_string_equal(rows_after(g, 0), "1:0");
	/* After it. */
	int64_t before = latest(g);
	assert_int_equal(grip_changes_begin(g), 0);
	assert_non_null(grip_checkin_add(g, 2, 7, &r, 1, NULL, NULL, NULL));
	assert_true(grip_changes_scoped(g));
	assert_non_null(grip_unit_add(g, "Design", "team", NULL, NULL, NULL));
	assert_false(grip_changes_scoped(g));
	assert_int_equal(grip_changes_record(g), 0);
	assert_string_equal(rows_after(g, before), "1:0");
	/* Two scoped ops in one write stay scoped, and name both. */
	before = latest(g);
	struct grip_checkin_result r2 = { .key_result_id = 2, .value = 10 };
	assert_int_equal(grip_changes_begin(g), 0);
	assert_non_null(grip_checkin_add(g, 2, 7, &r, 1, NULL, NULL, NULL));
	assert_non_null(grip_checkin_add(g, 3, 7, &r2, 1, NULL, NULL, NULL));
	assert_int_equal(grip_changes_record(g), 0);
	assert_string_equal(rows_after(g, before), "1:2 1:3 1:1");
}

static void test_the_log_says_when_it_was_pruned(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	/* Many unscoped writes: the log keeps its newest rows, prunes the
	 * oldest in steps, and the id only grows. */
	assert_int_equal(store_begin(g->store, true), STORE_OK);
	for (int i = 0; i < 9000; i++) {
		assert_int_equal(grip_changes_begin(g), 0);
		assert_int_equal(store_x(g->store, NULL, "UPDATE orgs SET name = name || '' WHERE id = ?", V(g->org_id)),
				 STORE_OK);
		assert_int_equal(grip_changes_record(g), 0);
	}
	assert_int_equal(store_commit(g->store), STORE_OK);
	assert_int_equal(latest(g), 9000);
	int64_t kept = tmpdb_count(g, "SELECT count(*) FROM changes");
	assert_true(kept >= 8192 && kept < 8192 + 512);
	struct grip_change *rows;
	size_t n;
	bool complete;
	/* From a change still held: complete, in order. */
	assert_int_equal(grip_changes_since(g, 8990, 9000, &rows, &n, &complete), 0);
	assert_true(complete);
	assert_int_equal(n, 10);
	assert_int_equal(rows[0].id, 8991);
	assert_int_equal(rows[9].id, 9000);
	/* From a change pruned: not complete. */
	assert_int_equal(grip_changes_since(g, 100, 3000, &rows, &n, &complete), 0);
	assert_false(complete);
	/* Too far behind to be worth reading. */
	assert_int_equal(grip_changes_since(g, 1, 9000, &rows, &n, &complete), 0);
	assert_false(complete);
	/* Nothing new. */
	assert_int_equal(grip_changes_since(g, 9000, 9000, &rows, &n, &complete), 0);
	assert_true(complete);
	assert_int_equal(n, 0);
}

static void test_reads_collect_what_they_load(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	const int64_t *ids;
	size_t n;
	assert_false(grip_held(g, &ids, &n)); /* nothing collected: anything */
	grip_held_begin(g);
	assert_non_null(grip_objective_get(g, 2, NULL));
	assert_true(grip_held(g, &ids, &n));
	assert_int_equal(n, 1);
	assert_int_equal(ids[0], 2);
	struct grip_objective_filter f = { .unit_name = "Mobile" };
	struct grip_objective **os;
	size_t count;
	grip_held_begin(g);
	assert_int_equal(grip_objective_list(g, &f, &os, &count), 0);
	assert_true(grip_held(g, &ids, &n));
	assert_int_equal(n, 2);
	/* More than an answer's tags hold: anything of the org. */
	for (int i = 0; i < 130; i++) {
		struct grip_objective_new o = { .title = "Many", .cycle_name = "Q4", .layer = "team",
						.unit_name = "Mobile" };
		assert_non_null(grip_objective_add(g, &o));
	}
	grip_held_begin(g);
	assert_int_equal(grip_objective_list(g, &f, &os, &count), 0);
	assert_false(grip_held(g, &ids, &n));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_checkin_names_the_objective_and_those_above, setup,
						tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_kr_value_names_its_objective, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_key_result_changes_name_their_objective, setup,
						tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_other_writes_change_the_whole_org, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_reads_and_refusals_record_nothing, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_rows_outside_the_scope_unscope_the_write, setup,
						tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_the_log_says_when_it_was_pruned, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_reads_collect_what_they_load, setup, tmpdb_core_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
