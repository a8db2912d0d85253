/*
 * page_carry.c — carrying forward on an objective's page: where a carried
 * objective came from (a link, and that one's reflection: what worked,
 * what did not, what to carry forward), and for an unfinished objective of
 * a cycle in scoring or closed, the "Carry forward" form (choose the
 * cycle) for those the core lets carry it (grip_may_carry). Its action
 * answers with the new objective's page.
 */
#include "web/web.h"

#include <string.h>

/* One reflection's part, when written. */
static void reflection_part(struct html *h, const char *label, const char *text)
{
	if (text && *text)
		html_f(h, "<dt>%s</dt><dd>%s</dd>", label, text);
}

static void origin(struct web_request *r, const struct grip_objective *o)
{
	struct html *h = &r->body;
	struct grip_carry_origin from;
	if (grip_carry_origin(r->g, o, &from) < 0) {
		r->g->err = (struct grip_error){ 0 };
		return;
	}
	if (!from.from) {
		html_raw(h, "<p>Carried forward from an objective you cannot see.</p>");
		return;
	}
	html_raw(h, "<p>Carried forward from ");
	view_objective_link(h, from.from);
	html_f(h, " <span class=\"muted\">(%s, %s)</span>.</p>", from.from->cycle_name,
	       grip_objective_status_name(from.from->status));
	if (!from.worked && !from.did_not && !from.carry_forward) {
		html_raw(h, "<p class=\"muted\">It has no reflection.</p>");
		return;
	}
	html_raw(h, "<h3>Its reflection</h3><dl class=\"facts\">");
	reflection_part(h, "What worked", from.worked);
	reflection_part(h, "What did not", from.did_not);
	reflection_part(h, "To carry forward", from.carry_forward);
	html_raw(h, "</dl>");
}

static void carry_form(struct web_request *r, const struct grip_objective *o)
{
	struct grip_cycle **cs;
	size_t n;
	const char **items;
	if (grip_carry_targets(r->g, o, &cs, &n) < 0 || !(items = arena_calloc(r->g->arena, 2 * n + 2, sizeof *items))) {
		r->g->err = (struct grip_error){ 0 };
		return;
	}
	for (size_t i = 0; i < n; i++) {
		items[2 * i] = cs[i]->name;
		items[2 * i + 1] = arena_printf(r->g->arena, "%s (%s to %s, %s)", cs[i]->name, cs[i]->starts_on,
						cs[i]->ends_on, grip_cycle_status_name(cs[i]->status));
	}
	html_raw(&r->body, "<p>It is unfinished: carry it into a later cycle as a new draft, with its key results "
			   "(a metric from its last value) and its alignments where they still hold.</p>");
	form_open(r, arena_printf(r->g->arena, "/objectives/%lld/carry", (long long)o->id), "form inline");
	form_back(r, arena_printf(r->g->arena, "/objectives/%lld", (long long)o->id));
	form_select(r, "to", "Carry it into", NULL, items, n);
	form_submit(r, "Carry forward", "");
	form_close(r);
}

/* Was the page's refused action this objective's carry? */
static bool carry_refused(struct web_request *r, const struct grip_objective *o)
{
	const char *path = arena_printf(r->g->arena, "/objectives/%lld/carry", (long long)o->id);
	return r->failed && path && strcmp(r->path, path) == 0;
}

void carry_section(struct web_request *r, const struct grip_objective *o)
{
	bool may = grip_may_carry(r->g, o, NULL), refused = carry_refused(r, o);
	if (!o->carried_from && !may && !refused)
		return;
	html_raw(&r->body, "<section class=\"card\" aria-labelledby=\"carry\"><h2 id=\"carry\">Carried forward</h2>");
	if (o->carried_from)
		origin(r, o);
	if (may)
		carry_form(r, o);
	else if (refused) /* nowhere left to carry it: the form is gone, its error stays */
		html_f(&r->body, "<p class=\"field-error\">Carry it into: %s</p>", r->failed->message);
	html_raw(&r->body, "</section>");
}

int act_objective_carry(struct web_request *r)
{
	int64_t id;
	struct grip_carry *c;
	if (web_param_id(r, 0, &id) < 0 || grip_carry_objective(r->g, id, web_field(r, "to"), &c) < 0)
		return -1;
	return web_redirect(r, "/objectives/%lld", (long long)c->items[0].id);
}
