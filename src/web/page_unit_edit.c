/*
 * page_unit_edit.c — the controls on a unit's page and their actions: its
 * name, where it stands in the tree, its lead, who may see it and the chat
 * webhook that hears its reminders (a secret: in this form only); deleting
 * a unit no one has used; adding a member and recording that one left,
 * and why.
 *
 * The page shows each control only when the core would allow its change
 * (grip_may_edit_unit, grip_may_delete_unit, grip_may_manage_members); the
 * actions leave every rule to the core. A refused action shows the unit's
 * page again with the error beside the field.
 */
#include "web/view_units.h"

#include <string.h>

#include "util/num.h"

static const char *unit_path(struct web_request *r, const struct grip_unit *u, const char *rest)
{
	return arena_printf(r->g->arena, "/units/%lld%s", (long long)u->id, rest);
}

/* value/label pairs of where u may stand: where it is, and every unit the
 * core would let the actor move it under. */
static size_t parent_options(struct web_request *r, const struct grip_unit *u, struct grip_unit **us, size_t n,
			     const char ***out)
{
	const char **opts = arena_calloc(r->g->arena, 2 * n + 2, sizeof *opts);
	size_t k = 0;
	*out = opts;
	if (!opts)
		return 0;
	for (size_t i = 0; i < n; i++) {
		if (us[i]->id != u->parent_id && !grip_may_move_unit(r->g, u, us[i], NULL))
			continue;
		opts[k++] = us[i]->name;
		opts[k++] = us[i]->name;
	}
	*out = opts;
	return k / 2;
}

/* value/label pairs of the people still in the organisation, by email. */
static size_t people_options(struct web_request *r, struct grip_person **ps, size_t n, const char *none,
			     const char ***out)
{
	const char **opts = arena_calloc(r->g->arena, 2 * n + 2, sizeof *opts);
	size_t k = 0;
	*out = opts;
	if (!opts)
		return 0;
	if (none) {
		opts[k++] = "";
		opts[k++] = none;
	}
	for (size_t i = 0; i < n; i++) {
		if (!ps[i]->active)
			continue;
		opts[k++] = ps[i]->email;
		opts[k++] = arena_printf(r->g->arena, "%s (%s)", ps[i]->name, ps[i]->email);
	}
	*out = opts;
	return k / 2;
}

static const char *email_of(struct grip_person **ps, size_t n, int64_t id)
{
	for (size_t i = 0; i < n; i++)
		if (ps[i]->id == id)
			return ps[i]->email;
	return "";
}

int unit_controls(struct web_request *r, const struct grip_unit *u)
{
	static const char *const visibilities[] = { "org", "Whole organisation", "private",
						    "Private: its members, the leads above it and admins" };
	if (!grip_may_edit_unit(r->g, u, NULL))
		return 0;
	struct grip_unit **us;
	struct grip_person **ps;
	size_t nu, np;
	if (grip_unit_list(r->g, &us, &nu) < 0 || grip_person_list(r->g, &ps, &np) < 0)
		return -1;
	struct html *h = &r->body;
	const char *edit = unit_path(r, u, ""), *del = unit_path(r, u, "/delete");
	bool open = r->failed && (strcmp(r->path, edit) == 0 || strcmp(r->path, del) == 0);
	html_f(h, "<details class=\"card\" id=\"change\"%s><summary>Change this unit</summary>", open ? " open" : "");
	form_open(r, edit, "form");
	form_input(r, "text", "name", "Name", u->name, NULL, true);
	if (u->kind != GRIP_UNIT_COMPANY) {
		const char **parents = NULL;
		const struct grip_unit *now = NULL;
		size_t k = parent_options(r, u, us, nu, &parents);
		for (size_t i = 0; i < nu; i++)
			if (us[i]->id == u->parent_id)
				now = us[i];
		form_select(r, "parent", "Part of", now ? now->name : "", parents, k);
	}
	const char **leads = NULL;
	size_t k = people_options(r, ps, np, u->lead_id ? NULL : "Nobody yet", &leads);
	form_select(r, "lead", "Lead", email_of(ps, np, u->lead_id), leads, k);
	form_select(r, "visibility", "Visibility", grip_visibility_name(u->visibility), visibilities, 2);
	const char *hook = NULL;
	if (grip_unit_webhook(r->g, u, &hook) < 0)
		return -1;
	form_input(r, "url", "webhook_url", "Chat webhook", hook,
		   "a Slack-compatible incoming webhook that hears the unit's reminders; empty: none", false);
	form_submit(r, "Save changes", "primary");
	form_close(r);
	if (grip_may_delete_unit(r->g, u, NULL)) {
		form_open(r, del, "inline");
		form_back(r, edit);
		html_f(h, "<p class=\"muted\">No one has used %s yet: no objectives, units below it or members.</p>"
			  "<button type=\"submit\">Delete this unit</button>", u->name);
		form_close(r);
	}
	html_raw(h, "</details>");
	return 0;
}

int unit_member_add_form(struct web_request *r, const struct grip_unit *u)
{
	static const char *const roles[] = { "member", "Member", "lead", "Lead" };
	if (!grip_may_manage_members(r->g, u->id, NULL))
		return 0;
	struct grip_person **ps;
	size_t np;
	if (grip_person_list(r->g, &ps, &np) < 0)
		return -1;
	const char **opts = arena_calloc(r->g->arena, 2 * np + 2, sizeof *opts);
	if (!opts)
		return grip_fail(r->g, GRIP_ENOMEM, NULL, "out of memory");
	size_t k = 0;
	for (size_t i = 0; i < np; i++) {
		if (!ps[i]->active || grip_is_member(r->g, u->id, ps[i]->id))
			continue;
		opts[k++] = arena_printf(r->g->arena, "%lld", (long long)ps[i]->id);
		opts[k++] = arena_printf(r->g->arena, "%s (%s)", ps[i]->name, ps[i]->email);
	}
	if (!k)
		return 0;
	html_raw(&r->body, "<h3>Add a member</h3>");
	const char *action = unit_path(r, u, "/members");
	form_open(r, action, "inline");
	form_back(r, unit_path(r, u, ""));
	form_select(r, "person", "Person", NULL, opts, k / 2);
	form_select(r, "role", "Role", "member", roles, 2);
	form_submit(r, "Add member", "primary");
	form_close(r);
	return 0;
}

void unit_member_leave_control(struct web_request *r, const struct grip_unit *u, int64_t person_id, const char *name)
{
	if (!grip_may_manage_members(r->g, u->id, NULL))
		return;
	const char *action = unit_path(r, u, arena_printf(r->g->arena, "/members/%lld/leave", (long long)person_id));
	html_f(&r->body, "<details%s><summary>Record that %s left</summary>",
	       r->failed && strcmp(r->path, action) == 0 ? " open" : "", name);
	form_open(r, action, "inline");
	form_back(r, unit_path(r, u, ""));
	form_input(r, "text", "reason", "Why they left", NULL, "kept with the unit's history", false);
	form_input(r, "date", "on", "Left on", NULL, "empty: today", false);
	form_submit(r, "Record leaving", "primary");
	form_close(r);
	html_raw(&r->body, "</details>");
}

/* ---- actions ---- */

static const char *given(struct web_request *r, const char *name)
{
	const char *v = web_field(r, name);
	return v && *v ? v : NULL;
}

int act_unit_edit(struct web_request *r)
{
	int64_t id;
	const char *name = web_field(r, "name");
	const char *hook = web_field(r, "webhook_url"); /* "" removes it; absent leaves it */
	if (web_param_id(r, 0, &id) < 0 ||
	    grip_unit_edit(r->g, id, name ? name : "", given(r, "parent"), given(r, "lead"), given(r, "visibility"),
			   NULL, NULL) < 0 ||
	    (hook && grip_unit_set_webhook(r->g, id, hook) < 0))
		return -1;
	return web_redirect(r, "/units/%lld", (long long)id);
}

int act_unit_delete(struct web_request *r)
{
	int64_t id;
	if (web_param_id(r, 0, &id) < 0 || grip_unit_delete(r->g, id) < 0)
		return -1;
	return web_redirect(r, "/units");
}

int act_unit_member_add(struct web_request *r)
{
	int64_t id, person;
	const char *p = web_field(r, "person");
	if (web_param_id(r, 0, &id) < 0)
		return -1;
	if (!p || !parse_i64(p, &person) || person <= 0)
		return grip_fail(r->g, GRIP_EINVAL, "person", "choose the person to add");
	if (!grip_member_add(r->g, id, person, given(r, "role"), NULL))
		return -1;
	return web_redirect(r, "/units/%lld", (long long)id);
}

int act_unit_member_leave(struct web_request *r)
{
	int64_t id, person;
	if (web_param_id(r, 0, &id) < 0 || web_param_id(r, 1, &person) < 0 ||
	    !grip_member_leave(r->g, id, person, given(r, "on"), given(r, "reason")))
		return -1;
	return web_redirect(r, "/units/%lld", (long long)id);
}
