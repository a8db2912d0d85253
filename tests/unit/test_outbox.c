/*
 * test_outbox.c — the outbox (outbox.c) and the queueing of reminders
 * (remind.c): one row per recipient, channel and key however often it is
 * queued; a claim holds a row for its lease; a failure waits longer each
 * time up to the cap; a row marked sent is never claimed again.
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

/* Acme on Monday 2026-11-23: Cy owns an active objective of the running
 * quarter Q4 with no check-in yet. */
static int setup(void **state)
{
	struct tmpdb_core *f = tmpdb_core_open("2026-11-23T10:00:00Z");
	assert_non_null(f);
	struct grip *g = &f->g;
	assert_non_null(grip_org_create(g, "Acme", "ada@acme.test", "Ada Admin"));
	assert_non_null(grip_person_add(g, "cy@acme.test", "Cy", GRIP_ROLE_MEMBER));
	assert_non_null(grip_cycle_add(g, "Q4", "quarter", "2026-10-01", "2026-12-31", 0, NULL));
	struct grip_objective_new n = { .title = "Ship the app", .cycle_name = "Q4", .layer = "individual",
					.owner_email = "cy@acme.test", .status = "active" };
	assert_non_null(grip_objective_add(g, &n));
	*state = f;
	return 0;
}

/* The store keeps prepared statements by the SQL text's address: each
 * count is a literal of its own. */
#define count(g, where) tmpdb_count((g), "SELECT COUNT(*) FROM notifications WHERE " where)

static void test_added_once_per_key(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	struct grip_notification n = { .recipient = "p2", .person_id = 2, .channel = "email", .kind = "checkin.due",
				       .dedup = "checkin.due:1:2026-W48", .subject = "Check-in due", .body = "Due",
				       .link = "/objectives/1" };
	assert_int_equal(grip_outbox_add(g, &n), 1);
	assert_int_equal(grip_outbox_add(g, &n), 0);
	n.channel = "app";
	assert_int_equal(grip_outbox_add(g, &n), 1);
	assert_int_equal(count(g, "channel = 'app' AND sent_at IS NOT NULL AND next_attempt_at IS NULL"), 1);
	n.channel = "fax";
	assert_int_equal(grip_outbox_add(g, &n), -1);
	assert_string_equal(g->err.field, "channel");
	assert_int_equal(count(g, "1 = 1"), 2);
}

static void test_claim_fail_send(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	struct grip_notification n = { .recipient = "p2", .person_id = 2, .channel = "email", .kind = "checkin.due",
				       .dedup = "k", .subject = "s", .body = "b" };
	assert_int_equal(grip_outbox_add(g, &n), 1);
	struct grip_notification **got;
	size_t k;
	assert_int_equal(grip_outbox_claim(g, 10, 300, &got, &k), 0);
	assert_int_equal(k, 1);
	/* Held for the lease: a second sender gets nothing. */
	struct grip_notification **again;
	size_t k2;
	assert_int_equal(grip_outbox_claim(g, 10, 300, &again, &k2), 0);
	assert_int_equal(k2, 0);
	assert_int_equal(grip_outbox_failed(g, got[0], "421 try later", 30, 3600), 0);
	assert_int_equal(count(g, "attempts = 1 AND last_error = '421 try later'"
				  " AND next_attempt_at = '2026-11-23T10:00:30Z'"), 1);
	g->now += 30;
	assert_int_equal(grip_outbox_claim(g, 10, 300, &got, &k), 0);
	assert_int_equal(k, 1);
	assert_int_equal(grip_outbox_failed(g, got[0], "421 again", 30, 3600), 0);
	assert_int_equal(count(g, "attempts = 2 AND next_attempt_at = '2026-11-23T10:01:30Z'"), 1);
	g->now += 60;
	assert_int_equal(grip_outbox_claim(g, 10, 300, &got, &k), 0);
	assert_int_equal(k, 1);
	assert_int_equal(grip_outbox_sent(g, got[0]->id), 0);
	g->now += 100000;
	assert_int_equal(grip_outbox_claim(g, 10, 300, &got, &k), 0);
	assert_int_equal(k, 0);
	assert_int_equal(count(g, "sent_at = '2026-11-23T10:01:30Z' AND next_attempt_at IS NULL"), 1);
}

static void test_delay_doubles_to_cap(void **state)
{
	(void)state;
	assert_int_equal(grip_outbox_delay(1, 30, 3600), 30);
	assert_int_equal(grip_outbox_delay(2, 30, 3600), 60);
	assert_int_equal(grip_outbox_delay(4, 30, 3600), 240);
	assert_int_equal(grip_outbox_delay(8, 30, 3600), 3600);
	assert_int_equal(grip_outbox_delay(500, 30, 3600), 3600);
}

static void test_queue_is_idempotent(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	size_t queued;
	assert_int_equal(grip_remind_queue(g, &queued), 0);
	assert_true(queued >= 2); /* Cy's check-in: in the app and by email */
	assert_int_equal(count(g, "kind = 'checkin.due' AND recipient = 'p2'"), 2);
	int64_t all = count(g, "1 = 1");
	assert_int_equal(grip_remind_queue(g, &queued), 0);
	assert_int_equal(queued, 0);
	assert_int_equal(count(g, "1 = 1"), all);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_added_once_per_key, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_claim_fail_send, setup, tmpdb_core_teardown),
		cmocka_unit_test(test_delay_doubles_to_cap),
		cmocka_unit_test_setup_teardown(test_queue_is_idempotent, setup, tmpdb_core_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
