/*
 * api_review.c — handlers for the mid-cycle review: an objective's reviews
 * (list, add) and the reviews due from the signed-in person. The body of a
 * new review names its decision, its reason and, for adjust, its changes:
 * [{"field": "title"|"kr_title"|"target"|"weight", "key_result_id", "after"}].
 */
#include "api/api.h"

#define TO_JSON(fn) ((json_t * (*)(const void *)) fn)

int api_list_reviews(struct api_request *r)
{
	int64_t id;
	struct grip_cycle_review **rvs;
	size_t n;
	if (api_param_id(r, "id", &id) < 0 || grip_review_list(r->g, id, &rvs, &n) < 0)
		return -1;
	return api_list(r, api_array((void **)rvs, n, TO_JSON(grip_cycle_review_json)));
}

/* One element of "changes", read with the body helpers' strict types. */
static int in_change(struct api_request *r, struct grip_review_change *ch)
{
	static const char *const fields[] = { "field", "key_result_id", "after", NULL };
	const char *field;
	if (!json_is_object(r->body))
		return grip_fail(r->g, GRIP_EINVAL, "changes", "must hold objects");
	if (in_only(r, fields) < 0 || in_string(r, "field", true, &field) < 0)
		return -1;
	if (grip_review_field_parse(field, &ch->field) < 0)
		return grip_fail(r->g, GRIP_EINVAL, "field", "must be one of title, kr_title, target, weight");
	if (ch->field != GRIP_CHANGE_TITLE && in_int(r, "key_result_id", true, &ch->key_result_id, NULL) < 0)
		return -1;
	if (ch->field == GRIP_CHANGE_TITLE || ch->field == GRIP_CHANGE_KR_TITLE)
		return in_string(r, "after", true, &ch->after);
	return in_number(r, "after", true, &ch->after_n, NULL);
}

int api_add_review(struct api_request *r)
{
	static const char *const fields[] = { "decision", "reason", "changes", NULL };
	int64_t id;
	struct grip_cycle_review_new n = { 0 };
	if (api_param_id(r, "id", &id) < 0 || in_only(r, fields) < 0 ||
	    in_string(r, "decision", true, &n.decision) < 0 || in_string(r, "reason", false, &n.reason) < 0)
		return -1;
	json_t *list = json_object_get(r->body, "changes");
	if (list && !json_is_null(list) && !json_is_array(list))
		return grip_fail(r->g, GRIP_EINVAL, "changes", "must be an array");
	size_t k = json_array_size(list);
	struct grip_review_change *cs = k ? arena_calloc(r->g->arena, k, sizeof *cs) : NULL;
	if (k && !cs)
		return grip_fail(r->g, GRIP_ENOMEM, NULL, "out of memory");
	json_t *outer = r->body;
	for (size_t i = 0; i < k; i++) {
		r->body = json_array_get(list, i);
		int rc = in_change(r, &cs[i]);
		r->body = outer;
		if (rc < 0)
			return -1;
	}
	n.changes = cs;
	n.n_changes = k;
	struct grip_cycle_review *rv = grip_review_add(r->g, id, &n);
	return rv ? api_ok(r, grip_cycle_review_json(rv)) : -1;
}

int api_reviews_due(struct api_request *r)
{
	struct grip_review_due **ds;
	size_t n;
	if (grip_reviews_due(r->g, &ds, &n) < 0)
		return -1;
	return api_list(r, api_array((void **)ds, n, TO_JSON(grip_review_due_json)));
}
