/*
 * due.c — what is due from the actor now, by the org's clock
 * (docs/model.md, "What is due"): one list that My week, `grip due`, the
 * API and the reminders all read, so that a reminder never tells of
 * something a page would not show as due.
 */
#include "core/internal.h"

#include <stdio.h>

#include "util/date.h"

/* Appends one item to the list being built. */
static int due_push(struct grip *g, struct grip_due ***out, size_t *n, size_t *cap, const char *kind,
		    int64_t id, const char *title, const char *link, const char *period, int32_t since)
{
	if (*n == *cap) {
		size_t ncap = *cap ? 2 * *cap : 8;
		struct grip_due **grown = grip_alloc(g, ncap * sizeof *grown);
		if (!grown)
			return -1;
		for (size_t i = 0; i < *n; i++)
			grown[i] = (*out)[i];
		*out = grown;
		*cap = ncap;
	}
	struct grip_due *d = grip_alloc(g, sizeof *d);
	if (!d)
		return -1;
	*d = (struct grip_due){ .kind = kind, .object_id = id, .title = title, .link = link,
				.period = period, .since = since };
	(*out)[(*n)++] = d;
	return 0;
}

static const char *objective_link(struct grip *g, int64_t id)
{
	char buf[40];
	snprintf(buf, sizeof buf, "/objectives/%lld", (long long)id);
	return grip_strdup(g, buf);
}

int grip_due(struct grip *g, struct grip_due ***out, size_t *n)
{
	*out = NULL;
	*n = 0;
	size_t cap = 0;
	int32_t today = grip_today(g);
	struct grip_week w;
	if (grip_org_week(g, today, &w) < 0)
		return -1;
	const char *week = grip_strdup(g, w.iso);
	if (!week)
		return -1;

	struct grip_objective **os;
	size_t k;
	if (grip_checkins_due(g, &os, &k) < 0)
		return -1;
	for (size_t i = 0; i < k; i++)
		if (due_push(g, out, n, &cap, "checkin.due", os[i]->id, os[i]->title,
			     objective_link(g, os[i]->id), week, w.first) < 0)
			return -1;

	struct grip_review_due **rs;
	if (grip_reviews_due(g, &rs, &k) < 0)
		return -1;
	for (size_t i = 0; i < k; i++) {
		int32_t mid = today;
		date_parse(rs[i]->midpoint, &mid);
		if (due_push(g, out, n, &cap, "review.due", rs[i]->objective->id, rs[i]->objective->title,
			     objective_link(g, rs[i]->objective->id), rs[i]->midpoint, mid) < 0)
			return -1;
	}
	return 0;
}

json_t *grip_due_json(const struct grip_due *d)
{
	char since[DATE_LEN];
	date_format(d->since, since);
	return json_pack("{ss sI ss ss? ss ss}", "kind", d->kind, "object_id", (json_int_t)d->object_id, "title",
			 d->title, "link", d->link, "period", d->period, "since", since);
}
