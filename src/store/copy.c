/*
 * copy.c — the copy of one database into another, new or empty (dump.h):
 * SQLite to PostgreSQL, back, or file to file, on the store's
 * introspection alone.
 *
 * How it goes:
 *  1. A read transaction on FROM (one snapshot for the copy and for its
 *     check) and a write transaction on TO, in which TO is found empty:
 *     no row in any table but its own grip_schema. The two must have the
 *     same tables and the same schema version.
 *  2. Tables in the order of their foreign keys (a table after those it
 *     references; among the ready ones, by name), rows in the order of
 *     the primary key, ids kept, several rows to an INSERT. A column that
 *     references its own table (a unit's parent) is written NULL first and
 *     set once the whole table is in, since a row may name one that comes
 *     after it.
 *  3. Each table's id counter is moved past its highest id
 *     (store_ids_follow), then TO commits.
 *  4. The check: each table's dump on both sides, FROM's in the snapshot
 *     it was copied from, hashed and compared.
 * Refused or failed before the commit, TO is rolled back as it was.
 */
#include "store/copy_plan.h"
#include "store/dump.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/arena.h"

#define COPY_ROWS_MAX	100   /* rows to one INSERT */
#define COPY_PARAMS_MAX 30000 /* values to one INSERT (SQLite allows 32766) */

/* What one table's copy needs to know of its columns. */
struct copy_table {
	const struct store_table *t;
	int ncols;
	const char **names; /* in FROM's statement's order */
	bool *self;	    /* references its own table: written later */
	int key[STORE_KEY_MAX];
	bool any_self;
	int per; /* rows to a full INSERT */
};

static void quoted(struct sb *sql, const char *name)
{
	char q[2 * STORE_NAME_MAX + 3];
	if (store_ident(name, q, sizeof q) < 0)
		sql->failed = true;
	else
		sb_adds(sql, q);
}

/* INSERT INTO "t" ("a", "b") VALUES (?, ?), (?, ?) for rows rows. */
static struct store_stmt *insert_stmt(struct store *to, const struct copy_table *ct, int rows)
{
	struct sb sql = SB_INIT;
	sb_adds(&sql, "INSERT INTO ");
	quoted(&sql, ct->t->name);
	sb_adds(&sql, " (");
	for (int c = 0; c < ct->ncols; c++) {
		sb_adds(&sql, c ? ", " : "");
		quoted(&sql, ct->names[c]);
	}
	sb_adds(&sql, ") VALUES ");
	for (int r = 0; r < rows; r++) {
		sb_adds(&sql, r ? ", (" : "(");
		for (int c = 0; c < ct->ncols; c++)
			sb_adds(&sql, c ? ", ?" : "?");
		sb_addc(&sql, ')');
	}
	struct store_stmt *st = sql.failed ? NULL : store_prepare_text(to, sql.buf);
	sb_release(&sql);
	return st;
}

/* UPDATE "t" SET "self1" = ?, ... WHERE "k1" = ? AND ... */
static struct store_stmt *update_stmt(struct store *to, const struct copy_table *ct)
{
	struct sb sql = SB_INIT;
	sb_adds(&sql, "UPDATE ");
	quoted(&sql, ct->t->name);
	sb_adds(&sql, " SET ");
	bool first = true;
	for (int c = 0; c < ct->ncols; c++) {
		if (!ct->self[c])
			continue;
		sb_adds(&sql, first ? "" : ", ");
		quoted(&sql, ct->names[c]);
		sb_adds(&sql, " = ?");
		first = false;
	}
	sb_adds(&sql, " WHERE ");
	for (int k = 0; k < ct->t->nkey; k++) {
		sb_adds(&sql, k ? " AND " : "");
		quoted(&sql, ct->names[ct->key[k]]);
		sb_adds(&sql, " = ?");
	}
	struct store_stmt *st = sql.failed ? NULL : store_prepare_text(to, sql.buf);
	sb_release(&sql);
	return st;
}

/* The value of the current row's column, its text copied into the arena. */
static int read_val(struct arena *a, struct store_stmt *st, int col, struct store_val *out)
{
	switch (store_col_type(st, col)) {
	case STORE_INT:
		*out = store_val_int(store_col_int(st, col));
		return 0;
	case STORE_REAL:
		*out = store_val_real(store_col_real(st, col));
		return 0;
	case STORE_TEXT: {
		const char *s = arena_strdup(a, store_col_text(st, col));
		*out = store_val_text(s);
		return s ? 0 : -1;
	}
	default:
		*out = (struct store_val){.type = STORE_NULL};
		return 0;
	}
}

/* Binds the n values to st, runs it once and resets it; false when any
 * step failed. */
static bool run_with(struct store_stmt *st, const struct store_val *vals, int n)
{
	enum store_rc rc = STORE_OK;
	for (int i = 0; i < n && rc == STORE_OK; i++)
		rc = store_bind(st, i + 1, &vals[i]);
	if (rc == STORE_OK)
		rc = store_step(st);
	store_done(st);
	return rc == STORE_DONE || rc == STORE_ROW;
}

/* Writes rows rows of vals (ncols each) with one INSERT; *full is the
 * statement kept for full batches. */
static int write_batch(struct store *to, const struct copy_table *ct, struct store_stmt **full,
		       const struct store_val *vals, int rows, char *err, size_t errlen)
{
	bool whole = rows == ct->per; /* a full batch: its statement is kept */
	struct store_stmt *st = whole ? *full : NULL;
	if (!st && !(st = insert_stmt(to, ct, rows))) {
		snprintf(err, errlen, "cannot write the table %s: %s", ct->t->name,
			 store_errmsg(to));
		return -1;
	}
	if (whole)
		*full = st;
	bool ok = run_with(st, vals, rows * ct->ncols);
	if (!whole)
		store_finalize(st);
	if (!ok) {
		snprintf(err, errlen, "cannot write the table %s: %s", ct->t->name,
			 store_errmsg(to));
		return -1;
	}
	return 0;
}

/* Sets the columns held back (self) of the rows saved in later. */
static int write_later(struct store *to, const struct copy_table *ct, const struct store_val *later,
		       size_t nlater, int width, char *err, size_t errlen)
{
	if (nlater == 0)
		return 0;
	struct store_stmt *st = update_stmt(to, ct);
	if (!st) {
		snprintf(err, errlen, "cannot write the table %s: %s", ct->t->name,
			 store_errmsg(to));
		return -1;
	}
	bool ok = true;
	for (size_t r = 0; r < nlater && ok; r++)
		ok = run_with(st, &later[r * (size_t)width], width);
	store_finalize(st);
	if (!ok) {
		snprintf(err, errlen, "cannot write the table %s: %s", ct->t->name,
			 store_errmsg(to));
		return -1;
	}
	return 0;
}

/* Learns the columns of FROM's statement for the table. */
static int table_columns(struct arena *a, struct store_stmt *st, const struct store_table *t,
			 struct copy_table *ct, char *err, size_t errlen)
{
	*ct = (struct copy_table){.t = t, .ncols = store_col_count(st)};
	ct->names = arena_calloc(a, (size_t)ct->ncols + 1, sizeof *ct->names);
	ct->self = arena_calloc(a, (size_t)ct->ncols + 1, sizeof *ct->self);
	if (ct->ncols <= 0) {
		snprintf(err, errlen, "the table %s has no columns", t->name);
		return -1;
	}
	if (!ct->names || !ct->self) {
		snprintf(err, errlen, "out of memory");
		return -1;
	}
	for (int c = 0; c < ct->ncols; c++) {
		ct->names[c] = arena_strdup(a, store_col_name(st, c));
		if (!ct->names[c]) {
			snprintf(err, errlen, "out of memory");
			return -1;
		}
		for (int r = 0; r < t->nrefs; r++)
			if (strcmp(t->refs[r].table, t->name) == 0 &&
			    strcmp(t->refs[r].column, ct->names[c]) == 0)
				ct->self[c] = ct->any_self = true;
	}
	for (int k = 0; k < t->nkey; k++) {
		ct->key[k] = -1;
		for (int c = 0; c < ct->ncols; c++)
			if (strcmp(ct->names[c], t->key[k]) == 0)
				ct->key[k] = c;
		if (ct->key[k] < 0 || ct->self[ct->key[k]]) {
			snprintf(err, errlen, "the table %s: its key column %s cannot be copied",
				 t->name, t->key[k]);
			return -1;
		}
	}
	ct->per = COPY_PARAMS_MAX / ct->ncols;
	if (ct->per > COPY_ROWS_MAX)
		ct->per = COPY_ROWS_MAX;
	if (ct->per < 1)
		ct->per = 1;
	return 0;
}

static int nself(const struct copy_table *ct)
{
	int n = 0;
	for (int c = 0; c < ct->ncols; c++)
		n += ct->self[c];
	return n;
}

/* Every row of one table, from FROM into TO; *rows counts them. */
static int copy_table(struct store *from, struct store *to, const struct store_table *t,
		      int64_t *rows, char *err, size_t errlen)
{
	struct store_stmt *st = store_rows_stmt(from, t, err, errlen);
	if (!st)
		return -1;
	struct arena table_mem = ARENA_INIT, batch_mem = ARENA_INIT;
	struct store_stmt *full = NULL;
	struct store_val *vals = NULL, *later = NULL;
	size_t nlater = 0, cap_later = 0;
	int rc = -1, width = 0, inbatch = 0;
	struct copy_table ct;
	enum store_rc step = store_step(st);
	if (step != STORE_ROW && step != STORE_DONE)
		goto read_failed;
	if (table_columns(&table_mem, st, t, &ct, err, errlen) < 0)
		goto out;
	width = nself(&ct) + t->nkey;
	vals = calloc((size_t)ct.per * (size_t)ct.ncols, sizeof *vals);
	if (!vals)
		goto oom;
	for (; step == STORE_ROW; step = store_step(st)) {
		struct store_val *row = &vals[(size_t)inbatch * (size_t)ct.ncols];
		for (int c = 0; c < ct.ncols; c++)
			if (read_val(&batch_mem, st, c, &row[c]) < 0)
				goto oom;
		if (ct.any_self) {
			bool held = false;
			for (int c = 0; c < ct.ncols; c++)
				held |= ct.self[c] && row[c].type != STORE_NULL;
			if (held) {
				if (nlater == cap_later) {
					size_t more = cap_later ? cap_later * 2 : 64;
					struct store_val *bigger = realloc(
						later, more * (size_t)width * sizeof *bigger);
					if (!bigger)
						goto oom;
					later = bigger;
					cap_later = more;
				}
				struct store_val *l = &later[nlater++ * (size_t)width];
				int w = 0;
				for (int c = 0; c < ct.ncols; c++)
					if (ct.self[c] && read_val(&table_mem, st, c, &l[w++]) < 0)
						goto oom;
				for (int k = 0; k < t->nkey; k++)
					if (read_val(&table_mem, st, ct.key[k], &l[w++]) < 0)
						goto oom;
			}
			for (int c = 0; c < ct.ncols; c++)
				if (ct.self[c])
					row[c] = (struct store_val){.type = STORE_NULL};
		}
		(*rows)++;
		if (++inbatch == ct.per) {
			if (write_batch(to, &ct, &full, vals, inbatch, err, errlen) < 0)
				goto out;
			inbatch = 0;
			arena_release(&batch_mem);
		}
	}
	if (step != STORE_DONE)
		goto read_failed;
	if (inbatch && write_batch(to, &ct, &full, vals, inbatch, err, errlen) < 0)
		goto out;
	if (write_later(to, &ct, later, nlater, width, err, errlen) < 0)
		goto out;
	if (store_ids_follow(to, t->name) != STORE_OK) {
		snprintf(err, errlen, "cannot move the ids of %s on: %s", t->name,
			 store_errmsg(to));
		goto out;
	}
	rc = 0;
	goto out;
read_failed:
	snprintf(err, errlen, "cannot read the table %s: %s", t->name, store_errmsg(from));
	goto out;
oom:
	snprintf(err, errlen, "out of memory");
out:
	store_finalize(full);
	store_finalize(st);
	free(vals);
	free(later);
	arena_release(&batch_mem);
	arena_release(&table_mem);
	return rc;
}

int store_copy(struct store *from, struct store *to, struct store_copy_report *r, char *err,
	       size_t errlen)
{
	*r = (struct store_copy_report){0};
	struct store_table *ft = NULL, *tt = NULL;
	size_t fn = 0, tn = 0, *order = NULL;
	int rc = -1;
	if (store_begin(from, false) != STORE_OK) {
		snprintf(err, errlen, "cannot read the source: %s", store_errmsg(from));
		return -1;
	}
	if (store_begin(to, true) != STORE_OK) {
		snprintf(err, errlen, "cannot write the target: %s", store_errmsg(to));
		store_rollback(from);
		return -1;
	}
	if (store_tables(from, &ft, &fn) != STORE_OK) {
		snprintf(err, errlen, "cannot list the source's tables: %s", store_errmsg(from));
		goto fail;
	}
	if (store_tables(to, &tt, &tn) != STORE_OK) {
		snprintf(err, errlen, "cannot list the target's tables: %s", store_errmsg(to));
		goto fail;
	}
	int fv = store_schema_version(from), tv = store_schema_version(to);
	if (fv != tv) {
		snprintf(
			err, errlen,
			"the source has schema version %d and the target %d; they must be the same",
			fv, tv);
		goto fail;
	}
	const char *busy;
	if (copy_holds_rows(to, tt, tn, &busy, err, errlen) < 0)
		goto fail;
	if (busy) {
		snprintf(err, errlen,
			 "the target already holds data (the table %s has rows); "
			 "grip copy writes only into a new or empty database",
			 busy);
		goto fail;
	}
	if (copy_same_tables(ft, fn, tt, tn, err, errlen) < 0)
		goto fail;
	order = calloc(fn + 1, sizeof *order);
	if (!order) {
		snprintf(err, errlen, "out of memory");
		goto fail;
	}
	if (copy_order(ft, fn, order, err, errlen) < 0)
		goto fail;
	for (size_t i = 0; i < fn; i++) {
		const struct store_table *t = &ft[order[i]];
		if (strcmp(t->name, "grip_schema") == 0)
			continue;
		if (copy_table(from, to, t, &r->rows, err, errlen) < 0)
			goto fail;
		r->tables++;
	}
	if (store_commit(to) != STORE_OK) {
		snprintf(err, errlen, "cannot commit the copy: %s", store_errmsg(to));
		goto fail;
	}
	/* The check reads to afresh; from still sees what was copied. */
	if (store_begin(to, false) != STORE_OK) {
		snprintf(err, errlen, "the copy was committed, but cannot be read back: %s",
			 store_errmsg(to));
		store_rollback(from);
		goto out;
	}
	if (copy_compare(from, to, ft, fn, r, err, errlen) < 0) {
		char why[400];
		snprintf(why, sizeof why, "%s", err);
		snprintf(err, errlen, "the copy was committed, but cannot be compared: %s", why);
	} else {
		rc = 0;
	}
	store_rollback(to);
	store_rollback(from);
	goto out;
fail:
	store_rollback(to);
	store_rollback(from);
out:
	free(order);
	free(ft);
	free(tt);
	return rc;
}
