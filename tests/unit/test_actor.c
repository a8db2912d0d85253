/*
 * test_actor.c — the actor's units, loaded once per request (actor.c),
 * answer "does the actor lead this unit?" and "are they in it?" exactly as
 * the queries asked before did, for every person and every unit of an org
 * with a lead of a parent unit, a unit's own lead, a membership that has
 * ended, one that ends later, a private group and a viewer; and they
 * follow a change made in the same request and a new day. Over a real
 * SQLite file.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "core/grip.h"
#include "tmpdb.h"
#include "util/date.h"

/* The queries membership.c ran for every question before (kept here as
 * the reference the loaded units must agree with). */
static bool old_is_member(struct grip *g, int64_t unit_id, int64_t person_id, const char *today)
{
	int64_t n = 0;
	assert_int_equal(store_x(g->store, &n,
		"SELECT COUNT(*) FROM memberships WHERE unit_id = ? AND person_id = ?"
		" AND (left_on IS NULL OR left_on > ?)", V(unit_id), V(person_id), V(today)), STORE_OK);
	return n > 0;
}

static bool old_is_lead(struct grip *g, int64_t unit_id, int64_t person_id, const char *today)
{
	int64_t n = 0;
	assert_int_equal(store_x(g->store, &n,
		"WITH RECURSIVE up (id, parent_id, lead_id) AS ("
		" SELECT id, parent_id, lead_id FROM units WHERE id = ?"
		" UNION ALL SELECT u.id, u.parent_id, u.lead_id FROM units u JOIN up ON u.id = up.parent_id)"
		" SELECT COUNT(*) FROM up WHERE lead_id = ? OR EXISTS (SELECT 1 FROM memberships m"
		" WHERE m.unit_id = up.id AND m.person_id = ? AND m.role = 'lead'"
		" AND (m.left_on IS NULL OR m.left_on > ?))",
		V(unit_id), V(person_id), V(person_id), V(today)), STORE_OK);
	return n > 0;
}

static const char *const people[] = { "ada@acme.test", "bo@acme.test", "cy@acme.test", "dee@acme.test",
				      "ed@acme.test", "fay@acme.test" };
static const char *const units[] = { "Acme", "Products", "Mobile", "Web", "Deep", "Circle", "Ops" };

/* By the store, not the core: the test asks about units the actor may
 * not see. */
static int64_t unit_id(struct grip *g, const char *name)
{
	int64_t id = 0;
	assert_int_equal(store_x(g->store, &id, "SELECT id FROM units WHERE name = ?", V(name)), STORE_OK);
	assert_true(id > 0);
	return id;
}

static int64_t person_id(struct grip *g, const char *email)
{
	struct grip_person *p = grip_person_by_email(g, email);
	assert_non_null(p);
	return p->id;
}

/*   Acme (company)
 *   ├─ Products (business unit; Ed is a lead member of it)
 *   │   ├─ Mobile (team, lead Bo)
 *   │   ├─ Web (team; Cy left it on 2026-11-01, Fay leaves it on 2026-12-01)
 *   │   └─ Deep (team; Dee, a viewer, is a member)
 *   ├─ Ops (department; Fay leads it by a lead membership that ended)
 *   └─ Circle (private group, lead Bo; Cy a member) */
static int setup(void **state)
{
	struct tmpdb_core *f = tmpdb_core_open("2026-11-23");
	assert_non_null(f);
	struct grip *g = &f->g;
	assert_non_null(grip_org_create(g, "Acme", "ada@acme.test", "Ada Admin"));
	assert_non_null(grip_person_add(g, "bo@acme.test", "Bo Berg", GRIP_ROLE_MEMBER));
	assert_non_null(grip_person_add(g, "cy@acme.test", "Cy Cole", GRIP_ROLE_MEMBER));
	assert_non_null(grip_person_add(g, "dee@acme.test", "Dee Dunn", GRIP_ROLE_VIEWER));
	assert_non_null(grip_person_add(g, "ed@acme.test", "Ed Eng", GRIP_ROLE_MEMBER));
	assert_non_null(grip_person_add(g, "fay@acme.test", "Fay Fox", GRIP_ROLE_MEMBER));
	assert_non_null(grip_unit_add(g, "Products", "business_unit", NULL, NULL, NULL));
	assert_non_null(grip_unit_add(g, "Mobile", "team", "Products", "bo@acme.test", NULL));
	assert_non_null(grip_unit_add(g, "Web", "team", "Products", NULL, NULL));
	assert_non_null(grip_unit_add(g, "Deep", "team", "Products", NULL, NULL));
	assert_non_null(grip_unit_add(g, "Ops", "department", NULL, NULL, NULL));
	assert_non_null(grip_unit_add(g, "Circle", "group", NULL, "bo@acme.test", "private"));
	assert_non_null(grip_member_add(g, unit_id(g, "Products"), person_id(g, "ed@acme.test"), "lead", "2026-10-01"));
	assert_non_null(grip_member_add(g, unit_id(g, "Web"), person_id(g, "cy@acme.test"), NULL, "2026-10-01"));
	assert_non_null(grip_member_leave(g, unit_id(g, "Web"), person_id(g, "cy@acme.test"), "2026-11-01", NULL));
	assert_non_null(grip_member_add(g, unit_id(g, "Web"), person_id(g, "fay@acme.test"), NULL, "2026-10-01"));
	assert_non_null(grip_member_leave(g, unit_id(g, "Web"), person_id(g, "fay@acme.test"), "2026-12-01", NULL));
	assert_non_null(grip_member_add(g, unit_id(g, "Ops"), person_id(g, "fay@acme.test"), "lead", "2026-10-01"));
	assert_non_null(grip_member_leave(g, unit_id(g, "Ops"), person_id(g, "fay@acme.test"), "2026-11-10", NULL));
	assert_non_null(grip_member_add(g, unit_id(g, "Deep"), person_id(g, "dee@acme.test"), NULL, "2026-10-01"));
	assert_non_null(grip_member_add(g, unit_id(g, "Circle"), person_id(g, "cy@acme.test"), NULL, "2026-10-01"));
	*state = f;
	return 0;
}

/* Every person as the actor, every unit: the loaded answers are the old
 * queries' answers, today. */
static void agree_everywhere(struct grip *g)
{
	char today[DATE_LEN];
	for (size_t p = 0; p < sizeof people / sizeof *people; p++) {
		tmpdb_act_as(g, people[p]);
		date_format(grip_today(g), today);
		int64_t me = g->actor->id;
		for (size_t u = 0; u < sizeof units / sizeof *units; u++) {
			int64_t id = unit_id(g, units[u]);
			if (grip_is_lead(g, id, me) != old_is_lead(g, id, me, today) ||
			    grip_is_member(g, id, me) != old_is_member(g, id, me, today))
				fail_msg("%s in %s on %s: lead %d/%d, member %d/%d", people[p], units[u], today,
					 grip_is_lead(g, id, me), old_is_lead(g, id, me, today),
					 grip_is_member(g, id, me), old_is_member(g, id, me, today));
		}
	}
}

static void test_answers_as_the_queries(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	agree_everywhere(g);
	/* The cases the org was built for, spelled out. */
	tmpdb_act_as(g, "ed@acme.test"); /* a lead member of the parent unit */
	assert_true(grip_is_lead(g, unit_id(g, "Mobile"), g->actor->id));
	assert_true(grip_is_lead(g, unit_id(g, "Deep"), g->actor->id));
	assert_false(grip_is_lead(g, unit_id(g, "Acme"), g->actor->id));
	assert_false(grip_is_member(g, unit_id(g, "Mobile"), g->actor->id));
	tmpdb_act_as(g, "cy@acme.test"); /* left Web, still in the private Circle */
	assert_false(grip_is_member(g, unit_id(g, "Web"), g->actor->id));
	assert_true(grip_is_member(g, unit_id(g, "Circle"), g->actor->id));
	assert_true(grip_can_see_unit(g, grip_unit_get(g, unit_id(g, "Circle"))));
	tmpdb_act_as(g, "fay@acme.test"); /* leaves Web later; her lead of Ops has ended */
	assert_true(grip_is_member(g, unit_id(g, "Web"), g->actor->id));
	assert_false(grip_is_lead(g, unit_id(g, "Ops"), g->actor->id));
	tmpdb_act_as(g, "dee@acme.test"); /* a viewer in Deep: member, and sees no private group */
	assert_true(grip_is_member(g, unit_id(g, "Deep"), g->actor->id));
	struct grip_unit *circle = grip_unit_get(g, unit_id(g, "Circle"));
	assert_true(circle == NULL || !grip_can_see_unit(g, circle));
	tmpdb_act_as(g, "bo@acme.test"); /* leads Mobile and the Circle by units.lead_id */
	assert_true(grip_is_lead(g, unit_id(g, "Circle"), g->actor->id));
	assert_false(grip_is_lead(g, unit_id(g, "Web"), g->actor->id));
}

/* A later day: Fay's membership of Web has ended, and the answers move
 * with the clock in the same context. */
static void test_follows_the_day(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	tmpdb_act_as(g, "fay@acme.test");
	assert_true(grip_is_member(g, unit_id(g, "Web"), g->actor->id));
	tmpdb_at(g, "2026-12-02");
	assert_false(grip_is_member(g, unit_id(g, "Web"), g->actor->id));
	agree_everywhere(g);
	tmpdb_at(g, "2026-11-23");
}

/* A change the request makes itself is seen by its next question: the
 * loaded units are dropped with the event of the change. */
static void test_follows_a_change(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	tmpdb_act_as(g, "cy@acme.test");
	int64_t cy = g->actor->id, mobile = unit_id(g, "Mobile"), deep = unit_id(g, "Deep");
	assert_false(grip_is_member(g, mobile, cy));
	assert_false(grip_is_lead(g, deep, cy));
	struct grip_person *cy_p = g->actor;
	tmpdb_act_as(g, "ada@acme.test");
	assert_non_null(grip_member_add(g, mobile, cy, NULL, "2026-11-01"));
	assert_int_equal(grip_unit_edit(g, deep, NULL, NULL, "cy@acme.test", NULL, NULL, NULL), 0);
	g->actor = cy_p;
	assert_true(grip_is_member(g, mobile, cy));
	assert_true(grip_is_lead(g, deep, cy));
	/* and she is dropped from Mobile again, by a lead of the parent unit */
	tmpdb_act_as(g, "ed@acme.test");
	assert_non_null(grip_member_leave(g, mobile, cy, "2026-11-20", "moved"));
	g->actor = cy_p;
	assert_false(grip_is_member(g, mobile, cy));
	agree_everywhere(g);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_answers_as_the_queries),
		cmocka_unit_test(test_follows_the_day),
		cmocka_unit_test(test_follows_a_change),
	};
	return cmocka_run_group_tests(tests, setup, tmpdb_core_teardown);
}
