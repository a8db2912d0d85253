/*
 * cmd_due.c — `grip due`: everything due from the acting person now, by
 * the organisation's clock (grip_due decides what); locally (cmd_), over
 * the API (rem_), and its one text form (show_).
 */
#include "cli/cli.h"

#include "cli/remote.h"

int cmd_due(struct cli *c, const struct cli_args *a, json_t **out)
{
	(void)a;
	struct grip_due **ds;
	size_t n;
	if (grip_due(c->g, &ds, &n) < 0)
		return -1;
	return cli_out(c, cli_array((void **)ds, n, (json_t * (*)(const void *)) grip_due_json), out);
}

int rem_due(struct cli *c, const struct cli_args *a, json_t **out)
{
	(void)a;
	return remote_list(c, "due", out);
}

int show_due(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	if (!json_array_size(j)) {
		cli_printf(c, "Nothing is due from you now.\n");
		return 0;
	}
	static const char *const heads[] = { "KIND", "ID", "ABOUT", "PERIOD", "SINCE", "LINK" };
	struct table *t = table_new(c, 6, heads);
	size_t i;
	const json_t *d;
	json_array_foreach(j, i, d)
		table_add(t, jget_text(d, "kind"), cell_id(c, jget_id(d, "object_id")), jget_text(d, "title"),
			  jget_text(d, "period"), jget_text(d, "since"), jget_text(d, "link"));
	table_print(t);
	return 0;
}
