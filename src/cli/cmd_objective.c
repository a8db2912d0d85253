/*
 * cmd_objective.c — `grip objective ...`: add, list, show, edit, status,
 * align, unalign, delete; locally (cmd_), over the API (rem_), and their one text
 * form (show_).
 */
#include "cli/cli.h"

#include <string.h>

#include "cli/remote.h"

static const char *light_word(const json_t *o)
{
	const char *name = jget_str(o, "light");
	return name ? name : "none";
}

static const char *flags_of(struct cli *c, const json_t *o)
{
	bool behind = jget_bool(o, "behind_pace"), stale = jget_bool(o, "stale");
	return arena_printf(c->g->arena, "%s%s%s", behind ? "behind pace" : "", behind && stale ? ", " : "",
			    stale ? "stale" : "");
}

int show_objective(struct cli *c, const struct cli_args *a, const json_t *o)
{
	(void)a;
	const char *unit = jget_str(o, "unit"), *owner = jget_str(o, "owner");
	cli_printf(c, "Objective %lld: %s\n", (long long)jget_id(o, "id"), jget_text(o, "title"));
	cli_printf(c, "  %s, %s, cycle %s%s%s%s%s\n", jget_text(o, "layer"), jget_text(o, "status"),
		   jget_text(o, "cycle"), unit ? ", unit " : "", unit ? unit : "", owner ? ", owner " : "",
		   owner ? owner : "");
	json_t *confidence = json_object_get(o, "confidence");
	cli_printf(c, "  progress %s%s (expected %s), confidence %s (%s)", cell_pct(c, jget_num(o, "progress")),
		   jget_bool(o, "rolled_up") ? " rolled up" : "", cell_pct(c, jget_num(o, "expected")),
		   json_is_number(confidence) ? cell_num(c, json_number_value(confidence)) : "-", light_word(o));
	const char *flags = flags_of(c, o);
	cli_printf(c, "%s%s%s\n", *flags ? " — " : "", flags, jget_bool(o, "development") ? " [development]" : "");
	const char *cadence = jget_str(o, "cadence");
	if (cadence && strcmp(cadence, "weekly") != 0) /* weekly, the default, goes unsaid */
		cli_printf(c, "  check-ins: %s\n", cadence);
	if (jget_str(o, "why"))
		cli_printf(c, "  why: %s\n", jget_str(o, "why"));
	if (jget_id(o, "carried_from"))
		cli_printf(c, "  carried from %lld\n", (long long)jget_id(o, "carried_from"));
	json_t *aligns = json_object_get(o, "aligns_to");
	size_t i, n = json_array_size(aligns);
	json_t *v;
	json_array_foreach(aligns, i, v)
		cli_printf(c, "%s%lld%s", i ? ", " : "  aligns to ", (long long)json_integer_value(v),
			   i + 1 == n ? "\n" : "");
	json_t *krs = json_object_get(o, "key_results");
	if (!json_array_size(krs))
		return 0;
	cli_printf(c, "\n");
	static const char *const heads[] = { "KR", "TITLE", "KIND", "BASELINE", "CURRENT", "TARGET",
					     "PROGRESS", "WEIGHT" };
	struct table *t = table_new(c, 8, heads);
	json_array_foreach(krs, i, v) {
		const char *label = jget_str(v, "unit");
		table_add(t, cell_id(c, jget_id(v, "id")), jget_text(v, "title"), jget_text(v, "kind"),
			  cell_amount(c, jget_num(v, "baseline"), label), cell_amount(c, jget_num(v, "current"), label),
			  cell_amount(c, jget_num(v, "target"), label), cell_pct(c, jget_num(v, "progress")),
			  cell_num(c, jget_num(v, "weight")));
	}
	table_print(t);
	return 0;
}

int show_objective_added(struct cli *c, const struct cli_args *a, const json_t *o)
{
	(void)a;
	cli_printf(c, "Added objective %lld: %s\n", (long long)jget_id(o, "id"), jget_text(o, "title"));
	cli_hints(c, o);
	return 0;
}

int show_objective_updated(struct cli *c, const struct cli_args *a, const json_t *o)
{
	(void)a;
	cli_printf(c, "Updated objective %lld: %s (%s)\n", (long long)jget_id(o, "id"), jget_text(o, "title"),
		   jget_text(o, "status"));
	cli_hints(c, o); /* after an edit */
	return 0;
}

/* The --aligns-to ids, into the arena. */
static int aligns_arg(struct cli *c, const struct cli_args *a, int64_t **ids, size_t *n)
{
	const char **aligns;
	*n = arg_all(c, a, "aligns-to", &aligns);
	*ids = *n ? arena_calloc(c->g->arena, *n, sizeof **ids) : NULL;
	if (*n && !*ids)
		return grip_fail(c->g, GRIP_ENOMEM, NULL, "out of memory");
	for (size_t i = 0; i < *n; i++)
		if (cli_id(c, "aligns_to", aligns[i], &(*ids)[i]) < 0)
			return -1;
	return 0;
}

static const char *visibility_arg(const struct cli_args *a)
{
	return arg_flag(a, "private") ? "private" : arg_get(a, "visibility");
}

int cmd_objective_add(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t *ids;
	size_t n;
	if (aligns_arg(c, a, &ids, &n) < 0)
		return -1;
	struct grip_objective_new spec = {
		.title = a->pos[0],
		.why = arg_get(a, "why"),
		.cycle_name = arg_get(a, "cycle"),
		.layer = arg_get(a, "layer"),
		.unit_name = arg_get(a, "unit"),
		.owner_email = arg_get(a, "owner"),
		.aligns_to = ids,
		.n_aligns_to = n,
		.development = arg_flag(a, "development"),
		.visibility = visibility_arg(a),
		.status = arg_get(a, "status"),
		.cadence = arg_get(a, "cadence"),
	};
	struct grip_objective *o = grip_objective_add(c->g, &spec);
	return o ? cli_out(c, grip_with_hints(c->g, grip_objective_json(o), "objective", o->id), out) : -1;
}

int rem_objective_add(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t *ids;
	size_t n;
	if (aligns_arg(c, a, &ids, &n) < 0)
		return -1;
	json_t *aligns = n ? json_array() : NULL;
	for (size_t i = 0; aligns && i < n; i++)
		json_array_append_new(aligns, json_integer(ids[i]));
	return remote_send(c, "POST", "objectives",
			   json_pack("{ss ss* ss* ss* ss* ss* so* so* ss* ss* ss*}", "title", a->pos[0], "why",
				     arg_get(a, "why"), "cycle", arg_get(a, "cycle"), "layer", arg_get(a, "layer"),
				     "unit", arg_get(a, "unit"), "owner", arg_get(a, "owner"), "aligns_to", aligns,
				     "development", arg_flag(a, "development") ? json_true() : NULL, "visibility",
				     visibility_arg(a), "status", arg_get(a, "status"), "cadence", arg_get(a, "cadence")),
			   out);
}

int cmd_objective_list(struct cli *c, const struct cli_args *a, json_t **out)
{
	struct grip_objective_filter f = {
		.cycle_name = arg_get(a, "cycle"), .unit_name = arg_get(a, "unit"),
		.layer = arg_get(a, "layer"), .owner_email = arg_get(a, "owner"),
		.status = arg_get(a, "status"),
	};
	struct grip_objective **os;
	size_t n;
	if (grip_objective_list(c->g, &f, &os, &n) < 0)
		return -1;
	return cli_out(c, cli_array((void **)os, n, (json_t * (*)(const void *)) grip_objective_json), out);
}

int rem_objective_list(struct cli *c, const struct cli_args *a, json_t **out)
{
	return remote_list(c,
			   remote_path(c, "objectives", "cycle", arg_get(a, "cycle"), "unit", arg_get(a, "unit"),
				       "layer", arg_get(a, "layer"), "owner", arg_get(a, "owner"), "status",
				       arg_get(a, "status"), (char *)NULL),
			   out);
}

int show_objective_list(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	static const char *const heads[] = { "ID", "TITLE", "LAYER", "OWNER", "STATUS", "PROGRESS",
					     "CONF", "FLAGS" };
	struct table *t = table_new(c, 8, heads);
	size_t i;
	const json_t *o;
	json_array_foreach(j, i, o) {
		json_t *confidence = json_object_get(o, "confidence");
		const char *owner = jget_str(o, "owner");
		table_add(t, cell_id(c, jget_id(o, "id")), jget_text(o, "title"), jget_text(o, "layer"),
			  owner ? owner : jget_str(o, "unit"), jget_text(o, "status"), cell_pct(c, jget_num(o, "progress")),
			  json_is_integer(confidence)
				  ? arena_printf(c->g->arena, "%lld %s", (long long)json_integer_value(confidence),
						 light_word(o))
				  : NULL,
			  flags_of(c, o));
	}
	table_print(t);
	return 0;
}

static int objective_id(struct cli *c, const struct cli_args *a, int64_t *id)
{
	return cli_id(c, "objective", a->pos[0], id);
}

static const char *objective_path(struct cli *c, int64_t id, const char *rest)
{
	return arena_printf(c->g->arena, "objectives/%lld%s", (long long)id, rest);
}

int cmd_objective_show(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t id;
	struct grip_objective *o;
	if (objective_id(c, a, &id) < 0 || !(o = grip_objective_get(c->g, id, arg_get(a, "as-of"))))
		return -1;
	return cli_out(c, grip_objective_json(o), out);
}

int rem_objective_show(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t id;
	if (objective_id(c, a, &id) < 0)
		return -1;
	return remote_call(c, "GET", remote_path(c, objective_path(c, id, ""), "as_of", arg_get(a, "as-of"), (char *)NULL),
			   out);
}

/* The objective as it is now, after a change. */
static int changed(struct cli *c, int64_t id, json_t **out)
{
	struct grip_objective *o = grip_objective_get(c->g, id, NULL);
	return o ? cli_out(c, grip_objective_json(o), out) : -1;
}

/* --title and the rest into e, checked as the command needs them. */
static int edit_args(struct cli *c, const struct cli_args *a, int64_t *id, struct grip_objective_edit *e)
{
	int64_t version = 0;
	if (objective_id(c, a, id) < 0)
		return -1;
	if (arg_get(a, "if-version") && cli_int(c, "if_version", arg_get(a, "if-version"), 1, 1 << 30, &version) < 0)
		return -1;
	if (arg_flag(a, "development") && arg_flag(a, "no-development"))
		return grip_fail(c->g, GRIP_EINVAL, "development", "give --development or --no-development, not both");
	*e = (struct grip_objective_edit){
		.title = arg_get(a, "title"),
		.why = arg_get(a, "why"),
		.visibility = arg_get(a, "visibility"),
		.development = arg_flag(a, "development") ? 1 : arg_flag(a, "no-development") ? 0 : -1,
		.reason = arg_get(a, "reason"),
		.if_version = (int)version,
		.owner_email = arg_get(a, "owner"),
		.cadence = arg_get(a, "cadence"),
	};
	if (!e->title && !e->why && !e->visibility && e->development < 0 && !e->owner_email && !e->cadence)
		return grip_fail(c->g, GRIP_EINVAL, NULL,
				 "nothing to change: give --title, --why, --owner, --visibility, --cadence or --development");
	return 0;
}

int cmd_objective_edit(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t id;
	struct grip_objective_edit e;
	struct grip_objective *o;
	if (edit_args(c, a, &id, &e) < 0 || grip_objective_edit(c->g, id, &e) < 0 ||
	    !(o = grip_objective_get(c->g, id, NULL)))
		return -1;
	return cli_out(c, grip_with_hints(c->g, grip_objective_json(o), "objective", id), out);
}

int rem_objective_edit(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t id;
	struct grip_objective_edit e;
	if (edit_args(c, a, &id, &e) < 0)
		return -1;
	const char *path = objective_path(c, id, "");
	if (e.if_version) {
		/* The API guards a change with the ETag of what was read: read
		 * version N, and send its tag, so a change in between is refused. */
		json_t *now;
		if (remote_call(c, "GET", path, &now) < 0)
			return -1;
		if (jget_id(now, "version") != e.if_version)
			return grip_fail(c->g, GRIP_ESTALE, "version",
					 "the objective has changed since you read it (version %d, now %lld)",
					 e.if_version, (long long)jget_id(now, "version"));
		remote_if_match(c, remote_etag(c));
	}
	return remote_send(c, "PATCH", path,
			   json_pack("{ss* ss* ss* so* ss* ss* ss*}", "title", e.title, "why", e.why, "visibility",
				     e.visibility, "development", e.development < 0 ? NULL : json_boolean(e.development),
				     "reason", e.reason, "owner", e.owner_email, "cadence", e.cadence),
			   out);
}

int cmd_objective_status(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t id;
	if (objective_id(c, a, &id) < 0 || grip_objective_set_status(c->g, id, a->pos[1], arg_get(a, "reason")) < 0)
		return -1;
	return changed(c, id, out);
}

int rem_objective_status(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t id;
	if (objective_id(c, a, &id) < 0)
		return -1;
	return remote_send(c, "POST", objective_path(c, id, "/status"),
			   json_pack("{ss ss*}", "status", a->pos[1], "reason", arg_get(a, "reason")), out);
}

int cmd_objective_review(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t id;
	if (objective_id(c, a, &id) < 0 || grip_outcome_review(c->g, id, a->pos[1], arg_get(a, "comment")) < 0)
		return -1;
	return changed(c, id, out);
}

int rem_objective_review(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t id;
	if (objective_id(c, a, &id) < 0)
		return -1;
	return remote_send(c, "POST", objective_path(c, id, "/review"),
			   json_pack("{ss ss*}", "decision", a->pos[1], "comment", arg_get(a, "comment")), out);
}

static int alignment_args(struct cli *c, const struct cli_args *a, int64_t *id, int64_t *parent)
{
	return objective_id(c, a, id) < 0 || cli_id(c, "aligns_to", a->pos[1], parent) < 0 ? -1 : 0;
}

int cmd_objective_align(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t id, parent;
	if (alignment_args(c, a, &id, &parent) < 0 || grip_objective_align(c->g, id, parent) < 0)
		return -1;
	return changed(c, id, out);
}

int rem_objective_align(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t id, parent;
	if (alignment_args(c, a, &id, &parent) < 0)
		return -1;
	return remote_send(c, "POST", objective_path(c, id, "/alignments"),
			   json_pack("{sI}", "parent_id", (json_int_t)parent), out);
}

int cmd_objective_unalign(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t id, parent;
	if (alignment_args(c, a, &id, &parent) < 0 || grip_objective_unalign(c->g, id, parent) < 0)
		return -1;
	return changed(c, id, out);
}

int rem_objective_unalign(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t id, parent;
	if (alignment_args(c, a, &id, &parent) < 0 ||
	    remote_call(c, "DELETE", objective_path(c, id, arena_printf(c->g->arena, "/alignments/%lld", (long long)parent)),
			NULL) < 0)
		return -1;
	return remote_call(c, "GET", objective_path(c, id, ""), out);
}

/* {"id":N,"deleted":true}: what a deletion prints with --json. */
static int deleted(struct cli *c, int64_t id, json_t **out)
{
	return cli_out(c, json_pack("{sI sb}", "id", (json_int_t)id, "deleted", 1), out);
}

int cmd_objective_delete(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t id;
	if (objective_id(c, a, &id) < 0 || grip_objective_delete(c->g, id) < 0)
		return -1;
	return deleted(c, id, out);
}

int rem_objective_delete(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t id;
	if (objective_id(c, a, &id) < 0 || remote_call(c, "DELETE", objective_path(c, id, ""), NULL) < 0)
		return -1;
	return deleted(c, id, out);
}

int show_objective_deleted(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	cli_printf(c, "Deleted objective %lld.\n", (long long)jget_id(j, "id"));
	return 0;
}
