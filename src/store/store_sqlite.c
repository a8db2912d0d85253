/*
 * store_sqlite.c — the SQLite back end of the store: one file, WAL journal,
 * foreign keys on, synchronous=FULL so a committed transaction survives a
 * crash of the process or the machine. A server's writer may defer that
 * fsync and take it once for many commits (store_defer_sync). Prepared
 * statements are kept for the life of the connection in a table keyed by
 * the address of their SQL text.
 */
#include "store/backend.h"
#include "store/stmt_cache.h"

#include <errno.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct sqlite_stmt {
	struct store_stmt base;
	sqlite3_stmt *stmt;
	const char *sql;
};

struct sqlite_store {
	struct store base;
	sqlite3 *db;
	struct stmt_cache cache; /* struct sqlite_stmt by SQL address */
	uint64_t commits; /* transactions that wrote, committed by this connection */
	char *wal_path;   /* set by store_defer_sync: the file store_sync forces */
	atomic_int_fast64_t log_pages; /* after store_checkpoint_apart: the log's size after the last commit */
	atomic_bool dir_synced; /* its directory entry is on the disk */
};

static struct sqlite_store *conn(struct store *s)
{
	return (struct sqlite_store *)s;
}

static struct sqlite_stmt *stmt_of(struct store_stmt *st)
{
	return (struct sqlite_stmt *)st;
}

static enum store_rc fail(struct sqlite_store *c, int rc)
{
	snprintf(c->base.err, sizeof c->base.err, "%s", sqlite3_errmsg(c->db));
	switch (rc & 0xff) {
	case SQLITE_CONSTRAINT:
		return STORE_CONSTRAINT;
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return STORE_BUSY;
	default:
		return STORE_ERROR;
	}
}

static struct store_stmt *sq_prepare(struct store *s, const char *sql)
{
	struct sqlite_store *c = conn(s);
	struct sqlite_stmt *st = stmt_cache_find(&c->cache, sql);
	if (st)
		return &st->base;
	st = calloc(1, sizeof *st);
	if (!st) {
		snprintf(s->err, sizeof s->err, "out of memory");
		return NULL;
	}
	int rc = sqlite3_prepare_v3(c->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &st->stmt, NULL);
	if (rc != SQLITE_OK) {
		fail(c, rc);
		free(st);
		return NULL;
	}
	st->base.owner = s;
	st->sql = sql;
	if (stmt_cache_put(&c->cache, sql, st) < 0) {
		sqlite3_finalize(st->stmt);
		free(st);
		snprintf(s->err, sizeof s->err, "out of memory");
		return NULL;
	}
	return &st->base;
}

static enum store_rc sq_bind(struct store_stmt *st, int idx, const struct store_val *v)
{
	sqlite3_stmt *s = stmt_of(st)->stmt;
	int rc;
	switch (v->type) {
	case STORE_INT:
		rc = sqlite3_bind_int64(s, idx, v->u.i);
		break;
	case STORE_REAL:
		rc = sqlite3_bind_double(s, idx, v->u.d);
		break;
	case STORE_TEXT:
		rc = sqlite3_bind_text(s, idx, v->u.s, -1, SQLITE_TRANSIENT);
		break;
	default:
		rc = sqlite3_bind_null(s, idx);
		break;
	}
	return rc == SQLITE_OK ? STORE_OK : fail(conn(st->owner), rc);
}

static enum store_rc sq_step(struct store_stmt *st)
{
	int rc = sqlite3_step(stmt_of(st)->stmt);
	if (rc == SQLITE_ROW)
		return STORE_ROW;
	if (rc == SQLITE_DONE)
		return STORE_DONE;
	return fail(conn(st->owner), rc);
}

static void sq_reset(struct store_stmt *st)
{
	sqlite3_reset(stmt_of(st)->stmt);
	sqlite3_clear_bindings(stmt_of(st)->stmt);
}

static bool sq_col_null(struct store_stmt *st, int col)
{
	return sqlite3_column_type(stmt_of(st)->stmt, col) == SQLITE_NULL;
}

static int64_t sq_col_int(struct store_stmt *st, int col)
{
	return sqlite3_column_int64(stmt_of(st)->stmt, col);
}

static double sq_col_real(struct store_stmt *st, int col)
{
	return sqlite3_column_double(stmt_of(st)->stmt, col);
}

static const char *sq_col_text(struct store_stmt *st, int col)
{
	return (const char *)sqlite3_column_text(stmt_of(st)->stmt, col);
}

static enum store_rc sq_exec_script(struct store *s, const char *sql)
{
	char *msg = NULL;
	int rc = sqlite3_exec(conn(s)->db, sql, NULL, NULL, &msg);
	if (rc == SQLITE_OK)
		return STORE_OK;
	enum store_rc r = fail(conn(s), rc);
	if (msg)
		snprintf(s->err, sizeof s->err, "%s", msg);
	sqlite3_free(msg);
	return r;
}

/* Runs one cached statement that returns nothing (BEGIN, COMMIT, ...):
 * prepared once per connection, not re-parsed per transaction. */
static enum store_rc run_cached(struct store *s, const char *sql)
{
	struct store_stmt *st = sq_prepare(s, sql);
	if (!st)
		return STORE_ERROR;
	enum store_rc rc = sq_step(st);
	sq_reset(st);
	return rc == STORE_DONE || rc == STORE_ROW ? STORE_OK : rc;
}

static enum store_rc sq_begin(struct store *s, bool write)
{
	return run_cached(s, write ? "BEGIN IMMEDIATE" : "BEGIN");
}

static enum store_rc sq_commit(struct store *s)
{
	bool wrote = sqlite3_txn_state(conn(s)->db, NULL) == SQLITE_TXN_WRITE;
	enum store_rc rc = run_cached(s, "COMMIT");
	if (rc == STORE_OK && wrote)
		conn(s)->commits++;
	return rc;
}

static void sq_rollback(struct store *s)
{
	if (!sqlite3_get_autocommit(conn(s)->db))
		run_cached(s, "ROLLBACK");
}

static enum store_rc sq_mark(struct store *s)
{
	return run_cached(s, "SAVEPOINT part");
}

static enum store_rc sq_keep(struct store *s)
{
	return run_cached(s, "RELEASE part");
}

static void sq_undo(struct store *s)
{
	if (run_cached(s, "ROLLBACK TO part") == STORE_OK)
		run_cached(s, "RELEASE part");
}

static enum store_rc sync_dir_of(const char *path, char *err, size_t errlen)
{
	char dir[4096];
	const char *slash = strrchr(path, '/');
	int n = slash ? snprintf(dir, sizeof dir, "%.*s", (int)(slash - path), path) : snprintf(dir, sizeof dir, ".");
	if (n < 0 || (size_t)n >= sizeof dir) {
		snprintf(err, errlen, "the path %s is too long", path);
		return STORE_ERROR;
	}
	if (!dir[0])
		dir[0] = '/', dir[1] = 0;
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0 || fsync(fd) != 0) {
		snprintf(err, errlen, "cannot force the directory %s to disk: %s", dir, strerror(errno));
		if (fd >= 0)
			close(fd);
		return STORE_ERROR;
	}
	close(fd);
	return STORE_OK;
}

/* fdatasync on any descriptor of a file forces the file's data, whoever
 * wrote it: a descriptor of our own leaves SQLite's untouched, so this can
 * run beside the connection's next transaction. wal_path is only read. */
static enum store_rc sq_sync(struct store *s, char *err, size_t errlen)
{
	struct sqlite_store *c = conn(s);
	const char *path = c->wal_path;
	if (!path)
		return STORE_OK;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0 || fdatasync(fd) != 0) {
		snprintf(err, errlen, "cannot force %s to disk: %s", path, strerror(errno));
		if (fd >= 0)
			close(fd);
		return STORE_ERROR;
	}
	close(fd);
	/* The log's name in its directory must be durable too, once. */
	if (!atomic_load(&c->dir_synced)) {
		if (sync_dir_of(path, err, errlen) != STORE_OK)
			return STORE_ERROR;
		atomic_store(&c->dir_synced, true);
	}
	return STORE_OK;
}

/* PRAGMA data_version moves when another connection commits; this
 * connection's own commits are counted beside it. */
static uint64_t sq_version(struct store *s)
{
	struct store_stmt *st = sq_prepare(s, "PRAGMA data_version");
	uint64_t v = 0;
	if (st && sq_step(st) == STORE_ROW)
		v = (uint64_t)sq_col_int(st, 0);
	if (st)
		sq_reset(st);
	return v ^ ((uint64_t)conn(s)->commits << 32);
}

static uint64_t sq_changes(struct store *s)
{
	return (uint64_t)sqlite3_total_changes64(conn(s)->db);
}

/* In WAL mode a commit appends its pages to the -wal file. synchronous =
 * NORMAL writes them without the fsync that FULL adds before the commit
 * returns; sq_sync is that fsync, taken later and for many commits at once.
 * Checkpoints still sync the WAL and the main file themselves. */
static enum store_rc sq_defer_sync(struct store *s)
{
	struct sqlite_store *c = conn(s);
	const char *wal = sqlite3_filename_wal(sqlite3_db_filename(c->db, "main"));
	if (!wal || !*wal) {
		snprintf(c->base.err, sizeof c->base.err, "the database has no write-ahead log");
		return STORE_ERROR;
	}
	char *path = strdup(wal);
	if (!path) {
		snprintf(c->base.err, sizeof c->base.err, "out of memory");
		return STORE_ERROR;
	}
	enum store_rc rc = sq_exec_script(s, "PRAGMA synchronous = NORMAL;");
	if (rc != STORE_OK) {
		free(path);
		return rc;
	}
	free(c->wal_path);
	c->wal_path = path;
	atomic_store(&c->dir_synced, false);
	return STORE_OK;
}

/* Called by SQLite after each commit of the connection with the log's
 * size in pages. Being set, it replaces the automatic checkpoint, which is
 * SQLite's own such hook. */
static int wal_committed(void *ctx, sqlite3 *db, const char *name, int pages)
{
	(void)db;
	(void)name;
	atomic_store(&((struct sqlite_store *)ctx)->log_pages, pages);
	return SQLITE_OK;
}

static enum store_rc sq_checkpoint_apart(struct store *s)
{
	struct sqlite_store *c = conn(s);
	sqlite3_wal_hook(c->db, wal_committed, c);
	return STORE_OK;
}

static int64_t sq_log_pages(struct store *s)
{
	return atomic_load(&conn(s)->log_pages);
}

/* PASSIVE copies what no reader still needs and waits for no one; RESTART
 * waits (the busy timeout) for the writer and the readers of the log, so
 * the next commit writes the log from its start again. */
static enum store_rc sq_checkpoint(struct store *s, bool force, int64_t *left)
{
	struct sqlite_store *c = conn(s);
	int log = 0, copied = 0;
	int rc = sqlite3_wal_checkpoint_v2(c->db, NULL, force ? SQLITE_CHECKPOINT_RESTART : SQLITE_CHECKPOINT_PASSIVE,
					   &log, &copied);
	*left = log > copied ? log - copied : 0;
	if (rc == SQLITE_OK)
		return STORE_OK;
	return fail(c, rc);
}

static enum store_rc sq_cache_kib(struct store *s, int kib)
{
	char sql[64];
	snprintf(sql, sizeof sql, "PRAGMA cache_size = -%d;", kib > 0 ? kib : 1);
	return sq_exec_script(s, sql);
}

static void finalize(void *p)
{
	struct sqlite_stmt *st = p;
	sqlite3_finalize(st->stmt);
	free(st);
}

static void sq_close(struct store *s)
{
	struct sqlite_store *c = conn(s);
	free(c->wal_path);
	stmt_cache_clear(&c->cache, finalize);
	sqlite3_close(c->db);
	free(c);
}

/* GRIP_SQL_TRACE=1: every statement run, one line each on stderr (its SQL
 * as written, "--" and the connection's address), for counting a request's
 * round trips by hand. Never on in normal use. */
static int trace_stmt(unsigned type, void *ctx, void *p, void *x)
{
	(void)type;
	sqlite3_stmt *st = p;
	const char *sql = x;
	if (sql && sql[0] == '-' && sql[1] == '-') /* a trigger's own statement */
		return 0;
	fprintf(stderr, "sql %p: %s\n", ctx, sqlite3_sql(st));
	return 0;
}

/* ---- Introspection (store.h) ---- */

/* A statement of SQL made at run time: prepared for this use alone, never
 * in the cache, freed by sq_finalize. */
static struct store_stmt *sq_prepare_text(struct store *s, const char *sql)
{
	struct sqlite_stmt *st = calloc(1, sizeof *st);
	if (!st) {
		snprintf(s->err, sizeof s->err, "out of memory");
		return NULL;
	}
	int rc = sqlite3_prepare_v2(conn(s)->db, sql, -1, &st->stmt, NULL);
	if (rc != SQLITE_OK || !st->stmt) {
		if (rc == SQLITE_OK)
			snprintf(s->err, sizeof s->err, "the statement is empty");
		else
			fail(conn(s), rc);
		free(st);
		return NULL;
	}
	st->base.owner = s;
	return &st->base;
}

static void sq_finalize(struct store_stmt *st)
{
	sqlite3_finalize(stmt_of(st)->stmt);
	free(st);
}

static int sq_col_count(struct store_stmt *st)
{
	return sqlite3_column_count(stmt_of(st)->stmt);
}

static const char *sq_col_name(struct store_stmt *st, int col)
{
	return sqlite3_column_name(stmt_of(st)->stmt, col);
}

static enum store_val_type sq_col_type(struct store_stmt *st, int col)
{
	switch (sqlite3_column_type(stmt_of(st)->stmt, col)) {
	case SQLITE_INTEGER:
		return STORE_INT;
	case SQLITE_FLOAT:
		return STORE_REAL;
	case SQLITE_NULL:
		return STORE_NULL;
	default:
		return STORE_TEXT; /* text; a blob, which grip never stores, as its bytes */
	}
}

static void name_copy(char dst[STORE_NAME_MAX], const char *src)
{
	snprintf(dst, STORE_NAME_MAX, "%s", src ? src : "");
}

/* The tables of sqlite_master but SQLite's own (sqlite_sequence, sqlite_stat1),
 * each with its primary key (table_info's pk: the column's place in it) and
 * its foreign keys. */
static enum store_rc sq_tables(struct store *s, struct store_table **out, size_t *n)
{
	struct store_stmt *st = sq_prepare(s, "SELECT name FROM sqlite_master WHERE type = 'table'"
					      " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name");
	if (!st)
		return STORE_ERROR;
	size_t cap = 0;
	enum store_rc rc;
	while ((rc = sq_step(st)) == STORE_ROW) {
		if (*n == cap) {
			size_t more = cap ? cap * 2 : 32;
			struct store_table *bigger = realloc(*out, more * sizeof *bigger);
			if (!bigger) {
				sq_reset(st);
				snprintf(s->err, sizeof s->err, "out of memory");
				return STORE_ERROR;
			}
			*out = bigger;
			cap = more;
		}
		struct store_table *t = &(*out)[(*n)++];
		memset(t, 0, sizeof *t);
		name_copy(t->name, sq_col_text(st, 0));
	}
	sq_reset(st);
	if (rc != STORE_DONE)
		return rc;
	for (size_t i = 0; i < *n; i++) {
		struct store_table *t = &(*out)[i];
		struct store_val name = store_val_text(t->name);
		st = sq_prepare(s, "SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk");
		if (!st || sq_bind(st, 1, &name) != STORE_OK)
			return STORE_ERROR;
		while ((rc = sq_step(st)) == STORE_ROW && t->nkey < STORE_KEY_MAX)
			name_copy(t->key[t->nkey++], sq_col_text(st, 0));
		sq_reset(st);
		if (rc == STORE_ROW) {
			snprintf(s->err, sizeof s->err, "the primary key of %s has too many columns", t->name);
			return STORE_ERROR;
		}
		if (rc != STORE_DONE)
			return rc;
		st = sq_prepare(s, "SELECT \"from\", \"table\" FROM pragma_foreign_key_list(?) ORDER BY id, seq");
		if (!st || sq_bind(st, 1, &name) != STORE_OK)
			return STORE_ERROR;
		while ((rc = sq_step(st)) == STORE_ROW && t->nrefs < STORE_REFS_MAX) {
			name_copy(t->refs[t->nrefs].column, sq_col_text(st, 0));
			name_copy(t->refs[t->nrefs].table, sq_col_text(st, 1));
			t->nrefs++;
		}
		sq_reset(st);
		if (rc == STORE_ROW) {
			snprintf(s->err, sizeof s->err, "%s has too many foreign keys", t->name);
			return STORE_ERROR;
		}
		if (rc != STORE_DONE)
			return rc;
	}
	return STORE_OK;
}

static const struct store_ops sqlite_ops = {
	.name = "sqlite",
	.id_type = "INTEGER PRIMARY KEY",
	.close = sq_close,
	.exec_script = sq_exec_script,
	.begin = sq_begin,
	.commit = sq_commit,
	.rollback = sq_rollback,
	.mark = sq_mark,
	.keep = sq_keep,
	.undo = sq_undo,
	.version = sq_version,
	.changes = sq_changes,
	.defer_sync = sq_defer_sync,
	.sync = sq_sync,
	.checkpoint_apart = sq_checkpoint_apart,
	.log_pages = sq_log_pages,
	.checkpoint = sq_checkpoint,
	.cache_kib = sq_cache_kib,
	.prepare = sq_prepare,
	.bind = sq_bind,
	.step = sq_step,
	.reset = sq_reset,
	.col_null = sq_col_null,
	.col_int = sq_col_int,
	.col_real = sq_col_real,
	.col_text = sq_col_text,
	.prepare_text = sq_prepare_text,
	.finalize = sq_finalize,
	.col_count = sq_col_count,
	.col_name = sq_col_name,
	.col_type = sq_col_type,
	.tables = sq_tables,
	.ids_follow = NULL, /* an INTEGER PRIMARY KEY takes the highest id plus one */
};

struct store *store_sqlite_open(const char *path, bool create, char *err, size_t errlen)
{
	struct sqlite_store *c = calloc(1, sizeof *c);
	if (!c) {
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	c->base.ops = &sqlite_ops;
	atomic_init(&c->log_pages, 0);
	int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (create ? SQLITE_OPEN_CREATE : 0);
	int rc = sqlite3_open_v2(path, &c->db, flags, NULL);
	if (rc != SQLITE_OK) {
		if (!create && (rc & 0xff) == SQLITE_CANTOPEN)
			snprintf(err, errlen, "no database at %s (grip init creates one)", path);
		else
			snprintf(err, errlen, "cannot open %s: %s", path,
				 c->db ? sqlite3_errmsg(c->db) : "out of memory");
		sqlite3_close(c->db);
		free(c);
		return NULL;
	}
	sqlite3_extended_result_codes(c->db, 1);
	const char *trace = getenv("GRIP_SQL_TRACE");
	if (trace && strcmp(trace, "1") == 0)
		sqlite3_trace_v2(c->db, SQLITE_TRACE_STMT, trace_stmt, c);
	sqlite3_busy_timeout(c->db, 5000);
	const char *setup = "PRAGMA foreign_keys = ON;"
			    "PRAGMA journal_mode = WAL;"
			    "PRAGMA synchronous = FULL;";
	if (sq_exec_script(&c->base, setup) != STORE_OK) {
		snprintf(err, errlen, "cannot open %s: %s", path, c->base.err);
		sq_close(&c->base);
		return NULL;
	}
	return &c->base;
}
