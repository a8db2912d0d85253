/*
 * args.c — argument parsing for the CLI: "--name value", "--name=value",
 * repeatable options, flags, positionals, and "--" to end options. The
 * global options (--db, --as, --org, --json, --server, --token) are
 * accepted everywhere.
 */
#include "cli/cli.h"

#include <stdio.h>
#include <string.h>

#include "util/num.h"

static const struct cli_opt *find_opt(const struct cli_opt *opts, const char *name, size_t len)
{
	for (const struct cli_opt *o = opts; o && o->name; o++)
		if (strlen(o->name) == len && strncmp(o->name, name, len) == 0)
			return o;
	return NULL;
}

int cli_parse(const struct cli_cmd *cmd, int argc, char **argv, struct cli_args *a, char *err,
	      size_t errlen)
{
	memset(a, 0, sizeof *a);
	bool options = true;
	for (int i = 0; i < argc; i++) {
		const char *arg = argv[i];
		if (options && strcmp(arg, "--") == 0) {
			options = false;
			continue;
		}
		if (!options || strncmp(arg, "--", 2) != 0 || arg[2] == '\0') {
			if (a->npos == CLI_MAX_POS) {
				snprintf(err, errlen, "too many arguments");
				return -1;
			}
			a->pos[a->npos++] = arg;
			continue;
		}
		const char *name = arg + 2;
		const char *eq = strchr(name, '=');
		size_t len = eq ? (size_t)(eq - name) : strlen(name);
		const struct cli_opt *o = find_opt(cmd->opts, name, len);
		if (!o)
			o = find_opt(cli_global_opts, name, len);
		if (!o) {
			snprintf(err, errlen, "unknown option --%.*s", (int)len, name);
			return -1;
		}
		const char *value = NULL;
		if (o->kind == OPT_FLAG) {
			if (eq) {
				snprintf(err, errlen, "--%s takes no value", o->name);
				return -1;
			}
		} else if (eq) {
			value = eq + 1;
		} else if (i + 1 < argc) {
			value = argv[++i];
		} else {
			snprintf(err, errlen, "--%s needs a value (%s)", o->name, o->arg ? o->arg : "VALUE");
			return -1;
		}
		if (o->kind != OPT_MULTI) {
			for (int k = 0; k < a->nopts; k++) {
				if (strcmp(a->opts[k].name, o->name) == 0) {
					snprintf(err, errlen, "--%s is given twice", o->name);
					return -1;
				}
			}
		}
		if (a->nopts == CLI_MAX_OPTS) {
			snprintf(err, errlen, "too many options");
			return -1;
		}
		a->opts[a->nopts].name = o->name;
		a->opts[a->nopts].value = value;
		a->nopts++;
	}
	if (a->npos < cmd->min_pos || a->npos > cmd->max_pos) {
		snprintf(err, errlen, "%s: expected %s", a->npos < cmd->min_pos ? "missing arguments" : "too many arguments",
			 cmd->usage && *cmd->usage ? cmd->usage : "no arguments");
		return -1;
	}
	return 0;
}

const char *arg_get(const struct cli_args *a, const char *name)
{
	for (int i = a->nopts - 1; i >= 0; i--)
		if (strcmp(a->opts[i].name, name) == 0)
			return a->opts[i].value;
	return NULL;
}

bool arg_flag(const struct cli_args *a, const char *name)
{
	for (int i = 0; i < a->nopts; i++)
		if (strcmp(a->opts[i].name, name) == 0)
			return true;
	return false;
}

size_t arg_all(struct cli *c, const struct cli_args *a, const char *name, const char ***out)
{
	size_t n = 0;
	for (int i = 0; i < a->nopts; i++)
		n += strcmp(a->opts[i].name, name) == 0;
	*out = n ? arena_calloc(c->g->arena, n, sizeof **out) : NULL;
	if (n && !*out)
		return 0;
	size_t k = 0;
	for (int i = 0; i < a->nopts; i++)
		if (strcmp(a->opts[i].name, name) == 0)
			(*out)[k++] = a->opts[i].value;
	return n;
}

int cli_id(struct cli *c, const char *field, const char *text, int64_t *id)
{
	if (!text || !parse_i64(text, id) || *id <= 0)
		return grip_fail(c->g, GRIP_EINVAL, field, "is not an id (a whole number above 0): %s",
				 text ? text : "(none)");
	return 0;
}

int cli_number(struct cli *c, const char *field, const char *text, double *v)
{
	if (!text || !parse_double(text, v))
		return grip_fail(c->g, GRIP_EINVAL, field, "is not a number: %s", text ? text : "(none)");
	return 0;
}

int cli_int(struct cli *c, const char *field, const char *text, int64_t min, int64_t max,
	    int64_t *v)
{
	if (!text || !parse_i64(text, v) || *v < min || *v > max)
		return grip_fail(c->g, GRIP_EINVAL, field, "must be a whole number from %lld to %lld",
				 (long long)min, (long long)max);
	return 0;
}
