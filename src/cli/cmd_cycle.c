/*
 * cmd_cycle.c — `grip cycle ...`: add, list, show, open (early), close.
 */
#include "cli/cli.h"

static int show(struct cli *c, const struct grip_cycle *cy, const char *verb)
{
	if (c->json)
		return cli_json(c, grip_cycle_json(cy));
	cli_printf(c, "%s cycle %s (%s): %s to %s, %s; mid-point %s\n", verb, cy->name, cy->kind,
		   cy->starts_on, cy->ends_on, cy->status, cy->midpoint);
	return 0;
}

int cmd_cycle_add(struct cli *c, const struct cli_args *a)
{
	int64_t weeks = 0;
	const char *w = arg_get(a, "weeks");
	if (w && cli_int(c, "weeks", w, 1, 104, &weeks) < 0)
		return -1;
	struct grip_cycle *cy = grip_cycle_add(c->g, a->pos[0], arg_get(a, "kind"), arg_get(a, "from"),
					       arg_get(a, "to"), (int)weeks, arg_get(a, "unit"));
	return cy ? show(c, cy, "Added") : -1;
}

int cmd_cycle_list(struct cli *c, const struct cli_args *a)
{
	(void)a;
	struct grip_cycle **cs;
	size_t n;
	if (grip_cycle_list(c->g, &cs, &n) < 0)
		return -1;
	if (c->json)
		return cli_json_list(c, (void **)cs, n, (json_t * (*)(const void *)) grip_cycle_json);
	static const char *const heads[] = { "ID", "NAME", "KIND", "FROM", "TO", "STATUS" };
	struct table *t = table_new(c, 6, heads);
	for (size_t i = 0; i < n; i++)
		table_add(t, cell_id(c, cs[i]->id), cs[i]->name, cs[i]->kind, cs[i]->starts_on,
			  cs[i]->ends_on, cs[i]->status);
	table_print(t);
	return 0;
}

int cmd_cycle_show(struct cli *c, const struct cli_args *a)
{
	struct grip_cycle *cy = grip_cycle_by_name(c->g, a->pos[0]);
	return cy ? show(c, cy, "Cycle") : -1;
}

static int change(struct cli *c, const struct cli_args *a, int (*fn)(struct grip *, int64_t),
		  const char *verb)
{
	struct grip_cycle *cy = grip_cycle_by_name(c->g, a->pos[0]);
	if (!cy || fn(c->g, cy->id) < 0 || !(cy = grip_cycle_get(c->g, cy->id)))
		return -1;
	return show(c, cy, verb);
}

int cmd_cycle_open(struct cli *c, const struct cli_args *a)
{
	return change(c, a, grip_cycle_open, "Opened");
}

int cmd_cycle_close(struct cli *c, const struct cli_args *a)
{
	return change(c, a, grip_cycle_close, "Closed");
}
