/*
 * checkpointer.c — the log's checkpoints off the writer (see
 * checkpointer.h). A checkpoint forces the log to disk before it copies
 * pages, and the database file after, so what it copies was durable
 * before and stays so; the writer's own fsyncs (writer.c) are not
 * changed by it.
 */
#include "api/checkpointer.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#define CHECKPOINT_CACHE_KIB 256 /* it reads pages through, it keeps none */

static void *checkpointer_main(void *arg)
{
	struct checkpointer *k = arg;
	pthread_mutex_lock(&k->mu);
	while (!k->stopping) {
		struct timespec until;
		clock_gettime(CLOCK_REALTIME, &until);
		until.tv_nsec += CHECKPOINT_TICK_MS * 1000000L;
		if (until.tv_nsec >= 1000000000L) {
			until.tv_sec++;
			until.tv_nsec -= 1000000000L;
		}
		pthread_cond_timedwait(&k->tick, &k->mu, &until);
		if (k->stopping)
			break;
		int64_t pages = store_log_pages(k->writer);
		if (pages < CHECKPOINT_PAGES)
			continue;
		pthread_mutex_unlock(&k->mu);
		bool force = pages >= CHECKPOINT_FORCE_PAGES;
		int64_t left = 0;
		if (store_checkpoint(k->own, force, &left) == STORE_OK) {
			atomic_fetch_add(&k->checkpoints, 1);
			if (force)
				atomic_fetch_add(&k->forced, 1);
		}
		pthread_mutex_lock(&k->mu);
	}
	pthread_mutex_unlock(&k->mu);
	return NULL;
}

int checkpointer_start(struct checkpointer *k, const char *path, struct store *writer, char *err, size_t errlen)
{
	memset(k, 0, sizeof *k);
	k->writer = writer;
	atomic_init(&k->checkpoints, 0);
	atomic_init(&k->forced, 0);
	if (!(k->own = store_open(path, false, err, errlen)))
		return -1;
	store_cache_kib(k->own, CHECKPOINT_CACHE_KIB);
	if (pthread_mutex_init(&k->mu, NULL) != 0)
		goto no_mutex;
	if (pthread_cond_init(&k->tick, NULL) != 0)
		goto no_cond;
	if (pthread_create(&k->thread, NULL, checkpointer_main, k) != 0)
		goto no_thread;
	/* Only now: until the thread runs, the writer checkpoints as before.
	 * The writer's thread must not have started: this sets a hook on its
	 * connection. */
	store_checkpoint_apart(writer);
	return 0;
no_thread:
	pthread_cond_destroy(&k->tick);
no_cond:
	pthread_mutex_destroy(&k->mu);
no_mutex:
	store_close(k->own);
	snprintf(err, errlen, "cannot start the checkpoint thread");
	return -1;
}

void checkpointer_stop(struct checkpointer *k)
{
	pthread_mutex_lock(&k->mu);
	k->stopping = true;
	pthread_cond_signal(&k->tick);
	pthread_mutex_unlock(&k->mu);
	pthread_join(k->thread, NULL);
	pthread_cond_destroy(&k->tick);
	pthread_mutex_destroy(&k->mu);
	store_close(k->own);
}
