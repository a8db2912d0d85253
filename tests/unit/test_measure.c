/*
 * test_measure.c — unit tests of core/measure.c against PRODUCT.md §3: metric
 * progress in both directions with clamping, boolean and weighted
 * milestones, the weighted mean, confidence lights at every boundary,
 * expected pace through a cycle, risk by gap and by red, staleness at the
 * edge of the cadence, and the completion and drop-out rates.
 */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "core/measure.h"
#include "util/date.h"

#define EPS 1e-12

static void near(double got, double want)
{
	if (fabs(got - want) > EPS)
		fail_msg("got %.17g, want %.17g", got, want);
}

static void test_metric_increasing(void **state)
{
	(void)state;
	/* 65 % → 90 %. */
	near(measure_metric(65, 90, 65), 0);
	near(measure_metric(65, 90, 70), 0.2);
	near(measure_metric(65, 90, 77.5), 0.5);
	near(measure_metric(65, 90, 90), 1);
	/* Clamped below 0 and above 1. */
	near(measure_metric(65, 90, 60), 0);
	near(measure_metric(65, 90, -1000), 0);
	near(measure_metric(65, 90, 95), 1);
	near(measure_metric(65, 90, 1e300), 1);
	/* Negative numbers and fractions work the same. */
	near(measure_metric(-10, 10, 0), 0.5);
	near(measure_metric(0, 1, 0.25), 0.25);
}

static void test_metric_decreasing(void **state)
{
	(void)state;
	/* 14 days → 5 days. */
	near(measure_metric(14, 5, 14), 0);
	near(measure_metric(14, 5, 11), 1.0 / 3.0);
	near(measure_metric(14, 5, 9.5), 0.5);
	near(measure_metric(14, 5, 5), 1);
	near(measure_metric(14, 5, 16), 0);  /* worse than baseline */
	near(measure_metric(14, 5, 3), 1);   /* better than target */
	near(measure_metric(14, 5, 0), 1);
}

static void test_metric_degenerate(void **state)
{
	(void)state;
	/* baseline == target: 1 once reached, 0 otherwise. */
	near(measure_metric(50, 50, 50), 1);
	near(measure_metric(50, 50, 49), 0);
	near(measure_metric(50, 50, 51), 0);
	near(measure_metric(0, 0, 0), 1);
	/* Not a number is no progress. */
	near(measure_metric(0, 10, NAN), 0);
}

static void test_boolean(void **state)
{
	(void)state;
	near(measure_boolean(0), 0);
	near(measure_boolean(-0.0), 0);
	near(measure_boolean(1), 1);
	near(measure_boolean(0.5), 1);
	near(measure_boolean(-1), 1);
	near(measure_boolean(NAN), 0);
}

static void test_milestones(void **state)
{
	const double equal[4] = { 1, 1, 1, 1 };
	const double weighted[3] = { 1, 2, 5 };
	const double zero[2] = { 0, 0 };

	(void)state;
	near(measure_milestones(equal, 4, 0), 0);
	near(measure_milestones(equal, 4, 1), 0.25);
	near(measure_milestones(equal, 4, 3), 0.75);
	near(measure_milestones(equal, 4, 4), 1);
	/* Weights count, not the number done. */
	near(measure_milestones(weighted, 3, 1), 1.0 / 8.0);
	near(measure_milestones(weighted, 3, 2), 3.0 / 8.0);
	near(measure_milestones(weighted, 3, 3), 1);
	/* More done than there are is all done. */
	near(measure_milestones(weighted, 3, 9), 1);
	/* No milestones, or no weight at all. */
	near(measure_milestones(NULL, 0, 0), 0);
	near(measure_milestones(zero, 2, 1), 0);
	near(measure_milestones(zero, 2, 2), 0);
}

static void test_weighted_mean(void **state)
{
	const struct weighted equal[3] = { { 0.2, 1 }, { 0.4, 1 }, { 0.9, 1 } };
	const struct weighted unequal[3] = { { 1.0, 3 }, { 0.0, 1 }, { 0.5, 4 } };
	const struct weighted one[1] = { { 0.7, 2 } };
	const struct weighted none[2] = { { 0.7, 0 }, { 0.3, 0 } };
	const struct weighted some_zero[3] = { { 0.9, 0 }, { 0.2, 1 }, { 0.6, 1 } };
	const struct weighted negative[2] = { { 0.9, -5 }, { 0.4, 1 } };

	(void)state;
	near(measure_weighted_mean(equal, 3), 0.5);
	/* (1.0*3 + 0*1 + 0.5*4) / 8 = 5/8. */
	near(measure_weighted_mean(unequal, 3), 0.625);
	near(measure_weighted_mean(one, 1), 0.7);
	near(measure_weighted_mean(NULL, 0), 0);
	near(measure_weighted_mean(equal, 0), 0);
	near(measure_weighted_mean(none, 2), 0);
	near(measure_weighted_mean(some_zero, 3), 0.4);
	/* A negative weight has no say. */
	near(measure_weighted_mean(negative, 2), 0.4);
}

static void test_lights(void **state)
{
	(void)state;
	assert_int_equal(measure_light(-1), GRIP_LIGHT_NONE);
	assert_int_equal(measure_light(-100), GRIP_LIGHT_NONE);
	assert_int_equal(measure_light(0), GRIP_LIGHT_RED);
	assert_int_equal(measure_light(1), GRIP_LIGHT_RED);
	assert_int_equal(measure_light(3), GRIP_LIGHT_RED);
	assert_int_equal(measure_light(4), GRIP_LIGHT_YELLOW);
	assert_int_equal(measure_light(5), GRIP_LIGHT_YELLOW);
	assert_int_equal(measure_light(6), GRIP_LIGHT_YELLOW);
	assert_int_equal(measure_light(7), GRIP_LIGHT_GREEN);
	assert_int_equal(measure_light(9), GRIP_LIGHT_GREEN);
	assert_int_equal(measure_light(10), GRIP_LIGHT_GREEN);
}

static void test_light_names(void **state)
{
	(void)state;
	assert_string_equal(measure_light_name(GRIP_LIGHT_RED), "red");
	assert_string_equal(measure_light_name(GRIP_LIGHT_YELLOW), "yellow");
	assert_string_equal(measure_light_name(GRIP_LIGHT_GREEN), "green");
	assert_null(measure_light_name(GRIP_LIGHT_NONE));
	assert_string_equal(measure_light_name(measure_light(10)), "green");
	assert_null(measure_light_name(measure_light(-1)));
}

static void test_expected(void **state)
{
	int32_t start = date_from_civil(2026, 1, 1);
	int32_t end = date_from_civil(2026, 3, 31); /* 89 days on */

	(void)state;
	near(measure_expected(start, end, start - 10), 0); /* before */
	near(measure_expected(start, end, start - 1), 0);
	near(measure_expected(start, end, start), 0);       /* start */
	near(measure_expected(start, end, start + 1), 1.0 / 89.0);
	near(measure_expected(start, end, start + 89 / 2), 44.0 / 89.0);
	near(measure_expected(start, end, end - 1), 88.0 / 89.0);
	near(measure_expected(start, end, end), 1);         /* end */
	near(measure_expected(start, end, end + 1), 1);     /* after */
	near(measure_expected(start, end, end + 1000), 1);
	/* An even cycle has an exact middle. */
	near(measure_expected(0, 100, 50), 0.5);
	near(measure_expected(-100, 100, 0), 0.5);
}

static void test_expected_one_day(void **state)
{
	int32_t day = date_from_civil(2026, 6, 1);

	(void)state;
	near(measure_expected(day, day, day - 1), 0);
	near(measure_expected(day, day, day), 1);
	near(measure_expected(day, day, day + 1), 1);
	/* An end before the start behaves the same, not a division by a negative. */
	near(measure_expected(day, day - 5, day - 1), 0);
	near(measure_expected(day, day - 5, day), 1);
}

static void test_at_risk(void **state)
{
	(void)state;
	/* By gap: more than 0.25 behind. */
	assert_false(measure_at_risk(0.5, 0.5, GRIP_LIGHT_GREEN));
	assert_false(measure_at_risk(0.9, 0.5, GRIP_LIGHT_GREEN)); /* ahead */
	assert_false(measure_at_risk(0.3, 0.5, GRIP_LIGHT_GREEN));
	assert_false(measure_at_risk(0.25, 0.5, GRIP_LIGHT_GREEN)); /* exactly 0.25 */
	assert_false(measure_at_risk(0.5, 0.75, GRIP_LIGHT_GREEN));
	/* On the line even when binary fractions say 0.25000000000000006. */
	assert_false(measure_at_risk(0.29, 0.54, GRIP_LIGHT_GREEN));
	assert_false(measure_at_risk(0.35, 0.6, GRIP_LIGHT_GREEN));
	assert_true(measure_at_risk(0.24, 0.5, GRIP_LIGHT_GREEN));
	assert_true(measure_at_risk(0.2499, 0.5, GRIP_LIGHT_GREEN));
	assert_true(measure_at_risk(0, 1, GRIP_LIGHT_YELLOW));
	assert_true(measure_at_risk(0.1, 0.5, GRIP_LIGHT_NONE));
	/* By red, whatever the pace. */
	assert_true(measure_at_risk(1, 0.5, GRIP_LIGHT_RED));
	assert_true(measure_at_risk(0.5, 0.5, GRIP_LIGHT_RED));
	assert_true(measure_at_risk(0, 0, GRIP_LIGHT_RED));
	/* Yellow alone, or no check-in, is not at risk. */
	assert_false(measure_at_risk(0.5, 0.5, GRIP_LIGHT_YELLOW));
	assert_false(measure_at_risk(0.5, 0.5, GRIP_LIGHT_NONE));
	/* Together with the other functions. */
	assert_true(measure_at_risk(measure_metric(65, 90, 66),
				    measure_expected(0, 100, 50), measure_light(8)));
	assert_true(measure_at_risk(measure_metric(65, 90, 90),
				    measure_expected(0, 100, 50), measure_light(2)));
	assert_false(measure_at_risk(measure_metric(14, 5, 9.5),
				     measure_expected(0, 100, 50), measure_light(4)));
}

static void test_stale(void **state)
{
	int32_t last = date_from_civil(2026, 3, 2);

	(void)state;
	assert_false(measure_stale(last, last, GRIP_CADENCE_DAYS));
	assert_false(measure_stale(last, last + 1, GRIP_CADENCE_DAYS));
	assert_false(measure_stale(last, last + 6, GRIP_CADENCE_DAYS));
	assert_false(measure_stale(last, last + 7, GRIP_CADENCE_DAYS)); /* exactly 7 */
	assert_true(measure_stale(last, last + 8, GRIP_CADENCE_DAYS));  /* 8 */
	assert_true(measure_stale(last, last + 100, GRIP_CADENCE_DAYS));
	/* A check-in dated after today is not stale. */
	assert_false(measure_stale(last, last - 3, GRIP_CADENCE_DAYS));
	/* Other cadences. */
	assert_false(measure_stale(last, last + 14, 14));
	assert_true(measure_stale(last, last + 15, 14));
	assert_false(measure_stale(last, last + 1, 1));
	assert_true(measure_stale(last, last + 2, 1));
	/* No cadence given means the default. */
	assert_false(measure_stale(last, last + 7, 0));
	assert_true(measure_stale(last, last + 8, 0));
	assert_true(measure_stale(last, last + 8, -3));
	/* Across a year end and the extremes of the day range. */
	assert_true(measure_stale(date_from_civil(2025, 12, 24),
				  date_from_civil(2026, 1, 1), GRIP_CADENCE_DAYS));
	assert_true(measure_stale(INT32_MIN, INT32_MAX, GRIP_CADENCE_DAYS));
	assert_false(measure_stale(INT32_MAX, INT32_MIN, GRIP_CADENCE_DAYS));
}

static void test_completion(void **state)
{
	struct commit_tally t = { 0, 0, 0, 0 };

	(void)state;
	assert_true(measure_completion(t) < 0); /* nothing closed yet */
	t.done = 4;
	near(measure_completion(t), 1);
	t.missed = 4;
	near(measure_completion(t), 0.5);
	/* Half credit for partial: (3 + 2/2) / 8. */
	t = (struct commit_tally){ .done = 3, .partial = 2, .missed = 3 };
	near(measure_completion(t), 0.5);
	t = (struct commit_tally){ .partial = 1 };
	near(measure_completion(t), 0.5);
	t = (struct commit_tally){ .partial = 3, .missed = 1 };
	near(measure_completion(t), 0.375);
	/* An open commitment of a closed week counts as missed. */
	t = (struct commit_tally){ .done = 2, .open = 2 };
	near(measure_completion(t), 0.5);
	t = (struct commit_tally){ .done = 1, .partial = 1, .missed = 1, .open = 1 };
	near(measure_completion(t), 1.5 / 4);
	t = (struct commit_tally){ .open = 5 };
	near(measure_completion(t), 0);
	t = (struct commit_tally){ .missed = 5 };
	near(measure_completion(t), 0);
}

static void test_dropout(void **state)
{
	(void)state;
	assert_true(measure_dropout(0, 0) < 0);
	assert_true(measure_dropout(0, 3) < 0);
	assert_true(measure_dropout(-2, 1) < 0);
	near(measure_dropout(10, 0), 0);
	near(measure_dropout(10, 2), 0.2);
	near(measure_dropout(8, 3), 0.375);
	near(measure_dropout(5, 5), 1);
	near(measure_dropout(12, 1), 1.0 / 12.0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_metric_increasing),
		cmocka_unit_test(test_metric_decreasing),
		cmocka_unit_test(test_metric_degenerate),
		cmocka_unit_test(test_boolean),
		cmocka_unit_test(test_milestones),
		cmocka_unit_test(test_weighted_mean),
		cmocka_unit_test(test_lights),
		cmocka_unit_test(test_light_names),
		cmocka_unit_test(test_expected),
		cmocka_unit_test(test_expected_one_day),
		cmocka_unit_test(test_at_risk),
		cmocka_unit_test(test_stale),
		cmocka_unit_test(test_completion),
		cmocka_unit_test(test_dropout),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
