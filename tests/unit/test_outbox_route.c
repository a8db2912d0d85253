/*
 * test_outbox_route.c — where a claimed row goes (outbox_route.c): a
 * person's email while they are active with email on, an account's link
 * whatever that setting says and never held for a digest, a unit's
 * webhook while it has one; closed unsent with the reason otherwise. And
 * a unit's webhook: set by an admin or the unit's lead, only http(s) with
 * a host, read back only by those who may edit the unit.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "core/grip.h"
#include "store/store.h"
#include "tmpdb.h"

/* Acme: Ada the admin (p1), Bo (p2) leading the team Mobile (unit 2), Cy
 * (p3) a member of it, Dee (p4) who left. */
static int setup(void **state)
{
	struct tmpdb_core *f = tmpdb_core_open("2026-11-23T10:00:00Z");
	assert_non_null(f);
	struct grip *g = &f->g;
	assert_non_null(grip_org_create(g, "Acme", "ada@acme.test", "Ada Admin"));
	assert_non_null(grip_person_add(g, "bo@acme.test", "Bo", GRIP_ROLE_MEMBER));
	assert_non_null(grip_person_add(g, "cy@acme.test", "Cy", GRIP_ROLE_MEMBER));
	assert_non_null(grip_person_add(g, "dee@acme.test", "Dee", GRIP_ROLE_MEMBER));
	assert_non_null(grip_unit_add(g, "Mobile", "team", NULL, "bo@acme.test", "org"));
	assert_non_null(grip_member_add(g, 2, 3, "member", NULL));
	assert_int_equal(grip_person_leave(g, 4, NULL), 0);
	*state = f;
	return 0;
}

static struct grip_notification note(const char *channel, int64_t person, int64_t unit, const char *kind)
{
	return (struct grip_notification){ .id = 1, .recipient = "p", .person_id = person, .unit_id = unit,
					   .channel = channel, .kind = kind, .dedup = "k", .subject = "S", .body = "B" };
}

static void set_person(struct grip *g, int64_t id, int email, int digest)
{
	assert_int_equal(store_x(g->store, NULL, "UPDATE people SET notify_email = ?, digest = ? WHERE id = ?",
				 V(email), V(digest), V(id)), STORE_OK);
}

static void test_email_routes(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	struct grip_outbox_route r;
	struct grip_notification n = note("email", 2, 0, "checkin.due");
	assert_int_equal(grip_outbox_route(g, &n, &r), 0);
	assert_int_equal(r.to, GRIP_ROUTE_EMAIL);
	assert_string_equal(r.address, "bo@acme.test");
	assert_string_equal(r.locale, "en");
	assert_false(r.digest);

	set_person(g, 2, 1, 1); /* the digest: a reminder waits to be bundled */
	assert_int_equal(grip_outbox_route(g, &n, &r), 0);
	assert_int_equal(r.to, GRIP_ROUTE_EMAIL);
	assert_true(r.digest);
	n.kind = "account.reset"; /* an account's link is never held */
	assert_int_equal(grip_outbox_route(g, &n, &r), 0);
	assert_false(r.digest);

	set_person(g, 2, 0, 0); /* email off: closed, but an account's link still goes */
	assert_int_equal(grip_outbox_route(g, &n, &r), 0);
	assert_int_equal(r.to, GRIP_ROUTE_EMAIL);
	n.kind = "checkin.due";
	assert_int_equal(grip_outbox_route(g, &n, &r), 0);
	assert_int_equal(r.to, GRIP_ROUTE_CLOSE);
	assert_string_equal(r.reason, "the recipient has switched email notices off");

	n = note("email", 4, 0, "checkin.due"); /* Dee left */
	assert_int_equal(grip_outbox_route(g, &n, &r), 0);
	assert_int_equal(r.to, GRIP_ROUTE_CLOSE);
	assert_string_equal(r.reason, "the recipient has left the organisation");
	n = note("email", 99, 0, "checkin.due");
	assert_int_equal(grip_outbox_route(g, &n, &r), 0);
	assert_int_equal(r.to, GRIP_ROUTE_CLOSE);
	assert_string_equal(r.reason, "the recipient no longer exists");
}

static void test_webhook_routes(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	struct grip_outbox_route r;
	struct grip_notification n = note("webhook", 0, 2, "checkin.due");
	assert_int_equal(grip_outbox_route(g, &n, &r), 0);
	assert_int_equal(r.to, GRIP_ROUTE_CLOSE);
	assert_string_equal(r.reason, "the unit has no webhook any more");
	tmpdb_act_as(g, "bo@acme.test");
	assert_int_equal(grip_unit_set_webhook(g, 2, "https://hooks.example.org/T/B/x"), 0);
	assert_int_equal(grip_outbox_route(g, &n, &r), 0);
	assert_int_equal(r.to, GRIP_ROUTE_WEBHOOK);
	assert_string_equal(r.address, "https://hooks.example.org/T/B/x");
	assert_string_equal(r.name, "Mobile");
	n.unit_id = 42;
	assert_int_equal(grip_outbox_route(g, &n, &r), 0);
	assert_int_equal(r.to, GRIP_ROUTE_CLOSE);
	assert_string_equal(r.reason, "the unit no longer exists");
}

static void test_close_keeps_reason(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	struct grip_notification n = note("email", 3, 0, "checkin.due");
	n.recipient = "p3";
	assert_int_equal(grip_outbox_add(g, &n), 1);
	assert_int_equal(grip_outbox_close(g, 1, "gone"), 0);
	struct grip_notification **rows;
	size_t k;
	assert_int_equal(grip_outbox_claim_channel(g, "email", 10, 60, &rows, &k), 0);
	assert_int_equal(k, 0);
	int64_t closed = 0;
	assert_int_equal(store_x(g->store, &closed,
				 "SELECT COUNT(*) FROM notifications WHERE sent_at IS NOT NULL AND last_error = 'gone'"),
			 STORE_OK);
	assert_int_equal(closed, 1);
	assert_int_equal(grip_outbox_claim_channel(g, "fax", 10, 60, &rows, &k), -1);
}

static void test_claim_person(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	static const char *const keys[] = { "a", "b", "c" };
	for (size_t i = 0; i < 3; i++) {
		struct grip_notification n = note("email", 2, 0, "checkin.due");
		n.recipient = "p2";
		n.dedup = keys[i];
		assert_int_equal(grip_outbox_add(g, &n), 1);
		n = note("email", 3, 0, "checkin.due");
		n.recipient = "p3";
		n.dedup = keys[i];
		assert_int_equal(grip_outbox_add(g, &n), 1);
	}
	struct grip_notification **rows;
	size_t k;
	assert_int_equal(grip_outbox_claim_channel(g, "email", 1, 60, &rows, &k), 0); /* Bo's first */
	assert_int_equal(k, 1);
	assert_int_equal(rows[0]->person_id, 2);
	assert_int_equal(grip_outbox_claim_person(g, "email", 2, 10, 60, &rows, &k), 0); /* the rest of Bo's */
	assert_int_equal(k, 2);
	assert_int_equal(rows[0]->person_id, 2);
	assert_int_equal(rows[1]->person_id, 2);
	assert_int_equal(grip_outbox_claim_person(g, "email", 2, 10, 60, &rows, &k), 0); /* all held now */
	assert_int_equal(k, 0);
	assert_int_equal(grip_outbox_claim_person(g, "email", 0, 10, 60, &rows, &k), -1);
	assert_int_equal(grip_outbox_claim_channel(g, "email", 10, 60, &rows, &k), 0); /* Cy's three */
	assert_int_equal(k, 3);
}

static void test_webhook_rules(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	const char *url;
	struct grip_unit *u = grip_unit_get(g, 2);
	assert_non_null(u);
	tmpdb_act_as(g, "cy@acme.test"); /* a member may not */
	assert_int_equal(grip_unit_set_webhook(g, 2, "https://hooks.example.org/x"), -1);
	assert_int_equal(g->err.code, GRIP_EPERM);
	tmpdb_act_as(g, "bo@acme.test");
	static const char *const bad[] = { "ftp://x.org/a", "https://", "https:///a", "http://a b", "hooks.example.org",
					   "javascript:alert(1)", "https://x.org/\n" };
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		assert_int_equal(grip_unit_set_webhook(g, 2, bad[i]), -1);
		assert_int_equal(g->err.code, GRIP_EINVAL);
		assert_string_equal(g->err.field, "webhook_url");
	}
	assert_int_equal(grip_unit_set_webhook(g, 2, "http://127.0.0.1:8080/hook"), 0);
	assert_int_equal(grip_unit_webhook(g, u, &url), 0);
	assert_string_equal(url, "http://127.0.0.1:8080/hook");
	tmpdb_act_as(g, "cy@acme.test"); /* a secret: not for those who may not edit the unit */
	assert_int_equal(grip_unit_webhook(g, u, &url), 0);
	assert_null(url);
	tmpdb_act_as(g, "ada@acme.test");
	assert_int_equal(grip_unit_set_webhook(g, 2, ""), 0);
	assert_int_equal(grip_unit_webhook(g, u, &url), 0);
	assert_null(url);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_email_routes, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_webhook_routes, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_close_keeps_reason, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_claim_person, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_webhook_rules, setup, tmpdb_core_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
