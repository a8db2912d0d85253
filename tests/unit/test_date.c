/*
 * test_date.c — unit tests of util/date.c: day numbers against known dates,
 * leap years and month ends, strict parsing of dates, date-times and ISO
 * weeks, and the ISO week rules around new year, checked both by fixed cases
 * and by round trips over four centuries.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "util/date.h"

static int32_t day_of(const char *s)
{
	int32_t d = 0;

	assert_true(date_parse(s, &d));
	return d;
}

static void check_week(const char *date, int year, int week)
{
	struct iso_week w = week_of(day_of(date));

	assert_int_equal(w.year, year);
	assert_int_equal(w.week, week);
}

static void test_epoch_and_known_days(void **state)
{
	(void)state;
	assert_int_equal(date_from_civil(1970, 1, 1), 0);
	assert_int_equal(date_from_civil(1970, 1, 2), 1);
	assert_int_equal(date_from_civil(1969, 12, 31), -1);
	assert_int_equal(date_from_civil(2000, 3, 1), 11017);
	assert_int_equal(date_from_civil(2026, 1, 1), 20454);
	assert_int_equal(date_from_civil(1, 1, 1), -719162);
	assert_int_equal(date_from_civil(9999, 12, 31), 2932896);
}

static void test_to_civil_round_trip(void **state)
{
	(void)state;
	/* Every day from 0001-01-01 to 9999-12-31 comes back as itself. */
	int32_t first = date_from_civil(1, 1, 1), last = date_from_civil(9999, 12, 31);
	int py = 1, pm = 1, pd = 0;

	for (int32_t day = first; day <= last; day++) {
		int y, m, d;

		date_to_civil(day, &y, &m, &d);
		if (date_from_civil(y, m, d) != day)
			fail_msg("day %d does not round trip", (int)day);
		/* Successive days step by one through the calendar. */
		if (d == pd + 1) {
			assert_true(y == py && m == pm);
		} else {
			assert_int_equal(d, 1);
			assert_int_equal(pd, days_in_month(py, pm));
		}
		py = y;
		pm = m;
		pd = d;
	}
	assert_int_equal(py, 9999);
	assert_int_equal(pm, 12);
	assert_int_equal(pd, 31);
}

static void test_to_civil_known(void **state)
{
	int y, m, d;

	(void)state;
	date_to_civil(0, &y, &m, &d);
	assert_true(y == 1970 && m == 1 && d == 1);
	date_to_civil(-1, &y, &m, &d);
	assert_true(y == 1969 && m == 12 && d == 31);
	date_to_civil(date_from_civil(2024, 2, 29), &y, &m, &d);
	assert_true(y == 2024 && m == 2 && d == 29);
	date_to_civil(date_from_civil(2000, 2, 29) + 1, &y, &m, &d);
	assert_true(y == 2000 && m == 3 && d == 1);
	date_to_civil(date_from_civil(1900, 2, 28) + 1, &y, &m, &d);
	assert_true(y == 1900 && m == 3 && d == 1);
}

static void test_days_in_month(void **state)
{
	(void)state;
	assert_int_equal(days_in_month(2000, 2), 29); /* divisible by 400 */
	assert_int_equal(days_in_month(1900, 2), 28); /* divisible by 100 only */
	assert_int_equal(days_in_month(2024, 2), 29);
	assert_int_equal(days_in_month(2026, 2), 28);
	assert_int_equal(days_in_month(2026, 1), 31);
	assert_int_equal(days_in_month(2026, 4), 30);
	assert_int_equal(days_in_month(2026, 6), 30);
	assert_int_equal(days_in_month(2026, 9), 30);
	assert_int_equal(days_in_month(2026, 11), 30);
	assert_int_equal(days_in_month(2026, 12), 31);
	assert_int_equal(days_in_month(2026, 0), 0);
	assert_int_equal(days_in_month(2026, 13), 0);
}

static void test_leap_years_length(void **state)
{
	(void)state;
	assert_int_equal(date_from_civil(2001, 1, 1) - date_from_civil(2000, 1, 1), 366);
	assert_int_equal(date_from_civil(1901, 1, 1) - date_from_civil(1900, 1, 1), 365);
	assert_int_equal(date_from_civil(2025, 1, 1) - date_from_civil(2024, 1, 1), 366);
	assert_int_equal(date_from_civil(2027, 1, 1) - date_from_civil(2026, 1, 1), 365);
	/* 400 years hold 146097 days. */
	assert_int_equal(date_from_civil(2400, 1, 1) - date_from_civil(2000, 1, 1), 146097);
}

static void test_weekday(void **state)
{
	(void)state;
	assert_int_equal(date_weekday(0), 4);                   /* 1970-01-01 Thu */
	assert_int_equal(date_weekday(-1), 3);                  /* 1969-12-31 Wed */
	assert_int_equal(date_weekday(-3), 1);                  /* 1969-12-29 Mon */
	assert_int_equal(date_weekday(day_of("2026-01-01")), 4);
	assert_int_equal(date_weekday(day_of("2024-12-30")), 1);
	assert_int_equal(date_weekday(day_of("2021-01-03")), 7);
	assert_int_equal(date_weekday(day_of("2000-01-01")), 6);
	assert_int_equal(date_weekday(day_of("0001-01-01")), 1);
}

static void test_date_parse_valid(void **state)
{
	int32_t d;

	(void)state;
	assert_true(date_parse("1970-01-01", &d));
	assert_int_equal(d, 0);
	assert_true(date_parse("2000-02-29", &d));
	assert_int_equal(d, date_from_civil(2000, 2, 29));
	assert_true(date_parse("2024-02-29", &d));
	assert_true(date_parse("2026-12-31", &d));
	assert_int_equal(d, date_from_civil(2026, 12, 31));
	assert_true(date_parse("2026-04-30", &d));
	assert_true(date_parse("0001-01-01", &d));
	assert_true(date_parse("9999-12-31", &d));
}

static void test_date_parse_invalid(void **state)
{
	static const char *bad[] = {
		"2026-02-29", "1900-02-29", "2026-13-01", "2026-00-10", "2026-01-00",
		"2026-01-32", "2026-04-31", "2026-06-31", "2026-1-01", "2026-01-1",
		"26-01-01", "02026-01-01", "0000-01-01", "2026-01-01x",
		"2026-01-01 ", " 2026-01-01", "2026/01/01", "2026-01-01T00:00",
		"2026-0a-01", "2026-01", "", "2026", "+026-01-01", "-026-01-01",
		"20260101", "2026-01-0\xd9", "\357\274\222026-01-01",
	};
	int32_t d = 12345;

	(void)state;
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		if (date_parse(bad[i], &d))
			fail_msg("accepted \"%s\"", bad[i]);
	assert_int_equal(d, 12345); /* untouched on failure */
	assert_false(date_parse(NULL, &d));
}

static void test_date_format(void **state)
{
	char out[DATE_LEN];

	(void)state;
	date_format(0, out);
	assert_string_equal(out, "1970-01-01");
	date_format(date_from_civil(2024, 2, 29), out);
	assert_string_equal(out, "2024-02-29");
	date_format(date_from_civil(1, 1, 1), out);
	assert_string_equal(out, "0001-01-01");
	date_format(date_from_civil(9999, 12, 31), out);
	assert_string_equal(out, "9999-12-31");
	/* Outside the years the format can hold, a recognisable non-date. */
	date_format(date_from_civil(10000, 1, 1), out);
	assert_string_equal(out, "0000-00-00");
	date_format(date_from_civil(0, 12, 31), out);
	assert_string_equal(out, "0000-00-00");

	/* Format and parse are inverse over a long stretch. */
	for (int32_t day = date_from_civil(1899, 1, 1); day < date_from_civil(2101, 1, 1); day++) {
		int32_t back;

		date_format(day, out);
		assert_true(date_parse(out, &back));
		assert_int_equal(back, day);
	}
}

static void test_datetime_parse(void **state)
{
	int64_t t;
	int64_t base = (int64_t)date_from_civil(2026, 3, 15) * 86400;

	(void)state;
	assert_true(datetime_parse("2026-03-15", &t));
	assert_true(t == base);
	assert_true(datetime_parse("2026-03-15T10:20", &t));
	assert_true(t == base + 10 * 3600 + 20 * 60);
	assert_true(datetime_parse("2026-03-15T10:20:30", &t));
	assert_true(t == base + 10 * 3600 + 20 * 60 + 30);
	assert_true(datetime_parse("2026-03-15 10:20:30", &t));
	assert_true(t == base + 10 * 3600 + 20 * 60 + 30);
	assert_true(datetime_parse("2026-03-15T10:20:30Z", &t));
	assert_true(t == base + 10 * 3600 + 20 * 60 + 30);
	assert_true(datetime_parse("2026-03-15T10:20Z", &t));
	assert_true(t == base + 10 * 3600 + 20 * 60);
	assert_true(datetime_parse("2026-03-15T23:59:59", &t));
	assert_true(t == base + 86399);
	assert_true(datetime_parse("2026-03-15T00:00:00Z", &t));
	assert_true(t == base);
	assert_true(datetime_parse("1970-01-01T00:00:00Z", &t));
	assert_true(t == 0);
	assert_true(datetime_parse("1969-12-31T23:59:59Z", &t));
	assert_true(t == -1);
}

static void test_datetime_offsets(void **state)
{
	int64_t t;
	int64_t base = (int64_t)date_from_civil(2026, 3, 15) * 86400;

	(void)state;
	/* 10:00 at +02:00 is 08:00 UTC. */
	assert_true(datetime_parse("2026-03-15T10:00:00+02:00", &t));
	assert_true(t == base + 8 * 3600);
	/* 10:00 at -05:30 is 15:30 UTC. */
	assert_true(datetime_parse("2026-03-15T10:00-05:30", &t));
	assert_true(t == base + 15 * 3600 + 30 * 60);
	assert_true(datetime_parse("2026-03-15T10:00:00+00:00", &t));
	assert_true(t == base + 10 * 3600);
	assert_true(datetime_parse("2026-03-15T10:00:00-00:00", &t));
	assert_true(t == base + 10 * 3600);
	/* Offsets move across day boundaries and year ends. */
	assert_true(datetime_parse("2026-01-01T01:00:00+02:00", &t));
	assert_true(datetime_day(t) == date_from_civil(2025, 12, 31));
	assert_true(datetime_parse("2025-12-31T23:00:00-02:00", &t));
	assert_true(datetime_day(t) == date_from_civil(2026, 1, 1));
	assert_true(datetime_parse("2026-03-15 10:00+01:00", &t));
	assert_true(t == base + 9 * 3600);
	assert_true(datetime_parse("2026-03-15T10:00:00+23:59", &t));
	assert_true(t == base + 10 * 3600 - 23 * 3600 - 59 * 60);
	/* An offset may not move the time out of years 1 to 9999, which is
	 * all that datetime_format writes (it wrote zeros for these). */
	assert_false(datetime_parse("0001-01-01T00:00+12:00", &t));
	assert_false(datetime_parse("0001-01-01T11:59:59+12:00", &t));
	assert_false(datetime_parse("9999-12-31T23:00-01:00", &t));
	assert_true(datetime_parse("0001-01-01T12:00+12:00", &t));
	assert_true(t == (int64_t)date_from_civil(1, 1, 1) * 86400);
	assert_true(datetime_parse("0001-01-01T00:00-12:00", &t));
	assert_true(datetime_parse("9999-12-31T23:59:59Z", &t));
	assert_true(datetime_parse("9999-12-31T12:00+10:00", &t));
}

static void test_datetime_parse_invalid(void **state)
{
	static const char *bad[] = {
		"2026-02-29T10:00", "2026-03-15T24:00", "2026-03-15T10:60",
		"2026-03-15T10:00:60", "2026-03-15T1:00", "2026-03-15T10:0",
		"2026-03-15T10", "2026-03-15T", "2026-03-15 ", "2026-03-15t10:00",
		"2026-03-15T10:00z", "2026-03-15T10:00:00ZZ", "2026-03-15T10:00:00 Z",
		"2026-03-15T10:00+02", "2026-03-15T10:00+0200", "2026-03-15T10:00+24:00",
		"2026-03-15T10:00+02:60", "2026-03-15T10:00+2:00", "2026-03-15T10:00:00.5Z",
		"2026-03-15T10:00:0", "2026-03-15T10:00:00x", "2026-03-15X10:00",
		"2026-03-15  10:00", "2026-03-15T10:00:00+02:00 ", "", "2026-3-15T10:00",
		"2026-03-15T-1:00", "2026-03-15T10:00Z+01:00",
	};
	int64_t t = 42;

	(void)state;
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		if (datetime_parse(bad[i], &t))
			fail_msg("accepted \"%s\"", bad[i]);
	assert_true(t == 42);
	assert_false(datetime_parse(NULL, &t));
}

static void test_datetime_format_and_day(void **state)
{
	char out[DATETIME_LEN];
	int64_t t;

	(void)state;
	datetime_format(0, out);
	assert_string_equal(out, "1970-01-01T00:00:00Z");
	datetime_format(-1, out);
	assert_string_equal(out, "1969-12-31T23:59:59Z");
	datetime_format(86399, out);
	assert_string_equal(out, "1970-01-01T23:59:59Z");
	assert_true(datetime_parse("2026-11-23T08:07:06+01:00", &t));
	datetime_format(t, out);
	assert_string_equal(out, "2026-11-23T07:07:06Z");
	assert_true(datetime_parse("9999-12-31T23:59:59Z", &t));
	datetime_format(t, out);
	assert_string_equal(out, "9999-12-31T23:59:59Z");
	datetime_format(t + 1, out);
	assert_string_equal(out, "0000-00-00T00:00:00Z");

	assert_int_equal(datetime_day(0), 0);
	assert_int_equal(datetime_day(86399), 0);
	assert_int_equal(datetime_day(86400), 1);
	assert_int_equal(datetime_day(-1), -1);
	assert_int_equal(datetime_day(-86400), -1);
	assert_int_equal(datetime_day(-86401), -2);

	/* Format then parse is the identity, across the epoch. */
	for (int64_t s = -3 * 86400 - 7; s < 3 * 86400; s += 3599) {
		datetime_format(s, out);
		assert_true(datetime_parse(out, &t));
		assert_true(t == s);
	}
}

static void test_weeks_in_year(void **state)
{
	(void)state;
	assert_int_equal(weeks_in_year(2026), 53); /* starts on Thursday */
	assert_int_equal(weeks_in_year(2025), 52);
	assert_int_equal(weeks_in_year(2020), 53); /* leap year starting on Wednesday */
	assert_int_equal(weeks_in_year(2015), 53);
	assert_int_equal(weeks_in_year(2021), 52);
	assert_int_equal(weeks_in_year(2024), 52); /* leap year starting on Monday */
	assert_int_equal(weeks_in_year(2032), 53); /* leap year starting on Thursday */
	assert_int_equal(weeks_in_year(2037), 53);
	assert_int_equal(weeks_in_year(2000), 52);

	/* Long years are exactly those whose 28 December is in week 53. */
	for (int y = 1600; y <= 2800; y++)
		assert_int_equal(weeks_in_year(y), week_of(date_from_civil(y, 12, 28)).week);
}

static void test_week_of_new_year(void **state)
{
	(void)state;
	check_week("2020-12-31", 2020, 53);
	check_week("2021-01-01", 2020, 53);
	check_week("2021-01-03", 2020, 53);
	check_week("2021-01-04", 2021, 1);
	check_week("2024-12-29", 2024, 52);
	check_week("2024-12-30", 2025, 1);
	check_week("2024-12-31", 2025, 1);
	check_week("2025-01-01", 2025, 1);
	check_week("2025-12-28", 2025, 52);
	check_week("2025-12-29", 2026, 1);
	check_week("2026-01-01", 2026, 1);
	check_week("2026-01-04", 2026, 1);
	check_week("2026-01-05", 2026, 2);
	check_week("2026-12-31", 2026, 53);
	check_week("2027-01-03", 2026, 53);
	check_week("2027-01-04", 2027, 1);
	check_week("2008-12-29", 2009, 1);
	check_week("2010-01-03", 2009, 53);
	check_week("2005-01-02", 2004, 53);
	check_week("2026-11-23", 2026, 48);
	check_week("0001-01-01", 1, 1);
}

static void test_week_parse_format(void **state)
{
	struct iso_week w = { 0, 0 };
	char out[WEEK_LEN];

	(void)state;
	assert_true(week_parse("2026-W48", &w));
	assert_int_equal(w.year, 2026);
	assert_int_equal(w.week, 48);
	assert_true(week_parse("2026-W01", &w));
	assert_int_equal(w.week, 1);
	assert_true(week_parse("2026-W53", &w));
	assert_int_equal(w.week, 53);
	assert_true(week_parse("2020-W53", &w));
	assert_true(week_parse("2025-W52", &w));
	assert_true(week_parse("0001-W01", &w));
	week_format(w, out);
	assert_string_equal(out, "0001-W01");
	w.year = 2026;
	w.week = 5;
	week_format(w, out);
	assert_string_equal(out, "2026-W05");
	w.week = 53;
	week_format(w, out);
	assert_string_equal(out, "2026-W53");
}

static void test_week_parse_invalid(void **state)
{
	static const char *bad[] = {
		"2026-W54", "2025-W53", "2026-W00", "2026-W5", "2026-W005", "2026-w05",
		"2026W05", "2026-05", "2026-W5a", "2026-W05 ", " 2026-W05", "2026-W05-1",
		"26-W05", "0000-W01", "2026-W", "", "2026-W-1", "2026-Wxx", "2024-W53",
	};
	struct iso_week w = { 7, 7 };

	(void)state;
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		if (week_parse(bad[i], &w))
			fail_msg("accepted \"%s\"", bad[i]);
	assert_int_equal(w.year, 7);
	assert_int_equal(w.week, 7);
	assert_false(week_parse(NULL, &w));
}

static void test_week_monday_known(void **state)
{
	struct iso_week w;

	(void)state;
	w.year = 2026;
	w.week = 1;
	assert_int_equal(week_monday(w), day_of("2025-12-29"));
	w.week = 53;
	assert_int_equal(week_monday(w), day_of("2026-12-28"));
	w.year = 2020;
	assert_int_equal(week_monday(w), day_of("2020-12-28"));
	w.year = 2025;
	w.week = 1;
	assert_int_equal(week_monday(w), day_of("2024-12-30"));
	w.year = 2021;
	assert_int_equal(week_monday(w), day_of("2021-01-04"));
	w.year = 1970;
	assert_int_equal(week_monday(w), -3);
}

static void test_week_round_trips(void **state)
{
	(void)state;
	/* Every day of four centuries: its week's Monday is on or before it,
	 * within six days, and is a Monday; each week formats and parses back. */
	int32_t first = date_from_civil(1800, 1, 1), last = date_from_civil(2200, 12, 31);
	struct iso_week prev = week_of(first - 1);

	for (int32_t day = first; day <= last; day++) {
		struct iso_week w = week_of(day);
		int32_t mon = week_monday(w);

		assert_true(mon <= day && day - mon <= 6);
		assert_int_equal(date_weekday(mon), 1);
		assert_true(w.week >= 1 && w.week <= weeks_in_year(w.year));
		if (date_weekday(day) == 1) {
			/* A new week: the previous one is exactly one index behind. */
			assert_int_equal(week_index(w), week_index(prev) + 1);
			if (w.week == 1) {
				assert_int_equal(w.year, prev.year + 1);
				assert_int_equal(prev.week, weeks_in_year(prev.year));
			} else {
				assert_int_equal(w.year, prev.year);
				assert_int_equal(w.week, prev.week + 1);
			}
		} else {
			assert_int_equal(w.year, prev.year);
			assert_int_equal(w.week, prev.week);
		}
		prev = w;
	}

	for (int y = 1; y <= 9999; y += 7) {
		for (int wk = 1; wk <= weeks_in_year(y); wk++) {
			struct iso_week w = { y, wk }, back;
			char out[WEEK_LEN];

			back = week_of(week_monday(w));
			assert_int_equal(back.year, y);
			assert_int_equal(back.week, wk);
			back = week_of(week_monday(w) + 6);
			assert_int_equal(back.week, wk);
			week_format(w, out);
			assert_true(week_parse(out, &back));
			assert_int_equal(back.year, y);
			assert_int_equal(back.week, wk);
		}
	}
}

static void test_week_index(void **state)
{
	struct iso_week a = { 2020, 53 }, b = { 2021, 1 };
	struct iso_week c = { 2025, 52 }, d = { 2026, 1 };
	struct iso_week e = { 2026, 53 }, f = { 2027, 1 };
	struct iso_week g = { 2026, 1 }, h = { 2027, 1 };

	(void)state;
	assert_int_equal(week_index(b) - week_index(a), 1);
	assert_int_equal(week_index(d) - week_index(c), 1);
	assert_int_equal(week_index(f) - week_index(e), 1);
	assert_int_equal(week_index(h) - week_index(g), 53);
	g.year = 2025;
	h.year = 2026;
	assert_int_equal(week_index(h) - week_index(g), 52);
	/* The week of 1970-01-01 has index 0; before the epoch is negative. */
	assert_int_equal(week_index(week_of(0)), 0);
	assert_int_equal(week_index(week_of(-4)), -1);
	/* Index order is week order. */
	assert_true(week_index(a) < week_index(c));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_epoch_and_known_days),
		cmocka_unit_test(test_to_civil_round_trip),
		cmocka_unit_test(test_to_civil_known),
		cmocka_unit_test(test_days_in_month),
		cmocka_unit_test(test_leap_years_length),
		cmocka_unit_test(test_weekday),
		cmocka_unit_test(test_date_parse_valid),
		cmocka_unit_test(test_date_parse_invalid),
		cmocka_unit_test(test_date_format),
		cmocka_unit_test(test_datetime_parse),
		cmocka_unit_test(test_datetime_offsets),
		cmocka_unit_test(test_datetime_parse_invalid),
		cmocka_unit_test(test_datetime_format_and_day),
		cmocka_unit_test(test_weeks_in_year),
		cmocka_unit_test(test_week_of_new_year),
		cmocka_unit_test(test_week_parse_format),
		cmocka_unit_test(test_week_parse_invalid),
		cmocka_unit_test(test_week_monday_known),
		cmocka_unit_test(test_week_round_trips),
		cmocka_unit_test(test_week_index),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
