/*
 * fuzz_path.c — libFuzzer target: the route-pattern matcher (util/path.c)
 * with the patterns of the API's route table and the web face's page
 * table, and the API router (api_match) over the whole table. The input's
 * first byte picks a pattern and a method, the rest is the request path.
 *
 * Invariants:
 *  1. path_match agrees with a matcher written here segment by segment: a
 *     {name} stands for exactly one non-empty segment, every other segment
 *     must be equal.
 *  2. On a match, putting the values back into the pattern gives the path
 *     again, byte for byte; names come out in pattern order.
 *  3. api_match answers the first route of the table whose pattern matches
 *     with that method; -2 exactly when some pattern matches but none with
 *     that method; -1 when none matches.
 */
#include "fuzz.h"

#include "api/api.h"
#include "util/path.h"
#include "web/web.h"

#define MAX_PARAMS 4

/* Segment-by-segment matching: the reference for path_match. */
static bool reference_match(const char *pattern, const char *path, int *n)
{
	const char *p = pattern, *u = path;
	int k = 0;
	for (;;) {
		size_t pl = strcspn(p, "/"), ul = strcspn(u, "/");
		if (p[0] == '{' && pl > 1 && p[pl - 1] == '}') {
			if (ul == 0 || k == MAX_PARAMS)
				return false;
			k++;
		} else if (pl != ul || memcmp(p, u, pl) != 0) {
			return false;
		}
		p += pl, u += ul;
		if (!*p || !*u)
			break;
		p++, u++; /* both at a '/' */
	}
	if (*p || *u)
		return false;
	*n = k;
	return true;
}

static void check_pattern(struct arena *a, const char *pattern, const char *path)
{
	const char *names[MAX_PARAMS], *values[MAX_PARAMS];
	int n = -1, ref_n = -1;
	bool matched = path_match(a, pattern, path, names, values, MAX_PARAMS, &n);
	bool expected = reference_match(pattern, path, &ref_n);
	FUZZ_CHECK(matched == expected, "%s against %s: %d, expected %d", path, pattern, matched, expected);
	if (!matched) {
		FUZZ_CHECK(n == -1, "n set to %d without a match", n);
		return;
	}
	FUZZ_CHECK(n == ref_n, "%s against %s: %d values, expected %d", path, pattern, n, ref_n);
	/* Back together: the pattern with each {name} replaced by its value. */
	char again[4096];
	size_t len = 0;
	int k = 0;
	for (const char *p = pattern; *p;) {
		if (*p == '{') {
			const char *close = strchr(p, '}');
			FUZZ_CHECK(strlen(names[k]) == (size_t)(close - p - 1) &&
					   strncmp(names[k], p + 1, (size_t)(close - p - 1)) == 0,
				   "name %d is %s in %s", k, names[k], pattern);
			FUZZ_CHECK(values[k][0] && !strchr(values[k], '/'), "value %d is \"%s\"", k, values[k]);
			len += (size_t)snprintf(again + len, sizeof again - len, "%s", values[k]);
			k++;
			p = close + 1;
		} else if (len + 1 < sizeof again) {
			again[len++] = *p++;
		} else {
			p++;
		}
		if (len >= sizeof again)
			return; /* longer than we rebuild: nothing more to compare */
	}
	again[len] = '\0';
	FUZZ_CHECK(strcmp(again, path) == 0, "%s against %s rebuilds as %s", path, pattern, again);
}

static void check_router(struct arena *a, const char *method, const char *path)
{
	struct grip g;
	grip_init(&g, NULL, a, 0);
	struct api_request r = { .g = &g };
	int rc = api_match(method, path, &r);
	const struct api_route *first = NULL;
	bool path_known = false;
	for (const struct api_route *rt = api_routes; rt->method; rt++) {
		int n;
		if (!reference_match(rt->pattern, path, &n))
			continue;
		path_known = true;
		if (!first && strcmp(rt->method, method) == 0)
			first = rt;
	}
	FUZZ_CHECK(rc == (first ? 0 : path_known ? -2 : -1), "%s %s: %d", method, path, rc);
	if (first) {
		FUZZ_CHECK(r.route == first, "%s %s: route %s, expected %s", method, path, r.route->pattern,
			   first->pattern);
		FUZZ_CHECK(r.nparams >= 0 && r.nparams <= API_MAX_PARAMS, "%d params", r.nparams);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	static const char *const methods[] = { "GET", "POST", "PATCH", "PUT", "DELETE" };
	size_t n_api = 0, n_web = 0;
	while (api_routes[n_api].method)
		n_api++;
	while (web_pages[n_web].method)
		n_web++;
	size_t pick = data[0] % (n_api + n_web);
	const char *pattern = pick < n_api ? api_routes[pick].pattern : web_pages[pick - n_api].pattern;

	char *path = fuzz_string(data + 1, size - 1);
	struct arena a = ARENA_INIT;
	check_pattern(&a, pattern, path);
	check_router(&a, methods[data[0] % 5], path);
	arena_release(&a);
	free(path);
	return 0;
}
