/*
 * cmd_review.c — `grip review ...`: the mid-cycle review of an objective
 * (add: keep, adjust or drop, with a reason and, for adjust, the changes),
 * an objective's reviews (list), and the reviews due from the acting person
 * (due); locally (cmd_), over the API (rem_), and their one text form
 * (show_). What may be reviewed, when and by whom is the core's (review.c).
 */
#include "cli/cli.h"

#include <string.h>

#include "cli/remote.h"

/* "12=Fewer tickets" -> key result 12, text "Fewer tickets". */
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

struct review_args {
	int64_t objective;
	struct grip_cycle_review_new n;
};

/* The --kr-title, --target or --weight values of one kind, appended. */
static int add_kr_changes(struct cli *c, const struct cli_args *a, const char *opt, enum grip_review_field field,
			  struct grip_review_change *cs, size_t *k)
{
	const char **values;
	size_t n = arg_all(c, a, opt, &values);
	for (size_t i = 0; i < n; i++) {
		struct grip_review_change *ch = &cs[(*k)++];
		const char *text = NULL;
		ch->field = field;
		if (split_pair(c, opt, values[i], &ch->key_result_id, &text) < 0)
			return -1;
		if (field == GRIP_CHANGE_KR_TITLE)
			ch->after = text;
		else if (cli_number(c, opt, text, &ch->after_n) < 0)
			return -1;
	}
	return 0;
}

static int review_args(struct cli *c, const struct cli_args *a, struct review_args *ra)
{
	memset(ra, 0, sizeof *ra);
	if (cli_id(c, "objective", a->pos[0], &ra->objective) < 0)
		return -1;
	ra->n.decision = a->pos[1];
	ra->n.reason = arg_get(a, "reason");
	const char **tmp;
	size_t most = (arg_get(a, "title") ? 1 : 0) + arg_all(c, a, "kr-title", &tmp) + arg_all(c, a, "target", &tmp) +
		      arg_all(c, a, "weight", &tmp);
	struct grip_review_change *cs = most ? arena_calloc(c->g->arena, most, sizeof *cs) : NULL;
	if (most && !cs)
		return grip_fail(c->g, GRIP_ENOMEM, NULL, "out of memory");
	size_t k = 0;
	if (arg_get(a, "title"))
		cs[k++] = (struct grip_review_change){ .field = GRIP_CHANGE_TITLE, .after = arg_get(a, "title") };
	if (add_kr_changes(c, a, "kr-title", GRIP_CHANGE_KR_TITLE, cs, &k) < 0 ||
	    add_kr_changes(c, a, "target", GRIP_CHANGE_TARGET, cs, &k) < 0 ||
	    add_kr_changes(c, a, "weight", GRIP_CHANGE_WEIGHT, cs, &k) < 0)
		return -1;
	ra->n.changes = cs;
	ra->n.n_changes = k;
	return 0;
}

int cmd_review_add(struct cli *c, const struct cli_args *a, json_t **out)
{
	struct review_args ra;
	struct grip_cycle_review *rv;
	if (review_args(c, a, &ra) < 0 || !(rv = grip_review_add(c->g, ra.objective, &ra.n)))
		return -1;
	return cli_out(c, grip_cycle_review_json(rv), out);
}

int rem_review_add(struct cli *c, const struct cli_args *a, json_t **out)
{
	struct review_args ra;
	if (review_args(c, a, &ra) < 0)
		return -1;
	json_t *changes = json_array();
	for (size_t i = 0; changes && i < ra.n.n_changes; i++) {
		const struct grip_review_change *ch = &ra.n.changes[i];
		bool text = ch->field == GRIP_CHANGE_TITLE || ch->field == GRIP_CHANGE_KR_TITLE;
		json_t *one = json_pack("{ss}", "field", grip_review_field_name(ch->field));
		if (one && ch->key_result_id)
			json_object_set_new(one, "key_result_id", json_integer(ch->key_result_id));
		if (one)
			json_object_set_new(one, "after", text ? json_string(ch->after) : json_real(ch->after_n));
		json_array_append_new(changes, one);
	}
	return remote_send(c, "POST", arena_printf(c->g->arena, "objectives/%lld/reviews", (long long)ra.objective),
			   json_pack("{ss* ss* so}", "decision", ra.n.decision, "reason", ra.n.reason, "changes", changes),
			   out);
}

/* One change as a line: `title: "A" -> "B"`, `key result 5 target: 100 -> 80`. */
static void print_change(struct cli *c, const json_t *ch)
{
	const char *field = jget_text(ch, "field");
	int64_t kr = jget_id(ch, "key_result_id");
	const char *what = strcmp(field, "kr_title") == 0 ? "title" : field;
	const json_t *b = json_object_get(ch, "before"), *af = json_object_get(ch, "after");
	const char *before = json_is_string(b) ? arena_printf(c->g->arena, "\"%s\"", json_string_value(b))
					       : cell_num(c, json_number_value(b));
	const char *after = json_is_string(af) ? arena_printf(c->g->arena, "\"%s\"", json_string_value(af))
					       : cell_num(c, json_number_value(af));
	if (kr)
		cli_printf(c, "  key result %lld %s: %s -> %s\n", (long long)kr, what, before, after);
	else
		cli_printf(c, "  %s: %s -> %s\n", what, before, after);
}

static void print_review(struct cli *c, const json_t *rv)
{
	cli_printf(c, "Review %lld of objective %lld, %s by %s at %s: %s\n", (long long)jget_id(rv, "id"),
		   (long long)jget_id(rv, "objective_id"), jget_text(rv, "label"), jget_text(rv, "reviewer"),
		   jget_text(rv, "at"), jget_text(rv, "reason"));
	size_t i;
	const json_t *ch;
	json_array_foreach(json_object_get(rv, "changes"), i, ch)
		print_change(c, ch);
}

int show_review_added(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	print_review(c, j);
	return 0;
}

int cmd_review_list(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t objective;
	struct grip_cycle_review **rvs;
	size_t n;
	if (cli_id(c, "objective", a->pos[0], &objective) < 0 || grip_review_list(c->g, objective, &rvs, &n) < 0)
		return -1;
	return cli_out(c, cli_array((void **)rvs, n, (json_t * (*)(const void *)) grip_cycle_review_json), out);
}

int rem_review_list(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t objective;
	if (cli_id(c, "objective", a->pos[0], &objective) < 0)
		return -1;
	return remote_list(c, arena_printf(c->g->arena, "objectives/%lld/reviews", (long long)objective), out);
}

int show_review_list(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	if (!json_array_size(j)) {
		cli_printf(c, "No mid-cycle review yet.\n");
		return 0;
	}
	size_t i;
	const json_t *rv;
	json_array_foreach(j, i, rv)
		print_review(c, rv);
	return 0;
}

int cmd_review_due(struct cli *c, const struct cli_args *a, json_t **out)
{
	(void)a;
	struct grip_review_due **ds;
	size_t n;
	if (grip_reviews_due(c->g, &ds, &n) < 0)
		return -1;
	return cli_out(c, cli_array((void **)ds, n, (json_t * (*)(const void *)) grip_review_due_json), out);
}

int rem_review_due(struct cli *c, const struct cli_args *a, json_t **out)
{
	(void)a;
	return remote_list(c, "reviews/due", out);
}

int show_review_due(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	if (!json_array_size(j)) {
		cli_printf(c, "No mid-cycle reviews due.\n");
		return 0;
	}
	static const char *const heads[] = { "ID", "TITLE", "LAYER", "UNIT", "OWNER", "CYCLE", "MIDPOINT", "LAST REVIEW" };
	struct table *t = table_new(c, 8, heads);
	size_t i;
	const json_t *d;
	json_array_foreach(j, i, d)
		table_add(t, cell_id(c, jget_id(d, "objective_id")), jget_text(d, "title"), jget_text(d, "layer"),
			  jget_str(d, "unit"), jget_str(d, "owner"), jget_text(d, "cycle"), jget_text(d, "midpoint"),
			  jget_str(d, "last_review_at"));
	table_print(t);
	cli_printf(c, "Review with: grip review add ID keep|adjust|drop --reason TEXT\n");
	return 0;
}
