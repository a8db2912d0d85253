/*
 * openapi.c — the OpenAPI 3.1 document, made from the route table and the
 * component schemas built into the binary (src/api/openapi_schemas.json),
 * so that what is described is what is dispatched.
 */
#include "api/api.h"

#include <ctype.h>
#include <string.h>

#include "util/embedded.h"

#define VERSION "0.1.0"

static json_t *ref(const char *name)
{
	char buf[96];
	snprintf(buf, sizeof buf, "#/components/schemas/%s", name);
	return json_pack("{ss}", "$ref", buf);
}

static json_t *json_content(json_t *schema)
{
	return json_pack("{s{s{so}}}", "content", "application/json", "schema", schema);
}

static json_t *parameters(const struct api_route *rt)
{
	json_t *ps = json_array();
	for (const char *p = strchr(rt->pattern, '{'); p; p = strchr(p + 1, '{')) {
		const char *close = strchr(p, '}');
		char name[32];
		snprintf(name, sizeof name, "%.*s", (int)(close - p - 1), p + 1);
		json_t *schema = strcmp(name, "org") == 0 ? json_pack("{ss}", "type", "string")
							  : json_pack("{ss si}", "type", "integer", "minimum", 1);
		json_array_append_new(ps, json_pack("{ss ss sb so}", "name", name, "in", "path", "required", 1,
						    "schema", schema));
	}
	const char *q = rt->query ? rt->query : "";
	if (rt->flags & ROUTE_LIST) {
		json_array_append_new(ps, json_pack("{ss ss s{ss si si}}", "name", "limit", "in", "query", "schema",
						    "type", "integer", "minimum", 1, "maximum", API_LIST_MAX));
		json_array_append_new(ps, json_pack("{ss ss s{ss}}", "name", "cursor", "in", "query", "schema",
						    "type", "string"));
	}
	while (*q) {
		size_t len = strcspn(q, " ");
		char name[32];
		snprintf(name, sizeof name, "%.*s", (int)len, q);
		json_array_append_new(ps, json_pack("{ss ss s{ss}}", "name", name, "in", "query", "schema", "type",
						    "string"));
		q += len;
		while (*q == ' ')
			q++;
	}
	return ps;
}

/* An error response of the sign-in route; with a Retry-After header when
 * it says when to try again. */
static json_t *error_response(const char *description, bool retry_after)
{
	json_t *r = json_content(ref("Error"));
	json_object_set_new(r, "description", json_string(description));
	if (retry_after)
		json_object_set_new(r, "headers",
				    json_pack("{s{ss sb s{ss si}}}", "Retry-After", "description",
					      "seconds to wait before trying again", "required", 1, "schema", "type",
					      "integer", "minimum", 1));
	return r;
}

/* What signing in answers besides success (docs/api.md, "Signing in");
 * a password set or changed (docs/api.md, "Accounts by email") answers
 * the throttle's and the pool's the same way, its refusals 422. */
static void signin_responses(json_t *responses, bool session)
{
	if (!session) {
		json_object_set_new(responses, "429",
				    error_response("too many failed attempts from this address (or, for a change, "
						   "for this account)", true));
		json_object_set_new(responses, "503",
				    error_response("too many passwords being hashed at once: the hash pool is full", true));
		return;
	}
	json_object_set_new(responses, "401", error_response("the email or the password is not right", false));
	json_object_set_new(responses, "403",
			    error_response("not Content-Type: application/json, or sent from another site's page", false));
	json_object_set_new(responses, "429",
			    error_response("too many failed sign-ins for this account or from this address", true));
	json_object_set_new(responses, "503", error_response("too many sign-ins at once: the hash pool is full", true));
}

static json_t *operation(const struct api_route *rt)
{
	json_t *op = json_pack("{ss so}", "summary", rt->summary, "parameters", parameters(rt));
	char opid[96];
	size_t n = 0;
	/* operationId: method and path words, e.g. get_orgs_objectives_id */
	for (const char *m = rt->method; *m && n < sizeof opid - 1; m++)
		opid[n++] = (char)tolower((unsigned char)*m);
	const char *path = rt->pattern;
	if (strncmp(path, "/api/v1", 7) == 0)
		path += 7;
	for (const char *p = path; *p && n < sizeof opid - 1; p++) {
		char c = *p;
		if (c == '/' || c == '.' || c == '-')
			c = '_';
		if (c == '{' || c == '}')
			continue;
		if (!(c == '_' && n && opid[n - 1] == '_'))
			opid[n++] = c;
	}
	opid[n] = '\0';
	json_object_set_new(op, "operationId", json_string(opid));
	if (rt->input)
		json_object_set_new(op, "requestBody", json_pack("{sb s{s{so}}}", "required", !(rt->flags & ROUTE_BODY_OPTIONAL), "content",
								 "application/json", "schema", ref(rt->input)));
	json_t *responses = json_object();
	char status[4];
	snprintf(status, sizeof status, "%d", rt->flags & ROUTE_CREATE ? 201 : rt->flags & ROUTE_ACCEPTED ? 202 : 200);
	if (!rt->schema && strcmp(rt->method, "DELETE") == 0) {
		json_object_set_new(responses, "204", json_pack("{ss}", "description", "done"));
	} else {
		json_t *schema;
		if (rt->flags & ROUTE_LIST)
			schema = json_pack("{ss s[ss] s{s{ss so} s{s[ss]}} sb}", "type", "object", "required", "items",
					   "next_cursor", "properties", "items", "type", "array", "items",
					   ref(rt->schema), "next_cursor", "type", "string", "null",
					   "additionalProperties", 0);
		else if (rt->schema)
			schema = ref(rt->schema);
		else
			schema = json_pack("{ss}", "type", "object");
		json_t *ok = json_content(schema);
		if (rt->flags & ROUTE_CSV)
			json_object_set_new(json_object_get(ok, "content"), "text/csv", json_pack("{s{ss}}", "schema", "type", "string"));
		json_object_set_new(ok, "description", json_string(rt->summary));
		json_object_set_new(responses, status, ok);
	}
	if (rt->flags & ROUTE_SIGNIN)
		signin_responses(responses, rt->input && strcmp(rt->input, "SignIn") == 0);
	json_t *err = json_content(ref("Error"));
	json_object_set_new(err, "description",
			    json_string("an error: 4xx for the request, 5xx for the server (503 \"unavailable\" "
					"with Retry-After while the database cannot be reached)"));
	json_object_set_new(responses, "default", err);
	json_object_set_new(op, "responses", responses);
	if (rt->flags & ROUTE_PUBLIC)
		json_object_set_new(op, "security", json_array());
	return op;
}

json_t *api_openapi(void)
{
	const struct embedded_file *f = embedded_find("api/openapi_schemas.json");
	json_t *schemas = f ? json_loadb((const char *)f->data, f->len, 0, NULL) : NULL;
	if (!schemas)
		return NULL;
	json_t *paths = json_object();
	for (const struct api_route *rt = api_routes; rt->method; rt++) {
		json_t *item = json_object_get(paths, rt->pattern);
		if (!item) {
			item = json_object();
			json_object_set_new(paths, rt->pattern, item);
		}
		char method[8];
		size_t i = 0;
		for (; rt->method[i] && i < sizeof method - 1; i++)
			method[i] = (char)tolower((unsigned char)rt->method[i]);
		method[i] = '\0';
		json_object_set_new(item, method, operation(rt));
	}
	return json_pack("{ss s{ss ss ss} so s{so s{s{ss ss} s{ss ss ss}}} s[{s[]} {s[]}]}", "openapi", "3.1.0",
			 "info", "title", "grip", "version", VERSION, "description",
			 "Goals, OKRs, check-ins and weekly commitments. Errors are "
			 "{\"error\":{\"code\",\"message\",\"field\"}}.",
			 "paths", paths, "components", "schemas", schemas, "securitySchemes", "bearer", "type", "http",
			 "scheme", "bearer", "session", "type", "apiKey", "in", "cookie", "name", "grip_session",
			 "security", "bearer", "session");
}
