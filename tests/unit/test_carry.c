/*
 * test_carry.c — the rules of carry.c: what may be carried forward and
 * where to (the source's cycle in scoring or closed, the objective
 * unfinished, a later cycle in planning or active, once per cycle, by whoever
 * may add it there), what the copy takes along (a metric from its last
 * value, one at its target left behind, milestones none done), how its
 * alignments are mapped, grip_may_carry, where a copy came from, and a
 * cycle added from a previous one.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "core/grip.h"
#include "util/date.h"
#include "tmpdb.h"

static void clock_at(struct grip *g, const char *day)
{
	int64_t now;
	assert_true(datetime_parse(day, &now));
	g->now = now;
}

static int64_t add(struct grip *g, const char *title, const char *cycle, const char *layer, const char *unit,
		   const char *owner, const int64_t *parent)
{
	struct grip_objective_new n = { .title = title, .cycle_name = cycle, .layer = layer, .unit_name = unit,
					.owner_email = owner, .status = "active", .aligns_to = parent,
					.n_aligns_to = parent ? 1 : 0 };
	struct grip_objective *o = grip_objective_add(g, &n);
	assert_non_null(o);
	return o->id;
}

static int64_t metric(struct grip *g, int64_t objective, const char *title, double baseline, double target)
{
	struct grip_kr_new n = { .title = title, .baseline = baseline, .target = target };
	struct grip_kr *kr = grip_kr_add(g, objective, &n);
	assert_non_null(kr);
	return kr->id;
}

/* Acme on 1 July: Bo leads the team Mobile, Cy is in it, Vi reads. The
 * year 2026, quarters Q3 (active) and Q4 (planning). 1: the year's; 2: the
 * company's of Q3; 3: Mobile's, aligned to 1 and 2; 4: Cy's, aligned to
 * 3. Values in August; then the clock at Q3's last day (scoring). */
struct world {
	struct tmpdb_core *f;
	int64_t year_goal, q3_goal, team, own;
	int64_t kr_leads, kr_done, kr_steps;
};

static int setup(void **state)
{
	struct world *w = calloc(1, sizeof *w);
	assert_non_null(w);
	w->f = tmpdb_core_open("2026-07-01");
	assert_non_null(w->f);
	struct grip *g = &w->f->g;
	assert_non_null(grip_org_create(g, "Acme", "ada@acme.test", "Ada Admin"));
	assert_non_null(grip_person_add(g, "bo@acme.test", "Bo", GRIP_ROLE_MEMBER));
	struct grip_person *cy = grip_person_add(g, "cy@acme.test", "Cy", GRIP_ROLE_MEMBER);
	assert_non_null(grip_person_add(g, "vi@acme.test", "Vi", GRIP_ROLE_VIEWER));
	struct grip_unit *team = grip_unit_add(g, "Mobile", "team", NULL, "bo@acme.test", NULL);
	assert_non_null(team);
	assert_non_null(grip_member_add(g, team->id, cy->id, "member", "2026-07-01"));
	assert_non_null(grip_cycle_add(g, "2026", "year", "2026-01-01", "2026-12-31", 0, NULL));
	assert_non_null(grip_cycle_add(g, "Q3", "quarter", "2026-07-01", "2026-09-30", 0, NULL));
	assert_non_null(grip_cycle_add(g, "Q4", "quarter", "2026-10-01", "2026-12-31", 0, NULL));
	w->year_goal = add(g, "Win the mid-market", "2026", "strategic", "Acme", NULL, NULL);
	w->q3_goal = add(g, "Open the Nordics", "Q3", "strategic", "Acme", NULL, NULL);
	w->team = add(g, "Double the pipeline", "Q3", "team", "Mobile", NULL, &w->year_goal);
	assert_int_equal(grip_objective_align(g, w->team, w->q3_goal), 0);
	w->kr_leads = metric(g, w->team, "Leads", 40, 100);
	w->kr_done = metric(g, w->team, "Partners", 0, 2);
	const char *steps[] = { "Copy", "Design", "Live" };
	struct grip_kr_new ms = { .title = "Page", .kind = "milestones", .milestones = steps, .n_milestones = 3 };
	struct grip_kr *kr = grip_kr_add(g, w->team, &ms);
	assert_non_null(kr);
	w->kr_steps = kr->id;
	w->own = add(g, "Learn Swedish", "Q3", "individual", "Mobile", "cy@acme.test", &w->team);
	clock_at(g, "2026-08-14");
	assert_int_equal(grip_kr_update(g, w->kr_leads, 70, NULL, NULL), 0);
	assert_int_equal(grip_kr_update(g, w->kr_done, 2, NULL, NULL), 0);
	assert_int_equal(grip_kr_update(g, w->kr_steps, 2, NULL, NULL), 0);
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

static void test_not_from_an_active_cycle(void **state)
{
	struct world *w = *state;
	struct grip *g = &w->f->g;
	tmpdb_act_as(g, "bo@acme.test");
	struct grip_carry *c;
	assert_int_equal(grip_carry_objective(g, w->team, "Q4", &c), -1);
	assert_int_equal(g->err.code, GRIP_ECONFLICT);
	assert_string_equal(g->err.field, "cycle");
	struct grip_objective *o = grip_objective_get(g, w->team, NULL);
	assert_non_null(o);
	assert_false(grip_may_carry(g, o, NULL));
}

static void test_copy_takes_its_key_results_from_their_last_value(void **state)
{
	struct world *w = *state;
	struct grip *g = &w->f->g;
	clock_at(g, "2026-09-30");
	tmpdb_act_as(g, "bo@acme.test");
	struct grip_carry *c;
	assert_int_equal(grip_carry_objective(g, w->team, "Q4", &c), 0);
	assert_int_equal(c->n, 1);
	struct grip_carried *it = &c->items[0];
	/* Leads at 70 of 40 -> 100 goes on from 70; Partners reached 2 of 2
	 * and stays behind; the page's milestones come along, none done. */
	assert_int_equal(it->n_krs, 2);
	assert_true(it->krs[0].baseline == 70 && it->krs[0].was_baseline == 40 && it->krs[0].target == 100);
	assert_int_equal(it->krs[1].kind, GRIP_KR_MILESTONES);
	assert_int_equal(it->n_left, 2);
	assert_string_equal(it->left[0].what, "key_result");
	assert_int_equal(it->left[0].id, w->kr_done);
	/* Aligned to the year's goal (2026 encloses Q4), not to Q3's. */
	assert_int_equal(it->n_links, 1);
	assert_int_equal(it->links[0].parent_id, w->year_goal);
	assert_string_equal(it->left[1].what, "alignment");
	assert_int_equal(it->left[1].id, w->q3_goal);
	struct grip_objective *copy = grip_objective_get(g, it->id, NULL);
	assert_non_null(copy);
	assert_int_equal(copy->status, GRIP_OBJECTIVE_DRAFT);
	assert_int_equal(copy->carried_from, w->team);
	assert_int_equal(copy->n_krs, 2);
	assert_int_equal(copy->krs[1].n_milestones, 3);
	assert_true(copy->krs[1].current == 0);
	json_t *j = grip_objective_json(copy);
	assert_int_equal(json_integer_value(json_object_get(j, "carried_from")), w->team);
	json_decref(j);
	struct grip_objective *source = grip_objective_get(g, w->team, NULL);
	j = grip_objective_json(source);
	assert_null(json_object_get(j, "carried_from"));
	json_decref(j);
	/* Once into Q4: a second time is a conflict, and the control is gone. */
	assert_int_equal(grip_carry_objective(g, w->team, "Q4", &c), -1);
	assert_int_equal(g->err.code, GRIP_ECONFLICT);
	assert_false(grip_may_carry(g, source, NULL));
}

static void test_who_may_carry(void **state)
{
	struct world *w = *state;
	struct grip *g = &w->f->g;
	clock_at(g, "2026-09-30");
	struct grip_carry *c;
	tmpdb_act_as(g, "vi@acme.test");
	assert_int_equal(grip_carry_objective(g, w->team, "Q4", &c), -1);
	assert_int_equal(g->err.code, GRIP_EPERM);
	/* Cy may add Mobile's objectives, not the company's. */
	tmpdb_act_as(g, "cy@acme.test");
	struct grip_objective *o = grip_objective_get(g, w->q3_goal, NULL);
	assert_non_null(o);
	assert_false(grip_may_carry(g, o, NULL));
	assert_int_equal(grip_carry_objective(g, w->q3_goal, "Q4", &c), -1);
	assert_int_equal(g->err.code, GRIP_EPERM);
	o = grip_objective_get(g, w->team, NULL);
	const char *why = "unset";
	assert_true(grip_may_carry(g, o, &why));
	assert_null(why);
	struct grip_cycle **cs;
	size_t n;
	assert_int_equal(grip_carry_targets(g, o, &cs, &n), 0);
	assert_int_equal(n, 1);
	assert_string_equal(cs[0]->name, "Q4");
	/* Not into a cycle that does not come after, nor an achieved one. */
	assert_int_equal(grip_carry_objective(g, w->team, "2026", &c), -1);
	assert_string_equal(g->err.field, "to");
	tmpdb_act_as(g, "bo@acme.test");
	clock_at(g, "2026-09-20");
	assert_int_equal(grip_objective_set_status(g, w->own, "achieved", NULL), 0);
	clock_at(g, "2026-09-30");
	assert_int_equal(grip_carry_objective(g, w->own, "Q4", &c), -1);
	assert_string_equal(g->err.field, "objective");
}

static void test_unit_maps_alignments_to_copies_in_the_same_call(void **state)
{
	struct world *w = *state;
	struct grip *g = &w->f->g;
	clock_at(g, "2026-09-30");
	tmpdb_act_as(g, "bo@acme.test");
	struct grip_carry *c;
	assert_int_equal(grip_carry_unit(g, "Mobile", "Q3", "Q4", &c), 0);
	assert_int_equal(c->n, 2);
	assert_int_equal(c->items[0].from_id, w->team);
	assert_int_equal(c->items[1].from_id, w->own);
	assert_int_equal(c->items[1].n_links, 1);
	assert_int_equal(c->items[1].links[0].parent_id, c->items[0].id);
	assert_int_equal(c->items[1].links[0].copy_of, w->team);
	/* Again: every one carried already. */
	assert_int_equal(grip_carry_unit(g, "Mobile", "Q3", "Q4", &c), -1);
	assert_int_equal(g->err.code, GRIP_ECONFLICT);
}

static void test_cycle_from_previous_and_origin(void **state)
{
	struct world *w = *state;
	struct grip *g = &w->f->g;
	clock_at(g, "2026-09-30");
	tmpdb_act_as(g, "bo@acme.test");
	assert_int_equal(grip_objective_set_status(g, w->team, "missed", "Too late"), 0);
	tmpdb_act_as(g, "ada@acme.test");
	/* Q3's strategic objective has a reflection asking to carry it. */
	struct grip_reflection_edit rf = { .worked = "Partners", .did_not = "Late start", .carry_forward = "Keep calling" };
	assert_non_null(grip_reflection_set(g, w->q3_goal, &rf));
	struct grip_cycle_new n = { .name = "Q4b", .to = "2026-12-31", .previous = "Q3" };
	struct grip_carry *c;
	struct grip_cycle *cy = grip_cycle_add_from(g, &n, &c);
	assert_non_null(cy);
	assert_string_equal(cy->starts_on, "2026-10-01");
	assert_int_equal(cy->kind, GRIP_CYCLE_QUARTER);
	/* The strategic one (its reflection) and the missed team one, which
	 * now aligns to the strategic one's copy; not Cy's, still active. */
	assert_int_equal(c->n, 2);
	assert_int_equal(c->items[0].from_id, w->q3_goal);
	assert_int_equal(c->items[1].from_id, w->team);
	assert_int_equal(c->items[1].n_links, 2);
	struct grip_objective *copy = grip_objective_get(g, c->items[0].id, NULL);
	assert_non_null(copy);
	struct grip_carry_origin origin;
	assert_int_equal(grip_carry_origin(g, copy, &origin), 0);
	assert_non_null(origin.from);
	assert_int_equal(origin.from->id, w->q3_goal);
	assert_string_equal(origin.carry_forward, "Keep calling");
	assert_string_equal(origin.did_not, "Late start");
	/* From a cycle in planning: refused. */
	struct grip_cycle_new later = { .name = "Q1", .to = "2027-03-31", .previous = "Q4b" };
	assert_null(grip_cycle_add_from(g, &later, &c));
	assert_int_equal(g->err.code, GRIP_ECONFLICT);
	assert_string_equal(g->err.field, "previous");
}

/* The reflection of the objective a copy came from is read only by those
 * who see that objective: a private one's copy, opened to the whole
 * organisation, shows the viewer Vi neither its source nor its
 * reflection; Bo, who leads Cy's team, sees both. */
static void test_origin_hides_a_source_the_reader_does_not_see(void **state)
{
	struct world *w = *state;
	struct grip *g = &w->f->g;
	clock_at(g, "2026-09-30");
	struct grip_objective_new n = { .title = "Sleep better", .cycle_name = "Q3", .layer = "individual",
					.unit_name = "Mobile", .owner_email = "cy@acme.test", .visibility = "private",
					.status = "active" };
	struct grip_objective *o = grip_objective_add(g, &n);
	assert_non_null(o);
	tmpdb_act_as(g, "cy@acme.test");
	struct grip_reflection_edit rf = { .did_not = "Late screens", .carry_forward = "No phone after nine" };
	assert_non_null(grip_reflection_set(g, o->id, &rf));
	struct grip_carry *c;
	assert_int_equal(grip_carry_objective(g, o->id, "Q4", &c), 0);
	assert_int_equal(c->n, 1);
	int64_t copy_id = c->items[0].id;
	struct grip_objective_edit open = { .visibility = "org", .development = -1 };
	assert_int_equal(grip_objective_edit(g, copy_id, &open), 0);

	tmpdb_act_as(g, "vi@acme.test");
	struct grip_objective *copy = grip_objective_get(g, copy_id, NULL);
	assert_non_null(copy);
	assert_int_equal(copy->carried_from, o->id);
	struct grip_carry_origin origin;
	assert_int_equal(grip_carry_origin(g, copy, &origin), 0);
	assert_null(origin.from);
	assert_null(origin.did_not);
	assert_null(origin.carry_forward);

	tmpdb_act_as(g, "bo@acme.test");
	copy = grip_objective_get(g, copy_id, NULL);
	assert_non_null(copy);
	assert_int_equal(grip_carry_origin(g, copy, &origin), 0);
	assert_non_null(origin.from);
	assert_int_equal(origin.from->id, o->id);
	assert_string_equal(origin.carry_forward, "No phone after nine");
	assert_string_equal(origin.did_not, "Late screens");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_not_from_an_active_cycle, setup, teardown),
		cmocka_unit_test_setup_teardown(test_copy_takes_its_key_results_from_their_last_value, setup, teardown),
		cmocka_unit_test_setup_teardown(test_who_may_carry, setup, teardown),
		cmocka_unit_test_setup_teardown(test_unit_maps_alignments_to_copies_in_the_same_call, setup, teardown),
		cmocka_unit_test_setup_teardown(test_cycle_from_previous_and_origin, setup, teardown),
		cmocka_unit_test_setup_teardown(test_origin_hides_a_source_the_reader_does_not_see, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
