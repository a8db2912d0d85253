/*
 * api.h — the JSON-over-HTTP face of grip: the server, the route table,
 * and what a handler works with. A handler reads its request (path
 * parameters, query, parsed body), calls the core, and sets a JSON result
 * or lets the core's error speak; server.c does the rest: credentials, the
 * org check, one transaction per request, the response only after commit.
 */
#ifndef GRIP_API_API_H
#define GRIP_API_API_H

#include <jansson.h>
#include <stdbool.h>
#include <stdint.h>

#include "core/grip.h"
#include "util/sb.h"

#define API_BODY_MAX ((size_t)1 << 20) /* 1 MiB */
#define API_LIST_DEFAULT 50
#define API_LIST_MAX 200
#define API_MAX_PARAMS 4

struct MHD_Connection;
struct api_request;
struct api_server;

typedef int (*api_handler)(struct api_request *r);

enum api_route_flags {
	ROUTE_PUBLIC = 1, /* no credentials needed */
	ROUTE_ORG = 2,    /* the path starts /api/v1/orgs/{org} */
	ROUTE_BODY = 4,   /* takes a JSON object body */
	ROUTE_LIST = 8,   /* answers a paged list */
	ROUTE_CREATE = 16, /* answers 201 */
	ROUTE_SIGNIN = 32, /* reads, has a password hashed off the request thread, then writes */
	ROUTE_BODY_OPTIONAL = 64, /* takes a JSON object body, or none at all */
	ROUTE_CSV = 128,  /* with ?format=csv answers text/csv instead of JSON */
	ROUTE_ACCEPTED = 256, /* answers 202: taken, to be done (an email queued) */
	ROUTE_SCOPED = 512, /* its answer holds only the objectives its reads load: kept until one of them changes */
	ROUTE_READS = 1024, /* a POST that changes nothing (a check): served as a read, not by the writer */
};

struct api_route {
	const char *method;
	const char *pattern; /* "/api/v1/orgs/{org}/objectives/{id}" */
	api_handler handler;
	unsigned flags;
	const char *summary;
	const char *schema;  /* the response's component schema name, or NULL */
	const char *input;   /* the request body's component schema name, or NULL */
	const char *query;   /* query parameters it reads, space-separated, or NULL */
};

extern const struct api_route api_routes[];

struct api_request {
	struct grip *g;
	struct MHD_Connection *conn;
	const struct api_route *route;
	const char *method;
	const char *path;
	const char *params[API_MAX_PARAMS]; /* values of {…} in pattern order, in the arena */
	const char *param_names[API_MAX_PARAMS];
	int nparams;
	json_t *body;     /* the parsed body (an object) when the route takes one */
	int status;       /* set by the handler or by api_error */
	json_t *result;   /* the JSON answer (owned) */
	char *json_text;  /* or the JSON answer already written (owned, malloc'd): sent as it is */
	bool no_content;  /* answer 204 */
	const char *set_cookie;
	const char *text;         /* an answer in another format than JSON (then result is not sent) */
	const char *content_type; /* its type */
	const char *session; /* the cookie's secret, when signed in by cookie */
	const char *csrf;    /* and that session's CSRF token */
	struct grip_org *org;
	struct api_server *server;
	const char *address;         /* the client's, for the sign-in throttle */
	struct grip_signin *signin;  /* a ROUTE_SIGNIN handler's attempt, to be hashed */
};

/* A ROUTE_SIGNIN route's handler runs in a read and leaves r->signin;
 * the server has it hashed off the request thread, then runs
 * api_signin_store as a write and, once that is on the disk,
 * api_signin_answer. */
int api_signin_store(struct api_request *r);
int api_signin_answer(struct api_request *r);
/* The same for a password set through a link or changed (api_account.c):
 * api_signin_store hands those attempts to it. */
int api_password_store(struct api_request *r);
/* Is the body declared application/json? A form of another site cannot
 * send that without a preflight this server never grants. */
bool api_json_typed(struct api_request *r);

/* Finds the route of method and path: 0, with r->route and the path's
 * parameters set (in r->g's arena); -1 no such path; -2 the path is known
 * but not with that method. */
int api_match(const char *method, const char *path, struct api_request *r);
/* For a route under /api/v1/orgs/{org}: the org of the path, which must be
 * the one the credentials resolved to (another org's answers not found);
 * sets r->org. */
int api_org_check(struct api_request *r);

/* Path and query values (none, when r->conn is NULL). */
const char *api_param(struct api_request *r, const char *name);
int api_param_id(struct api_request *r, const char *name, int64_t *id);
const char *api_query(struct api_request *r, const char *name);
const char *api_header(struct api_request *r, const char *name);

/* Body fields with strict types: absent is NULL / *present = false;
 * present with the wrong type fails with GRIP_EINVAL naming the field. */
int in_string(struct api_request *r, const char *field, bool required, const char **out);
int in_number(struct api_request *r, const char *field, bool required, double *out, bool *present);
int in_int(struct api_request *r, const char *field, bool required, int64_t *out, bool *present);
int in_bool(struct api_request *r, const char *field, bool *out, bool *present);
/* Fails if the body has a field not in the NULL-ended list. */
int in_only(struct api_request *r, const char *const *fields);

/* Answers: the JSON (consumed); a list (items consumed) paged by the query. */
int api_ok(struct api_request *r, json_t *j);
int api_list(struct api_request *r, json_t *items);
/* Paging done by the caller: the query's offset and limit, then the page
 * (items consumed) with the cursor of what follows `total`. */
int api_page_of(struct api_request *r, size_t *offset, size_t *limit);
int api_page(struct api_request *r, json_t *items, size_t offset, size_t total);

/* Answers written as text, with no tree (json_text): one object; a list
 * paged by the query; a page the caller paged (offset of total). write
 * is a core writer such as grip_objective_write. */
struct json_out;
typedef void (*api_writer)(struct json_out *j, const void *item);
int api_ok_write(struct api_request *r, api_writer write, const void *item);
int api_list_write(struct api_request *r, void **items, size_t n, api_writer write);
int api_page_write(struct api_request *r, void **items, size_t n, size_t offset, size_t total, api_writer write);

/* Generic list helper: to_json over an array of core structs. */
json_t *api_array(void **items, size_t n, json_t *(*to_json)(const void *));

/* HTTP status of a core error. */
int api_status_of(enum grip_status code);
const char *api_code_of(enum grip_status code, int http_status);

/* The OpenAPI 3.1 document of the route table (openapi.c). */
json_t *api_openapi(void);

struct api_server;
struct api_options {
	const char *db_path;
	const char *listen; /* "HOST:PORT" */
	int threads;
	int max_connections; /* open at once; the last quarter kept for clients holding few */
	int per_client;      /* open at once from one address; 0: no cap */
	int request_seconds; /* to receive a whole request, from the accept or the previous answer */
	int timeout_seconds; /* of inactivity, while an answer is being sent */
	size_t cache_bytes; /* the read cache's bound; 0 turns it off */
	const char *proxy;  /* a reverse proxy's IPv4 address: its requests come from the last
			     * address of their X-Forwarded-For; NULL: none */
	/* Work beside the server (the sender's thread): side_start runs once
	 * the server listens (a failure stops the server), side_stop when it
	 * stops, before the writer does. NULL: none. */
	int (*side_start)(void *ctx);
	void (*side_stop)(void *ctx);
	void *side_ctx;
};
/* Runs until SIGTERM or SIGINT; returns the exit status. */
int api_serve(const struct api_options *o);

#endif
