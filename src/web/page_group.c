/*
 * page_group.c — coaching groups: the list of the groups a person may see,
 * each with its programme and week, and one group's page, drawn from its
 * report (group_report.c): the programme and its week, the group outcome
 * and the outcome prompt, members' outcomes, the commitment board,
 * completion and drop-out, drifting members, and the chains the viewer may
 * follow (commitments → outcome → group outcome, and where they break).
 *
 * Privacy: the report already leaves out what the viewer may not see
 * (another member's private outcome is NULL; a member's own figures and
 * chain come only when the row is `personal`). This page shows no more,
 * and says "not shared" where something is withheld, never the text.
 */
#include "web/web.h"

#include <string.h>

#include "util/date.h"

/* The group's programme: the running one, else the latest to start (as
 * the report chooses it). */
static struct grip_cycle *programme_of(struct grip_cycle **cs, size_t n, int64_t unit_id)
{
	struct grip_cycle *best = NULL;
	for (size_t i = 0; i < n; i++) {
		struct grip_cycle *c = cs[i];
		if (strcmp(c->kind, "programme") != 0 || c->unit_id != unit_id)
			continue;
		bool running = strcmp(c->status, "active") == 0;
		bool best_running = best && strcmp(best->status, "active") == 0;
		if (!best || (running && !best_running) ||
		    (running == best_running && strcmp(c->starts_on, best->starts_on) > 0))
			best = c;
	}
	return best;
}

/* "week 7 of 12", "starts on 2027-01-11", "ended on 2027-01-03". */
static void programme_when(struct html *h, const struct grip_cycle *c, int32_t today)
{
	int week = grip_cycle_week_number(c, today);
	if (strcmp(c->status, "closed") == 0)
		html_f(h, "closed, %d weeks from %s", c->weeks, c->starts_on);
	else if (week == 0)
		html_f(h, "starts on %s, %d weeks", c->starts_on, c->weeks);
	else if (week > c->weeks)
		html_f(h, "ended on %s after %d weeks", c->ends_on, c->weeks);
	else
		html_f(h, "week %d of %d", week, c->weeks);
}

static void rate(struct html *h, double r)
{
	if (r < 0)
		html_raw(h, "–");
	else
		html_f(h, "%.0f%%", r * 100);
}

static const char *person_name(const struct grip_person *p)
{
	return p->name && *p->name ? p->name : p->email;
}

int page_groups(struct web_request *r)
{
	struct grip *g = r->g;
	r->title = "Groups";
	r->nav = "groups";
	struct grip_unit **us;
	struct grip_cycle **cs;
	size_t nu, nc;
	if (grip_unit_list(g, &us, &nu) < 0 || grip_cycle_list(g, &cs, &nc) < 0)
		return -1;
	struct html *h = &r->body;
	html_raw(h, "<h1>Groups</h1>");
	size_t shown = 0;
	int32_t today = grip_today(g);
	for (size_t i = 0; i < nu; i++) {
		const struct grip_unit *u = us[i];
		if (strcmp(u->kind, "group") != 0)
			continue;
		if (!shown++)
			html_raw(h, "<ul class=\"plain grid\">");
		html_f(h, "<li class=\"card\"><h2><a href=\"/groups/%lld\">%s</a></h2>", (long long)u->id, u->name);
		if (strcmp(u->visibility, "private") == 0)
			html_raw(h, "<p><span class=\"badge\">private: members and leads only</span></p>");
		const struct grip_cycle *c = programme_of(cs, nc, u->id);
		if (c) {
			html_f(h, "<p>%s: ", c->name);
			programme_when(h, c, today);
			html_raw(h, "</p>");
		} else {
			html_raw(h, "<p class=\"muted\">No programme yet.</p>");
		}
		html_raw(h, "</li>");
	}
	if (shown)
		html_raw(h, "</ul>");
	else
		html_raw(h, "<p class=\"muted\">There is no coaching group you can see.</p>");
	return 0;
}

/* ---- one group ---- */

/* The week the report is of: this week, or the programme's nearest week
 * when it has not started or is over. */
static void report_week(struct web_request *r, const struct grip_cycle *c, char out[WEEK_LEN])
{
	int32_t start = 0, day = grip_today(r->g);
	date_parse(c->starts_on, &start);
	int32_t last = start + 7 * (c->weeks - 1);
	week_format(week_of(day < start ? start : day > last ? last : day), out);
}

static void head(struct web_request *r, const struct grip_group_report *rep)
{
	struct html *h = &r->body;
	const struct grip_cycle *c = rep->programme;
	int32_t today = grip_today(r->g);
	int now = grip_cycle_week_number(c, today);
	html_f(h, "<h1>%s</h1><dl class=\"facts\"><dt>Programme</dt><dd>%s, %d weeks from %s to %s</dd><dt>Now</dt><dd>",
	       rep->group->name, c->name, c->weeks, c->starts_on, c->ends_on);
	programme_when(h, c, today);
	if (now == rep->week_number)
		html_f(h, " (%s)", rep->week);
	else /* not started, or over: the report is of its nearest week */
		html_f(h, "; the figures below are of week %d (%s)", rep->week_number, rep->week);
	html_f(h, "</dd><dt>Half-way review</dt><dd>week %d", rep->halfway_week);
	if (rep->week_number == rep->halfway_week)
		html_raw(h, ": this week, a time to look at each outcome again");
	html_raw(h, "</dd>");
	size_t leads = 0;
	for (size_t i = 0; i < rep->n_rows; i++) {
		const struct grip_group_row *row = &rep->rows[i];
		if (strcmp(row->role, "lead") != 0 || row->left_on)
			continue;
		if (leads++)
			html_raw(h, ", ");
		else
			html_raw(h, "<dt>Led by</dt><dd>");
		html_text(h, person_name(row->person));
	}
	if (leads)
		html_raw(h, "</dd>");
	html_raw(h, "</dl>");
}

static void outcomes(struct web_request *r, const struct grip_group_report *rep)
{
	struct html *h = &r->body;
	html_f(h, "<section class=\"card\" aria-labelledby=\"group-outcome\"><h2 id=\"group-outcome\">%s</h2>",
	       rep->n_group_outcomes > 1 ? "Group outcomes" : "Group outcome");
	if (!rep->n_group_outcomes)
		html_raw(h, "<p class=\"muted\">The group has no outcome yet.</p>");
	else
		html_raw(h, "<ul class=\"plain\">");
	for (size_t i = 0; i < rep->n_group_outcomes; i++) {
		html_raw(h, "<li>");
		view_objective_link(h, rep->group_outcomes[i]);
		html_f(h, " <span class=\"badge\">%s</span></li>", rep->group_outcomes[i]->status);
	}
	if (rep->n_group_outcomes)
		html_raw(h, "</ul>");
	if (rep->n_prompt) {
		html_raw(h, "<h3>Questions for writing your own outcome</h3><ul>");
		for (size_t i = 0; i < rep->n_prompt; i++)
			html_f(h, "<li>%s</li>", rep->prompt[i]);
		html_raw(h, "</ul>");
	}
	html_raw(h, "</section>");
}

static void review_cell(struct html *h, const struct grip_group_row *row)
{
	if (!row->outcome) {
		html_raw(h, "<td></td>");
		return;
	}
	if (!row->review)
		html_raw(h, "<td class=\"muted\">not reviewed yet</td>");
	else if (strcmp(row->review, "approve") == 0)
		html_raw(h, "<td>approved</td>");
	else
		html_f(h, "<td>returned for changes%s%s</td>", row->review_comment ? ": " : "", row->review_comment);
}

static void members(struct web_request *r, const struct grip_group_report *rep)
{
	struct html *h = &r->body;
	html_raw(h, "<section class=\"card\" aria-labelledby=\"members\"><h2 id=\"members\">Members' outcomes</h2>");
	size_t n = 0;
	for (size_t i = 0; i < rep->n_rows; i++)
		n += strcmp(rep->rows[i].role, "member") == 0;
	if (!n) {
		html_raw(h, "<p class=\"muted\">Nobody has joined the group as a member yet.</p></section>");
		return;
	}
	html_raw(h, "<div class=\"table-wrap\"><table class=\"data\"><thead><tr><th scope=\"col\">Member</th>"
		    "<th scope=\"col\">Outcome</th><th scope=\"col\">Status</th><th scope=\"col\">Review</th></tr></thead><tbody>");
	for (size_t i = 0; i < rep->n_rows; i++) {
		const struct grip_group_row *row = &rep->rows[i];
		if (strcmp(row->role, "member") != 0)
			continue;
		html_f(h, "<tr><th scope=\"row\">%s", person_name(row->person));
		if (row->left_on)
			html_f(h, "<span class=\"hint\">left on %s</span>", row->left_on);
		html_raw(h, "</th><td class=\"outcome\">");
		if (row->outcome) {
			view_objective_link(h, row->outcome);
			if (strcmp(row->outcome->visibility, "private") == 0)
				html_raw(h, " <span class=\"badge\">private</span>");
			html_f(h, "</td><td>%s</td>", row->outcome->status);
		} else if (row->personal) {
			html_raw(h, "<span class=\"muted\">none yet</span></td><td></td>");
		} else {
			html_raw(h, "<span class=\"muted\">not shared</span></td><td></td>");
		}
		review_cell(h, row);
		html_raw(h, "</tr>");
	}
	html_raw(h, "</tbody></table></div></section>");
}

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
				if (strcmp(c->status, "done") == 0)
					cl->done++;
				else if (strcmp(c->status, "partial") == 0)
					cl->partial++;
				else
					cl->missed++;
			}
		}
	}
	return cells;
}

/* The Monday of an ISO week, as a date, to compare with left_on. */
static void monday_of(const char *week, char out[DATE_LEN])
{
	struct iso_week w = { 0 };
	week_parse(week, &w);
	date_format(week_monday(w), out);
}

static void board_cell(struct html *h, const struct grip_group_row *row, const struct cell *cl, const char *week)
{
	int n = cl->done + cl->partial + cl->missed;
	char monday[DATE_LEN];
	monday_of(week, monday);
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
		html_f(h, "<tr><th scope=\"row\">%s%s</th>", person_name(row->person),
		       strcmp(row->role, "lead") == 0 ? " (lead)" : "");
		for (size_t w = 0; w < rep->n_weeks; w++)
			board_cell(h, row, &mine[w], rep->weeks[w].week);
		html_raw(h, "<td class=\"num\">");
		if (row->personal)
			rate(h, row->completion_rate);
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
	rate(h, rep->completion_rate);
	html_f(h, " over %zu closed %s (%d done, %d partly done, %d missed)</dd><dt>Drop-out</dt><dd>", rep->n_weeks,
	       rep->n_weeks == 1 ? "week" : "weeks", t->done, t->partial, t->missed + t->open);
	rate(h, rep->dropout_rate);
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
		rate(h, f->completion_rate);
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
		html_f(h, "<li>%s</li>", person_name(row->person));
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
		html_f(h, "<h3>%s, %s</h3>", person_name(row->person), ch->week);
	html_raw(h, "<ol class=\"chain\"><li><span class=\"layer\">This week's commitments</span> ");
	if (!ch->n_commitments)
		html_raw(h, "<span class=\"muted\">none</span>");
	for (size_t i = 0; i < ch->n_commitments; i++)
		html_f(h, "%s%s <span class=\"badge\">%s</span>", i ? "; " : "", ch->commitments[i]->text,
		       ch->commitments[i]->status);
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

int page_group(struct web_request *r)
{
	struct grip *g = r->g;
	int64_t id;
	struct grip_unit *u;
	if (web_param_id(r, 0, &id) < 0)
		return -1;
	u = grip_unit_get(g, id);
	if (!u && g->err.code != GRIP_ENOTFOUND)
		return -1;
	if (!u || strcmp(u->kind, "group") != 0) /* a group one may not see is not there */
		return grip_fail(g, GRIP_ENOTFOUND, NULL, "there is no such group");
	r->title = u->name;
	r->nav = "groups";
	struct grip_cycle **cs;
	size_t nc;
	if (grip_cycle_list(g, &cs, &nc) < 0)
		return -1;
	const struct grip_cycle *c = programme_of(cs, nc, u->id);
	if (!c) {
		html_f(&r->body, "<h1>%s</h1><p class=\"muted\">This group has no programme yet.</p>", u->name);
		return 0;
	}
	char week[WEEK_LEN];
	report_week(r, c, week);
	struct grip_group_report *rep;
	if (grip_group_report(g, u->name, c->name, week, &rep) < 0)
		return -1;
	head(r, rep);
	outcomes(r, rep);
	members(r, rep);
	if (board(r, rep) < 0)
		return -1;
	completion(r, rep);
	drifting(r, rep);
	chains(r, rep);
	return 0;
}
