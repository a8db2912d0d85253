/*
 * page_password.c — passwords in the browser (docs/web.md, "Passwords"):
 * "Forgot your password?" (/password/forgot: an address in, the same
 * answer out whoever it belongs to), the page a one-time link opens
 * (/password/set?token=..., for an invitation and a reset alike), and a
 * signed-in person's change of their own (/password, the current one
 * asked). Choosing and changing a password run as a sign-in does: the
 * action reads, the server hashes off its request threads, the outcome is
 * stored as a write, and the action's r->signin_done answers (web.h).
 *
 * The public forms create no session, so no session's CSRF token guards
 * them; a post whose browser says it came from another site is refused
 * (grip_signin_from), and a link's form needs the link's own secret.
 */
#include "web/web.h"

#include <string.h>

/* Public posts: not from another site's page. */
static int from_here(struct web_request *r)
{
	return grip_signin_from(r->g, web_header(r, "Sec-Fetch-Site"), web_header(r, "Origin"), web_header(r, "Host"));
}

/* ---- forgot ---- */

int page_password_forgot(struct web_request *r)
{
	r->title = "Forgot your password?";
	html_raw(&r->body, "<div class=\"signin\"><h1>Forgot your password?</h1>"
			   "<p>Give the address you sign in with. If it is someone's here, a link to choose a new "
			   "password goes to it; the link works once, for an hour.</p>");
	form_open(r, "/password/forgot", "form stack");
	struct grip_org *only = grip_org_find(r->g, NULL);
	if (!only) {
		r->g->err = (struct grip_error){ 0 };
		form_input(r, "text", "org", "Organisation", NULL, "its short name, as in the address of the API", true);
	}
	form_input(r, "email", "email", "Email", NULL, NULL, true);
	form_submit(r, "Email me a link", "primary");
	form_close(r);
	html_raw(&r->body, "<p><a href=\"/signin\">Back to signing in</a></p></div>");
	return 0;
}

int act_password_forgot(struct web_request *r)
{
	const char *org = web_field(r, "org");
	if (from_here(r) < 0 ||
	    grip_password_forgot(r->g, org && *org ? org : NULL, web_field(r, "email"), r->address) < 0)
		return -1;
	return web_redirect(r, "/password/forgot/sent");
}

int page_password_sent(struct web_request *r)
{
	r->title = "Check your email";
	html_raw(&r->body, "<div class=\"signin\"><h1>Check your email</h1>"
			   "<p>If the address is someone's here, a link to choose a new password is on its way. "
			   "It works once, for an hour. Nothing comes? Look in the spam folder, or ask again.</p>"
			   "<p><a href=\"/signin\">Back to signing in</a></p></div>");
	return 0;
}

/* ---- a one-time link ---- */

int page_password_set(struct web_request *r)
{
	r->title = "Choose your password";
	const char *token = r->failed ? web_field(r, "token") : web_query(r, "token");
	struct grip_link *l = grip_link_check(r->g, token);
	if (!l) {
		if (r->g->err.code != GRIP_EINVAL)
			return -1;
		r->g->err = (struct grip_error){ 0 };
		if (!r->failed)
			r->status = 410; /* gone: used, expired, or never one */
		r->title = "This link does not work";
		html_raw(&r->body, "<div class=\"signin\"><h1>This link does not work</h1>"
				   "<p>It has been used, or it has expired (an invitation lasts a week, a reset an "
				   "hour), or it was not copied whole.</p>"
				   "<p><a href=\"/password/forgot\">Ask for a new link</a> · <a href=\"/signin\">Sign in</a></p>"
				   "</div>");
		return 0;
	}
	bool invite = strcmp(l->purpose, "invite") == 0;
	html_f(&r->body, "<div class=\"signin\"><h1>%s</h1><p>For <strong>%s</strong>. At least %d characters; "
			 "a few words of your own are easier to remember than symbols.</p>",
	       invite ? "Welcome: choose your password" : "Choose a new password", l->email, GRIP_PASSWORD_MIN);
	form_open(r, "/password/set", "form stack");
	html_f(&r->body, "<input type=\"hidden\" name=\"token\" value=\"%s\">", token);
	form_input(r, "password", "password", "New password", NULL, NULL, true);
	form_submit(r, invite ? "Set my password" : "Set my new password", "primary");
	form_close(r);
	html_raw(&r->body, "</div>");
	return 0;
}

int act_password_set(struct web_request *r)
{
	if (from_here(r) < 0)
		return -1;
	r->signin = grip_password_link_begin(r->g, web_field(r, "token"), web_field(r, "password"), r->address);
	r->signin_done = act_password_set_done;
	return r->signin ? 0 : -1;
}

int act_password_set_done(struct web_request *r)
{
	if (grip_signin_outcome(r->g, r->signin) < 0)
		return -1;
	return web_redirect(r, "/password/done");
}

int page_password_done(struct web_request *r)
{
	r->title = "Your password is set";
	html_raw(&r->body, "<div class=\"signin\"><h1>Your password is set</h1>"
			   "<p>Sign in with it. Any session that was open elsewhere has been signed out.</p>"
			   "<p><a class=\"button primary\" href=\"/signin\">Sign in</a></p></div>");
	return 0;
}

/* ---- a signed-in person's change ---- */

int page_password(struct web_request *r)
{
	r->title = "Change your password";
	r->nav = "settings";
	html_raw(&r->body, "<h1>Change your password</h1>");
	html_raw(&r->body, "<section class=\"card\" aria-labelledby=\"change\"><h2 id=\"change\">Your password</h2>");
	form_open(r, "/password", "form stack");
	form_input(r, "password", "old", "Current password", NULL, NULL, true);
	form_input(r, "password", "new", "New password", NULL, "at least 10 characters", true);
	form_submit(r, "Change my password", "primary");
	form_close(r);
	html_raw(&r->body, "<p>Your other sessions are signed out; this one stays. Forgot the current one? Sign out "
			   "and use <a href=\"/password/forgot\">Forgot your password?</a></p></section>");
	return 0;
}

int act_password(struct web_request *r)
{
	r->signin = grip_password_change_begin(r->g, web_field(r, "old"), web_field(r, "new"), r->session, r->address);
	r->signin_done = act_password_done;
	return r->signin ? 0 : -1;
}

int act_password_done(struct web_request *r)
{
	if (grip_signin_outcome(r->g, r->signin) < 0)
		return -1;
	return web_redirect(r, "/password/changed");
}

int page_password_changed(struct web_request *r)
{
	r->title = "Password changed";
	r->nav = "settings";
	html_raw(&r->body, "<h1>Password changed</h1><p>Your other sessions are signed out; this one stays.</p>"
			   "<p><a href=\"/settings\">Back to settings</a></p>");
	return 0;
}

/* ---- an admin's invitation, from the people's list ---- */

int act_admin_person_invite(struct web_request *r)
{
	int64_t id;
	if (web_param_id(r, 0, &id) < 0 || !grip_person_invite(r->g, id))
		return -1;
	return web_redirect(r, "/admin#people");
}
