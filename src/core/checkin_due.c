/*
 * checkin_due.c — which check-ins are due: the weekly GRIP check-in is
 * asked of each objective its person works on, once a week. One rule, for
 * My week, `grip checkin due` and GET /checkins/due alike.
 *
 * An objective's check-in is due when it is not finished (achieved, missed
 * or dropped), the actor may check in on it, and it has had none since this
 * week's Monday (the ISO week of grip_today), or is stale (no check-in
 * within the cadence, docs/model.md).
 */
#include "core/internal.h"

#include "util/date.h"

bool grip_checkin_due(struct grip *g, const struct grip_objective *o)
{
	int64_t t;
	if (objective_is_terminal(o->status))
		return false;
	int32_t monday = week_monday(week_of(grip_today(g)));
	bool checked_this_week = o->last_checkin && datetime_parse(o->last_checkin, &t) && datetime_day(t) >= monday;
	if (checked_this_week && !o->stale)
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
