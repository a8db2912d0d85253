/*
 * loop.c — the sender's thread inside `grip serve` (deliver.h): its own
 * store connection, a round every `every` seconds from its start until
 * the server stops it. A stop waits for the round in flight:
 * what that round was sending is recorded before the server ends (and a
 * kill -9 meanwhile is what the lease is there for).
 */
#include "deliver/deliver.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <time.h>

#include "store/store.h"
#include "util/curl_lib.h"

struct deliver_loop_thread {
	pthread_t id;
	pthread_mutex_t mu;
	pthread_cond_t cv; /* signalled on stop */
	bool stop;
	struct store *store;
	struct curl_lib curl;
	struct deliver_loop *loop;
};

static void *run(void *arg)
{
	struct deliver_loop_thread *t = arg;
	struct deliver_loop *l = t->loop;
	struct deliver_config config = l->config;
	config.curl = &t->curl;
	config.log_prefix = "grip: remind: "; /* among the server's lines */
	pthread_mutex_lock(&t->mu);
	for (;;) {
		/* Each round an interval after the last: the first one an interval
		 * after the start, so a server started for a moment sends nothing. */
		struct timespec until;
		clock_gettime(CLOCK_REALTIME, &until);
		until.tv_sec += (time_t)l->every;
		while (!t->stop && pthread_cond_timedwait(&t->cv, &t->mu, &until) != ETIMEDOUT)
			;
		if (t->stop)
			break;
		pthread_mutex_unlock(&t->mu);
		struct deliver_counts n;
		char err[600] = "";
		int64_t now = l->now_fixed ? l->now_fixed : (int64_t)time(NULL);
		if (deliver_round(t->store, &config, now, l->log, &n, err, sizeof err) < 0)
			fprintf(l->log, "grip: remind: %s\n", err);
		else if (n.queued || n.sent || n.failed)
			fprintf(l->log, "grip: remind: queued %zu, sent %zu, failed %zu\n", n.queued, n.sent, n.failed);
		fflush(l->log);
		pthread_mutex_lock(&t->mu);
	}
	pthread_mutex_unlock(&t->mu);
	return NULL;
}

int deliver_loop_start(struct deliver_loop *l)
{
	char err[600];
	struct deliver_loop_thread *t = calloc(1, sizeof *t);
	if (!t) {
		fprintf(l->log, "grip: remind: out of memory\n");
		return -1;
	}
	t->loop = l;
	if (!(t->store = store_open(l->db_path, false, err, sizeof err)) ||
	    curl_lib_open(&t->curl, err, sizeof err) < 0) {
		fprintf(l->log, "grip: remind: %s\n", err);
		if (t->store)
			store_close(t->store);
		free(t);
		return -1;
	}
	pthread_mutex_init(&t->mu, NULL);
	pthread_cond_init(&t->cv, NULL);
	if (pthread_create(&t->id, NULL, run, t) != 0) {
		fprintf(l->log, "grip: remind: cannot start the sender's thread\n");
		pthread_cond_destroy(&t->cv);
		pthread_mutex_destroy(&t->mu);
		curl_lib_close(&t->curl);
		store_close(t->store);
		free(t);
		return -1;
	}
	l->thread = t;
	return 0;
}

void deliver_loop_stop(struct deliver_loop *l)
{
	struct deliver_loop_thread *t = l->thread;
	if (!t)
		return;
	pthread_mutex_lock(&t->mu);
	t->stop = true;
	pthread_cond_signal(&t->cv);
	pthread_mutex_unlock(&t->mu);
	pthread_join(t->id, NULL);
	pthread_cond_destroy(&t->cv);
	pthread_mutex_destroy(&t->mu);
	curl_lib_close(&t->curl);
	store_close(t->store);
	free(t);
	l->thread = NULL;
}
