/*
 * guard.c — connection limits, request deadlines and early checks for
 * `grip serve` (see guard.h; docs/api.md, "Limits").
 *
 * What libmicrohttpd 0.9.75 (Debian 12) gives, and what is done here:
 *  - MHD_OPTION_CONNECTION_TIMEOUT is an inactivity timeout: every byte
 *    received restarts it, so a client sending a header line every few
 *    seconds holds its connection for ever. MHD has no absolute deadline.
 *    Here each connection carries one: the whole request (line, headers
 *    and body) must be in within request_seconds of the accept, or of the
 *    previous answer on a kept-alive connection. A reaper thread shuts
 *    down the socket of a connection past it (shutdown(2), never close(2):
 *    MHD owns the descriptor, and it is not closed before MHD's
 *    NOTIFY_CONNECTION "closed" callback returns, which takes our lock, so
 *    the descriptor the reaper shuts down is always still this
 *    connection's). MHD then reads the end of the stream and closes.
 *  - MHD_OPTION_PER_IP_CONNECTION_LIMIT caps one address, but knows no
 *    share kept for new clients. The accept policy callback here does
 *    both, counting per address itself. It runs before MHD builds the
 *    connection; the count is taken there (as "pending") so that workers
 *    accepting at the same moment cannot pass the cap together, and
 *    becomes "open" when MHD reports the connection started. A pending
 *    count never claimed (MHD failed to build the connection) is dropped
 *    after two seconds.
 *  - The access handler is first called when the headers are complete,
 *    before any byte of the body is handed over (bytes that came in the
 *    same packets as the headers may sit in MHD's buffer; none is waited
 *    for); it sees every header line, repeated names as separate entries. MHD 0.9.75 itself takes the first
 *    Content-Length of several, and ignores Content-Length when
 *    Transfer-Encoding is present; it never shows the application a
 *    chunk's size, only the decoded bytes as they come. So framing is
 *    judged here at that first call (guard_check), and a response queued
 *    then makes MHD skip the body and close the connection after the
 *    answer.
 *  - MHD parses the query's parameters into the connection's 64 KiB pool
 *    while reading the request line; when the pool runs out it queues its
 *    own 431 but carries on (0.9.75 ignores the failure) and the client
 *    waits for the inactivity timeout. The URI log callback runs just
 *    before that parse, on the request line in MHD's own read buffer:
 *    when the target is refused, it ends the query there (a NUL after the
 *    '?'), so MHD parses none, and guard_check answers 414.
 */
#include "api/guard.h"

#include <netinet/in.h>
#include <pthread.h>
#include <sodium.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/resource.h>
#include <time.h>

#define KEY_LEN 9          /* family, then an IPv4 address or an IPv6 /64 */
#define TICK_MS 100        /* how often the reaper looks */
#define PENDING_MS 2000    /* an accept not started by MHD within this is forgotten */
#define SUMMARY_MS 10000   /* refusals and cuts are logged at most this often */

/* One client address with connections open or being opened. */
struct client {
	struct client *next;
	unsigned char key[KEY_LEN];
	unsigned open;
	unsigned pending; /* passed the accept policy, not yet started by MHD */
	int64_t pending_at;
};

/* One open connection: MHD's socket context. */
struct conn {
	struct conn *prev, *next;
	struct guard *g;
	struct client *client;
	int fd;
	int64_t deadline; /* ms, monotonic; 0: none running */
	/* Set by the URI callback for the current request; read by guard_check
	 * on the same thread, so not under the lock. */
	int refuse;
	const char *why;
};

struct totals {
	unsigned long accepted, per_client, reserve, full, cut;
};

struct guard {
	struct guard_limits l;
	unsigned reserve_from; /* from this many open, the reserve rule applies */
	int64_t request_ms;
	pthread_mutex_t mu;
	pthread_cond_t cv;
	pthread_t reaper;
	bool stop;
	unsigned char hash_key[crypto_shorthash_KEYBYTES];
	struct client **buckets;
	size_t nbuckets; /* a power of two */
	unsigned open, pending, clients;
	struct conn *conns;
	struct totals all, shown; /* since the start; as of the last summary */
	int64_t summary_at, expired_at;
};

static int64_t now_ms(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (int64_t)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

/* The key of an address: IPv4 (IPv4-mapped IPv6 too) whole, IPv6 by its
 * /64, the prefix one host or one home usually has. */
static void key_of(const struct sockaddr *sa, unsigned char key[KEY_LEN])
{
	memset(key, 0, KEY_LEN);
	if (!sa)
		return;
	if (sa->sa_family == AF_INET) {
		key[0] = 4;
		memcpy(key + 1, &((const struct sockaddr_in *)(const void *)sa)->sin_addr, 4);
	} else if (sa->sa_family == AF_INET6) {
		const struct in6_addr *a = &((const struct sockaddr_in6 *)(const void *)sa)->sin6_addr;
		if (IN6_IS_ADDR_V4MAPPED(a)) {
			key[0] = 4;
			memcpy(key + 1, a->s6_addr + 12, 4);
		} else {
			key[0] = 6;
			memcpy(key + 1, a->s6_addr, 8);
		}
	}
}

/* Keyed (SipHash): addresses are the client's choice, the buckets not. */
static struct client **bucket_of(struct guard *g, const unsigned char key[KEY_LEN])
{
	unsigned char h[crypto_shorthash_BYTES];
	crypto_shorthash(h, key, KEY_LEN, g->hash_key);
	uint64_t v;
	memcpy(&v, h, sizeof v);
	return &g->buckets[v & (g->nbuckets - 1)];
}

static struct client *client_find(struct guard *g, const unsigned char key[KEY_LEN], bool create)
{
	struct client **b = bucket_of(g, key);
	for (struct client *c = *b; c; c = c->next)
		if (memcmp(c->key, key, KEY_LEN) == 0)
			return c;
	if (!create)
		return NULL;
	struct client *c = calloc(1, sizeof *c);
	if (!c)
		return NULL;
	memcpy(c->key, key, KEY_LEN);
	c->next = *b;
	*b = c;
	g->clients++;
	return c;
}

/* Forgets an address holding nothing. */
static void client_drop_idle(struct guard *g, struct client *c)
{
	if (c->open || c->pending)
		return;
	for (struct client **p = bucket_of(g, c->key); *p; p = &(*p)->next)
		if (*p == c) {
			*p = c->next;
			free(c);
			g->clients--;
			return;
		}
}

static struct conn *conn_of(struct MHD_Connection *c)
{
	const union MHD_ConnectionInfo *i = MHD_get_connection_info(c, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
	return i ? i->socket_context : NULL;
}

/* ---- at accept ---- */

enum MHD_Result guard_accept(void *cls, const struct sockaddr *addr, socklen_t len)
{
	(void)len;
	struct guard *g = cls;
	unsigned char key[KEY_LEN];
	key_of(addr, key);
	enum MHD_Result ok = MHD_NO;
	pthread_mutex_lock(&g->mu);
	struct client *c = client_find(g, key, true);
	if (c) {
		unsigned held = c->open + c->pending, total = g->open + g->pending;
		if (g->l.per_client && held >= g->l.per_client) {
			g->all.per_client++;
		} else if (total >= g->l.max_connections) {
			g->all.full++;
		} else if (total >= g->reserve_from && held >= GUARD_FEW) {
			g->all.reserve++;
		} else {
			c->pending++;
			c->pending_at = now_ms();
			g->pending++;
			g->all.accepted++;
			ok = MHD_YES;
		}
		client_drop_idle(g, c);
	}
	pthread_mutex_unlock(&g->mu);
	return ok;
}

void guard_connection(void *cls, struct MHD_Connection *c, void **socket_context,
		      enum MHD_ConnectionNotificationCode code)
{
	struct guard *g = cls;
	if (code == MHD_CONNECTION_NOTIFY_STARTED) {
		*socket_context = NULL;
		const union MHD_ConnectionInfo *a = MHD_get_connection_info(c, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
		const union MHD_ConnectionInfo *f = MHD_get_connection_info(c, MHD_CONNECTION_INFO_CONNECTION_FD);
		struct conn *k = calloc(1, sizeof *k);
		if (!k || !a || !f) { /* unguarded; its pending count lapses */
			free(k);
			return;
		}
		unsigned char key[KEY_LEN];
		key_of(a->client_addr, key);
		k->fd = f->connect_fd;
		pthread_mutex_lock(&g->mu);
		struct client *cl = client_find(g, key, true);
		if (!cl) {
			pthread_mutex_unlock(&g->mu);
			free(k);
			return;
		}
		if (cl->pending) {
			cl->pending--;
			g->pending--;
		}
		cl->open++;
		g->open++;
		k->g = g;
		k->client = cl;
		k->deadline = now_ms() + g->request_ms;
		k->next = g->conns;
		if (g->conns)
			g->conns->prev = k;
		g->conns = k;
		pthread_mutex_unlock(&g->mu);
		*socket_context = k;
	} else if (code == MHD_CONNECTION_NOTIFY_CLOSED) {
		struct conn *k = *socket_context;
		if (!k)
			return;
		pthread_mutex_lock(&g->mu);
		if (k->prev)
			k->prev->next = k->next;
		else
			g->conns = k->next;
		if (k->next)
			k->next->prev = k->prev;
		k->client->open--;
		g->open--;
		client_drop_idle(g, k->client);
		pthread_mutex_unlock(&g->mu);
		free(k);
		*socket_context = NULL;
	}
}

/* ---- per request ---- */

void *guard_uri(void *cls, const char *uri, struct MHD_Connection *c)
{
	(void)cls;
	struct conn *k = conn_of(c);
	const char *q = strchr(uri, '?');
	size_t params = 0;
	if (q) {
		params = 1;
		for (const char *p = q + 1; *p; p++)
			params += *p == '&';
	}
	int refuse = 0;
	const char *why = NULL;
	if (strlen(uri) > GUARD_URI_MAX) {
		refuse = 414;
		why = "the request target is over 8 KiB";
	} else if (params > GUARD_QUERY_MAX) {
		refuse = 414;
		why = "the query has more than 64 parameters";
	}
	/* The line lies in MHD's read buffer, which MHD itself cuts at the
	 * '?' right after this call and then parses from the byte after it:
	 * ending the string there leaves it nothing to parse (see the top). */
	if (refuse && q)
		((char *)q)[1] = '\0';
	if (k) {
		k->refuse = refuse;
		k->why = why;
	}
	return NULL;
}

struct framing {
	unsigned lengths, codings;
	const char *length, *coding;
};

static enum MHD_Result framing_header(void *cls, enum MHD_ValueKind kind, const char *key, const char *value)
{
	(void)kind;
	struct framing *f = cls;
	if (!key)
		return MHD_YES;
	if (strcasecmp(key, "Content-Length") == 0) {
		f->lengths++;
		f->length = value;
	} else if (strcasecmp(key, "Transfer-Encoding") == 0) {
		f->codings++;
		f->coding = value;
	}
	return MHD_YES;
}

int guard_check(struct MHD_Connection *c, size_t body_max, const char **why)
{
	struct conn *k = conn_of(c);
	if (k && k->refuse) {
		*why = k->why;
		return k->refuse;
	}
	struct framing f = { 0 };
	MHD_get_connection_values(c, MHD_HEADER_KIND, framing_header, &f);
	if (f.lengths && f.codings) {
		*why = "Content-Length and Transfer-Encoding together";
		return 400;
	}
	if (f.lengths > 1) {
		*why = "Content-Length more than once";
		return 400;
	}
	if (f.codings) {
		if (f.codings == 1 && f.coding && strcasecmp(f.coding, "chunked") == 0) {
			*why = "send the body with a Content-Length; a chunked body is not taken";
			return 411;
		}
		*why = "no transfer coding is taken; send the body with a Content-Length";
		return 501;
	}
	if (f.lengths) {
		const char *p = f.length ? f.length : "";
		uint64_t n = 0;
		if (!*p) {
			*why = "Content-Length is not a number";
			return 400;
		}
		for (; *p; p++) {
			if (*p < '0' || *p > '9') {
				*why = "Content-Length is not a number";
				return 400;
			}
			if (n > body_max) /* no overflow: stop counting past the cap */
				break;
			n = n * 10 + (uint64_t)(*p - '0');
		}
		if (n > body_max) {
			*why = "the body is over the limit";
			return 413;
		}
	}
	return 0;
}

/* Deadlines are read by the reaper under the lock. */
static void set_deadline(struct MHD_Connection *c, bool run)
{
	struct conn *k = conn_of(c);
	if (!k)
		return;
	struct guard *g = k->g;
	pthread_mutex_lock(&g->mu);
	k->deadline = run ? now_ms() + g->request_ms : 0;
	pthread_mutex_unlock(&g->mu);
}

void guard_received(struct MHD_Connection *c)
{
	set_deadline(c, false);
}

void guard_next(struct MHD_Connection *c)
{
	set_deadline(c, true);
}

/* ---- the reaper ---- */

static void print_totals(const char *what, const struct totals *t, const struct guard *g)
{
	fprintf(stderr,
		"grip: %s: %lu connections accepted, %lu refused (%lu over the per-client cap, %lu in the reserve, "
		"%lu at --max-connections), %lu cut at the request deadline; open now: %u, from %u client addresses\n",
		what, t->accepted, t->per_client + t->reserve + t->full, t->per_client, t->reserve, t->full, t->cut,
		g->open, g->clients);
}

/* Drops pending counts MHD never claimed (it failed to build the
 * connection after the policy let it in). */
static void expire_pending(struct guard *g, int64_t now)
{
	for (size_t i = 0; i < g->nbuckets; i++) {
		struct client **p = &g->buckets[i];
		while (*p) {
			struct client *c = *p;
			if (c->pending && now - c->pending_at > PENDING_MS) {
				g->pending -= c->pending;
				c->pending = 0;
			}
			if (!c->open && !c->pending) {
				*p = c->next;
				free(c);
				g->clients--;
			} else {
				p = &c->next;
			}
		}
	}
}

static void *reaper(void *arg)
{
	struct guard *g = arg;
	pthread_mutex_lock(&g->mu);
	while (!g->stop) {
		int64_t now = now_ms();
		for (struct conn *k = g->conns; k; k = k->next)
			if (k->deadline && now >= k->deadline) {
				shutdown(k->fd, SHUT_RDWR);
				k->deadline = 0;
				g->all.cut++;
			}
		if (now - g->expired_at >= 1000) {
			expire_pending(g, now);
			g->expired_at = now;
		}
		if (now - g->summary_at >= SUMMARY_MS) {
			struct totals d = {
				.accepted = g->all.accepted - g->shown.accepted,
				.per_client = g->all.per_client - g->shown.per_client,
				.reserve = g->all.reserve - g->shown.reserve,
				.full = g->all.full - g->shown.full,
				.cut = g->all.cut - g->shown.cut,
			};
			if (d.per_client || d.reserve || d.full || d.cut)
				print_totals("in the last 10 s", &d, g);
			g->shown = g->all;
			g->summary_at = now;
		}
		struct timespec until;
		clock_gettime(CLOCK_MONOTONIC, &until);
		until.tv_nsec += TICK_MS * 1000000L;
		if (until.tv_nsec >= 1000000000L) {
			until.tv_sec++;
			until.tv_nsec -= 1000000000L;
		}
		pthread_cond_timedwait(&g->cv, &g->mu, &until);
	}
	pthread_mutex_unlock(&g->mu);
	return NULL;
}

/* Room for every connection allowed, the store's files and the listener:
 * the soft limit on descriptors is raised toward the hard one if short. */
static void fit_descriptors(unsigned max_connections)
{
	struct rlimit r;
	rlim_t need = (rlim_t)max_connections + 64;
	if (getrlimit(RLIMIT_NOFILE, &r) != 0 || r.rlim_cur == RLIM_INFINITY || r.rlim_cur >= need)
		return;
	rlim_t want = r.rlim_max == RLIM_INFINITY || r.rlim_max >= need ? need : r.rlim_max;
	r.rlim_cur = want;
	if (setrlimit(RLIMIT_NOFILE, &r) != 0 || want < need)
		fprintf(stderr,
			"grip: warning: %llu file descriptors allowed, --max-connections %u wants %llu (raise ulimit -n)\n",
			(unsigned long long)want, max_connections, (unsigned long long)need);
}

struct guard *guard_start(const struct guard_limits *l)
{
	struct guard *g = calloc(1, sizeof *g);
	if (!g)
		return NULL;
	g->l = *l;
	g->reserve_from = l->max_connections - l->max_connections / GUARD_RESERVE_DIV;
	g->request_ms = (int64_t)l->request_seconds * 1000;
	g->nbuckets = 64;
	while (g->nbuckets < l->max_connections)
		g->nbuckets *= 2;
	g->buckets = calloc(g->nbuckets, sizeof *g->buckets);
	if (!g->buckets) {
		free(g);
		return NULL;
	}
	randombytes_buf(g->hash_key, sizeof g->hash_key);
	g->summary_at = g->expired_at = now_ms();
	fit_descriptors(l->max_connections);
	pthread_condattr_t ca;
	pthread_condattr_init(&ca);
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
	pthread_cond_init(&g->cv, &ca);
	pthread_condattr_destroy(&ca);
	pthread_mutex_init(&g->mu, NULL);
	if (pthread_create(&g->reaper, NULL, reaper, g) != 0) {
		pthread_cond_destroy(&g->cv);
		pthread_mutex_destroy(&g->mu);
		free(g->buckets);
		free(g);
		return NULL;
	}
	return g;
}

void guard_stop(struct guard *g)
{
	if (!g)
		return;
	pthread_mutex_lock(&g->mu);
	g->stop = true;
	pthread_cond_signal(&g->cv);
	pthread_mutex_unlock(&g->mu);
	pthread_join(g->reaper, NULL);
	print_totals("since the start", &g->all, g);
	for (size_t i = 0; i < g->nbuckets; i++)
		while (g->buckets[i]) {
			struct client *c = g->buckets[i];
			g->buckets[i] = c->next;
			free(c);
		}
	while (g->conns) { /* none after MHD_stop_daemon; kept safe anyway */
		struct conn *k = g->conns;
		g->conns = k->next;
		free(k);
	}
	free(g->buckets);
	pthread_cond_destroy(&g->cv);
	pthread_mutex_destroy(&g->mu);
	free(g);
}
