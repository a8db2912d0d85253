/*
 * writer.h — group commit for grip serve. A request's write is a job: the
 * request thread queues it and sleeps. One writer thread takes every job
 * queued, runs each in a savepoint of one transaction on the writer
 * connection and commits them together; a job that fails undoes only its
 * own part. A syncer thread then forces the commit to disk with one fsync
 * for the whole batch, while the writer thread goes on with the next one.
 * A request is woken, and may answer, only once its write is on the disk.
 * When the database cannot be reached (a server's restart), the batch in
 * flight fails as a whole, each of its requests with GRIP_EUNAVAILABLE,
 * and the next batch connects again.
 */
#ifndef GRIP_API_WRITER_H
#define GRIP_API_WRITER_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

struct grip;
struct store;

/* One request's write. The caller fills g, part and arg (and finished for
 * writer_submit) and keeps the job in place until it is finished. */
struct writer_job {
	struct grip *g;
	int (*part)(void *arg);
	void *arg;
	void (*finished)(void *finished_arg); /* writer_submit: called once done */
	void *finished_arg;
	/* Credentials read before the job was queued, on a read connection:
	 * set checked, and wide_seen to writer_wide() taken before that read.
	 * The writer then sets recheck when they may have changed since. */
	bool checked;
	uint64_t wide_seen;
	bool recheck; /* set by the writer before part runs: read them again */
	/* the writer's own */
	struct writer_job *next;
	int rc;      /* the part's outcome: 0 kept, -1 undone (g->err says why) */
	bool done;   /* on the disk, or failed */
	bool failed; /* the batch's commit or fsync failed: message says why */
	bool unavailable; /* ... because the database could not be reached */
	char message[160];
	pthread_cond_t woken; /* writer_run's sleep */
};

#define WRITER_BATCH_MAX 64 /* jobs in one transaction at most */

struct writer {
	pthread_mutex_t mu;
	pthread_cond_t work;     /* the writer thread waits here for jobs */
	pthread_cond_t written;  /* the syncer waits here for commits */
	struct store *store;
	struct writer_job *queued, **queued_end;     /* jobs not yet run */
	struct writer_job *unsynced, **unsynced_end; /* committed, not yet on disk */
	bool syncing;  /* a batch is handed over and not yet on the disk */
	bool stopping;
	pthread_t writer_thread, syncer_thread;
	atomic_uint_fast64_t commits; /* batches committed */
	atomic_uint_fast64_t syncs;   /* fsyncs, each for one batch or more */
	atomic_uint_fast64_t writes;  /* jobs run, kept or undone */
	/* Writes that may have changed a credential or a person (any write
	 * not confined to some objectives' figures, grip_changes_wide):
	 * wide_open, one is in the open transaction (the writer thread's
	 * own); wide, batches committed with one. */
	bool wide_open;
	atomic_uint_fast64_t wide;
	atomic_uint_fast64_t rechecks; /* jobs whose credentials were read again */
};

/* Starts the two threads; the store must not be used by anyone else. */
int writer_start(struct writer *w, struct store *store);
/* Finishes every queued job, then stops the threads. */
void writer_stop(struct writer *w);
/* Runs part(arg) as one request's write with g->store set to the writer's
 * connection, on the writer thread. Returns 0 once the write is on the
 * disk, or -1 with g->err set (the part failed and was undone, or the
 * commit or its fsync failed). */
int writer_run(struct writer *w, struct grip *g, int (*part)(void *arg), void *arg);
/* The same without waiting: queues the job and returns. job->finished is
 * called from a writer thread, without the writer's lock, once the write is
 * on the disk or has failed; writer_result then gives what writer_run
 * would have returned. */
void writer_submit(struct writer *w, struct writer_job *job);
int writer_result(struct writer_job *job);
/* The count a request takes before it reads its credentials outside the
 * writer (writer_job.wide_seen). A job's recheck is set when a write that
 * may have changed them is in the same transaction before it, or was
 * committed after that count was taken: a revocation committed before
 * the request read its credentials is in that read's snapshot, and every
 * other one is seen by reading them again in the writer's transaction. */
uint64_t writer_wide(struct writer *w);

#endif
