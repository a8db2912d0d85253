/*
 * json_out.c — the JSON writer (see json_out.h for its invariants): each
 * call appends to the builder, with the comma the level needs first.
 * Numbers are formatted here rather than by printf where that is cheap
 * (integers); reals go through "%.12g" and are then shaped as jansson
 * shapes them: ".0" added when the text has neither a point nor an
 * exponent, the exponent without '+' and without leading zeros.
 */
#include "util/json_out.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

void json_out_init(struct json_out *j, struct sb *sb)
{
	j->sb = sb;
	j->comma = false;
}

/* Appends n bytes: in place when the builder has room (the usual case,
 * keeping sb.h's invariants: len + n < cap <= max + 1), else by sb_add,
 * which grows it or fails. */
static inline void put(struct sb *sb, const char *data, size_t n)
{
	if (!sb->failed && n < sb->cap - sb->len) {
		memcpy(sb->buf + sb->len, data, n);
		sb->len += n;
		sb->buf[sb->len] = '\0';
	} else {
		sb_add(sb, data, n);
	}
}

static inline void putc1(struct sb *sb, char c)
{
	put(sb, &c, 1);
}

/* Before a value or a key: the comma when one came before at this level. */
static void next(struct json_out *j)
{
	if (j->comma)
		putc1(j->sb, ',');
	j->comma = true;
}

void json_out_object_open(struct json_out *j)
{
	next(j);
	putc1(j->sb, '{');
	j->comma = false;
}

void json_out_object_close(struct json_out *j)
{
	putc1(j->sb, '}');
	j->comma = true;
}

void json_out_array_open(struct json_out *j)
{
	next(j);
	putc1(j->sb, '[');
	j->comma = false;
}

void json_out_array_close(struct json_out *j)
{
	putc1(j->sb, ']');
	j->comma = true;
}

/* The quoted, escaped text of s (invariant 3): runs of bytes that stand
 * for themselves are copied whole. */
static void quoted(struct sb *sb, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	putc1(sb, '"');
	const char *run = s;
	for (const char *p = s;; p++) {
		unsigned char c = (unsigned char)*p;
		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		put(sb, run, (size_t)(p - run));
		if (!c)
			break;
		run = p + 1;
		char esc[6] = { '\\', 0 };
		size_t n = 2;
		switch (c) {
		case '"': esc[1] = '"'; break;
		case '\\': esc[1] = '\\'; break;
		case '\b': esc[1] = 'b'; break;
		case '\f': esc[1] = 'f'; break;
		case '\n': esc[1] = 'n'; break;
		case '\r': esc[1] = 'r'; break;
		case '\t': esc[1] = 't'; break;
		default:
			memcpy(esc + 1, "u00", 3);
			esc[4] = hex[c >> 4];
			esc[5] = hex[c & 15];
			n = 6;
		}
		put(sb, esc, n);
	}
	putc1(sb, '"');
}

void json_out_key(struct json_out *j, const char *key)
{
	next(j);
	quoted(j->sb, key);
	putc1(j->sb, ':');
	j->comma = false;
}

void json_out_string(struct json_out *j, const char *s)
{
	next(j);
	if (s)
		quoted(j->sb, s);
	else
		put(j->sb, "null", 4);
}

void json_out_int(struct json_out *j, int64_t v)
{
	char digits[24];
	size_t at = sizeof digits;
	/* From the unsigned magnitude, so INT64_MIN has one too. */
	uint64_t m = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
	do {
		digits[--at] = (char)('0' + m % 10);
		m /= 10;
	} while (m);
	if (v < 0)
		digits[--at] = '-';
	next(j);
	put(j->sb, digits + at, sizeof digits - at);
}

void json_out_real(struct json_out *j, double v)
{
	if (!isfinite(v)) {
		json_out_null(j);
		return;
	}
	char text[48];
	int n = snprintf(text, sizeof text, "%.12g", v);
	if (n < 0 || (size_t)n >= sizeof text) {
		j->sb->failed = true;
		return;
	}
	char *e = strchr(text, 'e');
	if (e) {
		/* "1.5e+07" reads "1.5e7", "2e-05" reads "2e-5". */
		char *digits = e + 1;
		char *from = digits;
		if (*from == '-')
			digits = ++from;
		else if (*from == '+')
			from++;
		while (*from == '0' && from[1])
			from++;
		memmove(digits, from, strlen(from) + 1);
		n = (int)strlen(text);
	} else if (!strchr(text, '.')) {
		memcpy(text + n, ".0", 3);
		n += 2;
	}
	next(j);
	put(j->sb, text, (size_t)n);
}

void json_out_number(struct json_out *j, double v)
{
	if (isfinite(v) && v == floor(v) && fabs(v) < 9007199254740992.0)
		json_out_int(j, (int64_t)v);
	else
		json_out_real(j, v);
}

void json_out_bool(struct json_out *j, bool v)
{
	next(j);
	if (v)
		put(j->sb, "true", 4);
	else
		put(j->sb, "false", 5);
}

void json_out_null(struct json_out *j)
{
	next(j);
	put(j->sb, "null", 4);
}

void json_out_raw(struct json_out *j, const char *json, size_t len)
{
	next(j);
	put(j->sb, json, len);
}

void json_out_kstring(struct json_out *j, const char *key, const char *s)
{
	json_out_key(j, key);
	json_out_string(j, s);
}

void json_out_kint(struct json_out *j, const char *key, int64_t v)
{
	json_out_key(j, key);
	json_out_int(j, v);
}

void json_out_knumber(struct json_out *j, const char *key, double v)
{
	json_out_key(j, key);
	json_out_number(j, v);
}

void json_out_kbool(struct json_out *j, const char *key, bool v)
{
	json_out_key(j, key);
	json_out_bool(j, v);
}

void json_out_knull(struct json_out *j, const char *key)
{
	json_out_key(j, key);
	json_out_null(j);
}

void json_out_kid(struct json_out *j, const char *key, int64_t id)
{
	json_out_key(j, key);
	if (id)
		json_out_int(j, id);
	else
		json_out_null(j);
}
