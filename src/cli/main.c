/*
 * main.c — the entry of the `grip` binary: finds the command in the table,
 * parses its arguments, and runs it in one of two ways. Locally it opens
 * the store, runs the command in one transaction, and prints its output
 * only once that transaction has committed. With --server (or GRIP_SERVER)
 * it runs the command's remote half against that server's API instead.
 * Either way the command's renderer makes the text. Exit status: 0 done,
 * 1 refused or failed, 2 usage.
 */
#include "cli/cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "api/api.h"
#include "cli/remote.h"
#include "store/store.h"
#include "util/utf8.h"

#define GRIP_VERSION "0.1.0"

const struct cli_opt cli_global_opts[] = {
	{ "db", OPT_VALUE, "FILE", "the database file (GRIP_DB; default grip.db)" },
	{ "as", OPT_VALUE, "EMAIL", "act as this person (GRIP_USER; default the first admin)" },
	{ "org", OPT_VALUE, "SLUG", "the organisation, when the file holds several (GRIP_ORG)" },
	{ "json", OPT_FLAG, NULL, "print JSON for scripts" },
	{ "help", OPT_FLAG, NULL, "show help" },
	{ "server", OPT_CONNECTION, "URL", "work over the API of the grip server at URL (GRIP_SERVER)" },
	{ "token", OPT_CONNECTION, "TOKEN", "the API token for --server (GRIP_TOKEN)" },
	{ 0 },
};

static void report_error(const struct grip_error *e, bool json)
{
	if (json) {
		json_t *j = json_pack("{s{ss ss ss}}", "error", "code", cli_status_name(e->code), "message",
				      e->message, "field", e->field);
		char *text = j ? json_dumps(j, JSON_COMPACT) : NULL;
		if (text)
			fprintf(stderr, "%s\n", text);
		free(text);
		json_decref(j);
		if (text)
			return;
	}
	if (*e->field)
		fprintf(stderr, "grip: %s: %s\n", e->field, e->message);
	else
		fprintf(stderr, "grip: %s\n", e->message);
}

static int usage(const char *msg, const struct cli_cmd *cmd)
{
	fprintf(stderr, "grip: %s\n", msg);
	if (cmd)
		fprintf(stderr, "usage: grip %s%s%s%s%s\n(see grip %s%s%s --help)\n", cmd->noun,
			cmd->verb ? " " : "", cmd->verb ? cmd->verb : "",
			cmd->usage && *cmd->usage ? " " : "", cmd->usage ? cmd->usage : "",
			cmd->noun, cmd->verb ? " " : "", cmd->verb ? cmd->verb : "");
	else
		fprintf(stderr, "(see grip --help)\n");
	return 2;
}

static const struct cli_cmd *find_command(const char *noun, const char *verb, bool *used_verb)
{
	const struct cli_cmd *bare = NULL;
	for (const struct cli_cmd *c = cli_commands; c->noun; c++) {
		if (strcmp(c->noun, noun) != 0)
			continue;
		if (!c->verb)
			bare = c;
		else if (verb && strcmp(c->verb, verb) == 0) {
			*used_verb = true;
			return c;
		}
	}
	*used_verb = false;
	return bare;
}

/* Index of the first word that is not a global option (or its value). */
static int first_word(int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (strncmp(a, "--", 2) != 0)
			return i;
		const char *eq = strchr(a, '=');
		size_t len = eq ? (size_t)(eq - a - 2) : strlen(a + 2);
		for (const struct cli_opt *o = cli_global_opts; o->name; o++)
			if (!eq && o->kind != OPT_FLAG && strlen(o->name) == len &&
			    strncmp(o->name, a + 2, len) == 0)
				i++;
	}
	return argc;
}

/* The command's output, then its notes (the coach's hints) and what the
 * core warned of, on stderr. */
static int print_output(struct cli *c)
{
	fwrite(c->out->buf, 1, c->out->len, stdout);
	int rc = fflush(stdout) == 0 ? 0 : 1;
	if (c->notes && c->notes->len)
		fwrite(c->notes->buf, 1, c->notes->len, stderr);
	for (int i = 0; i < c->g->n_warnings; i++)
		fprintf(stderr, "grip: warning: %s: %s\n", c->g->warnings[i].code, c->g->warnings[i].message);
	return rc;
}

/* One half of the command (local or remote), then its renderer. */
static int run_command(struct cli *c, const struct cli_args *a, cli_run_fn half)
{
	json_t *j = NULL;
	int rc = half(c, a, &j);
	if (rc == 0)
		rc = cli_render(c, a, j);
	if (rc == 0 && c->out->failed)
		rc = grip_fail(c->g, GRIP_ENOMEM, NULL, "the output is too large");
	return rc;
}

static int run_local(struct cli *c, const struct cli_args *a, const char *db)
{
	struct grip *g = c->g;
	if (c->cmd->flags & CMD_SERVE)
		return c->cmd->run(c, a, NULL);
	char err[600];
	struct store *store = store_open(db, c->cmd->flags & CMD_CREATE, err, sizeof err);
	if (!store) {
		fprintf(stderr, "grip: %s\n", err);
		return 1;
	}
	g->store = store;
	int rc = -1;
	if (grip_begin(g, c->cmd->flags & CMD_WRITE) < 0)
		goto out;
	if (!(c->cmd->flags & CMD_NO_ORG)) {
		const char *slug = arg_get(a, "org");
		if (!slug)
			slug = getenv("GRIP_ORG");
		struct grip_org *org = grip_org_find(g, slug);
		if (!org)
			goto out_tx;
		g->org_id = org->id;
		const char *as = arg_get(a, "as");
		if (!as)
			as = getenv("GRIP_USER");
		g->actor = as ? grip_person_by_email(g, as) : grip_person_first_admin(g);
		if (!g->actor) {
			if (!as)
				grip_fail(g, GRIP_ENOTFOUND, "as", "the organisation has no active admin; use --as");
			else
				snprintf(g->err.field, sizeof g->err.field, "as");
			goto out_tx;
		}
	}
	rc = run_command(c, a, c->cmd->run);
	if (rc == 0) {
		rc = grip_commit(g);
		goto out;
	}
out_tx:
	grip_rollback(g);
out:
	store_close(store);
	if (rc < 0) {
		report_error(&g->err, c->json);
		return 1;
	}
	return print_output(c);
}

/* Text that JSON cannot carry is refused before anything is sent, in the
 * words the core uses: the field is the option's name, or the positional
 * argument's placeholder in the usage ("TITLE" -> "title"). */
static int check_utf8(struct cli *c, const struct cli_args *a)
{
	for (int i = 0; i < a->nopts; i++)
		if (a->opts[i].value && !utf8_valid(a->opts[i].value, strlen(a->opts[i].value)))
			return grip_fail(c->g, GRIP_EINVAL, a->opts[i].name, "is not valid UTF-8 text");
	const char *usage = c->cmd->usage ? c->cmd->usage : "";
	for (int i = 0; i < a->npos; i++) {
		if (utf8_valid(a->pos[i], strlen(a->pos[i])))
			continue;
		size_t skip = 0, len = 0; /* the i-th word of the usage */
		for (int k = 0; k <= i && usage[skip + len]; k++) {
			skip += len;
			skip += strspn(usage + skip, " ");
			len = strcspn(usage + skip, " ");
		}
		char field[48];
		snprintf(field, sizeof field, "%.*s", (int)len, usage + skip);
		for (char *p = field; *p; p++)
			*p = *p >= 'A' && *p <= 'Z' ? (char)(*p - 'A' + 'a') : *p;
		return grip_fail(c->g, GRIP_EINVAL, field, "is not valid UTF-8 text");
	}
	return 0;
}

static int run_remote(struct cli *c, const struct cli_args *a, const char *server)
{
	const struct cli_cmd *cmd = c->cmd;
	if (!cmd->remote) {
		fprintf(stderr, "grip: %s%s%s works on a local file only\n", cmd->noun, cmd->verb ? " " : "",
			cmd->verb ? cmd->verb : "");
		return 2;
	}
	if (arg_get(a, "as"))
		return usage("--as works on a local file only; with --server the token says who acts", NULL);
	const char *token = arg_get(a, "token");
	if (!token)
		token = getenv("GRIP_TOKEN");
	if (!token)
		return usage("--server needs --token TOKEN (or GRIP_TOKEN); grip token create makes one", NULL);
	const char *org = arg_get(a, "org");
	if (!org)
		org = getenv("GRIP_ORG");
	if (org && !*org)
		org = NULL;
	int rc = check_utf8(c, a);
	if (rc == 0)
		rc = remote_open(c, server, token, org);
	if (rc == 0)
		rc = run_command(c, a, cmd->remote);
	remote_close(c);
	if (rc == CLI_USAGE) {
		fprintf(stderr, "grip: %s\n", c->g->err.message);
		return 2;
	}
	if (rc < 0) {
		report_error(&c->g->err, c->json);
		return 1;
	}
	return print_output(c);
}

/* A noun whose every command has a verb, given no known verb: with --help
 * its commands on stdout (0), else the same list on stderr after the
 * mistake (2), as `grip` alone does with every command. */
static int noun_only(int argc, char **argv, int w, bool wants_help)
{
	for (int i = w + 1; i < argc; i++)
		wants_help |= strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0 ||
			      (i == w + 1 && strcmp(argv[i], "help") == 0);
	struct sb out = SB_INIT;
	cli_help_noun(&out, argv[w]);
	if (wants_help) {
		fputs(out.buf, stdout);
		sb_release(&out);
		return 0;
	}
	const char *verb = w + 1 < argc ? argv[w + 1] : NULL;
	if (verb && *verb != '-')
		fprintf(stderr, "grip: unknown command: %s %s\n", argv[w], verb);
	else
		fprintf(stderr, "grip: %s needs a command\n", argv[w]);
	fputs(out.buf, stderr);
	sb_release(&out);
	return 2;
}

int main(int argc, char **argv)
{
	struct sb out = SB_INIT;
	int w = first_word(argc, argv);
	bool wants_help = false;
	for (int i = 1; i < w; i++)
		wants_help |= strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0;
	for (int i = 1; i < w; i++) {
		if (strcmp(argv[i], "--openapi") == 0 || strcmp(argv[i], "--routes") == 0) {
			json_t *doc = strcmp(argv[i], "--routes") == 0 ? cli_routes() : api_openapi();
			char *text = doc ? json_dumps(doc, JSON_INDENT(1)) : NULL;
			json_decref(doc);
			if (text)
				puts(text);
			free(text);
			return text ? 0 : 1;
		}
		if (strcmp(argv[i], "--man") == 0) {
			cli_man(&out, GRIP_VERSION);
			fputs(out.buf, stdout);
			sb_release(&out);
			return 0;
		}
	}
	bool version = w < argc && strcmp(argv[w], "version") == 0;
	for (int i = 1; i < w; i++)
		version |= strcmp(argv[i], "--version") == 0;
	if (version) {
		printf("grip %s (schema %d)\n", GRIP_VERSION, store_latest_version());
		return 0;
	}
	if (w == argc || strcmp(argv[w], "help") == 0 || strcmp(argv[w], "-h") == 0) {
		if (w == argc && !wants_help) {
			cli_help_all(&out);
			fputs(out.buf, stderr);
			sb_release(&out);
			return 2;
		}
		cli_help_all(&out);
		fputs(out.buf, stdout);
		sb_release(&out);
		return 0;
	}
	bool used_verb;
	const char *verb = w + 1 < argc ? argv[w + 1] : NULL;
	const struct cli_cmd *cmd = find_command(argv[w], verb, &used_verb);
	if (!cmd && cli_noun_commands(argv[w]) > 0)
		return noun_only(argc, argv, w, wants_help);
	if (!cmd) {
		char msg[300];
		snprintf(msg, sizeof msg, "unknown command: %s%s%s", argv[w], verb ? " " : "",
			 verb ? verb : "");
		return usage(msg, NULL);
	}
	/* Everything but the command words goes to the parser. */
	int skip = used_verb ? 2 : 1;
	int rest_n = argc - 1 - skip;
	char **rest = calloc((size_t)rest_n + 1, sizeof *rest);
	if (!rest)
		return 1;
	int k = 0;
	for (int i = 1; i < argc; i++)
		if (i < w || i >= w + skip)
			rest[k++] = argv[i];
	struct cli_args a;
	char err[300];
	int parsed = cli_parse(cmd, k, rest, &a, err, sizeof err);
	free(rest);
	if (arg_flag(&a, "help") || wants_help) {
		cli_help(&out, cmd);
		fputs(out.buf, stdout);
		sb_release(&out);
		return 0;
	}
	if (parsed < 0)
		return usage(err, cmd);

	int64_t now = (int64_t)time(NULL);
	const char *fake = getenv("GRIP_NOW");
	if (fake && *fake && grip_parse_now(fake, &now) < 0)
		return usage("GRIP_NOW is not an ISO date or date-time", NULL);
	const char *db = arg_get(&a, "db");
	if (!db)
		db = getenv("GRIP_DB");
	if (!db || !*db)
		db = "grip.db";

	if (grip_auth_init() < 0) {
		fprintf(stderr, "grip: cannot initialise the crypto library\n");
		return 1;
	}
	const char *server = arg_get(&a, "server");
	if (!server)
		server = getenv("GRIP_SERVER");
	if (server && !*server)
		server = NULL;
	if (!server && arg_get(&a, "token"))
		return usage("--token goes with --server URL (or GRIP_SERVER)", cmd);

	struct arena arena = ARENA_INIT;
	struct grip g;
	grip_init(&g, NULL, &arena, now);
	struct sb notes = SB_INIT;
	struct cli c = { .g = &g, .out = &out, .json = arg_flag(&a, "json"), .db_path = db, .cmd = cmd,
			 .kept = json_array(), .notes = &notes };
	int rc = !c.kept ? 1 : server ? run_remote(&c, &a, server) : run_local(&c, &a, db);
	if (!c.kept)
		fprintf(stderr, "grip: out of memory\n");
	json_decref(c.kept);
	arena_release(&arena);
	sb_release(&out);
	sb_release(&notes);
	return rc;
}
