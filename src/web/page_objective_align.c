/*
 * page_objective_align.c — an objective's alignments from its page: a
 * chooser of the objectives it may align to (grip_objective_align_choices:
 * those the core would accept now) and a button to remove each parent.
 * Shown to whoever may edit the objective while its cycle is open.
 */
#include "web/objective_edit.h"

#include <stdio.h>
#include <string.h>

#include "util/num.h"

static bool may_align(struct web_request *r, const struct grip_objective *o, const struct grip_cycle *c)
{
	return c->status != GRIP_CYCLE_CLOSED && grip_may_edit_objective(r->g, o, NULL);
}

void alignment_remove_control(struct web_request *r, const struct grip_objective *o, const struct grip_objective *parent,
			      const struct grip_cycle *c)
{
	if (!may_align(r, o, c))
		return;
	html_raw(&r->body, " ");
	edit_button_form(r, edit_path(r, "/objectives/%lld/alignments/%lld/remove", (long long)o->id, (long long)parent->id),
			 edit_path(r, "/objectives/%lld", (long long)o->id), "Remove",
			 arena_printf(r->g->arena, "Remove the alignment to “%s”", parent->title));
}

void alignment_add_form(struct web_request *r, const struct grip_objective *o, const struct grip_cycle *c)
{
	if (!may_align(r, o, c))
		return;
	struct grip_objective **os;
	size_t n;
	struct edit_options opts;
	if (grip_objective_align_choices(r->g, o, &os, &n) < 0 || edit_options_init(r, &opts, n + 1) < 0) {
		r->g->err = (struct grip_error){ 0 };
		return;
	}
	const char *action = edit_path(r, "/objectives/%lld/alignments", (long long)o->id);
	if (!action)
		return;
	if (!n && !(r->failed && strcmp(r->path, action) == 0)) {
		html_raw(&r->body, "<p class=\"hint\">There is nothing it may align to: an objective aligns to one a "
				   "layer above, in its cycle or one around it.</p>");
		return;
	}
	edit_option(&opts, "", "Choose an objective");
	for (size_t i = 0; i < n; i++)
		edit_option(&opts, arena_printf(r->g->arena, "%lld", (long long)os[i]->id),
			    arena_printf(r->g->arena, "%s (%s, %s, %s)", os[i]->title, grip_layer_name(os[i]->layer), os[i]->cycle_name,
					 grip_objective_status_name(os[i]->status)));
	form_open(r, action, "form inline");
	form_back(r, edit_path(r, "/objectives/%lld", (long long)o->id));
	form_select(r, "parent_id", "Align it to", NULL, opts.items, opts.n);
	form_submit(r, "Align", "");
	form_close(r);
}

int act_objective_align(struct web_request *r)
{
	int64_t id, parent = 0;
	const char *p = web_field(r, "parent_id");
	if (web_param_id(r, 0, &id) < 0)
		return -1;
	if (!p || !parse_i64(p, &parent) || parent <= 0)
		return grip_fail(r->g, GRIP_EINVAL, "parent_id", "choose an objective to align to");
	if (grip_objective_align(r->g, id, parent) < 0) {
		if (strcmp(r->g->err.field, "aligns_to") == 0)
			snprintf(r->g->err.field, sizeof r->g->err.field, "parent_id");
		return -1;
	}
	return web_redirect(r, "/objectives/%lld", (long long)id);
}

int act_objective_unalign(struct web_request *r)
{
	int64_t id, parent;
	if (web_param_id(r, 0, &id) < 0 || web_param_id(r, 1, &parent) < 0 ||
	    grip_objective_unalign(r->g, id, parent) < 0)
		return -1;
	return web_redirect(r, "/objectives/%lld", (long long)id);
}
