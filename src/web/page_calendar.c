/*
 * page_calendar.c — one's calendar feed in the browser: the page /calendar
 * (whether there is a feed; make one, give it a new address, revoke it;
 * what it holds next)
 * and the feed itself, GET /calendar/SECRET.ics, which calendar programs
 * read without signing in (the secret says whose it is).
 *
 * A new address is shown once: the action puts its secret in a cookie
 * that lives a minute, on /calendar only, and the page shows it and
 * expires the cookie (the post/redirect/get of every action, as the
 * admin page does for API tokens).
 */
#include "web/web.h"

#include <microhttpd.h>
#include <string.h>

#include "util/date.h"

#define CALENDAR_FLASH "grip_calendar"
#define FEED_SUFFIX ".ics"

/* This site's address as the client reached it ("https://grip.example"),
 * for the feed's links and the address shown; NULL when the Host header
 * is not a plain host and port. */
static const char *site_base(struct web_request *r)
{
	const char *host = web_header(r, "Host");
	size_t n = host ? strlen(host) : 0;
	if (n == 0 || n > 255)
		return NULL;
	for (size_t i = 0; i < n; i++) {
		char c = host[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' ||
		      c == ':' || c == '[' || c == ']'))
			return NULL;
	}
	return arena_printf(r->g->arena, "%s://%s", web_behind_tls(r) ? "https" : "http", host);
}

/* The address just made, shown once; the cookie is expired. */
static void calendar_flash(struct web_request *r)
{
	const char *secret = r->conn ? MHD_lookup_connection_value(r->conn, MHD_COOKIE_KIND, CALENDAR_FLASH) : NULL;
	if (!secret)
		return;
	r->set_cookie = web_behind_tls(r) ? CALENDAR_FLASH "=; Path=/calendar; Max-Age=0; HttpOnly; SameSite=Strict; Secure"
				       : CALENDAR_FLASH "=; Path=/calendar; Max-Age=0; HttpOnly; SameSite=Strict";
	if (!grip_calendar_secret_shaped(secret, strlen(secret)))
		return;
	const char *base = site_base(r);
	html_f(&r->body, "<div class=\"notice token-secret\" role=\"status\"><p><strong>Your calendar's address:</strong> "
			 "<code id=\"calendar-url\">%s/calendar/%s" FEED_SUFFIX "</code></p>"
			 "<p>Copy it now into your calendar program (as a subscription, or \"from URL\"): it is shown only "
			 "this once, and grip keeps only a fingerprint of it. Anyone who has it sees what it holds.</p></div>",
	       base ? base : "", secret);
}

/* The next events the feed holds, from today on: what a calendar program
 * would show. */
#define CALENDAR_PREVIEW 8
static int calendar_preview(struct web_request *r)
{
	struct grip_calendar_event **es;
	size_t n, shown = 0;
	if (grip_calendar_events(r->g, &es, &n) < 0)
		return -1;
	int32_t today = grip_today(r->g);
	struct html *h = &r->body;
	html_raw(h, "<section class=\"card\" aria-labelledby=\"holds\"><h2 id=\"holds\">What it holds next</h2>");
	for (size_t i = 0; i < n && shown < CALENDAR_PREVIEW; i++) {
		const struct grip_calendar_event *e = es[i];
		if (e->day + (e->days ? e->days - 1 : 0) < today)
			continue;
		if (!shown++)
			html_raw(h, "<div class=\"table-wrap\"><table class=\"data\"><thead><tr><th scope=\"col\">Day</th>"
				    "<th scope=\"col\">Time</th><th scope=\"col\">What</th></tr></thead><tbody>");
		char day[DATE_LEN];
		date_format(e->day, day);
		html_f(h, "<tr><td>%s</td>", day);
		if (e->days)
			html_f(h, "<td>%s</td>", e->days == 1 ? "all day" : arena_printf(r->g->arena, "%d days", e->days));
		else
			html_f(h, "<td>%02d:%02d</td>", e->minute / 60, e->minute % 60);
		html_f(h, "<td><a href=\"%s\">%s</a></td></tr>", e->link, e->summary);
	}
	if (shown)
		html_raw(h, "</tbody></table></div>");
	else
		html_raw(h, "<p>Nothing yet: no check-ins, commitments, reviews or scoring of yours ahead.</p>");
	html_raw(h, "</section>");
	return 0;
}

int page_calendar(struct web_request *r)
{
	r->title = "Calendar feed";
	r->nav = "settings";
	bool on;
	if (grip_calendar_active(r->g, &on) < 0)
		return -1;
	struct html *h = &r->body;
	html_raw(h, "<h1>Your calendar feed</h1>"
		    "<p>Your rhythm in your own calendar: the check-in days of the objectives you check in on, the "
		    "commitment days and weeks of your programmes, mid-cycle reviews you make and the day scoring "
		    "opens, in the organisation's time zone. It holds only what you can see here, and follows "
		    "what changes.</p>");
	calendar_flash(r);
	html_raw(h, "<section class=\"card\" aria-labelledby=\"feed\"><h2 id=\"feed\">Its address</h2>");
	if (on) {
		html_raw(h, "<p>You have a calendar feed. Its address was shown when it was made; a new address "
			    "stops the old one at once.</p>");
		form_open(r, "/calendar", "form");
		form_submit(r, "Give it a new address", "primary");
		form_close(r);
		form_open(r, "/calendar/revoke", "form");
		form_back(r, "/calendar");
		form_submit(r, "Revoke the feed", "danger");
		form_close(r);
	} else {
		html_raw(h, "<p>You have no calendar feed.</p>");
		form_open(r, "/calendar", "form");
		form_submit(r, "Make my calendar feed", "primary");
		form_close(r);
	}
	html_raw(h, "</section>");
	if (calendar_preview(r) < 0)
		return -1;
	html_raw(h, "<p><a href=\"/settings#me\">Back to the settings</a></p>");
	return 0;
}

int act_calendar_new(struct web_request *r)
{
	const char *path;
	bool replaced;
	if (grip_calendar_create(r->g, &path, &replaced) < 0)
		return -1;
	size_t skip = strlen("/calendar/"), len = strlen(path) - skip - strlen(FEED_SUFFIX);
	r->set_cookie = arena_printf(r->g->arena, CALENDAR_FLASH "=%.*s; Path=/calendar; Max-Age=60; HttpOnly; SameSite=Strict%s",
				     (int)len, path + skip, web_behind_tls(r) ? "; Secure" : "");
	if (!r->set_cookie)
		return grip_fail(r->g, GRIP_ENOMEM, NULL, "out of memory");
	return web_redirect(r, "/calendar");
}

int act_calendar_revoke(struct web_request *r)
{
	if (grip_calendar_revoke(r->g) < 0)
		return -1;
	return web_redirect(r, "/calendar");
}

/* The feed: {secret} is "SECRET.ics". Anything else, and a secret no one
 * has, is not found. */
int page_calendar_feed(struct web_request *r)
{
	const char *name = web_param(r, 0);
	size_t len = name ? strlen(name) : 0, suffix = strlen(FEED_SUFFIX);
	if (len <= suffix || strcmp(name + len - suffix, FEED_SUFFIX) != 0 || !grip_calendar_secret_shaped(name, len - suffix))
		return grip_fail(r->g, GRIP_ENOTFOUND, NULL, "There is no such calendar.");
	const char *secret = arena_strndup(r->g->arena, name, len - suffix);
	if (!secret || grip_calendar_resolve(r->g, secret) < 0)
		return -1;
	r->raw = grip_calendar_ics(r->g, site_base(r), &r->raw_len);
	r->raw_type = "text/calendar; charset=utf-8";
	return r->raw ? 0 : -1;
}
