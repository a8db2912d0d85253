/*
 * test_account.c — accounts by email, in the core (account.c): an
 * invitation queued once with a link whose secret is stored only as a
 * digest, who may invite whom, a link that works once and until it
 * expires, "forgot password" answering alike for anyone and queueing a
 * few links an hour at most, a password change that checks the old one
 * like a sign-in, and every new password ending the open links.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "core/grip.h"
#include "core/internal.h"
#include "tmpdb.h"

#define PASSWORD "correct horse battery"

static int setup(void **state)
{
	assert_int_equal(grip_auth_init(), 0);
	struct tmpdb_core *f = tmpdb_core_open("2026-11-23T10:00:00Z");
	assert_non_null(f);
	struct grip *g = &f->g;
	assert_non_null(grip_org_create(g, "Acme", "ada@acme.test", "Ada Admin"));
	assert_int_equal(grip_password_set(g, g->actor->id, PASSWORD), 0);
	assert_non_null(grip_person_add_invited(g, "bo@acme.test", "Bo Berg", GRIP_ROLE_MEMBER, true));
	assert_non_null(grip_person_add_invited(g, "cy@acme.test", "Cy Clay", GRIP_ROLE_MEMBER, false));
	*state = f;
	return 0;
}

#define count(g, where) tmpdb_count((g), "SELECT COUNT(*) FROM " where)

/* The token of the newest link queued for person_id (of kind), as the
 * email carries it. */
static const char *link_token(struct grip *g, int64_t person_id, const char *kind)
{
	struct store_stmt *st = store_q(g->store,
		"SELECT link FROM notifications WHERE person_id = ? AND kind = ? ORDER BY id DESC LIMIT 1",
		V(person_id), V(kind));
	assert_non_null(st);
	assert_int_equal(store_step(st), STORE_ROW);
	const char *link = col_text(g, st, 0);
	store_done(st);
	assert_non_null(link);
	const char *prefix = "/password/set?token=";
	assert_int_equal(strncmp(link, prefix, strlen(prefix)), 0);
	return link + strlen(prefix);
}

/* One use of a link through the three steps: 0 when the password is set. */
static int use_link(struct grip *g, const char *token, const char *password)
{
	struct grip_signin *a = grip_password_link_begin(g, token, password, "10.0.0.1");
	if (!a)
		return -1;
	grip_signin_verify(a);
	assert_int_equal(grip_signin_finish(g, a), 0);
	return grip_signin_outcome(g, a);
}

static void test_invitation_queued(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	/* Bo's, on adding him; Cy's was asked not to be. */
	assert_int_equal(count(g, "notifications WHERE kind = 'account.invite'"), 1);
	assert_int_equal(count(g, "notifications WHERE kind = 'account.invite' AND recipient = 'p2'"
				  " AND channel = 'email' AND dedup = 'account.invite:1' AND sent_at IS NULL"), 1);
	const char *token = link_token(g, 2, "account.invite");
	assert_int_equal(strlen(token), 43);
	/* Only the digest is kept. */
	struct store_stmt *st = store_q(g->store, "SELECT COUNT(*) FROM account_tokens WHERE hash = ?", V(token));
	assert_non_null(st);
	assert_int_equal(store_step(st), STORE_ROW);
	assert_int_equal(store_col_int(st, 0), 0);
	store_done(st);
	assert_int_equal(count(g, "account_tokens WHERE person_id = 2 AND purpose = 'invite'"
				  " AND expires_at = '2026-11-30T10:00:00Z' AND used_at IS NULL"), 1);
	/* Sent again: a new link, and only it works. */
	struct grip_invitation *i = grip_person_invite(g, 2);
	assert_non_null(i);
	assert_string_equal(i->email, "bo@acme.test");
	assert_int_equal(count(g, "account_tokens WHERE person_id = 2 AND used_at IS NULL"), 1);
	assert_int_equal(use_link(g, token, "bo's long password"), -1);
	assert_int_equal(g->err.code, GRIP_EINVAL);
	assert_string_equal(g->err.field, "token");
	assert_int_equal(use_link(g, link_token(g, 2, "account.invite"), "bo's long password"), 0);
}

static void test_who_may_invite(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	struct grip_person *admin = g->actor;
	tmpdb_act_as(g, "bo@acme.test");
	assert_null(grip_person_invite(g, 3));
	assert_int_equal(g->err.code, GRIP_EPERM);
	g->actor = admin;
	/* Someone with a password already, or who has left: no. */
	assert_null(grip_person_invite(g, 1));
	assert_int_equal(g->err.code, GRIP_ECONFLICT);
	assert_int_equal(grip_person_leave(g, 3, NULL), 0);
	assert_null(grip_person_invite(g, 3));
	assert_int_equal(g->err.code, GRIP_ECONFLICT);
	assert_null(grip_person_invite(g, 99));
	assert_int_equal(g->err.code, GRIP_ENOTFOUND);
}

static void test_link_once_and_until_it_expires(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	const char *token = link_token(g, 2, "account.invite");
	/* A short password is refused and the link still works. */
	assert_int_equal(use_link(g, token, "short"), -1);
	assert_string_equal(g->err.field, "password");
	int64_t was = g->now;
	g->now += (int64_t)GRIP_INVITE_DAYS * 86400; /* the very second it ends */
	assert_int_equal(use_link(g, token, "bo's long password"), -1);
	assert_string_equal(g->err.field, "token");
	g->now = was;
	assert_non_null(grip_link_check(g, token));
	assert_int_equal(use_link(g, token, "bo's long password"), 0);
	assert_int_equal(count(g, "people WHERE id = 2 AND password_hash LIKE '$argon2id$%'"), 1);
	assert_int_equal(count(g, "events WHERE entity = 'person' AND entity_id = 2 AND action = 'password'"
				  " AND actor_id = 2"), 1);
	/* Used: refused, and counted against the address, as the expired
	 * one was. */
	assert_null(grip_link_check(g, token));
	assert_int_equal(use_link(g, token, "another long password"), -1);
	assert_string_equal(g->err.field, "token");
	assert_int_equal(count(g, "signin_failures WHERE failures = 2"), 1);
	assert_int_equal(use_link(g, "not-a-token", "another long password"), -1);
	assert_int_equal(count(g, "signin_failures WHERE failures = 3"), 1);
	assert_int_equal(count(g, "signin_failures"), 1);
}

static void test_forgot_alike_and_capped(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	g->actor = NULL; /* no one is signed in to ask */
	assert_int_equal(grip_password_forgot(g, "acme", "nobody@acme.test", "10.0.0.2"), 0);
	assert_int_equal(grip_password_forgot(g, "nowhere", "bo@acme.test", "10.0.0.2"), 0);
	assert_int_equal(count(g, "account_tokens WHERE purpose = 'reset'"), 0);
	for (int i = 0; i < 10; i++)
		assert_int_equal(grip_password_forgot(g, "acme", "Bo@Acme.test", "10.0.0.3"), 0);
	assert_int_equal(count(g, "account_tokens WHERE purpose = 'reset' AND person_id = 2"
				  " AND expires_at = '2026-11-23T11:00:00Z'"), GRIP_RESETS_PER_HOUR);
	assert_int_equal(count(g, "notifications WHERE kind = 'account.reset' AND channel = 'email'"),
			 GRIP_RESETS_PER_HOUR);
	/* An hour on, one more may go. */
	g->now += 3601;
	assert_int_equal(grip_password_forgot(g, NULL, "bo@acme.test", "10.0.0.3"), 0);
	assert_int_equal(count(g, "account_tokens WHERE purpose = 'reset'"), GRIP_RESETS_PER_HOUR + 1);
	/* Not an address at all: said so. */
	assert_int_equal(grip_password_forgot(g, "acme", "bo at acme", "10.0.0.3"), -1);
	assert_int_equal(g->err.code, GRIP_EINVAL);
	/* The reset link sets the password and ends every other open link,
	 * the invitation too. */
	assert_int_equal(use_link(g, link_token(g, 2, "account.reset"), "bo's long password"), 0);
	assert_int_equal(count(g, "account_tokens WHERE person_id = 2 AND used_at IS NULL"), 0);
}

static void test_forgot_throttled_per_address(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	int i = 0;
	while (grip_password_forgot(g, "acme", "nobody@acme.test", "10.0.0.4") == 0)
		assert_true(++i < 100);
	assert_int_equal(i, 20); /* the address's free attempts */
	assert_int_equal(g->err.code, GRIP_ETHROTTLE);
	assert_true(g->err.retry_after >= 1);
	/* Another address is not held back. */
	assert_int_equal(grip_password_forgot(g, "acme", "nobody@acme.test", "10.0.0.5"), 0);
}

/* One password change of the actor's; 0 when changed. */
static int change(struct grip *g, const char *old, const char *password, const char *session)
{
	struct grip_signin *a = grip_password_change_begin(g, old, password, session, "10.0.0.6");
	if (!a)
		return -1;
	grip_signin_verify(a);
	assert_int_equal(grip_signin_finish(g, a), 0);
	return grip_signin_outcome(g, a);
}

/* A session of email's, signed in with password; its cookie's secret. */
static const char *session_of(struct grip *g, const char *email, const char *password)
{
	struct grip_person *was = g->actor;
	struct grip_signin *a = grip_signin_begin(g, "acme", email, password, "10.0.0.7");
	assert_non_null(a);
	grip_signin_verify(a);
	assert_int_equal(grip_signin_finish(g, a), 0);
	assert_int_equal(grip_signin_outcome(g, a), 0);
	g->actor = was;
	return a->session;
}

static void test_change_checks_the_old(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	const char *here = session_of(g, "ada@acme.test", PASSWORD);
	session_of(g, "ada@acme.test", PASSWORD);
	assert_int_equal(change(g, "", "a new long password", NULL), -1);
	assert_string_equal(g->err.field, "old");
	assert_int_equal(change(g, PASSWORD, "short", NULL), -1);
	assert_string_equal(g->err.field, "new");
	assert_int_equal(change(g, PASSWORD, PASSWORD, NULL), -1);
	assert_string_equal(g->err.field, "new");
	/* Wrong: refused, counted as a failed sign-in of the account; the
	 * fifth failure in a row makes the next attempt wait. */
	for (int i = 0; i < 5; i++) {
		assert_int_equal(change(g, "not the password", "a new long password", NULL), -1);
		assert_int_equal(g->err.code, GRIP_EINVAL);
		assert_string_equal(g->err.field, "old");
	}
	assert_int_equal(change(g, PASSWORD, "a new long password", NULL), -1);
	assert_int_equal(g->err.code, GRIP_ETHROTTLE);
	assert_int_equal(store_x(g->store, NULL, "DELETE FROM signin_failures"), STORE_OK);
	/* Right: changed; the session in use stays, the other ends. */
	assert_int_equal(grip_person_invite(g, 3) != NULL, 1);
	assert_int_equal(change(g, PASSWORD, "a new long password", here), 0);
	assert_int_equal(count(g, "sessions WHERE person_id = 1 AND ended_at IS NULL"), 1);
	assert_int_equal(grip_session_resolve(g, here, NULL), 0);
	assert_int_equal(count(g, "account_tokens WHERE person_id = 3 AND used_at IS NULL"), 1);
	assert_int_equal(change(g, PASSWORD, "yet another password", NULL), -1);
	assert_string_equal(g->err.field, "old");
	session_of(g, "ada@acme.test", "a new long password");
}

static void test_any_new_password_ends_links(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	const char *token = link_token(g, 2, "account.invite");
	assert_int_equal(grip_password_set(g, 2, "set by the admin"), 0);
	assert_int_equal(use_link(g, token, "bo's long password"), -1);
	assert_string_equal(g->err.field, "token");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_invitation_queued, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_who_may_invite, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_link_once_and_until_it_expires, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_forgot_alike_and_capped, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_forgot_throttled_per_address, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_change_checks_the_old, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_any_new_password_ends_links, setup, tmpdb_core_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
