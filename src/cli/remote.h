/*
 * remote.h — the CLI's HTTP client (remote.c): with --server URL --token T
 * a command asks grip's JSON API instead of opening a database.
 *
 * Paths are the API's under /api/v1/orgs/{org}/ ("objectives/7"), or
 * absolute when they start with "/" ("/api/v1/me"). Every JSON answer is
 * kept (cli_keep) until the command ends: callers borrow it. An error
 * answer ({"error":{"code","message","field"}}) or a failure to reach the
 * server fills c->g->err as the core would, so main.c reports it the same
 * way, and returns -1.
 */
#ifndef GRIP_CLI_REMOTE_H
#define GRIP_CLI_REMOTE_H

#include "cli/cli.h"

/* Connects c to the server at url (http:// or https://) with an API token;
 * org NULL asks GET /api/v1/me for the token's org. 0; -1 with c->g->err;
 * CLI_USAGE for a URL or token that cannot be used. */
int remote_open(struct cli *c, const char *url, const char *token, const char *org);
void remote_close(struct cli *c);

/* A request without a body (GET, DELETE, a POST that takes none). *out is
 * the answer's JSON, NULL for 204; out may be NULL. */
int remote_call(struct cli *c, const char *method, const char *path, json_t **out);
/* A request with a JSON body (consumed; NULL means it could not be built). */
int remote_send(struct cli *c, const char *method, const char *path, json_t *body, json_t **out);
/* Every item of a list route, page after page (next_cursor), as one array. */
int remote_list(struct cli *c, const char *path, json_t **out);
/* path with query values: pairs of name and value ending with a NULL name;
 * a NULL value leaves its name out. Escaped, in the arena; NULL when out of
 * memory (and a NULL path makes any request above fail with GRIP_ENOMEM). */
const char *remote_path(struct cli *c, const char *path, ...);
/* The ETag of the last answer ("" when it had none). */
const char *remote_etag(struct cli *c);
/* Sends If-Match: tag with the next request only. */
void remote_if_match(struct cli *c, const char *tag);

/* The signed-in person (from GET /api/v1/me). */
json_t *remote_me(struct cli *c);

/* Names to entities, with the words the core's lookups use locally. */
json_t *remote_unit_named(struct cli *c, const char *name);
json_t *remote_cycle_named(struct cli *c, const char *name);
json_t *remote_person_by_email(struct cli *c, const char *email);
/* A person named by id or email, as the CLI's EMAIL|ID arguments. */
json_t *remote_person_arg(struct cli *c, const char *text);

#endif
