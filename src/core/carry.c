/*
 * carry.c — carrying unfinished objectives forward into a later cycle: one
 * objective, every unfinished one of a unit, or, when a cycle is added
 * from a previous one, those its reflections ask to carry and those missed.
 *
 * The rules, each checked by carry_check before anything is written:
 *  1. The source's cycle is in scoring or closed, and the objective is
 *     unfinished: neither achieved nor dropped.
 *  2. The target cycle is in planning or active and starts after the
 *     source's cycle ends.
 *  3. An objective is carried into a cycle once: its copy there is the
 *     objective of that cycle whose carried_from names it (409).
 *  4. Who may carry it is who may add it in the new cycle: the rules of
 *     grip_objective_add for its layer, unit and owner.
 *
 * The copy is a new draft with the same layer, unit, owner, title, why,
 * visibility and development flag, and carried_from set. Its key results:
 * a metric starts at its last value (same target and weight; one that
 * reached its target stays behind), a boolean and a milestones key result
 * as they were defined (no milestone done). Alignments go to the copy of
 * the parent in the target cycle when there is one (carried in the same
 * call or before), else to the parent itself when grip_objective_align
 * accepts it (its cycle encloses the target), else they stay behind; the
 * answer says what stayed behind and why.
 */
#include "core/internal.h"

#include <string.h>

#include "util/date.h"

static bool unfinished(enum grip_objective_status s)
{
	return s != GRIP_OBJECTIVE_ACHIEVED && s != GRIP_OBJECTIVE_DROPPED;
}

/* The copy of objective from_id in cycle cycle_id (0: none). */
static int copy_in(struct grip *g, int64_t from_id, int64_t cycle_id, int64_t *copy)
{
	*copy = 0;
	if (store_x(g->store, copy,
		    "SELECT COALESCE(MAX(id), 0) FROM objectives WHERE org_id = ? AND carried_from = ? AND cycle_id = ?",
		    V(g->org_id), V(from_id), V(cycle_id)) != STORE_OK)
		return STORE_FAIL(g);
	return 0;
}

/* Rules 1 to 4 for o (loaded, visible) from its cycle into `to`. */
static int carry_check(struct grip *g, const struct grip_objective *o, const struct grip_cycle *from,
		       const struct grip_cycle *to)
{
	if (objective_require_add(g, o) < 0)
		return -1;
	if (from->status != GRIP_CYCLE_SCORING && from->status != GRIP_CYCLE_CLOSED)
		return grip_fail(g, GRIP_ECONFLICT, "cycle",
				 "%s is %s: an objective is carried forward once its cycle is in scoring or closed",
				 from->name, grip_cycle_status_name(from->status));
	if (!unfinished(o->status))
		return grip_fail(g, GRIP_ECONFLICT, "objective", "objective %lld is %s: only an unfinished objective is carried forward",
				 (long long)o->id, grip_objective_status_name(o->status));
	if (to->status != GRIP_CYCLE_PLANNING && to->status != GRIP_CYCLE_ACTIVE)
		return grip_fail(g, GRIP_ECONFLICT, "to", "%s is %s: objectives are carried into a cycle in planning or active",
				 to->name, grip_cycle_status_name(to->status));
	if (strcmp(to->starts_on, from->ends_on) <= 0)
		return grip_fail(g, GRIP_EINVAL, "to", "%s starts on %s, before %s ends (%s): carry into a later cycle",
				 to->name, to->starts_on, from->name, from->ends_on);
	int64_t copy;
	if (copy_in(g, o->id, to->id, &copy) < 0)
		return -1;
	if (copy)
		return grip_fail(g, GRIP_ECONFLICT, "to", "objective %lld was carried into %s already, as objective %lld",
				 (long long)o->id, to->name, (long long)copy);
	return 0;
}

/* The "carry forward" text of the reflection on objective id, which the
 * actor sees; NULL when there is none or it is blank. */
static int carry_text(struct grip *g, int64_t id, const char **text)
{
	*text = NULL;
	struct grip_reflection *rf = reflection_of(g, id);
	if (!rf)
		return -1;
	const char *t = rf->carry_forward;
	if (t && t[strspn(t, " \t\r\n")])
		*text = t;
	return 0;
}

/* Does grip_cycle_add_from carry objective id (unfinished, seen)? When it
 * was missed, or its reflection says what to carry forward. */
static int asks_to_carry(struct grip *g, int64_t id, bool *yes)
{
	int64_t missed = 0;
	if (store_x(g->store, &missed, "SELECT status = 'missed' FROM objectives WHERE id = ? AND org_id = ?", V(id),
		    V(g->org_id)) != STORE_OK)
		return STORE_FAIL(g);
	const char *text = NULL;
	if (!missed && carry_text(g, id, &text) < 0)
		return -1;
	*yes = missed || text;
	return 0;
}

static void note(struct grip_carry_note *n, size_t *count, const char *what, int64_t id, const char *reason)
{
	n[*count] = (struct grip_carry_note){ .what = what, .id = id, .reason = reason };
	(*count)++;
}

/* Copies key result kr of the source onto the copy, or leaves it behind. */
static int carry_kr(struct grip *g, const struct grip_kr *kr, int64_t copy_id, struct grip_carried *item)
{
	const struct grip_person *owner = kr->owner_id ? grip_person_get(g, kr->owner_id) : NULL;
	if (kr->owner_id && !owner)
		return -1;
	struct grip_kr_new n = {
		.title = kr->title, .kind = grip_kr_kind_name(kr->kind), .unit_label = kr->unit_label,
		.weight = kr->weight, .owner_email = owner ? owner->email : NULL,
		.baseline = kr->baseline, .target = kr->target,
	};
	if (kr->kind == GRIP_KR_METRIC) {
		if (kr->progress >= 1) {
			note(item->left, &item->n_left, "key_result", kr->id,
			     arena_printf(g->arena, "reached its target (%g): it stays behind", kr->target));
			return 0;
		}
		n.baseline = kr->current;
	} else if (kr->kind == GRIP_KR_MILESTONES) {
		const char **titles = arena_calloc(g->arena, kr->n_milestones + 1, sizeof *titles);
		double *weights = arena_calloc(g->arena, kr->n_milestones + 1, sizeof *weights);
		if (!titles || !weights)
			return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
		for (size_t i = 0; i < kr->n_milestones; i++) {
			titles[i] = kr->milestones[i].title;
			weights[i] = kr->milestones[i].weight;
		}
		n.milestones = titles;
		n.milestone_weights = weights;
		n.n_milestones = kr->n_milestones;
	}
	struct grip_kr *made = grip_kr_add(g, copy_id, &n);
	if (!made)
		return -1;
	item->krs[item->n_krs++] = (struct grip_carried_kr){
		.from_id = kr->id, .id = made->id, .title = made->title, .kind = made->kind,
		.baseline = made->baseline, .was_baseline = kr->baseline, .target = made->target,
	};
	return 0;
}

/* Writes the copy of o (checked) into `to`, with its key results. */
static int carry_copy(struct grip *g, const struct grip_objective *o, const struct grip_cycle *from,
		      const struct grip_cycle *to, struct grip_carried *item)
{
	struct grip_objective_new n = {
		.title = o->title, .why = o->why, .cycle_name = to->name, .layer = grip_layer_name(o->layer),
		.unit_name = o->unit_name, .owner_email = o->owner_email, .development = o->development,
		.visibility = grip_visibility_name(o->visibility), .cadence = grip_cadence_name(o->cadence),
	};
	struct grip_objective *copy = grip_objective_add(g, &n);
	if (!copy)
		return -1;
	const char *now = grip_now_text(g);
	if (!now || store_x(g->store, NULL, "UPDATE objectives SET carried_from = ? WHERE id = ?", V(o->id),
			    V(copy->id)) != STORE_OK)
		return now ? STORE_FAIL(g) : -1;
	const char *why;
	if (carry_text(g, o->id, &why) < 0)
		return -1;
	if (grip_event(g, "objective", copy->id, "carry", objective_record(g, o->id), objective_record(g, copy->id),
		       why ? why : arena_printf(g->arena, "carried forward from %s", from->name)) < 0)
		return -1;
	*item = (struct grip_carried){
		.from_id = o->id, .id = copy->id, .title = copy->title, .layer = copy->layer,
		.unit = copy->unit_name, .owner = copy->owner_email,
		.krs = arena_calloc(g->arena, o->n_krs + 1, sizeof *item->krs),
		.links = arena_calloc(g->arena, o->n_aligns_to + 1, sizeof *item->links),
		.left = arena_calloc(g->arena, o->n_aligns_to + o->n_krs + 1, sizeof *item->left),
	};
	if (!item->krs || !item->links || !item->left)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	for (size_t i = 0; i < o->n_krs; i++)
		if (carry_kr(g, &o->krs[i], copy->id, item) < 0)
			return -1;
	return 0;
}

/* Aligns the copy as its source was aligned (the parents the actor sees):
 * to a parent's copy in the target cycle, else to the parent itself where
 * the alignment rules allow it, else not, saying why. */
static int carry_links(struct grip *g, const struct grip_objective *o, const struct grip_cycle *to,
		       struct grip_carried *item)
{
	for (size_t i = 0; i < o->n_aligns_to; i++) {
		int64_t p = o->aligns_to[i], copy;
		if (copy_in(g, p, to->id, &copy) < 0)
			return -1;
		struct grip_error saved = g->err;
		if (grip_objective_align(g, item->id, copy ? copy : p) == 0) {
			item->links[item->n_links++] = (struct grip_carried_link){ .parent_id = copy ? copy : p,
										 .copy_of = copy ? p : 0 };
			continue;
		}
		if (g->err.code != GRIP_EINVAL && g->err.code != GRIP_ECONFLICT && g->err.code != GRIP_ENOTFOUND)
			return -1;
		note(item->left, &item->n_left, "alignment", p, grip_strdup(g, g->err.message));
		g->err = saved;
	}
	return 0;
}

/* Carries the objectives ids (by id) from cycle `from` into `to`. With
 * skip_done, one carried there already is left out (said in skipped);
 * else that is refused. */
static int carry_set(struct grip *g, const int64_t *ids, size_t n, const struct grip_cycle *from,
		     const struct grip_cycle *to, bool skip_done, struct grip_carry **out)
{
	struct grip_carry *c = grip_alloc(g, sizeof *c);
	struct grip_objective **os = arena_calloc(g->arena, n + 1, sizeof *os);
	if (!c || !os)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	c->from = from->name;
	c->to = to->name;
	c->items = arena_calloc(g->arena, n + 1, sizeof *c->items);
	c->skipped = arena_calloc(g->arena, n + 1, sizeof *c->skipped);
	if (!c->items || !c->skipped)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	/* Every check first, so a refusal writes nothing. */
	size_t kept = 0;
	for (size_t i = 0; i < n; i++) {
		struct grip_objective *o = grip_objective_get(g, ids[i], NULL);
		if (!o)
			return -1;
		if (o->cycle_id != from->id)
			return grip_fail(g, GRIP_EINVAL, "objective", "objective %lld is not in %s", (long long)o->id,
					 from->name);
		int64_t copy;
		if (skip_done && copy_in(g, o->id, to->id, &copy) < 0)
			return -1;
		if (skip_done && copy) {
			note(c->skipped, &c->n_skipped, "objective", o->id,
			     arena_printf(g->arena, "carried into %s already, as objective %lld", to->name, (long long)copy));
			continue;
		}
		if (carry_check(g, o, from, to) < 0)
			return -1;
		os[kept++] = o;
	}
	if (!kept && c->n_skipped)
		return grip_fail(g, GRIP_ECONFLICT, "to", "every unfinished objective there was carried into %s already",
				 to->name);
	/* The copies first, then their alignments: a parent carried in the
	 * same call has its copy by then, whatever the order. */
	for (size_t i = 0; i < kept; i++)
		if (carry_copy(g, os[i], from, to, &c->items[c->n++]) < 0)
			return -1;
	for (size_t i = 0; i < kept; i++)
		if (carry_links(g, os[i], to, &c->items[i]) < 0)
			return -1;
	*out = c;
	return 0;
}

/* The target cycle, named by a face; "to" when missing. */
static struct grip_cycle *target(struct grip *g, const char *to)
{
	if (!to || !*to) {
		grip_fail(g, GRIP_EINVAL, "to", "is required: the cycle to carry into");
		return NULL;
	}
	struct grip_cycle *c = grip_cycle_by_name(g, to);
	if (!c && g->err.code == GRIP_ENOTFOUND)
		snprintf(g->err.field, sizeof g->err.field, "to");
	return c;
}

int grip_carry_objective(struct grip *g, int64_t id, const char *to, struct grip_carry **out)
{
	if (grip_require_writer(g) < 0)
		return -1;
	struct grip_objective *o = objective_visible(g, id);
	if (!o)
		return -1;
	struct grip_cycle *dest = target(g, to);
	struct grip_cycle *from = dest ? cycle_stored(g, o->cycle_id) : NULL;
	if (!from)
		return -1;
	return carry_set(g, &id, 1, from, dest, false, out);
}

int grip_carry_unit(struct grip *g, const char *unit, const char *from, const char *to, struct grip_carry **out)
{
	if (grip_require_writer(g) < 0)
		return -1;
	if (!unit || !*unit)
		return grip_fail(g, GRIP_EINVAL, "unit", "is required: the unit whose objectives to carry");
	struct grip_unit *u = grip_unit_by_name(g, unit);
	if (!u)
		return -1;
	if (!from || !*from)
		return grip_fail(g, GRIP_EINVAL, "from", "is required: the cycle to carry from");
	struct grip_cycle *src = grip_cycle_by_name(g, from);
	struct grip_cycle *dest = src ? target(g, to) : NULL;
	if (!dest)
		return -1;
	int64_t *all;
	size_t n;
	if (ids_collect(g, store_q(g->store,
		"SELECT id FROM objectives WHERE org_id = ? AND cycle_id = ? AND unit_id = ?"
		" AND status NOT IN ('achieved', 'dropped') ORDER BY id", V(g->org_id), V(src->id), V(u->id)),
		&all, &n) < 0)
		return -1;
	size_t kept = 0;
	for (size_t i = 0; i < n; i++)
		if (objective_id_visible(g, all[i]))
			all[kept++] = all[i];
	/* The cycle's state is checked even with nothing to carry. */
	if (src->status != GRIP_CYCLE_SCORING && src->status != GRIP_CYCLE_CLOSED)
		return grip_fail(g, GRIP_ECONFLICT, "from",
				 "%s is %s: objectives are carried forward once their cycle is in scoring or closed",
				 src->name, grip_cycle_status_name(src->status));
	return carry_set(g, all, kept, src, dest, true, out);
}

struct grip_cycle *grip_cycle_add_from(struct grip *g, const struct grip_cycle_new *n, struct grip_carry **out)
{
	struct grip_cycle *prev = NULL;
	const char *kind = n->kind, *first = n->from;
	char day[16];
	if (n->previous) {
		if (!(prev = grip_cycle_by_name(g, n->previous))) {
			if (g->err.code == GRIP_ENOTFOUND)
				snprintf(g->err.field, sizeof g->err.field, "previous");
			return NULL;
		}
		if (prev->status != GRIP_CYCLE_SCORING && prev->status != GRIP_CYCLE_CLOSED) {
			grip_fail(g, GRIP_ECONFLICT, "previous",
				  "%s is %s: a cycle is carried forward from once it is in scoring or closed", prev->name,
				  grip_cycle_status_name(prev->status));
			return NULL;
		}
		/* By default the new cycle is of the previous one's kind and
		 * starts the day after it ends. */
		if (!kind)
			kind = grip_cycle_kind_name(prev->kind);
		if (!first) {
			int32_t end;
			if (!date_parse(prev->ends_on, &end)) {
				grip_fail(g, GRIP_ESTORE, NULL, "cycle %s has no valid end", prev->name);
				return NULL;
			}
			date_format(end + 1, day);
			first = day;
		}
	}
	struct grip_cycle *c = grip_cycle_add(g, n->name, kind, first, n->to, n->weeks, n->unit);
	if (!c)
		return NULL;
	*out = NULL;
	if (!prev)
		return c;
	/* Every unfinished objective whose reflection says what to carry
	 * forward, and every one missed. */
	int64_t *ids;
	size_t count;
	if (ids_collect(g, store_q(g->store,
		"SELECT id FROM objectives WHERE org_id = ? AND cycle_id = ? AND status NOT IN ('achieved', 'dropped')"
		" ORDER BY id", V(g->org_id), V(prev->id)), &ids, &count) < 0)
		return NULL;
	size_t kept = 0;
	for (size_t i = 0; i < count; i++) {
		bool yes = false;
		if (objective_id_visible(g, ids[i]) && asks_to_carry(g, ids[i], &yes) < 0)
			return NULL;
		if (yes)
			ids[kept++] = ids[i];
	}
	struct grip_cycle *made = grip_cycle_get(g, c->id);
	if (!made || carry_set(g, ids, kept, prev, made, false, out) < 0)
		return NULL;
	return made;
}

int grip_carry_targets(struct grip *g, const struct grip_objective *o, struct grip_cycle ***out, size_t *n)
{
	struct grip_cycle **all;
	size_t count;
	struct grip_cycle *from = cycle_stored(g, o->cycle_id);
	if (!from || grip_cycle_list(g, &all, &count) < 0)
		return -1;
	struct grip_error saved = g->err;
	size_t kept = 0;
	for (size_t i = 0; i < count; i++) {
		if (carry_check(g, o, from, all[i]) == 0)
			all[kept++] = all[i];
		else if (grip_failed_hard(g))
			return -1;
		g->err = saved;
	}
	*out = all;
	*n = kept;
	return 0;
}

int grip_carry_origin(struct grip *g, const struct grip_objective *o, struct grip_carry_origin *out)
{
	*out = (struct grip_carry_origin){ 0 };
	if (!o->carried_from)
		return 0;
	struct grip_error saved = g->err;
	struct grip_objective *from = objective_visible(g, o->carried_from);
	if (!from) {
		if (g->err.code != GRIP_ENOTFOUND)
			return -1;
		g->err = saved; /* the source is not the actor's to see */
		return 0;
	}
	struct grip_reflection *rf = reflection_of(g, from->id);
	if (!rf)
		return -1;
	out->from = from;
	out->worked = rf->worked;
	out->did_not = rf->did_not;
	out->carry_forward = rf->carry_forward;
	return 0;
}

static json_t *notes_json(const struct grip_carry_note *ns, size_t n)
{
	json_t *a = json_array();
	for (size_t i = 0; a && i < n; i++)
		json_array_append_new(a, json_pack("{ss sI ss}", "what", ns[i].what, "id", (json_int_t)ns[i].id,
						   "reason", ns[i].reason));
	return a;
}

static json_t *carried_json(const struct grip_carried *it)
{
	json_t *krs = json_array(), *links = json_array();
	for (size_t i = 0; krs && i < it->n_krs; i++) {
		const struct grip_carried_kr *k = &it->krs[i];
		json_array_append_new(krs, json_pack("{sI sI ss ss so so so}", "from_id", (json_int_t)k->from_id,
			"id", (json_int_t)k->id, "title", k->title, "kind", grip_kr_kind_name(k->kind),
			"baseline", grip_json_number(k->baseline), "was_baseline", grip_json_number(k->was_baseline),
			"target", grip_json_number(k->target)));
	}
	for (size_t i = 0; links && i < it->n_links; i++)
		json_array_append_new(links, json_pack("{sI so}", "parent_id", (json_int_t)it->links[i].parent_id,
						       "copy_of", grip_json_id(it->links[i].copy_of)));
	return json_pack("{sI sI ss ss so so so so so}", "from_id", (json_int_t)it->from_id, "id", (json_int_t)it->id,
			 "title", it->title, "layer", grip_layer_name(it->layer), "unit", grip_json_string(it->unit),
			 "owner", grip_json_string(it->owner), "key_results", krs, "aligns_to", links,
			 "left_behind", notes_json(it->left, it->n_left));
}

json_t *grip_carry_json(const struct grip_carry *c)
{
	json_t *items = json_array();
	for (size_t i = 0; items && i < c->n; i++)
		json_array_append_new(items, carried_json(&c->items[i]));
	return json_pack("{ss ss so so}", "from", c->from, "to", c->to, "carried", items, "skipped",
			 notes_json(c->skipped, c->n_skipped));
}

int carry_require_possible(struct grip *g, const struct grip_objective *o)
{
	struct grip_cycle *from = cycle_stored(g, o->cycle_id);
	if (!from)
		return -1;
	/* The cheap answers first: most objectives a page shows are of a
	 * running cycle. */
	if (from->status != GRIP_CYCLE_SCORING && from->status != GRIP_CYCLE_CLOSED)
		return grip_fail(g, GRIP_ECONFLICT, "cycle", "%s is %s: an objective is carried forward once its cycle is in scoring or closed",
				 from->name, grip_cycle_status_name(from->status));
	if (!unfinished(o->status))
		return grip_fail(g, GRIP_ECONFLICT, "objective", "it is %s: only an unfinished objective is carried forward",
				 grip_objective_status_name(o->status));
	if (objective_require_add(g, o) < 0)
		return -1;
	struct grip_cycle **cs;
	size_t n;
	if (grip_carry_targets(g, o, &cs, &n) < 0)
		return -1;
	if (!n)
		return grip_fail(g, GRIP_ECONFLICT, "to", "no cycle in planning or active after %s that it was not carried into",
				 from->name);
	return 0;
}
