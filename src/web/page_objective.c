/*
 * page_objective.c — one objective: what it is and who owns it, how it
 * stands (progress, light, pace, flags, confidence), its key results with
 * a chart each, its check-ins newest first, its initiatives, what it aligns
 * to and what aligns to it, its dependencies, and, for those who may change
 * it, a link to edit each key result and a form to add one (page_kr.c),
 * the review block (approve or return, for a lead who may) and the
 * controls of objective_edit.h (edit, status, alignments, initiatives,
 * dependencies). Right after a save ("saved" in the query), the coach's
 * hints on what was saved sit beside its title, its why or the key
 * result's title (coach_view.c). What the actor may not see is not found.
 */
#include "web/web.h"

#include <string.h>

#include "util/date.h"
#include "web/chart.h"
#include "web/kr_view.h"
#include "web/objective_edit.h"

/* A person's name (or email), or NULL when they cannot be read. */
static const char *person_name(struct grip *g, int64_t id)
{
	struct grip_person *p = id ? grip_person_get(g, id) : NULL;
	if (!p) {
		g->err = (struct grip_error){ 0 };
		return NULL;
	}
	return p->name && *p->name ? p->name : p->email;
}

static bool cycle_closed(const struct grip_cycle *c)
{
	return c->status == GRIP_CYCLE_CLOSED;
}

static void head(struct web_request *r, const struct grip_objective *o, const struct grip_cycle *c,
		 const struct coach_saved *saved)
{
	struct html *h = &r->body;
	html_f(h, "<div class=\"page-head\"><div><p class=\"layer\">%s objective</p><h1>%s</h1>", grip_layer_name(o->layer),
	       o->title);
	coach_objective_hints(r, saved, o, "title");
	html_raw(h, "</div>");
	html_raw(h, "<div class=\"actions\">");
	if (!cycle_closed(c) && grip_may_checkin(r->g, o, NULL))
		html_f(h, "<a class=\"button primary\" href=\"/objectives/%lld/checkin\" data-key=\"c\">Check in</a>",
		       (long long)o->id);
	objective_edit_link(r, o, c);
	html_raw(h, "</div></div>");
}

static void facts(struct web_request *r, const struct grip_objective *o, const struct grip_cycle *c,
		  const struct coach_saved *saved)
{
	struct html *h = &r->body;
	html_f(h, "<dl class=\"facts\"><dt>Layer</dt><dd>%s</dd><dt>Unit</dt><dd>", grip_layer_name(o->layer));
	if (o->unit_id)
		html_f(h, "<a href=\"/units/%lld\">%s</a>", (long long)o->unit_id, o->unit_name);
	else
		html_raw(h, "none");
	const char *owner = person_name(r->g, o->owner_id);
	html_f(h, "</dd><dt>Owner</dt><dd>%s</dd>", owner ? owner : "the unit");
	html_f(h, "<dt>Cycle</dt><dd>%s <span class=\"muted\">(%s to %s, %s)</span></dd>", c->name, c->starts_on,
	       c->ends_on, grip_cycle_status_name(c->status));
	html_f(h, "<dt>Status</dt><dd>%s</dd>", grip_objective_status_name(o->status));
	html_f(h, "<dt>Check-ins</dt><dd>%s</dd>", web_cadence_label(o->cadence));
	if (o->why && *o->why) {
		html_f(h, "<dt>Why</dt><dd>%s", o->why);
		coach_objective_hints(r, saved, o, "why");
		html_raw(h, "</dd>");
	}
	html_raw(h, "</dl>");
}

static void standing(struct web_request *r, const struct grip_objective *o, const struct grip_cycle *c)
{
	struct html *h = &r->body;
	html_raw(h, "<section class=\"card\" aria-labelledby=\"standing\"><h2 id=\"standing\">How it stands</h2>"
		    "<dl class=\"facts\"><dt>Progress</dt><dd>");
	view_progress(h, o->progress, "Progress of the objective");
	if (o->rolled_up)
		html_raw(h, " <span class=\"hint\">the mean of the objectives aligned to it</span>");
	html_raw(h, "</dd><dt>Light</dt><dd>");
	view_light(h, o->light);
	html_raw(h, "</dd><dt>Confidence</dt><dd>");
	if (o->confidence < 0) {
		html_raw(h, "no check-in yet");
	} else {
		html_f(h, "%d of 10 <span class=\"muted\">(last check-in ", o->confidence);
		kr_view_day(h, o->last_checkin);
		html_raw(h, ")</span>");
	}
	html_f(h, "</dd><dt>Expected by today</dt><dd>%.0f%% <span class=\"muted\">(the share gone by of the "
		  "time from %s, when its pace starts, to the cycle's end)</span></dd><dt>Flags</dt><dd>",
	       o->expected * 100, o->pace_from ? o->pace_from : "the cycle's start");
	view_pace(h, o);
	if (o->stale)
		html_raw(h, " <span class=\"flag stale\">No check-in this week</span>");
	if (!o->behind_pace && !o->stale) {
		if (grip_cycle_running(c))
			html_raw(h, "<span class=\"flag ok\">On pace</span>");
		else
			html_raw(h, "none");
	}
	html_raw(h, "</dd></dl></section>");
}

static void key_result(struct web_request *r, const struct grip_kr *kr, int32_t start, int32_t end,
		       const struct chart_pace *pace)
{
	struct html *h = &r->body;
	html_f(h, "<article class=\"card\"><h3>%s</h3><p class=\"kr-figures\">", kr->title);
	kr_view_range(h, kr);
	html_raw(h, " ");
	view_progress(h, kr->progress, kr->title);
	if (kr->weight != 1)
		html_f(h, " <span class=\"badge\">weight %g</span>", kr->weight);
	html_raw(h, "</p>");
	coach_kr_hints(r, kr);
	kr_view_milestones(h, kr);
	page_kr_links(r, kr);
	struct grip_kr_value *vals = NULL;
	size_t n = 0;
	if (grip_kr_history(r->g, kr->id, &vals, &n) == 0)
		chart_kr(h, kr, vals, n, start, end, grip_today(r->g), pace);
	else
		r->g->err = (struct grip_error){ 0 };
	html_raw(h, "</article>");
}

static void key_results(struct web_request *r, const struct grip_objective *o, const struct grip_cycle *c)
{
	struct html *h = &r->body;
	html_raw(h, "<section aria-labelledby=\"krs\"><h2 id=\"krs\">Key results</h2>");
	if (!o->n_krs)
		html_raw(h, "<p class=\"muted\">No key results yet.</p>");
	int32_t start = 0, end = 0;
	if (!date_parse(c->starts_on, &start) || !date_parse(c->ends_on, &end))
		start = end = grip_today(r->g);
	struct chart_pace pace = { .from = start, .expected = o->expected };
	if (!o->pace_from || !date_parse(o->pace_from, &pace.from))
		pace.from = start;
	for (size_t i = 0; i < o->n_krs; i++)
		key_result(r, &o->krs[i], start, end, &pace);
	html_raw(h, "</section>");
}

static const struct grip_kr *kr_of(const struct grip_objective *o, int64_t id)
{
	for (size_t i = 0; i < o->n_krs; i++)
		if (o->krs[i].id == id)
			return &o->krs[i];
	return NULL;
}

static void checkin(struct web_request *r, const struct grip_objective *o, const struct grip_checkin *c)
{
	struct html *h = &r->body;
	const char *author = person_name(r->g, c->author_id);
	html_raw(h, "<li class=\"checkin\"><h3>");
	kr_view_day(h, c->at);
	html_f(h, " <span class=\"muted\">by %s</span></h3><p>Confidence %d of 10 ", author ? author : "someone",
	       c->confidence);
	view_light(h, measure_light(c->confidence));
	html_raw(h, "</p>");
	if (c->n_results) {
		html_raw(h, "<ul class=\"krs\">");
		for (size_t i = 0; i < c->n_results; i++) {
			const struct grip_checkin_result *res = &c->results[i];
			const struct grip_kr *kr = kr_of(o, res->key_result_id);
			if (!kr)
				continue;
			html_f(h, "<li><span>%s</span><span><strong>", kr->title);
			kr_view_value(h, kr, res->value);
			html_raw(h, "</strong>");
			if (res->note && *res->note)
				html_f(h, " <span class=\"muted\">— %s</span>", res->note);
			html_raw(h, "</span></li>");
		}
		html_raw(h, "</ul>");
	}
	if ((c->issues && *c->issues) || (c->plan && *c->plan)) {
		html_raw(h, "<dl class=\"facts\">");
		if (c->issues && *c->issues)
			html_f(h, "<dt>Issues</dt><dd>%s</dd>", c->issues);
		if (c->plan && *c->plan)
			html_f(h, "<dt>Plan forward</dt><dd>%s</dd>", c->plan);
		html_raw(h, "</dl>");
	}
	html_raw(h, "</li>");
}

static int checkins(struct web_request *r, const struct grip_objective *o)
{
	struct html *h = &r->body;
	struct grip_checkin **cs;
	size_t n;
	if (grip_checkin_list(r->g, o->id, &cs, &n) < 0)
		return -1;
	html_raw(h, "<section aria-labelledby=\"checkins\"><h2 id=\"checkins\">Check-ins</h2>");
	if (!n)
		html_raw(h, "<p class=\"muted\">No check-ins yet.</p>");
	else
		html_raw(h, "<ol class=\"checkins\" reversed>");
	for (size_t i = n; i-- > 0;)
		checkin(r, o, cs[i]);
	if (n)
		html_raw(h, "</ol>");
	html_raw(h, "</section>");
	return 0;
}

static int initiatives(struct web_request *r, const struct grip_objective *o)
{
	struct html *h = &r->body;
	struct grip_initiative **is;
	size_t n;
	if (grip_initiative_list(r->g, o->id, &is, &n) < 0)
		return -1;
	html_raw(h, "<section aria-labelledby=\"initiatives\"><h2 id=\"initiatives\">Initiatives</h2>");
	if (!n) {
		html_raw(h, "<p class=\"muted\">No initiatives yet.</p>");
		initiative_add_form(r, o);
		html_raw(h, "</section>");
		return 0;
	}
	html_raw(h, "<div class=\"table-wrap\"><table class=\"data\"><thead><tr><th scope=\"col\">Initiative</th>"
		    "<th scope=\"col\">Key result</th><th scope=\"col\">Owner</th><th scope=\"col\">Status</th>"
		    "</tr></thead><tbody>");
	for (size_t i = 0; i < n; i++) {
		const struct grip_initiative *it = is[i];
		const struct grip_kr *kr = kr_of(o, it->key_result_id);
		const char *owner = person_name(r->g, it->owner_id);
		html_raw(h, "<tr><th scope=\"row\">");
		if (it->link && *it->link) {
			html_raw(h, "<a");
			html_href(h, it->link);
			html_f(h, ">%s</a>", it->title);
		} else {
			html_text(h, it->title);
		}
		html_f(h, "</th><td>%s</td><td>%s</td><td>%s</td></tr>", kr ? kr->title : "", owner ? owner : "",
		       grip_initiative_status_name(it->status));
		initiative_controls(r, o, it);
	}
	html_raw(h, "</tbody></table></div>");
	initiative_add_form(r, o);
	html_raw(h, "</section>");
	return 0;
}

/* One objective in a list of links: title, layer and light (the caller
 * closes the <li>). */
static void objective_item(struct html *h, const struct grip_objective *o)
{
	html_raw(h, "<li>");
	view_objective_link(h, o);
	html_f(h, " <span class=\"layer\">%s</span> ", grip_layer_name(o->layer));
	view_light(h, o->light);
}

/* What it aligns to and what aligns to it. */
static int alignment(struct web_request *r, const struct grip_objective *o, const struct grip_cycle *c)
{
	struct html *h = &r->body;
	html_raw(h, "<h3>Aligns to</h3>");
	size_t shown = 0;
	for (size_t i = 0; i < o->n_aligns_to; i++) {
		struct grip_objective *p = grip_objective_get(r->g, o->aligns_to[i], NULL);
		if (!p) {
			r->g->err = (struct grip_error){ 0 };
			continue;
		}
		if (!shown++)
			html_raw(h, "<ul class=\"plain\">");
		objective_item(h, p);
		alignment_remove_control(r, o, p, c);
		html_raw(h, "</li>");
	}
	if (shown)
		html_raw(h, "</ul>");
	else
		html_raw(h, "<p class=\"muted\">Nothing above it.</p>");
	alignment_add_form(r, o, c);
	struct grip_objective **kids;
	size_t n;
	if (grip_objective_aligned(r->g, o->id, &kids, &n) < 0)
		return -1;
	html_raw(h, "<h3>Aligned to it</h3>");
	if (!n)
		html_raw(h, "<p class=\"muted\">Nothing aligns to it yet.</p>");
	else
		html_raw(h, "<ul class=\"plain\">");
	for (size_t i = 0; i < n; i++) {
		objective_item(h, kids[i]);
		html_raw(h, "</li>");
	}
	if (n)
		html_raw(h, "</ul>");
	return 0;
}

/* The other end of a dependency: an objective the actor may see, or a unit. */
static void dependency_end(struct web_request *r, int64_t objective_id, int64_t unit_id)
{
	struct html *h = &r->body;
	struct grip_objective *o = objective_id ? grip_objective_get(r->g, objective_id, NULL) : NULL;
	struct grip_unit *u = !o && unit_id ? grip_unit_get(r->g, unit_id) : NULL;
	r->g->err = (struct grip_error){ 0 };
	if (o)
		view_objective_link(h, o);
	else if (u && grip_can_see_unit(r->g, u))
		html_f(h, "<a href=\"/units/%lld\">%s</a>", (long long)u->id, u->name);
	else
		html_raw(h, "an objective you cannot see");
}

static int dependencies(struct web_request *r, const struct grip_objective *o)
{
	struct html *h = &r->body;
	struct grip_dependency **ds;
	size_t n;
	if (grip_dependency_list(r->g, o->id, &ds, &n) < 0)
		return -1;
	html_raw(h, "<h3>Dependencies</h3>");
	if (!n) {
		html_raw(h, "<p class=\"muted\">None.</p>");
		dependency_add_form(r, o);
		return 0;
	}
	html_raw(h, "<ul class=\"plain\">");
	for (size_t i = 0; i < n; i++) {
		const struct grip_dependency *d = ds[i];
		bool needs = d->from_objective_id == o->id;
		if (needs) {
			html_raw(h, "<li>Needs ");
			dependency_end(r, d->to_objective_id, d->to_unit_id);
		} else {
			html_raw(h, "<li>Needed by ");
			dependency_end(r, d->from_objective_id, 0);
		}
		html_f(h, " <span class=\"badge\">%s</span>", grip_dependency_status_name(d->status));
		if (d->note && *d->note)
			html_f(h, " <span class=\"muted\">— %s</span>", d->note);
		dependency_controls(r, o, d);
		html_raw(h, "</li>");
	}
	html_raw(h, "</ul>");
	dependency_add_form(r, o);
	return 0;
}

int page_objective(struct web_request *r)
{
	struct grip_cycle *c;
	struct grip_objective *o = web_param_objective(r, &c);
	if (!o)
		return -1;
	r->title = o->title;
	size_t plen = strlen(r->path);
	if (r->failed && plen > 4 && strcmp(r->path + plen - 4, "/krs") == 0) /* a refused key result: its form says why */
		html_f(&r->body, "<p class=\"error-summary\">The key result was not added: %s. <a href=\"#add-kr\">Go "
				 "to the form</a></p>",
		       r->failed->message);
	else
		objective_edit_refused(r);
	struct coach_saved saved; /* the hints of what was just saved, when the query names it */
	coach_saved_objective(r, o, &saved);
	head(r, o, c, &saved);
	facts(r, o, c, &saved);
	approval_block(r, o);
	review_block(r, o);
	objective_status_controls(r, o);
	carry_section(r, o);
	standing(r, o, c);
	key_results(r, o, c);
	if (checkins(r, o) < 0 || initiatives(r, o) < 0 || reflection_block(r, o) < 0)
		return -1;
	html_raw(&r->body, "<section aria-labelledby=\"links\"><h2 id=\"links\">Links</h2>");
	if (alignment(r, o, c) < 0 || dependencies(r, o) < 0)
		return -1;
	html_raw(&r->body, "</section>");
	page_kr_add_form(r, o);
	return 0;
}
