/*
 * page_signin.c — signing in and out. The form asks for Email and
 * Password (and the organisation only when the file holds several); a
 * wrong pair answers one message for both, as the API does. Success sets
 * the session cookie and goes to the page the person first asked for.
 */
#include "web/web.h"

#include <string.h>

/* Only a path of this site: never another origin. */
static const char *safe_next(const char *next)
{
	return next && next[0] == '/' && next[1] != '/' && next[1] != '\\' ? next : "/";
}

int page_signin(struct web_request *r)
{
	r->title = "Sign in";
	struct html *h = &r->body;
	const char *next = web_query(r, "next");
	if (r->refill || r->failed)
		next = web_field(r, "next");
	html_raw(h, "<div class=\"signin\"><h1>Sign in to grip</h1>");
	r->refill = r->failed != NULL;
	if (r->refill)
		html_f(h, "<p class=\"error-summary\" role=\"alert\">%s</p>", r->failed->message);
	html_raw(h, "<form method=\"post\" action=\"/signin\" class=\"form stack\">");
	html_f(h, "<input type=\"hidden\" name=\"next\" value=\"%s\">", safe_next(next));
	struct grip_org *only = grip_org_find(r->g, NULL);
	if (!only) {
		r->g->err = (struct grip_error){ 0 };
		form_input(r, "text", "org", "Organisation", NULL, "its short name, as in the address of the API", true);
	}
	form_input(r, "email", "email", "Email", NULL, NULL, true);
	form_input(r, "password", "password", "Password", NULL, NULL, true);
	form_submit(r, "Sign in", "primary");
	html_raw(h, "</form></div>");
	r->refill = false;
	return 0;
}

int act_signin(struct web_request *r)
{
	const char *email = web_field(r, "email"), *password = web_field(r, "password");
	const char *slug = web_field(r, "org");
	const char *session, *csrf;
	if (!email || !*email)
		return grip_fail(r->g, GRIP_EINVAL, "email", "is required");
	if (!password || !*password)
		return grip_fail(r->g, GRIP_EINVAL, "password", "is required");
	struct grip_org *o = grip_org_find(r->g, slug && *slug ? slug : NULL);
	if (!o) /* an unknown org is a failed sign-in like any other */
		return grip_fail(r->g, GRIP_EAUTH, NULL, "the email or the password is not right");
	r->g->org_id = o->id;
	r->host->hash_enter(r->host->ctx);
	struct grip_person *p = grip_signin(r->g, email, password, &session, &csrf);
	r->host->hash_leave(r->host->ctx);
	if (!p)
		return -1;
	const char *proto = web_header(r, "X-Forwarded-Proto");
	bool tls = proto && strcmp(proto, "https") == 0;
	r->set_cookie = arena_printf(r->g->arena, "grip_session=%s; Path=/; Max-Age=%d; HttpOnly; SameSite=Lax%s",
				     session, GRIP_SESSION_DAYS * 86400, tls ? "; Secure" : "");
	return web_redirect(r, "%s", safe_next(web_field(r, "next")));
}

int act_signout(struct web_request *r)
{
	if (grip_signout(r->g, r->session) < 0)
		return -1;
	r->set_cookie = "grip_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax";
	return web_redirect(r, "/signin");
}
