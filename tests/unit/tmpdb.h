/*
 * tmpdb.h — a fresh SQLite database in /tmp for one unit test, and its
 * removal with the WAL and shared-memory files beside it.
 */
#ifndef GRIP_TESTS_TMPDB_H
#define GRIP_TESTS_TMPDB_H

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "store/store.h"

/* Opens a new database at a fresh path written into path[64]. */
static inline struct store *tmpdb_open(char path[64])
{
	snprintf(path, 64, "/tmp/grip-test-XXXXXX");
	int fd = mkstemp(path);
	if (fd < 0)
		return NULL;
	close(fd);
	unlink(path);
	char err[256];
	return store_open(path, true, err, sizeof err);
}

static inline void tmpdb_remove(const char *path)
{
	char side[80];
	unlink(path);
	snprintf(side, sizeof side, "%s-wal", path);
	unlink(side);
	snprintf(side, sizeof side, "%s-shm", path);
	unlink(side);
}

#endif
