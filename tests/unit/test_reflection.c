/*
 * test_reflection.c — the rules of reflection.c: who writes an objective's
 * reflection (who may change it, or leads it; not a viewer, not another
 * team), when (its cycle active or scoring, not in planning nor once
 * closed), what a write needs and keeps, its event, and that an objective
 * the actor may not see answers "not found"; grip_may_reflect agrees.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "core/grip.h"
#include "tmpdb.h"

/* Acme: Bo leads the team Mobile, Cy is in it, Di is a viewer, Eve is in
 * the team Web; Lee leads the private group Circle with Ann in it; the
 * quarter Q4 runs, Q1 is in planning. */
static int setup(void **state)
{
	struct tmpdb_core *f = tmpdb_core_open("2026-11-23");
	assert_non_null(f);
	struct grip *g = &f->g;
	assert_non_null(grip_org_create(g, "Acme", "ada@acme.test", "Ada Admin"));
	assert_non_null(grip_person_add(g, "bo@acme.test", "Bo", GRIP_ROLE_MEMBER));
	struct grip_person *cy = grip_person_add(g, "cy@acme.test", "Cy", GRIP_ROLE_MEMBER);
	assert_non_null(grip_person_add(g, "di@acme.test", "Di", GRIP_ROLE_VIEWER));
	struct grip_person *eve = grip_person_add(g, "eve@acme.test", "Eve", GRIP_ROLE_MEMBER);
	assert_non_null(grip_person_add(g, "lee@acme.test", "Lee", GRIP_ROLE_MEMBER));
	struct grip_person *ann = grip_person_add(g, "ann@acme.test", "Ann", GRIP_ROLE_MEMBER);
	struct grip_unit *team = grip_unit_add(g, "Mobile", "team", NULL, "bo@acme.test", NULL);
	struct grip_unit *web = grip_unit_add(g, "Web", "team", NULL, NULL, NULL);
	struct grip_unit *circle = grip_unit_add(g, "Circle", "group", NULL, "lee@acme.test", "private");
	assert_non_null(team);
	assert_non_null(web);
	assert_non_null(circle);
	assert_non_null(grip_member_add(g, team->id, cy->id, "member", "2026-10-01"));
	assert_non_null(grip_member_add(g, web->id, eve->id, "member", "2026-10-01"));
	assert_non_null(grip_member_add(g, circle->id, ann->id, "member", "2026-10-01"));
	assert_non_null(grip_cycle_add(g, "Q4", "quarter", "2026-10-01", "2026-12-31", 0, NULL));
	assert_non_null(grip_cycle_add(g, "Q1", "quarter", "2027-01-01", "2027-03-31", 0, NULL));
	*state = f;
	return 0;
}

static int64_t add(struct grip *g, const char *title, const char *cycle, const char *layer, const char *unit,
		   const char *owner)
{
	tmpdb_act_as(g, "ada@acme.test");
	struct grip_objective_new n = { .title = title, .cycle_name = cycle, .layer = layer, .unit_name = unit,
					.owner_email = owner, .status = "active" };
	if (strcmp(cycle, "Q1") == 0)
		n.status = NULL;
	struct grip_objective *o = grip_objective_add(g, &n);
	assert_non_null(o);
	return o->id;
}

static void refused(struct grip *g, const char *as, int64_t id, enum grip_status code)
{
	tmpdb_act_as(g, as);
	struct grip_reflection_edit e = { .worked = "x" };
	assert_null(grip_reflection_set(g, id, &e));
	assert_int_equal(g->err.code, code);
	if (code != GRIP_ENOTFOUND) {
		struct grip_objective *o = grip_objective_get(g, id, NULL);
		assert_non_null(o);
		const char *why = NULL;
		assert_false(grip_may_reflect(g, o, &why));
		assert_non_null(why);
	}
}

static void test_who_writes(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	int64_t team = add(g, "Make onboarding effortless", "Q4", "team", "Mobile", NULL);
	int64_t mine = add(g, "Speak at a conference", "Q4", "individual", "Mobile", "cy@acme.test");
	int64_t outcome = add(g, "By January I sleep eight hours", "Q4", "member", "Circle", "ann@acme.test");
	/* a viewer, and a member of another team, may not */
	refused(g, "di@acme.test", team, GRIP_EPERM);
	refused(g, "eve@acme.test", team, GRIP_EPERM);
	/* who does not see the private group's outcome is told it is not there */
	refused(g, "cy@acme.test", outcome, GRIP_ENOTFOUND);
	/* the team's member, the team's lead, the owner, the owner's lead may */
	struct grip_reflection_edit e = { .worked = "Pairing on the tour" };
	tmpdb_act_as(g, "cy@acme.test");
	assert_non_null(grip_reflection_set(g, team, &e));
	assert_non_null(grip_reflection_set(g, mine, &e));
	tmpdb_act_as(g, "bo@acme.test");
	struct grip_objective *o = grip_objective_get(g, mine, NULL);
	assert_true(grip_may_reflect(g, o, NULL));
	e = (struct grip_reflection_edit){ .did_not = "Too many talks at once" };
	struct grip_reflection *rf = grip_reflection_set(g, mine, &e);
	assert_non_null(rf);
	assert_string_equal(rf->worked, "Pairing on the tour"); /* kept */
	assert_string_equal(rf->did_not, "Too many talks at once");
	assert_int_equal(rf->author_id, g->actor->id);
	/* the group's lead on a member's outcome, in the private group */
	tmpdb_act_as(g, "lee@acme.test");
	e = (struct grip_reflection_edit){ .carry_forward = "The evening routine" };
	assert_non_null(grip_reflection_set(g, outcome, &e));
}

static void test_when_and_what(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	int64_t id = add(g, "Make onboarding effortless", "Q4", "team", "Mobile", NULL);
	int64_t later = add(g, "Let a shop work offline", "Q1", "team", "Mobile", NULL);
	tmpdb_act_as(g, "bo@acme.test");
	/* nothing written yet: an empty one */
	struct grip_reflection *rf = grip_reflection_get(g, id);
	assert_non_null(rf);
	assert_null(rf->updated_at);
	assert_null(rf->worked);
	/* a write names something */
	struct grip_reflection_edit none = { 0 };
	assert_null(grip_reflection_set(g, id, &none));
	assert_int_equal(g->err.code, GRIP_EINVAL);
	/* a first write that says nothing is refused too */
	struct grip_reflection_edit blank = { .worked = "", .did_not = "", .carry_forward = "" };
	assert_null(grip_reflection_set(g, id, &blank));
	assert_int_equal(g->err.code, GRIP_EINVAL);
	rf = grip_reflection_get(g, id);
	assert_non_null(rf);
	assert_null(rf->updated_at);
	/* text is checked */
	struct grip_reflection_edit bad = { .worked = "a\001b" };
	assert_null(grip_reflection_set(g, id, &bad));
	assert_int_equal(g->err.code, GRIP_EINVAL);
	assert_string_equal(g->err.field, "worked");
	/* a cycle in planning: not yet */
	refused(g, "bo@acme.test", later, GRIP_ECONFLICT);
	/* written, then a field cleared with "" */
	struct grip_reflection_edit e = { .worked = "Pairing", .carry_forward = "The tour" };
	assert_non_null(grip_reflection_set(g, id, &e));
	e = (struct grip_reflection_edit){ .carry_forward = "" };
	rf = grip_reflection_set(g, id, &e);
	assert_non_null(rf);
	assert_string_equal(rf->worked, "Pairing");
	assert_null(rf->carry_forward);
	/* each write is an event: create, then update with before and after */
	tmpdb_act_as(g, "ada@acme.test");
	struct grip_event **evs;
	size_t n;
	assert_int_equal(grip_event_list(g, "reflection", id, &evs, &n), 0);
	assert_int_equal(n, 2);
	assert_string_equal(evs[0]->action, "create");
	assert_null(evs[0]->before);
	assert_string_equal(evs[1]->action, "update");
	assert_non_null(strstr(evs[1]->before, "\"carry_forward\":\"The tour\""));
	assert_non_null(strstr(evs[1]->after, "\"carry_forward\":null"));
	/* in scoring (the cycle's last day) still; once closed, no more */
	g->now += 38 * 86400; /* 2026-12-31 */
	tmpdb_act_as(g, "bo@acme.test");
	e = (struct grip_reflection_edit){ .did_not = "Late start" };
	assert_non_null(grip_reflection_set(g, id, &e));
	/* closed: an admin forces it, as this objective has no key results
	 * to score */
	tmpdb_act_as(g, "ada@acme.test");
	struct grip_cycle *q4 = grip_cycle_by_name(g, "Q4");
	assert_non_null(q4);
	assert_int_equal(grip_cycle_close(g, q4->id, "Nothing to score"), 0);
	refused(g, "bo@acme.test", id, GRIP_ECONFLICT);
	/* and it is still read */
	rf = grip_reflection_get(g, id);
	assert_non_null(rf);
	assert_string_equal(rf->did_not, "Late start");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_who_writes, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_when_and_what, setup, tmpdb_core_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
