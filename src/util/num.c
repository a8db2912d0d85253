/*
 * num.c — strict number parsing and printing (see num.h). strtod and strtoll
 * do the conversion; what they would let through is refused first or after:
 * before, any character outside a plain decimal number (so no spaces, no
 * "nan" or "inf", no hex "0x1p3"); after, an end pointer short of the end,
 * errno ERANGE (overflow, and underflow to zero or a subnormal) and a result
 * that is not finite.
 */
#include "util/num.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Only what a decimal number in plain or exponent notation is made of. */
static bool plain_chars(const char *s, const char *allowed)
{
	if (!s || !*s)
		return false;
	return s[strspn(s, allowed)] == '\0';
}

bool parse_double(const char *s, double *out)
{
	char *end;
	double v;

	if (!plain_chars(s, "0123456789+-.eE"))
		return false;
	errno = 0;
	v = strtod(s, &end);
	if (end == s || *end != '\0' || errno == ERANGE || !isfinite(v))
		return false;
	*out = v;
	return true;
}

bool parse_i64(const char *s, int64_t *out)
{
	char *end;
	long long v;

	if (!plain_chars(s, "0123456789+-"))
		return false;
	errno = 0;
	v = strtoll(s, &end, 10);
	if (end == s || *end != '\0' || errno == ERANGE)
		return false;
#if LLONG_MAX > INT64_MAX
	if (v < INT64_MIN || v > INT64_MAX)
		return false;
#endif
	*out = (int64_t)v;
	return true;
}

void format_number(double v, char out[32])
{
	/* -0 and 0 are the same number to a reader. */
	if (v == 0) {
		out[0] = '0';
		out[1] = '\0';
		return;
	}
	snprintf(out, 32, "%.15g", v);
	/* Within a hair of the largest double, 15 digits round up past it
	 * and would not read back: those few take the 17 that are exact. */
	if (fabs(v) >= 1.797693134862315e308)
		snprintf(out, 32, "%.17g", v);
}
