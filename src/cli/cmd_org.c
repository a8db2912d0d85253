/*
 * cmd_org.c — CLI commands about the organisation as a whole: init, demo,
 * strategy, history, and the terminal report.
 */
#include "cli/cli.h"

#include <string.h>

int cmd_init(struct cli *c, const struct cli_args *a)
{
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

int cmd_demo(struct cli *c, const struct cli_args *a)
{
	(void)a;
	if (grip_demo_load(c->g) < 0)
		return -1;
	struct grip_org *o = grip_org_get(c->g, c->g->org_id);
	if (!o)
		return -1;
	if (c->json)
		return cli_json(c, grip_org_json(o));
	cli_printf(c, "Loaded the demo organisation %s (slug %s) into %s.\n"
		      "Try: grip --db %s report\n", o->name, o->slug, c->db_path, c->db_path);
	return 0;
}

int cmd_strategy_set(struct cli *c, const struct cli_args *a)
{
	const char *vision = arg_get(a, "vision"), *strategy = arg_get(a, "strategy");
	const char *unit = arg_get(a, "unit");
	if (!vision && !strategy)
		return grip_fail(c->g, GRIP_EINVAL, "vision", "give --vision, --strategy or both");
	if (unit) {
		struct grip_unit *u = grip_unit_by_name(c->g, unit);
		if (!u || grip_unit_edit(c->g, u->id, NULL, NULL, NULL, vision, strategy) < 0)
			return -1;
	} else if (grip_org_set_strategy(c->g, vision, strategy) < 0) {
		return -1;
	}
	if (c->json)
		return cli_json(c, json_pack("{sb}", "ok", 1));
	cli_printf(c, "Updated the %s of %s.\n", vision && strategy ? "vision and strategy" : vision ? "vision" : "strategy",
		   unit ? unit : "the organisation");
	return 0;
}

int cmd_strategy_show(struct cli *c, const struct cli_args *a)
{
	(void)a;
	struct grip_org *o = grip_org_get(c->g, c->g->org_id);
	struct grip_unit **units;
	size_t n;
	if (!o || grip_unit_list(c->g, &units, &n) < 0)
		return -1;
	if (c->json) {
		json_t *bus = json_array();
		for (size_t i = 0; bus && i < n; i++)
			if (strcmp(units[i]->kind, "business_unit") == 0)
				json_array_append_new(bus, json_pack("{ss ss? ss?}", "unit", units[i]->name, "vision",
								     units[i]->vision, "strategy",
								     units[i]->strategy));
		return cli_json(c, json_pack("{ss? ss? so}", "vision", o->vision, "strategy", o->strategy,
					     "business_units", bus));
	}
	cli_printf(c, "%s\n\nVision:   %s\nStrategy: %s\n", o->name, o->vision ? o->vision : "-",
		   o->strategy ? o->strategy : "-");
	for (size_t i = 0; i < n; i++)
		if (strcmp(units[i]->kind, "business_unit") == 0 && (units[i]->vision || units[i]->strategy))
			cli_printf(c, "\n%s\n  Vision:   %s\n  Strategy: %s\n", units[i]->name,
				   units[i]->vision ? units[i]->vision : "-",
				   units[i]->strategy ? units[i]->strategy : "-");
	return 0;
}

int cmd_history(struct cli *c, const struct cli_args *a)
{
	int64_t id = 0;
	const char *entity = arg_get(a, "entity");
	if (arg_get(a, "id") && cli_id(c, "id", arg_get(a, "id"), &id) < 0)
		return -1;
	if (c->g->actor->role != GRIP_ROLE_ADMIN && grip_require_admin(c->g) < 0)
		return -1;
	struct grip_event **events;
	size_t n;
	if (grip_event_list(c->g, entity, id, &events, &n) < 0)
		return -1;
	if (c->json)
		return cli_json_list(c, (void **)events, n, (json_t * (*)(const void *)) grip_event_json);
	static const char *const heads[] = { "ID", "AT", "ACTOR", "ENTITY", "ACTION", "REASON" };
	struct table *t = table_new(c, 6, heads);
	for (size_t i = 0; i < n; i++)
		table_add(t, cell_id(c, events[i]->id), events[i]->at, cell_id(c, events[i]->actor_id),
			  arena_printf(c->g->arena, "%s %lld", events[i]->entity, (long long)events[i]->entity_id),
			  events[i]->action, events[i]->reason);
	table_print(t);
	return 0;
}
