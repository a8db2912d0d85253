/*
 * server.c — `grip serve`: libmicrohttpd with epoll and a thread pool,
 * dispatching through the route table.
 *
 * One request, in order:
 *  1. The first call of the access handler comes with the headers, before
 *     any byte of the body: the guard (guard.c) checks the target and the
 *     framing there, and a refusal (400, 411, 413, 414, 501) is answered at
 *     once. The body arrives in later calls and is kept up to API_BODY_MAX
 *     (WEB_FORM_MAX for the web face). The guard also caps connections per
 *     client address and cuts a request not received in full by its
 *     deadline.
 *  2. The route is matched (404, 405), the body parsed when the route takes
 *     one (400 when it is not a JSON object or not UTF-8).
 *  3. A store connection is taken from the pool and one transaction begun.
 *  4. Credentials are resolved (401), the CSRF token checked for cookie
 *     sessions (403), the org of the path checked against theirs (404).
 *  5. For PATCH with If-Match, the current representation's ETag is
 *     compared first (412).
 *  6. The handler runs; the transaction commits only if it succeeded, and
 *     the response is queued only after the commit: an acknowledged write
 *     is on disk (synchronous=FULL).
 * A write leaves the request thread: the connection is suspended while the
 * writer runs it, and resumed to be answered. So does a sign-in (API or
 * web form), twice: its password is hashed on the hash pool (hashpool.h),
 * and its outcome is then stored by the writer; a full pool answers 503
 * at once.
 * SIGTERM or SIGINT stops accepting, lets running requests finish, closes
 * the store.
 * While the database cannot be reached (a PostgreSQL server restarting),
 * every request that needs it answers 503 with the core's message
 * (GRIP_EUNAVAILABLE) at once, and each connection (pooled readers, the
 * writer, the syncer's) connects again at its next transaction: the
 * server recovers by itself. At the start it waits for the database.
 */
#include "api/api.h"

#include <arpa/inet.h>
#include <malloc.h>
#include <microhttpd.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "api/accesslog.h"
#include "api/cache.h"
#include "api/checkpointer.h"
#include "api/guard.h"
#include "api/hashpool.h"
#include "api/writer.h"
#include "core/reader.h"
#include "web/web.h"
#include "store/store.h"
#include "util/num.h"

#define HASH_THREADS 2 /* Argon2id uses 64 MiB a hash: a few at a time */
#define HASH_WAITING 4 /* sign-ins waiting for a hash thread, at most; more answer 503 */
#define READERS_MAX 6        /* read connections at most */

/* Reads are bound by the CPUs, and each one computing holds its memory
 * (the first 200 objectives with their key results: several MiB) until
 * it is answered: one reader more than there are CPUs keeps them busy,
 * more only raise the high-water mark (on two CPUs, six readers took the
 * first-200 read to 65 MiB, three to 29 MiB, at the same rate). */
static int readers_max(void)
{
	long cpus = sysconf(_SC_NPROCESSORS_ONLN);
	long n = cpus > 0 ? cpus + 1 : READERS_MAX;
	return n < 2 ? 2 : n > READERS_MAX ? READERS_MAX : (int)n;
}
/* SQLite's page cache per connection (its default is 2 MiB). A reader's
 * is dropped whenever another connection commits, so a big one buys
 * little under writes, and with seven connections it is most of the
 * memory: at 2 MiB each the random team reads reach 34 MiB, at 1 MiB 20
 * MiB, at the same CPU per request. The writer keeps its cache. */
#define READER_CACHE_KIB 1024
#define WRITER_CACHE_KIB 2048

/* A read connection. */
struct pooled {
	struct store *store;
};

struct store_pool {
	pthread_mutex_t mu;
	pthread_cond_t cv;
	struct pooled *free;
	size_t nfree;
	size_t made;
	size_t max;
	const char *path;
};

struct api_server {
	struct store_pool pool;   /* connections for reads and sign-in */
	struct writer writer;     /* the one connection for writes, group-committed */
	struct api_cache cache;   /* answers to reads, until a change touches them */
	struct web_host web;      /* what the browser face runs through */
	char css_tag[17], js_tag[17], icon_tag[17];
	int64_t fixed_now; /* GRIP_NOW, or 0 for the clock */
	struct hashpool hashpool; /* password hashes, off the request threads */
	struct access_log log;    /* a line per request, to stderr in whole buffers */
	struct checkpointer checkpointer; /* the log into the database, off the writer */
	bool proxied;              /* a reverse proxy is named (--proxy) */
	struct in_addr proxy;      /* its address */
	struct coach_readers *readers; /* the coach's readers, loaded once (NULL: per use) */
};

struct req_state {
	struct sb body;
	bool too_large;
	bool answered;
	struct timespec start;
	char method[16];
	char path[160];
	int status;
	size_t bytes;
	bool kept; /* answered from the read cache */
	int retry_after; /* seconds, for a Retry-After header; 0: none */
	struct api_call *call; /* a write the writer has, while suspended */
	struct web_call *web;  /* a web sign-in being hashed, while suspended */
};

/* ---- the store pool: one connection per request at a time ---- */

static bool pool_take(struct store_pool *p, struct pooled *out, char *err, size_t errlen, bool *unreachable)
{
	*unreachable = false;
	bool ok = true;
	pthread_mutex_lock(&p->mu);
	while (!p->nfree && p->made >= p->max)
		pthread_cond_wait(&p->cv, &p->mu);
	if (p->nfree) {
		*out = p->free[--p->nfree];
	} else {
		p->made++;
		pthread_mutex_unlock(&p->mu);
		*out = (struct pooled){ .store = store_open_reach(p->path, false, err, errlen, unreachable) };
		if (out->store)
			store_cache_kib(out->store, READER_CACHE_KIB);
		pthread_mutex_lock(&p->mu);
		if (!out->store) {
			ok = false;
			p->made--;
			pthread_cond_signal(&p->cv);
		}
	}
	pthread_mutex_unlock(&p->mu);
	return ok;
}

static void pool_give(struct store_pool *p, const struct pooled *s)
{
	pthread_mutex_lock(&p->mu);
	p->free[p->nfree++] = *s;
	pthread_cond_signal(&p->cv);
	pthread_mutex_unlock(&p->mu);
}

/* ---- answering ---- */

/* Retry-After: seconds, when there are any. */
static void retry_after(struct MHD_Response *resp, int seconds)
{
	char text[16];
	if (seconds <= 0)
		return;
	snprintf(text, sizeof text, "%d", seconds);
	MHD_add_response_header(resp, "Retry-After", text);
}

/* Queues text (consumed; NULL for no body) with the given status. */
static enum MHD_Result send_typed(struct MHD_Connection *c, struct req_state *s, int status, char *text,
				  const char *type, const char *etag, const char *cookie, const struct grip *g);

static enum MHD_Result send_text(struct MHD_Connection *c, struct req_state *s, int status,
				 char *text, const char *etag, const char *cookie, const struct grip *g)
{
	return send_typed(c, s, status, text, "application/json; charset=utf-8", etag, cookie, g);
}

/* Queues resp (len bytes of body; destroyed here) with the headers every
 * answer carries. */
static enum MHD_Result send_response(struct MHD_Connection *c, struct req_state *s, int status,
				     struct MHD_Response *resp, size_t len, const char *type, const char *etag,
				     const char *cookie, const struct grip *g)
{
	if (type)
		MHD_add_response_header(resp, "Content-Type", type);
	MHD_add_response_header(resp, "Cache-Control", "no-store");
	MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
	if (etag)
		MHD_add_response_header(resp, "ETag", etag);
	if (cookie)
		MHD_add_response_header(resp, "Set-Cookie", cookie);
	retry_after(resp, s->retry_after);
	for (int i = 0; g && i < g->n_warnings; i++) { /* what the CLI prints as "warning: CODE: ..." */
		char line[320];
		snprintf(line, sizeof line, "%s %s", g->warnings[i].code, g->warnings[i].message);
		MHD_add_response_header(resp, "Grip-Warning", line);
	}
	enum MHD_Result rc = MHD_queue_response(c, (unsigned)status, resp);
	MHD_destroy_response(resp);
	s->status = status;
	s->bytes = len;
	s->answered = true;
	return rc;
}

/* An answer of the given content type (text consumed). */
static enum MHD_Result send_typed(struct MHD_Connection *c, struct req_state *s, int status, char *text,
				  const char *type, const char *etag, const char *cookie, const struct grip *g)
{
	size_t len = text ? strlen(text) : 0;
	struct MHD_Response *resp = MHD_create_response_from_buffer(len, text, MHD_RESPMEM_MUST_FREE);
	if (!resp) {
		free(text);
		return MHD_NO;
	}
	return send_response(c, s, status, resp, len, text ? type : NULL, etag, cookie, g);
}

/* A kept answer, lent by the cache until libmicrohttpd has sent it: a big
 * answer is not copied for every request that reads it. */
static enum MHD_Result send_kept(struct MHD_Connection *c, struct req_state *s, struct cache_hit *hit)
{
	struct MHD_Response *resp = MHD_create_response_from_buffer_with_free_callback_cls(
		hit->len, (void *)hit->text, cache_hit_done, hit->entry);
	if (!resp) {
		cache_hit_done(hit->entry);
		return MHD_NO;
	}
	s->kept = true;
	return send_response(c, s, hit->status, resp, hit->len, "application/json; charset=utf-8",
			     hit->etag[0] ? hit->etag : NULL, NULL, NULL);
}

static char *dump(json_t *j)
{
	return j ? json_dumps(j, JSON_COMPACT | JSON_REAL_PRECISION(12)) : NULL;
}

/* An error's answer; details, when a handler left one (an object), adds
 * its members to the error (the close's "missing"). */
static enum MHD_Result send_error_with(struct MHD_Connection *c, struct req_state *s, int status, const char *code,
				       const char *field, const char *message, json_t *details)
{
	json_t *j = json_pack("{s{ss ss ss}}", "error", "code", code, "message", message, "field",
			      field ? field : "");
	if (j && json_is_object(details))
		json_object_update_missing(json_object_get(j, "error"), details);
	char *text = dump(j);
	json_decref(j);
	return send_text(c, s, status, text, NULL, NULL, NULL);
}

static enum MHD_Result send_error(struct MHD_Connection *c, struct req_state *s, int status,
				  const char *code, const char *field, const char *message)
{
	json_t *j = json_pack("{s{ss ss ss}}", "error", "code", code, "message", message, "field",
			      field ? field : "");
	char *text = dump(j);
	json_decref(j);
	return send_text(c, s, status, text, NULL, NULL, NULL);
}

/* A strong ETag of a representation's text: its BLAKE2b-128 in hex. */
static void etag_of_text(const char *text, char out[36])
{
	unsigned char h[16];
	char hex[33];
	crypto_generichash(h, sizeof h, (const unsigned char *)text, strlen(text), NULL, 0);
	sodium_bin2hex(hex, sizeof hex, h, sizeof h);
	snprintf(out, 36, "\"%s\"", hex);
}

static void etag_of(json_t *j, char out[36])
{
	char *text = dump(j);
	etag_of_text(text ? text : "", out);
	free(text);
}

/* ---- credentials ---- */

/* The address a reverse proxy says its client has: the last entry of
 * X-Forwarded-For, the one the proxy itself added (those before it are
 * the client's to write). False when there is no valid one. */
static bool forwarded_for(struct MHD_Connection *conn, char out[INET6_ADDRSTRLEN])
{
	const char *list = MHD_lookup_connection_value(conn, MHD_HEADER_KIND, "X-Forwarded-For");
	if (!list)
		return false;
	const char *last = strrchr(list, ',');
	last = last ? last + 1 : list;
	while (*last == ' ' || *last == '\t')
		last++;
	size_t n = strcspn(last, " \t");
	char text[INET6_ADDRSTRLEN];
	unsigned char bin[sizeof(struct in6_addr)];
	if (n == 0 || n >= sizeof text)
		return false;
	memcpy(text, last, n);
	text[n] = '\0';
	if (inet_pton(AF_INET, text, bin) != 1 && inet_pton(AF_INET6, text, bin) != 1)
		return false;
	memcpy(out, text, n + 1);
	return true;
}

/* The client's IP address in text ("-" when it is not IPv4): the peer's,
 * or, when the peer is the proxy named by --proxy, the one it forwards. */
static void client_address(const struct api_server *srv, struct MHD_Connection *conn, char out[INET6_ADDRSTRLEN])
{
	const union MHD_ConnectionInfo *ci = MHD_get_connection_info(conn, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
	snprintf(out, INET6_ADDRSTRLEN, "-");
	if (!ci || !ci->client_addr || ci->client_addr->sa_family != AF_INET)
		return;
	const struct in_addr *peer = &((const struct sockaddr_in *)ci->client_addr)->sin_addr;
	if (srv->proxied && peer->s_addr == srv->proxy.s_addr && forwarded_for(conn, out))
		return;
	inet_ntop(AF_INET, peer, out, INET6_ADDRSTRLEN);
}

static const char *cookie_value(struct MHD_Connection *c, const char *name)
{
	return MHD_lookup_connection_value(c, MHD_COOKIE_KIND, name);
}

static int authenticate(struct api_request *r)
{
	const char *auth = MHD_lookup_connection_value(r->conn, MHD_HEADER_KIND, "Authorization");
	if (auth) {
		if (strncasecmp(auth, "Bearer ", 7) != 0)
			return grip_fail(r->g, GRIP_EAUTH, NULL, "use Authorization: Bearer TOKEN");
		return grip_token_resolve(r->g, auth + 7);
	}
	const char *session = cookie_value(r->conn, "grip_session");
	if (!session)
		return grip_fail(r->g, GRIP_EAUTH, NULL, "sign in, or send Authorization: Bearer TOKEN");
	const char *csrf = NULL;
	if (grip_session_resolve(r->g, session, &csrf) < 0)
		return -1;
	r->session = session;
	r->csrf = csrf;
	if (strcmp(r->method, "GET") != 0 && strcmp(r->method, "HEAD") != 0) {
		const char *sent = MHD_lookup_connection_value(r->conn, MHD_HEADER_KIND, "X-CSRF-Token");
		if (!sent || !csrf || strlen(sent) != strlen(csrf) ||
		    sodium_memcmp(sent, csrf, strlen(csrf)) != 0)
			return grip_fail(r->g, GRIP_EPERM, "csrf", "the X-CSRF-Token header is missing or wrong");
	}
	return 0;
}

/* ---- password hashes: on the hash pool, then the writer ---- */

/* A sign-in whose connection is suspended: the pool runs the hash, then
 * hands the outcome to the writer, whose end resumes the connection. */
struct hashing {
	struct hashpool_job job; /* first: the pool hands this back */
	struct grip_signin *attempt;
	struct writer *writer;
	struct writer_job *write; /* its part stores the outcome */
	bool busy;                /* the pool was full: nothing ran */
};

static void hash_run(struct hashpool_job *job)
{
	struct hashing *h = (struct hashing *)job;
	grip_signin_verify(h->attempt);
	writer_submit(h->writer, h->write); /* its end resumes the connection */
}

static void write_finished(void *conn);

/* Suspends the connection and queues the hash; when the pool is full the
 * connection is resumed at once with h->busy set. */
static void hash_start(struct api_server *srv, struct hashing *h, struct MHD_Connection *conn)
{
	h->job.run = hash_run;
	h->writer = &srv->writer;
	h->write->finished = write_finished;
	h->write->finished_arg = conn;
	MHD_suspend_connection(conn); /* first, so the resume cannot come before it */
	if (!hashpool_submit(&srv->hashpool, &h->job)) {
		h->busy = true;
		MHD_resume_connection(conn);
	}
}

/* The outcome of a sign-in that was suspended: the write's, or busy. */
static int hash_result(struct hashing *h, struct grip *g)
{
	if (!h->busy)
		return writer_result(h->write);
	grip_fail(g, GRIP_EBUSY, NULL, "many people are signing in at once; try again in a moment");
	g->err.retry_after = 1;
	return -1;
}

/* ---- dispatch ---- */

/* For PATCH with If-Match: the current representation, from the GET route
 * of the same path, must carry that tag. */
static int check_if_match(struct api_request *r)
{
	const char *want = MHD_lookup_connection_value(r->conn, MHD_HEADER_KIND, "If-Match");
	if (!want || strcmp(r->method, "PATCH") != 0)
		return 0;
	const struct api_route *patch = r->route;
	struct api_request get = *r;
	get.method = "GET";
	get.body = NULL;
	get.result = NULL;
	get.json_text = NULL;
	int rc = api_match("GET", r->path, &get) != 0 ? -1 : get.route->handler(&get);
	char tag[36];
	if (get.json_text)
		etag_of_text(get.json_text, tag);
	else if (rc == 0)
		etag_of(get.result, tag);
	free(get.json_text);
	json_decref(get.result);
	if (rc < 0)
		return -1;
	r->route = patch;
	if (strcmp(want, "*") != 0 && strstr(want, tag) == NULL)
		return grip_fail(r->g, GRIP_ESTALE, "If-Match",
				 "it has changed since you read it; read it again and reapply your change");
	return 0;
}

static int run_route(struct api_request *r)
{
	if (!(r->route->flags & ROUTE_PUBLIC) && authenticate(r) < 0)
		return -1;
	if (api_org_check(r) < 0 || check_if_match(r) < 0)
		return -1;
	return r->route->handler(r);
}


static int signin_part(void *r)
{
	return api_signin_store(r);
}

/* ---- the read cache ---- */

static enum MHD_Result hash_arg(void *cls, enum MHD_ValueKind kind, const char *key, const char *value)
{
	(void)kind;
	crypto_generichash_state *st = cls;
	crypto_generichash_update(st, (const unsigned char *)key, strlen(key) + 1);
	if (value)
		crypto_generichash_update(st, (const unsigned char *)value, strlen(value) + 1);
	else
		crypto_generichash_update(st, (const unsigned char *)"", 0);
	return MHD_YES;
}

/* The key of a GET's answer: a digest of what it depends on, the bearer
 * credential, the path, the query and the quarter of an hour (slot): what
 * an answer says changes when the org's day does, every time zone's
 * midnight falls on a quarter of an hour of UTC, and the org and its zone
 * are not known yet. Answers to cookie sessions are not kept: a session
 * ends by the clock, not by a change of data. */
static bool cache_key(struct MHD_Connection *conn, const struct api_route *route, const char *url,
		      int32_t slot, unsigned char key[CACHE_KEY])
{
	const char *auth = MHD_lookup_connection_value(conn, MHD_HEADER_KIND, "Authorization");
	if (!auth && !(route->flags & ROUTE_PUBLIC))
		return false;
	crypto_generichash_state st;
	crypto_generichash_init(&st, NULL, 0, CACHE_KEY);
	crypto_generichash_update(&st, (const unsigned char *)url, strlen(url) + 1);
	if (auth && !(route->flags & ROUTE_PUBLIC))
		crypto_generichash_update(&st, (const unsigned char *)auth, strlen(auth) + 1);
	crypto_generichash_update(&st, (const unsigned char *)&slot, sizeof slot);
	MHD_get_connection_values(conn, MHD_GET_ARGUMENT_KIND, hash_arg, &st);
	crypto_generichash_final(&st, key, CACHE_KEY);
	return true;
}

/* What a request needs of the server beside its route. */
struct exchange {
	struct api_server *srv;
	struct grip *g;
	struct api_request *r;
	bool cacheable;
	unsigned char key[CACHE_KEY];
	int64_t seen; /* the newest change its transaction sees */
	struct cache_hit hit;
	bool from_cache;
};

/* fn(arg) in one read transaction on a pooled connection. */
static int in_read(struct api_server *srv, struct grip *g, int (*fn)(void *), void *arg)
{
	char err[600];
	struct pooled pc;
	bool unreachable;
	if (!pool_take(&srv->pool, &pc, err, sizeof err, &unreachable))
		return unreachable ? grip_unavailable(g) : grip_fail(g, GRIP_ESTORE, NULL, "%s", err);
	g->store = pc.store;
	int rc = grip_begin(g, false);
	if (rc == 0) {
		rc = fn(arg);
		if (rc == 0)
			rc = grip_commit(g);
		else
			grip_rollback(g);
	}
	pool_give(&srv->pool, &pc);
	return rc;
}

/* The cache hears of every change up to the newest this transaction sees
 * (ours, another server's, the CLI's: all of them write the change log),
 * once: the first reader to find the log ahead applies its rows. */
static int catch_up(struct exchange *x)
{
	struct api_cache *c = &x->srv->cache;
	int64_t after = cache_applied(c);
	if (grip_changes_latest(x->g, &x->seen) < 0)
		return -1;
	if (after >= 0 && x->seen <= after)
		return 0;
	struct grip_change *rows = NULL;
	size_t n = 0;
	bool complete = true;
	if (after >= 0 && grip_changes_since(x->g, after, x->seen, &rows, &n, &complete) < 0)
		return -1;
	cache_apply(c, after, x->seen, rows, n, complete);
	return 0;
}

/* A GET whose answer is kept is answered from the cache; other reads (and
 * sign-in) run their route. A route whose answer holds only the objectives
 * it loads (ROUTE_SCOPED) has them collected, for its entry's tags. */
static int read_part(void *arg)
{
	struct exchange *x = arg;
	if (x->cacheable && catch_up(x) < 0)
		x->cacheable = false; /* the log cannot be read: neither take nor keep */
	x->from_cache = x->cacheable && cache_get(&x->srv->cache, x->key, &x->hit);
	if (x->from_cache)
		return 0;
	if (x->cacheable && (x->r->route->flags & ROUTE_SCOPED))
		grip_held_begin(x->g);
	return run_route(x->r);
}

static int run_read(struct exchange *x)
{
	return in_read(x->srv, x->g, read_part, x);
}

/* ---- the web face's host: its transactions, over the same pool and writer ---- */

static int host_read(void *ctx, struct grip *g, int (*fn)(void *), void *arg)
{
	return in_read(ctx, g, fn, arg);
}

static int host_write(void *ctx, struct grip *g, int (*fn)(void *), void *arg)
{
	struct api_server *srv = ctx;
	return writer_run(&srv->writer, g, fn, arg);
}

static enum MHD_Result send_web(struct MHD_Connection *c, struct req_state *s, const struct web_response *w)
{
	struct MHD_Response *resp = MHD_create_response_from_buffer(
		w->len, w->body, w->constant || !w->body ? MHD_RESPMEM_PERSISTENT : MHD_RESPMEM_MUST_FREE);
	if (!resp) {
		if (!w->constant)
			free(w->body);
		return MHD_NO;
	}
	if (w->type)
		MHD_add_response_header(resp, "Content-Type", w->type);
	MHD_add_response_header(resp, "Cache-Control", w->cache ? w->cache : "no-store");
	MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
	if (w->type && strncmp(w->type, "text/html", 9) == 0) {
		MHD_add_response_header(resp, "Content-Security-Policy",
					"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
					"form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
		MHD_add_response_header(resp, "Referrer-Policy", "same-origin");
		MHD_add_response_header(resp, "X-Frame-Options", "DENY");
	}
	if (w->location)
		MHD_add_response_header(resp, "Location", w->location);
	if (w->set_cookie)
		MHD_add_response_header(resp, "Set-Cookie", w->set_cookie);
	retry_after(resp, w->retry_after);
	if (w->etag)
		MHD_add_response_header(resp, "ETag", w->etag);
	enum MHD_Result rc = MHD_queue_response(c, (unsigned)w->status, resp);
	MHD_destroy_response(resp);
	s->status = w->status;
	s->bytes = w->len;
	s->answered = true;
	return rc;
}

static bool is_api(const char *url)
{
	return strncmp(url, "/api/", 5) == 0 || strcmp(url, "/healthz") == 0;
}

/* A refusal of the web face: the status and a line of plain text. */
static enum MHD_Result send_web_refusal(struct MHD_Connection *c, struct req_state *s, int status, const char *text)
{
	struct web_response w = { .status = status, .type = "text/plain; charset=utf-8", .body = (char *)text,
				  .len = strlen(text), .constant = true };
	return send_web(c, s, &w);
}

/* A web request and the memory of its answer: on the heap, because a
 * sign-in outlives the call that starts it. */
struct web_call {
	struct arena arena;
	struct hashing hashing;
	struct writer_job job;
	struct web_request *pending;
};

static void free_web_call(struct web_call *w)
{
	arena_release(&w->arena);
	free(w);
}

static enum MHD_Result answer_web(struct api_server *srv, struct MHD_Connection *conn, struct req_state *s,
				  const char *method, const char *url)
{
	if (s->too_large)
		return send_web_refusal(conn, s, 413, "The form is over 1 MiB.\n");
	struct web_call *call = s->web;
	struct web_response w;
	if (call) { /* resumed: the sign-in's hash and write are done */
		s->web = NULL;
		web_signin_answer(call->pending, hash_result(&call->hashing, call->pending->g), &w);
	} else {
		call = calloc(1, sizeof *call);
		if (!call)
			return send_error(conn, s, 500, "out_of_memory", NULL, "cannot take the request");
		char addr[INET6_ADDRSTRLEN];
		client_address(srv, conn, addr);
		web_answer(&srv->web, conn, &call->arena, srv->fixed_now ? srv->fixed_now : (int64_t)time(NULL), addr,
			   method, url, s->body.buf, s->body.len, &w);
		if (w.pending) {
			call->pending = w.pending;
			call->job = (struct writer_job){ .g = w.pending->g, .part = web_signin_store, .arg = w.pending };
			call->hashing = (struct hashing){ .attempt = w.pending->signin, .write = &call->job };
			s->web = call;
			hash_start(srv, &call->hashing, conn);
			return MHD_YES;
		}
	}
	enum MHD_Result rc = send_web(conn, s, &w);
	free_web_call(call);
	return rc;
}

/* One API request from its route to its answer. On the heap, because a
 * write outlives the call that starts it: the connection is suspended while
 * the writer works, and answered when it is resumed. */
struct api_call {
	struct arena arena;
	struct grip g;
	struct api_request r;
	struct exchange x;
	struct writer_job job;
	struct hashing hashing; /* a sign-in's, before its write */
	char address[INET6_ADDRSTRLEN];
};

static void free_call(struct api_call *c)
{
	json_decref(c->r.body);
	free(c->r.json_text);
	arena_release(&c->arena);
	free(c);
}

/* A write's credentials, read on a pooled connection before the write is
 * queued, as a read's are: the writer's job reads them again only when
 * they may have changed since (writer.h, writer_wide). */
static int authenticate_part(void *r)
{
	return authenticate(r);
}

/* A write's part, on the writer's connection. */
static int write_part(void *arg)
{
	struct api_call *c = arg;
	struct api_request *r = &c->r;
	if (!(r->route->flags & ROUTE_PUBLIC) && (!c->job.checked || c->job.recheck) && authenticate(r) < 0)
		return -1;
	if (api_org_check(r) < 0 || check_if_match(r) < 0)
		return -1;
	return r->route->handler(r);
}

/* The write is on the disk, or failed: the connection may go on. */
static void write_finished(void *conn)
{
	MHD_resume_connection(conn);
}

/* Keeps a read's answer, tagged with its org and, for a route whose answer
 * holds only the objectives it loaded, with those; else with anything of
 * its org. */
static void keep_answer(struct api_call *c, int status, const char *etag, const char *text)
{
	const int64_t *ids = NULL;
	size_t n = 0;
	bool precise = (c->r.route->flags & ROUTE_SCOPED) && grip_held(&c->g, &ids, &n);
	struct cache_tags t = { .org_id = c->g.org_id, .any = !precise, .objectives = ids, .n = n };
	cache_put(&c->x.srv->cache, c->x.key, c->x.seen, &t, status, etag, text, strlen(text));
}

/* The answer to a call that ran (rc from its route); frees the call. */
static enum MHD_Result respond(struct MHD_Connection *conn, struct req_state *s, struct api_call *c, int rc)
{
	struct api_request *r = &c->r;
	struct grip *g = &c->g;
	enum MHD_Result out;
	if (rc < 0) {
		int status = api_status_of(g->err.code);
		s->retry_after = g->err.retry_after;
		out = send_error_with(conn, s, status, api_code_of(g->err.code, status), g->err.field, g->err.message,
				      r->result);
		json_decref(r->result);
		if (c->x.from_cache) /* taken, then the transaction failed */
			cache_hit_done(c->x.hit.entry);
	} else if (c->x.from_cache) {
		out = send_kept(conn, s, &c->x.hit);
	} else if (r->no_content) {
		out = send_text(conn, s, 204, NULL, NULL, r->set_cookie, g);
	} else {
		char tag[36];
		/* The answer's text: another format's, the JSON written by the
		 * handler (taken over), or the result's dump. */
		bool object = r->json_text ? r->json_text[0] == '{' : json_is_object(r->result);
		char *text = r->text ? strdup(r->text) : r->json_text ? r->json_text : dump(r->result);
		if (text == r->json_text)
			r->json_text = NULL;
		bool tagged = text && !r->text && object && !(r->route->flags & ROUTE_LIST);
		/* A write's answer carries the coach's hints on what it wrote:
		 * advice, not the resource, so its tag is the resource's alone
		 * (the tag a GET gives, and If-Match compares). */
		json_t *hints = tagged && json_object_get(r->result, "id") ? json_object_get(r->result, "hints")
									   : NULL;
		if (hints) {
			json_incref(hints);
			json_object_del(r->result, "hints");
			etag_of(r->result, tag);
			json_decref(hints);
		} else if (tagged) {
			etag_of_text(text, tag);
		}
		json_decref(r->result);
		int status = r->status ? r->status : (r->route->flags & ROUTE_CREATE ? 201 : 200);
		if (text && c->x.cacheable && status == 200 && !r->set_cookie && !r->text)
			keep_answer(c, status, tagged ? tag : NULL, text);
		out = text && r->text ? send_typed(conn, s, status, text, r->content_type, NULL, r->set_cookie, g)
		    : text ? send_text(conn, s, status, text, tagged ? tag : NULL, r->set_cookie, g)
			   : send_error(conn, s, 500, "out_of_memory", NULL, "cannot build the answer");
	}
	free_call(c);
	return out;
}

static enum MHD_Result answer(struct api_server *srv, struct MHD_Connection *conn,
			      struct req_state *s, const char *method, const char *url)
{
	if (s->call) { /* resumed: the write is done */
		struct api_call *c = s->call;
		s->call = NULL;
		if (c->r.route->flags & ROUTE_SIGNIN) {
			int rc = hash_result(&c->hashing, &c->g);
			return respond(conn, s, c, rc < 0 ? rc : api_signin_answer(&c->r));
		}
		return respond(conn, s, c, writer_result(&c->job));
	}
	if (!is_api(url))
		return answer_web(srv, conn, s, method, url);
	if (s->too_large)
		return send_error(conn, s, 413, "too_large", NULL, "the request body is over 1 MiB");
	struct api_call *c = calloc(1, sizeof *c);
	if (!c)
		return send_error(conn, s, 500, "out_of_memory", NULL, "cannot take the request");
	c->arena = (struct arena)ARENA_INIT;
	grip_init(&c->g, NULL, &c->arena, srv->fixed_now ? srv->fixed_now : (int64_t)time(NULL));
	c->g.readers = srv->readers;
	client_address(srv, conn, c->address);
	c->r = (struct api_request){ .g = &c->g, .conn = conn, .method = method, .path = url, .server = srv,
				     .address = c->address };
	c->x = (struct exchange){ .srv = srv, .g = &c->g, .r = &c->r };
	struct api_request *r = &c->r;
	int m = api_match(method, url, r);
	if (m != 0) {
		free_call(c);
		return m == -2 ? send_error(conn, s, 405, "method_not_allowed", NULL, "that method is not allowed here")
			       : send_error(conn, s, 404, "not_found", NULL, "no such resource");
	}
	if ((r->route->flags & ROUTE_BODY) || ((r->route->flags & ROUTE_BODY_OPTIONAL) && s->body.len)) {
		json_error_t jerr;
		r->body = s->body.len ? json_loadb(s->body.buf, s->body.len, JSON_REJECT_DUPLICATES, &jerr) : NULL;
		if (!json_is_object(r->body)) {
			char msg[220];
			snprintf(msg, sizeof msg, "the body must be a JSON object%s%s",
				 r->body || !s->body.len ? "" : ": ", r->body || !s->body.len ? "" : jerr.text);
			free_call(c);
			return send_error(conn, s, 400, "malformed", NULL, msg);
		}
	}
	bool read = strcmp(method, "GET") == 0 || strcmp(method, "HEAD") == 0 ||
		    (r->route->flags & ROUTE_READS);
	if (r->route->flags & ROUTE_SIGNIN) {
		/* Its read here; then the hash and the write, suspended. */
		int rc = run_read(&c->x);
		if (rc < 0 || !r->signin)
			return respond(conn, s, c, rc);
		c->job = (struct writer_job){ .g = &c->g, .part = signin_part, .arg = r };
		c->hashing = (struct hashing){ .attempt = r->signin, .write = &c->job };
		s->call = c;
		hash_start(srv, &c->hashing, conn);
		return MHD_YES;
	}
	if (!read) {
		/* The writer's threads run it; this thread serves other
		 * connections meanwhile. Suspended first, so the resume cannot
		 * come before it. */
		c->job = (struct writer_job){ .g = &c->g, .part = write_part, .arg = c,
					      .finished = write_finished, .finished_arg = conn };
		if (!(r->route->flags & ROUTE_PUBLIC)) {
			/* Its credentials first, off the writer (a refusal never
			 * reaches it). */
			c->job.wide_seen = writer_wide(&srv->writer);
			int rc = in_read(srv, &c->g, authenticate_part, r);
			if (rc < 0)
				return respond(conn, s, c, rc);
			c->job.checked = true;
		}
		s->call = c;
		MHD_suspend_connection(conn);
		writer_submit(&srv->writer, &c->job);
		return MHD_YES;
	}
	c->x.cacheable = srv->cache.cap && strcmp(method, "GET") == 0 &&
			 cache_key(conn, r->route, url, (int32_t)(c->g.now / 900), c->x.key);
	return respond(conn, s, c, run_read(&c->x));
}

/* A request the guard refuses from its headers, answered before its body. */
static enum MHD_Result refuse(struct MHD_Connection *conn, struct req_state *s, const char *url, int status,
			      const char *why)
{
	guard_received(conn);
	if (!is_api(url)) {
		if (status == 413)
			return send_web_refusal(conn, s, 413, "The form is over 1 MiB.\n");
		char text[160];
		snprintf(text, sizeof text, "Refused: %s.\n", why);
		struct web_response w = { .status = status, .type = "text/plain; charset=utf-8", .body = strdup(text) };
		if (!w.body)
			return MHD_NO;
		w.len = strlen(w.body);
		return send_web(conn, s, &w);
	}
	const char *code = status == 413 ? "too_large"
			   : status == 414 ? "uri_too_long"
			   : status == 411 ? "length_required"
			   : status == 501 ? "not_implemented"
					   : "malformed";
	return send_error(conn, s, status, code, NULL, status == 413 ? "the request body is over 1 MiB" : why);
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *conn, const char *url,
				  const char *method, const char *version, const char *upload,
				  size_t *upload_size, void **state)
{
	(void)version;
	struct req_state *s = *state;
	if (!s) { /* the headers are in, no byte of the body read yet */
		s = calloc(1, sizeof *s);
		if (!s)
			return MHD_NO;
		size_t body_max = is_api(url) ? API_BODY_MAX : WEB_FORM_MAX;
		s->body = (struct sb)SB_INIT;
		sb_init(&s->body, body_max);
		clock_gettime(CLOCK_MONOTONIC, &s->start);
		snprintf(s->method, sizeof s->method, "%s", method);
		snprintf(s->path, sizeof s->path, "%s", url);
		*state = s;
		const char *why = NULL;
		int status = guard_check(conn, body_max, &why);
		return status ? refuse(conn, s, url, status, why) : MHD_YES;
	}
	if (*upload_size) {
		if (!s->too_large) {
			sb_add(&s->body, upload, *upload_size);
			if (s->body.failed) {
				s->too_large = true;
				sb_release(&s->body);
			}
		}
		*upload_size = 0;
		return MHD_YES;
	}
	if (s->answered)
		return MHD_YES;
	guard_received(conn); /* all of it is in: its deadline stops */
	return answer(cls, conn, s, method, url);
}

static void on_completed(void *cls, struct MHD_Connection *conn, void **state,
			 enum MHD_RequestTerminationCode code)
{
	struct api_server *srv = cls;
	guard_next(conn); /* a next request on this connection has its own deadline */
	struct req_state *s = *state;
	if (!s)
		return;
	struct timespec end;
	clock_gettime(CLOCK_MONOTONIC, &end);
	double ms = (double)(end.tv_sec - s->start.tv_sec) * 1e3 + (double)(end.tv_nsec - s->start.tv_nsec) / 1e6;
	char addr[INET6_ADDRSTRLEN];
	client_address(srv, conn, addr);
	char line[400];
	int n = snprintf(line, sizeof line, "%s \"%s %s\" %d %zu %.2fms%s%s\n", addr, s->method, s->path, s->status,
			 s->bytes, ms, s->kept ? " kept" : "",
			 code == MHD_REQUEST_TERMINATED_COMPLETED_OK ? "" : " (cut short)");
	if (n >= (int)sizeof line) { /* cannot be, with the lengths above: still a whole line */
		line[sizeof line - 2] = '\n';
		n = (int)sizeof line - 1;
	}
	if (n > 0)
		access_log_line(&srv->log, line, (size_t)n);
	if (s->call) /* its write finished, but it was not answered */
		free_call(s->call);
	if (s->web)
		free_web_call(s->web);
	sb_release(&s->body);
	free(s);
	*state = NULL;
}

static int parse_listen(const char *listen, struct sockaddr_in *addr)
{
	char host[64];
	const char *colon = strrchr(listen, ':');
	int64_t port;
	if (!colon || (size_t)(colon - listen) >= sizeof host || !parse_i64(colon + 1, &port) || port < 0 ||
	    port > 65535)
		return -1;
	memcpy(host, listen, (size_t)(colon - listen));
	host[colon - listen] = '\0';
	memset(addr, 0, sizeof *addr);
	addr->sin_family = AF_INET;
	addr->sin_port = htons((uint16_t)port);
	if (strcmp(host, "localhost") == 0)
		snprintf(host, sizeof host, "127.0.0.1");
	return inet_pton(AF_INET, host, &addr->sin_addr) == 1 ? 0 : -1;
}

#define OPEN_RETRY_SECONDS 2

/* A connection for the server's start. While the database server cannot
 * be reached (it is down, or still starting) the server waits for it,
 * trying every OPEN_RETRY_SECONDS, and says so once; any other refusal,
 * or SIGTERM/SIGINT meanwhile (blocked: taken here), ends the start. */
static struct store *open_at_start(const char *path, const sigset_t *stop, char *err, size_t errlen)
{
	bool said = false, unreachable;
	for (;;) {
		struct store *s = store_open_reach(path, false, err, errlen, &unreachable);
		if (s && said)
			fprintf(stderr, "grip: the database can be reached: starting\n");
		if (s || !unreachable)
			return s;
		if (!said)
			fprintf(stderr, "grip: %s\ngrip: waiting for the database, trying again every %d seconds\n", err,
				OPEN_RETRY_SECONDS);
		said = true;
		struct timespec wait = { .tv_sec = OPEN_RETRY_SECONDS };
		if (sigtimedwait(stop, NULL, &wait) > 0) {
			snprintf(err, errlen, "stopped while waiting for the database");
			return NULL;
		}
	}
}

int api_serve(const struct api_options *o)
{
	struct sockaddr_in addr;
	if (parse_listen(o->listen, &addr) < 0) {
		fprintf(stderr, "grip: --listen: expected HOST:PORT with an IPv4 host, not %s\n", o->listen);
		return 2;
	}
	sigset_t stop;
	sigemptyset(&stop);
	sigaddset(&stop, SIGINT);
	sigaddset(&stop, SIGTERM);
	pthread_sigmask(SIG_BLOCK, &stop, NULL); /* the server's threads inherit this */
	/* Open once up front: migrations run here, and a bad file fails now. */
	char err[600];
	struct store *first = open_at_start(o->db_path, &stop, err, sizeof err);
	if (!first) {
		fprintf(stderr, "grip: %s\n", err);
		return 1;
	}
	struct store *writes = open_at_start(o->db_path, &stop, err, sizeof err);
	if (!writes) {
		fprintf(stderr, "grip: %s\n", err);
		store_close(first);
		return 1;
	}
	store_cache_kib(first, READER_CACHE_KIB);
	store_cache_kib(writes, WRITER_CACHE_KIB);
	/* glibc gives each thread its own heap; a few shared ones keep the
	 * memory of big answers from piling up across sixteen threads. Freed
	 * memory is kept up to a few MiB rather than handed back to the
	 * system after each request: giving it back (madvise) and taking it
	 * again (page faults) cost the writer a tenth of its time, and the
	 * high-water mark is the same either way. Blocks of 128 KiB and more
	 * (the text of long lists) keep coming from mmap and go back at once:
	 * kept in the heaps, they raised the high-water mark by a tenth. */
	mallopt(M_ARENA_MAX, 2);
	mallopt(M_TRIM_THRESHOLD, 4 << 20);
	mallopt(M_MMAP_THRESHOLD, 128 << 10);
	struct api_server srv = { .fixed_now = 0 };
	if (o->proxy && inet_pton(AF_INET, o->proxy, &srv.proxy) != 1) {
		fprintf(stderr, "grip: --proxy: expected an IPv4 address, not %s\n", o->proxy);
		store_close(writes);
		store_close(first);
		return 2;
	}
	srv.proxied = o->proxy != NULL;
	signal(SIGPIPE, SIG_IGN);
	/* The writer takes the fsync of its commits itself, beside its work. */
	if (store_defer_sync(writes) != STORE_OK) {
		fprintf(stderr, "grip: %s\n", store_errmsg(writes));
		store_close(writes);
		store_close(first);
		return 1;
	}
	if (checkpointer_start(&srv.checkpointer, o->db_path, writes, err, sizeof err) < 0) {
		fprintf(stderr, "grip: %s\n", err);
		store_close(writes);
		store_close(first);
		return 1;
	}
	if (cache_init(&srv.cache, o->cache_bytes) < 0 || writer_start(&srv.writer, writes) < 0) {
		fprintf(stderr, "grip: out of memory\n");
		cache_release(&srv.cache);
		checkpointer_stop(&srv.checkpointer);
		store_close(writes);
		store_close(first);
		return 1;
	}
	if (hashpool_start(&srv.hashpool, HASH_THREADS, HASH_WAITING) < 0) {
		fprintf(stderr, "grip: cannot start the password-hashing threads\n");
		writer_stop(&srv.writer);
		checkpointer_stop(&srv.checkpointer);
		cache_release(&srv.cache);
		store_close(writes);
		store_close(first);
		return 1;
	}
	if (access_log_start(&srv.log, STDERR_FILENO) < 0) {
		fprintf(stderr, "grip: cannot start the access log's thread\n");
		hashpool_stop(&srv.hashpool);
		writer_stop(&srv.writer);
		checkpointer_stop(&srv.checkpointer);
		cache_release(&srv.cache);
		store_close(writes);
		store_close(first);
		return 1;
	}
	web_asset_tags(srv.css_tag, srv.js_tag, srv.icon_tag);
	srv.web = (struct web_host){ .ctx = &srv, .read = host_read, .write = host_write,
				     .css_tag = srv.css_tag, .js_tag = srv.js_tag, .icon_tag = srv.icon_tag };
	pthread_mutex_init(&srv.pool.mu, NULL);
	pthread_cond_init(&srv.pool.cv, NULL);
	/* Reads are bound by the CPUs: a few connections serve them, while the
	 * threads beyond wait on commits and make group commit's batches. */
	srv.pool.max = (size_t)(o->threads < readers_max() ? o->threads : readers_max()) + 1;
	srv.pool.free = calloc(srv.pool.max, sizeof *srv.pool.free);
	srv.pool.path = o->db_path;
	srv.pool.free[srv.pool.nfree++] = (struct pooled){ .store = first };
	srv.pool.made = 1;
	const char *fake = getenv("GRIP_NOW");
	if (fake && *fake && grip_parse_now(fake, &srv.fixed_now) < 0) {
		fprintf(stderr, "grip: GRIP_NOW is not an ISO date or date-time\n");
		return 2;
	}

	/* The coach reads what people write with a reader loaded once per
	 * locale, by the first request that needs it. */
	srv.readers = coach_readers_new();
	srv.web.readers = srv.readers;

	/* The guard decides which connections come in. MHD's own cap sits a
	 * little above the guard's: MHD splits it among the pool's threads,
	 * and one thread at its share stops accepting. */
	struct guard *guard = guard_start(&(struct guard_limits){ .max_connections = (unsigned)o->max_connections,
								   .per_client = (unsigned)o->per_client,
								   .request_seconds = (unsigned)o->request_seconds });
	struct MHD_Daemon *d = !guard ? NULL : MHD_start_daemon(
		MHD_USE_EPOLL_INTERNAL_THREAD | MHD_USE_ITC | MHD_ALLOW_SUSPEND_RESUME | MHD_USE_ERROR_LOG, 0, guard_accept, guard, on_request,
		&srv, MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&addr, MHD_OPTION_THREAD_POOL_SIZE,
		(unsigned)o->threads, MHD_OPTION_CONNECTION_LIMIT, (unsigned)(o->max_connections + 8 * o->threads),
		MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)o->timeout_seconds,
		MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)64 * 1024, MHD_OPTION_NOTIFY_COMPLETED,
		on_completed, &srv, MHD_OPTION_NOTIFY_CONNECTION, guard_connection, guard,
		MHD_OPTION_URI_LOG_CALLBACK, guard_uri, guard, MHD_OPTION_END);
	if (!d) {
		fprintf(stderr, "grip: cannot listen on %s\n", o->listen);
		access_log_stop(&srv.log);
		guard_stop(guard);
		store_close(first);
		hashpool_stop(&srv.hashpool);
		writer_stop(&srv.writer);
		checkpointer_stop(&srv.checkpointer);
		store_close(writes);
		cache_release(&srv.cache);
		free(srv.pool.free);
		coach_readers_free(srv.readers);
		return 1;
	}
	const union MHD_DaemonInfo *info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
	char host[INET_ADDRSTRLEN];
	inet_ntop(AF_INET, &addr.sin_addr, host, sizeof host);
	printf("grip: listening on http://%s:%u\n", host, info ? (unsigned)info->port : 0u);
	fflush(stdout);

	int sig = 0;
	bool side = o->side_start && o->side_start(o->side_ctx) == 0;
	if (!o->side_start || side)
		sigwait(&stop, &sig);
	else
		sig = SIGTERM;
	access_log_flush(&srv.log); /* what came before the stop, first */
	fprintf(stderr, "grip: %s: finishing requests in flight\n", sig == SIGINT ? "interrupted" : "stopping");
	if (side && o->side_stop)
		o->side_stop(o->side_ctx);
	MHD_socket listener = MHD_quiesce_daemon(d);
	if (listener != MHD_INVALID_SOCKET)
		close(listener);
	for (int i = 0; i < 100; i++) { /* up to 10 s for open connections to finish */
		const union MHD_DaemonInfo *n = MHD_get_daemon_info(d, MHD_DAEMON_INFO_CURRENT_CONNECTIONS);
		if (!n || n->num_connections == 0)
			break;
		nanosleep(&(struct timespec){ .tv_nsec = 100 * 1000 * 1000 }, NULL);
	}
	/* Hashes and writes still queued finish and resume their connections
	 * before the daemon closes them: none is left suspended. A hash hands
	 * its outcome to the writer, so the pool stops first. */
	hashpool_stop(&srv.hashpool);
	writer_stop(&srv.writer);
	checkpointer_stop(&srv.checkpointer); /* the writer's last commits stay in the log until closed */
	MHD_stop_daemon(d);
	access_log_stop(&srv.log); /* no request is left to log */
	guard_stop(guard);
	for (size_t i = 0; i < srv.pool.nfree; i++)
		store_close(srv.pool.free[i].store);
	free(srv.pool.free);
	fprintf(stderr, "grip: %llu writes in %llu commits, %llu fsyncs\n",
		(unsigned long long)atomic_load(&srv.writer.writes),
		(unsigned long long)atomic_load(&srv.writer.commits),
		(unsigned long long)atomic_load(&srv.writer.syncs));
	fprintf(stderr, "grip: %llu writes read their credentials again in the writer\n",
		(unsigned long long)atomic_load(&srv.writer.rechecks));
	store_close(writes);
	cache_release(&srv.cache);
	coach_readers_free(srv.readers);
	fprintf(stderr, "grip: stopped\n");
	return o->side_start && !side ? 1 : 0; /* the work beside it could not start */
}
