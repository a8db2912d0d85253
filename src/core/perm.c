/*
 * perm.c — who may do what (PRODUCT.md §8), decided here and nowhere else.
 *
 *   admin   everything in their org
 *   lead    the units they lead and every unit below them: members, unit
 *           objectives, approving their people's objectives
 *   member  their own individual and member objectives and commitments;
 *           team objectives and check-ins of units they belong to
 *   viewer  reads what the org may see, writes nothing
 *
 * Private units, and private objectives (member outcomes by default), are
 * seen only by their owner, their unit's members and leads, and admins.
 * What may not be seen answers "not found", never "forbidden".
 */
#include "core/internal.h"

#include <string.h>

static bool is_admin(const struct grip *g)
{
	return g->actor && g->actor->role == GRIP_ROLE_ADMIN && g->actor->active;
}

int grip_require_writer(struct grip *g)
{
	if (!g->actor)
		return grip_fail(g, GRIP_EPERM, NULL, "no acting person");
	if (!g->actor->active)
		return grip_fail(g, GRIP_EPERM, NULL, "%s has left the organisation", g->actor->email);
	if (g->actor->role == GRIP_ROLE_VIEWER)
		return grip_fail(g, GRIP_EPERM, NULL, "a viewer cannot change anything");
	return 0;
}

int grip_require_admin(struct grip *g)
{
	if (grip_require_writer(g) < 0)
		return -1;
	return is_admin(g) ? 0 : grip_fail(g, GRIP_EPERM, NULL, "only an admin can do that");
}

/* The actor leads a unit the person currently belongs to. */
static bool leads_person(struct grip *g, int64_t person_id)
{
	const char *today = today_text(g);
	struct store_stmt *st = today ? store_q(g->store,
		"SELECT unit_id FROM memberships WHERE person_id = ? AND (left_on IS NULL OR left_on > ?)",
		V(person_id), V(today)) : NULL;
	if (!st)
		return false;
	int64_t units[64];
	size_t n = 0;
	while (n < 64 && store_step(st) == STORE_ROW)
		units[n++] = store_col_int(st, 0);
	store_done(st);
	for (size_t i = 0; i < n; i++)
		if (grip_is_lead(g, units[i], g->actor->id))
			return true;
	return false;
}

int grip_require_self_or_lead(struct grip *g, int64_t person_id)
{
	if (grip_require_writer(g) < 0)
		return -1;
	if (is_admin(g) || g->actor->id == person_id || leads_person(g, person_id))
		return 0;
	return grip_fail(g, GRIP_EPERM, NULL, "only the person, their lead or an admin can do that");
}

bool grip_can_see_unit(struct grip *g, const struct grip_unit *u)
{
	if (!u || strcmp(u->visibility, "private") != 0 || is_admin(g))
		return true;
	return g->actor && (grip_is_member(g, u->id, g->actor->id) || grip_is_lead(g, u->id, g->actor->id));
}

/* Member, lead of it or above: someone close to the unit's objectives. */
static bool in_unit(struct grip *g, int64_t unit_id)
{
	return unit_id && (grip_is_member(g, unit_id, g->actor->id) || grip_is_lead(g, unit_id, g->actor->id));
}

bool grip_can_see_objective(struct grip *g, const struct grip_objective *o)
{
	if (is_admin(g))
		return true;
	if (!g->actor)
		return false;
	if (o->unit_id) {
		struct grip_unit *u = grip_unit_get(g, o->unit_id);
		if (!u)
			return false;
	}
	if (strcmp(o->visibility, "private") != 0)
		return true;
	int64_t me = g->actor->id;
	if (o->owner_id == me || o->author_id == me)
		return true;
	if (o->owner_id)
		return leads_person(g, o->owner_id) || (o->unit_id && grip_is_lead(g, o->unit_id, me));
	return in_unit(g, o->unit_id);
}

int grip_require_objective_write(struct grip *g, const struct grip_objective *o)
{
	if (grip_require_writer(g) < 0)
		return -1;
	if (is_admin(g))
		return 0;
	int64_t me = g->actor->id;
	const char *layer = o->layer;
	bool ok;
	if (strcmp(layer, "strategic") == 0 || strcmp(layer, "group") == 0)
		ok = o->unit_id && grip_is_lead(g, o->unit_id, me);
	else if (strcmp(layer, "team") == 0)
		ok = in_unit(g, o->unit_id);
	else /* individual, member: the owner, or their lead */
		ok = o->owner_id == me || leads_person(g, o->owner_id) ||
		     (o->unit_id && grip_is_lead(g, o->unit_id, me));
	return ok ? 0 : grip_fail(g, GRIP_EPERM, NULL, "you cannot change this %s objective", layer);
}

int grip_require_checkin(struct grip *g, const struct grip_objective *o)
{
	if (grip_require_writer(g) < 0)
		return -1;
	if (is_admin(g) || o->owner_id == g->actor->id || in_unit(g, o->unit_id))
		return 0;
	if (o->owner_id && leads_person(g, o->owner_id))
		return 0;
	return grip_fail(g, GRIP_EPERM, NULL,
			 "only the owner, the unit's members and its leads can check in on this objective");
}
