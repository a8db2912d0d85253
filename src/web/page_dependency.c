/*
 * page_dependency.c — an objective's dependencies from its page: the form
 * to say what it needs (from an objective or a unit), and per dependency
 * a status to move it to (either side, grip_may_move_dependency), a link
 * to edit its note and a delete button (the depending side,
 * grip_may_edit_dependency).
 */
#include "web/objective_edit.h"

#include <stdio.h>
#include <string.h>

#include "util/num.h"

void dependency_controls(struct web_request *r, const struct grip_objective *o, const struct grip_dependency *d)
{
	const char *back = edit_path(r, "/objectives/%lld", (long long)o->id);
	if (!back)
		return;
	if (grip_may_move_dependency(r->g, d, NULL)) {
		const char *const *st = grip_dependency_statuses();
		struct edit_options opts;
		const char *action = edit_path(r, "/dependencies/%lld/status", (long long)d->id);
		if (action && edit_options_init(r, &opts, 4) == 0) {
			for (size_t i = 0; st[i]; i++)
				edit_option(&opts, st[i], st[i]);
			form_open(r, action, "form inline");
			form_back(r, back);
			form_select(r, "status", arena_printf(r->g->arena, "Status of dependency %lld", (long long)d->id),
				    grip_dependency_status_name(d->status), opts.items, opts.n);
			form_submit(r, "Move", "");
			form_close(r);
		}
	}
	if (grip_may_edit_dependency(r->g, d, NULL)) {
		html_f(&r->body, "<a href=\"/dependencies/%lld/edit\" aria-label=\"Edit the note of dependency %lld\">Edit</a> ",
		       (long long)d->id, (long long)d->id);
		edit_button_form(r, edit_path(r, "/dependencies/%lld/delete", (long long)d->id), back, "Delete",
				 arena_printf(r->g->arena, "Delete dependency %lld", (long long)d->id));
	}
}

/* What it may depend on: the other objectives of its cycle the actor
 * sees, and the units they see; values "objective:ID" and "unit:NAME". */
static int target_options(struct web_request *r, const struct grip_objective *o, struct edit_options *opts)
{
	struct grip_objective_filter f = { .cycle_name = o->cycle_name };
	struct grip_objective **os;
	struct grip_unit **us;
	size_t n, nu;
	if (grip_objective_list(r->g, &f, &os, &n) < 0 || grip_unit_list(r->g, &us, &nu) < 0 ||
	    edit_options_init(r, opts, n + nu + 1) < 0)
		return -1;
	edit_option(opts, "", "Choose an objective or a unit");
	for (size_t i = 0; i < n; i++)
		if (os[i]->id != o->id)
			edit_option(opts, arena_printf(r->g->arena, "objective:%lld", (long long)os[i]->id),
				    arena_printf(r->g->arena, "Objective: %s (%s)", os[i]->title, grip_layer_name(os[i]->layer)));
	for (size_t i = 0; i < nu; i++)
		edit_option(opts, arena_printf(r->g->arena, "unit:%s", us[i]->name),
			    arena_printf(r->g->arena, "Unit: %s", us[i]->name));
	return 0;
}

void dependency_add_form(struct web_request *r, const struct grip_objective *o)
{
	/* Adding one is the depending side's, like its initiatives. */
	if (!grip_may_change_initiatives(r->g, o, NULL))
		return;
	struct edit_options opts;
	const char *action = edit_path(r, "/objectives/%lld/dependencies", (long long)o->id);
	if (!action || target_options(r, o, &opts) < 0) {
		r->g->err = (struct grip_error){ 0 };
		return;
	}
	html_raw(&r->body, "<h3 id=\"add-dependency\">Add a dependency</h3>");
	form_open(r, action, "form");
	form_back(r, edit_path(r, "/objectives/%lld", (long long)o->id));
	form_select(r, "on", "It needs", NULL, opts.items, opts.n);
	form_input(r, "text", "note", "What it needs", NULL, "e.g. “the payments API by week 48”", false);
	form_submit(r, "Add dependency", "");
	form_close(r);
}

int act_dependency_add(struct web_request *r)
{
	int64_t id, to = 0;
	if (web_param_id(r, 0, &id) < 0)
		return -1;
	const char *on = web_field(r, "on"), *unit = NULL;
	if (on && strncmp(on, "objective:", 10) == 0) {
		if (!parse_i64(on + 10, &to) || to <= 0)
			return grip_fail(r->g, GRIP_EINVAL, "on", "choose an objective or a unit");
	} else if (on && strncmp(on, "unit:", 5) == 0 && on[5]) {
		unit = on + 5;
	} else {
		return grip_fail(r->g, GRIP_EINVAL, "on", "choose an objective or a unit");
	}
	if (!grip_dependency_add(r->g, id, to, unit, edit_field(r, "note"))) {
		if (strcmp(r->g->err.field, "to_objective_id") == 0 || strcmp(r->g->err.field, "unit") == 0)
			snprintf(r->g->err.field, sizeof r->g->err.field, "on");
		return -1;
	}
	return web_redirect(r, "/objectives/%lld#links", (long long)id);
}

int page_dependency_edit(struct web_request *r)
{
	int64_t id;
	struct grip_dependency *d;
	if (web_param_id(r, 0, &id) < 0 || !(d = grip_dependency_get(r->g, id)))
		return -1;
	const char *why = NULL;
	if (!grip_may_edit_dependency(r->g, d, &why))
		return grip_fail(r->g, GRIP_EPERM, NULL, "%s", why ? why : "You cannot change this dependency.");
	struct grip_objective *o = grip_objective_get(r->g, d->from_objective_id, NULL);
	if (!o)
		return -1;
	if (!edit_page_open(r, arena_printf(r->g->arena, "dependency of “%s”", o->title),
			    arena_printf(r->g->arena, "dependency %lld", (long long)d->id), o->id,
			    edit_path(r, "/dependencies/%lld/edit", (long long)d->id)))
		return 0;
	form_textarea(r, "note", "What it needs", d->note ? d->note : "", NULL);
	edit_page_close(r);
	return 0;
}

int act_dependency_edit(struct web_request *r)
{
	int64_t id;
	struct grip_dependency *d;
	const char *note = web_field(r, "note");
	if (web_param_id(r, 0, &id) < 0 || !(d = grip_dependency_get(r->g, id)) ||
	    grip_dependency_edit(r->g, id, note ? note : "") < 0)
		return -1;
	return web_redirect(r, "/objectives/%lld#links", (long long)d->from_objective_id);
}

/* Back to the objective the form was on (either end). */
static int back_to(struct web_request *r, const struct grip_dependency *d)
{
	int64_t back = 0;
	const char *b = web_field(r, "back");
	if (b && strncmp(b, "/objectives/", 12) == 0 && parse_i64(b + 12, &back) && back > 0)
		return web_redirect(r, "/objectives/%lld#links", (long long)back);
	return web_redirect(r, "/objectives/%lld#links", (long long)d->from_objective_id);
}

int act_dependency_move(struct web_request *r)
{
	int64_t id;
	struct grip_dependency *d;
	if (web_param_id(r, 0, &id) < 0 || !(d = grip_dependency_get(r->g, id)) ||
	    grip_dependency_set_status(r->g, id, web_field(r, "status")) < 0)
		return -1;
	return back_to(r, d);
}

int act_dependency_delete(struct web_request *r)
{
	int64_t id;
	struct grip_dependency *d;
	if (web_param_id(r, 0, &id) < 0 || !(d = grip_dependency_get(r->g, id)) || grip_dependency_delete(r->g, id) < 0)
		return -1;
	return back_to(r, d);
}
