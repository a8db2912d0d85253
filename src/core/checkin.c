/*
 * checkin.c — the weekly GRIP check-in on an objective: Goal confidence
 * (0-10), Results (a value and a note per key result), Issues, and the Plan
 * forward. Its key result values join each key result's history, dated
 * with the check-in.
 */
#include "core/internal.h"

#include <string.h>

#include "util/num.h"

static void *checkin_row(struct grip *g, struct store_stmt *st)
{
	struct grip_checkin *c = grip_alloc(g, sizeof *c);
	if (!c)
		return NULL;
	c->id = store_col_int(st, 0);
	c->objective_id = store_col_int(st, 1);
	c->author_id = store_col_int(st, 2);
	c->at = col_text(g, st, 3);
	c->confidence = (int)store_col_int(st, 4);
	c->issues = col_text(g, st, 5);
	c->plan = col_text(g, st, 6);
	return c;
}

static void *result_row(struct grip *g, struct store_stmt *st)
{
	struct grip_checkin_result *r = grip_alloc(g, sizeof *r);
	if (!r)
		return NULL;
	r->key_result_id = store_col_int(st, 0);
	r->value = store_col_real(st, 1);
	r->note = col_text(g, st, 2);
	return r;
}

static int load_results(struct grip *g, struct grip_checkin *c)
{
	struct grip_checkin_result **rs;
	if (fetch_all(g, store_q(g->store,
		"SELECT key_result_id, value, note FROM kr_values WHERE checkin_id = ? ORDER BY id",
		V(c->id)), result_row, (void ***)&rs, &c->n_results) < 0)
		return -1;
	c->results = c->n_results ? arena_calloc(g->arena, c->n_results, sizeof *c->results) : NULL;
	if (c->n_results && !c->results)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	for (size_t i = 0; i < c->n_results; i++)
		c->results[i] = *rs[i];
	return 0;
}

int grip_check_confidence(struct grip *g, int64_t confidence)
{
	if (confidence < GRIP_CONFIDENCE_MIN || confidence > GRIP_CONFIDENCE_MAX)
		return grip_fail(g, GRIP_EINVAL, "confidence", "must be a whole number from %d to %d",
				 GRIP_CONFIDENCE_MIN, GRIP_CONFIDENCE_MAX);
	return 0;
}

int grip_parse_confidence(struct grip *g, const char *text, int *out)
{
	int64_t v;
	if (!text || !*text)
		return grip_fail(g, GRIP_EINVAL, "confidence", "is required: a whole number from %d to %d",
				 GRIP_CONFIDENCE_MIN, GRIP_CONFIDENCE_MAX);
	if (!parse_i64(text, &v))
		return grip_fail(g, GRIP_EINVAL, "confidence", "must be a whole number from %d to %d",
				 GRIP_CONFIDENCE_MIN, GRIP_CONFIDENCE_MAX);
	if (grip_check_confidence(g, v) < 0)
		return -1;
	*out = (int)v;
	return 0;
}

#define CHECKIN_COLS "id, objective_id, author_id, at, confidence, issues, plan"

struct grip_checkin *grip_checkin_add(struct grip *g, int64_t objective_id, int confidence,
				      const struct grip_checkin_result *results, size_t n,
				      const char *issues, const char *plan, const char *at)
{
	const char *when;
	grip_change_scope(g); /* it changes the objective's check-ins, values and figures alone */
	if (grip_check_confidence(g, confidence) < 0 || grip_check_text(g, "issues", issues, TEXT_MAX_BYTES, false) < 0 ||
	    grip_check_text(g, "plan", plan, TEXT_MAX_BYTES, false) < 0 ||
	    check_when(g, "at", at, &when) < 0)
		return NULL;
	/* The objective and its key results are read together, in one round
	 * trip to a database server: the key results asked ahead, taken once
	 * the objective's checks have passed. */
	const struct grip_kr **krs = n ? arena_calloc(g->arena, n, sizeof *krs) : NULL;
	if (n && !krs) {
		grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
		return NULL;
	}
	struct store_stmt *asked = n ? kr_values_ask(g, objective_id) : NULL;
	if (n && !asked)
		return NULL;
	/* No figures: the answer is the check-in, and the figures are the next
	 * read's to compute. */
	struct grip_cycle *cycle;
	struct grip_objective *o = objective_for_value(g, objective_id, &cycle);
	if (!o || grip_require_checkin(g, o) < 0 || cycle_check_open(g, cycle) < 0 ||
	    cycle_check_within(g, cycle, "at", when) < 0) {
		store_done(asked);
		return NULL;
	}
	/* Every result names a key result of this objective, once. */
	if (n && kr_values_take(g, asked, objective_id, results, n, krs) < 0)
		return NULL;
	const char *now = grip_now_text(g);
	int64_t id = 0;
	if (!now || store_x(g->store, &id,
			    "INSERT INTO checkins (org_id, objective_id, author_id, at, confidence, issues,"
			    " plan, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
			    V(g->org_id), V(objective_id), V(g->actor->id), V(when), V(confidence),
			    V(issues), V(plan), V(now)) != STORE_OK) {
		if (now)
			STORE_FAIL(g);
		return NULL;
	}
	for (size_t i = 0; i < n; i++)
		if (kr_record_value(g, krs[i], results[i].value, results[i].note, when, id) < 0)
			return NULL;
	/* What was stored, as a read would load it: no need to read it back. */
	struct grip_checkin *c = grip_alloc(g, sizeof *c);
	struct grip_checkin_result *rs = n ? arena_calloc(g->arena, n, sizeof *rs) : NULL;
	if (!c || (n && !rs)) {
		grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
		return NULL;
	}
	*c = (struct grip_checkin){ .id = id, .objective_id = objective_id, .author_id = g->actor->id,
				    .at = when, .confidence = confidence, .issues = issues, .plan = plan,
				    .results = rs, .n_results = n };
	if (n)
		memcpy(rs, results, n * sizeof *rs);
	if (grip_event(g, "checkin", id, "create", NULL, grip_checkin_json(c), NULL) < 0 ||
	    figures_refresh(g, objective_id) < 0)
		return NULL;
	grip_changed_objective(g, objective_id);
	return c;
}

int grip_checkin_list(struct grip *g, int64_t objective_id, struct grip_checkin ***out, size_t *n)
{
	if (!objective_visible(g, objective_id))
		return -1;
	if (fetch_all(g, store_q(g->store,
		"SELECT " CHECKIN_COLS " FROM checkins WHERE objective_id = ? ORDER BY at, id",
		V(objective_id)), checkin_row, (void ***)out, n) < 0)
		return -1;
	for (size_t i = 0; i < *n; i++)
		if (load_results(g, (*out)[i]) < 0)
			return -1;
	return 0;
}
