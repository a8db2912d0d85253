/*
 * coach_load.c — what the coach's rules read, loaded once per grip_coach
 * call into struct coach (coach.h): the units in scope, current
 * memberships, the text rules of the org's locale, each group's programme
 * with its objectives and their history, the cycles of OKRs not closed with
 * their objectives and figures, and this week's and last week's
 * commitments as the actor may see them.
 */
#include "core/coach.h"
#include "core/lexicon.h"

#include <string.h>

/* Marks the units in scope: visible to the actor (grip_unit_list keeps
 * only those), and the unit asked for or below it. */
static int load_units(struct coach *cx)
{
	struct grip *g = cx->g;
	if (grip_unit_list(g, &cx->units, &cx->n_units) < 0)
		return -1;
	if (cx->scope && !coach_unit(cx, cx->scope))
		return grip_fail(g, GRIP_ENOTFOUND, "unit", "no such unit");
	cx->in_scope = arena_calloc(g->arena, cx->n_units + 1, sizeof *cx->in_scope);
	int64_t *ids = arena_calloc(g->arena, cx->n_units + 1, sizeof *ids);
	int64_t *parents = arena_calloc(g->arena, cx->n_units + 1, sizeof *parents);
	size_t all = 0, cap = cx->n_units + 1;
	if (!cx->in_scope || !ids || !parents)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	/* Parents of every unit, seen or not: a unit below a private one is
	 * still below the unit asked for. */
	struct store_stmt *st = store_q(g->store, "SELECT id, parent_id FROM units WHERE org_id = ?",
					V(g->org_id));
	if (!st)
		return STORE_FAIL(g);
	enum store_rc rc;
	while ((rc = store_step(st)) == STORE_ROW) {
		if (all == cap) {
			int64_t *more_ids = arena_calloc(g->arena, cap * 2, sizeof *ids);
			int64_t *more_parents = arena_calloc(g->arena, cap * 2, sizeof *parents);
			if (!more_ids || !more_parents)
				break;
			memcpy(more_ids, ids, all * sizeof *ids);
			memcpy(more_parents, parents, all * sizeof *parents);
			ids = more_ids;
			parents = more_parents;
			cap *= 2;
		}
		ids[all] = store_col_int(st, 0);
		parents[all++] = store_col_int(st, 1);
	}
	store_done(st);
	if (rc != STORE_DONE)
		return rc == STORE_ROW ? grip_fail(g, GRIP_ENOMEM, NULL, "out of memory") : STORE_FAIL(g);
	for (size_t i = 0; i < cx->n_units; i++) {
		int64_t at = cx->units[i]->id;
		for (size_t steps = 0; at && steps <= all && at != cx->scope && cx->scope; steps++) {
			size_t k = 0;
			while (k < all && ids[k] != at)
				k++;
			at = k < all ? parents[k] : 0;
		}
		cx->in_scope[i] = !cx->scope || at == cx->scope;
	}
	return 0;
}

static int load_members(struct coach *cx)
{
	struct grip *g = cx->g;
	const char *today = today_text(g);
	struct store_stmt *st = today ? store_q(g->store,
		"SELECT person_id, unit_id, role FROM memberships WHERE org_id = ? AND joined_on <= ?"
		" AND (left_on IS NULL OR left_on > ?) ORDER BY unit_id, person_id, id",
		V(g->org_id), V(today), V(today)) : NULL;
	if (!st)
		return today ? STORE_FAIL(g) : -1;
	size_t cap = 0;
	enum store_rc rc;
	while ((rc = store_step(st)) == STORE_ROW) {
		if (cx->n_members == cap) {
			size_t ncap = cap ? cap * 2 : 64;
			struct coach_member *more = arena_calloc(g->arena, ncap, sizeof *more);
			if (!more)
				break;
			if (cap)
				memcpy(more, cx->members, cap * sizeof *more);
			cx->members = more;
			cap = ncap;
		}
		enum grip_member_role role;
		if (member_role_col(g, st, 2, &role) < 0) {
			store_done(st);
			return -1;
		}
		cx->members[cx->n_members++] = (struct coach_member){ store_col_int(st, 0),
								      store_col_int(st, 1), role };
	}
	store_done(st);
	if (rc == STORE_ROW)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	return rc == STORE_DONE ? 0 : STORE_FAIL(g);
}

static int load_reader(struct coach *cx)
{
	if (!(cx->locale = lexicon_locale(cx->g)) || !(cx->reader = coach_reader_load(cx->g, cx->locale)))
		return -1;
	return 0;
}

static int load_cycles(struct coach *cx)
{
	struct grip *g = cx->g;
	struct grip_cycle **cs;
	size_t n;
	if (grip_cycle_list(g, &cs, &n) < 0)
		return -1;
	cx->groups = arena_calloc(g->arena, cx->n_units + 1, sizeof *cx->groups);
	cx->cycles = arena_calloc(g->arena, n + 1, sizeof *cx->cycles);
	if (!cx->groups || !cx->cycles)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	for (size_t i = 0; i < cx->n_units; i++) {
		struct grip_unit *u = cx->units[i];
		/* The group's current programme, unless it is over. */
		struct grip_cycle *p = cx->in_scope[i] && u->kind == GRIP_UNIT_GROUP
					       ? grip_programme_current(cs, n, u->id) : NULL;
		if (!p || p->status == GRIP_CYCLE_CLOSED)
			continue;
		struct coach_group *gr = &cx->groups[cx->n_groups++];
		gr->unit = u;
		gr->programme = p;
		gr->week = grip_cycle_week_number(p, cx->today);
		gr->halfway = p->weeks / 2 + 1;
		if (coach_group_load(cx, gr) < 0)
			return -1;
	}
	bool earlier = false; /* an OKR cycle started before the one at hand */
	for (size_t i = 0; i < n; i++) {
		if (cs[i]->kind == GRIP_CYCLE_PROGRAMME)
			continue;
		bool first = !earlier;
		earlier = true;
		if (cs[i]->status == GRIP_CYCLE_CLOSED)
			continue;
		struct coach_cycle *cc = &cx->cycles[cx->n_cycles++];
		cc->cycle = cs[i];
		cc->first = first;
		if (objectives_of_cycle(g, cs[i]->id, &cc->objs, &cc->n_objs) < 0 ||
		    objectives_figures(g, cc->objs, cc->n_objs, NULL) < 0)
			return -1;
	}
	return 0;
}

static int load_commitments(struct coach *cx)
{
	struct grip_commitment **now, **last;
	size_t n_now, n_last;
	if (grip_commit_list(cx->g, NULL, cx->this_week, &now, &n_now) < 0 ||
	    grip_commit_list(cx->g, NULL, cx->last_week, &last, &n_last) < 0)
		return -1;
	cx->commits = arena_calloc(cx->g->arena, n_now + n_last + 1, sizeof *cx->commits);
	if (!cx->commits)
		return grip_fail(cx->g, GRIP_ENOMEM, NULL, "out of memory");
	if (n_last)
		memcpy(cx->commits, last, n_last * sizeof *last);
	if (n_now)
		memcpy(cx->commits + n_last, now, n_now * sizeof *now);
	cx->n_commits = n_now + n_last;
	return 0;
}

int coach_load(struct coach *cx)
{
	return load_units(cx) < 0 || load_members(cx) < 0 || load_reader(cx) < 0 ||
	       load_cycles(cx) < 0 || load_commitments(cx) < 0 ? -1 : 0;
}
