/*
 * cmd_unit.c — `grip unit ...` (the org tree) and `grip member ...` (who is
 * in a unit, who left and why).
 */
#include "cli/cli.h"

#include <string.h>

static int show_unit(struct cli *c, const struct grip_unit *u, const char *verb)
{
	if (c->json)
		return cli_json(c, grip_unit_json(u));
	cli_printf(c, "%s%s %lld: %s (%s%s)\n", verb, *verb ? " unit" : "Unit", (long long)u->id, u->name, u->kind,
		   strcmp(u->visibility, "private") == 0 ? ", private" : "");
	return 0;
}

int cmd_unit_add(struct cli *c, const struct cli_args *a)
{
	struct grip_unit *u = grip_unit_add(c->g, a->pos[0], arg_get(a, "kind"), arg_get(a, "parent"),
					    arg_get(a, "lead"), arg_flag(a, "private") ? "private" : "org");
	return u ? show_unit(c, u, "Added") : -1;
}

int cmd_unit_edit(struct cli *c, const struct cli_args *a)
{
	struct grip_unit *u = grip_unit_by_name(c->g, a->pos[0]);
	if (!u || grip_unit_edit(c->g, u->id, arg_get(a, "name"), arg_get(a, "lead"),
				 arg_get(a, "visibility"), arg_get(a, "vision"), arg_get(a, "strategy")) < 0)
		return -1;
	u = grip_unit_get(c->g, u->id);
	return u ? show_unit(c, u, "Updated") : -1;
}

int cmd_unit_list(struct cli *c, const struct cli_args *a)
{
	(void)a;
	struct grip_unit **units;
	size_t n;
	if (grip_unit_list(c->g, &units, &n) < 0)
		return -1;
	if (c->json)
		return cli_json_list(c, (void **)units, n, (json_t * (*)(const void *)) grip_unit_json);
	static const char *const heads[] = { "ID", "NAME", "KIND", "PARENT", "LEAD", "VISIBILITY" };
	struct table *t = table_new(c, 6, heads);
	for (size_t i = 0; i < n; i++) {
		const char *parent = NULL, *lead = NULL;
		for (size_t k = 0; k < n; k++)
			if (units[k]->id == units[i]->parent_id)
				parent = units[k]->name;
		if (units[i]->lead_id) {
			struct grip_person *p = grip_person_get(c->g, units[i]->lead_id);
			lead = p ? p->email : NULL;
		}
		table_add(t, cell_id(c, units[i]->id), units[i]->name, units[i]->kind, parent, lead,
			  units[i]->visibility);
	}
	table_print(t);
	return 0;
}

int cmd_unit_show(struct cli *c, const struct cli_args *a)
{
	struct grip_unit *u = grip_unit_by_name(c->g, a->pos[0]);
	struct grip_membership **ms;
	size_t n;
	if (!u || grip_member_list(c->g, u->id, &ms, &n) < 0)
		return -1;
	if (c->json) {
		json_t *j = grip_unit_json(u);
		json_t *list = json_array();
		for (size_t i = 0; list && i < n; i++)
			json_array_append_new(list, grip_membership_json(ms[i]));
		if (j)
			json_object_set_new(j, "members", list);
		return cli_json(c, j);
	}
	show_unit(c, u, "");
	if (u->vision)
		cli_printf(c, "Vision:   %s\n", u->vision);
	if (u->strategy)
		cli_printf(c, "Strategy: %s\n", u->strategy);
	static const char *const heads[] = { "EMAIL", "NAME", "ROLE", "JOINED", "LEFT", "REASON" };
	struct table *t = table_new(c, 6, heads);
	for (size_t i = 0; i < n; i++) {
		struct grip_person *p = grip_person_get(c->g, ms[i]->person_id);
		table_add(t, p ? p->email : NULL, p ? p->name : NULL, ms[i]->role, ms[i]->joined_on,
			  ms[i]->left_on, ms[i]->left_reason);
	}
	cli_printf(c, "\n");
	table_print(t);
	return 0;
}

static int member_args(struct cli *c, const struct cli_args *a, struct grip_unit **u,
		       struct grip_person **p)
{
	if (!(*u = grip_unit_by_name(c->g, a->pos[0])))
		return -1;
	if (!(*p = grip_person_by_email(c->g, a->pos[1])))
		return -1;
	return 0;
}

static int show_membership(struct cli *c, const struct grip_membership *m, const struct grip_unit *u,
			   const struct grip_person *p)
{
	if (c->json)
		return cli_json(c, grip_membership_json(m));
	if (m->left_on)
		cli_printf(c, "%s left %s on %s.\n", p->email, u->name, m->left_on);
	else
		cli_printf(c, "%s joined %s as %s on %s.\n", p->email, u->name, m->role, m->joined_on);
	return 0;
}

int cmd_member_add(struct cli *c, const struct cli_args *a)
{
	struct grip_unit *u;
	struct grip_person *p;
	if (member_args(c, a, &u, &p) < 0)
		return -1;
	struct grip_membership *m = grip_member_add(c->g, u->id, p->id, arg_get(a, "role"), arg_get(a, "joined"));
	return m ? show_membership(c, m, u, p) : -1;
}

int cmd_member_leave(struct cli *c, const struct cli_args *a)
{
	struct grip_unit *u;
	struct grip_person *p;
	if (member_args(c, a, &u, &p) < 0)
		return -1;
	struct grip_membership *m = grip_member_leave(c->g, u->id, p->id, arg_get(a, "on"), arg_get(a, "reason"));
	return m ? show_membership(c, m, u, p) : -1;
}
