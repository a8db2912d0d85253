/*
 * api_due.c — GET /api/v1/orgs/{org}/due: everything due from the
 * signed-in person now, by the organisation's clock (grip_due decides).
 */
#include "api/api.h"

int api_due(struct api_request *r)
{
	struct grip_due **ds;
	size_t n;
	if (grip_due(r->g, &ds, &n) < 0)
		return -1;
	return api_list(r, api_array((void **)ds, n, (json_t * (*)(const void *)) grip_due_json));
}
