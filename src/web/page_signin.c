/*
 * page_signin.c — signing in and out. The form asks for Email and
 * Password (and the organisation only when the file holds several); a
 * wrong pair answers one message for both, as the API does, and too many
 * wrong ones say how long to wait. Success sets the session cookie and goes
 * to the page the person first asked for, when that is a path of this site.
 *
 * Login CSRF (another site signing the browser in to an account of its
 * choosing) is refused twice over: the form carries a token that must
 * match the pre-session cookie grip_signin, which only this site sets
 * (SameSite=Strict, so another site's post does not even carry it), and a
 * post whose browser says it came from another site (Sec-Fetch-Site, or
 * Origin) is refused by the core's grip_signin_from.
 */
#include "web/web.h"

#include <sodium.h>
#include <string.h>

#include "util/path.h"

#define NEXT_MAX 400 /* bytes of a next page's path */
#define SIGNIN_COOKIE "grip_signin"

/* Only a path of this site: never another origin. */
static const char *safe_next(const char *next)
{
	return path_is_local(next, NEXT_MAX) ? next : "/";
}

/* A token this site made: 43 characters of URL-safe base64. */
static bool token_shaped(const char *t)
{
	size_t n = t ? strlen(t) : 0;
	return n == 43 && path_urlsafe(t, n);
}

/* The form's token: the browser's pre-session cookie, made and set when
 * it has none of ours. */
static const char *form_token(struct web_request *r)
{
	const char *have = web_cookie(r, SIGNIN_COOKIE);
	if (token_shaped(have))
		return have;
	const char *t = grip_secret_new(r->g);
	if (t)
		r->set_cookie = arena_printf(r->g->arena,
					     SIGNIN_COOKIE "=%s; Path=/signin; HttpOnly; SameSite=Strict%s", t,
					     web_behind_tls(r) ? "; Secure" : "");
	return t ? t : "";
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
	html_f(h, "<input type=\"hidden\" name=\"signin_token\" value=\"%s\">", form_token(r));
	struct grip_org *only = grip_org_find(r->g, NULL);
	if (!only) {
		r->g->err = (struct grip_error){ 0 };
		form_input(r, "text", "org", "Organisation", NULL, "its short name, as in the address of the API", true);
	}
	form_input(r, "email", "email", "Email", NULL, NULL, true);
	form_input(r, "password", "password", "Password", NULL, NULL, true);
	form_submit(r, "Sign in", "primary");
	html_raw(h, "</form><p><a href=\"/password/forgot\">Forgot your password?</a></p></div>");
	r->refill = false;
	return 0;
}

/* The first half of signing in, in a read: where the post came from, its
 * token, the throttle and the stored hash. The server then has the hash
 * run and the outcome stored (web_signin_store), and act_signin_done
 * answers. */
int act_signin(struct web_request *r)
{
	if (grip_signin_from(r->g, web_header(r, "Sec-Fetch-Site"), web_header(r, "Origin"),
			     web_header(r, "Host")) < 0)
		return -1;
	const char *sent = web_field(r, "signin_token"), *have = web_cookie(r, SIGNIN_COOKIE);
	if (!token_shaped(have) || !sent || strlen(sent) != strlen(have) ||
	    sodium_memcmp(sent, have, strlen(have)) != 0)
		return grip_fail(r->g, GRIP_EPERM, NULL,
				 "this sign-in form has expired; sign in again from this page");
	const char *email = web_field(r, "email"), *password = web_field(r, "password");
	const char *slug = web_field(r, "org");
	r->signin = grip_signin_begin(r->g, slug && *slug ? slug : NULL, email, password, r->address);
	return r->signin ? 0 : -1;
}

int act_signin_done(struct web_request *r)
{
	if (grip_signin_outcome(r->g, r->signin) < 0)
		return -1;
	r->set_cookie = arena_printf(r->g->arena, "grip_session=%s; Path=/; Max-Age=%d; HttpOnly; SameSite=Lax%s",
				     r->signin->session, GRIP_SESSION_DAYS * 86400, web_behind_tls(r) ? "; Secure" : "");
	return web_redirect(r, "%s", safe_next(web_field(r, "next")));
}

int act_signout(struct web_request *r)
{
	if (grip_signout(r->g, r->session) < 0)
		return -1;
	r->set_cookie = "grip_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax";
	return web_redirect(r, "/signin");
}
