/*
 * api_org.c — handlers for the org itself (its settings, vision and
 * strategy), people, units and their members, and cycles.
 */
#include "api/api.h"

#include <string.h>

#define TO_JSON(fn) ((json_t * (*)(const void *)) fn)

int api_get_org(struct api_request *r)
{
	return api_ok(r, grip_org_json(r->org));
}

/* A field given as a whole number or as text, as text for the core to
 * check (week_start: a number or a day's name; remind_hour). */
static int in_number_text(struct api_request *r, const char *field, const char **out)
{
	json_t *v = json_object_get(r->body, field);
	*out = NULL;
	if (!v || json_is_null(v))
		return 0;
	if (json_is_integer(v)) {
		json_int_t n = json_integer_value(v);
		*out = arena_printf(r->g->arena, "%lld", (long long)n);
		return *out ? 0 : grip_fail(r->g, GRIP_ENOMEM, NULL, "out of memory");
	}
	return in_string(r, field, false, out);
}

int api_patch_org(struct api_request *r)
{
	static const char *const fields[] = { "name", "timezone", "week_start", "locale", "vision", "strategy",
					      "remind_hour", NULL };
	struct grip_org_edit e;
	struct grip_org *o;
	if (in_only(r, fields) < 0 || in_string(r, "name", false, &e.name) < 0 ||
	    in_string(r, "timezone", false, &e.timezone) < 0 || in_number_text(r, "week_start", &e.week_start) < 0 ||
	    in_number_text(r, "remind_hour", &e.remind_hour) < 0 ||
	    in_string(r, "locale", false, &e.locale) < 0 || in_string(r, "vision", false, &e.vision) < 0 ||
	    in_string(r, "strategy", false, &e.strategy) < 0 || grip_org_edit(r->g, &e) < 0 ||
	    !(o = grip_org_get(r->g, r->g->org_id)))
		return -1;
	return api_ok(r, grip_org_json(o));
}

int api_list_people(struct api_request *r)
{
	struct grip_person **people;
	size_t n;
	if (grip_person_list(r->g, &people, &n) < 0)
		return -1;
	return api_list(r, api_array((void **)people, n, TO_JSON(grip_person_json)));
}

int api_add_person(struct api_request *r)
{
	static const char *const fields[] = { "email", "name", "role", "invite", NULL };
	const char *email, *name, *role_name;
	enum grip_role role = GRIP_ROLE_MEMBER;
	bool invite = true;
	if (in_only(r, fields) < 0 || in_string(r, "email", true, &email) < 0 ||
	    in_string(r, "name", true, &name) < 0 || in_string(r, "role", false, &role_name) < 0 ||
	    in_bool(r, "invite", &invite, NULL) < 0)
		return -1;
	if (role_name && grip_role_parse(role_name, &role) < 0)
		return grip_fail(r->g, GRIP_EINVAL, "role", "must be one of admin, member, viewer");
	struct grip_person *p = grip_person_add_invited(r->g, email, name, role, invite);
	return p ? api_ok(r, grip_person_json(p)) : -1;
}

int api_get_person(struct api_request *r)
{
	int64_t id;
	struct grip_person *p;
	if (api_param_id(r, "id", &id) < 0 || !(p = grip_person_get(r->g, id)))
		return -1;
	return api_ok(r, grip_person_json_notices(r->g, p));
}

int api_patch_person(struct api_request *r)
{
	static const char *const fields[] = { "name", "role", "notify_email", "digest", NULL };
	int64_t id;
	const char *name, *role;
	bool email, digest, has_email, has_digest;
	if (api_param_id(r, "id", &id) < 0 || in_only(r, fields) < 0 ||
	    in_string(r, "name", false, &name) < 0 || in_string(r, "role", false, &role) < 0 ||
	    in_bool(r, "notify_email", &email, &has_email) < 0 || in_bool(r, "digest", &digest, &has_digest) < 0)
		return -1;
	if ((name || role || (!has_email && !has_digest)) && grip_person_edit(r->g, id, name, role) < 0)
		return -1;
	if ((has_email || has_digest) &&
	    grip_notices_set(r->g, id, has_email ? &email : NULL, has_digest ? &digest : NULL) < 0)
		return -1;
	return api_get_person(r);
}

int api_person_leave(struct api_request *r)
{
	static const char *const fields[] = { "on", NULL };
	int64_t id;
	const char *on;
	if (api_param_id(r, "id", &id) < 0 || in_only(r, fields) < 0 || in_string(r, "on", false, &on) < 0 ||
	    grip_person_leave(r->g, id, on) < 0)
		return -1;
	return api_get_person(r);
}

int api_list_units(struct api_request *r)
{
	struct grip_unit **units;
	size_t n;
	if (grip_unit_list(r->g, &units, &n) < 0)
		return -1;
	return api_list(r, api_array((void **)units, n, TO_JSON(grip_unit_json)));
}

int api_add_unit(struct api_request *r)
{
	static const char *const fields[] = { "name", "kind", "parent", "lead", "visibility", NULL };
	const char *name, *kind, *parent, *lead, *visibility;
	if (in_only(r, fields) < 0 || in_string(r, "name", true, &name) < 0 ||
	    in_string(r, "kind", true, &kind) < 0 || in_string(r, "parent", false, &parent) < 0 ||
	    in_string(r, "lead", false, &lead) < 0 || in_string(r, "visibility", false, &visibility) < 0)
		return -1;
	struct grip_unit *u = grip_unit_add(r->g, name, kind, parent, lead, visibility);
	return u ? api_ok(r, grip_unit_json(u)) : -1;
}

int api_get_unit(struct api_request *r)
{
	int64_t id;
	struct grip_unit *u;
	if (api_param_id(r, "id", &id) < 0 || !(u = grip_unit_get(r->g, id)))
		return -1;
	json_t *j = grip_unit_json_seen(r->g, u);
	return j ? api_ok(r, j) : -1;
}

int api_patch_unit(struct api_request *r)
{
	static const char *const fields[] = { "name", "parent", "lead", "visibility", "vision", "strategy",
					      "webhook_url", NULL };
	int64_t id;
	const char *name, *parent, *lead, *visibility, *vision, *strategy, *webhook;
	if (api_param_id(r, "id", &id) < 0 || in_only(r, fields) < 0 ||
	    in_string(r, "name", false, &name) < 0 || in_string(r, "parent", false, &parent) < 0 ||
	    in_string(r, "lead", false, &lead) < 0 || in_string(r, "visibility", false, &visibility) < 0 ||
	    in_string(r, "vision", false, &vision) < 0 || in_string(r, "strategy", false, &strategy) < 0 ||
	    in_string(r, "webhook_url", false, &webhook) < 0)
		return -1;
	/* webhook_url: a URL sets it, "" or null removes it (it is a secret:
	 * only those who may edit the unit read it back). */
	bool hook = json_object_get(r->body, "webhook_url") != NULL;
	bool rest = name || parent || lead || visibility || vision || strategy || !hook;
	if ((rest && grip_unit_edit(r->g, id, name, parent, lead, visibility, vision, strategy) < 0) ||
	    (hook && grip_unit_set_webhook(r->g, id, webhook) < 0))
		return -1;
	return api_get_unit(r);
}

int api_delete_unit(struct api_request *r)
{
	int64_t id;
	if (api_param_id(r, "id", &id) < 0 || grip_unit_delete(r->g, id) < 0)
		return -1;
	r->no_content = true;
	return 0;
}

int api_list_members(struct api_request *r)
{
	int64_t id;
	struct grip_membership **ms;
	size_t n;
	if (api_param_id(r, "id", &id) < 0 || !grip_unit_get(r->g, id) || grip_member_list(r->g, id, &ms, &n) < 0)
		return -1;
	return api_list(r, api_array((void **)ms, n, TO_JSON(grip_membership_json)));
}

int api_add_member(struct api_request *r)
{
	static const char *const fields[] = { "email", "role", "joined_on", NULL };
	int64_t id;
	const char *email, *role, *joined;
	struct grip_person *p;
	struct grip_membership *m;
	if (api_param_id(r, "id", &id) < 0 || in_only(r, fields) < 0 ||
	    in_string(r, "email", true, &email) < 0 || in_string(r, "role", false, &role) < 0 ||
	    in_string(r, "joined_on", false, &joined) < 0 || !grip_unit_get(r->g, id) ||
	    !(p = grip_person_by_email(r->g, email)) || !(m = grip_member_add(r->g, id, p->id, role, joined)))
		return -1;
	return api_ok(r, grip_membership_json(m));
}

int api_member_leave(struct api_request *r)
{
	static const char *const fields[] = { "on", "reason", NULL };
	int64_t id, person;
	const char *on, *reason;
	struct grip_membership *m;
	if (api_param_id(r, "id", &id) < 0 || api_param_id(r, "person_id", &person) < 0 ||
	    in_only(r, fields) < 0 || in_string(r, "on", false, &on) < 0 ||
	    in_string(r, "reason", false, &reason) < 0 || !grip_unit_get(r->g, id) ||
	    !(m = grip_member_leave(r->g, id, person, on, reason)))
		return -1;
	return api_ok(r, grip_membership_json(m));
}

int api_list_cycles(struct api_request *r)
{
	struct grip_cycle **cs;
	size_t n;
	if (grip_cycle_list(r->g, &cs, &n) < 0)
		return -1;
	return api_list(r, api_array((void **)cs, n, TO_JSON(grip_cycle_json)));
}

int api_add_cycle(struct api_request *r)
{
	static const char *const fields[] = { "name", "kind", "starts_on", "ends_on", "weeks", "unit", "from", NULL };
	struct grip_cycle_new n = { 0 };
	int64_t weeks = 0;
	if (in_only(r, fields) < 0 || in_string(r, "name", true, &n.name) < 0 ||
	    in_string(r, "from", false, &n.previous) < 0 ||
	    in_string(r, "kind", !n.previous, &n.kind) < 0 || in_string(r, "starts_on", !n.previous, &n.from) < 0 ||
	    in_string(r, "ends_on", false, &n.to) < 0 || in_int(r, "weeks", false, &weeks, NULL) < 0 ||
	    in_string(r, "unit", false, &n.unit) < 0)
		return -1;
	if (weeks < 0 || weeks > 104)
		return grip_fail(r->g, GRIP_EINVAL, "weeks", "must be a whole number of weeks from 1 to 104");
	n.weeks = (int)weeks;
	struct grip_carry *carry;
	struct grip_cycle *c = grip_cycle_add_from(r->g, &n, &carry);
	if (!c)
		return -1;
	json_t *j = grip_cycle_json(c);
	if (j && carry)
		json_object_set_new(j, "carry", grip_carry_json(carry));
	return api_ok(r, j);
}

int api_get_cycle(struct api_request *r)
{
	int64_t id;
	struct grip_cycle *c;
	if (api_param_id(r, "id", &id) < 0 || !(c = grip_cycle_get(r->g, id)))
		return -1;
	return api_ok(r, grip_cycle_json(c));
}

int api_patch_cycle(struct api_request *r)
{
	static const char *const fields[] = { "name", "starts_on", "ends_on", NULL };
	int64_t id;
	const char *name, *from, *to;
	if (api_param_id(r, "id", &id) < 0 || in_only(r, fields) < 0 || in_string(r, "name", false, &name) < 0 ||
	    in_string(r, "starts_on", false, &from) < 0 || in_string(r, "ends_on", false, &to) < 0 ||
	    grip_cycle_edit(r->g, id, name, from, to) < 0)
		return -1;
	return api_get_cycle(r);
}

int api_delete_cycle(struct api_request *r)
{
	int64_t id;
	if (api_param_id(r, "id", &id) < 0 || grip_cycle_delete(r->g, id) < 0)
		return -1;
	r->no_content = true;
	return 0;
}

int api_open_cycle(struct api_request *r)
{
	int64_t id;
	if (api_param_id(r, "id", &id) < 0 || grip_cycle_open(r->g, id) < 0)
		return -1;
	return api_get_cycle(r);
}

