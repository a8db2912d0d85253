/*
 * cache.c — the read cache of grip serve (see cache.h): a chained hash
 * table over a doubly linked recency list, under one mutex. Entries of an
 * older generation are dropped when met; the oldest go when the byte bound
 * is reached.
 */
#include "api/cache.h"

#include <stdlib.h>
#include <string.h>

struct cache_entry {
	unsigned char key[CACHE_KEY];
	uint64_t gen;
	int status;
	char etag[36];
	char *text;
	size_t len;
	struct cache_entry *chain;         /* next in the slot */
	struct cache_entry *newer, *older; /* recency */
};

#define CACHE_SLOTS 1024 /* a power of two */

int cache_init(struct api_cache *c, size_t cap)
{
	memset(c, 0, sizeof *c);
	c->cap = cap;
	if (!cap)
		return 0;
	c->slots = calloc(CACHE_SLOTS, sizeof *c->slots);
	if (!c->slots)
		return -1;
	c->nslots = CACHE_SLOTS;
	pthread_mutex_init(&c->mu, NULL);
	return 0;
}

static size_t slot_of(const struct api_cache *c, const unsigned char key[CACHE_KEY])
{
	size_t h;
	memcpy(&h, key, sizeof h); /* the key is a digest: any bytes will do */
	return h & (c->nslots - 1);
}

static void unlink_recency(struct api_cache *c, struct cache_entry *e)
{
	if (e->newer)
		e->newer->older = e->older;
	else
		c->newest = e->older;
	if (e->older)
		e->older->newer = e->newer;
	else
		c->oldest = e->newer;
	e->newer = e->older = NULL;
}

static void push_newest(struct api_cache *c, struct cache_entry *e)
{
	e->older = c->newest;
	e->newer = NULL;
	if (c->newest)
		c->newest->newer = e;
	c->newest = e;
	if (!c->oldest)
		c->oldest = e;
}

static void drop(struct api_cache *c, struct cache_entry *e)
{
	struct cache_entry **p = &c->slots[slot_of(c, e->key)];
	while (*p && *p != e)
		p = &(*p)->chain;
	if (*p)
		*p = e->chain;
	unlink_recency(c, e);
	c->bytes -= e->len;
	free(e->text);
	free(e);
}

static struct cache_entry *find(struct api_cache *c, const unsigned char key[CACHE_KEY])
{
	for (struct cache_entry *e = c->slots[slot_of(c, key)]; e; e = e->chain)
		if (memcmp(e->key, key, CACHE_KEY) == 0)
			return e;
	return NULL;
}

bool cache_get(struct api_cache *c, const unsigned char key[CACHE_KEY], uint64_t gen,
	       struct cache_hit *out)
{
	if (!c->cap)
		return false;
	bool hit = false;
	pthread_mutex_lock(&c->mu);
	struct cache_entry *e = find(c, key);
	if (e && e->gen != gen) {
		drop(c, e);
	} else if (e) {
		out->text = malloc(e->len + 1);
		if (out->text) {
			memcpy(out->text, e->text, e->len + 1);
			out->len = e->len;
			out->status = e->status;
			memcpy(out->etag, e->etag, sizeof out->etag);
			unlink_recency(c, e);
			push_newest(c, e);
			hit = true;
		}
	}
	pthread_mutex_unlock(&c->mu);
	return hit;
}

void cache_put(struct api_cache *c, const unsigned char key[CACHE_KEY], uint64_t gen, int status,
	       const char *etag, const char *text, size_t len)
{
	if (!c->cap || len > c->cap / 4)
		return;
	struct cache_entry *e = calloc(1, sizeof *e);
	char *copy = malloc(len + 1);
	if (!e || !copy) {
		free(e);
		free(copy);
		return;
	}
	memcpy(copy, text, len);
	copy[len] = '\0';
	memcpy(e->key, key, CACHE_KEY);
	e->gen = gen;
	e->status = status;
	if (etag)
		memcpy(e->etag, etag, strnlen(etag, sizeof e->etag - 1));
	e->text = copy;
	e->len = len;
	pthread_mutex_lock(&c->mu);
	struct cache_entry *old = find(c, key);
	if (old)
		drop(c, old);
	while (c->oldest && c->bytes + len > c->cap)
		drop(c, c->oldest);
	size_t s = slot_of(c, key);
	e->chain = c->slots[s];
	c->slots[s] = e;
	push_newest(c, e);
	c->bytes += len;
	pthread_mutex_unlock(&c->mu);
}

void cache_release(struct api_cache *c)
{
	if (!c->cap)
		return;
	while (c->oldest)
		drop(c, c->oldest);
	free(c->slots);
	pthread_mutex_destroy(&c->mu);
	c->cap = 0;
}
