/*
 * coach.c — the coach of PRODUCT.md §4: reviews what people wrote and says
 * in plain words what to change. One call (grip_coach) loads what the rules
 * read for the units asked (coach_load.c), runs the table of rules below in
 * order, keeps each finding the actor may see and is concerned with, and
 * sorts them.
 *
 * The rules live in coach_group.c (the group chain: group outcome, member
 * outcomes, weekly commitments) and coach_okr.c (the OKR chain); text rules
 * ask the reader (reader.c). Who sees which hint is decided here, in the
 * coach_*_hint calls, and nowhere in the rules:
 *
 *   admin    every hint
 *   viewer   hints on what they may see (units, objectives, shared
 *            commitments), none about a person
 *   others   hints on their own objectives, commitments and person, on
 *            the unit objectives they may change (their team's), and on
 *            what is filed under a unit they lead
 */
#include "core/coach.h"

#include <stdarg.h>
#include <stdio.h>
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
	{ "score.calibration", "warn", rule_score_calibration },
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

bool coach_in_scope(const struct coach *cx, int64_t unit_id)
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
	f->hint = (struct grip_hint){ r->code,	  r->severity, entity,	   id,
				      unit_id,	  message,     suggestion, cx->words };
	f->seq = cx->n_found;
	return push_ptr(cx->g, (void ***)&cx->found, &cx->n_found, &cx->cap_found, f);
}

int coach_text_hint(struct coach *cx, const struct coach_rule *r, const char *entity,
		    const char *message, const char *suggestion)
{
	return found(cx, r, entity, 0, 0, message, suggestion);
}

void coach_keep(struct coach *cx, bool (*keep)(const struct grip_hint *h, const void *ctx),
		const void *ctx)
{
	size_t kept = 0;
	for (size_t i = 0; i < cx->n_found; i++)
		if (keep(&cx->found[i]->hint, ctx))
			cx->found[kept++] = cx->found[i];
	cx->n_found = kept;
}

int coach_unit_hint(struct coach *cx, const struct coach_rule *r, const struct grip_unit *u,
		    const char *message, const char *suggestion)
{
	if (!coach_in_scope(cx, u->id))
		return 0;
	if (!actor_is(cx, GRIP_ROLE_ADMIN) && !actor_is(cx, GRIP_ROLE_VIEWER) &&
	    !grip_is_lead(cx->g, u->id, cx->g->actor->id))
		return 0;
	return found(cx, r, "unit", u->id, u->id, message, suggestion);
}

/* The unit an objective's hint belongs to: its own, else its owner's. */
static int64_t objective_unit(struct coach *cx, const struct grip_objective *o)
{
	bool group = o->layer == GRIP_LAYER_MEMBER || o->layer == GRIP_LAYER_GROUP;
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
	if (!coach_in_scope(cx, unit) || !concerned_with(cx, o, unit))
		return 0;
	return found(cx, r, "objective", o->id, unit, message, suggestion);
}

int coach_kr_hint(struct coach *cx, const struct coach_rule *r, const struct grip_objective *o,
		  const struct grip_kr *kr, const char *message, const char *suggestion)
{
	int64_t unit = objective_unit(cx, o);
	if (!coach_in_scope(cx, unit) || !concerned_with(cx, o, unit))
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
	if (!coach_in_scope(cx, unit))
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
	if (!coach_in_scope(cx, unit_id))
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

const char *coach_words(struct coach *cx, const char *code, const char *part,
			const char *const *vars)
{
	char key[80];
	snprintf(key, sizeof key, "%s.%s", code, part);
	if (!cx->hint_words && !(cx->hint_words = grip_messages_load_file(cx->g, cx->locale, "hints")))
		return NULL;
	/* Words that are the whole title say nothing the title does not:
	 * the message's ".whole" form leaves them out. */
	const char *title = NULL, *words = NULL;
	for (size_t i = 0; vars && vars[i]; i += 2) {
		if (strcmp(vars[i], "title") == 0)
			title = vars[i + 1];
		else if (strcmp(vars[i], "words") == 0)
			words = vars[i + 1];
	}
	if (title && words && strcmp(title, words) == 0)
		return grip_message_variant(cx->g, cx->hint_words, key, "whole", vars);
	return grip_message(cx->g, cx->hint_words, key, vars);
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

const char *coach_find(struct coach *cx, const char *code, const char *text)
{
	return coach_reader_fires(cx->g, cx->reader, code, text);
}

int64_t coach_person_unit(struct coach *cx, int64_t person_id, bool group)
{
	int64_t first = 0;
	for (size_t i = 0; i < cx->n_members; i++) {
		const struct coach_member *m = &cx->members[i];
		if (m->person_id != person_id || !coach_in_scope(cx, m->unit_id))
			continue;
		struct grip_unit *u = coach_unit(cx, m->unit_id);
		bool is_group = u && u->kind == GRIP_UNIT_GROUP;
		if (is_group == group)
			return m->unit_id;
		if (!first && group)
			first = m->unit_id;
	}
	return first;
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

const struct coach_rule *coach_rule_named(const char *code)
{
	for (size_t i = 0; i < sizeof rules / sizeof rules[0]; i++)
		if (strcmp(rules[i].code, code) == 0)
			return &rules[i];
	return NULL;
}

int coach_run(struct coach *cx, const char *code)
{
	const struct coach_rule *r = coach_rule_named(code);
	return r ? r->run(cx, r) : grip_fail(cx->g, GRIP_EINVAL, "code", "no rule %s", code);
}

int coach_weeks(struct coach *cx)
{
	struct grip_week tw, lw; /* the org's weeks, by their ISO names */
	if (grip_org_week(cx->g, cx->today, &tw) < 0 || grip_org_week(cx->g, cx->today - 7, &lw) < 0)
		return -1;
	snprintf(cx->this_week, sizeof cx->this_week, "%s", tw.iso);
	snprintf(cx->last_week, sizeof cx->last_week, "%s", lw.iso);
	return 0;
}

int coach_hints(struct coach *cx, long failed, struct grip_hint ***out, size_t *n)
{
	struct grip *g = cx->g;
	/* A check that ran out of memory answers "no" rather than failing:
	 * hints may be missing, so the call fails as a whole. */
	if (g->arena->failed != failed)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	if (cx->n_found)
		qsort(cx->found, cx->n_found, sizeof *cx->found, by_order);
	struct grip_hint **hints = arena_calloc(g->arena, cx->n_found + 1, sizeof *hints);
	if (!hints)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	for (size_t i = 0; i < cx->n_found; i++)
		hints[i] = &cx->found[i]->hint;
	/* The permission checks above leave their refusals behind: none is an
	 * error of this call. */
	memset(&g->err, 0, sizeof g->err);
	*out = hints;
	*n = cx->n_found;
	return 0;
}

int grip_coach(struct grip *g, int64_t unit_id, struct grip_hint ***out, size_t *n)
{
	*out = NULL;
	*n = 0;
	if (!g->actor)
		return grip_fail(g, GRIP_EPERM, NULL, "no acting person");
	struct coach cx = { .g = g, .scope = unit_id, .today = grip_today(g) };
	if (coach_weeks(&cx) < 0)
		return -1;
	long failed = g->arena->failed;
	if (coach_load(&cx) < 0)
		return -1;
	for (size_t i = 0; i < sizeof rules / sizeof rules[0]; i++)
		if (rules[i].run(&cx, &rules[i]) < 0)
			return -1;
	return coach_hints(&cx, failed, out, n);
}

json_t *grip_hint_json(const struct grip_hint *h)
{
	return json_pack("{ss ss ss so so ss ss so}", "code", h->code, "severity", h->severity,
			 "entity", h->entity, "entity_id", grip_json_id(h->entity_id), "unit_id",
			 grip_json_id(h->unit_id), "message", h->message, "suggestion", h->suggestion,
			 "words", h->words ? json_string(h->words) : json_null());
}
