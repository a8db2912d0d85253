/*
 * test_coach_kind.c — grip_coach_text_kind: which text rule reads which
 * field of an objective of each layer; and, over a real SQLite file, that
 * what it names is what the saved objective's rules say: the hint
 * grip_coach_text gives on a field's text is the one grip_coach_about
 * gives once that text is saved.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "core/grip.h"
#include "tmpdb.h"

static void test_table(void **state)
{
	(void)state;
	assert_string_equal(grip_coach_text_kind(GRIP_LAYER_STRATEGIC, "title"), "objective");
	assert_string_equal(grip_coach_text_kind(GRIP_LAYER_TEAM, "title"), "objective");
	assert_string_equal(grip_coach_text_kind(GRIP_LAYER_INDIVIDUAL, "title"), "objective");
	assert_null(grip_coach_text_kind(GRIP_LAYER_TEAM, "why")); /* objective.bau reads the title only */
	assert_string_equal(grip_coach_text_kind(GRIP_LAYER_MEMBER, "title"), "member_outcome");
	assert_string_equal(grip_coach_text_kind(GRIP_LAYER_MEMBER, "why"), "member_outcome");
	assert_null(grip_coach_text_kind(GRIP_LAYER_GROUP, "title"));
	assert_null(grip_coach_text_kind(GRIP_LAYER_GROUP, "why"));
	assert_null(grip_coach_text_kind(GRIP_LAYER_MEMBER, "owner"));
	assert_null(grip_coach_text_kind(GRIP_LAYER_TEAM, NULL));
}

/* Does the list hold a hint of this code? */
static bool has(struct grip_hint **hs, size_t n, const char *code)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(hs[i]->code, code) == 0)
			return true;
	return false;
}

/* The hint of `code` on the text as typed, and on the saved objective. */
static void agree(struct grip *g, enum grip_layer layer, const char *field, const char *text, int64_t id,
		  const char *code, bool fires)
{
	struct grip_hint **hs;
	size_t n;
	const char *kind = grip_coach_text_kind(layer, field);
	assert_non_null(kind);
	assert_int_equal(grip_coach_text(g, kind, text, NULL, &hs, &n), 0);
	assert_int_equal(has(hs, n, code), fires);
	assert_int_equal(grip_coach_about(g, "objective", id, &hs, &n), 0);
	assert_int_equal(has(hs, n, code), fires);
}

static void test_agrees_with_the_saved(void **state)
{
	struct tmpdb_core *f = tmpdb_core_open("2026-11-23");
	assert_non_null(f);
	*state = f;
	struct grip *g = &f->g;
	assert_non_null(grip_org_create(g, "Acme", "ada@acme.test", "Ada Admin"));
	struct grip_person *bo = grip_person_add(g, "bo@acme.test", "Bo Berg", GRIP_ROLE_MEMBER);
	struct grip_unit *circle = grip_unit_add(g, "Circle", "group", "Acme", "ada@acme.test", NULL);
	assert_true(bo && circle && grip_unit_add(g, "Mobile", "team", "Acme", "ada@acme.test", NULL));
	assert_non_null(grip_member_add(g, circle->id, bo->id, "member", "2026-11-01"));
	assert_non_null(grip_cycle_add(g, "Run", "programme", "2026-11-23", NULL, 8, "Circle"));
	assert_non_null(grip_cycle_add(g, "Q4", "quarter", "2026-10-01", "2026-12-31", 0, NULL));

	/* A team objective's title: business as usual, as typed and as saved. */
	const char *bau = "Keep the lights on";
	struct grip_objective_new team = { .title = bau, .cycle_name = "Q4", .layer = "team", .unit_name = "Mobile" };
	struct grip_objective *t = grip_objective_add(g, &team);
	assert_non_null(t);
	agree(g, GRIP_LAYER_TEAM, "title", bau, t->id, "objective.bau", true);

	/* A member outcome's why, its title saying nothing of a schedule: the
	 * habit rule reads the why too. */
	const char *habit = "Run three times a week";
	struct grip_objective_new mo = { .title = "Bo is fit for the spring race", .why = habit, .cycle_name = "Run",
					 .layer = "member", .unit_name = "Circle", .owner_email = "bo@acme.test" };
	struct grip_objective *m = grip_objective_add(g, &mo);
	assert_non_null(m);
	agree(g, GRIP_LAYER_MEMBER, "why", habit, m->id, "member.outcome.habit", true);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table),
		cmocka_unit_test_teardown(test_agrees_with_the_saved, tmpdb_core_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
