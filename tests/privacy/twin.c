/*
 * twin.c — builds the twin databases of the privacy matrix test (see
 * tests/privacy/README.md): a copy of a grip database in which some rows,
 * and everything that hangs off them through the schema's foreign keys,
 * are deleted (the reader may not know they exist) or relabelled (the
 * reader may count them, in a group's totals, but must learn nothing of
 * them: new ids, their marker text changed). A reader who may not see a
 * row must read exactly the same from the copy as from the original.
 *
 *   privacy-twin --dump DB                  every row of every table, as JSON
 *   privacy-twin BASE OUT [ACTION T:ID]...  the twin, where ACTION is
 *       --delete   the row and what references it, with its history
 *       --relabel  the same rows renumbered (id + 1000000) and their text
 *                  markers "zq" rewritten "xw" (history included)
 *       --retext   only that row's markers rewritten
 *       --keep     a row the reader sees: touching it is an error, for a
 *                  delete or relabel that reached it contradicts the rules
 *
 * Foreign keys come from the schema itself (PRAGMA foreign_key_list), so a
 * new table is followed the day it is added.
 *
 * The twin is made on a SQLite file. On PostgreSQL (GRIP_TEST_POSTGRES
 * set: the store maps every database file to a schema of that server,
 * src/store/store.c), DB, BASE and OUT name such schemas: the database is
 * first copied into a SQLite file of the tool's own beside OUT or DB
 * (NAME.base.sqlite, NAME.dump.sqlite: made by grip's migrations with the
 * mapping off), the dump or the twin (NAME.twin.sqlite) is made from it
 * exactly as on SQLite, and the twin is then copied into OUT, a schema
 * made afresh: the rows as they are, ids included, and each id's sequence
 * moved past them. The tool's files are removed at the end.
 */
#include <jansson.h>
#include <libpq-fe.h>
#include <sqlite3.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/store.h"

#define MAX_TABLES 64
#define MAX_FKS 256
#define MAX_ROWS 20000

struct fk {
	int child;        /* table index */
	char column[64];  /* in the child */
	int parent;       /* table index; the parent's key is its id */
};

struct row {
	int table;
	long long id; /* rowid (= id where the table has one) */
	int action;   /* 'd', 'r', 'k' */
};

struct twin {
	sqlite3 *db;
	char tables[MAX_TABLES][64];
	bool has_id[MAX_TABLES];
	int n_tables;
	struct fk fks[MAX_FKS];
	int n_fks;
	struct row rows[MAX_ROWS];
	int n_rows;
};

static void die(const char *what, const char *detail)
{
	fprintf(stderr, "privacy-twin: %s%s%s\n", what, detail ? ": " : "", detail ? detail : "");
	exit(2);
}

static void exec(struct twin *t, const char *sql)
{
	char *err = NULL;
	if (sqlite3_exec(t->db, sql, NULL, NULL, &err) != SQLITE_OK)
		die(sql, err);
}

static sqlite3_stmt *prep(struct twin *t, const char *sql)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(t->db, sql, -1, &st, NULL) != SQLITE_OK)
		die(sql, sqlite3_errmsg(t->db));
	return st;
}

static int table_index(struct twin *t, const char *name)
{
	for (int i = 0; i < t->n_tables; i++)
		if (strcmp(t->tables[i], name) == 0)
			return i;
	return -1;
}

static void load_schema(struct twin *t)
{
	sqlite3_stmt *st = prep(t, "SELECT name FROM sqlite_master WHERE type = 'table'"
				   " AND name NOT LIKE 'sqlite_%' ORDER BY name");
	while (sqlite3_step(st) == SQLITE_ROW && t->n_tables < MAX_TABLES)
		snprintf(t->tables[t->n_tables++], 64, "%s", (const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	for (int i = 0; i < t->n_tables; i++) {
		char sql[200];
		snprintf(sql, sizeof sql, "SELECT name FROM pragma_table_info('%s')", t->tables[i]);
		st = prep(t, sql);
		while (sqlite3_step(st) == SQLITE_ROW)
			if (strcmp((const char *)sqlite3_column_text(st, 0), "id") == 0)
				t->has_id[i] = true;
		sqlite3_finalize(st);
		snprintf(sql, sizeof sql, "SELECT \"table\", \"from\" FROM pragma_foreign_key_list('%s')",
			 t->tables[i]);
		st = prep(t, sql);
		while (sqlite3_step(st) == SQLITE_ROW && t->n_fks < MAX_FKS) {
			int parent = table_index(t, (const char *)sqlite3_column_text(st, 0));
			if (parent < 0)
				continue;
			struct fk *f = &t->fks[t->n_fks++];
			f->child = i;
			f->parent = parent;
			snprintf(f->column, sizeof f->column, "%s", (const char *)sqlite3_column_text(st, 1));
		}
		sqlite3_finalize(st);
	}
}

static struct row *find_row(struct twin *t, int table, long long id)
{
	for (int i = 0; i < t->n_rows; i++)
		if (t->rows[i].table == table && t->rows[i].id == id)
			return &t->rows[i];
	return NULL;
}

/* Marks the row and, through the foreign keys, every row referencing it. */
static void mark(struct twin *t, int table, long long id, int action, const char *root)
{
	struct row *r = find_row(t, table, id);
	if (r) {
		if (r->action == 'k' && action != 'k')
			die("the rules contradict each other: a row the reader keeps hangs off", root);
		if (r->action != 'k' && action == 'k')
			die("the rules contradict each other: a kept row is reached from", root);
		return;
	}
	if (t->n_rows == MAX_ROWS)
		die("too many rows", NULL);
	t->rows[t->n_rows++] = (struct row){ table, id, action };
	if (action == 'k')
		return;
	for (int f = 0; f < t->n_fks; f++) {
		if (t->fks[f].parent != table)
			continue;
		char sql[300];
		snprintf(sql, sizeof sql, "SELECT rowid FROM \"%s\" WHERE \"%s\" = ?", t->tables[t->fks[f].child],
			 t->fks[f].column);
		sqlite3_stmt *st = prep(t, sql);
		sqlite3_bind_int64(st, 1, id);
		long long kids[4096];
		int n = 0;
		while (sqlite3_step(st) == SQLITE_ROW && n < 4096)
			kids[n++] = sqlite3_column_int64(st, 0);
		sqlite3_finalize(st);
		for (int k = 0; k < n; k++)
			mark(t, t->fks[f].child, kids[k], action, root);
	}
}

/* The history's name for a table's rows ("objectives" -> "objective"). */
static const char *entity_of(const char *table)
{
	static const char *const map[][2] = {
		{ "objectives", "objective" }, { "key_results", "key_result" }, { "checkins", "checkin" },
		{ "commitments", "commitment" }, { "memberships", "membership" }, { "units", "unit" },
		{ "cycles", "cycle" }, { "initiatives", "initiative" }, { "dependencies", "dependency" },
		{ "people", "person" }, { "orgs", "org" }, { "api_tokens", "token" }, { "reviews", "review" },
	};
	for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
		if (strcmp(map[i][0], table) == 0)
			return map[i][1];
	return NULL;
}

static void run(struct twin *t, const char *sql, const char *s1, long long a, long long b)
{
	sqlite3_stmt *st = prep(t, sql);
	int k = 1;
	if (s1)
		sqlite3_bind_text(st, k++, s1, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, k++, a);
	if (b)
		sqlite3_bind_int64(st, k, b);
	if (sqlite3_step(st) != SQLITE_DONE)
		die(sql, sqlite3_errmsg(t->db));
	sqlite3_finalize(st);
}

/* Rewrites the markers in every text column of one row. */
static void retext(struct twin *t, int table, long long id)
{
	char sql[300];
	snprintf(sql, sizeof sql, "SELECT name FROM pragma_table_info('%s') WHERE type = 'TEXT'", t->tables[table]);
	sqlite3_stmt *st = prep(t, sql);
	while (sqlite3_step(st) == SQLITE_ROW) {
		char upd[400];
		const char *col = (const char *)sqlite3_column_text(st, 0);
		snprintf(upd, sizeof upd, "UPDATE \"%s\" SET \"%s\" = replace(\"%s\", 'zq', 'xw') WHERE rowid = ?",
			 t->tables[table], col, col);
		run(t, upd, NULL, id, 0);
	}
	sqlite3_finalize(st);
	const char *entity = entity_of(t->tables[table]);
	if (entity)
		run(t, "UPDATE events SET before_json = replace(before_json, 'zq', 'xw'),"
		       " after_json = replace(after_json, 'zq', 'xw'), reason = replace(reason, 'zq', 'xw')"
		       " WHERE entity = ? AND entity_id = ?", entity, id, 0);
}

static void apply(struct twin *t)
{
	for (int i = 0; i < t->n_rows; i++) {
		struct row *r = &t->rows[i];
		const char *table = t->tables[r->table], *entity = entity_of(table);
		char sql[300];
		if (r->action == 'd') {
			snprintf(sql, sizeof sql, "DELETE FROM \"%s\" WHERE rowid = ?", table);
			run(t, sql, NULL, r->id, 0);
			if (entity)
				run(t, "DELETE FROM events WHERE entity = ? AND entity_id = ?", entity, r->id, 0);
		} else if (r->action == 'r' || r->action == 't') {
			retext(t, r->table, r->id);
			if (r->action == 't' || !t->has_id[r->table])
				continue;
			long long to = r->id + 1000000;
			snprintf(sql, sizeof sql, "UPDATE \"%s\" SET id = ? WHERE id = ?", table);
			run(t, sql, NULL, to, r->id);
			for (int f = 0; f < t->n_fks; f++) {
				if (t->fks[f].parent != r->table)
					continue;
				snprintf(sql, sizeof sql, "UPDATE \"%s\" SET \"%s\" = ? WHERE \"%s\" = ?",
					 t->tables[t->fks[f].child], t->fks[f].column, t->fks[f].column);
				run(t, sql, NULL, to, r->id);
			}
			if (entity) {
				sqlite3_stmt *st = prep(t, "UPDATE events SET entity_id = ? WHERE entity = ? AND entity_id = ?");
				sqlite3_bind_int64(st, 1, to);
				sqlite3_bind_text(st, 2, entity, -1, SQLITE_STATIC);
				sqlite3_bind_int64(st, 3, r->id);
				if (sqlite3_step(st) != SQLITE_DONE)
					die("events", sqlite3_errmsg(t->db));
				sqlite3_finalize(st);
			}
		}
	}
}

/* --dump: every table's rows as {"table": [{column: value}]}. */
static int dump(struct twin *t)
{
	json_t *out = json_object();
	for (int i = 0; i < t->n_tables; i++) {
		char sql[200];
		snprintf(sql, sizeof sql, "SELECT rowid AS rowid_, * FROM \"%s\" ORDER BY rowid", t->tables[i]);
		sqlite3_stmt *st = prep(t, sql);
		json_t *rows = json_array();
		while (sqlite3_step(st) == SQLITE_ROW) {
			json_t *row = json_object();
			for (int c = 0; c < sqlite3_column_count(st); c++) {
				const char *name = sqlite3_column_name(st, c);
				switch (sqlite3_column_type(st, c)) {
				case SQLITE_INTEGER:
					json_object_set_new(row, name, json_integer(sqlite3_column_int64(st, c)));
					break;
				case SQLITE_FLOAT:
					json_object_set_new(row, name, json_real(sqlite3_column_double(st, c)));
					break;
				case SQLITE_NULL:
					json_object_set_new(row, name, json_null());
					break;
				default:
					json_object_set_new(row, name, json_string((const char *)sqlite3_column_text(st, c)));
				}
			}
			json_array_append_new(rows, row);
		}
		sqlite3_finalize(st);
		json_object_set_new(out, t->tables[i], rows);
	}
	json_dumpf(out, stdout, JSON_COMPACT);
	json_decref(out);
	return 0;
}

/* The dump or the twin on SQLite files: everything above. */
static int twin_sqlite(int argc, char **argv)
{
	static struct twin t;
	if (argc == 3 && strcmp(argv[1], "--dump") == 0) {
		if (sqlite3_open_v2(argv[2], &t.db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
			die("cannot open", argv[2]);
		load_schema(&t);
		return dump(&t);
	}
	if (argc < 3)
		die("usage: privacy-twin --dump DB | privacy-twin BASE OUT [--delete|--relabel|--retext|--keep TABLE:ID]...",
		    NULL);
	if (sqlite3_open_v2(argv[1], &t.db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
		die("cannot open", argv[1]);
	remove(argv[2]);
	sqlite3_stmt *st = prep(&t, "VACUUM INTO ?");
	sqlite3_bind_text(st, 1, argv[2], -1, SQLITE_STATIC);
	if (sqlite3_step(st) != SQLITE_DONE)
		die("VACUUM INTO", sqlite3_errmsg(t.db));
	sqlite3_finalize(st);
	sqlite3_close(t.db);
	if (sqlite3_open(argv[2], &t.db) != SQLITE_OK)
		die("cannot open", argv[2]);
	load_schema(&t);
	exec(&t, "PRAGMA foreign_keys = OFF; BEGIN");
	/* Kept rows first, so a delete or relabel reaching one is caught. */
	for (int pass = 0; pass < 2; pass++) {
		for (int i = 3; i + 1 < argc; i += 2) {
			const char *a = argv[i];
			int action = strcmp(a, "--delete") == 0 ? 'd' : strcmp(a, "--relabel") == 0 ? 'r'
				   : strcmp(a, "--retext") == 0 ? 't' : strcmp(a, "--keep") == 0 ? 'k' : 0;
			if (!action)
				die("unknown action", a);
			if ((pass == 0) != (action == 'k'))
				continue;
			char table[64];
			long long id;
			if (sscanf(argv[i + 1], "%63[a-z_]:%lld", table, &id) != 2 || table_index(&t, table) < 0)
				die("not TABLE:ID", argv[i + 1]);
			if (action == 't') {
				if (t.n_rows == MAX_ROWS)
					die("too many rows", NULL);
				t.rows[t.n_rows++] = (struct row){ table_index(&t, table), id, 't' };
			} else {
				mark(&t, table_index(&t, table), id, action, argv[i + 1]);
			}
		}
	}
	apply(&t);
	exec(&t, "COMMIT");
	sqlite3_stmt *fk = prep(&t, "SELECT COUNT(*) FROM pragma_foreign_key_check");
	if (sqlite3_step(fk) != SQLITE_ROW || sqlite3_column_int64(fk, 0) != 0)
		die("the twin breaks a foreign key", argv[2]);
	sqlite3_finalize(fk);
	sqlite3_close(t.db);
	return 0;
}

/* ---- On PostgreSQL: the database copied to a SQLite file and back ---- */

/* PostgreSQL's oids of the number types (catalog/pg_type.h, which libpq
 * does not ship). */
enum { PG_INT8 = 20, PG_INT2 = 21, PG_INT4 = 23, PG_FLOAT4 = 700, PG_FLOAT8 = 701, PG_NUMERIC = 1700 };

#define MAX_COLUMNS 64

/* A table's columns in the SQLite file: quoted and joined by "," (cols),
 * how many, and its primary key's (key, in the key's order), by which
 * its rows are copied. */
struct columns {
	char cols[4096];
	char key[4096];
	int n;
	bool has_id;
};

static void append(char *buf, size_t len, const char *sep, const char *name)
{
	size_t at = strlen(buf);
	int n = snprintf(buf + at, len - at, "%s\"%s\"", at ? sep : "", name);
	if (n < 0 || (size_t)n >= len - at)
		die("too many columns", name);
}

static void columns_of(sqlite3 *db, const char *table, struct columns *c)
{
	char sql[200], keys[8][64] = { { 0 } };
	sqlite3_stmt *st;
	*c = (struct columns){ 0 };
	snprintf(sql, sizeof sql, "SELECT name, pk FROM pragma_table_info('%s') ORDER BY cid", table);
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		die(sql, sqlite3_errmsg(db));
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *name = (const char *)sqlite3_column_text(st, 0);
		int pk = sqlite3_column_int(st, 1);
		if (c->n == MAX_COLUMNS)
			die("too many columns", table);
		append(c->cols, sizeof c->cols, ",", name);
		c->n++;
		c->has_id |= strcmp(name, "id") == 0;
		if (pk > 0 && pk <= 8)
			snprintf(keys[pk - 1], sizeof keys[0], "%s", name);
	}
	sqlite3_finalize(st);
	for (int k = 0; k < 8 && keys[k][0]; k++)
		append(c->key, sizeof c->key, ",", keys[k]);
	if (!c->key[0]) /* no primary key: every column */
		snprintf(c->key, sizeof c->key, "%s", c->cols);
}

/* The tables to copy: all but grip_schema, which each database has of
 * its own (written by the migrations that made it). */
static sqlite3_stmt *tables_of(sqlite3 *db)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
				   " AND name <> 'grip_schema' ORDER BY name", -1, &st, NULL) != SQLITE_OK)
		die("tables", sqlite3_errmsg(db));
	return st;
}

static void pg_check(PGconn *c, PGresult *r, const char *what)
{
	ExecStatusType s = PQresultStatus(r);
	if (s != PGRES_COMMAND_OK && s != PGRES_TUPLES_OK)
		die(what, PQerrorMessage(c));
}

static void pg_run(PGconn *c, const char *sql)
{
	PGresult *r = PQexec(c, sql);
	pg_check(c, r, sql);
	PQclear(r);
}

/* The schema the store opens for path (grip's migrations applied) into
 * schema; false (with err) when the store cannot open it. */
static bool schema_of(const char *path, bool create, char schema[128], char *err, size_t errlen)
{
	struct store *s = store_open(path, create, err, errlen);
	if (!s)
		return false;
	struct store_stmt *st = store_q0(s, "SELECT current_schema()");
	if (!st || store_step(st) != STORE_ROW || !store_col_text(st, 0))
		die("the store's schema", store_errmsg(s));
	snprintf(schema, 128, "%s", store_col_text(st, 0));
	store_done(st);
	store_close(s);
	return true;
}

static PGconn *pg_connect(const char *server, const char *schema)
{
	PGconn *c = PQconnectdb(server);
	if (PQstatus(c) != CONNECTION_OK)
		die("cannot connect", PQerrorMessage(c));
	char *ident = PQescapeIdentifier(c, schema, strlen(schema));
	char sql[300];
	if (!ident)
		die("schema", PQerrorMessage(c));
	snprintf(sql, sizeof sql, "SET search_path TO %s", ident);
	PQfreemem(ident);
	pg_run(c, sql);
	pg_run(c, "SET client_min_messages = warning");
	return c;
}

/* A connection to the schema of path. fresh: made afresh by the store, as
 * a file is removed before it is written (a schema there before is
 * dropped). */
static PGconn *pg_open(const char *server, const char *path, bool fresh)
{
	char schema[128], err[512];
	if (!fresh) {
		if (!schema_of(path, false, schema, err, sizeof err))
			die("cannot open", err);
		return pg_connect(server, schema);
	}
	if (schema_of(path, false, schema, err, sizeof err)) {
		PGconn *c = pg_connect(server, schema);
		char *ident = PQescapeIdentifier(c, schema, strlen(schema));
		char sql[300];
		snprintf(sql, sizeof sql, "DROP SCHEMA %s CASCADE", ident ? ident : "\"\"");
		PQfreemem(ident);
		pg_run(c, sql);
		PQfinish(c);
	}
	if (!schema_of(path, true, schema, err, sizeof err))
		die("cannot make", err);
	return pg_connect(server, schema);
}

/* A SQLite file and its log, removed. */
static void remove_file(const char *file)
{
	char side[4200];
	remove(file);
	snprintf(side, sizeof side, "%s-wal", file);
	remove(side);
	snprintf(side, sizeof side, "%s-shm", file);
	remove(side);
}

/* file, removed and made again as an empty grip database (grip's
 * migrations) on SQLite: the mapping off while the store opens it. */
static sqlite3 *sqlite_new(const char *server, const char *file)
{
	char err[512];
	remove_file(file);
	unsetenv("GRIP_TEST_POSTGRES");
	struct store *s = store_open(file, true, err, sizeof err);
	setenv("GRIP_TEST_POSTGRES", server, 1);
	if (!s)
		die("cannot make", err);
	store_close(s);
	sqlite3 *db;
	if (sqlite3_open_v2(file, &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
		die("cannot open", file);
	return db;
}

/* Every row of the schema of path into the SQLite file (made afresh),
 * read in one snapshot, each table's rows in the order of its key. */
static void pg_export(const char *server, const char *path, const char *file)
{
	PGconn *pg = pg_open(server, path, false);
	sqlite3 *db = sqlite_new(server, file);
	char *err = NULL;
	if (sqlite3_exec(db, "PRAGMA foreign_keys = OFF; BEGIN", NULL, NULL, &err) != SQLITE_OK)
		die(file, err);
	pg_run(pg, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
	sqlite3_stmt *tables = tables_of(db);
	while (sqlite3_step(tables) == SQLITE_ROW) {
		const char *table = (const char *)sqlite3_column_text(tables, 0);
		struct columns c;
		char sql[10000], marks[3 * MAX_COLUMNS] = "";
		columns_of(db, table, &c);
		for (int i = 0, at = 0; i < c.n; i++)
			at += snprintf(marks + at, sizeof marks - (size_t)at, "%s", i ? ",?" : "?");
		snprintf(sql, sizeof sql, "SELECT %s FROM \"%s\" ORDER BY %s", c.cols, table, c.key);
		PGresult *r = PQexec(pg, sql);
		pg_check(pg, r, sql);
		snprintf(sql, sizeof sql, "INSERT INTO \"%s\" (%s) VALUES (%s)", table, c.cols, marks);
		sqlite3_stmt *ins;
		if (sqlite3_prepare_v2(db, sql, -1, &ins, NULL) != SQLITE_OK)
			die(sql, sqlite3_errmsg(db));
		for (int row = 0; row < PQntuples(r); row++) {
			for (int i = 0; i < c.n; i++) {
				const char *v = PQgetvalue(r, row, i);
				if (PQgetisnull(r, row, i))
					sqlite3_bind_null(ins, i + 1);
				else if (PQftype(r, i) == PG_INT8 || PQftype(r, i) == PG_INT4 || PQftype(r, i) == PG_INT2)
					sqlite3_bind_int64(ins, i + 1, strtoll(v, NULL, 10));
				else if (PQftype(r, i) == PG_FLOAT8 || PQftype(r, i) == PG_FLOAT4 || PQftype(r, i) == PG_NUMERIC)
					sqlite3_bind_double(ins, i + 1, strtod(v, NULL));
				else
					sqlite3_bind_text(ins, i + 1, v, -1, SQLITE_TRANSIENT);
			}
			if (sqlite3_step(ins) != SQLITE_DONE)
				die(table, sqlite3_errmsg(db));
			sqlite3_reset(ins);
		}
		sqlite3_finalize(ins);
		PQclear(r);
	}
	sqlite3_finalize(tables);
	if (sqlite3_exec(db, "COMMIT", NULL, NULL, &err) != SQLITE_OK)
		die(file, err);
	pg_run(pg, "COMMIT");
	sqlite3_close(db);
	PQfinish(pg);
}

/* Every row of the SQLite file into the schema of path, made afresh, in
 * one transaction with the foreign keys not checked (the twin's were, on
 * SQLite); then each table's id sequence past its highest id. */
static void pg_import(const char *server, const char *file, const char *path)
{
	sqlite3 *db;
	if (sqlite3_open_v2(file, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
		die("cannot open", file);
	PGconn *pg = pg_open(server, path, true);
	pg_run(pg, "BEGIN");
	PGresult *r = PQexec(pg, "SET LOCAL session_replication_role = replica");
	if (PQresultStatus(r) != PGRES_COMMAND_OK)
		die("the twin is loaded with its foreign keys unchecked, which takes a superuser"
		    " (session_replication_role)", PQerrorMessage(pg));
	PQclear(r);
	sqlite3_stmt *tables = tables_of(db);
	while (sqlite3_step(tables) == SQLITE_ROW) {
		const char *table = (const char *)sqlite3_column_text(tables, 0);
		struct columns c;
		char sql[10000], marks[6 * MAX_COLUMNS] = "", num[MAX_COLUMNS][32];
		const char *vals[MAX_COLUMNS];
		columns_of(db, table, &c);
		for (int i = 0, at = 0; i < c.n; i++)
			at += snprintf(marks + at, sizeof marks - (size_t)at, "%s$%d", i ? "," : "", i + 1);
		snprintf(sql, sizeof sql, "INSERT INTO \"%s\" (%s) VALUES (%s)", table, c.cols, marks);
		r = PQprepare(pg, "", sql, c.n, NULL);
		pg_check(pg, r, sql);
		PQclear(r);
		snprintf(sql, sizeof sql, "SELECT %s FROM \"%s\" ORDER BY %s", c.cols, table, c.key);
		sqlite3_stmt *st;
		if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
			die(sql, sqlite3_errmsg(db));
		while (sqlite3_step(st) == SQLITE_ROW) {
			for (int i = 0; i < c.n; i++) {
				switch (sqlite3_column_type(st, i)) {
				case SQLITE_NULL:
					vals[i] = NULL;
					break;
				case SQLITE_INTEGER:
					snprintf(num[i], sizeof num[i], "%lld", (long long)sqlite3_column_int64(st, i));
					vals[i] = num[i];
					break;
				case SQLITE_FLOAT:
					snprintf(num[i], sizeof num[i], "%.17g", sqlite3_column_double(st, i));
					vals[i] = num[i];
					break;
				default:
					vals[i] = (const char *)sqlite3_column_text(st, i);
				}
			}
			r = PQexecPrepared(pg, "", c.n, vals, NULL, NULL, 0);
			pg_check(pg, r, table);
			PQclear(r);
		}
		sqlite3_finalize(st);
		if (c.has_id) {
			const char *name[1] = { table };
			snprintf(sql, sizeof sql, "SELECT setval(pg_get_serial_sequence($1, 'id'), max(id)) FROM \"%s\""
				 " HAVING max(id) IS NOT NULL", table);
			r = PQexecParams(pg, sql, 1, NULL, name, NULL, NULL, 0);
			pg_check(pg, r, sql);
			PQclear(r);
		}
	}
	sqlite3_finalize(tables);
	pg_run(pg, "COMMIT");
	sqlite3_close(db);
	PQfinish(pg);
}

/* NAME.sqlite: the tool's own SQLite file beside a database's path. */
static void beside(char *out, size_t len, const char *path, const char *what)
{
	if ((size_t)snprintf(out, len, "%s.%s.sqlite", path, what) >= len)
		die("too long a path", path);
}

int main(int argc, char **argv)
{
	const char *env = getenv("GRIP_TEST_POSTGRES");
	if (!env || !*env || argc < 3)
		return twin_sqlite(argc, argv);
	char *server = strdup(env), base[4200], out[4200];
	if (!server)
		die("out of memory", NULL);
	int rc;
	if (argc == 3 && strcmp(argv[1], "--dump") == 0) {
		beside(base, sizeof base, argv[2], "dump");
		pg_export(server, argv[2], base);
		char *args[] = { argv[0], argv[1], base, NULL };
		rc = twin_sqlite(3, args);
		remove_file(base);
	} else {
		beside(base, sizeof base, argv[2], "base");
		beside(out, sizeof out, argv[2], "twin");
		pg_export(server, argv[1], base);
		char *in = argv[1], *to = argv[2];
		argv[1] = base;
		argv[2] = out;
		rc = twin_sqlite(argc, argv);
		argv[1] = in;
		argv[2] = to;
		if (rc == 0)
			pg_import(server, out, to);
		remove_file(base);
		remove_file(out);
	}
	free(server);
	return rc;
}
