/*
 * webhook.c — the webhook channel: a unit's reminder posted to its
 * Slack-compatible incoming webhook as {"text": "..."} (Slack's own
 * escaping of & < > in the text, its <URL|label> link). A 2xx answer ends
 * the row; any other answer, or none, is a failure the outbox retries.
 * Redirects are not followed: the address is the one the unit's lead set.
 */
#include "deliver/deliver.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/curl_lib.h"
#include "util/sb.h"

#define HOOK_CONNECT_TIMEOUT_S 10L
#define HOOK_TIMEOUT_S 30L

/* text with Slack's three escapes. */
static void slack_text(struct sb *out, const char *text)
{
	for (const char *p = text; *p; p++) {
		if (*p == '&')
			sb_adds(out, "&amp;");
		else if (*p == '<')
			sb_adds(out, "&lt;");
		else if (*p == '>')
			sb_adds(out, "&gt;");
		else
			sb_addc(out, *p);
	}
}

/* The payload of a note: its body (for a unit's row, the text said to
 * the whole unit: remind.c), and a link to act on it. */
static char *payload(const struct deliver_config *c, const struct grip_notification *note)
{
	struct sb text = SB_INIT;
	slack_text(&text, note->body);
	if (note->link) {
		const char *base = c->base_url ? c->base_url : "";
		size_t blen = strlen(base);
		while (blen && base[blen - 1] == '/')
			blen--;
		sb_adds(&text, "\n<");
		sb_add(&text, base, blen);
		slack_text(&text, note->link);
		sb_adds(&text, ">");
	}
	json_t *j = text.failed ? NULL : json_pack("{ss}", "text", text.buf);
	sb_release(&text);
	char *dump = j ? json_dumps(j, JSON_COMPACT) : NULL;
	json_decref(j);
	return dump;
}

static size_t on_body(char *data, size_t size, size_t n, void *userdata)
{
	(void)data;
	(void)userdata;
	return size * n; /* the answer's body says nothing the status does not */
}

int deliver_webhook(const struct deliver_config *c, const char *url, const struct grip_notification *note,
		    char *err, size_t errlen)
{
	const struct curl_lib *l = c->curl;
	char *body = payload(c, note);
	struct curl_slist *headers = l ? l->slist_append(NULL, "Content-Type: application/json") : NULL;
	CURL *h = l ? l->easy_init() : NULL;
	int rc = -1;
	if (!body || !headers || !h) {
		snprintf(err, errlen, "out of memory");
		goto out;
	}
	char errbuf[CURL_ERROR_SIZE] = "";
	l->easy_setopt(h, CURLOPT_URL, url);
	l->easy_setopt(h, CURLOPT_HTTPHEADER, headers);
	l->easy_setopt(h, CURLOPT_USERAGENT, "grip");
	l->easy_setopt(h, CURLOPT_POSTFIELDS, body);
	l->easy_setopt(h, CURLOPT_POSTFIELDSIZE, (long)strlen(body));
	l->easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
	l->easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L);
	l->easy_setopt(h, CURLOPT_WRITEFUNCTION, on_body);
	l->easy_setopt(h, CURLOPT_CONNECTTIMEOUT, HOOK_CONNECT_TIMEOUT_S);
	l->easy_setopt(h, CURLOPT_TIMEOUT, HOOK_TIMEOUT_S);
	l->easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
	l->easy_setopt(h, CURLOPT_ERRORBUFFER, errbuf);
	CURLcode cc = l->easy_perform(h);
	long status = 0;
	if (cc == CURLE_OK)
		l->easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
	if (cc != CURLE_OK)
		snprintf(err, errlen, "webhook: %s", *errbuf ? errbuf : l->easy_strerror(cc));
	else if (status < 200 || status > 299)
		snprintf(err, errlen, "webhook: HTTP %ld", status);
	else
		rc = 0;
out:
	if (h)
		l->easy_cleanup(h);
	if (headers)
		l->slist_free_all(headers);
	free(body);
	return rc;
}
