/*
 * page_unit.c — the units and a unit's dashboard (being built).
 */
#include "web/web.h"

int page_units(struct web_request *r)
{
	r->title = "the units and a unit's dashboard";
	html_f(&r->body, "<h1>%s</h1>", r->title);
	return 0;
}

int page_unit(struct web_request *r)
{
	r->title = "the units and a unit's dashboard";
	html_f(&r->body, "<h1>%s</h1>", r->title);
	return 0;
}

