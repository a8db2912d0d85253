/*
 * api_goal.c — handlers for objectives, their alignment and status,
 * check-ins, initiatives and dependencies (key results: api_kr.c).
 */
#include "api/api.h"

#include <string.h>

int api_get_initiative(struct api_request *r);
int api_get_dependency(struct api_request *r);

#define TO_JSON(fn) ((json_t * (*)(const void *)) fn)
#define WRITER(fn) ((api_writer)fn)

int api_list_objectives(struct api_request *r)
{
	struct grip_objective_filter f = {
		.cycle_name = api_query(r, "cycle"), .unit_name = api_query(r, "unit"),
		.layer = api_query(r, "layer"), .owner_email = api_query(r, "owner"),
		.status = api_query(r, "status"),
	};
	size_t offset, limit, n, total;
	struct grip_objective **os;
	if (api_page_of(r, &offset, &limit) < 0 ||
	    grip_objective_page(r->g, &f, offset, limit, &os, &n, &total) < 0)
		return -1;
	return api_page_write(r, (void **)os, n, offset, total, WRITER(grip_objective_write));
}

/* "aligns_to": an array of objective ids, into the arena. */
static int in_ids(struct api_request *r, const char *name, int64_t **ids, size_t *n)
{
	json_t *a = json_object_get(r->body, name);
	*ids = NULL;
	*n = 0;
	if (!a || json_is_null(a))
		return 0;
	if (!json_is_array(a))
		return grip_fail(r->g, GRIP_EINVAL, name, "must be an array of objective ids");
	*n = json_array_size(a);
	*ids = *n ? arena_calloc(r->g->arena, *n, sizeof **ids) : NULL;
	for (size_t i = 0; i < *n; i++) {
		json_t *v = json_array_get(a, i);
		if (!json_is_integer(v) || json_integer_value(v) <= 0)
			return grip_fail(r->g, GRIP_EINVAL, name, "must be an array of objective ids");
		(*ids)[i] = json_integer_value(v);
	}
	return 0;
}

int api_add_objective(struct api_request *r)
{
	static const char *const fields[] = { "title", "why", "cycle", "layer", "unit", "owner",
					      "aligns_to", "development", "visibility", "status", "cadence", NULL };
	struct grip_objective_new n = { 0 };
	if (in_only(r, fields) < 0 || in_string(r, "title", true, &n.title) < 0 ||
	    in_string(r, "why", false, &n.why) < 0 || in_string(r, "cycle", true, &n.cycle_name) < 0 ||
	    in_string(r, "layer", true, &n.layer) < 0 || in_string(r, "unit", false, &n.unit_name) < 0 ||
	    in_string(r, "owner", false, &n.owner_email) < 0 ||
	    in_ids(r, "aligns_to", (int64_t **)&n.aligns_to, &n.n_aligns_to) < 0 ||
	    in_bool(r, "development", &n.development, NULL) < 0 ||
	    in_string(r, "visibility", false, &n.visibility) < 0 || in_string(r, "status", false, &n.status) < 0 ||
	    in_string(r, "cadence", false, &n.cadence) < 0)
		return -1;
	struct grip_objective *o = grip_objective_add(r->g, &n);
	return o ? api_ok(r, grip_with_hints(r->g, grip_objective_json(o), "objective", o->id)) : -1;
}

int api_get_objective(struct api_request *r)
{
	int64_t id;
	struct grip_objective *o;
	if (api_param_id(r, "id", &id) < 0 || !(o = grip_objective_get(r->g, id, api_query(r, "as_of"))))
		return -1;
	return api_ok_write(r, WRITER(grip_objective_write), o);
}

int api_patch_objective(struct api_request *r)
{
	static const char *const fields[] = { "title", "why", "visibility", "development", "reason", "owner",
					      "cadence", NULL };
	int64_t id;
	bool dev = false, has_dev = false;
	struct grip_objective_edit e = { .development = -1 };
	if (api_param_id(r, "id", &id) < 0 || in_only(r, fields) < 0 ||
	    in_string(r, "title", false, &e.title) < 0 || in_string(r, "why", false, &e.why) < 0 ||
	    in_string(r, "visibility", false, &e.visibility) < 0 || in_string(r, "owner", false, &e.owner_email) < 0 ||
	    in_bool(r, "development", &dev, &has_dev) < 0 || in_string(r, "reason", false, &e.reason) < 0 ||
	    in_string(r, "cadence", false, &e.cadence) < 0)
		return -1;
	if (has_dev)
		e.development = dev;
	struct grip_objective *o;
	if (grip_objective_edit(r->g, id, &e) < 0 || !(o = grip_objective_get(r->g, id, NULL)))
		return -1;
	return api_ok(r, grip_with_hints(r->g, grip_objective_json(o), "objective", id));
}

int api_delete_objective(struct api_request *r)
{
	int64_t id;
	if (api_param_id(r, "id", &id) < 0 || grip_objective_delete(r->g, id) < 0)
		return -1;
	r->no_content = true;
	return 0;
}

int api_objective_status(struct api_request *r)
{
	static const char *const fields[] = { "status", "reason", NULL };
	int64_t id;
	const char *status, *reason;
	if (api_param_id(r, "id", &id) < 0 || in_only(r, fields) < 0 ||
	    in_string(r, "status", true, &status) < 0 || in_string(r, "reason", false, &reason) < 0 ||
	    grip_objective_set_status(r->g, id, status, reason) < 0)
		return -1;
	return api_get_objective(r);
}

int api_align(struct api_request *r)
{
	static const char *const fields[] = { "parent_id", NULL };
	int64_t id, parent;
	if (api_param_id(r, "id", &id) < 0 || in_only(r, fields) < 0 ||
	    in_int(r, "parent_id", true, &parent, NULL) < 0 || grip_objective_align(r->g, id, parent) < 0)
		return -1;
	return api_get_objective(r);
}

int api_unalign(struct api_request *r)
{
	int64_t id, parent;
	if (api_param_id(r, "id", &id) < 0 || api_param_id(r, "parent_id", &parent) < 0 ||
	    grip_objective_unalign(r->g, id, parent) < 0)
		return -1;
	r->no_content = true;
	return 0;
}

int api_list_checkins(struct api_request *r)
{
	int64_t id;
	struct grip_checkin **cs;
	size_t n;
	if (api_param_id(r, "id", &id) < 0 || grip_checkin_list(r->g, id, &cs, &n) < 0)
		return -1;
	return api_list_write(r, (void **)cs, n, WRITER(grip_checkin_write));
}

int api_add_checkin(struct api_request *r)
{
	static const char *const fields[] = { "confidence", "results", "issues", "plan", "at", NULL };
	static const char *const result_fields[] = { "key_result_id", "value", "note", NULL };
	int64_t id, confidence;
	const char *issues, *plan, *at;
	if (api_param_id(r, "id", &id) < 0 || in_only(r, fields) < 0 ||
	    in_int(r, "confidence", true, &confidence, NULL) < 0 || in_string(r, "issues", false, &issues) < 0 ||
	    in_string(r, "plan", false, &plan) < 0 || in_string(r, "at", false, &at) < 0)
		return -1;
	if (grip_check_confidence(r->g, confidence) < 0)
		return -1;
	json_t *list = json_object_get(r->body, "results");
	if (list && !json_is_null(list) && !json_is_array(list))
		return grip_fail(r->g, GRIP_EINVAL, "results", "must be an array");
	size_t n = json_array_size(list);
	struct grip_checkin_result *rs = n ? arena_calloc(r->g->arena, n, sizeof *rs) : NULL;
	json_t *outer = r->body;
	for (size_t i = 0; i < n; i++) {
		r->body = json_array_get(list, i);
		int rc = json_is_object(r->body) ? 0 : grip_fail(r->g, GRIP_EINVAL, "results", "must hold objects");
		if (rc == 0)
			rc = in_only(r, result_fields);
		if (rc == 0)
			rc = in_int(r, "key_result_id", true, &rs[i].key_result_id, NULL);
		if (rc == 0)
			rc = in_number(r, "value", true, &rs[i].value, NULL);
		if (rc == 0)
			rc = in_string(r, "note", false, &rs[i].note);
		if (rc < 0) {
			r->body = outer;
			return -1;
		}
	}
	r->body = outer;
	struct grip_checkin *c = grip_checkin_add(r->g, id, (int)confidence, rs, n, issues, plan, at);
	return c ? api_ok_write(r, WRITER(grip_checkin_write), c) : -1;
}

int api_list_initiatives(struct api_request *r)
{
	int64_t id;
	struct grip_initiative **is;
	size_t n;
	if (api_param_id(r, "id", &id) < 0 || grip_initiative_list(r->g, id, &is, &n) < 0)
		return -1;
	return api_list(r, api_array((void **)is, n, TO_JSON(grip_initiative_json)));
}

int api_add_initiative(struct api_request *r)
{
	static const char *const fields[] = { "title", "owner", "link", "key_result_id", NULL };
	int64_t id, kr = 0;
	const char *title, *owner, *link;
	struct grip_initiative *i;
	if (api_param_id(r, "id", &id) < 0 || in_only(r, fields) < 0 ||
	    in_string(r, "title", true, &title) < 0 || in_string(r, "owner", false, &owner) < 0 ||
	    in_string(r, "link", false, &link) < 0 || in_int(r, "key_result_id", false, &kr, NULL) < 0 ||
	    !(i = grip_initiative_add(r->g, id, title, owner, link, kr)))
		return -1;
	return api_ok(r, grip_initiative_json(i));
}

/* Edits (title, owner, link, key result: "" or 0 clears) and moves it
 * (status), in one write. */
int api_patch_initiative(struct api_request *r)
{
	static const char *const fields[] = { "status", "title", "owner", "link", "key_result_id", NULL };
	int64_t id, kr = 0;
	bool has_kr = false;
	const char *status;
	struct grip_initiative_edit e = { 0 };
	if (api_param_id(r, "id", &id) < 0 || in_only(r, fields) < 0 ||
	    in_string(r, "status", false, &status) < 0 || in_string(r, "title", false, &e.title) < 0 ||
	    in_string(r, "owner", false, &e.owner_email) < 0 || in_string(r, "link", false, &e.link) < 0 ||
	    in_int(r, "key_result_id", false, &kr, &has_kr) < 0)
		return -1;
	if (has_kr && kr < 0)
		return grip_fail(r->g, GRIP_EINVAL, "key_result_id", "must be a key result's id, or 0 for none");
	e.key_result_id = !has_kr ? 0 : kr == 0 ? -1 : kr;
	bool edit = e.title || e.owner_email || e.link || has_kr;
	if (!edit && !status)
		return grip_fail(r->g, GRIP_EINVAL, NULL, "nothing to change: give status, title, owner, link or key_result_id");
	if ((edit && grip_initiative_edit(r->g, id, &e) < 0) ||
	    (status && grip_initiative_set_status(r->g, id, status) < 0))
		return -1;
	return api_get_initiative(r);
}

int api_delete_initiative(struct api_request *r)
{
	int64_t id;
	if (api_param_id(r, "id", &id) < 0 || grip_initiative_delete(r->g, id) < 0)
		return -1;
	r->no_content = true;
	return 0;
}

int api_get_initiative(struct api_request *r)
{
	int64_t id;
	struct grip_initiative *i;
	if (api_param_id(r, "id", &id) < 0 || !(i = grip_initiative_get(r->g, id)))
		return -1;
	return api_ok(r, grip_initiative_json(i));
}

int api_list_dependencies(struct api_request *r)
{
	int64_t id;
	struct grip_dependency **ds;
	size_t n;
	if (api_param_id(r, "id", &id) < 0 || grip_dependency_list(r->g, id, &ds, &n) < 0)
		return -1;
	return api_list(r, api_array((void **)ds, n, TO_JSON(grip_dependency_json)));
}

int api_add_dependency(struct api_request *r)
{
	static const char *const fields[] = { "to_objective_id", "to_unit", "note", NULL };
	int64_t id, to = 0;
	const char *unit, *note;
	struct grip_dependency *d;
	if (api_param_id(r, "id", &id) < 0 || in_only(r, fields) < 0 ||
	    in_int(r, "to_objective_id", false, &to, NULL) < 0 || in_string(r, "to_unit", false, &unit) < 0 ||
	    in_string(r, "note", false, &note) < 0 || !(d = grip_dependency_add(r->g, id, to, unit, note)))
		return -1;
	return api_ok(r, grip_dependency_json(d));
}

/* Its note (the depending side; "" for none) and its status (either
 * side), in one write. */
int api_patch_dependency(struct api_request *r)
{
	static const char *const fields[] = { "status", "note", NULL };
	int64_t id;
	const char *status, *note;
	if (api_param_id(r, "id", &id) < 0 || in_only(r, fields) < 0 ||
	    in_string(r, "status", false, &status) < 0 || in_string(r, "note", false, &note) < 0)
		return -1;
	if (!status && !note)
		return grip_fail(r->g, GRIP_EINVAL, NULL, "nothing to change: give status or note");
	if ((note && grip_dependency_edit(r->g, id, note) < 0) ||
	    (status && grip_dependency_set_status(r->g, id, status) < 0))
		return -1;
	return api_get_dependency(r);
}

int api_delete_dependency(struct api_request *r)
{
	int64_t id;
	if (api_param_id(r, "id", &id) < 0 || grip_dependency_delete(r->g, id) < 0)
		return -1;
	r->no_content = true;
	return 0;
}

int api_get_dependency(struct api_request *r)
{
	int64_t id;
	struct grip_dependency *d;
	if (api_param_id(r, "id", &id) < 0 || !(d = grip_dependency_get(r->g, id)))
		return -1;
	return api_ok(r, grip_dependency_json(d));
}
