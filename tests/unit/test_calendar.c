/*
 * test_calendar.c — the rules of calendar.c: the feed's address (made,
 * replaced, revoked, only a digest kept, no feed for someone who has
 * left), and its events as the person sees things: check-in days by
 * cadence at the org's remind hour, a private group's programme only to
 * those in it, reviews and scoring only to those who make them.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "core/grip.h"
#include "store/store.h"
#include "util/date.h"
#include "tmpdb.h"

/* Acme on 2026-11-23 (a Monday): Bo leads the team Mobile, Cy is in it;
 * Lee leads the private group Circle, Ann is in it; Vi only reads. The
 * quarter Q4 (2026-10-01 to 2026-12-31) holds Mobile's objective 1; the
 * programme Winter (3 weeks from 2026-11-16) runs. */
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
	struct grip_unit *team = grip_unit_add(g, "Mobile", "team", NULL, "bo@acme.test", NULL);
	struct grip_unit *circle = grip_unit_add(g, "Circle", "group", NULL, "lee@acme.test", "private");
	assert_non_null(team);
	assert_non_null(circle);
	assert_non_null(grip_member_add(g, team->id, cy->id, "member", "2026-10-01"));
	assert_non_null(grip_member_add(g, circle->id, ann->id, "member", "2026-10-01"));
	assert_non_null(grip_cycle_add(g, "Q4", "quarter", "2026-10-01", "2026-12-31", 0, NULL));
	assert_non_null(grip_cycle_add(g, "Winter", "programme", "2026-11-16", NULL, 3, "Circle"));
	struct grip_objective_new o = { .title = "Ship, then; rest", .cycle_name = "Q4", .layer = "team",
					.unit_name = "Mobile", .status = "active" };
	assert_non_null(grip_objective_add(g, &o));
	*state = f;
	return 0;
}

static void as(struct grip *g, const char *email)
{
	g->memo = NULL;
	g->seen = NULL;
	tmpdb_act_as(g, email);
}

/* How many of the actor's events are of kind, and the first's day. */
static size_t count(struct grip *g, const char *kind, int32_t *first)
{
	struct grip_calendar_event **es;
	size_t n, k = 0;
	assert_int_equal(grip_calendar_events(g, &es, &n), 0);
	for (size_t i = 0; i < n; i++)
		if (strcmp(es[i]->kind, kind) == 0 && k++ == 0 && first)
			*first = es[i]->day;
	return k;
}

static void test_address(void **state)
{
	struct tmpdb_core *f = *state;
	struct grip *g = &f->g;
	as(g, "cy@acme.test");
	bool on = true, replaced = true;
	const char *path, *second;
	assert_int_equal(grip_calendar_active(g, &on), 0);
	assert_false(on);
	assert_int_equal(grip_calendar_revoke(g), -1);
	assert_int_equal(g->err.code, GRIP_ENOTFOUND);
	assert_int_equal(grip_calendar_create(g, &path, &replaced), 0);
	assert_false(replaced);
	assert_int_equal(strncmp(path, "/calendar/", 10), 0);
	char secret[128];
	size_t len = strlen(path) - 10 - 4;
	memcpy(secret, path + 10, len);
	secret[len] = '\0';
	/* Only a digest is stored. */
	int64_t plain = 1;
	assert_int_equal(store_x(g->store, &plain, "SELECT COUNT(*) FROM people WHERE calendar_hash = ?",
				 store_val_text(secret)), STORE_OK);
	assert_int_equal(plain, 0);
	/* The secret opens Cy's feed, as Cy. */
	struct grip_person *cy = g->actor;
	g->actor = NULL;
	g->org_id = 0;
	assert_true(grip_calendar_secret_shaped(secret, len));
	assert_int_equal(grip_calendar_resolve(g, secret), 0);
	assert_int_equal(g->actor->id, cy->id);
	/* Only the shape of a secret made here is looked up. */
	assert_false(grip_calendar_secret_shaped("short", 5));
	assert_false(grip_calendar_secret_shaped("abcdefghij+lmnopqrstuvwxyz", 26));
	assert_true(grip_calendar_secret_shaped("abcdefghij-lmnopqrst_vwxyz", 26));
	assert_int_equal(grip_calendar_resolve(g, "abcdefghij+lmnopqrstuvwxyz"), -1);
	assert_int_equal(g->err.code, GRIP_ENOTFOUND);
	/* A new address: the old one stops. */
	assert_int_equal(grip_calendar_create(g, &second, &replaced), 0);
	assert_true(replaced);
	assert_string_not_equal(second, path);
	assert_int_equal(grip_calendar_resolve(g, secret), -1);
	assert_int_equal(g->err.code, GRIP_ENOTFOUND);
	assert_int_equal(grip_calendar_resolve(g, "short"), -1);
	/* Revoked: none. */
	as(g, "cy@acme.test");
	assert_int_equal(grip_calendar_revoke(g), 0);
	memcpy(secret, second + 10, len);
	assert_int_equal(grip_calendar_resolve(g, secret), -1);
	/* A viewer may have one; someone who left opens nothing. */
	as(g, "vi@acme.test");
	assert_int_equal(grip_calendar_create(g, &path, &replaced), 0);
	memcpy(secret, path + 10, len);
	as(g, "ada@acme.test");
	assert_int_equal(grip_person_leave(g, grip_person_by_email(g, "vi@acme.test")->id, NULL), 0);
	assert_int_equal(grip_calendar_resolve(g, secret), -1);
	assert_int_equal(g->err.code, GRIP_ENOTFOUND);
}

static void test_checkin_days(void **state)
{
	struct tmpdb_core *f = *state;
	struct grip *g = &f->g;
	as(g, "cy@acme.test");
	int32_t first = 0;
	/* Weekly: each Monday from 2026-10-26 (four weeks back) to 28 December. */
	assert_int_equal(count(g, "checkin", &first), 10);
	assert_int_equal(first, date_from_civil(2026, 10, 26));
	assert_int_equal(store_x(g->store, NULL, "UPDATE objectives SET cadence = 'fortnightly'"), STORE_OK);
	/* Every other Monday from the first of the cycle's (5 October). */
	assert_int_equal(count(g, "checkin", &first), 5);
	assert_int_equal(first, date_from_civil(2026, 11, 2));
	assert_int_equal(store_x(g->store, NULL, "UPDATE objectives SET cadence = 'monthly'"), STORE_OK);
	assert_int_equal(count(g, "checkin", &first), 2);
	assert_int_equal(first, date_from_civil(2026, 11, 1));
	/* At the org's remind hour. */
	assert_int_equal(store_x(g->store, NULL, "UPDATE orgs SET remind_hour = 14"), STORE_OK);
	struct grip_calendar_event **es;
	size_t n;
	assert_int_equal(grip_calendar_events(g, &es, &n), 0);
	assert_true(n > 0);
	assert_int_equal(es[0]->minute, 14 * 60);
	assert_int_equal(es[0]->duration, 15);
	/* A viewer checks in on nothing; a finished objective asks no more. */
	as(g, "vi@acme.test");
	assert_int_equal(count(g, "checkin", NULL), 0);
	as(g, "ada@acme.test");
	assert_int_equal(grip_objective_set_status(g, 1, "dropped", "no longer"), 0);
	as(g, "cy@acme.test");
	assert_int_equal(count(g, "checkin", NULL), 0);
}

static void test_seen_only(void **state)
{
	struct tmpdb_core *f = *state;
	struct grip *g = &f->g;
	/* The private group's programme: its member and its lead. */
	as(g, "ann@acme.test");
	assert_int_equal(count(g, "programme.week", NULL), 3);
	assert_int_equal(count(g, "commitment", NULL), 3);
	assert_int_equal(count(g, "review", NULL), 0);
	as(g, "lee@acme.test");
	assert_int_equal(count(g, "programme.week", NULL), 3);
	assert_int_equal(count(g, "review", NULL), 0); /* no outcome to review yet */
	as(g, "cy@acme.test");
	assert_int_equal(count(g, "programme.week", NULL), 0);
	assert_int_equal(count(g, "commitment", NULL), 0);
	assert_int_equal(count(g, "review", NULL), 0);
	assert_int_equal(count(g, "scoring", NULL), 1);
	/* Mobile's lead reviews at Q4's mid-point; admins review everything. */
	int32_t day = 0;
	as(g, "bo@acme.test");
	assert_int_equal(count(g, "review", &day), 1);
	assert_int_equal(day, date_from_civil(2026, 11, 16));
	as(g, "ada@acme.test");
	assert_int_equal(count(g, "review", NULL), 1);
	assert_int_equal(count(g, "programme.week", NULL), 0); /* not in the group */
}

static void test_ics(void **state)
{
	struct tmpdb_core *f = *state;
	struct grip *g = &f->g;
	assert_int_equal(store_x(g->store, NULL, "UPDATE orgs SET timezone = 'Europe/Berlin'"), STORE_OK);
	g->today_org = 0;
	as(g, "cy@acme.test");
	size_t len = 0;
	const char *ics = grip_calendar_ics(g, "https://grip.example", &len);
	assert_non_null(ics);
	assert_int_equal(strlen(ics), len);
	assert_int_equal(strncmp(ics, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", 30), 0);
	assert_non_null(strstr(ics, "BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n"));
	assert_non_null(strstr(ics, "UID:checkin-1-20261123-p2@acme.grip\r\n"));
	assert_non_null(strstr(ics, "DTSTART;TZID=Europe/Berlin:20261123T090000\r\n"));
	assert_non_null(strstr(ics, "SUMMARY:Check-in: Ship\\, then\\; rest\r\n"));
	assert_non_null(strstr(ics, "DTSTART;VALUE=DATE:20261231\r\n"));
	assert_non_null(strstr(ics, "URL:https://grip.example/objectives/1/checkin\r\n"));
	assert_non_null(strstr(ics, "REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n"));
	assert_int_equal(strcmp(ics + len - 15, "END:VCALENDAR\r\n"), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_address, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_checkin_days, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_seen_only, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_ics, setup, tmpdb_core_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
