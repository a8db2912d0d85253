/*
 * cmd_initiative.c — `grip initiative ...` and `grip dependency ...`: the
 * work beside an OKR and what a team needs from another.
 */
#include "cli/cli.h"

int cmd_initiative_add(struct cli *c, const struct cli_args *a)
{
	int64_t objective, kr = 0;
	if (cli_id(c, "objective", a->pos[0], &objective) < 0 ||
	    (arg_get(a, "kr") && cli_id(c, "key_result_id", arg_get(a, "kr"), &kr) < 0))
		return -1;
	struct grip_initiative *i = grip_initiative_add(c->g, objective, a->pos[1], arg_get(a, "owner"),
							arg_get(a, "link"), kr);
	if (!i)
		return -1;
	if (c->json)
		return cli_json(c, grip_initiative_json(i));
	cli_printf(c, "Added initiative %lld: %s (%s)\n", (long long)i->id, i->title, i->status);
	return 0;
}

int cmd_initiative_status(struct cli *c, const struct cli_args *a)
{
	int64_t id;
	if (cli_id(c, "initiative", a->pos[0], &id) < 0 ||
	    grip_initiative_set_status(c->g, id, a->pos[1]) < 0)
		return -1;
	if (c->json)
		return cli_json(c, json_pack("{sI ss}", "id", (json_int_t)id, "status", a->pos[1]));
	cli_printf(c, "Initiative %lld is now %s.\n", (long long)id, a->pos[1]);
	return 0;
}

int cmd_initiative_list(struct cli *c, const struct cli_args *a)
{
	int64_t objective;
	struct grip_initiative **is;
	size_t n;
	if (cli_id(c, "objective", a->pos[0], &objective) < 0 ||
	    grip_initiative_list(c->g, objective, &is, &n) < 0)
		return -1;
	if (c->json)
		return cli_json_list(c, (void **)is, n, (json_t * (*)(const void *)) grip_initiative_json);
	static const char *const heads[] = { "ID", "TITLE", "KR", "STATUS", "LINK" };
	struct table *t = table_new(c, 5, heads);
	for (size_t i = 0; i < n; i++)
		table_add(t, cell_id(c, is[i]->id), is[i]->title, cell_id(c, is[i]->key_result_id),
			  is[i]->status, is[i]->link);
	table_print(t);
	return 0;
}

int cmd_dependency_add(struct cli *c, const struct cli_args *a)
{
	int64_t from, to = 0;
	if (cli_id(c, "objective", a->pos[0], &from) < 0 ||
	    (arg_get(a, "on-objective") && cli_id(c, "to_objective_id", arg_get(a, "on-objective"), &to) < 0))
		return -1;
	struct grip_dependency *d = grip_dependency_add(c->g, from, to, arg_get(a, "on-unit"), arg_get(a, "note"));
	if (!d)
		return -1;
	if (c->json)
		return cli_json(c, grip_dependency_json(d));
	cli_printf(c, "Added dependency %lld of objective %lld (%s)\n", (long long)d->id, (long long)from,
		   d->status);
	return 0;
}

int cmd_dependency_status(struct cli *c, const struct cli_args *a)
{
	int64_t id;
	if (cli_id(c, "dependency", a->pos[0], &id) < 0 ||
	    grip_dependency_set_status(c->g, id, a->pos[1]) < 0)
		return -1;
	if (c->json)
		return cli_json(c, json_pack("{sI ss}", "id", (json_int_t)id, "status", a->pos[1]));
	cli_printf(c, "Dependency %lld is now %s.\n", (long long)id, a->pos[1]);
	return 0;
}

int cmd_dependency_list(struct cli *c, const struct cli_args *a)
{
	int64_t objective;
	struct grip_dependency **ds;
	size_t n;
	if (cli_id(c, "objective", a->pos[0], &objective) < 0 ||
	    grip_dependency_list(c->g, objective, &ds, &n) < 0)
		return -1;
	if (c->json)
		return cli_json_list(c, (void **)ds, n, (json_t * (*)(const void *)) grip_dependency_json);
	static const char *const heads[] = { "ID", "FROM", "ON OBJECTIVE", "ON UNIT", "STATUS", "NOTE" };
	struct table *t = table_new(c, 6, heads);
	for (size_t i = 0; i < n; i++) {
		struct grip_unit *u = ds[i]->to_unit_id ? grip_unit_get(c->g, ds[i]->to_unit_id) : NULL;
		table_add(t, cell_id(c, ds[i]->id), cell_id(c, ds[i]->from_objective_id),
			  cell_id(c, ds[i]->to_objective_id), u ? u->name : NULL, ds[i]->status, ds[i]->note);
	}
	table_print(t);
	return 0;
}
