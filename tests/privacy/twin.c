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
 */
#include <jansson.h>
#include <sqlite3.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

int main(int argc, char **argv)
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
