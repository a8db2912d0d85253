/*
 * page_admin_rows.c — the controls in a row of the admin page's tables and
 * the actions behind them: a person's name and role, and their leaving
 * (their sessions and tokens stop at once); a cycle's name and dates while
 * it is in planning, opening it early, deleting it while it holds nothing.
 *
 * Each control is shown when the core says its change would be allowed
 * (grip_may_*), folded in a <details> that opens by itself when its form
 * was refused. Every action goes back to its section of /admin.
 */
#include "web/view_units.h"

#include <string.h>

/* A refused post of this action is being shown again. */
static bool refused_here(struct web_request *r, const char *action)
{
	return r->failed && strcmp(action, r->path) == 0;
}

static void row_form(struct web_request *r, const char *action, const char *cls)
{
	form_open(r, action, cls);
	form_back(r, "/admin");
}

static void fold_open(struct web_request *r, const char *summary, bool open)
{
	html_f(&r->body, "<details%s><summary>%s</summary>", open ? " open" : "", summary);
}

void admin_person_controls(struct web_request *r, const struct grip_person *p)
{
	static const char *const roles[] = { "member", "Member", "admin", "Admin", "viewer", "Viewer" };
	const char *edit = arena_printf(r->g->arena, "/admin/people/%lld", (long long)p->id);
	const char *leave = arena_printf(r->g->arena, "/admin/people/%lld/leave", (long long)p->id);
	bool admin = grip_may_admin(r->g, NULL);
	if (!edit || !leave || !grip_may_edit_person(r->g, p->id, NULL))
		return;
	fold_open(r, arena_printf(r->g->arena, "Change %s", p->name), refused_here(r, edit) || refused_here(r, leave));
	row_form(r, edit, "form");
	form_input(r, "text", "name", "Name", p->name, NULL, true);
	if (admin)
		form_select(r, "role", "Role", grip_role_name(p->role), roles, 3);
	form_submit(r, "Save", "primary");
	form_close(r);
	if (grip_may_mark_left(r->g, p, NULL)) {
		row_form(r, leave, "form");
		form_input(r, "date", "on", "Left on", NULL, "empty: today; they can no longer sign in from now", false);
		form_submit(r, "Mark as left", "danger");
		form_close(r);
	}
	if (grip_may_invite(r->g, p, NULL)) {
		row_form(r, arena_printf(r->g->arena, "/admin/people/%lld/invite", (long long)p->id), "form");
		form_submit(r, "Email an invitation", NULL);
		form_close(r);
	}
	html_raw(&r->body, "</details>");
}

void admin_cycle_controls(struct web_request *r, const struct grip_cycle *c)
{
	const char *edit = arena_printf(r->g->arena, "/admin/cycles/%lld", (long long)c->id);
	if (!edit || !grip_may_edit_cycle(r->g, c, NULL))
		return;
	const char *open = arena_printf(r->g->arena, "%s/open", edit), *del = arena_printf(r->g->arena, "%s/delete", edit);
	fold_open(r, arena_printf(r->g->arena, "Change %s", c->name),
		  refused_here(r, edit) || refused_here(r, open) || refused_here(r, del));
	row_form(r, edit, "form");
	form_input(r, "text", "name", "Name", c->name, NULL, true);
	form_input(r, "date", "from", "Starts on", c->starts_on, NULL, true);
	if (c->weeks > 0)
		html_f(&r->body, "<p class=\"muted\">A programme of %d weeks: it ends %d weeks after it starts.</p>", c->weeks,
		       c->weeks);
	else
		form_input(r, "date", "to", "Ends on", c->ends_on, NULL, true);
	form_submit(r, "Save", "primary");
	form_close(r);
	row_form(r, open, "inline");
	html_f(&r->body, "<button type=\"submit\" aria-label=\"Open %s now\">Open now</button>", c->name);
	form_close(r);
	if (grip_may_delete_cycle(r->g, c, NULL)) {
		row_form(r, del, "inline");
		html_f(&r->body, "<button type=\"submit\" class=\"danger\" aria-label=\"Delete %s\">Delete</button>", c->name);
		form_close(r);
	}
	html_raw(&r->body, "</details>");
}

/* ---- actions ---- */

static const char *given(struct web_request *r, const char *name)
{
	const char *v = web_field(r, name);
	return v && *v ? v : NULL;
}

int act_admin_person_edit(struct web_request *r)
{
	int64_t id;
	const char *name = web_field(r, "name");
	if (web_param_id(r, 0, &id) < 0 || grip_person_edit(r->g, id, name ? name : "", given(r, "role")) < 0)
		return -1;
	return web_redirect(r, "/admin#people");
}

int act_admin_person_leave(struct web_request *r)
{
	int64_t id;
	if (web_param_id(r, 0, &id) < 0 || grip_person_leave(r->g, id, given(r, "on")) < 0)
		return -1;
	return web_redirect(r, "/admin#people");
}

int act_admin_cycle_edit(struct web_request *r)
{
	int64_t id;
	const char *name = web_field(r, "name");
	if (web_param_id(r, 0, &id) < 0 ||
	    grip_cycle_edit(r->g, id, name ? name : "", given(r, "from"), given(r, "to")) < 0)
		return -1;
	return web_redirect(r, "/admin#cycles");
}

int act_admin_cycle_open(struct web_request *r)
{
	int64_t id;
	if (web_param_id(r, 0, &id) < 0 || grip_cycle_open(r->g, id) < 0)
		return -1;
	return web_redirect(r, "/admin#cycles");
}

int act_admin_cycle_delete(struct web_request *r)
{
	int64_t id;
	if (web_param_id(r, 0, &id) < 0 || grip_cycle_delete(r->g, id) < 0)
		return -1;
	return web_redirect(r, "/admin#cycles");
}
