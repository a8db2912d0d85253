/*
 * initiative.c — work that should move a key result, tracked beside the
 * OKR and not part of it: a title, an owner, a status (todo, doing, done)
 * and a link to where the work is planned. They are working notes beside
 * the OKR, not part of its record: whoever may check in on the objective
 * adds, edits, moves and deletes them (a deletion's event keeps what it
 * was), while its cycle is open.
 */
#include "core/internal.h"

#include <string.h>


#define INIT_COLS "id, objective_id, key_result_id, title, owner_id, status, link"

static void *initiative_row(struct grip *g, struct store_stmt *st)
{
	struct grip_initiative *i = grip_alloc(g, sizeof *i);
	if (!i)
		return NULL;
	i->id = store_col_int(st, 0);
	i->objective_id = store_col_int(st, 1);
	i->key_result_id = store_col_int(st, 2);
	i->title = col_text(g, st, 3);
	i->owner_id = store_col_int(st, 4);
	if (initiative_status_col(g, st, 5, &i->status) < 0)
		return NULL;
	i->link = col_text(g, st, 6);
	return i;
}

static struct grip_initiative *initiative_load(struct grip *g, int64_t id)
{
	return fetch_one(g, store_q(g->store,
		"SELECT " INIT_COLS " FROM initiatives WHERE id = ? AND org_id = ?", V(id), V(g->org_id)),
		initiative_row, "initiative");
}

/* An initiative is seen through its objective. */
struct grip_initiative *grip_initiative_get(struct grip *g, int64_t id)
{
	struct grip_initiative *i = initiative_load(g, id);
	if (i && !objective_visible(g, i->objective_id)) {
		grip_fail(g, GRIP_ENOTFOUND, "initiative", "no such initiative");
		return NULL;
	}
	return i;
}

int initiatives_require_change(struct grip *g, const struct grip_objective *o)
{
	return grip_require_checkin(g, o) < 0 || cycle_require_open(g, o->cycle_id) < 0 ? -1 : 0;
}

/* Initiatives are changed by whoever may check in on their objective. */
static struct grip_objective *objective_for(struct grip *g, int64_t objective_id)
{
	struct grip_objective *o = grip_objective_get(g, objective_id, NULL);
	if (!o || initiatives_require_change(g, o) < 0)
		return NULL;
	return o;
}

/* key_result_id names one of o's key results (0: none). */
static int check_kr(struct grip *g, const struct grip_objective *o, int64_t key_result_id)
{
	bool found = key_result_id == 0;
	for (size_t k = 0; k < o->n_krs; k++)
		found |= o->krs[k].id == key_result_id;
	if (!found)
		return grip_fail(g, GRIP_EINVAL, "key_result_id", "key result %lld is not part of objective %lld",
				 (long long)key_result_id, (long long)o->id);
	return 0;
}

struct grip_initiative *grip_initiative_add(struct grip *g, int64_t objective_id,
					    const char *title, const char *owner_email,
					    const char *link, int64_t key_result_id)
{
	if (grip_check_text(g, "title", title, TITLE_MAX_BYTES, true) < 0 ||
	    grip_check_text(g, "link", link, 2000, false) < 0)
		return NULL;
	struct grip_objective *o = objective_for(g, objective_id);
	if (!o)
		return NULL;
	if (check_kr(g, o, key_result_id) < 0)
		return NULL;
	struct grip_person *owner = NULL;
	if (owner_email && !(owner = grip_person_by_email(g, owner_email))) {
		snprintf(g->err.field, sizeof g->err.field, "owner");
		return NULL;
	}
	const char *now = grip_now_text(g);
	int64_t id = 0;
	if (!now || store_x(g->store, &id,
			    "INSERT INTO initiatives (id, org_id, objective_id, key_result_id, title, owner_id,"
			    " link, created_at, updated_at) VALUES (" NEXT_ID_SQL("initiatives", "initiative")
			    ", ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
			    V(g->org_id), V(g->org_id), V(objective_id), VID(key_result_id), V(title),
			    VID(owner ? owner->id : 0), V(link), V(now), V(now)) != STORE_OK) {
		if (now)
			STORE_FAIL(g);
		return NULL;
	}
	struct grip_initiative *i = initiative_load(g, id);
	if (!i || grip_event(g, "initiative", id, "create", NULL, grip_initiative_json(i), NULL) < 0)
		return NULL;
	return i;
}

int grip_initiative_set_status(struct grip *g, int64_t id, const char *status_name)
{
	enum grip_initiative_status status;
	if (initiative_status_check(g, "status", status_name, &status) < 0)
		return -1;
	struct grip_initiative *before = initiative_load(g, id);
	if (!before || !objective_for(g, before->objective_id))
		return -1;
	const char *now = grip_now_text(g);
	if (!now || store_x(g->store, NULL,
			    "UPDATE initiatives SET status = ?, updated_at = ? WHERE id = ?",
			    V(grip_initiative_status_name(status)), V(now), V(id)) != STORE_OK)
		return now ? STORE_FAIL(g) : -1;
	struct grip_initiative *after = initiative_load(g, id);
	if (!after)
		return -1;
	return grip_event(g, "initiative", id, "status", grip_initiative_json(before),
			  grip_initiative_json(after), NULL);
}

int grip_initiative_edit(struct grip *g, int64_t id, const struct grip_initiative_edit *e)
{
	if ((e->title && grip_check_text(g, "title", e->title, TITLE_MAX_BYTES, true) < 0) ||
	    grip_check_text(g, "link", e->link, 2000, false) < 0)
		return -1;
	if (e->key_result_id < -1)
		return grip_fail(g, GRIP_EINVAL, "key_result_id", "must be a key result's id");
	struct grip_initiative *before = initiative_load(g, id);
	struct grip_objective *o = before ? objective_for(g, before->objective_id) : NULL;
	if (!o)
		return -1;
	int64_t kr = e->key_result_id == 0 ? before->key_result_id : e->key_result_id < 0 ? 0 : e->key_result_id;
	int64_t owner_id = before->owner_id;
	if (e->owner_email) {
		struct grip_person *owner = NULL;
		if (*e->owner_email && !(owner = grip_person_by_email(g, e->owner_email))) {
			snprintf(g->err.field, sizeof g->err.field, "owner");
			return -1;
		}
		owner_id = owner ? owner->id : 0;
	}
	if (check_kr(g, o, kr) < 0)
		return -1;
	const char *link = e->link ? (*e->link ? e->link : NULL) : before->link;
	const char *now = grip_now_text(g);
	if (!now || store_x(g->store, NULL,
			    "UPDATE initiatives SET title = COALESCE(?, title), owner_id = ?, link = ?,"
			    " key_result_id = ?, updated_at = ? WHERE id = ?",
			    V(e->title), VID(owner_id), V(link), VID(kr), V(now), V(id)) != STORE_OK)
		return now ? STORE_FAIL(g) : -1;
	struct grip_initiative *after = initiative_load(g, id);
	if (!after)
		return -1;
	return grip_event(g, "initiative", id, "update", grip_initiative_json(before),
			  grip_initiative_json(after), NULL);
}

int grip_initiative_delete(struct grip *g, int64_t id)
{
	struct grip_initiative *before = initiative_load(g, id);
	if (!before || !objective_for(g, before->objective_id))
		return -1;
	if (store_x(g->store, NULL, "DELETE FROM initiatives WHERE id = ?", V(id)) != STORE_OK)
		return STORE_FAIL(g);
	return grip_event(g, "initiative", id, "delete", grip_initiative_json(before), NULL, NULL);
}

int grip_initiative_list(struct grip *g, int64_t objective_id, struct grip_initiative ***out,
			 size_t *n)
{
	if (!objective_visible(g, objective_id))
		return -1;
	return fetch_all(g, store_q(g->store,
		"SELECT " INIT_COLS " FROM initiatives WHERE objective_id = ? ORDER BY id", V(objective_id)),
		initiative_row, (void ***)out, n);
}

json_t *grip_initiative_json(const struct grip_initiative *i)
{
	return json_pack("{sI sI so ss so ss ss?}", "id", (json_int_t)i->id, "objective_id",
			 (json_int_t)i->objective_id, "key_result_id", grip_json_id(i->key_result_id),
			 "title", i->title, "owner_id", grip_json_id(i->owner_id), "status", grip_initiative_status_name(i->status),
			 "link", i->link);
}
