/*
 * html.h — the HTML writer every page writes through. It escapes by
 * default: text and every %s of a format are escaped for element content
 * and quoted attribute values alike (& < > " '), so a page cannot forget.
 * Markup itself goes through html_raw, which takes only string literals
 * (checked by a macro), and html_href, which lets through only links that
 * cannot run script.
 *
 * Like sb, failures are sticky: an allocation that fails or passes the cap
 * marks the writer failed, later writes do nothing, and the caller checks
 * html_failed once at the end.
 */
#ifndef GRIP_WEB_HTML_H
#define GRIP_WEB_HTML_H

#include <stdbool.h>
#include <stddef.h>

#include "util/sb.h"

struct html {
	struct sb sb;
};

#define HTML_INIT { .sb = SB_INIT }

/* Markup from the source: html_raw(h, "<p>") works, a variable does not. */
#define html_raw(h, literal) html_markup((h), "" literal "", sizeof(literal) - 1)
void html_markup(struct html *h, const char *markup, size_t len);
/* Text, escaped; NULL writes nothing. */
void html_text(struct html *h, const char *text);
/* A format whose literal part is markup and whose %s arguments are text,
 * escaped; numeric conversions (%d %lld %zu %.1f ...) are written as printf
 * would. %s with a NULL argument writes nothing. */
__attribute__((format(printf, 2, 3))) void html_f(struct html *h, const char *fmt, ...);
/* href="..." for a link a person wrote: http(s), mailto or a path of this
 * site; anything else (javascript:, data:) becomes "#". */
void html_href(struct html *h, const char *url);
/* A value for a URL's query or path part, percent-encoded. */
void html_url_part(struct html *h, const char *value);
/* The same as a string in the arena, for a redirect's Location or a link
 * written through html_f ("" when out of memory). */
struct arena;
const char *html_url_text(struct arena *a, const char *value);
bool html_failed(const struct html *h);
void html_release(struct html *h);

#endif
