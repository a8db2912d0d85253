/*
 * fuzz_num.c — libFuzzer target: strict number parsing (util/num.c), as
 * path ids, query values (limit, cursor, entity_id), CLI arguments and
 * form fields reach it. The input is the text to parse.
 *
 * Invariants:
 *  1. Only a plain decimal number is accepted: digits, at most a sign, a
 *     point and an exponent; never a space, "nan", "inf" or hex.
 *  2. An accepted double is finite, and format_number writes it as text
 *     that parses back to it within the 15 digits it keeps.
 *  3. An accepted integer prints and parses back to itself, and reads as
 *     the same number through parse_double.
 */
#include "fuzz.h"

#include <math.h>

#include "util/num.h"

static void check_plain(const char *s, const char *allowed)
{
	FUZZ_CHECK(*s && s[strspn(s, allowed)] == '\0', "accepted \"%s\"", s);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = fuzz_string(data, size);
	double d;
	if (parse_double(s, &d)) {
		check_plain(s, "0123456789+-.eE");
		FUZZ_CHECK(isfinite(d), "\"%s\" is %g", s, d);
		char out[32];
		format_number(d, out);
		double back;
		FUZZ_CHECK(parse_double(out, &back), "\"%s\" formats as \"%s\", which does not parse", s, out);
		FUZZ_CHECK(back == d || fabs(back - d) <= fabs(d) * 1e-14, "\"%s\" is %.17g, back %.17g", s, d, back);
	}
	int64_t i;
	if (parse_i64(s, &i)) {
		check_plain(s, "0123456789+-");
		char out[32];
		snprintf(out, sizeof out, "%lld", (long long)i);
		int64_t back;
		FUZZ_CHECK(parse_i64(out, &back) && back == i, "\"%s\" is %lld", s, (long long)i);
		FUZZ_CHECK(parse_double(s, &d) && d == (double)i, "\"%s\": %lld as a double is %.17g", s, (long long)i, d);
	}
	free(s);
	return 0;
}
