/*
 * remind.c — turning what is due into notifications (docs/model.md,
 * "Reminders"): for each active person of the org, what grip_due lists as
 * theirs becomes one row in the outbox per channel they hear on, keyed by
 * kind, object and period so that running this again queues nothing new.
 */
#include "core/internal.h"

#include <stdio.h>
#include <string.h>

/* The subject of a reminder of d. */
static const char *remind_subject(struct grip *g, const struct grip_due *d)
{
	char buf[600];
	if (strcmp(d->kind, "checkin.due") == 0)
		snprintf(buf, sizeof buf, "Check-in due: %s", d->title);
	else if (strcmp(d->kind, "review.due") == 0)
		snprintf(buf, sizeof buf, "Mid-cycle review due: %s", d->title);
	else
		snprintf(buf, sizeof buf, "%s: %s", d->kind, d->title);
	return grip_strdup(g, buf);
}

/* The rows of one person's due items. */
static int remind_person(struct grip *g, struct grip_person *p, size_t *queued)
{
	g->actor = p;
	g->memo = NULL; /* figures and visibility were decided for the last actor */
	g->seen = NULL;
	struct grip_due **ds;
	size_t n;
	if (grip_due(g, &ds, &n) < 0)
		return -1;
	char recipient[32];
	snprintf(recipient, sizeof recipient, "p%lld", (long long)p->id);
	static const char *const channels[] = { "app", "email" };
	for (size_t i = 0; i < n; i++) {
		char key[200];
		snprintf(key, sizeof key, "%s:%lld:%s", ds[i]->kind, (long long)ds[i]->object_id, ds[i]->period);
		const char *subject = remind_subject(g, ds[i]);
		if (!subject)
			return -1;
		for (size_t c = 0; c < sizeof channels / sizeof channels[0]; c++) {
			struct grip_notification note = {
				.recipient = recipient, .person_id = p->id, .channel = channels[c],
				.kind = ds[i]->kind, .dedup = key, .subject = subject, .body = subject,
				.link = ds[i]->link,
			};
			int rc = grip_outbox_add(g, &note);
			if (rc < 0)
				return -1;
			*queued += (size_t)rc;
		}
	}
	return 0;
}

int grip_remind_queue(struct grip *g, size_t *queued)
{
	*queued = 0;
	struct grip_person *was = g->actor;
	struct grip_person **people;
	size_t n;
	if (grip_person_list(g, &people, &n) < 0)
		return -1;
	int rc = 0;
	for (size_t i = 0; i < n && rc == 0; i++) {
		if (!people[i]->active)
			continue;
		if (grip_begin(g, true) < 0)
			return -1;
		rc = remind_person(g, people[i], queued);
		if (rc == 0)
			rc = grip_commit(g);
		else
			grip_rollback(g);
	}
	g->actor = was;
	g->memo = NULL;
	g->seen = NULL;
	return rc;
}
