/*
 * cmd_carry.c — `grip carry`: one objective (`grip carry ID --to CYCLE`) or
 * every unfinished one of a unit (`grip carry --unit NAME --from CYCLE --to
 * CYCLE`) carried forward into a later cycle; locally (cmd_), over the API
 * (rem_), and the one text form of what was carried (show_carry), which
 * `grip cycle add --from PREVIOUS` prints too.
 */
#include "cli/cli.h"

#include "cli/remote.h"

/* One objective by id, or a unit's: not both, and one of them. */
static int carry_form(struct cli *c, const struct cli_args *a, int64_t *id)
{
	*id = 0;
	if (a->npos && (arg_get(a, "unit") || arg_get(a, "from"))) {
		return grip_fail(c->g, GRIP_EINVAL, NULL,
				 "carry OBJECTIVE_ID --to CYCLE, or carry --unit NAME --from CYCLE --to CYCLE: not both");
	}
	return a->npos ? cli_id(c, "objective", a->pos[0], id) : 0;
}

int cmd_carry(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t id;
	int rc = carry_form(c, a, &id);
	if (rc < 0)
		return rc;
	struct grip_carry *carry;
	if ((id ? grip_carry_objective(c->g, id, arg_get(a, "to"), &carry)
		: grip_carry_unit(c->g, arg_get(a, "unit"), arg_get(a, "from"), arg_get(a, "to"), &carry)) < 0)
		return -1;
	return cli_out(c, grip_carry_json(carry), out);
}

int rem_carry(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t id;
	int rc = carry_form(c, a, &id);
	if (rc < 0)
		return rc;
	if (id)
		return remote_send(c, "POST", arena_printf(c->g->arena, "objectives/%lld/carry", (long long)id),
				   json_pack("{ss*}", "to", arg_get(a, "to")), out);
	const char *from = arg_get(a, "from");
	if (!arg_get(a, "unit"))
		return grip_fail(c->g, GRIP_EINVAL, "unit", "is required: the unit whose objectives to carry");
	if (!remote_unit_named(c, arg_get(a, "unit")))
		return -1;
	if (!from)
		return grip_fail(c->g, GRIP_EINVAL, "from", "is required: the cycle to carry from");
	json_t *cy = remote_cycle_named(c, from);
	if (!cy)
		return -1;
	return remote_send(c, "POST", arena_printf(c->g->arena, "cycles/%lld/carry", (long long)jget_id(cy, "id")),
			   json_pack("{ss ss*}", "unit", arg_get(a, "unit"), "to", arg_get(a, "to")), out);
}

static void show_notes(struct cli *c, const json_t *notes, const char *indent)
{
	size_t i;
	const json_t *n;
	json_array_foreach(notes, i, n) {
		const char *what = jget_text(n, "what");
		long long id = (long long)jget_id(n, "id");
		if (what[0] == 'k')
			cli_printf(c, "%skey result %lld stays behind: %s\n", indent, id, jget_text(n, "reason"));
		else if (what[0] == 'a')
			cli_printf(c, "%snot aligned to %lld: %s\n", indent, id, jget_text(n, "reason"));
		else
			cli_printf(c, "%sskipped objective %lld: %s\n", indent, id, jget_text(n, "reason"));
	}
}

/* "Carried 2 objectives from 2026-Q3 into 2026-Q4." then each copy. */
int show_carry(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	const json_t *items = json_object_get(j, "carried");
	size_t n = json_array_size(items);
	cli_printf(c, "Carried %zu objective%s from %s into %s.\n", n, n == 1 ? "" : "s", jget_text(j, "from"),
		   jget_text(j, "to"));
	size_t i, k;
	const json_t *it, *v;
	json_array_foreach(items, i, it) {
		cli_printf(c, "Objective %lld -> %lld: %s\n", (long long)jget_id(it, "from_id"), (long long)jget_id(it, "id"),
			   jget_text(it, "title"));
		json_array_foreach(json_object_get(it, "key_results"), k, v) {
			cli_printf(c, "  key result %lld -> %lld %s: ", (long long)jget_id(v, "from_id"),
				   (long long)jget_id(v, "id"), jget_text(v, "title"));
			if (jget_text(v, "kind")[0] == 'm' && jget_text(v, "kind")[1] == 'e')
				cli_printf(c, "baseline %s (was %s), target %s\n", cell_num(c, jget_num(v, "baseline")),
					   cell_num(c, jget_num(v, "was_baseline")), cell_num(c, jget_num(v, "target")));
			else
				cli_printf(c, "%s, as it was\n", jget_text(v, "kind"));
		}
		json_array_foreach(json_object_get(it, "aligns_to"), k, v) {
			cli_printf(c, "  aligned to %lld", (long long)jget_id(v, "parent_id"));
			if (jget_id(v, "copy_of"))
				cli_printf(c, " (the copy of %lld)", (long long)jget_id(v, "copy_of"));
			cli_printf(c, "\n");
		}
		show_notes(c, json_object_get(it, "left_behind"), "  ");
	}
	show_notes(c, json_object_get(j, "skipped"), "");
	return 0;
}
