/*
 * coach_okr.c — the coach's rules for the OKR chain of PRODUCT.md §2:
 * strategic -> team -> individual objectives and their key results, in
 * every cycle of OKRs that is not closed (coach.c loads them with their
 * figures). Counts, text rules (kr.vague, kr.output, objective.bau), alignment,
 * cascade depth, development objectives and check-ins.
 *
 * The rules report; coach.c decides who sees what.
 */
#include "core/coach.h"

#include <string.h>

/* Objectives of the OKR chain that still count: not dropped. */
static bool counts(const struct grip_objective *o)
{
	return o->status != GRIP_OBJECTIVE_DROPPED &&
	       (o->layer == GRIP_LAYER_STRATEGIC || o->layer == GRIP_LAYER_TEAM ||
		o->layer == GRIP_LAYER_INDIVIDUAL);
}

/* The playbook's range of objectives a cycle for an owner's level
 * (PRODUCT.md §4): company, business unit and department 3-5, team 3-4,
 * person 2-3; in the org's first cycle of OKRs 1-2, for a person and for
 * a unit starting out alike. */
struct count_range {
	size_t lo, hi;
	const char *level; /* "a team's" */
};

static struct count_range count_range(const struct grip_unit *u, bool first)
{
	if (first)
		return (struct count_range){ 1, 2, "the range in a first cycle" };
	if (!u)
		return (struct count_range){ 2, 3, "a person's range" };
	switch (u->kind) {
	case GRIP_UNIT_COMPANY:
		return (struct count_range){ 3, 5, "a company's range" };
	case GRIP_UNIT_BUSINESS_UNIT:
		return (struct count_range){ 3, 5, "a business unit's range" };
	case GRIP_UNIT_DEPARTMENT:
		return (struct count_range){ 3, 5, "a department's range" };
	case GRIP_UNIT_TEAM:
	case GRIP_UNIT_GROUP:
		break;
	}
	return (struct count_range){ 3, 4, "a team's range" };
}

static const char *count_advice(struct coach *cx, struct count_range range, bool first, size_t n)
{
	if (first)
		return "One or two objectives are right in a first cycle: learn the rhythm before"
		       " adding more.";
	if (n < range.lo)
		return "With fewer objectives than that, check that nothing that matters this cycle"
		       " is left out.";
	return coach_say(cx, "More than %zu objectives spread attention thin; keep the ones that"
			 " matter most.", range.hi);
}

int rule_okr_count_objectives(struct coach *cx, const struct coach_rule *r)
{
	for (size_t c = 0; c < cx->n_cycles; c++) {
		const struct coach_cycle *cc = &cx->cycles[c];
		/* Owners in order of their first objective; each counted once. */
		for (size_t i = 0; i < cc->n_objs; i++) {
			const struct grip_objective *o = cc->objs[i];
			if (!counts(o))
				continue;
			bool person = o->layer == GRIP_LAYER_INDIVIDUAL;
			int64_t owner = person ? o->owner_id : o->unit_id;
			bool earlier = false;
			size_t n = 0;
			for (size_t j = 0; j < cc->n_objs; j++) {
				const struct grip_objective *p = cc->objs[j];
				bool same = counts(p) && (p->layer == GRIP_LAYER_INDIVIDUAL) == person &&
					    (person ? p->owner_id : p->unit_id) == owner;
				earlier |= same && j < i;
				n += same;
			}
			struct grip_unit *u = person ? NULL : coach_unit(cx, owner);
			if (earlier || !owner || (!person && !u))
				continue;
			struct count_range range = count_range(u, cc->first);
			if (n >= range.lo && n <= range.hi)
				continue;
			const char *cycle = coach_quote(cx, cc->cycle->name);
			int rc;
			if (person) {
				rc = coach_person_hint(cx, r, owner, coach_person_unit(cx, owner, false),
					coach_say(cx, "%s has %zu individual objective%s in %s; %s is %zu"
						  " to %zu", coach_name(cx, owner), n, n == 1 ? "" : "s", cycle,
						  range.level, range.lo, range.hi),
					count_advice(cx, range, cc->first, n));
			} else {
				rc = coach_unit_hint(cx, r, u,
					coach_say(cx, "%s has %zu %s objective%s in %s; %s is %zu to %zu",
						  coach_quote(cx, u->name), n, grip_layer_name(o->layer),
						  n == 1 ? "" : "s", cycle, range.level, range.lo, range.hi),
					count_advice(cx, range, cc->first, n));
			}
			if (rc < 0)
				return -1;
		}
	}
	return 0;
}

int rule_okr_count_krs(struct coach *cx, const struct coach_rule *r)
{
	for (size_t c = 0; c < cx->n_cycles; c++) {
		const struct coach_cycle *cc = &cx->cycles[c];
		for (size_t i = 0; i < cc->n_objs; i++) {
			const struct grip_objective *o = cc->objs[i];
			size_t n = o->n_krs;
			/* A strategic objective without key results is measured by
			 * those aligned to it (PRODUCT.md §3): nothing to say. */
			bool strategic = o->layer == GRIP_LAYER_STRATEGIC;
			if (!counts(o) || (n >= 3 && n <= 5) || (n == 0 && strategic))
				continue;
			const char *has = n == 0 ? "has no key results"
					 : coach_say(cx, "has %zu key result%s", n, n == 1 ? "" : "s");
			if (coach_objective_hint(cx, r, o,
				coach_say(cx, "%s objective %lld %s %s", grip_layer_name(o->layer), (long long)o->id,
					  coach_quote(cx, o->title), has),
				n > 5 ? "Three to five key results measure an objective well: more than five"
					" blur what matters; keep the ones that show the change best."
				      : "Three to five key results measure an objective well: add what would"
					" show the change from another side (speed, quality, reach).") < 0)
				return -1;
		}
	}
	return 0;
}

/* Runs fn on each yes/no or milestone key result of the OKR chain that
 * still counts whose title text rule `code` fires on. */
static int each_kr_matching(struct coach *cx, const struct coach_rule *r, const char *code,
			    int (*fn)(struct coach *, const struct coach_rule *,
				      const struct grip_objective *, const struct grip_kr *, const char *))
{
	for (size_t c = 0; c < cx->n_cycles; c++) {
		const struct coach_cycle *cc = &cx->cycles[c];
		for (size_t i = 0; i < cc->n_objs; i++) {
			const struct grip_objective *o = cc->objs[i];
			for (size_t k = 0; counts(o) && k < o->n_krs; k++) {
				const struct grip_kr *kr = &o->krs[k];
				if (kr->kind == GRIP_KR_METRIC)
					continue;
				const char *match = coach_find(cx, code, kr->title);
				cx->words = match;
				int rc = match ? fn(cx, r, o, kr, match) : 0;
				cx->words = NULL;
				if (rc < 0)
					return -1;
			}
		}
	}
	return 0;
}

/* A key result's text hint, in the words of hints.txt. */
static int kr_words(struct coach *cx, const struct coach_rule *r, const struct grip_objective *o,
		    const struct grip_kr *kr, const char *match)
{
	const char *vars[] = { "id", coach_say(cx, "%lld", (long long)kr->id),
			       "title", coach_quote(cx, kr->title),
			       "objective", coach_say(cx, "%lld", (long long)o->id),
			       "words", coach_quote(cx, match), NULL };
	return coach_kr_hint(cx, r, o, kr, coach_words(cx, r->code, "message", vars),
			     coach_words(cx, r->code, "suggestion", NULL));
}

/* A metric key result carries its numbers (baseline and target) and its
 * title names what is counted ("Crash-free sessions"): both text rules
 * are for the yes/no and milestone ones, whose title is all there is. */
int rule_kr_vague(struct coach *cx, const struct coach_rule *r)
{
	return each_kr_matching(cx, r, "kr.vague", kr_words);
}

int rule_kr_output(struct coach *cx, const struct coach_rule *r)
{
	return each_kr_matching(cx, r, "kr.output", kr_words);
}

int rule_objective_bau(struct coach *cx, const struct coach_rule *r)
{
	for (size_t c = 0; c < cx->n_cycles; c++) {
		const struct coach_cycle *cc = &cx->cycles[c];
		for (size_t i = 0; i < cc->n_objs; i++) {
			const struct grip_objective *o = cc->objs[i];
			const char *match = counts(o) ? coach_find(cx, "objective.bau", o->title) : NULL;
			cx->words = match;
			const char *vars[] = { "layer", grip_layer_name(o->layer),
					       "id", coach_say(cx, "%lld", (long long)o->id),
					       "title", coach_quote(cx, o->title),
					       "words", coach_quote(cx, match), NULL };
			int rc = !match ? 0 : coach_objective_hint(cx, r, o,
				coach_words(cx, r->code, "message", vars),
				coach_words(cx, r->code, "suggestion", NULL));
			cx->words = NULL;
			if (rc < 0)
				return -1;
		}
	}
	return 0;
}

int rule_objective_unaligned(struct coach *cx, const struct coach_rule *r)
{
	for (size_t c = 0; c < cx->n_cycles; c++) {
		const struct coach_cycle *cc = &cx->cycles[c];
		for (size_t i = 0; i < cc->n_objs; i++) {
			const struct grip_objective *o = cc->objs[i];
			if (!counts(o) || o->layer == GRIP_LAYER_STRATEGIC || o->n_aligns_to)
				continue;
			if (coach_objective_hint(cx, r, o,
				coach_say(cx, "%s objective %lld %s contributes to nothing above it: the"
					  " chain is broken", grip_layer_name(o->layer), (long long)o->id,
					  coach_quote(cx, o->title)),
				o->layer == GRIP_LAYER_TEAM
					? "Align it to the strategic objective it serves; if it serves none,"
					  " ask whether it belongs in this cycle."
					: "Align it to the team or strategic objective it serves; if it serves"
					  " none, ask whether it belongs in this cycle.") < 0)
				return -1;
		}
	}
	return 0;
}

/* An objective of the cycles the coach loaded; others open a chain. */
static const struct grip_objective *loaded(const void *ctx, int64_t id)
{
	const struct coach *cx = ctx;
	for (size_t c = 0; c < cx->n_cycles; c++)
		for (size_t i = 0; i < cx->cycles[c].n_objs; i++)
			if (cx->cycles[c].objs[i]->id == id)
				return cx->cycles[c].objs[i];
	return NULL;
}

int rule_cascade_depth(struct coach *cx, const struct coach_rule *r)
{
	const struct grip_cascade cascade = { loaded, cx, cx->units, cx->n_units };
	for (size_t c = 0; c < cx->n_cycles; c++) {
		const struct coach_cycle *cc = &cx->cycles[c];
		for (size_t i = 0; i < cc->n_objs; i++) {
			const struct grip_objective *o = cc->objs[i];
			int d = counts(o) ? grip_objective_depth(&cascade, o) : 0;
			if (grip_cascade_too_deep(d) && coach_objective_hint(cx, r, o,
				coach_say(cx, "%s objective %lld %s sits %d levels below strategy; two is"
					  " the most", grip_layer_name(o->layer), (long long)o->id, coach_quote(cx, o->title), d),
				"Keep the cascade shallow (strategic, team, individual): align it to an"
				" objective higher up, or fold it into the one it serves.") < 0)
				return -1;
		}
	}
	return 0;
}

int rule_individual_no_development(struct coach *cx, const struct coach_rule *r)
{
	for (size_t c = 0; c < cx->n_cycles; c++) {
		const struct coach_cycle *cc = &cx->cycles[c];
		for (size_t i = 0; i < cc->n_objs; i++) {
			const struct grip_objective *o = cc->objs[i];
			if (!counts(o) || o->layer != GRIP_LAYER_INDIVIDUAL)
				continue;
			/* Once per person: at their first individual objective. */
			bool earlier = false, development = false;
			size_t n = 0;
			for (size_t j = 0; j < cc->n_objs; j++) {
				const struct grip_objective *p = cc->objs[j];
				if (!counts(p) || p->layer != GRIP_LAYER_INDIVIDUAL || p->owner_id != o->owner_id)
					continue;
				earlier |= j < i;
				development |= p->development;
				n++;
			}
			if (earlier || development || !o->owner_id)
				continue;
			if (coach_person_hint(cx, r, o->owner_id, coach_person_unit(cx, o->owner_id, false),
				coach_say(cx, "%s has no development objective among %zu individual"
					  " objective%s in %s", coach_name(cx, o->owner_id), n,
					  n == 1 ? "" : "s", coach_quote(cx, cc->cycle->name)),
				"Add one objective about their own growth (a skill, a role they are growing"
				" into), or mark the one that is as a development objective.") < 0)
				return -1;
		}
	}
	return 0;
}

static int stale(struct coach *cx, const struct coach_rule *r, const struct grip_objective *o)
{
	/* A group's outcomes without key results are followed by the weekly
	 * commitments, not by check-ins. */
	bool by_commitments = (o->layer == GRIP_LAYER_GROUP || o->layer == GRIP_LAYER_MEMBER) && !o->n_krs;
	if (!o->stale || by_commitments)
		return 0;
	return coach_objective_hint(cx, r, o,
		o->last_checkin
			? coach_say(cx, "%s objective %lld %s has had no check-in since %.10s", grip_layer_name(o->layer),
				    (long long)o->id, coach_quote(cx, o->title), o->last_checkin)
			: coach_say(cx, "%s objective %lld %s has had no check-in yet", grip_layer_name(o->layer),
				    (long long)o->id, coach_quote(cx, o->title)),
		"Check in this week: confidence, results, issues and the plan forward take fifteen"
		" minutes, and keep everyone's picture true.");
}

/* Stale by the figures (figures.c): a running cycle, not finished, and no
 * check-in for more than seven days. Programmes' objectives too, when they
 * have key results to check in on. */
int rule_checkin_stale(struct coach *cx, const struct coach_rule *r)
{
	for (size_t c = 0; c < cx->n_cycles; c++)
		for (size_t i = 0; i < cx->cycles[c].n_objs; i++)
			if (stale(cx, r, cx->cycles[c].objs[i]) < 0)
				return -1;
	for (size_t k = 0; k < cx->n_groups; k++)
		for (size_t i = 0; i < cx->groups[k].n_objs; i++)
			if (stale(cx, r, cx->groups[k].objs[i]) < 0)
				return -1;
	return 0;
}
