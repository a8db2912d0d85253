/*
 * test_key_result.c — the key result rules of key_result.c and figures.c
 * over a real SQLite file: a milestone written with its weight, a
 * milestone named instead of counted (case, blanks, unknown, ambiguous),
 * the weighted progress that follows, which key results an objective had
 * as of a day, when a key result may be deleted, and what a face was
 * given for a new one.
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

static int64_t objective(struct grip *g, const char *title, const char *status)
{
	struct grip_objective_new n = { .title = title, .cycle_name = "Q4", .layer = "team",
					.unit_name = "Mobile", .status = status };
	struct grip_objective *o = grip_objective_add(g, &n);
	assert_non_null(o);
	return o->id;
}

/* Design 1, Build 2, Ship 1. */
static struct grip_kr *launch(struct grip *g, int64_t o)
{
	const char *steps[] = { "Design", "Build", "Ship" };
	const double weights[] = { 1, 2, 1 };
	struct grip_kr_new m = { .title = "Launch", .kind = "milestones", .milestones = steps,
				 .milestone_weights = weights, .n_milestones = 3 };
	struct grip_kr *kr = grip_kr_add(g, o, &m);
	assert_non_null(kr);
	return kr;
}

static void set_day(struct grip *g, const char *day)
{
	assert_true(datetime_parse(day, &g->now));
}

static void test_milestone_written_with_its_weight(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	const char *title;
	double w;
	assert_int_equal(grip_kr_parse_milestone(g, "Build = 2", &title, &w), 0);
	assert_string_equal(title, "Build");
	assert_float_equal(w, 2, 0);
	assert_int_equal(grip_kr_parse_milestone(g, "  Ship  ", &title, &w), 0);
	assert_string_equal(title, "Ship");
	assert_float_equal(w, 1, 0);
	/* Not a number after '=': all of it is the name. */
	assert_int_equal(grip_kr_parse_milestone(g, "p=0.05 reached", &title, &w), 0);
	assert_string_equal(title, "p=0.05 reached");
	assert_float_equal(w, 1, 0);
	/* The last '=' counts: a name that ends in "=N" keeps it with "=1". */
	assert_int_equal(grip_kr_parse_milestone(g, "x=2=1", &title, &w), 0);
	assert_string_equal(title, "x=2");
	assert_float_equal(w, 1, 0);
	assert_int_equal(grip_kr_parse_milestone(g, " = 3", &title, &w), -1);
	assert_string_equal(g->err.field, "milestones");
	/* The weight itself is the add's to check. */
	assert_int_equal(grip_kr_parse_milestone(g, "Build=0", &title, &w), 0);
	const char *steps[] = { title };
	struct grip_kr_new m = { .title = "Zero", .kind = "milestones", .milestones = steps,
				 .milestone_weights = &w, .n_milestones = 1 };
	assert_null(grip_kr_add(g, objective(g, "Zero", "draft"), &m));
	assert_string_equal(g->err.field, "milestones");
}

static void test_milestone_named(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	struct grip_kr *kr = launch(g, objective(g, "Ship it", "active"));
	double v = -1;
	assert_int_equal(grip_kr_milestone_done(g, kr, "value", "Build", &v), 0);
	assert_float_equal(v, 2, 0);
	assert_int_equal(grip_kr_milestone_done(g, kr, "value", "  sHIP ", &v), 0);
	assert_float_equal(v, 3, 0);
	/* Through the value parser, as the CLI and the check-in read it; a
	 * number is a count. */
	assert_int_equal(grip_kr_parse_value(g, kr, "design", &v), 0);
	assert_float_equal(v, 1, 0);
	assert_int_equal(grip_kr_parse_value(g, kr, "2", &v), 0);
	assert_float_equal(v, 2, 0);
	assert_int_equal(grip_kr_milestone_done(g, kr, "milestone", "Deploy", &v), -1);
	assert_int_equal(g->err.code, GRIP_EINVAL);
	assert_string_equal(g->err.field, "milestone");
	assert_non_null(strstr(g->err.message, "“Design”, “Build”, “Ship”"));
	/* Two milestones of one name (stored before names had to differ):
	 * naming it is refused, a count still works. */
	struct grip_milestone twins[] = { { .title = "Review", .weight = 1 }, { .title = "review", .weight = 1 } };
	struct grip_kr old = { .id = 99, .kind = GRIP_KR_MILESTONES, .milestones = twins, .n_milestones = 2 };
	assert_int_equal(grip_kr_milestone_done(g, &old, "value", "Review", &v), -1);
	assert_non_null(strstr(g->err.message, "names 2 milestones"));
	/* New ones may not share a name. */
	const char *steps[] = { "Build", " BUILD" };
	struct grip_kr_new m = { .title = "Twice", .kind = "milestones", .milestones = steps, .n_milestones = 2 };
	assert_null(grip_kr_add(g, kr->objective_id, &m));
	assert_string_equal(g->err.field, "milestones");
	/* A metric has no milestones to name. */
	struct grip_kr metric = { .id = 98, .kind = GRIP_KR_METRIC };
	assert_int_equal(grip_kr_milestone_done(g, &metric, "milestone", "Build", &v), -1);
}

static void test_weighted_progress_of_a_named_milestone(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	int64_t o = objective(g, "Ship it", "active");
	struct grip_kr *kr = launch(g, o);
	double v;
	assert_int_equal(grip_kr_parse_value(g, kr, "Build", &v), 0);
	assert_int_equal(grip_kr_update(g, kr->id, v, NULL, NULL), 0);
	struct grip_kr *now = grip_kr_get(g, kr->id, NULL);
	assert_non_null(now);
	assert_float_equal(now->progress, 0.75, 1e-12); /* (1 + 2) / 4 */
	assert_true(now->milestones[0].done && now->milestones[1].done);
	assert_false(now->milestones[2].done);
	/* Naming an earlier one moves back: only it and those before it. */
	assert_int_equal(grip_kr_parse_value(g, kr, "Design", &v), 0);
	assert_int_equal(grip_kr_update(g, kr->id, v, NULL, NULL), 0);
	now = grip_kr_get(g, kr->id, NULL);
	assert_float_equal(now->progress, 0.25, 1e-12);
	assert_float_equal(grip_objective_get(g, o, NULL)->progress, 0.25, 1e-12);
}

static void test_as_of_only_key_results_that_existed(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	int64_t o = objective(g, "Ship it", "active");
	struct grip_kr_new a = { .title = "early", .baseline = 0, .target = 10 };
	struct grip_kr_new b = { .title = "late", .kind = "boolean" };
	struct grip_kr_new c = { .title = "backdated", .baseline = 0, .target = 10 };
	struct grip_kr *ka = grip_kr_add(g, o, &a);
	assert_non_null(ka);
	set_day(g, "2026-11-30");
	struct grip_kr *kb = grip_kr_add(g, o, &b), *kc = grip_kr_add(g, o, &c);
	assert_non_null(kb);
	assert_non_null(kc);
	assert_int_equal(grip_kr_update(g, kc->id, 5, NULL, "2026-11-25"), 0);
	struct grip_objective *then = grip_objective_get(g, o, "2026-11-20");
	assert_non_null(then);
	assert_int_equal(then->n_krs, 0);
	then = grip_objective_get(g, o, "2026-11-26");
	assert_int_equal(then->n_krs, 2);
	assert_int_equal(then->krs[0].id, ka->id);
	assert_int_equal(then->krs[1].id, kc->id);
	assert_float_equal(then->progress, 0.25, 1e-12); /* (0 + 0.5) / 2 */
	assert_int_equal(grip_objective_get(g, o, NULL)->n_krs, 3);
	assert_null(grip_kr_get(g, kb->id, "2026-11-26"));
	assert_string_equal(g->err.field, "as_of");
	assert_non_null(grip_kr_get(g, kb->id, "2026-11-30"));
}

static void test_delete_while_nothing_was_seen(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	int64_t draft = objective(g, "Plan", "draft"), running = objective(g, "Run", "active");
	struct grip_kr_new b = { .title = "written", .kind = "boolean" };
	struct grip_kr *gone = grip_kr_add(g, draft, &b), *kept = grip_kr_add(g, draft, &b);
	struct grip_kr *live = grip_kr_add(g, running, &b);
	assert_non_null(gone);
	assert_non_null(kept);
	assert_non_null(live);
	assert_int_equal(grip_kr_update(g, kept->id, 1, NULL, NULL), 0);
	g->err = (struct grip_error){ .code = GRIP_EPERM, .message = "earlier" };
	assert_true(grip_may_delete_kr(g, gone, NULL));
	const char *why = NULL;
	assert_false(grip_may_delete_kr(g, kept, &why));
	assert_non_null(strstr(why, "recorded value"));
	assert_false(grip_may_delete_kr(g, live, &why));
	assert_non_null(strstr(why, "active"));
	assert_string_equal(g->err.message, "earlier"); /* a question leaves the error alone */
	g->err = (struct grip_error){ 0 };
	assert_int_equal(grip_kr_delete(g, kept->id, NULL), -1);
	assert_int_equal(g->err.code, GRIP_ECONFLICT);
	assert_int_equal(grip_kr_delete(g, live->id, NULL), -1);
	assert_int_equal(g->err.code, GRIP_ECONFLICT);
	assert_int_equal(grip_kr_delete(g, gone->id, "a task, not a result"), 0);
	assert_null(grip_kr_get(g, gone->id, NULL));
	assert_int_equal(g->err.code, GRIP_ENOTFOUND);
	struct grip_event **es;
	size_t n;
	assert_int_equal(grip_event_list(g, "key_result", gone->id, &es, &n), 0);
	assert_int_equal(n, 2);
	assert_string_equal(es[1]->action, "delete");
	assert_string_equal(es[1]->reason, "a task, not a result");
	assert_null(es[1]->after);
	/* Its id is never given again. */
	struct grip_kr *next = grip_kr_add(g, draft, &b);
	assert_non_null(next);
	assert_true(next->id > live->id);
}

/* What a face was given, judged by the core: a metric needs its baseline
 * and target, only a metric has them, a weight given is above 0. */
static void test_what_was_given(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	int64_t o = objective(g, "Given", "draft");
	struct grip_kr_new m = { .title = "Checkout", .target = 20, .given = true, .has_target = true };
	assert_null(grip_kr_add(g, o, &m));
	assert_string_equal(g->err.field, "baseline");
	struct grip_kr_new b = { .title = "Shipped", .kind = "boolean", .target = 3, .given = true, .has_target = true };
	assert_null(grip_kr_add(g, o, &b));
	assert_string_equal(g->err.field, "target");
	struct grip_kr_new w = { .title = "Checkout", .baseline = 60, .target = 20, .weight = 0, .given = true,
				 .has_baseline = true, .has_target = true, .has_weight = true };
	assert_null(grip_kr_add(g, o, &w));
	assert_string_equal(g->err.field, "weight");
	w.has_weight = false; /* a weight left out is 1 */
	struct grip_kr *kr = grip_kr_add(g, o, &w);
	assert_non_null(kr);
	assert_true(kr->weight == 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_milestone_written_with_its_weight, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_milestone_named, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_weighted_progress_of_a_named_milestone, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_as_of_only_key_results_that_existed, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_delete_while_nothing_was_seen, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_what_was_given, setup, tmpdb_core_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
