/*
 * figures.c — the figures of PRODUCT.md §3 for stored objectives and key
 * results, as of any day: a key result's value is the last one recorded by
 * the end of that day; an objective's progress is the weighted mean of its
 * key results that existed by then (KR_EXISTED), or, with none, the mean of
 * the objectives aligned to it (dropped ones aside); its confidence is that
 * of its last check-in by then. Pace, staleness and risk apply while its cycle is running.
 */
#include "core/internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/date.h"

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

/* "as of" text -> the day, and the first instant after it (the end of
 * that day of the org's clock, in UTC). */
int cutoff_of(struct grip *g, const char *as_of, int32_t *day, char *cutoff)
{
	*day = grip_today(g);
	if (as_of) {
		if (check_date(g, "as_of", as_of, day) < 0)
			return -1;
		if (*day > grip_today(g))
			return grip_fail(g, GRIP_EINVAL, "as_of", "is in the future");
	}
	datetime_format(((int64_t)*day + 1) * 86400 - g->utc_offset, cutoff);
	return 0;
}

void kr_progress(struct grip_kr *kr)
{
	if (kr->kind == GRIP_KR_METRIC) {
		kr->progress = measure_metric(kr->baseline, kr->target, kr->current);
	} else if (kr->kind == GRIP_KR_BOOLEAN) {
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
}

static int kr_value_at(struct grip *g, struct grip_kr *kr, const char *cutoff)
{
	struct store_stmt *st = store_q(g->store,
		"SELECT value, at FROM kr_values WHERE key_result_id = ? AND at < ?"
		" ORDER BY at DESC, id DESC LIMIT 1", V(kr->id), V(cutoff));
	if (!st)
		return STORE_FAIL(g);
	enum store_rc rc = store_step(st);
	kr_set_current(kr, rc == STORE_ROW, rc == STORE_ROW ? store_col_real(st, 0) : 0);
	kr->value_at = rc == STORE_ROW ? col_text(g, st, 1) : NULL;
	store_done(st);
	if (rc != STORE_ROW && rc != STORE_DONE)
		return STORE_FAIL(g);
	kr_progress(kr);
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
	if (depth >= FIGURES_ROLLUP_DEPTH)
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
		if (kr_load_all(g, children[i], cutoff, &ckrs, &cn) < 0 ||
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

/* The objective of that id among os (sorted by id), or NULL. */
static struct grip_objective *find_objective(struct grip_objective **os, size_t n, int64_t id)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (os[mid]->id == id)
			return os[mid];
		if (os[mid]->id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

static int by_id(const void *a, const void *b)
{
	int64_t x = (*(struct grip_kr *const *)a)->id, y = (*(struct grip_kr *const *)b)->id;
	return (x > y) - (x < y);
}

/* Grows an arena array of elements of size `size` to hold n + 1. */
static void *grow(struct grip *g, void *items, size_t n, size_t *cap, size_t size)
{
	if (n < *cap)
		return items;
	size_t ncap = *cap ? *cap * 2 : 64;
	void *fresh = arena_calloc(g->arena, ncap, size);
	if (fresh && n)
		memcpy(fresh, items, n * size);
	*cap = ncap;
	return fresh;
}

/* Every key result of the objectives in [lo, hi] with its value as of the
 * cut-off, in one statement; each objective gets its slice. */
static int load_key_results(struct grip *g, struct grip_objective **os, size_t n, const char *cutoff,
			    struct grip_kr **all, size_t *count)
{
	*all = NULL;
	*count = 0;
	/* cutoff NULL: the stored figures (figures_store.c), every key result. */
	struct store_stmt *st = !cutoff ? store_q(g->store,
		"SELECT k.id, k.objective_id, k.position, k.title, k.kind, k.baseline, k.target," /* KR_COLS */
		" k.unit_label, k.weight, k.owner_id, k.version, k.cur_value, k.cur_at"
		" FROM key_results k WHERE k.org_id = ? AND k.objective_id BETWEEN ? AND ?"
		" ORDER BY k.objective_id, k.position, k.id",
		V(g->org_id), V(os[0]->id), V(os[n - 1]->id)) : store_q(g->store,
		"SELECT k.id, k.objective_id, k.position, k.title, k.kind, k.baseline, k.target," /* KR_COLS */
		" k.unit_label, k.weight, k.owner_id, k.version,"
		" (SELECT v.value FROM kr_values v WHERE v.key_result_id = k.id AND v.at < ?"
		"  ORDER BY v.at DESC, v.id DESC LIMIT 1),"
		" (SELECT v.at FROM kr_values v WHERE v.key_result_id = k.id AND v.at < ?"
		"  ORDER BY v.at DESC, v.id DESC LIMIT 1)"
		" FROM key_results k WHERE k.org_id = ? AND k.objective_id BETWEEN ? AND ? AND " KR_EXISTED
		" ORDER BY k.objective_id, k.position, k.id",
		V(cutoff), V(cutoff), V(g->org_id), V(os[0]->id), V(os[n - 1]->id), V(cutoff), V(cutoff));
	if (!st)
		return STORE_FAIL(g);
	struct grip_kr *krs = NULL;
	size_t k = 0, cap = 0;
	enum store_rc rc;
	while ((rc = store_step(st)) == STORE_ROW) {
		if (!find_objective(os, n, store_col_int(st, 1)))
			continue;
		if (!(krs = grow(g, krs, k, &cap, sizeof *krs)))
			break;
		struct grip_kr *kr = &krs[k++];
		if (kr_fill(g, st, kr) < 0) {
			store_done(st);
			return -1;
		}
		kr_set_current(kr, !store_col_null(st, 11), store_col_real(st, 11));
		kr->value_at = col_text(g, st, 12);
		if (!kr->title)
			break;
	}
	store_done(st);
	if (rc == STORE_ROW)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	if (rc != STORE_DONE)
		return STORE_FAIL(g);
	/* The rows come by objective: each objective's key results are a slice. */
	for (size_t i = 0; i < k;) {
		size_t j = i;
		while (j < k && krs[j].objective_id == krs[i].objective_id)
			j++;
		struct grip_objective *o = find_objective(os, n, krs[i].objective_id);
		o->krs = &krs[i];
		o->n_krs = j - i;
		i = j;
	}
	*all = krs;
	*count = k;
	return 0;
}

/* The milestones of those key results, in one statement. */
static int load_milestones_of(struct grip *g, struct grip_objective **os, size_t n, struct grip_kr *krs,
			      size_t k)
{
	struct grip_kr **index = k ? arena_calloc(g->arena, k, sizeof *index) : NULL;
	if (k && !index)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	bool any = false;
	for (size_t i = 0; i < k; i++) {
		index[i] = &krs[i];
		any |= krs[i].kind == GRIP_KR_MILESTONES;
	}
	if (!any)
		return 0;
	qsort(index, k, sizeof *index, by_id);
	struct store_stmt *st = store_q(g->store,
		"SELECT m.key_result_id, m.id, m.position, m.title, m.weight FROM milestones m"
		" JOIN key_results k ON k.id = m.key_result_id"
		" WHERE k.org_id = ? AND k.objective_id BETWEEN ? AND ? ORDER BY m.key_result_id, m.position",
		V(g->org_id), V(os[0]->id), V(os[n - 1]->id));
	if (!st)
		return STORE_FAIL(g);
	struct grip_milestone *ms = NULL;
	int64_t *owner = NULL;
	size_t m = 0, cap = 0, cap2 = 0;
	enum store_rc rc;
	while ((rc = store_step(st)) == STORE_ROW) {
		if (!(ms = grow(g, ms, m, &cap, sizeof *ms)) || !(owner = grow(g, owner, m, &cap2, sizeof *owner)))
			break;
		owner[m] = store_col_int(st, 0);
		ms[m] = (struct grip_milestone){ .id = store_col_int(st, 1), .position = (int)store_col_int(st, 2),
						 .title = col_text(g, st, 3), .weight = store_col_real(st, 4) };
		m++;
	}
	store_done(st);
	if (rc == STORE_ROW)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	if (rc != STORE_DONE)
		return STORE_FAIL(g);
	for (size_t i = 0; i < m;) {
		size_t j = i;
		while (j < m && owner[j] == owner[i])
			j++;
		struct grip_kr key = { .id = owner[i] }, *keyp = &key;
		struct grip_kr **hit = bsearch(&keyp, index, k, sizeof *index, by_id);
		if (hit) {
			(*hit)->milestones = &ms[i];
			(*hit)->n_milestones = j - i;
		}
		i = j;
	}
	return 0;
}

/* The last check-in of each objective by the cut-off, and when it was
 * first approved (or made active) by then, in one statement. The moment of
 * approval is the first change in its history that left it approved or
 * active: the history's after-image names its status. The rows are matched
 * to os, so the id range alone bounds the query: an org filter would make
 * SQLite scan the org's index instead. */
static int load_last_checkins(struct grip *g, struct grip_objective **os, size_t n, const char *cutoff)
{
	struct store_stmt *st = store_q(g->store,
		"SELECT o.id,"
		" (SELECT c.confidence FROM checkins c WHERE c.objective_id = o.id AND c.at < ?"
		"  ORDER BY c.at DESC, c.id DESC LIMIT 1),"
		" (SELECT c.at FROM checkins c WHERE c.objective_id = o.id AND c.at < ?"
		"  ORDER BY c.at DESC, c.id DESC LIMIT 1),"
		" (SELECT MIN(e.at) FROM events e WHERE e.org_id = o.org_id AND e.entity = 'objective'"
		"  AND e.entity_id = o.id AND e.at < ?"
		"  AND (e.after_json LIKE '%\"status\":\"approved\"%' OR e.after_json LIKE '%\"status\":\"active\"%'))"
		" FROM objectives o WHERE o.id BETWEEN ? AND ?",
		V(cutoff), V(cutoff), V(cutoff), V(os[0]->id), V(os[n - 1]->id));
	if (!st)
		return STORE_FAIL(g);
	enum store_rc rc;
	while ((rc = store_step(st)) == STORE_ROW) {
		struct grip_objective *o = find_objective(os, n, store_col_int(st, 0));
		if (o && !store_col_null(st, 1)) {
			o->confidence = (int)store_col_int(st, 1);
			o->last_checkin = col_text(g, st, 2);
		}
		if (o && !store_col_null(st, 3))
			o->approved_at = col_text(g, st, 3);
	}
	store_done(st);
	return rc == STORE_DONE ? 0 : STORE_FAIL(g);
}

/* Light, pace, staleness and risk of one objective whose progress and last
 * check-in are known. */
static void judge(struct grip *g, struct grip_objective *o, const struct grip_cycle *c, int32_t day)
{
	o->light = measure_light(o->confidence);
	int32_t start = 0, end = 0, created = day, approved = 0, last = 0;
	date_parse(c->starts_on, &start);
	date_parse(c->ends_on, &end);
	int64_t t;
	if (o->created_at && datetime_parse(o->created_at, &t))
		created = grip_day_of(g, t);
	if (o->approved_at && datetime_parse(o->approved_at, &t))
		approved = grip_day_of(g, t);
	int32_t from = measure_pace_start(start, created, o->approved_at ? approved : -1);
	char from_text[DATE_LEN];
	date_format(from, from_text);
	o->pace_from = grip_strdup(g, from_text);
	o->expected = measure_expected(from, end, day);
	bool closed_by_then = false;
	if (c->closed_at && datetime_parse(c->closed_at, &t))
		closed_by_then = grip_day_of(g, t) <= day;
	bool running = day >= start && day <= end && !closed_by_then;
	bool live = running && !objective_is_terminal(o->status);
	if (o->last_checkin && datetime_parse(o->last_checkin, &t))
		last = grip_day_of(g, t);
	int32_t since = o->last_checkin ? last : (created > start ? created : start);
	o->stale = live && measure_stale(since, day, grip_cadence_days(o->cadence));
	/* Pace judges only what is measured: an outcome with no key results and
	 * nothing aligned to it is at risk only when its light is red. */
	bool measured = o->n_krs > 0 || o->rolled_up;
	o->at_risk = live && measure_at_risk(measured ? o->progress : 1, o->expected, o->light);
	o->behind_pace = live && measure_behind_pace(measured ? o->progress : 1, o->expected);
}

static int by_objective_id(const void *a, const void *b)
{
	int64_t x = (*(struct grip_objective *const *)a)->id, y = (*(struct grip_objective *const *)b)->id;
	return (x > y) - (x < y);
}

/* The stored figures of os (figures_store.c) into them, in one statement:
 * *fresh false when one of them carries an input dated from the end of
 * today on (the clock stands before the latest data), which a read of
 * today must not count. */
static int load_stored(struct grip *g, struct grip_objective **os, size_t n, const char *cutoff, bool *fresh)
{
	*fresh = true;
	struct store_stmt *st = store_q(g->store,
		"SELECT id, progress, rolled_up, confidence, last_checkin, approved_at, figures_at"
		" FROM objectives WHERE id BETWEEN ? AND ?", V(os[0]->id), V(os[n - 1]->id));
	if (!st)
		return STORE_FAIL(g);
	enum store_rc rc;
	while ((rc = store_step(st)) == STORE_ROW) {
		struct grip_objective *o = find_objective(os, n, store_col_int(st, 0));
		if (!o)
			continue;
		const char *at = store_col_text(st, 6);
		if (at && strcmp(at, cutoff) >= 0) {
			*fresh = false;
			break;
		}
		o->progress = store_col_real(st, 1);
		o->rolled_up = store_col_int(st, 2) != 0;
		o->confidence = store_col_null(st, 3) ? -1 : (int)store_col_int(st, 3);
		o->last_checkin = col_text(g, st, 4);
		o->approved_at = col_text(g, st, 5);
	}
	store_done(st);
	if (rc != STORE_ROW && rc != STORE_DONE)
		return STORE_FAIL(g);
	for (size_t i = 0; !*fresh && i < n; i++) {
		os[i]->progress = 0;
		os[i]->rolled_up = false;
		os[i]->confidence = -1;
		os[i]->last_checkin = NULL;
		os[i]->approved_at = NULL;
	}
	return 0;
}

/* The figures of os (sorted by id) that do not depend on the day: their
 * key results with milestones and values, progress, roll-ups and last
 * check-ins, as of the cut-off; NULL: the stored ones, when fresh. */
static int figures_of(struct grip *g, struct grip_objective **os, size_t n, const char *cutoff, bool stored)
{
	for (size_t i = 0; i < n; i++) {
		os[i]->krs = NULL;
		os[i]->n_krs = 0;
		os[i]->confidence = -1;
		os[i]->last_checkin = NULL;
		os[i]->approved_at = NULL;
	}
	bool fresh = false;
	if (stored && load_stored(g, os, n, cutoff, &fresh) < 0)
		return -1;
	struct grip_kr *krs = NULL;
	size_t k = 0;
	if (load_key_results(g, os, n, fresh ? NULL : cutoff, &krs, &k) < 0 ||
	    load_milestones_of(g, os, n, krs, k) < 0 || (!fresh && load_last_checkins(g, os, n, cutoff) < 0))
		return -1;
	for (size_t i = 0; i < k; i++)
		kr_progress(&krs[i]);
	if (fresh)
		return 0;
	/* Objectives measured by their own key results first, into the memo:
	 * the roll-ups below visit many of them as children. */
	for (size_t pass = 0; pass < 2; pass++) {
		for (size_t i = 0; i < n; i++) {
			struct grip_objective *o = os[i];
			if ((pass == 0) != (o->n_krs > 0))
				continue;
			if (progress_of(g, o->id, cutoff, 0, o->krs, o->n_krs, &o->progress, &o->rolled_up) < 0)
				return -1;
			struct grip_memo *m = pass == 0 ? memo_for(g, cutoff) : NULL;
			if (m && m->used < MEMO_SLOTS / 2) {
				size_t slot = memo_slot(m, o->id);
				if (!m->slot[slot].id) {
					m->slot[slot].id = o->id;
					m->slot[slot].progress = o->progress;
					m->used++;
				}
			}
		}
	}
	return 0;
}

int objectives_figures_at(struct grip *g, struct grip_objective **os, size_t n, const char *cutoff)
{
	return n ? figures_of(g, os, n, cutoff, false) : 0;
}

int objectives_figures(struct grip *g, struct grip_objective **given, size_t n, const char *as_of)
{
	int32_t day;
	char cutoff[DATETIME_LEN], day_text[DATE_LEN];
	if (cutoff_of(g, as_of, &day, cutoff) < 0)
		return -1;
	if (!n)
		return 0;
	date_format(day, day_text);
	/* Work on a copy sorted by id; the caller's order stays. */
	struct grip_objective **os = arena_calloc(g->arena, n, sizeof *os);
	if (!os)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	memcpy(os, given, n * sizeof *os);
	qsort(os, n, sizeof *os, by_objective_id);
	for (size_t i = 0; i < n; i++)
		os[i]->as_of = grip_strdup(g, day_text);
	/* The present from the stored figures; a past day computed. */
	if (figures_of(g, os, n, cutoff, !as_of) < 0)
		return -1;
	struct grip_cycle *cycles[8] = { 0 };
	for (size_t i = 0; i < n; i++) {
		struct grip_objective *o = os[i];
		/* Pages hold few cycles: fetch each once. */
		struct grip_cycle *c = NULL;
		for (size_t j = 0; j < 8 && cycles[j] && !c; j++)
			if (cycles[j]->id == o->cycle_id)
				c = cycles[j];
		if (!c) {
			if (!(c = cycle_stored(g, o->cycle_id)))
				return -1;
			memmove(cycles + 1, cycles, 7 * sizeof *cycles);
			cycles[0] = c;
		}
		judge(g, o, c, day);
	}
	return 0;
}

int grip_objective_figures(struct grip *g, struct grip_objective *o, const char *as_of)
{
	return objectives_figures(g, &o, 1, as_of);
}

bool objective_is_terminal(enum grip_objective_status status)
{
	return status == GRIP_OBJECTIVE_ACHIEVED || status == GRIP_OBJECTIVE_MISSED ||
	       status == GRIP_OBJECTIVE_DROPPED;
}
