/*
 * outbox_route.c — where a claimed row of the outbox goes, decided in one
 * place (docs/reminders.md, "What is promised"): a person's email row to
 * their address while they are an active person of the org with email
 * notices on (an account's one-time link goes whatever that setting says),
 * a unit's webhook row to the unit's webhook. A row whose recipient is
 * gone or has switched the channel off is closed unsent: marked sent with
 * the reason kept in last_error, so that it is neither tried again nor
 * taken for lost. And a unit's webhook: its address is a secret (whoever
 * has it may post into the channel), set and read only by those who may
 * edit the unit.
 */
#include "core/internal.h"

#include <stdio.h>
#include <string.h>

#include "util/utf8.h"

#define WEBHOOK_MAX_BYTES 2000

static int route_person(struct grip *g, const struct grip_notification *n, struct grip_outbox_route *r)
{
	struct store_stmt *st = store_q(g->store,
		"SELECT email, name, active, notify_email, digest FROM people WHERE id = ? AND org_id = ?",
		V(n->person_id), V(g->org_id));
	if (!st)
		return STORE_FAIL(g);
	enum store_rc rc = store_step(st);
	if (rc == STORE_ROW) {
		r->address = col_text(g, st, 0);
		r->name = col_text(g, st, 1);
		bool active = store_col_int(st, 2) != 0, email = store_col_int(st, 3) != 0;
		/* An account's message (an invitation, a password reset) is
		 * not a notice one can switch off, nor held for a digest. */
		bool notice = grip_kind_in_digest(n->kind);
		r->digest = store_col_int(st, 4) != 0 && notice;
		if (!active)
			r->reason = "the recipient has left the organisation";
		else if (!email && notice)
			r->reason = "the recipient has switched email notices off";
		else
			r->to = GRIP_ROUTE_EMAIL;
	}
	store_done(st);
	if (rc != STORE_ROW && rc != STORE_DONE)
		return STORE_FAIL(g);
	if (rc == STORE_DONE)
		r->reason = "the recipient no longer exists";
	return 0;
}

static int route_unit(struct grip *g, const struct grip_notification *n, struct grip_outbox_route *r)
{
	struct store_stmt *st = store_q(g->store, "SELECT name, webhook_url FROM units WHERE id = ? AND org_id = ?",
					V(n->unit_id), V(g->org_id));
	if (!st)
		return STORE_FAIL(g);
	enum store_rc rc = store_step(st);
	if (rc == STORE_ROW) {
		r->name = col_text(g, st, 0);
		r->address = col_text(g, st, 1);
		if (r->address)
			r->to = GRIP_ROUTE_WEBHOOK;
		else
			r->reason = "the unit has no webhook any more";
	}
	store_done(st);
	if (rc != STORE_ROW && rc != STORE_DONE)
		return STORE_FAIL(g);
	if (rc == STORE_DONE)
		r->reason = "the unit no longer exists";
	return 0;
}

int grip_outbox_route(struct grip *g, const struct grip_notification *n, struct grip_outbox_route *r)
{
	*r = (struct grip_outbox_route){ .to = GRIP_ROUTE_CLOSE };
	struct grip_org *org = grip_org_get(g, g->org_id);
	if (!org)
		return -1;
	r->locale = org->locale && *org->locale ? org->locale : "en";
	if (strcmp(n->channel, "email") == 0) {
		if (!n->person_id) {
			r->reason = "the row names no person";
			return 0;
		}
		return route_person(g, n, r);
	}
	if (strcmp(n->channel, "webhook") == 0) {
		if (!n->unit_id) {
			r->reason = "the row names no unit";
			return 0;
		}
		return route_unit(g, n, r);
	}
	r->reason = "the app's rows are not sent";
	return 0;
}

int grip_outbox_close(struct grip *g, int64_t id, const char *reason)
{
	const char *now = grip_now_text(g);
	if (!now || grip_begin(g, true) < 0)
		return -1;
	if (store_x(g->store, NULL,
		"UPDATE notifications SET sent_at = ?, next_attempt_at = NULL, last_error = ?"
		" WHERE id = ? AND org_id = ? AND sent_at IS NULL", V(now), V(reason), V(id), V(g->org_id)) != STORE_OK) {
		STORE_FAIL(g);
		grip_rollback(g);
		return -1;
	}
	return grip_commit(g);
}

/* ---- a unit's webhook ---- */

/* An http(s) URL with a host, no spaces or control characters. */
static int webhook_check(struct grip *g, const char *url)
{
	size_t len = strlen(url);
	size_t scheme = strncmp(url, "https://", 8) == 0 ? 8 : strncmp(url, "http://", 7) == 0 ? 7 : 0;
	if (!scheme)
		return grip_fail(g, GRIP_EINVAL, "webhook_url", "is not an http:// or https:// URL");
	if (len > WEBHOOK_MAX_BYTES)
		return grip_fail(g, GRIP_EINVAL, "webhook_url", "is too long (at most %d bytes)", WEBHOOK_MAX_BYTES);
	if (!utf8_valid(url, len))
		return grip_fail(g, GRIP_EINVAL, "webhook_url", "is not valid UTF-8 text");
	for (const char *p = url; *p; p++)
		if ((unsigned char)*p <= ' ' || *p == 0x7f || *p == '"' || *p == '<' || *p == '>' || *p == '\\')
			return grip_fail(g, GRIP_EINVAL, "webhook_url", "holds a character a URL cannot have");
	const char *host = url + scheme;
	if (!*host || *host == '/' || *host == ':' || *host == '?' || *host == '#' || *host == '@')
		return grip_fail(g, GRIP_EINVAL, "webhook_url", "names no host");
	return 0;
}

/* The history keeps where a webhook points, not its secret path. */
static json_t *webhook_record(const char *url)
{
	if (!url)
		return json_pack("{sn}", "webhook");
	const char *host = strstr(url, "://") + 3;
	size_t hlen = strcspn(host, "/?#");
	char shown[300];
	snprintf(shown, sizeof shown, "%.*s%.*s/…", (int)(host - url), url, (int)(hlen < 200 ? hlen : 200), host);
	return json_pack("{ss}", "webhook", shown);
}

static int webhook_read(struct grip *g, int64_t unit_id, const char **url)
{
	return text_one(g, store_q(g->store, "SELECT webhook_url FROM units WHERE id = ? AND org_id = ?",
				   V(unit_id), V(g->org_id)), url);
}

int grip_unit_set_webhook(struct grip *g, int64_t unit_id, const char *url)
{
	struct grip_unit *u = grip_unit_get(g, unit_id);
	if (!u || unit_require_edit(g, u) < 0)
		return -1;
	if (url && !*url)
		url = NULL;
	if (url && webhook_check(g, url) < 0)
		return -1;
	const char *before;
	if (webhook_read(g, unit_id, &before) < 0)
		return -1;
	if ((!before && !url) || (before && url && strcmp(before, url) == 0))
		return 0; /* as it is: no change, no event */
	if (store_x(g->store, NULL, "UPDATE units SET webhook_url = ? WHERE id = ? AND org_id = ?", V(url),
		    V(unit_id), V(g->org_id)) != STORE_OK)
		return STORE_FAIL(g);
	g->memo = NULL;
	g->seen = NULL;
	return grip_event(g, "unit", unit_id, "update", webhook_record(before), webhook_record(url), NULL);
}

int grip_unit_webhook(struct grip *g, const struct grip_unit *u, const char **url)
{
	*url = NULL;
	const char *why;
	if (!grip_may_edit_unit(g, u, &why))
		return 0;
	return webhook_read(g, u->id, url);
}

json_t *grip_unit_json_seen(struct grip *g, const struct grip_unit *u)
{
	const char *url;
	const char *why;
	json_t *j = grip_unit_json(u);
	if (!j || !grip_may_edit_unit(g, u, &why))
		return j;
	if (grip_unit_webhook(g, u, &url) < 0) {
		json_decref(j);
		return NULL;
	}
	json_object_set_new(j, "webhook_url", url ? json_string(url) : json_null());
	return j;
}
