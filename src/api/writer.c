/*
 * writer.c — group commit (see writer.h). Three kinds of thread meet here:
 *  - request threads queue a job and sleep on the job's own condition
 *    (writer_run), or queue it and go on to other connections, to be
 *    called back when it is done (writer_submit);
 *  - the writer thread runs queued jobs as they come, each in a savepoint of
 *    the open transaction, and commits when the syncer is free (or the
 *    batch is full), handing the batch over;
 *  - the syncer takes every batch handed over, forces them to disk with one
 *    store_sync, and wakes their requests.
 * While the syncer waits for the disk the writer runs the next batch, so
 * the fsync costs the writer nothing and batches grow with the load. The
 * writer connection is only ever used by the writer thread; store_sync is
 * the one call made beside it, and the store allows that.
 */
#include "api/writer.h"

#include <stdio.h>
#include <string.h>

#include "core/grip.h"
#include "store/store.h"

/* With the lock held: the jobs are finished. A writer_run sleeper is woken
 * now; a submitted job is returned, to be told once the lock is let go
 * (its request may resume and free it at once). */
static struct writer_job *finish(struct writer_job *batch, const char *failure, bool unavailable)
{
	struct writer_job *tell = NULL;
	for (struct writer_job *j = batch, *next; j; j = next) {
		next = j->next; /* j belongs to a thread that may return once woken */
		j->failed = failure != NULL;
		j->unavailable = failure && unavailable;
		if (failure)
			snprintf(j->message, sizeof j->message, "%s", failure);
		if (j->finished) {
			j->next = tell;
			tell = j;
		} else {
			j->done = true;
			pthread_cond_signal(&j->woken);
		}
	}
	return tell;
}

/* Without the lock: tells the submitted jobs finish() returned. */
static void tell(struct writer_job *jobs)
{
	for (struct writer_job *j = jobs, *next; j; j = next) {
		next = j->next;
		j->done = true;
		j->finished(j->finished_arg);
	}
}

/* Runs one job in its own savepoint of the open transaction, and records
 * what it changed for the read caches (changes.c) in the same savepoint. */
static void run_job(struct writer *w, struct writer_job *j)
{
	struct grip *g = j->g;
	g->store = w->store;
	j->rc = -1;
	j->recheck = !j->checked || w->wide_open || atomic_load(&w->wide) != j->wide_seen;
	if (j->checked && j->recheck)
		atomic_fetch_add(&w->rechecks, 1);
	if (store_mark(w->store) != STORE_OK) {
		grip_store_fail(g);
	} else if (grip_changes_begin(g) < 0 || j->part(j->arg) < 0 || grip_changes_record(g) < 0) {
		store_undo(w->store); /* the part with what it changed in the change log */
	} else if (store_keep(w->store) != STORE_OK) {
		grip_store_fail(g);
		store_undo(w->store);
	} else {
		j->rc = 0;
		if (grip_changes_wide(g))
			w->wide_open = true;
	}
}

/* Commits the open transaction (without the lock). Returns NULL, or why
 * the whole batch failed (*unavailable: the database could not be
 * reached; the next batch connects again). */
static const char *commit(struct writer *w, char *why, size_t len, bool *unavailable)
{
	enum store_rc rc = store_commit(w->store);
	/* Committed (or not): either way later jobs read credentials again. */
	if (w->wide_open)
		atomic_fetch_add(&w->wide, 1);
	w->wide_open = false;
	if (rc != STORE_OK) {
		snprintf(why, len, "cannot save: %s", store_errmsg(w->store));
		*unavailable = store_lost(w->store);
		store_rollback(w->store);
		return why;
	}
	atomic_fetch_add(&w->commits, 1);
	return NULL;
}

/* The writer thread. Jobs run as they come, into the open transaction; it
 * commits when the syncer is free to take the batch at once (or the batch
 * is full, or the server stops). So jobs that arrive while the disk is busy
 * join one batch, and the batches grow with the load; with little load a
 * job is committed and synced at once. */
static void *writer_main(void *arg)
{
	struct writer *w = arg;
	struct writer_job *open = NULL, **open_end = &open; /* run, not committed */
	size_t n_open = 0;
	char why[160];
	pthread_mutex_lock(&w->mu);
	for (;;) {
		bool commit_now = open && (!w->syncing || n_open >= WRITER_BATCH_MAX || w->stopping);
		if (!w->queued && !commit_now) {
			if (w->stopping && !open)
				break;
			pthread_cond_wait(&w->work, &w->mu);
			continue;
		}
		if (commit_now) {
			pthread_mutex_unlock(&w->mu);
			bool unavailable = false;
			const char *failure = commit(w, why, sizeof why, &unavailable);
			pthread_mutex_lock(&w->mu);
			if (failure) {
				struct writer_job *told = finish(open, failure, unavailable);
				pthread_mutex_unlock(&w->mu);
				tell(told);
				pthread_mutex_lock(&w->mu);
			} else {
				*w->unsynced_end = open;
				w->unsynced_end = open_end;
				w->syncing = true; /* from now: the next batch gathers */
				pthread_cond_signal(&w->written);
			}
			open = NULL;
			open_end = &open;
			n_open = 0;
			continue;
		}
		/* Take what is queued, up to a full batch, and run it. */
		struct writer_job *jobs = w->queued, **end = &jobs->next;
		size_t n = 1;
		for (; *end && n_open + n < WRITER_BATCH_MAX; n++)
			end = &(*end)->next;
		w->queued = *end;
		if (!w->queued)
			w->queued_end = &w->queued;
		*end = NULL;
		pthread_mutex_unlock(&w->mu);
		const char *failure = NULL;
		enum store_rc begun = open ? STORE_OK : store_begin(w->store, true);
		if (begun == STORE_UNAVAILABLE)
			failure = "the database cannot be reached; try again";
		else if (begun != STORE_OK)
			failure = "the database is busy; try again";
		for (struct writer_job *j = jobs; j && !failure; j = j->next)
			run_job(w, j);
		atomic_fetch_add(&w->writes, n);
		pthread_mutex_lock(&w->mu);
		if (failure) {
			struct writer_job *told = finish(jobs, failure, begun == STORE_UNAVAILABLE);
			pthread_mutex_unlock(&w->mu);
			tell(told);
			pthread_mutex_lock(&w->mu);
		} else {
			*open_end = jobs;
			open_end = end;
			n_open += n;
		}
	}
	pthread_mutex_unlock(&w->mu);
	return NULL;
}

static void *syncer_main(void *arg)
{
	struct writer *w = arg;
	char err[120], why[160];
	pthread_mutex_lock(&w->mu);
	for (;;) {
		while (!w->unsynced && !w->stopping)
			pthread_cond_wait(&w->written, &w->mu);
		if (!w->unsynced)
			break;
		/* One fsync covers every commit made before it starts. */
		struct writer_job *batches = w->unsynced;
		w->unsynced = NULL;
		w->unsynced_end = &w->unsynced;
		pthread_mutex_unlock(&w->mu);
		enum store_rc synced = store_sync(w->store, err, sizeof err);
		bool ok = synced == STORE_OK;
		if (!ok)
			snprintf(why, sizeof why, "cannot save: %s", err);
		else
			atomic_fetch_add(&w->syncs, 1);
		pthread_mutex_lock(&w->mu);
		w->syncing = w->unsynced != NULL; /* a full batch may have come meanwhile */
		struct writer_job *told = finish(batches, ok ? NULL : why, synced == STORE_UNAVAILABLE);
		pthread_cond_signal(&w->work); /* the writer may commit what it holds */
		pthread_mutex_unlock(&w->mu);
		tell(told);
		pthread_mutex_lock(&w->mu);
	}
	pthread_mutex_unlock(&w->mu);
	return NULL;
}

int writer_start(struct writer *w, struct store *store)
{
	memset(w, 0, sizeof *w);
	w->store = store;
	w->queued_end = &w->queued;
	w->unsynced_end = &w->unsynced;
	atomic_init(&w->commits, 0);
	atomic_init(&w->syncs, 0);
	atomic_init(&w->writes, 0);
	atomic_init(&w->wide, 0);
	atomic_init(&w->rechecks, 0);
	if (pthread_mutex_init(&w->mu, NULL) != 0)
		return -1;
	if (pthread_cond_init(&w->work, NULL) != 0)
		goto no_work;
	if (pthread_cond_init(&w->written, NULL) != 0)
		goto no_written;
	if (pthread_create(&w->writer_thread, NULL, writer_main, w) != 0)
		goto no_writer;
	if (pthread_create(&w->syncer_thread, NULL, syncer_main, w) != 0) {
		pthread_mutex_lock(&w->mu);
		w->stopping = true;
		pthread_cond_signal(&w->work);
		pthread_mutex_unlock(&w->mu);
		pthread_join(w->writer_thread, NULL);
		goto no_writer;
	}
	return 0;
no_writer:
	pthread_cond_destroy(&w->written);
no_written:
	pthread_cond_destroy(&w->work);
no_work:
	pthread_mutex_destroy(&w->mu);
	return -1;
}

void writer_stop(struct writer *w)
{
	pthread_mutex_lock(&w->mu);
	w->stopping = true;
	pthread_cond_signal(&w->work);
	pthread_mutex_unlock(&w->mu);
	pthread_join(w->writer_thread, NULL); /* runs what is queued first */
	pthread_mutex_lock(&w->mu);
	pthread_cond_signal(&w->written);
	pthread_mutex_unlock(&w->mu);
	pthread_join(w->syncer_thread, NULL); /* and syncs what was written */
	pthread_cond_destroy(&w->written);
	pthread_cond_destroy(&w->work);
	pthread_mutex_destroy(&w->mu);
}

/* Queues a job; false when the server is stopping (the job is not taken). */
static bool enqueue(struct writer *w, struct writer_job *job)
{
	job->next = NULL;
	job->rc = 0;
	job->done = job->failed = false;
	if (w->stopping)
		return false;
	*w->queued_end = job;
	w->queued_end = &job->next;
	pthread_cond_signal(&w->work);
	return true;
}

void writer_submit(struct writer *w, struct writer_job *job)
{
	pthread_mutex_lock(&w->mu);
	bool queued = enqueue(w, job);
	pthread_mutex_unlock(&w->mu);
	if (!queued) {
		job->failed = true;
		snprintf(job->message, sizeof job->message, "the server is stopping; try again");
		job->done = true;
		job->finished(job->finished_arg);
	}
}

int writer_result(struct writer_job *job)
{
	if (job->failed && job->rc == 0 && job->unavailable)
		return grip_unavailable(job->g);
	if (job->failed)
		return job->rc == 0 ? grip_fail(job->g, GRIP_ESTORE, NULL, "%s", job->message) : -1;
	return job->rc;
}

uint64_t writer_wide(struct writer *w)
{
	return atomic_load(&w->wide);
}

int writer_run(struct writer *w, struct grip *g, int (*part)(void *arg), void *arg)
{
	struct writer_job job = { .g = g, .part = part, .arg = arg };
	if (pthread_cond_init(&job.woken, NULL) != 0)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of resources");
	pthread_mutex_lock(&w->mu);
	if (!enqueue(w, &job)) {
		pthread_mutex_unlock(&w->mu);
		pthread_cond_destroy(&job.woken);
		return grip_fail(g, GRIP_ESTORE, NULL, "the server is stopping; try again");
	}
	while (!job.done)
		pthread_cond_wait(&job.woken, &w->mu);
	pthread_mutex_unlock(&w->mu);
	pthread_cond_destroy(&job.woken);
	return writer_result(&job);
}
