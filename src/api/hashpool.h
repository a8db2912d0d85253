/*
 * hashpool.h — the threads that hash passwords for grip serve. Argon2id
 * takes a large share of a second and 64 MiB per hash, by design: run on
 * the request threads, a flood of sign-ins would hold them all and stall
 * every other request. Here a few threads hash, at a lower CPU priority
 * than the request threads, and at most a few jobs wait for them; a job
 * beyond that is refused at once and its caller answers 503. So a flood
 * costs a bounded share of memory and CPU, and no request thread waits on
 * a hash.
 */
#ifndef GRIP_API_HASHPOOL_H
#define GRIP_API_HASHPOOL_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>

#define HASHPOOL_THREADS_MAX 8

/* One hash to run. The caller fills run and keeps the job in place until
 * run has been called; run is called once, on a pool thread. */
struct hashpool_job {
	void (*run)(struct hashpool_job *job);
	struct hashpool_job *next; /* the pool's own */
};

struct hashpool {
	pthread_mutex_t mu;
	pthread_cond_t work;
	struct hashpool_job *queued, **queued_end;
	size_t held;        /* jobs queued or running */
	size_t max_waiting; /* jobs queued while every thread runs one, at most */
	bool stopping;
	int nthreads;
	pthread_t threads[HASHPOOL_THREADS_MAX];
	atomic_uint_fast64_t done;    /* jobs run */
	atomic_uint_fast64_t refused; /* jobs refused: the pool was full */
};

/* Starts `threads` threads (1..HASHPOOL_THREADS_MAX), with room for
 * max_waiting jobs beside those being run. -1 when it cannot. */
int hashpool_start(struct hashpool *p, int threads, size_t max_waiting);
/* Queues the job; false, at once, when the pool is full or stopping. */
bool hashpool_submit(struct hashpool *p, struct hashpool_job *job);
/* Runs every job queued, then stops the threads. */
void hashpool_stop(struct hashpool *p);

#endif
