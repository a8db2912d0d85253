/*
 * page_calibration.c — /calibration?cycle=NAME: how hard a cycle's goals
 * were set (calibration.c), as the person sees it. A table of every unit
 * and person with final scores (count, mean, spread, lowest and highest,
 * the verdict), then per unit a histogram of its final scores (an SVG with
 * a title and a description) and the same counts as a table. The cycle is
 * chosen with a GET form, so the page works without JavaScript; without a
 * choice it shows the last cycle of quarters and years to end that is in
 * scoring or closed, else the first running one.
 */
#include "web/web.h"

#include <string.h>

#include "web/chart.h"

/* The cycle asked for by name, else the one shown by default; NULL: none. */
static struct grip_cycle *chosen(struct web_request *r, struct grip_cycle **cs, size_t n, bool *unknown)
{
	const char *asked = web_query(r, "cycle");
	*unknown = false;
	if (asked && *asked) {
		for (size_t i = 0; i < n; i++)
			if (cs[i]->kind != GRIP_CYCLE_PROGRAMME && strcmp(cs[i]->name, asked) == 0)
				return cs[i];
		*unknown = true;
	}
	struct grip_cycle *best = NULL, *running = NULL;
	for (size_t i = 0; i < n; i++) {
		struct grip_cycle *c = cs[i];
		if (c->kind == GRIP_CYCLE_PROGRAMME)
			continue;
		bool ended = c->status == GRIP_CYCLE_SCORING || c->status == GRIP_CYCLE_CLOSED;
		if (ended && (!best || strcmp(c->ends_on, best->ends_on) > 0))
			best = c;
		if (!running && c->status == GRIP_CYCLE_ACTIVE)
			running = c;
	}
	return best ? best : running;
}

static void pick_form(struct web_request *r, struct grip_cycle **cs, size_t n, const struct grip_cycle *shown)
{
	struct html *h = &r->body;
	int id = ++r->ids;
	html_f(h, "<form method=\"get\" action=\"/calibration\" class=\"inline cycle-pick\"><div class=\"field\">"
		  "<label for=\"f%d\">Cycle</label><select id=\"f%d\" name=\"cycle\">", id, id);
	for (size_t i = n; i-- > 0;) {
		const struct grip_cycle *c = cs[i];
		if (c->kind == GRIP_CYCLE_PROGRAMME)
			continue;
		html_f(h, "<option value=\"%s\"%s>%s (%s)</option>", c->name, c == shown ? " selected" : "", c->name,
		       grip_cycle_status_name(c->status));
	}
	html_raw(h, "</select></div><button type=\"submit\">Show</button></form>");
}

static void number_cell(struct html *h, const struct grip_calibration *c, double v, const char *fmt)
{
	if (!c->count) {
		html_raw(h, "<td>–</td>");
		return;
	}
	html_raw(h, "<td>");
	html_f(h, fmt, v);
	html_raw(h, "</td>");
}

static void summary_table(struct web_request *r, struct grip_calibration **ks, size_t n)
{
	struct html *h = &r->body;
	html_raw(h, "<div class=\"table-wrap\"><table class=\"data\"><caption>Final scores of key results, 0.0 to "
		    "1.0</caption><thead><tr><th scope=\"col\">Unit or person</th><th scope=\"col\">Scored</th>"
		    "<th scope=\"col\">Mean</th><th scope=\"col\">Standard deviation</th><th scope=\"col\">Lowest</th>"
		    "<th scope=\"col\">Highest</th><th scope=\"col\">Verdict</th></tr></thead><tbody>");
	for (size_t i = 0; i < n; i++) {
		const struct grip_calibration *c = ks[i];
		html_raw(h, "<tr><th scope=\"row\">");
		if (c->person)
			html_f(h, "%s", c->name);
		else
			html_f(h, "<a href=\"/units/%lld\">%s</a> <span class=\"muted\">(unit)</span>", (long long)c->id, c->name);
		html_f(h, "</th><td>%d</td>", c->count);
		number_cell(h, c, c->mean, "%.2f");
		number_cell(h, c, c->sd, "%.2f");
		number_cell(h, c, c->min, "%.1f");
		number_cell(h, c, c->max, "%.1f");
		html_f(h, "<td class=\"verdict-%s\">%s</td></tr>", grip_verdict_name(c->verdict),
		       grip_verdict_advice(c->verdict));
	}
	html_raw(h, "</tbody></table></div>");
}

/* A unit's histogram and its counts as a table. */
static void unit_figure(struct web_request *r, const struct grip_calibration *c, int id)
{
	struct html *h = &r->body;
	html_f(h, "<section aria-labelledby=\"unit-%lld\"><h3 id=\"unit-%lld\">%s</h3>", (long long)c->id,
	       (long long)c->id, c->name);
	html_f(h, "<p>%d key result%s scored, mean %.2f: <strong>%s</strong>.</p>", c->count, c->count == 1 ? "" : "s",
	       c->mean, grip_verdict_advice(c->verdict));
	html_raw(h, "<figure>");
	chart_histogram(h, c, id);
	html_f(h, "<figcaption>How many of %s's key results scored each value.</figcaption></figure>", c->name);
	html_f(h, "<div class=\"table-wrap\"><table class=\"data compact\"><caption>Key results of %s per final "
		  "score</caption><thead><tr><th scope=\"col\">Score</th>", c->name);
	for (int i = 0; i < GRIP_CALIBRATION_BINS; i++)
		html_f(h, "<th scope=\"col\">%.1f</th>", i / 10.0);
	html_raw(h, "</tr></thead><tbody><tr><th scope=\"row\">Key results</th>");
	for (int i = 0; i < GRIP_CALIBRATION_BINS; i++)
		html_f(h, "<td>%d</td>", c->bins[i]);
	html_raw(h, "</tr></tbody></table></div></section>");
}

int page_calibration(struct web_request *r)
{
	r->title = "Calibration";
	r->nav = "calibration";
	struct html *h = &r->body;
	struct grip_cycle **cs;
	size_t n;
	if (grip_cycle_list(r->g, &cs, &n) < 0)
		return -1;
	bool unknown;
	struct grip_cycle *c = chosen(r, cs, n, &unknown);
	html_raw(h, "<div class=\"page-head\"><h1>Calibration</h1></div>");
	html_raw(h, "<p class=\"muted\">How hard the goals were set: the final scores of key results, per unit (its "
		    "own objectives) and per person (the objectives they own), of the objectives you can see. The aim is "
		    "a mean of 0.6 to 0.7; above 0.9 the goals were too easy, below 0.4 unrealistic or "
		    "under-resourced.</p>");
	if (unknown)
		html_f(h, "<p class=\"notice\" role=\"status\">There is no quarter or year named %s.</p>", web_query(r, "cycle"));
	if (!c) {
		html_raw(h, "<p>There is no quarter or year yet.</p>");
		return 0;
	}
	pick_form(r, cs, n, c);
	struct grip_calibration **ks;
	size_t nk;
	if (grip_calibration(r->g, c->id, NULL, NULL, &ks, &nk) < 0)
		return -1;
	html_f(h, "<h2>%s <span class=\"badge\">%s</span></h2>", c->name, grip_cycle_status_name(c->status));
	if (!nk) {
		html_raw(h, "<p>No final scores in this cycle yet.</p>");
		return 0;
	}
	summary_table(r, ks, nk);
	html_raw(h, "<h2>Final scores per unit</h2>");
	int charts = 0;
	for (size_t i = 0; i < nk; i++)
		if (!ks[i]->person)
			unit_figure(r, ks[i], ++charts);
	if (!charts)
		html_raw(h, "<p class=\"muted\">No unit's own objectives have final scores.</p>");
	return 0;
}
