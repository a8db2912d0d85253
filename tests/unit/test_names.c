/*
 * test_names.c — the tables of names of names.c: every value's name reads
 * back as that value, an unknown name is refused, a value outside its set
 * is named "?", and a name the store holds that is none of the set's fails
 * the read with GRIP_ESTORE instead of being taken for something else.
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

/* Each name of a set parses back to its value, in the order given. */
#define ROUND_TRIP(x, type, ...)                                                      \
	do {                                                                          \
		static const char *const names[] = { __VA_ARGS__ };                   \
		for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {        \
			type v;                                                       \
			assert_string_equal(grip_##x##_name((type)i), names[i]);      \
			assert_int_equal(grip_##x##_parse(names[i], &v), 0);          \
			assert_int_equal((int)v, (int)i);                             \
		}                                                                     \
		type none;                                                            \
		assert_int_equal(grip_##x##_parse("chaos", &none), -1);               \
		assert_int_equal(grip_##x##_parse(NULL, &none), -1);                  \
		assert_int_equal(grip_##x##_parse("", &none), -1);                    \
		assert_string_equal(grip_##x##_name((type)(sizeof names / sizeof names[0])), "?"); \
	} while (0)

static void test_round_trip(void **state)
{
	(void)state;
	ROUND_TRIP(role, enum grip_role, "admin", "member", "viewer");
	ROUND_TRIP(layer, enum grip_layer, "strategic", "team", "individual", "group", "member");
	ROUND_TRIP(visibility, enum grip_visibility, "org", "private");
	ROUND_TRIP(unit_kind, enum grip_unit_kind, "company", "business_unit", "department", "team", "group");
	ROUND_TRIP(cycle_kind, enum grip_cycle_kind, "quarter", "year", "programme");
	ROUND_TRIP(cycle_status, enum grip_cycle_status, "planning", "active", "scoring", "closed");
	ROUND_TRIP(kr_kind, enum grip_kr_kind, "metric", "boolean", "milestones");
	ROUND_TRIP(commit_status, enum grip_commit_status, "open", "done", "partial", "missed");
	ROUND_TRIP(initiative_status, enum grip_initiative_status, "todo", "doing", "done");
	ROUND_TRIP(dependency_status, enum grip_dependency_status, "open", "agreed", "done", "declined");
	ROUND_TRIP(member_role, enum grip_member_role, "lead", "member");
	ROUND_TRIP(objective_status, enum grip_objective_status, "draft", "proposed", "approved", "active",
		   "achieved", "missed", "dropped");
}

static int setup(void **state)
{
	struct tmpdb_core *f = tmpdb_core_open("2026-11-23");
	assert_non_null(f);
	struct grip *g = &f->g;
	assert_non_null(grip_org_create(g, "Acme", "ada@acme.test", "Ada Admin"));
	assert_non_null(grip_unit_add(g, "Mobile", "team", NULL, NULL, NULL));
	assert_non_null(grip_cycle_add(g, "Q4", "quarter", "2026-10-01", "2026-12-31", 0, NULL));
	struct grip_objective_new n = { .title = "Ship it", .cycle_name = "Q4", .layer = "team",
					.unit_name = "Mobile" };
	assert_non_null(grip_objective_add(g, &n));
	*state = f;
	return 0;
}

/* Writes a name the schema would refuse, as a damaged or foreign store
 * might hold: SQLite is told to ignore its checks; on PostgreSQL the
 * table's checks are dropped (the test's database is thrown away). */
static void damage(struct grip *g, const char *table, const char *sql)
{
	if (store_x(g->store, NULL, "PRAGMA ignore_check_constraints = ON") != STORE_OK) {
		char names[8][STORE_NAME_MAX];
		size_t n = 0;
		struct store_stmt *st = store_q(g->store, "SELECT conname FROM pg_constraint"
							  " WHERE conrelid = CAST(CAST(? AS TEXT) AS regclass) AND contype = 'c'",
						V(table));
		assert_non_null(st);
		while (n < 8 && store_step(st) == STORE_ROW)
			snprintf(names[n++], STORE_NAME_MAX, "%s", store_col_text(st, 0));
		store_done(st);
		for (size_t i = 0; i < n; i++) {
			char qt[2 * STORE_NAME_MAX + 2], qc[2 * STORE_NAME_MAX + 2], sqltext[512];
			assert_int_equal(store_ident(table, qt, sizeof qt), 0);
			assert_int_equal(store_ident(names[i], qc, sizeof qc), 0);
			snprintf(sqltext, sizeof sqltext, "ALTER TABLE %s DROP CONSTRAINT %s", qt, qc);
			struct store_stmt *alter = store_prepare_text(g->store, sqltext);
			assert_non_null(alter);
			assert_int_equal(store_step(alter), STORE_DONE);
			store_finalize(alter);
		}
	}
	assert_int_equal(store_exec(g->store, sql, NULL, 0, NULL), STORE_OK);
}

static void test_unknown_stored_layer(void **state)
{
	struct tmpdb_core *f = *state;
	struct grip *g = &f->g;
	damage(g, "objectives", "UPDATE objectives SET layer = 'chaos'");
	assert_null(grip_objective_get(g, 1, NULL));
	assert_int_equal(g->err.code, GRIP_ESTORE);
	assert_non_null(strstr(g->err.message, "chaos"));
	struct grip_objective_filter all = { 0 };
	struct grip_objective **os;
	size_t n;
	g->err = (struct grip_error){ 0 };
	assert_int_equal(grip_objective_list(g, &all, &os, &n), -1);
	assert_int_equal(g->err.code, GRIP_ESTORE);
}

static void test_unknown_stored_status(void **state)
{
	struct tmpdb_core *f = *state;
	struct grip *g = &f->g;
	damage(g, "objectives", "UPDATE objectives SET status = 'lost'");
	assert_null(grip_objective_get(g, 1, NULL));
	assert_int_equal(g->err.code, GRIP_ESTORE);
	assert_non_null(strstr(g->err.message, "objective status"));
}

static void test_unknown_stored_visibility(void **state)
{
	struct tmpdb_core *f = *state;
	struct grip *g = &f->g;
	damage(g, "units", "UPDATE units SET visibility = 'secret' WHERE name = 'Mobile'");
	assert_null(grip_unit_by_name(g, "Mobile"));
	assert_int_equal(g->err.code, GRIP_ESTORE);
	assert_non_null(strstr(g->err.message, "secret"));
}

static void test_unknown_stored_unit_kind(void **state)
{
	struct tmpdb_core *f = *state;
	struct grip *g = &f->g;
	damage(g, "units", "UPDATE units SET kind = 'tribe' WHERE name = 'Mobile'");
	struct grip_unit **us;
	size_t n;
	assert_int_equal(grip_unit_list(g, &us, &n), -1);
	assert_int_equal(g->err.code, GRIP_ESTORE);
	assert_non_null(strstr(g->err.message, "unit kind"));
}

static void test_unknown_stored_cycle_kind(void **state)
{
	struct tmpdb_core *f = *state;
	struct grip *g = &f->g;
	damage(g, "cycles", "UPDATE cycles SET kind = 'season'");
	assert_null(grip_cycle_by_name(g, "Q4"));
	assert_int_equal(g->err.code, GRIP_ESTORE);
	assert_non_null(strstr(g->err.message, "cycle kind"));
}

static void test_unknown_stored_kr_kind(void **state)
{
	struct tmpdb_core *f = *state;
	struct grip *g = &f->g;
	struct grip_kr_new n = { .title = "Fast", .baseline = 10, .target = 2 };
	struct grip_kr *kr = grip_kr_add(g, 1, &n);
	assert_non_null(kr);
	damage(g, "key_results", "UPDATE key_results SET kind = 'vibe'");
	assert_null(grip_kr_get(g, kr->id, NULL));
	assert_int_equal(g->err.code, GRIP_ESTORE);
	g->err = (struct grip_error){ 0 };
	assert_null(grip_objective_get(g, 1, NULL));
	assert_int_equal(g->err.code, GRIP_ESTORE);
	assert_non_null(strstr(g->err.message, "key result kind"));
}

/* The lists the web's status choosers offer are the same tables. */
static void test_status_lists(void **state)
{
	(void)state;
	const char *const *is = grip_initiative_statuses();
	for (int i = 0; is[i]; i++)
		assert_string_equal(is[i], grip_initiative_status_name((enum grip_initiative_status)i));
	const char *const *ds = grip_dependency_statuses();
	for (int i = 0; ds[i]; i++)
		assert_string_equal(ds[i], grip_dependency_status_name((enum grip_dependency_status)i));
}

static void test_unknown_stored_work_statuses(void **state)
{
	struct tmpdb_core *f = *state;
	struct grip *g = &f->g;
	struct grip_commitment *c = grip_commit_add(g, "ada@acme.test", "Draft the plan", NULL, 1, false);
	assert_non_null(c);
	struct grip_initiative *i = grip_initiative_add(g, 1, "Spike", NULL, NULL, 0);
	assert_non_null(i);
	/* Closing takes done, partial or missed, not open. */
	assert_int_equal(grip_commit_close(g, c->id, "open", NULL), -1);
	assert_string_equal(g->err.message, "must be one of done, partial, missed");
	damage(g, "commitments", "UPDATE commitments SET status = 'forgotten'");
	g->err = (struct grip_error){ 0 };
	assert_null(grip_commit_get(g, c->id));
	assert_int_equal(g->err.code, GRIP_ESTORE);
	assert_non_null(strstr(g->err.message, "commitment status"));
	damage(g, "initiatives", "UPDATE initiatives SET status = 'someday'");
	g->err = (struct grip_error){ 0 };
	assert_null(grip_initiative_get(g, i->id));
	assert_int_equal(g->err.code, GRIP_ESTORE);
	assert_non_null(strstr(g->err.message, "initiative status"));
	damage(g, "memberships", "UPDATE memberships SET role = 'boss'");
	g->err = (struct grip_error){ 0 };
	struct grip_membership **ms;
	size_t n;
	assert_int_equal(grip_member_list(g, 1, &ms, &n), -1);
	assert_int_equal(g->err.code, GRIP_ESTORE);
	assert_non_null(strstr(g->err.message, "membership role"));
	/* An unknown org role is not taken for a viewer's. */
	damage(g, "people", "UPDATE people SET role = 'owner'");
	g->err = (struct grip_error){ 0 };
	assert_null(grip_person_by_email(g, "ada@acme.test"));
	assert_int_equal(g->err.code, GRIP_ESTORE);
	assert_non_null(strstr(g->err.message, "owner"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test_setup_teardown(test_unknown_stored_layer, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_unknown_stored_status, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_unknown_stored_visibility, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_unknown_stored_unit_kind, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_unknown_stored_cycle_kind, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_unknown_stored_kr_kind, setup, tmpdb_core_teardown),
		cmocka_unit_test(test_status_lists),
		cmocka_unit_test_setup_teardown(test_unknown_stored_work_statuses, setup, tmpdb_core_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
