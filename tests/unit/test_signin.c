/*
 * test_signin.c — signing in, in the core: the throttle's rule as numbers
 * (five free failures, 2 s doubling to 15 min, forgotten after an hour),
 * the dummy hash costing what a real one costs, and the three steps over a
 * real SQLite file: a wrong password counted, the sixth attempt held back
 * before any hash (GRIP_ETHROTTLE with the seconds), unknown and departed
 * people hashed alike, a success forgetting the account's count but not
 * the address's, and where a sign-in may come from.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <sodium.h>
#include <stdlib.h>
#include <string.h>

#include "core/grip.h"
#include "core/internal.h"
#include "tmpdb.h"
#include "util/date.h"

#define PASSWORD "correct horse battery"

static int setup(void **state)
{
	assert_int_equal(grip_auth_init(), 0);
	struct tmpdb_core *f = tmpdb_core_open("2026-11-23");
	assert_non_null(f);
	struct grip *g = &f->g;
	assert_non_null(grip_org_create(g, "Acme", "ada@acme.test", "Ada Admin"));
	struct grip_person *bo = grip_person_add(g, "bo@acme.test", "Bo Berg", GRIP_ROLE_MEMBER);
	assert_non_null(bo);
	assert_int_equal(grip_password_set(g, g->actor->id, PASSWORD), 0);
	assert_int_equal(grip_password_set(g, bo->id, PASSWORD), 0);
	*state = f;
	return 0;
}

static void test_wait_rule(void **state)
{
	(void)state;
	for (int n = 0; n < 5; n++)
		assert_int_equal(throttle_wait_ms(n, 5), 0);
	assert_int_equal(throttle_wait_ms(5, 5), 2000);
	assert_int_equal(throttle_wait_ms(6, 5), 4000);
	assert_int_equal(throttle_wait_ms(7, 5), 8000);
	assert_int_equal(throttle_wait_ms(13, 5), 512000);
	assert_int_equal(throttle_wait_ms(14, 5), 900000); /* the cap: 15 minutes */
	assert_int_equal(throttle_wait_ms(1000000, 5), 900000);
	assert_int_equal(throttle_wait_ms(19, 20), 0);
	assert_int_equal(throttle_wait_ms(20, 20), 2000);
	/* What is left of a wait; a count an hour old is forgotten. */
	int64_t t = 1000000000000;
	assert_int_equal(throttle_remaining_ms(5, t, 5, t + 500), 1500);
	assert_int_equal(throttle_remaining_ms(5, t, 5, t + 2000), 0);
	assert_int_equal(throttle_remaining_ms(4, t, 5, t), 0);
	assert_int_equal(throttle_remaining_ms(50, t, 5, t + 899999), 1);
	assert_int_equal(throttle_remaining_ms(50, t, 5, t + 3600000), 0);
}

static void test_dummy_hash_costs_the_same(void **state)
{
	(void)state;
	assert_int_equal(grip_auth_init(), 0);
	const char *h = signin_dummy_hash();
	assert_int_equal(strncmp(h, "$argon2id$", 10), 0);
	/* The parameters grip_password_set hashes with: no rehash needed. */
	assert_int_equal(crypto_pwhash_str_needs_rehash(h, crypto_pwhash_OPSLIMIT_INTERACTIVE,
							crypto_pwhash_MEMLIMIT_INTERACTIVE), 0);
}

/* One whole sign-in as a server runs it; returns 0 signed in, else -1
 * with g->err (GRIP_ETHROTTLE from begin, GRIP_EAUTH after finish). */
static int sign_in(struct grip *g, const char *email, const char *password, const char *address,
		   struct grip_signin **out)
{
	struct grip_signin *a = grip_signin_begin(g, "acme", email, password, address);
	if (out)
		*out = a;
	if (!a)
		return -1;
	grip_signin_verify(a);
	assert_int_equal(grip_signin_finish(g, a), 0); /* stored, whatever the outcome */
	return grip_signin_outcome(g, a);
}

static int64_t failures_stored(struct grip *g)
{
	int64_t n = -1;
	assert_int_equal(store_x(g->store, &n, "SELECT COALESCE(SUM(failures), 0) FROM signin_failures"), STORE_OK);
	return n;
}

static void test_throttle_per_account(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	for (int i = 0; i < 5; i++) {
		assert_int_equal(sign_in(g, "ada@acme.test", "not it", "10.0.0.1", NULL), -1);
		assert_int_equal(g->err.code, GRIP_EAUTH);
	}
	assert_int_equal(failures_stored(g), 10); /* five each for the account and the address */
	/* The sixth is held back before any hash, right password or not,
	 * from any address. */
	struct grip_signin *a;
	assert_int_equal(sign_in(g, "ADA@acme.test", PASSWORD, "10.0.0.2", &a), -1);
	assert_null(a);
	assert_int_equal(g->err.code, GRIP_ETHROTTLE);
	assert_int_equal(g->err.retry_after, 2);
	assert_non_null(strstr(g->err.message, "wait 2 seconds"));
	assert_int_equal(failures_stored(g), 10); /* a held-back attempt writes nothing */
	/* Another account from the same address may try. */
	assert_int_equal(sign_in(g, "bo@acme.test", PASSWORD, "10.0.0.1", NULL), 0);
	assert_string_equal(g->actor->email, "bo@acme.test");
}

static void test_throttle_per_address(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	char email[40];
	for (int i = 0; i < 20; i++) { /* twenty emails, one failure each */
		snprintf(email, sizeof email, "guess%d@acme.test", i);
		assert_int_equal(sign_in(g, email, "not it", "10.0.0.9", NULL), -1);
		assert_int_equal(g->err.code, GRIP_EAUTH);
	}
	assert_int_equal(sign_in(g, "bo@acme.test", PASSWORD, "10.0.0.9", NULL), -1);
	assert_int_equal(g->err.code, GRIP_ETHROTTLE);
	assert_int_equal(failures_stored(g), 40); /* held back: nothing counted */
	assert_int_equal(sign_in(g, "bo@acme.test", PASSWORD, "10.0.0.10", NULL), 0);
	/* The address's wait passes (its last failure moved 3 s back, so that
	 * no assertion hangs on how long a hash takes), and Bo signs in from
	 * it: that forgets Bo's account, not the guessing address's count. */
	char account[33], address[33];
	throttle_keys("", "", "10.0.0.9", account, address);
	assert_int_equal(store_x(g->store, NULL, "UPDATE signin_failures SET last_at = last_at - 3000 WHERE key = ?",
				 V(address)),
			 STORE_OK);
	assert_int_equal(sign_in(g, "bo@acme.test", PASSWORD, "10.0.0.9", NULL), 0);
	int64_t left = -1;
	assert_int_equal(store_x(g->store, &left, "SELECT failures FROM signin_failures WHERE key = ?", V(address)),
			 STORE_OK);
	assert_int_equal(left, 20);
}

static void test_success_forgets_the_account(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	for (int i = 0; i < 4; i++)
		assert_int_equal(sign_in(g, "ada@acme.test", "not it", "10.0.0.1", NULL), -1);
	assert_int_equal(sign_in(g, "ada@acme.test", PASSWORD, "10.0.0.1", NULL), 0);
	/* Four more wrong ones are free again: the count restarted. */
	for (int i = 0; i < 4; i++) {
		assert_int_equal(sign_in(g, "ada@acme.test", "not it", "10.0.0.1", NULL), -1);
		assert_int_equal(g->err.code, GRIP_EAUTH);
	}
}

static void test_no_one_gets_the_dummy(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	struct grip_person *cy = grip_person_add(g, "cy@acme.test", "Cy", GRIP_ROLE_MEMBER);
	assert_non_null(cy);
	assert_int_equal(grip_password_set(g, cy->id, PASSWORD), 0);
	assert_int_equal(grip_person_leave(g, cy->id, NULL), 0);
	struct grip_person *dee = grip_person_add(g, "dee@acme.test", "Dee", GRIP_ROLE_MEMBER); /* no password */
	assert_non_null(dee);
	static const char *const nobody[] = { "nobody@acme.test", "cy@acme.test", "dee@acme.test" };
	for (size_t i = 0; i < 3; i++) {
		struct grip_signin *a = grip_signin_begin(g, "acme", nobody[i], PASSWORD, "10.0.0.1");
		assert_non_null(a);
		assert_int_equal(a->person_id, 0);
		assert_string_equal(a->hash, signin_dummy_hash());
		grip_signin_verify(a);
		assert_false(a->right);
	}
	/* An org that is not there: the same. */
	struct grip_signin *a = grip_signin_begin(g, "globex", "ada@acme.test", PASSWORD, "10.0.0.1");
	assert_non_null(a);
	assert_string_equal(a->hash, signin_dummy_hash());
}

static void test_where_from(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	assert_int_equal(grip_signin_from(g, NULL, NULL, "grip.example"), 0);
	assert_int_equal(grip_signin_from(g, "same-origin", "https://evil.example", "grip.example"), 0);
	assert_int_equal(grip_signin_from(g, "none", NULL, "grip.example"), 0);
	assert_int_equal(grip_signin_from(g, NULL, "https://grip.example", "grip.example"), 0);
	assert_int_equal(grip_signin_from(g, NULL, "http://127.0.0.1:8080", "127.0.0.1:8080"), 0);
	assert_int_equal(grip_signin_from(g, "cross-site", NULL, "grip.example"), -1);
	assert_int_equal(g->err.code, GRIP_EPERM);
	assert_int_equal(grip_signin_from(g, "same-site", "https://grip.example", "grip.example"), -1);
	assert_int_equal(grip_signin_from(g, NULL, "https://evil.example", "grip.example"), -1);
	assert_int_equal(grip_signin_from(g, NULL, "null", "grip.example"), -1);
	assert_int_equal(grip_signin_from(g, NULL, "https://grip.example.evil.example", "grip.example"), -1);
	assert_int_equal(grip_signin_from(g, NULL, "https://grip.example", NULL), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_wait_rule),
		cmocka_unit_test(test_dummy_hash_costs_the_same),
		cmocka_unit_test_setup_teardown(test_throttle_per_account, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_throttle_per_address, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_success_forgets_the_account, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_no_one_gets_the_dummy, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_where_from, setup, tmpdb_core_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
