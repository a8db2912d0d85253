/*
 * cmd_coach.c — `grip coach`: the coach's hints (core/coach.c) on the
 * whole organisation or on one unit and the units below it, as the acting
 * person may see them. The answer is {"hints":[...]}, each hint as
 * grip_hint_json makes it; the text form is made from that JSON alone,
 * locally (cmd_) and over the API (rem_: GET /coach).
 */
#include "cli/cli.h"

#include "cli/remote.h"

int cmd_coach(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t unit = 0;
	const char *name = arg_get(a, "unit");
	if (name) {
		struct grip_unit *u = grip_unit_by_name(c->g, name);
		if (!u)
			return -1;
		unit = u->id;
	}
	struct grip_hint **hints;
	size_t n;
	if (grip_coach(c->g, unit, &hints, &n) < 0)
		return -1;
	json_t *list = cli_array((void **)hints, n, (json_t * (*)(const void *)) grip_hint_json);
	return cli_out(c, list ? json_pack("{so}", "hints", list) : NULL, out);
}

int rem_coach(struct cli *c, const struct cli_args *a, json_t **out)
{
	const char *name = arg_get(a, "unit");
	json_t *u = name ? remote_unit_named(c, name) : NULL;
	if (name && !u)
		return -1;
	const char *id = u ? arena_printf(c->g->arena, "%lld", (long long)jget_id(u, "id")) : NULL;
	return remote_call(c, "GET", remote_path(c, "coach", "unit", id, (char *)NULL), out);
}

/* warn  commitment.unlinked  commitment 4: commitment 4 of Bo Berg ...
 *       Link it to the outcome or objective it serves; ... */
int show_coach(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	const json_t *hints = json_object_get(j, "hints");
	if (!json_array_size(hints)) {
		cli_printf(c, "No hints.\n");
		return 0;
	}
	size_t i;
	const json_t *h;
	json_array_foreach(hints, i, h)
		cli_hint_line(c->out, h);
	return 0;
}

void cli_hint_line(struct sb *to, const json_t *h)
{
	sb_addf(to, "%-4s  %s  %s %lld: %s\n      %s\n", jget_text(h, "severity"), jget_text(h, "code"),
		jget_text(h, "entity"), (long long)jget_id(h, "entity_id"), jget_text(h, "message"),
		jget_text(h, "suggestion"));
}
