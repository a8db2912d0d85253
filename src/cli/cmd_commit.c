/*
 * cmd_commit.c — `grip commit ...`: weekly commitments: add, close, list.
 */
#include "cli/cli.h"

static int show(struct cli *c, const struct grip_commitment *m, const char *verb)
{
	if (c->json)
		return cli_json(c, grip_commitment_json(m));
	cli_printf(c, "%s commitment %lld for %s, %s: %s (%s)\n", verb, (long long)m->id, m->email,
		   m->week, m->text, m->status);
	return 0;
}

int cmd_commit_add(struct cli *c, const struct cli_args *a)
{
	int64_t goal = 0;
	if (arg_get(a, "goal") && cli_id(c, "objective_id", arg_get(a, "goal"), &goal) < 0)
		return -1;
	struct grip_commitment *m = grip_commit_add(c->g, a->pos[0], a->pos[1], arg_get(a, "week"),
						    goal, arg_flag(a, "shared"));
	return m ? show(c, m, "Added") : -1;
}

int cmd_commit_close(struct cli *c, const struct cli_args *a)
{
	int64_t id;
	struct grip_commitment *m;
	if (cli_id(c, "commitment", a->pos[0], &id) < 0 ||
	    grip_commit_close(c->g, id, a->pos[1], arg_get(a, "reflection")) < 0 ||
	    !(m = grip_commit_get(c->g, id)))
		return -1;
	return show(c, m, "Closed");
}

int cmd_commit_list(struct cli *c, const struct cli_args *a)
{
	struct grip_commitment **ms;
	size_t n;
	if (grip_commit_list(c->g, arg_get(a, "email"), arg_get(a, "week"), &ms, &n) < 0)
		return -1;
	if (c->json)
		return cli_json_list(c, (void **)ms, n, (json_t * (*)(const void *)) grip_commitment_json);
	static const char *const heads[] = { "ID", "WEEK", "EMAIL", "TEXT", "GOAL", "STATUS", "REFLECTION" };
	struct table *t = table_new(c, 7, heads);
	for (size_t i = 0; i < n; i++)
		table_add(t, cell_id(c, ms[i]->id), ms[i]->week, ms[i]->email, ms[i]->text,
			  cell_id(c, ms[i]->objective_id), ms[i]->status, ms[i]->reflection);
	table_print(t);
	return 0;
}
