/*
 * api_account.c — accounts by email over the API: an admin's invitation,
 * "forgot password" (202 whoever the address belongs to), a password set
 * through a one-time link, and a signed-in person's change of their own.
 * The last two are ROUTE_SIGNIN routes: their handler runs in a read and
 * leaves the attempt, the server hashes off its request threads, and
 * api_password_store stores the outcome as a write (see api.h).
 */
#include "api/api.h"

#include <string.h>

/* Public posts that a browser could send from another site's page: only
 * declared JSON, and not from another site. */
static int from_here(struct api_request *r, const char *what)
{
	if (!api_json_typed(r))
		return grip_fail(r->g, GRIP_EPERM, "Content-Type", "%s takes Content-Type: application/json", what);
	return grip_signin_from(r->g, api_header(r, "Sec-Fetch-Site"), api_header(r, "Origin"),
				api_header(r, "Host"));
}

int api_person_invite(struct api_request *r)
{
	int64_t id;
	struct grip_invitation *i;
	if (api_param_id(r, "id", &id) < 0 || !(i = grip_person_invite(r->g, id)))
		return -1;
	return api_ok(r, grip_invitation_json(i));
}

int api_password_forgot(struct api_request *r)
{
	static const char *const fields[] = { "org", "email", NULL };
	const char *org, *email;
	if (from_here(r, "asking for a new password") < 0 || in_only(r, fields) < 0 ||
	    in_string(r, "org", false, &org) < 0 || in_string(r, "email", true, &email) < 0)
		return -1;
	if (grip_password_forgot(r->g, org, email, r->address) < 0)
		return -1;
	r->status = 202;
	return api_ok(r, json_pack("{ss si}", "message",
				   "If the address belongs to someone in the organisation, a link to choose a new "
				   "password is on its way by email.",
				   "expires_in_minutes", GRIP_RESET_MINUTES));
}

int api_password_set(struct api_request *r)
{
	static const char *const fields[] = { "token", "password", NULL };
	const char *token, *password;
	if (from_here(r, "choosing a password") < 0 || in_only(r, fields) < 0 ||
	    in_string(r, "token", true, &token) < 0 || in_string(r, "password", true, &password) < 0)
		return -1;
	r->signin = grip_password_link_begin(r->g, token, password, r->address);
	return r->signin ? 0 : -1;
}

int api_me_password(struct api_request *r)
{
	static const char *const fields[] = { "old", "new", NULL };
	const char *old, *password;
	if (in_only(r, fields) < 0 || in_string(r, "old", true, &old) < 0 || in_string(r, "new", true, &password) < 0)
		return -1;
	r->signin = grip_password_change_begin(r->g, old, password, r->session, r->address);
	return r->signin ? 0 : -1;
}

int api_password_store(struct api_request *r)
{
	struct grip_signin *a = r->signin;
	if (grip_signin_finish(r->g, a) < 0)
		return -1;
	/* A refusal is stored too (the throttle's count); the answer says no. */
	if (grip_signin_outcome(r->g, a) < 0) {
		r->g->err = (struct grip_error){ 0 };
		return 0;
	}
	return api_ok(r, json_pack("{so}", "person", grip_person_json(a->person)));
}
