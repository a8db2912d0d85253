/*
 * cmd_org.c — CLI commands about the organisation as a whole: init and
 * demo (local only), its settings (org show, org edit), strategy and history (locally, cmd_; over the API,
 * rem_; one text form, show_).
 */
#include "cli/cli.h"

#include <string.h>

#include "cli/remote.h"

int cmd_init(struct cli *c, const struct cli_args *a, json_t **out)
{
	(void)out;
	struct grip_org *o = grip_org_create(c->g, arg_get(a, "org"), arg_get(a, "admin"), arg_get(a, "name"));
	if (!o)
		return -1;
	if (c->json) {
		json_t *j = grip_org_json(o);
		if (j)
			json_object_set_new(j, "admin", grip_person_json(c->g->actor));
		return cli_json(c, j);
	}
	cli_printf(c, "Created organisation %s (slug %s) with admin %s.\n", o->name, o->slug,
		   c->g->actor->email);
	return 0;
}

int cmd_demo(struct cli *c, const struct cli_args *a, json_t **out)
{
	(void)a;
	(void)out;
	if (grip_demo_load(c->g) < 0)
		return -1;
	struct grip_org *o = grip_org_get(c->g, c->g->org_id);
	if (!o)
		return -1;
	if (c->json)
		return cli_json(c, grip_org_json(o));
	cli_printf(c, "Loaded the demo organisation %s (slug %s) into %s.\n"
		      "Try: grip --db %s report\n"
		      "Everyone in it signs in to the web pages with the password %s (the admin is %s).\n",
		   o->name, o->slug, c->db_path, c->db_path, GRIP_DEMO_PASSWORD, c->g->actor->email);
	return 0;
}

/* ---- the org's settings ---- */

int cmd_org_show(struct cli *c, const struct cli_args *a, json_t **out)
{
	(void)a;
	struct grip_org *o = grip_org_get(c->g, c->g->org_id);
	return o ? cli_out(c, grip_org_json(o), out) : -1;
}

int rem_org_show(struct cli *c, const struct cli_args *a, json_t **out)
{
	(void)a;
	return remote_call(c, "GET", "", out);
}

static int org_lines(struct cli *c, const json_t *j, const char *head)
{
	int ws = (int)jget_id(j, "week_start");
	const char *day = grip_weekday_name(ws);
	cli_printf(c, "%s%s (slug %s)\nTime zone:   %s\nWeek starts: %s\nLocale:      %s\nReminders:   from %02d:00\n",
		   head, jget_text(j, "name"), jget_text(j, "slug"), jget_text(j, "timezone"), day ? day : "-",
		   jget_text(j, "locale"), (int)jget_id(j, "remind_hour"));
	return 0;
}

int show_org(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	return org_lines(c, j, "");
}

int show_org_updated(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	return org_lines(c, j, "Updated ");
}

static int org_edit_args(struct cli *c, const struct cli_args *a)
{
	if (!arg_get(a, "name") && !arg_get(a, "timezone") && !arg_get(a, "week-start") && !arg_get(a, "locale") &&
	    !arg_get(a, "remind-hour"))
		return grip_fail(c->g, GRIP_EINVAL, "name",
				 "give --name, --timezone, --week-start, --locale or --remind-hour");
	return 0;
}

int cmd_org_edit(struct cli *c, const struct cli_args *a, json_t **out)
{
	struct grip_org_edit e = { .name = arg_get(a, "name"), .timezone = arg_get(a, "timezone"),
				   .week_start = arg_get(a, "week-start"), .locale = arg_get(a, "locale"),
				   .remind_hour = arg_get(a, "remind-hour") };
	if (org_edit_args(c, a) < 0 || grip_org_edit(c->g, &e) < 0)
		return -1;
	return cmd_org_show(c, a, out);
}

int rem_org_edit(struct cli *c, const struct cli_args *a, json_t **out)
{
	if (org_edit_args(c, a) < 0)
		return -1;
	return remote_send(c, "PATCH", "",
			   json_pack("{ss* ss* ss* ss* ss*}", "name", arg_get(a, "name"), "timezone", arg_get(a, "timezone"),
				     "week_start", arg_get(a, "week-start"), "locale", arg_get(a, "locale"),
				     "remind_hour", arg_get(a, "remind-hour")),
			   out);
}

static int strategy_args(struct cli *c, const struct cli_args *a)
{
	if (!arg_get(a, "vision") && !arg_get(a, "strategy"))
		return grip_fail(c->g, GRIP_EINVAL, "vision", "give --vision, --strategy or both");
	return 0;
}

static int strategy_done(struct cli *c, json_t **out)
{
	return cli_out(c, json_pack("{sb}", "ok", 1), out);
}

int cmd_strategy_set(struct cli *c, const struct cli_args *a, json_t **out)
{
	const char *vision = arg_get(a, "vision"), *strategy = arg_get(a, "strategy");
	const char *unit = arg_get(a, "unit");
	if (strategy_args(c, a) < 0)
		return -1;
	if (unit) {
		struct grip_unit *u = grip_unit_by_name(c->g, unit);
		if (!u || grip_unit_edit(c->g, u->id, NULL, NULL, NULL, NULL, vision, strategy) < 0)
			return -1;
	} else if (grip_org_set_strategy(c->g, vision, strategy) < 0) {
		return -1;
	}
	return strategy_done(c, out);
}

int rem_strategy_set(struct cli *c, const struct cli_args *a, json_t **out)
{
	const char *unit = arg_get(a, "unit"), *path = "";
	if (strategy_args(c, a) < 0)
		return -1;
	if (unit) {
		json_t *u = remote_unit_named(c, unit);
		if (!u)
			return -1;
		path = arena_printf(c->g->arena, "units/%lld", (long long)jget_id(u, "id"));
	}
	if (remote_send(c, "PATCH", path,
			json_pack("{ss* ss*}", "vision", arg_get(a, "vision"), "strategy", arg_get(a, "strategy")),
			NULL) < 0)
		return -1;
	return strategy_done(c, out);
}

int show_strategy_set(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)j;
	const char *vision = arg_get(a, "vision"), *strategy = arg_get(a, "strategy");
	const char *unit = arg_get(a, "unit");
	cli_printf(c, "Updated the %s of %s.\n", vision && strategy ? "vision and strategy" : vision ? "vision" : "strategy",
		   unit ? unit : "the organisation");
	return 0;
}

/* {"vision","strategy","business_units":[{"unit","vision","strategy"}]}
 * from the org's and the units' JSON. */
static int strategy_view(struct cli *c, const json_t *org, const json_t *units, json_t **out)
{
	json_t *bus = json_array();
	size_t i;
	const json_t *u;
	enum grip_unit_kind kind;
	json_array_foreach(units, i, u)
		if (bus && grip_unit_kind_parse(jget_text(u, "kind"), &kind) == 0 && kind == GRIP_UNIT_BUSINESS_UNIT)
			json_array_append_new(bus, json_pack("{ss ss? ss?}", "unit", jget_text(u, "name"), "vision",
							     jget_str(u, "vision"), "strategy", jget_str(u, "strategy")));
	return cli_out(c, json_pack("{ss? ss? so}", "vision", jget_str(org, "vision"), "strategy",
				    jget_str(org, "strategy"), "business_units", bus),
		       out);
}

int cmd_strategy_show(struct cli *c, const struct cli_args *a, json_t **out)
{
	(void)a;
	struct grip_org *o = grip_org_get(c->g, c->g->org_id);
	struct grip_unit **units;
	size_t n;
	if (!o || grip_unit_list(c->g, &units, &n) < 0)
		return -1;
	json_t *org = cli_keep(c, grip_org_json(o));
	json_t *list = cli_keep(c, cli_array((void **)units, n, (json_t * (*)(const void *)) grip_unit_json));
	if (!org || !list)
		return grip_fail(c->g, GRIP_ENOMEM, NULL, "cannot build the JSON output");
	return strategy_view(c, org, list, out);
}

int rem_strategy_show(struct cli *c, const struct cli_args *a, json_t **out)
{
	(void)a;
	json_t *org, *units;
	if (remote_call(c, "GET", "", &org) < 0 || remote_list(c, "units", &units) < 0)
		return -1;
	return strategy_view(c, org, units, out);
}

int show_strategy(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	const char *vision = jget_str(j, "vision"), *strategy = jget_str(j, "strategy");
	const char *name = cli_fetch_str(c, CLI_ORG, 0, "name");
	if (!name)
		return -1;
	cli_printf(c, "%s\n\nVision:   %s\nStrategy: %s\n", name, vision ? vision : "-", strategy ? strategy : "-");
	size_t i;
	const json_t *u;
	json_array_foreach(json_object_get(j, "business_units"), i, u) {
		vision = jget_str(u, "vision");
		strategy = jget_str(u, "strategy");
		if (vision || strategy)
			cli_printf(c, "\n%s\n  Vision:   %s\n  Strategy: %s\n", jget_text(u, "unit"), vision ? vision : "-",
				   strategy ? strategy : "-");
	}
	return 0;
}

static int history_args(struct cli *c, const struct cli_args *a, int64_t *id)
{
	*id = 0;
	return arg_get(a, "id") ? cli_id(c, "id", arg_get(a, "id"), id) : 0;
}

int cmd_history(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t id;
	if (history_args(c, a, &id) < 0)
		return -1;
	struct grip_event **events;
	size_t n;
	if (grip_event_list(c->g, arg_get(a, "entity"), id, &events, &n) < 0)
		return -1;
	return cli_out(c, cli_array((void **)events, n, (json_t * (*)(const void *)) grip_event_json), out);
}

int rem_history(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t id;
	if (history_args(c, a, &id) < 0)
		return -1;
	return remote_list(c,
			   remote_path(c, "events", "entity", arg_get(a, "entity"), "entity_id",
				       id ? arena_printf(c->g->arena, "%lld", (long long)id) : NULL, (char *)NULL),
			   out);
}

int show_history(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	static const char *const heads[] = { "ID", "AT", "ACTOR", "ENTITY", "ACTION", "REASON" };
	struct table *t = table_new(c, 6, heads);
	size_t i;
	const json_t *e;
	json_array_foreach(j, i, e)
		table_add(t, cell_id(c, jget_id(e, "id")), jget_text(e, "at"), cell_id(c, jget_id(e, "actor_id")),
			  arena_printf(c->g->arena, "%s %lld", jget_text(e, "entity"), (long long)jget_id(e, "entity_id")),
			  jget_text(e, "action"), jget_str(e, "reason"));
	table_print(t);
	return 0;
}
