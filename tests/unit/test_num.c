/*
 * test_num.c — unit tests of util/num.c: what strict parsing accepts (plain
 * and exponent decimals, signs, the int64 limits) and everything it refuses
 * (empty, spaces anywhere, "nan", "inf", hex floats and hex integers,
 * trailing junk, out of range), and how format_number prints, "-0" included.
 */
#include <float.h>
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "util/num.h"

static double dbl(const char *s)
{
	double v = -12345;

	if (!parse_double(s, &v))
		fail_msg("refused \"%s\"", s);
	return v;
}

static int64_t i64(const char *s)
{
	int64_t v = -12345;

	if (!parse_i64(s, &v))
		fail_msg("refused \"%s\"", s);
	return v;
}

static void test_double_valid(void **state)
{
	(void)state;
	assert_true(dbl("0") == 0.0);
	assert_true(dbl("42") == 42.0);
	assert_true(dbl("-42") == -42.0);
	assert_true(dbl("+42") == 42.0);
	assert_true(dbl("3.25") == 3.25);
	assert_true(dbl("-0.5") == -0.5);
	assert_true(dbl(".5") == 0.5);
	assert_true(dbl("5.") == 5.0);
	assert_true(dbl("1e3") == 1000.0);
	assert_true(dbl("1E3") == 1000.0);
	assert_true(dbl("2.5e-3") == 0.0025);
	assert_true(dbl("1e+2") == 100.0);
	assert_true(dbl("007") == 7.0);
	assert_true(dbl("0.1") == 0.1);
	assert_true(dbl("1.7976931348623157e308") == DBL_MAX);
	assert_true(dbl("-1.7976931348623157e308") == -DBL_MAX);
	assert_true(dbl("2.2250738585072014e-308") == DBL_MIN);
	{
		double z = dbl("-0");

		assert_true(z == 0.0 && signbit(z));
	}
}

static void test_double_invalid(void **state)
{
	static const char *bad[] = {
		"", " ", "1 ", " 1", "1 000", "\t1", "1\n", "nan", "NaN", "-nan",
		"inf", "-inf", "INF", "infinity", "Infinity", "0x1p3", "0x10", "0X1P3",
		"1p3", "1e", "e3", "1e+", ".", "-", "+", "+-1", "--1", "1-2", "1..2",
		"1.2.3", "1e3.5", "1,5", "12abc", "abc", "1e400", "-1e400", "1e309",
		"1e-400", "1e-320", "1_000", "\xef\xbc\x91", "1f", "1d", "0b1",
	};
	double v = 99;

	(void)state;
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		if (parse_double(bad[i], &v))
			fail_msg("accepted \"%s\"", bad[i]);
	assert_true(v == 99); /* untouched on failure */
	assert_false(parse_double(NULL, &v));
}

static void test_i64_valid(void **state)
{
	(void)state;
	assert_true(i64("0") == 0);
	assert_true(i64("-0") == 0);
	assert_true(i64("17") == 17);
	assert_true(i64("+17") == 17);
	assert_true(i64("-17") == -17);
	assert_true(i64("0017") == 17);
	assert_true(i64("9223372036854775807") == INT64_MAX);
	assert_true(i64("-9223372036854775808") == INT64_MIN);
}

static void test_i64_invalid(void **state)
{
	static const char *bad[] = {
		"", " ", " 1", "1 ", "1\n", "\t1", "1.0", "1.", ".1", "1e3", "0x10",
		"0X10", "10x", "abc", "-", "+", "--1", "+-1", "1-", "1_000",
		"9223372036854775808", "-9223372036854775809",
		"99999999999999999999", "nan", "inf",
	};
	int64_t v = 99;

	(void)state;
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		if (parse_i64(bad[i], &v))
			fail_msg("accepted \"%s\"", bad[i]);
	assert_true(v == 99);
	assert_false(parse_i64(NULL, &v));
}

static void check_format(double v, const char *want)
{
	char out[32];

	format_number(v, out);
	assert_string_equal(out, want);
}

static void test_format(void **state)
{
	(void)state;
	check_format(0.0, "0");
	check_format(-0.0, "0");
	check_format(-1.0 * 0.0, "0");
	check_format(1.0, "1");
	check_format(-1.0, "-1");
	check_format(100.0, "100");
	check_format(0.5, "0.5");
	check_format(0.1, "0.1");
	check_format(-2.25, "-2.25");
	check_format(65.0, "65");
	check_format(1.0 / 3.0, "0.333333333333333");
	check_format(0.1 + 0.2, "0.3");
	check_format(1e21, "1e+21");
	check_format(1e-7, "1e-07");
	check_format(123456789012345.0, "123456789012345");
	check_format(1234567890123456.0, "1.23456789012346e+15");
	/* 15 digits would round past the largest double, to text that does
	 * not read back: the largest ones keep 17. */
	check_format(-DBL_MAX, "-1.7976931348623157e+308");
	check_format(DBL_MAX, "1.7976931348623157e+308");
	check_format(1.79769313486231e308, "1.79769313486231e+308");
}

static void test_round_trip(void **state)
{
	static const char *texts[] = {
		"0", "1", "-1", "0.5", "12.75", "65", "90", "14", "5", "1e+21",
		"0.333333333333333", "-2.25", "1e-07", "123456789012345", "1.7976931348623157e+308",
	};

	(void)state;
	/* What format_number prints, parse_double reads back and prints again. */
	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		char out[32];

		format_number(dbl(texts[i]), out);
		assert_string_equal(out, texts[i]);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_double_valid),
		cmocka_unit_test(test_double_invalid),
		cmocka_unit_test(test_i64_valid),
		cmocka_unit_test(test_i64_invalid),
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_round_trip),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
