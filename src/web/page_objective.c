/*
 * page_objective.c — an objective, and making one (being built).
 */
#include "web/web.h"

int page_objective(struct web_request *r)
{
	r->title = "an objective, and making one";
	html_f(&r->body, "<h1>%s</h1>", r->title);
	return 0;
}

int page_objective_new(struct web_request *r)
{
	r->title = "an objective, and making one";
	html_f(&r->body, "<h1>%s</h1>", r->title);
	return 0;
}

int act_objective_new(struct web_request *r)
{
	return grip_fail(r->g, GRIP_EINVAL, NULL, "not built yet");
}

int act_kr_add(struct web_request *r)
{
	return grip_fail(r->g, GRIP_EINVAL, NULL, "not built yet");
}

