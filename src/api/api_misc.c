/*
 * api_misc.c — handlers for commitments, history, API tokens, signing in
 * and out, the signed-in person, health and the OpenAPI document.
 */
#include "api/api.h"

#include <string.h>

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
	    in_string(r, "text", true, &text) < 0 || in_string(r, "week", true, &week) < 0 ||
	    in_int(r, "objective_id", false, &goal, NULL) < 0 || in_bool(r, "shared", &shared, NULL) < 0 ||
	    !(c = grip_commit_add(r->g, email, text, week, goal, shared)))
		return -1;
	json_t *j = grip_commit_added_json(r->g, c);
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

int api_list_events(struct api_request *r)
{
	int64_t id = 0;
	const char *entity_id = api_query(r, "entity_id");
	struct grip_event **es;
	size_t n;
	if (grip_require_admin(r->g) < 0)
		return -1;
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

int api_signin(struct api_request *r)
{
	static const char *const fields[] = { "org", "email", "password", NULL };
	const char *slug, *email, *password, *session, *csrf;
	if (in_only(r, fields) < 0 || in_string(r, "org", true, &slug) < 0 ||
	    in_string(r, "email", true, &email) < 0 || in_string(r, "password", true, &password) < 0)
		return -1;
	struct grip_org *o = grip_org_find(r->g, slug);
	if (!o) /* an unknown org is a failed sign-in like any other */
		return grip_fail(r->g, GRIP_EAUTH, NULL, "the email or the password is not right");
	r->g->org_id = o->id;
	api_hash_enter(r);
	struct grip_person *p = grip_signin(r->g, email, password, &session, &csrf);
	api_hash_leave(r);
	if (!p)
		return -1;
	const char *proto = api_header(r, "X-Forwarded-Proto");
	bool tls = proto && strcmp(proto, "https") == 0;
	r->set_cookie = arena_printf(r->g->arena, "grip_session=%s; Path=/; Max-Age=%d; HttpOnly; SameSite=Lax%s",
				     session, GRIP_SESSION_DAYS * 86400, tls ? "; Secure" : "");
	return api_ok(r, me_json(r, csrf));
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
