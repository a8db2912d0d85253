/*
 * cmd_group.c — `grip group ...`: a coaching group's report (outcomes,
 * completion by member and week, drop-out, drifting members, chain breaks)
 * one member's chain for a week, and the outcome prompt its lead offers;
 * locally (cmd_), over the API (rem_),
 * and their one text form (show_).
 */
#include "cli/cli.h"

#include "cli/remote.h"

#include <string.h>

int cmd_group_report(struct cli *c, const struct cli_args *a, json_t **out)
{
	struct grip_group_report *r;
	if (grip_group_report(c->g, a->pos[0], arg_get(a, "programme"), arg_get(a, "week"), &r) < 0)
		return -1;
	return cli_out(c, grip_group_report_json(r), out);
}

static const char *group_path(struct cli *c, const char *name, const char *what)
{
	json_t *u = remote_unit_named(c, name);
	return u ? arena_printf(c->g->arena, "groups/%lld/%s", (long long)jget_id(u, "id"), what) : NULL;
}

int rem_group_report(struct cli *c, const struct cli_args *a, json_t **out)
{
	const char *path = group_path(c, a->pos[0], "report");
	return path ? remote_call(c, "GET",
				  remote_path(c, path, "week", arg_get(a, "week"), "programme",
					      arg_get(a, "programme"), (char *)NULL),
				  out)
		    : -1;
}

int cmd_group_chain(struct cli *c, const struct cli_args *a, json_t **out)
{
	struct grip_chain *ch;
	if (grip_group_chain(c->g, a->pos[0], a->npos > 1 ? a->pos[1] : NULL, arg_get(a, "week"), &ch) < 0)
		return -1;
	return cli_out(c, grip_chain_json(ch), out);
}

int rem_group_chain(struct cli *c, const struct cli_args *a, json_t **out)
{
	const char *path = group_path(c, a->pos[0], "chain");
	return path ? remote_call(c, "GET",
				  remote_path(c, path, "email", a->npos > 1 ? a->pos[1] : NULL, "week",
					      arg_get(a, "week"), (char *)NULL),
				  out)
		    : -1;
}

static const char *rate_text(struct cli *c, const json_t *j, const char *key)
{
	const json_t *v = json_object_get(j, key);
	return json_is_number(v) ? cell_pct(c, json_number_value(v)) : NULL;
}

static const char *outcome_text(const json_t *o)
{
	return json_is_object(o) ? jget_text(o, "title") : NULL;
}

/* "chain: this week's commitment -> outcome -> group outcome", then breaks. */
static void chain_lines(struct cli *c, const json_t *ch, const char *indent)
{
	const json_t *commits = json_object_get(ch, "commitments");
	const char *outcome = outcome_text(json_object_get(ch, "outcome"));
	const char *group = outcome_text(json_object_get(ch, "group_outcome"));
	size_t i;
	const json_t *m;
	json_array_foreach(commits, i, m)
		cli_printf(c, "%s%s: %s (%s)\n", indent, jget_text(m, "week"), jget_text(m, "text"),
			   jget_text(m, "status"));
	cli_printf(c, "%s  -> outcome: %s\n", indent, outcome ? outcome : "(none)");
	cli_printf(c, "%s  -> group outcome: %s\n", indent, group ? group : "(none)");
	const json_t *breaks = json_object_get(ch, "breaks");
	if (!json_array_size(breaks)) {
		cli_printf(c, "%sThe chain holds.\n", indent);
		return;
	}
	json_array_foreach(breaks, i, m)
		cli_printf(c, "%sBreak: %s\n", indent, json_string_value(m));
}

int show_group_chain(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	cli_printf(c, "Chain of %s for %s:\n", jget_text(j, "email"), jget_text(j, "week"));
	chain_lines(c, j, "  ");
	return 0;
}

static void weeks_table(struct cli *c, const json_t *weeks)
{
	static const char *const heads[] = { "WEEK", "N", "DONE", "PARTIAL", "MISSED", "UNWRITTEN", "COMPLETION" };
	struct table *t = table_new(c, 7, heads);
	size_t i;
	const json_t *w;
	json_array_foreach(weeks, i, w)
		table_add(t, jget_text(w, "week"), cell_num(c, jget_num(w, "number")), cell_num(c, jget_num(w, "done")),
			  cell_num(c, jget_num(w, "partial")), cell_num(c, jget_num(w, "missed")),
			  cell_num(c, jget_num(w, "unwritten")), rate_text(c, w, "completion_rate"));
	table_print(t);
}

static const char *yes_no(const json_t *j, const char *key)
{
	const json_t *v = json_object_get(j, key);
	return json_is_boolean(v) ? (json_is_true(v) ? "yes" : "no") : NULL;
}

static void members_table(struct cli *c, const json_t *members)
{
	static const char *const heads[] = { "EMAIL", "ROLE", "OUTCOME", "STATUS", "COMPLETION", "DRIFTING", "CHAIN", "LEFT" };
	struct table *t = table_new(c, 8, heads);
	size_t i;
	const json_t *m;
	json_array_foreach(members, i, m) {
		const json_t *o = json_object_get(m, "outcome");
		const char *chain = yes_no(m, "chain_ok");
		table_add(t, jget_text(m, "email"), jget_text(m, "role"), outcome_text(o),
			  json_is_object(o) ? jget_text(o, "status") : NULL, rate_text(c, m, "completion_rate"),
			  yes_no(m, "drifting"), chain ? (*chain == 'y' ? "ok" : "broken") : NULL,
			  jget_str(m, "left_on"));
	}
	table_print(t);
}

int show_group_report(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	const json_t *p = json_object_get(j, "programme"), *gr = json_object_get(j, "group");
	cli_printf(c, "%s: programme %s (%s, %lld weeks from %s), week %lld (%s); half-way review in week %lld\n",
		   jget_text(gr, "name"), jget_text(p, "name"), jget_text(p, "status"), (long long)jget_id(p, "weeks"),
		   jget_text(p, "starts_on"), (long long)jget_id(j, "week_number"), jget_text(j, "week"),
		   (long long)jget_id(p, "halfway_week"));
	const json_t *outcomes = json_object_get(j, "group_outcomes"), *o;
	size_t i;
	if (!json_array_size(outcomes))
		cli_printf(c, "Group outcome: none yet\n");
	json_array_foreach(outcomes, i, o)
		cli_printf(c, "Group outcome: %s (%s)\n", jget_text(o, "title"), jget_text(o, "status"));
	const json_t *prompt = json_object_get(j, "outcome_prompt"), *line;
	json_array_foreach(prompt, i, line)
		cli_printf(c, "%s %s\n", i ? "               " : "Outcome prompt:", json_string_value(line));
	const json_t *done = json_object_get(j, "commitments_closed");
	const char *rate = rate_text(c, j, "completion_rate"), *drop = rate_text(c, j, "dropout_rate");
	cli_printf(c, "Completion: %s over %zu closed week(s) (done %lld, partial %lld, missed %lld)\n",
		   rate ? rate : "-", json_array_size(json_object_get(j, "weeks_closed")), (long long)jget_id(done, "done"),
		   (long long)jget_id(done, "partial"), (long long)jget_id(done, "missed"));
	cli_printf(c, "Drop-out: %s (%lld of %lld enrolled left)\n", drop ? drop : "-", (long long)jget_id(j, "left"),
		   (long long)jget_id(j, "enrolled"));
	const json_t *drifting = json_object_get(j, "drifting"), *e;
	if (json_array_size(drifting)) {
		cli_printf(c, "Drifting (two closed weeks in a row missed or not written):");
		json_array_foreach(drifting, i, e)
			cli_printf(c, " %s", json_string_value(e));
		cli_printf(c, "\n");
	}
	cli_printf(c, "\n");
	if (json_array_size(json_object_get(j, "weeks_closed"))) {
		weeks_table(c, json_object_get(j, "weeks_closed"));
		cli_printf(c, "\n");
	}
	members_table(c, json_object_get(j, "members"));
	const json_t *breaks = json_object_get(j, "chain_breaks"), *b;
	if (json_array_size(breaks)) {
		cli_printf(c, "\nChain breaks in %s:\n", jget_text(j, "week"));
		json_array_foreach(breaks, i, b)
			cli_printf(c, "  %s: %s\n", jget_text(b, "email"), jget_text(b, "break"));
	}
	return 0;
}

/* grip group prompt GROUP [on|off]: shows the prompt, or offers it or not. */
static int prompt_switch(struct cli *c, const struct cli_args *a, int *set)
{
	*set = -1;
	if (a->npos < 2)
		return 0;
	if (strcmp(a->pos[1], "on") == 0 || strcmp(a->pos[1], "off") == 0) {
		*set = strcmp(a->pos[1], "on") == 0;
		return 0;
	}
	return grip_fail(c->g, GRIP_EINVAL, "offer", "must be on or off");
}

int cmd_group_prompt(struct cli *c, const struct cli_args *a, json_t **out)
{
	int set;
	struct grip_unit *u;
	if (prompt_switch(c, a, &set) < 0 || !(u = grip_unit_by_name(c->g, a->pos[0])) ||
	    (set >= 0 && grip_group_prompt_offer(c->g, a->pos[0], set) < 0))
		return -1;
	json_t *j = grip_group_prompt_json(c->g, u->id);
	return j ? cli_out(c, j, out) : -1;
}

int rem_group_prompt(struct cli *c, const struct cli_args *a, json_t **out)
{
	int set;
	const char *path = prompt_switch(c, a, &set) < 0 ? NULL : group_path(c, a->pos[0], "prompt");
	if (!path)
		return -1;
	return set < 0 ? remote_call(c, "GET", path, out)
		       : remote_send(c, "PUT", path, json_pack("{sb}", "offered", set), out);
}

int show_group_prompt(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	bool on = jget_bool(j, "offered");
	cli_printf(c, "The outcome prompt is %s to members:\n", on ? "offered" : "not offered");
	size_t i;
	const json_t *q;
	json_array_foreach(json_object_get(j, "questions"), i, q)
		cli_printf(c, "  %s\n", json_string_value(q));
	return 0;
}
