/*
 * page_kr.c — key results in the browser: the form that adds one of any
 * kind to an objective (a number from baseline to target, yes or no, or
 * milestones written one per line, each with an optional "= weight"), the
 * page that edits one (title, baseline, target, unit, weight, with a
 * reason) and the button that deletes one while that is still allowed.
 * Each control shows only to those the core says may use it; the actions
 * are the core's writes, which refuse the rest.
 */
#include "web/web.h"

#include <string.h>

#include "util/num.h"
#include "web/kr_view.h"

#define MILESTONE_LINES_MAX 100 /* more lines than the core takes milestones */

static const char *const kinds[] = { "metric",     "A number, from a baseline to a target",
				     "boolean",    "Yes or no: done or not done",
				     "milestones", "Milestones: steps, each with a weight" };

void page_kr_add_form(struct web_request *r, const struct grip_objective *o)
{
	if (!grip_may_edit_krs(r->g, o->id, NULL))
		return;
	struct html *h = &r->body;
	const char *action = arena_printf(r->g->arena, "/objectives/%lld/krs", (long long)o->id);
	const char *back = arena_printf(r->g->arena, "/objectives/%lld", (long long)o->id);
	if (!action || !back) {
		h->sb.failed = true;
		return;
	}
	html_raw(h, "<section class=\"card\" aria-labelledby=\"add-kr\"><h2 id=\"add-kr\">Add a key result</h2>");
	form_open(r, action, "form");
	form_back(r, back);
	r->coach = "key_result"; /* its kind: the "kind" select below */
	form_input(r, "text", "title", "Title", NULL, "an outcome you can count, e.g. “Onboarding takes 5 days”",
		   true);
	form_select(r, "kind", "Kind", "metric", kinds, 3);
	html_raw(h, "<fieldset><legend>For a number</legend><div class=\"inline\">");
	form_input(r, "number", "baseline", "Baseline", NULL, "where it starts", false);
	form_input(r, "number", "target", "Target", NULL, "where it should end", false);
	form_input(r, "text", "unit", "Unit of measure", NULL, "%, days, EUR…", false);
	html_raw(h, "</div></fieldset>");
	form_textarea(r, "milestones", "Milestones", NULL,
		      "for milestones: one per line, in order; a step that counts more gets = and its weight, e.g. “Pilot with "
		      "two shops = 3” (the others weigh 1)");
	form_input(r, "number", "weight", "Weight in the objective", NULL,
		   "how much it counts against the other key results; empty means 1", false);
	form_submit(r, "Add key result", "primary");
	form_close(r);
	html_raw(h, "</section>");
}

void page_kr_links(struct web_request *r, const struct grip_kr *kr)
{
	if (grip_may_edit_krs(r->g, kr->objective_id, NULL))
		html_f(&r->body, "<p class=\"kr-links\"><a href=\"/key_results/%lld/edit\">Edit “%s”</a></p>",
		       (long long)kr->id, kr->title);
}

/* The milestones typed one per line, each parsed as "title [= weight]". */
static int read_milestones(struct web_request *r, struct grip_kr_new *n)
{
	const char *text = web_field(r, "milestones");
	if (!text)
		return 0;
	const char **titles = arena_calloc(r->g->arena, MILESTONE_LINES_MAX, sizeof *titles);
	double *weights = arena_calloc(r->g->arena, MILESTONE_LINES_MAX, sizeof *weights);
	if (!titles || !weights)
		return grip_fail(r->g, GRIP_ENOMEM, NULL, "out of memory");
	size_t count = 0;
	for (const char *line = text; *line;) {
		size_t len = strcspn(line, "\r\n");
		size_t blank = strspn(line, " \t");
		if (blank < len) {
			if (count == MILESTONE_LINES_MAX)
				return grip_fail(r->g, GRIP_EINVAL, "milestones", "has too many lines");
			const char *one = arena_strndup(r->g->arena, line, len);
			if (!one)
				return grip_fail(r->g, GRIP_ENOMEM, NULL, "out of memory");
			if (grip_kr_parse_milestone(r->g, one, &titles[count], &weights[count]) < 0)
				return -1;
			count++;
		}
		line += len;
		line += strspn(line, "\r\n");
	}
	n->milestones = titles;
	n->milestone_weights = weights;
	n->n_milestones = count;
	return 0;
}

int act_kr_add(struct web_request *r)
{
	int64_t id;
	if (web_param_id(r, 0, &id) < 0)
		return -1;
	/* The core judges what was given and what is missing (`given`). */
	struct grip_kr_new n = { .title = web_field(r, "title"), .kind = kr_form_text(r, "kind"), .given = true };
	if (!n.title || !*n.title)
		return grip_fail(r->g, GRIP_EINVAL, "title", "is required");
	if (!n.kind)
		n.kind = "metric";
	if (read_milestones(r, &n) < 0 || kr_form_number_given(r, "weight", &n.weight, &n.has_weight) < 0)
		return -1;
	/* The form shows every kind's fields: only the chosen kind's count. */
	enum grip_kr_kind kind;
	if (grip_kr_kind_parse(n.kind, &kind) == 0 && kind == GRIP_KR_METRIC) {
		n.unit_label = kr_form_text(r, "unit");
		if (kr_form_number_given(r, "baseline", &n.baseline, &n.has_baseline) < 0 ||
		    kr_form_number_given(r, "target", &n.target, &n.has_target) < 0)
			return -1;
	}
	struct grip_kr *kr = grip_kr_add(r->g, id, &n);
	if (!kr)
		return -1;
	return web_redirect(r, "/objectives/%lld?saved=kr-%lld", (long long)id, (long long)kr->id);
}

/* The key result of the path, seen by the actor; NULL when not found. */
static struct grip_kr *path_kr(struct web_request *r)
{
	int64_t id;
	if (web_param_id(r, 0, &id) < 0)
		return NULL;
	return grip_kr_get(r->g, id, NULL);
}

static void milestone_list(struct html *h, const struct grip_kr *kr)
{
	html_raw(h, "<h2>Milestones</h2>");
	kr_view_milestones(h, kr);
	html_raw(h, "<p class=\"hint\">Milestones stay as they were added; tick them on the check-in.</p>");
}

static void delete_form(struct web_request *r, const struct grip_kr *kr, const char *page)
{
	struct html *h = &r->body;
	const char *why;
	html_raw(h, "<section class=\"card\" aria-labelledby=\"delete-kr\"><h2 id=\"delete-kr\">Delete it</h2>");
	if (!grip_may_delete_kr(r->g, kr, &why)) {
		html_f(h, "<p class=\"muted\">It cannot be deleted: %s.</p></section>", why);
		return;
	}
	const char *action = arena_printf(r->g->arena, "/key_results/%lld/delete", (long long)kr->id);
	if (!action) {
		h->sb.failed = true;
		return;
	}
	html_raw(h, "<p>Nothing has been recorded on it yet, and its objective is not approved: it can still be "
		    "deleted, and its history keeps it.</p>");
	form_open(r, action, "form");
	form_back(r, page);
	form_submit(r, "Delete key result", "danger");
	form_close(r);
	html_raw(h, "</section>");
}

int page_kr_edit(struct web_request *r)
{
	struct html *h = &r->body;
	struct grip_kr *kr = path_kr(r);
	if (!kr)
		return -1;
	r->title = arena_printf(r->g->arena, "Edit key result: %s", kr->title);
	const char *page = arena_printf(r->g->arena, "/key_results/%lld/edit", (long long)kr->id);
	if (!r->title || !page)
		return grip_fail(r->g, GRIP_ENOMEM, NULL, "out of memory");
	html_f(h, "<h1>Edit key result: %s</h1><p><a href=\"/objectives/%lld\">Back to the objective</a></p>",
	       kr->title, (long long)kr->objective_id);
	const char *why;
	if (!grip_may_edit_krs(r->g, kr->objective_id, &why)) {
		html_f(h, "<p class=\"notice\">You cannot change this key result: %s.</p>", why);
		return 0;
	}
	char num[3][32];
	format_number(kr->baseline, num[0]);
	format_number(kr->target, num[1]);
	format_number(kr->weight, num[2]);
	bool metric = kr->kind == GRIP_KR_METRIC;
	form_open(r, page, "form");
	r->coach = "key_result";
	r->coach_kr_kind = grip_kr_kind_name(kr->kind);
	form_input(r, "text", "title", "Title", kr->title, NULL, true);
	if (metric) {
		html_raw(h, "<div class=\"inline\">");
		form_input(r, "number", "baseline", "Baseline", num[0], "where it starts", true);
		form_input(r, "number", "target", "Target", num[1], "where it should end", true);
		form_input(r, "text", "unit", "Unit of measure", kr->unit_label, "%, days, EUR…", false);
		html_raw(h, "</div>");
	}
	form_input(r, "number", "weight", "Weight in the objective", num[2],
		   "how much it counts against the other key results", true);
	form_textarea(r, "reason", "Reason", NULL, "why it changes (kept in its history)");
	form_submit(r, "Save changes", "primary");
	form_close(r);
	if (kr->n_milestones)
		milestone_list(h, kr);
	delete_form(r, kr, page);
	return 0;
}

int act_kr_edit(struct web_request *r)
{
	struct grip_kr *kr = path_kr(r);
	if (!kr)
		return -1;
	double baseline, target, weight;
	struct grip_kr_edit e = { .title = web_field(r, "title"), .reason = kr_form_text(r, "reason"),
				  .weight = &weight };
	if (!e.title || !*e.title)
		return grip_fail(r->g, GRIP_EINVAL, "title", "is required");
	if (kr_form_number(r, "weight", &weight) < 0)
		return -1;
	if (kr->kind == GRIP_KR_METRIC) {
		e.unit_label = web_field(r, "unit"); /* empty: no unit */
		if (kr_form_number(r, "baseline", &baseline) < 0 || kr_form_number(r, "target", &target) < 0)
			return -1;
		e.baseline = &baseline;
		e.target = &target;
	}
	if (grip_kr_edit(r->g, kr->id, &e) < 0)
		return -1;
	return web_redirect(r, "/objectives/%lld?saved=kr-%lld", (long long)kr->objective_id, (long long)kr->id);
}

int act_kr_delete(struct web_request *r)
{
	struct grip_kr *kr = path_kr(r);
	if (!kr || grip_kr_delete(r->g, kr->id, NULL) < 0)
		return -1;
	return web_redirect(r, "/objectives/%lld", (long long)kr->objective_id);
}
