/*
 * cache.h — answers to reads, kept until a change touches them. A key is a
 * digest of everything an answer depends on but the data (the credential,
 * the URL with its query, the quarter of an hour); the data is followed
 * through the change log (src/core/changes.c, docs/performance.md). Each
 * entry is tagged with its org and the objectives it holds, or with
 * "anything of its org". The readers apply the log's rows as the log
 * grows: a row naming an objective drops the entries of its org tagged
 * with it or with anything; a row for a whole org drops all of that org's;
 * a row for everything, or a gap in the log, drops all. An answer computed
 * at change N is kept only if no row after N that is already applied
 * touches it (the last rows applied are kept for that check). Bounded in
 * bytes, its bookkeeping included, least recently used out first; safe
 * across threads.
 */
#ifndef GRIP_API_CACHE_H
#define GRIP_API_CACHE_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/grip.h"

#define CACHE_KEY 16
#define CACHE_RING 256 /* the newest change rows applied, for cache_put's check */

struct cache_entry;
struct cache_tag;

struct api_cache {
	pthread_mutex_t mu;
	size_t cap;   /* bytes at most, entries' bookkeeping included; 0 turns the cache off */
	size_t bytes;
	struct cache_entry **slots; /* open hashing by key, chained */
	size_t nslots;
	struct cache_tag **tags; /* entries by the objectives they hold (or -org: anything of it) */
	size_t ntags;
	struct cache_entry *newest, *oldest;
	atomic_int_fast64_t applied; /* the newest change applied; -1 before the first read */
	int64_t floor;               /* answers computed before this change are not kept */
	struct grip_change ring[CACHE_RING];
	size_t ring_n, ring_next;
};

/* What a kept answer depends on: its org (0: none, so any change drops
 * it) and, unless any is set, only the figures of these objectives. */
struct cache_tags {
	int64_t org_id;
	bool any;
	const int64_t *objectives;
	size_t n;
};

struct cache_hit {
	const char *text; /* the kept text, lent until cache_hit_done(entry) */
	struct cache_entry *entry;
	size_t len;
	int status;
	char etag[36];
};

int cache_init(struct api_cache *c, size_t cap);
void cache_release(struct api_cache *c);
/* The newest change applied, -1 before the first. */
int64_t cache_applied(struct api_cache *c);
/* Applies the change rows after `after` up to `upto` (rows, oldest first;
 * complete false when the log no longer held them all). after -1 starts
 * the cache at upto. Rows another reader applied already are skipped. */
void cache_apply(struct api_cache *c, int64_t after, int64_t upto, const struct grip_change *rows, size_t n,
		 bool complete);
/* The answer under key, if there is one, lent: its text stays valid,
 * even if the entry is dropped meanwhile, until cache_hit_done. */
bool cache_get(struct api_cache *c, const unsigned char key[CACHE_KEY], struct cache_hit *out);
/* Gives back what cache_get lent (entry: the hit's); a dropped entry is
 * freed by its last borrower. A callback of libmicrohttpd's shape. */
void cache_hit_done(void *entry);
/* Keeps a copy of text (len bytes) under key, computed when the newest
 * change was `seen`, unless a change applied since touches it. */
void cache_put(struct api_cache *c, const unsigned char key[CACHE_KEY], int64_t seen, const struct cache_tags *t,
	       int status, const char *etag, const char *text, size_t len);

#endif
