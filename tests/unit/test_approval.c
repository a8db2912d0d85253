/*
 * test_approval.c — the rules of approval.c and of coaching groups that
 * live in the core: the review of proposals of every layer (who may, what
 * it needs, what it changes) and the queue it feeds; a group's current
 * programme; a group outcome's check-in being its lead's; and a member
 * outcome's unit taken from its programme.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "core/grip.h"
#include "util/date.h"
#include "store/store.h"
#include "tmpdb.h"

/* Acme: Bo leads the team Mobile, Cy is in it; Lee leads the private
 * group Circle, Cy is in it too; quarter Q4 and programme Autumn run. */
static int setup(void **state)
{
	struct tmpdb_core *f = tmpdb_core_open("2026-11-23");
	assert_non_null(f);
	struct grip *g = &f->g;
	assert_non_null(grip_org_create(g, "Acme", "ada@acme.test", "Ada Admin"));
	struct grip_person *bo = grip_person_add(g, "bo@acme.test", "Bo", GRIP_ROLE_MEMBER);
	struct grip_person *cy = grip_person_add(g, "cy@acme.test", "Cy", GRIP_ROLE_MEMBER);
	assert_non_null(grip_person_add(g, "lee@acme.test", "Lee", GRIP_ROLE_MEMBER));
	assert_non_null(bo);
	assert_non_null(cy);
	struct grip_unit *team = grip_unit_add(g, "Mobile", "team", NULL, "bo@acme.test", NULL);
	struct grip_unit *circle = grip_unit_add(g, "Circle", "group", NULL, "lee@acme.test", "private");
	assert_non_null(team);
	assert_non_null(circle);
	assert_non_null(grip_member_add(g, team->id, cy->id, "member", "2026-10-01"));
	assert_non_null(grip_member_add(g, circle->id, cy->id, "member", "2026-10-01"));
	assert_non_null(grip_cycle_add(g, "Q4", "quarter", "2026-10-01", "2026-12-31", 0, NULL));
	assert_non_null(grip_cycle_add(g, "Autumn", "programme", "2026-10-05", NULL, 12, "Circle"));
	*state = f;
	return 0;
}

static int64_t add(struct grip *g, const char *as, const char *title, const char *cycle, const char *layer,
		   const char *unit, const char *owner, const char *status)
{
	tmpdb_act_as(g, as);
	struct grip_objective_new n = { .title = title, .cycle_name = cycle, .layer = layer, .unit_name = unit,
					.owner_email = owner, .status = status };
	struct grip_objective *o = grip_objective_add(g, &n);
	assert_non_null(o);
	return o->id;
}

static const char *status_of(struct grip *g, int64_t id)
{
	struct grip_person *was = g->actor;
	tmpdb_act_as(g, "ada@acme.test");
	struct grip_objective *o = grip_objective_get(g, id, NULL);
	assert_non_null(o);
	g->actor = was;
	return grip_objective_status_name(o->status);
}

static void test_review_of_an_individual_proposal(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	int64_t id = add(g, "cy@acme.test", "Learn Rust", "Q4", "individual", "Mobile", "cy@acme.test", "proposed");
	/* the owner does not review her own; returning needs a comment and changes nothing */
	assert_int_equal(grip_objective_review(g, id, "approve", NULL), -1);
	assert_int_equal(g->err.code, GRIP_EPERM);
	tmpdb_act_as(g, "bo@acme.test");
	assert_int_equal(grip_objective_review(g, id, "return", ""), -1);
	assert_int_equal(g->err.code, GRIP_EINVAL);
	assert_string_equal(g->err.field, "comment");
	assert_string_equal(status_of(g, id), "proposed");
	assert_int_equal(grip_objective_review(g, id, "maybe", "x"), -1);
	assert_string_equal(g->err.field, "decision");
	/* the lead returns it: draft, and the owner reads why */
	assert_int_equal(grip_objective_review(g, id, "return", "How will you know?"), 0);
	assert_string_equal(status_of(g, id), "draft");
	tmpdb_act_as(g, "cy@acme.test");
	struct grip_review *rv;
	assert_int_equal(grip_objective_last_review(g, id, &rv), 0);
	assert_non_null(rv);
	assert_string_equal(rv->decision, "return");
	assert_string_equal(rv->comment, "How will you know?");
	assert_string_equal(rv->by, "bo@acme.test");
	struct grip_approval **mine;
	size_t n;
	assert_int_equal(grip_returned_mine(g, &mine, &n), 0);
	assert_int_equal(n, 1);
	assert_int_equal(mine[0]->objective->id, id);
	/* a draft that is not a member's outcome is not reviewed */
	tmpdb_act_as(g, "bo@acme.test");
	assert_int_equal(grip_objective_review(g, id, "approve", NULL), -1);
	assert_int_equal(g->err.code, GRIP_ECONFLICT);
	/* proposed again, approved */
	tmpdb_act_as(g, "cy@acme.test");
	assert_int_equal(grip_objective_set_status(g, id, "proposed", NULL), 0);
	assert_int_equal(grip_returned_mine(g, &mine, &n), 0);
	assert_int_equal(n, 0);
	tmpdb_act_as(g, "bo@acme.test");
	assert_int_equal(grip_objective_review(g, id, "approve", NULL), 0);
	assert_string_equal(status_of(g, id), "approved");
}

static void test_the_queue(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	int64_t team = add(g, "cy@acme.test", "Onboarding in a day", "Q4", "team", "Mobile", NULL, "proposed");
	int64_t draft = add(g, "cy@acme.test", "Not yet", "Q4", "team", "Mobile", NULL, NULL);
	int64_t outcome = add(g, "cy@acme.test", "I give feedback within a day", "Autumn", "member", "Circle",
			      "cy@acme.test", NULL);
	(void)draft;
	struct grip_approval **q;
	size_t n;
	tmpdb_act_as(g, "bo@acme.test"); /* the team's: not the private group's outcome */
	assert_int_equal(grip_approvals(g, &q, &n), 0);
	assert_int_equal(n, 1);
	assert_int_equal(q[0]->objective->id, team);
	tmpdb_act_as(g, "lee@acme.test"); /* the group's lead: the outcome, never reviewed */
	assert_int_equal(grip_approvals(g, &q, &n), 0);
	assert_int_equal(n, 1);
	assert_int_equal(q[0]->objective->id, outcome);
	assert_int_equal(grip_objective_review(g, team, "approve", NULL), -1); /* not Lee's to decide */
	tmpdb_act_as(g, "cy@acme.test"); /* leads nothing */
	assert_false(grip_may_have_approvals(g));
	assert_int_equal(grip_approvals(g, &q, &n), 0);
	assert_int_equal(n, 0);
	tmpdb_act_as(g, "ada@acme.test"); /* an admin's queue holds both */
	assert_int_equal(grip_approvals_count(g, &n), 0);
	assert_int_equal(n, 2);
	tmpdb_act_as(g, "lee@acme.test");
	assert_int_equal(grip_objective_review(g, outcome, "return", "By when?"), 0);
	assert_int_equal(grip_approvals_count(g, &n), 0);
	assert_int_equal(n, 0); /* returned: it waits for Cy now */
}

static void test_private_group_outcome_not_for_other_leads(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	int64_t outcome = add(g, "cy@acme.test", "I speak up in meetings", "Autumn", "member", "Circle",
			      "cy@acme.test", "proposed");
	tmpdb_act_as(g, "bo@acme.test");
	assert_int_equal(grip_objective_review(g, outcome, "approve", NULL), -1);
	assert_int_equal(g->err.code, GRIP_ENOTFOUND); /* private: not even seen */
	tmpdb_act_as(g, "lee@acme.test");
	struct grip_objective *o = grip_objective_get(g, outcome, NULL);
	assert_non_null(o);
	assert_true(grip_may_review(g, o, NULL, NULL));
	assert_true(grip_may_review(g, o, "approve", NULL));
	assert_int_equal(grip_objective_review(g, outcome, "approve", "Clear"), 0);
	o = grip_objective_get(g, outcome, NULL);
	assert_non_null(o);
	assert_false(grip_may_review(g, o, "approve", NULL)); /* approved: it may still be returned */
	assert_true(grip_may_review(g, o, "return", NULL));
}

static void test_current_programme(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	struct grip_unit *u = grip_unit_by_name(g, "Circle");
	assert_non_null(u);
	struct grip_cycle *c = grip_group_programme(g, u);
	assert_non_null(c);
	assert_string_equal(c->name, "Autumn"); /* the running one */
	struct grip_cycle later = { .kind = GRIP_CYCLE_PROGRAMME, .unit_id = u->id, .status = GRIP_CYCLE_PLANNING, .name = "Later" };
	struct grip_cycle next = { .kind = GRIP_CYCLE_PROGRAMME, .unit_id = u->id, .status = GRIP_CYCLE_PLANNING, .name = "Next" };
	struct grip_cycle old = { .kind = GRIP_CYCLE_PROGRAMME, .unit_id = u->id, .status = GRIP_CYCLE_CLOSED, .name = "Old" };
	struct grip_cycle other = { .kind = GRIP_CYCLE_PROGRAMME, .unit_id = u->id + 1, .status = GRIP_CYCLE_ACTIVE, .name = "Other" };
	struct grip_cycle *cs[] = { &old, c, &next, &later, &other };
	assert_ptr_equal(grip_programme_current(cs, 5, u->id), c);
	cs[1] = &other; /* nothing runs: the next to start */
	assert_ptr_equal(grip_programme_current(cs, 5, u->id), &next);
	assert_ptr_equal(grip_programme_current(cs, 1, u->id), &old); /* only a closed one */
	assert_null(grip_programme_current(cs + 4, 1, u->id));
	struct grip_unit *team = grip_unit_by_name(g, "Mobile");
	assert_null(grip_group_programme(g, team));
	assert_int_equal(g->err.code, GRIP_ENOTFOUND);
}

/* The week a programme's figures are read for: today's while it runs, its
 * first week before it starts, its last once it is over. */
static void test_programme_week(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	struct grip_cycle c = { .starts_on = "2026-10-05", .weeks = 12 }; /* 2026-W41 to W52 */
	char w[9];
	int32_t day;
	assert_true(date_parse("2026-11-23", &day));
	grip_programme_week(g, &c, day, w);
	assert_string_equal(w, "2026-W48");
	assert_true(date_parse("2026-09-01", &day));
	grip_programme_week(g, &c, day, w);
	assert_string_equal(w, "2026-W41");
	assert_true(date_parse("2027-02-01", &day));
	grip_programme_week(g, &c, day, w);
	assert_string_equal(w, "2026-W52");
}

static void test_group_outcome_checkin_is_the_leads(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	int64_t id = add(g, "lee@acme.test", "Everyone gives feedback", "Autumn", "group", "Circle", NULL, "active");
	tmpdb_act_as(g, "cy@acme.test");
	struct grip_objective *o = grip_objective_get(g, id, NULL);
	assert_non_null(o);
	assert_false(grip_may_checkin(g, o, NULL));
	assert_null(grip_checkin_add(g, id, 2, NULL, 0, NULL, NULL, NULL));
	assert_int_equal(g->err.code, GRIP_EPERM);
	tmpdb_act_as(g, "lee@acme.test");
	assert_true(grip_may_checkin(g, o, NULL));
	assert_non_null(grip_checkin_add(g, id, 2, NULL, 0, NULL, NULL, NULL));
}

static void test_member_outcome_unit_from_programme(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	int64_t id = add(g, "cy@acme.test", "I ask for help early", "Autumn", "member", NULL, "cy@acme.test", NULL);
	tmpdb_act_as(g, "cy@acme.test");
	struct grip_objective *o = grip_objective_get(g, id, NULL);
	assert_non_null(o);
	assert_non_null(o->unit_name);
	assert_string_equal(o->unit_name, "Circle");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_review_of_an_individual_proposal, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_the_queue, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_private_group_outcome_not_for_other_leads, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_current_programme, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_programme_week, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_group_outcome_checkin_is_the_leads, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_member_outcome_unit_from_programme, setup, tmpdb_core_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
