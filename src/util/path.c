/*
 * path.c — route patterns against request paths (see path.h).
 */
#include "util/path.h"

#include <string.h>

bool path_match(struct arena *a, const char *pattern, const char *path, const char **names,
		const char **values, int max, int *n)
{
	const char *p = pattern, *u = path;
	int k = 0;
	while (*p && *u) {
		if (*p == '{') {
			const char *close = strchr(p, '}');
			size_t len = strcspn(u, "/");
			if (!close || len == 0 || k == max)
				return false;
			if (names)
				names[k] = arena_strndup(a, p + 1, (size_t)(close - p - 1));
			values[k++] = arena_strndup(a, u, len);
			p = close + 1;
			u += len;
		} else if (*p++ != *u++) {
			return false;
		}
	}
	if (*p || *u)
		return false;
	*n = k;
	return true;
}

bool path_word_in(const char *list, const char *name)
{
	size_t n = strlen(name);
	for (const char *p = list; p && *p;) {
		while (*p == ' ')
			p++;
		size_t w = strcspn(p, " ");
		if (w && w == n && strncmp(p, name, n) == 0)
			return true;
		p += w;
	}
	return false;
}

int path_hex_digit(char c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

bool path_is_local(const char *s, size_t max)
{
	if (!s || s[0] != '/' || s[1] == '/' || s[1] == '\\' || strlen(s) > max)
		return false;
	for (const char *p = s; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if (c == '%') {
			int hi = path_hex_digit(p[1]), lo = hi < 0 ? -1 : path_hex_digit(p[2]);
			if (lo < 0)
				return false;
			unsigned char b = (unsigned char)(hi * 16 + lo);
			if (b <= 0x20 || b == 0x7f || b == '/' || b == '\\' || b == '%')
				return false;
			p += 2;
		} else if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
			     (c && strchr("-._~!$&'()*+,;=:@/?#", c)))) {
			return false;
		}
	}
	return true;
}

bool path_urlsafe(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		char c = s[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
			return false;
	}
	return true;
}
