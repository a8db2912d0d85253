/*
 * web.c — the page table and one page request from start to end (see the
 * order in web.h): matching, the form body, the session and its CSRF
 * token, the action as a write and its 303, a refused action shown again,
 * a page in a read transaction inside the layout.
 */
#include "web/web.h"

#include <microhttpd.h>
#include <sodium.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/num.h"
#include "util/path.h"
#include "util/utf8.h"
#include "web/objective_edit.h"

const struct web_page web_pages[] = {
	{ "GET", "/signin", page_signin, WEB_PUBLIC, "next" },
	{ "POST", "/signin", act_signin, WEB_PUBLIC | WEB_SIGNIN, NULL },
	{ "POST", "/signout", act_signout, 0, NULL },
	{ "GET", "/", page_week, 0, "saved" },
	{ "POST", "/commitments", act_commit_add, 0, NULL },
	{ "POST", "/commitments/{id}/close", act_commit_close, 0, NULL },
	{ "POST", "/commitments/{id}/edit", act_commit_edit, 0, NULL },
	{ "POST", "/commitments/{id}/delete", act_commit_delete, 0, NULL },
	{ "GET", "/units", page_units, 0, NULL },
	{ "GET", "/units/{id}", page_unit, 0, "cycle" },
	{ "GET", "/tree", page_tree, 0, "cycle" },
	{ "GET", "/objectives/new", page_objective_new, 0, "layer aligns_to unit" },
	{ "POST", "/objectives/new", act_objective_new, 0, NULL },
	{ "GET", "/objectives/{id}", page_objective, 0, "saved" },
	{ "POST", "/objectives/{id}/krs", act_kr_add, 0, NULL },
	{ "POST", "/objectives/{id}/review/approve", act_review_approve, 0, NULL },
	{ "POST", "/objectives/{id}/review/return", act_review_return, 0, NULL },
	{ "GET", "/key_results/{id}/edit", page_kr_edit, 0, NULL },
	{ "POST", "/key_results/{id}/edit", act_kr_edit, 0, NULL },
	{ "POST", "/key_results/{id}/delete", act_kr_delete, 0, NULL },
	{ "GET", "/objectives/{id}/edit", page_objective_edit, 0, NULL },
	{ "POST", "/objectives/{id}/edit", act_objective_edit, 0, NULL },
	{ "POST", "/objectives/{id}/status/{status}", act_objective_move, 0, NULL },
	{ "POST", "/objectives/{id}/delete", act_objective_delete, 0, NULL },
	{ "POST", "/objectives/{id}/alignments", act_objective_align, 0, NULL },
	{ "POST", "/objectives/{id}/carry", act_objective_carry, 0, NULL },
	{ "POST", "/objectives/{id}/alignments/{parent_id}/remove", act_objective_unalign, 0, NULL },
	{ "POST", "/objectives/{id}/initiatives", act_initiative_add, 0, NULL },
	{ "GET", "/initiatives/{id}/edit", page_initiative_edit, 0, NULL },
	{ "POST", "/initiatives/{id}/edit", act_initiative_edit, 0, NULL },
	{ "POST", "/initiatives/{id}/status", act_initiative_move, 0, NULL },
	{ "POST", "/initiatives/{id}/delete", act_initiative_delete, 0, NULL },
	{ "POST", "/objectives/{id}/dependencies", act_dependency_add, 0, NULL },
	{ "GET", "/dependencies/{id}/edit", page_dependency_edit, 0, NULL },
	{ "POST", "/dependencies/{id}/edit", act_dependency_edit, 0, NULL },
	{ "POST", "/dependencies/{id}/status", act_dependency_move, 0, NULL },
	{ "POST", "/dependencies/{id}/delete", act_dependency_delete, 0, NULL },
	{ "GET", "/objectives/{id}/checkin", page_checkin, 0, NULL },
	{ "POST", "/objectives/{id}/checkin", act_checkin, 0, NULL },
	{ "POST", "/objectives/{id}/reflection", act_reflection, 0, NULL },
	{ "GET", "/calibration", page_calibration, 0, "cycle" },
	{ "GET", "/groups", page_groups, 0, NULL },
	{ "GET", "/groups/{id}", page_group, 0, NULL },
	{ "POST", "/groups/{id}/programme", act_group_programme, 0, NULL },
	{ "POST", "/groups/{id}/prompt", act_group_prompt, 0, NULL },
	{ "POST", "/groups/{id}/members", act_group_member_add, 0, NULL },
	{ "POST", "/groups/{id}/leave", act_group_member_leave, 0, NULL },
	{ "GET", "/approvals", page_approvals, 0, NULL },
	{ "GET", "/reviews", page_reviews, 0, NULL },
	{ "GET", "/objectives/{id}/reviews/new", page_review_new, 0, NULL },
	{ "POST", "/objectives/{id}/reviews", act_review_add, 0, NULL },
	{ "GET", "/admin", page_admin, 0, NULL },
	{ "POST", "/admin/people", act_admin_person, 0, NULL },
	{ "POST", "/admin/units", act_admin_unit, 0, NULL },
	{ "POST", "/admin/cycles", act_admin_cycle, 0, NULL },
	{ "POST", "/admin/tokens", act_admin_token, 0, NULL },
	{ "POST", "/admin/tokens/{id}/revoke", act_admin_token_revoke, 0, NULL },
	{ "POST", "/admin/people/{id}", act_admin_person_edit, 0, NULL },
	{ "POST", "/admin/people/{id}/leave", act_admin_person_leave, 0, NULL },
	{ "POST", "/admin/cycles/{id}", act_admin_cycle_edit, 0, NULL },
	{ "POST", "/admin/cycles/{id}/open", act_admin_cycle_open, 0, NULL },
	{ "POST", "/admin/cycles/{id}/delete", act_admin_cycle_delete, 0, NULL },
	{ "GET", "/settings", page_settings, 0, NULL },
	{ "POST", "/settings", act_settings, 0, NULL },
	{ "POST", "/settings/strategy", act_settings_strategy, 0, NULL },
	{ "POST", "/settings/units/{id}", act_settings_unit, 0, NULL },
	{ "POST", "/settings/me", act_settings_me, 0, NULL },
	{ "POST", "/settings/notices", act_settings_notices, 0, NULL },
	{ "GET", "/notifications", page_notifications, WEB_WRITES, NULL },
	{ "POST", "/units/{id}", act_unit_edit, 0, NULL },
	{ "POST", "/units/{id}/delete", act_unit_delete, 0, NULL },
	{ "POST", "/units/{id}/members", act_unit_member_add, 0, NULL },
	{ "POST", "/units/{id}/members/{person_id}/leave", act_unit_member_leave, 0, NULL },
	{ "GET", "/scoring", page_scoring, 0, "cycle unit person" },
	{ "POST", "/scoring/key_results/{id}", act_score, 0, NULL },
	{ "POST", "/scoring/cycles/{id}/open", act_scoring_open, 0, NULL },
	{ "POST", "/scoring/cycles/{id}/close", act_cycle_close, 0, NULL },
	{ "GET", "/password/forgot", page_password_forgot, WEB_PUBLIC, NULL },
	{ "POST", "/password/forgot", act_password_forgot, WEB_PUBLIC, NULL },
	{ "GET", "/password/forgot/sent", page_password_sent, WEB_PUBLIC, NULL },
	{ "GET", "/password/set", page_password_set, WEB_PUBLIC, "token" },
	{ "POST", "/password/set", act_password_set, WEB_PUBLIC | WEB_SIGNIN, NULL },
	{ "GET", "/password/done", page_password_done, WEB_PUBLIC, NULL },
	{ "GET", "/password", page_password, 0, NULL },
	{ "POST", "/password", act_password, WEB_SIGNIN, NULL },
	{ "GET", "/password/changed", page_password_changed, 0, NULL },
	{ "POST", "/admin/people/{id}/invite", act_admin_person_invite, 0, NULL },
	{ "GET", "/calendar", page_calendar, 0, NULL },
	{ "POST", "/calendar", act_calendar_new, 0, NULL },
	{ "POST", "/calendar/revoke", act_calendar_revoke, 0, NULL },
	{ "GET", "/calendar/{secret}", page_calendar_feed, WEB_PUBLIC | WEB_RAW, NULL },
	{ "POST", "/coach/check", page_coach_check, WEB_READS | WEB_RAW, NULL },
	{ 0 },
};

/* ---- matching ---- */

/* 0: found; -1: no such path; -2: the path is known, the method is not. */
static int find_page(const char *method, const char *path, struct web_request *r)
{
	bool known = false;
	for (const struct web_page *p = web_pages; p->method; p++) {
		if (!path_match(r->g->arena, p->pattern, path, NULL, r->params, WEB_MAX_PARAMS, &r->nparams))
			continue;
		known = true;
		if (strcmp(p->method, method) == 0) {
			r->page = p;
			return 0;
		}
	}
	return known ? -2 : -1;
}

const char *web_param(struct web_request *r, int i)
{
	return i < r->nparams ? r->params[i] : NULL;
}

int web_param_id(struct web_request *r, int i, int64_t *id)
{
	const char *v = web_param(r, i);
	if (!v || !parse_i64(v, id) || *id <= 0)
		return grip_fail(r->g, GRIP_ENOTFOUND, NULL, "there is no such page");
	return 0;
}

struct grip_objective *web_param_objective(struct web_request *r, struct grip_cycle **c)
{
	int64_t id;
	*c = NULL;
	if (web_param_id(r, 0, &id) < 0)
		return NULL;
	struct grip_objective *o = grip_objective_get(r->g, id, NULL);
	*c = o ? grip_cycle_of(r->g, o) : NULL;
	return *c ? o : NULL;
}

/* Only what the page table declares for the page is read: the table is
 * the whole of what a page takes (grip --routes lists it). */
const char *web_query(struct web_request *r, const char *name)
{
	if (!r->page || !path_word_in(r->page->query, name))
		return NULL;
	const char *v = MHD_lookup_connection_value(r->conn, MHD_GET_ARGUMENT_KIND, name);
	return v && utf8_valid(v, strlen(v)) ? v : NULL;
}

const char *web_header(struct web_request *r, const char *name)
{
	return MHD_lookup_connection_value(r->conn, MHD_HEADER_KIND, name);
}

bool web_behind_tls(struct web_request *r)
{
	const char *proto = web_header(r, "X-Forwarded-Proto");
	return proto && strcmp(proto, "https") == 0;
}

const char *web_cookie(struct web_request *r, const char *name)
{
	return MHD_lookup_connection_value(r->conn, MHD_COOKIE_KIND, name);
}

const char *web_field(struct web_request *r, const char *name)
{
	for (int i = 0; i < r->nform; i++)
		if (strcmp(r->form[i].name, name) == 0)
			return r->form[i].value;
	return NULL;
}

size_t web_fields(struct web_request *r, const char *name, const char **out, size_t max)
{
	size_t n = 0;
	for (int i = 0; i < r->nform && n < max; i++)
		if (strcmp(r->form[i].name, name) == 0)
			out[n++] = r->form[i].value;
	return n;
}

const char *web_value(struct web_request *r, const char *name, const char *fallback)
{
	if (r->refill) {
		const char *v = web_field(r, name);
		return v ? v : "";
	}
	return fallback;
}

int web_redirect(struct web_request *r, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char buf[512];
	int n = vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	if (n < 0 || (size_t)n >= sizeof buf)
		return grip_fail(r->g, GRIP_ENOMEM, NULL, "the next page's address is too long");
	r->location = grip_strdup(r->g, buf);
	return r->location ? 0 : -1;
}

/* ---- the form body ---- */

/* Decodes one application/x-www-form-urlencoded part into the arena. */
static char *form_decode(struct arena *a, const char *s, size_t len)
{
	char *out = arena_alloc(a, len + 1);
	if (!out)
		return NULL;
	size_t n = 0;
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '+') {
			out[n++] = ' ';
		} else if (s[i] == '%' && i + 2 < len && path_hex_digit(s[i + 1]) >= 0 && path_hex_digit(s[i + 2]) >= 0) {
			out[n++] = (char)(path_hex_digit(s[i + 1]) * 16 + path_hex_digit(s[i + 2]));
			i += 2;
		} else {
			out[n++] = s[i];
		}
	}
	out[n] = '\0';
	return memchr(out, '\0', n) || !utf8_valid(out, n) ? NULL : out;
}

int web_parse_form(struct web_request *r, const char *body, size_t len)
{
	const char *p = body, *end = body + len;
	while (p < end) {
		const char *amp = memchr(p, '&', (size_t)(end - p));
		const char *stop = amp ? amp : end;
		if (stop > p) {
			const char *eq = memchr(p, '=', (size_t)(stop - p));
			if (r->nform == WEB_MAX_FIELDS)
				return -1;
			const char *vstart = eq ? eq + 1 : stop;
			char *name = form_decode(r->g->arena, p, (size_t)((eq ? eq : stop) - p));
			char *value = form_decode(r->g->arena, vstart, (size_t)(stop - vstart));
			if (!name || !value)
				return -1;
			r->form[r->nform++] = (struct web_field){ name, value };
		}
		p = stop + 1;
	}
	return 0;
}

/* ---- sessions ---- */

static int authenticate(struct web_request *r)
{
	const char *session = MHD_lookup_connection_value(r->conn, MHD_COOKIE_KIND, "grip_session");
	if (!session)
		return grip_fail(r->g, GRIP_EAUTH, NULL, "sign in first");
	const char *csrf = NULL;
	if (grip_session_resolve(r->g, session, &csrf) < 0)
		return -1;
	r->session = session;
	r->csrf = csrf;
	if (strcmp(r->method, "POST") == 0) {
		const char *sent = web_field(r, "csrf");
		if (!sent || !csrf || strlen(sent) != strlen(csrf) || sodium_memcmp(sent, csrf, strlen(csrf)) != 0)
			return grip_fail(r->g, GRIP_EPERM, NULL,
					 "this form has expired; load the page again and resend it");
	}
	r->org = grip_org_get(r->g, r->g->org_id);
	return r->org ? 0 : -1;
}

/* ---- running pages and actions ---- */

struct run {
	struct web_request *r;
	struct sb out; /* the whole document */
};

static int run_page(void *arg)
{
	struct run *x = arg;
	struct web_request *r = x->r;
	if (!(r->page->flags & WEB_PUBLIC) && authenticate(r) < 0)
		return -1;
	/* Decided here, in the read: a refused page's layout is written after
	 * the read has given its connection back. */
	if (!(r->page->flags & (WEB_PUBLIC | WEB_RAW)))
		r->reviews_link = grip_may_have_reviews(r->g);
	if (r->page->handler(r) < 0)
		return -1;
	if (r->page->flags & WEB_RAW)
		return 0;
	if (!(r->page->flags & WEB_PUBLIC)) {
		approvals_nav_count(r);
		notify_nav_count(r);
	}
	return layout_page(r, &x->out);
}

static int run_action(void *arg)
{
	struct web_request *r = ((struct run *)arg)->r;
	if (!(r->page->flags & WEB_PUBLIC) && authenticate(r) < 0)
		return -1;
	if (r->page->handler(r) < 0)
		return -1;
	if (!r->location && !r->signin) /* a sign-in goes on once its hash is done */
		return grip_fail(r->g, GRIP_ESTORE, NULL, "the action named no page to go to");
	return 0;
}

static int status_of(enum grip_status code)
{
	switch (code) {
	case GRIP_EINVAL: return 422;
	case GRIP_ENOTFOUND: return 404;
	case GRIP_EPERM: return 403;
	case GRIP_ECONFLICT: return 409;
	case GRIP_ESTALE: return 409;
	case GRIP_EAUTH: return 401;
	case GRIP_ETHROTTLE: return 429;
	case GRIP_EBUSY: return 503;
	case GRIP_EUNAVAILABLE: return 503;
	default: return 500;
	}
}

static void respond_doc(struct web_response *out, int status, struct sb *doc)
{
	out->status = status;
	out->type = "text/html; charset=utf-8";
	out->cache = "no-store";
	out->body = sb_detach(doc, &out->len);
}

/* A WEB_RAW page's answer, copied out of the arena. */
static void respond_raw(struct web_request *r, struct web_response *out)
{
	out->status = r->status ? r->status : 200;
	out->type = r->raw_type;
	out->cache = r->page->flags & WEB_READS ? "no-store" : "private, no-cache";
	out->body = malloc(r->raw_len + 1);
	if (!out->body) {
		out->status = 500;
		out->type = "text/plain; charset=utf-8";
		out->body = (char *)"out of memory\n";
		out->len = strlen(out->body);
		out->constant = true;
		return;
	}
	memcpy(out->body, r->raw, r->raw_len);
	out->len = r->raw_len;
}

/* A page that says what went wrong, in the layout, for errors that are
 * not a form's: no such page, not allowed, a broken request. */
static void respond_problem(struct web_request *r, struct web_response *out, int status, const char *message)
{
	struct sb doc = SB_INIT;
	html_release(&r->body);
	r->title = status == 404 ? "Not found" : status == 403 ? "Not allowed"
		 : status == 503 ? "Try again in a moment" : "Something went wrong";
	html_f(&r->body, "<h1>%s</h1><p>%s</p><p><a href=\"/\">Back to my week</a></p>", r->title, message);
	if (layout_page(r, &doc) < 0 || doc.failed) {
		sb_release(&doc);
		out->status = 500;
		out->type = "text/plain; charset=utf-8";
		out->body = (char *)"out of memory\n";
		out->len = strlen(out->body);
		out->constant = true;
		return;
	}
	respond_doc(out, status, &doc);
}

/* The page that shows a refused form again: the form's hidden field
 * "back" when it names a path of this site, else the POST's own path. */
static const char *form_page(struct web_request *r)
{
	const char *back = web_field(r, "back");
	if (!path_is_local(back, 400))
		return r->path;
	size_t n = strcspn(back, "?#");
	return arena_strndup(r->g->arena, back, n);
}

static void to_signin(struct web_request *r, struct web_response *out)
{
	out->status = 303;
	out->location = strcmp(r->method, "GET") == 0 && strcmp(r->path, "/") != 0
				? arena_printf(r->g->arena, "/signin?next=%s", r->path)
				: "/signin";
	out->cache = "no-store";
}

/* The page of r (a GET, or the form of a refused action) in a read
 * transaction, inside the layout. */
static void answer_page(struct web_request *r, struct web_response *out)
{
	struct run x = { .r = r, .out = SB_INIT };
	int (*run)(void *, struct grip *, int (*)(void *), void *) =
		r->page->flags & WEB_WRITES && strcmp(r->method, "GET") == 0 ? r->host->write : r->host->read;
	if (run(r->host->ctx, r->g, run_page, &x) < 0) {
		sb_release(&x.out);
		/* A POST that only reads is asked by a script: 401, not the form. */
		if (r->g->err.code == GRIP_EAUTH && !(r->page->flags & (WEB_PUBLIC | WEB_READS))) {
			to_signin(r, out);
			return;
		}
		respond_problem(r, out, status_of(r->g->err.code), r->g->err.message);
		out->retry_after = r->g->err.retry_after;
		return;
	}
	if (x.out.failed) {
		sb_release(&x.out);
		respond_problem(r, out, 500, "The page grew too large to send.");
		return;
	}
	if (r->page->flags & WEB_RAW) {
		respond_raw(r, out);
		return;
	}
	respond_doc(out, r->status ? r->status : 200, &x.out);
	out->set_cookie = r->set_cookie;
	out->retry_after = r->failed ? r->failed->retry_after : 0;
}

/* An action that ran (rc its outcome): 303 to the page it names, or the
 * page of its form again, showing why it was refused. */
static void answer_action(struct web_request *r, int rc, struct web_response *out)
{
	if (rc == 0) {
		out->status = 303;
		out->location = r->location;
		out->set_cookie = r->set_cookie;
		out->cache = "no-store";
		return;
	}
	if (r->g->err.code == GRIP_EAUTH && !(r->page->flags & WEB_PUBLIC)) {
		to_signin(r, out);
		return;
	}
	/* Refused: nothing was stored. Show the form's page again with the
	 * error and what was typed. */
	struct grip_error *err = arena_alloc(r->g->arena, sizeof *err);
	if (!err || find_page("GET", form_page(r), r) < 0) {
		respond_problem(r, out, status_of(r->g->err.code), r->g->err.message);
		out->retry_after = r->g->err.retry_after;
		return;
	}
	*err = r->g->err;
	r->failed = err;
	r->status = status_of(err->code);
	r->g->err = (struct grip_error){ 0 };
	r->method = "GET";
	answer_page(r, out);
}

void web_answer(const struct web_host *host, struct MHD_Connection *conn, struct arena *arena, int64_t now,
		const char *address, const char *method, const char *url, const char *body, size_t len,
		struct web_response *out)
{
	memset(out, 0, sizeof *out);
	struct grip *g = arena_alloc(arena, sizeof *g);
	struct web_request *r = arena_alloc(arena, sizeof *r);
	if (!g || !r) {
		out->status = 500;
		return;
	}
	grip_init(g, NULL, arena, now);
	g->readers = host->readers;
	if (strcmp(method, "HEAD") == 0) /* answered as GET; the server sends no body */
		method = "GET";
	*r = (struct web_request){ .g = g, .host = host, .conn = conn, .method = method, .path = url,
				   .address = address, .body = HTML_INIT };
	if (strncmp(url, "/assets/", 8) == 0 && strcmp(method, "GET") == 0) {
		web_asset(url + 8, MHD_lookup_connection_value(conn, MHD_HEADER_KIND, "If-None-Match"), out);
		return;
	}
	int m = find_page(method, url, r);
	if (m < 0) {
		respond_problem(r, out, m == -2 ? 405 : 404,
				m == -2 ? "That page does not take this kind of request." : "There is no such page.");
		return;
	}
	if (strcmp(method, "POST") == 0 && web_parse_form(r, body, len) < 0) {
		respond_problem(r, out, 400, "The form could not be read: it is not valid UTF-8 or has too many fields.");
		return;
	}
	if (strcmp(method, "POST") != 0 || r->page->flags & WEB_READS) {
		answer_page(r, out);
		return;
	}
	struct run x = { .r = r, .out = SB_INIT };
	int rc = r->page->flags & WEB_SIGNIN ? host->read(host->ctx, g, run_action, &x)
					      : host->write(host->ctx, g, run_action, &x);
	if (rc == 0 && r->signin) {
		out->pending = r; /* the server has the hash run, then calls web_signin_answer */
		return;
	}
	answer_action(r, rc, out);
}

int web_signin_store(void *pending)
{
	struct web_request *r = pending;
	return grip_signin_finish(r->g, r->signin);
}

void web_signin_answer(struct web_request *r, int rc, struct web_response *out)
{
	memset(out, 0, sizeof *out);
	web_handler done = r->signin_done ? r->signin_done : act_signin_done;
	answer_action(r, rc == 0 ? done(r) : rc, out);
}
