/*
 * deliver.h — sending the outbox (docs/reminders.md): one round queues
 * what is due in every org (grip_remind_queue) and tries each waiting row
 * whose time has come on its channel, recording each attempt in the row
 * (src/core/outbox.c). `grip serve` runs rounds on a thread of its own;
 * `grip remind --once` runs one, for cron or a systemd timer.
 */
#ifndef GRIP_DELIVER_DELIVER_H
#define GRIP_DELIVER_DELIVER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "core/grip.h"

struct store;
struct mail_words;
struct curl_lib;

struct deliver_config {
	const char *smtp_url;      /* "smtp://host:587" (STARTTLS) or "smtps://host:465" (TLS); NULL: no email */
	bool smtp_starttls;        /* require STARTTLS on smtp:// */
	const char *smtp_user;     /* NULL: no authentication */
	const char *smtp_password; /* from GRIP_SMTP_PASSWORD or a file, never the command line */
	const char *mail_from;     /* the sender's address */
	const char *base_url;      /* "https://okr.example.org": prefixed to each link */
	int64_t retry_min;         /* seconds before the first retry; doubles per attempt */
	int64_t retry_max;         /* the longest wait between attempts */
	int64_t lease;             /* seconds a claimed row is held before another sender may try it */
	bool dry_run;              /* say what would be sent; queue and send nothing */
	const struct curl_lib *curl; /* libcurl for the channels; deliver_round loads it when NULL */
	const char *log_prefix;    /* before each line of the log ("grip: remind: "); NULL: none */
};

#define DELIVER_LEASE_DEFAULT 600 /* s: longer than a batch of attempts takes (DELIVER_BATCH x timeouts) */
#define DELIVER_BATCH 10          /* rows claimed at once */
#define DELIVER_DIGEST_MAX 200    /* a digest's rows at most, in one message */

struct deliver_counts {
	size_t queued; /* new rows */
	size_t sent;
	size_t failed; /* attempts that failed (the rows wait for a retry) */
};

/* One round over every org of s at time now; log (may be NULL) gets one
 * line per attempt. 0, or -1 with a message in err when the store failed. */
int deliver_round(struct store *s, const struct deliver_config *c, int64_t now, FILE *log,
		  struct deliver_counts *counts, char *err, size_t errlen);

/* The channels, through c->curl. Each returns 0 when the remote end
 * accepted the message, else -1 with the reason in err. deliver_email sends notes[0..n) to one
 * person as one message (n > 1: a digest), plain text and HTML. */
int deliver_email(const struct deliver_config *c, const char *to, const char *to_name, const struct mail_words *words,
		  const struct grip_notification *const *notes, size_t n, char *err, size_t errlen);
int deliver_webhook(const struct deliver_config *c, const char *url, const struct grip_notification *note,
		    char *err, size_t errlen);

/* The sender inside `grip serve` (loop.c): a thread with its own store
 * connection that runs a round every `every` seconds (the first one that
 * long after its start) until stopped. The caller owns the struct; deliver_loop_start
 * fills the rest. now_fixed: GRIP_NOW's time for every round, or 0 for
 * the clock. */
struct deliver_loop {
	const char *db_path;
	struct deliver_config config;
	int64_t every;
	int64_t now_fixed;
	FILE *log;
	/* the thread's, set by deliver_loop_start */
	struct deliver_loop_thread *thread;
};
/* 0, or -1 with a message on log when the thread or its connection could
 * not be made. */
int deliver_loop_start(struct deliver_loop *l);
/* Asks the thread to stop, waits for the round in flight to end, frees it. */
void deliver_loop_stop(struct deliver_loop *l);

#endif
