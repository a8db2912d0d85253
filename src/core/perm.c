/*
 * perm.c — who may do what (PRODUCT.md §8), decided here and nowhere else.
 *
 *   admin   everything in their org
 *   lead    the units they lead and every unit below them: members, unit
 *           objectives, approving their people's objectives
 *   member  their own individual and member objectives and commitments;
 *           team objectives and check-ins of units they belong to (a
 *           group outcome's check-in is its lead's alone)
 *   viewer  reads what the org may see, writes nothing
 *
 * A lead's say over a person's things follows where they live: a unit's
 * leads for what belongs to that unit; outside private units (coaching
 * groups), also the leads of the person's other units. A member who has
 * left a group keeps her outcome there, read-only.
 *
 * Who may see what is decided in visibility.c; a write first loads what it
 * changes through it, so what may not be seen answers "not found", never
 * "forbidden".
 */
#include "core/internal.h"

#include <string.h>

bool actor_is_admin(const struct grip *g)
{
	return g->actor && g->actor->role == GRIP_ROLE_ADMIN && g->actor->active;
}

bool actor_runs_unit(struct grip *g, int64_t unit_id)
{
	return actor_is_admin(g) || (g->actor && unit_id && grip_is_lead(g, unit_id, g->actor->id));
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
	return actor_is_admin(g) ? 0 : grip_fail(g, GRIP_EPERM, NULL, "only an admin can do that");
}

bool leads_person(struct grip *g, int64_t person_id, bool with_private)
{
	if (!g->actor || !actor_leads_any(g)) /* leads nobody: no need to ask where the person is */
		return false;
	const char *today = today_text(g);
	struct store_stmt *st = today ? store_q(g->store,
		"SELECT m.unit_id FROM memberships m JOIN units u ON u.id = m.unit_id WHERE m.person_id = ?"
		" AND (m.left_on IS NULL OR m.left_on > ?) AND (? OR u.visibility <> 'private')",
		V(person_id), V(today), V(with_private)) : NULL;
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
	if (actor_is_admin(g) || g->actor->id == person_id || leads_person(g, person_id, false))
		return 0;
	return grip_fail(g, GRIP_EPERM, NULL, "only the person, their lead or an admin can do that");
}

/* A member's outcome stays its owner's once she has left the group, but
 * read-only: she changes it, and checks in on it, only while a member. */
static int require_still_in(struct grip *g, const struct grip_objective *o)
{
	if (o->layer != GRIP_LAYER_MEMBER || o->owner_id != g->actor->id || !o->unit_id ||
	    grip_is_member(g, o->unit_id, o->owner_id))
		return 0;
	return grip_fail(g, GRIP_EPERM, NULL, "you have left %s: your outcome is kept as it was, read-only",
			 o->unit_name ? o->unit_name : "the group");
}

int grip_require_objective_write(struct grip *g, const struct grip_objective *o)
{
	if (grip_require_writer(g) < 0)
		return -1;
	if (actor_is_admin(g))
		return 0;
	int64_t me = g->actor->id;
	enum grip_layer layer = o->layer;
	bool ok;
	if (layer == GRIP_LAYER_STRATEGIC || layer == GRIP_LAYER_GROUP)
		ok = o->unit_id && grip_is_lead(g, o->unit_id, me);
	else if (layer == GRIP_LAYER_TEAM)
		ok = actor_in_unit(g, o->unit_id);
	else /* individual, member: the owner, or their lead */
		ok = o->owner_id == me || (o->unit_id && grip_is_lead(g, o->unit_id, me)) ||
		     (!objective_in_private_unit(g, o) && leads_person(g, o->owner_id, false));
	if (!ok)
		return grip_fail(g, GRIP_EPERM, NULL, "you cannot change this %s objective", grip_layer_name(layer));
	return require_still_in(g, o);
}

int grip_require_checkin(struct grip *g, const struct grip_objective *o)
{
	if (grip_require_writer(g) < 0)
		return -1;
	if (actor_is_admin(g))
		return 0;
	/* A group outcome's light is its lead's: members check in on their own. */
	if (o->layer == GRIP_LAYER_GROUP) {
		if (o->unit_id && grip_is_lead(g, o->unit_id, g->actor->id))
			return 0;
		return grip_fail(g, GRIP_EPERM, NULL, "only the group's lead or an admin checks in on a group outcome");
	}
	if (actor_in_unit(g, o->unit_id))
		return 0;
	if (o->owner_id == g->actor->id)
		return require_still_in(g, o);
	if (o->owner_id && !objective_in_private_unit(g, o) && leads_person(g, o->owner_id, false))
		return 0;
	return grip_fail(g, GRIP_EPERM, NULL,
			 "only the owner, the unit's members and its leads can check in on this objective");
}
