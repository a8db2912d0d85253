/*
 * cmd_unit.c — `grip unit ...` (the org tree: add, list, show, edit, delete) and `grip member ...` (who is
 * in a unit, who left and why); locally (cmd_), over the API (rem_), and
 * their one text form (show_).
 */
#include "cli/cli.h"

#include <string.h>

#include "cli/remote.h"

/* "Added unit 2: Mobile (team)" */
static int unit_line(struct cli *c, const json_t *u, const char *verb)
{
	enum grip_visibility vis = GRIP_VISIBILITY_ORG;
	grip_visibility_parse(jget_text(u, "visibility"), &vis);
	cli_printf(c, "%s%s %lld: %s (%s%s)\n", verb, *verb ? " unit" : "Unit", (long long)jget_id(u, "id"),
		   jget_text(u, "name"), jget_text(u, "kind"), vis == GRIP_VISIBILITY_PRIVATE ? ", private" : "");
	return 0;
}

int show_unit_added(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	return unit_line(c, j, "Added");
}

int show_unit_updated(struct cli *c, const struct cli_args *a, const json_t *j)
{
	unit_line(c, j, "Updated");
	if (arg_get(a, "webhook"))
		cli_printf(c, "Webhook:  %s\n", jget_str(j, "webhook_url") ? jget_str(j, "webhook_url") : "none");
	return 0;
}

int cmd_unit_add(struct cli *c, const struct cli_args *a, json_t **out)
{
	struct grip_unit *u = grip_unit_add(c->g, a->pos[0], arg_get(a, "kind"), arg_get(a, "parent"),
					    arg_get(a, "lead"), arg_flag(a, "private") ? "private" : "org");
	return u ? cli_out(c, grip_unit_json(u), out) : -1;
}

int rem_unit_add(struct cli *c, const struct cli_args *a, json_t **out)
{
	return remote_send(c, "POST", "units",
			   json_pack("{ss ss* ss* ss* ss}", "name", a->pos[0], "kind", arg_get(a, "kind"), "parent",
				     arg_get(a, "parent"), "lead", arg_get(a, "lead"), "visibility",
				     arg_flag(a, "private") ? "private" : "org"),
			   out);
}

int cmd_unit_edit(struct cli *c, const struct cli_args *a, json_t **out)
{
	struct grip_unit *u = grip_unit_by_name(c->g, a->pos[0]);
	const char *hook = arg_get(a, "webhook");
	bool rest = !hook || arg_get(a, "name") || arg_get(a, "parent") || arg_get(a, "lead") ||
		    arg_get(a, "visibility") || arg_get(a, "vision") || arg_get(a, "strategy");
	if (!u || (rest && grip_unit_edit(c->g, u->id, arg_get(a, "name"), arg_get(a, "parent"), arg_get(a, "lead"),
					  arg_get(a, "visibility"), arg_get(a, "vision"), arg_get(a, "strategy")) < 0))
		return -1;
	if (hook && grip_unit_set_webhook(c->g, u->id, strcmp(hook, "none") == 0 ? NULL : hook) < 0)
		return -1;
	u = grip_unit_get(c->g, u->id);
	return u ? cli_out(c, grip_unit_json_seen(c->g, u), out) : -1;
}

int rem_unit_edit(struct cli *c, const struct cli_args *a, json_t **out)
{
	const char *hook = arg_get(a, "webhook");
	if (hook && strcmp(hook, "none") == 0)
		hook = ""; /* the API's word for none */
	json_t *u = remote_unit_named(c, a->pos[0]);
	if (!u)
		return -1;
	return remote_send(c, "PATCH", arena_printf(c->g->arena, "units/%lld", (long long)jget_id(u, "id")),
			   json_pack("{ss* ss* ss* ss* ss* ss* ss*}", "name", arg_get(a, "name"), "parent", arg_get(a, "parent"),
				     "lead", arg_get(a, "lead"), "visibility", arg_get(a, "visibility"), "vision",
				     arg_get(a, "vision"), "strategy", arg_get(a, "strategy"), "webhook_url", hook),
			   out);
}

static int unit_deleted(struct cli *c, int64_t id, const char *name, json_t **out)
{
	return cli_out(c, json_pack("{sI ss sb}", "id", (json_int_t)id, "name", name, "deleted", 1), out);
}

int cmd_unit_delete(struct cli *c, const struct cli_args *a, json_t **out)
{
	struct grip_unit *u = grip_unit_by_name(c->g, a->pos[0]);
	if (!u || grip_unit_delete(c->g, u->id) < 0)
		return -1;
	return unit_deleted(c, u->id, u->name, out);
}

int rem_unit_delete(struct cli *c, const struct cli_args *a, json_t **out)
{
	json_t *u = remote_unit_named(c, a->pos[0]);
	if (!u || remote_call(c, "DELETE", arena_printf(c->g->arena, "units/%lld", (long long)jget_id(u, "id")), NULL) < 0)
		return -1;
	return unit_deleted(c, jget_id(u, "id"), jget_text(u, "name"), out);
}

int show_unit_deleted(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	cli_printf(c, "Deleted unit %lld: %s\n", (long long)jget_id(j, "id"), jget_text(j, "name"));
	return 0;
}

int cmd_unit_list(struct cli *c, const struct cli_args *a, json_t **out)
{
	(void)a;
	struct grip_unit **units;
	size_t n;
	if (grip_unit_list(c->g, &units, &n) < 0)
		return -1;
	return cli_out(c, cli_array((void **)units, n, (json_t * (*)(const void *)) grip_unit_json), out);
}

int rem_unit_list(struct cli *c, const struct cli_args *a, json_t **out)
{
	(void)a;
	return remote_list(c, "units", out);
}

int show_unit_list(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	static const char *const heads[] = { "ID", "NAME", "KIND", "PARENT", "LEAD", "VISIBILITY" };
	struct table *t = table_new(c, 6, heads);
	size_t i, k;
	const json_t *u, *other;
	json_array_foreach(j, i, u) {
		const char *parent = NULL;
		json_array_foreach(j, k, other)
			if (jget_id(other, "id") == jget_id(u, "parent_id"))
				parent = jget_str(other, "name");
		table_add(t, cell_id(c, jget_id(u, "id")), jget_text(u, "name"), jget_text(u, "kind"), parent,
			  cli_fetch_str(c, CLI_PERSON, jget_id(u, "lead_id"), "email"), jget_text(u, "visibility"));
	}
	table_print(t);
	return 0;
}

/* A unit's JSON with its "members". */
static int unit_with_members(struct cli *c, json_t *unit, json_t *members, json_t **out)
{
	json_t *j = json_deep_copy(unit);
	if (j && json_object_set(j, "members", members) < 0) {
		json_decref(j);
		j = NULL;
	}
	return cli_out(c, j, out);
}

int cmd_unit_show(struct cli *c, const struct cli_args *a, json_t **out)
{
	struct grip_unit *u = grip_unit_by_name(c->g, a->pos[0]);
	struct grip_membership **ms;
	size_t n;
	if (!u || grip_member_list(c->g, u->id, &ms, &n) < 0)
		return -1;
	json_t *unit = cli_keep(c, grip_unit_json_seen(c->g, u));
	json_t *members = cli_keep(c, cli_array((void **)ms, n, (json_t * (*)(const void *)) grip_membership_json));
	return unit_with_members(c, unit, members, out);
}

int rem_unit_show(struct cli *c, const struct cli_args *a, json_t **out)
{
	json_t *u = remote_unit_named(c, a->pos[0]), *members;
	/* The unit itself, not its entry in the list: it holds the webhook
	 * for those who may edit the unit. */
	if (!u || remote_call(c, "GET", arena_printf(c->g->arena, "units/%lld", (long long)jget_id(u, "id")), &u) < 0 ||
	    remote_list(c, arena_printf(c->g->arena, "units/%lld/members", (long long)jget_id(u, "id")), &members) < 0)
		return -1;
	return unit_with_members(c, u, members, out);
}

int show_unit(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	unit_line(c, j, "");
	if (jget_str(j, "vision"))
		cli_printf(c, "Vision:   %s\n", jget_str(j, "vision"));
	if (jget_str(j, "strategy"))
		cli_printf(c, "Strategy: %s\n", jget_str(j, "strategy"));
	if (jget_str(j, "webhook_url")) /* only for those who may edit the unit */
		cli_printf(c, "Webhook:  %s\n", jget_str(j, "webhook_url"));
	static const char *const heads[] = { "EMAIL", "NAME", "ROLE", "JOINED", "LEFT", "REASON" };
	struct table *t = table_new(c, 6, heads);
	size_t i;
	const json_t *m;
	json_array_foreach(json_object_get(j, "members"), i, m) {
		json_t *p = cli_fetch(c, CLI_PERSON, jget_id(m, "person_id"));
		table_add(t, jget_str(p, "email"), jget_str(p, "name"), jget_text(m, "role"), jget_str(m, "joined_on"),
			  jget_str(m, "left_on"), jget_str(m, "left_reason"));
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

/* The path of a unit's members, after the same lookups as member_args. */
static const char *members_path(struct cli *c, const struct cli_args *a, json_t **person)
{
	json_t *u = remote_unit_named(c, a->pos[0]);
	if (!u || !(*person = remote_person_by_email(c, a->pos[1])))
		return NULL;
	return arena_printf(c->g->arena, "units/%lld/members", (long long)jget_id(u, "id"));
}

/* "cy@acme.test joined Mobile as member on 2026-10-05." */
int show_membership(struct cli *c, const struct cli_args *a, const json_t *m)
{
	(void)a;
	const char *email = cli_fetch_str(c, CLI_PERSON, jget_id(m, "person_id"), "email");
	const char *unit = cli_fetch_str(c, CLI_UNIT, jget_id(m, "unit_id"), "name");
	if (!email || !unit)
		return -1;
	if (jget_str(m, "left_on"))
		cli_printf(c, "%s left %s on %s.\n", email, unit, jget_text(m, "left_on"));
	else
		cli_printf(c, "%s joined %s as %s on %s.\n", email, unit, jget_text(m, "role"), jget_text(m, "joined_on"));
	return 0;
}

int cmd_member_add(struct cli *c, const struct cli_args *a, json_t **out)
{
	struct grip_unit *u;
	struct grip_person *p;
	if (member_args(c, a, &u, &p) < 0)
		return -1;
	struct grip_membership *m = grip_member_add(c->g, u->id, p->id, arg_get(a, "role"), arg_get(a, "joined"));
	return m ? cli_out(c, grip_membership_json(m), out) : -1;
}

int rem_member_add(struct cli *c, const struct cli_args *a, json_t **out)
{
	json_t *p;
	const char *path = members_path(c, a, &p);
	if (!path)
		return -1;
	return remote_send(c, "POST", path,
			   json_pack("{ss ss* ss*}", "email", a->pos[1], "role", arg_get(a, "role"), "joined_on",
				     arg_get(a, "joined")),
			   out);
}

int cmd_member_leave(struct cli *c, const struct cli_args *a, json_t **out)
{
	struct grip_unit *u;
	struct grip_person *p;
	if (member_args(c, a, &u, &p) < 0)
		return -1;
	struct grip_membership *m = grip_member_leave(c->g, u->id, p->id, arg_get(a, "on"), arg_get(a, "reason"));
	return m ? cli_out(c, grip_membership_json(m), out) : -1;
}

int rem_member_leave(struct cli *c, const struct cli_args *a, json_t **out)
{
	json_t *p;
	const char *path = members_path(c, a, &p);
	if (!path)
		return -1;
	return remote_send(c, "POST", arena_printf(c->g->arena, "%s/%lld/leave", path, (long long)jget_id(p, "id")),
			   json_pack("{ss* ss*}", "on", arg_get(a, "on"), "reason", arg_get(a, "reason")), out);
}
