/*
 * coach.c — the coach of PRODUCT.md §4: reviews what people wrote and says
 * in plain words what to change. One call (grip_coach) loads what the rules
 * read for the units asked, runs the table of rules below in order, keeps
 * each finding the actor may see and is concerned with, and sorts them.
 *
 * The rules live in coach_group.c (the group chain: group outcome, member
 * outcomes, weekly commitments) and coach_okr.c (the OKR chain); text rules
 * read lexicons (lexicon.c). Who sees which hint is decided here, in the
 * coach_*_hint calls, and nowhere in the rules:
 *
 *   admin    every hint
 *   viewer   hints on what they may see (units, objectives, shared
 *            commitments), none about a person
 *   others   hints on what they may change: their own objectives and
 *            commitments, those of the people and units they lead; hints
 *            about a person go to that person and their unit's leads
 */
#include "core/coach.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "util/sb.h"
#include "util/utf8.h"

/* Every rule, in the order it runs; the order of the output is sorted. */
static const struct coach_rule rules[] = {
	{ "group.outcome.count", "warn", rule_group_outcome_count },
	{ "group.outcome.locked", "info", rule_group_outcome_locked },
	{ "member.outcome.author", "warn", rule_member_outcome_author },
	{ "member.outcome.early_change", "info", rule_member_outcome_early_change },
	{ "member.outcome.habit", "info", rule_member_outcome_habit },
	{ "member.outcome.missing", "info", rule_member_outcome_missing },
	{ "commitment.outcome", "info", rule_commitment_outcome },
	{ "commitment.unlinked", "warn", rule_commitment_unlinked },
	{ "lead.no_commitment", "info", rule_lead_no_commitment },
	{ "okr.count.objectives", "info", rule_okr_count_objectives },
	{ "okr.count.krs", "info", rule_okr_count_krs },
	{ "kr.vague", "warn", rule_kr_vague },
	{ "kr.output", "info", rule_kr_output },
	{ "objective.bau", "info", rule_objective_bau },
	{ "objective.unaligned", "warn", rule_objective_unaligned },
	{ "cascade.depth", "warn", rule_cascade_depth },
	{ "individual.no_development", "info", rule_individual_no_development },
	{ "checkin.stale", "info", rule_checkin_stale },
};

/* The lexicons the rules read, loaded once per call. */
static const char *const lexicon_names[] = { "habit", "outcome_words", "vague", "output", "bau" };

struct coach_lexicon {
	const char *name;
	struct lexicon *lx;
	struct coach_lexicon *next;
};

struct coach_found {
	struct grip_hint hint;
	size_t seq;
};

/* ---- who sees what ---- */

static bool actor_is(const struct coach *cx, enum grip_role role)
{
	return cx->g->actor->role == role;
}

static bool in_scope(const struct coach *cx, int64_t unit_id)
{
	if (!unit_id)
		return cx->scope == 0;
	for (size_t i = 0; i < cx->n_units; i++)
		if (cx->units[i]->id == unit_id)
			return cx->in_scope[i];
	return false;
}

static int found(struct coach *cx, const struct coach_rule *r, const char *entity, int64_t id,
		 int64_t unit_id, const char *message, const char *suggestion)
{
	if (!message || !suggestion)
		return -1; /* coach_say ran out of memory */
	struct coach_found *f = grip_alloc(cx->g, sizeof *f);
	if (!f)
		return -1;
	f->hint = (struct grip_hint){ r->code, r->severity, entity, id, unit_id, message, suggestion };
	f->seq = cx->n_found;
	return push_ptr(cx->g, (void ***)&cx->found, &cx->n_found, &cx->cap_found, f);
}

int coach_unit_hint(struct coach *cx, const struct coach_rule *r, const struct grip_unit *u,
		    const char *message, const char *suggestion)
{
	if (!in_scope(cx, u->id))
		return 0;
	if (!actor_is(cx, GRIP_ROLE_ADMIN) && !actor_is(cx, GRIP_ROLE_VIEWER) &&
	    !grip_is_lead(cx->g, u->id, cx->g->actor->id))
		return 0;
	return found(cx, r, "unit", u->id, u->id, message, suggestion);
}

/* The unit an objective's hint belongs to: its own, else its owner's. */
static int64_t objective_unit(struct coach *cx, const struct grip_objective *o)
{
	bool group = strcmp(o->layer, "member") == 0 || strcmp(o->layer, "group") == 0;
	return o->unit_id ? o->unit_id : coach_person_unit(cx, o->owner_id, group);
}

/* A person's objective (individual, member) concerns its owner and the
 * leads of the unit its hint belongs to; a unit's, those who may change it. */
static bool concerned_with(struct coach *cx, const struct grip_objective *o, int64_t unit)
{
	if (actor_is(cx, GRIP_ROLE_ADMIN))
		return true;
	if (!grip_can_see_objective(cx->g, o))
		return false;
	if (actor_is(cx, GRIP_ROLE_VIEWER))
		return true;
	int64_t me = cx->g->actor->id;
	if (o->owner_id)
		return o->owner_id == me || (unit && grip_is_lead(cx->g, unit, me));
	return grip_require_objective_write(cx->g, o) == 0;
}

int coach_objective_hint(struct coach *cx, const struct coach_rule *r,
			 const struct grip_objective *o, const char *message,
			 const char *suggestion)
{
	int64_t unit = objective_unit(cx, o);
	if (!in_scope(cx, unit) || !concerned_with(cx, o, unit))
		return 0;
	return found(cx, r, "objective", o->id, unit, message, suggestion);
}

int coach_kr_hint(struct coach *cx, const struct coach_rule *r, const struct grip_objective *o,
		  const struct grip_kr *kr, const char *message, const char *suggestion)
{
	int64_t unit = objective_unit(cx, o);
	if (!in_scope(cx, unit) || !concerned_with(cx, o, unit))
		return 0;
	return found(cx, r, "key_result", kr->id, unit, message, suggestion);
}

/* The unit of a commitment's hint: that of the objective it serves, else
 * its person's. */
static int64_t commitment_unit(struct coach *cx, const struct grip_commitment *c)
{
	for (size_t i = 0; c->objective_id && i < cx->n_groups; i++)
		for (size_t j = 0; j < cx->groups[i].n_objs; j++)
			if (cx->groups[i].objs[j]->id == c->objective_id && cx->groups[i].objs[j]->unit_id)
				return cx->groups[i].objs[j]->unit_id;
	for (size_t i = 0; c->objective_id && i < cx->n_cycles; i++)
		for (size_t j = 0; j < cx->cycles[i].n_objs; j++)
			if (cx->cycles[i].objs[j]->id == c->objective_id && cx->cycles[i].objs[j]->unit_id)
				return cx->cycles[i].objs[j]->unit_id;
	return coach_person_unit(cx, c->person_id, true);
}

int coach_commitment_hint(struct coach *cx, const struct coach_rule *r,
			  const struct grip_commitment *c, const char *message,
			  const char *suggestion)
{
	int64_t unit = commitment_unit(cx, c);
	if (!in_scope(cx, unit))
		return 0;
	/* cx->commits holds only what the actor may see (a viewer: shared ones);
	 * of those, a member is concerned with their own and a lead with the
	 * ones of the unit the hint belongs to. */
	int64_t me = cx->g->actor->id;
	if (!actor_is(cx, GRIP_ROLE_ADMIN) && !actor_is(cx, GRIP_ROLE_VIEWER) && c->person_id != me &&
	    !(unit && grip_is_lead(cx->g, unit, me)))
		return 0;
	return found(cx, r, "commitment", c->id, unit, message, suggestion);
}

int coach_person_hint(struct coach *cx, const struct coach_rule *r, int64_t person_id,
		      int64_t unit_id, const char *message, const char *suggestion)
{
	if (!in_scope(cx, unit_id))
		return 0;
	int64_t me = cx->g->actor->id;
	if (!actor_is(cx, GRIP_ROLE_ADMIN) && me != person_id &&
	    !(unit_id && grip_is_lead(cx->g, unit_id, me)))
		return 0;
	return found(cx, r, "person", person_id, unit_id, message, suggestion);
}

/* ---- words ---- */

const char *coach_say(struct coach *cx, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	struct sb sb = SB_INIT;
	sb_vaddf(&sb, fmt, ap);
	va_end(ap);
	char *text = sb.failed ? NULL : grip_strdup(cx->g, sb.buf);
	if (sb.failed)
		grip_fail(cx->g, GRIP_ENOMEM, NULL, "out of memory");
	sb_release(&sb);
	return text;
}

const char *coach_quote(struct coach *cx, const char *text)
{
	if (!text)
		return "\"\"";
	size_t keep = utf8_prefix(text, 60);
	char *q = grip_alloc(cx->g, keep + 8);
	if (!q)
		return "\"\"";
	size_t n = 0;
	q[n++] = '"';
	bool space = false;
	for (size_t i = 0; i < keep; i++) {
		char ch = text[i];
		bool blank = ch == '\n' || ch == '\r' || ch == '\t';
		if (blank && space)
			continue;
		q[n++] = blank ? ' ' : ch;
		space = blank || ch == ' ';
	}
	if (text[keep]) {
		memcpy(q + n, "\xE2\x80\xA6", 3); /* … */
		n += 3;
	}
	q[n++] = '"';
	q[n] = '\0';
	return q;
}

const char *coach_ids(struct coach *cx, const int64_t *ids, size_t n)
{
	struct sb sb = SB_INIT;
	for (size_t i = 0; i < n; i++)
		sb_addf(&sb, "%s%lld", i == 0 ? "" : i + 1 == n ? " and " : ", ", (long long)ids[i]);
	const char *text = sb.failed ? NULL : grip_strdup(cx->g, sb.buf);
	sb_release(&sb);
	return text ? text : "";
}

struct grip_person *coach_person(struct coach *cx, int64_t person_id)
{
	for (size_t i = 0; i < cx->n_people; i++)
		if (cx->people[i]->id == person_id)
			return cx->people[i];
	struct grip_person *p = person_id ? grip_person_get(cx->g, person_id) : NULL;
	if (!p || push_ptr(cx->g, (void ***)&cx->people, &cx->n_people, &cx->cap_people, p) < 0)
		return NULL;
	return p;
}

const char *coach_name(struct coach *cx, int64_t person_id)
{
	struct grip_person *p = coach_person(cx, person_id);
	return p ? p->name : "someone";
}

struct grip_unit *coach_unit(struct coach *cx, int64_t unit_id)
{
	for (size_t i = 0; i < cx->n_units; i++)
		if (cx->units[i]->id == unit_id)
			return cx->units[i];
	return NULL;
}

const char *coach_find(struct coach *cx, const char *lexicon, const char *text)
{
	for (struct coach_lexicon *l = cx->lexicons; l; l = l->next)
		if (strcmp(l->name, lexicon) == 0)
			return text ? lexicon_find(cx->g, l->lx, text) : NULL;
	return NULL;
}

int64_t coach_person_unit(struct coach *cx, int64_t person_id, bool group)
{
	int64_t first = 0;
	for (size_t i = 0; i < cx->n_members; i++) {
		const struct coach_member *m = &cx->members[i];
		if (m->person_id != person_id || !in_scope(cx, m->unit_id))
			continue;
		struct grip_unit *u = coach_unit(cx, m->unit_id);
		bool is_group = u && strcmp(u->kind, "group") == 0;
		if (is_group == group)
			return m->unit_id;
		if (!first && group)
			first = m->unit_id;
	}
	return first;
}

/* ---- loading what the rules read ---- */

/* Marks the units in scope: visible to the actor (grip_unit_list keeps
 * only those), and the unit asked for or below it. */
static int load_units(struct coach *cx)
{
	struct grip *g = cx->g;
	if (grip_unit_list(g, &cx->units, &cx->n_units) < 0)
		return -1;
	if (cx->scope && !coach_unit(cx, cx->scope))
		return grip_fail(g, GRIP_ENOTFOUND, "unit", "no such unit");
	cx->in_scope = arena_calloc(g->arena, cx->n_units + 1, sizeof *cx->in_scope);
	int64_t *ids = arena_calloc(g->arena, cx->n_units + 1, sizeof *ids);
	int64_t *parents = arena_calloc(g->arena, cx->n_units + 1, sizeof *parents);
	size_t all = 0, cap = cx->n_units + 1;
	if (!cx->in_scope || !ids || !parents)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	/* Parents of every unit, seen or not: a unit below a private one is
	 * still below the unit asked for. */
	struct store_stmt *st = store_q(g->store, "SELECT id, parent_id FROM units WHERE org_id = ?",
					V(g->org_id));
	if (!st)
		return STORE_FAIL(g);
	enum store_rc rc;
	while ((rc = store_step(st)) == STORE_ROW) {
		if (all == cap) {
			int64_t *more_ids = arena_calloc(g->arena, cap * 2, sizeof *ids);
			int64_t *more_parents = arena_calloc(g->arena, cap * 2, sizeof *parents);
			if (!more_ids || !more_parents)
				break;
			memcpy(more_ids, ids, all * sizeof *ids);
			memcpy(more_parents, parents, all * sizeof *parents);
			ids = more_ids;
			parents = more_parents;
			cap *= 2;
		}
		ids[all] = store_col_int(st, 0);
		parents[all++] = store_col_int(st, 1);
	}
	store_done(st);
	if (rc != STORE_DONE)
		return rc == STORE_ROW ? grip_fail(g, GRIP_ENOMEM, NULL, "out of memory") : STORE_FAIL(g);
	for (size_t i = 0; i < cx->n_units; i++) {
		int64_t at = cx->units[i]->id;
		for (size_t steps = 0; at && steps <= all && at != cx->scope && cx->scope; steps++) {
			size_t k = 0;
			while (k < all && ids[k] != at)
				k++;
			at = k < all ? parents[k] : 0;
		}
		cx->in_scope[i] = !cx->scope || at == cx->scope;
	}
	return 0;
}

static int load_members(struct coach *cx)
{
	struct grip *g = cx->g;
	const char *today = today_text(g);
	struct store_stmt *st = today ? store_q(g->store,
		"SELECT person_id, unit_id, role FROM memberships WHERE org_id = ? AND joined_on <= ?"
		" AND (left_on IS NULL OR left_on > ?) ORDER BY unit_id, person_id, id",
		V(g->org_id), V(today), V(today)) : NULL;
	if (!st)
		return today ? STORE_FAIL(g) : -1;
	size_t cap = 0;
	enum store_rc rc;
	while ((rc = store_step(st)) == STORE_ROW) {
		if (cx->n_members == cap) {
			size_t ncap = cap ? cap * 2 : 64;
			struct coach_member *more = arena_calloc(g->arena, ncap, sizeof *more);
			if (!more)
				break;
			if (cap)
				memcpy(more, cx->members, cap * sizeof *more);
			cx->members = more;
			cap = ncap;
		}
		const char *role = col_text(g, st, 2);
		if (!role)
			break;
		cx->members[cx->n_members++] = (struct coach_member){ store_col_int(st, 0),
								      store_col_int(st, 1), role };
	}
	store_done(st);
	if (rc == STORE_ROW)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	return rc == STORE_DONE ? 0 : STORE_FAIL(g);
}

static int load_lexicons(struct coach *cx)
{
	if (!(cx->locale = lexicon_locale(cx->g)))
		return -1;
	for (size_t i = 0; i < sizeof lexicon_names / sizeof lexicon_names[0]; i++) {
		struct coach_lexicon *l = grip_alloc(cx->g, sizeof *l);
		if (!l || !(l->lx = lexicon_load(cx->g, cx->locale, lexicon_names[i])))
			return -1;
		l->name = lexicon_names[i];
		l->next = cx->lexicons;
		cx->lexicons = l;
	}
	return 0;
}

/* The programme of a group the coach looks at: the one running today
 * (the latest to start, if several), else the latest in planning. */
static struct grip_cycle *programme_of(struct grip_cycle **cs, size_t n, int64_t group)
{
	struct grip_cycle *active = NULL, *planning = NULL;
	for (size_t i = 0; i < n; i++) {
		struct grip_cycle *c = cs[i];
		if (strcmp(c->kind, "programme") != 0 || c->unit_id != group)
			continue;
		/* cs is in order of starts_on: a later one wins. */
		if (strcmp(c->status, "active") == 0)
			active = c;
		else if (strcmp(c->status, "planning") == 0)
			planning = c;
	}
	return active ? active : planning;
}

static int load_cycles(struct coach *cx)
{
	struct grip *g = cx->g;
	struct grip_cycle **cs;
	size_t n;
	if (grip_cycle_list(g, &cs, &n) < 0)
		return -1;
	cx->groups = arena_calloc(g->arena, cx->n_units + 1, sizeof *cx->groups);
	cx->cycles = arena_calloc(g->arena, n + 1, sizeof *cx->cycles);
	if (!cx->groups || !cx->cycles)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	for (size_t i = 0; i < cx->n_units; i++) {
		struct grip_unit *u = cx->units[i];
		struct grip_cycle *p = cx->in_scope[i] && strcmp(u->kind, "group") == 0
					       ? programme_of(cs, n, u->id) : NULL;
		if (!p)
			continue;
		struct coach_group *gr = &cx->groups[cx->n_groups++];
		gr->unit = u;
		gr->programme = p;
		gr->week = grip_cycle_week_number(p, cx->today);
		gr->halfway = p->weeks / 2 + 1;
		if (coach_group_load(cx, gr) < 0)
			return -1;
	}
	bool earlier = false; /* an OKR cycle started before the one at hand */
	for (size_t i = 0; i < n; i++) {
		if (strcmp(cs[i]->kind, "programme") == 0)
			continue;
		bool first = !earlier;
		earlier = true;
		if (strcmp(cs[i]->status, "closed") == 0)
			continue;
		struct coach_cycle *cc = &cx->cycles[cx->n_cycles++];
		cc->cycle = cs[i];
		cc->first = first;
		if (objectives_of_cycle(g, cs[i]->id, &cc->objs, &cc->n_objs) < 0 ||
		    objectives_figures(g, cc->objs, cc->n_objs, NULL) < 0)
			return -1;
	}
	return 0;
}

static int load_commitments(struct coach *cx)
{
	struct grip_commitment **now, **last;
	size_t n_now, n_last;
	if (grip_commit_list(cx->g, NULL, cx->this_week, &now, &n_now) < 0 ||
	    grip_commit_list(cx->g, NULL, cx->last_week, &last, &n_last) < 0)
		return -1;
	cx->commits = arena_calloc(cx->g->arena, n_now + n_last + 1, sizeof *cx->commits);
	if (!cx->commits)
		return grip_fail(cx->g, GRIP_ENOMEM, NULL, "out of memory");
	if (n_last)
		memcpy(cx->commits, last, n_last * sizeof *last);
	if (n_now)
		memcpy(cx->commits + n_last, now, n_now * sizeof *now);
	cx->n_commits = n_now + n_last;
	return 0;
}

/* ---- the call ---- */

static int by_order(const void *a, const void *b)
{
	const struct coach_found *x = *(const struct coach_found *const *)a;
	const struct coach_found *y = *(const struct coach_found *const *)b;
	if (x->hint.unit_id != y->hint.unit_id)
		return x->hint.unit_id < y->hint.unit_id ? -1 : 1;
	bool xw = strcmp(x->hint.severity, "warn") == 0, yw = strcmp(y->hint.severity, "warn") == 0;
	if (xw != yw)
		return xw ? -1 : 1;
	int c = strcmp(x->hint.code, y->hint.code);
	if (c)
		return c;
	if (x->hint.entity_id != y->hint.entity_id)
		return x->hint.entity_id < y->hint.entity_id ? -1 : 1;
	return (x->seq > y->seq) - (x->seq < y->seq);
}

int grip_coach(struct grip *g, int64_t unit_id, struct grip_hint ***out, size_t *n)
{
	*out = NULL;
	*n = 0;
	if (!g->actor)
		return grip_fail(g, GRIP_EPERM, NULL, "no acting person");
	struct coach cx = { .g = g, .scope = unit_id, .today = grip_today(g) };
	week_format(week_of(cx.today), cx.this_week);
	week_format(week_of(cx.today - 7), cx.last_week);
	if (load_units(&cx) < 0 || load_members(&cx) < 0 || load_lexicons(&cx) < 0 ||
	    load_cycles(&cx) < 0 || load_commitments(&cx) < 0)
		return -1;
	for (size_t i = 0; i < sizeof rules / sizeof rules[0]; i++)
		if (rules[i].run(&cx, &rules[i]) < 0)
			return -1;
	if (cx.n_found)
		qsort(cx.found, cx.n_found, sizeof *cx.found, by_order);
	struct grip_hint **hints = arena_calloc(g->arena, cx.n_found + 1, sizeof *hints);
	if (!hints)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	for (size_t i = 0; i < cx.n_found; i++)
		hints[i] = &cx.found[i]->hint;
	/* The permission checks above leave their refusals behind: none is an
	 * error of this call. */
	memset(&g->err, 0, sizeof g->err);
	*out = hints;
	*n = cx.n_found;
	return 0;
}

json_t *grip_hint_json(const struct grip_hint *h)
{
	return json_pack("{ss ss ss sI so ss ss}", "code", h->code, "severity", h->severity, "entity",
			 h->entity, "entity_id", (json_int_t)h->entity_id, "unit_id",
			 grip_json_id(h->unit_id), "message", h->message, "suggestion", h->suggestion);
}
