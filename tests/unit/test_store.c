/*
 * test_store.c — the SQLite store behind store.h: migrations applied once
 * on open, a newer schema refused untouched, a missing file not created
 * unless asked, bound values round-tripping, constraint failures reported
 * as such, transactions that roll back, and commits whose fsync is
 * deferred and taken by another thread.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sqlite3.h>

#include "store/store.h"
#include "tmpdb.h"

struct fixture {
	char path[64];
	struct store *s;
};

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	f->s = tmpdb_open(f->path);
	assert_non_null(f->s);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	store_close(f->s);
	tmpdb_remove(f->path);
	free(f);
	return 0;
}

static void test_migrations_applied_once(void **state)
{
	struct fixture *f = *state;
	assert_true(store_latest_version() >= 1);
	assert_int_equal(store_schema_version(f->s), store_latest_version());
	store_close(f->s);
	char err[256];
	f->s = store_open(f->path, false, err, sizeof err);
	assert_non_null(f->s);
	int64_t rows = 0;
	assert_int_equal(store_exec(f->s, "SELECT COUNT(*) FROM grip_schema", NULL, 0, &rows), STORE_OK);
	assert_int_equal(rows, store_latest_version());
	/* Every table of the schema is there. */
	static const char *const tables[] = { "orgs", "people", "units", "memberships", "cycles",
					      "objectives", "key_results", "milestones", "kr_values",
					      "checkins", "initiatives", "alignments", "dependencies",
					      "commitments", "events" };
	for (size_t i = 0; i < sizeof tables / sizeof tables[0]; i++) {
		int64_t n = -1;
		assert_int_equal(store_x(f->s, &n, "SELECT COUNT(*) FROM sqlite_master WHERE name = ?",
					 V(tables[i])), STORE_OK);
		assert_int_equal(n, 1);
	}
}

static void test_newer_schema_refused(void **state)
{
	struct fixture *f = *state;
	int future = store_latest_version() + 1;
	assert_int_equal(store_x(f->s, NULL, "INSERT INTO grip_schema (version, applied_at) VALUES (?, ?)",
				 V(future), V("2030-01-01T00:00:00Z")), STORE_OK);
	store_close(f->s);
	char err[256] = "";
	f->s = store_open(f->path, false, err, sizeof err);
	assert_null(f->s);
	assert_non_null(strstr(err, "newer than this grip"));
	/* Refused untouched: the file still says what it said. */
	sqlite3 *db;
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_open_v2(f->path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT MAX(version) FROM grip_schema", -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	assert_int_equal(sqlite3_column_int(st, 0), future);
	sqlite3_finalize(st);
	sqlite3_close(db);
}

static void test_missing_file_not_created(void **state)
{
	(void)state;
	char err[256] = "";
	const char *path = "/tmp/grip-store-does-not-exist.db";
	unlink(path);
	assert_null(store_open(path, false, err, sizeof err));
	assert_non_null(strstr(err, "no database at"));
	assert_int_equal(access(path, F_OK), -1);
}

static void test_values_round_trip(void **state)
{
	struct fixture *f = *state;
	int64_t id = 0;
	assert_int_equal(store_x(f->s, &id, "INSERT INTO orgs (slug, name, created_at) VALUES (?, ?, ?)"
				 " RETURNING id", V("zo"), V("Zoë's \"quoted\" 'org'; DROP TABLE orgs;--"),
				 V("2026-11-23T00:00:00Z")), STORE_OK);
	assert_true(id > 0);
	struct store_stmt *st = store_q(f->s, "SELECT name, vision, id FROM orgs WHERE id = ?", V(id));
	assert_non_null(st);
	assert_int_equal(store_step(st), STORE_ROW);
	assert_string_equal(store_col_text(st, 0), "Zoë's \"quoted\" 'org'; DROP TABLE orgs;--");
	assert_true(store_col_null(st, 1));
	assert_null(store_col_text(st, 1));
	assert_int_equal(store_col_int(st, 2), id);
	assert_int_equal(store_step(st), STORE_DONE);
	store_done(st);
	/* The same statement again, from the cache. */
	st = store_q(f->s, "SELECT name, vision, id FROM orgs WHERE id = ?", V(id + 100));
	assert_int_equal(store_step(st), STORE_DONE);
	store_done(st);
}

static void test_constraint_reported(void **state)
{
	struct fixture *f = *state;
	assert_int_equal(store_x(f->s, NULL, "INSERT INTO orgs (slug, name, created_at) VALUES (?, ?, ?)",
				 V("a"), V("A"), V("2026-11-23T00:00:00Z")), STORE_OK);
	assert_int_equal(store_x(f->s, NULL, "INSERT INTO orgs (slug, name, created_at) VALUES (?, ?, ?)",
				 V("a"), V("A again"), V("2026-11-23T00:00:00Z")), STORE_CONSTRAINT);
	assert_non_null(strstr(store_errmsg(f->s), "UNIQUE"));
	/* A foreign key that points nowhere is refused too. */
	assert_int_equal(store_x(f->s, NULL, "INSERT INTO people (org_id, email, name, role, created_at)"
				 " VALUES (?, ?, ?, ?, ?)", V(999), V("x@y.z"), V("X"), V("member"),
				 V("2026-11-23T00:00:00Z")), STORE_CONSTRAINT);
}

static void test_rollback_discards(void **state)
{
	struct fixture *f = *state;
	assert_int_equal(store_begin(f->s, true), STORE_OK);
	assert_int_equal(store_x(f->s, NULL, "INSERT INTO orgs (slug, name, created_at) VALUES (?, ?, ?)",
				 V("gone"), V("Gone"), V("2026-11-23T00:00:00Z")), STORE_OK);
	store_rollback(f->s);
	int64_t n = -1;
	assert_int_equal(store_x(f->s, &n, "SELECT COUNT(*) FROM orgs WHERE slug = ?", V("gone")), STORE_OK);
	assert_int_equal(n, 0);
	assert_int_equal(store_begin(f->s, true), STORE_OK);
	assert_int_equal(store_x(f->s, NULL, "INSERT INTO orgs (slug, name, created_at) VALUES (?, ?, ?)",
				 V("kept"), V("Kept"), V("2026-11-23T00:00:00Z")), STORE_OK);
	assert_int_equal(store_commit(f->s), STORE_OK);
	assert_int_equal(store_x(f->s, &n, "SELECT COUNT(*) FROM orgs WHERE slug = ?", V("kept")), STORE_OK);
	assert_int_equal(n, 1);
}

static int64_t count_slug(struct store *s, const char *slug)
{
	int64_t n = -1;
	assert_int_equal(store_x(s, &n, "SELECT COUNT(*) FROM orgs WHERE slug = ?", V(slug)), STORE_OK);
	return n;
}

static enum store_rc add_org(struct store *s, const char *slug)
{
	return store_x(s, NULL, "INSERT INTO orgs (slug, name, created_at) VALUES (?, ?, ?)", V(slug),
		       V(slug), V("2026-11-23T00:00:00Z"));
}

/* Parts of one transaction: an undone part goes, kept parts stay, and
 * the whole commits once. */
static void test_parts_undo_alone(void **state)
{
	struct fixture *f = *state;
	assert_int_equal(store_begin(f->s, true), STORE_OK);
	assert_int_equal(store_mark(f->s), STORE_OK);
	assert_int_equal(add_org(f->s, "one"), STORE_OK);
	assert_int_equal(store_keep(f->s), STORE_OK);
	assert_int_equal(store_mark(f->s), STORE_OK);
	assert_int_equal(add_org(f->s, "two"), STORE_OK);
	store_undo(f->s);
	assert_int_equal(store_mark(f->s), STORE_OK);
	assert_int_equal(add_org(f->s, "three"), STORE_OK);
	assert_int_equal(add_org(f->s, "three"), STORE_CONSTRAINT);
	store_undo(f->s);
	assert_int_equal(store_mark(f->s), STORE_OK);
	assert_int_equal(add_org(f->s, "four"), STORE_OK);
	assert_int_equal(store_keep(f->s), STORE_OK);
	assert_int_equal(store_commit(f->s), STORE_OK);
	assert_int_equal(count_slug(f->s, "one"), 1);
	assert_int_equal(count_slug(f->s, "two"), 0);
	assert_int_equal(count_slug(f->s, "three"), 0);
	assert_int_equal(count_slug(f->s, "four"), 1);
}

/* The version moves with a commit that wrote, by this connection or
 * another, and stays put for reads. */
static void test_version_follows_commits(void **state)
{
	struct fixture *f = *state;
	char err[256];
	struct store *other = store_open(f->path, false, err, sizeof err);
	assert_non_null(other);
	uint64_t v0 = store_version(f->s);
	assert_int_equal(store_begin(f->s, false), STORE_OK);
	assert_int_equal(count_slug(f->s, "x"), 0);
	assert_int_equal(store_commit(f->s), STORE_OK);
	assert_true(store_version(f->s) == v0);
	assert_int_equal(store_begin(f->s, true), STORE_OK);
	assert_int_equal(add_org(f->s, "mine"), STORE_OK);
	assert_int_equal(store_commit(f->s), STORE_OK);
	uint64_t v1 = store_version(f->s);
	assert_true(v1 != v0);
	assert_true(store_version(f->s) == v1);
	assert_int_equal(store_begin(other, true), STORE_OK);
	assert_int_equal(add_org(other, "theirs"), STORE_OK);
	assert_int_equal(store_commit(other), STORE_OK);
	assert_true(store_version(f->s) != v1);
	store_close(other);
}

static int synchronous_level(struct store *s)
{
	struct store_stmt *st = store_q0(s, "PRAGMA synchronous");
	assert_non_null(st);
	assert_int_equal(store_step(st), STORE_ROW);
	int level = (int)store_col_int(st, 0);
	store_done(st);
	return level;
}

struct syncer {
	struct store *s;
	int rounds;
	int failures;
};

static void *sync_rounds(void *arg)
{
	struct syncer *y = arg;
	char err[160];
	for (int i = 0; i < y->rounds; i++)
		if (store_sync(y->s, err, sizeof err) != STORE_OK)
			y->failures++;
	return NULL;
}

/* A connection commits with FULL syncs until told to defer them; then
 * commits go on while another thread forces the log to disk beside them,
 * and a log that cannot be opened is an error that names it. */
static void test_deferred_sync(void **state)
{
	struct fixture *f = *state;
	char err[160], wal[80], moved[90];
	assert_int_equal(synchronous_level(f->s), 2); /* FULL */
	assert_int_equal(store_sync(f->s, err, sizeof err), STORE_OK); /* nothing deferred: nothing to do */
	assert_int_equal(store_defer_sync(f->s), STORE_OK);
	assert_int_equal(synchronous_level(f->s), 1); /* NORMAL: the fsync is the caller's */

	struct syncer y = { .s = f->s, .rounds = 200 };
	pthread_t t;
	assert_int_equal(pthread_create(&t, NULL, sync_rounds, &y), 0);
	for (int i = 0; i < 200; i++) {
		char slug[16];
		snprintf(slug, sizeof slug, "org%d", i);
		assert_int_equal(store_begin(f->s, true), STORE_OK);
		assert_int_equal(add_org(f->s, slug), STORE_OK);
		assert_int_equal(store_commit(f->s), STORE_OK);
	}
	pthread_join(t, NULL);
	assert_int_equal(y.failures, 0);
	assert_int_equal(store_sync(f->s, err, sizeof err), STORE_OK);
	struct store *other = store_open(f->path, false, err, sizeof err);
	assert_non_null(other);
	assert_int_equal(count_slug(other, "org199"), 1);
	store_close(other);

	snprintf(wal, sizeof wal, "%s-wal", f->path);
	snprintf(moved, sizeof moved, "%s-moved", wal);
	assert_int_equal(rename(wal, moved), 0);
	assert_int_equal(store_sync(f->s, err, sizeof err), STORE_ERROR);
	assert_non_null(strstr(err, wal));
	assert_int_equal(rename(moved, wal), 0);
}

int main(void)
{
	/* These are the SQLite back end's own tests (the file, its log, its
	 * messages), whichever back end the rest of the suite runs on;
	 * test_store_pg.c holds PostgreSQL's. */
	unsetenv("GRIP_TEST_POSTGRES");
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_migrations_applied_once, setup, teardown),
		cmocka_unit_test_setup_teardown(test_newer_schema_refused, setup, teardown),
		cmocka_unit_test(test_missing_file_not_created),
		cmocka_unit_test_setup_teardown(test_values_round_trip, setup, teardown),
		cmocka_unit_test_setup_teardown(test_constraint_reported, setup, teardown),
		cmocka_unit_test_setup_teardown(test_rollback_discards, setup, teardown),
		cmocka_unit_test_setup_teardown(test_parts_undo_alone, setup, teardown),
		cmocka_unit_test_setup_teardown(test_version_follows_commits, setup, teardown),
		cmocka_unit_test_setup_teardown(test_deferred_sync, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
