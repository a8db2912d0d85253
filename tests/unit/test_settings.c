/*
 * test_settings.c — the rules of the organisation's settings, people,
 * units and cycles, over a real SQLite file: time zones are real zones and
 * decide what today is, the week starts on the org's day, a unit never
 * stands under itself, a cycle changes only in planning, a person who
 * leaves loses their credentials, the org read with a credential answers
 * for the org until anything changes, and the grip_may_* questions answer
 * as the writes decide.
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

static int32_t day_of(const char *date)
{
	int32_t d = 0;
	assert_true(date_parse(date, &d));
	return d;
}

static int setup(void **state)
{
	/* Half past eleven at night in UTC: already tomorrow in Berlin. */
	struct tmpdb_core *f = tmpdb_core_open("2026-11-22T23:30:00Z");
	assert_non_null(f);
	struct grip *g = &f->g;
	assert_non_null(grip_org_create(g, "Acme", "ada@acme.test", "Ada Admin"));
	assert_non_null(grip_person_add(g, "bo@acme.test", "Bo Berg", GRIP_ROLE_MEMBER));
	assert_non_null(grip_unit_add(g, "Products", "business_unit", NULL, "bo@acme.test", NULL));
	assert_non_null(grip_unit_add(g, "Dept", "department", "Products", NULL, NULL));
	assert_non_null(grip_unit_add(g, "Sub", "department", "Dept", NULL, NULL));
	assert_non_null(grip_unit_add(g, "Mobile", "team", "Sub", NULL, NULL));
	*state = f;
	return 0;
}

static void test_timezone_names(void **state)
{
	(void)state;
	assert_true(grip_timezone_valid("UTC"));
	assert_true(grip_timezone_valid("Europe/Berlin"));
	assert_true(grip_timezone_valid("America/New_York"));
	assert_false(grip_timezone_valid("Mars/Olympus"));
	assert_false(grip_timezone_valid("Europe"));          /* a folder */
	assert_false(grip_timezone_valid("zone.tab"));        /* not a zone file */
	assert_false(grip_timezone_valid("../../etc/passwd"));
	assert_false(grip_timezone_valid("/etc/localtime"));
	assert_false(grip_timezone_valid(""));
	assert_false(grip_timezone_valid(NULL));
}

static void test_today_follows_the_time_zone(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	assert_int_equal(grip_today(g), day_of("2026-11-22"));
	struct grip_org_edit e = { .timezone = "Europe/Berlin" };
	assert_int_equal(grip_org_edit(g, &e), 0);
	assert_int_equal(grip_today(g), day_of("2026-11-23"));
	e.timezone = "America/New_York";
	assert_int_equal(grip_org_edit(g, &e), 0);
	assert_int_equal(grip_today(g), day_of("2026-11-22"));
}

static void test_week_start(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	assert_int_equal(grip_week_start_parse("7"), 7);
	assert_int_equal(grip_week_start_parse("sunday"), 7);
	assert_int_equal(grip_week_start_parse("Sun"), 7);
	assert_int_equal(grip_week_start_parse("MONDAY"), 1);
	assert_int_equal(grip_week_start_parse("0"), -1);
	assert_int_equal(grip_week_start_parse("8"), -1);
	assert_int_equal(grip_week_start_parse("su"), -1);
	assert_int_equal(grip_week_start_parse("funday"), -1);
	struct grip_week w;
	assert_int_equal(grip_org_week(g, day_of("2026-11-25"), &w), 0);
	assert_int_equal(w.first, day_of("2026-11-23"));
	assert_int_equal(w.last, day_of("2026-11-29"));
	assert_string_equal(w.iso, "2026-W48");
	struct grip_org_edit e = { .week_start = "sunday" };
	assert_int_equal(grip_org_edit(g, &e), 0);
	assert_int_equal(grip_org_week(g, day_of("2026-11-25"), &w), 0);
	assert_int_equal(w.first, day_of("2026-11-22"));
	assert_int_equal(w.last, day_of("2026-11-28"));
	assert_string_equal(w.iso, "2026-W48"); /* filed under the week of its Monday */
	e.week_start = "3";                      /* Wednesday to Tuesday */
	assert_int_equal(grip_org_edit(g, &e), 0);
	assert_int_equal(grip_org_week(g, day_of("2026-11-24"), &w), 0);
	assert_int_equal(w.first, day_of("2026-11-18"));
	assert_string_equal(w.iso, "2026-W48");
}

static void test_org_edit_refuses_and_changes_nothing(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	struct grip_org_edit bad_tz = { .name = "Renamed", .timezone = "Mars/Olympus" };
	assert_int_equal(grip_org_edit(g, &bad_tz), -1);
	assert_int_equal(g->err.code, GRIP_EINVAL);
	assert_string_equal(g->err.field, "timezone");
	struct grip_org_edit bad_ws = { .name = "Renamed", .week_start = "8" };
	assert_int_equal(grip_org_edit(g, &bad_ws), -1);
	assert_string_equal(g->err.field, "week_start");
	struct grip_org_edit bad_locale = { .locale = "xx" };
	assert_int_equal(grip_org_edit(g, &bad_locale), -1);
	assert_string_equal(g->err.field, "locale");
	struct grip_org *o = grip_org_get(g, g->org_id);
	assert_string_equal(o->name, "Acme");
	assert_string_equal(o->timezone, "UTC");
	assert_int_equal(o->week_start, 1);
	/* Only an admin changes the settings; a person changes their own name. */
	g->actor = grip_person_by_email(g, "bo@acme.test");
	struct grip_org_edit ok = { .name = "Mine now" };
	assert_int_equal(grip_org_edit(g, &ok), -1);
	assert_int_equal(g->err.code, GRIP_EPERM);
	assert_int_equal(grip_person_edit(g, g->actor->id, "Bo B.", NULL), 0);
	assert_int_equal(grip_person_edit(g, g->actor->id, NULL, "admin"), -1);
	assert_int_equal(g->err.code, GRIP_EPERM);
	assert_int_equal(grip_person_edit(g, 1, "Ada", NULL), -1);
	assert_int_equal(g->err.code, GRIP_EPERM);
}

static void test_unit_parent_loop_and_kinds(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	struct grip_unit *dept = grip_unit_by_name(g, "Dept"), *mobile = grip_unit_by_name(g, "Mobile");
	assert_int_equal(grip_unit_edit(g, dept->id, NULL, "Sub", NULL, NULL, NULL, NULL), -1);
	assert_int_equal(g->err.code, GRIP_EINVAL);
	assert_string_equal(g->err.field, "parent");
	assert_int_equal(grip_unit_edit(g, dept->id, NULL, "Dept", NULL, NULL, NULL, NULL), -1);
	assert_string_equal(g->err.field, "parent");
	struct grip_unit *products = grip_unit_by_name(g, "Products");
	assert_int_equal(grip_unit_edit(g, products->id, NULL, "Dept", NULL, NULL, NULL, NULL), -1);
	assert_string_equal(g->err.field, "parent"); /* a business unit belongs to the company */
	assert_int_equal(grip_unit_edit(g, dept->id, NULL, "Mobile", NULL, NULL, NULL, NULL), -1);
	assert_string_equal(g->err.field, "parent"); /* a team holds no units */
	assert_int_equal(grip_unit_by_name(g, "Dept")->parent_id, products->id);
	/* Moving Mobile up to Products is fine. */
	assert_int_equal(grip_unit_edit(g, mobile->id, NULL, "Products", NULL, NULL, NULL, NULL), 0);
	assert_int_equal(grip_unit_by_name(g, "Mobile")->parent_id, products->id);
	/* Sub is now empty: it may go; Dept still holds Sub; Products holds units. */
	struct grip_unit *sub = grip_unit_by_name(g, "Sub");
	assert_int_equal(grip_unit_delete(g, dept->id), -1);
	assert_int_equal(g->err.code, GRIP_ECONFLICT);
	assert_int_equal(grip_unit_delete(g, sub->id), 0);
	assert_null(grip_unit_by_name(g, "Sub"));
}

static void test_cycle_edit_only_in_planning(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	struct grip_cycle *q4 = grip_cycle_add(g, "Q4", "quarter", "2026-10-01", "2026-12-31", 0, NULL);
	struct grip_cycle *q1 = grip_cycle_add(g, "Q1", "quarter", "2027-01-01", "2027-03-31", 0, NULL);
	assert_non_null(q4);
	assert_non_null(q1);
	assert_int_equal(grip_cycle_edit(g, q4->id, NULL, NULL, "2026-12-30"), -1);
	assert_int_equal(g->err.code, GRIP_ECONFLICT);
	assert_string_equal(grip_cycle_get(g, q4->id)->ends_on, "2026-12-31");
	assert_int_equal(grip_cycle_edit(g, q1->id, "2027-Q1", "2027-01-04", "2027-04-02"), 0);
	struct grip_cycle *c = grip_cycle_get(g, q1->id);
	assert_string_equal(c->name, "2027-Q1");
	assert_string_equal(c->starts_on, "2027-01-04");
	assert_string_equal(c->ends_on, "2027-04-02");
	assert_int_equal(grip_cycle_edit(g, q1->id, NULL, "2026-11-01", NULL), -1); /* would start in the past */
	assert_string_equal(g->err.field, "from");
	assert_int_equal(grip_cycle_edit(g, q1->id, NULL, NULL, "2026-12-31"), -1); /* ends before it starts */
	assert_string_equal(g->err.field, "to");
	assert_int_equal(grip_cycle_delete(g, q4->id), -1);
	assert_int_equal(grip_cycle_open(g, q1->id), 0);
	assert_int_equal(grip_cycle_edit(g, q1->id, "Again", NULL, NULL), -1);
	assert_int_equal(g->err.code, GRIP_ECONFLICT);
	struct grip_cycle *q2 = grip_cycle_add(g, "Q2", "quarter", "2027-04-01", "2027-06-30", 0, NULL);
	assert_non_null(q2);
	assert_int_equal(grip_cycle_delete(g, q2->id), 0);
	assert_null(grip_cycle_by_name(g, "Q2"));
}

/* A token's org comes with it: asked for by its slug or id in the same
 * request it is that row, not read again; another org's slug is not it;
 * after a change it is read afresh. */
static void test_org_read_with_the_credential(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	const char *secret = NULL;
	assert_non_null(grip_token_create(g, g->actor->id, "script", &secret));
	assert_int_equal(grip_token_resolve(g, secret), 0);
	struct grip_org *own = g->own_org;
	assert_non_null(own);
	assert_string_equal(own->slug, "acme");
	assert_string_equal(own->name, "Acme");
	assert_ptr_equal(grip_org_find(g, "acme"), own);
	assert_ptr_equal(grip_org_get(g, g->org_id), own);
	assert_null(grip_org_find(g, "other"));
	assert_int_equal(g->err.code, GRIP_ENOTFOUND);
	struct grip_org_edit e = { .name = "Acme Two" };
	assert_int_equal(grip_org_edit(g, &e), 0);
	assert_null(g->own_org);
	struct grip_org *again = grip_org_find(g, "acme");
	assert_non_null(again);
	assert_ptr_not_equal(again, own);
	assert_string_equal(again->name, "Acme Two");
}

static void test_leaving_stops_credentials(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	struct grip_person *bo = grip_person_by_email(g, "bo@acme.test");
	const char *secret = NULL;
	assert_non_null(grip_token_create(g, bo->id, "script", &secret));
	struct grip_person *admin = g->actor;
	assert_int_equal(grip_token_resolve(g, secret), 0);
	g->actor = admin;
	assert_int_equal(grip_person_leave(g, bo->id, NULL), 0);
	assert_int_equal(grip_token_resolve(g, secret), -1);
	assert_int_equal(g->err.code, GRIP_EAUTH);
	/* Revoked in the store, not only refused while they are away. */
	g->actor = admin;
	struct grip_token **ts;
	size_t n;
	assert_int_equal(grip_token_list(g, &ts, &n), 0);
	assert_int_equal(n, 1);
	assert_non_null(ts[0]->revoked_at);
}

static void test_may_questions_answer_as_the_writes(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	struct grip_unit *products = grip_unit_by_name(g, "Products"), *mobile = grip_unit_by_name(g, "Mobile");
	struct grip_unit *company = grip_unit_by_name(g, "Acme");
	g->err = (struct grip_error){ .code = GRIP_EINVAL, .field = "kept" };
	g->actor = grip_person_by_email(g, "bo@acme.test"); /* leads Products */
	const char *why = NULL;
	assert_true(grip_may_edit_unit(g, mobile, NULL));
	assert_false(grip_may_edit_unit(g, company, &why));
	assert_non_null(why);
	assert_false(grip_may_delete_unit(g, mobile, NULL)); /* admins only */
	assert_true(grip_may_manage_members(g, products->id, NULL));
	assert_false(grip_may_admin(g, NULL));
	assert_true(grip_may_edit_person(g, g->actor->id, NULL));
	assert_false(grip_may_edit_person(g, 1, NULL));
	assert_false(grip_may_mark_left(g, g->actor, NULL)); /* admins only */
	/* Where a unit may move: not under itself, a unit below it or a team;
	 * a lead only under what they lead. */
	struct grip_unit *dept = grip_unit_by_name(g, "Dept"), *sub = grip_unit_by_name(g, "Sub");
	assert_true(grip_may_move_unit(g, sub, products, NULL));
	assert_false(grip_may_move_unit(g, sub, company, NULL));
	assert_false(grip_may_move_unit(g, dept, sub, NULL));
	assert_false(grip_may_move_unit(g, dept, dept, NULL));
	assert_false(grip_may_move_unit(g, dept, mobile, NULL));
	g->actor = grip_person_by_email(g, "ada@acme.test");
	assert_true(grip_may_move_unit(g, sub, company, NULL));
	assert_true(grip_may_mark_left(g, grip_person_by_email(g, "bo@acme.test"), NULL));
	assert_false(grip_may_mark_left(g, g->actor, &why)); /* the last admin */
	assert_string_equal(g->err.field, "kept");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_timezone_names, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_today_follows_the_time_zone, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_week_start, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_org_edit_refuses_and_changes_nothing, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_unit_parent_loop_and_kinds, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_cycle_edit_only_in_planning, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_leaving_stops_credentials, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_org_read_with_the_credential, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_may_questions_answer_as_the_writes, setup, tmpdb_core_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
