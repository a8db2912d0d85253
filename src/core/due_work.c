/*
 * due_work.c — the decisions that wait on a person (docs/model.md, "What
 * is due"):
 *
 *   score.due           an objective of a cycle in scoring (not a
 *                       programme) with a key result that lacks the score
 *                       the actor gives: the self score where the
 *                       objective is theirs to check in on (their own, or
 *                       a unit's they belong to or lead) and the key
 *                       result is not someone else's; the lead's score
 *                       where they lead its unit or its owner directly (a
 *                       lead above it, or an admin, may score it, but that
 *                       power is not a duty). One item
 *                       per objective; once per cycle; link the scoring
 *                       page of the unit or the owner.
 *   approval.waiting    each item of the actor's approvals queue
 *                       (approval.c); once per version of the objective,
 *                       so a proposal returned and proposed again is new.
 *   objective.returned  each objective of the actor's returned with a
 *                       comment and still in draft (approval.c); once per
 *                       return (period: the time of the return).
 */
#include "core/due.h"

#include <stdio.h>
#include <string.h>

#include "util/date.h"

/* Percent-encodes text for a query value, into the arena. */
static const char *query_value(struct grip *g, const char *text)
{
	size_t len = strlen(text);
	char *out = grip_alloc(g, 3 * len + 1), *p = out;
	if (!out)
		return NULL;
	for (const unsigned char *s = (const unsigned char *)text; *s; s++) {
		if ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') ||
		    strchr("-._~", *s)) {
			*p++ = (char)*s;
		} else {
			snprintf(p, 4, "%%%02X", *s);
			p += 3;
		}
	}
	*p = '\0';
	return out;
}

/* The scoring page of o's unit, or of its owner. */
static const char *scoring_link(struct grip *g, const struct grip_objective *o)
{
	const char *cycle = query_value(g, o->cycle_name ? o->cycle_name : "");
	bool by_unit = o->unit_name && !o->owner_email;
	const char *who = query_value(g, by_unit ? o->unit_name : o->owner_email ? o->owner_email : "");
	if (!cycle || !who)
		return NULL;
	return arena_printf(g->arena, "/scoring?cycle=%s&%s=%s", cycle, by_unit ? "unit" : "person", who);
}

/* Which scores kr lacks: self and lead (true: given). */
static int kr_scored(struct grip *g, int64_t kr_id, bool *self, bool *lead)
{
	*self = *lead = false;
	struct store_stmt *st = store_q(g->store,
		"SELECT self_tenths IS NOT NULL, lead_tenths IS NOT NULL FROM scores WHERE key_result_id = ?",
		V(kr_id));
	if (!st)
		return STORE_FAIL(g);
	enum store_rc rc = store_step(st);
	if (rc == STORE_ROW) {
		*self = store_col_int(st, 0) != 0;
		*lead = store_col_int(st, 1) != 0;
	}
	store_done(st);
	return rc == STORE_ROW || rc == STORE_DONE ? 0 : STORE_FAIL(g);
}

/* Does the actor lead unit_id itself (its lead, or a member as lead)? */
static bool leads_unit(struct grip *g, int64_t unit_id)
{
	int64_t n = 0;
	const char *today = today_text(g);
	return today && store_x(g->store, &n,
		"SELECT COUNT(*) FROM units u WHERE u.id = ? AND (u.lead_id = ? OR EXISTS (SELECT 1 FROM memberships m"
		" WHERE m.unit_id = u.id AND m.person_id = ? AND m.role = 'lead' AND (m.left_on IS NULL OR m.left_on > ?)))",
		V(unit_id), V(g->actor->id), V(g->actor->id), V(today)) == STORE_OK && n > 0;
}

/* Does the actor lead a unit (not private) that person_id is in now? */
static bool leads_member(struct grip *g, int64_t person_id)
{
	int64_t n = 0;
	const char *today = today_text(g);
	return today && store_x(g->store, &n,
		"SELECT COUNT(*) FROM memberships m JOIN units u ON u.id = m.unit_id WHERE m.person_id = ?"
		" AND (m.left_on IS NULL OR m.left_on > ?) AND u.visibility <> 'private' AND (u.lead_id = ? OR EXISTS"
		" (SELECT 1 FROM memberships l WHERE l.unit_id = u.id AND l.person_id = ? AND l.role = 'lead'"
		" AND (l.left_on IS NULL OR l.left_on > ?)))",
		V(person_id), V(today), V(g->actor->id), V(g->actor->id), V(today)) == STORE_OK && n > 0;
}

/* Is o the actor's to check in on: their own, or a unit's they are in or lead? */
static bool checks_in_on(struct grip *g, const struct grip_objective *o)
{
	if (o->owner_id)
		return o->owner_id == g->actor->id;
	return o->unit_id && (grip_is_member(g, o->unit_id, g->actor->id) || leads_unit(g, o->unit_id));
}

/* Does the actor lead o's unit or its owner directly? (A lead above, or
 * an admin, may score it too, but is not asked to.) */
static bool leads_objective(struct grip *g, const struct grip_objective *o)
{
	if (o->owner_id == g->actor->id)
		return false;
	return (o->unit_id && leads_unit(g, o->unit_id)) ||
	       (o->owner_id && !objective_in_private_unit(g, o) && leads_member(g, o->owner_id));
}

/* Does o wait for a score from the actor? */
static int owes_score(struct grip *g, const struct grip_objective *o, bool *owes)
{
	*owes = false;
	bool mine = checks_in_on(g, o), lead = leads_objective(g, o) && grip_may_score_lead(g, o, NULL);
	for (size_t k = 0; k < o->n_krs && !*owes; k++) {
		const struct grip_kr *kr = &o->krs[k];
		bool self_given, lead_given;
		if (kr_scored(g, kr->id, &self_given, &lead_given) < 0)
			return -1;
		bool self = mine && (!kr->owner_id || kr->owner_id == g->actor->id) && grip_may_score_self(g, o, kr, NULL);
		*owes = (self && !self_given) || (lead && !lead_given);
	}
	return 0;
}

int due_scores(struct grip *g, struct due_list *l)
{
	struct grip_cycle **cs;
	size_t nc;
	if (grip_cycle_list(g, &cs, &nc) < 0)
		return -1;
	for (size_t c = 0; c < nc; c++) {
		if (cs[c]->status != GRIP_CYCLE_SCORING || cs[c]->kind == GRIP_CYCLE_PROGRAMME)
			continue;
		int32_t since = l->today;
		if (cs[c]->scoring_on)
			date_parse(cs[c]->scoring_on, &since);
		else if (date_parse(cs[c]->ends_on, &since) && since > l->today)
			since = l->today;
		struct grip_objective_filter f = { .cycle_name = cs[c]->name };
		struct grip_objective **os;
		size_t n;
		if (grip_objective_list(g, &f, &os, &n) < 0)
			return -1;
		for (size_t i = 0; i < n; i++) {
			bool owes;
			if (owes_score(g, os[i], &owes) < 0)
				return -1;
			if (owes && due_push(g, l, "score.due", os[i]->id, os[i]->title, scoring_link(g, os[i]),
					     cs[c]->name, since) < 0)
				return -1;
		}
	}
	return 0;
}

/* The day of stored time text, by the org's clock (fallback when unreadable). */
static int32_t day_of(struct grip *g, const char *at, int32_t fallback)
{
	int64_t t;
	return at && datetime_parse(at, &t) ? grip_day_of(g, t) : fallback;
}

int due_approvals(struct grip *g, struct due_list *l)
{
	struct grip_approval **as;
	size_t n;
	if (grip_approvals(g, &as, &n) < 0)
		return -1;
	for (size_t i = 0; i < n; i++) {
		const struct grip_objective *o = as[i]->objective;
		char period[24];
		snprintf(period, sizeof period, "v%d", o->version);
		if (due_push(g, l, "approval.waiting", o->id, o->title, "/approvals", period,
			     day_of(g, o->updated_at, l->today)) < 0)
			return -1;
	}
	if (grip_returned_mine(g, &as, &n) < 0)
		return -1;
	for (size_t i = 0; i < n; i++) {
		const struct grip_objective *o = as[i]->objective;
		const char *at = as[i]->last ? as[i]->last->at : o->updated_at;
		if (due_push(g, l, "objective.returned", o->id, o->title, due_objective_link(g, o->id, ""),
			     at ? at : "", day_of(g, at, l->today)) < 0)
			return -1;
	}
	return 0;
}
