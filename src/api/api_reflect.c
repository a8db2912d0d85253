/*
 * api_reflect.c — handlers for the end of a cycle's reflections and
 * calibration: an objective's reflection (read it, write it) and a cycle's
 * calibration per unit and person.
 */
#include "api/api.h"

int api_get_reflection(struct api_request *r)
{
	int64_t id;
	struct grip_reflection *rf;
	if (api_param_id(r, "id", &id) < 0 || !(rf = grip_reflection_get(r->g, id)))
		return -1;
	return api_ok(r, grip_reflection_json(rf));
}

int api_put_reflection(struct api_request *r)
{
	static const char *const fields[] = { "worked", "did_not", "carry_forward", NULL };
	int64_t id;
	struct grip_reflection_edit e = { 0 };
	struct grip_reflection *rf;
	if (api_param_id(r, "id", &id) < 0 || in_only(r, fields) < 0 || in_string(r, "worked", false, &e.worked) < 0 ||
	    in_string(r, "did_not", false, &e.did_not) < 0 ||
	    in_string(r, "carry_forward", false, &e.carry_forward) < 0 ||
	    !(rf = grip_reflection_set(r->g, id, &e)))
		return -1;
	return api_ok(r, grip_reflection_json(rf));
}

/* ?unit= names a unit, ?person= a person by email, as the lists do. */
int api_get_calibration(struct api_request *r)
{
	int64_t cycle_id;
	if (api_param_id(r, "id", &cycle_id) < 0)
		return -1;
	struct grip_cycle *cy = grip_cycle_get(r->g, cycle_id);
	struct grip_calibration **cs;
	size_t n;
	if (!cy || grip_calibration(r->g, cycle_id, api_query(r, "unit"), api_query(r, "person"), &cs, &n) < 0)
		return -1;
	json_t *list = api_array((void **)cs, n, (json_t * (*)(const void *)) grip_calibration_json);
	return api_ok(r, list ? json_pack("{sI ss so}", "cycle_id", (json_int_t)cy->id, "cycle", cy->name,
					  "calibrations", list)
			      : NULL);
}
