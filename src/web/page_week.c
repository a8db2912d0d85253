/*
 * page_week.c — my week and weekly commitments (being built).
 */
#include "web/web.h"

int page_week(struct web_request *r)
{
	r->title = "my week and weekly commitments";
	html_f(&r->body, "<h1>%s</h1>", r->title);
	return 0;
}

int act_commit_add(struct web_request *r)
{
	return grip_fail(r->g, GRIP_EINVAL, NULL, "not built yet");
}

int act_commit_close(struct web_request *r)
{
	return grip_fail(r->g, GRIP_EINVAL, NULL, "not built yet");
}

