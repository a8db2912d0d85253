/*
 * store_pg.c — the PostgreSQL back end of the store, on libpq: its
 * statements, its transactions and its ops table. Connections are
 * pg_conn.c's, the queue of what waits for the next round trip
 * pg_queue.c's, the catalog pg_catalog.c's (pg.h joins them).
 *
 * A grip database is a schema of a PostgreSQL database (the connection's
 * search_path). The core's "?" placeholders become $1..$n; parameters go
 * as text and PostgreSQL infers their types from the statement (the SQL is
 * written so it always can: docs/storage.md). Results come back as text:
 * an integer column is read with strtoll, a real with strtod, and a boolean
 * ('t'/'f') as 1/0, as SQLite gives it. Prepared statements are kept per
 * connection by the address of their SQL text, as on SQLite.
 *
 * Transactions keep SQLite's rules: a write transaction takes an advisory
 * lock of its schema first, so writes are one at a time across every
 * server sharing the database (and the change log's ids commit in order);
 * a read transaction is REPEATABLE READ and READ ONLY, one snapshot.
 * A lost connection gives STORE_UNAVAILABLE; the next transaction tries
 * to connect again and prepares its statements afresh.
 */
#include "store/pg.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The SQL with "?" turned into $1, $2, ... outside quotes; *n: how many. */
static char *numbered(const char *sql, int *n)
{
	size_t len = strlen(sql), cap = len + 1;
	for (const char *p = sql; *p; p++)
		if (*p == '?')
			cap += 5;
	char *out = malloc(cap);
	if (!out)
		return NULL;
	size_t o = 0;
	char quote = 0;
	*n = 0;
	for (const char *p = sql; *p; p++) {
		if (quote) {
			if (*p == quote)
				quote = 0;
		} else if (*p == '\'' || *p == '"') {
			quote = *p;
		} else if (*p == '?') {
			o += (size_t)snprintf(out + o, cap - o, "$%d", ++*n);
			continue;
		}
		out[o++] = *p;
	}
	out[o] = 0;
	return out;
}

enum store_rc pg_prepare_on_server(struct pg_store *c, struct pg_stmt *st, const char *text)
{
	pg_settle(c);
	/* A failed part's ROLLBACK TO may still be queued: it goes first, or
	 * the server refuses to prepare in the failed transaction. */
	if (c->nqueued && c->db && PQtransactionStatus(c->db) == PQTRANS_INERROR) {
		enum store_rc rc = pg_flush(c);
		if (rc != STORE_OK)
			return rc;
	}
	char *sql = numbered(text, &st->nparams);
	if (!sql) {
		snprintf(c->base.err, sizeof c->base.err, "out of memory");
		return STORE_ERROR;
	}
	if (!st->name[0])
		snprintf(st->name, sizeof st->name, "g%lu", ++c->names);
	PGresult *res = PQprepare(c->db, st->name, sql, 0, NULL);
	free(sql);
	enum store_rc rc = PQresultStatus(res) == PGRES_COMMAND_OK ? STORE_OK : pg_fail_res(c, res);
	PQclear(res);
	st->prepared = rc == STORE_OK;
	return rc;
}

static void clear_params(struct pg_stmt *st)
{
	for (int i = 0; st->params && i < st->nparams; i++) {
		free(st->params[i]);
		st->params[i] = NULL;
	}
}

void pg_reset(struct store_stmt *base)
{
	struct pg_stmt *st = pg_stmt_of(base);
	if (st->ahead)
		pg_unwant(pg_conn_of(base->owner), st);
	PQclear(st->res);
	st->res = NULL;
	st->row = st->rows = 0;
	clear_params(st);
}

/* A read whose BEGIN is still queued has sent nothing yet: when its
 * connection turns out gone at its first statement (the server restarted
 * while the connection was idle), it connects again and starts afresh,
 * so the first request after a restart is answered rather than failed. */
static bool read_starts_again(struct pg_store *c, bool began_queued)
{
	if (!began_queued || !c->base.lost || pg_reconnect(c) != STORE_OK)
		return false;
	pg_drop_queued(c);
	pg_queue_cmd(c, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
	c->began_queued = true;
	return true;
}

struct store_stmt *pg_prepare(struct store *s, const char *sql)
{
	struct pg_store *c = pg_conn_of(s);
	bool first = c->began_queued;
	if (!c->db || PQstatus(c->db) != CONNECTION_OK) {
		pg_lost(c);
		if (!read_starts_again(c, first))
			return NULL;
	}
	struct pg_stmt *st = stmt_cache_find(&c->cache, sql);
	if (st && st->prepared)
		return &st->base;
	bool fresh = !st;
	if (fresh) {
		st = calloc(1, sizeof *st);
		if (!st) {
			snprintf(s->err, sizeof s->err, "out of memory");
			return NULL;
		}
		st->base.owner = s;
		st->sql = sql;
	}
	enum store_rc rc = pg_prepare_on_server(c, st, sql);
	if (rc == STORE_UNAVAILABLE && read_starts_again(c, first))
		rc = pg_prepare_on_server(c, st, sql);
	if (rc != STORE_OK ||
	    (!st->params && st->nparams && !(st->params = calloc((size_t)st->nparams, sizeof *st->params))) ||
	    (fresh && stmt_cache_put(&c->cache, sql, st) < 0)) {
		if (fresh) {
			free(st->params);
			free(st);
		}
		if (!s->err[0])
			snprintf(s->err, sizeof s->err, "out of memory");
		return NULL;
	}
	return &st->base;
}

enum store_rc pg_bind(struct store_stmt *base, int idx, const struct store_val *v)
{
	struct pg_stmt *st = pg_stmt_of(base);
	struct pg_store *c = pg_conn_of(base->owner);
	if (idx < 1 || idx > st->nparams) {
		snprintf(c->base.err, sizeof c->base.err, "parameter %d of a statement with %d", idx, st->nparams);
		return STORE_ERROR;
	}
	char num[32], *text = NULL;
	switch (v->type) {
	case STORE_INT:
		snprintf(num, sizeof num, "%lld", (long long)v->u.i);
		text = strdup(num);
		break;
	case STORE_REAL:
		snprintf(num, sizeof num, "%.17g", v->u.d);
		text = strdup(num);
		break;
	case STORE_TEXT:
		text = strdup(v->u.s);
		break;
	default:
		break;
	}
	if (v->type != STORE_NULL && !text) {
		snprintf(c->base.err, sizeof c->base.err, "out of memory");
		return STORE_ERROR;
	}
	free(st->params[idx - 1]);
	st->params[idx - 1] = text;
	return STORE_OK;
}

enum store_rc pg_step(struct store_stmt *base)
{
	struct pg_stmt *st = pg_stmt_of(base);
	struct pg_store *c = pg_conn_of(base->owner);
	if (st->ahead) { /* still queued: it goes now, with the rest */
		enum store_rc rc = pg_flush(c);
		if (rc != STORE_OK) {
			if (st->ahead)
				pg_unwant(c, st);
			PQclear(st->res);
			st->res = NULL;
			return rc;
		}
	}
	if (!st->res || st->row == PG_ROW_UNREAD) {
		if (!st->res) {
			bool first = c->began_queued;
			if (!c->db || PQstatus(c->db) != CONNECTION_OK)
				return pg_lost(c);
			st->res = pg_exec_after(c, NULL, st);
			ExecStatusType es = PQresultStatus(st->res);
			if (es != PGRES_COMMAND_OK && es != PGRES_TUPLES_OK && st->sql &&
			    pg_fail_res(c, st->res) == STORE_UNAVAILABLE && read_starts_again(c, first) &&
			    pg_prepare_on_server(c, st, st->sql) == STORE_OK) {
				PQclear(st->res);
				st->res = pg_exec_after(c, NULL, st);
			}
		}
		ExecStatusType es = PQresultStatus(st->res);
		if (es == PGRES_COMMAND_OK) {
			const char *n = PQcmdTuples(st->res);
			c->changed += n && *n ? strtoull(n, NULL, 10) : 0;
			st->rows = 0;
		} else if (es == PGRES_TUPLES_OK) {
			st->rows = PQntuples(st->res);
			const char *n = PQcmdTuples(st->res); /* INSERT ... RETURNING */
			if (n && *n && strncmp(PQcmdStatus(st->res), "SELECT", 6) != 0)
				c->changed += strtoull(n, NULL, 10);
		} else {
			enum store_rc rc = pg_fail_res(c, st->res);
			PQclear(st->res);
			st->res = NULL;
			return rc;
		}
		st->row = -1;
	}
	if (st->row + 1 < st->rows) {
		st->row++;
		return STORE_ROW;
	}
	st->row = st->rows;
	return STORE_DONE;
}

bool pg_col_null(struct store_stmt *base, int col)
{
	struct pg_stmt *st = pg_stmt_of(base);
	return !st->res || st->row < 0 || st->row >= st->rows || col >= PQnfields(st->res) ||
	       PQgetisnull(st->res, st->row, col);
}

const char *pg_col_text(struct store_stmt *base, int col)
{
	struct pg_stmt *st = pg_stmt_of(base);
	return pg_col_null(base, col) ? NULL : PQgetvalue(st->res, st->row, col);
}

static int64_t pg_col_int(struct store_stmt *base, int col)
{
	const char *v = pg_col_text(base, col);
	if (!v)
		return 0;
	if (v[0] == 't' && !v[1])
		return 1;
	if (v[0] == 'f' && !v[1])
		return 0;
	if (strpbrk(v, ".eE")) /* a real read as an integer: truncated, as SQLite does */
		return (int64_t)strtod(v, NULL);
	return (int64_t)strtoll(v, NULL, 10);
}

static double pg_col_real(struct store_stmt *base, int col)
{
	const char *v = pg_col_text(base, col);
	if (!v)
		return 0;
	if (v[0] == 't' && !v[1])
		return 1;
	if (v[0] == 'f' && !v[1])
		return 0;
	return strtod(v, NULL);
}

/* A read transaction's BEGIN waits in the queue and goes to the server
 * with its first statement. A write transaction holds the lock when this
 * returns: BEGIN and the lock go together, one round trip. */
static enum store_rc begin_once(struct pg_store *c, bool write)
{
	pg_drop_queued(c);
	if (pg_reconnect(c) != STORE_OK)
		return STORE_UNAVAILABLE;
	c->reading = !write;
	if (!write) {
		pg_queue_cmd(c, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
		c->began_queued = true;
		return STORE_OK;
	}
	enum store_rc rc = pg_run(c, "BEGIN; SELECT pg_advisory_xact_lock(hashtext(current_schema()))");
	if (rc != STORE_OK && c->db && PQtransactionStatus(c->db) != PQTRANS_IDLE) {
		PGresult *res = PQexec(c->db, "ROLLBACK");
		PQclear(res);
	}
	return rc;
}

/* A connection the server closed while it was idle (a restart of the
 * server, an administrator's kill) is found out only when it is next
 * used: nothing had been done in the transaction yet, so it is connected
 * again and begun once more, and the first request after a restart
 * succeeds rather than failing on the old connection. */
static enum store_rc pg_begin(struct store *s, bool write)
{
	struct pg_store *c = pg_conn_of(s);
	bool seemed_up = c->db && PQstatus(c->db) == CONNECTION_OK;
	enum store_rc rc = begin_once(c, write);
	if (rc == STORE_UNAVAILABLE && seemed_up)
		rc = begin_once(c, write);
	if (rc == STORE_OK)
		s->lost = false;
	return rc;
}

/* A read's COMMIT changes nothing and its rows are all read: it is sent
 * and not waited for; its answer is read before the connection's next
 * command (pg_settle). */
static bool commit_read_unwaited(struct pg_store *c)
{
	if (!c->reading || c->nqueued || c->held || PQsendQuery(c->db, "COMMIT") != 1)
		return false;
	c->unread = true;
	c->commits++;
	return true;
}

/* A write's COMMIT goes with the statements still queued, in one round
 * trip; a failure among them fails it. */
static enum store_rc pg_commit(struct store *s)
{
	struct pg_store *c = pg_conn_of(s);
	if (!c->db || PQstatus(c->db) != CONNECTION_OK)
		return pg_lost(c);
	if (c->began_queued) { /* nothing ran: there is nothing to commit */
		pg_drop_queued(c);
		return STORE_OK;
	}
	if (commit_read_unwaited(c))
		return STORE_OK;
	PGresult *res = pg_exec_after(c, "COMMIT", NULL);
	enum store_rc rc;
	if (PQresultStatus(res) != PGRES_COMMAND_OK) {
		rc = pg_fail_res(c, res);
	} else if (strcmp(PQcmdStatus(res), "COMMIT") != 0) {
		/* A statement of the transaction had failed: it was rolled back. */
		snprintf(s->err, sizeof s->err, "the transaction failed and was rolled back");
		rc = STORE_ERROR;
	} else {
		rc = STORE_OK;
		c->commits++;
	}
	PQclear(res);
	return rc;
}

static void pg_rollback(struct store *s)
{
	struct pg_store *c = pg_conn_of(s);
	pg_drop_queued(c);
	pg_settle(c);
	if (c->db && PQstatus(c->db) == CONNECTION_OK && PQtransactionStatus(c->db) != PQTRANS_IDLE) {
		PGresult *res = PQexec(c->db, "ROLLBACK");
		PQclear(res);
	}
}

/* Statements queued before a part begins belong to the transaction, not
 * to the part: they go first, so an undo drops only the part's own. */
static enum store_rc pg_mark(struct store *s)
{
	struct pg_store *c = pg_conn_of(s);
	enum store_rc rc = c->nlater || c->held ? pg_flush(c) : STORE_OK;
	if (rc == STORE_OK)
		pg_queue_cmd(c, "SAVEPOINT part");
	return rc;
}

/* A savepoint still in the queue has seen nothing: keeping or undoing it
 * is dropping it. A part whose statements still wait sends them now with
 * its RELEASE: their failure is the part's. */
static enum store_rc pg_keep(struct store *s)
{
	struct pg_store *c = pg_conn_of(s);
	if (!pg_unqueue(c, "SAVEPOINT part"))
		pg_queue_cmd(c, "RELEASE SAVEPOINT part");
	return c->nlater || c->held ? pg_flush(c) : STORE_OK;
}

/* The part's statements still queued are dropped unsent, and a failure
 * among those sent is the part's: both go with it. */
static void pg_undo(struct store *s)
{
	struct pg_store *c = pg_conn_of(s);
	int kept = 0;
	for (int i = 0; i < c->nqueued; i++) {
		if (c->queued[i].cmd) {
			c->queued[kept++] = c->queued[i];
			continue;
		}
		pg_drop_entry(&c->queued[i]);
	}
	c->nqueued = kept;
	c->nlater = 0;
	PQclear(c->held);
	c->held = NULL;
	if (pg_unqueue(c, "SAVEPOINT part"))
		return;
	pg_queue_cmd(c, "ROLLBACK TO SAVEPOINT part");
	pg_queue_cmd(c, "RELEASE SAVEPOINT part");
}

static enum store_rc pg_exec_script(struct store *s, const char *sql)
{
	return pg_run(pg_conn_of(s), sql);
}

/* The server's write-ahead log position: it moves with every change. */
static uint64_t pg_version(struct store *s)
{
	struct pg_store *c = pg_conn_of(s);
	uint64_t v = 0;
	pg_settle(c);
	if (c->db && PQstatus(c->db) == CONNECTION_OK) {
		PGresult *res = PQexec(c->db, "SELECT (pg_current_wal_lsn() - '0/0')::bigint");
		if (PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) == 1)
			v = strtoull(PQgetvalue(res, 0, 0), NULL, 10);
		PQclear(res);
	}
	return v ^ (c->commits << 48);
}

static uint64_t pg_changes(struct store *s)
{
	return pg_conn_of(s)->changed;
}

/* A statement whose answer nobody reads waits for the next round trip
 * (pg_queue.c) in a write transaction; elsewhere it runs now. */
static enum store_rc pg_send(struct store_stmt *base)
{
	struct pg_stmt *st = pg_stmt_of(base);
	struct pg_store *c = pg_conn_of(base->owner);
	if (c->reading || !c->db || PQstatus(c->db) != CONNECTION_OK || PQtransactionStatus(c->db) == PQTRANS_IDLE) {
		enum store_rc rc = pg_step(base);
		pg_reset(base);
		return rc == STORE_ROW || rc == STORE_DONE ? STORE_OK : rc;
	}
	enum store_rc rc = pg_queue_stmt(c, st);
	pg_reset(base);
	return rc;
}

/* A statement read ahead waits in the queue of a write transaction for
 * the next round trip; elsewhere it runs when stepped, as always. */
static enum store_rc pg_ahead(struct store_stmt *base)
{
	struct pg_stmt *st = pg_stmt_of(base);
	struct pg_store *c = pg_conn_of(base->owner);
	if (st->ahead || st->res || c->reading || !c->db || PQstatus(c->db) != CONNECTION_OK ||
	    PQtransactionStatus(c->db) == PQTRANS_IDLE)
		return STORE_OK;
	return pg_queue_ahead(c, st);
}

void pg_free_stmt(void *p)
{
	struct pg_stmt *st = p;
	pg_reset(&st->base);
	free(st->params);
	free(st);
}

void pg_close(struct store *s)
{
	struct pg_store *c = pg_conn_of(s);
	pg_drop_queued(c);
	stmt_cache_clear(&c->cache, pg_free_stmt);
	PQfinish(c->db);
	PQfinish(c->sync_db);
	free(c->conninfo);
	free(c->schema);
	free(c);
}

static const struct store_ops pg_ops = {
	.name = "postgres",
	.id_type = "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY",
	.close = pg_close,
	.exec_script = pg_exec_script,
	.begin = pg_begin,
	.commit = pg_commit,
	.rollback = pg_rollback,
	.mark = pg_mark,
	.keep = pg_keep,
	.undo = pg_undo,
	.version = pg_version,
	.changes = pg_changes,
	.defer_sync = pg_defer_sync,
	.sync = pg_sync,
	.prepare = pg_prepare,
	.bind = pg_bind,
	.step = pg_step,
	.send = pg_send,
	.ahead = pg_ahead,
	.reset = pg_reset,
	.col_null = pg_col_null,
	.col_int = pg_col_int,
	.col_real = pg_col_real,
	.col_text = pg_col_text,
	.prepare_text = pg_prepare_text,
	.finalize = pg_finalize,
	.col_count = pg_col_count,
	.col_name = pg_col_name,
	.col_type = pg_col_type,
	.tables = pg_tables,
	.ids_follow = pg_ids_follow,
};

struct store *store_pg_open(const char *conninfo, const char *schema, const char *shown, bool create, char *err,
			    size_t errlen, bool *unreachable)
{
	if (unreachable)
		*unreachable = false;
	struct pg_store *c = calloc(1, sizeof *c);
	if (!c || !(c->conninfo = strdup(conninfo)) || (schema && !(c->schema = strdup(schema)))) {
		if (c)
			free(c->conninfo);
		free(c);
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	c->base.ops = &pg_ops;
	return pg_open_conn(c, conninfo, schema, shown, create, err, errlen, unreachable);
}
