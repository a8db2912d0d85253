/*
 * calibration.c — how hard were the goals set? (PRODUCT.md §3) Over one
 * cycle, per person (the objectives they own) and per unit (the objectives
 * of that unit itself, not of the units below it), from the final scores of
 * key results (table scores, in tenths) of objectives that are not dropped.
 *
 * Invariants:
 *  1. Only objectives the actor sees count: a figure never tells of a
 *     score the actor could not read on the objective itself.
 *  2. Every scored key result counts once, whatever its weight: the
 *     question is how the goals were set, not how an objective did.
 *  3. The verdict is decided in whole tenths (grip_verdict_of), so a mean of
 *     exactly 0.9 or 0.4 is inside the bounds and 0.6 and 0.7 are on the
 *     aim, without a rounding error deciding it:
 *        mean > 0.9          too easy: raise ambition
 *        0.6 <= mean <= 0.7  on the aim
 *        mean < 0.4          unrealistic or under-resourced
 *        else                between
 *  4. The spread is the population standard deviation of the scores (they
 *     are all the scores, not a sample of them), with the lowest and
 *     highest, and the count per tenth in 11 bins, 0.0 to 1.0.
 */
#include "core/internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char *const verdict_names[] = { "none", "too_easy", "on_aim", "between", "unrealistic" };
static const char *const verdict_advice[] = {
	"no final score yet",
	"too easy: raise ambition",
	"on the aim (0.6 to 0.7)",
	"between: off the aim of 0.6 to 0.7",
	"unrealistic or under-resourced",
};

const char *grip_verdict_name(enum grip_verdict v)
{
	return (unsigned)v < sizeof verdict_names / sizeof *verdict_names ? verdict_names[v] : "?";
}

const char *grip_verdict_advice(enum grip_verdict v)
{
	return (unsigned)v < sizeof verdict_advice / sizeof *verdict_advice ? verdict_advice[v] : "?";
}

enum grip_verdict grip_verdict_of(long sum_tenths, long count)
{
	if (count <= 0)
		return GRIP_VERDICT_NONE;
	/* mean = sum / count tenths; compare sum with count times the bound. */
	if (sum_tenths > 9 * count)
		return GRIP_VERDICT_TOO_EASY;
	if (sum_tenths < 4 * count)
		return GRIP_VERDICT_UNREALISTIC;
	if (sum_tenths >= 6 * count && sum_tenths <= 7 * count)
		return GRIP_VERDICT_ON_AIM;
	return GRIP_VERDICT_BETWEEN;
}

/* x to two decimals. */
static double hundredths(double x)
{
	return round(x * 100) / 100;
}

void grip_calibration_of(struct grip_calibration *c, const int *tenths, size_t count)
{
	memset(c->bins, 0, sizeof c->bins);
	long sum = 0, sumsq = 0;
	int lo = 10, hi = 0;
	for (size_t i = 0; i < count; i++) {
		int t = tenths[i] < 0 ? 0 : tenths[i] > 10 ? 10 : tenths[i];
		sum += t;
		sumsq += (long)t * t;
		lo = t < lo ? t : lo;
		hi = t > hi ? t : hi;
		c->bins[t]++;
	}
	c->count = (int)count;
	c->verdict = grip_verdict_of(sum, (long)count);
	if (!count) {
		c->mean = c->sd = c->min = c->max = 0;
		return;
	}
	double n = (double)count;
	c->mean = hundredths((double)sum / n / 10);
	/* variance in tenths squared: (n * sum of squares - sum^2) / n^2 */
	double var = ((double)count * (double)sumsq - (double)sum * (double)sum) / (n * n);
	c->sd = hundredths(sqrt(var > 0 ? var : 0) / 10);
	c->min = lo / 10.0;
	c->max = hi / 10.0;
}

/* One final score the actor may count. */
struct scored {
	int64_t objective_id;
	int64_t unit_id;
	int64_t owner_id;
	int tenths;
};

static int load_scores(struct grip *g, int64_t cycle_id, struct scored **out, size_t *n)
{
	*out = NULL;
	*n = 0;
	struct store_stmt *st = store_q(g->store,
		"SELECT o.id, o.unit_id, o.owner_id, s.final_tenths FROM scores s"
		" JOIN key_results k ON k.id = s.key_result_id JOIN objectives o ON o.id = k.objective_id"
		" WHERE s.org_id = ? AND o.org_id = ? AND o.cycle_id = ? AND o.status <> 'dropped'"
		" AND s.final_tenths IS NOT NULL ORDER BY k.id",
		V(g->org_id), V(g->org_id), V(cycle_id));
	if (!st)
		return STORE_FAIL(g);
	size_t cap = 0;
	struct scored *rows = NULL;
	enum store_rc rc;
	while ((rc = store_step(st)) == STORE_ROW) {
		if (*n == cap) {
			size_t ncap = cap ? cap * 2 : 32;
			struct scored *grown = arena_calloc(g->arena, ncap, sizeof *grown);
			if (!grown) {
				store_done(st);
				return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
			}
			if (rows)
				memcpy(grown, rows, *n * sizeof *rows);
			rows = grown;
			cap = ncap;
		}
		rows[(*n)++] = (struct scored){ store_col_int(st, 0), store_col_int(st, 1), store_col_int(st, 2),
						(int)store_col_int(st, 3) };
	}
	store_done(st);
	if (rc != STORE_DONE)
		return STORE_FAIL(g);
	/* Invariant 1: what the actor does not see is left out. */
	size_t kept = 0;
	for (size_t i = 0; i < *n; i++)
		if (objective_id_visible(g, rows[i].objective_id))
			rows[kept++] = rows[i];
	*n = kept;
	*out = rows;
	return 0;
}

/* The calibration of the rows of one unit (person false) or person. */
static struct grip_calibration *calibrate(struct grip *g, const struct scored *rows, size_t n, bool person,
					  int64_t id, const char *name)
{
	struct grip_calibration *c = grip_alloc(g, sizeof *c);
	int *tenths = arena_calloc(g->arena, n + 1, sizeof *tenths);
	if (!c || !tenths) {
		grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
		return NULL;
	}
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		if ((person ? rows[i].owner_id : rows[i].unit_id) == id)
			tenths[k++] = rows[i].tenths;
	c->person = person;
	c->id = id;
	c->name = name;
	grip_calibration_of(c, tenths, k);
	return c;
}

static int by_name(const void *a, const void *b)
{
	const struct grip_calibration *x = *(const struct grip_calibration *const *)a;
	const struct grip_calibration *y = *(const struct grip_calibration *const *)b;
	if (x->person != y->person)
		return x->person ? 1 : -1;
	return strcmp(x->name, y->name);
}

/* Every unit and owner the rows name, once each, that the actor sees. */
static int calibrate_all(struct grip *g, const struct scored *rows, size_t n, struct grip_calibration ***out,
			 size_t *count)
{
	size_t cap = 0;
	for (int pass = 0; pass < 2; pass++) {
		bool person = pass == 1;
		for (size_t i = 0; i < n; i++) {
			int64_t id = person ? rows[i].owner_id : rows[i].unit_id;
			bool seen = id == 0;
			for (size_t j = 0; j < i && !seen; j++)
				seen = (person ? rows[j].owner_id : rows[j].unit_id) == id;
			if (seen)
				continue;
			const char *name = NULL;
			struct grip_error saved = g->err;
			if (person) {
				struct grip_person *p = grip_person_get(g, id);
				name = p ? p->email : NULL;
			} else {
				struct grip_unit *u = grip_unit_get(g, id);
				name = u ? u->name : NULL;
			}
			if (!name) { /* not one the actor may name */
				if (g->err.code == GRIP_ENOMEM)
					return -1;
				g->err = saved;
				continue;
			}
			struct grip_calibration *c = calibrate(g, rows, n, person, id, name);
			if (!c || push_ptr(g, (void ***)out, count, &cap, c) < 0)
				return -1;
		}
	}
	if (*count)
		qsort(*out, *count, sizeof **out, by_name);
	return 0;
}

int grip_calibration(struct grip *g, int64_t cycle_id, const char *unit_name, const char *person_email,
		     struct grip_calibration ***out, size_t *n)
{
	*out = NULL;
	*n = 0;
	if (unit_name && person_email)
		return grip_fail(g, GRIP_EINVAL, "person", "ask for a unit or a person, not both");
	struct grip_cycle *cycle = grip_cycle_get(g, cycle_id);
	if (!cycle)
		return -1;
	struct grip_unit *u = NULL;
	struct grip_person *p = NULL;
	if (unit_name && !(u = grip_unit_by_name(g, unit_name)))
		return -1;
	if (person_email && !(p = grip_person_by_email(g, person_email))) {
		snprintf(g->err.field, sizeof g->err.field, "person");
		return -1;
	}
	struct scored *rows;
	size_t count;
	if (load_scores(g, cycle->id, &rows, &count) < 0)
		return -1;
	if (!u && !p)
		return calibrate_all(g, rows, count, out, n);
	struct grip_calibration **one = arena_calloc(g->arena, 1, sizeof *one);
	if (!one)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	one[0] = u ? calibrate(g, rows, count, false, u->id, u->name) : calibrate(g, rows, count, true, p->id, p->email);
	if (!one[0])
		return -1;
	*out = one;
	*n = 1;
	return 0;
}

json_t *grip_calibration_json(const struct grip_calibration *c)
{
	json_t *bins = json_array();
	for (int i = 0; bins && i < GRIP_CALIBRATION_BINS; i++)
		json_array_append_new(bins, json_integer(c->bins[i]));
	bool any = c->count > 0;
	return json_pack("{ss sI ss si so so so so so ss ss}", "kind", c->person ? "person" : "unit", "id",
			 (json_int_t)c->id, "name", c->name, "count", c->count, "mean",
			 any ? grip_json_number(c->mean) : json_null(), "sd", any ? grip_json_number(c->sd) : json_null(),
			 "min", any ? grip_json_number(c->min) : json_null(), "max",
			 any ? grip_json_number(c->max) : json_null(), "bins", bins ? bins : json_null(), "verdict",
			 grip_verdict_name(c->verdict), "advice", grip_verdict_advice(c->verdict));
}
