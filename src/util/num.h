/*
 * num.h — strict number parsing: the whole string must be the number, with
 * no spaces, and the result must be finite and in range.
 */
#ifndef GRIP_UTIL_NUM_H
#define GRIP_UTIL_NUM_H

#include <stdbool.h>
#include <stdint.h>

bool parse_double(const char *s, double *out);
bool parse_i64(const char *s, int64_t *out);
/* A decimal number printed with 15 significant digits (%.15g, "-0" as "0"),
 * 17 next to the largest double, where 15 would round past it: what it
 * prints, parse_double reads. */
void format_number(double v, char out[32]);

#endif
