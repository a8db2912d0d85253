/*
 * page_group_board.c — the lower half of a group's page, drawn from its
 * report: the commitment board (who did what, week by week), completion
 * and drop-out with the figures of each closed week, the drifting members,
 * and the chains the viewer may follow. What the report withholds from the
 * viewer shows as "not shared", never its text.
 */
#include "web/web.h"
#include "web/group_view.h"

#include <string.h>

#include "util/date.h"

/* ---- the commitment board ---- */

struct cell {
	int done, partial, missed; /* open in a closed week counts as missed */
};

/* Counts the commitments the viewer may see into cells[row * weeks + week]. */
static struct cell *board_cells(struct web_request *r, const struct grip_group_report *rep)
{
	struct grip_commitment **cs;
	size_t n;
	struct cell *cells = arena_calloc(r->g->arena, rep->n_rows * rep->n_weeks, sizeof *cells);
	if (!cells || grip_commit_list(r->g, NULL, NULL, &cs, &n) < 0)
		return NULL;
	const char *first = rep->weeks[0].week, *last = rep->weeks[rep->n_weeks - 1].week;
	for (size_t i = 0; i < n; i++) {
		const struct grip_commitment *c = cs[i];
		if (strcmp(c->week, first) < 0 || strcmp(c->week, last) > 0)
			continue;
		for (size_t k = 0; k < rep->n_rows; k++) {
			if (rep->rows[k].person->id != c->person_id)
				continue;
			for (size_t w = 0; w < rep->n_weeks; w++) {
				if (strcmp(rep->weeks[w].week, c->week) != 0)
					continue;
				struct cell *cl = &cells[k * rep->n_weeks + w];
				if (c->status == GRIP_COMMIT_DONE)
					cl->done++;
				else if (c->status == GRIP_COMMIT_PARTIAL)
					cl->partial++;
				else
					cl->missed++;
			}
		}
	}
	return cells;
}

/* The first day of the org's week filed under week, as a date, to
 * compare with left_on. */
static void first_day_of(struct grip *g, const char *week, char out[DATE_LEN])
{
	struct grip_week w = { 0 };
	struct grip_error saved = g->err;
	if (grip_org_week_named(g, week, &w) < 0)
		g->err = saved;
	date_format(w.first, out);
}

static void board_cell(struct web_request *r, const struct grip_group_row *row, const struct cell *cl,
		       const char *week)
{
	struct html *h = &r->body;
	int n = cl->done + cl->partial + cl->missed;
	char monday[DATE_LEN];
	first_day_of(r->g, week, monday);
	if (n && cl->done == n)
		html_raw(h, "<td class=\"done\">done</td>");
	else if (n && cl->done + cl->partial > 0)
		html_raw(h, "<td class=\"partial\">partly</td>");
	else if (n)
		html_raw(h, "<td class=\"missed\">missed</td>");
	else if (row->left_on && strcmp(row->left_on, monday) <= 0)
		html_raw(h, "<td class=\"muted\">left</td>");
	else if (row->personal)
		html_raw(h, "<td class=\"none\">none</td>");
	else
		html_raw(h, "<td class=\"muted\">not shared</td>");
}

static bool row_shows(const struct grip_group_row *row, const struct cell *cells, size_t weeks)
{
	for (size_t w = 0; !row->personal && w < weeks; w++)
		if (cells[w].done + cells[w].partial + cells[w].missed)
			return true;
	return row->personal;
}

static int board(struct web_request *r, const struct grip_group_report *rep)
{
	struct html *h = &r->body;
	html_raw(h, "<section class=\"card\" aria-labelledby=\"board\"><h2 id=\"board\">Commitment board</h2>");
	if (!rep->n_weeks || !rep->n_rows) {
		html_f(h, "<p class=\"muted\">%s</p></section>", rep->n_rows ? "No week of the programme has closed yet."
									: "Nobody has joined the group yet.");
		return 0;
	}
	struct cell *cells = board_cells(r, rep);
	if (!cells)
		return -1;
	html_raw(h, "<div class=\"table-wrap\"><table class=\"data board\"><thead><tr><th scope=\"col\">Member</th>");
	for (size_t w = 0; w < rep->n_weeks; w++)
		html_f(h, "<th scope=\"col\">Week %d<span class=\"hint\">%s</span></th>", rep->weeks[w].number,
		       rep->weeks[w].week);
	html_raw(h, "<th scope=\"col\" class=\"num\">Completion</th></tr></thead><tbody>");
	size_t hidden = 0;
	for (size_t i = 0; i < rep->n_rows; i++) {
		const struct grip_group_row *row = &rep->rows[i];
		const struct cell *mine = &cells[i * rep->n_weeks];
		if (!row_shows(row, mine, rep->n_weeks)) {
			hidden++;
			continue;
		}
		html_f(h, "<tr><th scope=\"row\">%s%s</th>", group_person_name(row->person),
		       row->role == GRIP_MEMBER_LEAD ? " (lead)" : "");
		for (size_t w = 0; w < rep->n_weeks; w++)
			board_cell(r, row, &mine[w], rep->weeks[w].week);
		html_raw(h, "<td class=\"num\">");
		if (row->personal)
			group_rate(h, row->completion_rate);
		else
			html_raw(h, "<span class=\"muted\">not shared</span>");
		html_raw(h, "</td></tr>");
	}
	html_raw(h, "</tbody></table></div>");
	if (hidden)
		html_f(h, "<p class=\"muted\">%zu %s not shown: a member's commitments are theirs, their lead's and the"
			  " admins' to see, unless they share them.</p>",
		       hidden, hidden == 1 ? "person is" : "people are");
	html_raw(h, "</section>");
	return 0;
}

/* ---- figures, drifting, chains ---- */

static void completion(struct web_request *r, const struct grip_group_report *rep)
{
	struct html *h = &r->body;
	const struct commit_tally *t = &rep->tally;
	html_raw(h, "<section class=\"card\" aria-labelledby=\"completion\"><h2 id=\"completion\">Completion and drop-out</h2>"
		    "<dl class=\"facts\"><dt>Completion</dt><dd>");
	group_rate(h, rep->completion_rate);
	html_f(h, " over %zu closed %s (%d done, %d partly done, %d missed)</dd><dt>Drop-out</dt><dd>", rep->n_weeks,
	       rep->n_weeks == 1 ? "week" : "weeks", t->done, t->partial, t->missed + t->open);
	group_rate(h, rep->dropout_rate);
	html_f(h, " (%d of the %d members enrolled by week 2 left)</dd></dl>", rep->left, rep->enrolled);
	if (!rep->n_weeks) {
		html_raw(h, "</section>");
		return;
	}
	html_raw(h, "<div class=\"table-wrap\"><table class=\"data\"><caption class=\"muted\">Members' commitments by week"
		    "</caption><thead><tr><th scope=\"col\">Week</th><th scope=\"col\" class=\"num\">Done</th>"
		    "<th scope=\"col\" class=\"num\">Partly</th><th scope=\"col\" class=\"num\">Missed</th>"
		    "<th scope=\"col\" class=\"num\">Not written</th><th scope=\"col\" class=\"num\">Completion</th></tr>"
		    "</thead><tbody>");
	for (size_t w = 0; w < rep->n_weeks; w++) {
		const struct grip_week_figures *f = &rep->weeks[w];
		html_f(h, "<tr><th scope=\"row\">Week %d <span class=\"muted\">%s</span></th><td class=\"num\">%d</td>"
			  "<td class=\"num\">%d</td><td class=\"num\">%d</td><td class=\"num\">%d</td><td class=\"num\">",
		       f->number, f->week, f->tally.done, f->tally.partial, f->tally.missed + f->tally.open, f->unwritten);
		group_rate(h, f->completion_rate);
		html_raw(h, "</td></tr>");
	}
	html_raw(h, "</tbody></table></div></section>");
}

static void drifting(struct web_request *r, const struct grip_group_report *rep)
{
	struct html *h = &r->body;
	size_t n = 0;
	for (size_t i = 0; i < rep->n_rows; i++) {
		const struct grip_group_row *row = &rep->rows[i];
		if (!row->personal || !row->drifting)
			continue;
		if (!n++)
			html_raw(h, "<section class=\"card\" aria-labelledby=\"drifting\"><h2 id=\"drifting\">Drifting</h2>"
				    "<p>Two closed weeks in a row missed or not written:</p><ul>");
		html_f(h, "<li>%s</li>", group_person_name(row->person));
	}
	if (n)
		html_raw(h, "</ul></section>");
}

static void chain_link(struct html *h, const char *label, const struct grip_objective *o)
{
	html_f(h, "<li><span class=\"layer\">%s</span> ", label);
	if (o)
		view_objective_link(h, o);
	else
		html_raw(h, "<span class=\"muted\">none</span>");
	html_raw(h, "</li>");
}

static void chain(struct web_request *r, const struct grip_group_row *row)
{
	struct html *h = &r->body;
	const struct grip_chain *ch = row->chain;
	if (row->person->id == r->g->actor->id)
		html_f(h, "<h3>Your chain, %s</h3>", ch->week);
	else
		html_f(h, "<h3>%s, %s</h3>", group_person_name(row->person), ch->week);
	html_raw(h, "<ol class=\"chain\"><li><span class=\"layer\">This week's commitments</span> ");
	if (!ch->n_commitments)
		html_raw(h, "<span class=\"muted\">none</span>");
	for (size_t i = 0; i < ch->n_commitments; i++)
		html_f(h, "%s%s <span class=\"badge\">%s</span>", i ? "; " : "", ch->commitments[i]->text,
		       grip_commit_status_name(ch->commitments[i]->status));
	html_raw(h, "</li>");
	chain_link(h, row->person->id == r->g->actor->id ? "Your outcome" : "Their outcome", ch->outcome);
	chain_link(h, "Group outcome", ch->group_outcome);
	html_raw(h, "</ol>");
	if (ch->ok) {
		html_raw(h, "<p><span class=\"flag ok\">The chain holds</span></p>");
		return;
	}
	html_raw(h, "<ul class=\"breaks\">");
	for (size_t i = 0; i < ch->n_breaks; i++)
		html_f(h, "<li><span class=\"flag risk\">break</span> %s</li>", ch->breaks[i]);
	html_raw(h, "</ul>");
}

static void chains(struct web_request *r, const struct grip_group_report *rep)
{
	size_t n = 0;
	for (size_t i = 0; i < rep->n_rows; i++) {
		if (!rep->rows[i].chain)
			continue;
		if (!n++)
			html_raw(&r->body, "<section class=\"card\" aria-labelledby=\"chains\"><h2 id=\"chains\">Chain</h2>"
					   "<p class=\"muted\">From a week's commitments up to the group outcome, and where"
					   " it breaks.</p>");
		chain(r, &rep->rows[i]);
	}
	if (n)
		html_raw(&r->body, "</section>");
}

int group_board_sections(struct web_request *r, const struct grip_group_report *rep)
{
	if (board(r, rep) < 0)
		return -1;
	completion(r, rep);
	drifting(r, rep);
	chains(r, rep);
	return 0;
}
