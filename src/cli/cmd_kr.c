/*
 * cmd_kr.c — `grip kr ...`: add, update (record a value, or tick a
 * milestone by name), show, edit, delete, history; locally (cmd_), over the
 * API (rem_), and their one text form (show_).
 */
#include "cli/cli.h"

#include <string.h>

#include "cli/remote.h"

/* "Added key result 2: Lead time\n  metric: 14 days -> 14 days -> 5 days, ..." */
static int kr_lines(struct cli *c, const json_t *kr, const char *verb)
{
	const char *label = jget_str(kr, "unit");
	cli_printf(c, "%s%s %lld: %s\n  %s: %s -> %s -> %s, progress %s, weight %s\n", verb,
		   *verb ? " key result" : "Key result", (long long)jget_id(kr, "id"), jget_text(kr, "title"),
		   jget_text(kr, "kind"), cell_amount(c, jget_num(kr, "baseline"), label),
		   cell_amount(c, jget_num(kr, "current"), label), cell_amount(c, jget_num(kr, "target"), label),
		   cell_pct(c, jget_num(kr, "progress")), cell_num(c, jget_num(kr, "weight")));
	size_t i;
	const json_t *m;
	json_array_foreach(json_object_get(kr, "milestones"), i, m) {
		cli_printf(c, "  [%s] %s", jget_bool(m, "done") ? "x" : " ", jget_text(m, "title"));
		if (jget_num(m, "weight") != 1)
			cli_printf(c, " (weight %s)", cell_num(c, jget_num(m, "weight")));
		cli_printf(c, "\n");
	}
	return 0;
}

int show_kr(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	return kr_lines(c, j, "");
}

int show_kr_added(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	kr_lines(c, j, "Added");
	cli_hints(c, j);
	return 0;
}

int show_kr_updated(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	kr_lines(c, j, "Updated");
	cli_hints(c, j); /* after an edit */
	return 0;
}

/* The objective and the new key result from the arguments, checked as the
 * command needs them. */
static int add_args(struct cli *c, const struct cli_args *a, int64_t *objective, struct grip_kr_new *spec)
{
	if (cli_id(c, "objective", a->pos[0], objective) < 0)
		return -1;
	const char **milestones;
	size_t n = arg_all(c, a, "milestone", &milestones);
	bool boolean = arg_flag(a, "boolean");
	if (boolean && n)
		return grip_fail(c->g, GRIP_EINVAL, "kind", "a key result is either --boolean or has --milestone steps");
	/* "Build=2": a milestone and its weight. */
	const char **titles = n ? arena_calloc(c->g->arena, n, sizeof *titles) : NULL;
	double *weights = n ? arena_calloc(c->g->arena, n, sizeof *weights) : NULL;
	if (n && (!titles || !weights))
		return grip_fail(c->g, GRIP_ENOMEM, NULL, "out of memory");
	for (size_t i = 0; i < n; i++)
		if (grip_kr_parse_milestone(c->g, milestones[i], &titles[i], &weights[i]) < 0)
			return -1;
	*spec = (struct grip_kr_new){
		.title = a->pos[1],
		.kind = boolean ? "boolean" : n ? "milestones" : "metric",
		.unit_label = arg_get(a, "unit"),
		.owner_email = arg_get(a, "owner"),
		.milestones = titles,
		.milestone_weights = weights,
		.n_milestones = n,
		.given = true, /* the core judges what is missing or too much */
	};
	const char *b = arg_get(a, "baseline"), *t = arg_get(a, "target"), *w = arg_get(a, "weight");
	spec->has_baseline = b, spec->has_target = t, spec->has_weight = w;
	if ((b && cli_number(c, "baseline", b, &spec->baseline) < 0) ||
	    (t && cli_number(c, "target", t, &spec->target) < 0) || (w && cli_number(c, "weight", w, &spec->weight) < 0))
		return -1;
	return 0;
}

int cmd_kr_add(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t objective;
	struct grip_kr_new spec;
	struct grip_kr *kr;
	if (add_args(c, a, &objective, &spec) < 0 || !(kr = grip_kr_add(c->g, objective, &spec)))
		return -1;
	return cli_out(c, grip_with_hints(c->g, grip_kr_json(kr), "key_result", kr->id), out);
}

int rem_kr_add(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t objective;
	struct grip_kr_new spec;
	if (add_args(c, a, &objective, &spec) < 0)
		return -1;
	enum grip_kr_kind kind;
	bool metric = grip_kr_kind_parse(spec.kind, &kind) == 0 && kind == GRIP_KR_METRIC;
	json_t *milestones = spec.n_milestones ? json_array() : NULL;
	for (size_t i = 0; milestones && i < spec.n_milestones; i++)
		json_array_append_new(milestones, json_pack("{ss so}", "title", spec.milestones[i], "weight",
							    json_real(spec.milestone_weights[i])));
	return remote_send(c, "POST", arena_printf(c->g->arena, "objectives/%lld/key_results", (long long)objective),
			   json_pack("{ss ss so* so* ss* so* ss* so*}", "title", spec.title, "kind", spec.kind,
				     "baseline", metric ? json_real(spec.baseline) : NULL, "target",
				     metric ? json_real(spec.target) : NULL, "unit", spec.unit_label, "weight",
				     arg_get(a, "weight") ? json_real(spec.weight) : NULL, "owner", spec.owner_email,
				     "milestones", milestones),
			   out);
}

/* The id in the first argument and the value in the second, read as that
 * key result's kind expects it (a boolean takes yes or no, a milestones
 * key result a count or a milestone's name). */
static int update_args(struct cli *c, const struct cli_args *a, int64_t *id, double *value)
{
	if (cli_id(c, "key_result", a->pos[0], id) < 0)
		return -1;
	json_t *kr = cli_fetch(c, CLI_KR, *id);
	if (!kr)
		return -1;
	const json_t *ms = json_object_get(kr, "milestones");
	struct grip_kr k = { .id = *id, .n_milestones = json_array_size(ms) };
	if (grip_kr_kind_parse(jget_text(kr, "kind"), &k.kind) < 0)
		return grip_fail(c->g, GRIP_ESTORE, "kind", "key result %lld has an unknown kind", (long long)*id);
	if (k.n_milestones && !(k.milestones = arena_calloc(c->g->arena, k.n_milestones, sizeof *k.milestones)))
		return grip_fail(c->g, GRIP_ENOMEM, NULL, "out of memory");
	for (size_t i = 0; i < k.n_milestones; i++)
		k.milestones[i].title = jget_text(json_array_get(ms, i), "title");
	return grip_kr_parse_value(c->g, &k, a->pos[1], value);
}

int cmd_kr_update(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t id;
	double value;
	struct grip_kr *kr;
	if (update_args(c, a, &id, &value) < 0 ||
	    grip_kr_update(c->g, id, value, arg_get(a, "note"), arg_get(a, "at")) < 0 ||
	    !(kr = grip_kr_get(c->g, id, NULL)))
		return -1;
	return cli_out(c, grip_kr_json(kr), out);
}

int rem_kr_update(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t id;
	double value;
	if (update_args(c, a, &id, &value) < 0)
		return -1;
	return remote_send(c, "POST", arena_printf(c->g->arena, "key_results/%lld/values", (long long)id),
			   json_pack("{sf ss* ss*}", "value", value, "note", arg_get(a, "note"), "at", arg_get(a, "at")),
			   out);
}

int cmd_kr_show(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t id;
	struct grip_kr *kr;
	if (cli_id(c, "key_result", a->pos[0], &id) < 0 || !(kr = grip_kr_get(c->g, id, arg_get(a, "as-of"))))
		return -1;
	return cli_out(c, grip_kr_json(kr), out);
}

int rem_kr_show(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t id;
	if (cli_id(c, "key_result", a->pos[0], &id) < 0)
		return -1;
	return remote_call(c, "GET",
			   remote_path(c, arena_printf(c->g->arena, "key_results/%lld", (long long)id), "as_of",
				       arg_get(a, "as-of"), (char *)NULL),
			   out);
}

/* The changes from the arguments: numbers parsed into the caller's slots. */
static int edit_args(struct cli *c, const struct cli_args *a, int64_t *id, struct grip_kr_edit *e, double v[3])
{
	static const char *const numbers[] = { "baseline", "target", "weight" };
	if (cli_id(c, "key_result", a->pos[0], id) < 0)
		return -1;
	*e = (struct grip_kr_edit){ .title = arg_get(a, "title"), .unit_label = arg_get(a, "unit"),
				    .reason = arg_get(a, "reason") };
	const double **slots[] = { &e->baseline, &e->target, &e->weight };
	for (int i = 0; i < 3; i++) {
		const char *text = arg_get(a, numbers[i]);
		if (!text)
			continue;
		if (cli_number(c, numbers[i], text, &v[i]) < 0)
			return -1;
		*slots[i] = &v[i];
	}
	if (!e->title && !e->unit_label && !e->baseline && !e->target && !e->weight)
		return grip_fail(c->g, GRIP_EINVAL, NULL, "nothing to change: give --title, --unit, --baseline, --target or --weight");
	return 0;
}

int cmd_kr_edit(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t id;
	struct grip_kr_edit e;
	double v[3];
	struct grip_kr *kr;
	if (edit_args(c, a, &id, &e, v) < 0 || grip_kr_edit(c->g, id, &e) < 0 || !(kr = grip_kr_get(c->g, id, NULL)))
		return -1;
	return cli_out(c, grip_with_hints(c->g, grip_kr_json(kr), "key_result", id), out);
}

int rem_kr_edit(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t id;
	struct grip_kr_edit e;
	double v[3];
	if (edit_args(c, a, &id, &e, v) < 0)
		return -1;
	return remote_send(c, "PATCH", arena_printf(c->g->arena, "key_results/%lld", (long long)id),
			   json_pack("{ss* ss* so* so* so* ss*}", "title", e.title, "unit", e.unit_label, "baseline",
				     e.baseline ? json_real(*e.baseline) : NULL, "target",
				     e.target ? json_real(*e.target) : NULL, "weight",
				     e.weight ? json_real(*e.weight) : NULL, "reason", e.reason),
			   out);
}

int show_kr_deleted(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	cli_printf(c, "Deleted key result %lld: %s\n", (long long)jget_id(j, "id"), jget_text(j, "title"));
	return 0;
}

/* The key result as it was, for the output, then gone. */
int cmd_kr_delete(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t id;
	json_t *kr;
	if (cli_id(c, "key_result", a->pos[0], &id) < 0 || !(kr = cli_fetch(c, CLI_KR, id)) ||
	    grip_kr_delete(c->g, id, arg_get(a, "reason")) < 0)
		return -1;
	return cli_out(c, json_incref(kr), out);
}

int rem_kr_delete(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t id;
	json_t *kr;
	if (cli_id(c, "key_result", a->pos[0], &id) < 0 || !(kr = cli_fetch(c, CLI_KR, id)) ||
	    remote_call(c, "DELETE",
			remote_path(c, arena_printf(c->g->arena, "key_results/%lld", (long long)id), "reason",
				    arg_get(a, "reason"), (char *)NULL),
			NULL) < 0)
		return -1;
	return cli_out(c, json_incref(kr), out);
}

static json_t *value_json(const void *item)
{
	const struct grip_kr_value *v = item;
	return json_pack("{so ss ss? so}", "value", grip_json_number(v->value), "at", v->at, "note", v->note,
			 "checkin_id", grip_json_id(v->checkin_id));
}

int cmd_kr_history(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t id;
	struct grip_kr_value *vs;
	size_t n;
	if (cli_id(c, "key_result", a->pos[0], &id) < 0 || grip_kr_history(c->g, id, &vs, &n) < 0)
		return -1;
	json_t *list = json_array();
	for (size_t i = 0; list && i < n; i++)
		json_array_append_new(list, value_json(&vs[i]));
	return cli_out(c, list, out);
}

int rem_kr_history(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t id;
	if (cli_id(c, "key_result", a->pos[0], &id) < 0)
		return -1;
	return remote_list(c, arena_printf(c->g->arena, "key_results/%lld/values", (long long)id), out);
}

int show_kr_history(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	static const char *const heads[] = { "AT", "VALUE", "CHECK-IN", "NOTE" };
	struct table *t = table_new(c, 4, heads);
	size_t i;
	const json_t *v;
	json_array_foreach(j, i, v)
		table_add(t, jget_text(v, "at"), cell_num(c, jget_num(v, "value")), cell_id(c, jget_id(v, "checkin_id")),
			  jget_str(v, "note"));
	table_print(t);
	return 0;
}
