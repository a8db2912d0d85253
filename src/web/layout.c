/*
 * layout.c — the document around every page: head with the assets, a skip
 * link, the navigation landmark with the current page marked, <main>, and
 * the small shared pieces pages draw with (lights, progress bars, numbers,
 * links to objectives).
 */
#include "web/web.h"

#include <string.h>

#include "util/num.h"

struct nav_item {
	const char *key, *href, *label;
	bool admin_only;
};

static const struct nav_item nav_items[] = {
	{ "week", "/", "My week", false },
	{ "units", "/units", "Units", false },
	{ "tree", "/tree", "Strategy", false },
	{ "calibration", "/calibration", "Calibration", false },
	{ "groups", "/groups", "Groups", false },
	{ "settings", "/settings", "Settings", false },
	{ "admin", "/admin", "Admin", true },
};

static void nav(struct web_request *r, struct html *h)
{
	const struct grip_person *me = r->g->actor;
	html_raw(h, "<header class=\"top\"><nav aria-label=\"Main\"><a class=\"brand\" href=\"/\">grip</a><ul>");
	for (size_t i = 0; i < sizeof nav_items / sizeof *nav_items; i++) {
		const struct nav_item *it = &nav_items[i];
		if (it->admin_only && !grip_may_admin(r->g, NULL))
			continue;
		bool current = r->nav && strcmp(r->nav, it->key) == 0;
		html_f(h, "<li><a href=\"%s\"", it->href);
		if (current)
			html_raw(h, " aria-current=\"page\"");
		html_f(h, ">%s</a></li>", it->label);
	}
	approvals_nav_item(r, h);
	reviews_nav_item(r, h);
	notify_nav_item(r, h);
	html_raw(h, "</ul>");
	html_f(h, "<form method=\"post\" action=\"/signout\" class=\"signout\"><input type=\"hidden\" name=\"csrf\" "
		  "value=\"%s\"><span class=\"who\">%s</span> <button type=\"submit\">Sign out</button></form>",
	       r->csrf, me->name && *me->name ? me->name : me->email);
	html_raw(h, "</nav></header>");
}

int layout_page(struct web_request *r, struct sb *out)
{
	struct html h = { .sb = *out };
	const char *css = r->host ? r->host->css_tag : "", *js = r->host ? r->host->js_tag : "";
	const char *icon = r->host ? r->host->icon_tag : "";
	html_f(&h, "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
		   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
		   "<meta name=\"color-scheme\" content=\"light dark\">"
		   "<title>%s · grip</title>"
		   "<link rel=\"icon\" href=\"/assets/favicon.svg?v=%s\" type=\"image/svg+xml\">"
		   "<link rel=\"stylesheet\" href=\"/assets/grip.css?v=%s\">"
		   "<script src=\"/assets/grip.js?v=%s\" defer></script></head><body>"
		   "<a class=\"skip\" href=\"#main\">Skip to content</a>",
	       r->title ? r->title : "grip", icon, css, js);
	if (r->g->actor && r->csrf)
		nav(r, &h);
	html_raw(&h, "<main id=\"main\">");
	sb_add(&h.sb, r->body.sb.buf, r->body.sb.len);
	if (r->body.sb.failed)
		h.sb.failed = true;
	html_raw(&h, "</main>");
	if (r->org)
		html_f(&h, "<footer class=\"foot\"><p>%s</p></footer>", r->org->name);
	html_raw(&h, "</body></html>\n");
	html_release(&r->body);
	*out = h.sb;
	return 0;
}

void view_light(struct html *h, enum grip_light light)
{
	static const char *const words[] = { "no check-in", "off track", "at risk", "on track" };
	static const char *const names[] = { "none", "red", "yellow", "green" };
	unsigned i = (unsigned)light < 4 ? (unsigned)light : 0;
	html_f(h, "<span class=\"light light-%s\"><span class=\"dot\" aria-hidden=\"true\"></span>%s</span>", names[i],
	       words[i]);
}

void view_pace(struct html *h, const struct grip_objective *o)
{
	if (o->behind_pace)
		html_raw(h, "<span class=\"flag pace\"><span class=\"mark\" aria-hidden=\"true\">▼</span>"
			    "behind pace</span>");
}

void view_progress(struct html *h, double share, const char *label)
{
	if (share < 0)
		share = 0;
	if (share > 1)
		share = 1;
	html_f(h, "<span class=\"progress\"><progress max=\"100\" value=\"%.0f\" aria-label=\"%s\">%.0f%%</progress>"
		  "<span class=\"pct\">%.0f%%</span></span>",
	       share * 100, label ? label : "Progress", share * 100, share * 100);
}

void view_number(struct html *h, double v)
{
	char buf[32];
	format_number(v, buf);
	html_text(h, buf);
}

void view_objective_link(struct html *h, const struct grip_objective *o)
{
	html_f(h, "<a href=\"/objectives/%lld\">%s</a>", (long long)o->id, o->title);
}
