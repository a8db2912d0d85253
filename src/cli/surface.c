/*
 * surface.c — `grip --routes`: every way into grip as data, read from the
 * tables the faces dispatch from (the API's route table, the web face's
 * page table, the CLI's command table). The privacy matrix test
 * (tests/privacy/) walks it, so a new route, page or command is checked
 * for what it shows the day it is added.
 */
#include "cli/cli.h"

#include "api/api.h"
#include "web/web.h"

/* "a b c" -> ["a","b","c"]; NULL -> []. */
static json_t *words(const char *list)
{
	json_t *a = json_array();
	for (const char *p = list; a && p && *p;) {
		while (*p == ' ')
			p++;
		size_t n = 0;
		while (p[n] && p[n] != ' ')
			n++;
		if (n)
			json_array_append_new(a, json_stringn(p, n));
		p += n;
	}
	return a;
}

static json_t *api_part(void)
{
	json_t *out = json_array();
	for (const struct api_route *r = api_routes; out && r->method; r++)
		json_array_append_new(out, json_pack("{ss ss so sb sb}", "method", r->method, "pattern",
						     r->pattern, "query", words(r->query), "public",
						     (r->flags & ROUTE_PUBLIC) != 0, "list",
						     (r->flags & ROUTE_LIST) != 0));
	return out;
}

static json_t *web_part(void)
{
	json_t *out = json_array();
	for (const struct web_page *p = web_pages; out && p->method; p++)
		json_array_append_new(out, json_pack("{ss ss so sb}", "method", p->method, "pattern", p->pattern,
						     "query", words(p->query), "public",
						     (p->flags & WEB_PUBLIC) != 0));
	return out;
}

static json_t *cli_part(void)
{
	json_t *out = json_array();
	for (const struct cli_cmd *c = cli_commands; out && c->noun; c++) {
		json_t *opts = json_array();
		for (const struct cli_opt *o = c->opts; opts && o && o->name; o++)
			json_array_append_new(opts, json_pack("{ss ss?}", "name", o->name, "value",
							      o->kind == OPT_FLAG ? NULL : o->arg));
		json_array_append_new(out, json_pack("{ss ss? so si si sb sb sb sb so}", "noun", c->noun, "verb", c->verb,
						     "usage", words(c->usage), "min", c->min_pos, "max",
						     c->max_pos, "write", (c->flags & CMD_WRITE) != 0,
						     "remote", c->remote != NULL, "serve", (c->flags & CMD_SERVE) != 0,
						     "text_from_json", c->render != NULL,
						     "options", opts));
	}
	return out;
}

json_t *cli_routes(void)
{
	return json_pack("{so so so}", "api", api_part(), "web", web_part(), "cli", cli_part());
}
