/*
 * deliver.c — one round of the sender (docs/reminders.md): for each org,
 * what is due is queued (grip_remind_queue), then the waiting rows whose
 * time has come are claimed a batch at a time and tried on their channel.
 * Where each row goes is the core's answer (grip_outbox_route); this file
 * only moves messages and records each attempt's end in the row.
 *
 * The order of an attempt, and what a crash at each step leaves:
 *  1. claim: the row's next attempt moves a lease ahead (committed);
 *     a crash now leaves it to be tried when the lease ends;
 *  2. send: the remote end accepts it, or not;
 *  3. record: sent (never tried again), or failed (tried after the
 *     backoff). A crash between 2 and 3 sends the row once more when the
 *     lease ends: the one repeat the outbox allows. Nothing is lost.
 *
 * A person with the weekly digest gets the email rows claimed together in
 * one message; rows whose recipient is gone, or has the channel off, are
 * closed unsent with the reason in last_error. App rows are never claimed:
 * they are in the app from the moment they are queued.
 */
#include "deliver/deliver.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "deliver/mail.h"
#include "store/store.h"
#include "util/curl_lib.h"

/* What a round works with besides the config. */
struct round {
	const struct deliver_config *c;
	struct grip *g;
	FILE *log;
	struct deliver_counts *counts;
};

static void say(struct round *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void say(struct round *r, const char *fmt, ...)
{
	if (!r->log)
		return;
	va_list ap;
	va_start(ap, fmt);
	if (r->c->log_prefix)
		fputs(r->c->log_prefix, r->log);
	vfprintf(r->log, fmt, ap);
	va_end(ap);
	fputc('\n', r->log);
	fflush(r->log);
}

/* The end of an attempt at rows[0..n), one message. */
static int record(struct round *r, struct grip_notification **rows, size_t n, int sent, const char *error)
{
	for (size_t i = 0; i < n; i++) {
		if (sent == 0) {
			if (grip_outbox_sent(r->g, rows[i]->id) < 0)
				return -1;
			r->counts->sent++;
		} else {
			if (grip_outbox_failed(r->g, rows[i], error, r->c->retry_min, r->c->retry_max) < 0)
				return -1;
			r->counts->failed++;
		}
	}
	return 0;
}

/* The fixed words of an email in locale, from its messages. */
static int mail_words_of(struct grip *g, const char *locale, struct mail_words *w)
{
	const struct grip_messages *m = grip_messages_load(g, locale);
	if (!m)
		return -1;
	*w = (struct mail_words){ .lang = grip_message_raw(m, "mail.language"), .open = grip_message_raw(m, "mail.open"),
				  .digest_subject = grip_message_raw(m, "mail.digest.subject"),
				  .digest_intro = grip_message_raw(m, "mail.digest.intro"),
				  .footer = grip_message_raw(m, "mail.footer") };
	if (!w->lang || !w->open || !w->digest_subject || !w->digest_intro || !w->footer)
		return grip_fail(g, GRIP_ESTORE, NULL, "the messages of %s lack an email's words", locale);
	return 0;
}

static int send_email(struct round *r, const struct grip_outbox_route *to, struct grip_notification **rows,
		      size_t n)
{
	char err[400] = "";
	struct mail_words words;
	if (r->c->dry_run) {
		say(r, "would send email to %s: %s%s", to->address, n > 1 ? "a digest of " : "",
		    n > 1 ? "" : rows[0]->subject);
		if (n > 1)
			for (size_t i = 0; i < n; i++)
				say(r, "  - %s", rows[i]->subject);
		return record(r, rows, n, 0, NULL);
	}
	if (mail_words_of(r->g, to->locale, &words) < 0)
		return -1;
	int sent = deliver_email(r->c, to->address, to->name, &words,
				 (const struct grip_notification *const *)rows, n, err, sizeof err);
	if (sent == 0)
		say(r, "sent email %lld%s to %s", (long long)rows[0]->id, n > 1 ? " (a digest)" : "", to->address);
	else
		say(r, "email %lld to %s failed: %s", (long long)rows[0]->id, to->address, err);
	return record(r, rows, n, sent, err);
}

static int send_webhook(struct round *r, const struct grip_outbox_route *to, struct grip_notification *row)
{
	char err[400] = "";
	if (r->c->dry_run) {
		say(r, "would post to the webhook of %s: %s", to->name, row->subject);
		return record(r, &row, 1, 0, NULL);
	}
	int sent = deliver_webhook(r->c, to->address, row, err, sizeof err);
	if (sent == 0)
		say(r, "posted %lld to the webhook of %s", (long long)row->id, to->name);
	else
		say(r, "webhook %lld of %s failed: %s", (long long)row->id, to->name, err);
	return record(r, &row, 1, sent, err);
}

/* A row whose recipient is gone or has the channel off: closed unsent. */
static int close_row(struct round *r, const struct grip_notification *row, const char *reason)
{
	say(r, "closed %lld unsent: %s", (long long)row->id, reason);
	return grip_outbox_close(r->g, row->id, reason);
}

/* A digest: the person's email rows of the batch from i on, and the rest
 * of theirs whose time has come, claimed now, as one message. */
static int send_digest(struct round *r, const struct grip_outbox_route *to, struct grip_notification **rows,
		       const struct grip_outbox_route *routes, bool *done, size_t i, size_t n)
{
	struct grip *g = r->g;
	int64_t lease = r->c->lease > 0 ? r->c->lease : DELIVER_LEASE_DEFAULT;
	struct grip_notification **more;
	size_t m;
	if (grip_outbox_claim_person(g, "email", rows[i]->person_id, DELIVER_DIGEST_MAX, lease, &more, &m) < 0)
		return -1;
	struct grip_notification **group = grip_alloc(g, (n + m) * sizeof *group);
	if (!group)
		return -1;
	size_t k = 0;
	for (size_t j = i; j < n; j++) {
		if (j == i || (!done[j] && routes[j].to == GRIP_ROUTE_EMAIL && routes[j].digest &&
			       rows[j]->person_id == rows[i]->person_id)) {
			done[j] = true;
			group[k++] = rows[j];
		}
	}
	/* Rows not in this batch (a claim skips what a batch holds): those that
	 * go in a digest join it, any other (an account's message) goes alone. */
	struct grip_outbox_route other;
	for (size_t j = 0; j < m; j++) {
		if (grip_outbox_route(g, more[j], &other) < 0)
			return -1;
		if (other.to == GRIP_ROUTE_EMAIL && other.digest)
			group[k++] = more[j];
		else if (other.to == GRIP_ROUTE_EMAIL && send_email(r, &other, &more[j], 1) < 0)
			return -1;
		else if (other.to == GRIP_ROUTE_CLOSE && close_row(r, more[j], other.reason) < 0)
			return -1;
	}
	return send_email(r, to, group, k);
}

/* One claimed batch: each row to where the core says, a digest person's
 * email rows together. */
static int send_batch(struct round *r, struct grip_notification **rows, size_t n)
{
	struct grip *g = r->g;
	struct grip_outbox_route *routes = grip_alloc(g, (n ? n : 1) * sizeof *routes);
	bool *done = grip_alloc(g, n ? n : 1);
	if (!routes || !done)
		return -1;
	for (size_t i = 0; i < n; i++) {
		done[i] = false;
		if (grip_outbox_route(g, rows[i], &routes[i]) < 0)
			return -1;
	}
	for (size_t i = 0; i < n; i++) {
		if (done[i])
			continue;
		done[i] = true;
		const struct grip_outbox_route *to = &routes[i];
		int rc = 0;
		if (to->to == GRIP_ROUTE_CLOSE) {
			rc = close_row(r, rows[i], to->reason);
		} else if (to->to == GRIP_ROUTE_WEBHOOK) {
			rc = send_webhook(r, to, rows[i]);
		} else if (!to->digest) {
			rc = send_email(r, to, &rows[i], 1);
		} else {
			rc = send_digest(r, to, rows, routes, done, i, n);
		}
		if (rc < 0)
			return -1;
	}
	return 0;
}

/* Every waiting row of a channel whose time has come, a batch at a time.
 * A row tried in this round waits for its backoff or is sent, so the
 * claims end; the bound is there should the clock stand still. */
static int send_channel(struct round *r, const char *channel)
{
	int64_t lease = r->c->lease > 0 ? r->c->lease : DELIVER_LEASE_DEFAULT;
	for (int batch = 0; batch < 1000; batch++) {
		struct grip_notification **rows;
		size_t n;
		if (grip_outbox_claim_channel(r->g, channel, DELIVER_BATCH, lease, &rows, &n) < 0)
			return -1;
		if (n == 0)
			return 0;
		if (send_batch(r, rows, n) < 0)
			return -1;
		if (n < DELIVER_BATCH)
			return 0;
	}
	return 0;
}

/* A dry run's account of what the round queued: one line a row. */
static int say_queued(struct round *r, int64_t last)
{
	struct grip_notification **rows;
	size_t n;
	if (grip_outbox_after(r->g, last, &rows, &n) < 0)
		return -1;
	for (size_t i = 0; i < n; i++) {
		const char *who = rows[i]->recipient;
		struct grip_person *p = rows[i]->person_id ? grip_person_get(r->g, rows[i]->person_id) : NULL;
		if (p)
			who = p->email;
		say(r, "would queue %s for %s: %s", rows[i]->channel, who, rows[i]->subject);
	}
	return 0;
}

static int org_round(struct round *r)
{
	size_t queued = 0;
	int64_t last = 0;
	if (r->c->dry_run && grip_outbox_last(r->g, &last) < 0)
		return -1;
	/* What failed to be queued does not hold back what waits already:
	 * the failure is reported once the org's rows had their turn. */
	struct grip_error queue_err = { 0 };
	if (grip_remind_queue(r->g, &queued) < 0)
		queue_err = r->g->err;
	r->counts->queued += queued;
	if (queued && r->c->dry_run && say_queued(r, last) < 0)
		return -1;
	/* Email waits while no SMTP server is set: it goes once one is. */
	if ((r->c->smtp_url && send_channel(r, "email") < 0) || send_channel(r, "webhook") < 0)
		return -1;
	if (queue_err.code != GRIP_OK) {
		r->g->err = queue_err;
		return -1;
	}
	return 0;
}

int deliver_round(struct store *s, const struct deliver_config *c, int64_t now, FILE *log,
		  struct deliver_counts *counts, char *err, size_t errlen)
{
	*counts = (struct deliver_counts){ 0 };
	struct deliver_config config = *c;
	struct curl_lib curl = { 0 };
	if (!config.curl && !config.dry_run) {
		if (curl_lib_open(&curl, err, errlen) < 0)
			return -1;
		config.curl = &curl;
	}
	struct arena arena = ARENA_INIT;
	struct grip g;
	grip_init(&g, s, &arena, now);
	int64_t *orgs = NULL;
	size_t n = 0;
	int rc = 0;
	if (grip_begin(&g, false) < 0 || grip_org_ids(&g, &orgs, &n) < 0 || grip_commit(&g) < 0) {
		grip_rollback(&g);
		snprintf(err, errlen, "%s", g.err.message);
		rc = -1;
	}
	/* Each org's round in an arena of its own, so that a long run does
	 * not grow; one org's failure leaves the others to go on. */
	int64_t *ids = NULL;
	if (rc == 0 && n && !(ids = calloc(n, sizeof *ids))) {
		snprintf(err, errlen, "out of memory");
		rc = -1;
	}
	if (ids)
		memcpy(ids, orgs, n * sizeof *ids);
	arena_release(&arena);
	bool failed = false;
	for (size_t i = 0; rc == 0 && ids && i < n; i++) {
		struct arena a = ARENA_INIT;
		struct grip og;
		grip_init(&og, s, &a, now);
		og.org_id = ids[i];
		struct round r = { .c = &config, .g = &og, .log = log, .counts = counts };
		if (org_round(&r) < 0) {
			if (!failed) /* the first failure is reported, once the others had their turn */
				snprintf(err, errlen, "org %lld: %s", (long long)ids[i], og.err.message);
			say(&r, "org %lld: %s", (long long)ids[i], og.err.message);
			failed = true;
		}
		arena_release(&a);
	}
	free(ids);
	curl_lib_close(&curl);
	return rc < 0 || failed ? -1 : 0;
}
