/*
 * page_scoring.c — the end of a cycle in the browser: /scoring?cycle=&unit=
 * (or &person=) shows each agreed objective of a unit or a person with its
 * key results' suggested, self, lead and final scores side by side and its
 * score, then one small form per key result with the fields the signed-in
 * person may fill (their self score and evidence; a lead's score, comment
 * and the final), and, for who may close the cycle, what still keeps it
 * open and the close (an admin may close it anyway, with a reason). Plain
 * forms: usable by keyboard alone and with JavaScript off. The rules are
 * the core's (score.c, cycle.c); this page asks grip_may_* and posts.
 */
#include "web/web.h"

#include <stdio.h>
#include <string.h>

/* The page's context: from its query, or, when a refused form is shown
 * again, from the hidden fields that form carried. */
static const char *context(struct web_request *r, const char *name)
{
	const char *v = web_query(r, name);
	if (!v && r->failed)
		v = web_field(r, name);
	return v && *v ? v : NULL;
}

/* Where an action goes back to: the scoring page of what its form showed. */
static int back_to_scoring(struct web_request *r, const char *anchor)
{
	const char *unit = web_field(r, "unit"), *person = web_field(r, "person"), *cycle = web_field(r, "cycle");
	bool by_unit = unit && *unit;
	const char *who = by_unit ? unit : person && *person ? person : NULL;
	return web_redirect(r, "/scoring?%s%s%s%s%s%s", who ? (by_unit ? "unit=" : "person=") : "",
			    who ? html_url_text(r->g->arena, who) : "", cycle && *cycle ? "&cycle=" : "",
			    cycle && *cycle ? html_url_text(r->g->arena, cycle) : "", anchor ? "#" : "", anchor ? anchor : "");
}

/* The hidden fields that say which scoring page a form belongs to. */
static void form_context(struct web_request *r, const struct grip_scoring *s)
{
	form_back(r, "/scoring");
	html_f(&r->body, "<input type=\"hidden\" name=\"cycle\" value=\"%s\">", s->cycle->name);
	if (s->unit)
		html_f(&r->body, "<input type=\"hidden\" name=\"unit\" value=\"%s\">", s->unit);
	else
		html_f(&r->body, "<input type=\"hidden\" name=\"person\" value=\"%s\">", s->person);
}

static const char *tenths_text(struct web_request *r, int t)
{
	return t < 0 ? NULL : arena_printf(r->g->arena, "%d.%d", t / 10, t % 10);
}

static void score_cell(struct web_request *r, int t, const char *note)
{
	const char *v = tenths_text(r, t);
	html_f(&r->body, "<td>%s", v ? v : "–");
	if (note)
		html_f(&r->body, "<br><span class=\"muted\">%s</span>", note);
	html_raw(&r->body, "</td>");
}

/* A person's scores of the cycle, for an annual review: links to the
 * API's export (the session's cookie signs the download in), as CSV and
 * as JSON. */
static void export_links(struct web_request *r, const struct grip_scoring *s)
{
	const char *url = arena_printf(r->g->arena, "/api/v1/orgs/%s/scores/export?cycle=%s&person=%s", r->org->slug,
				       html_url_text(r->g->arena, s->cycle->name), html_url_text(r->g->arena, s->person));
	const char *file = arena_printf(r->g->arena, "scores %s %s", s->cycle->name, s->person);
	html_f(&r->body, "<p>For an annual review: <a href=\"%s&amp;format=csv\" download=\"%s.csv\">download these scores as CSV</a>"
	       " or <a href=\"%s&amp;format=json\" download=\"%s.json\">as JSON</a>.</p>", url, file, url, file);
}

/* The choice of a unit or a person, and a cycle: a GET form. */
static void chooser(struct web_request *r, const char *cycle, const char *unit, const char *person)
{
	struct html *h = &r->body;
	struct grip_cycle **cs;
	struct grip_unit **us;
	size_t nc, nu;
	if (grip_cycle_list(r->g, &cs, &nc) < 0 || grip_unit_list(r->g, &us, &nu) < 0)
		return;
	const char **copts = arena_calloc(r->g->arena, 2 * nc + 2, sizeof *copts);
	const char **uopts = arena_calloc(r->g->arena, 2 * nu + 2, sizeof *uopts);
	if (!copts || !uopts)
		return;
	size_t kc = 0, ku = 1;
	for (size_t i = 0; i < nc; i++)
		if (cs[i]->kind != GRIP_CYCLE_PROGRAMME) {
			copts[2 * kc] = cs[i]->name;
			copts[2 * kc++ + 1] = arena_printf(r->g->arena, "%s (%s)", cs[i]->name,
							   grip_cycle_status_name(cs[i]->status));
		}
	uopts[0] = "";
	uopts[1] = "(a person instead)";
	for (size_t i = 0; i < nu; i++) {
		uopts[2 * ku] = us[i]->name;
		uopts[2 * ku++ + 1] = us[i]->name;
	}
	html_raw(h, "<form method=\"get\" action=\"/scoring\" class=\"form inline\">");
	form_select(r, "cycle", "Cycle", cycle, copts, kc);
	form_select(r, "unit", "Unit", unit ? unit : "", uopts, ku);
	form_input(r, "email", "person", "Or a person", person, "their email: the objectives they own", false);
	html_raw(h, "<button type=\"submit\">Show scores</button></form>");
}

/* One key result's form: the fields the person may fill, prefilled with
 * what is stored (the final with the agreed value, when there is one). */
static void kr_form(struct web_request *r, const struct grip_scoring *s, const struct grip_objective *o,
		    const struct grip_kr *kr, const struct grip_kr_score *sc)
{
	struct html *h = &r->body;
	bool self = grip_may_score_self(r->g, o, kr, NULL), lead = grip_may_score_lead(r->g, o, NULL);
	if (!self && !lead)
		return;
	form_open(r, arena_printf(r->g->arena, "/scoring/key_results/%lld", (long long)kr->id), "form score");
	form_context(r, s);
	html_f(h, "<fieldset id=\"kr-%lld\"><legend>Score “%s”</legend><div class=\"inline\">", (long long)kr->id,
	       kr->title);
	const char *hint = "0.0 to 1.0, one decimal";
	if (self) {
		form_input(r, "text", "self", "Self score", tenths_text(r, sc->self), hint, false);
		form_input(r, "text", "evidence", "Evidence", sc->evidence, "what the self score rests on", false);
	}
	if (lead) {
		form_input(r, "text", "lead", "Lead's score", tenths_text(r, sc->lead), hint, false);
		form_input(r, "text", "comment", "Comment", sc->comment, NULL, false);
		form_input(r, "text", "final", "Final score",
			   tenths_text(r, sc->final >= 0 ? sc->final : sc->agreed),
			   sc->final < 0 && sc->agreed >= 0 ? "self and lead agree: their score is suggested" : hint, false);
	}
	html_raw(h, "</div>");
	html_f(h, "<button type=\"submit\" class=\"primary\">Save scores of “%s”</button></fieldset>", kr->title);
	form_close(r);
}

static void objective_block(struct web_request *r, const struct grip_scoring *s, const struct grip_scored_objective *row)
{
	struct html *h = &r->body;
	const struct grip_objective *o = row->objective;
	html_f(h, "<section class=\"scoring\" aria-labelledby=\"o%lld\"><h2 id=\"o%lld\">", (long long)o->id,
	       (long long)o->id);
	view_objective_link(h, o);
	html_f(h, " <span class=\"badge\">%s</span></h2>", grip_objective_status_name(o->status));
	if (row->score >= 0)
		html_f(h, "<p>Score <strong>%s</strong>: the weighted mean of its key results' final scores.</p>",
		       tenths_text(r, row->score));
	else
		html_f(h, "<p>Not scored yet: %s.</p>", row->missing);
	if (!o->n_krs) {
		html_raw(h, "</section>");
		return;
	}
	html_f(h, "<table><caption>The key results of “%s”</caption><thead><tr><th scope=\"col\">Key result</th>"
		  "<th scope=\"col\">Weight</th><th scope=\"col\">Suggested</th><th scope=\"col\">Self</th>"
		  "<th scope=\"col\">Lead</th><th scope=\"col\">Final</th></tr></thead><tbody>",
	       o->title);
	for (size_t k = 0; k < o->n_krs; k++) {
		const struct grip_kr_score *sc = row->scores[k];
		html_f(h, "<tr><th scope=\"row\">%s</th><td>", o->krs[k].title);
		view_number(h, o->krs[k].weight);
		html_raw(h, "</td>");
		score_cell(r, sc->suggested, NULL);
		score_cell(r, sc->self, sc->evidence);
		score_cell(r, sc->lead, sc->comment);
		score_cell(r, sc->final, sc->final < 0 && sc->agreed >= 0 ? "self and lead agree" : NULL);
		html_raw(h, "</tr>");
	}
	html_raw(h, "</tbody></table>");
	for (size_t k = 0; k < o->n_krs; k++)
		kr_form(r, s, o, &o->krs[k], row->scores[k]);
	html_raw(h, "</section>");
}

/* Opening scoring early, and the close with what keeps it open. */
static void cycle_controls(struct web_request *r, const struct grip_scoring *s)
{
	struct html *h = &r->body;
	struct grip_cycle *c = s->cycle;
	const char *base = arena_printf(r->g->arena, "/scoring/cycles/%lld", (long long)c->id);
	if (grip_may_open_scoring(r->g, c, NULL)) {
		form_open(r, arena_printf(r->g->arena, "%s/open", base), "form");
		form_context(r, s);
		html_f(h, "<button type=\"submit\">Open scoring of %s now</button>", c->name);
		form_close(r);
	}
	bool may = grip_may_close_cycle(r->g, c, false, NULL), force = !may && grip_may_close_cycle(r->g, c, true, NULL);
	if (!may && !force)
		return;
	html_f(h, "<section class=\"close\" aria-labelledby=\"close\"><h2 id=\"close\">Close %s</h2>", c->name);
	struct grip_unscored *u = NULL;
	size_t n = 0;
	struct grip_error saved = r->g->err;
	if (force && grip_cycle_unscored(r->g, c, &u, &n) < 0)
		n = 0;
	r->g->err = saved;
	if (n) {
		html_f(h, "<p>%zu objective%s of the whole cycle %s not scored:</p><ul>", n, n == 1 ? "" : "s",
		       n == 1 ? "is" : "are");
		for (size_t i = 0; i < n; i++)
			html_f(h, "<li><a href=\"/objectives/%lld\">%s</a>: %s</li>", (long long)u[i].objective_id, u[i].title,
			       u[i].missing);
		html_raw(h, "</ul>");
	} else {
		html_raw(h, "<p>Every objective of the cycle is scored or dropped. At the close, each still approved or "
			    "active becomes achieved at a score of 0.7 or more, else missed.</p>");
	}
	form_open(r, arena_printf(r->g->arena, "%s/close", base), "form");
	form_context(r, s);
	if (force)
		form_textarea(r, "force", "Why close it anyway", NULL,
			      "kept in the history; the objectives not scored keep their status");
	html_f(h, "<button type=\"submit\" class=\"%s\">%s %s</button>", force ? "danger" : "primary",
	       force ? "Close anyway:" : "Close", c->name);
	form_close(r);
	html_raw(h, "</section>");
}

int page_scoring(struct web_request *r)
{
	struct html *h = &r->body;
	const char *cycle = context(r, "cycle"), *unit = context(r, "unit"), *person = context(r, "person");
	r->title = "Scoring";
	r->nav = "scoring";
	html_raw(h, "<h1>Scoring</h1>");
	chooser(r, cycle, unit, person);
	if (!unit && !person) {
		html_raw(h, "<p>Choose a unit, or a person, and a cycle in scoring.</p>");
		return 0;
	}
	struct grip_scoring *s;
	if (grip_scoring(r->g, cycle, unit, person, &s) < 0) {
		html_f(h, "<p class=\"notice\">%s</p>", r->g->err.message);
		r->g->err = (struct grip_error){ 0 };
		return 0;
	}
	r->title = arena_printf(r->g->arena, "Scoring: %s, %s", s->unit ? s->unit : s->person, s->cycle->name);
	html_f(h, "<p>%s in %s, <strong>%s</strong>: scores run from 0.0 to 1.0; 0.7 is achieved.</p>",
	       s->unit ? s->unit : s->person, s->cycle->name, grip_cycle_status_name(s->cycle->status));
	if (s->cycle->status == GRIP_CYCLE_ACTIVE || s->cycle->status == GRIP_CYCLE_PLANNING)
		html_f(h, "<p class=\"notice\">Scores are given from the cycle's last day, %s.</p>", s->cycle->ends_on);
	if (!s->n)
		html_raw(h, "<p>No agreed objectives here.</p>");
	for (size_t i = 0; i < s->n; i++)
		objective_block(r, s, &s->rows[i]);
	if (s->person && s->n)
		export_links(r, s);
	cycle_controls(r, s);
	return 0;
}

/* A posted field, NULL when it says what is stored already (so a form
 * sent back unchanged sets nothing, and a self score typed by its owner
 * is not taken over by the lead who saves a comment). */
static const char *changed(struct web_request *r, const char *name, const char *stored)
{
	const char *v = web_field(r, name);
	if (!v || strcmp(v, stored ? stored : "") == 0)
		return NULL;
	return v;
}

int act_score(struct web_request *r)
{
	int64_t id;
	struct grip_kr_score *sc;
	if (web_param_id(r, 0, &id) < 0 || !(sc = grip_kr_score_get(r->g, id)))
		return -1;
	struct grip_score_input in = {
		.self = changed(r, "self", tenths_text(r, sc->self)),
		.evidence = changed(r, "evidence", sc->evidence),
		.lead = changed(r, "lead", tenths_text(r, sc->lead)),
		.comment = changed(r, "comment", sc->comment),
		.final = changed(r, "final", tenths_text(r, sc->final)),
	};
	if (grip_score_set(r->g, id, &in) < 0)
		return -1;
	return back_to_scoring(r, arena_printf(r->g->arena, "kr-%lld", (long long)id));
}

int act_scoring_open(struct web_request *r)
{
	int64_t id;
	if (web_param_id(r, 0, &id) < 0 || grip_cycle_open_scoring(r->g, id) < 0)
		return -1;
	return back_to_scoring(r, NULL);
}

int act_cycle_close(struct web_request *r)
{
	int64_t id;
	if (web_param_id(r, 0, &id) < 0 || grip_cycle_close(r->g, id, web_field(r, "force")) < 0)
		return -1;
	return back_to_scoring(r, NULL);
}
