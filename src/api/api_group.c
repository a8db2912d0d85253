/*
 * api_group.c — the coaching-group routes: a group's report, a member's
 * chain for a week, the outcome prompt; a lead's review of a proposal (a
 * member's outcome among them) and the queue of what awaits it; and the
 * coach's hints, on what is saved and on text not saved yet. The
 * privacy rules are the core's; these only read the request.
 */
#include "api/api.h"

#include "util/num.h"

/* The group named by the path's {id}, as the core's name lookup wants it. */
static const char *group_name(struct api_request *r)
{
	int64_t id;
	struct grip_unit *u;
	if (api_param_id(r, "id", &id) < 0 || !(u = grip_unit_get(r->g, id)))
		return NULL;
	return u->name;
}

int api_group_report(struct api_request *r)
{
	const char *name = group_name(r);
	struct grip_group_report *rep;
	if (!name || grip_group_report(r->g, name, api_query(r, "programme"), api_query(r, "week"), &rep) < 0)
		return -1;
	return api_ok(r, grip_group_report_json(rep));
}

int api_group_chain(struct api_request *r)
{
	const char *name = group_name(r);
	struct grip_chain *ch;
	if (!name || grip_group_chain(r->g, name, api_query(r, "email"), api_query(r, "week"), &ch) < 0)
		return -1;
	return api_ok(r, grip_chain_json(ch));
}

int api_get_prompt(struct api_request *r)
{
	int64_t id;
	if (api_param_id(r, "id", &id) < 0 || !group_name(r))
		return -1;
	json_t *j = grip_group_prompt_json(r->g, id);
	return j ? api_ok(r, j) : -1;
}

int api_put_prompt(struct api_request *r)
{
	static const char *const fields[] = { "offered", NULL };
	const char *name = group_name(r);
	bool offered = false, present = false;
	if (!name || in_only(r, fields) < 0 || in_bool(r, "offered", &offered, &present) < 0)
		return -1;
	if (!present)
		return grip_fail(r->g, GRIP_EINVAL, "offered", "is required");
	if (grip_group_prompt_offer(r->g, name, offered) < 0)
		return -1;
	return api_get_prompt(r);
}

int api_get_objective(struct api_request *r);

int api_review_outcome(struct api_request *r)
{
	static const char *const fields[] = { "decision", "comment", NULL };
	int64_t id;
	const char *decision, *comment;
	if (api_param_id(r, "id", &id) < 0 || in_only(r, fields) < 0 ||
	    in_string(r, "decision", true, &decision) < 0 || in_string(r, "comment", false, &comment) < 0 ||
	    grip_objective_review(r->g, id, decision, comment) < 0)
		return -1;
	return api_get_objective(r);
}

int api_list_approvals(struct api_request *r)
{
	struct grip_approval **items;
	size_t n;
	if (grip_approvals(r->g, &items, &n) < 0)
		return -1;
	return api_list(r, api_array((void **)items, n, (json_t * (*)(const void *)) grip_approval_json));
}

/* The coach's hints on the org, or on ?unit=ID and the units below it. */
int api_coach(struct api_request *r)
{
	int64_t unit = 0;
	const char *text = api_query(r, "unit");
	if (text && (!parse_i64(text, &unit) || unit <= 0))
		return grip_fail(r->g, GRIP_EINVAL, "unit", "is not a unit id");
	if (unit && !grip_unit_get(r->g, unit))
		return -1;
	struct grip_hint **hints;
	size_t n;
	if (grip_coach(r->g, unit, &hints, &n) < 0)
		return -1;
	json_t *list = api_array((void **)hints, n, (json_t * (*)(const void *)) grip_hint_json);
	return api_ok(r, list ? json_pack("{so}", "hints", list) : NULL);
}

/* The text rules on text not saved yet, as a form checks it while someone
 * types: reads only (ROUTE_READS), for anyone of the org. */
int api_coach_check(struct api_request *r)
{
	static const char *const fields[] = { "kind", "text", "kr_kind", NULL };
	const char *kind, *text, *kr_kind;
	struct grip_hint **hints;
	size_t n;
	if (in_only(r, fields) < 0 || in_string(r, "kind", true, &kind) < 0 ||
	    in_string(r, "text", true, &text) < 0 || in_string(r, "kr_kind", false, &kr_kind) < 0 ||
	    grip_coach_text(r->g, kind, text, kr_kind, &hints, &n) < 0)
		return -1;
	json_t *list = api_array((void **)hints, n, (json_t * (*)(const void *)) grip_hint_json);
	return api_ok(r, list ? json_pack("{so}", "hints", list) : NULL);
}
