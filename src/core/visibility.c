/*
 * visibility.c — who may see what (PRODUCT.md §8, docs/model.md "Who sees
 * what"): one decision for each kind of object, and every list, single
 * read, figure and report of the core goes through it. What may not be
 * seen answers "not found", never "forbidden".
 *
 * Invariants:
 *  1. Admins see everything in their org; nobody sees another org.
 *  2. A private unit is seen by its current members, its leads and the
 *     leads of the units above it, and admins.
 *  3. An objective is seen by its owner, always (her own things stay hers,
 *     read-only once she has left their group); by others only if they see
 *     its unit; a private one only by its author, the leads of its unit
 *     and, when it is not in a private unit, the owner's leads.
 *  4. A programme is seen by those who see its group.
 *  5. A commitment is never more visible than the objective it serves:
 *     beyond its person and admins, only those who see that objective see
 *     it, and of them only those it is shared with or who lead the person
 *     where it lives (docs/model.md). Linked to nothing and shared, it is
 *     seen by those who share a unit with the person.
 *  6. Whatever hangs off an objective (key results, values, check-ins,
 *     initiatives) follows it; a dependency follows both of its ends; a
 *     membership follows its unit, and why someone left follows the person,
 *     the unit's leads and admins.
 *
 * Decisions are remembered for the request (the context's `seen` table)
 * and forgotten with any change (grip_event), so a long list asks the
 * store once for each unit or objective it refers to.
 */
#include "core/internal.h"

#include <string.h>

enum seen_kind { SEEN_UNIT = 1, SEEN_OBJECTIVE };

#define SEEN_SLOTS 512 /* a power of two */

struct seen_slot {
	int kind;
	int64_t id;
	bool visible;
	bool private_;                    /* SEEN_UNIT: the unit is private */
	struct grip_objective *objective; /* the stored row, for SEEN_OBJECTIVE */
};

struct grip_seen {
	int64_t actor_id;
	size_t used;
	struct seen_slot slots[SEEN_SLOTS];
};

static struct seen_slot *seen_slot(struct grip *g, int kind, int64_t id)
{
	int64_t actor = g->actor ? g->actor->id : 0;
	if (!g->seen || g->seen->actor_id != actor) {
		g->seen = arena_calloc(g->arena, 1, sizeof *g->seen);
		if (!g->seen)
			return NULL;
		g->seen->actor_id = actor;
	}
	size_t h = ((size_t)id * 2654435761u + (size_t)kind) & (SEEN_SLOTS - 1);
	for (size_t i = 0; i < SEEN_SLOTS; i++) {
		struct seen_slot *s = &g->seen->slots[(h + i) & (SEEN_SLOTS - 1)];
		if (s->kind == kind && s->id == id)
			return s;
		if (!s->kind) {
			if (g->seen->used >= SEEN_SLOTS / 2)
				return NULL; /* full enough: decide without remembering */
			return s;
		}
	}
	return NULL;
}

static void remember(struct seen_slot *s, int kind, int64_t id, bool visible,
		     struct grip_objective *o, struct grip *g)
{
	if (!s)
		return;
	if (!s->kind)
		g->seen->used++;
	s->kind = kind;
	s->id = id;
	s->visible = visible;
	s->objective = o;
}

/* ---- units ---- */

bool actor_in_unit(struct grip *g, int64_t unit_id)
{
	return g->actor && unit_id &&
	       (grip_is_member(g, unit_id, g->actor->id) || grip_is_lead(g, unit_id, g->actor->id));
}

bool grip_can_see_unit(struct grip *g, const struct grip_unit *u)
{
	return !u || u->visibility != GRIP_VISIBILITY_PRIVATE || actor_is_admin(g) || actor_in_unit(g, u->id);
}

/* Whether the actor sees the unit, and whether it is private, remembered. */
static bool unit_seen(struct grip *g, int64_t unit_id, bool *private_unit)
{
	struct seen_slot *s = seen_slot(g, SEEN_UNIT, unit_id);
	if (s && s->kind) {
		*private_unit = s->private_;
		return s->visible;
	}
	int64_t private_ = 0;
	bool visible;
	if (store_x(g->store, &private_,
		    "SELECT visibility = 'private' FROM units WHERE id = ? AND org_id = ?",
		    V(unit_id), V(g->org_id)) != STORE_OK)
		visible = false; /* no such unit here */
	else
		visible = !private_ || actor_is_admin(g) || actor_in_unit(g, unit_id);
	*private_unit = private_ != 0;
	remember(s, SEEN_UNIT, unit_id, visible, NULL, g);
	if (s)
		s->private_ = *private_unit;
	return visible;
}

void unit_privacy_known(struct grip *g, int64_t unit_id, bool private_unit)
{
	struct seen_slot *s = seen_slot(g, SEEN_UNIT, unit_id);
	if (!s || s->kind)
		return;
	bool visible = !private_unit || actor_is_admin(g) || actor_in_unit(g, unit_id);
	remember(s, SEEN_UNIT, unit_id, visible, NULL, g);
	s->private_ = private_unit;
}

bool unit_id_visible(struct grip *g, int64_t unit_id)
{
	bool private_unit;
	return unit_seen(g, unit_id, &private_unit);
}

/* ---- objectives ---- */

bool grip_can_see_objective(struct grip *g, const struct grip_objective *o)
{
	if (actor_is_admin(g))
		return true;
	if (!g->actor)
		return false;
	int64_t me = g->actor->id;
	if (o->owner_id == me)
		return true;
	if (o->unit_id && !unit_id_visible(g, o->unit_id))
		return false;
	if (o->visibility != GRIP_VISIBILITY_PRIVATE || o->author_id == me)
		return true;
	if (!o->owner_id)
		return actor_in_unit(g, o->unit_id);
	if (o->unit_id && grip_is_lead(g, o->unit_id, me))
		return true;
	/* The owner's leads elsewhere have no say inside a private unit. */
	return !objective_in_private_unit(g, o) && leads_person(g, o->owner_id, false);
}

bool objective_in_private_unit(struct grip *g, const struct grip_objective *o)
{
	if (!o->unit_id)
		return false;
	bool private_unit = false;
	unit_seen(g, o->unit_id, &private_unit);
	return private_unit;
}

/* The stored objective (no figures) if the actor may see it, remembered. */
static struct grip_objective *objective_seen(struct grip *g, int64_t id)
{
	struct seen_slot *s = seen_slot(g, SEEN_OBJECTIVE, id);
	if (s && s->kind)
		return s->visible ? s->objective : NULL;
	struct grip_error saved = g->err;
	struct grip_objective *o = objective_fetch(g, id);
	bool visible = o && grip_can_see_objective(g, o);
	g->err = saved;
	remember(s, SEEN_OBJECTIVE, id, visible, o, g);
	return visible ? o : NULL;
}

bool objective_id_visible(struct grip *g, int64_t id)
{
	return objective_seen(g, id) != NULL;
}

void objective_filter_aligns(struct grip *g, struct grip_objective *o)
{
	size_t kept = 0;
	for (size_t i = 0; i < o->n_aligns_to; i++)
		if (objective_id_visible(g, o->aligns_to[i]))
			o->aligns_to[kept++] = o->aligns_to[i];
	o->n_aligns_to = kept;
}

/* ---- cycles ---- */

bool grip_can_see_cycle(struct grip *g, const struct grip_cycle *c)
{
	return !c->unit_id || unit_id_visible(g, c->unit_id);
}

/* ---- commitments ---- */

/* The actor shares a current unit with the person. */
static bool shares_unit(struct grip *g, int64_t person_id)
{
	const char *today = today_text(g);
	int64_t n = 0;
	return today && store_x(g->store, &n,
		"SELECT COUNT(*) FROM memberships a JOIN memberships b ON b.unit_id = a.unit_id"
		" WHERE a.person_id = ? AND b.person_id = ? AND (a.left_on IS NULL OR a.left_on > ?)"
		" AND (b.left_on IS NULL OR b.left_on > ?)",
		V(person_id), V(g->actor->id), V(today), V(today)) == STORE_OK && n > 0;
}

bool commitment_lead(struct grip *g, int64_t person_id, const struct grip_objective *o)
{
	if (!g->actor)
		return false;
	if (!o) /* linked to nothing: any of the person's leads */
		return leads_person(g, person_id, true);
	if (o->unit_id && grip_is_lead(g, o->unit_id, g->actor->id))
		return true;
	/* Outside a private unit, the person's leads follow their work. */
	return !objective_in_private_unit(g, o) && leads_person(g, person_id, false);
}

bool grip_can_see_commitment(struct grip *g, const struct grip_commitment *c)
{
	if (actor_is_admin(g))
		return true;
	if (!g->actor)
		return false;
	if (g->actor->id == c->person_id)
		return true;
	struct grip_objective *o = NULL;
	if (c->objective_id && !(o = objective_seen(g, c->objective_id)))
		return false;
	if (c->shared && (o || shares_unit(g, c->person_id)))
		return true;
	return commitment_lead(g, c->person_id, o);
}

/* ---- dependencies and memberships ---- */

bool grip_can_see_dependency(struct grip *g, const struct grip_dependency *d)
{
	if (!objective_id_visible(g, d->from_objective_id))
		return false;
	if (d->to_objective_id)
		return objective_id_visible(g, d->to_objective_id);
	return !d->to_unit_id || unit_id_visible(g, d->to_unit_id);
}

bool grip_can_see_leaving_reason(struct grip *g, const struct grip_membership *m)
{
	return actor_is_admin(g) || (g->actor && (g->actor->id == m->person_id ||
					    grip_is_lead(g, m->unit_id, g->actor->id)));
}
