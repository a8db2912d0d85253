/*
 * dump.c — the dump of a whole database as canonical text (the format is
 * described in dump.h), and the statement both the dump and the copy read
 * a table's rows with.
 *
 * What makes it canonical: tables and columns are sorted by their names
 * here, not taken in the catalog's order; rows come in the order of the
 * primary key, which both back ends sort alike (integers, or text compared
 * bytewise: SQLite's BINARY and the C collation grip requires of
 * PostgreSQL); and each value is written from its type and value alone,
 * never from the back end's text for it.
 */
#include "store/dump.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DUMP_FORMAT 1
#define DUMP_FLUSH  (64 * 1024) /* bytes gathered before the sink is called */

void store_dump_real(double v, char out[32])
{
	if (v == 0 || isnan(v)) { /* -0 is 0; SQLite keeps no NaN (it stores NULL) */
		snprintf(out, 32, "0");
		return;
	}
	if (isinf(v)) {
		snprintf(out, 32, "%s", v > 0 ? "1e999" : "-1e999");
		return;
	}
	for (int digits = 15; digits <= 17; digits++) {
		snprintf(out, 32, "%.*g", digits, v);
		if (strtod(out, NULL) == v)
			return;
	}
}

void store_dump_text(struct sb *out, const char *s)
{
	static const char hex[] = "0123456789abcdef";
	sb_addc(out, '"');
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		switch (*p) {
		case '"':
			sb_adds(out, "\\\"");
			break;
		case '\\':
			sb_adds(out, "\\\\");
			break;
		case '\n':
			sb_adds(out, "\\n");
			break;
		case '\r':
			sb_adds(out, "\\r");
			break;
		case '\t':
			sb_adds(out, "\\t");
			break;
		default:
			if (*p < 0x20 || *p == 0x7f) {
				char esc[7] = {'\\', 'u', '0', '0', hex[*p >> 4], hex[*p & 15], 0};
				sb_adds(out, esc);
			} else {
				sb_addc(out, (char)*p);
			}
		}
	}
	sb_addc(out, '"');
}

struct store_stmt *store_rows_stmt(struct store *s, const struct store_table *t, char *err,
				   size_t errlen)
{
	char name[2 * STORE_NAME_MAX + 3];
	struct sb sql = SB_INIT;
	if (t->nkey == 0) {
		snprintf(err, errlen, "the table %s has no primary key to order its rows by",
			 t->name);
		return NULL;
	}
	sb_adds(&sql, "SELECT * FROM ");
	store_ident(t->name, name, sizeof name);
	sb_adds(&sql, name);
	sb_adds(&sql, " ORDER BY ");
	for (int k = 0; k < t->nkey; k++) {
		store_ident(t->key[k], name, sizeof name);
		sb_adds(&sql, k ? ", " : "");
		sb_adds(&sql, name);
	}
	struct store_stmt *st = sql.failed ? NULL : store_prepare_text(s, sql.buf);
	if (!st)
		snprintf(err, errlen, "cannot read the table %s: %s", t->name,
			 sql.failed ? "out of memory" : store_errmsg(s));
	sb_release(&sql);
	return st;
}

/* The pieces gathered for the sink. */
struct dump_out {
	struct sb buf;
	store_sink_fn sink;
	void *ctx;
	bool failed;
};

static void flush(struct dump_out *o, bool all)
{
	if (o->buf.failed)
		o->failed = true;
	if (o->failed || (!all && o->buf.len < DUMP_FLUSH) || o->buf.len == 0)
		return;
	if (o->sink(o->ctx, o->buf.buf, o->buf.len) != 0)
		o->failed = true;
	sb_reset(&o->buf);
}

static int column_order(const void *a, const void *b, void *names)
{
	const char *const *n = names;
	return strcmp(n[*(const int *)a], n[*(const int *)b]);
}

/* Sorts idx[0..n) by the names they index: a small insertion sort, as
 * qsort takes no context in C17. */
static void sort_columns(int *idx, int n, const char **names)
{
	for (int i = 1; i < n; i++) {
		int v = idx[i], j = i;
		while (j > 0 && column_order(&idx[j - 1], &v, names) > 0) {
			idx[j] = idx[j - 1];
			j--;
		}
		idx[j] = v;
	}
}

/* One table's part: its line, then its rows. */
static int dump_table(struct store *s, const struct store_table *t, struct dump_out *o, char *err,
		      size_t errlen)
{
	struct store_stmt *st = store_rows_stmt(s, t, err, errlen);
	if (!st)
		return -1;
	int rc = -1;
	enum store_rc step = store_step(st);
	int n = step == STORE_ROW || step == STORE_DONE ? store_col_count(st) : 0;
	int *idx = calloc((size_t)(n > 0 ? n : 1), sizeof *idx);
	const char **names = calloc((size_t)(n > 0 ? n : 1), sizeof *names);
	if (!idx || !names) {
		snprintf(err, errlen, "out of memory");
		goto out;
	}
	for (int c = 0; c < n; c++) {
		idx[c] = c;
		names[c] = store_col_name(st, c);
		if (!names[c]) {
			snprintf(err, errlen, "out of memory");
			goto out;
		}
	}
	sort_columns(idx, n, names);
	sb_adds(&o->buf, "{\"table\":");
	store_dump_text(&o->buf, t->name);
	sb_adds(&o->buf, ",\"columns\":[");
	for (int c = 0; c < n; c++) {
		if (c)
			sb_addc(&o->buf, ',');
		store_dump_text(&o->buf, names[idx[c]]);
	}
	sb_adds(&o->buf, "]}\n");
	for (; step == STORE_ROW && !o->failed; step = store_step(st)) {
		sb_addc(&o->buf, '[');
		for (int c = 0; c < n; c++) {
			int col = idx[c];
			char num[32];
			if (c)
				sb_addc(&o->buf, ',');
			switch (store_col_type(st, col)) {
			case STORE_NULL:
				sb_adds(&o->buf, "null");
				break;
			case STORE_INT:
				sb_addf(&o->buf, "%" PRId64, store_col_int(st, col));
				break;
			case STORE_REAL:
				store_dump_real(store_col_real(st, col), num);
				sb_adds(&o->buf, num);
				break;
			case STORE_TEXT:
				store_dump_text(&o->buf, store_col_text(st, col));
				break;
			}
		}
		sb_adds(&o->buf, "]\n");
		flush(o, false);
	}
	if (step != STORE_DONE && !o->failed) {
		snprintf(err, errlen, "cannot read the table %s: %s", t->name, store_errmsg(s));
		goto out;
	}
	rc = 0;
out:
	free(idx);
	free(names);
	store_finalize(st);
	return rc;
}

int store_dump(struct store *s, store_sink_fn sink, void *ctx, char *err, size_t errlen)
{
	struct store_table *tables = NULL;
	size_t n = 0;
	if (store_tables(s, &tables, &n) != STORE_OK) {
		snprintf(err, errlen, "cannot list the tables: %s", store_errmsg(s));
		return -1;
	}
	int version = store_schema_version(s);
	if (version < 0) {
		snprintf(err, errlen, "cannot read the schema's version: %s", store_errmsg(s));
		free(tables);
		return -1;
	}
	struct dump_out o = {.buf = SB_INIT, .sink = sink, .ctx = ctx};
	sb_addf(&o.buf, "{\"grip_dump\":%d,\"schema\":%d}\n", DUMP_FORMAT, version);
	int rc = 0;
	for (size_t i = 0; i < n && rc == 0 && !o.failed; i++)
		if (strcmp(tables[i].name, "grip_schema") != 0)
			rc = dump_table(s, &tables[i], &o, err, errlen);
	flush(&o, true);
	if (rc == 0 && o.failed) {
		snprintf(err, errlen, "%s", o.buf.failed ? "out of memory" : "the output failed");
		rc = -1;
	}
	sb_release(&o.buf);
	free(tables);
	return rc;
}

int store_dump_one(struct store *s, const struct store_table *t, store_sink_fn sink, void *ctx,
		   char *err, size_t errlen)
{
	struct dump_out o = {.buf = SB_INIT, .sink = sink, .ctx = ctx};
	int rc = dump_table(s, t, &o, err, errlen);
	flush(&o, true);
	if (rc == 0 && o.failed) {
		snprintf(err, errlen, "%s", o.buf.failed ? "out of memory" : "the output failed");
		rc = -1;
	}
	sb_release(&o.buf);
	return rc;
}
