/*
 * test_unavailable.c — a lost connection to the database server (a
 * restart, an administrator ending it) fails the core's call with
 * GRIP_EUNAVAILABLE, its clear message and a Retry-After, never a plain
 * storage error; the next transaction connects again by itself, also when
 * the connection was lost while idle. PostgreSQL only (GRIP_TEST_POSTGRES):
 * a SQLite file has no connection to lose, and the test says it skipped.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "core/grip.h"
#include "store/store.h"
#include "tmpdb.h"

static bool on_postgres(void)
{
	const char *server = getenv("GRIP_TEST_POSTGRES");
	return server && *server;
}

/* Ends s's server process from another connection, and waits for it. */
static void end_connection(struct store *s, struct store *other)
{
	int64_t pid = 0, ended = 0;
	assert_int_equal(store_exec(s, "SELECT pg_backend_pid()", NULL, 0, &pid), STORE_OK);
	assert_true(pid > 0);
	assert_int_equal(store_x(other, &ended, "SELECT pg_terminate_backend(CAST(? AS INTEGER), 5000)", V(pid)),
			 STORE_OK);
	assert_int_equal(ended, 1);
}

static void test_a_lost_connection_is_unavailable_and_comes_back(void **state)
{
	(void)state;
	if (!on_postgres())
		skip();
	struct tmpdb_core *f = tmpdb_core_open("2026-11-23");
	assert_non_null(f);
	struct grip *g = &f->g;
	assert_non_null(grip_org_create(g, "Acme", "ada@acme.test", "Ada Admin"));
	char err[256];
	struct store *other = store_open(f->path, false, err, sizeof err);
	assert_non_null(other);

	/* Lost inside a read transaction: the call fails as unavailable. */
	assert_int_equal(grip_begin(g, false), 0);
	end_connection(f->s, other);
	assert_null(grip_org_get(g, g->org_id));
	assert_int_equal(g->err.code, GRIP_EUNAVAILABLE);
	assert_non_null(strstr(g->err.message, "the database cannot be reached"));
	assert_true(g->err.retry_after > 0);
	assert_true(store_lost(f->s));
	grip_rollback(g);

	/* The next transaction connects again. */
	g->err = (struct grip_error){ 0 };
	assert_int_equal(grip_begin(g, false), 0);
	assert_false(store_lost(f->s));
	assert_non_null(grip_org_get(g, g->org_id));
	assert_int_equal(grip_commit(g), 0);

	/* Lost while idle (as a server's pooled connection is when the
	 * database restarts): the next transaction begins on a new connection
	 * at once, for a write as for a read. */
	end_connection(f->s, other);
	assert_int_equal(grip_begin(g, true), 0);
	assert_non_null(grip_org_get(g, g->org_id));
	assert_int_equal(grip_commit(g), 0);
	end_connection(f->s, other);
	assert_int_equal(grip_begin(g, false), 0);
	assert_non_null(grip_org_get(g, g->org_id));
	assert_int_equal(grip_commit(g), 0);

	store_close(other);
	tmpdb_core_close(f);
}

/* Neither back end reports a refused statement as unavailable. */
static void test_a_failed_statement_is_not_unavailable(void **state)
{
	(void)state;
	struct tmpdb_core *f = tmpdb_core_open("2026-11-23");
	assert_non_null(f);
	assert_int_equal(store_begin(f->s, false), STORE_OK);
	assert_int_not_equal(store_exec(f->s, "SELECT no_such_column FROM orgs", NULL, 0, NULL), STORE_OK);
	assert_false(store_lost(f->s));
	store_rollback(f->s);
	assert_int_equal(grip_store_fail(&f->g), -1);
	assert_int_equal(f->g.err.code, GRIP_ESTORE);
	tmpdb_core_close(f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_lost_connection_is_unavailable_and_comes_back),
		cmocka_unit_test(test_a_failed_statement_is_not_unavailable),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
