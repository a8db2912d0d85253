/*
 * writer.c — group commit (see writer.h). A request announces itself
 * (`arriving`), takes the lock, opens the shared transaction if none is
 * open, and runs its part inside a savepoint. If others are arriving and
 * the batch is not full, it leaves the commit to them and waits; the last
 * one commits and wakes everyone in the batch with the outcome.
 */
#include "api/writer.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "core/grip.h"
#include "store/store.h"

struct writer_wait {
	struct writer_wait *next;
	bool done;
	bool failed;
	char message[160];
};

int writer_init(struct writer *w, struct store *store)
{
	memset(w, 0, sizeof *w);
	w->store = store;
	atomic_init(&w->arriving, 0);
	atomic_init(&w->commits, 0);
	if (pthread_mutex_init(&w->mu, NULL) != 0)
		return -1;
	if (pthread_cond_init(&w->committed, NULL) != 0) {
		pthread_mutex_destroy(&w->mu);
		return -1;
	}
	return 0;
}

void writer_release(struct writer *w)
{
	pthread_cond_destroy(&w->committed);
	pthread_mutex_destroy(&w->mu);
}

/* Commits the open transaction and tells every waiting part how it went. */
static bool commit_batch(struct writer *w, char *message, size_t len)
{
	bool ok = store_commit(w->store) == STORE_OK;
	if (!ok) {
		snprintf(message, len, "cannot save: %s", store_errmsg(w->store));
		store_rollback(w->store);
	} else {
		atomic_fetch_add(&w->commits, 1);
	}
	for (struct writer_wait *x = w->waits; x; x = x->next) {
		x->done = true;
		x->failed = !ok;
		if (!ok)
			snprintf(x->message, sizeof x->message, "%s", message);
	}
	w->waits = NULL;
	w->parts = 0;
	pthread_cond_broadcast(&w->committed);
	return ok;
}

int writer_run(struct writer *w, struct grip *g, int (*part)(void *arg), void *arg)
{
	atomic_fetch_add(&w->arriving, 1);
	pthread_mutex_lock(&w->mu);
	atomic_fetch_sub(&w->arriving, 1);
	g->store = w->store;
	if (!w->parts && store_begin(w->store, true) != STORE_OK) {
		pthread_mutex_unlock(&w->mu);
		return grip_fail(g, GRIP_ESTORE, NULL, "the database is busy; try again");
	}
	w->parts++;
	int rc = -1;
	if (store_mark(w->store) != STORE_OK) {
		grip_store_fail(g);
	} else if (part(arg) < 0) {
		store_undo(w->store);
	} else if (store_keep(w->store) != STORE_OK) {
		grip_store_fail(g);
		store_undo(w->store);
	} else {
		rc = 0;
	}
	/* Someone is coming and there is room: they commit for us. */
	if (atomic_load(&w->arriving) > 0 && w->parts < WRITER_BATCH_MAX) {
		struct writer_wait me = { .next = w->waits };
		w->waits = &me;
		while (!me.done)
			pthread_cond_wait(&w->committed, &w->mu);
		pthread_mutex_unlock(&w->mu);
		if (rc == 0 && me.failed)
			return grip_fail(g, GRIP_ESTORE, NULL, "%s", me.message);
		return rc;
	}
	char message[160];
	bool ok = commit_batch(w, message, sizeof message);
	pthread_mutex_unlock(&w->mu);
	if (rc == 0 && !ok)
		return grip_fail(g, GRIP_ESTORE, NULL, "%s", message);
	return rc;
}
