/*
 * page_initiative.c — an objective's initiatives from its page: the form
 * to add one, and per initiative a status to move it to, a link to its
 * edit page (title, owner, link, key result) and a delete button. Shown to
 * whoever may check in on the objective while its cycle is open
 * (grip_may_change_initiatives); a deletion's event keeps what it was.
 */
#include "web/objective_edit.h"

#include <string.h>

#include "util/num.h"

void initiative_controls(struct web_request *r, const struct grip_objective *o, const struct grip_initiative *it)
{
	if (!grip_may_change_initiatives(r->g, o, NULL))
		return;
	const char *back = edit_path(r, "/objectives/%lld", (long long)o->id);
	const char *action = edit_path(r, "/initiatives/%lld/status", (long long)it->id);
	struct html *h = &r->body;
	html_raw(h, "<tr><td colspan=\"4\">");
	if (action && back) {
		const char *const *st = grip_initiative_statuses();
		struct edit_options opts;
		if (edit_options_init(r, &opts, 3) == 0) {
			for (size_t i = 0; st[i]; i++)
				edit_option(&opts, st[i], st[i]);
			form_open(r, action, "form inline");
			form_back(r, back);
			form_select(r, "status", arena_printf(r->g->arena, "Status of “%s”", it->title), grip_initiative_status_name(it->status),
				    opts.items, opts.n);
			form_submit(r, "Move", "");
			form_close(r);
		}
	}
	html_f(h, "<a href=\"/initiatives/%lld/edit\" aria-label=\"Edit “%s”\">Edit</a> ", (long long)it->id, it->title);
	edit_button_form(r, edit_path(r, "/initiatives/%lld/delete", (long long)it->id), back, "Delete",
			 arena_printf(r->g->arena, "Delete “%s”", it->title));
	html_raw(h, "</td></tr>");
}

/* Owner: nobody or an active person; key result: none or one of o's. */
static int owner_and_kr(struct web_request *r, const struct grip_objective *o, const char *owner, int64_t kr)
{
	struct grip_person **ps;
	size_t n;
	struct edit_options people, krs;
	if (grip_person_list(r->g, &ps, &n) < 0 || edit_options_init(r, &people, n + 1) < 0 ||
	    edit_options_init(r, &krs, o->n_krs + 1) < 0)
		return -1;
	edit_option(&people, "", "Nobody yet");
	for (size_t i = 0; i < n; i++)
		if (ps[i]->active || (owner && strcmp(owner, ps[i]->email) == 0))
			edit_option(&people, ps[i]->email, ps[i]->name && *ps[i]->name ? ps[i]->name : ps[i]->email);
	edit_option(&krs, "", "None");
	for (size_t i = 0; i < o->n_krs; i++)
		edit_option(&krs, arena_printf(r->g->arena, "%lld", (long long)o->krs[i].id), o->krs[i].title);
	html_raw(&r->body, "<div class=\"inline\">");
	form_select(r, "owner", "Who does it", owner ? owner : "", people.items, people.n);
	form_select(r, "key_result_id", "Key result it should move", kr ? arena_printf(r->g->arena, "%lld", (long long)kr) : "",
		    krs.items, krs.n);
	html_raw(&r->body, "</div>");
	return 0;
}

void initiative_add_form(struct web_request *r, const struct grip_objective *o)
{
	if (!grip_may_change_initiatives(r->g, o, NULL))
		return;
	const char *action = edit_path(r, "/objectives/%lld/initiatives", (long long)o->id);
	if (!action)
		return;
	html_raw(&r->body, "<h3 id=\"add-initiative\">Add an initiative</h3>");
	form_open(r, action, "form");
	form_back(r, edit_path(r, "/objectives/%lld", (long long)o->id));
	form_input(r, "text", "title", "Initiative", NULL, "the work, e.g. “Rebuild the booking form”", true);
	if (owner_and_kr(r, o, NULL, 0) < 0) {
		r->g->err = (struct grip_error){ 0 };
		form_close(r);
		return;
	}
	form_input(r, "url", "link", "Link", NULL, "where the work is planned (optional)", false);
	form_submit(r, "Add initiative", "");
	form_close(r);
}

/* The key result field: 0 none, or its id. */
static int kr_field(struct web_request *r, int64_t *kr)
{
	const char *v = web_field(r, "key_result_id");
	*kr = 0;
	if (v && *v && (!parse_i64(v, kr) || *kr <= 0))
		return grip_fail(r->g, GRIP_EINVAL, "key_result_id", "choose one of its key results");
	return 0;
}

int act_initiative_add(struct web_request *r)
{
	int64_t id, kr;
	if (web_param_id(r, 0, &id) < 0 || kr_field(r, &kr) < 0)
		return -1;
	const char *title = web_field(r, "title");
	if (!title || !*title)
		return grip_fail(r->g, GRIP_EINVAL, "title", "is required");
	if (!grip_initiative_add(r->g, id, title, edit_field(r, "owner"), edit_field(r, "link"), kr))
		return -1;
	return web_redirect(r, "/objectives/%lld#initiatives", (long long)id);
}

int page_initiative_edit(struct web_request *r)
{
	int64_t id;
	struct grip_initiative *it;
	if (web_param_id(r, 0, &id) < 0 || !(it = grip_initiative_get(r->g, id)))
		return -1;
	struct grip_objective *o = grip_objective_get(r->g, it->objective_id, NULL);
	if (!o)
		return -1;
	const char *why = NULL;
	if (!grip_may_change_initiatives(r->g, o, &why))
		return grip_fail(r->g, GRIP_EPERM, NULL, "%s", why ? why : "You cannot change this initiative.");
	struct grip_person *owner = it->owner_id ? grip_person_get(r->g, it->owner_id) : NULL;
	r->g->err = (struct grip_error){ 0 };
	if (!edit_page_open(r, arena_printf(r->g->arena, "initiative of “%s”", o->title), it->title, o->id,
			    edit_path(r, "/initiatives/%lld/edit", (long long)it->id)))
		return 0;
	form_input(r, "text", "title", "Initiative", it->title, NULL, true);
	if (owner_and_kr(r, o, owner ? owner->email : NULL, it->key_result_id) < 0)
		return -1;
	form_input(r, "url", "link", "Link", it->link ? it->link : "", "where the work is planned (optional)", false);
	edit_page_close(r);
	return 0;
}

int act_initiative_edit(struct web_request *r)
{
	int64_t id, kr;
	struct grip_initiative *it;
	if (web_param_id(r, 0, &id) < 0 || kr_field(r, &kr) < 0 || !(it = grip_initiative_get(r->g, id)))
		return -1;
	const char *owner = web_field(r, "owner"), *link = web_field(r, "link");
	struct grip_initiative_edit e = {
		.title = web_field(r, "title"),
		.owner_email = owner ? owner : "",
		.link = link ? link : "",
		.key_result_id = kr ? kr : -1,
	};
	if (!e.title)
		return grip_fail(r->g, GRIP_EINVAL, "title", "is required");
	if (grip_initiative_edit(r->g, id, &e) < 0)
		return -1;
	return web_redirect(r, "/objectives/%lld#initiatives", (long long)it->objective_id);
}

int act_initiative_move(struct web_request *r)
{
	int64_t id;
	struct grip_initiative *it;
	if (web_param_id(r, 0, &id) < 0 || !(it = grip_initiative_get(r->g, id)) ||
	    grip_initiative_set_status(r->g, id, web_field(r, "status")) < 0)
		return -1;
	return web_redirect(r, "/objectives/%lld#initiatives", (long long)it->objective_id);
}

int act_initiative_delete(struct web_request *r)
{
	int64_t id;
	struct grip_initiative *it;
	if (web_param_id(r, 0, &id) < 0 || !(it = grip_initiative_get(r->g, id)) || grip_initiative_delete(r->g, id) < 0)
		return -1;
	return web_redirect(r, "/objectives/%lld#initiatives", (long long)it->objective_id);
}
