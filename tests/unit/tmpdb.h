/*
 * tmpdb.h — a fresh SQLite database in /tmp for one unit test, and its
 * removal with the WAL and shared-memory files beside it; and, for the
 * tests of the core, such a database with the core's context over it.
 */
#ifndef GRIP_TESTS_TMPDB_H
#define GRIP_TESTS_TMPDB_H

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "core/grip.h"
#include "store/store.h"
#include "util/date.h"

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

/* A fresh database and a core context over it whose clock stands at the
 * start of day `today` (an ISO date); NULL if either cannot be made. */
struct tmpdb_core {
	char path[64];
	struct store *s;
	struct arena arena;
	struct grip g;
};

static inline struct tmpdb_core *tmpdb_core_open(const char *today)
{
	struct tmpdb_core *f = calloc(1, sizeof *f);
	int64_t now = 0;
	if (!f || !datetime_parse(today, &now) || !(f->s = tmpdb_open(f->path))) {
		free(f);
		return NULL;
	}
	arena_init(&f->arena);
	grip_init(&f->g, f->s, &f->arena, now);
	return f;
}

static inline void tmpdb_core_close(struct tmpdb_core *f)
{
	store_close(f->s);
	arena_release(&f->arena);
	tmpdb_remove(f->path);
	free(f);
}

/* cmocka's teardown of a state that tmpdb_core_open made. */
static inline int tmpdb_core_teardown(void **state)
{
	tmpdb_core_close(*state);
	return 0;
}

/* The number a counting query answers (its first row's first column);
 * the test fails if it cannot run. The store keeps prepared statements by
 * the SQL text's address: give each query as a literal. For files that
 * include cmocka before this header. */
static inline int64_t tmpdb_count(struct grip *g, const char *sql)
{
	int64_t v = -1;
	assert_int_equal(store_exec(g->store, sql, NULL, 0, &v), STORE_OK);
	return v;
}

/* Moves the clock to an instant (a date or date-time; the test fails on
 * anything else) and forgets what was read of the old one: the org's day,
 * the memo of reads, what is seen. For files that include cmocka before
 * this header. */
static inline void tmpdb_at(struct grip *g, const char *when)
{
	assert_true(datetime_parse(when, &g->now));
	g->today_org = 0;
	g->memo = NULL;
	g->seen = NULL;
}

/* From here on the context acts as the person with this email; the test
 * fails if there is none. For files that include cmocka. */
#define tmpdb_act_as(g, email) assert_non_null((g)->actor = grip_person_by_email((g), (email)))

#endif
