/*
 * approval.c — the review of proposals (PRODUCT.md §5, planning): a lead
 * approves a proposed objective of any layer, or returns it to its owner
 * with a comment; a member's outcome is reviewed the same way, from draft
 * or proposed (and an approved one may still be returned). The queue of
 * what awaits a person's decision, and what was returned to a person, come
 * from the same rules.
 *
 *   decision   from                                  to
 *   approve    proposed; a member outcome's draft    approved
 *   return     proposed; a member outcome's draft    draft (a comment is required)
 *              or approved
 *
 * Who reviews: an admin; a lead of the objective's unit (or of a unit
 * above it); outside private units, a lead of a unit its owner belongs to.
 * Nobody but an admin reviews an objective they own themself. The comment
 * is the review event's reason: the latest review of an objective is its
 * latest "approve" or "return" event, seen by whoever sees the objective.
 */
#include "core/internal.h"

#include <string.h>

static const char *const decisions[] = { "approve", "return", NULL };

int review_require_reviewer(struct grip *g, const struct grip_objective *o)
{
	if (grip_require_writer(g) < 0)
		return -1;
	if (actor_is_admin(g))
		return 0;
	int64_t me = g->actor->id;
	bool member = o->layer == GRIP_LAYER_MEMBER;
	if (o->owner_id == me)
		return grip_fail(g, GRIP_EPERM, NULL, "you do not review your own %s: a lead does",
				 member ? "outcome" : "objective");
	if ((o->unit_id && grip_is_lead(g, o->unit_id, me)) ||
	    (o->owner_id && !objective_in_private_unit(g, o) && leads_person(g, o->owner_id, false)))
		return 0;
	if (member)
		return grip_fail(g, GRIP_EPERM, NULL, "only the group's lead or an admin reviews an outcome");
	return grip_fail(g, GRIP_EPERM, NULL, "only a lead of its unit or of its owner, or an admin, reviews it");
}

/* Whether o, as it stands, can take the decision (approve: true). */
static bool reviewable(const struct grip_objective *o, bool approve)
{
	if (o->status == GRIP_OBJECTIVE_PROPOSED)
		return true;
	if (o->layer != GRIP_LAYER_MEMBER)
		return false;
	return o->status == GRIP_OBJECTIVE_DRAFT || (!approve && o->status == GRIP_OBJECTIVE_APPROVED);
}

int grip_objective_review(struct grip *g, int64_t id, const char *decision, const char *comment)
{
	if (check_choice(g, "decision", decision, decisions) < 0 ||
	    grip_check_text(g, "comment", comment, TEXT_MAX_BYTES, false) < 0 || grip_require_writer(g) < 0)
		return -1;
	bool approve = strcmp(decision, "approve") == 0;
	if (comment && !*comment)
		comment = NULL;
	if (!approve && !comment)
		return grip_fail(g, GRIP_EINVAL, "comment", "is required: say what to change");
	struct grip_objective *o = objective_visible(g, id);
	if (!o || cycle_require_open(g, o->cycle_id) < 0 || review_require_reviewer(g, o) < 0)
		return -1;
	if (!reviewable(o, approve))
		return grip_fail(g, GRIP_ECONFLICT, "status", "objective %lld is %s: only a proposal is %s",
				 (long long)id, grip_objective_status_name(o->status), approve ? "approved" : "returned");
	json_t *before = objective_record(g, id);
	const char *now = grip_now_text(g);
	if (!now || store_x(g->store, NULL,
			    "UPDATE objectives SET status = ?, updated_at = ?, version = version + 1"
			    " WHERE id = ?", V(approve ? "approved" : "draft"), V(now), V(id)) != STORE_OK) {
		json_decref(before);
		return now ? STORE_FAIL(g) : -1;
	}
	if (grip_event(g, "objective", id, decision, before, objective_record(g, id), comment) < 0)
		return -1;
	return figures_refresh(g, id);
}

int review_require_possible(struct grip *g, const struct grip_objective *o, const char *decision)
{
	if (cycle_require_open(g, o->cycle_id) < 0 || review_require_reviewer(g, o) < 0)
		return -1;
	bool approve = decision && strcmp(decision, "approve") == 0;
	if (decision ? reviewable(o, approve) : reviewable(o, true) || reviewable(o, false))
		return 0;
	return grip_fail(g, GRIP_ECONFLICT, "status", "objective %lld is %s: there is nothing to review",
			 (long long)o->id, grip_objective_status_name(o->status));
}

int grip_outcome_review(struct grip *g, int64_t id, const char *decision, const char *comment)
{
	return grip_objective_review(g, id, decision, comment);
}

/* ---- the latest review ---- */

static void *review_row(struct grip *g, struct store_stmt *st)
{
	struct grip_review *rv = grip_alloc(g, sizeof *rv);
	if (!rv)
		return NULL;
	rv->objective_id = store_col_int(st, 0);
	rv->decision = col_text(g, st, 1);
	rv->comment = col_text(g, st, 2);
	rv->by_id = store_col_int(st, 3);
	rv->by = col_text(g, st, 4);
	rv->at = col_text(g, st, 5);
	return rv;
}

#define REVIEW_SELECT \
	"SELECT e.entity_id, e.action, e.reason, e.actor_id, p.email, e.at FROM events e" \
	" LEFT JOIN people p ON p.id = e.actor_id WHERE e.org_id = ? AND e.entity = 'objective'" \
	" AND e.action IN ('approve', 'return')"

/* The latest review of objective id into *out (NULL: none), no
 * visibility check. */
static int review_stored(struct grip *g, int64_t id, struct grip_review **out)
{
	struct grip_error saved = g->err;
	*out = fetch_one(g, store_q(g->store,
		REVIEW_SELECT " AND e.entity_id = ? ORDER BY e.id DESC LIMIT 1", V(g->org_id), V(id)),
		review_row, "review");
	if (*out)
		return 0;
	if (g->err.code != GRIP_ENOTFOUND)
		return -1;
	g->err = saved;
	return 0;
}

const char *review_latest(struct grip *g, int64_t id, const char **decision)
{
	struct grip_review *rv = NULL;
	review_stored(g, id, &rv);
	*decision = rv ? rv->decision : NULL;
	return rv ? rv->comment : NULL;
}

int grip_objective_last_review(struct grip *g, int64_t id, struct grip_review **out)
{
	*out = NULL;
	return objective_visible(g, id) ? review_stored(g, id, out) : -1;
}

/* ---- the queue ---- */

/* The actor leads some unit, or is an admin: someone who may have a queue. */
static bool reviews_anything(struct grip *g)
{
	if (!g->actor || !g->actor->active || g->actor->role == GRIP_ROLE_VIEWER)
		return false;
	if (actor_is_admin(g))
		return true;
	const char *today = today_text(g);
	int64_t n = 0;
	return today && store_x(g->store, &n,
		"SELECT (SELECT COUNT(*) FROM units WHERE org_id = ? AND lead_id = ?) + (SELECT COUNT(*) FROM"
		" memberships WHERE person_id = ? AND role = 'lead' AND (left_on IS NULL OR left_on > ?))",
		V(g->org_id), V(g->actor->id), V(g->actor->id), V(today)) == STORE_OK && n > 0;
}

bool grip_may_have_approvals(struct grip *g)
{
	struct grip_error saved = g->err;
	bool yes = reviews_anything(g);
	g->err = saved;
	return yes;
}

/* Ids of what awaits a review in cycles not closed: proposals, and
 * members' outcomes in draft that were never reviewed (of members still
 * in the group: see queue). */
static int awaiting_ids(struct grip *g, int64_t **ids, size_t *n)
{
	struct store_stmt *st = store_q(g->store,
		"SELECT o.id FROM objectives o JOIN cycles c ON c.id = o.cycle_id WHERE o.org_id = ?"
		" AND c.closed_at IS NULL AND (o.status = 'proposed' OR (o.layer = 'member' AND o.status = 'draft'"
		" AND NOT EXISTS (SELECT 1 FROM events e WHERE e.org_id = o.org_id AND e.entity = 'objective'"
		" AND e.entity_id = o.id AND e.action IN ('approve', 'return')))) ORDER BY o.id",
		V(g->org_id));
	return ids_collect(g, st, ids, n);
}

static int push_item(struct grip *g, struct grip_approval ***out, size_t *n, size_t *cap,
		     struct grip_objective *o)
{
	struct grip_approval *a = grip_alloc(g, sizeof *a);
	if (!a)
		return -1;
	a->objective = o;
	struct grip_person *p = o->owner_id ? grip_person_get(g, o->owner_id) : NULL;
	a->owner_name = p ? (p->name && *p->name ? p->name : p->email) : NULL;
	if (review_stored(g, o->id, &a->last) < 0)
		return -1;
	return push_ptr(g, (void ***)out, n, cap, a);
}

/* The queue, or only its length (out NULL). */
static int queue(struct grip *g, struct grip_approval ***out, size_t *count)
{
	*count = 0;
	if (out)
		*out = NULL;
	if (!reviews_anything(g))
		return 0;
	int64_t *ids = NULL;
	size_t n = 0, cap = 0;
	if (awaiting_ids(g, &ids, &n) < 0)
		return -1;
	for (size_t i = 0; i < n; i++) {
		struct grip_objective *o = objective_fetch(g, ids[i]);
		if (!o)
			return -1;
		/* A member who left keeps her outcome as it was: it waits for nobody. */
		if (!grip_can_see_objective(g, o) ||
		    (o->layer == GRIP_LAYER_MEMBER && o->unit_id && !grip_is_member(g, o->unit_id, o->owner_id)))
			continue;
		struct grip_error saved = g->err;
		bool mine = review_require_reviewer(g, o) == 0;
		g->err = saved;
		if (!mine)
			continue;
		if (!out)
			(*count)++;
		else if (push_item(g, out, count, &cap, o) < 0)
			return -1;
	}
	return 0;
}

int grip_approvals(struct grip *g, struct grip_approval ***out, size_t *n)
{
	return queue(g, out, n);
}

int grip_approvals_count(struct grip *g, size_t *n)
{
	struct grip_error saved = g->err;
	if (queue(g, NULL, n) < 0) {
		g->err = saved;
		*n = 0;
	}
	return 0;
}

int grip_returned_mine(struct grip *g, struct grip_approval ***out, size_t *n)
{
	*out = NULL;
	*n = 0;
	if (!g->actor)
		return 0;
	struct store_stmt *st = store_q(g->store,
		"SELECT o.id FROM objectives o JOIN cycles c ON c.id = o.cycle_id WHERE o.owner_id = ?"
		" AND o.org_id = ? AND o.status = 'draft' AND c.closed_at IS NULL ORDER BY o.id",
		V(g->actor->id), V(g->org_id));
	int64_t *ids;
	size_t k, cap = 0;
	if (ids_collect(g, st, &ids, &k) < 0)
		return -1;
	for (size_t i = 0; i < k; i++) {
		struct grip_review *rv;
		if (review_stored(g, ids[i], &rv) < 0)
			return -1;
		if (!rv || strcmp(rv->decision, "return") != 0)
			continue;
		struct grip_objective *o = objective_fetch(g, ids[i]);
		if (!o || push_item(g, out, n, &cap, o) < 0)
			return -1;
	}
	return 0;
}

/* ---- JSON ---- */

json_t *grip_review_json(const struct grip_review *rv)
{
	if (!rv)
		return json_null();
	return json_pack("{ss ss? sI ss? ss}", "decision", rv->decision, "comment", rv->comment, "by_id",
			 (json_int_t)rv->by_id, "by", rv->by, "at", rv->at);
}

json_t *grip_approval_json(const struct grip_approval *a)
{
	const struct grip_objective *o = a->objective;
	return json_pack("{sI ss ss ss ss? sI ss so ss? so so ss? ss so}",
			 "id", (json_int_t)o->id, "title", o->title, "layer", grip_layer_name(o->layer), "status", grip_objective_status_name(o->status),
			 "why", o->why, "cycle_id", (json_int_t)o->cycle_id, "cycle", o->cycle_name,
			 "unit_id", grip_json_id(o->unit_id), "unit", o->unit_name,
			 "owner_id", grip_json_id(o->owner_id), "owner", grip_json_string(o->owner_email),
			 "owner_name", a->owner_name, "updated_at", o->updated_at,
			 "last_review", grip_review_json(a->last));
}
