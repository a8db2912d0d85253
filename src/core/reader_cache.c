/*
 * reader_cache.c — the readers of a long-lived process (see reader.h): a
 * server gives each request's context the same struct coach_readers, and
 * each locale's reader (its word classes, cue lexicons and model, some
 * hundreds of kilobytes parsed) is loaded once, by the first request that
 * asks, into the cache's own arena. Once loaded a reader is only read;
 * the lock guards the list and the loading. A request gets its own copy of
 * the reader's small top, so the last text it read stays its own.
 */
#include "core/reader_parts.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "core/internal.h"

#define CACHED_MAX 16

struct coach_readers {
	pthread_mutex_t mu;
	struct arena arena;
	struct {
		char key[96]; /* the words.txt the locale reads */
		struct coach_reader *rd;
	} cached[CACHED_MAX];
	size_t n;
};

struct coach_readers *coach_readers_new(void)
{
	struct coach_readers *c = calloc(1, sizeof *c);
	if (!c)
		return NULL;
	pthread_mutex_init(&c->mu, NULL);
	arena_init(&c->arena);
	return c;
}

void coach_readers_free(struct coach_readers *c)
{
	if (!c)
		return;
	pthread_mutex_destroy(&c->mu);
	arena_release(&c->arena);
	free(c);
}

/* The shared reader of locale, loaded when first asked for; NULL with
 * g->err. */
static const struct coach_reader *shared(struct grip *g, struct coach_readers *c, const char *locale)
{
	char key[96];
	if (!lexicon_data(locale, "words", key, sizeof key)) {
		grip_fail(g, GRIP_EINVAL, "lexicon", "no word classes for %s", locale ? locale : "(none)");
		return NULL;
	}
	const struct coach_reader *rd = NULL;
	pthread_mutex_lock(&c->mu);
	for (size_t i = 0; i < c->n && !rd; i++)
		if (strcmp(c->cached[i].key, key) == 0)
			rd = c->cached[i].rd;
	if (!rd) {
		struct grip load;
		grip_init(&load, NULL, &c->arena, 0);
		struct coach_reader *got = coach_reader_load_into(&load, locale);
		if (!got)
			g->err = load.err;
		else if (c->n < CACHED_MAX) {
			memcpy(c->cached[c->n].key, key, sizeof key);
			c->cached[c->n++].rd = got;
		}
		rd = got;
	}
	pthread_mutex_unlock(&c->mu);
	return rd;
}

struct coach_reader *coach_reader_load(struct grip *g, const char *locale)
{
	if (!g->readers)
		return coach_reader_load_into(g, locale);
	const struct coach_reader *rd = shared(g, g->readers, locale);
	if (!rd)
		return NULL;
	struct coach_reader *own = grip_alloc(g, sizeof *own);
	if (!own || !(own->last = grip_alloc(g, sizeof *own->last)))
		return NULL;
	struct coach_last *last = own->last;
	*own = *rd;
	own->last = last;
	return own;
}
