/*
 * figures.c — the figures of PRODUCT.md §3 for stored objectives and key
 * results, as of any day: a key result's value is the last one recorded by
 * the end of that day; an objective's progress is the weighted mean of its
 * key results, or, with none, the mean of the objectives aligned to it
 * (dropped ones aside); its confidence is that of its last check-in by
 * then. Pace, staleness and risk apply while its cycle is running.
 */
#include "core/internal.h"

#include <stdio.h>
#include <string.h>

#include "util/date.h"

#define ROLLUP_DEPTH 8
#define MEMO_SLOTS 1024 /* a power of two */

/* The progress of objectives already computed in this request, for one
 * cut-off: a roll-up visits the same children again and again. grip_event
 * clears it, so a change is never hidden by a stale figure. */
struct grip_memo {
	char cutoff[DATETIME_LEN];
	struct {
		int64_t id; /* 0: empty */
		double progress;
		bool rolled;
	} slot[MEMO_SLOTS];
	size_t used;
};

static struct grip_memo *memo_for(struct grip *g, const char *cutoff)
{
	if (!g->memo || strcmp(g->memo->cutoff, cutoff) != 0) {
		g->memo = arena_alloc(g->arena, sizeof *g->memo);
		if (g->memo)
			snprintf(g->memo->cutoff, sizeof g->memo->cutoff, "%s", cutoff);
	}
	return g->memo;
}

static size_t memo_slot(const struct grip_memo *m, int64_t id)
{
	size_t i = (size_t)((uint64_t)id * 0x9e3779b97f4a7c15u >> 54) & (MEMO_SLOTS - 1);
	while (m->slot[i].id && m->slot[i].id != id)
		i = (i + 1) & (MEMO_SLOTS - 1);
	return i;
}

/* "as of" text -> the day, and the first instant after it. */
static int cutoff_of(struct grip *g, const char *as_of, int32_t *day, char cutoff[DATETIME_LEN])
{
	*day = grip_today(g);
	if (as_of) {
		if (check_date(g, "as_of", as_of, day) < 0)
			return -1;
		if (*day > grip_today(g))
			return grip_fail(g, GRIP_EINVAL, "as_of", "is in the future");
	}
	datetime_format(((int64_t)*day + 1) * 86400, cutoff);
	return 0;
}

static int kr_value_at(struct grip *g, struct grip_kr *kr, const char *cutoff)
{
	struct store_stmt *st = store_q(g->store,
		"SELECT value, at FROM kr_values WHERE key_result_id = ? AND at < ?"
		" ORDER BY at DESC, id DESC LIMIT 1", V(kr->id), V(cutoff));
	if (!st)
		return STORE_FAIL(g);
	enum store_rc rc = store_step(st);
	kr->has_value = rc == STORE_ROW;
	kr->current = strcmp(kr->kind, "metric") == 0 ? kr->baseline : 0;
	kr->value_at = NULL;
	if (rc == STORE_ROW) {
		kr->current = store_col_real(st, 0);
		kr->value_at = col_text(g, st, 1);
	}
	store_done(st);
	if (rc != STORE_ROW && rc != STORE_DONE)
		return STORE_FAIL(g);
	if (strcmp(kr->kind, "metric") == 0) {
		kr->progress = measure_metric(kr->baseline, kr->target, kr->current);
	} else if (strcmp(kr->kind, "boolean") == 0) {
		kr->progress = measure_boolean(kr->current);
	} else {
		double weights[256];
		size_t n = kr->n_milestones < 256 ? kr->n_milestones : 256;
		size_t done = kr->current > 0 ? (size_t)kr->current : 0;
		for (size_t i = 0; i < n; i++) {
			weights[i] = kr->milestones[i].weight;
			kr->milestones[i].done = i < done;
		}
		kr->progress = measure_milestones(weights, n, done);
	}
	return 0;
}

int kr_figures(struct grip *g, struct grip_kr *kr, const char *as_of)
{
	int32_t day;
	char cutoff[DATETIME_LEN];
	if (cutoff_of(g, as_of, &day, cutoff) < 0)
		return -1;
	return kr_value_at(g, kr, cutoff);
}

/* Progress of the objective id from its key results, or rolled up. */
static int progress_of(struct grip *g, int64_t id, const char *cutoff, int depth,
		       struct grip_kr *krs, size_t n_krs, double *progress, bool *rolled)
{
	*rolled = false;
	if (n_krs) {
		struct weighted *xs = arena_calloc(g->arena, n_krs, sizeof *xs);
		if (!xs)
			return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
		for (size_t i = 0; i < n_krs; i++) {
			if (kr_value_at(g, &krs[i], cutoff) < 0)
				return -1;
			xs[i] = (struct weighted){ krs[i].progress, krs[i].weight };
		}
		*progress = measure_weighted_mean(xs, n_krs);
		return 0;
	}
	*progress = 0;
	if (depth >= ROLLUP_DEPTH)
		return 0;
	struct store_stmt *st = store_q(g->store,
		"SELECT a.child_id FROM alignments a JOIN objectives o ON o.id = a.child_id"
		" WHERE a.parent_id = ? AND o.status <> 'dropped' ORDER BY a.child_id", V(id));
	if (!st)
		return STORE_FAIL(g);
	int64_t children[512];
	size_t n = 0;
	while (n < 512 && store_step(st) == STORE_ROW)
		children[n++] = store_col_int(st, 0);
	store_done(st);
	if (!n)
		return 0;
	struct weighted *xs = arena_calloc(g->arena, n, sizeof *xs);
	if (!xs)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	for (size_t i = 0; i < n; i++) {
		struct grip_memo *m = memo_for(g, cutoff);
		size_t slot = m ? memo_slot(m, children[i]) : 0;
		xs[i].weight = 1;
		if (m && m->slot[slot].id) {
			xs[i].value = m->slot[slot].progress;
			continue;
		}
		struct grip_kr *ckrs;
		size_t cn;
		bool crolled;
		if (kr_load_all(g, children[i], &ckrs, &cn) < 0 ||
		    progress_of(g, children[i], cutoff, depth + 1, ckrs, cn, &xs[i].value, &crolled) < 0)
			return -1;
		m = memo_for(g, cutoff); /* the recursion may have begun a new one */
		if (m && m->used < MEMO_SLOTS / 2) {
			slot = memo_slot(m, children[i]);
			m->slot[slot].id = children[i];
			m->slot[slot].progress = xs[i].value;
			m->slot[slot].rolled = crolled;
			m->used++;
		}
	}
	*progress = measure_weighted_mean(xs, n);
	*rolled = true;
	return 0;
}

int grip_objective_figures(struct grip *g, struct grip_objective *o, const char *as_of)
{
	int32_t day;
	char cutoff[DATETIME_LEN], day_text[DATE_LEN];
	if (cutoff_of(g, as_of, &day, cutoff) < 0)
		return -1;
	date_format(day, day_text);
	o->as_of = grip_strdup(g, day_text);
	if (kr_load_all(g, o->id, &o->krs, &o->n_krs) < 0 ||
	    progress_of(g, o->id, cutoff, 0, o->krs, o->n_krs, &o->progress, &o->rolled_up) < 0)
		return -1;

	struct store_stmt *st = store_q(g->store,
		"SELECT confidence, at FROM checkins WHERE objective_id = ? AND at < ?"
		" ORDER BY at DESC, id DESC LIMIT 1", V(o->id), V(cutoff));
	if (!st)
		return STORE_FAIL(g);
	enum store_rc rc = store_step(st);
	o->confidence = -1;
	o->last_checkin = NULL;
	if (rc == STORE_ROW) {
		o->confidence = (int)store_col_int(st, 0);
		o->last_checkin = col_text(g, st, 1);
	}
	store_done(st);
	if (rc != STORE_ROW && rc != STORE_DONE)
		return STORE_FAIL(g);
	o->light = measure_light(o->confidence);

	struct grip_cycle *c = grip_cycle_get(g, o->cycle_id);
	if (!c)
		return -1;
	int32_t start, end, created = day, last = 0;
	date_parse(c->starts_on, &start);
	date_parse(c->ends_on, &end);
	o->expected = measure_expected(start, end, day);
	int64_t t;
	if (o->created_at && datetime_parse(o->created_at, &t))
		created = datetime_day(t);
	bool closed_by_then = false;
	if (c->closed_at && datetime_parse(c->closed_at, &t))
		closed_by_then = datetime_day(t) <= day;
	bool running = day >= start && day <= end && !closed_by_then;
	bool live = running && !objective_is_terminal(o->status);
	if (o->last_checkin && datetime_parse(o->last_checkin, &t))
		last = datetime_day(t);
	int32_t since = o->last_checkin ? last : (created > start ? created : start);
	o->stale = live && measure_stale(since, day, GRIP_CADENCE_DAYS);
	/* Pace judges only what is measured: an outcome with no key results and
	 * nothing aligned to it is at risk only when its light is red. */
	bool measured = o->n_krs > 0 || o->rolled_up;
	o->at_risk = live && measure_at_risk(measured ? o->progress : 1, o->expected, o->light);
	return 0;
}

bool objective_is_terminal(const char *status)
{
	return strcmp(status, "achieved") == 0 || strcmp(status, "missed") == 0 ||
	       strcmp(status, "dropped") == 0;
}
