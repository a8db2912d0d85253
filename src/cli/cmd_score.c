/*
 * cmd_score.c — `grip score KR_ID` (self, lead and final scores), `grip
 * score list` (a unit's or a person's scores over a cycle, side by side),
 * `grip score export` (a person's, as JSON or CSV), and `grip cycle score`
 * and `grip cycle close [--force]`; locally (cmd_), over the API (rem_),
 * and their one text form (show_).
 */
#include "cli/cli.h"

#include <stdlib.h>

#include "cli/remote.h"

/* A score as shown: "0.7", "1.0", "-" for none. */
static const char *score_cell(struct cli *c, const json_t *v)
{
	if (!json_is_number(v))
		return "-";
	return arena_printf(c->g->arena, "%.1f", json_number_value(v));
}

static struct grip_score_input score_input(const struct cli_args *a)
{
	return (struct grip_score_input){ .self = arg_get(a, "self"), .evidence = arg_get(a, "evidence"),
					  .lead = arg_get(a, "lead"), .comment = arg_get(a, "comment"),
					  .final = arg_get(a, "final") };
}

int cmd_score(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t id;
	struct grip_score_input in = score_input(a);
	struct grip_kr_score *s;
	if (cli_id(c, "key_result", a->pos[0], &id) < 0 || grip_score_set(c->g, id, &in) < 0 ||
	    !(s = grip_kr_score_get(c->g, id)))
		return -1;
	return cli_out(c, grip_kr_score_json(s), out);
}

/* A score given on the command line goes to the API as the text it was,
 * which the server reads as strictly as the CLI does. */
int rem_score(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t id;
	if (cli_id(c, "key_result", a->pos[0], &id) < 0)
		return -1;
	struct grip_score_input in = score_input(a);
	return remote_send(c, "PUT", arena_printf(c->g->arena, "key_results/%lld/score", (long long)id),
			   json_pack("{ss* ss* ss* ss* ss*}", "self", in.self, "evidence", in.evidence, "lead", in.lead,
				     "comment", in.comment, "final", in.final),
			   out);
}

/* "Scored key result 4: suggested 0.6, self 0.7, lead 0.6, final 0.6" and
 * the agreed value when self and lead match. */
int show_score(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	cli_printf(c, "Scored key result %lld: suggested %s, self %s, lead %s, final %s\n",
		   (long long)jget_id(j, "key_result_id"), score_cell(c, json_object_get(j, "suggested")),
		   score_cell(c, json_object_get(j, "self")), score_cell(c, json_object_get(j, "lead")),
		   score_cell(c, json_object_get(j, "final")));
	if (json_is_number(json_object_get(j, "agreed")) && !json_is_number(json_object_get(j, "final")))
		cli_printf(c, "Self and lead agree on %s: the suggested final score.\n",
			   score_cell(c, json_object_get(j, "agreed")));
	return 0;
}

int cmd_score_list(struct cli *c, const struct cli_args *a, json_t **out)
{
	struct grip_scoring *s;
	if (grip_scoring(c->g, arg_get(a, "cycle"), arg_get(a, "unit"), arg_get(a, "person"), &s) < 0)
		return -1;
	return cli_out(c, grip_scoring_json(s), out);
}

int rem_score_list(struct cli *c, const struct cli_args *a, json_t **out)
{
	return remote_call(c, "GET",
			   remote_path(c, "scores", "cycle", arg_get(a, "cycle"), "unit", arg_get(a, "unit"), "person",
				       arg_get(a, "person"), (char *)NULL),
			   out);
}

int show_score_list(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	const char *who = json_is_string(json_object_get(j, "unit")) ? jget_text(j, "unit") : jget_text(j, "person");
	cli_printf(c, "Scores of %s in %s (%s)\n", who, jget_text(j, "cycle"), jget_text(j, "cycle_status"));
	size_t i, k;
	const json_t *o, *kr;
	if (!json_array_size(json_object_get(j, "objectives")))
		cli_printf(c, "No agreed objectives.\n");
	json_array_foreach(json_object_get(j, "objectives"), i, o) {
		const json_t *score = json_object_get(o, "score");
		cli_printf(c, "\nObjective %lld: %s (%s): ", (long long)jget_id(o, "id"), jget_text(o, "title"),
			   jget_text(o, "status"));
		if (json_is_number(score))
			cli_printf(c, "score %s\n", score_cell(c, score));
		else
			cli_printf(c, "not scored: %s\n", jget_text(o, "missing"));
		if (!json_array_size(json_object_get(o, "key_results")))
			continue;
		static const char *const heads[] = { "KR", "TITLE", "WEIGHT", "SUGGESTED", "SELF", "LEAD", "FINAL", "AGREED" };
		struct table *t = table_new(c, 8, heads);
		json_array_foreach(json_object_get(o, "key_results"), k, kr)
			table_add(t, cell_id(c, jget_id(kr, "key_result_id")), jget_text(kr, "title"),
				  cell_num(c, jget_num(kr, "weight")), score_cell(c, json_object_get(kr, "suggested")),
				  score_cell(c, json_object_get(kr, "self")), score_cell(c, json_object_get(kr, "lead")),
				  score_cell(c, json_object_get(kr, "final")), score_cell(c, json_object_get(kr, "agreed")));
		table_print(t);
	}
	return 0;
}

int cmd_score_export(struct cli *c, const struct cli_args *a, json_t **out)
{
	struct grip_scoring *s;
	if (grip_score_export(c->g, arg_get(a, "cycle"), arg_get(a, "person"), &s) < 0)
		return -1;
	return cli_out(c, grip_scoring_json(s), out);
}

int rem_score_export(struct cli *c, const struct cli_args *a, json_t **out)
{
	return remote_call(c, "GET",
			   remote_path(c, "scores/export", "cycle", arg_get(a, "cycle"), "person", arg_get(a, "person"),
				       "format", "json", (char *)NULL),
			   out);
}

/* The export as CSV with --csv (made from the same JSON, locally and over
 * the API alike), else as JSON. */
int show_score_export(struct cli *c, const struct cli_args *a, const json_t *j)
{
	if (!arg_flag(a, "csv"))
		return cli_json(c, json_deep_copy(j));
	const char *csv = grip_scoring_csv(c->g, j);
	if (!csv)
		return -1;
	cli_printf(c, "%s", csv);
	return 0;
}

/* ---- the cycle's end ---- */

static int cycle_after(struct cli *c, int64_t id, json_t **out)
{
	struct grip_cycle *cy = grip_cycle_get(c->g, id);
	return cy ? cli_out(c, grip_cycle_json(cy), out) : -1;
}

int cmd_cycle_score(struct cli *c, const struct cli_args *a, json_t **out)
{
	struct grip_cycle *cy = grip_cycle_by_name(c->g, a->pos[0]);
	if (!cy || grip_cycle_open_scoring(c->g, cy->id) < 0)
		return -1;
	return cycle_after(c, cy->id, out);
}

int rem_cycle_score(struct cli *c, const struct cli_args *a, json_t **out)
{
	json_t *cy = remote_cycle_named(c, a->pos[0]);
	if (!cy)
		return -1;
	return remote_call(c, "POST", arena_printf(c->g->arena, "cycles/%lld/scoring", (long long)jget_id(cy, "id")), out);
}

int cmd_cycle_close(struct cli *c, const struct cli_args *a, json_t **out)
{
	struct grip_cycle *cy = grip_cycle_by_name(c->g, a->pos[0]);
	if (!cy || grip_cycle_close(c->g, cy->id, arg_get(a, "force")) < 0)
		return -1;
	return cycle_after(c, cy->id, out);
}

int rem_cycle_close(struct cli *c, const struct cli_args *a, json_t **out)
{
	json_t *cy = remote_cycle_named(c, a->pos[0]);
	if (!cy)
		return -1;
	const char *path = arena_printf(c->g->arena, "cycles/%lld/close", (long long)jget_id(cy, "id"));
	const char *force = arg_get(a, "force");
	return force ? remote_send(c, "POST", path, json_pack("{ss}", "force", force), out)
		     : remote_call(c, "POST", path, out);
}
