/*
 * cmd_cycle.c — `grip cycle ...`: add, list, show, edit and delete (in
 * planning), open (early); scoring and close are in cmd_score.c;
 * locally (cmd_), over the API (rem_), and their one text form (show_).
 */
#include "cli/cli.h"

#include "cli/remote.h"
#include "util/date.h"

/* "Added cycle 2026-Q4 (quarter): 2026-10-01 to 2026-12-31, active; mid-point 2026-11-16" */
static int cycle_line(struct cli *c, const json_t *cy, const char *verb)
{
	cli_printf(c, "%s%s %s (%s): %s to %s, %s; mid-point %s\n", verb, *verb ? " cycle" : "Cycle", jget_text(cy, "name"),
		   jget_text(cy, "kind"), jget_text(cy, "starts_on"), jget_text(cy, "ends_on"),
		   jget_text(cy, "status"), jget_text(cy, "midpoint"));
	return 0;
}

/* One fact a line: "2026-Q4 (quarter)", then from, to, weeks, status, ... */
int show_cycle(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	cli_printf(c, "%s (%s)\n", jget_text(j, "name"), jget_text(j, "kind"));
	cli_printf(c, "  from       %s\n  to         %s\n", jget_text(j, "starts_on"), jget_text(j, "ends_on"));
	const char *group = cli_fetch_str(c, CLI_UNIT, jget_id(j, "unit_id"), "name");
	if (group)
		cli_printf(c, "  group      %s\n", group);
	if (json_is_integer(json_object_get(j, "weeks")))
		cli_printf(c, "  weeks      %lld\n", (long long)json_integer_value(json_object_get(j, "weeks")));
	cli_printf(c, "  mid-point  %s\n  status     %s\n", jget_text(j, "midpoint"), jget_text(j, "status"));
	if (json_is_string(json_object_get(j, "opened_on")))
		cli_printf(c, "  opened on  %s\n", jget_text(j, "opened_on"));
	if (json_is_string(json_object_get(j, "closed_at")))
		cli_printf(c, "  closed at  %s\n", jget_text(j, "closed_at"));
	return 0;
}

int show_carry(struct cli *c, const struct cli_args *a, const json_t *j);

/* A cycle added from a previous one says what it carried forward. */
int show_cycle_added(struct cli *c, const struct cli_args *a, const json_t *j)
{
	cycle_line(c, j, "Added");
	const json_t *carry = json_object_get(j, "carry");
	return carry ? show_carry(c, a, carry) : 0;
}

int show_cycle_opened(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	return cycle_line(c, j, "Opened");
}

int show_cycle_closed(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	return cycle_line(c, j, "Closed");
}

int show_cycle_scoring(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	return cycle_line(c, j, "Scoring");
}

static int weeks_arg(struct cli *c, const struct cli_args *a, int64_t *weeks)
{
	const char *w = arg_get(a, "weeks");
	*weeks = 0;
	return w ? cli_int(c, "weeks", w, 1, 104, weeks) : 0;
}

/* --from is the first day, or names the cycle the new one follows and
 * carries forward from: a valid date is a day; else the name of a cycle
 * there is, or text that cannot be a day (it has more than digits and
 * dashes) is a cycle's name; what is left is a day, refused as one. */
static void from_arg(struct cli *c, const struct cli_args *a, const char **first, const char **previous)
{
	int32_t day;
	*first = arg_get(a, "from");
	*previous = NULL;
	if (!*first || date_parse(*first, &day))
		return;
	struct grip_error saved = c->g->err;
	bool named = c->remote ? remote_cycle_named(c, *first) != NULL : grip_cycle_by_name(c->g, *first) != NULL;
	c->g->err = saved;
	for (const char *p = *first; !named && *p; p++)
		named = (*p < '0' || *p > '9') && *p != '-';
	if (named) {
		*previous = *first;
		*first = NULL;
	}
}

int cmd_cycle_add(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t weeks;
	if (weeks_arg(c, a, &weeks) < 0)
		return -1;
	struct grip_cycle_new n = { .name = a->pos[0], .kind = arg_get(a, "kind"), .to = arg_get(a, "to"),
				    .weeks = (int)weeks, .unit = arg_get(a, "unit") };
	from_arg(c, a, &n.from, &n.previous);
	struct grip_carry *carry;
	struct grip_cycle *cy = grip_cycle_add_from(c->g, &n, &carry);
	if (!cy)
		return -1;
	json_t *j = grip_cycle_json(cy);
	if (j && carry)
		json_object_set_new(j, "carry", grip_carry_json(carry));
	return cli_out(c, j, out);
}

int rem_cycle_add(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t weeks;
	if (weeks_arg(c, a, &weeks) < 0)
		return -1;
	const char *first, *previous;
	from_arg(c, a, &first, &previous);
	return remote_send(c, "POST", "cycles",
			   json_pack("{ss ss* ss* ss* so* ss* ss*}", "name", a->pos[0], "kind", arg_get(a, "kind"),
				     "starts_on", first, "ends_on", arg_get(a, "to"), "weeks",
				     weeks ? json_integer(weeks) : NULL, "unit", arg_get(a, "unit"), "from", previous),
			   out);
}

int cmd_cycle_list(struct cli *c, const struct cli_args *a, json_t **out)
{
	(void)a;
	struct grip_cycle **cs;
	size_t n;
	if (grip_cycle_list(c->g, &cs, &n) < 0)
		return -1;
	return cli_out(c, cli_array((void **)cs, n, (json_t * (*)(const void *)) grip_cycle_json), out);
}

int rem_cycle_list(struct cli *c, const struct cli_args *a, json_t **out)
{
	(void)a;
	return remote_list(c, "cycles", out);
}

int show_cycle_list(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	static const char *const heads[] = { "ID", "NAME", "KIND", "FROM", "TO", "STATUS" };
	struct table *t = table_new(c, 6, heads);
	size_t i;
	const json_t *cy;
	json_array_foreach(j, i, cy)
		table_add(t, cell_id(c, jget_id(cy, "id")), jget_text(cy, "name"), jget_text(cy, "kind"),
			  jget_text(cy, "starts_on"), jget_text(cy, "ends_on"), jget_text(cy, "status"));
	table_print(t);
	return 0;
}

int cmd_cycle_show(struct cli *c, const struct cli_args *a, json_t **out)
{
	struct grip_cycle *cy = grip_cycle_by_name(c->g, a->pos[0]);
	return cy ? cli_out(c, grip_cycle_json(cy), out) : -1;
}

int rem_cycle_show(struct cli *c, const struct cli_args *a, json_t **out)
{
	return (*out = remote_cycle_named(c, a->pos[0])) ? 0 : -1;
}

int show_cycle_updated(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	return cycle_line(c, j, "Updated");
}

int cmd_cycle_edit(struct cli *c, const struct cli_args *a, json_t **out)
{
	struct grip_cycle *cy = grip_cycle_by_name(c->g, a->pos[0]);
	if (!cy || grip_cycle_edit(c->g, cy->id, arg_get(a, "name"), arg_get(a, "from"), arg_get(a, "to")) < 0 ||
	    !(cy = grip_cycle_get(c->g, cy->id)))
		return -1;
	return cli_out(c, grip_cycle_json(cy), out);
}

int rem_cycle_edit(struct cli *c, const struct cli_args *a, json_t **out)
{
	json_t *cy = remote_cycle_named(c, a->pos[0]);
	if (!cy)
		return -1;
	return remote_send(c, "PATCH", arena_printf(c->g->arena, "cycles/%lld", (long long)jget_id(cy, "id")),
			   json_pack("{ss* ss* ss*}", "name", arg_get(a, "name"), "starts_on", arg_get(a, "from"),
				     "ends_on", arg_get(a, "to")),
			   out);
}

static int cycle_deleted(struct cli *c, int64_t id, const char *name, json_t **out)
{
	return cli_out(c, json_pack("{sI ss sb}", "id", (json_int_t)id, "name", name, "deleted", 1), out);
}

int cmd_cycle_delete(struct cli *c, const struct cli_args *a, json_t **out)
{
	struct grip_cycle *cy = grip_cycle_by_name(c->g, a->pos[0]);
	if (!cy || grip_cycle_delete(c->g, cy->id) < 0)
		return -1;
	return cycle_deleted(c, cy->id, cy->name, out);
}

int rem_cycle_delete(struct cli *c, const struct cli_args *a, json_t **out)
{
	json_t *cy = remote_cycle_named(c, a->pos[0]);
	if (!cy || remote_call(c, "DELETE", arena_printf(c->g->arena, "cycles/%lld", (long long)jget_id(cy, "id")), NULL) < 0)
		return -1;
	return cycle_deleted(c, jget_id(cy, "id"), jget_text(cy, "name"), out);
}

int show_cycle_deleted(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	cli_printf(c, "Deleted cycle %s.\n", jget_text(j, "name"));
	return 0;
}

static int change(struct cli *c, const struct cli_args *a, int (*fn)(struct grip *, int64_t), json_t **out)
{
	struct grip_cycle *cy = grip_cycle_by_name(c->g, a->pos[0]);
	if (!cy || fn(c->g, cy->id) < 0 || !(cy = grip_cycle_get(c->g, cy->id)))
		return -1;
	return cli_out(c, grip_cycle_json(cy), out);
}

static int rem_change(struct cli *c, const struct cli_args *a, const char *action, json_t **out)
{
	json_t *cy = remote_cycle_named(c, a->pos[0]);
	if (!cy)
		return -1;
	return remote_call(c, "POST", arena_printf(c->g->arena, "cycles/%lld/%s", (long long)jget_id(cy, "id"), action),
			   out);
}

int cmd_cycle_open(struct cli *c, const struct cli_args *a, json_t **out)
{
	return change(c, a, grip_cycle_open, out);
}

int rem_cycle_open(struct cli *c, const struct cli_args *a, json_t **out)
{
	return rem_change(c, a, "open", out);
}
