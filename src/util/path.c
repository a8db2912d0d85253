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
