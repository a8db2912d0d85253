/*
 * page_group.c — coaching groups (being built).
 */
#include "web/web.h"

int page_groups(struct web_request *r)
{
	r->title = "coaching groups";
	html_f(&r->body, "<h1>%s</h1>", r->title);
	return 0;
}

int page_group(struct web_request *r)
{
	r->title = "coaching groups";
	html_f(&r->body, "<h1>%s</h1>", r->title);
	return 0;
}

