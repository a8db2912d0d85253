/*
 * smtp.c — the email channel: one message (mail.c) to one person over
 * SMTP with libcurl. smtp://host:port speaks plain SMTP and upgrades with
 * STARTTLS when the server offers it, or refuses to go on without it when
 * --smtp-starttls asks for it or a user and password are to be sent;
 * smtps://host:port is TLS from the start.
 * The server accepting the message after its DATA is the end of the
 * attempt: anything else (refused, no answer, a timeout) is a failure the
 * outbox retries later.
 */
#include "deliver/deliver.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "deliver/mail.h"
#include "util/curl_lib.h"

#define SMTP_CONNECT_TIMEOUT_S 10L
#define SMTP_TIMEOUT_S 30L

/* The message as libcurl reads it for the upload. */
struct upload {
	const char *buf;
	size_t len, at;
};

static size_t on_read(char *to, size_t size, size_t n, void *userdata)
{
	struct upload *u = userdata;
	size_t room = size * n, left = u->len - u->at;
	size_t take = left < room ? left : room;
	memcpy(to, u->buf + u->at, take);
	u->at += take;
	return take;
}

int deliver_email(const struct deliver_config *c, const char *to, const char *to_name, const struct mail_words *words,
		  const struct grip_notification *const *notes, size_t n, char *err, size_t errlen)
{
	const struct curl_lib *l = c->curl;
	if (!c->smtp_url || !l) {
		snprintf(err, errlen, "no SMTP server is set (--smtp)");
		return -1;
	}
	struct mail_message m = { .from = c->mail_from, .to = to, .to_name = to_name, .words = words,
				  .base_url = c->base_url, .notes = notes, .n = n, .date = (int64_t)time(NULL) };
	struct sb text = SB_INIT;
	if (mail_compose(&text, &m) < 0) {
		sb_release(&text);
		snprintf(err, errlen, "out of memory");
		return -1;
	}
	char from[320], rcpt[320];
	snprintf(from, sizeof from, "<%s>", c->mail_from);
	snprintf(rcpt, sizeof rcpt, "<%s>", to);
	struct curl_slist *rcpts = l->slist_append(NULL, rcpt);
	CURL *h = l->easy_init();
	int rc = -1;
	if (!rcpts || !h) {
		snprintf(err, errlen, "out of memory");
		goto out;
	}
	char errbuf[CURL_ERROR_SIZE] = "";
	struct upload up = { .buf = text.buf, .len = text.len };
	l->easy_setopt(h, CURLOPT_URL, c->smtp_url);
	l->easy_setopt(h, CURLOPT_MAIL_FROM, from);
	l->easy_setopt(h, CURLOPT_MAIL_RCPT, rcpts);
	l->easy_setopt(h, CURLOPT_UPLOAD, 1L);
	l->easy_setopt(h, CURLOPT_READFUNCTION, on_read);
	l->easy_setopt(h, CURLOPT_READDATA, &up);
	l->easy_setopt(h, CURLOPT_INFILESIZE_LARGE, (curl_off_t)text.len);
	/* smtps:// is TLS throughout; on smtp:// STARTTLS is required (asked
	 * for, or a password is to be sent: never in the clear) or taken when
	 * offered. */
	bool tls = c->smtp_starttls || c->smtp_user;
	l->easy_setopt(h, CURLOPT_USE_SSL, tls ? (long)CURLUSESSL_ALL : (long)CURLUSESSL_TRY);
	if (c->smtp_user) {
		l->easy_setopt(h, CURLOPT_USERNAME, c->smtp_user);
		l->easy_setopt(h, CURLOPT_PASSWORD, c->smtp_password ? c->smtp_password : "");
	}
	l->easy_setopt(h, CURLOPT_CONNECTTIMEOUT, SMTP_CONNECT_TIMEOUT_S);
	l->easy_setopt(h, CURLOPT_TIMEOUT, SMTP_TIMEOUT_S);
	l->easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
	l->easy_setopt(h, CURLOPT_ERRORBUFFER, errbuf);
	CURLcode cc = l->easy_perform(h);
	if (cc == CURLE_OK) {
		rc = 0;
	} else {
		long code = 0;
		l->easy_getinfo(h, CURLINFO_RESPONSE_CODE, &code);
		if (code)
			snprintf(err, errlen, "SMTP %ld: %s", code, *errbuf ? errbuf : l->easy_strerror(cc));
		else
			snprintf(err, errlen, "SMTP: %s", *errbuf ? errbuf : l->easy_strerror(cc));
	}
out:
	if (h)
		l->easy_cleanup(h);
	l->slist_free_all(rcpts);
	sb_release(&text);
	return rc;
}
