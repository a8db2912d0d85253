/*
 * figures_store.c — the stored figures (0008_figures.sql) kept current by
 * the writes that change their inputs, in the write's own transaction, so
 * that a read of the present loads them instead of computing them from
 * every value and check-in (figures.c).
 *
 * Invariants, for every objective and key result of the database:
 *  1. key_results.cur_value and cur_at are its latest value by (at, id),
 *     NULL with none; progress is its progress from that value (figures.c
 *     kr_progress), from its baseline with none.
 *  2. objectives.progress is the weighted mean of its key results'
 *     progress; with none, the mean of the stored progress of the
 *     objectives aligned to it that are not dropped (rolled_up 1), or 0
 *     (rolled_up 0) with none of those either.
 *  3. confidence and last_checkin are those of its latest check-in by
 *     (at, id); approved_at the time of the first event that left it
 *     approved or active (grip_event calls figures_note_approval).
 *  4. figures_at is the latest of: its key results' created_at and cur_at,
 *     last_checkin, approved_at and, rolled up, the figures_at of the
 *     objectives it rolls up. A present read may use the stored figures
 *     only while figures_at is before the end of its day: then every input
 *     counts by that day as it counts at the end of time.
 * A write restores them with figures_refresh on the objective whose inputs
 * it changed: that objective is recomputed, then the objectives it aligns
 * to, and theirs above while their figures change, up to the roll-up
 * depth. Each objective whose stored figures changed is named to
 * grip_changed_objective, for the read caches.
 */
#include "core/internal.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "core/measure.h"

#define WALK_MAX 256    /* objectives one write may revisit on its way up */
#define CHILDREN_MAX 512 /* as figures.c rolls up */
#define MILESTONES_CAP 256 /* as figures.c weighs them (key_result.c allows 50) */
#define PARENTS_MAX 32   /* parents read with an objective's figures; more: read apart */

/* The objectives an objective aligns to, read in the same statement as its
 * figures (one round trip less for each level of the walk up). */
struct parents {
	int64_t ids[PARENTS_MAX];
	size_t n;
	bool known; /* all of them are in ids */
};

static void parents_add(struct parents *ps, struct store_stmt *st, int col)
{
	if (store_col_null(st, col))
		return;
	int64_t id = store_col_int(st, col);
	for (size_t i = 0; i < ps->n; i++)
		if (ps->ids[i] == id)
			return;
	if (ps->n == PARENTS_MAX)
		ps->known = false;
	else
		ps->ids[ps->n++] = id;
}

static struct store_val real_or_null(bool has, double v)
{
	return has ? store_val_real(v) : store_val_text(NULL);
}

/* The milestones' weights of a milestones key result, into kr. */
static int load_weights(struct grip *g, struct grip_kr *kr)
{
	struct store_stmt *st = store_q(g->store,
		"SELECT weight FROM milestones WHERE key_result_id = ? ORDER BY position", V(kr->id));
	if (!st)
		return STORE_FAIL(g);
	struct grip_milestone *ms = arena_calloc(g->arena, MILESTONES_CAP, sizeof *ms);
	size_t n = 0;
	enum store_rc rc = STORE_DONE;
	while (ms && n < MILESTONES_CAP && (rc = store_step(st)) == STORE_ROW)
		ms[n++].weight = store_col_real(st, 0);
	store_done(st);
	if (!ms)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	if (rc != STORE_ROW && rc != STORE_DONE)
		return STORE_FAIL(g);
	kr->milestones = ms;
	kr->n_milestones = n;
	return 0;
}

struct kr_row {
	struct grip_kr kr;
	const char *created_at;
	bool had, has_stored;
	double stored_value, stored_progress;
	const char *stored_at;
};

/* The key results of objective id with their latest values, for
 * store_krs: asked ahead (store_ahead), so they come with the objective's
 * own read. */
static struct store_stmt *ask_krs(struct grip *g, int64_t id)
{
	struct store_stmt *st = store_q(g->store,
		"SELECT k.id, k.kind, k.baseline, k.target, k.weight, k.created_at, k.cur_value, k.cur_at, k.progress,"
		" v.value, v.at FROM key_results k LEFT JOIN kr_values v ON v.id ="
		" (SELECT x.id FROM kr_values x WHERE x.key_result_id = k.id ORDER BY x.at DESC, x.id DESC LIMIT 1)"
		" WHERE k.objective_id = ? ORDER BY k.position, k.id", V(id));
	if (st && store_ahead(st) != STORE_OK) {
		store_done(st);
		return NULL;
	}
	return st;
}

/* Recomputes and stores the figures of the key results of objective id
 * (read by st, from ask_krs); xs gets each one's progress and weight,
 * *latest the latest input time. */
static int store_krs(struct grip *g, struct store_stmt *st, struct weighted **xs, size_t *n, const char **latest,
		     bool *changed)
{
	if (!st)
		return STORE_FAIL(g);
	struct kr_row *rows = NULL;
	size_t k = 0, cap = 0;
	enum store_rc rc;
	while ((rc = store_step(st)) == STORE_ROW) {
		if (k == cap) {
			size_t ncap = cap ? cap * 2 : 8;
			struct kr_row *fresh = arena_calloc(g->arena, ncap, sizeof *fresh);
			if (!fresh)
				break;
			if (k)
				memcpy(fresh, rows, k * sizeof *rows);
			rows = fresh;
			cap = ncap;
		}
		struct kr_row *r = &rows[k++];
		r->kr.id = store_col_int(st, 0);
		if (kr_kind_col(g, st, 1, &r->kr.kind) < 0) {
			store_done(st);
			return -1;
		}
		r->kr.baseline = store_col_real(st, 2);
		r->kr.target = store_col_real(st, 3);
		r->kr.weight = store_col_real(st, 4);
		r->created_at = col_text(g, st, 5);
		r->has_stored = !store_col_null(st, 6);
		r->stored_value = store_col_real(st, 6);
		r->stored_at = col_text(g, st, 7);
		r->stored_progress = store_col_real(st, 8);
		r->had = !store_col_null(st, 9);
		kr_set_current(&r->kr, r->had, store_col_real(st, 9));
		r->kr.value_at = col_text(g, st, 10);
	}
	store_done(st);
	if (rc == STORE_ROW)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	if (rc != STORE_DONE)
		return STORE_FAIL(g);
	*xs = k ? arena_calloc(g->arena, k, sizeof **xs) : NULL;
	if (k && !*xs)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	for (size_t i = 0; i < k; i++) {
		struct kr_row *r = &rows[i];
		bool same_value = r->had == r->has_stored && (!r->had || r->kr.current == r->stored_value) &&
				  same_text(r->kr.value_at, r->stored_at);
		/* A milestone's weight never changes: with the same value, the
		 * same progress, and no need to read the milestones. */
		if (r->kr.kind == GRIP_KR_MILESTONES && same_value)
			r->kr.progress = r->stored_progress;
		else if (r->kr.kind == GRIP_KR_MILESTONES && load_weights(g, &r->kr) < 0)
			return -1;
		if (r->kr.kind != GRIP_KR_MILESTONES || !same_value)
			kr_progress(&r->kr);
		(*xs)[i] = (struct weighted){ r->kr.progress, r->kr.weight };
		*latest = later_text(*latest, later_text(r->created_at, r->kr.value_at));
		if (same_value && r->kr.progress == r->stored_progress)
			continue;
		if (store_sx(g->store, "UPDATE key_results SET cur_value = ?, cur_at = ?, progress = ? WHERE id = ?",
			    real_or_null(r->had, r->kr.current), V(r->kr.value_at), V(r->kr.progress),
			    V(r->kr.id)) != STORE_OK)
			return STORE_FAIL(g);
		*changed = true;
	}
	*n = k;
	return 0;
}

/* The mean of the stored progress of the objectives rolled up into id. */
static int roll_up(struct grip *g, int64_t id, double *progress, bool *rolled, const char **latest)
{
	struct store_stmt *st = store_q(g->store,
		"SELECT o.progress, o.figures_at FROM alignments a JOIN objectives o ON o.id = a.child_id"
		" WHERE a.parent_id = ? AND o.status <> 'dropped' ORDER BY a.child_id", V(id));
	if (!st)
		return STORE_FAIL(g);
	struct weighted xs[CHILDREN_MAX];
	size_t n = 0;
	enum store_rc rc = STORE_DONE;
	while (n < CHILDREN_MAX && (rc = store_step(st)) == STORE_ROW) {
		xs[n++] = (struct weighted){ store_col_real(st, 0), 1 };
		*latest = later_text(*latest, col_text(g, st, 1));
	}
	store_done(st);
	if (rc != STORE_ROW && rc != STORE_DONE)
		return STORE_FAIL(g);
	*progress = n ? measure_weighted_mean(xs, n) : 0;
	*rolled = n > 0;
	return 0;
}

/* Recomputes and stores the roll-up of objective id, visited as one that
 * others roll into: its own key results and check-ins did not change, and
 * with key results of its own nothing below it counts. One statement reads
 * it, its children and its parents (*ps). */
static int refresh_above(struct grip *g, int64_t id, bool *changed, struct parents *ps)
{
	struct store_stmt *st = store_q(g->store,
		"SELECT o.progress, o.rolled_up, o.last_checkin, o.approved_at, o.figures_at,"
		" EXISTS (SELECT 1 FROM key_results k WHERE k.objective_id = o.id), c.id, c.progress, c.figures_at,"
		" p.parent_id"
		" FROM objectives o LEFT JOIN alignments a ON a.parent_id = o.id"
		" LEFT JOIN objectives c ON c.id = a.child_id AND c.status <> 'dropped'"
		" LEFT JOIN alignments p ON p.child_id = o.id"
		" WHERE o.id = ? ORDER BY a.child_id, p.parent_id", V(id));
	if (!st)
		return STORE_FAIL(g);
	struct weighted xs[CHILDREN_MAX];
	size_t n = 0;
	double old_progress = 0;
	bool old_rolled = false, has_krs = false, first = true;
	const char *old_at = NULL, *latest = NULL;
	int64_t last_child = 0;
	enum store_rc rc;
	ps->n = 0;
	ps->known = true;
	while ((rc = store_step(st)) == STORE_ROW) {
		if (first) {
			old_progress = store_col_real(st, 0);
			old_rolled = store_col_int(st, 1) != 0;
			latest = later_text(col_text(g, st, 2), col_text(g, st, 3));
			old_at = col_text(g, st, 4);
			has_krs = store_col_int(st, 5) != 0;
			first = false;
		}
		if (has_krs) {
			ps->known = false; /* not all read: nothing above changes anyway */
			break; /* measured by its own key results */
		}
		parents_add(ps, st, 9);
		/* A child's row comes once per parent of o. */
		if (store_col_null(st, 6) || store_col_int(st, 6) == last_child || n == CHILDREN_MAX)
			continue;
		last_child = store_col_int(st, 6);
		xs[n++] = (struct weighted){ store_col_real(st, 7), 1 };
		latest = later_text(latest, col_text(g, st, 8));
	}
	store_done(st);
	if (rc != STORE_ROW && rc != STORE_DONE)
		return STORE_FAIL(g);
	if (first || has_krs)
		return 0; /* deleted, or nothing below counts */
	double progress = n ? measure_weighted_mean(xs, n) : 0;
	bool rolled = n > 0;
	if (progress == old_progress && rolled == old_rolled && same_text(latest, old_at))
		return 0;
	if (store_sx(g->store, "UPDATE objectives SET progress = ?, rolled_up = ?, figures_at = ? WHERE id = ?",
		    V(progress), V(rolled), V(latest), V(id)) != STORE_OK)
		return STORE_FAIL(g);
	*changed = true;
	return 0;
}

/* Recomputes and stores the figures of objective id. `above`: it is
 * visited as an objective that others roll into (refresh_above). Its
 * parents come in the same statement (*ps; known false: read them
 * apart). */
static int refresh_one(struct grip *g, int64_t id, bool above, bool *changed, struct parents *ps)
{
	*changed = false;
	if (above)
		return refresh_above(g, id, changed, ps);
	/* Its key results are read with it, in case it has some. */
	struct store_stmt *krs = ask_krs(g, id);
	if (!krs)
		return STORE_FAIL(g);
	struct store_stmt *st = store_q(g->store,
		"SELECT o.progress, o.rolled_up, o.confidence, o.last_checkin, o.approved_at, o.figures_at,"
		" c.confidence, c.at, EXISTS (SELECT 1 FROM key_results k WHERE k.objective_id = o.id),"
		" p.parent_id"
		" FROM objectives o LEFT JOIN checkins c ON c.id = (SELECT x.id FROM checkins x"
		"  WHERE x.objective_id = o.id ORDER BY x.at DESC, x.id DESC LIMIT 1)"
		" LEFT JOIN alignments p ON p.child_id = o.id"
		" WHERE o.id = ? ORDER BY p.parent_id", V(id));
	if (!st) {
		store_done(krs);
		return STORE_FAIL(g);
	}
	ps->n = 0;
	ps->known = true;
	enum store_rc rc = store_step(st);
	if (rc != STORE_ROW) {
		store_done(st);
		store_done(krs);
		return rc == STORE_DONE ? 0 : STORE_FAIL(g); /* deleted: nothing to keep */
	}
	double old_progress = store_col_real(st, 0);
	bool old_rolled = store_col_int(st, 1) != 0;
	int old_confidence = store_col_null(st, 2) ? -1 : (int)store_col_int(st, 2);
	const char *old_last = col_text(g, st, 3), *approved_at = col_text(g, st, 4),
		   *old_at = col_text(g, st, 5);
	int confidence = store_col_null(st, 6) ? -1 : (int)store_col_int(st, 6);
	const char *last = col_text(g, st, 7);
	bool has_krs = store_col_int(st, 8) != 0;
	do
		parents_add(ps, st, 9);
	while ((rc = store_step(st)) == STORE_ROW);
	store_done(st);
	if (rc != STORE_DONE) {
		store_done(krs);
		return STORE_FAIL(g);
	}
	double progress = 0;
	bool rolled = false;
	const char *latest = later_text(last, approved_at);
	if (has_krs) {
		struct weighted *xs = NULL;
		size_t n = 0;
		if (store_krs(g, krs, &xs, &n, &latest, changed) < 0)
			return -1;
		progress = measure_weighted_mean(xs, n);
	} else {
		store_done(krs);
		if (roll_up(g, id, &progress, &rolled, &latest) < 0)
			return -1;
	}
	if (progress == old_progress && rolled == old_rolled && confidence == old_confidence &&
	    same_text(last, old_last) && same_text(latest, old_at))
		return 0;
	if (store_sx(g->store,
		    "UPDATE objectives SET progress = ?, rolled_up = ?, confidence = ?, last_checkin = ?,"
		    " figures_at = ? WHERE id = ?",
		    V(progress), V(rolled), confidence < 0 ? store_val_text(NULL) : V(confidence), V(last),
		    V(latest), V(id)) != STORE_OK)
		return STORE_FAIL(g);
	*changed = true;
	return 0;
}

/* Queues the parents ps of an objective at depth d, each once. */
static int walk_up(struct grip *g, int64_t objective_id, const struct parents *ps, int64_t *todo, int *depth,
		   size_t next, size_t *n, int d)
{
	for (size_t p = 0; p < ps->n; p++) {
		bool queued = false;
		for (size_t i = next; i < *n && !queued; i++)
			queued = todo[i] == ps->ids[p];
		if (queued)
			continue;
		if (*n == WALK_MAX)
			return grip_fail(g, GRIP_ECONFLICT, NULL, "too many objectives roll up from objective %lld",
					 (long long)objective_id);
		todo[*n] = ps->ids[p];
		depth[(*n)++] = d;
	}
	return 0;
}

int figures_refresh(struct grip *g, int64_t objective_id)
{
	int64_t todo[WALK_MAX];
	int depth[WALK_MAX];
	size_t n = 0, next = 0;
	todo[n] = objective_id;
	depth[n++] = 0;
	while (next < n) {
		int64_t id = todo[next];
		int d = depth[next++];
		bool changed;
		struct parents ps = { .known = false };
		if (refresh_one(g, id, d > 0, &changed, &ps) < 0)
			return -1;
		if (changed)
			grip_changed_objective(g, id);
		/* The objective itself may have changed what its parents roll up
		 * (its status, an alignment) with figures of its own unchanged. */
		if ((!changed && d > 0) || d >= FIGURES_ROLLUP_DEPTH)
			continue;
		if (ps.known) {
			if (walk_up(g, objective_id, &ps, todo, depth, next, &n, d + 1) < 0)
				return -1;
			continue;
		}
		struct store_stmt *st = store_q(g->store, "SELECT parent_id FROM alignments WHERE child_id = ?"
						" ORDER BY parent_id", V(id));
		if (!st)
			return STORE_FAIL(g);
		enum store_rc rc;
		while ((rc = store_step(st)) == STORE_ROW) {
			int64_t parent = store_col_int(st, 0);
			bool queued = false;
			for (size_t i = next; i < n && !queued; i++)
				queued = todo[i] == parent;
			if (queued)
				continue;
			if (n == WALK_MAX) {
				store_done(st);
				return grip_fail(g, GRIP_ECONFLICT, NULL, "too many objectives roll up from objective %lld",
						 (long long)objective_id);
			}
			todo[n] = parent;
			depth[n++] = d + 1;
		}
		store_done(st);
		if (rc != STORE_DONE)
			return STORE_FAIL(g);
	}
	return 0;
}

int figures_note_approval(struct grip *g, int64_t objective_id, const char *at)
{
	int64_t hit = 0;
	if (store_x(g->store, &hit,
		    "UPDATE objectives SET approved_at = ? WHERE id = ? AND (approved_at IS NULL OR approved_at > ?)"
		    " RETURNING id", V(at), V(objective_id), V(at)) != STORE_OK)
		return STORE_FAIL(g);
	return hit ? figures_refresh(g, objective_id) : 0;
}
