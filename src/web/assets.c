/*
 * assets.c — the stylesheet and the script, embedded in the binary
 * (src/web/assets/, named "web/NAME"). Pages link them with their version
 * in the query, so a browser may keep them for a year; a request that
 * already holds the current version answers 304.
 */
#include "web/web.h"

#include <sodium.h>
#include <stdio.h>
#include <string.h>

#include "util/embedded.h"

static void tag_of(const struct embedded_file *f, char out[17])
{
	unsigned char h[8];
	crypto_generichash(h, sizeof h, f->data, f->len, NULL, 0);
	sodium_bin2hex(out, 17, h, sizeof h);
}

static void tag_named(const char *name, char out[17])
{
	const struct embedded_file *f = embedded_find(name);
	snprintf(out, 17, "0");
	if (f)
		tag_of(f, out);
}

void web_asset_tags(char css[17], char js[17], char icon[17])
{
	tag_named("web/grip.css", css);
	tag_named("web/grip.js", js);
	tag_named("web/favicon.svg", icon);
}

static const struct {
	const char *name, *type;
} kinds[] = {
	{ "grip.css", "text/css; charset=utf-8" },
	{ "grip.js", "text/javascript; charset=utf-8" },
	{ "favicon.svg", "image/svg+xml" },
};

void web_asset(const char *name, const char *if_none_match, struct web_response *out)
{
	char path[64];
	size_t q = strcspn(name, "?");
	out->status = 404;
	out->type = "text/plain; charset=utf-8";
	out->body = (char *)"no such asset\n";
	out->len = strlen(out->body);
	out->constant = true;
	out->cache = "no-store";
	for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++) {
		if (strlen(kinds[i].name) != q || strncmp(kinds[i].name, name, q) != 0)
			continue;
		snprintf(path, sizeof path, "web/%s", kinds[i].name);
		const struct embedded_file *f = embedded_find(path);
		if (!f)
			return;
		static const char quote[] = "\"";
		char tag[17];
		tag_of(f, tag);
		/* The response holds its ETag's text itself. */
		snprintf(out->etag_buf, sizeof out->etag_buf, "%s%s%s", quote, tag, quote);
		out->etag = out->etag_buf;
		out->cache = "public, max-age=31536000, immutable";
		if (if_none_match && strstr(if_none_match, tag)) {
			out->status = 304;
			out->body = NULL;
			out->len = 0;
			return;
		}
		out->status = 200;
		out->type = kinds[i].type;
		out->body = (char *)f->data;
		out->len = f->len;
		return;
	}
}
