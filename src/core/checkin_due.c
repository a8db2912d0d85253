/*
 * checkin_due.c — which check-ins are due: the GRIP check-in is asked of
 * each objective its person works on, once per period of its cadence. One
 * rule, for My week, `grip checkin due`, `grip due` and GET /checkins/due
 * alike (docs/model.md, "What is due").
 *
 * An objective's check-in is due when it is agreed and not finished
 * (approved or active: a draft or a proposal waits for its lead, and
 * achieved, missed or dropped are over), its cycle is running (active: not before it, not in
 * scoring), the actor may check in on it, and it has had none in its
 * cadence's window, or is stale (no check-in within the cadence's days).
 * The window, by the org's clock (grip_today, grip_org_week):
 *
 *   weekly       since the first day of this org week
 *   fortnightly  since the first day of the org week before this one
 *   monthly      since the first day of this month
 *
 * The period a due check-in is reminded for (once each): the ISO name of
 * this org week for weekly and fortnightly ("2026-W48"), the month for
 * monthly ("2026-11").
 */
#include "core/internal.h"

#include <stdio.h>

#include "util/date.h"

int grip_checkin_window(struct grip *g, enum grip_cadence cadence, struct grip_checkin_window *w)
{
	int32_t today = grip_today(g);
	struct grip_week week;
	if (grip_org_week(g, today, &week) < 0)
		return -1;
	if (cadence == GRIP_CADENCE_MONTHLY) {
		int y, m, d;
		date_to_civil(today, &y, &m, &d);
		w->from = date_from_civil(y, m, 1);
		snprintf(w->period, sizeof w->period, "%04d-%02d", y, m);
		return 0;
	}
	w->from = cadence == GRIP_CADENCE_FORTNIGHTLY ? week.first - 7 : week.first;
	snprintf(w->period, sizeof w->period, "%s", week.iso);
	return 0;
}

int32_t checkin_period_next(enum grip_cadence cadence, int32_t day)
{
	if (cadence == GRIP_CADENCE_MONTHLY) {
		int y, m, d;
		date_to_civil(day, &y, &m, &d);
		return date_from_civil(m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 1);
	}
	return day + (cadence == GRIP_CADENCE_FORTNIGHTLY ? 14 : 7);
}

bool grip_checkin_due(struct grip *g, const struct grip_objective *o)
{
	int64_t t;
	if (o->status != GRIP_OBJECTIVE_APPROVED && o->status != GRIP_OBJECTIVE_ACTIVE)
		return false;
	struct grip_error saved = g->err;
	struct grip_cycle *c = cycle_stored(g, o->cycle_id);
	if (!c || c->status != GRIP_CYCLE_ACTIVE) {
		g->err = saved;
		return false;
	}
	struct grip_checkin_window w;
	if (grip_checkin_window(g, o->cadence, &w) < 0) {
		g->err = saved;
		return false;
	}
	bool checked = o->last_checkin && datetime_parse(o->last_checkin, &t) && grip_day_of(g, t) >= w.from;
	if (checked && !o->stale)
		return false;
	return grip_may_checkin(g, o, NULL);
}

int grip_checkins_due(struct grip *g, struct grip_objective ***out, size_t *n)
{
	struct grip_objective **os;
	size_t count;
	if (grip_objective_mine(g, &os, &count) < 0)
		return -1;
	size_t kept = 0;
	for (size_t i = 0; i < count; i++)
		if (grip_checkin_due(g, os[i]))
			os[kept++] = os[i];
	*out = os;
	*n = kept;
	return 0;
}
