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
#include "web/group_view.h"

#include <string.h>

#include "util/date.h"

/* "week 7 of 12", "starts on 2027-01-11", "ended on 2027-01-03". */
static void programme_when(struct html *h, const struct grip_cycle *c, int32_t today)
{
	int week = grip_cycle_week_number(c, today);
	if (c->status == GRIP_CYCLE_CLOSED)
		html_f(h, "closed, %d weeks from %s", c->weeks, c->starts_on);
	else if (week == 0)
		html_f(h, "starts on %s, %d weeks", c->starts_on, c->weeks);
	else if (week > c->weeks)
		html_f(h, "ended on %s after %d weeks", c->ends_on, c->weeks);
	else
		html_f(h, "week %d of %d", week, c->weeks);
}

void group_rate(struct html *h, double r)
{
	if (r < 0)
		html_raw(h, "–");
	else
		html_f(h, "%.0f%%", r * 100);
}

const char *group_person_name(const struct grip_person *p)
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
		if (u->kind != GRIP_UNIT_GROUP)
			continue;
		if (!shown++)
			html_raw(h, "<ul class=\"plain grid\">");
		html_f(h, "<li class=\"card\"><h2><a href=\"/groups/%lld\">%s</a></h2>", (long long)u->id, u->name);
		if (u->visibility == GRIP_VISIBILITY_PRIVATE)
			html_raw(h, "<p><span class=\"badge\">private: members and leads only</span></p>");
		const struct grip_cycle *c = grip_programme_current(cs, nc, u->id);
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
		if (row->role != GRIP_MEMBER_LEAD || row->left_on)
			continue;
		if (leads++)
			html_raw(h, ", ");
		else
			html_raw(h, "<dt>Led by</dt><dd>");
		html_text(h, group_person_name(row->person));
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
		html_f(h, " <span class=\"badge\">%s</span></li>", grip_objective_status_name(rep->group_outcomes[i]->status));
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
		n += rep->rows[i].role == GRIP_MEMBER_MEMBER;
	if (!n) {
		html_raw(h, "<p class=\"muted\">Nobody has joined the group as a member yet.</p></section>");
		return;
	}
	html_raw(h, "<div class=\"table-wrap\"><table class=\"data\"><thead><tr><th scope=\"col\">Member</th>"
		    "<th scope=\"col\">Outcome</th><th scope=\"col\">Status</th><th scope=\"col\">Review</th></tr></thead><tbody>");
	for (size_t i = 0; i < rep->n_rows; i++) {
		const struct grip_group_row *row = &rep->rows[i];
		if (row->role != GRIP_MEMBER_MEMBER)
			continue;
		html_f(h, "<tr><th scope=\"row\">%s", group_person_name(row->person));
		if (row->left_on)
			html_f(h, "<span class=\"hint\">left on %s</span>", row->left_on);
		html_raw(h, "</th><td class=\"outcome\">");
		if (row->outcome) {
			view_objective_link(h, row->outcome);
			if (row->outcome->visibility == GRIP_VISIBILITY_PRIVATE)
				html_raw(h, " <span class=\"badge\">private</span>");
			html_f(h, "</td><td>%s</td>", grip_objective_status_name(row->outcome->status));
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
	if (!u || u->kind != GRIP_UNIT_GROUP) /* a group one may not see is not there */
		return grip_fail(g, GRIP_ENOTFOUND, NULL, "there is no such group");
	r->title = u->name;
	r->nav = "groups";
	if (r->failed) /* a refused change of the lead's: said here, and at its form when it is shown */
		html_f(&r->body, "<p class=\"error-summary\" role=\"alert\">Not done: %s</p>", r->failed->message);
	struct grip_cycle *c = grip_group_programme(g, u);
	if (!c && g->err.code != GRIP_ENOTFOUND)
		return -1;
	if (!c) {
		g->err = (struct grip_error){ 0 };
		html_f(&r->body, "<h1>%s</h1><p class=\"muted\">This group has no programme yet.</p>", u->name);
		return group_lead_tools(r, u, NULL);
	}
	char week[WEEK_LEN];
	grip_programme_week(r->g, c, grip_today(r->g), week);
	struct grip_group_report *rep;
	if (grip_group_report(g, u->name, c->name, week, &rep) < 0)
		return -1;
	head(r, rep);
	outcomes(r, rep);
	members(r, rep);
	if (group_lead_tools(r, u, rep) < 0)
		return -1;
	return group_board_sections(r, rep);
}
