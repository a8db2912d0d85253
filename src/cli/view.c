/*
 * view.c — what the human renderers read: members of an entity's JSON,
 * and the other entities a table names (a lead's email, a unit's name),
 * fetched from the core locally or from the API with --server. Both hand
 * back the JSON the API would answer, so a renderer sees the same in both.
 */
#include "cli/cli.h"
#include "cli/remote.h"

const char *jget_str(const json_t *j, const char *key)
{
	return json_string_value(json_object_get(j, key));
}

const char *jget_text(const json_t *j, const char *key)
{
	const char *s = jget_str(j, key);
	return s ? s : "";
}

int64_t jget_id(const json_t *j, const char *key)
{
	return (int64_t)json_integer_value(json_object_get(j, key));
}

double jget_num(const json_t *j, const char *key)
{
	return json_number_value(json_object_get(j, key));
}

bool jget_bool(const json_t *j, const char *key)
{
	return json_is_true(json_object_get(j, key));
}

static json_t *fetch_remote(struct cli *c, enum cli_kind kind, int64_t id)
{
	static const char *const paths[] = {
		[CLI_ORG] = "", [CLI_PERSON] = "people", [CLI_UNIT] = "units",
		[CLI_OBJECTIVE] = "objectives", [CLI_KR] = "key_results",
	};
	const char *path = kind == CLI_ORG ? ""
					   : arena_printf(c->g->arena, "%s/%lld", paths[kind], (long long)id);
	json_t *j;
	if (!path) {
		grip_fail(c->g, GRIP_ENOMEM, NULL, "out of memory");
		return NULL;
	}
	return remote_call(c, "GET", path, &j) < 0 ? NULL : j;
}

/* j, made from an entity that was found; NULL only when out of memory. */
static json_t *made(struct cli *c, json_t *j)
{
	if (!j)
		grip_fail(c->g, GRIP_ENOMEM, NULL, "out of memory");
	return j;
}

/* NULL with c->g->err set by the core when the entity cannot be read. */
static json_t *fetch_local(struct cli *c, enum cli_kind kind, int64_t id)
{
	struct grip *g = c->g;
	switch (kind) {
	case CLI_ORG: {
		struct grip_org *o = grip_org_get(g, g->org_id);
		return o ? made(c, grip_org_json(o)) : NULL;
	}
	case CLI_PERSON: {
		struct grip_person *p = grip_person_get(g, id);
		return p ? made(c, grip_person_json(p)) : NULL;
	}
	case CLI_UNIT: {
		struct grip_unit *u = grip_unit_get(g, id);
		return u ? made(c, grip_unit_json(u)) : NULL;
	}
	case CLI_OBJECTIVE: {
		struct grip_objective *o = grip_objective_get(g, id, NULL);
		return o ? made(c, grip_objective_json(o)) : NULL;
	}
	case CLI_KR: {
		struct grip_kr *kr = grip_kr_get(g, id, NULL);
		return kr ? made(c, grip_kr_json(kr)) : NULL;
	}
	}
	return NULL;
}

json_t *cli_fetch(struct cli *c, enum cli_kind kind, int64_t id)
{
	if (c->remote)
		return fetch_remote(c, kind, id);
	json_t *j = fetch_local(c, kind, id);
	if (!j)
		return NULL;
	json_t *w = cli_wire(c, j);
	json_decref(j);
	if (!w)
		grip_fail(c->g, GRIP_ENOMEM, NULL, "out of memory");
	return w;
}

const char *cli_fetch_str(struct cli *c, enum cli_kind kind, int64_t id, const char *key)
{
	if (!id && kind != CLI_ORG) /* none: a table prints "-" */
		return NULL;
	return jget_str(cli_fetch(c, kind, id), key);
}
