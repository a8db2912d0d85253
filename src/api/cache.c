/*
 * cache.c — the read cache of grip serve (see cache.h): a chained hash
 * table by key over a doubly linked recency list, and a second chained
 * table from tag to entries, under one mutex. An entry is one allocation:
 * itself, its tags and its text, all counted in the byte bound.
 */
#include "api/cache.h"

#include <stdlib.h>
#include <string.h>

/* One of an entry's tags, linked into the tag table: an objective's id, or
 * -org for "anything of the org", or 0 for an answer of no org. */
struct cache_tag {
	int64_t tag;
	struct cache_entry *entry;
	struct cache_tag *next, **pprev;
};

struct cache_entry {
	unsigned char key[CACHE_KEY];
	int64_t org_id;
	int status;
	char etag[36];
	char *text; /* in the same allocation, after the tags */
	size_t len;
	size_t cost; /* bytes counted against the bound */
	struct api_cache *owner;
	unsigned lent; /* answers being sent from it (cache_get, cache_hit_done) */
	bool dropped;  /* out of the tables: the last borrower frees it */
	struct cache_entry *chain;         /* next in the slot */
	struct cache_entry *newer, *older; /* recency */
	size_t n_tags;
	struct cache_tag tags[];
};

#define CACHE_SLOTS 1024 /* a power of two */
#define CACHE_TAG_SLOTS 1024
#define MALLOC_OVERHEAD 16 /* the allocator's own header, about */

int cache_init(struct api_cache *c, size_t cap)
{
	memset(c, 0, sizeof *c);
	atomic_init(&c->applied, -1);
	c->cap = cap;
	if (!cap)
		return 0;
	c->slots = calloc(CACHE_SLOTS, sizeof *c->slots);
	c->tags = calloc(CACHE_TAG_SLOTS, sizeof *c->tags);
	if (!c->slots || !c->tags) {
		free(c->slots);
		free(c->tags);
		return -1;
	}
	c->nslots = CACHE_SLOTS;
	c->ntags = CACHE_TAG_SLOTS;
	/* The tables themselves count too. */
	c->bytes = (CACHE_SLOTS + CACHE_TAG_SLOTS) * sizeof(void *) + 2 * MALLOC_OVERHEAD;
	pthread_mutex_init(&c->mu, NULL);
	return 0;
}

static size_t slot_of(const struct api_cache *c, const unsigned char key[CACHE_KEY])
{
	size_t h;
	memcpy(&h, key, sizeof h); /* the key is a digest: any bytes will do */
	return h & (c->nslots - 1);
}

static size_t tag_slot(const struct api_cache *c, int64_t tag)
{
	return (size_t)(((uint64_t)tag * 0x9e3779b97f4a7c15u) >> 40) & (c->ntags - 1);
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
	for (size_t i = 0; i < e->n_tags; i++) {
		struct cache_tag *t = &e->tags[i];
		*t->pprev = t->next;
		if (t->next)
			t->next->pprev = t->pprev;
	}
	unlink_recency(c, e);
	c->bytes -= e->cost;
	if (e->lent)
		e->dropped = true;
	else
		free(e);
}

static void drop_all(struct api_cache *c)
{
	while (c->oldest)
		drop(c, c->oldest);
}

/* Every entry carrying the tag. */
static void drop_tagged(struct api_cache *c, int64_t tag)
{
	struct cache_tag **head = &c->tags[tag_slot(c, tag)];
	for (struct cache_tag *t = *head; t;) {
		if (t->tag != tag) {
			t = t->next;
			continue;
		}
		drop(c, t->entry); /* unlinks its tags, maybe the next one here too */
		t = *head;
	}
}

static void drop_org(struct api_cache *c, int64_t org_id)
{
	for (struct cache_entry *e = c->oldest, *next; e; e = next) {
		next = e->newer;
		if (e->org_id == org_id || e->org_id == 0)
			drop(c, e);
	}
}

static struct cache_entry *find(struct api_cache *c, const unsigned char key[CACHE_KEY])
{
	for (struct cache_entry *e = c->slots[slot_of(c, key)]; e; e = e->chain)
		if (memcmp(e->key, key, CACHE_KEY) == 0)
			return e;
	return NULL;
}

int64_t cache_applied(struct api_cache *c)
{
	return c->cap ? atomic_load(&c->applied) : 0;
}

/* With the lock held: the change is remembered for cache_put's check. */
static void remember(struct api_cache *c, const struct grip_change *ch)
{
	if (c->ring_n == CACHE_RING) {
		const struct grip_change *old = &c->ring[c->ring_next];
		if (old->id > c->floor)
			c->floor = old->id; /* what came before it is no longer known */
	} else {
		c->ring_n++;
	}
	c->ring[c->ring_next] = *ch;
	c->ring_next = (c->ring_next + 1) % CACHE_RING;
}

/* With the lock held: everything went, at change id. */
static void forget_all(struct api_cache *c, int64_t id)
{
	drop_all(c);
	c->ring_n = c->ring_next = 0;
	c->floor = id;
}

void cache_apply(struct api_cache *c, int64_t after, int64_t upto, const struct grip_change *rows, size_t n,
		 bool complete)
{
	if (!c->cap)
		return;
	pthread_mutex_lock(&c->mu);
	int64_t applied = atomic_load(&c->applied);
	if (applied < 0 || after < 0) {
		/* The first read: nothing is kept yet, and nothing before now is known. */
		if (applied < 0) {
			forget_all(c, upto);
			atomic_store(&c->applied, upto);
		}
	} else if (upto > applied) {
		if (!complete || after > applied) {
			forget_all(c, upto);
		} else {
			for (size_t i = 0; i < n; i++) {
				const struct grip_change *ch = &rows[i];
				if (ch->id <= applied)
					continue; /* another reader applied it */
				if (!ch->org_id) {
					forget_all(c, ch->id);
					continue;
				}
				if (!ch->objective_id) {
					drop_org(c, ch->org_id);
				} else {
					drop_tagged(c, ch->objective_id);
					drop_tagged(c, -ch->org_id);
					drop_tagged(c, 0);
				}
				remember(c, ch);
			}
		}
		atomic_store(&c->applied, upto);
	}
	pthread_mutex_unlock(&c->mu);
}

bool cache_get(struct api_cache *c, const unsigned char key[CACHE_KEY], struct cache_hit *out)
{
	if (!c->cap)
		return false;
	bool hit = false;
	pthread_mutex_lock(&c->mu);
	struct cache_entry *e = find(c, key);
	if (e) {
		e->lent++;
		out->text = e->text;
		out->entry = e;
		out->len = e->len;
		out->status = e->status;
		memcpy(out->etag, e->etag, sizeof out->etag);
		unlink_recency(c, e);
		push_newest(c, e);
		hit = true;
	}
	pthread_mutex_unlock(&c->mu);
	return hit;
}

void cache_hit_done(void *entry)
{
	struct cache_entry *e = entry;
	struct api_cache *c = e->owner;
	pthread_mutex_lock(&c->mu);
	bool last = --e->lent == 0 && e->dropped;
	pthread_mutex_unlock(&c->mu);
	if (last)
		free(e);
}

/* Whether a change touches an answer with these tags. */
static bool touches(const struct grip_change *ch, const struct cache_tags *t)
{
	if (!ch->org_id || !t->org_id)
		return true;
	if (ch->org_id != t->org_id)
		return false;
	if (!ch->objective_id || t->any)
		return true;
	for (size_t i = 0; i < t->n; i++)
		if (t->objectives[i] == ch->objective_id)
			return true;
	return false;
}

/* With the lock held: may an answer computed at change `seen` be kept? */
static bool still_current(const struct api_cache *c, int64_t seen, const struct cache_tags *t)
{
	int64_t applied = atomic_load(&c->applied);
	if (applied < 0 || seen < c->floor || seen > applied)
		return false;
	for (size_t k = 0; k < c->ring_n; k++) { /* newest first, down to seen */
		const struct grip_change *ch = &c->ring[(c->ring_next + CACHE_RING - 1 - k) % CACHE_RING];
		if (ch->id <= seen)
			break;
		if (touches(ch, t))
			return false;
	}
	return true;
}

void cache_put(struct api_cache *c, const unsigned char key[CACHE_KEY], int64_t seen, const struct cache_tags *t,
	       int status, const char *etag, const char *text, size_t len)
{
	if (!c->cap)
		return;
	size_t n_tags = !t->org_id || t->any ? 1 : t->n;
	size_t size = sizeof(struct cache_entry) + n_tags * sizeof(struct cache_tag) + len + 1;
	if (size + MALLOC_OVERHEAD > c->cap / 4)
		return;
	struct cache_entry *e = malloc(size);
	if (!e)
		return;
	memset(e, 0, sizeof *e);
	memcpy(e->key, key, CACHE_KEY);
	e->owner = c;
	e->org_id = t->org_id;
	e->status = status;
	if (etag)
		memcpy(e->etag, etag, strnlen(etag, sizeof e->etag - 1));
	e->text = (char *)&e->tags[n_tags];
	memcpy(e->text, text, len);
	e->text[len] = '\0';
	e->len = len;
	e->cost = size + MALLOC_OVERHEAD;
	e->n_tags = n_tags;
	for (size_t i = 0; i < n_tags; i++)
		e->tags[i] = (struct cache_tag){
			.tag = !t->org_id ? 0 : t->any ? -t->org_id : t->objectives[i], .entry = e };
	pthread_mutex_lock(&c->mu);
	if (!still_current(c, seen, t)) {
		pthread_mutex_unlock(&c->mu);
		free(e);
		return;
	}
	struct cache_entry *old = find(c, key);
	if (old)
		drop(c, old);
	while (c->oldest && c->bytes + e->cost > c->cap)
		drop(c, c->oldest);
	size_t s = slot_of(c, key);
	e->chain = c->slots[s];
	c->slots[s] = e;
	for (size_t i = 0; i < n_tags; i++) {
		struct cache_tag *tg = &e->tags[i], **head = &c->tags[tag_slot(c, tg->tag)];
		tg->next = *head;
		tg->pprev = head;
		if (*head)
			(*head)->pprev = &tg->next;
		*head = tg;
	}
	push_newest(c, e);
	c->bytes += e->cost;
	pthread_mutex_unlock(&c->mu);
}

void cache_release(struct api_cache *c)
{
	if (!c->cap)
		return;
	drop_all(c);
	free(c->slots);
	free(c->tags);
	pthread_mutex_destroy(&c->mu);
	c->cap = 0;
}
