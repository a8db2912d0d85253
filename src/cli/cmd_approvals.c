/*
 * cmd_approvals.c — `grip approvals`: what awaits the acting person's
 * decision (proposals to approve or return, members' outcomes to review),
 * locally (cmd_), over the API (rem_), and its one text form (show_).
 * Each is decided with `grip objective review ID approve|return`.
 */
#include "cli/cli.h"

#include "cli/remote.h"

int cmd_approvals(struct cli *c, const struct cli_args *a, json_t **out)
{
	(void)a;
	struct grip_approval **items;
	size_t n;
	if (grip_approvals(c->g, &items, &n) < 0)
		return -1;
	return cli_out(c, cli_array((void **)items, n, (json_t * (*)(const void *)) grip_approval_json), out);
}

int rem_approvals(struct cli *c, const struct cli_args *a, json_t **out)
{
	(void)a;
	return remote_list(c, "approvals", out);
}

int show_approvals(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	if (!json_array_size(j)) {
		cli_printf(c, "Nothing awaits your decision.\n");
		return 0;
	}
	static const char *const heads[] = { "ID", "LAYER", "STATUS", "OWNER", "UNIT", "TITLE", "LAST REVIEW" };
	struct table *t = table_new(c, 7, heads);
	size_t i;
	const json_t *o;
	json_array_foreach(j, i, o) {
		const json_t *last = json_object_get(o, "last_review");
		const char *review = json_is_object(last)
			? arena_printf(c->g->arena, "%s: %s", jget_text(last, "decision"),
				       jget_str(last, "comment") ? jget_str(last, "comment") : "")
			: NULL;
		table_add(t, cell_id(c, jget_id(o, "id")), jget_text(o, "layer"), jget_text(o, "status"),
			  jget_str(o, "owner"), jget_str(o, "unit"), jget_text(o, "title"), review);
	}
	table_print(t);
	cli_printf(c, "Decide with: grip objective review ID approve|return --comment TEXT\n");
	return 0;
}
