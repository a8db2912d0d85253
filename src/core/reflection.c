/*
 * reflection.c — an objective's reflection at the end of its cycle: what
 * worked, what did not, what to carry forward (PRODUCT.md §1, §5 "End").
 *
 * One per objective (table reflections), seen by whoever sees the
 * objective. Written, and rewritten, while the objective's cycle is active
 * or scoring, by whoever may change the objective (perm.c) or leads it: a
 * lead of its unit, or of its owner (in private units too, since a group's
 * lead reviews the outcomes of her members). A first write says something:
 * one that would leave every field empty is refused. Each write is an event of
 * entity "reflection" under the objective's id, with before and after.
 * This file alone reads and writes the table: carrying forward (carry.c)
 * reads carry_forward through reflection_of, on objectives it has found
 * the actor sees.
 */
#include "core/internal.h"

#include <string.h>

#define REFLECTION_COLS "objective_id, worked, did_not, carry_forward, author_id, updated_at"

static void *reflection_row(struct grip *g, struct store_stmt *st)
{
	struct grip_reflection *rf = grip_alloc(g, sizeof *rf);
	if (!rf)
		return NULL;
	rf->objective_id = store_col_int(st, 0);
	rf->worked = col_text(g, st, 1);
	rf->did_not = col_text(g, st, 2);
	rf->carry_forward = col_text(g, st, 3);
	rf->author_id = store_col_int(st, 4);
	rf->updated_at = col_text(g, st, 5);
	return rf;
}

/* The stored reflection of a seen objective, or an empty one. */
struct grip_reflection *reflection_of(struct grip *g, int64_t objective_id)
{
	struct grip_reflection *rf = fetch_one(g, store_q(g->store,
		"SELECT " REFLECTION_COLS " FROM reflections WHERE objective_id = ? AND org_id = ?",
		V(objective_id), V(g->org_id)), reflection_row, "reflection");
	if (rf || g->err.code != GRIP_ENOTFOUND)
		return rf;
	memset(&g->err, 0, sizeof g->err);
	rf = grip_alloc(g, sizeof *rf);
	if (rf)
		rf->objective_id = objective_id;
	return rf;
}

struct grip_reflection *grip_reflection_get(struct grip *g, int64_t objective_id)
{
	if (!objective_visible(g, objective_id))
		return NULL;
	return reflection_of(g, objective_id);
}

/* Those who may change the objective, or lead it. */
static int require_author(struct grip *g, const struct grip_objective *o)
{
	if (grip_require_writer(g) < 0)
		return -1;
	struct grip_error saved = g->err;
	if (grip_require_objective_write(g, o) == 0)
		return 0;
	g->err = saved;
	int64_t me = g->actor->id;
	if ((o->unit_id && grip_is_lead(g, o->unit_id, me)) || (o->owner_id && leads_person(g, o->owner_id, true)))
		return 0;
	return grip_fail(g, GRIP_EPERM, NULL,
			 "only those who may change this objective, or lead it, write its reflection");
}

int reflection_require_write(struct grip *g, const struct grip_objective *o)
{
	if (require_author(g, o) < 0)
		return -1;
	struct grip_cycle *c = cycle_stored(g, o->cycle_id);
	if (!c)
		return -1;
	if (!grip_cycle_running(c))
		return grip_fail(g, GRIP_ECONFLICT, "cycle",
				 "a reflection is written while its cycle is active or scoring; %s is %s", c->name,
				 grip_cycle_status_name(c->status));
	return 0;
}

/* A field as given: NULL keeps the old one, "" clears it. */
static const char *merged(const char *given, const char *old)
{
	if (!given)
		return old;
	return *given ? given : NULL;
}

struct grip_reflection *grip_reflection_set(struct grip *g, int64_t objective_id,
					    const struct grip_reflection_edit *e)
{
	if (grip_check_text(g, "worked", e->worked, TEXT_MAX_BYTES, false) < 0 ||
	    grip_check_text(g, "did_not", e->did_not, TEXT_MAX_BYTES, false) < 0 ||
	    grip_check_text(g, "carry_forward", e->carry_forward, TEXT_MAX_BYTES, false) < 0)
		return NULL;
	struct grip_objective *o = objective_visible(g, objective_id);
	if (!o || reflection_require_write(g, o) < 0)
		return NULL;
	if (!e->worked && !e->did_not && !e->carry_forward) {
		grip_fail(g, GRIP_EINVAL, "worked", "say what worked, what did not or what to carry forward");
		return NULL;
	}
	struct grip_reflection *before = reflection_of(g, objective_id);
	const char *now = grip_now_text(g);
	if (!before || !now)
		return NULL;
	const char *worked = merged(e->worked, before->worked);
	const char *did_not = merged(e->did_not, before->did_not);
	const char *carry = merged(e->carry_forward, before->carry_forward);
	if (!before->updated_at && !worked && !did_not && !carry) {
		grip_fail(g, GRIP_EINVAL, "worked", "say what worked, what did not or what to carry forward");
		return NULL;
	}
	if (store_x(g->store, NULL,
		    "INSERT INTO reflections (objective_id, org_id, worked, did_not, carry_forward, author_id, updated_at)"
		    " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (objective_id) DO UPDATE SET worked = excluded.worked,"
		    " did_not = excluded.did_not, carry_forward = excluded.carry_forward,"
		    " author_id = excluded.author_id, updated_at = excluded.updated_at",
		    V(objective_id), V(g->org_id), V(worked), V(did_not), V(carry), V(g->actor->id), V(now)) != STORE_OK) {
		STORE_FAIL(g);
		return NULL;
	}
	struct grip_reflection *after = reflection_of(g, objective_id);
	if (!after || grip_event(g, "reflection", objective_id, before->updated_at ? "update" : "create",
				 before->updated_at ? grip_reflection_json(before) : NULL,
				 grip_reflection_json(after), NULL) < 0)
		return NULL;
	return after;
}

json_t *grip_reflection_json(const struct grip_reflection *rf)
{
	return json_pack("{sI so so so so so}", "objective_id", (json_int_t)rf->objective_id, "worked",
			 grip_json_string(rf->worked), "did_not", grip_json_string(rf->did_not), "carry_forward",
			 grip_json_string(rf->carry_forward), "author_id", grip_json_id(rf->author_id),
			 "updated_at", grip_json_string(rf->updated_at));
}
