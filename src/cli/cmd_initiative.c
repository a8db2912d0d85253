/*
 * cmd_initiative.c — `grip initiative ...` and `grip dependency ...`: the
 * work beside an OKR and what a team needs from another (add, edit, status,
 * list, delete); locally (cmd_),
 * over the API (rem_), and their one text form (show_).
 */
#include "cli/cli.h"

#include <string.h>

#include "cli/remote.h"

/* {"id":N,"status":S}: what a status change prints with --json. */
static int status_answer(struct cli *c, int64_t id, const char *status, json_t **out)
{
	return cli_out(c, json_pack("{sI ss}", "id", (json_int_t)id, "status", status), out);
}

static int initiative_args(struct cli *c, const struct cli_args *a, int64_t *objective, int64_t *kr)
{
	*kr = 0;
	if (cli_id(c, "objective", a->pos[0], objective) < 0 ||
	    (arg_get(a, "kr") && cli_id(c, "key_result_id", arg_get(a, "kr"), kr) < 0))
		return -1;
	return 0;
}

int cmd_initiative_add(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t objective, kr;
	struct grip_initiative *i;
	if (initiative_args(c, a, &objective, &kr) < 0 ||
	    !(i = grip_initiative_add(c->g, objective, a->pos[1], arg_get(a, "owner"), arg_get(a, "link"), kr)))
		return -1;
	return cli_out(c, grip_initiative_json(i), out);
}

int rem_initiative_add(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t objective, kr;
	if (initiative_args(c, a, &objective, &kr) < 0)
		return -1;
	return remote_send(c, "POST", arena_printf(c->g->arena, "objectives/%lld/initiatives", (long long)objective),
			   json_pack("{ss ss* ss* so*}", "title", a->pos[1], "owner", arg_get(a, "owner"), "link",
				     arg_get(a, "link"), "key_result_id", kr ? json_integer(kr) : NULL),
			   out);
}

int show_initiative_added(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	cli_printf(c, "Added initiative %lld: %s (%s)\n", (long long)jget_id(j, "id"), jget_text(j, "title"),
		   jget_text(j, "status"));
	return 0;
}

int cmd_initiative_status(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t id;
	if (cli_id(c, "initiative", a->pos[0], &id) < 0 || grip_initiative_set_status(c->g, id, a->pos[1]) < 0)
		return -1;
	return status_answer(c, id, a->pos[1], out);
}

int rem_initiative_status(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t id;
	if (cli_id(c, "initiative", a->pos[0], &id) < 0 ||
	    remote_send(c, "PATCH", arena_printf(c->g->arena, "initiatives/%lld", (long long)id),
			json_pack("{ss}", "status", a->pos[1]), NULL) < 0)
		return -1;
	return status_answer(c, id, a->pos[1], out);
}

int show_initiative_status(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	cli_printf(c, "Initiative %lld is now %s.\n", (long long)jget_id(j, "id"), jget_text(j, "status"));
	return 0;
}

int cmd_initiative_list(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t objective;
	struct grip_initiative **is;
	size_t n;
	if (cli_id(c, "objective", a->pos[0], &objective) < 0 || grip_initiative_list(c->g, objective, &is, &n) < 0)
		return -1;
	return cli_out(c, cli_array((void **)is, n, (json_t * (*)(const void *)) grip_initiative_json), out);
}

int rem_initiative_list(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t objective;
	if (cli_id(c, "objective", a->pos[0], &objective) < 0)
		return -1;
	return remote_list(c, arena_printf(c->g->arena, "objectives/%lld/initiatives", (long long)objective), out);
}

int show_initiative_list(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	static const char *const heads[] = { "ID", "TITLE", "KR", "STATUS", "LINK" };
	struct table *t = table_new(c, 5, heads);
	size_t k;
	const json_t *i;
	json_array_foreach(j, k, i)
		table_add(t, cell_id(c, jget_id(i, "id")), jget_text(i, "title"), cell_id(c, jget_id(i, "key_result_id")),
			  jget_text(i, "status"), jget_str(i, "link"));
	table_print(t);
	return 0;
}

static int dependency_args(struct cli *c, const struct cli_args *a, int64_t *from, int64_t *to)
{
	*to = 0;
	if (cli_id(c, "objective", a->pos[0], from) < 0 ||
	    (arg_get(a, "on-objective") && cli_id(c, "to_objective_id", arg_get(a, "on-objective"), to) < 0))
		return -1;
	return 0;
}

int cmd_dependency_add(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t from, to;
	struct grip_dependency *d;
	if (dependency_args(c, a, &from, &to) < 0 ||
	    !(d = grip_dependency_add(c->g, from, to, arg_get(a, "on-unit"), arg_get(a, "note"))))
		return -1;
	return cli_out(c, grip_dependency_json(d), out);
}

int rem_dependency_add(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t from, to;
	if (dependency_args(c, a, &from, &to) < 0)
		return -1;
	return remote_send(c, "POST", arena_printf(c->g->arena, "objectives/%lld/dependencies", (long long)from),
			   json_pack("{so* ss* ss*}", "to_objective_id", to ? json_integer(to) : NULL, "to_unit",
				     arg_get(a, "on-unit"), "note", arg_get(a, "note")),
			   out);
}

int show_dependency_added(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	cli_printf(c, "Added dependency %lld of objective %lld (%s)\n", (long long)jget_id(j, "id"),
		   (long long)jget_id(j, "from_objective_id"), jget_text(j, "status"));
	return 0;
}

int cmd_dependency_status(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t id;
	if (cli_id(c, "dependency", a->pos[0], &id) < 0 || grip_dependency_set_status(c->g, id, a->pos[1]) < 0)
		return -1;
	return status_answer(c, id, a->pos[1], out);
}

int rem_dependency_status(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t id;
	if (cli_id(c, "dependency", a->pos[0], &id) < 0 ||
	    remote_send(c, "PATCH", arena_printf(c->g->arena, "dependencies/%lld", (long long)id),
			json_pack("{ss}", "status", a->pos[1]), NULL) < 0)
		return -1;
	return status_answer(c, id, a->pos[1], out);
}

int show_dependency_status(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	cli_printf(c, "Dependency %lld is now %s.\n", (long long)jget_id(j, "id"), jget_text(j, "status"));
	return 0;
}

int cmd_dependency_list(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t objective;
	struct grip_dependency **ds;
	size_t n;
	if (cli_id(c, "objective", a->pos[0], &objective) < 0 || grip_dependency_list(c->g, objective, &ds, &n) < 0)
		return -1;
	return cli_out(c, cli_array((void **)ds, n, (json_t * (*)(const void *)) grip_dependency_json), out);
}

int rem_dependency_list(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t objective;
	if (cli_id(c, "objective", a->pos[0], &objective) < 0)
		return -1;
	return remote_list(c, arena_printf(c->g->arena, "objectives/%lld/dependencies", (long long)objective), out);
}

int show_dependency_list(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	static const char *const heads[] = { "ID", "FROM", "ON OBJECTIVE", "ON UNIT", "STATUS", "NOTE" };
	struct table *t = table_new(c, 6, heads);
	size_t i;
	const json_t *d;
	json_array_foreach(j, i, d)
		table_add(t, cell_id(c, jget_id(d, "id")), cell_id(c, jget_id(d, "from_objective_id")),
			  cell_id(c, jget_id(d, "to_objective_id")), cli_fetch_str(c, CLI_UNIT, jget_id(d, "to_unit_id"), "name"),
			  jget_text(d, "status"), jget_str(d, "note"));
	table_print(t);
	return 0;
}

/* {"id":N,"deleted":true}: what a deletion prints with --json. */
static int deleted_answer(struct cli *c, int64_t id, json_t **out)
{
	return cli_out(c, json_pack("{sI sb}", "id", (json_int_t)id, "deleted", 1), out);
}

/* --title, --owner, --link, --kr into e ("" clears owner and link,
 * --kr none clears the key result). */
static int initiative_edit_args(struct cli *c, const struct cli_args *a, int64_t *id, struct grip_initiative_edit *e)
{
	*e = (struct grip_initiative_edit){ .title = arg_get(a, "title"), .owner_email = arg_get(a, "owner"),
					    .link = arg_get(a, "link") };
	const char *kr = arg_get(a, "kr");
	if (cli_id(c, "initiative", a->pos[0], id) < 0)
		return -1;
	if (kr && strcmp(kr, "none") == 0)
		e->key_result_id = -1;
	else if (kr && cli_id(c, "key_result_id", kr, &e->key_result_id) < 0)
		return -1;
	if (!e->title && !e->owner_email && !e->link && !e->key_result_id)
		return grip_fail(c->g, GRIP_EINVAL, NULL, "nothing to change: give --title, --owner, --link or --kr");
	return 0;
}

static int initiative_now(struct cli *c, int64_t id, json_t **out)
{
	struct grip_initiative *i = grip_initiative_get(c->g, id);
	return i ? cli_out(c, grip_initiative_json(i), out) : -1;
}

int cmd_initiative_edit(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t id;
	struct grip_initiative_edit e;
	if (initiative_edit_args(c, a, &id, &e) < 0 || grip_initiative_edit(c->g, id, &e) < 0)
		return -1;
	return initiative_now(c, id, out);
}

int rem_initiative_edit(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t id;
	struct grip_initiative_edit e;
	if (initiative_edit_args(c, a, &id, &e) < 0)
		return -1;
	json_t *kr = e.key_result_id > 0 ? json_integer(e.key_result_id) : e.key_result_id < 0 ? json_integer(0) : NULL;
	return remote_send(c, "PATCH", arena_printf(c->g->arena, "initiatives/%lld", (long long)id),
			   json_pack("{ss* ss* ss* so*}", "title", e.title, "owner", e.owner_email, "link", e.link,
				     "key_result_id", kr),
			   out);
}

int show_initiative_updated(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	cli_printf(c, "Updated initiative %lld: %s (%s)\n", (long long)jget_id(j, "id"), jget_text(j, "title"),
		   jget_text(j, "status"));
	return 0;
}

int cmd_initiative_delete(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t id;
	if (cli_id(c, "initiative", a->pos[0], &id) < 0 || grip_initiative_delete(c->g, id) < 0)
		return -1;
	return deleted_answer(c, id, out);
}

int rem_initiative_delete(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t id;
	if (cli_id(c, "initiative", a->pos[0], &id) < 0 ||
	    remote_call(c, "DELETE", arena_printf(c->g->arena, "initiatives/%lld", (long long)id), NULL) < 0)
		return -1;
	return deleted_answer(c, id, out);
}

int show_initiative_deleted(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	cli_printf(c, "Deleted initiative %lld.\n", (long long)jget_id(j, "id"));
	return 0;
}

int cmd_dependency_edit(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t id;
	struct grip_dependency *d;
	if (!arg_get(a, "note"))
		return grip_fail(c->g, GRIP_EINVAL, "note", "nothing to change: give --note");
	if (cli_id(c, "dependency", a->pos[0], &id) < 0 || grip_dependency_edit(c->g, id, arg_get(a, "note")) < 0 ||
	    !(d = grip_dependency_get(c->g, id)))
		return -1;
	return cli_out(c, grip_dependency_json(d), out);
}

int rem_dependency_edit(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t id;
	const char *note = arg_get(a, "note");
	if (!note)
		return grip_fail(c->g, GRIP_EINVAL, "note", "nothing to change: give --note");
	if (cli_id(c, "dependency", a->pos[0], &id) < 0)
		return -1;
	return remote_send(c, "PATCH", arena_printf(c->g->arena, "dependencies/%lld", (long long)id),
			   json_pack("{ss}", "note", note), out);
}

int show_dependency_updated(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	const char *note = jget_str(j, "note");
	cli_printf(c, "Updated dependency %lld (%s)%s%s\n", (long long)jget_id(j, "id"), jget_text(j, "status"),
		   note ? ": " : "", note ? note : "");
	return 0;
}

int cmd_dependency_delete(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t id;
	if (cli_id(c, "dependency", a->pos[0], &id) < 0 || grip_dependency_delete(c->g, id) < 0)
		return -1;
	return deleted_answer(c, id, out);
}

int rem_dependency_delete(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t id;
	if (cli_id(c, "dependency", a->pos[0], &id) < 0 ||
	    remote_call(c, "DELETE", arena_printf(c->g->arena, "dependencies/%lld", (long long)id), NULL) < 0)
		return -1;
	return deleted_answer(c, id, out);
}

int show_dependency_deleted(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	cli_printf(c, "Deleted dependency %lld.\n", (long long)jget_id(j, "id"));
	return 0;
}
