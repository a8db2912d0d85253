/*
 * page_settings.c — the organisation's settings: its name, time zone,
 * the day its week starts and the language of the coach's word lists; its
 * vision and strategy and those of each business unit; and the signed-in
 * person's own name and how reminders reach them (email, a weekly digest).
 *
 * Everyone signed in reads the page. Each form is shown to whoever the
 * core would let make that change (grip_may_admin for the organisation,
 * grip_may_edit_unit for a business unit, grip_may_edit_person for one's
 * name, grip_may_set_notices for one's reminders); the others see the
 * values as text. Every action comes back to
 * /settings, and a refused one shows its form there again with the error.
 */
#include "web/view_units.h"

#include <stdio.h>
#include <string.h>

static void settings_form(struct web_request *r, const char *action)
{
	form_open(r, action, "form");
	form_back(r, "/settings");
}

static void org_form(struct web_request *r, const struct grip_org *o)
{
	static const char *const days[] = { "1", "Monday", "2", "Tuesday", "3", "Wednesday", "4", "Thursday",
					    "5", "Friday", "6", "Saturday", "7", "Sunday" };
	const char **locales;
	size_t n;
	if (grip_locales(r->g, &locales, &n) < 0)
		return;
	const char **opts = arena_calloc(r->g->arena, 2 * n + 1, sizeof *opts);
	if (!opts)
		return;
	for (size_t i = 0; i < n; i++)
		opts[2 * i] = opts[2 * i + 1] = locales[i];
	char ws[4];
	snprintf(ws, sizeof ws, "%d", o->week_start);
	settings_form(r, "/settings");
	form_input(r, "text", "name", "Name", o->name, "its web address (slug) stays as it is", true);
	form_input(r, "text", "timezone", "Time zone", o->timezone,
		   "a zone name such as Europe/Berlin or America/New_York: it decides what today is", true);
	form_select(r, "week_start", "Week starts on", ws, days, 7);
	form_select(r, "locale", "Language of reminders and of the coach's word lists", o->locale, opts, n);
	const char *hours[48];
	char hour_text[24][16];
	for (int i = 0; i < 24; i++) {
		snprintf(hour_text[i], sizeof hour_text[i], "%02d:00", i);
		hours[2 * i] = arena_printf(r->g->arena, "%d", i);
		hours[2 * i + 1] = hour_text[i];
	}
	char rh[16];
	snprintf(rh, sizeof rh, "%d", o->remind_hour);
	form_select(r, "remind_hour", "Reminders go out from", rh, hours, 24);
	form_submit(r, "Save settings", "primary");
	form_close(r);
}

static void org_facts(struct web_request *r, const struct grip_org *o)
{
	const char *day = grip_weekday_name(o->week_start);
	html_f(&r->body, "<dl class=\"facts\"><dt>Name</dt><dd>%s</dd><dt>Time zone</dt><dd>%s</dd>"
			 "<dt>Week starts on</dt><dd>%s</dd><dt>Language of reminders and of the coach's word lists</dt>"
			 "<dd>%s</dd><dt>Reminders go out from</dt><dd>%02d:00</dd></dl>",
	       o->name, o->timezone, day ? day : "Monday", o->locale, o->remind_hour);
}

/* Vision and strategy, as a form or as text. */
static void strategy_block(struct web_request *r, const char *action, const char *vision, const char *strategy,
			   bool may)
{
	struct html *h = &r->body;
	if (!may) {
		html_f(h, "<dl class=\"facts\"><dt>Vision</dt><dd>%s</dd><dt>Strategy</dt><dd>%s</dd></dl>",
		       vision && *vision ? vision : "not written yet", strategy && *strategy ? strategy : "not written yet");
		return;
	}
	settings_form(r, action);
	form_textarea(r, "vision", "Vision", vision ? vision : "", "where the organisation is going, in a sentence or two");
	form_textarea(r, "strategy", "Strategy", strategy ? strategy : "", "how it means to get there");
	form_submit(r, "Save vision and strategy", "primary");
	form_close(r);
}

static void me_form(struct web_request *r)
{
	const struct grip_person *me = r->g->actor;
	html_raw(&r->body, "<section class=\"card\" aria-labelledby=\"me\"><h2 id=\"me\">Your name</h2>");
	if (grip_may_edit_person(r->g, me->id, NULL)) {
		settings_form(r, "/settings/me");
		form_input(r, "text", "name", "Your name", me->name, "as others see it on every page", true);
		form_submit(r, "Save my name", "primary");
		form_close(r);
	} else {
		html_f(&r->body, "<p>%s</p>", me->name);
	}
	html_raw(&r->body, "<p><a href=\"/password\">Change your password</a></p>");
	html_raw(&r->body, "<p><a href=\"/calendar\">Your calendar feed</a>: your rhythm in your own calendar</p>");
	html_raw(&r->body, "</section>");
}

/* How reminders reach the signed-in person: always in the app; by email
 * or not; one at a time or in a weekly digest. */
static void notices_form(struct web_request *r)
{
	const struct grip_person *me = r->g->actor;
	struct grip_notices n;
	if (grip_notices_get(r->g, me->id, &n) < 0)
		return;
	struct html *h = &r->body;
	html_raw(h, "<section class=\"card\" aria-labelledby=\"notices\"><h2 id=\"notices\">Your reminders</h2>"
		    "<p class=\"muted\">Reminders always appear under <a href=\"/notifications\">Notifications</a>.</p>");
	if (grip_may_set_notices(r->g, me->id, NULL)) {
		settings_form(r, "/settings/notices");
		form_checkbox(r, "notify_email", "Also send my reminders by email", n.email);
		form_checkbox(r, "digest", "Bundle my email reminders into one message a week", n.digest);
		form_submit(r, "Save my reminders", "primary");
		form_close(r);
	} else {
		html_f(h, "<p>%s</p>", !n.email ? "Not by email." : n.digest ? "By email, in a weekly digest."
										: "By email, one at a time.");
	}
	html_raw(h, "</section>");
}

int page_settings(struct web_request *r)
{
	r->title = "Settings";
	r->nav = "settings";
	struct grip_org *o = grip_org_get(r->g, r->g->org_id);
	struct grip_unit **us;
	size_t n;
	if (!o || grip_unit_list(r->g, &us, &n) < 0)
		return -1;
	struct html *h = &r->body;
	bool admin = grip_may_admin(r->g, NULL);
	html_raw(h, "<h1>Settings</h1>");
	if (r->failed)
		html_raw(h, "<p class=\"notice\">Nothing was saved: the form below says why.</p>");
	html_raw(h, "<section class=\"card\" aria-labelledby=\"org\"><h2 id=\"org\">The organisation</h2>");
	if (admin)
		org_form(r, o);
	else
		org_facts(r, o);
	html_raw(h, "</section><section class=\"card\" aria-labelledby=\"strategy\"><h2 id=\"strategy\">"
		    "Vision and strategy</h2>");
	strategy_block(r, "/settings/strategy", o->vision, o->strategy, admin);
	html_raw(h, "</section>");
	for (size_t i = 0; i < n; i++) {
		const struct grip_unit *u = us[i];
		if (u->kind != GRIP_UNIT_BUSINESS_UNIT)
			continue;
		html_f(h, "<section class=\"card\" aria-labelledby=\"bu%lld\"><h2 id=\"bu%lld\">%s: vision and strategy</h2>",
		       (long long)u->id, (long long)u->id, u->name);
		strategy_block(r, arena_printf(r->g->arena, "/settings/units/%lld", (long long)u->id), u->vision,
			       u->strategy, grip_may_edit_unit(r->g, u, NULL));
		html_raw(h, "</section>");
	}
	me_form(r);
	notices_form(r);
	return 0;
}

/* ---- actions ---- */

/* A posted field, NULL when absent or empty: the core reads NULL as "as it is". */
static const char *given(struct web_request *r, const char *name)
{
	const char *v = web_field(r, name);
	return v && *v ? v : NULL;
}

int act_settings(struct web_request *r)
{
	const char *name = web_field(r, "name"), *tz = web_field(r, "timezone");
	struct grip_org_edit e = { .name = name ? name : "", .timezone = tz ? tz : "",
				   .week_start = given(r, "week_start"), .locale = given(r, "locale"),
				   .remind_hour = given(r, "remind_hour") };
	if (grip_org_edit(r->g, &e) < 0)
		return -1;
	return web_redirect(r, "/settings");
}

/* Vision and strategy as posted: an emptied box clears the text. */
int act_settings_strategy(struct web_request *r)
{
	const char *vision = web_field(r, "vision"), *strategy = web_field(r, "strategy");
	if (grip_org_set_strategy(r->g, vision ? vision : "", strategy ? strategy : "") < 0)
		return -1;
	return web_redirect(r, "/settings#strategy");
}

int act_settings_unit(struct web_request *r)
{
	int64_t id;
	const char *vision = web_field(r, "vision"), *strategy = web_field(r, "strategy");
	if (web_param_id(r, 0, &id) < 0 ||
	    grip_unit_edit(r->g, id, NULL, NULL, NULL, NULL, vision ? vision : "", strategy ? strategy : "") < 0)
		return -1;
	return web_redirect(r, "/settings#bu%lld", (long long)id);
}

int act_settings_me(struct web_request *r)
{
	const char *name = web_field(r, "name");
	if (grip_person_edit(r->g, r->g->actor->id, name ? name : "", NULL) < 0)
		return -1;
	return web_redirect(r, "/settings#me");
}

/* Unticked boxes are not posted: absent means off. */
int act_settings_notices(struct web_request *r)
{
	const char *email = web_field(r, "notify_email"), *digest = web_field(r, "digest");
	bool e = email && *email, d = digest && *digest;
	if (grip_notices_set(r->g, r->g->actor->id, &e, &d) < 0)
		return -1;
	return web_redirect(r, "/settings#notices");
}
