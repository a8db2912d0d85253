/*
 * stmt_cache.c — a connection's prepared statements by SQL address (see
 * stmt_cache.h).
 */
#include "store/stmt_cache.h"

#include <stdint.h>
#include <stdlib.h>

static size_t slot_of(const char *sql, size_t cap)
{
	uintptr_t h = (uintptr_t)sql;
	h ^= h >> 17;
	h *= 0x9e3779b97f4a7c15u;
	return (size_t)(h >> 7) & (cap - 1);
}

void *stmt_cache_find(const struct stmt_cache *c, const char *sql)
{
	if (!c->cap)
		return NULL;
	for (size_t j = slot_of(sql, c->cap); c->slots[j].sql; j = (j + 1) & (c->cap - 1))
		if (c->slots[j].sql == sql)
			return c->slots[j].stmt;
	return NULL;
}

static void place(struct stmt_slot *slots, size_t cap, const char *sql, void *stmt)
{
	size_t j = slot_of(sql, cap);
	while (slots[j].sql)
		j = (j + 1) & (cap - 1);
	slots[j] = (struct stmt_slot){ sql, stmt };
}

int stmt_cache_put(struct stmt_cache *c, const char *sql, void *stmt)
{
	if ((c->count + 1) * 2 > c->cap) {
		size_t cap = c->cap ? c->cap * 2 : 256;
		struct stmt_slot *fresh = calloc(cap, sizeof *fresh);
		if (!fresh)
			return -1;
		for (size_t i = 0; i < c->cap; i++)
			if (c->slots[i].sql)
				place(fresh, cap, c->slots[i].sql, c->slots[i].stmt);
		free(c->slots);
		c->slots = fresh;
		c->cap = cap;
	}
	place(c->slots, c->cap, sql, stmt);
	c->count++;
	return 0;
}

void stmt_cache_each(const struct stmt_cache *c, void (*each)(void *stmt))
{
	for (size_t i = 0; i < c->cap; i++)
		if (c->slots[i].sql)
			each(c->slots[i].stmt);
}

void stmt_cache_clear(struct stmt_cache *c, void (*each)(void *stmt))
{
	if (each)
		stmt_cache_each(c, each);
	free(c->slots);
	*c = (struct stmt_cache){ 0 };
}
