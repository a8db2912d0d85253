/*
 * page_tree.c — the strategy and alignment tree: the organisation's vision
 * and strategy, then each strategic objective of the chosen cycles with the
 * objectives aligned to it. Strategic objectives of business units stand
 * in sections under the company's; team objectives stand side by side, one
 * card per unit; individual objectives hang under the team objective they
 * serve. What is aligned to nothing is listed at the end, since that is
 * where the chain breaks (PRODUCT.md §2).
 *
 * The tree is built in memory from one list of objectives per shown cycle
 * and their aligns_to links: the objectives sorted by id, an edge per link
 * whose parent is shown, the edges sorted by parent, then by the card
 * (unit, or person for an objective without a unit), then by child. An
 * objective aligned to two parents is drawn under both. The core forbids
 * loops; the depth guards only keep a damaged store from recursing.
 */
#include "web/view_units.h"

#include <stdlib.h>
#include <string.h>

struct edge {
	size_t parent, child;
	const struct grip_objective *o; /* the child, for sorting */
};

struct tree {
	struct web_request *r;
	struct grip_objective **os; /* by id */
	size_t n;
	struct edge *edges;
	size_t n_edges;
	size_t *from; /* the edges of parent i are from[i] .. from[i + 1] */
	bool *has_parent;
	struct person_names names;
	struct grip_cascade cascade; /* with the units the actor may see */
};

static int by_id(const void *a, const void *b)
{
	int64_t x = (*(const struct grip_objective *const *)a)->id, y = (*(const struct grip_objective *const *)b)->id;
	return x < y ? -1 : x > y;
}

/* The card an aligned objective is drawn in: its unit, else its owner. */
static const char *card_key(const struct grip_objective *o)
{
	return o->unit_id ? o->unit_name : o->owner_email;
}

static int by_parent_card(const void *a, const void *b)
{
	const struct edge *x = a, *y = b;
	if (x->parent != y->parent)
		return x->parent < y->parent ? -1 : 1;
	int c = strcmp(card_key(x->o) ? card_key(x->o) : "", card_key(y->o) ? card_key(y->o) : "");
	if (c)
		return c;
	return x->o->id < y->o->id ? -1 : x->o->id > y->o->id;
}

static int64_t objective_id_of(const void *o)
{
	return ((const struct grip_objective *)o)->id;
}

static int tree_build(struct tree *t)
{
	struct grip *g = t->r->g;
	if (t->n) /* an empty list may be no array at all */
		qsort(t->os, t->n, sizeof *t->os, by_id);
	size_t links = 0;
	for (size_t i = 0; i < t->n; i++)
		links += t->os[i]->n_aligns_to;
	t->edges = arena_calloc(g->arena, links + 1, sizeof *t->edges);
	t->from = arena_calloc(g->arena, t->n + 2, sizeof *t->from);
	t->has_parent = arena_calloc(g->arena, t->n + 1, sizeof *t->has_parent);
	if (!t->edges || !t->from || !t->has_parent)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	for (size_t i = 0; i < t->n; i++) {
		for (size_t k = 0; k < t->os[i]->n_aligns_to; k++) {
			size_t p = find_by_id((void *const *)t->os, t->n, t->os[i]->aligns_to[k], objective_id_of);
			if (p == t->n || p == i)
				continue;
			t->edges[t->n_edges++] = (struct edge){ p, i, t->os[i] };
			t->has_parent[i] = true;
		}
	}
	qsort(t->edges, t->n_edges, sizeof *t->edges, by_parent_card);
	size_t e = 0;
	for (size_t i = 0; i <= t->n; i++) {
		t->from[i] = e;
		while (e < t->n_edges && t->edges[e].parent == i)
			e++;
	}
	t->from[t->n + 1] = t->n_edges;
	return 0;
}

/* The core's lookup for the depth rule: the objectives shown (sorted by id). */
static const struct grip_objective *shown(const void *ctx, int64_t id)
{
	const struct tree *t = ctx;
	size_t i = find_by_id((void *const *)t->os, t->n, id, objective_id_of);
	return i < t->n ? t->os[i] : NULL;
}

static bool is_strategic(const struct grip_objective *o)
{
	return o->layer == GRIP_LAYER_STRATEGIC;
}

/* Progress, light and flags of a node. */
static void node_figures(struct tree *t, const struct grip_objective *o)
{
	struct html *h = &t->r->body;
	view_progress(h, o->progress, arena_printf(t->r->g->arena, "Progress of %s", o->title));
	view_light(h, o->light);
	view_flags(h, o);
}

/* Who an objective belongs to: its owner's name, else its unit. */
static const char *node_owner(struct tree *t, const struct grip_objective *o)
{
	const char *owner = person_name(t->r, &t->names, o->owner_id);
	return owner ? owner : o->unit_name;
}

/* An aligned objective and, nested, what is aligned to it; below counts
 * the levels drawn, to stop at 8. How deep it sits below strategy is the
 * core's judgement (the same as the coach's). In the card of its own unit
 * (card_unit) the unit goes without saying. */
static void node(struct tree *t, size_t i, int below, int64_t card_unit)
{
	struct html *h = &t->r->body;
	const struct grip_objective *o = t->os[i];
	html_f(h, "<li><div class=\"node\"><span class=\"layer\">%s</span> ", grip_layer_name(o->layer));
	view_objective_link(h, o);
	const char *owner = !o->owner_id && o->unit_id == card_unit ? NULL : node_owner(t, o);
	if (owner)
		html_f(h, " <span class=\"muted\">%s</span>", owner);
	html_raw(h, " <span class=\"figures\">");
	node_figures(t, o);
	if (grip_cascade_too_deep(grip_objective_depth(&t->cascade, o)))
		html_raw(h, "<span class=\"flag stale\">more than two levels below strategy</span>");
	html_raw(h, "</span></div>");
	if (t->from[i] < t->from[i + 1] && below < 8) {
		html_raw(h, "<ul>");
		for (size_t e = t->from[i]; e < t->from[i + 1]; e++)
			node(t, t->edges[e].child, below + 1, card_unit);
		html_raw(h, "</ul>");
	}
	html_raw(h, "</li>");
}

/* The heading of a card: the unit's page, or the owner's name. */
static void card_head(struct tree *t, const struct grip_objective *o, int level)
{
	struct html *h = &t->r->body;
	html_f(h, "<section class=\"card\"><h%d>", level);
	if (o->unit_id)
		html_f(h, "<a href=\"/units/%lld\">%s</a>", (long long)o->unit_id, o->unit_name);
	else
		html_text(h, node_owner(t, o));
	html_f(h, "</h%d><ul class=\"tree\">", level);
}

static void strategic(struct tree *t, size_t i, int level)
{
	struct html *h = &t->r->body;
	const struct grip_objective *o = t->os[i];
	int hl = level < 6 ? level : 6, cl = level < 5 ? level + 1 : 6;
	html_f(h, "<section class=\"strategic\"><h%d><span class=\"layer\">strategic</span> ", hl);
	view_objective_link(h, o);
	html_f(h, "</h%d><p class=\"figures\"><span class=\"muted\">%s</span> ", hl, node_owner(t, o));
	node_figures(t, o);
	html_raw(h, "</p>");
	/* Team (and other) objectives aligned to it, one card per unit. */
	const char *open = NULL;
	for (size_t e = t->from[i]; e < t->from[i + 1]; e++) {
		const struct grip_objective *c = t->edges[e].o;
		if (is_strategic(c))
			continue;
		const char *key = card_key(c) ? card_key(c) : "";
		if (!open || strcmp(open, key) != 0) {
			if (open)
				html_raw(h, "</ul></section>");
			else
				html_raw(h, "<div class=\"side-by-side\">");
			card_head(t, c, cl);
			open = key;
		}
		node(t, t->edges[e].child, 1, c->unit_id);
	}
	if (open)
		html_raw(h, "</ul></section></div>");
	else if (t->from[i] == t->from[i + 1])
		html_raw(h, "<p class=\"muted\">Nothing is aligned to it yet.</p>");
	/* Strategic objectives of units below, aligned to it. */
	for (size_t e = t->from[i]; e < t->from[i + 1]; e++)
		if (is_strategic(t->edges[e].o) && level < 8)
			strategic(t, t->edges[e].child, level + 1);
	html_raw(h, "</section>");
}

static void vision(struct web_request *r)
{
	struct html *h = &r->body;
	const struct grip_org *org = r->org;
	bool v = org && org->vision && *org->vision, s = org && org->strategy && *org->strategy;
	html_raw(h, "<section class=\"card vision\"><h2>Vision and strategy</h2>");
	if (!v && !s) {
		html_raw(h, "<p class=\"muted\">No vision or strategy has been written yet.</p></section>");
		return;
	}
	html_raw(h, "<dl class=\"facts\">");
	if (v)
		html_f(h, "<dt>Vision</dt><dd>%s</dd>", org->vision);
	if (s)
		html_f(h, "<dt>Strategy</dt><dd>%s</dd>", org->strategy);
	html_raw(h, "</dl>");
	html_raw(h, "</section>");
}

int page_tree(struct web_request *r)
{
	r->title = "Strategy and alignment";
	r->nav = "tree";
	struct html *h = &r->body;
	struct tree t = { .r = r, .names = PERSON_NAMES_INIT };
	struct grip_unit **units;
	size_t n_units;
	struct cycle_pick pick;
	if (cycle_pick_init(r, &pick) < 0 || cycle_pick_objectives(r, &pick, NULL, &t.os, &t.n) < 0 ||
	    grip_unit_list(r->g, &units, &n_units) < 0 || tree_build(&t) < 0)
		return -1;
	t.cascade = (struct grip_cascade){ shown, &t, units, n_units };
	html_raw(h, "<h1>Strategy and alignment</h1>");
	vision(r);
	cycle_pick_form(r, &pick, "/tree");
	size_t roots = 0, loose = 0, outside = 0;
	for (size_t i = 0; i < t.n; i++) {
		if (t.has_parent[i])
			continue;
		if (is_strategic(t.os[i]))
			roots++;
		else if (t.os[i]->n_aligns_to)
			outside++;
		else
			loose++;
	}
	if (!pick.n_shown)
		return 0;
	html_f(h, "<p class=\"summary\"><strong>%zu objective%s</strong>, %zu strategic at the top, %zu not aligned.</p>",
	       t.n, t.n == 1 ? "" : "s", roots, loose);
	if (!roots)
		html_raw(h, "<p>No strategic objectives in these cycles yet.</p>");
	for (size_t i = 0; i < t.n; i++)
		if (!t.has_parent[i] && is_strategic(t.os[i]))
			strategic(&t, i, 2);
	if (loose) {
		html_raw(h, "<h2>Not aligned</h2><p class=\"muted\">These objectives contribute to nothing above them: "
			    "the chain from strategy breaks here.</p><ul class=\"tree\">");
		for (size_t i = 0; i < t.n; i++)
			if (!t.has_parent[i] && !is_strategic(t.os[i]) && !t.os[i]->n_aligns_to)
				node(&t, i, 1, 0);
		html_raw(h, "</ul>");
	}
	if (outside) {
		html_raw(h, "<h2>Aligned outside these cycles</h2><p class=\"muted\">These objectives serve objectives "
			    "of other cycles, or ones you cannot see.</p><ul class=\"tree\">");
		for (size_t i = 0; i < t.n; i++)
			if (!t.has_parent[i] && !is_strategic(t.os[i]) && t.os[i]->n_aligns_to)
				node(&t, i, 1, 0);
		html_raw(h, "</ul>");
	}
	return 0;
}
