/*
 * test_dump.c — unit tests of the dump and the copy (src/store/dump.c,
 * copy.c) and the introspection under them: how a real and a text are
 * written (the fewest digits that read back, "-0" as 0; JSON escapes),
 * the catalog's tables with keys and foreign keys, NULL apart from empty
 * text in a dump, a copy whose rows name a row of their own table that
 * comes later (a unit before its parent), ids that go on after a copy, and
 * the copies refused: a target with data, a different schema version.
 */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "store/dump.h"
#include "tmpdb.h"

static void expect_real(double v, const char *want)
{
	char out[32];
	store_dump_real(v, out);
	assert_string_equal(out, want);
}

static void test_real(void **state)
{
	(void)state;
	expect_real(0, "0");
	expect_real(-0.0, "0");
	expect_real(5, "5");
	expect_real(-12, "-12");
	expect_real(0.1, "0.1");
	expect_real(0.1 + 0.2, "0.30000000000000004");
	expect_real(1.0 / 3, "0.3333333333333333");
	expect_real((0.2 - 0.1) / (0.3 - 0.1), "0.5000000000000001");
	expect_real(1e300, "1e+300");
	expect_real(2.5e-10, "2.5e-10");
	expect_real(123456789012345678.0, "1.2345678901234568e+17");
	expect_real(INFINITY, "1e999");
	expect_real(-INFINITY, "-1e999");
	/* Every one reads back as the same double. */
	const double some[] = {0.1, 2.0 / 3, 1e-300, 4.35, 1234.5678, 9007199254740993.0, -7.1};
	for (size_t i = 0; i < sizeof some / sizeof some[0]; i++) {
		char out[32];
		store_dump_real(some[i], out);
		assert_true(strtod(out, NULL) == some[i]);
	}
}

static void test_text(void **state)
{
	(void)state;
	struct sb out = SB_INIT;
	store_dump_text(&out, "");
	store_dump_text(&out, "plain");
	store_dump_text(&out, "a \"q\" \\ b");
	store_dump_text(&out, "tab\tnl\ncr\r bell\a del\x7f");
	store_dump_text(&out, "ünïcode ✓");
	assert_string_equal(out.buf, "\"\"\"plain\"\"a \\\"q\\\" \\\\ b\""
				     "\"tab\\tnl\\ncr\\r bell\\u0007 del\\u007f\"\"ünïcode ✓\"");
	sb_release(&out);
}

struct fixture {
	char a_path[64], b_path[64];
	struct store *a, *b;
};

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	assert_non_null(f);
	assert_non_null(f->a = tmpdb_open(f->a_path));
	assert_non_null(f->b = tmpdb_open(f->b_path));
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	store_close(f->a);
	store_close(f->b);
	tmpdb_remove(f->a_path);
	tmpdb_remove(f->b_path);
	free(f);
	return 0;
}

/* An org whose vision is empty text and strategy NULL, and two units: the
 * first (id 1) under the second (id 2), written in that order by the
 * copy, which goes by id. */
static void fill(struct store *s)
{
	assert_int_equal(store_begin(s, true), STORE_OK);
	assert_int_equal(store_x(s, NULL,
				 "INSERT INTO orgs (id, slug, name, vision, created_at)"
				 " VALUES (1, 'acme', ?, '', '2026-11-23T00:00:00Z')",
				 V("Acme \"Ltd\"\ttabbed")),
			 STORE_OK);
	assert_int_equal(store_x(s, NULL,
				 "INSERT INTO units (id, org_id, name, kind, created_at)"
				 " VALUES (2, 1, 'Top', 'company', '2026-11-23T00:00:00Z')"),
			 STORE_OK);
	assert_int_equal(store_x(s, NULL,
				 "INSERT INTO units (id, org_id, name, kind, parent_id, created_at)"
				 " VALUES (1, 1, 'Below', 'team', 2, '2026-11-23T00:00:00Z')"),
			 STORE_OK);
	assert_int_equal(store_commit(s), STORE_OK);
}

static int sb_sink(void *ctx, const char *data, size_t len)
{
	sb_add(ctx, data, len);
	return 0;
}

/* The dump of s, in a read transaction; the caller releases it. */
static void dump(struct store *s, struct sb *out)
{
	char err[300] = "";
	assert_int_equal(store_begin(s, false), STORE_OK);
	int rc = store_dump(s, sb_sink, out, err, sizeof err);
	store_rollback(s);
	if (rc != 0)
		fail_msg("dump: %s", err);
	assert_false(out->failed);
}

static const struct store_table *find(const struct store_table *t, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(t[i].name, name) == 0)
			return &t[i];
	fail_msg("no table %s", name);
	return NULL;
}

static void test_tables(void **state)
{
	struct fixture *f = *state;
	struct store_table *t = NULL;
	size_t n = 0;
	assert_int_equal(store_tables(f->a, &t, &n), STORE_OK);
	assert_true(n > 20);
	for (size_t i = 1; i < n; i++)
		assert_true(strcmp(t[i - 1].name, t[i].name) < 0);
	for (size_t i = 0; i < n; i++)
		assert_true(strncmp(t[i].name, "sqlite_", 7) != 0);
	find(t, n, "grip_schema");
	const struct store_table *units = find(t, n, "units");
	assert_int_equal(units->nkey, 1);
	assert_string_equal(units->key[0], "id");
	bool parent = false, org = false;
	for (int r = 0; r < units->nrefs; r++) {
		parent |= strcmp(units->refs[r].column, "parent_id") == 0 &&
			  strcmp(units->refs[r].table, "units") == 0;
		org |= strcmp(units->refs[r].column, "org_id") == 0 &&
		       strcmp(units->refs[r].table, "orgs") == 0;
	}
	assert_true(parent && org);
	const struct store_table *al = find(t, n, "alignments");
	assert_int_equal(al->nkey, 2);
	assert_string_equal(al->key[0], "child_id");
	assert_string_equal(al->key[1], "parent_id");
	free(t);
}

static void test_columns_and_types(void **state)
{
	struct fixture *f = *state;
	fill(f->a);
	struct store_stmt *st = store_prepare_text(
		f->a, "SELECT id, name, vision, strategy, CAST(? AS DOUBLE PRECISION) AS r"
		      " FROM orgs");
	assert_non_null(st);
	struct store_val half = store_val_real(0.5);
	assert_int_equal(store_bind(st, 1, &half), STORE_OK);
	assert_int_equal(store_step(st), STORE_ROW);
	assert_int_equal(store_col_count(st), 5);
	assert_string_equal(store_col_name(st, 0), "id");
	assert_string_equal(store_col_name(st, 4), "r");
	assert_int_equal(store_col_type(st, 0), STORE_INT);
	assert_int_equal(store_col_type(st, 1), STORE_TEXT);
	assert_int_equal(store_col_type(st, 2), STORE_TEXT); /* '' */
	assert_int_equal(store_col_type(st, 3), STORE_NULL);
	assert_int_equal(store_col_type(st, 4), STORE_REAL);
	assert_int_equal(store_step(st), STORE_DONE);
	store_finalize(st);
}

static void test_dump_lines(void **state)
{
	struct fixture *f = *state;
	fill(f->a);
	struct sb out = SB_INIT;
	dump(f->a, &out);
	char first[64];
	snprintf(first, sizeof first, "{\"grip_dump\":1,\"schema\":%d}\n", store_latest_version());
	assert_memory_equal(out.buf, first, strlen(first));
	assert_null(strstr(out.buf, "grip_schema"));
	assert_non_null(strstr(
		out.buf,
		"\n{\"table\":\"orgs\",\"columns\":[\"created_at\",\"id\",\"locale\",\"name\","
		"\"remind_hour\",\"slug\",\"strategy\",\"timezone\",\"vision\",\"week_start\"]}\n"
		"[\"2026-11-23T00:00:00Z\",1,\"en\",\"Acme \\\"Ltd\\\"\\ttabbed\",9,\"acme\",null,"
		"\"UTC\",\"\",1]\n"));
	/* Units by id: Below (1, under 2) before Top (2). */
	char *below = strstr(out.buf, "\"Below\""), *top = strstr(out.buf, "\"Top\"");
	assert_true(below && top && below < top);
	sb_release(&out);
}

static void test_copy(void **state)
{
	struct fixture *f = *state;
	fill(f->a);
	struct store_copy_report r;
	char err[400] = "";
	if (store_copy(f->a, f->b, &r, err, sizeof err) != 0)
		fail_msg("copy: %s", err);
	assert_true(r.equal);
	assert_int_equal(r.rows, 3);
	struct sb da = SB_INIT, db = SB_INIT;
	dump(f->a, &da);
	dump(f->b, &db);
	assert_string_equal(da.buf, db.buf);
	int64_t parent = 0;
	assert_int_equal(store_x(f->b, &parent, "SELECT parent_id FROM units WHERE id = 1"),
			 STORE_OK);
	assert_int_equal(parent, 2);
	/* The next id follows the copied ones. */
	int64_t id = 0;
	assert_int_equal(store_begin(f->b, true), STORE_OK);
	assert_int_equal(store_x(f->b, &id,
				 "INSERT INTO units (org_id, name, kind, created_at)"
				 " VALUES (1, 'New', 'team', '2026-11-23T00:00:00Z') RETURNING id"),
			 STORE_OK);
	assert_int_equal(store_commit(f->b), STORE_OK);
	assert_int_equal(id, 3);
	/* Into a database that holds data: refused, nothing changed. */
	sb_reset(&db);
	dump(f->b, &db);
	assert_int_equal(store_copy(f->a, f->b, &r, err, sizeof err), -1);
	assert_non_null(strstr(err, "already holds data"));
	struct sb after = SB_INIT;
	dump(f->b, &after);
	assert_string_equal(after.buf, db.buf);
	sb_release(&da);
	sb_release(&db);
	sb_release(&after);
}

static void test_copy_other_version_refused(void **state)
{
	struct fixture *f = *state;
	fill(f->a);
	assert_int_equal(store_x(f->a, NULL,
				 "INSERT INTO grip_schema (version, applied_at) VALUES (999, 'x')"),
			 STORE_OK);
	struct store_copy_report r;
	char err[400] = "";
	assert_int_equal(store_copy(f->a, f->b, &r, err, sizeof err), -1);
	assert_non_null(strstr(err, "schema version 999"));
	int64_t n = -1;
	assert_int_equal(store_x(f->b, &n, "SELECT COUNT(*) FROM units"), STORE_OK);
	assert_int_equal(n, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_real),
		cmocka_unit_test(test_text),
		cmocka_unit_test_setup_teardown(test_tables, setup, teardown),
		cmocka_unit_test_setup_teardown(test_columns_and_types, setup, teardown),
		cmocka_unit_test_setup_teardown(test_dump_lines, setup, teardown),
		cmocka_unit_test_setup_teardown(test_copy, setup, teardown),
		cmocka_unit_test_setup_teardown(test_copy_other_version_refused, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
