/*
 * cli.h — the `grip` command-line face: the command table, parsed
 * arguments, and output helpers.
 *
 * A command has two ways to get its answer and one way to show it:
 *  - run, locally: parses its arguments, calls the core, and hands over the
 *    JSON that `--json` prints (the core's *_json);
 *  - remote, with --server: the same JSON from the HTTP API (remote.h);
 *  - render: the human text, made from that JSON alone (and cli_fetch for
 *    names), so local and remote output cannot drift apart.
 * main.c prints c->out only after the command's transaction has committed
 * (locally) or the server has answered (remotely), so nothing is reported
 * that was not stored. No rule lives here: validation and permissions are
 * the core's.
 */
#ifndef GRIP_CLI_CLI_H
#define GRIP_CLI_CLI_H

#include <stdbool.h>
#include <stdint.h>

#include "core/grip.h"
#include "util/sb.h"

enum cli_opt_kind {
	OPT_FLAG,
	OPT_VALUE,
	OPT_MULTI,
	/* A value naming the server or the credentials (--server, --token):
	 * read as OPT_VALUE; listed by `grip --help` and the man page, while a
	 * command's own --help leaves it out to stay short. */
	OPT_CONNECTION,
};

struct cli_opt {
	const char *name; /* without the leading dashes */
	enum cli_opt_kind kind;
	const char *arg;  /* the value's placeholder in help, e.g. "DATE" */
	const char *help;
};

#define CLI_MAX_POS 8
#define CLI_MAX_OPTS 64

struct cli_args {
	const char *pos[CLI_MAX_POS];
	int npos;
	struct {
		const char *name;
		const char *value; /* NULL for a flag */
	} opts[CLI_MAX_OPTS];
	int nopts;
};

struct cli;
struct remote;

enum cli_flags {
	CMD_WRITE = 1,  /* takes the write lock */
	CMD_NO_ORG = 2, /* runs before any org exists (init, demo) */
	CMD_CREATE = 4, /* may create the database file */
	CMD_SERVE = 8,  /* runs outside the one-transaction frame (grip serve) */
};

/* What run and remote return besides 0 and -1: a usage mistake found only
 * once the command runs; its words are in g->err.message (exit 2). */
#define CLI_USAGE (-2)

/* The JSON a command hands over in *out is borrowed: it is kept (cli_keep)
 * until the command ends. */
typedef int (*cli_run_fn)(struct cli *c, const struct cli_args *a, json_t **out);
typedef int (*cli_render_fn)(struct cli *c, const struct cli_args *a, const json_t *j);

struct cli_cmd {
	const char *noun;
	const char *verb; /* NULL: the noun alone */
	cli_run_fn run;       /* locally, through the core */
	cli_run_fn remote;    /* over the API; NULL: works on a local file only */
	cli_render_fn render; /* the human text; NULL: run printed its own (local only) */
	const char *usage;    /* the positional arguments */
	const char *summary;
	const struct cli_opt *opts; /* ends with a zeroed entry; may be NULL */
	int min_pos;
	int max_pos;
	unsigned flags;
};

struct cli {
	struct grip *g;
	struct sb *out;
	bool json;
	const char *db_path;
	const struct cli_cmd *cmd;
	struct remote *remote; /* set with --server: the HTTP client (remote.c) */
	json_t *kept;          /* an array holding the JSON the command borrows */
	struct sb *notes;      /* text for stderr after the output (the coach's
				  hints on what was just written); may be NULL */
};

extern const struct cli_cmd cli_commands[];
extern const struct cli_opt cli_global_opts[];

/* Parses argv against the command's and the global options. On a usage
 * error writes a message into err and returns -1. */
int cli_parse(const struct cli_cmd *cmd, int argc, char **argv, struct cli_args *a, char *err,
	      size_t errlen);
const char *arg_get(const struct cli_args *a, const char *name);
bool arg_flag(const struct cli_args *a, const char *name);
/* Every value of a repeatable option, into the arena; returns the count. */
size_t arg_all(struct cli *c, const struct cli_args *a, const char *name, const char ***out);

/* Parsing helpers that report through the core's error convention. */
int cli_id(struct cli *c, const char *field, const char *text, int64_t *id);
int cli_number(struct cli *c, const char *field, const char *text, double *v);
int cli_int(struct cli *c, const char *field, const char *text, int64_t min, int64_t max,
	    int64_t *v);

/* ---- output (output.c) ---- */

/* The name of a core error code in JSON ("not_found"), and back. */
const char *cli_status_name(enum grip_status s);
enum grip_status cli_status_parse(const char *name);

/* The "hints" of a write's answer, as `grip coach` prints them with the
 * suggestion below, into c->notes (stderr, after the result); nothing when
 * j has none. Never fails: a hint does not change the outcome. */
void cli_hints(struct cli *c, const json_t *j);
/* One hint as `grip coach` prints it: "SEVERITY  CODE  ENTITY ID: MESSAGE"
 * and the suggestion indented below. cmd_coach.c */
void cli_hint_line(struct sb *to, const json_t *h);
/* JSON (consumes j) or text, into c->out. */
int cli_json(struct cli *c, json_t *j);
__attribute__((format(printf, 2, 3))) void cli_printf(struct cli *c, const char *fmt, ...);
/* A JSON array of items made by to_json (NULL when out of memory). */
json_t *cli_array(void **items, size_t n, json_t *(*to_json)(const void *));
/* Keeps j (consumed) until the command ends and returns it; NULL in, NULL out. */
json_t *cli_keep(struct cli *c, json_t *j);
/* Hands j (consumed) over as a command's answer: keeps it, sets *out. */
int cli_out(struct cli *c, json_t *j, json_t **out);
/* j as it reads after the trip over HTTP (printed and parsed again, so its
 * numbers carry the precision the API's have); kept. */
json_t *cli_wire(struct cli *c, const json_t *j);
/* The command's answer to the terminal: its JSON with --json, else its
 * renderer's text. */
int cli_render(struct cli *c, const struct cli_args *a, const json_t *j);

/* Human tables. */
struct table;
struct table *table_new(struct cli *c, int ncols, const char *const *heads);
void table_add(struct table *t, ...); /* ncols strings; NULL prints "-" */
void table_print(struct table *t);
/* A number for a table cell, in the arena. */
const char *cell_num(struct cli *c, double v);
const char *cell_pct(struct cli *c, double v);
/* A value with its unit label: "80%", "9 days". */
const char *cell_amount(struct cli *c, double v, const char *unit);
const char *cell_id(struct cli *c, int64_t id);

/* ---- reading an entity's JSON (view.c) ---- */

/* A member's value: NULL, 0 or false when absent or null. */
const char *jget_str(const json_t *j, const char *key);
const char *jget_text(const json_t *j, const char *key); /* "" when absent or null */
int64_t jget_id(const json_t *j, const char *key);
double jget_num(const json_t *j, const char *key);
bool jget_bool(const json_t *j, const char *key);

enum cli_kind { CLI_ORG, CLI_PERSON, CLI_UNIT, CLI_OBJECTIVE, CLI_KR };
/* One entity's JSON by id (ignored for CLI_ORG) as the API answers it: from
 * the core locally, from the server remotely. Kept; NULL with c->g->err set
 * when it cannot be read. */
json_t *cli_fetch(struct cli *c, enum cli_kind kind, int64_t id);
/* A lookup for a table cell: a member of the entity's JSON, or NULL (also
 * for id 0, "none", but for CLI_ORG). */
const char *cli_fetch_str(struct cli *c, enum cli_kind kind, int64_t id, const char *key);

/* ---- the sender's options (cmd_remind.c), for remind and serve ---- */

struct deliver_config;
/* --smtp, --smtp-user, --smtp-password-file (or GRIP_SMTP_PASSWORD),
 * --smtp-starttls, --mail-from, --base-url, --retry-min, --retry-max,
 * --lease into d; CLI_USAGE with the mistake in c->g->err. */
int cli_deliver_options(struct cli *c, const struct cli_args *a, struct deliver_config *d);
/* Prints the mistake cli_deliver_options (or cli_int) left in c->g->err,
 * naming its option; the exit status: 2 for a usage mistake, else 1. */
int cli_deliver_usage(struct cli *c);

/* ---- help (help.c) ---- */

void cli_help(struct sb *out, const struct cli_cmd *cmd);
void cli_help_all(struct sb *out);
/* How many commands a noun has (0: no such noun), and the list of them. */
int cli_noun_commands(const char *noun);
void cli_help_noun(struct sb *out, const char *noun);
/* The man page, in roff. */
void cli_man(struct sb *out, const char *version);
/* Every API route, web page and CLI command as JSON (surface.c). */
json_t *cli_routes(void);

#endif
