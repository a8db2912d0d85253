/*
 * cmd_serve.c — `grip serve` (the HTTP API), `grip token ...` (API tokens)
 * and `grip person password` (a password for signing in).
 */
#include "cli/cli.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "api/api.h"
#include "util/num.h"

int cmd_serve(struct cli *c, const struct cli_args *a)
{
	struct api_options o = {
		.db_path = c->db_path,
		.listen = arg_get(a, "listen") ? arg_get(a, "listen") : "127.0.0.1:8080",
		.threads = 4,
		.max_connections = 1000,
		.timeout_seconds = 30,
	};
	int64_t threads;
	if (arg_get(a, "threads") && cli_int(c, "threads", arg_get(a, "threads"), 1, 64, &threads) < 0)
		return -1;
	if (arg_get(a, "threads"))
		o.threads = (int)threads;
	return api_serve(&o);
}

static struct grip_person *person_of(struct cli *c, const char *text)
{
	int64_t id;
	return parse_i64(text, &id) ? grip_person_get(c->g, id) : grip_person_by_email(c->g, text);
}

int cmd_token_create(struct cli *c, const struct cli_args *a)
{
	struct grip_person *p = person_of(c, a->pos[0]);
	const char *secret;
	struct grip_token *t;
	if (!p || !(t = grip_token_create(c->g, p->id, arg_get(a, "name"), &secret)))
		return -1;
	if (c->json) {
		json_t *j = grip_token_json(t);
		if (j)
			json_object_set_new(j, "token", json_string(secret));
		return cli_json(c, j);
	}
	cli_printf(c, "Created token %lld (%s) for %s. It is shown this once:\n%s\n", (long long)t->id, t->name,
		   p->email, secret);
	return 0;
}

int cmd_token_list(struct cli *c, const struct cli_args *a)
{
	(void)a;
	struct grip_token **ts;
	size_t n;
	if (grip_token_list(c->g, &ts, &n) < 0)
		return -1;
	if (c->json)
		return cli_json_list(c, (void **)ts, n, (json_t * (*)(const void *)) grip_token_json);
	static const char *const heads[] = { "ID", "NAME", "PERSON", "CREATED", "REVOKED" };
	struct table *t = table_new(c, 5, heads);
	for (size_t i = 0; i < n; i++) {
		struct grip_person *p = grip_person_get(c->g, ts[i]->person_id);
		table_add(t, cell_id(c, ts[i]->id), ts[i]->name, p ? p->email : NULL, ts[i]->created_at,
			  ts[i]->revoked_at);
	}
	table_print(t);
	return 0;
}

int cmd_token_revoke(struct cli *c, const struct cli_args *a)
{
	int64_t id;
	if (cli_id(c, "token", a->pos[0], &id) < 0 || grip_token_revoke(c->g, id) < 0)
		return -1;
	if (c->json)
		return cli_json(c, json_pack("{sI sb}", "id", (json_int_t)id, "revoked", 1));
	cli_printf(c, "Revoked token %lld.\n", (long long)id);
	return 0;
}

/* The password from --password, or else the first line of standard input. */
int cmd_person_password(struct cli *c, const struct cli_args *a)
{
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
