/*
 * arena.h — the memory of one command or one request.
 *
 * Everything allocated from an arena lives until arena_release, which frees
 * it all at once; nothing allocated here is freed on its own. Allocation
 * failure returns NULL and counts in `failed`, which never goes down: a
 * caller whose helpers cannot report a failure (a check that answers false
 * when it runs out of memory) compares it before and after. For fault
 * tests, fail_after > 0 makes that many allocations succeed and every
 * later one fail (0 = never fail).
 */
#ifndef GRIP_UTIL_ARENA_H
#define GRIP_UTIL_ARENA_H

#include <stdarg.h>
#include <stddef.h>

struct arena_block;

struct arena {
	struct arena_block *head;
	size_t allocated; /* bytes handed out, for measurement */
	long fail_after;
	long count;
	long failed; /* allocations refused so far */
};

#define ARENA_INIT { 0 }

void arena_init(struct arena *a);
void *arena_alloc(struct arena *a, size_t n);   /* zeroed, aligned for any type */
void *arena_calloc(struct arena *a, size_t count, size_t size); /* checks overflow */
char *arena_strdup(struct arena *a, const char *s); /* NULL in, NULL out */
char *arena_strndup(struct arena *a, const char *s, size_t n);
__attribute__((format(printf, 2, 3))) char *arena_printf(struct arena *a, const char *fmt, ...);
void arena_release(struct arena *a);

#endif
