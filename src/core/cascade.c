/*
 * cascade.c — how deep an objective sits below strategy, the one rule the
 * strategy tree and the coach both judge a cascade by. A chain opens (level
 * 0) at an objective aligned to nothing, or at a business unit's strategic
 * objective, since a business unit has a strategy of its own; each
 * alignment below is one level, through the deepest parent. A parent the
 * caller does not hold (another cycle, or one the actor may not see) opens
 * the chain too. The core forbids alignment loops; the guard only keeps a
 * damaged store from recursing.
 */
#include "core/internal.h"

#include <string.h>

#define DEPTH_GUARD 16

static bool opens_chain(const struct grip_cascade *c, const struct grip_objective *o)
{
	if (!o->n_aligns_to)
		return true;
	if (o->layer != GRIP_LAYER_STRATEGIC || !o->unit_id)
		return false;
	for (size_t i = 0; i < c->n_units; i++)
		if (c->units[i]->id == o->unit_id)
			return c->units[i]->kind == GRIP_UNIT_BUSINESS_UNIT;
	return false;
}

static int depth(const struct grip_cascade *c, const struct grip_objective *o, int guard)
{
	if (guard > DEPTH_GUARD || opens_chain(c, o))
		return 0;
	int deepest = 0;
	for (size_t k = 0; k < o->n_aligns_to; k++) {
		const struct grip_objective *p = c->objective(c->ctx, o->aligns_to[k]);
		int d = p && p != o ? depth(c, p, guard + 1) : 0;
		if (d > deepest)
			deepest = d;
	}
	return deepest + 1;
}

int grip_objective_depth(const struct grip_cascade *c, const struct grip_objective *o)
{
	return depth(c, o, 0);
}

bool grip_cascade_too_deep(int depth_below_strategy)
{
	return depth_below_strategy > GRIP_CASCADE_MAX;
}
