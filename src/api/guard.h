/*
 * guard.h — what stands between the network and `grip serve`'s threads:
 * a cap on connections per client address and a share of them kept for
 * new clients (decided at accept, before MHD builds a connection), an
 * absolute deadline for each request to be received in full, and checks
 * on a request's target and framing made when its headers are in, before
 * any byte of its body is read. server.c hands MHD the callbacks below and
 * calls the three request hooks; docs/api.md ("Limits") says what a client
 * sees at each limit.
 */
#ifndef GRIP_API_GUARD_H
#define GRIP_API_GUARD_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/socket.h>

#include <microhttpd.h>

/* Past three quarters of max_connections, an address gets another
 * connection only while it holds fewer than GUARD_FEW: the last quarter is
 * kept for clients that hold few (a browser opens up to six). */
#define GUARD_RESERVE_DIV 4
#define GUARD_FEW 8
/* The request target: longer, or with more query parameters, answers 414. */
#define GUARD_URI_MAX 8192
#define GUARD_QUERY_MAX 64

struct guard_limits {
	unsigned max_connections; /* open at once, all clients together */
	unsigned per_client;      /* open at once from one address; 0: no cap */
	unsigned request_seconds; /* to receive a request in full, from the accept or the previous answer */
};

struct guard;

/* Starts the guard and its reaper thread; NULL when out of memory. */
struct guard *guard_start(const struct guard_limits *l);
/* After MHD_stop_daemon: stops the reaper, prints the totals, frees. */
void guard_stop(struct guard *g);

/* MHD's accept policy (the apc of MHD_start_daemon), its
 * MHD_OPTION_NOTIFY_CONNECTION and its MHD_OPTION_URI_LOG_CALLBACK, each
 * with the guard as closure. The URI callback returns NULL always, so the
 * access handler's first call still finds *con_cls NULL. */
enum MHD_Result guard_accept(void *cls, const struct sockaddr *addr, socklen_t len);
void guard_connection(void *cls, struct MHD_Connection *c, void **socket_context,
		      enum MHD_ConnectionNotificationCode code);
void *guard_uri(void *cls, const char *uri, struct MHD_Connection *c);

/* The first call of the access handler, headers complete and no body read
 * yet: 0 when the request may go on, or the status to answer at once with
 * *why saying why: 414 (target too long, too many query parameters), 400
 * (Content-Length twice, or with Transfer-Encoding), 411 (a chunked body),
 * 501 (another transfer coding), 413 (Content-Length over body_max). */
int guard_check(struct MHD_Connection *c, size_t body_max, const char **why);
/* The request is received in full, or answered before: its deadline stops. */
void guard_received(struct MHD_Connection *c);
/* Its answer is done: a next request on the connection has a new deadline. */
void guard_next(struct MHD_Connection *c);

#endif
