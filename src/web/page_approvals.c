/*
 * page_approvals.c — reviews in the browser: the page /approvals (what
 * awaits the signed-in person's decision, each with an Approve form and a
 * Return form whose comment is required), the two review actions every
 * page's review forms post to, the review block of an objective's page
 * (its latest review, and the forms for someone who may review it), what
 * was returned to the person on My week, and the navigation's link with
 * its count. The rules (who reviews what, what awaits) are the core's
 * (approval.c); these only draw and post.
 */
#include "web/web.h"

#include <stdio.h>
#include <string.h>

#include "util/path.h"

static const char *person_label(struct grip *g, int64_t id, const char *email)
{
	struct grip_error saved = g->err;
	struct grip_person *p = id ? grip_person_get(g, id) : NULL;
	g->err = saved;
	if (p && p->name && *p->name)
		return p->name;
	return email ? email : "someone";
}

/* "Returned for changes by Bo on 2026-11-23: How will you know?" */
static void review_line(struct web_request *r, const struct grip_review *rv)
{
	struct html *h = &r->body;
	bool back = strcmp(rv->decision, "return") == 0;
	const char *day = rv->at ? arena_strndup(r->g->arena, rv->at, 10) : NULL;
	html_f(h, "<p class=\"review\"><span class=\"badge%s\">%s</span> by %s on %s", back ? " warn" : "",
	       back ? "returned for changes" : "approved", person_label(r->g, rv->by_id, rv->by), day ? day : "");
	if (rv->comment)
		html_f(h, ": “%s”", rv->comment);
	html_raw(h, "</p>");
}

void approval_forms(struct web_request *r, const struct grip_objective *o, const char *back)
{
	struct html *h = &r->body;
	struct arena *a = r->g->arena;
	int64_t id = o->id;
	const char *title = o->title;
	html_raw(h, "<div class=\"review-forms inline\">");
	if (grip_may_review(r->g, o, "approve", NULL)) {
		form_open(r, arena_printf(a, "/objectives/%lld/review/approve", (long long)id), "form");
		form_back(r, back);
		html_f(h, "<button type=\"submit\" class=\"primary\" aria-label=\"Approve “%s”\">Approve</button>",
		       title);
		form_close(r);
	}
	if (!grip_may_review(r->g, o, "return", NULL)) {
		html_raw(h, "</div>");
		return;
	}
	form_open(r, arena_printf(a, "/objectives/%lld/review/return", (long long)id), "form");
	form_back(r, back);
	form_textarea(r, "comment", "What to change", NULL, "required to return it; its owner reads it");
	html_f(h, "<button type=\"submit\" aria-label=\"Return with comment: “%s”\">Return with comment</button>",
	       title);
	form_close(r);
	html_raw(h, "</div>");
}

/* ---- the page ---- */

static void item(struct web_request *r, const struct grip_approval *ap)
{
	struct html *h = &r->body;
	const struct grip_objective *o = ap->objective;
	html_f(h, "<li class=\"card\"><p class=\"layer\">%s objective, %s</p><h2>", grip_layer_name(o->layer), grip_objective_status_name(o->status));
	view_objective_link(h, o);
	html_raw(h, "</h2><dl class=\"facts\">");
	if (ap->owner_name)
		html_f(h, "<dt>Owner</dt><dd>%s</dd>", ap->owner_name);
	if (o->unit_name)
		html_f(h, "<dt>Unit</dt><dd>%s</dd>", o->unit_name);
	html_f(h, "<dt>Cycle</dt><dd>%s</dd>", o->cycle_name);
	if (o->why && *o->why)
		html_f(h, "<dt>Why</dt><dd>%s</dd>", o->why);
	html_raw(h, "</dl>");
	if (ap->last)
		review_line(r, ap->last);
	approval_forms(r, o, "/approvals");
	html_raw(h, "</li>");
}

int page_approvals(struct web_request *r)
{
	r->title = "Approvals";
	r->nav = "approvals";
	struct grip_approval **items;
	size_t n;
	if (grip_approvals(r->g, &items, &n) < 0)
		return -1;
	struct html *h = &r->body;
	html_raw(h, "<div class=\"page-head\"><h1>Approvals</h1></div><p class=\"muted\">Proposals and members' "
		    "outcomes that wait for your decision: approve one, or return it to its owner with what to "
		    "change.</p>");
	/* A refused review shows beside its item; one whose item has gone
	 * meanwhile (decided by someone else) shows here. */
	long long failed_id = 0;
	bool shown = false;
	if (r->failed && sscanf(r->path, "/objectives/%lld/review/", &failed_id) == 1)
		for (size_t i = 0; i < n; i++)
			shown |= items[i]->objective->id == failed_id;
	if (r->failed && !shown)
		html_f(h, "<p class=\"error-summary\" role=\"alert\">%s</p>", r->failed->message);
	if (!n) {
		html_raw(h, "<p>Nothing waits for your decision.</p>");
		return 0;
	}
	html_raw(h, "<ul class=\"plain stack\">");
	for (size_t i = 0; i < n; i++)
		item(r, items[i]);
	html_raw(h, "</ul>");
	return 0;
}

/* ---- the actions ---- */

static int review(struct web_request *r, const char *decision)
{
	int64_t id;
	if (web_param_id(r, 0, &id) < 0)
		return -1;
	const char *comment = web_field(r, "comment");
	if (grip_objective_review(r->g, id, decision, comment && *comment ? comment : NULL) < 0)
		return -1;
	const char *back = web_field(r, "back");
	if (back && path_is_local(back, 400))
		return web_redirect(r, "%s", back);
	return web_redirect(r, "/objectives/%lld", (long long)id);
}

int act_review_approve(struct web_request *r)
{
	return review(r, "approve");
}

int act_review_return(struct web_request *r)
{
	return review(r, "return");
}

/* ---- pieces of other pages ---- */

void approval_block(struct web_request *r, const struct grip_objective *o)
{
	struct grip_review *rv = NULL;
	struct grip_error saved = r->g->err;
	if (grip_objective_last_review(r->g, o->id, &rv) < 0)
		r->g->err = saved;
	bool may = grip_may_review(r->g, o, NULL, NULL);
	if (!rv && !may)
		return;
	struct html *h = &r->body;
	html_raw(h, "<section class=\"card\" aria-labelledby=\"review\"><h2 id=\"review\">Review</h2>");
	if (rv)
		review_line(r, rv);
	if (may)
		approval_forms(r, o, arena_printf(r->g->arena, "/objectives/%lld", (long long)o->id));
	html_raw(h, "</section>");
}

void week_returned(struct web_request *r)
{
	struct grip_approval **items;
	size_t n;
	struct grip_error saved = r->g->err;
	if (grip_returned_mine(r->g, &items, &n) < 0) {
		r->g->err = saved;
		return;
	}
	if (!n)
		return;
	struct html *h = &r->body;
	html_raw(h, "<section class=\"card\" aria-labelledby=\"returned\"><h2 id=\"returned\">Returned to you</h2>"
		    "<p class=\"muted\">Your lead asks for changes before approving these; change them, then "
		    "propose them again.</p><ul class=\"plain\">");
	for (size_t i = 0; i < n; i++) {
		html_raw(h, "<li>");
		view_objective_link(h, items[i]->objective);
		review_line(r, items[i]->last);
		html_raw(h, "</li>");
	}
	html_raw(h, "</ul></section>");
}

void approvals_nav_count(struct web_request *r)
{
	r->approvals_link = grip_may_have_approvals(r->g);
	size_t n = 0;
	if (r->approvals_link)
		grip_approvals_count(r->g, &n);
	r->approvals_count = n;
}

void approvals_nav_item(struct web_request *r, struct html *h)
{
	if (!r->approvals_link)
		return;
	html_raw(h, "<li><a href=\"/approvals\"");
	if (r->nav && strcmp(r->nav, "approvals") == 0)
		html_raw(h, " aria-current=\"page\"");
	html_raw(h, ">Approvals");
	if (r->approvals_count)
		html_f(h, " <span class=\"badge\">%zu</span>", r->approvals_count);
	html_raw(h, "</a></li>");
}
