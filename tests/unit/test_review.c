/*
 * test_review.c — the rules of review.c: who records a mid-cycle review,
 * when (an active cycle, an approved or active objective), what each
 * decision does (an adjustment applied through the edit functions and kept
 * with before and after, a drop), bad input refused before anything is
 * written, the member's outcome kept in the member's words, and which
 * reviews are due.
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

/* Acme on 2026-11-23: Bo leads the team Mobile, Cy is in it; Lee leads
 * the private group Circle, Ann is in it; Vi only reads. Quarter Q4
 * (2026-10-01 to 2026-12-31, mid-point 2026-11-16) and programme Autumn
 * (12 weeks from 2026-10-05, mid-point 2026-11-16) run; Q1 is planned. */
static int setup(void **state)
{
	struct tmpdb_core *f = tmpdb_core_open("2026-11-23");
	assert_non_null(f);
	struct grip *g = &f->g;
	assert_non_null(grip_org_create(g, "Acme", "ada@acme.test", "Ada Admin"));
	struct grip_person *cy = grip_person_add(g, "cy@acme.test", "Cy", GRIP_ROLE_MEMBER);
	struct grip_person *ann = grip_person_add(g, "ann@acme.test", "Ann", GRIP_ROLE_MEMBER);
	assert_non_null(grip_person_add(g, "bo@acme.test", "Bo", GRIP_ROLE_MEMBER));
	assert_non_null(grip_person_add(g, "lee@acme.test", "Lee", GRIP_ROLE_MEMBER));
	assert_non_null(grip_person_add(g, "vi@acme.test", "Vi", GRIP_ROLE_VIEWER));
	assert_non_null(cy);
	assert_non_null(ann);
	struct grip_unit *team = grip_unit_add(g, "Mobile", "team", NULL, "bo@acme.test", NULL);
	struct grip_unit *circle = grip_unit_add(g, "Circle", "group", NULL, "lee@acme.test", "private");
	assert_non_null(team);
	assert_non_null(circle);
	assert_non_null(grip_member_add(g, team->id, cy->id, "member", "2026-10-01"));
	assert_non_null(grip_member_add(g, circle->id, ann->id, "member", "2026-10-01"));
	assert_non_null(grip_cycle_add(g, "Q4", "quarter", "2026-10-01", "2026-12-31", 0, NULL));
	assert_non_null(grip_cycle_add(g, "Q1", "quarter", "2027-01-01", "2027-03-31", 0, NULL));
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

static int64_t add_kr(struct grip *g, int64_t objective, const char *title, double baseline, double target,
		      double weight)
{
	struct grip_kr *kr = grip_kr_add(g, objective, &(struct grip_kr_new){
		.title = title, .baseline = baseline, .target = target, .weight = weight });
	assert_non_null(kr);
	return kr->id;
}

static struct grip_objective *get(struct grip *g, int64_t id)
{
	struct grip_person *was = g->actor;
	tmpdb_act_as(g, "ada@acme.test");
	struct grip_objective *o = grip_objective_get(g, id, NULL);
	assert_non_null(o);
	g->actor = was;
	return o;
}

static struct grip_cycle_review *review(struct grip *g, int64_t id, const char *decision, const char *reason,
					const struct grip_review_change *cs, size_t n)
{
	struct grip_cycle_review_new rn = { .decision = decision, .reason = reason, .changes = cs, .n_changes = n };
	return grip_review_add(g, id, &rn);
}

static void test_keep_adjust_drop(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	int64_t keep = add(g, "bo@acme.test", "Ship offline mode", "Q4", "team", "Mobile", NULL, "active");
	int64_t adjust = add(g, "bo@acme.test", "Cut crashes", "Q4", "team", "Mobile", NULL, "active");
	int64_t kr = add_kr(g, adjust, "Crash-free sessions", 97, 99.5, 2);
	int64_t drop = add(g, "bo@acme.test", "Tablet app", "Q4", "team", "Mobile", NULL, "active");

	struct grip_cycle_review *rv = review(g, keep, "keep", "On track", NULL, 0);
	assert_non_null(rv);
	assert_int_equal(rv->decision, GRIP_REVIEW_KEEP);
	assert_string_equal(rv->reviewer, "bo@acme.test");
	assert_int_equal(rv->n_changes, 0);
	assert_string_equal(grip_objective_status_name(get(g, keep)->status), "active");

	struct grip_review_change cs[] = {
		{ .field = GRIP_CHANGE_TITLE, .after = "Halve crashes" },
		{ .field = GRIP_CHANGE_TARGET, .key_result_id = kr, .after_n = 99 },
		{ .field = GRIP_CHANGE_WEIGHT, .key_result_id = kr, .after_n = 1 },
	};
	rv = review(g, adjust, "adjust", "Too ambitious", cs, 3);
	assert_non_null(rv);
	assert_int_equal(rv->n_changes, 3);
	assert_string_equal(rv->changes[0].before, "Cut crashes");
	assert_string_equal(rv->changes[0].after, "Halve crashes");
	assert_true(rv->changes[1].before_n == 99.5 && rv->changes[1].after_n == 99);
	assert_true(rv->changes[2].before_n == 2 && rv->changes[2].after_n == 1);
	struct grip_objective *o = get(g, adjust);
	assert_string_equal(o->title, "Halve crashes");
	assert_true(o->krs[0].target == 99 && o->krs[0].weight == 1);

	rv = review(g, drop, "drop", "Tablets wait for Q1", NULL, 0);
	assert_non_null(rv);
	assert_string_equal(grip_objective_status_name(get(g, drop)->status), "dropped");

	struct grip_cycle_review **list;
	size_t n;
	assert_int_equal(grip_review_list(g, adjust, &list, &n), 0);
	assert_int_equal(n, 1);
	assert_int_equal(list[0]->n_changes, 3);
	assert_int_equal(list[0]->changes[1].key_result_id, kr);
	/* a dropped objective is not reviewed again */
	assert_null(review(g, drop, "keep", "Again", NULL, 0));
	assert_int_equal(g->err.code, GRIP_ECONFLICT);
}

static void test_who_reviews(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	int64_t team = add(g, "bo@acme.test", "Ship offline mode", "Q4", "team", "Mobile", NULL, "active");
	int64_t mine = add(g, "ada@acme.test", "Bo hires two", "Q4", "individual", "Mobile", "bo@acme.test", "active");
	int64_t cys = add(g, "ada@acme.test", "Cy learns Swift", "Q4", "individual", "Mobile", "cy@acme.test", "active");
	tmpdb_act_as(g, "cy@acme.test"); /* a member, even the owner, does not */
	assert_null(review(g, team, "keep", "Fine", NULL, 0));
	assert_int_equal(g->err.code, GRIP_EPERM);
	assert_null(review(g, cys, "keep", "Fine", NULL, 0));
	assert_int_equal(g->err.code, GRIP_EPERM);
	tmpdb_act_as(g, "vi@acme.test");
	assert_null(review(g, team, "keep", "Fine", NULL, 0));
	assert_int_equal(g->err.code, GRIP_EPERM);
	tmpdb_act_as(g, "lee@acme.test"); /* another unit's lead */
	assert_null(review(g, cys, "keep", "Fine", NULL, 0));
	assert_int_equal(g->err.code, GRIP_EPERM);
	tmpdb_act_as(g, "bo@acme.test"); /* the unit's lead, her own objective too */
	assert_non_null(review(g, cys, "keep", "Fine", NULL, 0));
	assert_non_null(review(g, mine, "keep", "Fine", NULL, 0));
	tmpdb_act_as(g, "ada@acme.test");
	assert_non_null(review(g, team, "keep", "Fine", NULL, 0));
	/* the question the pages ask agrees */
	tmpdb_act_as(g, "cy@acme.test");
	assert_false(grip_may_review_midcycle(g, get(g, team), NULL));
	assert_false(grip_may_have_reviews(g));
	tmpdb_act_as(g, "bo@acme.test");
	assert_true(grip_may_review_midcycle(g, get(g, team), NULL));
	assert_true(grip_may_have_reviews(g));
}

static void test_when(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	int64_t planned = add(g, "bo@acme.test", "Next quarter", "Q1", "team", "Mobile", NULL, "active");
	int64_t draft = add(g, "bo@acme.test", "A draft", "Q4", "team", "Mobile", NULL, NULL);
	int64_t active = add(g, "bo@acme.test", "Running", "Q4", "team", "Mobile", NULL, "active");
	assert_null(review(g, planned, "keep", "Early", NULL, 0));
	assert_int_equal(g->err.code, GRIP_ECONFLICT);
	assert_string_equal(g->err.field, "cycle");
	assert_null(review(g, draft, "keep", "Early", NULL, 0));
	assert_int_equal(g->err.code, GRIP_ECONFLICT);
	assert_string_equal(g->err.field, "status");
	tmpdb_at(g, "2026-12-31"); /* the last day: scoring */
	assert_null(review(g, active, "keep", "Late", NULL, 0));
	assert_int_equal(g->err.code, GRIP_ECONFLICT);
	assert_string_equal(g->err.field, "cycle");
	tmpdb_at(g, "2026-11-23");
	assert_non_null(review(g, active, "keep", "In time", NULL, 0));
}

static void test_bad_input(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	int64_t id = add(g, "bo@acme.test", "Cut crashes", "Q4", "team", "Mobile", NULL, "active");
	int64_t kr = add_kr(g, id, "Crash-free sessions", 97, 99.5, 2);
	int64_t other = add(g, "bo@acme.test", "Other", "Q4", "team", "Mobile", NULL, "active");
	int64_t other_kr = add_kr(g, other, "Other KR", 0, 10, 1);
	struct grip_review_change title = { .field = GRIP_CHANGE_TITLE, .after = "Halve crashes" };
	assert_null(review(g, id, "keep", "", NULL, 0));
	assert_string_equal(g->err.field, "reason");
	assert_null(review(g, id, "maybe", "Why", NULL, 0));
	assert_string_equal(g->err.field, "decision");
	assert_null(review(g, id, "keep", "Why", &title, 1));
	assert_string_equal(g->err.field, "changes");
	assert_null(review(g, id, "adjust", "Why", NULL, 0));
	assert_string_equal(g->err.field, "changes");
	struct grip_review_change foreign[] = { title, { .field = GRIP_CHANGE_TARGET, .key_result_id = other_kr, .after_n = 5 } };
	assert_null(review(g, id, "adjust", "Why", foreign, 2));
	assert_string_equal(g->err.field, "key_result_id");
	struct grip_review_change same[] = { { .field = GRIP_CHANGE_TARGET, .key_result_id = kr, .after_n = 99.5 } };
	assert_null(review(g, id, "adjust", "Why", same, 1));
	assert_string_equal(g->err.field, "target");
	struct grip_review_change twice[] = { title, title };
	assert_null(review(g, id, "adjust", "Why", twice, 2));
	assert_string_equal(g->err.field, "title");
	/* none of it changed anything */
	struct grip_objective *o = get(g, id);
	assert_string_equal(o->title, "Cut crashes");
	assert_true(o->krs[0].target == 99.5);
	struct grip_cycle_review **list;
	size_t n;
	assert_int_equal(grip_review_list(g, id, &list, &n), 0);
	assert_int_equal(n, 0);
}

static void test_member_outcome(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	int64_t id = add(g, "ann@acme.test", "I speak up in meetings", "Autumn", "member", "Circle", "ann@acme.test", NULL);
	tmpdb_act_as(g, "lee@acme.test");
	assert_int_equal(grip_objective_review(g, id, "approve", NULL), 0);
	struct grip_review_change title = { .field = GRIP_CHANGE_TITLE, .after = "Lee's words" };
	assert_null(review(g, id, "adjust", "Say it sharper", &title, 1));
	assert_int_equal(g->err.code, GRIP_EPERM);
	struct grip_cycle_review *rv = review(g, id, "adjust", "Ann rewrites it sharper", NULL, 0);
	assert_non_null(rv);
	assert_true(rv->outcome);
	json_t *j = grip_cycle_review_json(rv);
	assert_string_equal(json_string_value(json_object_get(j, "label")), "rewritten");
	json_decref(j);
	assert_string_equal(get(g, id)->title, "I speak up in meetings");
}

static void test_due_not_for_who_left(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	int64_t id = add(g, "ann@acme.test", "I speak up in meetings", "Autumn", "member", "Circle", "ann@acme.test", NULL);
	tmpdb_act_as(g, "lee@acme.test");
	assert_int_equal(grip_objective_review(g, id, "approve", NULL), 0);
	struct grip_review_due **ds;
	size_t n;
	assert_int_equal(grip_reviews_due(g, &ds, &n), 0);
	assert_int_equal(n, 1);
	struct grip_unit *circle = grip_unit_by_name(g, "Circle");
	assert_non_null(circle);
	assert_non_null(grip_member_leave(g, circle->id, grip_person_by_email(g, "ann@acme.test")->id, "2026-11-20", "moved"));
	assert_int_equal(grip_reviews_due(g, &ds, &n), 0);
	assert_int_equal(n, 0);
}

static void test_due(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	int64_t a = add(g, "bo@acme.test", "A", "Q4", "team", "Mobile", NULL, "active");
	int64_t b = add(g, "bo@acme.test", "B", "Q4", "team", "Mobile", NULL, "active");
	add(g, "bo@acme.test", "A draft", "Q4", "team", "Mobile", NULL, NULL);
	struct grip_review_due **ds;
	size_t n;
	tmpdb_at(g, "2026-11-08"); /* a review 8 days before the mid-point does not count */
	tmpdb_act_as(g, "bo@acme.test");
	assert_non_null(review(g, a, "keep", "Early look", NULL, 0));
	assert_int_equal(grip_reviews_due(g, &ds, &n), 0);
	assert_int_equal(n, 0); /* the mid-point has not come */
	tmpdb_at(g, "2026-11-09"); /* 7 days before: it counts */
	assert_non_null(review(g, b, "keep", "Early look", NULL, 0));
	tmpdb_at(g, "2026-11-16");
	assert_int_equal(grip_reviews_due(g, &ds, &n), 0);
	assert_int_equal(n, 1);
	assert_int_equal(ds[0]->objective->id, a);
	assert_string_equal(ds[0]->midpoint, "2026-11-16");
	assert_string_equal(ds[0]->last_review_at, "2026-11-08T00:00:00Z");
	tmpdb_act_as(g, "cy@acme.test");
	assert_int_equal(grip_reviews_due(g, &ds, &n), 0);
	assert_int_equal(n, 0);
	tmpdb_act_as(g, "bo@acme.test");
	assert_non_null(review(g, a, "keep", "Half-way", NULL, 0));
	assert_int_equal(grip_reviews_due(g, &ds, &n), 0);
	assert_int_equal(n, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_keep_adjust_drop, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_who_reviews, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_when, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_bad_input, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_member_outcome, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_due, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_due_not_for_who_left, setup, tmpdb_core_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
