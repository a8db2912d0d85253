/*
 * api_kr.c — handlers for key results: adding one of any kind (milestones
 * with their weights), reading, changing and deleting it, and its values
 * (a number, or a milestone ticked by its name).
 */
#include "api/api.h"

#include <string.h>

/* "milestones": titles, or {"title","weight"} objects, into n. */
static int in_milestones(struct api_request *r, struct grip_kr_new *n)
{
	static const char *const fields[] = { "title", "weight", NULL };
	json_t *ms = json_object_get(r->body, "milestones");
	if (!ms || json_is_null(ms))
		return 0;
	if (!json_is_array(ms))
		return grip_fail(r->g, GRIP_EINVAL, "milestones", "must be an array of titles or {\"title\",\"weight\"}");
	size_t count = json_array_size(ms);
	const char **titles = arena_calloc(r->g->arena, count + 1, sizeof *titles);
	double *weights = arena_calloc(r->g->arena, count + 1, sizeof *weights);
	if (!titles || !weights)
		return grip_fail(r->g, GRIP_ENOMEM, NULL, "out of memory");
	json_t *outer = r->body;
	int rc = 0;
	for (size_t i = 0; i < count && rc == 0; i++) {
		json_t *m = json_array_get(ms, i);
		weights[i] = 1;
		if (json_is_string(m)) {
			titles[i] = json_string_value(m);
			continue;
		}
		if (!json_is_object(m)) {
			rc = grip_fail(r->g, GRIP_EINVAL, "milestones", "must be an array of titles or {\"title\",\"weight\"}");
			break;
		}
		bool has_weight = false;
		r->body = m;
		rc = in_only(r, fields);
		if (rc == 0)
			rc = in_string(r, "title", true, &titles[i]);
		if (rc == 0)
			rc = in_number(r, "weight", false, &weights[i], &has_weight);
		if (rc == 0 && !has_weight)
			weights[i] = 1;
		r->body = outer;
		if (rc < 0) /* the error names the milestone's field: it is one of the milestones */
			snprintf(r->g->err.field, sizeof r->g->err.field, "milestones");
	}
	r->body = outer;
	n->milestones = titles;
	n->milestone_weights = weights;
	n->n_milestones = count;
	if (rc == 0 && !n->kind)
		n->kind = "milestones";
	return rc;
}

int api_add_kr(struct api_request *r)
{
	static const char *const fields[] = { "title", "kind", "baseline", "target", "unit", "weight",
					      "owner", "milestones", NULL };
	int64_t id;
	struct grip_kr_new n = { .given = true };
	if (api_param_id(r, "id", &id) < 0 || in_only(r, fields) < 0 ||
	    in_string(r, "title", true, &n.title) < 0 || in_string(r, "kind", false, &n.kind) < 0 ||
	    in_number(r, "baseline", false, &n.baseline, &n.has_baseline) < 0 ||
	    in_number(r, "target", false, &n.target, &n.has_target) < 0 ||
	    in_string(r, "unit", false, &n.unit_label) < 0 ||
	    in_number(r, "weight", false, &n.weight, &n.has_weight) < 0 ||
	    in_string(r, "owner", false, &n.owner_email) < 0 || in_milestones(r, &n) < 0)
		return -1;
	struct grip_kr *kr = grip_kr_add(r->g, id, &n);
	return kr ? api_ok(r, grip_with_hints(r->g, grip_kr_json(kr), "key_result", kr->id)) : -1;
}

int api_get_kr(struct api_request *r)
{
	int64_t id;
	struct grip_kr *kr;
	if (api_param_id(r, "id", &id) < 0 || !(kr = grip_kr_get(r->g, id, api_query(r, "as_of"))))
		return -1;
	return api_ok_write(r, (api_writer)grip_kr_write, kr);
}

int api_patch_kr(struct api_request *r)
{
	static const char *const fields[] = { "title", "unit", "baseline", "target", "weight", "reason", NULL };
	int64_t id;
	double baseline, target, weight;
	bool hb, ht, hw;
	struct grip_kr_edit e = { 0 };
	if (api_param_id(r, "id", &id) < 0 || in_only(r, fields) < 0 ||
	    in_string(r, "title", false, &e.title) < 0 || in_string(r, "unit", false, &e.unit_label) < 0 ||
	    in_number(r, "baseline", false, &baseline, &hb) < 0 || in_number(r, "target", false, &target, &ht) < 0 ||
	    in_number(r, "weight", false, &weight, &hw) < 0 || in_string(r, "reason", false, &e.reason) < 0)
		return -1;
	e.baseline = hb ? &baseline : NULL;
	e.target = ht ? &target : NULL;
	e.weight = hw ? &weight : NULL;
	struct grip_kr *kr;
	if (grip_kr_edit(r->g, id, &e) < 0 || !(kr = grip_kr_get(r->g, id, NULL)))
		return -1;
	return api_ok(r, grip_with_hints(r->g, grip_kr_json(kr), "key_result", id));
}

int api_delete_kr(struct api_request *r)
{
	int64_t id;
	if (api_param_id(r, "id", &id) < 0 || grip_kr_delete(r->g, id, api_query(r, "reason")) < 0)
		return -1;
	r->no_content = true;
	return 0;
}

int api_list_values(struct api_request *r)
{
	int64_t id;
	struct grip_kr_value *vs;
	size_t n;
	if (api_param_id(r, "id", &id) < 0 || grip_kr_history(r->g, id, &vs, &n) < 0)
		return -1;
	json_t *items = json_array();
	for (size_t i = 0; items && i < n; i++)
		json_array_append_new(items, json_pack("{so ss ss? so}", "value", grip_json_number(vs[i].value),
						       "at", vs[i].at, "note", vs[i].note, "checkin_id",
						       grip_json_id(vs[i].checkin_id)));
	return api_list(r, items);
}

/* {"value": N} or, for milestones, {"milestone": "its name"}. */
int api_add_value(struct api_request *r)
{
	static const char *const fields[] = { "value", "milestone", "note", "at", NULL };
	int64_t id;
	double value;
	bool has_value = false;
	const char *milestone, *note, *at;
	if (api_param_id(r, "id", &id) < 0 || in_only(r, fields) < 0 ||
	    in_number(r, "value", false, &value, &has_value) < 0 || in_string(r, "milestone", false, &milestone) < 0 ||
	    in_string(r, "note", false, &note) < 0 || in_string(r, "at", false, &at) < 0)
		return -1;
	if (has_value == (milestone != NULL))
		return grip_fail(r->g, GRIP_EINVAL, has_value ? "milestone" : "value",
				 "give either a value or a milestone's name");
	if (milestone) {
		struct grip_kr *kr = grip_kr_get(r->g, id, NULL);
		if (!kr || grip_kr_milestone_done(r->g, kr, "milestone", milestone, &value) < 0)
			return -1;
	}
	if (grip_kr_update(r->g, id, value, note, at) < 0)
		return -1;
	r->status = 201;
	return api_get_kr(r);
}
