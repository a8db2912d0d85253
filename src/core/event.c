/*
 * event.c — the append-only history. Every change the core makes writes one
 * event in the same transaction as the change: who, when, which entity,
 * what it was before and after (as JSON of its stored fields), and why.
 * There is no function to change or remove an event.
 */
#include "core/internal.h"

#include <stdlib.h>
#include <string.h>

static char *dump(json_t *j)
{
	return j ? json_dumps(j, JSON_COMPACT | JSON_REAL_PRECISION(12)) : NULL;
}

int grip_event(struct grip *g, const char *entity, int64_t entity_id, const char *action,
	       json_t *before, json_t *after, const char *reason)
{
	g->memo = NULL; /* something changed: figures computed so far may be stale, */
	g->seen = NULL; /* and so may what the actor may see, */
	actor_forget(g); /* and where the actor stands */
	g->own_org = NULL; /* and the org read with the credential */
	char *b = dump(before), *a = dump(after);
	json_decref(before);
	json_decref(after);
	const char *at = grip_now_text(g);
	enum store_rc rc = STORE_ERROR;
	if (at && (!before || b) && (!after || a))
		rc = store_sx(g->store,
			     "INSERT INTO events (org_id, actor_id, at, entity, entity_id, action,"
			     " before_json, after_json, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
			     V(g->org_id), VID(g->actor ? g->actor->id : 0), V(at), V(entity),
			     V(entity_id), V(action), V(b), V(a), V(reason));
	/* The first change that leaves an objective approved or active is
	 * when it was approved: a stored figure (figures_store.c). */
	bool approval = rc == STORE_OK && a && strcmp(entity, "objective") == 0 &&
			(strstr(a, "\"status\":\"approved\"") || strstr(a, "\"status\":\"active\""));
	free(b);
	free(a);
	if (rc != STORE_OK)
		return at ? STORE_FAIL(g) : -1;
	return approval ? figures_note_approval(g, entity_id, at) : 0;
}

static void *event_row(struct grip *g, struct store_stmt *st)
{
	struct grip_event *e = grip_alloc(g, sizeof *e);
	if (!e)
		return NULL;
	e->id = store_col_int(st, 0);
	e->actor_id = store_col_int(st, 1);
	e->at = col_text(g, st, 2);
	e->entity = col_text(g, st, 3);
	e->entity_id = store_col_int(st, 4);
	e->action = col_text(g, st, 5);
	e->before = col_text(g, st, 6);
	e->after = col_text(g, st, 7);
	e->reason = col_text(g, st, 8);
	return e;
}

int grip_event_list(struct grip *g, const char *entity, int64_t entity_id,
		    struct grip_event ***out, size_t *n)
{
	if (grip_require_admin(g) < 0) /* the whole history is an admin's to read */
		return -1;
	return fetch_all(g, store_q(g->store,
		"SELECT id, actor_id, at, entity, entity_id, action, before_json, after_json, reason"
		" FROM events WHERE org_id = ? AND (CAST(? AS TEXT) IS NULL OR entity = ?)"
		" AND (CAST(? AS BIGINT) = 0 OR entity_id = ?) ORDER BY id",
		V(g->org_id), V(entity), V(entity), V(entity_id), V(entity_id)),
		event_row, (void ***)out, n);
}

static json_t *parsed(const char *text)
{
	if (!text)
		return json_null();
	json_t *j = json_loads(text, 0, NULL);
	return j ? j : json_string(text);
}

json_t *grip_event_json(const struct grip_event *e)
{
	return json_pack("{sI so ss ss sI ss so so ss?}", "id", (json_int_t)e->id, "actor_id",
			 grip_json_id(e->actor_id), "at", e->at, "entity", e->entity, "entity_id",
			 (json_int_t)e->entity_id, "action", e->action, "before", parsed(e->before),
			 "after", parsed(e->after), "reason", e->reason);
}
