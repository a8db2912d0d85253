/*
 * test_due.c — the organisation's clock and what is due (docs/model.md,
 * "The organisation's clock", "What is due"): the org's week by its week
 * start and time zone, the check-in window and staleness of each cadence,
 * and each kind grip_due lists, present when it is due and gone once it
 * is done.
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

/* Acme (UTC): Bo leads the team Mobile, Cy is in it; Lee leads the group
 * Circle, Cy is in it too. Q3 ended (in scoring), Q4 runs (mid-point
 * 2026-11-16), the programme Autumn runs in Circle from 2026-10-05 for
 * 12 weeks (half-way: week 7, 2026-11-16 to 22). Today: Monday 2026-11-23. */
static int setup(void **state)
{
	struct tmpdb_core *f = tmpdb_core_open("2026-11-23");
	assert_non_null(f);
	struct grip *g = &f->g;
	assert_non_null(grip_org_create(g, "Acme", "ada@acme.test", "Ada Admin"));
	struct grip_person *cy = grip_person_add(g, "cy@acme.test", "Cy", GRIP_ROLE_MEMBER);
	assert_non_null(grip_person_add(g, "bo@acme.test", "Bo", GRIP_ROLE_MEMBER));
	assert_non_null(grip_person_add(g, "lee@acme.test", "Lee", GRIP_ROLE_MEMBER));
	assert_non_null(cy);
	struct grip_unit *team = grip_unit_add(g, "Mobile", "team", NULL, "bo@acme.test", NULL);
	struct grip_unit *circle = grip_unit_add(g, "Circle", "group", NULL, "lee@acme.test", NULL);
	assert_non_null(team);
	assert_non_null(circle);
	assert_non_null(grip_member_add(g, team->id, cy->id, "member", "2026-07-01"));
	assert_non_null(grip_member_add(g, circle->id, cy->id, "member", "2026-10-01"));
	assert_non_null(grip_cycle_add(g, "Q3", "quarter", "2026-07-01", "2026-09-30", 0, NULL));
	assert_non_null(grip_cycle_add(g, "Q4", "quarter", "2026-10-01", "2026-12-31", 0, NULL));
	assert_non_null(grip_cycle_add(g, "Autumn", "programme", "2026-10-05", NULL, 12, "Circle"));
	*state = f;
	return 0;
}

static int64_t add(struct grip *g, const char *as, const char *title, const char *cycle, const char *layer,
		   const char *unit, const char *owner, const char *status, const char *cadence)
{
	tmpdb_act_as(g, as);
	struct grip_objective_new n = { .title = title, .cycle_name = cycle, .layer = layer, .unit_name = unit,
					.owner_email = owner, .status = status, .cadence = cadence };
	struct grip_objective *o = grip_objective_add(g, &n);
	assert_non_null(o);
	return o->id;
}

/* The item of this kind about id due from who, or NULL. */
static const struct grip_due *due_of(struct grip *g, const char *who, const char *kind, int64_t id)
{
	tmpdb_act_as(g, who);
	g->memo = NULL;
	g->seen = NULL;
	struct grip_due **ds;
	size_t n;
	assert_int_equal(grip_due(g, &ds, &n), 0);
	for (size_t i = 0; i < n; i++)
		if (strcmp(ds[i]->kind, kind) == 0 && ds[i]->object_id == id)
			return ds[i];
	return NULL;
}

static void checkin(struct grip *g, const char *who, int64_t id, const char *when)
{
	tmpdb_at(g, when);
	tmpdb_act_as(g, who);
	assert_non_null(grip_checkin_add(g, id, 7, NULL, 0, NULL, NULL, NULL));
}

/* The pure week: its first day by the week start. */
static void test_week_first(void **state)
{
	(void)state;
	int32_t mon, sun, wed;
	assert_true(date_parse("2026-11-23", &mon)); /* a Monday */
	assert_true(date_parse("2026-11-22", &sun));
	assert_true(date_parse("2026-11-25", &wed));
	assert_int_equal(grip_week_first(wed, 1), mon);
	assert_int_equal(grip_week_first(mon, 1), mon);
	assert_int_equal(grip_week_first(sun, 1), mon - 7);
	assert_int_equal(grip_week_first(wed, 7), sun);
	assert_int_equal(grip_week_first(sun, 7), sun);
	assert_int_equal(grip_week_first(sun, 0), mon - 7); /* out of range: Monday */
}

/* The same instant is Monday in Auckland and Sunday in Los Angeles: the
 * day, the week and the day of a stored time follow the org's zone. */
static void test_org_clock(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	tmpdb_act_as(g, "ada@acme.test");
	tmpdb_at(g, "2026-11-22T20:00:00Z");
	struct grip_week w;
	char day[DATE_LEN];
	assert_int_equal(grip_org_edit(g, &(struct grip_org_edit){ .timezone = "Pacific/Auckland" }), 0);
	tmpdb_at(g, "2026-11-22T20:00:00Z");
	date_format(grip_today(g), day);
	assert_string_equal(day, "2026-11-23");
	assert_int_equal(grip_org_week(g, grip_today(g), &w), 0);
	assert_string_equal(w.iso, "2026-W48");
	assert_int_equal(grip_org_edit(g, &(struct grip_org_edit){ .timezone = "America/Los_Angeles" }), 0);
	tmpdb_at(g, "2026-11-22T20:00:00Z");
	date_format(grip_today(g), day);
	assert_string_equal(day, "2026-11-22");
	assert_int_equal(grip_org_week(g, grip_today(g), &w), 0);
	assert_string_equal(w.iso, "2026-W47");
	int64_t t;
	assert_true(datetime_parse("2026-11-23T03:00:00Z", &t));
	date_format(grip_day_of(g, t), day);
	assert_string_equal(day, "2026-11-22"); /* 19:00 the evening before */
	/* A week that starts on Sunday: Sunday 22 November is the first day of 2026-W48. */
	assert_int_equal(grip_org_edit(g, &(struct grip_org_edit){ .week_start = "sunday" }), 0);
	tmpdb_at(g, "2026-11-22T20:00:00Z");
	assert_int_equal(grip_org_week(g, grip_today(g), &w), 0);
	assert_string_equal(w.iso, "2026-W48");
	date_format(w.first, day);
	assert_string_equal(day, "2026-11-22");
	assert_int_equal(grip_org_week_named(g, "2026-W48", &w), 0);
	date_format(w.last, day);
	assert_string_equal(day, "2026-11-28");
	assert_int_equal(grip_org_week_named(g, "2026-W99", &w), -1);
}

/* Each cadence's window and staleness, and check-in due by it. */
static void test_cadence(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	int64_t weekly = add(g, "bo@acme.test", "Weekly", "Q4", "individual", "Mobile", "cy@acme.test", "active", NULL);
	int64_t fortnightly = add(g, "bo@acme.test", "Fortnightly", "Q4", "individual", "Mobile", "cy@acme.test", "active",
				  "fortnightly");
	int64_t monthly = add(g, "bo@acme.test", "Monthly", "Q4", "individual", "Mobile", "cy@acme.test", "active", "monthly");
	/* A draft waits for its lead: no check-in is due on it. */
	int64_t draft = add(g, "cy@acme.test", "Draft", "Q4", "individual", "Mobile", "cy@acme.test", NULL, NULL);
	tmpdb_act_as(g, "cy@acme.test");
	assert_null(grip_objective_add(g, &(struct grip_objective_new){ .title = "Daily", .cycle_name = "Q4",
		.layer = "individual", .owner_email = "cy@acme.test", .cadence = "daily" }));
	assert_int_equal(g->err.code, GRIP_EINVAL);
	assert_string_equal(g->err.field, "cadence");
	/* Checked in on Monday 16 November (last week) and on Monday 2 November. */
	checkin(g, "cy@acme.test", weekly, "2026-11-16T10:00:00Z");
	checkin(g, "cy@acme.test", fortnightly, "2026-11-16T10:00:00Z");
	checkin(g, "cy@acme.test", monthly, "2026-11-02T10:00:00Z");
	tmpdb_at(g, "2026-11-23T10:00:00Z");
	const struct grip_due *d = due_of(g, "cy@acme.test", "checkin.due", weekly);
	assert_non_null(d);
	assert_string_equal(d->period, "2026-W48");
	assert_null(due_of(g, "cy@acme.test", "checkin.due", fortnightly));
	assert_null(due_of(g, "cy@acme.test", "checkin.due", monthly));
	assert_null(due_of(g, "cy@acme.test", "checkin.due", draft));
	/* A week later the fortnightly one is due; the monthly one waits for December. */
	tmpdb_at(g, "2026-11-30T10:00:00Z");
	assert_non_null(d = due_of(g, "cy@acme.test", "checkin.due", fortnightly));
	assert_string_equal(d->period, "2026-W49");
	assert_null(due_of(g, "cy@acme.test", "checkin.due", monthly));
	tmpdb_at(g, "2026-12-01T10:00:00Z");
	assert_non_null(d = due_of(g, "cy@acme.test", "checkin.due", monthly));
	assert_string_equal(d->period, "2026-12");
	/* Stale after the cadence's days: 7, 14, 31. */
	assert_int_equal(grip_cadence_days(GRIP_CADENCE_WEEKLY), 7);
	assert_int_equal(grip_cadence_days(GRIP_CADENCE_FORTNIGHTLY), 14);
	assert_int_equal(grip_cadence_days(GRIP_CADENCE_MONTHLY), 31);
	tmpdb_at(g, "2026-11-28T10:00:00Z");
	tmpdb_act_as(g, "cy@acme.test");
	struct grip_objective *o = grip_objective_get(g, fortnightly, NULL);
	assert_non_null(o);
	assert_false(o->stale); /* 12 days */
	g->memo = NULL;
	assert_true((o = grip_objective_get(g, weekly, NULL))->stale);
	/* Set on edit by whoever may edit it; shown in its record. */
	assert_int_equal(grip_objective_edit(g, weekly, &(struct grip_objective_edit){ .development = -1,
		.cadence = "monthly" }), 0);
	g->memo = NULL;
	o = grip_objective_get(g, weekly, NULL);
	assert_int_equal(o->cadence, GRIP_CADENCE_MONTHLY);
	assert_false(o->stale); /* 12 days, within a month */
	/* Someone who may not edit it may not change its cadence either. */
	tmpdb_act_as(g, "ada@acme.test");
	assert_non_null(grip_person_add(g, "eve@acme.test", "Eve", GRIP_ROLE_MEMBER));
	tmpdb_act_as(g, "eve@acme.test");
	assert_int_equal(grip_objective_edit(g, weekly, &(struct grip_objective_edit){ .development = -1,
		.cadence = "weekly" }), -1);
	assert_int_equal(g->err.code, GRIP_EPERM);
}

/* commitment.write and commitment.close, by the org's week. */
static void test_commitments(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	tmpdb_act_as(g, "cy@acme.test");
	struct grip_unit *circle = grip_unit_by_name(g, "Circle");
	assert_non_null(circle);
	const struct grip_due *d = due_of(g, "cy@acme.test", "commitment.write", circle->id);
	assert_non_null(d);
	assert_string_equal(d->period, "2026-W48");
	assert_string_equal(d->link, "/week");
	assert_null(due_of(g, "lee@acme.test", "commitment.write", circle->id)); /* the lead writes none */
	/* A viewer in the group writes nothing, and owes nothing. */
	tmpdb_act_as(g, "ada@acme.test");
	struct grip_person *val = grip_person_add(g, "val@acme.test", "Val", GRIP_ROLE_VIEWER);
	assert_non_null(val);
	assert_non_null(grip_member_add(g, circle->id, val->id, "member", "2026-10-01"));
	struct grip_due **all;
	size_t n_all;
	tmpdb_act_as(g, "val@acme.test");
	assert_int_equal(grip_due(g, &all, &n_all), 0);
	assert_int_equal(n_all, 0);
	/* Last week's commitment, still open, is to close. */
	tmpdb_act_as(g, "cy@acme.test");
	struct grip_commitment *old = grip_commit_add(g, "cy@acme.test", "Call two customers", "2026-W47", 0, false);
	assert_non_null(old);
	assert_non_null(d = due_of(g, "cy@acme.test", "commitment.close", old->id));
	assert_string_equal(d->period, "2026-W47");
	tmpdb_act_as(g, "cy@acme.test");
	assert_int_equal(grip_commit_close(g, old->id, "done", "went well"), 0);
	assert_null(due_of(g, "cy@acme.test", "commitment.close", old->id));
	tmpdb_act_as(g, "cy@acme.test");
	assert_non_null(grip_commit_add(g, "cy@acme.test", "Write the plan", NULL, 0, false));
	assert_null(due_of(g, "cy@acme.test", "commitment.write", circle->id));
}

/* review.due: past Q4's mid-point, to the lead of the team. */
static void test_review(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	int64_t id = add(g, "bo@acme.test", "Ship it", "Q4", "team", "Mobile", NULL, "active", NULL);
	const struct grip_due *d = due_of(g, "bo@acme.test", "review.due", id);
	assert_non_null(d);
	assert_string_equal(d->period, "2026-11-16");
	assert_null(due_of(g, "cy@acme.test", "review.due", id));
}

/* score.due: Q3 is in scoring; Cy owes the self score, Bo the lead's;
 * the admin, who may score everything, owes nothing. */
static void test_scores(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	tmpdb_at(g, "2026-08-03");
	int64_t id = add(g, "bo@acme.test", "Faster app", "Q3", "team", "Mobile", NULL, "active", NULL);
	tmpdb_act_as(g, "bo@acme.test");
	struct grip_kr *kr = grip_kr_add(g, id, &(struct grip_kr_new){ .title = "Start time", .baseline = 4, .target = 2 });
	assert_non_null(kr);
	tmpdb_at(g, "2026-11-23");
	const struct grip_due *d = due_of(g, "cy@acme.test", "score.due", id);
	assert_non_null(d);
	assert_string_equal(d->period, "Q3");
	assert_string_equal(d->link, "/scoring?cycle=Q3&unit=Mobile");
	assert_non_null(due_of(g, "bo@acme.test", "score.due", id));
	assert_null(due_of(g, "ada@acme.test", "score.due", id));
	tmpdb_act_as(g, "cy@acme.test");
	assert_int_equal(grip_score_set(g, kr->id, &(struct grip_score_input){ .self = "0.5" }), 0);
	assert_null(due_of(g, "cy@acme.test", "score.due", id));
	assert_non_null(due_of(g, "bo@acme.test", "score.due", id));
	tmpdb_act_as(g, "bo@acme.test");
	assert_int_equal(grip_score_set(g, kr->id, &(struct grip_score_input){ .lead = "0.5" }), 0);
	assert_null(due_of(g, "bo@acme.test", "score.due", id));
}

/* group.review in the programme's half-way week, to the group's lead;
 * member.drifting to the lead while a member has done nothing for two
 * closed weeks. */
static void test_group(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	tmpdb_act_as(g, "lee@acme.test");
	struct grip_unit *circle = grip_unit_by_name(g, "Circle");
	struct grip_person *cy = grip_person_by_email(g, "cy@acme.test");
	assert_non_null(circle);
	assert_non_null(cy);
	tmpdb_at(g, "2026-11-18");
	const struct grip_due *d = due_of(g, "lee@acme.test", "group.review", circle->id);
	assert_non_null(d);
	assert_string_equal(d->period, "Autumn");
	assert_string_equal(d->link, "/groups/3");
	assert_null(due_of(g, "cy@acme.test", "group.review", circle->id));
	tmpdb_at(g, "2026-11-23");
	assert_null(due_of(g, "lee@acme.test", "group.review", circle->id));
	assert_non_null(d = due_of(g, "lee@acme.test", "member.drifting", cy->id));
	assert_string_equal(d->title, "Cy");
	assert_null(due_of(g, "bo@acme.test", "member.drifting", cy->id));
	/* Commitments done in the last two weeks: no longer drifting. */
	tmpdb_at(g, "2026-11-10");
	tmpdb_act_as(g, "cy@acme.test");
	struct grip_commitment *c1 = grip_commit_add(g, "cy@acme.test", "One", "2026-W46", 0, false);
	assert_non_null(c1);
	assert_int_equal(grip_commit_close(g, c1->id, "done", NULL), 0);
	tmpdb_at(g, "2026-11-17");
	struct grip_commitment *c2 = grip_commit_add(g, "cy@acme.test", "Two", "2026-W47", 0, false);
	assert_non_null(c2);
	assert_int_equal(grip_commit_close(g, c2->id, "partial", NULL), 0);
	tmpdb_at(g, "2026-11-23");
	assert_null(due_of(g, "lee@acme.test", "member.drifting", cy->id));
}

/* approval.waiting to the lead, objective.returned to the owner. */
static void test_approvals(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	int64_t id = add(g, "cy@acme.test", "Learn Swift", "Q4", "individual", "Mobile", "cy@acme.test", "proposed", NULL);
	const struct grip_due *d = due_of(g, "bo@acme.test", "approval.waiting", id);
	assert_non_null(d);
	assert_string_equal(d->link, "/approvals");
	assert_null(due_of(g, "cy@acme.test", "objective.returned", id));
	tmpdb_act_as(g, "bo@acme.test");
	assert_int_equal(grip_objective_review(g, id, "return", "Say by when"), 0);
	assert_null(due_of(g, "bo@acme.test", "approval.waiting", id));
	assert_non_null(d = due_of(g, "cy@acme.test", "objective.returned", id));
	assert_string_equal(d->link, "/objectives/1");
	/* Proposed again: waiting anew (another period), no longer returned. */
	tmpdb_act_as(g, "cy@acme.test");
	assert_int_equal(grip_objective_set_status(g, id, "proposed", NULL), 0);
	assert_null(due_of(g, "cy@acme.test", "objective.returned", id));
	const struct grip_due *again = due_of(g, "bo@acme.test", "approval.waiting", id);
	assert_non_null(again);
	assert_string_not_equal(again->period, "v1");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_week_first),
		cmocka_unit_test_setup_teardown(test_org_clock, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_cadence, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_commitments, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_review, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_scores, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_group, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_approvals, setup, tmpdb_core_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
