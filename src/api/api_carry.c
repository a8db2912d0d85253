/*
 * api_carry.c — carrying forward over the API: one objective
 * (POST objectives/{id}/carry {"to"}) or a unit's unfinished objectives of
 * a cycle (POST cycles/{id}/carry {"unit", "to"}). Both answer what was
 * carried, as grip_carry_json writes it, with 201.
 */
#include "api/api.h"

int api_carry_objective(struct api_request *r)
{
	static const char *const fields[] = { "to", NULL };
	int64_t id;
	const char *to;
	struct grip_carry *carry;
	if (api_param_id(r, "id", &id) < 0 || in_only(r, fields) < 0 || in_string(r, "to", false, &to) < 0 ||
	    grip_carry_objective(r->g, id, to, &carry) < 0)
		return -1;
	return api_ok(r, grip_carry_json(carry));
}

int api_carry_unit(struct api_request *r)
{
	static const char *const fields[] = { "unit", "to", NULL };
	int64_t id;
	const char *unit, *to;
	struct grip_cycle *c;
	struct grip_carry *carry;
	if (api_param_id(r, "id", &id) < 0 || !(c = grip_cycle_get(r->g, id)) || in_only(r, fields) < 0 ||
	    in_string(r, "unit", false, &unit) < 0 || in_string(r, "to", false, &to) < 0 ||
	    grip_carry_unit(r->g, unit, c->name, to, &carry) < 0)
		return -1;
	return api_ok(r, grip_carry_json(carry));
}
