/*
 * coach_group.c — the coach's rules for the group chain of PRODUCT.md §2:
 * group outcome -> member outcome -> weekly commitment. Each group is seen
 * through one programme (coach.c picks it: the one running, else the next
 * in planning); the weeks of a programme count from its first day, and its
 * half-way review is week weeks / 2 + 1 (cycle.c).
 *
 * The rules report; coach.c decides who sees what.
 */
#include "core/coach.h"

#include <string.h>

static bool is_outcome(const struct grip_objective *o, const struct coach_group *gr,
		       enum grip_layer layer)
{
	return o->layer == layer && o->unit_id == gr->unit->id &&
	       o->status != GRIP_OBJECTIVE_DROPPED;
}

/* Do two history records of an objective differ in a text field? */
static bool differs(json_t *before, json_t *after, const char *key)
{
	json_t *x = before ? json_object_get(before, key) : NULL;
	json_t *y = after ? json_object_get(after, key) : NULL;
	const char *a = json_is_string(x) ? json_string_value(x) : NULL;
	const char *b = json_is_string(y) ? json_string_value(y) : NULL;
	return a && b ? strcmp(a, b) != 0 : a != b;
}

/* The programme's objectives with their figures, and the edits of their
 * title or why, oldest first. */
int coach_group_load(struct coach *cx, struct coach_group *gr)
{
	struct grip *g = cx->g;
	if (objectives_of_cycle(g, gr->programme->id, &gr->objs, &gr->n_objs) < 0 ||
	    objectives_figures(g, gr->objs, gr->n_objs, NULL) < 0)
		return -1;
	struct store_stmt *st = store_q(g->store,
		"SELECT e.entity_id, e.at, e.before_json, e.after_json, e.reason FROM events e"
		" JOIN objectives o ON o.id = e.entity_id WHERE e.org_id = ? AND e.entity = 'objective'"
		" AND e.action = 'update' AND o.cycle_id = ? ORDER BY e.id",
		V(g->org_id), V(gr->programme->id));
	if (!st)
		return STORE_FAIL(g);
	size_t cap = 0;
	enum store_rc rc;
	while ((rc = store_step(st)) == STORE_ROW) {
		const char *b = store_col_text(st, 2), *a = store_col_text(st, 3);
		json_t *before = b ? json_loads(b, 0, NULL) : NULL;
		json_t *after = a ? json_loads(a, 0, NULL) : NULL;
		bool content = differs(before, after, "title") || differs(before, after, "why");
		json_decref(before);
		json_decref(after);
		if (!content)
			continue;
		if (gr->n_changes == cap) {
			size_t ncap = cap ? cap * 2 : 8;
			struct coach_change *more = arena_calloc(g->arena, ncap, sizeof *more);
			if (!more)
				break;
			if (cap)
				memcpy(more, gr->changes, cap * sizeof *more);
			gr->changes = more;
			cap = ncap;
		}
		struct coach_change *ch = &gr->changes[gr->n_changes];
		ch->objective_id = store_col_int(st, 0);
		ch->at = col_text(g, st, 1);
		ch->reason = col_text(g, st, 4);
		if (!ch->at)
			break;
		gr->n_changes++;
	}
	store_done(st);
	if (rc == STORE_ROW)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	return rc == STORE_DONE ? 0 : STORE_FAIL(g);
}

static const char *reason_words(struct coach *cx, const char *reason)
{
	return reason && *reason ? coach_say(cx, "reason given: %s", coach_quote(cx, reason))
				 : "no reason was recorded";
}

/* The org's day of the stored time at. */
static int32_t day_of(struct grip *g, const char *at)
{
	int64_t t = 0;
	return datetime_parse(at, &t) ? grip_day_of(g, t) : 0;
}

int rule_group_outcome_count(struct coach *cx, const struct coach_rule *r)
{
	for (size_t i = 0; i < cx->n_groups; i++) {
		struct coach_group *gr = &cx->groups[i];
		int64_t *ids = arena_calloc(cx->g->arena, gr->n_objs + 1, sizeof *ids);
		size_t k = 0;
		if (!ids)
			return grip_fail(cx->g, GRIP_ENOMEM, NULL, "out of memory");
		for (size_t j = 0; j < gr->n_objs; j++)
			if (is_outcome(gr->objs[j], gr, GRIP_LAYER_GROUP))
				ids[k++] = gr->objs[j]->id;
		if (k > 1 && coach_unit_hint(cx, r, gr->unit,
			coach_say(cx, "%s has %zu group outcomes in %s: objectives %s",
				  coach_quote(cx, gr->unit->name), k, coach_quote(cx, gr->programme->name),
				  coach_ids(cx, ids, k)),
			"Keep one group outcome and fold the others into it, or drop them: two split"
			" the group's attention; three is paralysis.") < 0)
			return -1;
	}
	return 0;
}

int rule_group_outcome_locked(struct coach *cx, const struct coach_rule *r)
{
	for (size_t i = 0; i < cx->n_groups; i++) {
		struct coach_group *gr = &cx->groups[i];
		const struct grip_cycle *p = gr->programme;
		if (p->status == GRIP_CYCLE_PLANNING)
			continue;
		/* Running from its first day, or from the day it was opened early. */
		const char *from = p->opened_on && strcmp(p->opened_on, p->starts_on) < 0 ? p->opened_on
											  : p->starts_on;
		for (size_t j = 0; j < gr->n_objs; j++) {
			const struct grip_objective *o = gr->objs[j];
			if (!is_outcome(o, gr, GRIP_LAYER_GROUP))
				continue;
			const struct coach_change *last = NULL;
			size_t times = 0;
			for (size_t k = 0; k < gr->n_changes; k++) {
				const struct coach_change *ch = &gr->changes[k];
				if (ch->objective_id == o->id && strncmp(ch->at, from, 10) >= 0 &&
				    (!p->closed_at || strcmp(ch->at, p->closed_at) < 0)) {
					last = ch;
					times++;
				}
			}
			if (!last)
				continue;
			const char *when = times == 1
				? coach_say(cx, "was changed on %.10s", last->at)
				: coach_say(cx, "was changed %zu times, last on %.10s", times, last->at);
			if (coach_objective_hint(cx, r, o,
				coach_say(cx, "group outcome %lld %s %s while its programme was running; %s",
					  (long long)o->id, coach_quote(cx, o->title), when,
					  reason_words(cx, last->reason)),
				"A group outcome is locked once its programme runs: only an admin changes it,"
				" with a reason. Tell the group what changed and why.") < 0)
				return -1;
		}
	}
	return 0;
}

/* Runs one check on every member's outcome of every group read. */
typedef int (*outcome_check)(struct coach *cx, const struct coach_rule *r, const struct coach_group *gr,
			     const struct grip_objective *o);

static int each_member_outcome(struct coach *cx, const struct coach_rule *r, outcome_check check)
{
	for (size_t i = 0; i < cx->n_groups; i++) {
		const struct coach_group *gr = &cx->groups[i];
		for (size_t j = 0; j < gr->n_objs; j++)
			if (is_outcome(gr->objs[j], gr, GRIP_LAYER_MEMBER) && check(cx, r, gr, gr->objs[j]) < 0)
				return -1;
	}
	return 0;
}

static int author_check(struct coach *cx, const struct coach_rule *r, const struct coach_group *gr,
			const struct grip_objective *o)
{
	(void)gr;
	if (!o->author_id || o->author_id == o->owner_id)
		return 0;
	const char *owner = coach_name(cx, o->owner_id);
	return coach_objective_hint(cx, r, o,
		coach_say(cx, "member outcome %lld %s of %s was written by %s", (long long)o->id,
			  coach_quote(cx, o->title), owner, coach_name(cx, o->author_id)),
		coach_say(cx, "Ask %s to put it in their own words: an outcome a member"
			  " writes is one they own.", owner));
}

int rule_member_outcome_author(struct coach *cx, const struct coach_rule *r)
{
	return each_member_outcome(cx, r, author_check);
}

static int early_change_check(struct coach *cx, const struct coach_rule *r, const struct coach_group *gr,
			      const struct grip_objective *o)
{
	const struct coach_change *last = NULL;
	size_t times = 0;
	int last_week = 0;
	for (size_t k = 0; k < gr->n_changes; k++) {
		const struct coach_change *ch = &gr->changes[k];
		int week = grip_cycle_week_number(gr->programme, day_of(cx->g, ch->at));
		if (ch->objective_id == o->id && week >= 2 && week < gr->halfway) {
			last = ch;
			last_week = week;
			times++;
		}
	}
	if (!last)
		return 0;
	const char *when = times == 1
		? coach_say(cx, "was rewritten in week %d (%.10s)", last_week, last->at)
		: coach_say(cx, "was rewritten %zu times, last in week %d (%.10s)", times, last_week, last->at);
	return coach_objective_hint(cx, r, o,
		coach_say(cx, "member outcome %lld %s %s, before the half-way review in week %d; %s",
			  (long long)o->id, coach_quote(cx, o->title), when, gr->halfway,
			  reason_words(cx, last->reason)),
		"Let an outcome settle until the half-way review; when it must change"
		" sooner, talk it through with the lead and keep the reason.");
}

int rule_member_outcome_early_change(struct coach *cx, const struct coach_rule *r)
{
	return each_member_outcome(cx, r, early_change_check);
}

static int habit_check(struct coach *cx, const struct coach_rule *r, const struct coach_group *gr,
		       const struct grip_objective *o)
{
	(void)gr;
	const char *habit = coach_find(cx, "member.outcome.habit", o->title);
	if (!habit)
		habit = coach_find(cx, "member.outcome.habit", o->why);
	if (!habit)
		return 0;
	const char *vars[] = { "id", coach_say(cx, "%lld", (long long)o->id),
			       "title", coach_quote(cx, o->title),
			       "words", coach_quote(cx, habit), NULL };
	cx->words = habit;
	int rc = coach_objective_hint(cx, r, o, coach_words(cx, r->code, "message", vars),
				      coach_words(cx, r->code, "suggestion", NULL));
	cx->words = NULL;
	return rc;
}

int rule_member_outcome_habit(struct coach *cx, const struct coach_rule *r)
{
	return each_member_outcome(cx, r, habit_check);
}

int rule_member_outcome_missing(struct coach *cx, const struct coach_rule *r)
{
	for (size_t i = 0; i < cx->n_groups; i++) {
		struct coach_group *gr = &cx->groups[i];
		if (!grip_cycle_running(gr->programme) || gr->week < 2)
			continue;
		for (size_t m = 0; m < cx->n_members; m++) {
			const struct coach_member *cm = &cx->members[m];
			if (cm->unit_id != gr->unit->id || cm->role != GRIP_MEMBER_MEMBER)
				continue;
			bool has = false;
			for (size_t j = 0; j < gr->n_objs && !has; j++)
				has = is_outcome(gr->objs[j], gr, GRIP_LAYER_MEMBER) &&
				      gr->objs[j]->owner_id == cm->person_id;
			if (!has && coach_person_hint(cx, r, cm->person_id, gr->unit->id,
				coach_say(cx, "%s has no outcome yet in %s, now in week %d",
					  coach_name(cx, cm->person_id), coach_quote(cx, gr->programme->name),
					  gr->week),
				"A gentle prompt, not a failure: ask what they want to be different by the"
				" end, and let them write it in their own words.") < 0)
				return -1;
		}
	}
	return 0;
}

int rule_commitment_outcome(struct coach *cx, const struct coach_rule *r)
{
	for (size_t i = 0; i < cx->n_commits; i++) {
		const struct grip_commitment *c = cx->commits[i];
		const char *outcome = coach_find(cx, "commitment.outcome", c->text);
		if (!outcome)
			continue;
		const char *vars[] = { "id", coach_say(cx, "%lld", (long long)c->id),
				       "person", coach_name(cx, c->person_id), "week", c->week,
				       "title", coach_quote(cx, c->text),
				       "words", coach_quote(cx, outcome), NULL };
		cx->words = outcome;
		int rc = coach_commitment_hint(cx, r, c, coach_words(cx, r->code, "message", vars),
					       coach_words(cx, r->code, "suggestion", NULL));
		cx->words = NULL;
		if (rc < 0)
			return -1;
	}
	return 0;
}

int rule_commitment_unlinked(struct coach *cx, const struct coach_rule *r)
{
	for (size_t i = 0; i < cx->n_commits; i++) {
		const struct grip_commitment *c = cx->commits[i];
		if (!c->objective_id && coach_commitment_hint(cx, r, c,
			coach_say(cx, "commitment %lld of %s for %s, %s, is linked to no objective: the"
				  " chain is broken", (long long)c->id, coach_name(cx, c->person_id), c->week,
				  coach_quote(cx, c->text)),
			"Link it to the outcome or objective it serves; if it serves none, ask whether it"
			" belongs in this week.") < 0)
			return -1;
	}
	return 0;
}

/* Does the person have a commitment for the week, seen or not? */
static int has_commitment(struct coach *cx, int64_t person_id, bool *has)
{
	int64_t count = 0;
	if (store_x(cx->g->store, &count,
		    "SELECT COUNT(*) FROM commitments WHERE org_id = ? AND person_id = ? AND week = ?",
		    V(cx->g->org_id), V(person_id), V(cx->this_week)) != STORE_OK)
		return STORE_FAIL(cx->g);
	*has = count > 0;
	return 0;
}

int rule_lead_no_commitment(struct coach *cx, const struct coach_rule *r)
{
	for (size_t i = 0; i < cx->n_groups; i++) {
		struct coach_group *gr = &cx->groups[i];
		if (!grip_cycle_running(gr->programme))
			continue;
		/* The unit's lead, and its lead members, each once. */
		int64_t leads[16];
		size_t n = 0;
		if (gr->unit->lead_id)
			leads[n++] = gr->unit->lead_id;
		for (size_t m = 0; m < cx->n_members && n < 16; m++) {
			const struct coach_member *cm = &cx->members[m];
			bool seen = false;
			for (size_t k = 0; k < n; k++)
				seen |= leads[k] == cm->person_id;
			if (cm->unit_id == gr->unit->id && cm->role == GRIP_MEMBER_LEAD && !seen)
				leads[n++] = cm->person_id;
		}
		for (size_t k = 0; k < n; k++) {
			struct grip_person *p = coach_person(cx, leads[k]);
			bool has = false;
			if (!p || !p->active)
				continue;
			if (has_commitment(cx, p->id, &has) < 0)
				return -1;
			if (!has && coach_person_hint(cx, r, p->id, gr->unit->id,
				coach_say(cx, "%s, lead of %s, has no commitment for %s", p->name,
					  coach_quote(cx, gr->unit->name), cx->this_week),
				"Write one too: a lead who keeps a weekly commitment of their own shows the"
				" group how it is done.") < 0)
				return -1;
		}
	}
	return 0;
}
