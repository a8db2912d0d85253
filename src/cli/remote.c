/*
 * remote.c — the CLI's HTTP client for --server: libcurl's easy interface
 * on one handle (so requests share a kept-alive connection), a bearer
 * token, JSON in and out, timeouts, and the API's error answers turned back
 * into the core's error struct.
 *
 * libcurl is loaded when --server is used (dlopen, util/curl_lib.c), not
 * linked: it brings TLS and a dozen libraries whose start-up every local
 * command and the server would otherwise pay (about 4 ms a process here).
 *
 * The client follows no redirects (the token would go with them) and reads
 * at most SB_MAX_DEFAULT bytes of an answer. Everything it allocates lives
 * in the command's arena or is kept (cli_keep); remote_close frees the rest.
 */
#include "cli/remote.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "util/curl_lib.h"
#include "util/num.h"

#define CONNECT_TIMEOUT_S 10L
#define TIMEOUT_S 120L
#define LIST_LIMIT 200 /* the API's largest page */

struct remote {
	struct curl_lib fn;   /* libcurl, dlopen'ed */
	CURL *curl;
	const char *base;     /* "http://host:port", no trailing slash */
	const char *auth;     /* the Authorization header line */
	const char *org;      /* the org's slug, escaped for a path */
	const char *if_match; /* for the next request only */
	json_t *me;           /* GET /api/v1/me, once asked */
	struct sb body;       /* the answer being read */
	char etag[128];
	char errbuf[CURL_ERROR_SIZE];
	struct grip *g;       /* warnings of the answer go to g->warnings */
};

static size_t on_body(char *data, size_t size, size_t n, void *userdata)
{
	struct sb *body = userdata;
	sb_add(body, data, size * n);
	return body->failed ? 0 : size * n;
}

static size_t on_header(char *line, size_t size, size_t n, void *userdata)
{
	struct remote *r = userdata;
	size_t len = size * n;
	if (len > 5 && strncasecmp(line, "ETag:", 5) == 0) {
		const char *v = line + 5;
		size_t vlen = len - 5;
		while (vlen && (*v == ' ' || *v == '\t'))
			v++, vlen--;
		while (vlen && (v[vlen - 1] == '\r' || v[vlen - 1] == '\n' || v[vlen - 1] == ' '))
			vlen--;
		if (vlen < sizeof r->etag)
			snprintf(r->etag, sizeof r->etag, "%.*s", (int)vlen, v);
	} else if (len > 13 && strncasecmp(line, "Grip-Warning:", 13) == 0) {
		/* "Grip-Warning: CODE MESSAGE": printed as the CLI prints a local warning */
		char text[320];
		size_t tlen = len - 13;
		const char *v = line + 13;
		while (tlen && (*v == ' ' || *v == '\t'))
			v++, tlen--;
		while (tlen && (v[tlen - 1] == '\r' || v[tlen - 1] == '\n'))
			tlen--;
		snprintf(text, sizeof text, "%.*s", (int)tlen, v);
		char *space = strchr(text, ' ');
		if (space) {
			*space = '\0';
			grip_warn(r->g, text, "%s", space + 1);
		}
	}
	return len;
}

/* An error answer: {"error":{"code","message","field"}} into g->err. */
static int answer_error(struct cli *c, long status, json_t *j)
{
	json_t *e = json_object_get(j, "error");
	const char *code = jget_str(e, "code"), *message = jget_str(e, "message");
	const char *field = jget_str(e, "field");
	if (!message) {
		json_decref(j);
		return grip_fail(c->g, GRIP_ESTORE, NULL, "the server answered HTTP %ld", status);
	}
	enum grip_status s = cli_status_parse(code ? code : "");
	if (s == GRIP_OK) /* a code only HTTP has: malformed, too_large, ... */
		s = status == 404 || status == 405 ? GRIP_ENOTFOUND : status < 500 ? GRIP_EINVAL : GRIP_ESTORE;
	grip_fail(c->g, s, field && *field ? field : NULL, "%s", message);
	json_decref(j);
	return -1;
}

static int request(struct cli *c, const char *method, const char *path, const char *body, json_t **out)
{
	struct remote *r = c->remote;
	struct grip *g = c->g;
	if (out)
		*out = NULL;
	if (!path) /* building it ran out of memory */
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	const char *url = path[0] == '/' ? arena_printf(g->arena, "%s%s", r->base, path)
					 : arena_printf(g->arena, "%s/api/v1/orgs/%s%s%s", r->base, r->org,
							*path && *path != '?' ? "/" : "", path);
	if (!url)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	struct curl_slist *headers = NULL, *more;
	const char *lines[] = { r->auth, "Accept: application/json",
				body ? "Content-Type: application/json" : NULL,
				r->if_match ? arena_printf(g->arena, "If-Match: %s", r->if_match) : NULL };
	for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
		if (!lines[i])
			continue;
		if (!(more = r->fn.slist_append(headers, lines[i]))) {
			r->fn.slist_free_all(headers);
			return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
		}
		headers = more;
	}
	r->if_match = NULL;
	sb_reset(&r->body);
	r->etag[0] = '\0';
	r->errbuf[0] = '\0';

	CURL *h = r->curl;
	r->fn.easy_reset(h); /* options only: the connection stays open */
	r->fn.easy_setopt(h, CURLOPT_URL, url);
	r->fn.easy_setopt(h, CURLOPT_HTTPHEADER, headers);
	r->fn.easy_setopt(h, CURLOPT_USERAGENT, "grip-cli");
	r->fn.easy_setopt(h, CURLOPT_CONNECTTIMEOUT, CONNECT_TIMEOUT_S);
	r->fn.easy_setopt(h, CURLOPT_TIMEOUT, TIMEOUT_S);
	r->fn.easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
	r->fn.easy_setopt(h, CURLOPT_ERRORBUFFER, r->errbuf);
	r->fn.easy_setopt(h, CURLOPT_WRITEFUNCTION, on_body);
	r->fn.easy_setopt(h, CURLOPT_WRITEDATA, &r->body);
	r->fn.easy_setopt(h, CURLOPT_HEADERFUNCTION, on_header);
	r->fn.easy_setopt(h, CURLOPT_HEADERDATA, r);
	if (strcmp(method, "GET") == 0) {
		r->fn.easy_setopt(h, CURLOPT_HTTPGET, 1L);
	} else {
		r->fn.easy_setopt(h, CURLOPT_CUSTOMREQUEST, method);
		if (body || strcmp(method, "DELETE") != 0) {
			r->fn.easy_setopt(h, CURLOPT_POSTFIELDSIZE, (long)(body ? strlen(body) : 0));
			r->fn.easy_setopt(h, CURLOPT_POSTFIELDS, body ? body : "");
		}
	}
	CURLcode rc = r->fn.easy_perform(h);
	r->fn.slist_free_all(headers);
	if (rc != CURLE_OK) {
		if (r->body.failed)
			return grip_fail(g, GRIP_ESTORE, NULL, "the answer of %s is too large", r->base);
		return grip_fail(g, GRIP_ESTORE, NULL, "cannot reach %s: %s", r->base,
				 *r->errbuf ? r->errbuf : r->fn.easy_strerror(rc));
	}
	long status = 0;
	r->fn.easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
	json_t *j = r->body.len ? json_loadb(r->body.buf, r->body.len, JSON_DECODE_ANY, NULL) : NULL;
	if (status >= 400)
		return answer_error(c, status, j);
	if (status < 200 || status > 299) {
		json_decref(j);
		return grip_fail(g, GRIP_ESTORE, NULL, "%s answered HTTP %ld; give its final URL with --server",
				 r->base, status);
	}
	if (status == 204 || !r->body.len)
		return 0;
	if (!j)
		return grip_fail(g, GRIP_ESTORE, NULL, "the answer of %s is not JSON", r->base);
	if (!cli_keep(c, j))
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	if (out)
		*out = j;
	return 0;
}

int remote_call(struct cli *c, const char *method, const char *path, json_t **out)
{
	return request(c, method, path, NULL, out);
}

int remote_send(struct cli *c, const char *method, const char *path, json_t *body, json_t **out)
{
	char *text = body ? json_dumps(body, JSON_COMPACT) : NULL;
	json_decref(body);
	if (!text)
		return grip_fail(c->g, GRIP_ENOMEM, NULL, "cannot build the request");
	int rc = request(c, method, path, text, out);
	free(text);
	return rc;
}

/* value escaped for a URL, in the arena. */
static const char *escape(struct cli *c, const char *value)
{
	char *e = c->remote->fn.easy_escape(c->remote->curl, value, 0);
	const char *copy = e ? arena_strdup(c->g->arena, e) : NULL;
	c->remote->fn.free(e);
	return copy;
}

const char *remote_path(struct cli *c, const char *path, ...)
{
	if (!path)
		return NULL;
	struct sb s = SB_INIT;
	sb_adds(&s, path);
	char sep = strchr(path, '?') ? '&' : '?';
	va_list ap;
	va_start(ap, path);
	for (const char *name; (name = va_arg(ap, const char *));) {
		const char *value = va_arg(ap, const char *);
		if (!value)
			continue;
		const char *e = escape(c, value);
		if (!e)
			s.failed = true;
		sb_addf(&s, "%c%s=%s", sep, name, e ? e : "");
		sep = '&';
	}
	va_end(ap);
	const char *out = s.failed ? NULL : arena_strdup(c->g->arena, s.buf);
	sb_release(&s);
	return out; /* NULL when out of memory, which the request reports */
}

int remote_list(struct cli *c, const char *path, json_t **out)
{
	json_t *all = cli_keep(c, json_array());
	if (!all)
		return grip_fail(c->g, GRIP_ENOMEM, NULL, "out of memory");
	char limit[16];
	snprintf(limit, sizeof limit, "%d", LIST_LIMIT);
	const char *cursor = NULL;
	for (;;) {
		const char *page_path = remote_path(c, path, "limit", limit, "cursor", cursor, (char *)NULL);
		json_t *page;
		if (remote_call(c, "GET", page_path, &page) < 0)
			return -1;
		json_t *items = json_object_get(page, "items");
		if (!json_is_array(items))
			return grip_fail(c->g, GRIP_ESTORE, NULL, "the answer of %s is not a list", c->remote->base);
		if (json_array_extend(all, items) < 0)
			return grip_fail(c->g, GRIP_ENOMEM, NULL, "out of memory");
		const char *next = json_string_value(json_object_get(page, "next_cursor"));
		if (!next || !json_array_size(items))
			break;
		if (cursor && strcmp(cursor, next) == 0)
			return grip_fail(c->g, GRIP_ESTORE, NULL, "the list from %s does not end", c->remote->base);
		cursor = next;
	}
	*out = all;
	return 0;
}

const char *remote_etag(struct cli *c)
{
	return c->remote->etag;
}

void remote_if_match(struct cli *c, const char *tag)
{
	c->remote->if_match = tag && *tag ? arena_strdup(c->g->arena, tag) : NULL;
}

json_t *remote_me(struct cli *c)
{
	struct remote *r = c->remote;
	if (!r->me && remote_call(c, "GET", "/api/v1/me", &r->me) < 0)
		return NULL;
	json_t *p = json_object_get(r->me, "person");
	if (!json_is_object(p))
		grip_fail(c->g, GRIP_ESTORE, NULL, "the answer of %s/api/v1/me names no person", r->base);
	return json_is_object(p) ? p : NULL;
}

/* The item of a list whose key equals value. */
static json_t *find(json_t *list, const char *key, const char *value)
{
	size_t i;
	json_t *item;
	json_array_foreach(list, i, item)
		if (strcmp(jget_text(item, key), value) == 0)
			return item;
	return NULL;
}

json_t *remote_unit_named(struct cli *c, const char *name)
{
	json_t *units, *u;
	if (remote_list(c, "units", &units) < 0)
		return NULL;
	if (!(u = find(units, "name", name)))
		grip_fail(c->g, GRIP_ENOTFOUND, "unit", "no unit named %s", name);
	return u;
}

json_t *remote_cycle_named(struct cli *c, const char *name)
{
	json_t *cycles, *cy;
	if (remote_list(c, "cycles", &cycles) < 0)
		return NULL;
	if (!(cy = find(cycles, "name", name)))
		grip_fail(c->g, GRIP_ENOTFOUND, "cycle", "no cycle named %s", name);
	return cy;
}

json_t *remote_person_by_email(struct cli *c, const char *email)
{
	char *low = arena_strdup(c->g->arena, email);
	json_t *people, *p;
	if (!low) {
		grip_fail(c->g, GRIP_ENOMEM, NULL, "out of memory");
		return NULL;
	}
	for (char *s = low; *s; s++)
		*s = *s >= 'A' && *s <= 'Z' ? (char)(*s - 'A' + 'a') : *s;
	if (remote_list(c, "people", &people) < 0)
		return NULL;
	if (!(p = find(people, "email", low)))
		grip_fail(c->g, GRIP_ENOTFOUND, "email", "no person with email %s", low);
	return p;
}

json_t *remote_person_arg(struct cli *c, const char *text)
{
	int64_t id;
	if (!parse_i64(text, &id))
		return remote_person_by_email(c, text);
	if (id <= 0) { /* not a path the API serves; the core's words for it */
		grip_fail(c->g, GRIP_ENOTFOUND, "person", "no such person");
		return NULL;
	}
	json_t *p;
	return remote_call(c, "GET", arena_printf(c->g->arena, "people/%lld", (long long)id), &p) < 0 ? NULL : p;
}

static int usage_error(struct cli *c, const char *option, const char *what)
{
	grip_fail(c->g, GRIP_EINVAL, NULL, "%s: %s", option, what);
	return CLI_USAGE;
}

int remote_open(struct cli *c, const char *url, const char *token, const char *org)
{
	struct grip *g = c->g;
	size_t len = strlen(url);
	while (len && url[len - 1] == '/')
		len--;
	bool http = strncmp(url, "http://", 7) == 0 && len > 7;
	bool https = strncmp(url, "https://", 8) == 0 && len > 8;
	if (!http && !https)
		return usage_error(c, "--server", "expected a URL such as http://127.0.0.1:8080");
	for (const char *p = token; *p; p++)
		if ((unsigned char)*p <= ' ' || *p == 0x7f)
			return usage_error(c, "--token", "is not an API token (see grip token create)");
	if (!*token)
		return usage_error(c, "--token", "is empty (see grip token create)");
	struct remote *r = arena_alloc(g->arena, sizeof *r);
	if (!r)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	r->base = arena_strndup(g->arena, url, len);
	r->auth = arena_printf(g->arena, "Authorization: Bearer %s", token);
	r->body = (struct sb)SB_INIT;
	r->g = g;
	if (!r->base || !r->auth)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	char err[300];
	if (curl_lib_open(&r->fn, err, sizeof err) < 0)
		return grip_fail(g, GRIP_ESTORE, NULL, "%s", err);
	if (!(r->curl = r->fn.easy_init())) {
		curl_lib_close(&r->fn);
		return grip_fail(g, GRIP_ESTORE, NULL, "cannot initialise libcurl");
	}
	c->remote = r;
	if (!org) {
		if (!remote_me(c))
			return -1;
		org = jget_str(json_object_get(r->me, "org"), "slug");
		if (!org)
			return grip_fail(g, GRIP_ESTORE, NULL, "the answer of %s/api/v1/me names no org", r->base);
	}
	if (!(r->org = escape(c, org)))
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	return 0;
}

void remote_close(struct cli *c)
{
	struct remote *r = c->remote;
	if (!r)
		return;
	r->fn.easy_cleanup(r->curl);
	curl_lib_close(&r->fn);
	sb_release(&r->body);
	c->remote = NULL;
}
