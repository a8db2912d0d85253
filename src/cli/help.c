/*
 * help.c — `--help` text and the man page, generated from the command table
 * so that neither can drift from what the commands accept.
 */
#include "cli/cli.h"

#include <stdio.h>
#include <string.h>

static void opts_help(struct sb *out, const struct cli_opt *opts, bool connection)
{
	for (const struct cli_opt *o = opts; o && o->name; o++) {
		if (o->kind == OPT_CONNECTION && !connection)
			continue;
		int w = (int)strlen(o->name) + (o->arg ? (int)strlen(o->arg) + 1 : 0);
		sb_addf(out, "  --%s%s%s%*s  %s%s\n", o->name, o->arg ? " " : "", o->arg ? o->arg : "",
			w < 24 ? 24 - w : 0, "", o->help, o->kind == OPT_MULTI ? " (repeatable)" : "");
	}
}

/* The commands of one noun, but `skip`, with their arguments and summary. */
static void noun_list(struct sb *out, const char *noun, const struct cli_cmd *skip)
{
	for (const struct cli_cmd *c = cli_commands; c->noun; c++) {
		if (c == skip || strcmp(c->noun, noun) != 0)
			continue;
		char name[96];
		snprintf(name, sizeof name, "%s%s%s%s%s", c->noun, c->verb ? " " : "", c->verb ? c->verb : "",
			 c->usage && *c->usage ? " " : "", c->usage ? c->usage : "");
		sb_addf(out, "  %-32s %s\n", name, c->summary);
	}
}

void cli_help(struct sb *out, const struct cli_cmd *cmd)
{
	sb_addf(out, "usage: grip %s%s%s%s%s [options]\n\n%s\n", cmd->noun, cmd->verb ? " " : "",
		cmd->verb ? cmd->verb : "", cmd->usage && *cmd->usage ? " " : "",
		cmd->usage ? cmd->usage : "", cmd->summary);
	if (cmd->opts && cmd->opts->name) {
		sb_adds(out, "\noptions:\n");
		opts_help(out, cmd->opts, false);
	}
	if (!cmd->verb && cli_noun_commands(cmd->noun) > 1) {
		sb_addf(out, "\nother commands of %s:\n", cmd->noun);
		noun_list(out, cmd->noun, cmd);
	}
	sb_adds(out, "\nglobal options:\n");
	opts_help(out, cli_global_opts, false);
}

int cli_noun_commands(const char *noun)
{
	int n = 0;
	for (const struct cli_cmd *c = cli_commands; c->noun; c++)
		n += strcmp(c->noun, noun) == 0;
	return n;
}

void cli_help_noun(struct sb *out, const char *noun)
{
	sb_addf(out, "usage: grip %s COMMAND [ARGS] [options]\n\ncommands of %s:\n", noun, noun);
	noun_list(out, noun, NULL);
	sb_addf(out, "\n`grip %s COMMAND --help` tells more of one; `grip --help` lists every command.\n", noun);
}

void cli_help_all(struct sb *out)
{
	sb_adds(out, "usage: grip [--db FILE] [--as EMAIL] [--org SLUG] [--json] COMMAND [ARGS]\n\n"
		     "grip keeps goals, OKRs and weekly commitments in one file.\n\ncommands:\n");
	for (const struct cli_cmd *c = cli_commands; c->noun; c++) {
		char name[64];
		snprintf(name, sizeof name, "%s%s%s", c->noun, c->verb ? " " : "", c->verb ? c->verb : "");
		sb_addf(out, "  %-20s %s\n", name, c->summary);
	}
	sb_adds(out, "\nglobal options:\n");
	opts_help(out, cli_global_opts, true);
	sb_adds(out, "\nenvironment: GRIP_DB, GRIP_USER, GRIP_ORG, GRIP_NOW (a date or date-time\n"
		     "that stands in for the clock), GRIP_SERVER, GRIP_TOKEN. With --server the\n"
		     "commands work over that server's API, with the same output; init, demo,\n"
		     "report, serve, remind, migrate, dump, copy and person password work on a\n"
		     "local database only.\n"
		     "`grip COMMAND --help` tells more; `grip --man` prints the manual page,\n"
		     "`grip --openapi` the API's description, `grip --routes` every API route,\n"
		     "web page and command as JSON.\n");
}

/* Text for roff: a leading dot or quote would be read as a request, and a
 * backslash as an escape. */
static void roff(struct sb *out, const char *s)
{
	if (*s == '.' || *s == '\'')
		sb_adds(out, "\\&");
	for (; *s; s++) {
		if (*s == '\\')
			sb_adds(out, "\\e");
		else if (*s == '-')
			sb_adds(out, "\\-");
		else
			sb_addc(out, *s);
	}
}

static void man_opts(struct sb *out, const struct cli_opt *opts)
{
	for (const struct cli_opt *o = opts; o && o->name; o++) {
		sb_adds(out, ".TP\n.B \\-\\-");
		roff(out, o->name);
		if (o->arg) {
			sb_adds(out, " \\fI");
			roff(out, o->arg);
			sb_adds(out, "\\fR");
		}
		sb_addc(out, '\n');
		roff(out, o->help);
		sb_adds(out, o->kind == OPT_MULTI ? " (repeatable)\n" : "\n");
	}
}

void cli_man(struct sb *out, const char *version)
{
	sb_addf(out, ".TH GRIP 1 \"\" \"grip %s\" \"User Commands\"\n", version);
	sb_adds(out, ".SH NAME\ngrip \\- goals, OKRs, check-ins and weekly commitments in one file\n"
		     ".SH SYNOPSIS\n.B grip\n[\\fIglobal options\\fR] \\fIcommand\\fR [\\fIarguments\\fR]\n"
		     ".SH DESCRIPTION\ngrip keeps an organisation's strategy, objectives, key results, "
		     "weekly GRIP check-ins and weekly commitments in an SQLite file, and computes progress, "
		     "confidence lights, pace, risk and completion from them.\n"
		     "Exit status: 0 done, 1 refused or failed (nothing changed), 2 usage.\n"
		     ".PP\nAfter objective add and edit, kr add and edit, and commit add and edit, the "
		     "coach's hints on what was written follow the result on standard error, as grip coach "
		     "prints them (with \\-\\-json, in the answer's \"hints\" instead); they never block "
		     "the change nor alter the exit status.\n"
		     ".SH GLOBAL OPTIONS\n");
	man_opts(out, cli_global_opts);
	sb_adds(out, ".SH COMMANDS\n");
	for (const struct cli_cmd *c = cli_commands; c->noun; c++) {
		sb_adds(out, ".SS ");
		roff(out, c->noun);
		if (c->verb) {
			sb_addc(out, ' ');
			roff(out, c->verb);
		}
		if (c->usage && *c->usage) {
			sb_addc(out, ' ');
			roff(out, c->usage);
		}
		sb_addc(out, '\n');
		roff(out, c->summary);
		sb_addc(out, '\n');
		man_opts(out, c->opts);
	}
	sb_adds(out, ".SH ENVIRONMENT\n.TP\n.B GRIP_DB\nthe database file\n.TP\n.B GRIP_USER\n"
		     "the acting person's email\n.TP\n.B GRIP_ORG\nthe organisation's slug\n.TP\n"
		     ".B GRIP_NOW\nan ISO date or date\\-time that stands in for the clock\n.TP\n"
		     ".B GRIP_SERVER\nthe server to work with, like \\-\\-server\n.TP\n"
		     ".B GRIP_TOKEN\nthe API token for it, like \\-\\-token\n");
}
