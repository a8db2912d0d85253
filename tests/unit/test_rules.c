/*
 * test_rules.c — the rules the faces once computed each for themselves and
 * now ask the core: where an objective's pace starts, how deep an objective
 * sits below strategy, the status a new objective starts in, which units
 * fit a layer, and a set of objectives' summary. Over a real SQLite file.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "core/grip.h"
#include "core/measure.h"
#include "tmpdb.h"
#include "util/date.h"

static int64_t at_day(const char *date)
{
	int64_t t = 0;
	assert_true(datetime_parse(date, &t));
	return t;
}

static int32_t day_of(const char *date)
{
	int32_t d = 0;
	assert_true(date_parse(date, &d));
	return d;
}

static int setup(void **state)
{
	struct tmpdb_core *f = tmpdb_core_open("2026-11-23");
	assert_non_null(f);
	struct grip *g = &f->g;
	assert_non_null(grip_org_create(g, "Acme", "ada@acme.test", "Ada Admin"));
	assert_non_null(grip_person_add(g, "bo@acme.test", "Bo Berg", GRIP_ROLE_MEMBER));
	assert_non_null(grip_person_add(g, "cy@acme.test", "Cy Cole", GRIP_ROLE_MEMBER));
	assert_non_null(grip_unit_add(g, "Products", "business_unit", NULL, NULL, NULL));
	assert_non_null(grip_unit_add(g, "Mobile", "team", "Products", "bo@acme.test", NULL));
	assert_non_null(grip_unit_add(g, "Circle", "group", NULL, "bo@acme.test", NULL));
	assert_non_null(grip_cycle_add(g, "Q4", "quarter", "2026-10-01", "2026-12-31", 0, NULL));
	*state = f;
	return 0;
}

static struct grip_objective *add(struct grip *g, const char *title, const char *layer, const char *unit,
				  const char *owner, int64_t parent, const char *status)
{
	struct grip_objective_new n = { .title = title, .cycle_name = "Q4", .layer = layer, .unit_name = unit,
					.owner_email = owner, .aligns_to = parent ? &parent : NULL,
					.n_aligns_to = parent != 0, .status = status };
	struct grip_objective *o = grip_objective_add(g, &n);
	assert_non_null(o);
	return o;
}

/* ---- pace ---- */

static void test_pace_start_rule(void **state)
{
	(void)state;
	int32_t start = day_of("2026-10-01");
	/* never approved: from creation, but not before the cycle */
	assert_int_equal(measure_pace_start(start, day_of("2026-11-23"), -1), day_of("2026-11-23"));
	assert_int_equal(measure_pace_start(start, day_of("2026-09-20"), -1), start);
	/* approved: from approval, but not before the cycle */
	assert_int_equal(measure_pace_start(start, day_of("2026-10-02"), day_of("2026-11-01")), day_of("2026-11-01"));
	assert_int_equal(measure_pace_start(start, day_of("2026-09-20"), day_of("2026-09-25")), start);
}

static void test_fresh_objective_not_at_risk(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	struct grip_objective *o = add(g, "Fresh", "team", "Mobile", NULL, 0, "active");
	struct grip_kr_new kr = { .title = "Users", .baseline = 0, .target = 100 };
	assert_non_null(grip_kr_add(g, o->id, &kr));
	o = grip_objective_get(g, o->id, NULL);
	assert_string_equal(o->pace_from, "2026-11-23");
	assert_float_equal(o->expected, 0, 1e-12);
	assert_false(o->at_risk);
	/* Four weeks on, with nothing done, it is behind the pace from its start. */
	g->now = at_day("2026-12-21");
	o = grip_objective_get(g, o->id, NULL);
	assert_float_equal(o->expected, 28.0 / 38.0, 1e-12);
	assert_true(o->at_risk);
}

static void test_pace_from_approval(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	int64_t now = g->now;
	g->now = at_day("2026-10-01");
	struct grip_objective *o = add(g, "Slow to agree", "team", "Mobile", NULL, 0, "draft");
	g->now = at_day("2026-11-01");
	assert_int_equal(grip_objective_set_status(g, o->id, "active", NULL), 0);
	g->now = now;
	o = grip_objective_get(g, o->id, NULL);
	assert_string_equal(o->approved_at, "2026-11-01T00:00:00Z");
	assert_string_equal(o->pace_from, "2026-11-01");
	assert_float_equal(o->expected, 22.0 / 60.0, 1e-12);
	/* Before its approval, its pace ran from its creation. */
	o = grip_objective_get(g, o->id, "2026-10-15");
	assert_null(o->approved_at);
	assert_string_equal(o->pace_from, "2026-10-01");
	assert_float_equal(o->expected, 14.0 / 91.0, 1e-12);
}

/* ---- depth below strategy ---- */

struct held {
	struct grip_objective *os;
	size_t n;
};

static const struct grip_objective *held_objective(const void *ctx, int64_t id)
{
	const struct held *h = ctx;
	for (size_t i = 0; i < h->n; i++)
		if (h->os[i].id == id)
			return &h->os[i];
	return NULL;
}

/* Unit 1 is the company, 2 a business unit, 3 a team. */
static struct grip_unit company = { .id = 1, .kind = GRIP_UNIT_COMPANY }, bu = { .id = 2, .kind = GRIP_UNIT_BUSINESS_UNIT },
			team = { .id = 3, .kind = GRIP_UNIT_TEAM };
static struct grip_unit *const units[] = { &company, &bu, &team };

static void test_depth_below_strategy(void **state)
{
	(void)state;
	int64_t to1[] = { 1 }, to2[] = { 2 }, to3[] = { 3 }, to5[] = { 5 }, to6[] = { 6 }, to99[] = { 99 },
		to3and6[] = { 3, 6 };
	struct grip_objective os[] = {
		{ .id = 1, .layer = GRIP_LAYER_STRATEGIC, .unit_id = 1 },
		{ .id = 2, .layer = GRIP_LAYER_STRATEGIC, .unit_id = 1, .aligns_to = to1, .n_aligns_to = 1 },
		{ .id = 3, .layer = GRIP_LAYER_TEAM, .unit_id = 3, .aligns_to = to2, .n_aligns_to = 1 },
		{ .id = 4, .layer = GRIP_LAYER_INDIVIDUAL, .aligns_to = to3, .n_aligns_to = 1 },
		{ .id = 5, .layer = GRIP_LAYER_STRATEGIC, .unit_id = 2, .aligns_to = to1, .n_aligns_to = 1 },
		{ .id = 6, .layer = GRIP_LAYER_TEAM, .unit_id = 3, .aligns_to = to5, .n_aligns_to = 1 },
		{ .id = 7, .layer = GRIP_LAYER_INDIVIDUAL, .aligns_to = to6, .n_aligns_to = 1 },
		{ .id = 8, .layer = GRIP_LAYER_TEAM, .unit_id = 3 },
		{ .id = 9, .layer = GRIP_LAYER_INDIVIDUAL, .aligns_to = to99, .n_aligns_to = 1 },
		{ .id = 10, .layer = GRIP_LAYER_INDIVIDUAL, .aligns_to = to3and6, .n_aligns_to = 2 },
	};
	struct held h = { os, sizeof os / sizeof os[0] };
	struct grip_cascade c = { held_objective, &h, units, 3 };
	static const int want[] = { 0, 1, 2, 3, 0, 1, 2, 0, 1, 3 };
	for (size_t i = 0; i < h.n; i++)
		assert_int_equal(grip_objective_depth(&c, &os[i]), want[i]);
	assert_false(grip_cascade_too_deep(2));
	assert_true(grip_cascade_too_deep(3));
	/* A damaged store's loop ends. */
	int64_t to11[] = { 11 }, to12[] = { 12 };
	struct grip_objective loop[] = {
		{ .id = 11, .layer = GRIP_LAYER_TEAM, .aligns_to = to12, .n_aligns_to = 1 },
		{ .id = 12, .layer = GRIP_LAYER_TEAM, .aligns_to = to11, .n_aligns_to = 1 },
	};
	struct held hl = { loop, 2 };
	struct grip_cascade cl = { held_objective, &hl, units, 3 };
	assert_true(grip_objective_depth(&cl, &loop[0]) > 0);
}

/* ---- summaries ---- */

static void test_summary(void **state)
{
	(void)state;
	struct grip_objective a = { .progress = 0.2, .at_risk = true, .stale = true },
			      b = { .progress = 0.6, .at_risk = true }, c = { .progress = 1.0 };
	struct grip_objective *os[] = { &a, &b, &c };
	struct grip_summary s = grip_objectives_summary(os, 3);
	assert_int_equal(s.n, 3);
	assert_int_equal(s.at_risk, 2);
	assert_int_equal(s.stale, 1);
	assert_float_equal(s.mean_progress, 0.6, 1e-12);
	s = grip_objectives_summary(NULL, 0);
	assert_int_equal(s.n, 0);
	assert_float_equal(s.mean_progress, 0, 1e-12);
}

/* ---- what a new objective may be ---- */

static void test_unit_fits_layer(void **state)
{
	(void)state;
	static const enum grip_unit_kind kinds[] = { GRIP_UNIT_COMPANY, GRIP_UNIT_BUSINESS_UNIT, GRIP_UNIT_DEPARTMENT,
						     GRIP_UNIT_TEAM, GRIP_UNIT_GROUP };
	static const struct {
		const char *layer;
		bool fits[5];
	} want[] = {
		{ "strategic", { true, true, false, false, false } },
		{ "team", { false, false, true, true, false } },
		{ "individual", { true, true, true, true, false } },
		{ "group", { false, false, false, false, true } },
		{ "member", { false, false, false, false, true } },
		{ "nonsense", { false, false, false, false, false } },
	};
	for (size_t l = 0; l < sizeof want / sizeof want[0]; l++) {
		enum grip_layer layer = GRIP_LAYER_STRATEGIC;
		bool known = grip_layer_parse(want[l].layer, &layer) == 0;
		for (size_t k = 0; k < 5; k++)
			assert_int_equal(known && grip_unit_fits_layer(layer, kinds[k]), want[l].fits[k]);
	}
}

static bool has_unit(const struct grip_objective_choices *c, const char *name)
{
	for (size_t i = 0; i < c->n_units; i++)
		if (strcmp(c->units[i]->name, name) == 0)
			return true;
	return false;
}

static void test_choices_and_default_status(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	assert_non_null(grip_member_add(g, grip_unit_by_name(g, "Mobile")->id,
					grip_person_by_email(g, "cy@acme.test")->id, "member", "2026-10-01"));
	struct grip_objective_choices c;
	/* Cy, a member of Mobile (led by Bo). */
	g->actor = grip_person_by_email(g, "cy@acme.test");
	assert_int_equal(grip_objective_choices(g, "team", &c), 0);
	assert_int_equal(c.n_units, 1);
	assert_string_equal(c.unit, "Mobile");
	assert_true(c.unit_required);
	assert_false(c.owner_required);
	assert_string_equal(c.owner, "cy@acme.test"); /* who writes it owns it, unless they choose otherwise */
	assert_int_equal(c.n_people, 3); /* anyone active may own a team objective */
	assert_int_equal(grip_objective_choices(g, "strategic", &c), 0);
	assert_int_equal(c.n_units, 0); /* only the unit's lead or an admin */
	assert_int_equal(grip_objective_choices(g, "individual", &c), 0);
	assert_int_equal(c.n_people, 1);
	assert_string_equal(c.people[0]->email, "cy@acme.test");
	assert_string_equal(c.owner, "cy@acme.test");
	assert_null(c.unit);
	assert_false(c.unit_required);
	assert_true(has_unit(&c, "Mobile") && has_unit(&c, "Acme") && !has_unit(&c, "Circle"));
	assert_int_equal(grip_objective_choices(g, "chaos", &c), -1);
	assert_string_equal(g->err.field, "layer");
	g->err = (struct grip_error){ 0 };
	/* The most Cy may: a proposal, for the lead to approve. */
	struct grip_objective_new n = { .title = "Faster set-up", .cycle_name = "Q4", .layer = "team",
					.unit_name = "Mobile", .start_furthest = true };
	struct grip_objective *o = grip_objective_add(g, &n);
	assert_non_null(o);
	assert_string_equal(grip_objective_status_name(o->status), "proposed");
	assert_int_equal(g->err.code, 0);
	/* An explicit status is still judged as before. */
	n.start_furthest = false;
	n.status = "active";
	assert_null(grip_objective_add(g, &n));
	assert_string_equal(g->err.field, "status");
	g->err = (struct grip_error){ 0 };
	/* Bo, the lead: active at once, and the company is not his to write for. */
	g->actor = grip_person_by_email(g, "bo@acme.test");
	n.start_furthest = true;
	n.status = NULL;
	o = grip_objective_add(g, &n);
	assert_non_null(o);
	assert_string_equal(grip_objective_status_name(o->status), "active");
	assert_int_equal(grip_objective_choices(g, "individual", &c), 0);
	assert_int_equal(c.n_people, 2); /* himself and Cy, whom he leads */
	assert_int_equal(grip_objective_choices(g, "group", &c), 0);
	assert_true(has_unit(&c, "Circle") && c.n_units == 1 && c.n_people == 0 && !c.owner_allowed);
	/* An individual objective does not name a group. */
	struct grip_objective_new in = { .title = "Mine", .cycle_name = "Q4", .layer = "individual",
					 .unit_name = "Circle", .owner_email = "bo@acme.test" };
	assert_null(grip_objective_add(g, &in));
	assert_string_equal(g->err.field, "unit");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pace_start_rule),
		cmocka_unit_test_setup_teardown(test_fresh_objective_not_at_risk, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_pace_from_approval, setup, tmpdb_core_teardown),
		cmocka_unit_test(test_depth_below_strategy),
		cmocka_unit_test(test_summary),
		cmocka_unit_test(test_unit_fits_layer),
		cmocka_unit_test_setup_teardown(test_choices_and_default_status, setup, tmpdb_core_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
