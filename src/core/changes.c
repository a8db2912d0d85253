/*
 * changes.c — what a write changed, kept for the read caches of grip serve
 * (docs/performance.md, "What a write changed, and the read cache").
 *
 * A write is one transaction (grip_begin .. grip_commit: the CLI, the
 * reminder and delivery rounds) or one job of the server's writer (its
 * savepoint). grip_changes_begin notes the store's count of changed rows;
 * grip_changes_record, in the same transaction, adds to the change log
 * (0009_changes.sql) what the write changed:
 *  - nothing, when it changed no row;
 *  - a row for each objective it names and each objective above those
 *    through alignments, when it is scoped: a core op declared at its start
 *    that its effect is confined to the figures, check-ins and values of
 *    the objectives it names (grip_change_scope), named them after its last
 *    write (grip_changed_objective), and no row changed outside it;
 *  - else one row for all of its org, or, with no org, for everything.
 * The server's reads collect the objectives an answer holds (grip_held_*)
 * and apply the log's newer rows to their cache (grip_changes_since).
 */
#include "core/internal.h"

#include <stdio.h>
#include <string.h>

#include "store/store.h"

#define CHANGES_MAX 64    /* objectives named by one write; beyond, the whole org */
#define HELD_MAX 128      /* objectives one answer holds; beyond, anything of the org */
#define CHANGES_KEEP 8192 /* rows the log keeps at least */
#define CHANGES_PRUNE 512 /* pruned each time an id passes a multiple of this */
#define CHANGES_READ_MAX 4096 /* rows a reader applies at once; beyond, it keeps nothing */

enum scope { SCOPE_NONE, SCOPE_ON, SCOPE_BROKEN };

struct grip_changes {
	/* the write */
	uint64_t base; /* the store's count of changed rows when it began */
	uint64_t mark; /* that count where the scoped op last stood */
	enum scope scope;
	bool wide; /* recorded: it changed rows outside any scope */
	int64_t ids[CHANGES_MAX];
	size_t n;
	bool overflow;
	/* the read */
	bool holding;  /* collecting what the answer holds */
	bool held_any; /* too many to name */
	int64_t held[HELD_MAX];
	size_t n_held;
};

static struct grip_changes *changes_of(struct grip *g)
{
	if (!g->changes)
		g->changes = arena_alloc(g->arena, sizeof *g->changes);
	return g->changes;
}

int grip_changes_begin(struct grip *g)
{
	struct grip_changes *c = changes_of(g);
	if (!c)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	c->base = c->mark = store_changes(g->store);
	c->scope = SCOPE_NONE;
	c->wide = false;
	c->n = 0;
	c->overflow = false;
	return 0;
}

void grip_change_scope(struct grip *g)
{
	struct grip_changes *c = changes_of(g);
	if (!c || !g->store)
		return; /* out of memory: no scope, so the whole org (or the write fails) */
	/* Rows changed since the write began, or since the last scoped op
	 * ended, belong to no scope: the write stays unscoped. */
	c->scope = c->scope != SCOPE_BROKEN && store_changes(g->store) == c->mark ? SCOPE_ON : SCOPE_BROKEN;
}

void grip_changed_objective(struct grip *g, int64_t objective_id)
{
	struct grip_changes *c = changes_of(g);
	if (!c)
		return; /* out of memory: the caller's own write fails on it soon */
	if (c->scope == SCOPE_ON && g->store)
		c->mark = store_changes(g->store);
	for (size_t i = 0; i < c->n; i++)
		if (c->ids[i] == objective_id)
			return;
	if (c->n < CHANGES_MAX)
		c->ids[c->n++] = objective_id;
	else
		c->overflow = true;
}

bool grip_changes_scoped(struct grip *g)
{
	struct grip_changes *c = g->changes;
	return c && c->scope == SCOPE_ON && c->n && !c->overflow && store_changes(g->store) == c->mark;
}

/* Deletes the oldest rows once the newest id passed a multiple of
 * CHANGES_PRUNE: a bounded piece of work every few hundred rows. */
static int prune(struct grip *g, int64_t first, int64_t last)
{
	if (last / CHANGES_PRUNE == (first - 1) / CHANGES_PRUNE || last <= CHANGES_KEEP)
		return 0;
	return store_sx(g->store, "DELETE FROM changes WHERE id <= ?", V(last - CHANGES_KEEP)) == STORE_OK
		? 0 : STORE_FAIL(g);
}

int grip_changes_record(struct grip *g)
{
	struct grip_changes *c = g->changes;
	uint64_t now = store_changes(g->store);
	if (now == (c ? c->base : 0))
		return 0; /* nothing changed: a read, or a write refused before it wrote */
	int64_t first = 0, last = 0;
	if (!grip_changes_scoped(g)) {
		if (c)
			c->wide = true;
		if (store_x(g->store, &first, "INSERT INTO changes (org_id, objective_id) VALUES (?, NULL) RETURNING id",
			    VID(g->org_id)) != STORE_OK)
			return STORE_FAIL(g);
		return prune(g, first, first);
	}
	/* One statement: the named objectives (up to CHANGES_MAX, the rest of
	 * the places NULL) and every objective above them through alignments
	 * (an objective's figures roll up into those), each once; RETURNING
	 * gives the ids it took. */
	struct store_val vals[CHANGES_MAX + 1];
	for (size_t i = 0; i < CHANGES_MAX; i++)
		vals[i] = store_val_id(i < c->n ? c->ids[i] : 0);
	vals[CHANGES_MAX] = store_val_id(g->org_id);
#define NAMED1 "(CAST(? AS BIGINT))"
#define NAMED8 NAMED1 "," NAMED1 "," NAMED1 "," NAMED1 "," NAMED1 "," NAMED1 "," NAMED1 "," NAMED1
	struct store_stmt *st = store_query(g->store,
		"INSERT INTO changes (org_id, objective_id)"
		" WITH RECURSIVE named(id) AS (VALUES " NAMED8 "," NAMED8 "," NAMED8 "," NAMED8 ","
		NAMED8 "," NAMED8 "," NAMED8 "," NAMED8 "),"
		" up(id) AS (SELECT id FROM named WHERE id IS NOT NULL"
		"  UNION SELECT a.parent_id FROM alignments a JOIN up ON a.child_id = up.id)"
		" SELECT ?, id FROM up RETURNING id",
		vals, CHANGES_MAX + 1);
#undef NAMED8
#undef NAMED1
	_Static_assert(CHANGES_MAX == 64, "the statement above names 64 places");
	if (!st)
		return STORE_FAIL(g);
	enum store_rc rc;
	while ((rc = store_step(st)) == STORE_ROW) {
		int64_t id = store_col_int(st, 0);
		if (!first || id < first)
			first = id;
		if (id > last)
			last = id;
	}
	store_done(st);
	if (rc != STORE_DONE)
		return STORE_FAIL(g);
	return prune(g, first, last);
}

bool grip_changes_wide(const struct grip *g)
{
	return g->changes && g->changes->wide;
}

int grip_changes_latest(struct grip *g, int64_t *id)
{
	*id = 0;
	return store_x(g->store, id, "SELECT COALESCE(max(id), 0) FROM changes") == STORE_OK ? 0 : STORE_FAIL(g);
}

int grip_changes_since(struct grip *g, int64_t after, int64_t upto, struct grip_change **out, size_t *n,
		       bool *complete)
{
	*out = NULL;
	*n = 0;
	*complete = false;
	if (upto <= after) {
		*complete = true;
		return 0;
	}
	if (upto - after > CHANGES_READ_MAX)
		return 0;
	struct grip_change *rows = arena_calloc(g->arena, (size_t)(upto - after), sizeof *rows);
	if (!rows)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	/* Row `after` itself still there: nothing after it was pruned. */
	struct store_stmt *st = store_q(g->store,
		"SELECT id, org_id, objective_id FROM changes WHERE id >= ? AND id <= ? ORDER BY id", V(after),
		V(upto));
	if (!st)
		return STORE_FAIL(g);
	enum store_rc rc;
	bool first = true;
	while ((rc = store_step(st)) == STORE_ROW) {
		int64_t id = store_col_int(st, 0);
		if (first)
			*complete = id == after;
		first = false;
		if (id == after || *n == (size_t)(upto - after))
			continue;
		rows[(*n)++] = (struct grip_change){ .id = id, .org_id = store_col_int(st, 1),
						     .objective_id = store_col_int(st, 2) };
	}
	store_done(st);
	if (rc != STORE_DONE)
		return STORE_FAIL(g);
	*out = rows;
	return 0;
}

void grip_held_begin(struct grip *g)
{
	struct grip_changes *c = changes_of(g);
	if (!c)
		return;
	c->holding = true;
	c->held_any = false;
	c->n_held = 0;
}

void grip_held_objective(struct grip *g, int64_t objective_id)
{
	struct grip_changes *c = g->changes;
	if (!c || !c->holding || c->held_any)
		return;
	for (size_t i = c->n_held; i-- > 0;)
		if (c->held[i] == objective_id)
			return;
	if (c->n_held < HELD_MAX)
		c->held[c->n_held++] = objective_id;
	else
		c->held_any = true;
}

bool grip_held(const struct grip *g, const int64_t **ids, size_t *n)
{
	const struct grip_changes *c = g->changes;
	if (!c || !c->holding || c->held_any)
		return false;
	*ids = c->held;
	*n = c->n_held;
	return true;
}
