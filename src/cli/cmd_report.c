/*
 * cmd_report.c — `grip report`: the organisation at a glance in a terminal:
 * vision and strategy, then each running cycle's objectives unit by unit
 * with progress bars, confidence lights and what needs attention. It works
 * on a local file only (the API has no route for it), so it prints its own
 * output.
 */
#include "cli/cli.h"

#include <string.h>

#define BAR_WIDTH 10

static const char *bar(struct cli *c, double p)
{
	struct sb s = SB_INIT;
	int full = (int)(p * BAR_WIDTH + 0.5);
	for (int i = 0; i < BAR_WIDTH; i++)
		sb_adds(&s, i < full ? "█" : "░");
	const char *out = arena_strdup(c->g->arena, s.buf);
	sb_release(&s);
	return out;
}

static const char *light_mark(enum grip_light l)
{
	switch (l) {
	case GRIP_LIGHT_GREEN:
		return "● green";
	case GRIP_LIGHT_YELLOW:
		return "● yellow";
	case GRIP_LIGHT_RED:
		return "● red";
	default:
		return "○ none";
	}
}

static int report_cycle(struct cli *c, const struct grip_cycle *cy, json_t *jcycles)
{
	struct grip_objective_filter f = { .cycle_name = cy->name };
	struct grip_objective **os;
	size_t n;
	if (grip_objective_list(c->g, &f, &os, &n) < 0)
		return -1;
	if (c->json) {
		json_t *list = json_array();
		for (size_t i = 0; list && i < n; i++)
			json_array_append_new(list, grip_objective_json(os[i]));
		json_t *j = grip_cycle_json(cy);
		if (j)
			json_object_set_new(j, "objectives", list);
		json_array_append_new(jcycles, j);
		return 0;
	}
	cli_printf(c, "\n== %s (%s, %s to %s, %s) ==\n", cy->name, grip_cycle_kind_name(cy->kind), cy->starts_on, cy->ends_on,
		   grip_cycle_status_name(cy->status));
	static const enum grip_layer layers[] = { GRIP_LAYER_STRATEGIC, GRIP_LAYER_GROUP, GRIP_LAYER_TEAM,
						  GRIP_LAYER_MEMBER, GRIP_LAYER_INDIVIDUAL };
	for (size_t l = 0; l < sizeof layers / sizeof layers[0]; l++) {
		static const char *const heads[] = { "ID", "OBJECTIVE", "OWNER", "PROGRESS", "", "CONFIDENCE", "" };
		struct table *t = NULL;
		for (size_t i = 0; i < n; i++) {
			const struct grip_objective *o = os[i];
			if (o->layer != layers[l])
				continue;
			if (!t) {
				cli_printf(c, "\n%s objectives\n", grip_layer_name(layers[l]));
				t = table_new(c, 7, heads);
			}
			const char *note = o->at_risk ? (o->stale ? "at risk, stale" : "at risk")
						      : o->stale ? "stale" : "";
			if (o->status != GRIP_OBJECTIVE_ACTIVE) /* draft, proposed, dropped, ... */
				note = arena_printf(c->g->arena, "%s%s%s", grip_objective_status_name(o->status), *note ? ", " : "", note);
			table_add(t, cell_id(c, o->id), o->title, o->owner_email ? o->owner_email : o->unit_name,
				  bar(c, o->progress), cell_pct(c, o->progress), light_mark(o->light), note);
		}
		table_print(t);
	}
	struct grip_summary sum = grip_objectives_summary(os, n);
	if (!n)
		cli_printf(c, "(no objectives yet)\n");
	else
		cli_printf(c, "\n%zu objective%s, %d at risk, %d stale, mean progress %s.\n", sum.n,
			   sum.n == 1 ? "" : "s", sum.at_risk, sum.stale, cell_pct(c, sum.mean_progress));
	return 0;
}

int cmd_report(struct cli *c, const struct cli_args *a, json_t **out)
{
	(void)out;
	struct grip_org *o = grip_org_get(c->g, c->g->org_id);
	struct grip_cycle **cs;
	size_t n;
	if (!o || grip_cycle_list(c->g, &cs, &n) < 0)
		return -1;
	const char *only = arg_get(a, "cycle");
	if (only && !grip_cycle_by_name(c->g, only))
		return -1;
	json_t *jcycles = c->json ? json_array() : NULL;
	if (!c->json)
		cli_printf(c, "%s\n%s%s%s%s", o->name, o->vision ? "Vision:   " : "", o->vision ? o->vision : "",
			   o->vision ? "\n" : "", o->strategy ? "Strategy: " : "");
	if (!c->json && o->strategy)
		cli_printf(c, "%s\n", o->strategy);
	size_t shown = 0;
	for (size_t i = 0; i < n; i++) {
		bool pick = only ? strcmp(cs[i]->name, only) == 0 : grip_cycle_running(cs[i]);
		if (!pick)
			continue;
		shown++;
		if (report_cycle(c, cs[i], jcycles) < 0) {
			json_decref(jcycles);
			return -1;
		}
	}
	struct commit_tally t;
	if (grip_commit_tally(c->g, 0, &t) < 0) {
		json_decref(jcycles);
		return -1;
	}
	double rate = measure_completion(t);
	if (c->json)
		return cli_json(c, json_pack("{so so so}", "org", grip_org_json(o), "cycles", jcycles,
					     "commitment_completion", rate < 0 ? json_null() : grip_json_number(rate)));
	if (!shown)
		cli_printf(c, "\nNo cycle is running; see grip cycle list.\n");
	if (rate >= 0)
		cli_printf(c, "Weekly commitments kept: %s of closed weeks (%d done, %d partial, %d missed or open).\n",
			   cell_pct(c, rate), t.done, t.partial, t.missed + t.open);
	return 0;
}
