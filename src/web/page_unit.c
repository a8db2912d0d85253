/*
 * page_unit.c — the units of the organisation and a unit's dashboard.
 *
 * /units draws the tree of the units the actor may see, from the company
 * down to its teams, each with its lead and member count; groups are
 * listed too and lead to their own pages. /units/{id} is one unit's
 * dashboard for the team review: its objectives of the chosen cycles (those
 * at risk first, least progress first, then the stale ones, then the rest)
 * with their key results, a line of totals, its members and the units
 * below it. A private unit the actor may not see answers 404, as the core
 * does. Its controls (change it, members joining and leaving) are drawn by
 * page_unit_edit.c, for those the core lets make those changes.
 */
#include "web/view_units.h"

#include <stdlib.h>
#include <string.h>

/* ---- the tree of units ---- */

struct unit_tree {
	struct grip_unit **us; /* by id */
	size_t n;
	size_t *first, *next; /* first child and next sibling by index; n: none */
	struct grip_member_count **counts;
	size_t n_counts;
	struct person_names names;
};

static int64_t unit_id_of(const void *u)
{
	return ((const struct grip_unit *)u)->id;
}

static int64_t count_id_of(const void *c)
{
	return ((const struct grip_member_count *)c)->unit_id;
}

static int member_count(const struct unit_tree *t, int64_t unit_id)
{
	size_t i = find_by_id((void *const *)t->counts, t->n_counts, unit_id, count_id_of);
	return i < t->n_counts ? t->counts[i]->count : 0;
}

static void units_branch(struct web_request *r, struct unit_tree *t, size_t i, int depth)
{
	struct html *h = &r->body;
	const struct grip_unit *u = t->us[i];
	const char *lead = person_name(r, &t->names, u->lead_id);
	int members = member_count(t, u->id);
	html_f(h, "<li><span class=\"layer\">%s</span> ", unit_kind_label(u->kind));
	unit_link(h, u);
	html_f(h, " <span class=\"muted\">· %s%s%s%d member%s</span>", lead ? "lead " : "", lead, lead ? " · " : "",
	       members, members == 1 ? "" : "s");
	if (u->visibility == GRIP_VISIBILITY_PRIVATE)
		html_raw(h, " <span class=\"badge\">private</span>");
	if (t->first[i] < t->n && depth < 32) {
		html_raw(h, "<ul>");
		for (size_t c = t->first[i]; c < t->n; c = t->next[c])
			units_branch(r, t, c, depth + 1);
		html_raw(h, "</ul>");
	}
	html_raw(h, "</li>");
}

int page_units(struct web_request *r)
{
	r->title = "Units";
	r->nav = "units";
	struct html *h = &r->body;
	struct unit_tree t = { .names = PERSON_NAMES_INIT };
	if (grip_unit_list(r->g, &t.us, &t.n) < 0 || grip_member_counts(r->g, &t.counts, &t.n_counts) < 0)
		return -1;
	t.first = arena_calloc(r->g->arena, t.n + 1, sizeof *t.first);
	t.next = arena_calloc(r->g->arena, t.n + 1, sizeof *t.next);
	if (!t.first || !t.next)
		return grip_fail(r->g, GRIP_ENOMEM, NULL, "out of memory");
	for (size_t i = 0; i < t.n; i++)
		t.first[i] = t.next[i] = t.n;
	/* Linked from the last to the first, so children keep the order of ids.
	 * A unit whose parent the actor may not see stands at the top. */
	size_t roots = t.n;
	for (size_t i = t.n; i-- > 0;) {
		size_t p = t.us[i]->parent_id ? find_by_id((void *const *)t.us, t.n, t.us[i]->parent_id, unit_id_of) : t.n;
		if (p < t.n && p != i) {
			t.next[i] = t.first[p];
			t.first[p] = i;
		} else {
			t.next[i] = roots;
			roots = i;
		}
	}
	html_raw(h, "<div class=\"page-head\"><h1>Units</h1><p class=\"actions\">"
		    "<a href=\"/objectives/new\">New objective</a> <a href=\"/tree\">Strategy tree</a></p></div>"
		    "<p class=\"muted\">The organisation from the company down to its teams, with each unit's lead "
		    "and how many people belong to it. A group's page shows its programme and weekly "
		    "commitments.</p>");
	if (!t.n) {
		html_raw(h, "<p>There are no units yet.</p>");
		return 0;
	}
	html_raw(h, "<ul class=\"tree units\">");
	for (size_t i = roots; i < t.n; i = t.next[i])
		units_branch(r, &t, i, 0);
	html_raw(h, "</ul>");
	return 0;
}

/* ---- one unit's dashboard ---- */

/* At risk first (least progress first), then stale, then the rest. */
static int attention(const struct grip_objective *o)
{
	return o->at_risk ? 0 : o->stale ? 1 : 2;
}

static int by_attention(const void *a, const void *b)
{
	const struct grip_objective *x = *(const struct grip_objective *const *)a;
	const struct grip_objective *y = *(const struct grip_objective *const *)b;
	int rx = attention(x), ry = attention(y);
	if (rx != ry)
		return rx - ry;
	if (rx == 0 && x->progress != y->progress)
		return x->progress < y->progress ? -1 : 1;
	return x->id < y->id ? -1 : x->id > y->id;
}

static void kr_item(struct web_request *r, const struct grip_kr *kr)
{
	struct html *h = &r->body;
	html_f(h, "<li><span>%s</span><span class=\"kr-figures\"><span class=\"range\"><strong>", kr->title);
	if (kr->kind == GRIP_KR_BOOLEAN) {
		html_f(h, "%s</strong>", kr->current >= 1 ? "done" : "not done");
	} else if (kr->kind == GRIP_KR_MILESTONES) {
		view_number(h, kr->current);
		html_f(h, "</strong> / %zu milestones", kr->n_milestones);
	} else {
		view_number(h, kr->current);
		html_raw(h, "</strong> / ");
		view_number(h, kr->target);
		if (kr->unit_label && *kr->unit_label)
			html_f(h, " %s", kr->unit_label);
	}
	html_raw(h, "</span>");
	view_progress(h, kr->progress, arena_printf(r->g->arena, "Progress of %s", kr->title));
	html_raw(h, "</span></li>");
}

/* Title and owner, then the figures beside them, then the key results
 * across the row (on a phone the figures stay above the key results). */
static void objective_row(struct web_request *r, struct person_names *names, const struct grip_objective *o,
			  bool name_cycle)
{
	struct html *h = &r->body;
	html_raw(h, "<li class=\"objective-row\"><div><h3>");
	view_objective_link(h, o);
	html_f(h, "</h3><p class=\"muted\"><span class=\"layer\">%s</span>", grip_layer_name(o->layer));
	const char *owner = person_name(r, names, o->owner_id);
	if (owner)
		html_f(h, " · owner %s", owner);
	if (name_cycle)
		html_f(h, " · %s", o->cycle_name);
	if (o->status != GRIP_OBJECTIVE_ACTIVE)
		html_f(h, " · %s", grip_objective_status_name(o->status));
	html_raw(h, "</p></div><div class=\"figures\">");
	view_progress(h, o->progress, arena_printf(r->g->arena, "Progress of %s", o->title));
	view_light(h, o->light);
	view_flags(h, o);
	html_raw(h, "</div>");
	if (o->n_krs) {
		html_raw(h, "<ul class=\"krs\">");
		for (size_t k = 0; k < o->n_krs; k++)
			kr_item(r, &o->krs[k]);
		html_raw(h, "</ul>");
	} else {
		html_f(h, "<p class=\"muted kr-none\">%s</p>",
		       o->rolled_up ? "No key results of its own: its progress is that of the objectives aligned to it."
				    : "No key results yet.");
	}
	html_raw(h, "</li>");
}

static void unit_facts(struct web_request *r, struct person_names *names, const struct grip_unit *u)
{
	struct html *h = &r->body;
	html_f(h, "<dl class=\"facts\"><dt>Kind</dt><dd>%s%s</dd>", unit_kind_label(u->kind),
	       u->visibility == GRIP_VISIBILITY_PRIVATE ? ", private: seen by its members, the leads above it and admins"
						     : "");
	if (u->parent_id) {
		struct grip_unit *parent = grip_unit_get(r->g, u->parent_id);
		if (parent) {
			html_raw(h, "<dt>Part of</dt><dd>");
			unit_link(h, parent);
			html_raw(h, "</dd>");
		} else {
			r->g->err = (struct grip_error){ 0 };
		}
	}
	const char *lead = person_name(r, names, u->lead_id);
	html_f(h, "<dt>Lead</dt><dd>%s</dd>", lead ? lead : "nobody yet");
	if (u->vision && *u->vision)
		html_f(h, "<dt>Vision</dt><dd>%s</dd>", u->vision);
	if (u->strategy && *u->strategy)
		html_f(h, "<dt>Strategy</dt><dd>%s</dd>", u->strategy);
	html_raw(h, "</dl>");
}

static int unit_objectives(struct web_request *r, struct person_names *names, const struct grip_unit *u)
{
	struct html *h = &r->body;
	struct cycle_pick pick;
	struct grip_objective **os;
	size_t n;
	if (cycle_pick_init(r, &pick) < 0 || cycle_pick_objectives(r, &pick, u->name, &os, &n) < 0)
		return -1;
	html_raw(h, "<h2>Objectives</h2>");
	cycle_pick_form(r, &pick, arena_printf(r->g->arena, "/units/%lld", (long long)u->id));
	html_raw(h, "<p><a href=\"/scoring?unit=");
	html_url_part(h, u->name);
	html_f(h, "\">Scores of %s at the end of a cycle</a></p>", u->name);
	if (!n) {
		html_raw(h, "<p>No objectives of this unit in these cycles.</p>");
		return 0;
	}
	qsort(os, n, sizeof *os, by_attention);
	struct grip_summary sum = grip_objectives_summary(os, n);
	html_f(h, "<p class=\"summary\"><strong>%zu objective%s</strong>, %d at risk, %d stale, mean progress %.0f%%.</p>",
	       sum.n, sum.n == 1 ? "" : "s", sum.at_risk, sum.stale, 100 * sum.mean_progress);
	html_raw(h, "<ul class=\"plain objectives\">");
	for (size_t i = 0; i < n; i++)
		objective_row(r, names, os[i], pick.n_shown > 1);
	html_raw(h, "</ul>");
	return 0;
}

static int unit_members(struct web_request *r, struct person_names *names, const struct grip_unit *u)
{
	struct html *h = &r->body;
	struct grip_membership **ms;
	size_t n, current = 0;
	if (grip_member_list(r->g, u->id, &ms, &n) < 0)
		return -1;
	const char *today = today_of(r);
	if (!today)
		return grip_fail(r->g, GRIP_ENOMEM, NULL, "out of memory");
	for (size_t i = 0; i < n; i++)
		if (!ms[i]->left_on || strcmp(ms[i]->left_on, today) > 0)
			ms[current++] = ms[i];
	html_f(h, "<h2 id=\"members\">Members (%zu)</h2>", current);
	if (!current) {
		html_raw(h, "<p>Nobody belongs to this unit yet.</p>");
		return unit_member_add_form(r, u);
	}
	html_raw(h, "<ul class=\"members\">");
	for (size_t i = 0; i < current; i++) {
		const char *name = person_name(r, names, ms[i]->person_id);
		html_f(h, "<li>%s%s", name ? name : "someone who has left",
		       ms[i]->role == GRIP_MEMBER_LEAD ? " (lead)" : "");
		unit_member_leave_control(r, u, ms[i]->person_id, name ? name : "they");
		html_raw(h, "</li>");
	}
	html_raw(h, "</ul>");
	return unit_member_add_form(r, u);
}

static int units_below(struct web_request *r, const struct grip_unit *u)
{
	struct html *h = &r->body;
	struct grip_unit **us;
	size_t n, shown = 0;
	if (grip_unit_list(r->g, &us, &n) < 0)
		return -1;
	for (size_t i = 0; i < n; i++) {
		if (us[i]->parent_id != u->id)
			continue;
		if (!shown++)
			html_raw(h, "<h2>Units below</h2><ul class=\"below\">");
		html_f(h, "<li><span class=\"layer\">%s</span> ", unit_kind_label(us[i]->kind));
		unit_link(h, us[i]);
		html_raw(h, "</li>");
	}
	if (shown)
		html_raw(h, "</ul>");
	return 0;
}

int page_unit(struct web_request *r)
{
	r->nav = "units";
	int64_t id;
	if (web_param_id(r, 0, &id) < 0)
		return -1;
	struct grip_unit *u = grip_unit_get(r->g, id);
	if (!u)
		return -1;
	r->title = u->name;
	struct html *h = &r->body;
	struct person_names names = PERSON_NAMES_INIT;
	html_f(h, "<div class=\"page-head\"><h1>%s</h1><p class=\"actions\"><a href=\"/units\">All units</a> "
		  "<a href=\"/tree\">Strategy tree</a></p></div>", u->name);
	unit_facts(r, &names, u);
	if (unit_controls(r, u) < 0)
		return -1;
	if (u->kind == GRIP_UNIT_GROUP) {
		html_f(h, "<p class=\"notice\">%s is a group: its outcomes, members and weekly commitments are on "
			  "<a href=\"/groups/%lld\">the group's page</a>.</p>", u->name, (long long)u->id);
		return 0;
	}
	if (unit_objectives(r, &names, u) < 0 || unit_members(r, &names, u) < 0 || units_below(r, u) < 0)
		return -1;
	return 0;
}
