/*
 * output.c — what the CLI writes: compact JSON for scripts, and aligned
 * plain-text tables for people (widths counted in characters, long cells
 * cut with an ellipsis); the JSON a command keeps until it ends, and the
 * step from a command's JSON answer to the terminal. Everything goes to
 * c->out, printed after commit.
 */
#include "cli/cli.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/num.h"
#include "util/utf8.h"

#define CELL_MAX 48

/* The precision of every real grip prints, here and in the API's answers. */
#define JSON_FLAGS (JSON_COMPACT | JSON_REAL_PRECISION(12))

static const char *const status_names[] = {
	[GRIP_OK] = "ok", [GRIP_EINVAL] = "invalid", [GRIP_ENOTFOUND] = "not_found",
	[GRIP_EPERM] = "forbidden", [GRIP_ECONFLICT] = "conflict", [GRIP_ESTALE] = "stale",
	[GRIP_ESTORE] = "storage", [GRIP_ENOMEM] = "out_of_memory",
	[GRIP_EAUTH] = "unauthenticated", [GRIP_ETHROTTLE] = "too_many_attempts", [GRIP_EBUSY] = "busy",
	[GRIP_EUNAVAILABLE] = "unavailable",
};

const char *cli_status_name(enum grip_status s)
{
	return status_names[s];
}

enum grip_status cli_status_parse(const char *name)
{
	for (size_t i = 1; i < sizeof status_names / sizeof status_names[0]; i++)
		if (status_names[i] && strcmp(status_names[i], name) == 0)
			return (enum grip_status)i;
	return GRIP_OK;
}

static int print_json(struct cli *c, const json_t *j)
{
	char *text = j ? json_dumps(j, JSON_FLAGS) : NULL;
	if (!text)
		return grip_fail(c->g, GRIP_ENOMEM, NULL, "cannot build the JSON output");
	sb_adds(c->out, text);
	sb_addc(c->out, '\n');
	free(text);
	return 0;
}

int cli_json(struct cli *c, json_t *j)
{
	int rc = print_json(c, j);
	json_decref(j);
	return rc;
}

json_t *cli_array(void **items, size_t n, json_t *(*to_json)(const void *))
{
	json_t *list = json_array();
	for (size_t i = 0; list && i < n; i++) {
		if (json_array_append_new(list, to_json(items[i])) < 0) {
			json_decref(list);
			return NULL;
		}
	}
	return list;
}

json_t *cli_keep(struct cli *c, json_t *j)
{
	if (!j || json_array_append_new(c->kept, j) < 0)
		return NULL;
	return j;
}

int cli_out(struct cli *c, json_t *j, json_t **out)
{
	*out = cli_keep(c, j);
	return *out ? 0 : grip_fail(c->g, GRIP_ENOMEM, NULL, "cannot build the JSON output");
}

json_t *cli_wire(struct cli *c, const json_t *j)
{
	char *text = j ? json_dumps(j, JSON_FLAGS) : NULL;
	json_t *w = text ? json_loads(text, JSON_DECODE_ANY, NULL) : NULL;
	free(text);
	return cli_keep(c, w);
}

int cli_render(struct cli *c, const struct cli_args *a, const json_t *j)
{
	if (!c->cmd->render)
		return 0;
	if (c->json)
		return print_json(c, j);
	/* Locally too the renderer reads the JSON as it would come over HTTP,
	 * so a figure rounds the same way in both. */
	const json_t *w = cli_wire(c, j);
	if (!w)
		return grip_fail(c->g, GRIP_ENOMEM, NULL, "cannot build the output");
	return c->cmd->render(c, a, w);
}

void cli_hints(struct cli *c, const json_t *j)
{
	size_t i;
	const json_t *h;
	if (!c->notes)
		return;
	json_array_foreach(json_object_get(j, "hints"), i, h)
		cli_hint_line(c->notes, h);
}

void cli_printf(struct cli *c, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	sb_vaddf(c->out, fmt, ap);
	va_end(ap);
}

struct table {
	struct cli *c;
	int ncols;
	const char **cells; /* rows * ncols, row 0 the heads */
	size_t rows;
	size_t cap;
};

struct table *table_new(struct cli *c, int ncols, const char *const *heads)
{
	struct table *t = arena_alloc(c->g->arena, sizeof *t);
	if (!t)
		return NULL;
	t->c = c;
	t->ncols = ncols;
	t->cap = 16;
	t->cells = arena_calloc(c->g->arena, t->cap * (size_t)ncols, sizeof *t->cells);
	if (!t->cells)
		return NULL;
	for (int i = 0; i < ncols; i++)
		t->cells[i] = heads[i];
	t->rows = 1;
	return t;
}

void table_add(struct table *t, ...)
{
	if (!t)
		return;
	if (t->rows == t->cap) {
		const char **more = arena_calloc(t->c->g->arena, t->cap * 2 * (size_t)t->ncols, sizeof *more);
		if (!more)
			return;
		memcpy(more, t->cells, t->cap * (size_t)t->ncols * sizeof *more);
		t->cells = more;
		t->cap *= 2;
	}
	va_list ap;
	va_start(ap, t);
	for (int i = 0; i < t->ncols; i++) {
		const char *s = va_arg(ap, const char *);
		t->cells[t->rows * (size_t)t->ncols + (size_t)i] = s ? s : "-";
	}
	va_end(ap);
	t->rows++;
}

/* One line of a cell: up to the first newline, at most CELL_MAX characters. */
static void cell_text(const char *s, size_t *bytes, size_t *width, bool *cut)
{
	size_t line = strcspn(s, "\n");
	size_t n = utf8_prefix(s, CELL_MAX);
	*cut = n < line || s[line] == '\n';
	if (n > line)
		n = line;
	*bytes = n;
	*width = 0;
	for (size_t i = 0; i < n; i++)
		*width += ((unsigned char)s[i] & 0xc0) != 0x80;
	if (*cut) {
		if (*width == CELL_MAX) {
			*bytes = utf8_prefix(s, CELL_MAX - 1);
			*width = CELL_MAX - 1;
		}
		*width += 1; /* the ellipsis */
	}
}

void table_print(struct table *t)
{
	if (!t)
		return;
	size_t widths[16] = { 0 };
	for (size_t r = 0; r < t->rows; r++) {
		for (int i = 0; i < t->ncols && i < 16; i++) {
			size_t b, w;
			bool cut;
			cell_text(t->cells[r * (size_t)t->ncols + (size_t)i], &b, &w, &cut);
			if (w > widths[i])
				widths[i] = w;
		}
	}
	for (size_t r = 0; r < t->rows; r++) {
		for (int i = 0; i < t->ncols && i < 16; i++) {
			const char *s = t->cells[r * (size_t)t->ncols + (size_t)i];
			size_t b, w;
			bool cut;
			cell_text(s, &b, &w, &cut);
			sb_add(t->c->out, s, b);
			if (cut)
				sb_adds(t->c->out, "…");
			if (i + 1 < t->ncols)
				for (size_t k = w; k < widths[i] + 2; k++)
					sb_addc(t->c->out, ' ');
		}
		struct sb *out = t->c->out;
		while (out->len && out->buf[out->len - 1] == ' ')
			out->buf[--out->len] = '\0';
		sb_addc(out, '\n');
	}
}

const char *cell_num(struct cli *c, double v)
{
	char buf[32];
	format_number(v, buf);
	return arena_strdup(c->g->arena, buf);
}

const char *cell_amount(struct cli *c, double v, const char *unit)
{
	if (!unit || !*unit)
		return cell_num(c, v);
	/* "80%" but "9 days", "120 EUR". */
	return arena_printf(c->g->arena, "%s%s%s", cell_num(c, v), strcmp(unit, "%") == 0 ? "" : " ", unit);
}

const char *cell_pct(struct cli *c, double v)
{
	return arena_printf(c->g->arena, "%.0f%%", v * 100);
}

const char *cell_id(struct cli *c, int64_t id)
{
	return id ? arena_printf(c->g->arena, "%lld", (long long)id) : NULL;
}
