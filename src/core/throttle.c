/*
 * throttle.c — how fast anyone may guess passwords. Failed sign-ins are
 * counted per account (an org and an email, whether or not such a person
 * exists, so the throttle says nothing about who has an account) and per
 * client address, in the store, so that every server on one database
 * counts together and none keeps a count of its own.
 *
 * The rule, for each count:
 *  1. The first failures in a row cost nothing: THROTTLE_ACCOUNT_FREE for
 *     an account, THROTTLE_ADDRESS_FREE for an address (more, since many
 *     people may share one address).
 *  2. From then on the next attempt waits THROTTLE_FIRST_WAIT after the
 *     last failure, doubling with each failure, up to THROTTLE_MAX_WAIT.
 *  3. A count starts again from nothing once THROTTLE_FORGET has passed
 *     without a failure; a sign-in that succeeds forgets its account's
 *     count, not its address's (else one good account would wash a guessing
 *     address clean).
 *  4. An attempt that must wait is refused before any password is hashed
 *     and is not counted: it costs one read and writes nothing. A failure
 *     costs one statement (both counts) and no history event.
 * The same counts hold back the other ways in (account.c): a password
 * change counts its wrong old passwords against the account and the
 * address as a sign-in does; a one-time link that does not work, and every
 * "forgot password" request, count against the address alone (account
 * NULL), whose message then speaks of attempts rather than sign-ins.
 * The clock is the real one, in milliseconds, even where GRIP_NOW stands in
 * for the date: guessing speed is a matter of real time.
 */
#include "core/internal.h"

#include <sodium.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#define THROTTLE_ACCOUNT_FREE 5
#define THROTTLE_ADDRESS_FREE 20
#define THROTTLE_FIRST_WAIT 2000               /* ms */
#define THROTTLE_MAX_WAIT (15 * 60 * 1000)     /* ms */
#define THROTTLE_FORGET (60 * 60 * 1000)       /* ms */
#define THROTTLE_PRUNE 50                      /* forgotten rows deleted per failure, at most */

int64_t throttle_clock_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

int64_t throttle_wait_ms(int64_t failures, int64_t free)
{
	if (failures < free)
		return 0;
	int64_t wait = THROTTLE_FIRST_WAIT;
	for (int64_t n = free; n < failures && wait < THROTTLE_MAX_WAIT; n++)
		wait *= 2;
	return wait < THROTTLE_MAX_WAIT ? wait : THROTTLE_MAX_WAIT;
}

int64_t throttle_remaining_ms(int64_t failures, int64_t last_at, int64_t free, int64_t now)
{
	if (last_at <= now - THROTTLE_FORGET)
		return 0; /* rule 3: forgotten */
	int64_t left = last_at + throttle_wait_ms(failures, free) - now;
	return left > 0 ? left : 0;
}

/* The digest of one thing counted, in hex, into out (33 bytes). */
static void key_of(const char *kind, const char *a, const char *b, char out[33])
{
	unsigned char h[16];
	crypto_generichash_state st;
	crypto_generichash_init(&st, NULL, 0, sizeof h);
	crypto_generichash_update(&st, (const unsigned char *)kind, strlen(kind) + 1);
	crypto_generichash_update(&st, (const unsigned char *)a, strlen(a) + 1);
	crypto_generichash_update(&st, (const unsigned char *)b, strlen(b) + 1);
	crypto_generichash_final(&st, h, sizeof h);
	sodium_bin2hex(out, 33, h, sizeof h);
}

void throttle_keys(const char *org, const char *email, const char *address, char account[33], char addr[33])
{
	key_of("account", org, email, account);
	key_of("address", address ? address : "", "", addr);
}

/* "2 seconds", "1 minute", "15 minutes": a wait in words, rounded up. */
static void wait_words(int seconds, char *out, size_t len)
{
	if (seconds < 60)
		snprintf(out, len, "%d second%s", seconds, seconds == 1 ? "" : "s");
	else
		snprintf(out, len, "%d minute%s", (seconds + 59) / 60, (seconds + 59) / 60 == 1 ? "" : "s");
}

int throttle_check(struct grip *g, const char *account, const char *address, int64_t now)
{
	struct store_stmt *st = store_q(g->store,
		"SELECT key, failures, last_at FROM signin_failures WHERE key IN (?, ?)",
		V(account ? account : address), V(address));
	if (!st)
		return STORE_FAIL(g);
	int64_t left = 0;
	enum store_rc rc;
	while ((rc = store_step(st)) == STORE_ROW) {
		const char *key = store_col_text(st, 0);
		int64_t free = key && account && strcmp(key, account) == 0 ? THROTTLE_ACCOUNT_FREE
									  : THROTTLE_ADDRESS_FREE;
		int64_t l = throttle_remaining_ms(store_col_int(st, 1), store_col_int(st, 2), free, now);
		if (l > left)
			left = l;
	}
	store_done(st);
	if (rc != STORE_DONE)
		return STORE_FAIL(g);
	if (!left)
		return 0;
	int seconds = (int)((left + 999) / 1000);
	char words[32];
	wait_words(seconds, words, sizeof words);
	if (account)
		grip_fail(g, GRIP_ETHROTTLE, NULL, "too many failed sign-ins: wait %s, then try again", words);
	else
		grip_fail(g, GRIP_ETHROTTLE, NULL, "too many attempts from this address: wait %s, then try again",
			  words);
	g->err.retry_after = seconds;
	return -1;
}

int throttle_failed(struct grip *g, const char *account, const char *address, int64_t now)
{
	/* Rule 3's restart, in the same statement that counts. */
	int64_t forgotten = now - THROTTLE_FORGET;
	enum store_rc rc = account
		? store_x(g->store, NULL,
			  "INSERT INTO signin_failures (key, failures, last_at) VALUES (?, 1, ?), (?, 1, ?)"
			  " ON CONFLICT (key) DO UPDATE SET failures = CASE WHEN signin_failures.last_at <= ? THEN 1"
			  " ELSE signin_failures.failures + 1 END, last_at = excluded.last_at",
			  V(account), V(now), V(address), V(now), V(forgotten))
		: store_x(g->store, NULL,
			  "INSERT INTO signin_failures (key, failures, last_at) VALUES (?, 1, ?)"
			  " ON CONFLICT (key) DO UPDATE SET failures = CASE WHEN signin_failures.last_at <= ? THEN 1"
			  " ELSE signin_failures.failures + 1 END, last_at = excluded.last_at",
			  V(address), V(now), V(forgotten));
	if (rc != STORE_OK)
		return STORE_FAIL(g);
	/* Counts forgotten by rule 3 are as good as none: a few go with each
	 * failure, so the table holds about an hour of failures. */
	if (store_x(g->store, NULL,
		    "DELETE FROM signin_failures WHERE key IN"
		    " (SELECT key FROM signin_failures WHERE last_at <= ? LIMIT ?)",
		    V(forgotten), V(THROTTLE_PRUNE)) != STORE_OK)
		return STORE_FAIL(g);
	return 0;
}

int throttle_forget(struct grip *g, const char *account)
{
	if (store_x(g->store, NULL, "DELETE FROM signin_failures WHERE key = ?", V(account)) != STORE_OK)
		return STORE_FAIL(g);
	return 0;
}
