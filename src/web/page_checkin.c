/*
 * page_checkin.c — the GRIP check-in form (being built).
 */
#include "web/web.h"

int page_checkin(struct web_request *r)
{
	r->title = "the GRIP check-in form";
	html_f(&r->body, "<h1>%s</h1>", r->title);
	return 0;
}

int act_checkin(struct web_request *r)
{
	return grip_fail(r->g, GRIP_EINVAL, NULL, "not built yet");
}

