/*
 * remind.c — turning what is due into notifications (docs/model.md,
 * "Reminders"): from the org's remind_hour on, for each active person of
 * the org, what grip_due lists as theirs becomes one row in the outbox per
 * channel, keyed "KIND:OBJECT_ID:PERIOD" so that running this again queues
 * nothing new. The words come from the org's locale (message.c).
 *
 * The channels of one item:
 *  1. "app", always: the person's in-app list.
 *  2. "email", when the person has email notices on; with a weekly digest
 *     it waits until grip_digest_at, and the sender bundles what waits.
 *  3. "webhook", once per unit and period, for the kinds about a unit's
 *     own objectives (webhook_kinds) when that unit has a webhook: only a
 *     strategic or team objective visible to the whole org, in a unit that
 *     is not private. A channel's readers are not known to grip, so
 *     nothing a page would hide from anyone in the org is posted there:
 *     not a person's commitments or drifting, not an individual, group or
 *     member objective, not a development or private objective, nothing of
 *     a private unit.
 */
#include "core/internal.h"

#include <stdio.h>
#include <string.h>

#include "util/date.h"
#include "util/tz.h"

static const char *const webhook_kinds[] = { "checkin.due", "review.due", "score.due", NULL };

bool grip_kind_in_digest(const char *kind)
{
	return kind && strncmp(kind, "account.", 8) != 0;
}

int grip_org_hour(struct grip *g)
{
	grip_today(g); /* reads the org's clock once: g->utc_offset */
	int64_t local = g->now + g->utc_offset;
	int64_t secs = local - (int64_t)datetime_day(local) * 86400;
	return (int)(secs / 3600);
}

/* The UTC instant of hour o'clock on the org's day. */
static int64_t org_instant(const char *zone, int32_t day, int hour)
{
	int64_t local = (int64_t)day * 86400 + (int64_t)hour * 3600;
	int64_t t = local - tz_offset(zone, local);
	return local - tz_offset(zone, t); /* the offset that holds at that instant */
}

int64_t grip_digest_at(struct grip *g)
{
	struct grip_org *o = grip_org_get(g, g->org_id);
	struct grip_week w;
	int32_t today = grip_today(g);
	if (!o || grip_org_week(g, today, &w) < 0)
		return g->now;
	if (today == w.first && grip_org_hour(g) >= o->remind_hour)
		return g->now;
	return org_instant(o->timezone ? o->timezone : "UTC", today == w.first ? today : w.first + 7,
			   o->remind_hour);
}

int grip_reminder_text(struct grip *g, const struct grip_messages *m, const struct grip_due *d, const char *unit,
		       struct grip_reminder_text *out)
{
	char subject[80], body[80];
	snprintf(subject, sizeof subject, "%.60s.subject", d->kind);
	snprintf(body, sizeof body, "%.60s.%s", d->kind, unit ? "unit" : "body");
	if (!grip_message_raw(m, subject) || !grip_message_raw(m, body)) {
		snprintf(subject, sizeof subject, "reminder.subject");
		snprintf(body, sizeof body, "reminder.body");
	}
	const char *date = grip_message_date(g, m, d->since);
	if (!date)
		return -1;
	const char *vars[] = { "title", d->title, "date", date, "period", d->period, "unit", unit, NULL };
	out->subject = grip_message(g, m, subject, vars);
	out->body = grip_message(g, m, body, vars);
	return out->subject && out->body ? 0 : -1;
}

/* The unit whose webhook hears d, or 0 (see the note at the top). */
static int webhook_unit(struct grip *g, const struct grip_due *d, int64_t *unit, const char **name)
{
	*unit = 0;
	*name = NULL;
	bool kind = false;
	for (size_t i = 0; webhook_kinds[i] && !kind; i++)
		kind = strcmp(webhook_kinds[i], d->kind) == 0;
	if (!kind)
		return 0;
	struct store_stmt *st = store_q(g->store,
		"SELECT u.id, u.name FROM objectives o JOIN units u ON u.id = o.unit_id AND u.org_id = o.org_id"
		" WHERE o.id = ? AND o.org_id = ? AND o.layer IN ('strategic', 'team') AND o.visibility = 'org'"
		" AND o.development = 0 AND u.visibility = 'org' AND u.webhook_url IS NOT NULL"
		" AND u.webhook_url <> ''", V(d->object_id), V(g->org_id));
	if (!st)
		return STORE_FAIL(g);
	enum store_rc rc = store_step(st);
	if (rc == STORE_ROW) {
		*unit = store_col_int(st, 0);
		*name = col_text(g, st, 1);
	}
	store_done(st);
	return rc == STORE_ROW || rc == STORE_DONE ? 0 : STORE_FAIL(g);
}

/* One row, counted in *queued when it is new. */
static int queue(struct grip *g, const struct grip_notification *note, size_t *queued)
{
	int rc = grip_outbox_add(g, note);
	if (rc < 0)
		return -1;
	*queued += (size_t)rc;
	return 0;
}

/* What is due from p, and p's channels, worked out as p in a read of its
 * own: the writer is not held while it is computed. */
static int person_due(struct grip *g, struct grip_person *p, struct grip_notices *notices, struct grip_due ***ds,
		      size_t *n)
{
	g->actor = p;
	g->memo = NULL; /* figures and visibility were decided for the last actor */
	g->seen = NULL;
	if (grip_begin(g, false) < 0)
		return -1;
	if (grip_notices_get(g, p->id, notices) < 0 || grip_due(g, ds, n) < 0) {
		grip_rollback(g);
		return -1;
	}
	return grip_commit(g);
}

/* The rows of one person's due items. */
static int remind_person(struct grip *g, const struct grip_messages *m, const char *digest_at,
			 const struct grip_person *p, const struct grip_notices *notices, struct grip_due **ds,
			 size_t n, size_t *queued)
{
	char recipient[32];
	snprintf(recipient, sizeof recipient, "p%lld", (long long)p->id);
	for (size_t i = 0; i < n; i++) {
		const struct grip_due *d = ds[i];
		char key[200];
		snprintf(key, sizeof key, "%s:%lld:%s", d->kind, (long long)d->object_id, d->period);
		struct grip_reminder_text text;
		if (grip_reminder_text(g, m, d, NULL, &text) < 0)
			return -1;
		struct grip_notification note = {
			.recipient = recipient, .person_id = p->id, .channel = "app", .kind = d->kind, .dedup = key,
			.subject = text.subject, .body = text.body, .link = d->link,
		};
		if (queue(g, &note, queued) < 0)
			return -1;
		if (notices->email) {
			note.channel = "email";
			note.next_attempt_at = notices->digest && grip_kind_in_digest(d->kind) ? digest_at : NULL;
			if (queue(g, &note, queued) < 0)
				return -1;
		}
		int64_t unit;
		const char *unit_name;
		if (webhook_unit(g, d, &unit, &unit_name) < 0)
			return -1;
		if (!unit)
			continue;
		char unit_recipient[32];
		snprintf(unit_recipient, sizeof unit_recipient, "u%lld", (long long)unit);
		if (grip_reminder_text(g, m, d, unit_name, &text) < 0)
			return -1;
		note = (struct grip_notification){
			.recipient = unit_recipient, .unit_id = unit, .channel = "webhook", .kind = d->kind,
			.dedup = key, .subject = text.subject, .body = text.body, .link = d->link,
		};
		if (queue(g, &note, queued) < 0)
			return -1;
	}
	return 0;
}

int grip_remind_queue(struct grip *g, size_t *queued)
{
	*queued = 0;
	struct grip_org *o = grip_org_get(g, g->org_id);
	if (!o)
		return -1;
	if (grip_org_hour(g) < o->remind_hour)
		return 0; /* the org's day of reminders has not begun */
	struct grip_messages *m = grip_messages_load(g, o->locale);
	char digest_at[DATETIME_LEN];
	if (!m)
		return -1;
	datetime_format(grip_digest_at(g), digest_at);
	struct grip_person *was = g->actor;
	struct grip_person **people;
	size_t n;
	if (grip_person_list(g, &people, &n) < 0)
		return -1;
	int rc = 0;
	for (size_t i = 0; i < n && rc == 0; i++) {
		if (!people[i]->active)
			continue;
		struct grip_notices notices;
		struct grip_due **ds;
		size_t nd;
		if ((rc = person_due(g, people[i], &notices, &ds, &nd)) < 0 || nd == 0)
			continue;
		if (grip_begin(g, true) < 0)
			return -1;
		rc = remind_person(g, m, digest_at, people[i], &notices, ds, nd, queued);
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
