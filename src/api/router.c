/*
 * router.c — matching a method and path against the route table, and the
 * request accessors handlers use: path parameters, query values, and body
 * fields read with strict types.
 */
#include "api/api.h"

#include <math.h>
#include <microhttpd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/json_out.h"
#include "util/num.h"
#include "util/path.h"

int api_match(const char *method, const char *path, struct api_request *r)
{
	bool path_known = false;
	for (const struct api_route *rt = api_routes; rt->method; rt++) {
		if (!path_match(r->g->arena, rt->pattern, path, r->param_names, r->params, API_MAX_PARAMS, &r->nparams))
			continue;
		path_known = true;
		if (strcmp(rt->method, method) == 0) {
			r->route = rt;
			return 0;
		}
	}
	return path_known ? -2 : -1;
}

const char *api_param(struct api_request *r, const char *name)
{
	for (int i = 0; i < r->nparams; i++)
		if (strcmp(r->param_names[i], name) == 0)
			return r->params[i];
	return NULL;
}

int api_param_id(struct api_request *r, const char *name, int64_t *id)
{
	const char *v = api_param(r, name);
	if (!v || !parse_i64(v, id) || *id <= 0)
		return grip_fail(r->g, GRIP_ENOTFOUND, name, "no such resource");
	return 0;
}

/* Only what the route table declares is read (paging for lists): the
 * table is the whole of what a route takes, for the OpenAPI document and
 * grip --routes alike. A request run without a connection (the fuzz
 * harness drives handlers so) has no query values. */
const char *api_query(struct api_request *r, const char *name)
{
	bool paging = (r->route->flags & ROUTE_LIST) && (strcmp(name, "limit") == 0 || strcmp(name, "cursor") == 0);
	if (!r->conn || (!paging && !path_word_in(r->route->query, name)))
		return NULL;
	return MHD_lookup_connection_value(r->conn, MHD_GET_ARGUMENT_KIND, name);
}

int api_org_check(struct api_request *r)
{
	if (!(r->route->flags & ROUTE_ORG))
		return 0;
	const char *slug = api_param(r, "org");
	r->org = slug ? grip_org_find(r->g, slug) : NULL;
	if (!r->org || r->org->id != r->g->org_id)
		return grip_fail(r->g, GRIP_ENOTFOUND, "org", "no such organisation");
	return 0;
}

const char *api_header(struct api_request *r, const char *name)
{
	return r->conn ? MHD_lookup_connection_value(r->conn, MHD_HEADER_KIND, name) : NULL;
}

static json_t *field(struct api_request *r, const char *name)
{
	json_t *v = r->body ? json_object_get(r->body, name) : NULL;
	return json_is_null(v) ? NULL : v;
}

static int wrong_type(struct api_request *r, const char *name, const char *want)
{
	return grip_fail(r->g, GRIP_EINVAL, name, "must be %s", want);
}

int in_string(struct api_request *r, const char *name, bool required, const char **out)
{
	json_t *v = field(r, name);
	*out = NULL;
	if (!v)
		return required ? grip_fail(r->g, GRIP_EINVAL, name, "is required") : 0;
	if (!json_is_string(v))
		return wrong_type(r, name, "a string");
	/* jansson has checked the UTF-8; a NUL inside would cut the text short. */
	if (strlen(json_string_value(v)) != json_string_length(v))
		return grip_fail(r->g, GRIP_EINVAL, name, "contains a NUL character");
	*out = json_string_value(v);
	return 0;
}

int in_number(struct api_request *r, const char *name, bool required, double *out, bool *present)
{
	json_t *v = field(r, name);
	if (present)
		*present = v != NULL;
	if (!v)
		return required ? grip_fail(r->g, GRIP_EINVAL, name, "is required") : 0;
	if (!json_is_number(v))
		return wrong_type(r, name, "a number");
	*out = json_number_value(v);
	return 0;
}

int in_int(struct api_request *r, const char *name, bool required, int64_t *out, bool *present)
{
	json_t *v = field(r, name);
	if (present)
		*present = v != NULL;
	if (!v)
		return required ? grip_fail(r->g, GRIP_EINVAL, name, "is required") : 0;
	if (json_is_integer(v)) {
		*out = json_integer_value(v);
		return 0;
	}
	if (json_is_real(v) && json_real_value(v) == floor(json_real_value(v)) &&
	    fabs(json_real_value(v)) < 9e15) {
		*out = (int64_t)json_real_value(v);
		return 0;
	}
	return wrong_type(r, name, "a whole number");
}

int in_bool(struct api_request *r, const char *name, bool *out, bool *present)
{
	json_t *v = field(r, name);
	if (present)
		*present = v != NULL;
	if (!v)
		return 0;
	if (!json_is_boolean(v))
		return wrong_type(r, name, "true or false");
	*out = json_is_true(v);
	return 0;
}

int in_only(struct api_request *r, const char *const *fields)
{
	const char *key;
	json_t *value;
	json_object_foreach(r->body, key, value) {
		bool known = false;
		for (const char *const *f = fields; *f && !known; f++)
			known = strcmp(*f, key) == 0;
		if (!known)
			return grip_fail(r->g, GRIP_EINVAL, key, "is not a field of this request");
	}
	return 0;
}

int api_ok(struct api_request *r, json_t *j)
{
	if (!j)
		return grip_fail(r->g, GRIP_ENOMEM, NULL, "cannot build the answer");
	json_decref(r->result);
	r->result = j;
	return 0;
}

json_t *api_array(void **items, size_t n, json_t *(*to_json)(const void *))
{
	json_t *a = json_array();
	for (size_t i = 0; a && i < n; i++)
		json_array_append_new(a, to_json(items[i]));
	return a;
}

int api_page_of(struct api_request *r, size_t *offset, size_t *limit)
{
	int64_t l = API_LIST_DEFAULT, from = 0;
	const char *ls = api_query(r, "limit"), *cs = api_query(r, "cursor");
	if (ls && (!parse_i64(ls, &l) || l < 1 || l > API_LIST_MAX))
		return grip_fail(r->g, GRIP_EINVAL, "limit", "must be a whole number from 1 to %d", API_LIST_MAX);
	if (cs && (!parse_i64(cs, &from) || from < 0))
		return grip_fail(r->g, GRIP_EINVAL, "cursor", "is not a cursor this server gave");
	*offset = (size_t)from;
	*limit = (size_t)l;
	return 0;
}

int api_page(struct api_request *r, json_t *items, size_t offset, size_t total)
{
	if (!items)
		return grip_fail(r->g, GRIP_ENOMEM, NULL, "cannot build the answer");
	size_t next = offset + json_array_size(items);
	json_t *cursor = next < total ? json_sprintf("%zu", next) : json_null();
	return api_ok(r, json_pack("{so so}", "items", items, "next_cursor", cursor));
}

int api_list(struct api_request *r, json_t *items)
{
	size_t offset, limit;
	if (!items || api_page_of(r, &offset, &limit) < 0) {
		json_decref(items);
		return items ? -1 : grip_fail(r->g, GRIP_ENOMEM, NULL, "cannot build the answer");
	}
	size_t total = json_array_size(items);
	json_t *page = json_array();
	for (size_t i = offset; page && i < total && i < offset + limit; i++)
		json_array_append(page, json_array_get(items, i));
	json_decref(items);
	return api_page(r, page, offset, total);
}

/* Hands the written text to the request (the builder is left fresh). */
static int answer_written(struct api_request *r, struct sb *sb)
{
	if (sb->failed) {
		sb_release(sb);
		return grip_fail(r->g, GRIP_ENOMEM, NULL, "cannot build the answer");
	}
	json_decref(r->result);
	r->result = NULL;
	free(r->json_text);
	r->json_text = sb_detach(sb, NULL);
	return 0;
}

int api_ok_write(struct api_request *r, api_writer write, const void *item)
{
	struct sb sb = SB_INIT;
	struct json_out j;
	json_out_init(&j, &sb);
	write(&j, item);
	return answer_written(r, &sb);
}

/* {"items":[...],"next_cursor":...} as api_page builds it: n items from
 * offset, of total. */
int api_page_write(struct api_request *r, void **items, size_t n, size_t offset, size_t total, api_writer write)
{
	struct sb sb = SB_INIT;
	struct json_out j;
	json_out_init(&j, &sb);
	json_out_object_open(&j);
	json_out_key(&j, "items");
	json_out_array_open(&j);
	for (size_t i = 0; i < n; i++)
		write(&j, items[i]);
	json_out_array_close(&j);
	size_t next = offset + n;
	json_out_key(&j, "next_cursor");
	if (next < total) {
		char cursor[24];
		snprintf(cursor, sizeof cursor, "%zu", next);
		json_out_string(&j, cursor);
	} else {
		json_out_null(&j);
	}
	json_out_object_close(&j);
	return answer_written(r, &sb);
}

int api_list_write(struct api_request *r, void **items, size_t n, api_writer write)
{
	size_t offset, limit;
	if (api_page_of(r, &offset, &limit) < 0)
		return -1;
	size_t from = offset < n ? offset : n;
	size_t count = n - from < limit ? n - from : limit;
	return api_page_write(r, items + from, count, offset, n, write);
}

int api_status_of(enum grip_status code)
{
	switch (code) {
	case GRIP_EINVAL:
		return 422;
	case GRIP_ENOTFOUND:
		return 404;
	case GRIP_EPERM:
		return 403;
	case GRIP_ECONFLICT:
		return 409;
	case GRIP_ESTALE:
		return 412;
	case GRIP_EAUTH:
		return 401;
	case GRIP_ETHROTTLE:
		return 429;
	case GRIP_EBUSY:
	case GRIP_EUNAVAILABLE:
		return 503;
	default:
		return 500;
	}
}

const char *api_code_of(enum grip_status code, int status)
{
	switch (code) {
	case GRIP_EINVAL:
		return "invalid";
	case GRIP_ENOTFOUND:
		return "not_found";
	case GRIP_EPERM:
		return "forbidden";
	case GRIP_ECONFLICT:
		return "conflict";
	case GRIP_ESTALE:
		return "stale";
	case GRIP_EAUTH:
		return "unauthenticated";
	case GRIP_ETHROTTLE:
		return "too_many_attempts";
	case GRIP_EBUSY:
		return "busy";
	case GRIP_EUNAVAILABLE:
		return "unavailable";
	default:
		return status == 500 ? "storage" : "error";
	}
}
