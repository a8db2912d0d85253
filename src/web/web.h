/*
 * web.h — the browser face of grip: server-rendered pages over the same
 * core as the API and the CLI. The HTTP server (api/server.c) hands every
 * request outside /api/ to web_answer, with a web_host through which the
 * face runs its work in a read transaction or as a group-committed write.
 *
 * One page request, in order:
 *  1. The page is matched in the page table (web.c); assets are answered
 *     from the binary with long-lived cache headers.
 *  2. For a POST the form body (application/x-www-form-urlencoded) is
 *     parsed, the session resolved and the form's CSRF token checked.
 *  3. An action (a POST) runs as a write and answers 303 to the page it
 *     names. When the core refuses it, nothing is stored, and the page that
 *     holds the form (the GET page of the same path, or the path in the
 *     form's hidden field "back") is rendered again, the form whose action
 *     is the POST's path showing the error next to its field and the fields
 *     as the person typed them (r->form, r->failed, r->refill).
 *  4. A page (a GET) renders in a read transaction through the escaping
 *     HTML writer (html.h), inside the layout (layout.c). A POST flagged
 *     WEB_READS (the coach's check, coach_view.c) is no action: its token
 *     is checked as in step 2, then it runs as a page does, in a read
 *     transaction, so it cannot store anything.
 * The sign-in action stops half-way, after its read: web_answer hands it
 * back with out->pending set, the server hashes the password off the
 * request thread and stores the outcome as a write (web_signin_store), and
 * web_signin_answer then answers it as step 3 would have. The actions that
 * set a password (WEB_SIGNIN too) go the same way and name their own
 * answer in r->signin_done.
 */
#ifndef GRIP_WEB_WEB_H
#define GRIP_WEB_WEB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/grip.h"
#include "web/html.h"

#define WEB_MAX_PARAMS 3
#define WEB_MAX_FIELDS 96
#define WEB_FORM_MAX ((size_t)1 << 20) /* a form's body; more answers 413 before it is read */

struct MHD_Connection;
struct web_request;

typedef int (*web_handler)(struct web_request *r);

enum web_flags {
	WEB_PUBLIC = 1, /* no sign-in needed */
	WEB_SIGNIN = 2, /* reads, has a password hashed, then writes (sign-in, a password set) */
	WEB_WRITES = 4, /* a page (GET) that records it was seen: it runs as a write */
	WEB_RAW = 8,    /* answers r->raw as r->raw_type, outside the layout (the calendar feed) */
	WEB_READS = 16, /* a POST that changes nothing: CSRF-checked, run in a read transaction and
			   answered as a page (no 303); signed out, it answers 401 (the coach's check) */
};

struct web_page {
	const char *method; /* GET or POST */
	const char *pattern; /* "/objectives/{id}" */
	web_handler handler;
	unsigned flags;
	const char *query; /* query parameters it reads, space-separated, or NULL */
};

struct web_field {
	const char *name;
	const char *value;
};

/* What the server gives the face: its transactions and its limits. */
struct web_host {
	void *ctx;
	/* Runs fn(arg) in one read transaction on a pooled connection. */
	int (*read)(void *ctx, struct grip *g, int (*fn)(void *), void *arg);
	/* Runs fn(arg) as a write; 0 once it is committed. */
	int (*write)(void *ctx, struct grip *g, int (*fn)(void *), void *arg);
	const char *css_tag; /* the assets' versions, for their URLs */
	const char *js_tag;
	const char *icon_tag;
	struct coach_readers *readers; /* the coach's readers, shared (NULL: per use) */
};

struct web_request {
	struct grip *g;
	const struct web_host *host;
	struct MHD_Connection *conn;
	const struct web_page *page;
	const char *method;
	const char *path;
	const char *address; /* the client's, for the sign-in throttle */
	const char *params[WEB_MAX_PARAMS]; /* values of {…}, in pattern order */
	int nparams;
	struct web_field form[WEB_MAX_FIELDS]; /* a POST's fields, in the arena */
	int nform;
	const char *session; /* the cookie's secret, when signed in */
	const char *csrf;    /* that session's CSRF token, for forms */
	struct grip_org *org;
	struct grip_signin *signin; /* the sign-in action's attempt, to be hashed */
	web_handler signin_done;    /* what answers once its outcome is stored (NULL: act_signin_done) */
	/* a refused action being shown again: its error, and the fields it sent */
	const struct grip_error *failed;
	bool refill; /* the form being written is the one refused: show what was typed */
	size_t summary_at;        /* where that form's error summary goes (form.c) */
	const char *failed_label; /* the label of the control its error names, once written */
	int failed_id;
	int ids;     /* the last control id given out on this page */
	/* The next text control's kind for the coach ("objective",
	 * "member_outcome", "key_result", "commitment"), or NULL: form_input and
	 * form_textarea mark it to be checked as it is typed and write the
	 * live region of its hints beside it, then clear both (coach_view.c). */
	const char *coach;
	const char *coach_kr_kind; /* a key result's kind, or NULL: the form's "kind" select says */
	/* the answer */
	int status;           /* 0: 200 */
	const char *location; /* an action's 303 target */
	const char *set_cookie;
	const char *title;    /* the page's <title>, before " · grip" */
	const char *nav;      /* which item of the navigation is current */
	bool approvals_link;  /* the navigation links to /approvals (page_approvals.c) */
	size_t approvals_count; /* with this many waiting */
	int64_t unread;         /* the person's unread notifications (page_notify.c) */
	bool reviews_link;      /* the navigation links to /reviews (decided in the page's read) */
	struct html body;     /* the page's <main>, written by its handler */
	const char *raw;      /* a WEB_RAW page's answer (in the arena), raw_len bytes of raw_type */
	size_t raw_len;
	const char *raw_type;
};

/* The web answer to a request: the server queues it. */
struct web_response {
	int status;
	const char *type;
	char *body;        /* malloc'd (free it) unless constant */
	size_t len;
	bool constant;     /* body points into the binary */
	const char *location;
	const char *set_cookie;
	const char *cache;  /* Cache-Control */
	const char *etag;
	char etag_buf[24];
	int retry_after;   /* seconds, for Retry-After; 0: none */
	struct web_request *pending; /* a sign-in waiting for its hash: no answer yet */
};

/* Answers one request outside /api/. body is the request body (a form);
 * address is the client's. Everything lives in the arena, which must last
 * until the answer is sent (for a pending sign-in, until after
 * web_signin_answer). */
void web_answer(const struct web_host *host, struct MHD_Connection *conn, struct arena *arena, int64_t now,
		const char *address, const char *method, const char *url, const char *body, size_t len,
		struct web_response *out);
/* A pending sign-in (out->pending of web_answer) once pending->signin has
 * been verified: its outcome stored, as a part of a write (the argument is
 * the web_request). */
int web_signin_store(void *pending);
/* Its answer, rc being the write's outcome (or -1 with pending->g->err
 * saying why the hash did not run, GRIP_EBUSY). */
void web_signin_answer(struct web_request *pending, int rc, struct web_response *out);
/* An embedded asset by name ("grip.css"), 304 when if_none_match matches. */
void web_asset(const char *name, const char *if_none_match, struct web_response *out);
/* The assets' version tags (hex digests of their bytes), for web_host. */
void web_asset_tags(char css[17], char js[17], char icon[17]);

/* ---- what handlers use (web.c) ---- */

const char *web_param(struct web_request *r, int i);
/* The {id} at index i as a positive id; else fails with GRIP_ENOTFOUND. */
int web_param_id(struct web_request *r, int i, int64_t *id);
/* The objective named by {id} (index 0), as of today, and its cycle; NULL
 * (the error set) when it is not there or not seen. */
struct grip_objective *web_param_objective(struct web_request *r, struct grip_cycle **c);
const char *web_query(struct web_request *r, const char *name);
const char *web_header(struct web_request *r, const char *name);
/* Whether the client reached this site over HTTPS, as the proxy in front
 * says (X-Forwarded-Proto): cookies set then are marked Secure. */
bool web_behind_tls(struct web_request *r);
const char *web_cookie(struct web_request *r, const char *name);
/* Parses an application/x-www-form-urlencoded body into r->form (names
 * and values decoded into r->g's arena); -1 when it is not a form this
 * site sends: a part that decodes to a NUL or to invalid UTF-8, or more
 * than WEB_MAX_FIELDS parts. */
int web_parse_form(struct web_request *r, const char *body, size_t len);
/* A posted field (the first of that name), or NULL. */
const char *web_field(struct web_request *r, const char *name);
/* All posted fields of that name, in order, into out (at most max). */
size_t web_fields(struct web_request *r, const char *name, const char **out, size_t max);
/* The value a form field shows: what was posted when a refused action is
 * shown again, else the fallback (the stored value). */
const char *web_value(struct web_request *r, const char *name, const char *fallback);
/* An action's answer: 303 to path (a format, its %s arguments are ids or
 * slugs the action knows; no escaping is needed in a Location). */
__attribute__((format(printf, 2, 3))) int web_redirect(struct web_request *r, const char *fmt, ...);

/* ---- forms (form.c): markup that carries labels, values and errors ---- */

/* <form method="post" action="..."> with the CSRF field. */
void form_open(struct web_request *r, const char *action, const char *cls);
/* The hidden field naming the page that shows this form, when its action
 * has no GET page of its own ("/admin" for "/admin/people"). */
void form_back(struct web_request *r, const char *page);
void form_close(struct web_request *r);
/* The refusal's message, naming and linking to the control at fault when
 * the form has one; form_close puts it at the top of the refused form. */
void form_error_summary(struct web_request *r);
/* A control a page writes itself (id f<id>), named for the summary. */
void form_control(struct web_request *r, const char *name, const char *label, int id);
/* A labelled input: type text, email, password, number, date, week...;
 * value is the stored one (a refused post shows what was typed instead);
 * hint may be NULL. The error of a refused post naming this field is shown
 * under it and tied to it with aria-describedby. */
void form_input(struct web_request *r, const char *type, const char *name, const char *label,
		const char *value, const char *hint, bool required);
void form_textarea(struct web_request *r, const char *name, const char *label, const char *value,
		   const char *hint);
/* A labelled <select>; options are value/label pairs, n of them. */
void form_select(struct web_request *r, const char *name, const char *label, const char *value,
		 const char *const *options, size_t n);
/* A checkbox sending name=1 when ticked, its label beside it. */
void form_checkbox(struct web_request *r, const char *name, const char *label, bool checked);
void form_submit(struct web_request *r, const char *label, const char *cls);

/* ---- the layout and shared pieces (layout.c) ---- */

/* Writes the whole document around r->body. */
int layout_page(struct web_request *r, struct sb *out);
/* A light: a dot and its word ("on track", "at risk", "off track", "no check-in"). */
void view_light(struct html *h, enum grip_light light);
/* The pace flag: "behind pace", with its own mark (a triangle, not the
 * light's dot), when the objective is behind its expected progress. */
void view_pace(struct html *h, const struct grip_objective *o);
/* A labelled progress bar for a share 0..1. */
void view_progress(struct html *h, double share, const char *label);
/* A number as the CLI writes it (integers without decimals). */
void view_number(struct html *h, double v);
/* A link to an objective, with its title. */
void view_objective_link(struct html *h, const struct grip_objective *o);

/* ---- pages (one file each) ---- */

int page_signin(struct web_request *r);
int act_signin(struct web_request *r);
/* After the sign-in's outcome is stored: the session cookie and the 303,
 * or the refusal. */
int act_signin_done(struct web_request *r);
int act_signout(struct web_request *r);
/* page_password.c: forgot, a one-time link's page, one's own change. */
int page_password_forgot(struct web_request *r);
int act_password_forgot(struct web_request *r);
int page_password_sent(struct web_request *r);
int page_password_set(struct web_request *r);
int act_password_set(struct web_request *r);
int act_password_set_done(struct web_request *r);
int page_password_done(struct web_request *r);
int page_password(struct web_request *r);
int act_password(struct web_request *r);
int act_password_done(struct web_request *r);
int page_password_changed(struct web_request *r);
int act_admin_person_invite(struct web_request *r);
int page_week(struct web_request *r);
int act_commit_add(struct web_request *r);
int act_commit_close(struct web_request *r);
int act_commit_edit(struct web_request *r);
int act_commit_delete(struct web_request *r);
int page_unit(struct web_request *r);
int page_units(struct web_request *r);
int page_tree(struct web_request *r);
int page_objective(struct web_request *r);
int page_objective_new(struct web_request *r);
int act_objective_new(struct web_request *r);
int act_kr_add(struct web_request *r);
/* page_kr.c: the add form and the edit link, for those who may use them. */
void page_kr_add_form(struct web_request *r, const struct grip_objective *o);
void page_kr_links(struct web_request *r, const struct grip_kr *kr);
int page_kr_edit(struct web_request *r);
int act_kr_edit(struct web_request *r);
int act_kr_delete(struct web_request *r);
int page_checkin(struct web_request *r);
int act_checkin(struct web_request *r);
int page_group(struct web_request *r);
int page_groups(struct web_request *r);
int act_group_programme(struct web_request *r);
int act_group_prompt(struct web_request *r);
int act_group_member_add(struct web_request *r);
int act_group_member_leave(struct web_request *r);
int page_admin(struct web_request *r);
int act_admin_person(struct web_request *r);
int act_admin_unit(struct web_request *r);
int act_admin_cycle(struct web_request *r);
int act_admin_token(struct web_request *r);
int act_admin_token_revoke(struct web_request *r);
int act_admin_person_edit(struct web_request *r);
int act_admin_person_leave(struct web_request *r);
int act_admin_cycle_edit(struct web_request *r);
int act_admin_cycle_open(struct web_request *r);
int act_admin_cycle_delete(struct web_request *r);
int page_settings(struct web_request *r);
int act_settings(struct web_request *r);
int act_settings_strategy(struct web_request *r);
int act_settings_unit(struct web_request *r);
int act_settings_me(struct web_request *r);
int act_unit_edit(struct web_request *r);
int act_unit_delete(struct web_request *r);
int act_unit_member_add(struct web_request *r);
int act_unit_member_leave(struct web_request *r);

int page_approvals(struct web_request *r);
int act_review_approve(struct web_request *r);
int act_review_return(struct web_request *r);
/* The Approve and Return forms of o, those the actor may use; a refused
 * one shows again on the page back. */
void approval_forms(struct web_request *r, const struct grip_objective *o, const char *back);
/* An objective's latest review, and the review forms for who may use them. */
void approval_block(struct web_request *r, const struct grip_objective *o);
/* My week: the person's objectives returned to them, with the comment. */
void week_returned(struct web_request *r);
/* My week: everything due from the person now, with links (view_due.c). */
void week_due_now(struct web_request *r);
/* An objective's check-in cadence in words ("every two weeks"), and the
 * select of the three (named "cadence") on the objective forms (view_due.c). */
const char *web_cadence_label(enum grip_cadence c);
void web_cadence_select(struct web_request *r, const char *value);
/* The navigation's Approvals link: counted in the page's transaction,
 * drawn by the layout. */
void approvals_nav_count(struct web_request *r);
void approvals_nav_item(struct web_request *r, struct html *h);
/* page_notify.c: the person's notifications, and the navigation's link
 * with the unread count (counted in the page's transaction). */
int page_notifications(struct web_request *r);
void notify_nav_count(struct web_request *r);
void notify_nav_item(struct web_request *r, struct html *h);
int act_settings_notices(struct web_request *r);

/* Mid-cycle reviews (page_review.c): the reviews due, the form of one
 * objective and its action, the objective page's list of its reviews (and
 * the link to the form for who may review it), the navigation's link. */
int page_reviews(struct web_request *r);
int page_review_new(struct web_request *r);
int act_review_add(struct web_request *r);
void review_block(struct web_request *r, const struct grip_objective *o);
void reviews_nav_item(struct web_request *r, struct html *h);
/* page_carry.c: where a carried objective came from, and the Carry
 * forward form for who may use it. */
void carry_section(struct web_request *r, const struct grip_objective *o);
int act_objective_carry(struct web_request *r);
/* page_scoring.c: a unit's or a person's scores over a cycle, a form per
 * key result, and the cycle's close. */
int page_scoring(struct web_request *r);
int act_score(struct web_request *r);
int act_scoring_open(struct web_request *r);
int act_cycle_close(struct web_request *r);
/* page_reflection.c: an objective's reflection and its form. */
int reflection_block(struct web_request *r, const struct grip_objective *o);
int act_reflection(struct web_request *r);
/* page_calibration.c */
int page_calibration(struct web_request *r);
/* page_calendar.c: one's calendar feed (make, renew, revoke) and the
 * feed itself, for calendar programs. */
int page_calendar(struct web_request *r);
int act_calendar_new(struct web_request *r);
int act_calendar_revoke(struct web_request *r);
int page_calendar_feed(struct web_request *r);

/* coach_view.c: the coach's hints beside the fields they concern. After a
 * save, the page the action lands on carries "saved" in its query
 * ("objective", "new", "kr-ID", "commitment-ID"); the page shows the hints
 * (grip_coach_about) of that item alone, when it is one the page shows.
 * As the person types, grip.js posts the field to the check route. */
struct coach_saved {
	struct grip_hint **hints;
	size_t n;
};
/* The hints of the objective the page shows, when "saved" names it
 * ("objective", or "new": it and its key results); none otherwise. */
void coach_saved_objective(struct web_request *r, const struct grip_objective *o, struct coach_saved *out);
/* Beside the objective's title (field "title") or its why ("why"): the
 * hints whose words are in that text (the others beside the title). */
void coach_objective_hints(struct web_request *r, const struct coach_saved *s, const struct grip_objective *o,
			   const char *field);
/* Under a key result's or a commitment's text: its hints, when "saved"
 * names it (a key result: also "new"). */
void coach_kr_hints(struct web_request *r, const struct grip_kr *kr);
void coach_commitment_hints(struct web_request *r, const struct grip_commitment *c);
/* The check route: POST /coach/check (kind, text, kr_kind), answering the
 * hints' HTML fragment; it changes nothing. */
int page_coach_check(struct web_request *r);

extern const struct web_page web_pages[];

#endif
