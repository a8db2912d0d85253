/*
 * actor.c — the acting person's place in the org, loaded once for a
 * request: the units they currently belong to, and the units they lead
 * with every unit below those. perm.c and visibility.c ask it "does the
 * actor lead this unit?" and "are they in it?" without going back to the
 * store for each rule.
 *
 * What it holds answers exactly as the queries of membership.c do for the
 * actor: a membership counts until its left_on (today in the org's clock
 * is before it); a unit is led through units.lead_id or a current "lead"
 * membership, and leading a unit leads every unit below it. It is loaded
 * on the first question, for the actor, org and day it was asked for, and
 * dropped with any change the request makes (grip_event), as the
 * remembered figures and visibility are.
 */
#include "core/internal.h"

#include <stdlib.h>
#include <string.h>

struct grip_reach {
	int64_t actor_id;
	int64_t org_id;
	int32_t day;
	int64_t *led;       /* sorted: units the actor leads, or leads one above */
	size_t n_led;
	int64_t *member_of; /* sorted: units with a current membership of theirs */
	size_t n_member;
};

static int cmp_id(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return (x > y) - (x < y);
}

static bool has(const int64_t *ids, size_t n, int64_t id)
{
	return n && bsearch(&id, ids, n, sizeof *ids, cmp_id) != NULL;
}

/* Appends id to a growing arena array (capacity doubles). */
static bool push(struct grip *g, int64_t **ids, size_t *n, size_t *cap, int64_t id)
{
	if (*n == *cap) {
		size_t more = *cap ? *cap * 2 : 16;
		int64_t *fresh = arena_calloc(g->arena, more, sizeof *fresh);
		if (!fresh)
			return false;
		if (*n)
			memcpy(fresh, *ids, *n * sizeof *fresh);
		*ids = fresh;
		*cap = more;
	}
	(*ids)[(*n)++] = id;
	return true;
}

/* One statement: the units the actor leads (by lead_id or a current lead
 * membership) and all below them, then the units they are in today. */
static struct grip_reach *reach_load(struct grip *g, int32_t day, const char *today)
{
	struct grip_reach *r = grip_alloc(g, sizeof *r);
	if (!r)
		return NULL;
	*r = (struct grip_reach){ .actor_id = g->actor->id, .org_id = g->org_id, .day = day };
	int64_t me = g->actor->id;
	struct store_stmt *st = store_q(g->store,
		"WITH RECURSIVE led (id) AS ("
		" SELECT id FROM units WHERE org_id = ? AND lead_id = ?"
		" UNION SELECT unit_id FROM memberships WHERE person_id = ? AND role = 'lead'"
		"  AND (left_on IS NULL OR left_on > ?)"
		" UNION SELECT u.id FROM units u JOIN led ON u.parent_id = led.id)"
		" SELECT 1, id FROM led"
		" UNION ALL SELECT 0, unit_id FROM memberships WHERE person_id = ?"
		" AND (left_on IS NULL OR left_on > ?)",
		V(g->org_id), V(me), V(me), V(today), V(me), V(today));
	if (!st) {
		STORE_FAIL(g);
		return NULL;
	}
	size_t cap_led = 0, cap_member = 0;
	bool ok = true;
	enum store_rc rc;
	while (ok && (rc = store_step(st)) == STORE_ROW) {
		int64_t id = store_col_int(st, 1);
		ok = store_col_int(st, 0) ? push(g, &r->led, &r->n_led, &cap_led, id)
					  : push(g, &r->member_of, &r->n_member, &cap_member, id);
	}
	store_done(st);
	if (!ok) {
		grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
		return NULL;
	}
	if (rc != STORE_DONE) {
		STORE_FAIL(g);
		return NULL;
	}
	if (r->n_led)
		qsort(r->led, r->n_led, sizeof *r->led, cmp_id);
	if (r->n_member)
		qsort(r->member_of, r->n_member, sizeof *r->member_of, cmp_id);
	return r;
}

/* The actor's reach for today, loaded on first use; NULL with no actor or
 * when it cannot be loaded (then every answer is no, as a failed query
 * answered before). The error, if any, is not left behind. */
static struct grip_reach *reach(struct grip *g)
{
	if (!g->actor)
		return NULL;
	int32_t day = grip_today(g);
	struct grip_reach *r = g->reach;
	if (r && r->actor_id == g->actor->id && r->org_id == g->org_id && r->day == day)
		return r;
	struct grip_error saved = g->err;
	const char *today = today_text(g);
	r = today ? reach_load(g, day, today) : NULL;
	g->err = saved;
	g->reach = r;
	return r;
}

bool actor_leads_unit(struct grip *g, int64_t unit_id)
{
	struct grip_reach *r = reach(g);
	return r && has(r->led, r->n_led, unit_id);
}

bool actor_member_of(struct grip *g, int64_t unit_id)
{
	struct grip_reach *r = reach(g);
	return r && has(r->member_of, r->n_member, unit_id);
}

bool actor_leads_any(struct grip *g)
{
	struct grip_reach *r = reach(g);
	return r && r->n_led;
}

void actor_forget(struct grip *g)
{
	g->reach = NULL;
}
