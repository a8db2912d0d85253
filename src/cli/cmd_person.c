/*
 * cmd_person.c — `grip person ...`: add, list, show, edit, leave; locally
 * (cmd_), over the API (rem_), and their one text form (show_).
 */
#include "cli/cli.h"

#include <string.h>

#include "cli/remote.h"
#include "util/num.h"

/* A person named by id or email. */
static struct grip_person *person_arg(struct cli *c, const char *text)
{
	int64_t id;
	if (parse_i64(text, &id))
		return grip_person_get(c->g, id);
	return grip_person_by_email(c->g, text);
}

/* "Added person 2: Bo Berg <bo@acme.test>, member" */
static int person_line(struct cli *c, const json_t *p, const char *verb)
{
	cli_printf(c, "%s%s %lld: %s <%s>, %s%s\n", verb, *verb ? " person" : "Person", (long long)jget_id(p, "id"),
		   jget_text(p, "name"), jget_text(p, "email"), jget_text(p, "role"),
		   jget_bool(p, "active") ? "" : ", left");
	return 0;
}

int show_person(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	return person_line(c, j, "");
}

int show_person_added(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	return person_line(c, j, "Added");
}

int show_person_updated(struct cli *c, const struct cli_args *a, const json_t *j)
{
	person_line(c, j, "Updated");
	if ((arg_get(a, "email-notices") || arg_get(a, "digest")) && json_object_get(j, "notify_email"))
		cli_printf(c, "Reminders: in the app, %s.\n",
			   !jget_bool(j, "notify_email") ? "not by email"
			   : jget_bool(j, "digest")      ? "by email in a weekly digest"
							 : "by email one at a time");
	return 0;
}

int show_person_left(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	return person_line(c, j, "Marked as left:");
}

static int role_arg(struct cli *c, const struct cli_args *a, enum grip_role *role)
{
	const char *r = arg_get(a, "role");
	*role = GRIP_ROLE_MEMBER;
	if (r && grip_role_parse(r, role) < 0)
		return grip_fail(c->g, GRIP_EINVAL, "role", "must be one of admin, member, viewer");
	return 0;
}

int cmd_person_add(struct cli *c, const struct cli_args *a, json_t **out)
{
	enum grip_role role;
	struct grip_person *p;
	if (role_arg(c, a, &role) < 0 ||
	    !(p = grip_person_add_invited(c->g, a->pos[0], arg_get(a, "name"), role, !arg_flag(a, "no-invite"))))
		return -1;
	return cli_out(c, grip_person_json(p), out);
}

int rem_person_add(struct cli *c, const struct cli_args *a, json_t **out)
{
	enum grip_role role;
	if (role_arg(c, a, &role) < 0)
		return -1;
	return remote_send(c, "POST", "people",
			   json_pack("{ss ss* ss* so*}", "email", a->pos[0], "name", arg_get(a, "name"), "role",
				     arg_get(a, "role"), "invite", arg_flag(a, "no-invite") ? json_false() : NULL),
			   out);
}

int cmd_person_list(struct cli *c, const struct cli_args *a, json_t **out)
{
	(void)a;
	struct grip_person **people;
	size_t n;
	if (grip_person_list(c->g, &people, &n) < 0)
		return -1;
	return cli_out(c, cli_array((void **)people, n, (json_t * (*)(const void *)) grip_person_json), out);
}

int rem_person_list(struct cli *c, const struct cli_args *a, json_t **out)
{
	(void)a;
	return remote_list(c, "people", out);
}

int show_person_list(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	static const char *const heads[] = { "ID", "EMAIL", "NAME", "ROLE", "STATUS" };
	struct table *t = table_new(c, 5, heads);
	size_t i;
	const json_t *p;
	json_array_foreach(j, i, p)
		table_add(t, cell_id(c, jget_id(p, "id")), jget_text(p, "email"), jget_text(p, "name"),
			  jget_text(p, "role"), jget_bool(p, "active") ? "active" : "left");
	table_print(t);
	return 0;
}

int cmd_person_show(struct cli *c, const struct cli_args *a, json_t **out)
{
	struct grip_person *p = person_arg(c, a->pos[0]);
	return p ? cli_out(c, grip_person_json_notices(c->g, p), out) : -1;
}

/* The person as the API answers one by id: with their notices, to those
 * who may see them. */
int rem_person_show(struct cli *c, const struct cli_args *a, json_t **out)
{
	json_t *p = remote_person_arg(c, a->pos[0]);
	if (!p)
		return -1;
	return remote_call(c, "GET", arena_printf(c->g->arena, "people/%lld", (long long)jget_id(p, "id")), out);
}

/* --email-notices and --digest: "on" or "off" into *v; *given false when absent. */
static int on_off(struct cli *c, const struct cli_args *a, const char *option, const char *field, bool *v,
		  bool *given)
{
	const char *s = arg_get(a, option);
	*given = s != NULL;
	if (!s)
		return 0;
	if (strcmp(s, "on") == 0 || strcmp(s, "off") == 0) {
		*v = strcmp(s, "on") == 0;
		return 0;
	}
	return grip_fail(c->g, GRIP_EINVAL, field, "must be on or off");
}

struct notices_args {
	bool email, digest, has_email, has_digest;
};

static int notices_args(struct cli *c, const struct cli_args *a, struct notices_args *n)
{
	return on_off(c, a, "email-notices", "notify_email", &n->email, &n->has_email) < 0 ||
			       on_off(c, a, "digest", "digest", &n->digest, &n->has_digest) < 0
		       ? -1
		       : 0;
}

int cmd_person_edit(struct cli *c, const struct cli_args *a, json_t **out)
{
	struct notices_args n;
	struct grip_person *p = person_arg(c, a->pos[0]);
	if (!p || notices_args(c, a, &n) < 0)
		return -1;
	bool person = arg_get(a, "name") || arg_get(a, "role") || (!n.has_email && !n.has_digest);
	if (person && grip_person_edit(c->g, p->id, arg_get(a, "name"), arg_get(a, "role")) < 0)
		return -1;
	if ((n.has_email || n.has_digest) &&
	    grip_notices_set(c->g, p->id, n.has_email ? &n.email : NULL, n.has_digest ? &n.digest : NULL) < 0)
		return -1;
	p = grip_person_get(c->g, p->id);
	return p ? cli_out(c, grip_person_json_notices(c->g, p), out) : -1;
}

int rem_person_edit(struct cli *c, const struct cli_args *a, json_t **out)
{
	struct notices_args n;
	json_t *p = remote_person_arg(c, a->pos[0]);
	if (!p || notices_args(c, a, &n) < 0)
		return -1;
	json_t *body = json_pack("{ss* ss*}", "name", arg_get(a, "name"), "role", arg_get(a, "role"));
	if (body && n.has_email)
		json_object_set_new(body, "notify_email", json_boolean(n.email));
	if (body && n.has_digest)
		json_object_set_new(body, "digest", json_boolean(n.digest));
	return remote_send(c, "PATCH", arena_printf(c->g->arena, "people/%lld", (long long)jget_id(p, "id")), body,
			   out);
}

int cmd_person_leave(struct cli *c, const struct cli_args *a, json_t **out)
{
	struct grip_person *p = person_arg(c, a->pos[0]);
	if (!p || grip_person_leave(c->g, p->id, arg_get(a, "on")) < 0)
		return -1;
	p = grip_person_get(c->g, p->id);
	return p ? cli_out(c, grip_person_json(p), out) : -1;
}

int rem_person_leave(struct cli *c, const struct cli_args *a, json_t **out)
{
	json_t *p = remote_person_arg(c, a->pos[0]);
	if (!p)
		return -1;
	return remote_send(c, "POST", arena_printf(c->g->arena, "people/%lld/leave", (long long)jget_id(p, "id")),
			   json_pack("{ss*}", "on", arg_get(a, "on")), out);
}
