/*
 * test_core.c — the core over a real SQLite file: the figures of
 * PRODUCT.md §3 as stored data produces them (weights, clamping, roll-up,
 * values as of a past day, lights, staleness, risk, completion, drop-out),
 * the history every change writes, and a failed change leaving nothing.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/grip.h"
#include "store/store.h"
#include "tmpdb.h"
#include "util/date.h"

static int64_t at_day(const char *date)
{
	int64_t t = 0;
	assert_true(datetime_parse(date, &t));
	return t;
}

static int setup(void **state)
{
	struct tmpdb_core *f = tmpdb_core_open("2026-11-23");
	assert_non_null(f);
	struct grip *g = &f->g;
	assert_non_null(grip_org_create(g, "Acme", "ada@acme.test", "Ada Admin"));
	assert_non_null(grip_unit_add(g, "Mobile", "team", NULL, NULL, NULL));
	assert_non_null(grip_cycle_add(g, "Q4", "quarter", "2026-10-01", "2026-12-31", 0, NULL));
	*state = f;
	return 0;
}

static int64_t team_objective(struct grip *g, const char *title)
{
	struct grip_objective_new n = { .title = title, .cycle_name = "Q4", .layer = "team",
					.unit_name = "Mobile", .status = "active" };
	struct grip_objective *o = grip_objective_add(g, &n);
	assert_non_null(o);
	return o->id;
}

static int64_t metric(struct grip *g, int64_t objective, double baseline, double target, double weight)
{
	struct grip_kr_new n = { .title = "metric", .baseline = baseline, .target = target, .weight = weight };
	struct grip_kr *kr = grip_kr_add(g, objective, &n);
	assert_non_null(kr);
	return kr->id;
}

static void test_weighted_progress_both_directions(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	int64_t o = team_objective(g, "Faster onboarding");
	int64_t up = metric(g, o, 65, 90, 1);     /* 65 % -> 90 % */
	int64_t down = metric(g, o, 14, 5, 3);    /* 14 days -> 5 days, weight 3 */
	assert_int_equal(grip_kr_update(g, up, 80, NULL, NULL), 0);   /* 0.6 */
	assert_int_equal(grip_kr_update(g, down, 8, NULL, NULL), 0);  /* 6/9 */
	struct grip_objective *obj = grip_objective_get(g, o, NULL);
	assert_non_null(obj);
	assert_float_equal(obj->krs[0].progress, 0.6, 1e-12);
	assert_float_equal(obj->krs[1].progress, 6.0 / 9.0, 1e-12);
	assert_float_equal(obj->progress, (0.6 * 1 + 6.0 / 9.0 * 3) / 4, 1e-12);
	/* Past the target and behind the baseline are clamped. */
	assert_int_equal(grip_kr_update(g, up, 120, NULL, NULL), 0);
	assert_int_equal(grip_kr_update(g, down, 20, NULL, NULL), 0);
	obj = grip_objective_get(g, o, NULL);
	assert_float_equal(obj->krs[0].progress, 1.0, 0);
	assert_float_equal(obj->krs[1].progress, 0.0, 0);
	assert_float_equal(obj->progress, 0.25, 1e-12);
}

static void test_boolean_and_milestones(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	int64_t o = team_objective(g, "Launch");
	struct grip_kr_new b = { .title = "shipped", .kind = "boolean" };
	const char *steps[] = { "design", "beta", "release" };
	const double weights[] = { 1, 1, 2 };
	struct grip_kr_new m = { .title = "steps", .kind = "milestones", .milestones = steps,
				 .milestone_weights = weights, .n_milestones = 3 };
	struct grip_kr *kb = grip_kr_add(g, o, &b), *km = grip_kr_add(g, o, &m);
	assert_non_null(kb);
	assert_non_null(km);
	assert_int_equal(grip_kr_update(g, km->id, 2, NULL, NULL), 0);
	struct grip_kr *kr = grip_kr_get(g, km->id, NULL);
	assert_float_equal(kr->progress, 0.5, 1e-12); /* (1 + 1) / 4 */
	assert_true(kr->milestones[1].done);
	assert_false(kr->milestones[2].done);
	assert_int_equal(grip_kr_update(g, kb->id, 1, NULL, NULL), 0);
	assert_float_equal(grip_objective_get(g, o, NULL)->progress, 0.75, 1e-12);
	/* Out-of-kind values are refused. */
	assert_int_equal(grip_kr_update(g, kb->id, 0.5, NULL, NULL), -1);
	assert_int_equal(g->err.code, GRIP_EINVAL);
	assert_int_equal(grip_kr_update(g, km->id, 4, NULL, NULL), -1);
}

static void test_rollup_through_two_levels(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	struct grip_objective_new top = { .title = "Top", .cycle_name = "Q4", .layer = "strategic",
					  .unit_name = "Acme", .status = "active" };
	struct grip_objective *t = grip_objective_add(g, &top);
	assert_non_null(t);
	struct grip_objective_new mid = top;
	mid.title = "Middle";
	mid.aligns_to = &t->id;
	mid.n_aligns_to = 1;
	struct grip_objective *m = grip_objective_add(g, &mid);
	assert_non_null(m);
	int64_t a = team_objective(g, "A"), b = team_objective(g, "B"), c = team_objective(g, "C");
	assert_int_equal(grip_objective_align(g, a, m->id), 0);
	assert_int_equal(grip_objective_align(g, b, m->id), 0);
	assert_int_equal(grip_objective_align(g, c, t->id), 0);
	assert_int_equal(grip_kr_update(g, metric(g, a, 0, 10, 1), 10, NULL, NULL), 0); /* 1.0 */
	assert_int_equal(grip_kr_update(g, metric(g, b, 0, 10, 1), 5, NULL, NULL), 0);  /* 0.5 */
	assert_int_equal(grip_kr_update(g, metric(g, c, 0, 10, 1), 0, NULL, NULL), 0);  /* 0.0 */
	struct grip_objective *got = grip_objective_get(g, m->id, NULL);
	assert_true(got->rolled_up);
	assert_float_equal(got->progress, 0.75, 1e-12);
	got = grip_objective_get(g, t->id, NULL);
	assert_float_equal(got->progress, (0.75 + 0.0) / 2, 1e-12);
	/* A dropped child leaves the mean. */
	assert_int_equal(grip_objective_set_status(g, c, "dropped", "not needed"), 0);
	assert_float_equal(grip_objective_get(g, t->id, NULL)->progress, 0.75, 1e-12);
	/* No loops. */
	assert_int_equal(grip_objective_align(g, t->id, m->id), -1);
}

static void test_values_as_of_past_days(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	int64_t o = team_objective(g, "History");
	int64_t kr = metric(g, o, 0, 100, 1);
	assert_int_equal(grip_kr_update(g, kr, 10, NULL, "2026-10-05"), 0);
	assert_int_equal(grip_kr_update(g, kr, 30, NULL, "2026-10-20"), 0);
	assert_int_equal(grip_kr_update(g, kr, 20, "a correction", "2026-10-20T18:00"), 0);
	assert_int_equal(grip_kr_update(g, kr, 50, NULL, "2026-11-15"), 0);
	struct { const char *day; double value; bool has; } cases[] = {
		{ "2026-10-05", 10, true }, { "2026-10-19", 10, true },
		{ "2026-10-20", 20, true }, { "2026-11-14", 20, true }, { "2026-11-23", 50, true },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct grip_kr *k = grip_kr_get(g, kr, cases[i].day);
		assert_non_null(k);
		assert_float_equal(k->current, cases[i].value, 0);
		assert_int_equal(k->has_value, cases[i].has);
	}
	assert_null(grip_kr_get(g, kr, "2026-11-24"));
	assert_int_equal(g->err.code, GRIP_EINVAL);
	assert_int_equal(grip_kr_update(g, kr, 60, NULL, "2026-11-24"), -1);
	/* Added today, measured since 2026-10-05: before that it did not exist. */
	assert_null(grip_kr_get(g, kr, "2026-10-04"));
	assert_string_equal(g->err.field, "as_of");
}

static void test_light_stale_and_risk(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	int64_t now = g->now;
	g->now = at_day("2026-10-01"); /* made active on the cycle's first day: pace from then */
	int64_t o = team_objective(g, "Watched");
	g->now = now;
	int64_t kr = metric(g, o, 0, 100, 1);
	struct grip_checkin_result r = { kr, 58, NULL };
	assert_non_null(grip_checkin_add(g, o, 8, &r, 1, NULL, NULL, "2026-11-15"));
	struct grip_objective *got = grip_objective_get(g, o, NULL);
	assert_int_equal(got->confidence, 8);
	assert_int_equal(got->light, GRIP_LIGHT_GREEN);
	assert_true(got->stale); /* eight days since the check-in */
	assert_false(got->at_risk); /* 0.58 vs expected 53/91 */
	assert_false(grip_objective_get(g, o, "2026-11-22")->stale); /* seven days */
	r.value = 20;
	assert_non_null(grip_checkin_add(g, o, 3, &r, 1, "blocked", "escalate", "2026-11-22"));
	got = grip_objective_get(g, o, NULL);
	assert_int_equal(got->light, GRIP_LIGHT_RED);
	assert_false(got->stale);
	assert_true(got->at_risk);
	assert_float_equal(got->expected, 53.0 / 91.0, 1e-12);
	/* As of the first check-in's day the light was green. */
	assert_int_equal(grip_objective_get(g, o, "2026-11-15")->light, GRIP_LIGHT_GREEN);
	/* Confidence outside 0-10 is refused. */
	assert_null(grip_checkin_add(g, o, 11, NULL, 0, NULL, NULL, NULL));
	assert_string_equal(g->err.field, "confidence");
}

static void test_completion_counts_closed_weeks(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	/* 2026-11-23 is the Monday of W48: W47 and before are closed. */
	const char *weeks[] = { "2026-W45", "2026-W46", "2026-W46", "2026-W47", "2026-W47", "2026-W48" };
	const char *status[] = { "done", "partial", "missed", "done", NULL, "done" };
	for (size_t i = 0; i < 6; i++) {
		struct grip_commitment *c = grip_commit_add(g, "ada@acme.test", "call a customer", weeks[i], 0, false);
		assert_non_null(c);
		if (status[i])
			assert_int_equal(grip_commit_close(g, c->id, status[i], NULL), 0);
	}
	struct commit_tally t;
	assert_int_equal(grip_commit_tally(g, 0, &t), 0);
	assert_int_equal(t.done, 2);
	assert_int_equal(t.partial, 1);
	assert_int_equal(t.missed, 1);
	assert_int_equal(t.open, 1);
	assert_float_equal(measure_completion(t), 2.5 / 5, 1e-12);
}

static void test_programme_dropout(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	assert_non_null(grip_unit_add(g, "Circle", "group", NULL, "ada@acme.test", NULL));
	struct grip_cycle *c = grip_cycle_add(g, "Spring", "programme", "2026-10-05", NULL, 12, "Circle");
	assert_non_null(c);
	assert_string_equal(c->ends_on, "2026-12-27");
	assert_int_equal(grip_cycle_week_number(c, at_day("2026-11-23") / 86400), 8);
	struct grip_unit *u = grip_unit_by_name(g, "Circle");
	const char *joined[] = { "2026-10-05", "2026-10-05", "2026-10-12", "2026-10-18", "2026-10-26" };
	for (int i = 0; i < 5; i++) {
		char email[32], name[32];
		snprintf(email, sizeof email, "m%d@acme.test", i);
		snprintf(name, sizeof name, "Member %d", i);
		struct grip_person *p = grip_person_add(g, email, name, GRIP_ROLE_MEMBER);
		assert_non_null(p);
		assert_non_null(grip_member_add(g, u->id, p->id, "member", joined[i]));
		if (i == 1 || i == 4) /* one enrolled member leaves in week 5; a late joiner leaves too */
			assert_non_null(grip_member_leave(g, u->id, p->id, "2026-11-04", "moved away"));
	}
	int enrolled, left;
	assert_int_equal(grip_programme_dropout(g, c, &enrolled, &left), 0);
	assert_int_equal(enrolled, 4); /* joined by 2026-10-18, the end of week 2 */
	assert_int_equal(left, 1);
	assert_float_equal(measure_dropout(enrolled, left), 0.25, 1e-12);
}

static void test_history_of_every_change(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	int64_t before = tmpdb_count(g, "SELECT COUNT(*) FROM events");
	int64_t o = team_objective(g, "Tracked");
	struct grip_objective_edit e = { .title = "Tracked closely", .development = -1, .reason = "clearer" };
	assert_int_equal(grip_objective_edit(g, o, &e), 0);
	struct grip_event **events;
	size_t n;
	assert_int_equal(grip_event_list(g, "objective", o, &events, &n), 0);
	assert_int_equal(n, 2);
	assert_string_equal(events[1]->action, "update");
	assert_string_equal(events[1]->reason, "clearer");
	assert_int_equal(events[1]->actor_id, g->actor->id);
	assert_non_null(strstr(events[1]->before, "\"title\":\"Tracked\""));
	assert_non_null(strstr(events[1]->after, "\"title\":\"Tracked closely\""));
	assert_int_equal(tmpdb_count(g, "SELECT COUNT(*) FROM events"), before + 2);
	/* A stale version is refused and writes nothing. */
	e.if_version = 1;
	assert_int_equal(grip_objective_edit(g, o, &e), -1);
	assert_int_equal(g->err.code, GRIP_ESTALE);
	assert_int_equal(tmpdb_count(g, "SELECT COUNT(*) FROM events"), before + 2);
}

static void test_failed_command_leaves_nothing(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	int64_t o = team_objective(g, "Careful");
	int64_t kr = metric(g, o, 0, 10, 1);
	int64_t events = tmpdb_count(g, "SELECT COUNT(*) FROM events");
	/* A check-in whose second result is bad: the face rolls the command back. */
	assert_int_equal(grip_begin(g, true), 0);
	struct grip_checkin_result rs[] = { { kr, 5, NULL }, { kr + 1000, 5, NULL } };
	assert_null(grip_checkin_add(g, o, 6, rs, 2, NULL, NULL, NULL));
	grip_rollback(g);
	assert_int_equal(tmpdb_count(g, "SELECT COUNT(*) FROM checkins"), 0);
	assert_int_equal(tmpdb_count(g, "SELECT COUNT(*) FROM kr_values"), 0);
	assert_int_equal(tmpdb_count(g, "SELECT COUNT(*) FROM events"), events);
}

static void test_viewer_writes_nothing(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	int64_t o = team_objective(g, "Seen");
	struct grip_person *v = grip_person_add(g, "vi@acme.test", "Vi", GRIP_ROLE_VIEWER);
	assert_non_null(v);
	g->actor = v;
	assert_non_null(grip_objective_get(g, o, NULL));
	assert_null(grip_checkin_add(g, o, 5, NULL, 0, NULL, NULL, NULL));
	assert_int_equal(g->err.code, GRIP_EPERM);
	assert_null(grip_commit_add(g, "vi@acme.test", "read more", "2026-W48", 0, false));
	assert_int_equal(g->err.code, GRIP_EPERM);
}

static void test_my_objectives(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	assert_non_null(grip_unit_add(g, "Web", "team", NULL, NULL, NULL));
	struct grip_person *bo = grip_person_add(g, "bo@acme.test", "Bo", GRIP_ROLE_MEMBER);
	assert_non_null(bo);
	assert_non_null(grip_member_add(g, grip_unit_by_name(g, "Mobile")->id, bo->id, "member", "2026-10-01"));
	int64_t mobile = team_objective(g, "Ship the offline mode");
	int64_t dropped = team_objective(g, "Rewrite everything");
	assert_int_equal(grip_objective_set_status(g, dropped, "dropped", "not now"), 0);
	struct grip_objective_new web = { .title = "Faster pages", .cycle_name = "Q4", .layer = "team",
					  .unit_name = "Web", .status = "active" };
	assert_non_null(grip_objective_add(g, &web));
	struct grip_objective_new own = { .title = "Learn to profile", .cycle_name = "Q4", .layer = "individual",
					  .owner_email = "bo@acme.test" };
	struct grip_objective *mine = grip_objective_add(g, &own);
	assert_non_null(mine);
	g->actor = bo;
	struct grip_objective **os;
	size_t n;
	assert_int_equal(grip_objective_mine(g, &os, &n), 0);
	assert_int_equal(n, 2); /* the team's live objective and their own; not Web's, not the dropped one */
	assert_int_equal(os[0]->id, mobile);
	assert_int_equal(os[1]->id, mine->id);
	assert_non_null(os[0]->as_of); /* with figures */
}

static void test_report_of_an_empty_group(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	assert_non_null(grip_unit_add(g, "Quiet", "group", NULL, NULL, NULL));
	assert_non_null(grip_cycle_add(g, "Summer", "programme", "2026-06-01", NULL, 6, "Quiet"));
	struct grip_group_report *r;
	assert_int_equal(grip_group_report(g, "Quiet", NULL, "2026-W28", &r), 0);
	assert_int_equal(r->n_rows, 0);
	assert_int_equal(r->n_weeks, 6); /* every week closed, each named though nobody wrote */
	assert_string_equal(r->weeks[0].week, "2026-W23");
	assert_int_equal(r->weeks[5].number, 6);
	assert_true(r->completion_rate < 0);
}

static void test_aligned_children_seen_by_the_actor(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	struct grip_objective_new top = { .title = "Top", .cycle_name = "Q4", .layer = "strategic",
					  .unit_name = "Acme", .status = "active" };
	struct grip_objective *t = grip_objective_add(g, &top);
	assert_non_null(t);
	int64_t a = team_objective(g, "A"), b = team_objective(g, "B");
	team_objective(g, "Unaligned");
	struct grip_objective_new hidden = { .title = "Hidden", .cycle_name = "Q4", .layer = "team",
					     .unit_name = "Mobile", .visibility = "private",
					     .aligns_to = &t->id, .n_aligns_to = 1 };
	assert_non_null(grip_objective_add(g, &hidden));
	assert_int_equal(grip_objective_align(g, b, t->id), 0);
	assert_int_equal(grip_objective_align(g, a, t->id), 0);
	assert_int_equal(grip_kr_update(g, metric(g, a, 0, 10, 1), 5, NULL, NULL), 0);
	struct grip_objective **kids;
	size_t n;
	assert_int_equal(grip_objective_aligned(g, t->id, &kids, &n), 0);
	assert_int_equal(n, 3); /* an admin sees the private one too */
	/* Someone outside Mobile does not see its private objective. */
	g->actor = grip_person_add(g, "mo@acme.test", "Mo", GRIP_ROLE_MEMBER);
	assert_non_null(g->actor);
	assert_int_equal(grip_objective_aligned(g, t->id, &kids, &n), 0);
	assert_int_equal(n, 2);
	assert_int_equal(kids[0]->id, a);
	assert_int_equal(kids[1]->id, b);
	assert_float_equal(kids[0]->progress, 0.5, 1e-12); /* with figures */
	assert_int_equal(grip_objective_aligned(g, b, &kids, &n), 0);
	assert_int_equal(n, 0);
}

static void test_kr_value_checked_for_its_kind(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	int64_t o = team_objective(g, "Launch");
	const char *steps[] = { "design", "beta", "release" };
	struct grip_kr_new m = { .title = "steps", .kind = "milestones", .milestones = steps, .n_milestones = 3 };
	struct grip_kr_new b = { .title = "shipped", .kind = "boolean" };
	struct grip_kr *km = grip_kr_add(g, o, &m), *kb = grip_kr_add(g, o, &b);
	assert_non_null(km);
	assert_non_null(kb);
	assert_int_equal(grip_kr_check_value(g, km, 3), 0);
	assert_int_equal(grip_kr_check_value(g, km, 4), -1);
	assert_string_equal(g->err.field, "value");
	assert_int_equal(grip_kr_check_value(g, km, 1.5), -1);
	assert_int_equal(grip_kr_check_value(g, kb, 1), 0);
	assert_int_equal(grip_kr_check_value(g, kb, 0.5), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_weighted_progress_both_directions, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_boolean_and_milestones, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_rollup_through_two_levels, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_values_as_of_past_days, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_light_stale_and_risk, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_completion_counts_closed_weeks, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_programme_dropout, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_history_of_every_change, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_failed_command_leaves_nothing, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_viewer_writes_nothing, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_my_objectives, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_report_of_an_empty_group, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_aligned_children_seen_by_the_actor, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_kr_value_checked_for_its_kind, setup, tmpdb_core_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
