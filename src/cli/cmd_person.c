/*
 * cmd_person.c — `grip person ...`: add, list, show, edit, leave.
 */
#include "cli/cli.h"

#include <string.h>

#include "util/num.h"

/* A person named by id or email. */
static struct grip_person *person_arg(struct cli *c, const char *text)
{
	int64_t id;
	if (parse_i64(text, &id))
		return grip_person_get(c->g, id);
	return grip_person_by_email(c->g, text);
}

static int show(struct cli *c, const struct grip_person *p, const char *verb)
{
	if (c->json)
		return cli_json(c, grip_person_json(p));
	cli_printf(c, "%s%s %lld: %s <%s>, %s%s\n", verb, *verb ? " person" : "Person", (long long)p->id, p->name, p->email,
		   grip_role_name(p->role), p->active ? "" : ", left");
	return 0;
}

int cmd_person_add(struct cli *c, const struct cli_args *a)
{
	enum grip_role role = GRIP_ROLE_MEMBER;
	const char *r = arg_get(a, "role");
	if (r && grip_role_parse(r, &role) < 0)
		return grip_fail(c->g, GRIP_EINVAL, "role", "must be one of admin, member, viewer");
	struct grip_person *p = grip_person_add(c->g, a->pos[0], arg_get(a, "name"), role);
	return p ? show(c, p, "Added") : -1;
}

int cmd_person_list(struct cli *c, const struct cli_args *a)
{
	(void)a;
	struct grip_person **people;
	size_t n;
	if (grip_person_list(c->g, &people, &n) < 0)
		return -1;
	if (c->json)
		return cli_json_list(c, (void **)people, n, (json_t * (*)(const void *)) grip_person_json);
	static const char *const heads[] = { "ID", "EMAIL", "NAME", "ROLE", "STATUS" };
	struct table *t = table_new(c, 5, heads);
	for (size_t i = 0; i < n; i++)
		table_add(t, cell_id(c, people[i]->id), people[i]->email, people[i]->name,
			  grip_role_name(people[i]->role), people[i]->active ? "active" : "left");
	table_print(t);
	return 0;
}

int cmd_person_show(struct cli *c, const struct cli_args *a)
{
	struct grip_person *p = person_arg(c, a->pos[0]);
	return p ? show(c, p, "") : -1;
}

int cmd_person_edit(struct cli *c, const struct cli_args *a)
{
	struct grip_person *p = person_arg(c, a->pos[0]);
	if (!p || grip_person_edit(c->g, p->id, arg_get(a, "name"), arg_get(a, "role")) < 0)
		return -1;
	p = grip_person_get(c->g, p->id);
	return p ? show(c, p, "Updated") : -1;
}

int cmd_person_leave(struct cli *c, const struct cli_args *a)
{
	struct grip_person *p = person_arg(c, a->pos[0]);
	if (!p || grip_person_leave(c->g, p->id, arg_get(a, "on")) < 0)
		return -1;
	p = grip_person_get(c->g, p->id);
	return p ? show(c, p, "Marked as left:") : -1;
}
