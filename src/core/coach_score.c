/*
 * coach_score.c — the coach's rule on how hard goals were set:
 * score.calibration (PRODUCT.md §4). It reads the latest closed cycle of
 * each kind of OKR cycle (the last quarter and the last year to close, by
 * their end), and its calibration (calibration.c) as the actor sees it: a
 * unit or a person whose key results' final scores average above 0.9 was
 * not ambitious enough, one below 0.4 aimed at what it could not reach.
 * Between the two (0.65, say) it is silent. A programme is not scored.
 */
#include "core/coach.h"

#include <string.h>

/* The cycle of kind that closed last, by its end (NULL: none). */
static struct grip_cycle *last_closed(struct grip_cycle **cs, size_t n, enum grip_cycle_kind kind)
{
	struct grip_cycle *last = NULL;
	for (size_t i = 0; i < n; i++)
		if (cs[i]->kind == kind && cs[i]->status == GRIP_CYCLE_CLOSED &&
		    (!last || strcmp(cs[i]->ends_on, last->ends_on) > 0))
			last = cs[i];
	return last;
}

static int calibration_hint(struct coach *cx, const struct coach_rule *r, const struct grip_cycle *c,
			    const struct grip_calibration *k)
{
	bool easy = k->verdict == GRIP_VERDICT_TOO_EASY;
	const char *message;
	if (k->person)
		message = coach_say(cx, "the key results %s owned in %s averaged a final score of %.2f over %d: %s",
				    coach_name(cx, k->id), c->name, k->mean, k->count, grip_verdict_advice(k->verdict));
	else
		message = coach_say(cx, "the key results of unit %s in %s averaged a final score of %.2f over %d: %s",
				    k->name, c->name, k->mean, k->count, grip_verdict_advice(k->verdict));
	const char *suggestion = easy
		? "Set the next cycle's goals higher: a score of 0.6 to 0.7 on most key results means they asked for a stretch."
		: "Set fewer or smaller goals next cycle, or find the people and time they need: 0.6 to 0.7 is the aim.";
	if (!k->person) {
		struct grip_unit *u = coach_unit(cx, k->id);
		return u ? coach_unit_hint(cx, r, u, message, suggestion) : 0;
	}
	return coach_person_hint(cx, r, k->id, coach_person_unit(cx, k->id, false), message, suggestion);
}

int rule_score_calibration(struct coach *cx, const struct coach_rule *r)
{
	struct grip_cycle **cs;
	size_t n;
	if (grip_cycle_list(cx->g, &cs, &n) < 0)
		return -1;
	static const enum grip_cycle_kind kinds[] = { GRIP_CYCLE_QUARTER, GRIP_CYCLE_YEAR };
	for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++) {
		struct grip_cycle *c = last_closed(cs, n, kinds[i]);
		struct grip_calibration **ks;
		size_t nk;
		if (!c)
			continue;
		if (grip_calibration(cx->g, c->id, NULL, NULL, &ks, &nk) < 0)
			return -1;
		for (size_t j = 0; j < nk; j++) {
			const struct grip_calibration *k = ks[j];
			if (k->count < 1 || (k->verdict != GRIP_VERDICT_TOO_EASY && k->verdict != GRIP_VERDICT_UNREALISTIC))
				continue;
			if (calibration_hint(cx, r, c, k) < 0)
				return -1;
		}
	}
	return 0;
}
