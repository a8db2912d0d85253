/*
 * cmd_objective.c — `grip objective ...`: add, list, show, edit, status,
 * align, unalign.
 */
#include "cli/cli.h"

#include <string.h>

static const char *light_word(enum grip_light l)
{
	const char *name = measure_light_name(l);
	return name ? name : "none";
}

static const char *flags_of(struct cli *c, const struct grip_objective *o)
{
	return arena_printf(c->g->arena, "%s%s%s", o->at_risk ? "at risk" : "",
			    o->at_risk && o->stale ? ", " : "", o->stale ? "stale" : "");
}

int cli_show_objective(struct cli *c, const struct grip_objective *o)
{
	if (c->json)
		return cli_json(c, grip_objective_json(o));
	cli_printf(c, "Objective %lld: %s\n", (long long)o->id, o->title);
	cli_printf(c, "  %s, %s, cycle %s%s%s%s%s\n", o->layer, o->status, o->cycle_name,
		   o->unit_name ? ", unit " : "", o->unit_name ? o->unit_name : "",
		   o->owner_email ? ", owner " : "", o->owner_email ? o->owner_email : "");
	cli_printf(c, "  progress %s%s (expected %s), confidence %s (%s)", cell_pct(c, o->progress),
		   o->rolled_up ? " rolled up" : "", cell_pct(c, o->expected),
		   o->confidence < 0 ? "-" : cell_num(c, o->confidence), light_word(o->light));
	const char *flags = flags_of(c, o);
	cli_printf(c, "%s%s%s\n", *flags ? " — " : "", flags, o->development ? " [development]" : "");
	if (o->why)
		cli_printf(c, "  why: %s\n", o->why);
	for (size_t i = 0; i < o->n_aligns_to; i++)
		cli_printf(c, "%s%lld%s", i ? ", " : "  aligns to ", (long long)o->aligns_to[i],
			   i + 1 == o->n_aligns_to ? "\n" : "");
	if (!o->n_krs)
		return 0;
	cli_printf(c, "\n");
	static const char *const heads[] = { "KR", "TITLE", "KIND", "BASELINE", "CURRENT", "TARGET",
					     "PROGRESS", "WEIGHT" };
	struct table *t = table_new(c, 8, heads);
	for (size_t i = 0; i < o->n_krs; i++) {
		const struct grip_kr *kr = &o->krs[i];
		table_add(t, cell_id(c, kr->id), kr->title, kr->kind,
			  cell_amount(c, kr->baseline, kr->unit_label),
			  cell_amount(c, kr->current, kr->unit_label),
			  cell_amount(c, kr->target, kr->unit_label),
			  cell_pct(c, kr->progress), cell_num(c, kr->weight));
	}
	table_print(t);
	return 0;
}

int cmd_objective_add(struct cli *c, const struct cli_args *a)
{
	const char **aligns;
	size_t n = arg_all(c, a, "aligns-to", &aligns);
	int64_t *ids = n ? arena_calloc(c->g->arena, n, sizeof *ids) : NULL;
	for (size_t i = 0; i < n; i++)
		if (cli_id(c, "aligns_to", aligns[i], &ids[i]) < 0)
			return -1;
	struct grip_objective_new spec = {
		.title = a->pos[0],
		.why = arg_get(a, "why"),
		.cycle_name = arg_get(a, "cycle"),
		.layer = arg_get(a, "layer"),
		.unit_name = arg_get(a, "unit"),
		.owner_email = arg_get(a, "owner"),
		.aligns_to = ids,
		.n_aligns_to = n,
		.development = arg_flag(a, "development"),
		.visibility = arg_flag(a, "private") ? "private" : arg_get(a, "visibility"),
		.status = arg_get(a, "status"),
	};
	struct grip_objective *o = grip_objective_add(c->g, &spec);
	if (!o)
		return -1;
	if (c->json)
		return cli_json(c, grip_objective_json(o));
	cli_printf(c, "Added objective %lld: %s\n", (long long)o->id, o->title);
	return 0;
}

int cmd_objective_list(struct cli *c, const struct cli_args *a)
{
	struct grip_objective_filter f = {
		.cycle_name = arg_get(a, "cycle"), .unit_name = arg_get(a, "unit"),
		.layer = arg_get(a, "layer"), .owner_email = arg_get(a, "owner"),
		.status = arg_get(a, "status"),
	};
	struct grip_objective **os;
	size_t n;
	if (grip_objective_list(c->g, &f, &os, &n) < 0)
		return -1;
	if (c->json)
		return cli_json_list(c, (void **)os, n, (json_t * (*)(const void *)) grip_objective_json);
	static const char *const heads[] = { "ID", "TITLE", "LAYER", "OWNER", "STATUS", "PROGRESS",
					     "CONF", "FLAGS" };
	struct table *t = table_new(c, 8, heads);
	for (size_t i = 0; i < n; i++) {
		const struct grip_objective *o = os[i];
		table_add(t, cell_id(c, o->id), o->title, o->layer,
			  o->owner_email ? o->owner_email : o->unit_name, o->status,
			  cell_pct(c, o->progress),
			  o->confidence < 0 ? NULL : arena_printf(c->g->arena, "%d %s", o->confidence,
								   light_word(o->light)),
			  flags_of(c, o));
	}
	table_print(t);
	return 0;
}

static int objective_id(struct cli *c, const struct cli_args *a, int64_t *id)
{
	return cli_id(c, "objective", a->pos[0], id);
}

int cmd_objective_show(struct cli *c, const struct cli_args *a)
{
	int64_t id;
	struct grip_objective *o;
	if (objective_id(c, a, &id) < 0 || !(o = grip_objective_get(c->g, id, arg_get(a, "as-of"))))
		return -1;
	return cli_show_objective(c, o);
}

static int show_after(struct cli *c, int64_t id)
{
	struct grip_objective *o = grip_objective_get(c->g, id, NULL);
	if (!o)
		return -1;
	if (c->json)
		return cli_json(c, grip_objective_json(o));
	cli_printf(c, "Updated objective %lld: %s (%s)\n", (long long)o->id, o->title, o->status);
	return 0;
}

int cmd_objective_edit(struct cli *c, const struct cli_args *a)
{
	int64_t id, version = 0;
	if (objective_id(c, a, &id) < 0)
		return -1;
	if (arg_get(a, "if-version") && cli_int(c, "if_version", arg_get(a, "if-version"), 1, 1 << 30, &version) < 0)
		return -1;
	if (arg_flag(a, "development") && arg_flag(a, "no-development"))
		return grip_fail(c->g, GRIP_EINVAL, "development", "give --development or --no-development, not both");
	struct grip_objective_edit e = {
		.title = arg_get(a, "title"),
		.why = arg_get(a, "why"),
		.visibility = arg_get(a, "visibility"),
		.development = arg_flag(a, "development") ? 1 : arg_flag(a, "no-development") ? 0 : -1,
		.reason = arg_get(a, "reason"),
		.if_version = (int)version,
	};
	if (!e.title && !e.why && !e.visibility && e.development < 0)
		return grip_fail(c->g, GRIP_EINVAL, NULL, "nothing to change: give --title, --why, --visibility or --development");
	if (grip_objective_edit(c->g, id, &e) < 0)
		return -1;
	return show_after(c, id);
}

int cmd_objective_status(struct cli *c, const struct cli_args *a)
{
	int64_t id;
	if (objective_id(c, a, &id) < 0 ||
	    grip_objective_set_status(c->g, id, a->pos[1], arg_get(a, "reason")) < 0)
		return -1;
	return show_after(c, id);
}

static int alignment(struct cli *c, const struct cli_args *a, bool add)
{
	int64_t id, parent;
	if (objective_id(c, a, &id) < 0 || cli_id(c, "aligns_to", a->pos[1], &parent) < 0)
		return -1;
	if ((add ? grip_objective_align : grip_objective_unalign)(c->g, id, parent) < 0)
		return -1;
	return show_after(c, id);
}

int cmd_objective_align(struct cli *c, const struct cli_args *a)
{
	return alignment(c, a, true);
}

int cmd_objective_unalign(struct cli *c, const struct cli_args *a)
{
	return alignment(c, a, false);
}
