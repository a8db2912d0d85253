/*
 * mail.c — one email as it goes over SMTP (RFC 5322 and MIME): the
 * headers (a subject or name that is not plain ASCII in RFC 2047 encoded
 * words), and a multipart/alternative body with a text/plain and a
 * text/html part, both quoted-printable UTF-8. One notification makes a
 * message of its own; several (a person's digest) make one message that
 * lists them. The HTML goes through the escaping writer (src/web/html.c);
 * the few fixed words come in the org's locale (struct mail_words).
 *
 * The Message-ID is made from the rows sent, so that a message sent again
 * after a crash (docs/reminders.md) carries the same one and a mail
 * program can tell it is a repeat.
 */
#include "deliver/mail.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "util/date.h"
#include "util/utf8.h"
#include "web/html.h"

static bool plain_ascii(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s < ' ' || (unsigned char)*s > '~')
			return false;
	return true;
}

static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static void base64(struct sb *out, const unsigned char *p, size_t n)
{
	for (size_t i = 0; i < n; i += 3) {
		unsigned v = (unsigned)p[i] << 16 | (i + 1 < n ? (unsigned)p[i + 1] << 8 : 0) |
			     (i + 2 < n ? p[i + 2] : 0);
		char q[4] = { b64[v >> 18 & 63], b64[v >> 12 & 63], i + 1 < n ? b64[v >> 6 & 63] : '=',
			      i + 2 < n ? b64[v & 63] : '=' };
		sb_add(out, q, 4);
	}
}

/* A header's text: as it is when plain ASCII, else RFC 2047 encoded words
 * of whole characters, each at most 75 octets, folded onto lines of their
 * own. Control characters never reach the header raw. */
static void header_text(struct sb *out, const char *text)
{
	if (plain_ascii(text)) {
		sb_adds(out, text);
		return;
	}
	size_t len = strlen(text);
	for (size_t at = 0; at < len;) {
		size_t take = len - at > 45 ? utf8_whole(text + at, 45) : len - at;
		if (!take) /* not UTF-8 after all: bytes as they come */
			take = len - at < 45 ? len - at : 45;
		if (at)
			sb_adds(out, "\r\n ");
		sb_adds(out, "=?UTF-8?B?");
		base64(out, (const unsigned char *)text + at, take);
		sb_adds(out, "?=");
		at += take;
	}
}

/* A display name with its address: "Name" <a@b>, or encoded words. */
static void header_address(struct sb *out, const char *name, const char *address)
{
	if (name && *name) {
		if (plain_ascii(name)) {
			sb_addc(out, '"');
			for (const char *p = name; *p; p++) {
				if (*p == '"' || *p == '\\')
					sb_addc(out, '\\');
				sb_addc(out, *p);
			}
			sb_addc(out, '"');
		} else {
			header_text(out, name);
		}
		sb_addc(out, ' ');
	}
	sb_addf(out, "<%s>", address);
}

/* text as quoted-printable (RFC 2045): lines end CRLF, none longer than
 * 76 characters, = and what is not printable ASCII encoded, and so is a
 * space or tab at a line's end. */
static void quoted_printable(struct sb *out, const char *text)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t col = 0;
	for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
		if (*p == '\n') {
			sb_adds(out, "\r\n");
			col = 0;
			continue;
		}
		bool last = p[1] == '\n' || p[1] == '\0';
		bool plain = (*p >= 33 && *p <= 126 && *p != '=') || ((*p == ' ' || *p == '\t') && !last);
		size_t w = plain ? 1 : 3;
		if (col + w > 75) {
			sb_adds(out, "=\r\n");
			col = 0;
		}
		if (plain) {
			sb_addc(out, (char)*p);
		} else {
			char e[3] = { '=', hex[*p >> 4], hex[*p & 15] };
			sb_add(out, e, 3);
		}
		col += w;
	}
	sb_adds(out, "\r\n");
}

/* The address's domain, for the Message-ID. */
static const char *domain_of(const char *address)
{
	const char *at = strrchr(address, '@');
	return at && at[1] ? at + 1 : "grip.invalid";
}

/* "https://okr.example.org" + "/objectives/12". */
static void link_text(struct sb *out, const char *base, const char *link)
{
	size_t blen = base ? strlen(base) : 0;
	while (blen && base[blen - 1] == '/')
		blen--;
	if (blen)
		sb_add(out, base, blen);
	sb_adds(out, link ? link : "/");
}

static void plain_part(struct sb *out, const struct mail_message *m, const struct mail_words *w)
{
	if (m->n == 1) {
		const struct grip_notification *note = m->notes[0];
		sb_addf(out, "%s\n\n", note->body);
		if (note->link) {
			sb_addf(out, "%s: ", w->open);
			link_text(out, m->base_url, note->link);
			sb_adds(out, "\n");
		}
	} else {
		sb_addf(out, "%s\n", w->digest_intro);
		for (size_t i = 0; i < m->n; i++) {
			sb_addf(out, "\n- %s\n", m->notes[i]->subject);
			if (m->notes[i]->link) {
				sb_adds(out, "  ");
				link_text(out, m->base_url, m->notes[i]->link);
				sb_adds(out, "\n");
			}
		}
	}
	sb_addf(out, "\n-- \n%s\n", w->footer);
	link_text(out, m->base_url, "/settings");
	sb_adds(out, "\n");
}

/* An <a> to base + link, through the writer's check of what a link may be. */
static void html_link(struct html *h, const char *base, const char *link, const char *label)
{
	struct sb url = SB_INIT;
	link_text(&url, base, link);
	html_raw(h, "<a");
	html_href(h, url.failed ? "#" : url.buf);
	html_raw(h, ">");
	html_text(h, label);
	html_raw(h, "</a>");
	sb_release(&url);
}

static int html_part(struct sb *out, const struct mail_message *m, const struct mail_words *w)
{
	struct html h = HTML_INIT;
	html_f(&h, "<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\"><title>%s</title></head><body>\n",
	       w->lang, m->n == 1 ? m->notes[0]->subject : w->digest_subject);
	if (m->n == 1) {
		const struct grip_notification *note = m->notes[0];
		html_f(&h, "<p>%s</p>\n", note->body);
		if (note->link) {
			html_raw(&h, "<p>");
			html_link(&h, m->base_url, note->link, w->open);
			html_raw(&h, "</p>\n");
		}
	} else {
		html_f(&h, "<p>%s</p>\n<ul>\n", w->digest_intro);
		for (size_t i = 0; i < m->n; i++) {
			html_raw(&h, "<li>");
			if (m->notes[i]->link)
				html_link(&h, m->base_url, m->notes[i]->link, m->notes[i]->subject);
			else
				html_text(&h, m->notes[i]->subject);
			html_raw(&h, "</li>\n");
		}
		html_raw(&h, "</ul>\n");
	}
	html_f(&h, "<p><small>%s ", w->footer);
	html_link(&h, m->base_url, "/settings", "/settings");
	html_raw(&h, "</small></p>\n</body></html>\n");
	if (html_failed(&h)) {
		html_release(&h);
		return -1;
	}
	quoted_printable(out, h.sb.buf);
	html_release(&h);
	return 0;
}

const char *mail_subject(const struct mail_message *m, char *buf, size_t size)
{
	const struct mail_words *w = m->words;
	if (m->n == 1)
		snprintf(buf, size, "%s", m->notes[0]->subject);
	else
		snprintf(buf, size, "%s (%zu)", w->digest_subject, m->n);
	buf[utf8_whole(buf, strlen(buf))] = '\0';
	return buf;
}

int mail_compose(struct sb *out, const struct mail_message *m)
{
	const struct mail_words *w = m->words;
	const struct grip_notification *first = m->notes[0], *last = m->notes[m->n - 1];
	char date[64], subject[600];
	time_t t = (time_t)m->date;
	struct tm tm;
	gmtime_r(&t, &tm);
	/* RFC 5322 wants English day and month names whatever the locale. */
	static const char *const days[] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
	static const char *const months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
					       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
	snprintf(date, sizeof date, "%s, %02d %s %04d %02d:%02d:%02d +0000", days[tm.tm_wday % 7], tm.tm_mday,
		 months[tm.tm_mon % 12], tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec);
	char boundary[80];
	snprintf(boundary, sizeof boundary, "grip-%lld-%lld-=_alt", (long long)first->id, (long long)last->id);

	sb_addf(out, "Date: %s\r\n", date);
	sb_adds(out, "From: ");
	header_address(out, "grip", m->from);
	sb_adds(out, "\r\nTo: ");
	header_address(out, m->to_name, m->to);
	sb_adds(out, "\r\nSubject: ");
	header_text(out, mail_subject(m, subject, sizeof subject));
	if (m->n == 1)
		sb_addf(out, "\r\nMessage-ID: <grip.%lld.%lld@%s>\r\n", (long long)first->org_id, (long long)first->id,
			domain_of(m->from));
	else
		sb_addf(out, "\r\nMessage-ID: <grip.%lld.digest.%lld-%lld.%zu@%s>\r\n", (long long)first->org_id,
			(long long)first->id, (long long)last->id, m->n, domain_of(m->from));
	sb_addf(out, "Content-Language: %s\r\n", w->lang);
	sb_adds(out, "Auto-Submitted: auto-generated\r\n");
	sb_adds(out, "MIME-Version: 1.0\r\n");
	sb_addf(out, "Content-Type: multipart/alternative; boundary=\"%s\"\r\n\r\n", boundary);
	sb_addf(out, "--%s\r\nContent-Type: text/plain; charset=utf-8\r\n"
		     "Content-Transfer-Encoding: quoted-printable\r\n\r\n", boundary);
	struct sb plain = SB_INIT;
	plain_part(&plain, m, w);
	if (plain.failed) {
		sb_release(&plain);
		return -1;
	}
	quoted_printable(out, plain.buf);
	sb_release(&plain);
	sb_addf(out, "--%s\r\nContent-Type: text/html; charset=utf-8\r\n"
		     "Content-Transfer-Encoding: quoted-printable\r\n\r\n", boundary);
	if (html_part(out, m, w) < 0)
		return -1;
	sb_addf(out, "--%s--\r\n", boundary);
	return out->failed ? -1 : 0;
}
