/*
 * cmd_checkin.c — `grip checkin OBJECTIVE ...` (the weekly GRIP check-in)
 * and `grip checkin list OBJECTIVE`.
 */
#include "cli/cli.h"

#include <string.h>

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

int cmd_checkin(struct cli *c, const struct cli_args *a)
{
	int64_t objective, confidence;
	if (cli_id(c, "objective", a->pos[0], &objective) < 0)
		return -1;
	if (!arg_get(a, "confidence"))
		return grip_fail(c->g, GRIP_EINVAL, "confidence", "is required: a whole number from 0 to 10");
	if (cli_int(c, "confidence", arg_get(a, "confidence"), 0, 10, &confidence) < 0)
		return -1;
	const char **values, **notes;
	size_t n = arg_all(c, a, "kr", &values);
	size_t n_notes = arg_all(c, a, "kr-note", &notes);
	struct grip_checkin_result *rs = n ? arena_calloc(c->g->arena, n, sizeof *rs) : NULL;
	for (size_t i = 0; i < n; i++) {
		const char *text;
		struct grip_kr *kr;
		if (split_pair(c, "kr", values[i], &rs[i].key_result_id, &text) < 0 ||
		    !(kr = grip_kr_get(c->g, rs[i].key_result_id, NULL)) ||
		    grip_kr_parse_value(c->g, kr, text, &rs[i].value) < 0)
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
	struct grip_checkin *ci = grip_checkin_add(c->g, objective, (int)confidence, rs, n,
						   arg_get(a, "issues"), arg_get(a, "plan"), arg_get(a, "at"));
	if (!ci)
		return -1;
	if (c->json)
		return cli_json(c, grip_checkin_json(ci));
	struct grip_objective *o = grip_objective_get(c->g, objective, NULL);
	if (!o)
		return -1;
	const char *light = measure_light_name(o->light);
	cli_printf(c, "Checked in on objective %lld: confidence %d (%s), progress %s%s\n",
		   (long long)objective, ci->confidence, light ? light : "none", cell_pct(c, o->progress),
		   o->at_risk ? ", at risk" : "");
	return 0;
}

int cmd_checkin_list(struct cli *c, const struct cli_args *a)
{
	int64_t objective;
	struct grip_checkin **cs;
	size_t n;
	if (cli_id(c, "objective", a->pos[0], &objective) < 0 ||
	    grip_checkin_list(c->g, objective, &cs, &n) < 0)
		return -1;
	if (c->json)
		return cli_json_list(c, (void **)cs, n, (json_t * (*)(const void *)) grip_checkin_json);
	static const char *const heads[] = { "ID", "AT", "CONF", "RESULTS", "ISSUES", "PLAN" };
	struct table *t = table_new(c, 6, heads);
	for (size_t i = 0; i < n; i++) {
		struct sb rs = SB_INIT;
		for (size_t k = 0; k < cs[i]->n_results; k++)
			sb_addf(&rs, "%s%lld=%s", k ? " " : "", (long long)cs[i]->results[k].key_result_id,
				cell_num(c, cs[i]->results[k].value));
		table_add(t, cell_id(c, cs[i]->id), cs[i]->at, cell_num(c, cs[i]->confidence),
			  arena_strdup(c->g->arena, rs.buf), cs[i]->issues, cs[i]->plan);
		sb_release(&rs);
	}
	table_print(t);
	return 0;
}
