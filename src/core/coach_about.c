/*
 * coach_about.c — the hints as people write (docs/coach.md, "Hints as
 * people write"). grip_coach_about runs the coach's rules about one thing
 * just saved (coach_okr.c, coach_group.c) over that thing alone, with the
 * little they read of the rest loaded here rather than by coach_load: the
 * thing, its owner's memberships and units, the objectives it aligns to
 * (the cascade), and, for an objective, its owner's other objectives of
 * the cycle (the count). coach.c still decides who sees which hint, so
 * the answer is what grip_coach would show about that thing.
 * grip_coach_text (coach_text.c) asks the text rules about text not saved
 * yet.
 *
 *   objective (OKR chain)  objective.bau, objective.unaligned,
 *                          cascade.depth, okr.count.objectives (its owner)
 *   member outcome         member.outcome.author, member.outcome.habit
 *   key result             kr.vague, kr.output
 *   commitment             commitment.outcome, commitment.unlinked
 */
#include "core/coach.h"
#include "core/lexicon.h"

#include <string.h>

/* How far up the alignments the cascade is followed (cascade.c stops at
 * 16 too). */
#define ABOUT_DEPTH 16

struct about {
	struct coach cx;
	struct grip_cycle **cycles; /* every cycle of the org, as grip_cycle_list gives them */
	size_t n_cycles;
	int64_t *unit_ids; /* the units the hints may name, to load */
	size_t n_unit_ids, cap_unit_ids;
	size_t *cap_objs; /* per cx.cycles entry */
	size_t cap_members;
};

static int want_unit(struct about *a, int64_t id)
{
	struct grip *g = a->cx.g;
	for (size_t i = 0; i < a->n_unit_ids; i++)
		if (a->unit_ids[i] == id)
			return 0;
	if (!id)
		return 0;
	if (a->n_unit_ids == a->cap_unit_ids) {
		size_t cap = a->cap_unit_ids ? a->cap_unit_ids * 2 : 8;
		int64_t *more = arena_calloc(g->arena, cap, sizeof *more);
		if (!more)
			return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
		if (a->n_unit_ids)
			memcpy(more, a->unit_ids, a->n_unit_ids * sizeof *more);
		a->unit_ids = more;
		a->cap_unit_ids = cap;
	}
	a->unit_ids[a->n_unit_ids++] = id;
	return 0;
}

/* The units wanted that the actor may see, all in scope (there is no
 * --unit here); the others stay out, as grip_unit_list leaves them out. */
static int load_units(struct about *a)
{
	struct coach *cx = &a->cx;
	struct grip *g = cx->g;
	cx->units = arena_calloc(g->arena, a->n_unit_ids + 1, sizeof *cx->units);
	cx->in_scope = arena_calloc(g->arena, a->n_unit_ids + 1, sizeof *cx->in_scope);
	if (!cx->units || !cx->in_scope)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	for (size_t i = 0; i < a->n_unit_ids; i++) {
		struct grip_unit *u = grip_unit_get(g, a->unit_ids[i]);
		if (!u && g->err.code != GRIP_ENOTFOUND)
			return -1;
		if (!u) {
			memset(&g->err, 0, sizeof g->err);
			continue;
		}
		cx->in_scope[cx->n_units] = true;
		cx->units[cx->n_units++] = u;
	}
	return 0;
}

/* A person's current memberships, in the order coach_load reads them, and
 * their units. */
static int load_person(struct about *a, int64_t person_id)
{
	struct coach *cx = &a->cx;
	struct grip *g = cx->g;
	for (size_t i = 0; i < cx->n_members; i++)
		if (cx->members[i].person_id == person_id)
			return 0;
	const char *today = today_text(g);
	struct store_stmt *st = !person_id || !today ? NULL : store_q(g->store,
		"SELECT person_id, unit_id, role FROM memberships WHERE org_id = ? AND person_id = ?"
		" AND joined_on <= ? AND (left_on IS NULL OR left_on > ?) ORDER BY unit_id, id",
		V(g->org_id), V(person_id), V(today), V(today));
	if (!st)
		return !person_id ? 0 : today ? STORE_FAIL(g) : -1;
	enum store_rc rc;
	while ((rc = store_step(st)) == STORE_ROW) {
		if (cx->n_members == a->cap_members) {
			size_t cap = a->cap_members ? a->cap_members * 2 : 8;
			struct coach_member *more = arena_calloc(g->arena, cap, sizeof *more);
			if (!more)
				break;
			if (cx->n_members)
				memcpy(more, cx->members, cx->n_members * sizeof *more);
			cx->members = more;
			a->cap_members = cap;
		}
		enum grip_member_role role;
		if (member_role_col(g, st, 2, &role) < 0) {
			store_done(st);
			return -1;
		}
		struct coach_member m = { store_col_int(st, 0), store_col_int(st, 1), role };
		cx->members[cx->n_members++] = m;
		if (want_unit(a, m.unit_id) < 0)
			break;
	}
	store_done(st);
	if (rc == STORE_ROW)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	return rc == STORE_DONE ? 0 : STORE_FAIL(g);
}

static struct grip_cycle *cycle_of(struct about *a, int64_t id)
{
	for (size_t i = 0; i < a->n_cycles; i++)
		if (a->cycles[i]->id == id)
			return a->cycles[i];
	return NULL;
}

/* Is the cycle one of OKRs the coach looks at (not a programme, not
 * closed)? first: the org's first cycle of OKRs, as coach_load says. */
static bool okr_open(struct about *a, int64_t cycle_id, bool *first)
{
	bool earlier = false;
	for (size_t i = 0; i < a->n_cycles; i++) {
		const struct grip_cycle *c = a->cycles[i];
		if (c->kind == GRIP_CYCLE_PROGRAMME)
			continue;
		if (c->id == cycle_id) {
			if (first)
				*first = !earlier;
			return c->status != GRIP_CYCLE_CLOSED;
		}
		earlier = true;
	}
	return false;
}

/* Holds o among the objectives of its cycle of OKRs, as coach_load would
 * (once per id); one the coach would not hold is left out. */
static int hold(struct about *a, struct grip_objective *o)
{
	struct coach *cx = &a->cx;
	bool first = false;
	if (!okr_open(a, o->cycle_id, &first))
		return 0;
	size_t c = 0;
	while (c < cx->n_cycles && cx->cycles[c].cycle->id != o->cycle_id)
		c++;
	if (c == cx->n_cycles) {
		if (c >= a->n_cycles)
			return 0;
		cx->cycles[c] = (struct coach_cycle){ .cycle = cycle_of(a, o->cycle_id), .first = first };
		cx->n_cycles++;
	}
	struct coach_cycle *cc = &cx->cycles[c];
	for (size_t i = 0; i < cc->n_objs; i++)
		if (cc->objs[i]->id == o->id)
			return 0;
	return push_ptr(cx->g, (void ***)&cc->objs, &cc->n_objs, &a->cap_objs[c], o);
}

/* The objective the coach would hold as one of a group's programme, with
 * that group (its current programme, not closed, a group the actor sees);
 * NULL otherwise. Needs the units loaded. */
static struct coach_group *hold_in_group(struct about *a, struct grip_objective *o)
{
	struct coach *cx = &a->cx;
	struct grip_cycle *p = cycle_of(a, o->cycle_id);
	struct grip_unit *u = o->unit_id ? coach_unit(cx, o->unit_id) : NULL;
	if (!p || p->kind != GRIP_CYCLE_PROGRAMME || !u || u->kind != GRIP_UNIT_GROUP ||
	    grip_programme_current(a->cycles, a->n_cycles, u->id) != p || p->status == GRIP_CYCLE_CLOSED)
		return NULL;
	struct grip_objective **objs = arena_calloc(cx->g->arena, 1, sizeof *objs);
	if (!objs)
		return NULL;
	objs[0] = o;
	struct coach_group *gr = &cx->groups[cx->n_groups++];
	*gr = (struct coach_group){ .unit = u, .programme = p, .objs = objs, .n_objs = 1 };
	gr->week = grip_cycle_week_number(p, cx->today);
	gr->halfway = p->weeks / 2 + 1;
	return gr;
}

/* The objectives o aligns to, and theirs, that the coach would hold: what
 * cascade.depth reads (a parent not held opens the chain). */
static int hold_ancestors(struct about *a, struct grip_objective *o)
{
	struct grip *g = a->cx.g;
	struct grip_objective *level[ABOUT_DEPTH + 1];
	size_t n = 0;
	level[n++] = o;
	for (size_t i = 0; i < n; i++) {
		for (size_t k = 0; k < level[i]->n_aligns_to && n < ABOUT_DEPTH; k++) {
			int64_t id = level[i]->aligns_to[k];
			bool seen = false;
			for (size_t j = 0; j < n && !seen; j++)
				seen = level[j]->id == id;
			struct grip_objective *p = NULL;
			if (seen || objective_with_alignments(g, id, &p) < 0)
				continue;
			if (!p || !okr_open(a, p->cycle_id, NULL))
				continue;
			if (hold(a, p) < 0 || want_unit(a, p->unit_id) < 0)
				return -1;
			level[n++] = p;
		}
	}
	return g->err.code && g->err.code != GRIP_ENOTFOUND ? -1 : 0;
}

static int about_objective(struct about *a, int64_t id, const char **codes, int64_t *filter)
{
	struct coach *cx = &a->cx;
	struct grip *g = cx->g;
	struct grip_objective *o;
	if (!objective_visible(g, id) || objective_with_alignments(g, id, &o) < 0)
		return -1;
	if (!o)
		return grip_fail(g, GRIP_ENOTFOUND, "objective", "no such objective");
	if (want_unit(a, o->unit_id) < 0 || load_person(a, o->owner_id) < 0)
		return -1;
	if (o->layer == GRIP_LAYER_MEMBER) {
		if (load_units(a) < 0)
			return -1;
		if (hold_in_group(a, o)) {
			codes[0] = "member.outcome.author";
			codes[1] = "member.outcome.habit";
		}
		return 0;
	}
	if (!okr_open(a, o->cycle_id, NULL))
		return load_units(a);
	/* The cycle of o first: the count looks at that one alone. */
	struct grip_objective **mine;
	size_t n_mine;
	bool person = o->layer == GRIP_LAYER_INDIVIDUAL;
	if (hold(a, o) < 0 ||
	    objectives_of_owner(g, o->cycle_id, person ? 0 : o->unit_id, person ? o->owner_id : 0,
				&mine, &n_mine) < 0)
		return -1;
	for (size_t i = 0; i < n_mine; i++)
		if (hold(a, mine[i]) < 0)
			return -1;
	if (hold_ancestors(a, o) < 0 || load_units(a) < 0)
		return -1;
	codes[0] = "objective.bau";
	codes[1] = "objective.unaligned";
	codes[2] = "cascade.depth";
	codes[3] = "okr.count.objectives";
	filter[0] = person ? 0 : o->unit_id;
	filter[1] = person ? o->owner_id : 0;
	return 0;
}

static int about_kr(struct about *a, int64_t id, const char **codes)
{
	struct coach *cx = &a->cx;
	struct grip *g = cx->g;
	struct grip_kr *kr = kr_get_at(g, id, NULL);
	if (!kr)
		return -1;
	struct grip_objective *o = objective_fetch(g, kr->objective_id);
	if (!o)
		return -1;
	o->krs = kr;
	o->n_krs = 1;
	if (want_unit(a, o->unit_id) < 0 || load_person(a, o->owner_id) < 0 || hold(a, o) < 0 ||
	    load_units(a) < 0)
		return -1;
	codes[0] = "kr.vague";
	codes[1] = "kr.output";
	return 0;
}

static int about_commitment(struct about *a, int64_t id, const char **codes)
{
	struct coach *cx = &a->cx;
	struct grip *g = cx->g;
	struct grip_commitment *c = grip_commit_get(g, id);
	if (!c)
		return -1;
	cx->commits = arena_calloc(g->arena, 1, sizeof *cx->commits);
	if (!cx->commits)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	cx->commits[0] = c;
	cx->n_commits = 1;
	/* The objective it serves names the hint's unit when the coach holds it. */
	struct grip_objective *o = c->objective_id ? objective_fetch(g, c->objective_id) : NULL;
	if (c->objective_id && !o)
		return -1;
	if ((o && (want_unit(a, o->unit_id) < 0 || hold(a, o) < 0)) ||
	    load_person(a, c->person_id) < 0 || load_units(a) < 0)
		return -1;
	if (o && o->unit_id)
		hold_in_group(a, o);
	codes[0] = "commitment.outcome";
	codes[1] = "commitment.unlinked";
	return 0;
}

/* What the hints are about: the thing, and for the count its owner (a
 * unit or a person). */
struct about_what {
	const char *entity;
	int64_t id, unit_id, person_id;
};

static bool about_it(const struct grip_hint *h, const void *ctx)
{
	const struct about_what *w = ctx;
	if (strcmp(h->code, "okr.count.objectives") == 0)
		return (w->unit_id && strcmp(h->entity, "unit") == 0 && h->entity_id == w->unit_id) ||
		       (w->person_id && strcmp(h->entity, "person") == 0 && h->entity_id == w->person_id);
	return strcmp(h->entity, w->entity) == 0 && h->entity_id == w->id;
}

int grip_coach_about(struct grip *g, const char *entity, int64_t id, struct grip_hint ***out,
		     size_t *n)
{
	*out = NULL;
	*n = 0;
	if (!g->actor)
		return grip_fail(g, GRIP_EPERM, NULL, "no acting person");
	struct about a = { .cx = { .g = g, .today = grip_today(g) } };
	struct coach *cx = &a.cx;
	long failed = g->arena->failed;
	if (coach_weeks(cx) < 0 || grip_cycle_list(g, &a.cycles, &a.n_cycles) < 0)
		return -1;
	cx->cycles = arena_calloc(g->arena, a.n_cycles + 1, sizeof *cx->cycles);
	cx->groups = arena_calloc(g->arena, 1, sizeof *cx->groups);
	a.cap_objs = arena_calloc(g->arena, a.n_cycles + 1, sizeof *a.cap_objs);
	if (!cx->cycles || !cx->groups || !a.cap_objs)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	const char *codes[5] = { 0 };
	int64_t filter[2] = { 0, 0 };
	int rc;
	if (strcmp(entity, "objective") == 0)
		rc = about_objective(&a, id, codes, filter);
	else if (strcmp(entity, "key_result") == 0)
		rc = about_kr(&a, id, codes);
	else if (strcmp(entity, "commitment") == 0)
		rc = about_commitment(&a, id, codes);
	else
		rc = grip_fail(g, GRIP_EINVAL, "entity", "no hints are given about a %s", entity);
	if (rc < 0 || !(cx->locale = lexicon_locale(g)) ||
	    !(cx->reader = coach_reader_load(g, cx->locale)))
		return -1;
	for (size_t i = 0; codes[i]; i++) {
		/* The count looks at the thing's own cycle, held first. */
		size_t all = cx->n_cycles;
		if (strcmp(codes[i], "okr.count.objectives") == 0 && cx->n_cycles)
			cx->n_cycles = 1;
		rc = coach_run(cx, codes[i]);
		cx->n_cycles = all;
		if (rc < 0)
			return -1;
	}
	const struct about_what what = { entity, id, filter[0], filter[1] };
	coach_keep(cx, about_it, &what);
	return coach_hints(cx, failed, out, n);
}

json_t *grip_with_hints(struct grip *g, json_t *j, const char *entity, int64_t id)
{
	struct grip_hint **hints;
	size_t n;
	if (!j)
		return NULL;
	json_t *list = json_array();
	if (grip_coach_about(g, entity, id, &hints, &n) < 0) {
		memset(&g->err, 0, sizeof g->err);
		n = 0;
	}
	for (size_t i = 0; list && i < n; i++)
		json_array_append_new(list, grip_hint_json(hints[i]));
	if (!list || json_object_set_new(j, "hints", list) < 0) {
		json_decref(j);
		return NULL;
	}
	return j;
}
