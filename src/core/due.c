/*
 * due.c — what is due from the actor now, by the org's clock
 * (docs/model.md, "What is due"): one list that My week, `grip due`, the
 * API and the reminders all read, so that a reminder never tells of
 * something a page would not show as due. Each kind has one rule, in the
 * core file of its concept; this file gathers them in a fixed order:
 *
 *   checkin.due         checkin_due.c (per cadence)
 *   commitment.write    due_group.c
 *   commitment.close    due_group.c
 *   review.due          review_due.c
 *   score.due           due_work.c
 *   group.review        due_group.c
 *   member.drifting     due_group.c (the group report's drifting)
 *   approval.waiting    due_work.c (approval.c's queue)
 *   objective.returned  due_work.c (approval.c's returned)
 *
 * An item's period is what makes its reminder once (the key of its row in
 * the outbox is KIND:OBJECT:PERIOD); `since` is the day it became due.
 * Someone who has left, and a viewer, who writes nothing, owe nothing.
 */
#include "core/due.h"

#include <stdio.h>

#include "util/date.h"

int due_push(struct grip *g, struct due_list *l, const char *kind, int64_t id, const char *title,
	     const char *link, const char *period, int32_t since)
{
	struct grip_due *d = grip_alloc(g, sizeof *d);
	if (!d)
		return -1;
	*d = (struct grip_due){ .kind = kind, .object_id = id, .title = grip_strdup(g, title ? title : ""),
				.link = grip_strdup(g, link), .period = grip_strdup(g, period), .since = since };
	if (!d->title || !d->link || !d->period)
		return -1;
	return push_ptr(g, (void ***)&l->items, &l->n, &l->cap, d);
}

const char *due_objective_link(struct grip *g, int64_t id, const char *tail)
{
	char buf[64];
	snprintf(buf, sizeof buf, "/objectives/%lld%s", (long long)id, tail);
	return grip_strdup(g, buf);
}

/* Check-ins due, each for the period of its cadence (checkin_due.c). */
static int due_checkins(struct grip *g, struct due_list *l)
{
	struct grip_objective **os;
	size_t k;
	if (grip_checkins_due(g, &os, &k) < 0)
		return -1;
	for (size_t i = 0; i < k; i++) {
		struct grip_checkin_window w;
		if (grip_checkin_window(g, os[i]->cadence, &w) < 0 ||
		    due_push(g, l, "checkin.due", os[i]->id, os[i]->title, due_objective_link(g, os[i]->id, "/checkin"),
			     w.period, w.from) < 0)
			return -1;
	}
	return 0;
}

/* Mid-cycle reviews due (review_due.c), once per cycle's mid-point. */
static int due_reviews(struct grip *g, struct due_list *l)
{
	struct grip_review_due **rs;
	size_t k;
	if (grip_reviews_due(g, &rs, &k) < 0)
		return -1;
	for (size_t i = 0; i < k; i++) {
		int32_t mid = l->today;
		date_parse(rs[i]->midpoint, &mid);
		if (due_push(g, l, "review.due", rs[i]->objective->id, rs[i]->objective->title,
			     due_objective_link(g, rs[i]->objective->id, "/reviews/new"), rs[i]->midpoint, mid) < 0)
			return -1;
	}
	return 0;
}

int grip_due(struct grip *g, struct grip_due ***out, size_t *n)
{
	*out = NULL;
	*n = 0;
	if (!g->actor)
		return grip_fail(g, GRIP_EPERM, NULL, "no acting person");
	struct due_list l = { .today = grip_today(g) };
	if (grip_org_week(g, l.today, &l.week) < 0 || grip_org_week(g, l.today - 7, &l.last_week) < 0)
		return -1;
	if (!g->actor->active || !grip_may_write(g, NULL))
		return 0; /* someone who left, or a viewer, owes nothing */
	if (due_checkins(g, &l) < 0 || due_commitments(g, &l) < 0 || due_reviews(g, &l) < 0 ||
	    due_scores(g, &l) < 0 || due_groups(g, &l) < 0 || due_approvals(g, &l) < 0)
		return -1;
	*out = l.items;
	*n = l.n;
	return 0;
}

json_t *grip_due_json(const struct grip_due *d)
{
	char since[DATE_LEN];
	date_format(d->since, since);
	return json_pack("{ss sI ss ss ss ss}", "kind", d->kind, "object_id", (json_int_t)d->object_id, "title",
			 d->title, "link", d->link, "period", d->period, "since", since);
}
