/*
 * changes.c — what a write changed, kept for the read caches of grip serve
 * (docs/performance.md): the objectives whose figures or representation it
 * changed, in the request's arena.
 */
#include "core/internal.h"

#include <string.h>

#define CHANGES_MAX 64 /* objectives named by one write; beyond, the whole org */

struct grip_changes {
	int64_t ids[CHANGES_MAX];
	size_t n;
	bool overflow;
};

void grip_changed_objective(struct grip *g, int64_t objective_id)
{
	if (!g->changes && !(g->changes = arena_calloc(g->arena, 1, sizeof *g->changes)))
		return; /* out of memory: the caller's own write fails on it soon */
	struct grip_changes *c = g->changes;
	for (size_t i = 0; i < c->n; i++)
		if (c->ids[i] == objective_id)
			return;
	if (c->n < CHANGES_MAX)
		c->ids[c->n++] = objective_id;
	else
		c->overflow = true;
}
