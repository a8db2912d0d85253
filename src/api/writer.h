/*
 * writer.h — group commit for grip serve. Every write request runs on one
 * writer connection, inside a savepoint of a shared transaction; the last
 * request of a burst commits for all of them, so one fsync makes several
 * writes durable. Each request's answer still waits for the commit that
 * holds its write, and a request that fails undoes only its own part.
 */
#ifndef GRIP_API_WRITER_H
#define GRIP_API_WRITER_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>

struct grip;
struct store;
struct writer_wait;

#define WRITER_BATCH_MAX 64 /* parts in one transaction at most */

struct writer {
	pthread_mutex_t mu;
	pthread_cond_t committed;
	struct store *store;
	atomic_int arriving;      /* requests on their way to the lock */
	int parts;                /* parts in the open transaction; 0: none open */
	struct writer_wait *waits; /* requests whose part waits for the commit */
	atomic_uint_fast64_t commits; /* transactions committed */
};

int writer_init(struct writer *w, struct store *store);
void writer_release(struct writer *w);
/* Runs part(arg) as one request's write with g->store set to the writer's
 * connection. Returns 0 once the write is committed, or -1 with g->err
 * set (the part failed and was undone, or the commit failed). */
int writer_run(struct writer *w, struct grip *g, int (*part)(void *arg), void *arg);

#endif
