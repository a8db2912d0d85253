/*
 * figures_check.c — `grip figures check`: the stored figures of every
 * objective and key result (figures_store.c) compared with those computed
 * from the values, check-ins and events (figures.c), org by org. The
 * stored figures are those of the latest data, so the comparison counts
 * everything recorded: the cut-off is the end of time, not today (tests
 * move the clock back and forth; a value dated after today is still the
 * latest one). Reals agree within 1e-9; times and counts exactly.
 */
#include "core/internal.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#define END_OF_TIME "9999-12-31T23:59:59Z"
#define REAL_TOLERANCE 1e-9

struct check {
	struct grip *g;
	struct grip_figures_report *r;
	size_t cap;
};

static const char *real_text(struct grip *g, bool has, double v)
{
	return has ? arena_printf(g->arena, "%.15g", v) : "none";
}

static int mismatch(struct check *k, int64_t objective_id, int64_t kr_id, const char *field, const char *stored,
		    const char *computed)
{
	struct grip_figures_report *r = k->r;
	if (r->n_mismatches == k->cap) {
		size_t ncap = k->cap ? k->cap * 2 : 16;
		struct grip_figures_mismatch *fresh = arena_calloc(k->g->arena, ncap, sizeof *fresh);
		if (!fresh)
			return grip_fail(k->g, GRIP_ENOMEM, NULL, "out of memory");
		if (r->n_mismatches)
			memcpy(fresh, r->mismatches, r->n_mismatches * sizeof *fresh);
		r->mismatches = fresh;
		k->cap = ncap;
	}
	r->mismatches[r->n_mismatches++] = (struct grip_figures_mismatch){
		.org_id = k->g->org_id, .objective_id = objective_id, .key_result_id = kr_id, .field = field,
		.stored = stored ? stored : "none", .computed = computed ? computed : "none"
	};
	return 0;
}

static bool near(double a, double b)
{
	return fabs(a - b) <= REAL_TOLERANCE;
}

/* The index of the objective of that id among os (sorted by id), or n. */
static size_t find(struct grip_objective **os, size_t n, int64_t id)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (os[mid]->id == id)
			return mid;
		if (os[mid]->id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return n;
}

/* What objectives.* holds of one objective, beside the computed figures. */
struct stored {
	double progress;
	bool rolled;
	int confidence;
	const char *last_checkin, *approved_at, *figures_at;
	const char *latest; /* the latest input, as the store would reckon it */
};

/* Key results: stored against computed; folds their times into latest. */
static int check_krs(struct check *k, struct grip_objective **os, size_t n, struct stored *st_of)
{
	struct grip *g = k->g;
	struct store_stmt *st = store_q(g->store,
		"SELECT id, objective_id, cur_value, cur_at, progress, created_at FROM key_results"
		" WHERE org_id = ? ORDER BY id", V(g->org_id));
	if (!st)
		return STORE_FAIL(g);
	enum store_rc rc;
	int failed = 0;
	while (!failed && (rc = store_step(st)) == STORE_ROW) {
		int64_t id = store_col_int(st, 0), oid = store_col_int(st, 1);
		size_t at_i = find(os, n, oid);
		if (at_i == n)
			continue;
		const struct grip_objective *o = os[at_i];
		struct stored *s = &st_of[at_i];
		k->r->n_key_results++;
		bool has = !store_col_null(st, 2);
		double value = store_col_real(st, 2), progress = store_col_real(st, 4);
		const char *at = col_text(g, st, 3);
		s->latest = later_text(s->latest, col_text(g, st, 5));
		const struct grip_kr *kr = NULL;
		for (size_t i = 0; i < o->n_krs && !kr; i++)
			if (o->krs[i].id == id)
				kr = &o->krs[i];
		if (!kr) {
			failed = mismatch(k, oid, id, "existence", "stored", "not computed");
			continue;
		}
		s->latest = later_text(s->latest, kr->value_at);
		if (has != kr->has_value || (has && !near(value, kr->current)))
			failed = mismatch(k, oid, id, "cur_value", real_text(g, has, value),
					  real_text(g, kr->has_value, kr->current));
		if (!failed && !same_text(at, kr->value_at))
			failed = mismatch(k, oid, id, "cur_at", at, kr->value_at);
		if (!failed && !near(progress, kr->progress))
			failed = mismatch(k, oid, id, "progress", real_text(g, true, progress),
					  real_text(g, true, kr->progress));
	}
	store_done(st);
	if (failed)
		return -1;
	return rc == STORE_DONE ? 0 : STORE_FAIL(g);
}

/* The latest figures_at of the objectives each one rolls up, folded into
 * its latest input when it is rolled up. */
static int fold_children(struct check *k, struct grip_objective **os, size_t n, struct stored *st_of)
{
	struct grip *g = k->g;
	struct store_stmt *st = store_q(g->store,
		"SELECT a.parent_id, MAX(c.figures_at) FROM alignments a JOIN objectives c ON c.id = a.child_id"
		" WHERE a.org_id = ? AND c.status <> 'dropped' GROUP BY a.parent_id ORDER BY a.parent_id",
		V(g->org_id));
	if (!st)
		return STORE_FAIL(g);
	enum store_rc rc;
	size_t i = 0;
	while ((rc = store_step(st)) == STORE_ROW) {
		int64_t parent = store_col_int(st, 0);
		while (i < n && os[i]->id < parent)
			i++;
		if (i < n && os[i]->id == parent && os[i]->rolled_up)
			st_of[i].latest = later_text(st_of[i].latest, col_text(g, st, 1));
	}
	store_done(st);
	return rc == STORE_DONE ? 0 : STORE_FAIL(g);
}

static int check_org(struct check *k)
{
	struct grip *g = k->g;
	struct store_stmt *st = store_q(g->store,
		"SELECT id, progress, rolled_up, confidence, last_checkin, approved_at, figures_at FROM objectives"
		" WHERE org_id = ? ORDER BY id", V(g->org_id));
	if (!st)
		return STORE_FAIL(g);
	struct grip_objective **os = NULL;
	struct stored *st_of = NULL;
	size_t n = 0, cap = 0;
	enum store_rc rc;
	while ((rc = store_step(st)) == STORE_ROW) {
		if (n == cap) {
			size_t ncap = cap ? cap * 2 : 64;
			struct grip_objective **fo = arena_calloc(g->arena, ncap, sizeof *fo);
			struct stored *fs = arena_calloc(g->arena, ncap, sizeof *fs);
			if (!fo || !fs)
				break;
			if (n) {
				memcpy(fo, os, n * sizeof *os);
				memcpy(fs, st_of, n * sizeof *st_of);
			}
			os = fo;
			st_of = fs;
			cap = ncap;
		}
		if (!(os[n] = arena_calloc(g->arena, 1, sizeof *os[n])))
			break;
		os[n]->id = store_col_int(st, 0);
		st_of[n] = (struct stored){ .progress = store_col_real(st, 1), .rolled = store_col_int(st, 2) != 0,
					    .confidence = store_col_null(st, 3) ? -1 : (int)store_col_int(st, 3),
					    .last_checkin = col_text(g, st, 4), .approved_at = col_text(g, st, 5),
					    .figures_at = col_text(g, st, 6) };
		n++;
	}
	store_done(st);
	if (rc == STORE_ROW)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	if (rc != STORE_DONE)
		return STORE_FAIL(g);
	k->r->n_objectives += n;
	if (!n)
		return 0;
	g->memo = NULL;
	if (objectives_figures_at(g, os, n, END_OF_TIME) < 0 || check_krs(k, os, n, st_of) < 0 ||
	    fold_children(k, os, n, st_of) < 0)
		return -1;
	for (size_t i = 0; i < n; i++) {
		const struct grip_objective *o = os[i];
		struct stored *s = &st_of[i];
		const char *latest = later_text(s->latest, later_text(o->last_checkin, o->approved_at));
		int rc1 = 0;
		if (!near(s->progress, o->progress))
			rc1 = mismatch(k, o->id, 0, "progress", real_text(g, true, s->progress),
				       real_text(g, true, o->progress));
		if (!rc1 && s->rolled != o->rolled_up)
			rc1 = mismatch(k, o->id, 0, "rolled_up", s->rolled ? "1" : "0", o->rolled_up ? "1" : "0");
		if (!rc1 && s->confidence != o->confidence)
			rc1 = mismatch(k, o->id, 0, "confidence", arena_printf(g->arena, "%d", s->confidence),
				       arena_printf(g->arena, "%d", o->confidence));
		if (!rc1 && !same_text(s->last_checkin, o->last_checkin))
			rc1 = mismatch(k, o->id, 0, "last_checkin", s->last_checkin, o->last_checkin);
		if (!rc1 && !same_text(s->approved_at, o->approved_at))
			rc1 = mismatch(k, o->id, 0, "approved_at", s->approved_at, o->approved_at);
		if (!rc1 && !same_text(s->figures_at, latest))
			rc1 = mismatch(k, o->id, 0, "figures_at", s->figures_at, latest);
		if (rc1 < 0)
			return -1;
	}
	return 0;
}

int grip_figures_check(struct grip *g, struct grip_figures_report *r)
{
	*r = (struct grip_figures_report){ 0 };
	int64_t *orgs;
	size_t n;
	if (grip_org_ids(g, &orgs, &n) < 0)
		return -1;
	int64_t org = g->org_id;
	struct check k = { .g = g, .r = r };
	int rc = 0;
	for (size_t i = 0; i < n && rc == 0; i++) {
		g->org_id = orgs[i];
		rc = check_org(&k);
	}
	g->org_id = org;
	g->memo = NULL;
	return rc;
}
