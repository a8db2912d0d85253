/*
 * store_pg.c — the PostgreSQL back end of the store, on libpq.
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
#include "store/backend.h"
#include "store/stmt_cache.h"
#include "util/sb.h"

#include <libpq-fe.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PG_QUEUED_MAX 8

struct pg_stmt {
	struct store_stmt base;
	const char *sql;  /* the key; NULL for a statement prepared from built text */
	char name[24];    /* the server's name for it */
	bool prepared;    /* on the current connection */
	int nparams;
	char **params;    /* text of each bound value, owned; NULL for SQL NULL */
	PGresult *res;
	int row, rows;    /* the row last stepped to, and how many */
};

struct pg_store {
	struct store base;
	PGconn *db;
	char *conninfo;   /* for connecting again, and the syncer's connection */
	char *schema;     /* where its tables are, or NULL for the default */
	struct stmt_cache cache;
	unsigned long names; /* statements prepared: their names */
	uint64_t changed;    /* rows inserted, updated or deleted */
	uint64_t commits;
	bool deferred;       /* commits do not wait for the disk */
	PGconn *sync_db;     /* store_sync's own connection (the syncer thread's) */
	const char *queued[PG_QUEUED_MAX]; /* commands sent with the next one (queue_cmd) */
	int nqueued;
	bool began_queued;   /* a read's BEGIN is among them: no transaction on the server yet */
};

static struct pg_store *conn(struct store *s)
{
	return (struct pg_store *)s;
}

static struct pg_stmt *stmt_of(struct store_stmt *st)
{
	return (struct pg_stmt *)st;
}

/* The message of a failure, on one line. */
static void set_err(struct pg_store *c, const char *msg)
{
	snprintf(c->base.err, sizeof c->base.err, "%s", msg && *msg ? msg : "the database failed");
	c->base.lost = false;
	size_t n = strlen(c->base.err);
	while (n && (c->base.err[n - 1] == '\n' || c->base.err[n - 1] == ' '))
		c->base.err[--n] = 0;
}

/* The connection is gone (or going: the server said it is shutting
 * down): it is dropped, so the next begin connects again even if libpq
 * has not yet seen the socket close. */
static enum store_rc lost(struct pg_store *c)
{
	snprintf(c->base.err, sizeof c->base.err, "the database cannot be reached; try again");
	c->base.lost = true;
	PQfinish(c->db);
	c->db = NULL;
	return STORE_UNAVAILABLE;
}

/* Sorts a failed result by its SQLSTATE. */
static enum store_rc fail_res(struct pg_store *c, PGresult *res)
{
	if (!c->db || PQstatus(c->db) != CONNECTION_OK)
		return lost(c);
	set_err(c, res ? PQresultErrorMessage(res) : PQerrorMessage(c->db));
	const char *state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : NULL;
	if (!state)
		return STORE_ERROR;
	if (strncmp(state, "23", 2) == 0)
		return STORE_CONSTRAINT;
	if (strcmp(state, "40001") == 0 || strcmp(state, "40P01") == 0 || strcmp(state, "55P03") == 0)
		return STORE_BUSY;
	if (strncmp(state, "08", 2) == 0 || strncmp(state, "57P", 3) == 0)
		return lost(c);
	return STORE_ERROR;
}

static PGresult *exec_after_queued(struct pg_store *c, const char *sql);
static PGresult *exec_prepared_after_queued(struct pg_store *c, struct pg_stmt *st);

/* Runs SQL with no parameters and no rows wanted (after the queued
 * commands, in the same round trip). */
static enum store_rc run(struct pg_store *c, const char *sql)
{
	if (!c->db || PQstatus(c->db) != CONNECTION_OK)
		return lost(c);
	PGresult *res = exec_after_queued(c, sql);
	ExecStatusType st = PQresultStatus(res);
	enum store_rc rc = st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK ? STORE_OK : fail_res(c, res);
	PQclear(res);
	return rc;
}

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

static enum store_rc prepare_on_server(struct pg_store *c, struct pg_stmt *st, const char *text)
{
	char *sql = numbered(text, &st->nparams);
	if (!sql) {
		snprintf(c->base.err, sizeof c->base.err, "out of memory");
		return STORE_ERROR;
	}
	if (!st->name[0])
		snprintf(st->name, sizeof st->name, "g%lu", ++c->names);
	PGresult *res = PQprepare(c->db, st->name, sql, 0, NULL);
	free(sql);
	enum store_rc rc = PQresultStatus(res) == PGRES_COMMAND_OK ? STORE_OK : fail_res(c, res);
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

static void pg_reset(struct store_stmt *base)
{
	struct pg_stmt *st = stmt_of(base);
	PQclear(st->res);
	st->res = NULL;
	st->row = st->rows = 0;
	clear_params(st);
}

static void drop_queued(struct pg_store *c);
static void queue_cmd(struct pg_store *c, const char *sql);
static enum store_rc reconnect(struct pg_store *c);

/* A read whose BEGIN is still queued has sent nothing yet: when its
 * connection turns out gone at its first statement (the server restarted
 * while the connection was idle), it connects again and starts afresh,
 * so the first request after a restart is answered rather than failed. */
static bool read_starts_again(struct pg_store *c, bool began_queued)
{
	if (!began_queued || !c->base.lost || reconnect(c) != STORE_OK)
		return false;
	drop_queued(c);
	queue_cmd(c, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
	c->began_queued = true;
	return true;
}

static struct store_stmt *pg_prepare(struct store *s, const char *sql)
{
	struct pg_store *c = conn(s);
	bool first = c->began_queued;
	if (!c->db || PQstatus(c->db) != CONNECTION_OK) {
		lost(c);
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
	enum store_rc rc = prepare_on_server(c, st, sql);
	if (rc == STORE_UNAVAILABLE && read_starts_again(c, first))
		rc = prepare_on_server(c, st, sql);
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

static enum store_rc pg_bind(struct store_stmt *base, int idx, const struct store_val *v)
{
	struct pg_stmt *st = stmt_of(base);
	struct pg_store *c = conn(base->owner);
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

static enum store_rc pg_step(struct store_stmt *base)
{
	struct pg_stmt *st = stmt_of(base);
	struct pg_store *c = conn(base->owner);
	if (!st->res) {
		bool first = c->began_queued;
		if (!c->db || PQstatus(c->db) != CONNECTION_OK)
			return lost(c);
		st->res = exec_prepared_after_queued(c, st);
		ExecStatusType es = PQresultStatus(st->res);
		if (es != PGRES_COMMAND_OK && es != PGRES_TUPLES_OK && st->sql && fail_res(c, st->res) == STORE_UNAVAILABLE &&
		    read_starts_again(c, first) && prepare_on_server(c, st, st->sql) == STORE_OK) {
			PQclear(st->res);
			st->res = exec_prepared_after_queued(c, st);
			es = PQresultStatus(st->res);
		}
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
			enum store_rc rc = fail_res(c, st->res);
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

static bool pg_col_null(struct store_stmt *base, int col)
{
	struct pg_stmt *st = stmt_of(base);
	return !st->res || st->row < 0 || st->row >= st->rows || col >= PQnfields(st->res) ||
	       PQgetisnull(st->res, st->row, col);
}

static const char *pg_col_text(struct store_stmt *base, int col)
{
	struct pg_stmt *st = stmt_of(base);
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

/* ---- connections ---- */

/* A new connection to conninfo, with the schema as its search_path. A
 * server that stops answering (a network cut, not a restart, which closes
 * the connection) is given up within seconds rather than the system's
 * two hours of keepalive, so a request fails with 503 instead of waiting;
 * the location's own settings come last and win. */
static PGconn *connect_to(const char *conninfo, const char *schema, char *err, size_t errlen)
{
	const char *keys[] = { "connect_timeout", "keepalives_idle", "keepalives_interval", "keepalives_count",
			       "tcp_user_timeout", "fallback_application_name", "dbname", NULL };
	const char *vals[] = { "2", "10", "5", "3", "20000", "grip", conninfo, NULL };
	PGconn *db = PQconnectdbParams(keys, vals, 1);
	if (!db || PQstatus(db) != CONNECTION_OK) {
		snprintf(err, errlen, "%s", db ? PQerrorMessage(db) : "out of memory");
		size_t n = strlen(err);
		while (n && (err[n - 1] == '\n' || err[n - 1] == ' '))
			err[--n] = 0;
		PQfinish(db);
		return NULL;
	}
	PGresult *res = PQexec(db, "SET client_min_messages = warning");
	PQclear(res);
	if (schema) {
		char *ident = PQescapeIdentifier(db, schema, strlen(schema));
		char sql[200];
		snprintf(sql, sizeof sql, "SET search_path TO %s", ident ? ident : "\"\"");
		PQfreemem(ident);
		res = PQexec(db, sql);
		bool ok = PQresultStatus(res) == PGRES_COMMAND_OK;
		if (!ok)
			snprintf(err, errlen, "%s", PQresultErrorMessage(res));
		PQclear(res);
		if (!ok) {
			PQfinish(db);
			return NULL;
		}
	}
	return db;
}

static void unprepare(void *p)
{
	struct pg_stmt *st = p;
	PQclear(st->res);
	st->res = NULL;
	st->prepared = false;
}

/* Outside a transaction, a lost connection is made again: its statements
 * are prepared afresh as they are next used. */
static enum store_rc reconnect(struct pg_store *c)
{
	if (c->db && PQstatus(c->db) == CONNECTION_OK) {
		c->base.lost = false;
		return STORE_OK;
	}
	char err[256];
	PGconn *db = connect_to(c->conninfo, c->schema, err, sizeof err);
	if (!db)
		return lost(c);
	PQfinish(c->db);
	c->db = db;
	c->base.lost = false;
	stmt_cache_each(&c->cache, unprepare);
	if (c->deferred)
		run(c, "SET synchronous_commit = off");
	return STORE_OK;
}

static bool unqueue(struct pg_store *c, const char *sql);

/* A read transaction's BEGIN waits in the queue and goes to the server
 * with its first statement. A write transaction holds the lock when this
 * returns: BEGIN and the lock go together, one round trip. */
static enum store_rc begin_once(struct pg_store *c, bool write)
{
	drop_queued(c);
	if (reconnect(c) != STORE_OK)
		return STORE_UNAVAILABLE;
	if (!write) {
		queue_cmd(c, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
		c->began_queued = true;
		return STORE_OK;
	}
	enum store_rc rc = run(c, "BEGIN; SELECT pg_advisory_xact_lock(hashtext(current_schema()))");
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
	struct pg_store *c = conn(s);
	bool seemed_up = c->db && PQstatus(c->db) == CONNECTION_OK;
	enum store_rc rc = begin_once(c, write);
	if (rc == STORE_UNAVAILABLE && seemed_up)
		rc = begin_once(c, write);
	if (rc == STORE_OK)
		s->lost = false;
	return rc;
}

static enum store_rc pg_commit(struct store *s)
{
	struct pg_store *c = conn(s);
	if (!c->db || PQstatus(c->db) != CONNECTION_OK)
		return lost(c);
	if (c->began_queued) { /* nothing ran: there is nothing to commit */
		drop_queued(c);
		return STORE_OK;
	}
	PGresult *res = exec_after_queued(c, "COMMIT");
	enum store_rc rc;
	if (PQresultStatus(res) != PGRES_COMMAND_OK) {
		rc = fail_res(c, res);
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
	struct pg_store *c = conn(s);
	drop_queued(c);
	if (c->db && PQstatus(c->db) == CONNECTION_OK && PQtransactionStatus(c->db) != PQTRANS_IDLE) {
		PGresult *res = PQexec(c->db, "ROLLBACK");
		PQclear(res);
	}
}

static enum store_rc pg_mark(struct store *s)
{
	queue_cmd(conn(s), "SAVEPOINT part");
	return STORE_OK;
}

/* A savepoint still in the queue has seen nothing: keeping or undoing it
 * is dropping it. */
static enum store_rc pg_keep(struct store *s)
{
	if (!unqueue(conn(s), "SAVEPOINT part"))
		queue_cmd(conn(s), "RELEASE SAVEPOINT part");
	return STORE_OK;
}

static void pg_undo(struct store *s)
{
	if (unqueue(conn(s), "SAVEPOINT part"))
		return;
	queue_cmd(conn(s), "ROLLBACK TO SAVEPOINT part");
	queue_cmd(conn(s), "RELEASE SAVEPOINT part");
}

static enum store_rc pg_exec_script(struct store *s, const char *sql)
{
	return run(conn(s), sql);
}

/* The server's write-ahead log position: it moves with every change. */
static uint64_t pg_version(struct store *s)
{
	struct pg_store *c = conn(s);
	uint64_t v = 0;
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
	return conn(s)->changed;
}

/* The writer's commits no longer wait for the disk; store_sync waits for
 * all of them at once. */
static enum store_rc pg_defer_sync(struct store *s)
{
	struct pg_store *c = conn(s);
	enum store_rc rc = run(c, "SET synchronous_commit = off");
	if (rc == STORE_OK)
		c->deferred = true;
	return rc;
}

/* A transaction that commits with synchronous_commit on waits until the
 * log is on the disk up to its own commit record, so every commit made
 * before it anywhere on the server is on the disk too. It runs on a
 * connection of the syncer's own, beside the writer's next transaction. */
static enum store_rc pg_sync(struct store *s, char *err, size_t errlen)
{
	struct pg_store *c = conn(s);
	if (!c->deferred)
		return STORE_OK;
	for (int attempt = 0; attempt < 2; attempt++) {
		if (!c->sync_db || PQstatus(c->sync_db) != CONNECTION_OK) {
			PQfinish(c->sync_db);
			c->sync_db = connect_to(c->conninfo, NULL, err, errlen);
			if (!c->sync_db)
				return STORE_UNAVAILABLE;
		}
		PGresult *res = PQexec(c->sync_db, "BEGIN; SELECT txid_current(); COMMIT");
		bool ok = PQresultStatus(res) == PGRES_COMMAND_OK;
		const char *state = ok ? NULL : PQresultErrorField(res, PG_DIAG_SQLSTATE);
		/* Gone, or going (the server shutting down): connected again. */
		bool gone = PQstatus(c->sync_db) != CONNECTION_OK ||
			    (state && (strncmp(state, "08", 2) == 0 || strncmp(state, "57P", 3) == 0));
		if (!ok)
			snprintf(err, errlen, "cannot force the log to disk: %s", PQresultErrorMessage(res));
		PQclear(res);
		if (ok)
			return STORE_OK;
		if (!gone)
			return STORE_ERROR;
		PQfinish(c->sync_db);
		c->sync_db = NULL;
	}
	snprintf(err, errlen, "the database cannot be reached; try again");
	return STORE_UNAVAILABLE;
}

/* ---- fewer round trips: commands queued until the next statement ----
 *
 * A read's BEGIN, SAVEPOINT and RELEASE need no answer of their own:
 * they wait in c->queued and go to the server in the same round trip as
 * the next statement (in libpq's pipeline mode for a prepared statement,
 * as one multi-statement text for the rest). A failure of a queued
 * command is reported by that statement. A read in which nothing ran
 * never reaches the server. */

static void drop_queued(struct pg_store *c)
{
	c->nqueued = 0;
	c->began_queued = false;
}

/* The text of the queued commands, each followed by "; ", then sql. */
static char *queued_text(const struct pg_store *c, const char *sql)
{
	size_t len = strlen(sql) + 1;
	for (int i = 0; i < c->nqueued; i++)
		len += strlen(c->queued[i]) + 2;
	char *text = malloc(len), *p = text;
	if (!text)
		return NULL;
	for (int i = 0; i < c->nqueued; i++)
		p += snprintf(p, len - (size_t)(p - text), "%s; ", c->queued[i]);
	snprintf(p, len - (size_t)(p - text), "%s", sql);
	return text;
}

/* PQexec of sql with the queued commands in front; the queue is empty
 * afterwards. The result is the last command's, or the first failure. */
static PGresult *exec_after_queued(struct pg_store *c, const char *sql)
{
	if (!c->nqueued)
		return PQexec(c->db, sql);
	char *text = queued_text(c, sql);
	drop_queued(c);
	if (!text)
		return PQmakeEmptyPGresult(c->db, PGRES_FATAL_ERROR);
	PGresult *res = PQexec(c->db, text);
	free(text);
	return res;
}

/* Takes sql back if it is the last command queued. */
static bool unqueue(struct pg_store *c, const char *sql)
{
	if (!c->nqueued || strcmp(c->queued[c->nqueued - 1], sql) != 0)
		return false;
	c->nqueued--;
	return true;
}

static void queue_cmd(struct pg_store *c, const char *sql)
{
	if (c->nqueued == PG_QUEUED_MAX) { /* a long run with no statement: send them */
		PGresult *res = exec_after_queued(c, "SELECT 1");
		PQclear(res);
	}
	c->queued[c->nqueued++] = sql;
}

/* The prepared statement st, after the queued commands, in one pipeline
 * and one round trip. Its result, or the first failure before it. */
static PGresult *exec_prepared_after_queued(struct pg_store *c, struct pg_stmt *st)
{
	const char *const *params = (const char *const *)st->params;
	if (!c->nqueued)
		return PQexecPrepared(c->db, st->name, st->nparams, params, NULL, NULL, 0);
	int n = c->nqueued;
	bool sent = PQenterPipelineMode(c->db) == 1;
	for (int i = 0; sent && i < n; i++)
		sent = PQsendQueryParams(c->db, c->queued[i], 0, NULL, NULL, NULL, NULL, 0) == 1;
	sent = sent && PQsendQueryPrepared(c->db, st->name, st->nparams, params, NULL, NULL, 0) == 1;
	sent = sent && PQpipelineSync(c->db) == 1;
	drop_queued(c);
	PGresult *failed = NULL, *mine = NULL;
	int got = 0, nulls = 0;
	while (sent) {
		PGresult *res = PQgetResult(c->db);
		if (!res) { /* the end of one command's results; twice: nothing more comes */
			if (++nulls > 1 || PQstatus(c->db) != CONNECTION_OK)
				break;
			continue;
		}
		nulls = 0;
		ExecStatusType es = PQresultStatus(res);
		if (es == PGRES_PIPELINE_SYNC) {
			PQclear(res);
			break;
		}
		got++;
		if (!failed && es != PGRES_COMMAND_OK && es != PGRES_TUPLES_OK && es != PGRES_PIPELINE_ABORTED) {
			failed = res;
		} else if (got == n + 1 && !failed) {
			mine = res;
		} else {
			PQclear(res);
		}
	}
	PQexitPipelineMode(c->db);
	if (failed) {
		PQclear(mine);
		return failed;
	}
	if (!mine)
		return PQmakeEmptyPGresult(c->db, PGRES_FATAL_ERROR);
	return mine;
}

static void pg_free_stmt(void *p)
{
	struct pg_stmt *st = p;
	pg_reset(&st->base);
	free(st->params);
	free(st);
}

static void pg_close(struct store *s)
{
	struct pg_store *c = conn(s);
	stmt_cache_clear(&c->cache, pg_free_stmt);
	PQfinish(c->db);
	PQfinish(c->sync_db);
	free(c->conninfo);
	free(c->schema);
	free(c);
}

/* Introspection (store.h): defined at the end of this file. */
static struct store_stmt *pg_prepare_text(struct store *s, const char *sql);
static void pg_finalize(struct store_stmt *base);
static int pg_col_count(struct store_stmt *base);
static const char *pg_col_name(struct store_stmt *base, int col);
static enum store_val_type pg_col_type(struct store_stmt *base, int col);
static enum store_rc pg_tables(struct store *s, struct store_table **out, size_t *n);
static enum store_rc pg_ids_follow(struct store *s, const char *table);

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

/* One value of a query with no parameters, or NULL (then err says why). */
static char *query_value(PGconn *db, const char *sql, char *err, size_t errlen)
{
	PGresult *res = PQexec(db, sql);
	char *v = NULL;
	if (PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) == 1 && !PQgetisnull(res, 0, 0))
		v = strdup(PQgetvalue(res, 0, 0));
	else if (PQresultStatus(res) != PGRES_TUPLES_OK)
		snprintf(err, errlen, "%s", PQresultErrorMessage(res));
	PQclear(res);
	return v;
}

/* Lists sort names by bytes on both back ends: the database's collation
 * must be C (or POSIX). */
static bool collation_ok(PGconn *db, const char *shown, char *err, size_t errlen)
{
	char *coll = query_value(db, "SELECT datcollate FROM pg_database WHERE datname = current_database()",
				 err, errlen);
	bool ok = coll && (strcmp(coll, "C") == 0 || strcmp(coll, "POSIX") == 0 ||
			   strncmp(coll, "C.", 2) == 0);
	if (ok && PQserverVersion(db) >= 150000) {
		/* From PostgreSQL 15 a database may sort by ICU instead. */
		char *provider = query_value(db, "SELECT datlocprovider FROM pg_database"
						 " WHERE datname = current_database()", err, errlen);
		if (provider && strcmp(provider, "c") != 0) {
			free(coll);
			coll = strdup("of ICU");
			ok = false;
		}
		free(provider);
	}
	if (!ok)
		snprintf(err, errlen,
			 "the database at %s sorts text by the collation %s; grip needs C "
			 "(CREATE DATABASE ... LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0; see docs/deploy.md)",
			 shown, coll ? coll : "?");
	free(coll);
	return ok;
}

/* A location may name a schema of its own (options=-csearch_path=NAME);
 * a new grip database there creates it. */
static enum store_rc ensure_schema(struct pg_store *c, char *err, size_t errlen)
{
	char *has = query_value(c->db, "SELECT current_schema() IS NOT NULL", err, errlen);
	bool found = has && strcmp(has, "t") == 0;
	free(has);
	if (found)
		return STORE_OK;
	char *path = query_value(c->db, "SELECT current_setting('search_path')", err, errlen);
	if (!path)
		return STORE_ERROR;
	/* The first entry that is not "$user", without spaces and quotes. */
	char name[64] = "";
	for (char *tok = strtok(path, ","); tok; tok = strtok(NULL, ",")) {
		tok += strspn(tok, " \"");
		size_t n = strcspn(tok, "\"");
		while (n && tok[n - 1] == ' ')
			n--;
		if (n && n < sizeof name && strncmp(tok, "$user", 5) != 0) {
			memcpy(name, tok, n);
			name[n] = 0;
			break;
		}
	}
	free(path);
	if (!name[0]) {
		snprintf(err, errlen, "the location names no schema to create");
		return STORE_ERROR;
	}
	char *ident = PQescapeIdentifier(c->db, name, strlen(name));
	char sql[200];
	snprintf(sql, sizeof sql, "CREATE SCHEMA IF NOT EXISTS %s", ident ? ident : "\"\"");
	PQfreemem(ident);
	enum store_rc rc = run(c, sql);
	if (rc != STORE_OK)
		snprintf(err, errlen, "%.300s", c->base.err);
	return rc;
}

/* Whether a failed connection failed because the server is down,
 * starting or stopping (or out of reach), rather than refusing us. */
static bool server_unreachable(const char *conninfo)
{
	const char *keys[] = { "connect_timeout", "dbname", NULL };
	const char *vals[] = { "2", conninfo, NULL };
	PGPing p = PQpingParams(keys, vals, 1);
	return p == PQPING_NO_RESPONSE || p == PQPING_REJECT;
}

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
	char why[400];
	c->db = connect_to(conninfo, NULL, why, sizeof why);
	if (!c->db) {
		snprintf(err, errlen, "cannot open %s: %s", shown, why);
		if (unreachable)
			*unreachable = server_unreachable(conninfo);
		pg_close(&c->base);
		return NULL;
	}
	if (!collation_ok(c->db, shown, err, errlen)) {
		pg_close(&c->base);
		return NULL;
	}
	if (schema) {
		if (create) {
			char *ident = PQescapeIdentifier(c->db, schema, strlen(schema));
			char sql[200];
			snprintf(sql, sizeof sql, "CREATE SCHEMA IF NOT EXISTS %s", ident ? ident : "\"\"");
			PQfreemem(ident);
			/* A failure here shows as the missing table below; two
			 * processes making it at once is one. */
			run(c, sql);
		}
		PQfinish(c->db);
		c->db = connect_to(conninfo, schema, why, sizeof why);
		if (!c->db) {
			snprintf(err, errlen, "cannot open %s: %s", shown, why);
			if (unreachable)
				*unreachable = server_unreachable(conninfo);
			pg_close(&c->base);
			return NULL;
		}
	}
	if (create && !schema && ensure_schema(c, why, sizeof why) != STORE_OK) {
		snprintf(err, errlen, "cannot create the database at %s: %s", shown, why);
		pg_close(&c->base);
		return NULL;
	}
	if (!create) {
		char *there = query_value(c->db, "SELECT to_regclass('grip_schema') IS NOT NULL", why, sizeof why);
		bool found = there && strcmp(there, "t") == 0;
		free(there);
		if (!found) {
			snprintf(err, errlen, "no database at %s (grip init creates one)", shown);
			pg_close(&c->base);
			return NULL;
		}
	}
	return &c->base;
}

/* ---- Introspection (store.h) ---- */

/* A statement of SQL made at run time: prepared under a name of its own,
 * never in the cache, and deallocated on the server by pg_finalize. */
static struct store_stmt *pg_prepare_text(struct store *s, const char *sql)
{
	struct pg_store *c = conn(s);
	if (!c->db || PQstatus(c->db) != CONNECTION_OK) {
		lost(c);
		return NULL;
	}
	struct pg_stmt *st = calloc(1, sizeof *st);
	if (!st) {
		snprintf(s->err, sizeof s->err, "out of memory");
		return NULL;
	}
	st->base.owner = s;
	if (prepare_on_server(c, st, sql) != STORE_OK) {
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

static void pg_finalize(struct store_stmt *base)
{
	struct pg_stmt *st = stmt_of(base);
	struct pg_store *c = conn(base->owner);
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
static int pg_col_count(struct store_stmt *base)
{
	struct pg_stmt *st = stmt_of(base);
	return st->res ? PQnfields(st->res) : 0;
}

static const char *pg_col_name(struct store_stmt *base, int col)
{
	struct pg_stmt *st = stmt_of(base);
	return st->res && col < PQnfields(st->res) ? PQfname(st->res, col) : NULL;
}

/* Type oids of pg_type (catalog/pg_type_d.h, a header of the server's). */
enum { PG_BOOL = 16, PG_INT8 = 20, PG_INT2 = 21, PG_INT4 = 23, PG_OID = 26, PG_FLOAT4 = 700, PG_FLOAT8 = 701,
       PG_NUMERIC = 1700 };

static enum store_val_type pg_col_type(struct store_stmt *base, int col)
{
	struct pg_stmt *st = stmt_of(base);
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
		return lost(c);
	PGresult *res = PQexec(c->db, sql);
	if (PQresultStatus(res) != PGRES_TUPLES_OK) {
		enum store_rc rc = fail_res(c, res);
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
static enum store_rc pg_tables(struct store *s, struct store_table **out, size_t *n)
{
	struct pg_store *c = conn(s);
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
static enum store_rc pg_ids_follow(struct store *s, const char *table)
{
	struct pg_store *c = conn(s);
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
