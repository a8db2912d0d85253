/*
 * cache.h — answers to reads, kept until the data changes. A key is a
 * digest of everything an answer depends on (the credential, the URL with
 * its query, the quarter of an hour); an entry is good only while the
 * server's data generation is the one it was computed under. Any commit
 * moves the generation, so no entry outlives a change. Bounded in bytes,
 * least recently used out first; safe across threads.
 */
#ifndef GRIP_API_CACHE_H
#define GRIP_API_CACHE_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define CACHE_KEY 16

struct cache_entry;

struct api_cache {
	pthread_mutex_t mu;
	size_t cap;   /* bytes of answers at most; 0 turns the cache off */
	size_t bytes;
	struct cache_entry **slots; /* open hashing by key, chained */
	size_t nslots;
	struct cache_entry *newest, *oldest;
};

struct cache_hit {
	char *text; /* malloc'd copy: the caller frees or hands it on */
	size_t len;
	int status;
	char etag[36];
};

int cache_init(struct api_cache *c, size_t cap);
void cache_release(struct api_cache *c);
/* A copy of the answer under key made at generation gen, if there is one. */
bool cache_get(struct api_cache *c, const unsigned char key[CACHE_KEY], uint64_t gen,
	       struct cache_hit *out);
/* Keeps a copy of text (len bytes) under key for generation gen. */
void cache_put(struct api_cache *c, const unsigned char key[CACHE_KEY], uint64_t gen, int status,
	       const char *etag, const char *text, size_t len);

#endif
