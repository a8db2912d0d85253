/*
 * page_tree.c — the strategy and alignment tree (being built).
 */
#include "web/web.h"

int page_tree(struct web_request *r)
{
	r->title = "the strategy and alignment tree";
	html_f(&r->body, "<h1>%s</h1>", r->title);
	return 0;
}

