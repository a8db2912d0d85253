/*
 * api_misc.c — handlers for commitments, history, API tokens, signing in
 * and out, the signed-in person, health and the OpenAPI document.
 */
#include "api/api.h"

#include <string.h>
#include <strings.h>

#include "util/num.h"

#define TO_JSON(fn) ((json_t * (*)(const void *)) fn)

int api_list_commitments(struct api_request *r)
{
	struct grip_commitment **cs;
	size_t n;
	if (grip_commit_list(r->g, api_query(r, "email"), api_query(r, "week"), &cs, &n) < 0)
		return -1;
	return api_list(r, api_array((void **)cs, n, TO_JSON(grip_commitment_json)));
}

int api_add_commitment(struct api_request *r)
{
	static const char *const fields[] = { "email", "text", "week", "objective_id", "shared", NULL };
	const char *email, *text, *week;
	int64_t goal = 0;
	bool shared = false;
	struct grip_commitment *c;
	if (in_only(r, fields) < 0 || in_string(r, "email", true, &email) < 0 ||
	    in_string(r, "text", true, &text) < 0 || in_string(r, "week", false, &week) < 0 ||
	    in_int(r, "objective_id", false, &goal, NULL) < 0 || in_bool(r, "shared", &shared, NULL) < 0 ||
	    !(c = grip_commit_add(r->g, email, text, week, goal, shared)))
		return -1;
	json_t *j = grip_with_hints(r->g, grip_commit_added_json(r->g, c), "commitment", c->id);
	return j ? api_ok(r, j) : -1;
}

int api_get_commitment(struct api_request *r)
{
	int64_t id;
	struct grip_commitment *c;
	if (api_param_id(r, "id", &id) < 0 || !(c = grip_commit_get(r->g, id)))
		return -1;
	return api_ok(r, grip_commitment_json(c));
}

int api_close_commitment(struct api_request *r)
{
	static const char *const fields[] = { "status", "reflection", NULL };
	int64_t id;
	const char *status, *reflection;
	if (api_param_id(r, "id", &id) < 0 || in_only(r, fields) < 0 ||
	    in_string(r, "status", true, &status) < 0 || in_string(r, "reflection", false, &reflection) < 0 ||
	    grip_commit_close(r->g, id, status, reflection) < 0)
		return -1;
	return api_get_commitment(r);
}

/* PATCH: text, objective_id (null: linked to nothing) and shared, each left
 * as it is when absent. */
int api_patch_commitment(struct api_request *r)
{
	static const char *const fields[] = { "text", "objective_id", "shared", NULL };
	int64_t id;
	bool has_goal, has_shared, shared = false;
	struct grip_commit_edit e = { .objective_id = -1, .shared = -1 };
	if (api_param_id(r, "id", &id) < 0 || in_only(r, fields) < 0 || in_string(r, "text", false, &e.text) < 0 ||
	    in_int(r, "objective_id", false, &e.objective_id, &has_goal) < 0 ||
	    in_bool(r, "shared", &shared, &has_shared) < 0)
		return -1;
	if (has_goal && e.objective_id <= 0)
		return grip_fail(r->g, GRIP_EINVAL, "objective_id", "must be an objective's id, or null for none");
	if (!has_goal)
		e.objective_id = json_is_null(json_object_get(r->body, "objective_id")) ? 0 : -1;
	if (has_shared)
		e.shared = shared;
	struct grip_commitment *c;
	if (grip_commit_edit(r->g, id, &e) < 0 || !(c = grip_commit_get(r->g, id)))
		return -1;
	return api_ok(r, grip_with_hints(r->g, grip_commitment_json(c), "commitment", id));
}

int api_delete_commitment(struct api_request *r)
{
	int64_t id;
	if (api_param_id(r, "id", &id) < 0 || grip_commit_delete(r->g, id) < 0)
		return -1;
	r->no_content = true;
	return 0;
}

/* The signed-in person's check-ins due this week. */
int api_checkins_due(struct api_request *r)
{
	struct grip_objective **os;
	size_t n;
	if (grip_checkins_due(r->g, &os, &n) < 0)
		return -1;
	return api_list_write(r, (void **)os, n, (api_writer)grip_objective_write);
}

int api_list_events(struct api_request *r)
{
	int64_t id = 0;
	const char *entity_id = api_query(r, "entity_id");
	struct grip_event **es;
	size_t n;
	if (entity_id && (!parse_i64(entity_id, &id) || id <= 0))
		return grip_fail(r->g, GRIP_EINVAL, "entity_id", "is not an id");
	if (grip_event_list(r->g, api_query(r, "entity"), id, &es, &n) < 0)
		return -1;
	return api_list(r, api_array((void **)es, n, TO_JSON(grip_event_json)));
}

int api_list_tokens(struct api_request *r)
{
	struct grip_token **ts;
	size_t n;
	if (grip_token_list(r->g, &ts, &n) < 0)
		return -1;
	return api_list(r, api_array((void **)ts, n, TO_JSON(grip_token_json)));
}

int api_add_token(struct api_request *r)
{
	static const char *const fields[] = { "name", NULL };
	const char *name, *secret;
	struct grip_token *t;
	if (in_only(r, fields) < 0 || in_string(r, "name", false, &name) < 0 ||
	    !(t = grip_token_create(r->g, r->g->actor->id, name, &secret)))
		return -1;
	json_t *j = grip_token_json(t);
	if (j)
		json_object_set_new(j, "token", json_string(secret));
	return api_ok(r, j);
}

int api_revoke_token(struct api_request *r)
{
	int64_t id;
	if (api_param_id(r, "id", &id) < 0 || grip_token_revoke(r->g, id) < 0)
		return -1;
	r->no_content = true;
	return 0;
}

static json_t *me_json(struct api_request *r, const char *csrf)
{
	struct grip_org *o = grip_org_get(r->g, r->g->org_id);
	if (!o)
		return NULL;
	return json_pack("{so so ss?}", "person", grip_person_json(r->g->actor), "org", grip_org_json(o),
			 "csrf_token", csrf);
}

/* Is the body declared JSON? A form of another site can post text that
 * reads as JSON, but only as text/plain (or another type a form may
 * send): application/json needs a CORS preflight, which this server never
 * grants. */
bool api_json_typed(struct api_request *r)
{
	const char *type = api_header(r, "Content-Type");
	size_t n = strlen("application/json");
	return type && strncasecmp(type, "application/json", n) == 0 &&
	       (type[n] == '\0' || type[n] == ';' || type[n] == ' ');
}

int api_signin(struct api_request *r)
{
	static const char *const fields[] = { "org", "email", "password", NULL };
	const char *slug, *email, *password;
	if (!api_json_typed(r))
		return grip_fail(r->g, GRIP_EPERM, "Content-Type",
				 "signing in takes Content-Type: application/json");
	if (grip_signin_from(r->g, api_header(r, "Sec-Fetch-Site"), api_header(r, "Origin"),
			     api_header(r, "Host")) < 0)
		return -1;
	if (in_only(r, fields) < 0 || in_string(r, "org", true, &slug) < 0 ||
	    in_string(r, "email", true, &email) < 0 || in_string(r, "password", true, &password) < 0)
		return -1;
	r->signin = grip_signin_begin(r->g, slug, email, password, r->address);
	return r->signin ? 0 : -1;
}

/* The attempt, hashed: a session and the answer, or one failure more
 * (kept: it is the refusal's whole point, api_signin_answer says no). */
int api_signin_store(struct api_request *r)
{
	struct grip_signin *a = r->signin;
	if (a->purpose != GRIP_SIGNIN_SESSION)
		return api_password_store(r);
	if (grip_signin_finish(r->g, a) < 0)
		return -1;
	if (grip_signin_outcome(r->g, a) < 0) {
		r->g->err = (struct grip_error){ 0 };
		return 0;
	}
	const char *proto = api_header(r, "X-Forwarded-Proto");
	bool tls = proto && strcmp(proto, "https") == 0;
	r->set_cookie = arena_printf(r->g->arena, "grip_session=%s; Path=/; Max-Age=%d; HttpOnly; SameSite=Lax%s",
				     a->session, GRIP_SESSION_DAYS * 86400, tls ? "; Secure" : "");
	return api_ok(r, me_json(r, a->csrf));
}

int api_signin_answer(struct api_request *r)
{
	return grip_signin_outcome(r->g, r->signin);
}

int api_signout(struct api_request *r)
{
	if (grip_signout(r->g, r->session) < 0)
		return -1;
	r->set_cookie = "grip_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax";
	r->no_content = true;
	return 0;
}

int api_me(struct api_request *r)
{
	return api_ok(r, me_json(r, r->csrf));
}

int api_health(struct api_request *r)
{
	(void)r->g;
	return api_ok(r, json_pack("{ss}", "status", "ok"));
}

int api_get_openapi(struct api_request *r)
{
	return api_ok(r, api_openapi());
}
