/*
 * objective_choices.c — what a person may choose when writing a new
 * objective of a layer: the units that fit the layer (the same rule
 * grip_objective_add enforces) and for which the actor may write it, and
 * the people who may own it, with defaults. A form lists these instead of
 * taking free text; the write still judges what is sent.
 */
#include "core/internal.h"

#include <string.h>

static bool may_write(struct grip *g, enum grip_layer layer, const struct grip_unit *u, const struct grip_person *p)
{
	struct grip_objective draft = {
		.layer = layer, .unit_id = u ? u->id : 0, .unit_name = u ? u->name : NULL,
		.owner_id = p ? p->id : 0, .visibility = GRIP_VISIBILITY_ORG,
	};
	return grip_may_edit_objective(g, &draft, NULL);
}

int grip_objective_choices(struct grip *g, const char *layer_name, struct grip_objective_choices *out)
{
	*out = (struct grip_objective_choices){ 0 };
	enum grip_layer layer;
	if (layer_check(g, "layer", layer_name ? layer_name : "", &layer) < 0)
		return -1;
	bool personal = layer == GRIP_LAYER_INDIVIDUAL || layer == GRIP_LAYER_MEMBER;
	out->unit_required = layer != GRIP_LAYER_INDIVIDUAL;
	out->owner_required = personal;
	out->owner_allowed = layer != GRIP_LAYER_GROUP;
	struct grip_unit **us;
	struct grip_person **ps;
	size_t nu, np;
	if (grip_unit_list(g, &us, &nu) < 0 || grip_person_list(g, &ps, &np) < 0)
		return -1;
	out->units = arena_calloc(g->arena, nu + 1, sizeof *out->units);
	out->people = arena_calloc(g->arena, np + 1, sizeof *out->people);
	if (!out->units || !out->people)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	/* A person's objective is judged on its owner: any unit that fits. The
	 * default is the first the actor belongs to, else the first (the
	 * company, for a strategic one); none for an individual objective. */
	const struct grip_unit *first = NULL, *own = NULL;
	for (size_t i = 0; i < nu; i++) {
		if (!grip_unit_fits_layer(layer, us[i]->kind) || (!personal && !may_write(g, layer, us[i], NULL)))
			continue;
		out->units[out->n_units++] = us[i];
		if (!first)
			first = us[i];
		if (!own && grip_is_member(g, us[i]->id, g->actor->id))
			own = us[i];
	}
	if (out->unit_required && (own || first))
		out->unit = (own ? own : first)->name;
	for (size_t i = 0; out->owner_allowed && i < np; i++) {
		if (!ps[i]->active || (personal && !may_write(g, layer, NULL, ps[i])))
			continue;
		out->people[out->n_people++] = ps[i];
		if (ps[i]->id == g->actor->id)
			out->owner = ps[i]->email;
	}
	return 0;
}
