/*
 * cmd_checkin.c — `grip checkin OBJECTIVE ...` (the weekly GRIP check-in)
 * and `grip checkin list OBJECTIVE`; locally (cmd_), over the API (rem_),
 * and their one text form (show_).
 */
#include "cli/cli.h"

#include <string.h>

#include "cli/remote.h"

/* "12=85" -> id 12, text "85". */
static int split_pair(struct cli *c, const char *opt, const char *pair, int64_t *id, const char **rest)
{
	const char *eq = strchr(pair, '=');
	char *head = eq ? arena_strndup(c->g->arena, pair, (size_t)(eq - pair)) : NULL;
	if (!eq || !head)
		return grip_fail(c->g, GRIP_EINVAL, opt, "expects KR_ID=VALUE, not %s", pair);
	if (cli_id(c, "key_result_id", head, id) < 0)
		return -1;
	*rest = eq + 1;
	return 0;
}

struct checkin_args {
	int64_t objective;
	int64_t confidence;
	struct grip_checkin_result *results;
	size_t n;
};

/* The arguments, each --kr value read as its key result's kind expects. */
static int checkin_args(struct cli *c, const struct cli_args *a, struct checkin_args *ci)
{
	if (cli_id(c, "objective", a->pos[0], &ci->objective) < 0)
		return -1;
	int confidence;
	if (grip_parse_confidence(c->g, arg_get(a, "confidence"), &confidence) < 0)
		return -1;
	ci->confidence = confidence;
	const char **values, **notes;
	size_t n = arg_all(c, a, "kr", &values);
	size_t n_notes = arg_all(c, a, "kr-note", &notes);
	struct grip_checkin_result *rs = n ? arena_calloc(c->g->arena, n, sizeof *rs) : NULL;
	if (n && !rs)
		return grip_fail(c->g, GRIP_ENOMEM, NULL, "out of memory");
	for (size_t i = 0; i < n; i++) {
		const char *text;
		json_t *kr;
		if (split_pair(c, "kr", values[i], &rs[i].key_result_id, &text) < 0 ||
		    !(kr = cli_fetch(c, CLI_KR, rs[i].key_result_id)))
			return -1;
		struct grip_kr k = { .id = rs[i].key_result_id };
		if (grip_kr_kind_parse(jget_text(kr, "kind"), &k.kind) < 0)
			return grip_fail(c->g, GRIP_ESTORE, "kind", "key result %lld has an unknown kind",
					 (long long)k.id);
		if (grip_kr_parse_value(c->g, &k, text, &rs[i].value) < 0)
			return -1;
	}
	for (size_t k = 0; k < n_notes; k++) {
		int64_t id;
		const char *text;
		if (split_pair(c, "kr-note", notes[k], &id, &text) < 0)
			return -1;
		size_t i = 0;
		while (i < n && rs[i].key_result_id != id)
			i++;
		if (i == n)
			return grip_fail(c->g, GRIP_EINVAL, "kr-note", "key result %lld has a note but no --kr value",
					 (long long)id);
		rs[i].note = text;
	}
	ci->results = rs;
	ci->n = n;
	return 0;
}

int cmd_checkin(struct cli *c, const struct cli_args *a, json_t **out)
{
	struct checkin_args ci;
	struct grip_checkin *made;
	if (checkin_args(c, a, &ci) < 0 ||
	    !(made = grip_checkin_add(c->g, ci.objective, (int)ci.confidence, ci.results, ci.n,
				      arg_get(a, "issues"), arg_get(a, "plan"), arg_get(a, "at"))))
		return -1;
	return cli_out(c, grip_checkin_json(made), out);
}

int rem_checkin(struct cli *c, const struct cli_args *a, json_t **out)
{
	struct checkin_args ci;
	if (checkin_args(c, a, &ci) < 0)
		return -1;
	json_t *results = json_array();
	for (size_t i = 0; results && i < ci.n; i++)
		json_array_append_new(results, json_pack("{sI sf ss*}", "key_result_id",
							 (json_int_t)ci.results[i].key_result_id, "value",
							 ci.results[i].value, "note", ci.results[i].note));
	return remote_send(c, "POST", arena_printf(c->g->arena, "objectives/%lld/checkins", (long long)ci.objective),
			   json_pack("{sI so ss* ss* ss*}", "confidence", (json_int_t)ci.confidence, "results", results,
				     "issues", arg_get(a, "issues"), "plan", arg_get(a, "plan"), "at", arg_get(a, "at")),
			   out);
}

/* "Checked in on objective 1: confidence 6 (yellow), progress 68%" */
int show_checkin(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	int64_t objective = jget_id(j, "objective_id");
	json_t *o = cli_fetch(c, CLI_OBJECTIVE, objective);
	if (!o)
		return -1;
	const char *light = jget_str(o, "light");
	cli_printf(c, "Checked in on objective %lld: confidence %lld (%s), progress %s%s\n", (long long)objective,
		   (long long)jget_id(j, "confidence"), light ? light : "none", cell_pct(c, jget_num(o, "progress")),
		   jget_bool(o, "behind_pace") ? ", behind pace" : "");
	return 0;
}

int cmd_checkin_list(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t objective;
	struct grip_checkin **cs;
	size_t n;
	if (cli_id(c, "objective", a->pos[0], &objective) < 0 || grip_checkin_list(c->g, objective, &cs, &n) < 0)
		return -1;
	return cli_out(c, cli_array((void **)cs, n, (json_t * (*)(const void *)) grip_checkin_json), out);
}

int rem_checkin_list(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t objective;
	if (cli_id(c, "objective", a->pos[0], &objective) < 0)
		return -1;
	return remote_list(c, arena_printf(c->g->arena, "objectives/%lld/checkins", (long long)objective), out);
}

int show_checkin_list(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	static const char *const heads[] = { "ID", "AT", "CONF", "RESULTS", "ISSUES", "PLAN" };
	struct table *t = table_new(c, 6, heads);
	size_t i, k;
	const json_t *ci, *r;
	json_array_foreach(j, i, ci) {
		struct sb rs = SB_INIT;
		json_array_foreach(json_object_get(ci, "results"), k, r)
			sb_addf(&rs, "%s%lld=%s", k ? " " : "", (long long)jget_id(r, "key_result_id"),
				cell_num(c, jget_num(r, "value")));
		table_add(t, cell_id(c, jget_id(ci, "id")), jget_text(ci, "at"), cell_num(c, jget_num(ci, "confidence")),
			  arena_strdup(c->g->arena, rs.buf), jget_str(ci, "issues"), jget_str(ci, "plan"));
		sb_release(&rs);
	}
	table_print(t);
	return 0;
}

/* The actor's check-ins due this week (grip_checkins_due decides which). */
int cmd_checkin_due(struct cli *c, const struct cli_args *a, json_t **out)
{
	(void)a;
	struct grip_objective **os;
	size_t n;
	if (grip_checkins_due(c->g, &os, &n) < 0)
		return -1;
	return cli_out(c, cli_array((void **)os, n, (json_t * (*)(const void *)) grip_objective_json), out);
}

int rem_checkin_due(struct cli *c, const struct cli_args *a, json_t **out)
{
	(void)a;
	return remote_list(c, "checkins/due", out);
}

int show_checkin_due(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	if (!json_array_size(j)) {
		cli_printf(c, "No check-ins due: every objective you check in on has one this week.\n");
		return 0;
	}
	static const char *const heads[] = { "ID", "OBJECTIVE", "LAYER", "CONF", "LAST CHECK-IN" };
	struct table *t = table_new(c, 5, heads);
	size_t i;
	const json_t *o;
	json_array_foreach(j, i, o)
		table_add(t, cell_id(c, jget_id(o, "id")), jget_text(o, "title"), jget_text(o, "layer"),
			  json_is_integer(json_object_get(o, "confidence")) ? cell_num(c, jget_num(o, "confidence")) : "-",
			  jget_str(o, "last_checkin"));
	table_print(t);
	return 0;
}
