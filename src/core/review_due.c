/*
 * review_due.c — the mid-cycle reviews due from a person (review.c's
 * invariant 4): each objective they may review in an active cycle whose
 * mid-point has come, until it has a review dated on or after the week
 * before the mid-point, so a review made a little early counts. The
 * outcome of a member who has left her group is due from nobody.
 */
#include "core/internal.h"

#include <string.h>

#include "util/date.h"

/* A week before the mid-point, a review already counts as its review. */
#define REVIEW_DUE_WINDOW_DAYS 7

/* The same people as may have approvals waiting (approval.c): admins and
 * those who lead a unit, neither a viewer nor someone who left. */
bool review_may_have_any(struct grip *g)
{
	return grip_may_have_approvals(g);
}

/* The day of the latest review of objective id (NULL: none), no check. */
static int last_review_at(struct grip *g, int64_t id, const char **at)
{
	return text_one(g, store_q(g->store,
		"SELECT at FROM reviews WHERE objective_id = ? ORDER BY at DESC, id DESC LIMIT 1", V(id)), at);
}

int grip_reviews_due(struct grip *g, struct grip_review_due ***out, size_t *n)
{
	*out = NULL;
	*n = 0;
	struct grip_error saved = g->err;
	bool any = review_may_have_any(g);
	g->err = saved;
	if (!any)
		return 0;
	int64_t *ids;
	size_t k, cap = 0;
	if (ids_collect(g, store_q(g->store,
		"SELECT o.id FROM objectives o JOIN cycles c ON c.id = o.cycle_id WHERE o.org_id = ?"
		" AND o.status IN ('approved', 'active') AND c.closed_at IS NULL AND c.scoring_on IS NULL"
		" ORDER BY c.starts_on, c.id, o.id", V(g->org_id)), &ids, &k) < 0)
		return -1;
	int32_t today = grip_today(g);
	for (size_t i = 0; i < k; i++) {
		struct grip_objective *o = objective_fetch(g, ids[i]);
		if (!o)
			return -1;
		struct grip_cycle *c = cycle_stored(g, o->cycle_id);
		int32_t mid = 0;
		if (!c)
			return -1;
		if (c->status != GRIP_CYCLE_ACTIVE || !date_parse(c->midpoint, &mid) || today < mid ||
		    !grip_can_see_objective(g, o))
			continue;
		/* A member who left keeps her outcome as it was: it waits for
		 * nobody (as in the queue of approvals). */
		if (o->layer == GRIP_LAYER_MEMBER && o->unit_id && !grip_is_member(g, o->unit_id, o->owner_id))
			continue;
		saved = g->err;
		bool mine = review_require_midcycle(g, o) == 0;
		g->err = saved;
		if (!mine)
			continue;
		struct grip_review_due *d = grip_alloc(g, sizeof *d);
		if (!d || last_review_at(g, o->id, &d->last_review_at) < 0)
			return -1;
		char since[DATE_LEN];
		date_format(mid - REVIEW_DUE_WINDOW_DAYS, since);
		if (d->last_review_at && strncmp(d->last_review_at, since, DATE_LEN - 1) >= 0)
			continue;
		d->objective = o;
		d->midpoint = c->midpoint;
		if (push_ptr(g, (void ***)out, n, &cap, d) < 0)
			return -1;
	}
	return 0;
}

/* ---- JSON ---- */

json_t *grip_review_due_json(const struct grip_review_due *d)
{
	const struct grip_objective *o = d->objective;
	return json_pack("{sI ss ss ss sI ss so ss? so ss? ss so}", "objective_id", (json_int_t)o->id, "title", o->title,
			 "layer", grip_layer_name(o->layer), "status", grip_objective_status_name(o->status),
			 "cycle_id", (json_int_t)o->cycle_id, "cycle", o->cycle_name ? o->cycle_name : "",
			 "unit_id", grip_json_id(o->unit_id), "unit", o->unit_name,
			 "owner_id", grip_json_id(o->owner_id), "owner", o->owner_email, "midpoint", d->midpoint,
			 "last_review_at", grip_json_string(d->last_review_at));
}
