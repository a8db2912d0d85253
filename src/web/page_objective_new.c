/*
 * page_objective_new.c — making an objective with up to three key results
 * in one form. The layer is chosen first (a small GET form, so it works
 * without JavaScript); the units and owners offered are then those the core
 * says fit that layer and the actor may choose (grip_objective_choices),
 * with its defaults: the actor's own team for a team objective, the actor
 * as its owner. The objective starts as far as the
 * actor may take it (the core's start_furthest): active, or proposed to
 * wait for a lead. Empty key result rows are skipped. Everything is one
 * write: a refused key result stores nothing, not even the objective.
 */
#include "web/web.h"

#include <stdio.h>
#include <string.h>

#include "util/num.h"
#include "web/kr_view.h"

#define KR_ROWS 3

/* Value/label pairs for form_select, in the arena. */
struct choices {
	const char **items;
	size_t n, cap;
};

static int choices_init(struct web_request *r, struct choices *c, size_t cap)
{
	c->items = arena_calloc(r->g->arena, 2 * cap, sizeof *c->items);
	c->n = 0;
	c->cap = cap;
	return c->items ? 0 : grip_fail(r->g, GRIP_ENOMEM, NULL, "out of memory");
}

static void choice(struct choices *c, const char *value, const char *label)
{
	if (c->n < c->cap && value && label) {
		c->items[2 * c->n] = value;
		c->items[2 * c->n + 1] = label;
		c->n++;
	}
}

/* The cycles an OKR can go in: quarters and years not yet closed (a
 * programme belongs to a group). The default is the running quarter, else
 * the first running cycle, else the first open one. */
static int cycle_choices(struct web_request *r, struct grip_cycle **cs, size_t n, struct choices *out,
			 const char **def)
{
	if (choices_init(r, out, n) < 0)
		return -1;
	int best = 0;
	*def = NULL;
	for (size_t i = 0; i < n; i++) {
		const struct grip_cycle *c = cs[i];
		if (c->status == GRIP_CYCLE_CLOSED || c->kind == GRIP_CYCLE_PROGRAMME)
			continue;
		choice(out, c->name, arena_printf(r->g->arena, "%s (%s)", c->name, grip_cycle_status_name(c->status)));
		bool running = grip_cycle_running(c);
		int rank = running && c->kind == GRIP_CYCLE_QUARTER ? 3 : running ? 2 : 1;
		if (rank > best) {
			best = rank;
			*def = c->name;
		}
	}
	return 0;
}

static const char *kind_name(enum grip_unit_kind kind)
{
	return kind == GRIP_UNIT_BUSINESS_UNIT ? "business unit" : grip_unit_kind_name(kind);
}

/* The layers this form writes (group outcomes have their own page), each
 * with what owns it. */
static const struct {
	enum grip_layer layer;
	const char *rule;
} form_layers[] = {
	{ GRIP_LAYER_STRATEGIC, "belongs to the company or a business unit" },
	{ GRIP_LAYER_TEAM, "belongs to a team or department" },
	{ GRIP_LAYER_INDIVIDUAL, "belongs to a person, who may name their team" },
};
#define N_LAYERS (sizeof form_layers / sizeof form_layers[0])

/* What owns an objective of the layer; NULL for one this form does not write. */
static const char *layer_rule(enum grip_layer layer)
{
	for (size_t i = 0; i < N_LAYERS; i++)
		if (form_layers[i].layer == layer)
			return form_layers[i].rule;
	return NULL;
}

/* The units and owners the core offers for the layer, as select options. */
static int owner_unit_choices(struct web_request *r, const struct grip_objective_choices *oc, struct choices *units,
			      struct choices *people)
{
	if (choices_init(r, units, oc->n_units + 1) < 0 || choices_init(r, people, oc->n_people + 1) < 0)
		return -1;
	if (!oc->unit_required)
		choice(units, "", "None (a personal objective)");
	for (size_t i = 0; i < oc->n_units; i++)
		choice(units, oc->units[i]->name,
		       arena_printf(r->g->arena, "%s (%s)", oc->units[i]->name, kind_name(oc->units[i]->kind)));
	if (!oc->owner_required)
		choice(people, "", "Nobody: the unit owns it");
	for (size_t i = 0; i < oc->n_people; i++)
		choice(people, oc->people[i]->email,
		       arena_printf(r->g->arena, "%s (%s)", oc->people[i]->name, oc->people[i]->email));
	return 0;
}

/* The layer's chooser: a GET form that shows this page again for it. */
static void layer_form(struct web_request *r, enum grip_layer layer, const char *parent)
{
	struct html *h = &r->body;
	int id = ++r->ids;
	html_f(h, "<form method=\"get\" action=\"/objectives/new\" class=\"inline layer-pick\"><div class=\"field\">"
		  "<label for=\"f%d\">Layer</label><select id=\"f%d\" name=\"layer\">", id, id);
	for (size_t i = 0; i < N_LAYERS; i++)
		html_f(h, "<option value=\"%s\"%s>%s</option>", grip_layer_name(form_layers[i].layer),
		       layer == form_layers[i].layer ? " selected" : "", grip_layer_name(form_layers[i].layer));
	html_raw(h, "</select></div>");
	if (parent && *parent)
		html_f(h, "<input type=\"hidden\" name=\"aligns_to\" value=\"%s\">", parent);
	html_raw(h, "<button type=\"submit\">Choose layer</button></form>");
	html_f(h, "<p class=\"muted\">A%s %s objective %s; the units and owners below are those that fit it.</p>",
	       layer == GRIP_LAYER_INDIVIDUAL ? "n" : "", grip_layer_name(layer), layer_rule(layer));
}

static bool is_open(const struct grip_objective *o)
{
	return o->status != GRIP_OBJECTIVE_DROPPED && o->status != GRIP_OBJECTIVE_ACHIEVED &&
	       o->status != GRIP_OBJECTIVE_MISSED;
}

/* Strategic and team objectives still in play in the cycles offered, to
 * align to. */
static int align_choices(struct web_request *r, const struct choices *cycles, struct choices *out)
{
	static const char *const layers[] = { "strategic", "team" };
	size_t total = 0;
	struct grip_objective ***os = arena_calloc(r->g->arena, 2 * cycles->n + 1, sizeof *os);
	size_t *n = arena_calloc(r->g->arena, 2 * cycles->n + 1, sizeof *n);
	if (!os || !n)
		return grip_fail(r->g, GRIP_ENOMEM, NULL, "out of memory");
	for (size_t k = 0; k < 2 * cycles->n; k++) {
		struct grip_objective_filter f = { .cycle_name = cycles->items[2 * (k / 2)], .layer = layers[k % 2] };
		if (grip_objective_list(r->g, &f, &os[k], &n[k]) < 0)
			return -1;
		total += n[k];
	}
	if (choices_init(r, out, total + 1) < 0)
		return -1;
	choice(out, "", "Nothing yet");
	for (size_t k = 0; k < 2 * cycles->n; k++)
		for (size_t i = 0; i < n[k]; i++)
			if (is_open(os[k][i]))
				choice(out, arena_printf(r->g->arena, "%lld", (long long)os[k][i]->id),
				       arena_printf(r->g->arena, "%s (%s, %s)", os[k][i]->title, grip_layer_name(os[k][i]->layer),
						    os[k][i]->cycle_name));
	return 0;
}

static void kr_row(struct web_request *r, int i)
{
	char name[4][16], legend[24];
	static const char *const parts[] = { "title", "baseline", "target", "unit" };
	for (int k = 0; k < 4; k++)
		snprintf(name[k], sizeof name[k], "kr%d_%s", i, parts[k]);
	snprintf(legend, sizeof legend, "Key result %d", i);
	html_f(&r->body, "<fieldset><legend>%s</legend>", legend);
	r->coach = "key_result"; /* a row has a baseline and a target: a number's */
	r->coach_kr_kind = "metric";
	form_input(r, "text", name[0], "Title", NULL, i == 1 ? "an outcome you can count; leave a row empty to skip it"
							      : NULL, false);
	html_raw(&r->body, "<div class=\"inline\">");
	form_input(r, "number", name[1], "Baseline", NULL, NULL, false);
	form_input(r, "number", name[2], "Target", NULL, NULL, false);
	form_input(r, "text", name[3], "Unit of measure", NULL, NULL, false);
	html_raw(&r->body, "</div></fieldset>");
}

int page_objective_new(struct web_request *r)
{
	struct html *h = &r->body;
	r->title = "New objective";
	html_raw(h, "<h1>New objective</h1>");
	const char *why;
	if (!grip_may_write(r->g, &why)) {
		html_f(h, "<p class=\"notice\">You cannot create objectives: %s.</p>", why);
		return 0;
	}
	/* Pages that link here may choose the defaults: ?layer=…&unit=…&aligns_to=…;
	 * a refused form keeps the layer it was sent with. */
	const char *asked = r->failed && web_field(r, "layer") ? web_field(r, "layer") : web_query(r, "layer");
	const char *parent = web_query(r, "aligns_to");
	enum grip_layer layer = GRIP_LAYER_TEAM, known;
	if (grip_layer_parse(asked, &known) == 0 && layer_rule(known))
		layer = known;
	struct grip_cycle **cs;
	size_t ncs;
	struct grip_objective_choices oc;
	struct choices cycles = { 0 }, units = { 0 }, people = { 0 }, aligns = { 0 };
	const char *cycle;
	if (grip_cycle_list(r->g, &cs, &ncs) < 0 || cycle_choices(r, cs, ncs, &cycles, &cycle) < 0 ||
	    grip_objective_choices(r->g, grip_layer_name(layer), &oc) < 0 || owner_unit_choices(r, &oc, &units, &people) < 0 ||
	    align_choices(r, &cycles, &aligns) < 0)
		return -1;
	const char *unit = web_query(r, "unit") ? web_query(r, "unit") : oc.unit;
	if (!cycles.n) {
		html_raw(h, "<p class=\"notice\">There is no open cycle to put an objective in. An admin can add "
			    "one on the <a href=\"/admin\">admin page</a>.</p>");
		return 0;
	}
	layer_form(r, layer, parent);
	if (oc.unit_required && !oc.n_units) {
		html_f(h, "<p class=\"notice\">There is no unit you may write a %s objective for. Choose another "
			  "layer, or ask a lead.</p>", grip_layer_name(layer));
		return 0;
	}
	form_open(r, "/objectives/new", "form");
	html_f(h, "<input type=\"hidden\" name=\"layer\" value=\"%s\">", grip_layer_name(layer));
	r->coach = grip_coach_text_kind(layer, "title");
	form_input(r, "text", "title", "Title", NULL, "what you want to achieve, in a few words", true);
	form_textarea(r, "why", "Why it matters", NULL, "what changes, and for whom, when it is achieved");
	form_select(r, "cycle", "Cycle", cycle, cycles.items, cycles.n);
	form_select(r, "unit", "Unit", unit, units.items, units.n);
	form_select(r, "owner", "Owner", oc.owner, people.items, people.n);
	form_select(r, "aligns_to", "Aligns to", parent, aligns.items, aligns.n);
	web_cadence_select(r, NULL);
	for (int i = 1; i <= KR_ROWS; i++)
		kr_row(r, i);
	html_raw(h, "<p class=\"hint\">It starts active, so check-ins can begin. Where a lead has to approve it, "
		    "it starts as proposed and waits for them.</p>");
	form_submit(r, "Create objective", "primary");
	form_close(r);
	return 0;
}

/* Renames the field of the core's error on a key result to that row's. */
static int row_error(struct grip *g, int i)
{
	char field[sizeof g->err.field + 16];
	if (!g->err.field[0] || i < 1 || i > 3)
		return -1;
	snprintf(field, sizeof field, "kr%d_%s", i, g->err.field);
	snprintf(g->err.field, sizeof g->err.field, "%.*s", (int)sizeof g->err.field - 1, field);
	return -1;
}

/* Reads row i; *used is false when it is empty. */
static int read_row(struct web_request *r, int i, struct grip_kr_new *kr, bool *used)
{
	char name[4][16];
	static const char *const parts[] = { "title", "baseline", "target", "unit" };
	for (int k = 0; k < 4; k++)
		snprintf(name[k], sizeof name[k], "kr%d_%s", i, parts[k]);
	*kr = (struct grip_kr_new){ .title = kr_form_text(r, name[0]), .unit_label = kr_form_text(r, name[3]) };
	*used = kr->title || kr_form_text(r, name[1]) || kr_form_text(r, name[2]);
	if (!*used)
		return 0;
	if (!kr->title)
		return grip_fail(r->g, GRIP_EINVAL, name[0], "is required when a baseline or target is given");
	return kr_form_number(r, name[1], &kr->baseline) < 0 || kr_form_number(r, name[2], &kr->target) < 0 ? -1 : 0;
}

int act_objective_new(struct web_request *r)
{
	struct grip_kr_new krs[KR_ROWS];
	bool used[KR_ROWS];
	for (int i = 0; i < KR_ROWS; i++)
		if (read_row(r, i + 1, &krs[i], &used[i]) < 0)
			return -1;
	int64_t parent = 0;
	const char *align = kr_form_text(r, "aligns_to");
	if (align && (!parse_i64(align, &parent) || parent <= 0))
		return grip_fail(r->g, GRIP_EINVAL, "aligns_to", "is not an objective");
	struct grip_objective_new n = {
		.title = web_field(r, "title"), .why = kr_form_text(r, "why"), .cycle_name = kr_form_text(r, "cycle"),
		.layer = kr_form_text(r, "layer"), .unit_name = kr_form_text(r, "unit"),
		.owner_email = kr_form_text(r, "owner"), .aligns_to = parent ? &parent : NULL,
		.n_aligns_to = parent ? 1 : 0, .start_furthest = true, .cadence = kr_form_text(r, "cadence"),
	};
	if (!n.layer)
		return grip_fail(r->g, GRIP_EINVAL, "layer", "is required");
	struct grip_objective *o = grip_objective_add(r->g, &n);
	if (!o)
		return -1;
	for (int i = 0; i < KR_ROWS; i++)
		if (used[i] && !grip_kr_add(r->g, o->id, &krs[i]))
			return row_error(r->g, i + 1);
	return web_redirect(r, "/objectives/%lld?saved=new", (long long)o->id);
}
