/*
 * checkpointer.h — copies grip serve's write-ahead log into the database
 * file on a thread and a connection of its own, so the writer never does:
 * the writer's commits only append to the log (store_checkpoint_apart),
 * and this thread, every CHECKPOINT_TICK_MS, checkpoints when the log has
 * grown past CHECKPOINT_PAGES, without waiting for anyone. Readers that
 * keep the log's head in use can stop such a checkpoint from letting the
 * log start again; past CHECKPOINT_FORCE_PAGES it waits for them, which
 * keeps the log (and the readers' search through it) bounded.
 */
#ifndef GRIP_API_CHECKPOINTER_H
#define GRIP_API_CHECKPOINTER_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

#include "store/store.h"

#define CHECKPOINT_TICK_MS 50
#define CHECKPOINT_PAGES 1000        /* SQLite's own automatic threshold */
#define CHECKPOINT_FORCE_PAGES 20000 /* about 80 MiB of log */

struct checkpointer {
	pthread_mutex_t mu;
	pthread_cond_t tick;
	pthread_t thread;
	bool stopping;
	struct store *writer; /* only its log size is read */
	struct store *own;    /* the connection that checkpoints */
	atomic_uint_fast64_t checkpoints, forced;
};

/* Opens its connection to path and starts; -1 (err filled) if it cannot.
 * Before the writer's thread starts: it sets a hook on writer. */
int checkpointer_start(struct checkpointer *k, const char *path, struct store *writer, char *err, size_t errlen);
void checkpointer_stop(struct checkpointer *k);

#endif
