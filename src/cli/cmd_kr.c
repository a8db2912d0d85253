/*
 * cmd_kr.c — `grip kr ...`: add, update (record a value), show, edit,
 * history.
 */
#include "cli/cli.h"

#include <string.h>

static int show(struct cli *c, const struct grip_kr *kr, const char *verb)
{
	if (c->json)
		return cli_json(c, grip_kr_json(kr));
	cli_printf(c, "%s%s %lld: %s\n  %s: %s -> %s -> %s, progress %s, weight %s\n", verb, *verb ? " key result" : "Key result",
		   (long long)kr->id, kr->title, kr->kind, cell_amount(c, kr->baseline, kr->unit_label),
		   cell_amount(c, kr->current, kr->unit_label), cell_amount(c, kr->target, kr->unit_label),
		   cell_pct(c, kr->progress), cell_num(c, kr->weight));
	for (size_t i = 0; i < kr->n_milestones; i++)
		cli_printf(c, "  [%s] %s\n", kr->milestones[i].done ? "x" : " ", kr->milestones[i].title);
	return 0;
}

int cmd_kr_add(struct cli *c, const struct cli_args *a)
{
	int64_t objective;
	if (cli_id(c, "objective", a->pos[0], &objective) < 0)
		return -1;
	const char **milestones;
	size_t n = arg_all(c, a, "milestone", &milestones);
	bool boolean = arg_flag(a, "boolean");
	if (boolean && n)
		return grip_fail(c->g, GRIP_EINVAL, "kind", "a key result is either --boolean or has --milestone steps");
	struct grip_kr_new spec = {
		.title = a->pos[1],
		.kind = boolean ? "boolean" : n ? "milestones" : "metric",
		.unit_label = arg_get(a, "unit"),
		.owner_email = arg_get(a, "owner"),
		.milestones = milestones,
		.n_milestones = n,
	};
	if (!boolean && !n) {
		const char *b = arg_get(a, "baseline"), *t = arg_get(a, "target");
		if (!b || !t)
			return grip_fail(c->g, GRIP_EINVAL, b ? "target" : "baseline",
					 "is required for a metric key result (or use --boolean or --milestone)");
		if (cli_number(c, "baseline", b, &spec.baseline) < 0 || cli_number(c, "target", t, &spec.target) < 0)
			return -1;
	} else if (arg_get(a, "baseline") || arg_get(a, "target")) {
		return grip_fail(c->g, GRIP_EINVAL, "baseline", "only a metric key result has a baseline and a target");
	}
	if (arg_get(a, "weight") && cli_number(c, "weight", arg_get(a, "weight"), &spec.weight) < 0)
		return -1;
	if (arg_get(a, "weight") && spec.weight == 0)
		return grip_fail(c->g, GRIP_EINVAL, "weight", "must be a number above 0");
	struct grip_kr *kr = grip_kr_add(c->g, objective, &spec);
	return kr ? show(c, kr, "Added") : -1;
}

int cmd_kr_update(struct cli *c, const struct cli_args *a)
{
	int64_t id;
	double value;
	struct grip_kr *kr;
	if (cli_id(c, "key_result", a->pos[0], &id) < 0 || !(kr = grip_kr_get(c->g, id, NULL)) ||
	    grip_kr_parse_value(c->g, kr, a->pos[1], &value) < 0 ||
	    grip_kr_update(c->g, id, value, arg_get(a, "note"), arg_get(a, "at")) < 0 ||
	    !(kr = grip_kr_get(c->g, id, NULL)))
		return -1;
	return show(c, kr, "Updated");
}

int cmd_kr_show(struct cli *c, const struct cli_args *a)
{
	int64_t id;
	struct grip_kr *kr;
	if (cli_id(c, "key_result", a->pos[0], &id) < 0 || !(kr = grip_kr_get(c->g, id, arg_get(a, "as-of"))))
		return -1;
	return show(c, kr, "");
}

int cmd_kr_edit(struct cli *c, const struct cli_args *a)
{
	int64_t id;
	double baseline, target, weight;
	if (cli_id(c, "key_result", a->pos[0], &id) < 0)
		return -1;
	struct grip_kr_edit e = { .title = arg_get(a, "title"), .unit_label = arg_get(a, "unit"),
				  .reason = arg_get(a, "reason") };
	if (arg_get(a, "baseline")) {
		if (cli_number(c, "baseline", arg_get(a, "baseline"), &baseline) < 0)
			return -1;
		e.baseline = &baseline;
	}
	if (arg_get(a, "target")) {
		if (cli_number(c, "target", arg_get(a, "target"), &target) < 0)
			return -1;
		e.target = &target;
	}
	if (arg_get(a, "weight")) {
		if (cli_number(c, "weight", arg_get(a, "weight"), &weight) < 0)
			return -1;
		e.weight = &weight;
	}
	if (!e.title && !e.unit_label && !e.baseline && !e.target && !e.weight)
		return grip_fail(c->g, GRIP_EINVAL, NULL, "nothing to change: give --title, --unit, --baseline, --target or --weight");
	struct grip_kr *kr;
	if (grip_kr_edit(c->g, id, &e) < 0 || !(kr = grip_kr_get(c->g, id, NULL)))
		return -1;
	return show(c, kr, "Updated");
}

int cmd_kr_history(struct cli *c, const struct cli_args *a)
{
	int64_t id;
	struct grip_kr_value *vs;
	size_t n;
	if (cli_id(c, "key_result", a->pos[0], &id) < 0 || grip_kr_history(c->g, id, &vs, &n) < 0)
		return -1;
	if (c->json) {
		json_t *list = json_array();
		for (size_t i = 0; list && i < n; i++)
			json_array_append_new(list, json_pack("{so ss ss? so}", "value", grip_json_number(vs[i].value),
							      "at", vs[i].at, "note", vs[i].note, "checkin_id",
							      grip_json_id(vs[i].checkin_id)));
		return cli_json(c, list);
	}
	static const char *const heads[] = { "AT", "VALUE", "CHECK-IN", "NOTE" };
	struct table *t = table_new(c, 4, heads);
	for (size_t i = 0; i < n; i++)
		table_add(t, vs[i].at, cell_num(c, vs[i].value), cell_id(c, vs[i].checkin_id), vs[i].note);
	table_print(t);
	return 0;
}
