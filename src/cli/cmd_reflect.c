/*
 * cmd_reflect.c — `grip reflect` (an objective's reflection: show it, or
 * write what worked, what did not, what to carry forward) and `grip
 * calibration` (how hard a cycle's goals were set, per unit and person);
 * locally (cmd_), over the API (rem_), and their one text form (show_).
 */
#include "cli/cli.h"

#include "cli/remote.h"

/* The options of `grip reflect`, as the core's edit; *any: one was given. */
static struct grip_reflection_edit reflect_edit(const struct cli_args *a, bool *any)
{
	struct grip_reflection_edit e = { arg_get(a, "worked"), arg_get(a, "did-not"), arg_get(a, "carry") };
	*any = e.worked || e.did_not || e.carry_forward;
	return e;
}

int cmd_reflect(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t id;
	bool any;
	struct grip_reflection_edit e = reflect_edit(a, &any);
	if (cli_id(c, "objective", a->pos[0], &id) < 0)
		return -1;
	struct grip_reflection *rf = any ? grip_reflection_set(c->g, id, &e) : grip_reflection_get(c->g, id);
	return rf ? cli_out(c, grip_reflection_json(rf), out) : -1;
}

int rem_reflect(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t id;
	bool any;
	struct grip_reflection_edit e = reflect_edit(a, &any);
	if (cli_id(c, "objective", a->pos[0], &id) < 0)
		return -1;
	const char *path = arena_printf(c->g->arena, "objectives/%lld/reflection", (long long)id);
	if (!any)
		return remote_call(c, "GET", path, out);
	return remote_send(c, "PUT", path,
			   json_pack("{ss* ss* ss*}", "worked", e.worked, "did_not", e.did_not, "carry_forward",
				     e.carry_forward),
			   out);
}

/* Reflection on objective 2: Make onboarding effortless
 *   worked         ...
 *   did not work   ...
 *   carry forward  ... */
int show_reflection(struct cli *c, const struct cli_args *a, const json_t *j)
{
	bool any;
	reflect_edit(a, &any);
	int64_t id = jget_id(j, "objective_id");
	const char *title = cli_fetch_str(c, CLI_OBJECTIVE, id, "title");
	cli_printf(c, "%s on objective %lld: %s\n", any ? "Wrote the reflection" : "Reflection", (long long)id,
		   title ? title : "");
	if (!jget_str(j, "updated_at")) {
		cli_printf(c, "  Not written yet.\n");
		return 0;
	}
	static const char *const keys[] = { "worked", "did_not", "carry_forward" };
	static const char *const labels[] = { "worked       ", "did not work ", "carry forward" };
	for (int i = 0; i < 3; i++)
		cli_printf(c, "  %s  %s\n", labels[i], jget_str(j, keys[i]) ? jget_str(j, keys[i]) : "-");
	const char *by = cli_fetch_str(c, CLI_PERSON, jget_id(j, "author_id"), "email");
	cli_printf(c, "  by %s, %s\n", by ? by : "-", jget_text(j, "updated_at"));
	return 0;
}

int cmd_calibration(struct cli *c, const struct cli_args *a, json_t **out)
{
	struct grip_cycle *cy = grip_cycle_by_name(c->g, a->pos[0]);
	struct grip_calibration **cs;
	size_t n;
	if (!cy || grip_calibration(c->g, cy->id, arg_get(a, "unit"), arg_get(a, "person"), &cs, &n) < 0)
		return -1;
	json_t *list = cli_array((void **)cs, n, (json_t * (*)(const void *)) grip_calibration_json);
	return cli_out(c, list ? json_pack("{sI ss so}", "cycle_id", (json_int_t)cy->id, "cycle", cy->name,
					   "calibrations", list)
			       : NULL,
		       out);
}

int rem_calibration(struct cli *c, const struct cli_args *a, json_t **out)
{
	json_t *cy = remote_cycle_named(c, a->pos[0]);
	if (!cy)
		return -1;
	return remote_call(c, "GET",
			   remote_path(c, arena_printf(c->g->arena, "cycles/%lld/calibration", (long long)jget_id(cy, "id")),
				       "unit", arg_get(a, "unit"), "person", arg_get(a, "person"), (char *)NULL),
			   out);
}

/* A number to two decimals at most, or "-". */
static const char *two(struct cli *c, const json_t *j, const char *key)
{
	const json_t *v = json_object_get(j, key);
	return json_is_number(v) ? cell_num(c, json_number_value(v)) : NULL;
}

/* Calibration of 2026-Q4: final scores of key results (0.0 to 1.0)
 * KIND  NAME  SCORED  MEAN  SD  MIN  MAX  0.0 .. 1.0  VERDICT */
int show_calibration(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	const json_t *list = json_object_get(j, "calibrations");
	cli_printf(c, "Calibration of %s: final scores of key results, 0.0 to 1.0\n", jget_text(j, "cycle"));
	if (!json_array_size(list)) {
		cli_printf(c, "No final scores yet.\n");
		return 0;
	}
	static const char *const heads[] = { "KIND", "NAME", "SCORED", "MEAN", "SD", "MIN", "MAX",
					     "PER TENTH 0.0..1.0", "VERDICT" };
	struct table *t = table_new(c, 9, heads);
	size_t i;
	const json_t *k;
	json_array_foreach(list, i, k) {
		struct sb bins = SB_INIT;
		size_t b;
		const json_t *v;
		json_array_foreach(json_object_get(k, "bins"), b, v)
			sb_addf(&bins, "%s%lld", b ? " " : "", (long long)json_integer_value(v));
		const char *row = bins.failed ? NULL : arena_strdup(c->g->arena, bins.buf);
		sb_release(&bins);
		table_add(t, jget_text(k, "kind"), jget_text(k, "name"),
			  arena_printf(c->g->arena, "%lld", (long long)jget_id(k, "count")), two(c, k, "mean"),
			  two(c, k, "sd"), two(c, k, "min"), two(c, k, "max"), row, jget_text(k, "advice"));
	}
	table_print(t);
	return 0;
}
