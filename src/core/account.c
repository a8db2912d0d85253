/*
 * account.c — accounts by email (docs/security.md, "Accounts by email"):
 * an admin's invitation to set a first password, "forgot password", a
 * password set through the one-time link either sends, and a signed-in
 * person's change of their own password.
 *
 * The one-time links, and what holds:
 *  1. A link's secret is 32 random bytes (URL-safe base64, as a session's);
 *     account_tokens keeps only its BLAKE2b digest, the outbox row keeps
 *     the link for the sender until it is sent.
 *  2. An invitation works GRIP_INVITE_DAYS, a reset GRIP_RESET_MINUTES,
 *     by the clock of grip (GRIP_NOW in tests), and only while its person
 *     is active.
 *  3. A link works once: its use sets used_at in the same write that
 *     stores the password, and only if it was still unused (two uses at
 *     once: one wins). Any new password, however set, ends every open link
 *     of its person, and every session (a change keeps the one in use).
 *  4. "Forgot password" answers the same whoever the address belongs to;
 *     it queues at most GRIP_RESETS_PER_HOUR links per person an hour, and
 *     every request counts against the client's address in the sign-in
 *     throttle (throttle.c). A link that does not work counts there too; a
 *     wrong old password counts as a failed sign-in of the account.
 * Setting a password runs in three steps like a sign-in (grip.h), so that
 * the server hashes off its request threads: begin (a read), the hash
 * (grip_signin_verify), then account_finish as a write and
 * account_outcome for the answer.
 */
#include "core/internal.h"

#include <stdio.h>
#include <string.h>

#include "util/date.h"

static const char *at_text(struct grip *g, int64_t t)
{
	char buf[DATETIME_LEN];
	datetime_format(t, buf);
	return grip_strdup(g, buf);
}

/* A new link for person p: its row, and the email that carries it. The
 * secret goes nowhere else. */
static const char *link_new(struct grip *g, const struct grip_person *p, const char *purpose, int64_t lifetime,
			    int64_t *token_id)
{
	const char *secret = grip_secret_new(g);
	const char *now = grip_now_text(g), *expires = at_text(g, g->now + lifetime);
	if (!secret || !now || !expires)
		return NULL;
	if (store_x(g->store, token_id,
		    "INSERT INTO account_tokens (org_id, person_id, purpose, hash, created_at, expires_at)"
		    " VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
		    V(g->org_id), V(p->id), V(purpose), V(auth_secret_hash(g, secret)), V(now), V(expires)) != STORE_OK) {
		STORE_FAIL(g);
		return NULL;
	}
	return secret;
}

/* The email of a link (kind "account.invite" or "account.reset"), keyed
 * by its row: each link is sent once. Its words are the org's locale's
 * messages KIND.subject and KIND.body (lexicon/LOCALE/messages.txt) with
 * vars (name, value pairs, NULL-ended) filled in. */
static int link_queue(struct grip *g, const struct grip_person *p, const char *kind, int64_t token_id,
		      const char *secret, const char *const *vars)
{
	char recipient[32], key[64], subject_key[64], body_key[64];
	snprintf(recipient, sizeof recipient, "p%lld", (long long)p->id);
	snprintf(key, sizeof key, "%s:%lld", kind, (long long)token_id);
	snprintf(subject_key, sizeof subject_key, "%s.subject", kind);
	snprintf(body_key, sizeof body_key, "%s.body", kind);
	const struct grip_messages *m = grip_messages_load(g, NULL);
	const char *subject = m ? grip_message(g, m, subject_key, vars) : NULL;
	const char *body = subject ? grip_message(g, m, body_key, vars) : NULL;
	const char *link = arena_printf(g->arena, "/password/set?token=%s", secret);
	if (!body)
		return -1;
	if (!link)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	struct grip_notification n = { .recipient = recipient, .person_id = p->id, .channel = "email",
				       .kind = kind, .dedup = key, .subject = subject, .body = body, .link = link };
	return grip_outbox_add(g, &n) < 0 ? -1 : 0;
}

/* ---- invitations ---- */

static bool has_password(struct grip *g, int64_t person_id, int *rc)
{
	int64_t n = 0;
	*rc = store_x(g->store, &n, "SELECT COUNT(*) FROM people WHERE id = ? AND password_hash IS NOT NULL",
		      V(person_id)) == STORE_OK ? 0 : STORE_FAIL(g);
	return n > 0;
}

int account_require_invite(struct grip *g, const struct grip_person *p)
{
	if (grip_require_admin(g) < 0)
		return -1;
	if (!p->active)
		return grip_fail(g, GRIP_ECONFLICT, "person", "%s has left the organisation", p->email);
	int rc;
	if (has_password(g, p->id, &rc))
		return grip_fail(g, GRIP_ECONFLICT, "person",
				 "%s has a password already; if it is lost, they can ask for a new one with "
				 "\"Forgot your password?\" on the sign-in page", p->email);
	return rc;
}

struct grip_invitation *grip_person_invite(struct grip *g, int64_t person_id)
{
	if (grip_require_admin(g) < 0)
		return NULL;
	struct grip_person *p = grip_person_get(g, person_id);
	struct grip_org *o = p ? grip_org_get(g, g->org_id) : NULL;
	if (!o || account_require_invite(g, p) < 0)
		return NULL;
	/* Sent again: only the newest invitation works. */
	const char *now = grip_now_text(g);
	if (!now || store_x(g->store, NULL,
			    "UPDATE account_tokens SET used_at = ? WHERE person_id = ? AND purpose = 'invite'"
			    " AND used_at IS NULL", V(now), V(p->id)) != STORE_OK) {
		if (now)
			STORE_FAIL(g);
		return NULL;
	}
	int64_t token_id = 0;
	const char *secret = link_new(g, p, "invite", (int64_t)GRIP_INVITE_DAYS * 86400, &token_id);
	struct grip_invitation *inv = grip_alloc(g, sizeof *inv);
	if (!secret || !inv)
		return NULL;
	char days[16];
	snprintf(days, sizeof days, "%d", GRIP_INVITE_DAYS);
	const char *vars[] = { "org", o->name, "by", g->actor->name, "email", p->email, "days", days, NULL };
	if (link_queue(g, p, "account.invite", token_id, secret, vars) < 0)
		return NULL;
	*inv = (struct grip_invitation){ .person_id = p->id, .email = p->email,
					 .expires_at = at_text(g, g->now + (int64_t)GRIP_INVITE_DAYS * 86400) };
	if (!inv->expires_at || grip_event(g, "person", p->id, "invite", NULL,
					   json_pack("{sI ss}", "link", (json_int_t)token_id, "expires_at",
						     inv->expires_at), NULL) < 0)
		return NULL;
	return inv;
}

struct grip_person *grip_person_add_invited(struct grip *g, const char *email, const char *name,
					   enum grip_role role, bool invite)
{
	struct grip_person *p = grip_person_add(g, email, name, role);
	if (!p || (invite && !grip_person_invite(g, p->id)))
		return NULL;
	return p;
}

json_t *grip_invitation_json(const struct grip_invitation *i)
{
	return json_pack("{sI ss ss}", "person_id", (json_int_t)i->person_id, "email", i->email, "expires_at",
			 i->expires_at);
}

/* ---- forgot password ---- */

int grip_password_forgot(struct grip *g, const char *org_slug, const char *email, const char *address)
{
	const char *low;
	if (!email || !*email)
		return grip_fail(g, GRIP_EINVAL, "email", "is required");
	if (check_email(g, "email", email, &low) < 0)
		return -1;
	/* Rule 4: the address pays for every request, known or not. */
	char account[33], addr[33];
	throttle_keys("", "", address, account, addr);
	int64_t clock = throttle_clock_ms();
	if (throttle_check(g, NULL, addr, clock) < 0 || throttle_failed(g, NULL, addr, clock) < 0)
		return -1;
	struct grip_org *o = grip_org_find(g, org_slug);
	if (!o) {
		if (grip_failed_hard(g))
			return -1;
		g->err = (struct grip_error){ 0 };
		return 0; /* no such org: as no such person */
	}
	g->org_id = o->id;
	int64_t person_id = 0, recent = 0;
	if (store_x(g->store, &person_id, "SELECT id FROM people WHERE org_id = ? AND email = ? AND active = 1",
		    V(o->id), V(low)) != STORE_OK)
		return STORE_FAIL(g);
	if (!person_id)
		return 0;
	const char *since = at_text(g, g->now - 3600);
	if (!since || store_x(g->store, &recent,
			      "SELECT COUNT(*) FROM account_tokens WHERE person_id = ? AND purpose = 'reset'"
			      " AND created_at > ?", V(person_id), V(since)) != STORE_OK)
		return since ? STORE_FAIL(g) : -1;
	if (recent >= GRIP_RESETS_PER_HOUR)
		return 0; /* enough are on their way */
	struct grip_person *who = grip_person_get(g, person_id);
	if (!who)
		return -1;
	int64_t token_id = 0;
	const char *secret = link_new(g, who, "reset", (int64_t)GRIP_RESET_MINUTES * 60, &token_id);
	if (!secret)
		return -1;
	char minutes[16];
	snprintf(minutes, sizeof minutes, "%d", GRIP_RESET_MINUTES);
	const char *vars[] = { "org", o->name, "email", who->email, "minutes", minutes, NULL };
	if (link_queue(g, who, "account.reset", token_id, secret, vars) < 0)
		return -1;
	return grip_event(g, "person", who->id, "reset", NULL,
			  json_pack("{sI}", "link", (json_int_t)token_id), NULL);
}

/* ---- using a link ---- */

/* A link found, with what the caller needs beside the public part. */
struct link_found {
	struct grip_link link;
	int64_t id, org_id;
};

static void *link_row(struct grip *g, struct store_stmt *st)
{
	struct link_found *f = grip_alloc(g, sizeof *f);
	if (!f)
		return NULL;
	f->link.person_id = store_col_int(st, 0);
	f->link.email = col_text(g, st, 1);
	f->link.purpose = col_text(g, st, 2);
	f->link.expires_at = col_text(g, st, 3);
	f->id = store_col_int(st, 4);
	f->org_id = store_col_int(st, 5);
	return f;
}

static int link_refused(struct grip *g)
{
	return grip_fail(g, GRIP_EINVAL, "token",
			 "this link has been used, has expired or is not one of ours; ask for a new one");
}

/* The link of token while it works; NULL, and GRIP_EINVAL naming
 * "token", when it does not. */
static struct link_found *link_find(struct grip *g, const char *token)
{
	const char *now = grip_now_text(g);
	if (!now)
		return NULL;
	if (!token || !*token || strlen(token) > 200) {
		link_refused(g);
		return NULL;
	}
	struct link_found *f = fetch_one(g, store_q(g->store,
		"SELECT t.person_id, p.email, t.purpose, t.expires_at, t.id, t.org_id FROM account_tokens t"
		" JOIN people p ON p.id = t.person_id"
		" WHERE t.hash = ? AND t.used_at IS NULL AND t.expires_at > ? AND p.active = 1",
		V(auth_secret_hash(g, token)), V(now)), link_row, "token");
	if (!f && g->err.code == GRIP_ENOTFOUND)
		link_refused(g);
	return f;
}

struct grip_link *grip_link_check(struct grip *g, const char *token)
{
	struct link_found *f = link_find(g, token);
	return f ? &f->link : NULL;
}

struct grip_signin *grip_password_link_begin(struct grip *g, const char *token, const char *password,
					     const char *address)
{
	struct grip_signin *a = grip_alloc(g, sizeof *a);
	if (!a)
		return NULL;
	a->purpose = GRIP_SIGNIN_LINK;
	/* The account's key is the link's: its own count, beside the address's. */
	throttle_keys("link", token ? auth_secret_hash(g, token) : "", address, a->account_key, a->address_key);
	if (throttle_check(g, NULL, a->address_key, throttle_clock_ms()) < 0)
		return NULL;
	struct link_found *f = link_find(g, token);
	if (!f) {
		if (g->err.code != GRIP_EINVAL)
			return NULL;
		g->err = (struct grip_error){ 0 };
		return a; /* no one: finish counts it, outcome refuses it */
	}
	if (auth_check_password(g, "password", password) < 0)
		return NULL;
	a->org_id = g->org_id = f->org_id;
	a->person_id = f->link.person_id;
	a->token_id = f->id;
	a->link_purpose = f->link.purpose;
	a->new_password = password;
	return a;
}

/* ---- changing one's own password ---- */

struct grip_signin *grip_password_change_begin(struct grip *g, const char *old, const char *password,
					       const char *session, const char *address)
{
	if (!g->actor || !g->actor->active) {
		grip_fail(g, GRIP_EAUTH, NULL, "sign in first");
		return NULL;
	}
	if (!old || !*old) {
		grip_fail(g, GRIP_EINVAL, "old", "is required");
		return NULL;
	}
	if (strlen(old) > GRIP_PASSWORD_MAX) {
		grip_fail(g, GRIP_EINVAL, "old", "is too long (at most %d bytes)", GRIP_PASSWORD_MAX);
		return NULL;
	}
	if (auth_check_password(g, "new", password) < 0)
		return NULL;
	if (strcmp(old, password) == 0) {
		grip_fail(g, GRIP_EINVAL, "new", "is the password you have now; choose another one");
		return NULL;
	}
	struct grip_signin *a = grip_alloc(g, sizeof *a);
	if (!a)
		return NULL;
	a->purpose = GRIP_SIGNIN_CHANGE;
	/* The sign-in's own keys: a wrong old password is a failed sign-in. */
	char org[32];
	snprintf(org, sizeof org, "#%lld", (long long)g->org_id);
	throttle_keys(org, g->actor->email, address, a->account_key, a->address_key);
	if (throttle_check(g, a->account_key, a->address_key, throttle_clock_ms()) < 0)
		return NULL;
	snprintf(a->hash, sizeof a->hash, "%s", signin_dummy_hash());
	a->org_id = g->org_id;
	a->password = old;
	a->new_password = password;
	a->keep_session = session ? auth_secret_hash(g, session) : NULL;
	struct store_stmt *st = store_q(g->store,
		"SELECT password_hash FROM people WHERE id = ? AND org_id = ? AND active = 1",
		V(g->actor->id), V(g->org_id));
	if (!st) {
		STORE_FAIL(g);
		return NULL;
	}
	if (store_step(st) == STORE_ROW) {
		const char *h = store_col_text(st, 0);
		if (h && strlen(h) < sizeof a->hash) {
			a->person_id = g->actor->id;
			snprintf(a->hash, sizeof a->hash, "%s", h);
		}
	}
	store_done(st);
	return a;
}

/* ---- the last two steps of both ---- */

/* A link used: only if it still works, in this very statement (rule 3). */
static int link_use(struct grip *g, const struct grip_signin *a, bool *used)
{
	const char *now = grip_now_text(g);
	int64_t id = 0;
	if (!now || store_x(g->store, &id,
			    "UPDATE account_tokens SET used_at = ? WHERE id = ? AND person_id = ? AND used_at IS NULL"
			    " AND expires_at > ? RETURNING id", V(now), V(a->token_id), V(a->person_id),
			    V(now)) != STORE_OK)
		return now ? STORE_FAIL(g) : -1;
	*used = id != 0;
	return 0;
}

int account_finish(struct grip *g, struct grip_signin *a)
{
	if (a->hash_failed)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory while hashing the password");
	bool ok = a->right;
	if (ok && a->purpose == GRIP_SIGNIN_LINK && link_use(g, a, &ok) < 0)
		return -1;
	if (ok && a->purpose == GRIP_SIGNIN_CHANGE)
		ok = signin_still_valid(g, a);
	if (!ok) {
		a->right = false;
		return throttle_failed(g, a->purpose == GRIP_SIGNIN_CHANGE ? a->account_key : NULL, a->address_key,
				       throttle_clock_ms());
	}
	g->org_id = a->org_id;
	struct grip_person *p = grip_person_get(g, a->person_id);
	if (!p)
		return -1;
	if (a->purpose == GRIP_SIGNIN_LINK)
		g->actor = p; /* the link proved who they are */
	if (auth_store_password(g, p->id, a->new_hash, a->keep_session,
				a->purpose == GRIP_SIGNIN_CHANGE ? "change" : a->link_purpose) < 0)
		return -1;
	if (a->purpose == GRIP_SIGNIN_CHANGE && throttle_forget(g, a->account_key) < 0)
		return -1;
	a->person = p;
	return 0;
}

int account_outcome(struct grip *g, const struct grip_signin *a)
{
	if (a->person)
		return 0;
	if (a->purpose == GRIP_SIGNIN_CHANGE)
		return grip_fail(g, GRIP_EINVAL, "old", "is not your current password");
	return link_refused(g);
}
