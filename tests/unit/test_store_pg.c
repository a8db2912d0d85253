/*
 * test_store_pg.c — what the PostgreSQL back end adds to the store's
 * contract: "?" numbered outside quotes, booleans and reals read as
 * SQLite reads them, constraint failures by SQLSTATE, a failed statement
 * failing its transaction's commit, a location with no grip database
 * refused untouched and its password never shown, writes serialised across
 * connections, a lost connection reported and made again, and deferred
 * commits forced by store_sync, statements sent unread (store_send)
 * going with the next round trip, their failure reported there, and reads
 * asked ahead (store_ahead) going with it too, their rows kept for their
 * own step. It needs a server: it runs in the
 * PostgreSQL pass of the suite (GRIP_TEST_POSTGRES, scripts/pgtest) and
 * skips elsewhere.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "store/store.h"

struct fixture {
	char location[600];
	struct store *s;
};

/* The test server's location with a new schema of its own (the server is
 * thrown away after the suite). */
static bool location(char *out, size_t len, const char *tag)
{
	const char *server = getenv("GRIP_TEST_POSTGRES");
	if (!server || !*server)
		return false;
	struct timespec t;
	clock_gettime(CLOCK_REALTIME, &t);
	snprintf(out, len, "%s%soptions=-csearch_path%%3Dunit_%s_%ld_%ld%09ld", server, strchr(server, '?') ? "&" : "?",
		 tag, (long)getpid(), (long)t.tv_sec, t.tv_nsec);
	return true;
}

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	assert_non_null(f);
	*state = f;
	if (!location(f->location, sizeof f->location, "a"))
		return 0;
	char err[600];
	f->s = store_open(f->location, true, err, sizeof err);
	if (!f->s)
		fprintf(stderr, "%s\n", err);
	assert_non_null(f->s);
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	store_close(f->s);
	free(f);
	return 0;
}

#define NEED_SERVER(f) \
	do { \
		if (!(f)->s) \
			skip(); \
	} while (0)

static void test_placeholders_outside_quotes(void **state)
{
	struct fixture *f = *state;
	NEED_SERVER(f);
	struct store_stmt *st = store_q(f->s, "SELECT '?' || CAST(? AS TEXT) || '\"?\"'", V("x"));
	assert_non_null(st);
	assert_int_equal(store_step(st), STORE_ROW);
	assert_string_equal(store_col_text(st, 0), "?x\"?\"");
	assert_int_equal(store_step(st), STORE_DONE);
	store_done(st);
}

static void test_values_read_as_sqlite_reads_them(void **state)
{
	struct fixture *f = *state;
	NEED_SERVER(f);
	struct store_stmt *st = store_q(f->s, "SELECT 1 = 1, 1 = 2, CAST(? AS DOUBLE PRECISION), CAST(NULL AS TEXT),"
					      " CAST(? AS BIGINT)",
					V(2.75), V((int64_t)9007199254740993));
	assert_non_null(st);
	assert_int_equal(store_step(st), STORE_ROW);
	assert_int_equal(store_col_int(st, 0), 1);
	assert_int_equal(store_col_int(st, 1), 0);
	assert_true(store_col_real(st, 2) == 2.75);
	assert_int_equal(store_col_int(st, 2), 2);
	assert_true(store_col_null(st, 3));
	assert_null(store_col_text(st, 3));
	assert_int_equal(store_col_int(st, 4), 9007199254740993);
	store_done(st);
}

static void test_constraint_by_sqlstate_and_failed_commit(void **state)
{
	struct fixture *f = *state;
	NEED_SERVER(f);
	assert_int_equal(store_begin(f->s, true), STORE_OK);
	assert_int_equal(store_x(f->s, NULL,
				 "INSERT INTO orgs (slug, name, created_at) VALUES ('a', 'A', '2026-11-23T00:00:00Z')"),
			 STORE_OK);
	assert_int_equal(store_x(f->s, NULL,
				 "INSERT INTO orgs (slug, name, created_at) VALUES ('a', 'B', '2026-11-23T00:00:00Z')"),
			 STORE_CONSTRAINT);
	/* PostgreSQL fails the whole transaction: its commit must not pass
	 * for a success. */
	assert_int_not_equal(store_commit(f->s), STORE_OK);
	store_rollback(f->s);
	int64_t n = -1;
	assert_int_equal(store_exec(f->s, "SELECT COUNT(*) FROM orgs", NULL, 0, &n), STORE_OK);
	assert_int_equal(n, 0);
}

static void test_part_undone_alone(void **state)
{
	struct fixture *f = *state;
	NEED_SERVER(f);
	assert_int_equal(store_begin(f->s, true), STORE_OK);
	assert_int_equal(store_x(f->s, NULL,
				 "INSERT INTO orgs (slug, name, created_at) VALUES ('k', 'K', '2026-11-23T00:00:00Z')"),
			 STORE_OK);
	assert_int_equal(store_mark(f->s), STORE_OK);
	assert_int_equal(store_x(f->s, NULL,
				 "INSERT INTO orgs (slug, name, created_at) VALUES ('k', 'again', '2026-11-23T00:00:00Z')"),
			 STORE_CONSTRAINT);
	store_undo(f->s); /* the failed part goes; the transaction goes on */
	assert_int_equal(store_commit(f->s), STORE_OK);
	int64_t n = -1;
	assert_int_equal(store_exec(f->s, "SELECT COUNT(*) FROM orgs WHERE slug = 'k'", NULL, 0, &n), STORE_OK);
	assert_int_equal(n, 1);
}

static void test_no_grip_database_refused(void **state)
{
	struct fixture *f = *state;
	NEED_SERVER(f);
	char empty[600], err[600];
	assert_true(location(empty, sizeof empty, "none"));
	/* A password in the location is never shown. */
	char with_password[700];
	const char *slashes = strstr(empty, "://");
	assert_non_null(slashes);
	const char *at = strchr(slashes, '@');
	assert_non_null(at);
	snprintf(with_password, sizeof with_password, "%.*s:hunter2%s", (int)(at - empty), empty, at);
	assert_null(store_open(with_password, false, err, sizeof err));
	assert_non_null(strstr(err, "no database at"));
	assert_null(strstr(err, "hunter2"));
	assert_non_null(strstr(err, ":***@"));
	/* Nothing was made: the schema is still missing. */
	int64_t n = -1;
	assert_int_equal(store_exec(f->s, "SELECT COUNT(*) FROM pg_namespace WHERE nspname LIKE 'unit_none_%'", NULL,
				    0, &n),
			 STORE_OK);
	assert_int_equal(n, 0);
}

static void test_writes_serialised(void **state)
{
	struct fixture *f = *state;
	NEED_SERVER(f);
	char err[600];
	struct store *other = store_open(f->location, false, err, sizeof err);
	assert_non_null(other);
	assert_int_equal(store_begin(f->s, true), STORE_OK);
	/* While one write transaction is open, another cannot take the lock. */
	int64_t got = -1;
	assert_int_equal(store_exec(other, "SELECT CASE WHEN pg_try_advisory_xact_lock(hashtext(current_schema()))"
					   " THEN 1 ELSE 0 END",
				    NULL, 0, &got),
			 STORE_OK);
	assert_int_equal(got, 0);
	store_rollback(f->s);
	assert_int_equal(store_begin(other, true), STORE_OK);
	assert_int_equal(store_commit(other), STORE_OK);
	store_close(other);
}

static void test_lost_connection_made_again(void **state)
{
	struct fixture *f = *state;
	NEED_SERVER(f);
	char err[600];
	struct store *other = store_open(f->location, false, err, sizeof err);
	assert_non_null(other);
	int64_t pid = 0;
	assert_int_equal(store_exec(f->s, "SELECT pg_backend_pid()", NULL, 0, &pid), STORE_OK);
	int64_t killed = 0;
	assert_int_equal(store_x(other, &killed, "SELECT CASE WHEN pg_terminate_backend(CAST(? AS INTEGER)) THEN 1 ELSE 0 END",
				 V(pid)),
			 STORE_OK);
	assert_int_equal(killed, 1);
	store_close(other);
	nanosleep(&(struct timespec){ .tv_nsec = 100 * 1000 * 1000 }, NULL);
	/* The first use finds the connection gone and says so. */
	int64_t n = -1;
	assert_int_equal(store_exec(f->s, "SELECT COUNT(*) FROM orgs", NULL, 0, &n), STORE_UNAVAILABLE);
	assert_non_null(strstr(store_errmsg(f->s), "cannot be reached"));
	/* The next transaction connects again and prepares afresh. */
	assert_int_equal(store_begin(f->s, false), STORE_OK);
	assert_int_equal(store_exec(f->s, "SELECT COUNT(*) FROM orgs", NULL, 0, &n), STORE_OK);
	assert_int_equal(n, 0);
	assert_int_equal(store_commit(f->s), STORE_OK);
}

static void test_deferred_commits_synced(void **state)
{
	struct fixture *f = *state;
	NEED_SERVER(f);
	assert_int_equal(store_defer_sync(f->s), STORE_OK);
	assert_int_equal(store_begin(f->s, true), STORE_OK);
	assert_int_equal(store_x(f->s, NULL,
				 "INSERT INTO orgs (slug, name, created_at) VALUES ('s', 'S', '2026-11-23T00:00:00Z')"),
			 STORE_OK);
	assert_int_equal(store_commit(f->s), STORE_OK);
	char err[300];
	assert_int_equal(store_sync(f->s, err, sizeof err), STORE_OK);
	int64_t n = -1;
	assert_int_equal(store_exec(f->s, "SELECT COUNT(*) FROM orgs WHERE slug = 's'", NULL, 0, &n), STORE_OK);
	assert_int_equal(n, 1);
}

/* A statement sent unread waits for the next one that returns rows, in
 * order: that one sees its row, and reports its failure. */
static void test_sent_goes_with_the_next_statement(void **state)
{
	struct fixture *f = *state;
	NEED_SERVER(f);
	assert_int_equal(store_begin(f->s, true), STORE_OK);
	uint64_t before = store_changes(f->s);
	assert_int_equal(store_sx(f->s, "INSERT INTO orgs (slug, name, created_at) VALUES (?, 'Q', ?)", V("q1"),
				  V("2026-11-23T00:00:00Z")),
			 STORE_OK);
	assert_int_equal(store_sx(f->s, "INSERT INTO orgs (slug, name, created_at) VALUES (?, 'Q', ?)", V("q2"),
				  V("2026-11-23T00:00:00Z")),
			 STORE_OK);
	/* An UPDATE of no row still counts as a change: it was not read. */
	assert_int_equal(store_sx(f->s, "UPDATE orgs SET name = 'R' WHERE slug = ?", V("none")), STORE_OK);
	assert_int_equal(store_changes(f->s) - before, 3);
	int64_t n = -1;
	assert_int_equal(store_exec(f->s, "SELECT COUNT(*) FROM orgs WHERE slug LIKE 'q%'", NULL, 0, &n), STORE_OK);
	assert_int_equal(n, 2);
	assert_int_equal(store_changes(f->s) - before, 3);
	/* The duplicate is sent without an answer; the next statement fails
	 * with its constraint, and the commit does not pass for a success. */
	assert_int_equal(store_sx(f->s, "INSERT INTO orgs (slug, name, created_at) VALUES (?, 'Q', ?)", V("q1"),
				  V("2026-11-23T00:00:00Z")),
			 STORE_OK);
	assert_int_equal(store_exec(f->s, "SELECT COUNT(*) FROM orgs", NULL, 0, &n), STORE_CONSTRAINT);
	assert_non_null(strstr(store_errmsg(f->s), "orgs"));
	assert_int_not_equal(store_commit(f->s), STORE_OK);
	store_rollback(f->s);
	assert_int_equal(store_exec(f->s, "SELECT COUNT(*) FROM orgs", NULL, 0, &n), STORE_OK);
	assert_int_equal(n, 0);
}

/* The commit carries what is still queued: a failure there fails it, and
 * a success leaves every row written. */
static void test_sent_goes_with_the_commit(void **state)
{
	struct fixture *f = *state;
	NEED_SERVER(f);
	assert_int_equal(store_begin(f->s, true), STORE_OK);
	assert_int_equal(store_sx(f->s, "INSERT INTO orgs (slug, name, created_at) VALUES ('c1', 'C', ?)",
				  V("2026-11-23T00:00:00Z")),
			 STORE_OK);
	assert_int_equal(store_sx(f->s, "INSERT INTO orgs (slug, name, created_at) VALUES ('c1', 'C', ?)",
				  V("2026-11-23T00:00:00Z")),
			 STORE_OK);
	assert_int_equal(store_commit(f->s), STORE_CONSTRAINT);
	store_rollback(f->s);
	assert_int_equal(store_begin(f->s, true), STORE_OK);
	for (int i = 0; i < 70; i++) /* more than the queue holds */
		assert_int_equal(store_sx(f->s, "INSERT INTO orgs (slug, name, created_at) VALUES ("
						"'c' || CAST(? AS TEXT), 'C', ?)",
					  V(i), V("2026-11-23T00:00:00Z")),
				 STORE_OK);
	assert_int_equal(store_commit(f->s), STORE_OK);
	int64_t n = -1;
	assert_int_equal(store_exec(f->s, "SELECT COUNT(*) FROM orgs", NULL, 0, &n), STORE_OK);
	assert_int_equal(n, 70);
}

/* In a part (a savepoint), the part's own failure is reported by
 * store_keep and undone with it; what came before the part stays. */
static void test_sent_failure_belongs_to_its_part(void **state)
{
	struct fixture *f = *state;
	NEED_SERVER(f);
	assert_int_equal(store_begin(f->s, true), STORE_OK);
	assert_int_equal(store_sx(f->s, "INSERT INTO orgs (slug, name, created_at) VALUES ('p', 'P', ?)",
				  V("2026-11-23T00:00:00Z")),
			 STORE_OK);
	assert_int_equal(store_mark(f->s), STORE_OK);
	assert_int_equal(store_sx(f->s, "INSERT INTO orgs (slug, name, created_at) VALUES ('p', 'again', ?)",
				  V("2026-11-23T00:00:00Z")),
			 STORE_OK);
	assert_int_equal(store_keep(f->s), STORE_CONSTRAINT);
	store_undo(f->s);
	/* A part undone before its statements went: they never go. */
	assert_int_equal(store_mark(f->s), STORE_OK);
	assert_int_equal(store_sx(f->s, "INSERT INTO orgs (slug, name, created_at) VALUES ('u', 'U', ?)",
				  V("2026-11-23T00:00:00Z")),
			 STORE_OK);
	store_undo(f->s);
	assert_int_equal(store_commit(f->s), STORE_OK);
	int64_t n = -1;
	assert_int_equal(store_exec(f->s, "SELECT COUNT(*) FROM orgs", NULL, 0, &n), STORE_OK);
	assert_int_equal(n, 1);
	assert_int_equal(store_exec(f->s, "SELECT COUNT(*) FROM orgs WHERE slug = 'p' AND name = 'P'", NULL, 0, &n),
			 STORE_OK);
	assert_int_equal(n, 1);
}

/* A read's COMMIT is not waited for: the connection goes straight on to
 * the next transaction, whose statements see the data as they should. */
static void test_read_commit_then_more(void **state)
{
	struct fixture *f = *state;
	NEED_SERVER(f);
	int64_t n = -1;
	for (int i = 0; i < 3; i++) {
		assert_int_equal(store_begin(f->s, false), STORE_OK);
		assert_int_equal(store_exec(f->s, "SELECT COUNT(*) FROM orgs", NULL, 0, &n), STORE_OK);
		assert_int_equal(n, i);
		assert_int_equal(store_commit(f->s), STORE_OK);
		assert_int_equal(store_begin(f->s, true), STORE_OK);
		assert_int_equal(store_x(f->s, NULL,
					 "INSERT INTO orgs (slug, name, created_at) VALUES ('r' || CAST(? AS TEXT), 'R', ?)",
					 V(i), V("2026-11-23T00:00:00Z")),
				 STORE_OK);
		assert_int_equal(store_commit(f->s), STORE_OK);
	}
	assert_int_equal(store_begin(f->s, false), STORE_OK);
	assert_int_equal(store_exec(f->s, "SELECT COUNT(*) FROM orgs", NULL, 0, &n), STORE_OK);
	assert_int_equal(store_commit(f->s), STORE_OK);
	store_rollback(f->s); /* nothing open: harmless after an unwaited commit */
	assert_int_equal(n, 3);
	/* Outside a transaction, too. */
	assert_int_equal(store_exec(f->s, "SELECT COUNT(*) FROM orgs", NULL, 0, &n), STORE_OK);
	assert_int_equal(n, 3);
}

/* Reads asked ahead go with the next round trip, after what was sent
 * before them; each keeps its own rows for its step. One dropped unread
 * leaves no answer behind; one whose trip failed fails; one whose part is
 * undone before the trip runs when stepped; outside a write transaction
 * they run when stepped. */
static void test_read_ahead(void **state)
{
	struct fixture *f = *state;
	NEED_SERVER(f);
	const char *at = "2026-11-23T00:00:00Z";
	assert_int_equal(store_begin(f->s, true), STORE_OK);
	assert_int_equal(store_sx(f->s, "INSERT INTO orgs (slug, name, created_at) VALUES (?, 'A', ?)", V("a1"), V(at)),
			 STORE_OK);
	struct store_stmt *count = store_q(f->s, "SELECT COUNT(*) FROM orgs WHERE slug LIKE ?", V("a%"));
	assert_non_null(count);
	assert_int_equal(store_ahead(count), STORE_OK);
	struct store_stmt *name = store_q(f->s, "SELECT name FROM orgs WHERE slug = ?", V("a1"));
	assert_non_null(name);
	assert_int_equal(store_ahead(name), STORE_OK);
	int64_t n = -1;
	assert_int_equal(store_exec(f->s, "SELECT COUNT(*) FROM orgs", NULL, 0, &n), STORE_OK);
	assert_int_equal(n, 1);
	assert_int_equal(store_step(name), STORE_ROW);
	assert_string_equal(store_col_text(name, 0), "A");
	assert_int_equal(store_step(name), STORE_DONE);
	store_done(name);
	assert_int_equal(store_step(count), STORE_ROW);
	assert_int_equal(store_col_int(count, 0), 1);
	store_done(count);
	/* Dropped before its answer came: the next use answers afresh. */
	count = store_q(f->s, "SELECT COUNT(*) FROM orgs WHERE slug LIKE ?", V("none"));
	assert_int_equal(store_ahead(count), STORE_OK);
	store_done(count);
	assert_int_equal(store_sx(f->s, "INSERT INTO orgs (slug, name, created_at) VALUES (?, 'A', ?)", V("a2"), V(at)),
			 STORE_OK);
	count = store_q(f->s, "SELECT COUNT(*) FROM orgs WHERE slug LIKE ?", V("a%"));
	assert_int_equal(store_ahead(count), STORE_OK);
	assert_int_equal(store_step(count), STORE_ROW);
	assert_int_equal(store_col_int(count, 0), 2);
	store_done(count);
	/* A failure sent before it fails its trip, and the part is undone. */
	assert_int_equal(store_mark(f->s), STORE_OK);
	assert_int_equal(store_sx(f->s, "INSERT INTO orgs (slug, name, created_at) VALUES (?, 'A', ?)", V("a1"), V(at)),
			 STORE_OK);
	name = store_q(f->s, "SELECT name FROM orgs WHERE slug = ?", V("a1"));
	assert_int_equal(store_ahead(name), STORE_OK);
	count = store_q(f->s, "SELECT COUNT(*) FROM orgs WHERE slug LIKE ?", V("a%"));
	assert_int_equal(store_ahead(count), STORE_OK);
	assert_int_equal(store_step(count), STORE_CONSTRAINT);
	store_done(count);
	assert_int_not_equal(store_step(name), STORE_ROW);
	store_done(name);
	store_undo(f->s);
	/* Asked in a part undone before its trip: it runs when stepped. */
	assert_int_equal(store_mark(f->s), STORE_OK);
	name = store_q(f->s, "SELECT name FROM orgs WHERE slug = ?", V("a2"));
	assert_int_equal(store_ahead(name), STORE_OK);
	store_undo(f->s);
	assert_int_equal(store_step(name), STORE_ROW);
	assert_string_equal(store_col_text(name, 0), "A");
	store_done(name);
	assert_int_equal(store_commit(f->s), STORE_OK);
	/* Outside a write transaction it runs when stepped. */
	count = store_q(f->s, "SELECT COUNT(*) FROM orgs WHERE slug LIKE ?", V("a%"));
	assert_int_equal(store_ahead(count), STORE_OK);
	assert_int_equal(store_step(count), STORE_ROW);
	assert_int_equal(store_col_int(count, 0), 2);
	store_done(count);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_placeholders_outside_quotes, setup, teardown),
		cmocka_unit_test_setup_teardown(test_values_read_as_sqlite_reads_them, setup, teardown),
		cmocka_unit_test_setup_teardown(test_constraint_by_sqlstate_and_failed_commit, setup, teardown),
		cmocka_unit_test_setup_teardown(test_part_undone_alone, setup, teardown),
		cmocka_unit_test_setup_teardown(test_no_grip_database_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(test_writes_serialised, setup, teardown),
		cmocka_unit_test_setup_teardown(test_lost_connection_made_again, setup, teardown),
		cmocka_unit_test_setup_teardown(test_deferred_commits_synced, setup, teardown),
		cmocka_unit_test_setup_teardown(test_sent_goes_with_the_next_statement, setup, teardown),
		cmocka_unit_test_setup_teardown(test_sent_goes_with_the_commit, setup, teardown),
		cmocka_unit_test_setup_teardown(test_sent_failure_belongs_to_its_part, setup, teardown),
		cmocka_unit_test_setup_teardown(test_read_commit_then_more, setup, teardown),
		cmocka_unit_test_setup_teardown(test_read_ahead, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
