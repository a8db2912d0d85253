/*
 * stmt_cache.h — the prepared statements of one connection, found by the
 * address of their SQL text (store.h rule 2). Private to src/store; both
 * back ends keep theirs in one. Open addressing, never shrinking: a
 * connection prepares each statement of the program at most once.
 */
#ifndef GRIP_STORE_STMT_CACHE_H
#define GRIP_STORE_STMT_CACHE_H

#include <stddef.h>

struct stmt_cache {
	struct stmt_slot {
		const char *sql;
		void *stmt;
	} *slots;
	size_t cap; /* a power of two, or 0 */
	size_t count;
};

/* The statement kept for sql, or NULL. */
void *stmt_cache_find(const struct stmt_cache *c, const char *sql);
/* Keeps stmt for sql (not yet kept); -1 when out of memory. */
int stmt_cache_put(struct stmt_cache *c, const char *sql, void *stmt);
/* Calls each(stmt) for every statement kept, then forgets them all. */
void stmt_cache_clear(struct stmt_cache *c, void (*each)(void *stmt));
/* Calls each(stmt) for every statement kept. */
void stmt_cache_each(const struct stmt_cache *c, void (*each)(void *stmt));

#endif
