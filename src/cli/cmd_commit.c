/*
 * cmd_commit.c — `grip commit ...`: weekly commitments: add, edit, delete,
 * close, list; locally (cmd_), over the API (rem_), and their one text form
 * (show_).
 */
#include "cli/cli.h"

#include "cli/remote.h"

/* "Added commitment 3 for bo@acme.test, 2026-W48: Ship the tour (open)" */
static int commitment_line(struct cli *c, const json_t *m, const char *verb)
{
	cli_printf(c, "%s commitment %lld for %s, %s: %s (%s)\n", verb, (long long)jget_id(m, "id"),
		   jget_text(m, "email"), jget_text(m, "week"), jget_text(m, "text"), jget_text(m, "status"));
	return 0;
}

/* After the new one, the person's earlier commitments still open. */
int show_commit_added(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	commitment_line(c, j, "Added");
	cli_hints(c, j);
	const json_t *open = json_object_get(j, "to_close");
	if (!json_array_size(open))
		return 0;
	cli_printf(c, "Still open from earlier weeks (close with: grip commit close ID done|partial|missed):\n");
	size_t i;
	const json_t *m;
	json_array_foreach(open, i, m)
		cli_printf(c, "  %lld  %s  %s\n", (long long)jget_id(m, "id"), jget_text(m, "week"), jget_text(m, "text"));
	return 0;
}

int show_commit_closed(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	return commitment_line(c, j, "Closed");
}

static int goal_arg(struct cli *c, const struct cli_args *a, int64_t *goal)
{
	*goal = 0;
	return arg_get(a, "goal") ? cli_id(c, "objective_id", arg_get(a, "goal"), goal) : 0;
}

int cmd_commit_add(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t goal;
	struct grip_commitment *m;
	if (goal_arg(c, a, &goal) < 0 ||
	    !(m = grip_commit_add(c->g, a->pos[0], a->pos[1], arg_get(a, "week"), goal, arg_flag(a, "shared"))))
		return -1;
	json_t *j = grip_with_hints(c->g, grip_commit_added_json(c->g, m), "commitment", m->id);
	return j ? cli_out(c, j, out) : -1;
}

int rem_commit_add(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t goal;
	if (goal_arg(c, a, &goal) < 0)
		return -1;
	return remote_send(c, "POST", "commitments",
			   json_pack("{ss ss ss* so* so*}", "email", a->pos[0], "text", a->pos[1], "week",
				     arg_get(a, "week"), "objective_id", goal ? json_integer(goal) : NULL, "shared",
				     arg_flag(a, "shared") ? json_true() : NULL),
			   out);
}

int cmd_commit_close(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t id;
	struct grip_commitment *m;
	if (cli_id(c, "commitment", a->pos[0], &id) < 0 ||
	    grip_commit_close(c->g, id, a->pos[1], arg_get(a, "reflection")) < 0 || !(m = grip_commit_get(c->g, id)))
		return -1;
	return cli_out(c, grip_commitment_json(m), out);
}

int rem_commit_close(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t id;
	if (cli_id(c, "commitment", a->pos[0], &id) < 0)
		return -1;
	return remote_send(c, "POST", arena_printf(c->g->arena, "commitments/%lld/close", (long long)id),
			   json_pack("{ss ss*}", "status", a->pos[1], "reflection", arg_get(a, "reflection")), out);
}

int cmd_commit_list(struct cli *c, const struct cli_args *a, json_t **out)
{
	struct grip_commitment **ms;
	size_t n;
	if (grip_commit_list(c->g, arg_get(a, "email"), arg_get(a, "week"), &ms, &n) < 0)
		return -1;
	return cli_out(c, cli_array((void **)ms, n, (json_t * (*)(const void *)) grip_commitment_json), out);
}

int rem_commit_list(struct cli *c, const struct cli_args *a, json_t **out)
{
	return remote_list(c,
			   remote_path(c, "commitments", "email", arg_get(a, "email"), "week", arg_get(a, "week"),
				       (char *)NULL),
			   out);
}

int show_commit_list(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	static const char *const heads[] = { "ID", "WEEK", "EMAIL", "TEXT", "GOAL", "STATUS", "REFLECTION" };
	struct table *t = table_new(c, 7, heads);
	size_t i;
	const json_t *m;
	json_array_foreach(j, i, m)
		table_add(t, cell_id(c, jget_id(m, "id")), jget_text(m, "week"), jget_text(m, "email"),
			  jget_text(m, "text"), cell_id(c, jget_id(m, "objective_id")), jget_text(m, "status"),
			  jget_str(m, "reflection"));
	table_print(t);
	return 0;
}

/* The change --text, --goal/--no-goal, --shared/--private ask for. */
static int edit_args(struct cli *c, const struct cli_args *a, int64_t *id, struct grip_commit_edit *e)
{
	*e = (struct grip_commit_edit){ .text = arg_get(a, "text"), .objective_id = -1, .shared = -1 };
	if (cli_id(c, "commitment", a->pos[0], id) < 0)
		return -1;
	if (arg_get(a, "goal") && arg_flag(a, "no-goal"))
		return grip_fail(c->g, GRIP_EINVAL, "goal", "give --goal ID or --no-goal, not both");
	if (arg_flag(a, "shared") && arg_flag(a, "private"))
		return grip_fail(c->g, GRIP_EINVAL, "shared", "give --shared or --private, not both");
	if (arg_get(a, "goal") && cli_id(c, "objective_id", arg_get(a, "goal"), &e->objective_id) < 0)
		return -1;
	if (arg_flag(a, "no-goal"))
		e->objective_id = 0;
	if (arg_flag(a, "shared") || arg_flag(a, "private"))
		e->shared = arg_flag(a, "shared");
	return 0;
}

int cmd_commit_edit(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t id;
	struct grip_commit_edit e;
	struct grip_commitment *m;
	if (edit_args(c, a, &id, &e) < 0 || grip_commit_edit(c->g, id, &e) < 0 || !(m = grip_commit_get(c->g, id)))
		return -1;
	return cli_out(c, grip_with_hints(c->g, grip_commitment_json(m), "commitment", id), out);
}

int rem_commit_edit(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t id;
	struct grip_commit_edit e;
	if (edit_args(c, a, &id, &e) < 0)
		return -1;
	json_t *body = json_pack("{ss*}", "text", e.text);
	if (body && e.objective_id >= 0)
		json_object_set_new(body, "objective_id", e.objective_id ? json_integer(e.objective_id) : json_null());
	if (body && e.shared >= 0)
		json_object_set_new(body, "shared", json_boolean(e.shared));
	return remote_send(c, "PATCH", arena_printf(c->g->arena, "commitments/%lld", (long long)id), body, out);
}

int show_commit_edited(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	commitment_line(c, j, "Changed");
	cli_hints(c, j);
	if (json_integer_value(json_object_get(j, "objective_id")))
		cli_printf(c, "  linked to objective %lld%s\n", (long long)jget_id(j, "objective_id"),
			   json_is_true(json_object_get(j, "shared")) ? ", shared with the group" : "");
	else
		cli_printf(c, "  linked to nothing%s\n",
			   json_is_true(json_object_get(j, "shared")) ? ", shared with the group" : "");
	return 0;
}

static int commit_deleted(struct cli *c, int64_t id, json_t **out)
{
	return cli_out(c, json_pack("{sI sb}", "id", (json_int_t)id, "deleted", 1), out);
}

int cmd_commit_delete(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t id;
	if (cli_id(c, "commitment", a->pos[0], &id) < 0 || grip_commit_delete(c->g, id) < 0)
		return -1;
	return commit_deleted(c, id, out);
}

int rem_commit_delete(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t id;
	if (cli_id(c, "commitment", a->pos[0], &id) < 0 ||
	    remote_call(c, "DELETE", arena_printf(c->g->arena, "commitments/%lld", (long long)id), NULL) < 0)
		return -1;
	return commit_deleted(c, id, out);
}

int show_commit_deleted(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	cli_printf(c, "Deleted commitment %lld.\n", (long long)jget_id(j, "id"));
	return 0;
}
