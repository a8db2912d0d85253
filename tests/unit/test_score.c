/*
 * test_score.c — scoring's rules in the core: a score is read strictly
 * (one decimal, 0 to 1); who gives which score (self, lead, final); when
 * (a cycle in scoring, an agreed objective not dropped, never a
 * programme); the suggested score and an objective's weighted score; the
 * close refused while something is unscored, forced by an admin only,
 * and achieved or missed at 0.7; achieved below 0.7 with a reason.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdbool.h>
#include <string.h>

#include "core/grip.h"
#include "store/store.h"
#include "tmpdb.h"

struct world {
	struct tmpdb_core *f;
	struct grip_person *admin, *lead, *member, *other, *viewer;
	struct grip_cycle *q3, *q4;
};

static int setup(void **state)
{
	struct world *w = calloc(1, sizeof *w);
	assert_non_null(w);
	/* Today 2026-11-23: Q3 (to 2026-09-30) is in scoring, Q4 active. */
	w->f = tmpdb_core_open("2026-11-23");
	assert_non_null(w->f);
	struct grip *g = &w->f->g;
	assert_non_null(grip_org_create(g, "Acme", "ada@acme.test", "Ada Admin"));
	w->admin = g->actor;
	w->lead = grip_person_add(g, "bo@acme.test", "Bo", GRIP_ROLE_MEMBER);
	w->member = grip_person_add(g, "cy@acme.test", "Cy", GRIP_ROLE_MEMBER);
	w->other = grip_person_add(g, "dan@acme.test", "Dan", GRIP_ROLE_MEMBER);
	w->viewer = grip_person_add(g, "vi@acme.test", "Vi", GRIP_ROLE_VIEWER);
	assert_non_null(w->viewer);
	struct grip_unit *u = grip_unit_add(g, "Mobile", "team", NULL, "bo@acme.test", NULL);
	assert_non_null(u);
	assert_non_null(grip_member_add(g, u->id, w->member->id, "member", "2026-07-01"));
	assert_non_null(grip_member_add(g, u->id, w->other->id, "member", "2026-07-01"));
	assert_non_null(w->q4 = grip_cycle_add(g, "Q4", "quarter", "2026-10-01", "2026-12-31", 0, NULL));
	assert_non_null(w->q3 = grip_cycle_add(g, "Q3", "quarter", "2026-07-01", "2026-09-30", 0, NULL));
	*state = w;
	return 0;
}

static int teardown(void **state)
{
	struct world *w = *state;
	tmpdb_core_close(w->f);
	free(w);
	return 0;
}

static int64_t objective(struct grip *g, const char *cycle, const char *layer, const char *owner, const char *status)
{
	struct grip_objective_new n = { .title = "Offline mode", .cycle_name = cycle, .layer = layer,
					.unit_name = "Mobile", .owner_email = owner, .status = status };
	struct grip_objective *o = grip_objective_add(g, &n);
	assert_non_null(o);
	return o->id;
}

static int64_t kr(struct grip *g, int64_t objective_id, double weight, const char *owner)
{
	struct grip_kr_new n = { .title = "Users", .baseline = 0, .target = 100, .weight = weight, .owner_email = owner };
	struct grip_kr *k = grip_kr_add(g, objective_id, &n);
	assert_non_null(k);
	return k->id;
}

/* Runs a score in a transaction of its own, rolled back when refused. */
static int score(struct grip *g, int64_t id, const struct grip_score_input *in)
{
	assert_int_equal(grip_begin(g, true), 0);
	int rc = grip_score_set(g, id, in);
	if (rc == 0)
		assert_int_equal(grip_commit(g), 0);
	else
		grip_rollback(g);
	return rc;
}

static void test_parse(void **state)
{
	(void)state;
	struct tmpdb_core *f = tmpdb_core_open("2026-11-23");
	assert_non_null(f);
	struct grip *g = &f->g;
	static const struct { const char *text; int tenths; } good[] = {
		{ "0", 0 }, { "1", 10 }, { "0.7", 7 }, { "1.0", 10 }, { "0.0", 0 }, { "0.5", 5 },
	};
	for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
		int t = -1;
		assert_int_equal(grip_score_parse(g, "self", good[i].text, &t), 0);
		assert_int_equal(t, good[i].tenths);
	}
	static const char *const bad[] = { "0.75", "1.05", "-0.1", "abc", "", "1.1", "2", ".7", "0.", "00.5", "0,7", " 0.7" };
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		int t = -1;
		g->err = (struct grip_error){ 0 };
		assert_int_equal(grip_score_parse(g, "self", bad[i], &t), -1);
		assert_int_equal(g->err.code, GRIP_EINVAL);
		assert_string_equal(g->err.field, "self");
		assert_int_equal(t, -1);
	}
	int t;
	assert_int_equal(grip_score_of_number(g, "lead", 0.7, &t), 0);
	assert_int_equal(t, 7);
	assert_int_equal(grip_score_of_number(g, "lead", 1, &t), 0);
	assert_int_equal(t, 10);
	assert_int_equal(grip_score_of_number(g, "lead", 0.75, &t), -1);
	assert_int_equal(grip_score_of_number(g, "lead", 1.05, &t), -1);
	assert_int_equal(grip_score_of_number(g, "lead", -0.1, &t), -1);
	tmpdb_core_close(f);
}

static void test_who_scores(void **state)
{
	struct world *w = *state;
	struct grip *g = &w->f->g;
	g->actor = w->admin;
	int64_t team = objective(g, "Q3", "team", NULL, "active");
	int64_t unowned = kr(g, team, 1, NULL), cys = kr(g, team, 1, "cy@acme.test");
	int64_t mine = objective(g, "Q3", "individual", "cy@acme.test", "active");
	int64_t mine_kr = kr(g, mine, 1, NULL);

	/* A viewer scores nothing. */
	g->actor = w->viewer;
	assert_int_equal(score(g, unowned, &(struct grip_score_input){ .self = "0.5" }), -1);
	assert_int_equal(g->err.code, GRIP_EPERM);
	/* A member of the team: the team's unowned key result, not Cy's, not Cy's objective. */
	g->actor = w->other;
	assert_int_equal(score(g, unowned, &(struct grip_score_input){ .self = "0.5" }), 0);
	assert_int_equal(score(g, cys, &(struct grip_score_input){ .self = "0.5" }), -1);
	assert_int_equal(g->err.code, GRIP_EPERM);
	assert_int_equal(score(g, mine_kr, &(struct grip_score_input){ .self = "0.5" }), -1);
	assert_int_equal(g->err.code, GRIP_EPERM);
	/* A member gives no lead's and no final score, not even on their own objective. */
	g->actor = w->member;
	assert_int_equal(score(g, cys, &(struct grip_score_input){ .self = "0.6", .evidence = "60 of 100" }), 0);
	assert_int_equal(score(g, mine_kr, &(struct grip_score_input){ .final = "0.6" }), -1);
	assert_int_equal(g->err.code, GRIP_EPERM);
	assert_int_equal(score(g, cys, &(struct grip_score_input){ .lead = "0.6" }), -1);
	assert_int_equal(g->err.code, GRIP_EPERM);
	struct grip_objective *o = grip_objective_get(g, mine, NULL);
	assert_true(grip_may_score_self(g, o, &o->krs[0], NULL));
	assert_false(grip_may_score_lead(g, o, NULL));
	/* The lead gives both; self and lead agreeing suggest the final. */
	g->actor = w->lead;
	assert_true(grip_may_score_lead(g, o, NULL));
	assert_int_equal(score(g, cys, &(struct grip_score_input){ .lead = "0.6", .comment = "Fair" }), 0);
	struct grip_kr_score *s = grip_kr_score_get(g, cys);
	assert_non_null(s);
	assert_int_equal(s->self, 6);
	assert_int_equal(s->lead, 6);
	assert_int_equal(s->agreed, 6);
	assert_int_equal(s->final, -1);
	assert_string_equal(s->evidence, "60 of 100");
	assert_int_equal(score(g, cys, &(struct grip_score_input){ .final = "0.6" }), 0);
	assert_int_equal(grip_kr_score_get(g, cys)->final, 6);
}

static void test_when(void **state)
{
	struct world *w = *state;
	struct grip *g = &w->f->g;
	g->actor = w->admin;
	int64_t active = kr(g, objective(g, "Q4", "team", NULL, "active"), 1, NULL);
	int64_t draft = kr(g, objective(g, "Q3", "team", NULL, "draft"), 1, NULL);
	int64_t dropped_o = objective(g, "Q3", "team", NULL, "active");
	int64_t dropped = kr(g, dropped_o, 1, NULL);
	assert_int_equal(grip_objective_set_status(g, dropped_o, "dropped", "no longer"), 0);
	struct grip_score_input in = { .final = "0.5" };
	assert_int_equal(score(g, active, &in), -1); /* Q4 is active, not in scoring */
	assert_int_equal(g->err.code, GRIP_ECONFLICT);
	assert_int_equal(score(g, draft, &in), -1);
	assert_int_equal(g->err.code, GRIP_ECONFLICT);
	assert_int_equal(score(g, dropped, &in), -1);
	assert_int_equal(g->err.code, GRIP_ECONFLICT);
	/* Scoring opened early (the admin may; a member may not): now it may be scored. */
	g->actor = w->member;
	assert_false(grip_may_open_scoring(g, w->q4, NULL));
	assert_int_equal(grip_cycle_open_scoring(g, w->q4->id), -1);
	assert_int_equal(g->err.code, GRIP_EPERM);
	g->actor = w->admin;
	assert_true(grip_may_open_scoring(g, w->q4, NULL));
	assert_int_equal(grip_cycle_open_scoring(g, w->q4->id), 0);
	assert_false(grip_may_open_scoring(g, grip_cycle_get(g, w->q4->id), NULL));
	assert_int_equal(score(g, active, &in), 0);
	assert_int_equal(score(g, active, &(struct grip_score_input){ 0 }), -1);
	assert_int_equal(g->err.code, GRIP_EINVAL);
}

static void test_objective_score_and_close(void **state)
{
	struct world *w = *state;
	struct grip *g = &w->f->g;
	g->actor = w->admin;
	struct grip_objective_new top = { .title = "Grow", .cycle_name = "Q3", .layer = "strategic",
					  .unit_name = "Acme", .status = "active" };
	struct grip_objective *parent = grip_objective_add(g, &top);
	assert_non_null(parent);
	int64_t team = objective(g, "Q3", "team", NULL, "active");
	assert_int_equal(grip_objective_align(g, team, parent->id), 0);
	int64_t a = kr(g, team, 2, NULL), b = kr(g, team, 1, NULL), c = kr(g, team, 1, NULL);
	/* 65 of 100 on the cycle's last day: suggested 0.65 -> 0.7 (half up). */
	assert_int_equal(grip_kr_update(g, a, 65, NULL, "2026-09-15"), 0);
	assert_int_equal(grip_kr_score_get(g, a)->suggested, 7);
	assert_int_equal(grip_kr_score_get(g, b)->suggested, 0);

	/* Nothing scored: the close is refused, naming both objectives. */
	struct grip_unscored *u;
	size_t n;
	assert_int_equal(grip_cycle_unscored(g, w->q3, &u, &n), 0);
	assert_int_equal(n, 2);
	assert_int_equal(u[0].objective_id, parent->id);
	assert_int_equal(u[1].objective_id, team);
	assert_false(grip_may_close_cycle(g, w->q3, false, NULL));
	assert_int_equal(grip_cycle_close(g, w->q3->id, NULL), -1);
	assert_int_equal(g->err.code, GRIP_ECONFLICT);
	/* A lead may not force it; nobody forces without a reason. */
	g->actor = w->lead;
	assert_false(grip_may_close_cycle(g, w->q3, true, NULL));
	assert_int_equal(grip_cycle_close(g, w->q3->id, "we are done"), -1);
	assert_int_equal(g->err.code, GRIP_EPERM);
	g->actor = w->admin;
	assert_int_equal(grip_cycle_close(g, w->q3->id, ""), -1);
	assert_int_equal(g->err.code, GRIP_EINVAL);

	/* (2 x 0.7 + 1 x 0.0 + 1 x 0.5) / 4 = 0.475 -> 0.5; its parent, with
	 * no key results, the mean of those aligned to it: 0.5. */
	assert_int_equal(score(g, a, &(struct grip_score_input){ .final = "0.7" }), 0);
	assert_int_equal(score(g, b, &(struct grip_score_input){ .final = "0" }), 0);
	assert_int_equal(score(g, c, &(struct grip_score_input){ .final = "0.5" }), 0);
	struct grip_scoring *s;
	assert_int_equal(grip_scoring(g, "Q3", "Mobile", NULL, &s), 0);
	assert_int_equal(s->n, 1);
	assert_int_equal(s->rows[0].score, 5);
	assert_null(s->rows[0].missing);
	assert_int_equal(grip_scoring(g, "Q3", "Acme", NULL, &s), 0);
	assert_int_equal(s->n, 1);
	assert_int_equal(s->rows[0].score, 5);

	/* Achieved below 0.7 needs a reason. */
	assert_int_equal(grip_objective_set_status(g, team, "achieved", NULL), -1);
	assert_string_equal(g->err.field, "reason");

	/* The close: both end missed (0.5 < 0.7). */
	assert_true(grip_may_close_cycle(g, w->q3, false, NULL));
	assert_int_equal(grip_cycle_close(g, w->q3->id, NULL), 0);
	assert_int_equal(grip_objective_get(g, team, NULL)->status, GRIP_OBJECTIVE_MISSED);
	assert_int_equal(grip_objective_get(g, parent->id, NULL)->status, GRIP_OBJECTIVE_MISSED);
	assert_int_equal(score(g, a, &(struct grip_score_input){ .final = "0.9" }), -1);
	assert_int_equal(g->err.code, GRIP_ECONFLICT);
}

static void test_achieved_at_seven(void **state)
{
	struct world *w = *state;
	struct grip *g = &w->f->g;
	g->actor = w->admin;
	int64_t o = objective(g, "Q3", "team", NULL, "active");
	int64_t k = kr(g, o, 1, NULL);
	assert_int_equal(score(g, k, &(struct grip_score_input){ .final = "0.7" }), 0);
	assert_int_equal(grip_cycle_close(g, w->q3->id, NULL), 0);
	assert_int_equal(grip_objective_get(g, o, NULL)->status, GRIP_OBJECTIVE_ACHIEVED);
}

static void test_programme_closes_on_outcomes(void **state)
{
	struct world *w = *state;
	struct grip *g = &w->f->g;
	g->actor = w->admin;
	assert_non_null(grip_unit_add(g, "Circle", "group", NULL, "bo@acme.test", "private"));
	struct grip_cycle *p = grip_cycle_add(g, "Spring", "programme", "2026-08-03", NULL, 4, "Circle");
	assert_non_null(p);
	struct grip_objective_new n = { .title = "Every member leads a meeting", .cycle_name = "Spring",
					.layer = "group", .unit_name = "Circle", .status = "active" };
	struct grip_objective *o = grip_objective_add(g, &n);
	assert_non_null(o);
	int64_t k = kr(g, o->id, 1, NULL);
	/* Not scored: its outcomes end achieved, missed or dropped. */
	assert_int_equal(score(g, k, &(struct grip_score_input){ .final = "0.5" }), -1);
	assert_int_equal(g->err.code, GRIP_ECONFLICT);
	p = grip_cycle_get(g, p->id);
	assert_int_equal(grip_cycle_close(g, p->id, NULL), -1);
	assert_int_equal(g->err.code, GRIP_ECONFLICT);
	assert_int_equal(grip_objective_set_status(g, o->id, "achieved", NULL), 0);
	/* A member's outcome: the group lead's final review ends it, not the member. */
	struct grip_unit *circle = grip_unit_by_name(g, "Circle");
	assert_non_null(grip_member_add(g, circle->id, w->member->id, "member", "2026-08-03"));
	struct grip_objective_new mine = { .title = "I lead one meeting", .cycle_name = "Spring", .layer = "member",
					   .unit_name = "Circle", .owner_email = "cy@acme.test", .status = "active" };
	struct grip_objective *m = grip_objective_add(g, &mine);
	assert_non_null(m);
	assert_int_equal(grip_cycle_close(g, p->id, NULL), -1);
	g->actor = w->member;
	assert_int_equal(grip_objective_set_status(g, m->id, "achieved", NULL), -1);
	assert_int_equal(g->err.code, GRIP_EPERM);
	g->actor = w->lead;
	assert_int_equal(grip_objective_set_status(g, m->id, "missed", "two of three"), 0);
	assert_int_equal(grip_cycle_close(g, p->id, NULL), 0);
}

/* The CSV of an export: a line a key result; a field with a comma, a
 * quote or a line break quoted, its quotes doubled; scores with one decimal. */
static void test_csv(void **state)
{
	(void)state;
	struct tmpdb_core *f = tmpdb_core_open("2026-11-23");
	assert_non_null(f);
	json_t *j = json_loads("{\"cycle\":\"Q3\",\"objectives\":[{\"id\":2,\"title\":\"Grow, \\\"fast\\\"\",\"score\":1,"
			       "\"key_results\":[{\"key_result_id\":5,\"title\":\"Users\",\"weight\":2,\"suggested\":0.7,"
			       "\"self\":null,\"evidence\":\"two\\nlines\",\"lead\":0,\"comment\":null,\"final\":1}]}]}",
			       0, NULL);
	assert_non_null(j);
	const char *csv = grip_scoring_csv(&f->g, j);
	assert_non_null(csv);
	assert_string_equal(csv, "cycle,objective_id,objective,objective_score,key_result_id,key_result,weight,suggested,self,"
				 "evidence,lead,comment,final\n"
				 "Q3,2,\"Grow, \"\"fast\"\"\",1.0,5,Users,2,0.7,,\"two\nlines\",0.0,,1.0\n");
	json_decref(j);
	tmpdb_core_close(f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse),
		cmocka_unit_test(test_csv),
		cmocka_unit_test_setup_teardown(test_who_scores, setup, teardown),
		cmocka_unit_test_setup_teardown(test_when, setup, teardown),
		cmocka_unit_test_setup_teardown(test_objective_score_and_close, setup, teardown),
		cmocka_unit_test_setup_teardown(test_achieved_at_seven, setup, teardown),
		cmocka_unit_test_setup_teardown(test_programme_closes_on_outcomes, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
