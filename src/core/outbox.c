/*
 * outbox.c — the outbox every notification passes through (docs/model.md,
 * "Reminders"): queueing a row once per recipient, channel and period,
 * claiming the rows whose time has come, and recording each attempt's
 * end. The sending itself is src/deliver's; this file only keeps the rows.
 *
 * The promise: a queued row is sent until it is marked sent, and a row
 * marked sent is never tried again. A claim moves next_attempt_at one
 * lease ahead before the attempt, so two senders never hold one row at
 * once, and a sender killed during an attempt leaves a row that is tried
 * again when the lease ends: at worst one message twice, never none.
 */
#include "core/internal.h"

#include <stdio.h>
#include <string.h>

#include "util/date.h"

static const char *const channels[] = { "app", "email", "webhook", NULL };

static const char *at_text(struct grip *g, int64_t t)
{
	char buf[DATETIME_LEN];
	datetime_format(t, buf);
	return grip_strdup(g, buf);
}

int grip_outbox_add(struct grip *g, const struct grip_notification *n)
{
	if (check_choice(g, "channel", n->channel, channels) < 0)
		return -1;
	if (!n->recipient || !n->kind || !n->dedup || !n->subject || !n->body)
		return grip_fail(g, GRIP_EINVAL, "notification", "a notification needs a recipient, a kind, a key, a subject and a body");
	/* The app holds its rows at once: nothing to send. */
	bool app = strcmp(n->channel, "app") == 0;
	const char *now = grip_now_text(g);
	const char *next = app ? NULL : n->next_attempt_at ? n->next_attempt_at : now;
	if (!now)
		return -1;
	int64_t id = 0;
	enum store_rc rc = store_x(g->store, &id,
		"INSERT INTO notifications (org_id, recipient, person_id, unit_id, channel, kind, dedup, subject,"
		" body, link, created_at, next_attempt_at, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
		" ON CONFLICT (org_id, recipient, channel, dedup) DO NOTHING RETURNING id",
		V(g->org_id), V(n->recipient), VID(n->person_id), VID(n->unit_id), V(n->channel), V(n->kind),
		V(n->dedup), V(n->subject), V(n->body), V(n->link), V(now), V(next), V(app ? now : NULL));
	if (rc != STORE_OK)
		return STORE_FAIL(g);
	return id ? 1 : 0; /* 0: queued before, the key holds it once */
}

#define NOTE_COLS "id, org_id, recipient, person_id, unit_id, channel, kind, dedup, subject, body, link," \
		  " created_at, attempts, next_attempt_at, sent_at, read_at, last_error"

static struct grip_notification *note_read(struct grip *g, struct store_stmt *st)
{
	struct grip_notification *n = grip_alloc(g, sizeof *n);
	if (!n)
		return NULL;
	n->id = store_col_int(st, 0);
	n->org_id = store_col_int(st, 1);
	n->recipient = col_text(g, st, 2);
	n->person_id = store_col_int(st, 3);
	n->unit_id = store_col_int(st, 4);
	n->channel = col_text(g, st, 5);
	n->kind = col_text(g, st, 6);
	n->dedup = col_text(g, st, 7);
	n->subject = col_text(g, st, 8);
	n->body = col_text(g, st, 9);
	n->link = col_text(g, st, 10);
	n->created_at = col_text(g, st, 11);
	n->attempts = (int)store_col_int(st, 12);
	n->next_attempt_at = col_text(g, st, 13);
	n->sent_at = col_text(g, st, 14);
	n->read_at = col_text(g, st, 15);
	n->last_error = col_text(g, st, 16);
	return n;
}

/* Rows of st into a list in the arena. */
int outbox_collect(struct grip *g, struct store_stmt *st, struct grip_notification ***out, size_t *n)
{
	*out = NULL;
	*n = 0;
	if (!st)
		return STORE_FAIL(g);
	size_t cap = 0;
	enum store_rc rc;
	while ((rc = store_step(st)) == STORE_ROW) {
		if (*n == cap) {
			size_t ncap = cap ? 2 * cap : 16;
			struct grip_notification **grown = grip_alloc(g, ncap * sizeof *grown);
			if (!grown)
				goto fail;
			if (*n)
				memcpy(grown, *out, *n * sizeof *grown);
			*out = grown;
			cap = ncap;
		}
		if (!((*out)[(*n)++] = note_read(g, st)))
			goto fail;
	}
	store_done(st);
	return rc == STORE_DONE ? 0 : STORE_FAIL(g);
fail:
	store_done(st);
	return -1;
}

/* channel NULL: rows of every channel; person_id 0: of every recipient. */
static int claim(struct grip *g, const char *channel, int64_t person_id, size_t limit, int64_t lease,
		 struct grip_notification ***out, size_t *n)
{
	const char *now = grip_now_text(g), *until = at_text(g, g->now + lease);
	if (!now || !until || grip_begin(g, true) < 0)
		return -1;
	struct store_stmt *st = person_id
		? store_q(g->store, "SELECT " NOTE_COLS " FROM notifications WHERE org_id = ? AND sent_at IS NULL"
			  " AND channel = ? AND person_id = ? AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?",
			  V(g->org_id), V(channel), V(person_id), V(now), V((int64_t)limit))
		: channel
		? store_q(g->store, "SELECT " NOTE_COLS " FROM notifications WHERE org_id = ? AND sent_at IS NULL"
			  " AND channel = ? AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?",
			  V(g->org_id), V(channel), V(now), V((int64_t)limit))
		: store_q(g->store, "SELECT " NOTE_COLS " FROM notifications WHERE org_id = ? AND sent_at IS NULL"
			  " AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?",
			  V(g->org_id), V(now), V((int64_t)limit));
	if (outbox_collect(g, st, out, n) < 0)
		goto fail;
	for (size_t i = 0; i < *n; i++)
		if (store_x(g->store, NULL,
			"UPDATE notifications SET next_attempt_at = ?, attempts = attempts + 1 WHERE id = ?",
			V(until), V((*out)[i]->id)) != STORE_OK)
			goto store_fail;
	return grip_commit(g);
store_fail:
	STORE_FAIL(g);
fail:
	grip_rollback(g);
	return -1;
}

int grip_outbox_claim(struct grip *g, size_t limit, int64_t lease, struct grip_notification ***out, size_t *n)
{
	return claim(g, NULL, 0, limit, lease, out, n);
}

int grip_outbox_claim_channel(struct grip *g, const char *channel, size_t limit, int64_t lease,
			      struct grip_notification ***out, size_t *n)
{
	if (check_choice(g, "channel", channel, channels) < 0)
		return -1;
	return claim(g, channel, 0, limit, lease, out, n);
}

int grip_outbox_claim_person(struct grip *g, const char *channel, int64_t person_id, size_t limit, int64_t lease,
			     struct grip_notification ***out, size_t *n)
{
	if (check_choice(g, "channel", channel, channels) < 0)
		return -1;
	if (person_id <= 0)
		return grip_fail(g, GRIP_EINVAL, "person", "no such person");
	return claim(g, channel, person_id, limit, lease, out, n);
}

/* An account's message (grip_kind_in_digest's "account.*") carries a
 * one-time link whose token is stored nowhere else in the clear: once the
 * message is out, the row forgets it. */
int grip_outbox_sent(struct grip *g, int64_t id)
{
	const char *now = grip_now_text(g);
	if (!now || grip_begin(g, true) < 0)
		return -1;
	if (store_x(g->store, NULL,
		"UPDATE notifications SET sent_at = ?, next_attempt_at = NULL, last_error = NULL,"
		" link = CASE WHEN kind LIKE 'account.%' THEN NULL ELSE link END"
		" WHERE id = ? AND org_id = ? AND sent_at IS NULL", V(now), V(id), V(g->org_id)) != STORE_OK) {
		STORE_FAIL(g);
		grip_rollback(g);
		return -1;
	}
	return grip_commit(g);
}

int64_t grip_outbox_delay(int attempts, int64_t retry_min, int64_t retry_max)
{
	int64_t d = retry_min > 0 ? retry_min : 1;
	for (int i = 1; i < attempts && d < retry_max; i++)
		d *= 2;
	return d < retry_max ? d : retry_max;
}

int grip_outbox_failed(struct grip *g, const struct grip_notification *n, const char *error,
		       int64_t retry_min, int64_t retry_max)
{
	/* n->attempts is the count before the claim that led to this try. */
	const char *next = at_text(g, g->now + grip_outbox_delay(n->attempts + 1, retry_min, retry_max));
	char msg[500];
	snprintf(msg, sizeof msg, "%s", error ? error : "failed");
	if (!next || grip_begin(g, true) < 0)
		return -1;
	if (store_x(g->store, NULL,
		"UPDATE notifications SET next_attempt_at = ?, last_error = ? WHERE id = ? AND org_id = ?"
		" AND sent_at IS NULL", V(next), V(msg), V(n->id), V(g->org_id)) != STORE_OK) {
		STORE_FAIL(g);
		grip_rollback(g);
		return -1;
	}
	return grip_commit(g);
}

int grip_outbox_last(struct grip *g, int64_t *id)
{
	*id = 0;
	return store_x(g->store, id, "SELECT COALESCE(MAX(id), 0) FROM notifications") == STORE_OK ? 0 : STORE_FAIL(g);
}

int grip_outbox_after(struct grip *g, int64_t after_id, struct grip_notification ***out, size_t *n)
{
	return outbox_collect(g, store_q(g->store,
		"SELECT " NOTE_COLS " FROM notifications WHERE org_id = ? AND id > ? ORDER BY id",
		V(g->org_id), V(after_id)), out, n);
}

int grip_org_ids(struct grip *g, int64_t **ids, size_t *n)
{
	return ids_collect(g, store_q0(g->store, "SELECT id FROM orgs ORDER BY id"), ids, n);
}

json_t *grip_notification_json(const struct grip_notification *n)
{
	return json_pack("{sI ss ss ss ss ss? ss ss? ss? ss?}", "id", (json_int_t)n->id, "channel", n->channel,
			 "kind", n->kind, "subject", n->subject, "body", n->body, "link", n->link, "created_at",
			 n->created_at, "sent_at", n->sent_at, "read_at", n->read_at, "last_error", n->last_error);
}
