/*
 * api_score.c — the API of the cycle's end: scoring a key result, the
 * scores of a unit or a person over a cycle and a person's export (JSON or
 * CSV), opening scoring early, and closing a cycle (forced by an admin).
 */
#include "api/api.h"

#include <string.h>

/* A score in the body: a JSON number (0.7) or its text ("0.7"), read as
 * strictly as the CLI reads it; NULL when absent. */
static int in_score(struct api_request *r, const char *field, const char **out)
{
	json_t *v = json_object_get(r->body, field);
	*out = NULL;
	if (!v || json_is_null(v))
		return 0;
	if (json_is_string(v)) {
		*out = json_string_value(v);
		return 0;
	}
	if (!json_is_number(v))
		return grip_fail(r->g, GRIP_EINVAL, field, "must be a score: a number from 0.0 to 1.0 with one decimal");
	int tenths;
	if (grip_score_of_number(r->g, field, json_number_value(v), &tenths) < 0)
		return -1;
	*out = tenths == 10 ? "1.0" : arena_printf(r->g->arena, "0.%d", tenths);
	return 0;
}

int api_put_score(struct api_request *r)
{
	static const char *const fields[] = { "self", "evidence", "lead", "comment", "final", NULL };
	int64_t id;
	struct grip_score_input in = { 0 };
	if (api_param_id(r, "id", &id) < 0 || in_only(r, fields) < 0 || in_score(r, "self", &in.self) < 0 ||
	    in_string(r, "evidence", false, &in.evidence) < 0 || in_score(r, "lead", &in.lead) < 0 ||
	    in_string(r, "comment", false, &in.comment) < 0 || in_score(r, "final", &in.final) < 0 ||
	    grip_score_set(r->g, id, &in) < 0)
		return -1;
	struct grip_kr_score *s = grip_kr_score_get(r->g, id);
	return s ? api_ok(r, grip_kr_score_json(s)) : -1;
}

int api_list_scores(struct api_request *r)
{
	struct grip_scoring *s;
	if (grip_scoring(r->g, api_query(r, "cycle"), api_query(r, "unit"), api_query(r, "person"), &s) < 0)
		return -1;
	return api_ok(r, grip_scoring_json(s));
}

int api_export_scores(struct api_request *r)
{
	const char *format = api_query(r, "format");
	bool csv = format && strcmp(format, "csv") == 0;
	if (format && !csv && strcmp(format, "json") != 0)
		return grip_fail(r->g, GRIP_EINVAL, "format", "must be json or csv");
	struct grip_scoring *s;
	if (grip_score_export(r->g, api_query(r, "cycle"), api_query(r, "person"), &s) < 0)
		return -1;
	json_t *j = grip_scoring_json(s);
	if (!csv)
		return api_ok(r, j);
	r->text = grip_scoring_csv(r->g, j);
	json_decref(j);
	if (!r->text)
		return -1;
	r->content_type = "text/csv; charset=utf-8";
	return 0;
}

int api_get_cycle(struct api_request *r);

int api_open_scoring(struct api_request *r)
{
	int64_t id;
	if (api_param_id(r, "id", &id) < 0 || grip_cycle_open_scoring(r->g, id) < 0)
		return -1;
	return api_get_cycle(r);
}

/* A refused close's answer lists every objective that keeps the cycle
 * open, under "missing" (the message holds only as many as fit). */
static void missing_of(struct api_request *r, int64_t id)
{
	struct grip_error refused = r->g->err;
	struct grip_cycle *c = grip_cycle_get(r->g, id);
	struct grip_unscored *u;
	size_t n;
	json_t *list = c && grip_cycle_unscored(r->g, c, &u, &n) == 0 ? json_array() : NULL;
	for (size_t i = 0; list && i < n; i++)
		json_array_append_new(list, grip_unscored_json(&u[i]));
	if (list)
		r->result = json_pack("{so}", "missing", list);
	r->g->err = refused;
}

int api_close_cycle(struct api_request *r)
{
	static const char *const fields[] = { "force", NULL };
	int64_t id;
	const char *force = NULL;
	if (api_param_id(r, "id", &id) < 0 || (r->body && (in_only(r, fields) < 0 || in_string(r, "force", false, &force) < 0)))
		return -1;
	if (grip_cycle_close(r->g, id, force) == 0)
		return api_get_cycle(r);
	if (r->g->err.code == GRIP_ECONFLICT && strcmp(r->g->err.field, "cycle") == 0)
		missing_of(r, id);
	return -1;
}
