/*
 * notify.c — the in-app channel (docs/model.md, "Reminders"): the signed-in
 * person's own "app" rows of the outbox, newest first, how many are
 * unread, and marking them read. Nobody reads or marks another person's
 * list, admins included: it is theirs alone, and a row of someone else
 * answers "not found". Marking read is open to every active person,
 * viewers too: it changes nothing but the person's own list.
 */
#include "core/internal.h"

#include <string.h>

/* The columns outbox_collect reads, in its order. */
#define APP_COLS "id, org_id, recipient, person_id, unit_id, channel, kind, dedup, subject, body, link," \
		 " created_at, attempts, next_attempt_at, sent_at, read_at, last_error"

static int require_reader(struct grip *g)
{
	if (!g->actor)
		return grip_fail(g, GRIP_EPERM, NULL, "no acting person");
	if (!g->actor->active)
		return grip_fail(g, GRIP_EPERM, NULL, "%s has left the organisation", g->actor->email);
	return 0;
}

int grip_notifications_mine(struct grip *g, bool unread_only, size_t offset, size_t limit,
			    struct grip_notification ***out, size_t *n, size_t *total)
{
	*out = NULL;
	*n = *total = 0;
	if (require_reader(g) < 0)
		return -1;
	int64_t count = 0;
	if (store_x(g->store, &count,
		    "SELECT COUNT(*) FROM notifications WHERE person_id = ? AND channel = 'app' AND org_id = ?"
		    " AND (? = 0 OR read_at IS NULL)",
		    V(g->actor->id), V(g->org_id), V((int64_t)unread_only)) != STORE_OK)
		return STORE_FAIL(g);
	*total = (size_t)count;
	return outbox_collect(g, store_q(g->store,
		"SELECT " APP_COLS " FROM notifications WHERE person_id = ? AND channel = 'app' AND org_id = ?"
		" AND (? = 0 OR read_at IS NULL) ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?",
		V(g->actor->id), V(g->org_id), V((int64_t)unread_only), V((int64_t)limit), V((int64_t)offset)),
		out, n);
}

int grip_notifications_unread(struct grip *g, int64_t *count)
{
	*count = 0;
	if (require_reader(g) < 0)
		return -1;
	if (store_x(g->store, count,
		    "SELECT COUNT(*) FROM notifications WHERE person_id = ? AND channel = 'app' AND org_id = ?"
		    " AND read_at IS NULL", V(g->actor->id), V(g->org_id)) != STORE_OK)
		return STORE_FAIL(g);
	return 0;
}

/* Is id one of the actor's app rows, and is it unread? */
static int own_row(struct grip *g, int64_t id, bool *unread)
{
	struct store_stmt *st = store_q(g->store,
		"SELECT read_at IS NULL FROM notifications WHERE id = ? AND person_id = ? AND channel = 'app'"
		" AND org_id = ?", V(id), V(g->actor->id), V(g->org_id));
	if (!st)
		return STORE_FAIL(g);
	enum store_rc rc = store_step(st);
	if (rc == STORE_ROW)
		*unread = store_col_int(st, 0) != 0;
	store_done(st);
	if (rc == STORE_DONE)
		return grip_fail(g, GRIP_ENOTFOUND, "ids", "no notification %lld of yours", (long long)id);
	return rc == STORE_ROW ? 0 : STORE_FAIL(g);
}

int grip_notifications_read(struct grip *g, const int64_t *ids, size_t n, bool all, size_t *marked)
{
	*marked = 0;
	if (require_reader(g) < 0)
		return -1;
	if (!all && !n)
		return grip_fail(g, GRIP_EINVAL, "ids", "name the notifications to mark read, or all of them");
	const char *now = grip_now_text(g);
	if (!now)
		return -1;
	json_t *done = json_array();
	if (!done)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	if (all) {
		int64_t *unread;
		size_t k;
		if (ids_collect(g, store_q(g->store,
			"SELECT id FROM notifications WHERE person_id = ? AND channel = 'app' AND org_id = ?"
			" AND read_at IS NULL ORDER BY id", V(g->actor->id), V(g->org_id)), &unread, &k) < 0)
			goto fail;
		for (size_t i = 0; i < k; i++)
			json_array_append_new(done, json_integer(unread[i]));
	} else {
		for (size_t i = 0; i < n; i++) {
			bool unread = false;
			if (own_row(g, ids[i], &unread) < 0)
				goto fail;
			bool twice = false;
			for (size_t k = 0; k < i && !twice; k++)
				twice = ids[k] == ids[i];
			if (unread && !twice)
				json_array_append_new(done, json_integer(ids[i]));
		}
	}
	*marked = json_array_size(done);
	if (!*marked) {
		json_decref(done);
		return 0;
	}
	size_t i;
	json_t *v;
	json_array_foreach(done, i, v) {
		if (store_x(g->store, NULL,
			    "UPDATE notifications SET read_at = ? WHERE id = ? AND person_id = ? AND read_at IS NULL",
			    V(now), V((int64_t)json_integer_value(v)), V(g->actor->id)) != STORE_OK) {
			STORE_FAIL(g);
			goto fail;
		}
	}
	return grip_event(g, "person", g->actor->id, "notifications_read", json_pack("{sO sn}", "ids", done, "read_at"),
			  json_pack("{so ss}", "ids", done, "read_at", now), NULL);
fail:
	json_decref(done);
	return -1;
}
