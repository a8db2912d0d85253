/*
 * test_remind.c — reminders as people receive them (remind.c, message.c,
 * notices.c, notify.c): the words of every kind in English and German,
 * nothing before the org's remind hour, email only for those who want it,
 * a digest reader's emails held to the first day of the org's week, a
 * unit's webhook hearing only its public objectives, and the in-app list
 * that is its person's alone.
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

/* The kinds grip.h names in struct grip_due's comment. */
static const char *const kinds[] = { "checkin.due", "commitment.write", "commitment.close", "review.due",
				     "score.due", "group.review", "member.drifting", "approval.waiting",
				     "objective.returned", NULL };

/* Acme on Monday 2026-11-23 at `now`: Cy owns an active individual
 * objective of the running quarter Q4 with no check-in yet, and a team
 * objective of Mobile (which has a webhook; Ada leads it, so the reviews
 * past Q4's mid-point are due from her). */
static struct tmpdb_core *world(const char *now)
{
	struct tmpdb_core *f = tmpdb_core_open(now);
	assert_non_null(f);
	struct grip *g = &f->g;
	assert_non_null(grip_org_create(g, "Acme", "ada@acme.test", "Ada Admin"));
	struct grip_person *cy = grip_person_add(g, "cy@acme.test", "Cy", GRIP_ROLE_MEMBER);
	assert_non_null(cy);
	assert_non_null(grip_person_add(g, "bo@acme.test", "Bo", GRIP_ROLE_MEMBER));
	assert_non_null(grip_cycle_add(g, "Q4", "quarter", "2026-10-01", "2026-12-31", 0, NULL));
	struct grip_unit *u = grip_unit_add(g, "Mobile", "team", NULL, "ada@acme.test", NULL);
	assert_non_null(u);
	struct grip_objective_new n = { .title = "Ship the app", .cycle_name = "Q4", .layer = "individual",
					.owner_email = "cy@acme.test", .status = "active" };
	assert_non_null(grip_objective_add(g, &n));
	struct grip_objective_new t = { .title = "Faster builds", .cycle_name = "Q4", .layer = "team",
					.unit_name = "Mobile", .owner_email = "cy@acme.test", .status = "active" };
	assert_non_null(grip_objective_add(g, &t));
	assert_int_equal(store_exec(g->store, "UPDATE units SET webhook_url = 'http://127.0.0.1:9/hook'"
					      " WHERE name = 'Mobile'", NULL, 0, NULL), STORE_OK);
	return f;
}

static int setup(void **state)
{
	*state = world("2026-11-23T10:00:00Z");
	return 0;
}

#define count(g, where) tmpdb_count((g), "SELECT COUNT(*) FROM notifications WHERE " where)

/* The text of the only row the SQL finds, in the arena. */
static const char *text_of(struct grip *g, const char *sql)
{
	struct store_stmt *st = store_q0(g->store, sql);
	assert_non_null(st);
	assert_int_equal(store_step(st), STORE_ROW);
	const char *s = grip_strdup(g, store_col_text(st, 0));
	assert_int_equal(store_step(st), STORE_DONE);
	store_done(st);
	return s;
}

static void set_org(struct grip *g, struct grip_org_edit e)
{
	tmpdb_act_as(g, "ada@acme.test");
	assert_int_equal(grip_org_edit(g, &e), 0);
}

/* Every kind has its own subject, body in English and in German; the
 * three a unit hears also a unit text. */
static void test_every_kind_in_both_locales(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	struct grip_messages *en = grip_messages_load(g, "en"), *de = grip_messages_load(g, "de");
	assert_non_null(en);
	assert_non_null(de);
	for (size_t i = 0; kinds[i]; i++) {
		static const char *const parts[] = { "subject", "body" };
		for (size_t k = 0; k < 2; k++) {
			char key[64];
			snprintf(key, sizeof key, "%s.%s", kinds[i], parts[k]);
			const char *e = grip_message_raw(en, key), *d = grip_message_raw(de, key);
			if (!e || !d || strcmp(e, d) == 0)
				fail_msg("%s: missing in English or German, or not translated", key);
		}
	}
	struct grip_due d = { .kind = "review.due", .object_id = 1, .title = "Ship", .link = "/objectives/1",
			      .period = "2026-11-15", .since = date_from_civil(2026, 11, 15) };
	struct grip_reminder_text t;
	assert_int_equal(grip_reminder_text(g, de, &d, NULL, &t), 0);
	assert_string_equal(t.subject, "Halbzeit-Überprüfung fällig: Ship");
	assert_non_null(strstr(t.body, "am Sonntag, 15. November 2026 die Mitte"));
	assert_int_equal(grip_reminder_text(g, en, &d, "Mobile", &t), 0);
	assert_string_equal(t.body, "Mobile: \"Ship\" passed its cycle's mid-point on Sunday 15 November 2026 and "
				    "waits for its review.");
	/* A kind no file names reads the general words; a regional locale
	 * its language's; one without a file English. */
	d.kind = "something.new";
	assert_int_equal(grip_reminder_text(g, grip_messages_load(g, "de-AT"), &d, NULL, &t), 0);
	assert_string_equal(t.subject, "Erinnerung: Ship");
	assert_int_equal(grip_reminder_text(g, grip_messages_load(g, "xx"), &d, NULL, &t), 0);
	assert_string_equal(t.subject, "Reminder: Ship");
}

/* "de" is a locale an org may choose, and its reminders speak German. */
static void test_queued_in_org_locale(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	set_org(g, (struct grip_org_edit){ .locale = "de" });
	size_t queued;
	assert_int_equal(grip_remind_queue(g, &queued), 0);
	assert_string_equal(text_of(g, "SELECT subject FROM notifications WHERE channel = 'app' AND recipient = 'p2'"
				       " AND dedup LIKE 'checkin.due:1:%'"),
			    "Check-in fällig: Ship the app");
	assert_non_null(strstr(text_of(g, "SELECT body FROM notifications WHERE channel = 'email'"
					  " AND dedup LIKE 'checkin.due:1:%'"),
			       "seit Montag, 23. November 2026"));
}

/* Nothing before the org's remind hour, in its own time zone. */
static void test_nothing_before_remind_hour(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	size_t queued;
	set_org(g, (struct grip_org_edit){ .remind_hour = "11" });
	assert_int_equal(grip_remind_queue(g, &queued), 0);
	assert_int_equal(queued, 0);
	assert_int_equal(count(g, "1 = 1"), 0);
	/* 10:00 UTC is 11:00 in Berlin. */
	set_org(g, (struct grip_org_edit){ .timezone = "Europe/Berlin" });
	assert_int_equal(grip_org_hour(g), 11);
	assert_int_equal(grip_remind_queue(g, &queued), 0);
	assert_true(queued > 0);
	/* An hour out of the day is refused and changes nothing. */
	tmpdb_act_as(g, "ada@acme.test");
	struct grip_org_edit bad = { .remind_hour = "24" };
	assert_int_equal(grip_org_edit(g, &bad), -1);
	assert_string_equal(g->err.field, "remind_hour");
	assert_int_equal(grip_org_get(g, g->org_id)->remind_hour, 11);
}

/* Email only for those who want it; the app always. */
static void test_email_off(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	tmpdb_act_as(g, "cy@acme.test");
	bool off = false;
	assert_int_equal(grip_notices_set(g, g->actor->id, &off, NULL), 0);
	size_t queued;
	assert_int_equal(grip_remind_queue(g, &queued), 0);
	assert_int_equal(count(g, "recipient = 'p2' AND channel = 'app'"), 2);
	assert_int_equal(count(g, "recipient = 'p2' AND channel = 'email'"), 0);
}

/* A digest reader's emails wait for the first day of the org's week at
 * its remind hour; on that day after that hour they go at once. */
static void test_digest_waits_for_week_start(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	tmpdb_act_as(g, "cy@acme.test");
	bool on = true;
	assert_int_equal(grip_notices_set(g, g->actor->id, NULL, &on), 0);
	assert_int_equal(grip_digest_at(g), g->now);
	g->now += 86400; /* Tuesday 10:00 */
	int64_t next;
	assert_true(datetime_parse("2026-11-30T09:00:00Z", &next));
	assert_int_equal(grip_digest_at(g), next);
	size_t queued;
	assert_int_equal(grip_remind_queue(g, &queued), 0);
	assert_int_equal(count(g, "recipient = 'p2' AND channel = 'email'"
				  " AND next_attempt_at = '2026-11-30T09:00:00Z'"), 2);
	/* Bo reads single emails: his go at once. A week starting on Sunday
	 * in Los Angeles: Sunday 29 November at 09:00 there is 17:00 UTC. */
	set_org(g, (struct grip_org_edit){ .timezone = "America/Los_Angeles", .week_start = "7" });
	assert_true(datetime_parse("2026-11-29T17:00:00Z", &next));
	assert_int_equal(grip_digest_at(g), next);
	assert_true(grip_kind_in_digest("checkin.due"));
	assert_false(grip_kind_in_digest("account.reset"));
}

/* One webhook row per unit and period, for its team objective only. */
static void test_webhook_hears_public_unit_objectives(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	size_t queued;
	assert_int_equal(grip_remind_queue(g, &queued), 0);
	/* Cy's check-in and Ada's review of it, each once; nothing of Cy's
	 * individual objective. */
	assert_int_equal(count(g, "channel = 'webhook'"), 2);
	assert_int_equal(count(g, "channel = 'webhook' AND recipient = 'u2' AND unit_id = 2 AND person_id IS NULL"
				  " AND dedup LIKE 'checkin.due:2:%'"), 1);
	assert_int_equal(count(g, "channel = 'webhook' AND dedup LIKE 'review.due:2:%'"), 1);
	assert_int_equal(count(g, "channel = 'webhook' AND dedup LIKE '%:1:%'"), 0);
	assert_non_null(strstr(text_of(g, "SELECT body FROM notifications WHERE channel = 'webhook'"
					  " AND kind = 'checkin.due'"),
			       "Mobile: the check-in on \"Faster builds\""));
	/* A private unit's objectives never go to a webhook. */
	assert_int_equal(store_exec(g->store, "DELETE FROM notifications", NULL, 0, NULL), STORE_OK);
	assert_int_equal(store_exec(g->store, "UPDATE units SET visibility = 'private' WHERE name = 'Mobile'", NULL, 0,
				    NULL), STORE_OK);
	assert_int_equal(grip_remind_queue(g, &queued), 0);
	assert_true(queued > 0);
	assert_int_equal(count(g, "channel = 'webhook'"), 0);
}

/* The in-app list is its person's alone: newest first, unread counted,
 * marked read by id or all; another's id is not found. */
static void test_in_app_list(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	size_t queued, n, total, marked;
	assert_int_equal(grip_remind_queue(g, &queued), 0);
	tmpdb_act_as(g, "cy@acme.test");
	struct grip_notification **ns;
	int64_t unread;
	assert_int_equal(grip_notifications_mine(g, false, 0, 10, &ns, &n, &total), 0);
	assert_int_equal(n, 2);
	assert_int_equal(total, 2);
	assert_string_equal(ns[0]->channel, "app");
	assert_true(ns[0]->id > ns[1]->id); /* same time: the later row first */
	assert_int_equal(grip_notifications_unread(g, &unread), 0);
	assert_int_equal(unread, 2);
	int64_t first = ns[1]->id, second = ns[0]->id;

	tmpdb_act_as(g, "bo@acme.test");
	assert_int_equal(grip_notifications_mine(g, false, 0, 10, &ns, &n, &total), 0);
	assert_int_equal(n, 0);
	assert_int_equal(grip_notifications_read(g, &first, 1, false, &marked), -1);
	assert_int_equal(g->err.code, GRIP_ENOTFOUND);

	tmpdb_act_as(g, "cy@acme.test");
	int64_t both[] = { first, 99999 };
	assert_int_equal(grip_notifications_read(g, both, 2, false, &marked), -1); /* one unknown: nothing */
	assert_int_equal(count(g, "read_at IS NOT NULL"), 0);
	assert_int_equal(grip_notifications_read(g, &first, 1, false, &marked), 0);
	assert_int_equal(marked, 1);
	assert_int_equal(grip_notifications_mine(g, true, 0, 10, &ns, &n, &total), 0);
	assert_int_equal(n, 1);
	assert_int_equal(ns[0]->id, second);
	assert_int_equal(grip_notifications_read(g, &first, 1, false, &marked), 0);
	assert_int_equal(marked, 0);
	assert_int_equal(grip_notifications_read(g, NULL, 0, true, &marked), 0);
	assert_int_equal(marked, 1);
	assert_int_equal(grip_notifications_unread(g, &unread), 0);
	assert_int_equal(unread, 0);
	assert_int_equal(tmpdb_count(g, "SELECT COUNT(*) FROM events WHERE entity = 'person' AND entity_id = 2"
				     " AND action = 'notifications_read'"), 2);
	assert_int_equal(grip_notifications_read(g, NULL, 0, false, &marked), -1);
	assert_string_equal(g->err.field, "ids");
}

/* A person's channels: theirs and an admin's to read and change. */
static void test_notices_rules(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	struct grip_notices n;
	bool on = true;
	tmpdb_act_as(g, "bo@acme.test");
	assert_int_equal(grip_notices_get(g, 2, &n), -1);
	assert_int_equal(g->err.code, GRIP_EPERM);
	assert_int_equal(grip_notices_set(g, 2, NULL, &on), -1);
	assert_int_equal(g->err.code, GRIP_EPERM);
	assert_false(grip_may_see_notices(g, 2, NULL));
	assert_true(grip_may_see_notices(g, 3, NULL));
	assert_int_equal(grip_notices_get(g, 3, &n), 0);
	assert_true(n.email);
	assert_false(n.digest);
	tmpdb_act_as(g, "ada@acme.test");
	assert_int_equal(grip_notices_set(g, 2, NULL, &on), 0);
	assert_int_equal(grip_notices_get(g, 2, &n), 0);
	assert_true(n.digest);
	assert_int_equal(tmpdb_count(g, "SELECT COUNT(*) FROM events WHERE entity = 'person' AND entity_id = 2"
				     " AND action = 'notices'"), 1);
	assert_int_equal(grip_notices_get(g, 999, &n), -1);
	assert_int_equal(g->err.code, GRIP_ENOTFOUND);
	/* The sender reads them acting for nobody. */
	g->actor = NULL;
	assert_int_equal(grip_notices_get(g, 2, &n), -1);
	assert_int_equal(grip_notices_of(g, 2, &n), 0);
	assert_true(n.digest);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_every_kind_in_both_locales, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_queued_in_org_locale, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_nothing_before_remind_hour, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_email_off, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_digest_waits_for_week_start, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_webhook_hears_public_unit_objectives, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_in_app_list, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_notices_rules, setup, tmpdb_core_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
