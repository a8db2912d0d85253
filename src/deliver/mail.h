/*
 * mail.h — composing the email of one or more notifications (mail.c):
 * the whole message as SMTP carries it, headers and MIME body, CRLF.
 */
#ifndef GRIP_DELIVER_MAIL_H
#define GRIP_DELIVER_MAIL_H

#include <stddef.h>
#include <stdint.h>

#include "core/grip.h"
#include "util/sb.h"

/* The fixed words around the notifications, in the org's locale (the
 * "mail.*" messages of src/core/lexicon/LOCALE/messages.txt). */
struct mail_words {
	const char *lang;           /* the Content-Language: "en", "de" */
	const char *open;           /* the link's label */
	const char *digest_subject; /* "Your reminders" (N) */
	const char *digest_intro;
	const char *footer;         /* before the settings link */
};

struct mail_message {
	const char *from;     /* the sender's address */
	const char *to;       /* the recipient's address */
	const char *to_name;  /* and name; may be NULL */
	const struct mail_words *words;
	const char *base_url; /* prefixed to each row's link; may be NULL */
	const struct grip_notification *const *notes;
	size_t n;             /* 1: a message of its own; more: a digest */
	int64_t date;         /* the Date header, UTC seconds */
};

/* The message into out (appended); -1 when out of memory. */
int mail_compose(struct sb *out, const struct mail_message *m);
/* Its subject, as text (not encoded), into buf. */
const char *mail_subject(const struct mail_message *m, char *buf, size_t size);

#endif
