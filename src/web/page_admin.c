/*
 * page_admin.c — administration (being built).
 */
#include "web/web.h"

int page_admin(struct web_request *r)
{
	r->title = "administration";
	html_f(&r->body, "<h1>%s</h1>", r->title);
	return 0;
}

int act_admin_person(struct web_request *r)
{
	return grip_fail(r->g, GRIP_EINVAL, NULL, "not built yet");
}

int act_admin_unit(struct web_request *r)
{
	return grip_fail(r->g, GRIP_EINVAL, NULL, "not built yet");
}

int act_admin_cycle(struct web_request *r)
{
	return grip_fail(r->g, GRIP_EINVAL, NULL, "not built yet");
}

int act_admin_token(struct web_request *r)
{
	return grip_fail(r->g, GRIP_EINVAL, NULL, "not built yet");
}

int act_admin_token_revoke(struct web_request *r)
{
	return grip_fail(r->g, GRIP_EINVAL, NULL, "not built yet");
}

