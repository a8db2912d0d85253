/*
 * cli.h — the `grip` command-line face: the command table, parsed
 * arguments, and output helpers. A command handler parses its arguments,
 * calls the core, and writes to c->out; main.c prints c->out only after the
 * command's transaction has committed, so nothing is reported that was not
 * stored. No rule lives here: validation and permissions are the core's.
 */
#ifndef GRIP_CLI_CLI_H
#define GRIP_CLI_CLI_H

#include <stdbool.h>
#include <stdint.h>

#include "core/grip.h"
#include "util/sb.h"

enum cli_opt_kind { OPT_FLAG, OPT_VALUE, OPT_MULTI };

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

enum cli_flags {
	CMD_WRITE = 1,  /* takes the write lock */
	CMD_NO_ORG = 2, /* runs before any org exists (init, demo) */
	CMD_CREATE = 4, /* may create the database file */
	CMD_SERVE = 8,  /* runs outside the one-transaction frame (grip serve) */
};

struct cli_cmd {
	const char *noun;
	const char *verb; /* NULL: the noun alone */
	int (*run)(struct cli *c, const struct cli_args *a);
	const char *usage; /* the positional arguments */
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

/* Output: JSON (consumes j) or text, into c->out. */
int cli_json(struct cli *c, json_t *j);
__attribute__((format(printf, 2, 3))) void cli_printf(struct cli *c, const char *fmt, ...);
/* The JSON list of items made by to_json. */
int cli_json_list(struct cli *c, void **items, size_t n, json_t *(*to_json)(const void *));

/* Human tables (table.c). */
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

void cli_help(struct sb *out, const struct cli_cmd *cmd);
void cli_help_all(struct sb *out);
/* The man page, in roff. */
void cli_man(struct sb *out, const char *version);

#endif
