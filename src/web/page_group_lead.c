/*
 * page_group_lead.c — what a group's lead (and an admin) does from the
 * group's page: set up a programme (name, first day, weeks), offer the
 * outcome prompt or stop offering it, review members' outcomes (approve,
 * or return with a comment), add members from the people of the
 * organisation, and record that a member left, with why. The section is
 * drawn only for those grip_may_lead_group allows; each action is the
 * core's write, which refuses anyone else with the page's error.
 */
#include "web/web.h"
#include "web/group_view.h"

#include <string.h>

#include "util/num.h"

static const char *group_path(struct web_request *r, const struct grip_unit *u, const char *rest)
{
	return arena_printf(r->g->arena, "/groups/%lld%s", (long long)u->id, rest);
}

static void programme_form(struct web_request *r, const struct grip_unit *u, const struct grip_group_report *rep)
{
	struct html *h = &r->body;
	html_f(h, "<h3 id=\"lead-programme\">%s</h3>", rep ? "Set up the next programme" : "Set up a programme");
	form_open(r, group_path(r, u, "/programme"), "form");
	form_back(r, group_path(r, u, ""));
	html_raw(h, "<div class=\"inline\">");
	form_input(r, "text", "name", "Programme name", NULL, "e.g. “Spring circle”", true);
	form_input(r, "date", "from", "First day", NULL, "a Monday keeps the weeks in step", true);
	form_input(r, "number", "weeks", "Weeks", "12", "from 1 to 104", true);
	html_raw(h, "</div>");
	form_submit(r, "Set up programme", "primary");
	form_close(r);
}

static int prompt_form(struct web_request *r, const struct grip_unit *u)
{
	struct html *h = &r->body;
	bool offered = false;
	if (grip_group_prompt(r->g, u->id, &offered, NULL, NULL) < 0)
		return -1;
	html_f(h, "<h3 id=\"lead-prompt\">Outcome prompt</h3><p>The questions (by when, how will you know, how much) "
		  "are %s members beside what they write.</p>", offered ? "offered to" : "not offered to");
	form_open(r, group_path(r, u, "/prompt"), "form");
	form_back(r, group_path(r, u, ""));
	html_f(h, "<input type=\"hidden\" name=\"offered\" value=\"%s\">", offered ? "0" : "1");
	form_submit(r, offered ? "Stop offering the prompt" : "Offer the prompt", NULL);
	form_close(r);
	return 0;
}

static void review_list(struct web_request *r, const struct grip_unit *u, const struct grip_group_report *rep)
{
	struct html *h = &r->body;
	size_t n = 0;
	for (size_t i = 0; rep && i < rep->n_rows; i++) {
		const struct grip_group_row *row = &rep->rows[i];
		if (!row->outcome || row->left_on || !grip_may_review(r->g, row->outcome, NULL, NULL))
			continue;
		if (!n++)
			html_raw(h, "<h3 id=\"lead-review\">Review members' outcomes</h3><ul class=\"plain stack\">");
		html_f(h, "<li><p><strong>%s</strong>: ", group_person_name(row->person));
		view_objective_link(h, row->outcome);
		html_f(h, " <span class=\"badge\">%s</span></p>", grip_objective_status_name(row->outcome->status));
		approval_forms(r, row->outcome, group_path(r, u, ""));
		html_raw(h, "</li>");
	}
	if (n)
		html_raw(h, "</ul>");
}

/* People who may join: active, and not in the group now. */
static int member_forms(struct web_request *r, const struct grip_unit *u)
{
	struct html *h = &r->body;
	struct grip_person **people;
	struct grip_membership **ms;
	size_t np, nm;
	if (grip_person_list(r->g, &people, &np) < 0 || grip_member_list(r->g, u->id, &ms, &nm) < 0)
		return -1;
	const char **join = arena_calloc(r->g->arena, 2 * np + 2, sizeof *join);
	const char **leave = arena_calloc(r->g->arena, 2 * nm + 2, sizeof *leave);
	if (!join || !leave)
		return grip_fail(r->g, GRIP_ENOMEM, NULL, "out of memory");
	size_t nj = 0, nl = 0;
	for (size_t i = 0; i < np; i++) {
		bool in = false;
		for (size_t k = 0; k < nm; k++)
			in |= ms[k]->person_id == people[i]->id && !ms[k]->left_on;
		if (in || !people[i]->active)
			continue;
		join[2 * nj] = arena_printf(r->g->arena, "%lld", (long long)people[i]->id);
		join[2 * nj++ + 1] = arena_printf(r->g->arena, "%s <%s>", group_person_name(people[i]), people[i]->email);
	}
	for (size_t k = 0; k < nm; k++) {
		if (ms[k]->left_on || ms[k]->role != GRIP_MEMBER_MEMBER)
			continue;
		for (size_t i = 0; i < np; i++) {
			if (people[i]->id != ms[k]->person_id)
				continue;
			leave[2 * nl] = arena_printf(r->g->arena, "%lld", (long long)people[i]->id);
			leave[2 * nl++ + 1] = group_person_name(people[i]);
		}
	}
	html_raw(h, "<h3 id=\"lead-members\">Members</h3>");
	if (nj) {
		form_open(r, group_path(r, u, "/members"), "form");
		form_back(r, group_path(r, u, ""));
		form_select(r, "person", "Person to add", NULL, join, nj);
		form_submit(r, "Add member", NULL);
		form_close(r);
	} else {
		html_raw(h, "<p class=\"muted\">Everyone in the organisation is in the group.</p>");
	}
	if (!nl)
		return 0;
	form_open(r, group_path(r, u, "/leave"), "form");
	form_back(r, group_path(r, u, ""));
	html_raw(h, "<div class=\"inline\">");
	form_select(r, "person", "Member who left", NULL, leave, nl);
	form_input(r, "date", "on", "Left on", NULL, "today if empty", false);
	html_raw(h, "</div>");
	form_textarea(r, "reason", "Why they left", NULL, "seen by them, the group's leads and admins");
	form_submit(r, "Record leaving", NULL);
	form_close(r);
	return 0;
}

int group_lead_tools(struct web_request *r, const struct grip_unit *u, const struct grip_group_report *rep)
{
	if (!grip_may_lead_group(r->g, u, NULL))
		return 0;
	struct html *h = &r->body;
	html_raw(h, "<section class=\"card\" aria-labelledby=\"lead-tools\"><h2 id=\"lead-tools\">Running the group</h2>"
		    "<p class=\"muted\">Shown to the group's lead and admins.</p>");
	review_list(r, u, rep);
	if (prompt_form(r, u) < 0 || member_forms(r, u) < 0)
		return -1;
	programme_form(r, u, rep);
	html_raw(h, "</section>");
	return 0;
}

/* ---- actions ---- */

/* The group of the path, as its page finds it: one the actor may not see,
 * or a unit that is not a group, is not there. */
static struct grip_unit *path_group(struct web_request *r)
{
	int64_t id;
	if (web_param_id(r, 0, &id) < 0)
		return NULL;
	struct grip_unit *u = grip_unit_get(r->g, id);
	if (u && u->kind != GRIP_UNIT_GROUP) {
		grip_fail(r->g, GRIP_ENOTFOUND, NULL, "there is no such group");
		return NULL;
	}
	return u;
}

static int field_id(struct web_request *r, const char *name, int64_t *id)
{
	const char *v = web_field(r, name);
	if (!v || !*v)
		return grip_fail(r->g, GRIP_EINVAL, name, "choose one");
	if (!parse_i64(v, id) || *id <= 0)
		return grip_fail(r->g, GRIP_EINVAL, name, "choose one of those offered");
	return 0;
}

static const char *optional(struct web_request *r, const char *name)
{
	const char *v = web_field(r, name);
	return v && *v ? v : NULL;
}

int act_group_programme(struct web_request *r)
{
	struct grip_unit *u = path_group(r);
	if (!u)
		return -1;
	const char *weeks = web_field(r, "weeks");
	int64_t n = 0;
	if (!weeks || !parse_i64(weeks, &n))
		return grip_fail(r->g, GRIP_EINVAL, "weeks", "is not a whole number");
	/* The core says which lengths a programme may have. */
	int w = n < 0 ? 0 : n > 100000 ? 100000 : (int)n;
	if (!grip_cycle_add(r->g, web_field(r, "name"), "programme", optional(r, "from"), NULL, w, u->name))
		return -1;
	return web_redirect(r, "/groups/%lld", (long long)u->id);
}

int act_group_prompt(struct web_request *r)
{
	struct grip_unit *u = path_group(r);
	const char *offered = web_field(r, "offered");
	if (!u || grip_group_prompt_offer(r->g, u->name, offered && strcmp(offered, "1") == 0) < 0)
		return -1;
	return web_redirect(r, "/groups/%lld", (long long)u->id);
}

int act_group_member_add(struct web_request *r)
{
	struct grip_unit *u = path_group(r);
	int64_t person;
	if (!u || field_id(r, "person", &person) < 0 || !grip_member_add(r->g, u->id, person, "member", NULL))
		return -1;
	return web_redirect(r, "/groups/%lld", (long long)u->id);
}

int act_group_member_leave(struct web_request *r)
{
	struct grip_unit *u = path_group(r);
	int64_t person;
	if (!u || field_id(r, "person", &person) < 0 ||
	    !grip_member_leave(r->g, u->id, person, optional(r, "on"), optional(r, "reason")))
		return -1;
	return web_redirect(r, "/groups/%lld", (long long)u->id);
}
