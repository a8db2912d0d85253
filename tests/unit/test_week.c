/*
 * test_week.c — the core's rules for a person's week, over a real SQLite
 * file: a commitment changes or is deleted only while open in a week not
 * over, and only by whom the rules allow (with the history it leaves); a
 * new commitment without a week is this week's; which check-ins are due;
 * the one check of the confidence range; the pace flag apart from the light.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "core/grip.h"
#include "tmpdb.h"

/* 2026-11-25 is a Wednesday of ISO week 2026-W48. */
static int setup(void **state)
{
	struct tmpdb_core *f = tmpdb_core_open("2026-11-25");
	assert_non_null(f);
	struct grip *g = &f->g;
	assert_non_null(grip_org_create(g, "Acme", "ada@acme.test", "Ada Admin"));
	assert_non_null(grip_person_add(g, "bo@acme.test", "Bo Berg", GRIP_ROLE_MEMBER));
	assert_non_null(grip_person_add(g, "cy@acme.test", "Cy Chen", GRIP_ROLE_MEMBER));
	struct grip_unit *u = grip_unit_add(g, "Mobile", "team", NULL, "bo@acme.test", NULL);
	assert_non_null(u);
	assert_non_null(grip_member_add(g, u->id, grip_person_by_email(g, "cy@acme.test")->id, "member", NULL));
	assert_non_null(grip_cycle_add(g, "Q4", "quarter", "2026-10-01", "2026-12-31", 0, NULL));
	struct grip_objective_new n = { .title = "Onboarding", .cycle_name = "Q4", .layer = "team",
					.unit_name = "Mobile", .status = "active" };
	assert_non_null(grip_objective_add(g, &n));
	*state = f;
	return 0;
}

static void test_commit_without_week_is_this_week(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	tmpdb_act_as(g, "cy@acme.test");
	struct grip_commitment *c = grip_commit_add(g, "cy@acme.test", "Call three users", NULL, 0, false);
	assert_non_null(c);
	assert_string_equal(c->week, "2026-W48");
}

static void test_commit_edit_rules(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	tmpdb_act_as(g, "cy@acme.test");
	struct grip_commitment *now = grip_commit_add(g, "cy@acme.test", "Ship", "2026-W48", 0, false);
	struct grip_commitment *past = grip_commit_add(g, "cy@acme.test", "Old", "2026-W47", 0, false);
	struct grip_commitment *next = grip_commit_add(g, "cy@acme.test", "Soon", "2026-W49", 0, false);
	assert_non_null(now);
	assert_non_null(past);
	assert_non_null(next);
	struct grip_commit_edit e = { .text = "Ship the tour", .objective_id = 1, .shared = 1 };
	assert_int_equal(grip_commit_edit(g, now->id, &e), 0);
	struct grip_commitment *c = grip_commit_get(g, now->id);
	assert_string_equal(c->text, "Ship the tour");
	assert_int_equal(c->objective_id, 1);
	assert_true(c->shared);
	/* unchanged fields stay; 0 unlinks */
	e = (struct grip_commit_edit){ .text = NULL, .objective_id = 0, .shared = -1 };
	assert_int_equal(grip_commit_edit(g, now->id, &e), 0);
	c = grip_commit_get(g, now->id);
	assert_string_equal(c->text, "Ship the tour");
	assert_int_equal(c->objective_id, 0);
	assert_true(c->shared);
	/* a week to come may change; one gone by may not */
	e = (struct grip_commit_edit){ .text = "Later", .objective_id = -1, .shared = -1 };
	assert_int_equal(grip_commit_edit(g, next->id, &e), 0);
	assert_int_equal(grip_commit_edit(g, past->id, &e), -1);
	assert_int_equal(g->err.code, GRIP_ECONFLICT);
	/* closed: no more changes */
	assert_int_equal(grip_commit_close(g, next->id, "done", NULL), 0);
	assert_int_equal(grip_commit_edit(g, next->id, &e), -1);
	assert_int_equal(g->err.code, GRIP_ECONFLICT);
	/* nothing asked, or an empty text: refused */
	e = (struct grip_commit_edit){ .text = NULL, .objective_id = -1, .shared = -1 };
	assert_int_equal(grip_commit_edit(g, now->id, &e), -1);
	assert_int_equal(g->err.code, GRIP_EINVAL);
	e.text = " ";
	assert_int_equal(grip_commit_edit(g, now->id, &e), -1);
	assert_string_equal(g->err.field, "text");
	/* the lead may change it; the may_ question agrees and leaves err alone */
	tmpdb_act_as(g, "bo@acme.test");
	struct grip_error before = g->err;
	assert_true(grip_may_change_commitment(g, c, NULL));
	assert_false(grip_may_delete_commitment(g, c, NULL));
	assert_memory_equal(&before, &g->err, sizeof before);
	e = (struct grip_commit_edit){ .text = "Ship it", .objective_id = -1, .shared = -1 };
	assert_int_equal(grip_commit_edit(g, now->id, &e), 0);
}

static void test_commit_delete_rules(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	tmpdb_act_as(g, "cy@acme.test");
	struct grip_commitment *c = grip_commit_add(g, "cy@acme.test", "Ship", NULL, 1, false);
	struct grip_commitment *past = grip_commit_add(g, "cy@acme.test", "Old", "2026-W47", 0, false);
	assert_non_null(c);
	assert_non_null(past);
	/* not the lead, not an admin: the person alone */
	tmpdb_act_as(g, "bo@acme.test");
	assert_int_equal(grip_commit_delete(g, c->id), -1);
	assert_int_equal(g->err.code, GRIP_EPERM);
	tmpdb_act_as(g, "ada@acme.test");
	assert_int_equal(grip_commit_delete(g, c->id), -1);
	assert_int_equal(g->err.code, GRIP_EPERM);
	tmpdb_act_as(g, "cy@acme.test");
	const char *why = NULL;
	assert_false(grip_may_delete_commitment(g, past, &why));
	assert_non_null(why);
	assert_int_equal(grip_commit_delete(g, past->id), -1);
	assert_true(grip_may_delete_commitment(g, c, NULL));
	assert_int_equal(grip_commit_delete(g, c->id), 0);
	assert_null(grip_commit_get(g, c->id));
	/* the history keeps what it was */
	struct grip_event **es;
	size_t n;
	tmpdb_act_as(g, "ada@acme.test");
	assert_int_equal(grip_event_list(g, "commitment", c->id, &es, &n), 0);
	assert_int_equal(n, 2);
	assert_string_equal(es[1]->action, "delete");
	assert_non_null(es[1]->before);
	assert_non_null(strstr(es[1]->before, "\"Ship\""));
	assert_null(es[1]->after);
}

static void test_checkins_due(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	struct grip_objective **os;
	size_t n;
	tmpdb_act_as(g, "bo@acme.test"); /* leads Mobile: its objective is theirs */
	assert_int_equal(grip_checkins_due(g, &os, &n), 0);
	assert_int_equal(n, 1);
	assert_true(grip_checkin_due(g, os[0]));
	/* a finished objective asks for none */
	struct grip_objective done = *os[0];
	done.status = GRIP_OBJECTIVE_ACHIEVED;
	assert_false(grip_checkin_due(g, &done));
	/* a check-in last week is not this week's */
	assert_non_null(grip_checkin_add(g, 1, 6, NULL, 0, NULL, NULL, "2026-11-20"));
	assert_int_equal(grip_checkins_due(g, &os, &n), 0);
	assert_int_equal(n, 1);
	/* one on Monday is */
	assert_non_null(grip_checkin_add(g, 1, 6, NULL, 0, NULL, NULL, "2026-11-23"));
	assert_int_equal(grip_checkins_due(g, &os, &n), 0);
	assert_int_equal(n, 0);
	/* someone with nothing to check in on has nothing due */
	tmpdb_act_as(g, "cy@acme.test");
	assert_int_equal(grip_checkins_due(g, &os, &n), 0);
	assert_int_equal(n, 0);
}

static void test_confidence_range(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	int v = -1;
	assert_int_equal(grip_check_confidence(g, GRIP_CONFIDENCE_MIN), 0);
	assert_int_equal(grip_check_confidence(g, GRIP_CONFIDENCE_MAX), 0);
	assert_int_equal(grip_check_confidence(g, GRIP_CONFIDENCE_MAX + 1), -1);
	assert_string_equal(g->err.field, "confidence");
	assert_int_equal(grip_check_confidence(g, GRIP_CONFIDENCE_MIN - 1), -1);
	assert_int_equal(grip_parse_confidence(g, "7", &v), 0);
	assert_int_equal(v, 7);
	assert_int_equal(grip_parse_confidence(g, "6.5", &v), -1);
	assert_int_equal(grip_parse_confidence(g, "11", &v), -1);
	assert_int_equal(grip_parse_confidence(g, NULL, &v), -1);
	assert_non_null(strstr(g->err.message, "required"));
	assert_int_equal(v, 7);
	/* the check-in itself refuses what the faces would */
	tmpdb_act_as(g, "bo@acme.test");
	assert_null(grip_checkin_add(g, 1, 11, NULL, 0, NULL, NULL, NULL));
	assert_string_equal(g->err.field, "confidence");
}

static void test_pace_flag_apart_from_light(void **state)
{
	(void)state;
	/* behind pace: more than 0.25 behind, whatever the light */
	assert_true(measure_behind_pace(0.3, 0.6));
	assert_false(measure_behind_pace(0.35, 0.6)); /* exactly 0.25: on it */
	/* a red light is at risk overall but not behind pace */
	assert_true(measure_at_risk(0.6, 0.6, GRIP_LIGHT_RED));
	assert_false(measure_behind_pace(0.6, 0.6));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_commit_without_week_is_this_week, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_commit_edit_rules, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_commit_delete_rules, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_checkins_due, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_confidence_range, setup, tmpdb_core_teardown),
		cmocka_unit_test(test_pace_flag_apart_from_light),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
