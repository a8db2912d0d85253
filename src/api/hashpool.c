/*
 * hashpool.c — the password-hashing threads of grip serve (see
 * hashpool.h): a queue with a bound, and threads that lower their own CPU
 * priority so that request threads come first when both want a core.
 */
#define _GNU_SOURCE /* gettid: a thread's own priority */
#include "api/hashpool.h"

#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#define HASHPOOL_NICE 5

static void *hashpool_main(void *arg)
{
	struct hashpool *p = arg;
	/* On Linux a thread's nice value is its own: this one yields the CPU
	 * to request threads (a failure leaves it as it was). */
	(void)setpriority(PRIO_PROCESS, (id_t)gettid(), HASHPOOL_NICE);
	pthread_mutex_lock(&p->mu);
	for (;;) {
		while (!p->queued && !p->stopping)
			pthread_cond_wait(&p->work, &p->mu);
		struct hashpool_job *job = p->queued;
		if (!job)
			break; /* stopping, and nothing left */
		p->queued = job->next;
		if (!p->queued)
			p->queued_end = &p->queued;
		pthread_mutex_unlock(&p->mu);
		job->run(job); /* the job may be gone once this returns */
		atomic_fetch_add(&p->done, 1);
		pthread_mutex_lock(&p->mu);
		p->held--;
	}
	pthread_mutex_unlock(&p->mu);
	return NULL;
}

int hashpool_start(struct hashpool *p, int threads, size_t max_waiting)
{
	memset(p, 0, sizeof *p);
	if (threads < 1 || threads > HASHPOOL_THREADS_MAX)
		return -1;
	p->queued_end = &p->queued;
	p->max_waiting = max_waiting;
	atomic_init(&p->done, 0);
	atomic_init(&p->refused, 0);
	if (pthread_mutex_init(&p->mu, NULL) != 0)
		return -1;
	if (pthread_cond_init(&p->work, NULL) != 0) {
		pthread_mutex_destroy(&p->mu);
		return -1;
	}
	for (; p->nthreads < threads; p->nthreads++) {
		if (pthread_create(&p->threads[p->nthreads], NULL, hashpool_main, p) != 0) {
			hashpool_stop(p);
			return -1;
		}
	}
	return 0;
}

bool hashpool_submit(struct hashpool *p, struct hashpool_job *job)
{
	pthread_mutex_lock(&p->mu);
	bool room = !p->stopping && p->held < (size_t)p->nthreads + p->max_waiting;
	if (room) {
		job->next = NULL;
		*p->queued_end = job;
		p->queued_end = &job->next;
		p->held++;
		pthread_cond_signal(&p->work);
	}
	pthread_mutex_unlock(&p->mu);
	if (!room)
		atomic_fetch_add(&p->refused, 1);
	return room;
}

void hashpool_stop(struct hashpool *p)
{
	pthread_mutex_lock(&p->mu);
	p->stopping = true;
	pthread_cond_broadcast(&p->work);
	pthread_mutex_unlock(&p->mu);
	for (int i = 0; i < p->nthreads; i++)
		pthread_join(p->threads[i], NULL);
	pthread_cond_destroy(&p->work);
	pthread_mutex_destroy(&p->mu);
}
