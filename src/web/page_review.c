/*
 * page_review.c — the mid-cycle review in the browser: the page /reviews
 * (the reviews due from the signed-in person), the review form of one
 * objective (/objectives/{id}/reviews/new: keep, adjust or drop, a reason,
 * and for adjust a new title, key result titles, targets and weights) and
 * its action, the objective page's list of its reviews, and the
 * navigation's link. What is due, who reviews and what a review may change
 * are the core's (review.c); these only draw and post.
 */
#include "web/web.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "util/num.h"
#include "web/kr_view.h"

/* ---- pieces ---- */

static void value_text(struct html *h, const struct grip_review_change *ch, bool after)
{
	if (ch->field == GRIP_CHANGE_TITLE || ch->field == GRIP_CHANGE_KR_TITLE)
		html_f(h, "“%s”", after ? ch->after : ch->before);
	else
		view_number(h, after ? ch->after_n : ch->before_n);
}

/* "kept by lee@acme.test on 2026-11-16: reason", and what it changed. */
static void review_item(struct web_request *r, const struct grip_cycle_review *rv)
{
	struct html *h = &r->body;
	json_t *j = grip_cycle_review_json(rv);
	const char *label = grip_strdup(r->g, json_string_value(json_object_get(j, "label")));
	json_decref(j);
	const char *day = rv->at ? arena_strndup(r->g->arena, rv->at, 10) : NULL;
	html_f(h, "<li><p><span class=\"badge%s\">%s</span> by %s on %s: “%s”</p>",
	       rv->decision == GRIP_REVIEW_DROP ? " warn" : "", label ? label : "", rv->reviewer ? rv->reviewer : "someone",
	       day ? day : "", rv->reason);
	if (rv->n_changes) {
		html_raw(h, "<ul class=\"changes\">");
		for (size_t i = 0; i < rv->n_changes; i++) {
			const struct grip_review_change *ch = &rv->changes[i];
			static const char *const what[] = { "Title", "Title of key result", "Target of key result",
							    "Weight of key result" };
			html_f(h, "<li>%s", what[ch->field]);
			if (ch->key_result_id)
				html_f(h, " %lld", (long long)ch->key_result_id);
			html_raw(h, ": ");
			value_text(h, ch, false);
			html_raw(h, " → ");
			value_text(h, ch, true);
			html_raw(h, "</li>");
		}
		html_raw(h, "</ul>");
	}
	html_raw(h, "</li>");
}

void review_block(struct web_request *r, const struct grip_objective *o)
{
	struct grip_cycle_review **rvs = NULL;
	size_t n = 0;
	struct grip_error saved = r->g->err;
	if (grip_review_list(r->g, o->id, &rvs, &n) < 0) {
		r->g->err = saved;
		n = 0;
	}
	bool may = grip_may_review_midcycle(r->g, o, NULL);
	if (!n && !may)
		return;
	struct html *h = &r->body;
	html_raw(h, "<section class=\"card\" aria-labelledby=\"reviews\"><h2 id=\"reviews\">Mid-cycle reviews</h2>");
	if (n) {
		html_raw(h, "<ul class=\"plain stack\">");
		for (size_t i = 0; i < n; i++)
			review_item(r, rvs[i]);
		html_raw(h, "</ul>");
	} else {
		html_raw(h, "<p class=\"muted\">Not reviewed yet.</p>");
	}
	if (may)
		html_f(h, "<p><a class=\"button\" href=\"/objectives/%lld/reviews/new\">Review “%s”</a></p>",
		       (long long)o->id, o->title);
	html_raw(h, "</section>");
}

void reviews_nav_item(struct web_request *r, struct html *h)
{
	if (!r->reviews_link)
		return;
	html_raw(h, "<li><a href=\"/reviews\"");
	if (r->nav && strcmp(r->nav, "reviews") == 0)
		html_raw(h, " aria-current=\"page\"");
	html_raw(h, ">Reviews</a></li>");
}

/* ---- /reviews ---- */

int page_reviews(struct web_request *r)
{
	r->title = "Mid-cycle reviews";
	r->nav = "reviews";
	struct grip_review_due **ds;
	size_t n;
	if (grip_reviews_due(r->g, &ds, &n) < 0)
		return -1;
	struct html *h = &r->body;
	html_raw(h, "<div class=\"page-head\"><h1>Mid-cycle reviews</h1></div><p class=\"muted\">Objectives you "
		    "lead whose cycle is past its mid-point and that have no review since the week before it: keep "
		    "each, adjust it, or drop it, and say why.</p>");
	if (!n) {
		html_raw(h, "<p>No reviews are due.</p>");
		return 0;
	}
	html_raw(h, "<table><caption class=\"visually-hidden\">Reviews due</caption><thead><tr><th scope=\"col\">"
		    "Objective</th><th scope=\"col\">Unit</th><th scope=\"col\">Cycle</th><th scope=\"col\">Mid-point"
		    "</th><th scope=\"col\">Last review</th><th scope=\"col\"><span class=\"visually-hidden\">Action"
		    "</span></th></tr></thead><tbody>");
	for (size_t i = 0; i < n; i++) {
		const struct grip_objective *o = ds[i]->objective;
		html_raw(h, "<tr><td>");
		view_objective_link(h, o);
		html_f(h, "</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td>", o->unit_name ? o->unit_name : "—",
		       o->cycle_name ? o->cycle_name : "", ds[i]->midpoint,
		       ds[i]->last_review_at ? arena_strndup(r->g->arena, ds[i]->last_review_at, 10) : "never");
		html_f(h, "<td><a href=\"/objectives/%lld/reviews/new\" aria-label=\"Review “%s”\">Review</a></td></tr>",
		       (long long)o->id, o->title);
	}
	html_raw(h, "</tbody></table>");
	return 0;
}

/* ---- the form ---- */

static void kr_fields(struct web_request *r, const struct grip_kr *kr)
{
	struct html *h = &r->body;
	char name[40], now[32];
	html_f(h, "<fieldset><legend>Key result %lld: %s</legend><div class=\"inline\">", (long long)kr->id, kr->title);
	snprintf(name, sizeof name, "kr_title_%lld", (long long)kr->id);
	form_input(r, "text", name, "New title", NULL, "empty: unchanged", false);
	if (kr->kind == GRIP_KR_METRIC) {
		format_number(kr->target, now);
		snprintf(name, sizeof name, "target_%lld", (long long)kr->id);
		form_input(r, "text", name, "New target", NULL,
			   arena_printf(r->g->arena, "now %s%s%s; empty: unchanged", now,
					kr->unit_label && *kr->unit_label ? " " : "", kr->unit_label ? kr->unit_label : ""),
			   false);
	}
	format_number(kr->weight, now);
	snprintf(name, sizeof name, "weight_%lld", (long long)kr->id);
	form_input(r, "text", name, "New weight", NULL, arena_printf(r->g->arena, "now %s; empty: unchanged", now),
		   false);
	html_raw(h, "</div></fieldset>");
}

int page_review_new(struct web_request *r)
{
	struct html *h = &r->body;
	struct grip_cycle *c;
	struct grip_objective *o = web_param_objective(r, &c);
	if (!o)
		return -1;
	int64_t id = o->id;
	r->title = arena_printf(r->g->arena, "Review: %s", o->title);
	r->nav = "reviews";
	html_f(h, "<h1>Review: %s</h1><p><a href=\"/objectives/%lld\">Back to the objective</a></p>", o->title,
	       (long long)id);
	const char *why;
	if (!grip_may_review_midcycle(r->g, o, &why)) {
		char line[sizeof r->g->err.message];
		snprintf(line, sizeof line, "%s", why ? why : "you cannot review this objective");
		line[0] = (char)toupper((unsigned char)line[0]);
		html_f(h, "<p class=\"notice\">%s.</p>", line);
		return 0;
	}
	const char *page = arena_printf(r->g->arena, "/objectives/%lld/reviews/new", (long long)id);
	form_open(r, arena_printf(r->g->arena, "/objectives/%lld/reviews", (long long)id), "form");
	form_back(r, page);
	static const char *const decisions[] = { "keep", "Keep it as it is", "adjust", "Adjust it (say what below)",
						 "drop", "Drop it" };
	form_select(r, "decision", "Decision", "keep", decisions, 3);
	form_textarea(r, "reason", "Reason", NULL, "required: why keep, adjust or drop it");
	html_raw(h, "<h2>What an adjustment changes</h2><p class=\"hint\">Only for Adjust; leave a field empty to "
		    "keep it as it is.</p>");
	if (o->layer == GRIP_LAYER_MEMBER)
		html_raw(h, "<p class=\"hint\">A member's outcome is in their own words: record Adjust to ask for a "
			    "rewrite, and the member rewrites it.</p>");
	else
		form_input(r, "text", "title", "New title", NULL, "empty: unchanged", false);
	for (size_t i = 0; i < o->n_krs; i++)
		kr_fields(r, &o->krs[i]);
	form_submit(r, "Record the review", "primary");
	form_close(r);
	return 0;
}

/* The change posted in field "<prefix>_<kr id>", if any, into cs[*n]. */
static int posted_change(struct web_request *r, const struct grip_kr *kr, const char *prefix,
			 enum grip_review_field field, struct grip_review_change *cs, size_t *n)
{
	char name[40];
	snprintf(name, sizeof name, "%s_%lld", prefix, (long long)kr->id);
	const char *text = kr_form_text(r, name);
	if (!text)
		return 0;
	struct grip_review_change *ch = &cs[(*n)++];
	*ch = (struct grip_review_change){ .field = field, .key_result_id = kr->id };
	if (field == GRIP_CHANGE_KR_TITLE) {
		ch->after = text;
		return 0;
	}
	if (!parse_double(text, &ch->after_n))
		return grip_fail(r->g, GRIP_EINVAL, name, "is not a number: %s", text);
	return 0;
}

/* A refusal naming a key result's field moves to that key result's
 * control when the review changed that field of one key result only. */
static int move_error(struct grip *g, const struct grip_review_change *cs, size_t n)
{
	static const char *const prefix[] = { "title", "kr_title", "target", "weight" };
	int64_t kr = 0;
	int count = 0;
	for (size_t i = 0; i < n; i++)
		if (cs[i].field != GRIP_CHANGE_TITLE && strcmp(g->err.field, prefix[cs[i].field]) == 0) {
			kr = cs[i].key_result_id;
			count++;
		}
	char field[sizeof g->err.field + 24];
	if (count == 1 && snprintf(field, sizeof field, "%s_%lld", g->err.field, (long long)kr) < (int)sizeof g->err.field)
		memcpy(g->err.field, field, strlen(field) + 1);
	return -1;
}

int act_review_add(struct web_request *r)
{
	int64_t id;
	if (web_param_id(r, 0, &id) < 0)
		return -1;
	struct grip_objective *o = grip_objective_get(r->g, id, NULL);
	if (!o)
		return -1;
	struct grip_review_change *cs = arena_calloc(r->g->arena, 1 + 3 * o->n_krs, sizeof *cs);
	if (!cs)
		return grip_fail(r->g, GRIP_ENOMEM, NULL, "out of memory");
	size_t n = 0;
	const char *decision = web_field(r, "decision");
	const char *title = kr_form_text(r, "title");
	if (title)
		cs[n++] = (struct grip_review_change){ .field = GRIP_CHANGE_TITLE, .after = title };
	for (size_t i = 0; i < o->n_krs; i++)
		if (posted_change(r, &o->krs[i], "kr_title", GRIP_CHANGE_KR_TITLE, cs, &n) < 0 ||
		    posted_change(r, &o->krs[i], "target", GRIP_CHANGE_TARGET, cs, &n) < 0 ||
		    posted_change(r, &o->krs[i], "weight", GRIP_CHANGE_WEIGHT, cs, &n) < 0)
			return -1;
	struct grip_cycle_review_new rn = { .decision = decision, .reason = web_field(r, "reason"), .changes = cs,
					    .n_changes = n };
	if (!grip_review_add(r->g, id, &rn))
		return move_error(r->g, cs, n);
	return web_redirect(r, "/objectives/%lld#reviews", (long long)id);
}
