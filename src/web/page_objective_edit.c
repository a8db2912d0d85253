/*
 * page_objective_edit.c — changing an objective from the browser: the edit
 * page (title, why, owner, visibility, check-in cadence, development flag,
 * with a reason for the history), the status moves as buttons on the objective's page, and
 * deleting a draft nobody has seen. What is offered comes from the core:
 * the moves grip_objective_moves lists, the owners it would accept, the
 * delete button only where grip_may_delete_objective says yes. Approving
 * and returning a proposal belong to the review, not to these buttons.
 * Also the small helpers the other objective_edit.h files share.
 */
#include "web/objective_edit.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "util/num.h"

int edit_options_init(struct web_request *r, struct edit_options *o, size_t cap)
{
	o->items = arena_calloc(r->g->arena, 2 * cap + 2, sizeof *o->items);
	o->n = 0;
	o->cap = cap;
	return o->items ? 0 : grip_fail(r->g, GRIP_ENOMEM, NULL, "out of memory");
}

void edit_option(struct edit_options *o, const char *value, const char *label)
{
	if (o->n < o->cap && value && label) {
		o->items[2 * o->n] = value;
		o->items[2 * o->n + 1] = label;
		o->n++;
	}
}

const char *edit_path(struct web_request *r, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char buf[256];
	int n = vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	const char *p = n < 0 || (size_t)n >= sizeof buf ? NULL : grip_strdup(r->g, buf);
	if (!p)
		r->body.sb.failed = true;
	return p;
}

void edit_button_form(struct web_request *r, const char *action, const char *back, const char *label,
		      const char *aria)
{
	if (!action)
		return;
	form_open(r, action, "revoke");
	form_back(r, back);
	if (aria)
		html_f(&r->body, "<button type=\"submit\" aria-label=\"%s\">%s</button>", aria, label);
	else
		form_submit(r, label, "");
	form_close(r);
}

bool edit_page_open(struct web_request *r, const char *kicker, const char *title, int64_t objective_id,
		    const char *action)
{
	struct html *h = &r->body;
	r->title = arena_printf(r->g->arena, "Edit: %s", title);
	html_f(h, "<div class=\"page-head\"><div><p class=\"layer\">%s</p><h1>Edit “%s”</h1></div>"
		  "<div class=\"actions\"><a class=\"button\" href=\"/objectives/%lld\">Back to the objective</a></div>"
		  "</div>",
	       kicker, title, (long long)objective_id);
	if (!action)
		return false;
	html_raw(h, "<section class=\"card\">");
	form_open(r, action, "form");
	return true;
}

void edit_page_close(struct web_request *r)
{
	form_submit(r, "Save changes", "primary");
	form_close(r);
	html_raw(&r->body, "</section>");
}

const char *edit_field(struct web_request *r, const char *name)
{
	const char *v = web_field(r, name);
	return v && *v ? v : NULL;
}

static bool cycle_open(const struct grip_cycle *c)
{
	return c->status != GRIP_CYCLE_CLOSED;
}

void objective_edit_refused(struct web_request *r)
{
	if (r->failed)
		html_f(&r->body, "<p class=\"error-summary\">Nothing was changed: %s. The form below says more.</p>",
		       r->failed->message);
}

void objective_edit_link(struct web_request *r, const struct grip_objective *o, const struct grip_cycle *c)
{
	if (cycle_open(c) && grip_may_edit_objective(r->g, o, NULL))
		html_f(&r->body, "<a class=\"button\" href=\"/objectives/%lld/edit\">Edit</a>", (long long)o->id);
}

/* ---- status moves ---- */

static const char *move_label(enum grip_objective_status to)
{
	static const struct { enum grip_objective_status to; const char *label; } labels[] = {
		{ GRIP_OBJECTIVE_DRAFT, "Back to draft" }, { GRIP_OBJECTIVE_PROPOSED, "Propose" },
		{ GRIP_OBJECTIVE_APPROVED, "Approve" },    { GRIP_OBJECTIVE_ACTIVE, "Activate" },
		{ GRIP_OBJECTIVE_ACHIEVED, "Mark achieved" }, { GRIP_OBJECTIVE_MISSED, "Mark missed" },
		{ GRIP_OBJECTIVE_DROPPED, "Drop" },
	};
	for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++)
		if (labels[i].to == to)
			return labels[i].label;
	return grip_objective_status_name(to);
}

/* A move that needs a reason: its own form with the reason's field,
 * folded until asked for (open again when it was refused). */
static void reasoned_move(struct web_request *r, const struct grip_objective *o, const char *back,
			  const struct grip_move *m)
{
	const char *action = edit_path(r, "/objectives/%lld/status/%s", (long long)o->id,
				       grip_objective_status_name(m->to));
	if (!action)
		return;
	bool refused = r->failed && strcmp(r->path, action) == 0;
	html_f(&r->body, "<details%s><summary>%s…</summary>", refused ? " open" : "", move_label(m->to));
	form_open(r, action, "form");
	form_back(r, back);
	form_textarea(r, "reason", m->to == GRIP_OBJECTIVE_DROPPED ? "Why drop it" : "Why it was missed", NULL,
		      "required; the history keeps it");
	form_submit(r, move_label(m->to), "");
	form_close(r);
	html_raw(&r->body, "</details>");
}

void objective_status_controls(struct web_request *r, const struct grip_objective *o)
{
	struct grip_move moves[GRIP_MOVES_MAX];
	size_t n = grip_objective_moves(r->g, o, moves);
	bool deletable = grip_may_delete_objective(r->g, o, NULL);
	/* Approving and returning a proposal are the review's. */
	size_t shown = 0;
	bool hidden[GRIP_MOVES_MAX] = { false };
	for (size_t i = 0; i < n; i++) {
		hidden[i] = moves[i].to == GRIP_OBJECTIVE_APPROVED ||
			    (o->status == GRIP_OBJECTIVE_PROPOSED && moves[i].to == GRIP_OBJECTIVE_DRAFT);
		shown += !hidden[i];
	}
	if (!shown && !deletable)
		return;
	const char *back = edit_path(r, "/objectives/%lld", (long long)o->id);
	struct html *h = &r->body;
	html_f(h, "<section class=\"card\" aria-labelledby=\"status\"><h2 id=\"status\">Status</h2>"
		  "<p>It is <strong>%s</strong>.</p><div class=\"actions\">", grip_objective_status_name(o->status));
	for (size_t i = 0; i < n; i++)
		if (!hidden[i] && !moves[i].needs_reason)
			edit_button_form(r, edit_path(r, "/objectives/%lld/status/%s", (long long)o->id,
						      grip_objective_status_name(moves[i].to)),
					 back, move_label(moves[i].to), NULL);
	if (deletable)
		edit_button_form(r, edit_path(r, "/objectives/%lld/delete", (long long)o->id), back,
				 "Delete this draft", NULL);
	html_raw(h, "</div>");
	for (size_t i = 0; i < n; i++)
		if (!hidden[i] && moves[i].needs_reason)
			reasoned_move(r, o, back, &moves[i]);
	if (deletable)
		html_raw(h, "<p class=\"hint\">A draft nobody has seen may be deleted; once proposed, approved or "
			    "checked in on, an objective is dropped with a reason instead.</p>");
	html_raw(h, "</section>");
}

int act_objective_move(struct web_request *r)
{
	int64_t id;
	const char *to = web_param(r, 1);
	if (web_param_id(r, 0, &id) < 0 || grip_objective_set_status(r->g, id, to, edit_field(r, "reason")) < 0)
		return -1;
	return web_redirect(r, "/objectives/%lld", (long long)id);
}

int act_objective_delete(struct web_request *r)
{
	int64_t id;
	if (web_param_id(r, 0, &id) < 0 || grip_objective_delete(r->g, id) < 0)
		return -1;
	return web_redirect(r, "/");
}

/* ---- the edit page ---- */

static int owner_field(struct web_request *r, const struct grip_objective *o)
{
	struct grip_person **ps;
	size_t n;
	bool none;
	struct edit_options opts;
	if (grip_objective_owner_choices(r->g, o, &ps, &n, &none) < 0 || edit_options_init(r, &opts, n + 1) < 0)
		return -1;
	if (!n && !none)
		return 0;
	if (none)
		edit_option(&opts, "", o->unit_name ? arena_printf(r->g->arena, "Nobody: %s owns it", o->unit_name)
						    : "Nobody");
	for (size_t i = 0; i < n; i++)
		edit_option(&opts, ps[i]->email,
			    ps[i]->name && *ps[i]->name ? arena_printf(r->g->arena, "%s (%s)", ps[i]->name, ps[i]->email)
							: ps[i]->email);
	form_select(r, "owner", "Owner", o->owner_email ? o->owner_email : "", opts.items, opts.n);
	return 0;
}

int page_objective_edit(struct web_request *r)
{
	struct grip_cycle *c;
	struct grip_objective *o = web_param_objective(r, &c);
	if (!o)
		return -1;
	const char *why = NULL;
	if (!cycle_open(c))
		return grip_fail(r->g, GRIP_ECONFLICT, NULL, "Its cycle is closed: nothing in it can change.");
	if (!grip_may_edit_objective(r->g, o, &why))
		return grip_fail(r->g, GRIP_EPERM, NULL, "%s", why ? why : "You cannot change this objective.");
	struct html *h = &r->body;
	if (!edit_page_open(r, arena_printf(r->g->arena, "%s objective", grip_layer_name(o->layer)), o->title, o->id,
			    edit_path(r, "/objectives/%lld/edit", (long long)o->id)))
		return 0;
	html_f(h, "<input type=\"hidden\" name=\"version\" value=\"%d\">", o->version);
	r->coach = grip_coach_text_kind(o->layer, "title");
	form_input(r, "text", "title", "Title", o->title, NULL, true);
	r->coach = grip_coach_text_kind(o->layer, "why");
	form_textarea(r, "why", "Why it matters", o->why ? o->why : "", NULL);
	if (owner_field(r, o) < 0)
		return -1;
	static const char *const vis[] = { "org", "Everyone in the organisation who sees its unit", "private",
					   "Private: its owner, its unit's leads" };
	form_select(r, "visibility", "Who sees it", grip_visibility_name(o->visibility), vis, 2);
	web_cadence_select(r, grip_cadence_name(o->cadence));
	if (grip_objective_may_be_development(o) || o->development) {
		html_raw(h, "<input type=\"hidden\" name=\"has_development\" value=\"1\">");
		form_checkbox(r, "development", "A development objective (the owner's growth)", o->development);
	}
	form_textarea(r, "reason", "Reason for the change", NULL, "optional; the history keeps it");
	edit_page_close(r);
	return 0;
}

/* The form sends the whole objective; the change is what differs. */
static const char *changed(const char *posted, const char *stored)
{
	if (!posted)
		return NULL;
	return strcmp(posted, stored ? stored : "") == 0 ? NULL : posted;
}

int act_objective_edit(struct web_request *r)
{
	int64_t id, version = 0;
	if (web_param_id(r, 0, &id) < 0)
		return -1;
	struct grip_objective *o = grip_objective_get(r->g, id, NULL);
	if (!o)
		return -1;
	const char *v = web_field(r, "version");
	if (v && *v && (!parse_i64(v, &version) || version <= 0 || version > 1 << 30))
		return grip_fail(r->g, GRIP_EINVAL, "version", "must be a whole number");
	struct grip_objective_edit e = {
		.title = changed(web_field(r, "title"), o->title),
		.why = changed(web_field(r, "why"), o->why),
		.visibility = changed(web_field(r, "visibility"), grip_visibility_name(o->visibility)),
		.owner_email = changed(web_field(r, "owner"), o->owner_email),
		.cadence = changed(web_field(r, "cadence"), grip_cadence_name(o->cadence)),
		.development = -1,
		.reason = edit_field(r, "reason"),
		.if_version = (int)version,
	};
	if (web_field(r, "has_development")) {
		int dev = edit_field(r, "development") ? 1 : 0;
		e.development = dev == (int)o->development ? -1 : dev;
	}
	bool any = e.title || e.why || e.visibility || e.owner_email || e.cadence || e.development >= 0;
	if (any && grip_objective_edit(r->g, id, &e) < 0)
		return -1;
	return web_redirect(r, "/objectives/%lld?saved=objective", (long long)id);
}
