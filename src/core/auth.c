/*
 * auth.c — accounts: passwords hashed with Argon2id (libsodium's
 * crypto_pwhash_str), sessions for the browser and API tokens for scripts.
 *
 * Secrets (session cookies, tokens) are 32 random bytes in URL-safe base64;
 * only their BLAKE2b hash is stored, so a copy of the database opens no
 * door. A session lives GRIP_SESSION_DAYS and carries its own CSRF token.
 * Credentials of a person who has left stop working at once.
 *
 * Signing in takes three steps (see grip.h): the throttle's check and the
 * stored hash, the hash itself wherever the server runs it, and the outcome
 * stored. Every attempt runs one Argon2id hash of the same cost, for
 * someone or for no one, so its time tells nothing.
 */
#include "core/internal.h"

#include <assert.h>
#include <sodium.h>
#include <string.h>
#include <strings.h>

#include "util/date.h"

#define SECRET_BYTES 32
#define TOKEN_PREFIX "grip_"

int grip_auth_init(void)
{
	return sodium_init() < 0 ? -1 : 0;
}

/* A new random secret in the arena, with an optional prefix. */
static char *new_secret(struct grip *g, const char *prefix)
{
	unsigned char raw[SECRET_BYTES];
	char text[sodium_base64_ENCODED_LEN(SECRET_BYTES, sodium_base64_VARIANT_URLSAFE_NO_PADDING)];
	randombytes_buf(raw, sizeof raw);
	sodium_bin2base64(text, sizeof text, raw, sizeof raw, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
	return arena_printf(g->arena, "%s%s", prefix, text);
}

/* The stored form of a secret: hex of its BLAKE2b-256. */
const char *auth_secret_hash(struct grip *g, const char *secret)
{
	unsigned char h[32];
	char hex[65];
	crypto_generichash(h, sizeof h, (const unsigned char *)secret, strlen(secret), NULL, 0);
	sodium_bin2hex(hex, sizeof hex, h, sizeof h);
	return grip_strdup(g, hex);
}

int auth_check_password(struct grip *g, const char *field, const char *password)
{
	if (grip_check_text(g, field, password, GRIP_PASSWORD_MAX, true) < 0)
		return -1;
	if (strlen(password) < GRIP_PASSWORD_MIN)
		return grip_fail(g, GRIP_EINVAL, field, "must be at least %d characters", GRIP_PASSWORD_MIN);
	return 0;
}

int auth_hash_password(char out[GRIP_HASH_MAX], const char *password)
{
	static_assert(crypto_pwhash_STRBYTES <= GRIP_HASH_MAX, "an Argon2id hash fits GRIP_HASH_MAX");
	return crypto_pwhash_str(out, password, strlen(password), crypto_pwhash_OPSLIMIT_INTERACTIVE,
				 crypto_pwhash_MEMLIMIT_INTERACTIVE) == 0 ? 0 : -1;
}

int auth_store_password(struct grip *g, int64_t person_id, const char *hash, const char *keep_session,
			const char *how)
{
	const char *now = grip_now_text(g);
	if (!now)
		return -1;
	if (store_x(g->store, NULL, "UPDATE people SET password_hash = ? WHERE id = ?", V(hash),
		    V(person_id)) != STORE_OK)
		return STORE_FAIL(g);
	/* A new password ends the person's other sessions, and every link
	 * that could set one: whoever held the old one is out. */
	if (store_x(g->store, NULL,
		    "UPDATE sessions SET ended_at = ? WHERE person_id = ? AND ended_at IS NULL"
		    " AND (CAST(? AS TEXT) IS NULL OR hash <> ?)",
		    V(now), V(person_id), V(keep_session), V(keep_session)) != STORE_OK ||
	    store_x(g->store, NULL,
		    "UPDATE account_tokens SET used_at = ? WHERE person_id = ? AND used_at IS NULL",
		    V(now), V(person_id)) != STORE_OK)
		return STORE_FAIL(g);
	return grip_event(g, "person", person_id, "password", NULL,
			  how ? json_pack("{ss}", "set_by", how) : NULL, NULL);
}

int grip_password_set(struct grip *g, int64_t person_id, const char *password)
{
	if (grip_require_writer(g) < 0)
		return -1;
	if (g->actor->id != person_id && grip_require_admin(g) < 0)
		return -1;
	if (auth_check_password(g, "password", password) < 0)
		return -1;
	struct grip_person *p = grip_person_get(g, person_id);
	if (!p)
		return -1;
	char hash[GRIP_HASH_MAX];
	if (auth_hash_password(hash, password) < 0)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory while hashing the password");
	return auth_store_password(g, person_id, hash, NULL, NULL);
}

int grip_password_copy(struct grip *g, int64_t from, int64_t to)
{
	if (grip_require_admin(g) < 0 || !grip_person_get(g, from) || !grip_person_get(g, to))
		return -1;
	if (store_x(g->store, NULL,
		    "UPDATE people SET password_hash = (SELECT password_hash FROM people WHERE id = ?) WHERE id = ?",
		    V(from), V(to)) != STORE_OK)
		return STORE_FAIL(g);
	return grip_event(g, "person", to, "password", NULL, NULL, NULL);
}

static int bad_credentials(struct grip *g)
{
	return grip_fail(g, GRIP_EAUTH, NULL, "the email or the password is not right");
}

const char *grip_secret_new(struct grip *g)
{
	return new_secret(g, "");
}

/* What an attempt with no one to sign in is checked against: Argon2id
 * with the parameters grip_password_set uses, so that it costs the same,
 * of a random password nobody knows (test_signin checks the parameters). */
static const char dummy_hash[] =
	"$argon2id$v=19$m=65536,t=2,p=1$aYiu7etG24wHqaE8jRzk1w$geB7exYWn2VQfebBgofsGJwaohF2qocYF+DLFcXvBIQ";

const char *signin_dummy_hash(void)
{
	return dummy_hash;
}

struct grip_signin *grip_signin_begin(struct grip *g, const char *org_slug, const char *email,
				      const char *password, const char *address)
{
	if (!email || !*email || !password || !*password) {
		grip_fail(g, GRIP_EINVAL, email && *email ? "password" : "email", "is required");
		return NULL;
	}
	if (strlen(password) > GRIP_PASSWORD_MAX) {
		grip_fail(g, GRIP_EINVAL, "password", "is too long (at most %d bytes)", GRIP_PASSWORD_MAX);
		return NULL;
	}
	const char *low;
	struct grip_signin *a = grip_alloc(g, sizeof *a);
	if (!a || check_email(g, "email", email, &low) < 0)
		return NULL;
	/* An org that is not there is a wrong pair like any other. */
	struct grip_org *o = grip_org_find(g, org_slug);
	if (!o && grip_failed_hard(g))
		return NULL;
	g->err = (struct grip_error){ 0 };
	char org[80];
	if (o)
		snprintf(org, sizeof org, "#%lld", (long long)o->id);
	else
		snprintf(org, sizeof org, "?%.70s", org_slug ? org_slug : "");
	throttle_keys(org, low, address, a->account_key, a->address_key);
	if (throttle_check(g, a->account_key, a->address_key, throttle_clock_ms()) < 0)
		return NULL;
	snprintf(a->hash, sizeof a->hash, "%s", dummy_hash);
	a->password = password;
	if (!o)
		return a;
	a->org_id = g->org_id = o->id;
	struct store_stmt *st = store_q(g->store,
		"SELECT id, password_hash FROM people WHERE org_id = ? AND email = ? AND active = 1",
		V(o->id), V(low));
	if (!st) {
		STORE_FAIL(g);
		return NULL;
	}
	if (store_step(st) == STORE_ROW) {
		const char *h = store_col_text(st, 1);
		if (h && strlen(h) < sizeof a->hash) {
			a->person_id = store_col_int(st, 0);
			snprintf(a->hash, sizeof a->hash, "%s", h);
		}
	}
	store_done(st);
	return a;
}

void grip_signin_verify(struct grip_signin *a)
{
	if (a->purpose == GRIP_SIGNIN_LINK) {
		a->right = a->person_id != 0; /* the link was the check */
	} else {
		/* The hash runs whoever it is for: the time says nothing. */
		bool match = crypto_pwhash_str_verify(a->hash, a->password, strlen(a->password)) == 0;
		a->right = match && a->person_id != 0;
	}
	if (a->right && a->new_password && auth_hash_password(a->new_hash, a->new_password) < 0) {
		a->right = false;
		a->hash_failed = true;
	}
}

/* Is the person still there with the password that was checked? (It may
 * have changed, or the person left, while the hash ran.) */
bool signin_still_valid(struct grip *g, const struct grip_signin *a)
{
	struct store_stmt *st = store_q(g->store,
		"SELECT password_hash FROM people WHERE id = ? AND org_id = ? AND active = 1",
		V(a->person_id), V(a->org_id));
	if (!st)
		return false;
	const char *h = store_step(st) == STORE_ROW ? store_col_text(st, 0) : NULL;
	bool same = h && strcmp(h, a->hash) == 0;
	store_done(st);
	return same;
}

int grip_signin_finish(struct grip *g, struct grip_signin *a)
{
	if (a->purpose != GRIP_SIGNIN_SESSION)
		return account_finish(g, a);
	if (!a->right || !signin_still_valid(g, a))
		return throttle_failed(g, a->account_key, a->address_key, throttle_clock_ms());
	g->org_id = a->org_id;
	struct grip_person *p = grip_person_get(g, a->person_id);
	char *secret = new_secret(g, "");
	char *token = new_secret(g, "");
	const char *now = grip_now_text(g);
	if (!p || !secret || !token || !now)
		return -1;
	char expires[DATETIME_LEN];
	datetime_format(g->now + (int64_t)GRIP_SESSION_DAYS * 86400, expires);
	if (store_x(g->store, NULL,
		    "INSERT INTO sessions (org_id, person_id, hash, csrf, created_at, expires_at)"
		    " VALUES (?, ?, ?, ?, ?, ?)",
		    V(a->org_id), V(a->person_id), V(auth_secret_hash(g, secret)), V(token), V(now),
		    V(expires)) != STORE_OK)
		return STORE_FAIL(g);
	if (throttle_forget(g, a->account_key) < 0)
		return -1;
	a->person = p;
	a->session = secret;
	a->csrf = token;
	return 0;
}

int grip_signin_outcome(struct grip *g, const struct grip_signin *a)
{
	if (a->purpose != GRIP_SIGNIN_SESSION)
		return account_outcome(g, a);
	if (!a->person)
		return bad_credentials(g);
	g->org_id = a->org_id;
	g->actor = a->person;
	return 0;
}

int grip_signin_from(struct grip *g, const char *fetch_site, const char *origin, const char *host)
{
	bool same;
	if (fetch_site && *fetch_site) { /* what the browser itself says, when it does */
		same = strcmp(fetch_site, "same-origin") == 0 || strcmp(fetch_site, "none") == 0;
	} else if (origin) {
		const char *h = strstr(origin, "://");
		same = h && host && strcasecmp(h + 3, host) == 0;
	} else {
		same = true; /* not a browser, or one that says nothing */
	}
	return same ? 0 : grip_fail(g, GRIP_EPERM, "origin",
				    "this sign-in came from another site; sign in from this site's own page");
}

int grip_signout(struct grip *g, const char *session)
{
	const char *now = grip_now_text(g);
	if (!now || !session)
		return now ? 0 : -1;
	if (store_x(g->store, NULL, "UPDATE sessions SET ended_at = ? WHERE hash = ? AND ended_at IS NULL",
		    V(now), V(auth_secret_hash(g, session))) != STORE_OK)
		return STORE_FAIL(g);
	return 0;
}

/* st's row: the org's id, the person (RESOLVE_PERSON's columns), extra
 * when asked for, then the org (RESOLVE_ORG's): the actor and the org are
 * loaded with the credential, in one statement, and the org is not read
 * again for the request (grip_org_find, grip_org_get). */
#define RESOLVE_PERSON "p.id, p.email, p.name, p.role, p.active, p.left_on, p.created_at"
#define RESOLVE_ORG ORG_COLS_OF("o")

static int resolve(struct grip *g, struct store_stmt *st, const char **extra)
{
	if (!st)
		return STORE_FAIL(g);
	enum store_rc rc = store_step(st);
	struct grip_person *actor = NULL;
	g->own_org = NULL;
	if (rc == STORE_ROW) {
		g->org_id = store_col_int(st, 0);
		actor = person_from_row(g, st, 1);
		if (extra)
			*extra = col_text(g, st, 8);
		g->own_org = org_from_row(g, st, extra ? 9 : 8);
	}
	store_done(st);
	if (rc != STORE_ROW)
		return rc == STORE_DONE ? grip_fail(g, GRIP_EAUTH, NULL, "the credentials are not valid")
					: STORE_FAIL(g);
	g->actor = actor;
	if (!g->actor)
		return -1;
	if (!g->actor->active)
		return grip_fail(g, GRIP_EAUTH, NULL, "%s has left the organisation", g->actor->email);
	return 0;
}

int grip_session_resolve(struct grip *g, const char *session, const char **csrf)
{
	const char *now = grip_now_text(g);
	if (!now || !session)
		return now ? grip_fail(g, GRIP_EAUTH, NULL, "sign in first") : -1;
	return resolve(g, store_q(g->store,
		"SELECT s.org_id, " RESOLVE_PERSON ", s.csrf, " RESOLVE_ORG " FROM sessions s"
		" JOIN people p ON p.id = s.person_id AND p.org_id = s.org_id JOIN orgs o ON o.id = s.org_id"
		" WHERE s.hash = ? AND s.ended_at IS NULL AND s.expires_at > ?",
		V(auth_secret_hash(g, session)), V(now)), csrf);
}

int grip_token_resolve(struct grip *g, const char *token)
{
	if (!token || strncmp(token, TOKEN_PREFIX, strlen(TOKEN_PREFIX)) != 0)
		return grip_fail(g, GRIP_EAUTH, NULL, "the credentials are not valid");
	return resolve(g, store_q(g->store,
		"SELECT t.org_id, " RESOLVE_PERSON ", " RESOLVE_ORG " FROM api_tokens t"
		" JOIN people p ON p.id = t.person_id AND p.org_id = t.org_id JOIN orgs o ON o.id = t.org_id"
		" WHERE t.hash = ? AND t.revoked_at IS NULL",
		V(auth_secret_hash(g, token))), NULL);
}

#define TOKEN_COLS "id, person_id, name, created_at, revoked_at"

static void *token_row(struct grip *g, struct store_stmt *st)
{
	struct grip_token *t = grip_alloc(g, sizeof *t);
	if (!t)
		return NULL;
	t->id = store_col_int(st, 0);
	t->person_id = store_col_int(st, 1);
	t->name = col_text(g, st, 2);
	t->created_at = col_text(g, st, 3);
	t->revoked_at = col_text(g, st, 4);
	return t;
}

static struct grip_token *token_get(struct grip *g, int64_t id)
{
	return fetch_one(g, store_q(g->store,
		"SELECT " TOKEN_COLS " FROM api_tokens WHERE id = ? AND org_id = ?", V(id), V(g->org_id)),
		token_row, "token");
}

struct grip_token *grip_token_create(struct grip *g, int64_t person_id, const char *name,
				     const char **secret)
{
	if (!name)
		name = "api";
	/* Everyone, viewers too, may have tokens of their own to read with. */
	if (!g->actor || !g->actor->active) {
		grip_fail(g, GRIP_EPERM, NULL, "no acting person");
		return NULL;
	}
	if (grip_check_text(g, "name", name, NAME_MAX_BYTES, true) < 0 ||
	    (g->actor->id != person_id && grip_require_admin(g) < 0))
		return NULL;
	struct grip_person *p = grip_person_get(g, person_id);
	if (!p)
		return NULL;
	if (!p->active) {
		grip_fail(g, GRIP_ECONFLICT, "person", "%s has left the organisation", p->email);
		return NULL;
	}
	char *token = new_secret(g, TOKEN_PREFIX);
	const char *now = grip_now_text(g);
	int64_t id = 0;
	if (!token || !now)
		return NULL;
	if (store_x(g->store, &id,
		    "INSERT INTO api_tokens (org_id, person_id, name, hash, created_at)"
		    " VALUES (?, ?, ?, ?, ?) RETURNING id",
		    V(g->org_id), V(person_id), V(name), V(auth_secret_hash(g, token)), V(now)) != STORE_OK) {
		STORE_FAIL(g);
		return NULL;
	}
	struct grip_token *t = token_get(g, id);
	if (!t || grip_event(g, "token", id, "create", NULL, grip_token_json(t), NULL) < 0)
		return NULL;
	*secret = token;
	return t;
}

int grip_token_list(struct grip *g, struct grip_token ***out, size_t *n)
{
	bool all = g->actor && g->actor->role == GRIP_ROLE_ADMIN;
	return fetch_all(g, store_q(g->store,
		"SELECT " TOKEN_COLS " FROM api_tokens WHERE org_id = ? AND (? = 1 OR person_id = ?)"
		" ORDER BY id", V(g->org_id), V(all), V(g->actor ? g->actor->id : 0)),
		token_row, (void ***)out, n);
}

int grip_token_revoke(struct grip *g, int64_t id)
{
	struct grip_token *before = token_get(g, id);
	if (!before || !g->actor)
		return before ? grip_fail(g, GRIP_EPERM, NULL, "no acting person") : -1;
	if (before->person_id != g->actor->id && g->actor->role != GRIP_ROLE_ADMIN)
		return grip_fail(g, GRIP_ENOTFOUND, "token", "no such token");
	if (before->revoked_at)
		return grip_fail(g, GRIP_ECONFLICT, "token", "token %lld is revoked already", (long long)id);
	const char *now = grip_now_text(g);
	if (!now || store_x(g->store, NULL, "UPDATE api_tokens SET revoked_at = ? WHERE id = ?",
			    V(now), V(id)) != STORE_OK)
		return now ? STORE_FAIL(g) : -1;
	struct grip_token *after = token_get(g, id);
	if (!after)
		return -1;
	return grip_event(g, "token", id, "revoke", grip_token_json(before), grip_token_json(after), NULL);
}

int auth_revoke_person(struct grip *g, int64_t person_id)
{
	const char *now = grip_now_text(g);
	if (!now)
		return -1;
	if (store_x(g->store, NULL, "UPDATE sessions SET ended_at = ? WHERE person_id = ? AND ended_at IS NULL",
		    V(now), V(person_id)) != STORE_OK ||
	    store_x(g->store, NULL, "UPDATE api_tokens SET revoked_at = ? WHERE person_id = ? AND revoked_at IS NULL",
		    V(now), V(person_id)) != STORE_OK)
		return STORE_FAIL(g);
	return 0;
}

json_t *grip_token_json(const struct grip_token *t)
{
	return json_pack("{sI sI ss ss ss?}", "id", (json_int_t)t->id, "person_id",
			 (json_int_t)t->person_id, "name", t->name, "created_at", t->created_at,
			 "revoked_at", t->revoked_at);
}
