/*
 * pg_catalog.c — the PostgreSQL back end's introspection (store.h): SQL
 * made at run time, prepared under a name of its own and never cached;
 * the columns of a result and their types; the tables of the schema with
 * their keys from pg_catalog; identity sequences moved past a copy's ids.
 */
#include "store/pg.h"
#include "util/sb.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A statement of SQL made at run time: prepared under a name of its own,
 * never in the cache, and deallocated on the server by pg_finalize. */
struct store_stmt *pg_prepare_text(struct store *s, const char *sql)
{
	struct pg_store *c = pg_conn_of(s);
	if (!c->db || PQstatus(c->db) != CONNECTION_OK) {
		pg_lost(c);
		return NULL;
	}
	struct pg_stmt *st = calloc(1, sizeof *st);
	if (!st) {
		snprintf(s->err, sizeof s->err, "out of memory");
		return NULL;
	}
	st->base.owner = s;
	if (pg_prepare_on_server(c, st, sql) != STORE_OK) {
		free(st);
		return NULL;
	}
	if (st->nparams && !(st->params = calloc((size_t)st->nparams, sizeof *st->params))) {
		snprintf(s->err, sizeof s->err, "out of memory");
		pg_finalize(&st->base);
		return NULL;
	}
	return &st->base;
}

void pg_finalize(struct store_stmt *base)
{
	struct pg_stmt *st = pg_stmt_of(base);
	struct pg_store *c = pg_conn_of(base->owner);
	pg_settle(c);
	if (st->prepared && c->db && PQstatus(c->db) == CONNECTION_OK &&
	    PQtransactionStatus(c->db) != PQTRANS_INERROR) {
		char sql[48];
		snprintf(sql, sizeof sql, "DEALLOCATE %s", st->name); /* g<number>: no quoting needed */
		PGresult *res = PQexec(c->db, sql);
		PQclear(res);
	}
	pg_free_stmt(st);
}

/* The result's description is there once the statement has run: after the
 * first step, whether it gave a row or STORE_DONE. */
int pg_col_count(struct store_stmt *base)
{
	struct pg_stmt *st = pg_stmt_of(base);
	return st->res ? PQnfields(st->res) : 0;
}

const char *pg_col_name(struct store_stmt *base, int col)
{
	struct pg_stmt *st = pg_stmt_of(base);
	return st->res && col < PQnfields(st->res) ? PQfname(st->res, col) : NULL;
}

/* Type oids of pg_type (catalog/pg_type_d.h, a header of the server's). */
enum { PG_BOOL = 16, PG_INT8 = 20, PG_INT2 = 21, PG_INT4 = 23, PG_OID = 26, PG_FLOAT4 = 700, PG_FLOAT8 = 701,
       PG_NUMERIC = 1700 };

enum store_val_type pg_col_type(struct store_stmt *base, int col)
{
	struct pg_stmt *st = pg_stmt_of(base);
	if (pg_col_null(base, col))
		return STORE_NULL;
	switch (PQftype(st->res, col)) {
	case PG_BOOL: /* read as 1 or 0, as SQLite gives it */
	case PG_INT2:
	case PG_INT4:
	case PG_INT8:
	case PG_OID:
		return STORE_INT;
	case PG_FLOAT4:
	case PG_FLOAT8:
	case PG_NUMERIC:
		return STORE_REAL;
	default:
		return STORE_TEXT;
	}
}

/* Each row of sql (no parameters) handed to each(row's values), or the
 * failure. */
static enum store_rc pg_rows(struct pg_store *c, const char *sql, void (*each)(void *ctx, PGresult *res, int row),
			     void *ctx)
{
	if (!c->db || PQstatus(c->db) != CONNECTION_OK)
		return pg_lost(c);
	pg_settle(c);
	PGresult *res = PQexec(c->db, sql);
	if (PQresultStatus(res) != PGRES_TUPLES_OK) {
		enum store_rc rc = pg_fail_res(c, res);
		PQclear(res);
		return rc;
	}
	for (int r = 0; r < PQntuples(res); r++)
		each(ctx, res, r);
	PQclear(res);
	return STORE_OK;
}

struct pg_catalog {
	struct store_table *t;
	size_t n, cap;
	bool failed; /* out of memory, or more columns than store_table holds */
	char what[STORE_NAME_MAX + 40];
};

static struct store_table *pg_table_named(struct pg_catalog *k, const char *name)
{
	for (size_t i = 0; i < k->n; i++)
		if (strcmp(k->t[i].name, name) == 0)
			return &k->t[i];
	return NULL;
}

static void pg_add_table(void *ctx, PGresult *res, int row)
{
	struct pg_catalog *k = ctx;
	if (k->failed)
		return;
	if (k->n == k->cap) {
		size_t more = k->cap ? k->cap * 2 : 32;
		struct store_table *bigger = realloc(k->t, more * sizeof *bigger);
		if (!bigger) {
			k->failed = true;
			snprintf(k->what, sizeof k->what, "out of memory");
			return;
		}
		k->t = bigger;
		k->cap = more;
	}
	struct store_table *t = &k->t[k->n++];
	memset(t, 0, sizeof *t);
	snprintf(t->name, sizeof t->name, "%s", PQgetvalue(res, row, 0));
}

static void pg_add_key(void *ctx, PGresult *res, int row)
{
	struct pg_catalog *k = ctx;
	struct store_table *t = pg_table_named(k, PQgetvalue(res, row, 0));
	if (!t || k->failed)
		return;
	if (t->nkey == STORE_KEY_MAX) {
		k->failed = true;
		snprintf(k->what, sizeof k->what, "the primary key of %s has too many columns", t->name);
		return;
	}
	snprintf(t->key[t->nkey++], STORE_NAME_MAX, "%s", PQgetvalue(res, row, 1));
}

static void pg_add_ref(void *ctx, PGresult *res, int row)
{
	struct pg_catalog *k = ctx;
	struct store_table *t = pg_table_named(k, PQgetvalue(res, row, 0));
	if (!t || k->failed)
		return;
	if (t->nrefs == STORE_REFS_MAX) {
		k->failed = true;
		snprintf(k->what, sizeof k->what, "%s has too many foreign keys", t->name);
		return;
	}
	snprintf(t->refs[t->nrefs].column, STORE_NAME_MAX, "%s", PQgetvalue(res, row, 1));
	snprintf(t->refs[t->nrefs].table, STORE_NAME_MAX, "%s", PQgetvalue(res, row, 2));
	t->nrefs++;
}

/* The ordinary tables of the connection's schema (current_schema(), the
 * first of its search_path), their primary keys and foreign keys, from
 * pg_catalog: three queries for all the tables. */
enum store_rc pg_tables(struct store *s, struct store_table **out, size_t *n)
{
	struct pg_store *c = pg_conn_of(s);
	struct pg_catalog k = { 0 };
	enum store_rc rc = pg_rows(c,
				   "SELECT c.relname FROM pg_class c"
				   " WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())"
				   " AND c.relkind IN ('r', 'p') ORDER BY c.relname",
				   pg_add_table, &k);
	if (rc == STORE_OK && !k.failed)
		rc = pg_rows(c,
			     "SELECT c.relname, a.attname FROM pg_class c"
			     " JOIN pg_index i ON i.indrelid = c.oid AND i.indisprimary"
			     " JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = ANY (i.indkey)"
			     " WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())"
			     " ORDER BY c.relname, array_position(CAST(i.indkey AS smallint[]), a.attnum)",
			     pg_add_key, &k);
	if (rc == STORE_OK && !k.failed)
		rc = pg_rows(c,
			     "SELECT c.relname, a.attname, f.relname FROM pg_constraint r"
			     " JOIN pg_class c ON c.oid = r.conrelid JOIN pg_class f ON f.oid = r.confrelid"
			     " JOIN pg_attribute a ON a.attrelid = r.conrelid AND a.attnum = ANY (r.conkey)"
			     " WHERE r.contype = 'f'"
			     " AND c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())"
			     " ORDER BY c.relname, r.conname, a.attnum",
			     pg_add_ref, &k);
	if (rc == STORE_OK && k.failed) {
		snprintf(s->err, sizeof s->err, "%s", k.what);
		rc = STORE_ERROR;
	}
	*out = k.t;
	*n = k.n;
	return rc;
}

/* Each column of the table that draws its values from a sequence (an
 * identity column, or serial) has the sequence set so that its next value
 * is the column's highest plus one (1 on an empty table). */
enum store_rc pg_ids_follow(struct store *s, const char *table)
{
	struct pg_store *c = pg_conn_of(s);
	struct store_stmt *cols = pg_prepare(s, "SELECT a.attname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
					       " WHERE c.relname = CAST(? AS TEXT)"
					       " AND c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())"
					       " AND a.attnum > 0 AND NOT a.attisdropped"
					       " AND pg_get_serial_sequence(quote_ident(c.relname), a.attname) IS NOT NULL"
					       " ORDER BY a.attnum");
	struct store_val name = store_val_text(table);
	if (!cols || pg_bind(cols, 1, &name) != STORE_OK)
		return STORE_ERROR;
	enum store_rc rc;
	while ((rc = pg_step(cols)) == STORE_ROW) {
		char t[2 * STORE_NAME_MAX + 3], col[2 * STORE_NAME_MAX + 3];
		const char *column = pg_col_text(cols, 0);
		if (store_ident(table, t, sizeof t) < 0 || store_ident(column, col, sizeof col) < 0) {
			snprintf(c->base.err, sizeof c->base.err, "the name of %s is too long", table);
			rc = STORE_ERROR;
			break;
		}
		struct sb sql = SB_INIT;
		sb_adds(&sql, "SELECT setval(pg_get_serial_sequence(quote_ident(CAST(? AS TEXT)), CAST(? AS TEXT)),"
			      " COALESCE(MAX(");
		sb_adds(&sql, col);
		sb_adds(&sql, "), 0) + 1, false) FROM ");
		sb_adds(&sql, t);
		struct store_stmt *set = sql.failed ? NULL : pg_prepare_text(s, sql.buf);
		sb_release(&sql);
		struct store_val v[2] = { store_val_text(table), store_val_text(column) };
		rc = set ? pg_bind(set, 1, &v[0]) : STORE_ERROR;
		if (rc == STORE_OK)
			rc = pg_bind(set, 2, &v[1]);
		if (rc == STORE_OK)
			rc = pg_step(set);
		if (set)
			pg_finalize(set);
		if (rc != STORE_ROW && rc != STORE_DONE)
			break;
	}
	pg_reset(cols);
	return rc == STORE_DONE ? STORE_OK : rc;
}
