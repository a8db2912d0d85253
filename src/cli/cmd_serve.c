/*
 * cmd_serve.c — `grip serve` (the HTTP API and web app, with the sender of
 * reminders on a thread of its own: src/deliver/loop.c), `grip token ...` (API tokens:
 * locally, cmd_; over the API, rem_; one text form, show_) and `grip
 * person password` (a password for signing in; local only).
 */
#include "cli/cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "api/api.h"
#include "deliver/deliver.h"
#include "cli/remote.h"
#include "util/num.h"

/* An optional whole-number option of serve: *v keeps its default when absent. */
static int serve_opt(struct cli *c, const struct cli_args *a, const char *name, int64_t min, int64_t max,
		     int64_t *v)
{
	const char *text = arg_get(a, name);
	return text ? cli_int(c, name, text, min, max, v) : 0;
}

static int serve_sender_start(void *ctx)
{
	return deliver_loop_start(ctx);
}

static void serve_sender_stop(void *ctx)
{
	deliver_loop_stop(ctx);
}

int cmd_serve(struct cli *c, const struct cli_args *a, json_t **out)
{
	(void)out;
	int64_t threads = 16, max_connections = 1000, per_client = 64, request_seconds = 20, cache_mb = 4;
	if (serve_opt(c, a, "threads", 1, 64, &threads) < 0 ||
	    serve_opt(c, a, "max-connections", 16, 100000, &max_connections) < 0 ||
	    serve_opt(c, a, "max-per-client", 0, 100000, &per_client) < 0 ||
	    serve_opt(c, a, "request-timeout", 1, 3600, &request_seconds) < 0 ||
	    serve_opt(c, a, "cache-mb", 0, 1024, &cache_mb) < 0)
		return -1;
	int64_t every = 60;
	struct deliver_loop sender = { .db_path = c->db_path, .log = stderr };
	int rc = serve_opt(c, a, "remind-every", 0, 86400, &every);
	if (rc == 0)
		rc = cli_deliver_options(c, a, &sender.config);
	if (rc < 0)
		return cli_deliver_usage(c);
	sender.every = every;
	const char *fake = getenv("GRIP_NOW");
	if (fake && *fake && grip_parse_now(fake, &sender.now_fixed) < 0) {
		fprintf(stderr, "grip: GRIP_NOW is not an ISO date or date-time\n");
		return 2;
	}
	struct api_options o = {
		.db_path = c->db_path,
		.listen = arg_get(a, "listen") ? arg_get(a, "listen") : "127.0.0.1:8080",
		.threads = (int)threads,
		.max_connections = (int)max_connections,
		.per_client = (int)per_client,
		.request_seconds = (int)request_seconds,
		.timeout_seconds = 30,
		.cache_bytes = (size_t)cache_mb << 20,
		.proxy = arg_get(a, "proxy"),
		/* --remind-every 0: no sender in this server (a timer runs remind --once) */
		.side_start = every ? serve_sender_start : NULL,
		.side_stop = every ? serve_sender_stop : NULL,
		.side_ctx = &sender,
	};
	return api_serve(&o);
}

static struct grip_person *person_of(struct cli *c, const char *text)
{
	int64_t id;
	return parse_i64(text, &id) ? grip_person_get(c->g, id) : grip_person_by_email(c->g, text);
}

int cmd_token_create(struct cli *c, const struct cli_args *a, json_t **out)
{
	struct grip_person *p = person_of(c, a->pos[0]);
	const char *secret;
	struct grip_token *t;
	if (!p || !(t = grip_token_create(c->g, p->id, arg_get(a, "name"), &secret)))
		return -1;
	json_t *j = grip_token_json(t);
	if (j)
		json_object_set_new(j, "token", json_string(secret));
	return cli_out(c, j, out);
}

/* Over the API a token is made for the token's own person only. */
int rem_token_create(struct cli *c, const struct cli_args *a, json_t **out)
{
	json_t *p = remote_person_arg(c, a->pos[0]), *me;
	if (!p || !(me = remote_me(c)))
		return -1;
	if (jget_id(p, "id") != jget_id(me, "id")) {
		grip_fail(c->g, GRIP_EINVAL, NULL, "token create for another person works on a local file only");
		return CLI_USAGE;
	}
	return remote_send(c, "POST", "tokens", json_pack("{ss*}", "name", arg_get(a, "name")), out);
}

int show_token_created(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	const char *email = cli_fetch_str(c, CLI_PERSON, jget_id(j, "person_id"), "email");
	if (!email)
		return -1;
	cli_printf(c, "Created token %lld (%s) for %s. It is shown this once:\n%s\n", (long long)jget_id(j, "id"),
		   jget_text(j, "name"), email, jget_text(j, "token"));
	return 0;
}

int cmd_token_list(struct cli *c, const struct cli_args *a, json_t **out)
{
	(void)a;
	struct grip_token **ts;
	size_t n;
	if (grip_token_list(c->g, &ts, &n) < 0)
		return -1;
	return cli_out(c, cli_array((void **)ts, n, (json_t * (*)(const void *)) grip_token_json), out);
}

int rem_token_list(struct cli *c, const struct cli_args *a, json_t **out)
{
	(void)a;
	return remote_list(c, "tokens", out);
}

int show_token_list(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	static const char *const heads[] = { "ID", "NAME", "PERSON", "CREATED", "REVOKED" };
	struct table *t = table_new(c, 5, heads);
	size_t i;
	const json_t *tk;
	json_array_foreach(j, i, tk)
		table_add(t, cell_id(c, jget_id(tk, "id")), jget_text(tk, "name"),
			  cli_fetch_str(c, CLI_PERSON, jget_id(tk, "person_id"), "email"), jget_text(tk, "created_at"),
			  jget_str(tk, "revoked_at"));
	table_print(t);
	return 0;
}

static int token_revoked(struct cli *c, int64_t id, json_t **out)
{
	return cli_out(c, json_pack("{sI sb}", "id", (json_int_t)id, "revoked", 1), out);
}

int cmd_token_revoke(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t id;
	if (cli_id(c, "token", a->pos[0], &id) < 0 || grip_token_revoke(c->g, id) < 0)
		return -1;
	return token_revoked(c, id, out);
}

int rem_token_revoke(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t id;
	if (cli_id(c, "token", a->pos[0], &id) < 0 ||
	    remote_call(c, "DELETE", arena_printf(c->g->arena, "tokens/%lld", (long long)id), NULL) < 0)
		return -1;
	return token_revoked(c, id, out);
}

int show_token_revoked(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	cli_printf(c, "Revoked token %lld.\n", (long long)jget_id(j, "id"));
	return 0;
}

/* The password from --password, or else the first line of standard input. */
int cmd_person_password(struct cli *c, const struct cli_args *a, json_t **out)
{
	(void)out;
	struct grip_person *p = person_of(c, a->pos[0]);
	if (!p)
		return -1;
	const char *password = arg_get(a, "password");
	char line[1024];
	if (!password) {
		if (isatty(STDIN_FILENO))
			fprintf(stderr, "Password for %s: ", p->email);
		if (!fgets(line, sizeof line, stdin))
			return grip_fail(c->g, GRIP_EINVAL, "password", "is required (on standard input or --password)");
		line[strcspn(line, "\r\n")] = '\0';
		password = line;
	}
	if (grip_password_set(c->g, p->id, password) < 0)
		return -1;
	if (c->json)
		return cli_json(c, json_pack("{sI sb}", "id", (json_int_t)p->id, "password_set", 1));
	cli_printf(c, "Set the password of %s.\n", p->email);
	return 0;
}
