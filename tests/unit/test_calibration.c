/*
 * test_calibration.c — the rules of calibration.c: the figures of a set of
 * final scores worked out by hand (mean, standard deviation, lowest and
 * highest, the 11 bins), the verdict's bounds (above 0.9, below 0.4, 0.6 to
 * 0.7), and a cycle's calibration counting only what the actor sees and
 * leaving dropped objectives out.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "core/grip.h"
#include "tmpdb.h"

static void test_verdict_bounds(void **state)
{
	(void)state;
	/* in tenths: the mean is sum / count tenths */
	assert_int_equal(grip_verdict_of(0, 0), GRIP_VERDICT_NONE);
	assert_int_equal(grip_verdict_of(91, 10), GRIP_VERDICT_TOO_EASY);   /* 0.91 */
	assert_int_equal(grip_verdict_of(10, 1), GRIP_VERDICT_TOO_EASY);    /* 1.0 */
	assert_int_equal(grip_verdict_of(9, 1), GRIP_VERDICT_BETWEEN);      /* 0.9: not above it */
	assert_int_equal(grip_verdict_of(71, 10), GRIP_VERDICT_BETWEEN);    /* 0.71 */
	assert_int_equal(grip_verdict_of(7, 1), GRIP_VERDICT_ON_AIM);       /* 0.7 */
	assert_int_equal(grip_verdict_of(13, 2), GRIP_VERDICT_ON_AIM);      /* 0.65 */
	assert_int_equal(grip_verdict_of(6, 1), GRIP_VERDICT_ON_AIM);       /* 0.6 */
	assert_int_equal(grip_verdict_of(59, 10), GRIP_VERDICT_BETWEEN);    /* 0.59 */
	assert_int_equal(grip_verdict_of(4, 1), GRIP_VERDICT_BETWEEN);      /* 0.4: not below it */
	assert_int_equal(grip_verdict_of(39, 10), GRIP_VERDICT_UNREALISTIC); /* 0.39 */
	assert_int_equal(grip_verdict_of(0, 3), GRIP_VERDICT_UNREALISTIC);  /* 0.0 */
	assert_string_equal(grip_verdict_name(GRIP_VERDICT_TOO_EASY), "too_easy");
	assert_string_equal(grip_verdict_advice(GRIP_VERDICT_TOO_EASY), "too easy: raise ambition");
	assert_string_equal(grip_verdict_advice(GRIP_VERDICT_UNREALISTIC), "unrealistic or under-resourced");
}

static void test_figures_by_hand(void **state)
{
	(void)state;
	struct grip_calibration c;
	/* 0.3 0.5 0.6 0.6 1.0: sum 3.0 over 5, mean 0.6 (on the aim). In
	 * tenths, squares 9 + 25 + 36 + 36 + 100 = 206; variance (5 * 206 -
	 * 30^2) / 5^2 = 130 / 25 = 5.2 tenths^2; sd = sqrt(5.2) = 2.28 tenths,
	 * 0.23. Lowest 0.3, highest 1.0; bins 0.3:1 0.5:1 0.6:2 1.0:1. */
	const int a[] = { 3, 5, 6, 6, 10 };
	grip_calibration_of(&c, a, 5);
	assert_int_equal(c.count, 5);
	assert_true(c.mean == 0.6);
	assert_true(c.sd == 0.23);
	assert_true(c.min == 0.3);
	assert_true(c.max == 1.0);
	const int bins_a[GRIP_CALIBRATION_BINS] = { 0, 0, 0, 1, 0, 1, 2, 0, 0, 0, 1 };
	assert_memory_equal(c.bins, bins_a, sizeof bins_a);
	assert_int_equal(c.verdict, GRIP_VERDICT_ON_AIM);
	/* 1.0 1.0 0.9 0.9: mean 3.8 / 4 = 0.95 (too easy); squares 362;
	 * variance (4 * 362 - 38^2) / 16 = 4 / 16 = 0.25; sd 0.5 tenths = 0.05. */
	const int b[] = { 10, 10, 9, 9 };
	grip_calibration_of(&c, b, 4);
	assert_true(c.mean == 0.95);
	assert_true(c.sd == 0.05);
	assert_int_equal(c.bins[9], 2);
	assert_int_equal(c.bins[10], 2);
	assert_int_equal(c.verdict, GRIP_VERDICT_TOO_EASY);
	/* 0.2 0.4 0.3: mean 0.9 / 3 = 0.3 (unrealistic); squares 4 + 16 + 9 =
	 * 29; variance (3 * 29 - 81) / 9 = 6 / 9 = 0.667; sd 0.816 tenths, 0.08. */
	const int d[] = { 2, 4, 3 };
	grip_calibration_of(&c, d, 3);
	assert_true(c.mean == 0.3);
	assert_true(c.sd == 0.08);
	assert_int_equal(c.verdict, GRIP_VERDICT_UNREALISTIC);
	/* one score: no spread */
	const int e[] = { 7 };
	grip_calibration_of(&c, e, 1);
	assert_true(c.mean == 0.7);
	assert_true(c.sd == 0);
	/* none */
	grip_calibration_of(&c, NULL, 0);
	assert_int_equal(c.count, 0);
	assert_int_equal(c.verdict, GRIP_VERDICT_NONE);
	assert_true(c.mean == 0);
}

/* Acme: Bo leads the team Mobile, Cy is in it; Lee leads the private group
 * Circle with Ann in it; quarter Q4 is in scoring, opened early. */
static int setup(void **state)
{
	struct tmpdb_core *f = tmpdb_core_open("2026-11-23");
	assert_non_null(f);
	struct grip *g = &f->g;
	assert_non_null(grip_org_create(g, "Acme", "ada@acme.test", "Ada Admin"));
	assert_non_null(grip_person_add(g, "bo@acme.test", "Bo", GRIP_ROLE_MEMBER));
	struct grip_person *cy = grip_person_add(g, "cy@acme.test", "Cy", GRIP_ROLE_MEMBER);
	assert_non_null(grip_person_add(g, "lee@acme.test", "Lee", GRIP_ROLE_MEMBER));
	struct grip_person *ann = grip_person_add(g, "ann@acme.test", "Ann", GRIP_ROLE_MEMBER);
	struct grip_unit *team = grip_unit_add(g, "Mobile", "team", NULL, "bo@acme.test", NULL);
	struct grip_unit *circle = grip_unit_add(g, "Circle", "group", NULL, "lee@acme.test", "private");
	assert_non_null(team);
	assert_non_null(circle);
	assert_non_null(grip_member_add(g, team->id, cy->id, "member", "2026-10-01"));
	assert_non_null(grip_member_add(g, circle->id, ann->id, "member", "2026-10-01"));
	struct grip_cycle *q4 = grip_cycle_add(g, "Q4", "quarter", "2026-10-01", "2026-12-31", 0, NULL);
	assert_non_null(q4);
	assert_int_equal(grip_cycle_open_scoring(g, q4->id), 0);
	*state = f;
	return 0;
}

/* An objective with one key result per score (tenths), each given that
 * final score by the admin. */
static int64_t scored(struct tmpdb_core *f, const char *title, const char *layer, const char *unit,
		      const char *owner, const int *tenths, size_t n)
{
	struct grip *g = &f->g;
	tmpdb_act_as(g, "ada@acme.test");
	struct grip_objective_new o = { .title = title, .cycle_name = "Q4", .layer = layer, .unit_name = unit,
					.owner_email = owner, .status = "active" };
	struct grip_objective *obj = grip_objective_add(g, &o);
	assert_non_null(obj);
	for (size_t i = 0; i < n; i++) {
		struct grip_kr_new k = { .title = "Measure", .baseline = 0, .target = 10 };
		struct grip_kr *kr = grip_kr_add(g, obj->id, &k);
		assert_non_null(kr);
		char text[32];
		snprintf(text, sizeof text, "%d.%d", tenths[i] / 10, tenths[i] % 10);
		struct grip_score_input in = { .final = text };
		assert_int_equal(grip_score_set(g, kr->id, &in), 0);
	}
	return obj->id;
}

static const struct grip_calibration *find(struct grip_calibration **cs, size_t n, bool person, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (cs[i]->person == person && strcmp(cs[i]->name, name) == 0)
			return cs[i];
	return NULL;
}

static void test_cycle_calibration_as_seen(void **state)
{
	struct tmpdb_core *f = *state;
	struct grip *g = &f->g;
	/* Mobile's team objective 0.6 0.7, Cy's 0.9 1.0, a dropped one 0.0,
	 * Ann's outcome in the private Circle 0.1 */
	const int team[] = { 6, 7 }, cy[] = { 9, 10 }, dropped[] = { 0 }, ann[] = { 1 };
	scored(f, "Make onboarding effortless", "team", "Mobile", NULL, team, 2);
	scored(f, "Speak at a conference", "individual", "Mobile", "cy@acme.test", cy, 2);
	int64_t gone = scored(f, "Rewrite the app", "team", "Mobile", NULL, dropped, 1);
	scored(f, "By January I sleep eight hours", "member", "Circle", "ann@acme.test", ann, 1);
	assert_int_equal(grip_objective_set_status(g, gone, "dropped", "no longer needed"), 0);
	struct grip_cycle *q4 = grip_cycle_by_name(g, "Q4");
	assert_non_null(q4);

	/* the admin sees all: Mobile's own objectives 0.6 0.7 0.9 1.0 (Cy's
	 * is filed under Mobile) = 3.2 / 4 = 0.8, between; Cy 1.9 / 2 = 0.95,
	 * too easy; Ann 0.1, unrealistic; Circle 0.1; units first, by name */
	struct grip_calibration **cs;
	size_t n;
	assert_int_equal(grip_calibration(g, q4->id, NULL, NULL, &cs, &n), 0);
	assert_int_equal(n, 4);
	assert_false(cs[0]->person);
	assert_string_equal(cs[0]->name, "Circle");
	assert_string_equal(cs[1]->name, "Mobile");
	assert_true(cs[1]->mean == 0.8);
	assert_int_equal(cs[1]->count, 4);
	assert_int_equal(cs[1]->verdict, GRIP_VERDICT_BETWEEN);
	assert_string_equal(cs[2]->name, "ann@acme.test");
	assert_int_equal(cs[2]->verdict, GRIP_VERDICT_UNREALISTIC);
	assert_string_equal(cs[3]->name, "cy@acme.test");
	assert_true(cs[3]->mean == 0.95);
	assert_int_equal(cs[3]->verdict, GRIP_VERDICT_TOO_EASY);

	/* Cy does not see the private Circle: neither it nor Ann appears */
	tmpdb_act_as(g, "cy@acme.test");
	assert_int_equal(grip_calibration(g, q4->id, NULL, NULL, &cs, &n), 0);
	assert_int_equal(n, 2);
	assert_null(find(cs, n, false, "Circle"));
	assert_null(find(cs, n, true, "ann@acme.test"));
	/* asked for Ann by name, Cy gets her row, empty */
	assert_int_equal(grip_calibration(g, q4->id, NULL, "ann@acme.test", &cs, &n), 0);
	assert_int_equal(n, 1);
	assert_int_equal(cs[0]->count, 0);
	assert_int_equal(cs[0]->verdict, GRIP_VERDICT_NONE);
	/* a unit Cy may not see is not found; both filters at once are refused */
	assert_int_equal(grip_calibration(g, q4->id, "Circle", NULL, &cs, &n), -1);
	assert_int_equal(g->err.code, GRIP_ENOTFOUND);
	assert_int_equal(grip_calibration(g, q4->id, "Mobile", "cy@acme.test", &cs, &n), -1);
	assert_int_equal(g->err.code, GRIP_EINVAL);
	/* Lee, the group's lead, sees Ann's */
	tmpdb_act_as(g, "lee@acme.test");
	assert_int_equal(grip_calibration(g, q4->id, NULL, "ann@acme.test", &cs, &n), 0);
	assert_int_equal(cs[0]->count, 1);
	assert_true(cs[0]->mean == 0.1);
	/* an unknown cycle */
	assert_int_equal(grip_calibration(g, 999, NULL, NULL, &cs, &n), -1);
	assert_int_equal(g->err.code, GRIP_ENOTFOUND);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_verdict_bounds),
		cmocka_unit_test(test_figures_by_hand),
		cmocka_unit_test_setup_teardown(test_cycle_calibration_as_seen, setup, tmpdb_core_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
