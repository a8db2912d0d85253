/*
 * utf8.c — UTF-8 checks (see utf8.h). Validation follows the table of
 * well-formed byte sequences in RFC 3629 section 4: the second byte's range
 * depends on the first, which is how overlong forms (C0, C1, E0 80..9F,
 * F0 80..8F), surrogates (ED A0..BF) and code points above U+10FFFF
 * (F4 90..BF, F5..FF) are refused without decoding. Counting and cutting
 * assume a valid string and only look at which bytes start a character.
 */
#include "util/utf8.h"

static bool is_cont(unsigned char c)
{
	return (c & 0xC0) == 0x80;
}

bool utf8_valid(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;

	if (!s)
		return len == 0;
	while (i < len) {
		unsigned char c = p[i];
		unsigned char lo = 0x80, hi = 0xBF;
		size_t n;

		if (c < 0x80) {
			i++;
			continue;
		} else if (c >= 0xC2 && c <= 0xDF) {
			n = 1;
		} else if (c >= 0xE0 && c <= 0xEF) {
			n = 2;
			if (c == 0xE0)
				lo = 0xA0; /* overlong below U+0800 */
			else if (c == 0xED)
				hi = 0x9F; /* surrogates U+D800..DFFF */
		} else if (c >= 0xF0 && c <= 0xF4) {
			n = 3;
			if (c == 0xF0)
				lo = 0x90; /* overlong below U+10000 */
			else if (c == 0xF4)
				hi = 0x8F; /* above U+10FFFF */
		} else {
			/* Stray continuation, C0/C1 overlong leads, F5..FF. */
			return false;
		}
		if (len - i - 1 < n)
			return false; /* truncated */
		if (p[i + 1] < lo || p[i + 1] > hi)
			return false;
		for (size_t k = 2; k <= n; k++)
			if (!is_cont(p[i + k]))
				return false;
		i += n + 1;
	}
	return true;
}

size_t utf8_width(const char *s)
{
	size_t points = 0;

	if (!s)
		return 0;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if (!is_cont(*p))
			points++;
	return points;
}

size_t utf8_prefix(const char *s, size_t max_points)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t points = 0, i;

	if (!s)
		return 0;
	for (i = 0; p[i]; i++) {
		if (!is_cont(p[i])) {
			if (points == max_points)
				break;
			points++;
		}
	}
	return i;
}

const char *utf8_control(const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if ((*p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r') || *p == 0x7f)
			return (const char *)p;
		if (*p == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F)
			return (const char *)p;
	}
	return NULL;
}

size_t utf8_whole(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = len, tail = 0;

	/* Back over the continuation bytes at the end to their lead byte. */
	while (i > 0 && tail < 3 && is_cont(p[i - 1])) {
		i--;
		tail++;
	}
	if (i == 0)
		return len;
	unsigned char c = p[i - 1];
	size_t need = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
	return tail < need ? i - 1 : len;
}
