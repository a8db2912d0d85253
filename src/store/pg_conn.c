/*
 * pg_conn.c — the PostgreSQL back end's connections: opening a location
 * (its collation checked, its schema made when asked), failures sorted by
 * SQLSTATE, a lost connection dropped and made again, and the syncer's
 * connection of its own for group commits (store_sync).
 */
#include "store/pg.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The message of a failure, on one line. */
void pg_set_err(struct pg_store *c, const char *msg)
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
enum store_rc pg_lost(struct pg_store *c)
{
	snprintf(c->base.err, sizeof c->base.err, "the database cannot be reached; try again");
	c->base.lost = true;
	PQfinish(c->db);
	c->db = NULL;
	return STORE_UNAVAILABLE;
}

/* Sorts a failed result by its SQLSTATE. */
enum store_rc pg_fail_res(struct pg_store *c, PGresult *res)
{
	if (!c->db || PQstatus(c->db) != CONNECTION_OK)
		return pg_lost(c);
	pg_set_err(c, res ? PQresultErrorMessage(res) : PQerrorMessage(c->db));
	const char *state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : NULL;
	if (!state)
		return STORE_ERROR;
	if (strncmp(state, "23", 2) == 0)
		return STORE_CONSTRAINT;
	if (strcmp(state, "40001") == 0 || strcmp(state, "40P01") == 0 || strcmp(state, "55P03") == 0)
		return STORE_BUSY;
	if (strncmp(state, "08", 2) == 0 || strncmp(state, "57P", 3) == 0)
		return pg_lost(c);
	return STORE_ERROR;
}
/* ---- connections ---- */

/* A new connection to conninfo, with the schema as its search_path. A
 * server that stops answering (a network cut, not a restart, which closes
 * the connection) is given up within seconds rather than the system's
 * two hours of keepalive, so a request fails with 503 instead of waiting;
 * the location's own settings come last and win. */
PGconn *pg_connect_to(const char *conninfo, const char *schema, char *err, size_t errlen)
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

/* A read's COMMIT is sent without waiting (store_pg.c): its answer is
 * read before the connection's next command. Whatever it says, the read
 * was over and its rows were read. */
void pg_settle(struct pg_store *c)
{
	if (!c->unread)
		return;
	c->unread = false;
	if (!c->db)
		return;
	PGresult *res;
	while ((res = PQgetResult(c->db)) != NULL)
		PQclear(res);
}

/* Outside a transaction, a lost connection is made again: its statements
 * are prepared afresh as they are next used. */
enum store_rc pg_reconnect(struct pg_store *c)
{
	pg_settle(c);
	if (c->db && PQstatus(c->db) == CONNECTION_OK) {
		c->base.lost = false;
		return STORE_OK;
	}
	char err[256];
	PGconn *db = pg_connect_to(c->conninfo, c->schema, err, sizeof err);
	if (!db)
		return pg_lost(c);
	PQfinish(c->db);
	c->db = db;
	c->base.lost = false;
	stmt_cache_each(&c->cache, unprepare);
	if (c->deferred) {
		PGresult *res = PQexec(c->db, "SET synchronous_commit = off");
		PQclear(res);
	}
	return STORE_OK;
}

/* Runs SQL with no parameters and no rows wanted, after what is queued
 * (in the same round trip when only commands are queued). */
enum store_rc pg_run(struct pg_store *c, const char *sql)
{
	if (!c->db || PQstatus(c->db) != CONNECTION_OK)
		return pg_lost(c);
	pg_settle(c);
	if (c->nlater || c->held) { /* statements in the queue: one command's text goes after them */
		enum store_rc rc = pg_flush(c);
		if (rc != STORE_OK)
			return rc;
	}
	PGresult *res = pg_exec_after(c, sql, NULL);
	ExecStatusType st = PQresultStatus(res);
	enum store_rc rc = st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK ? STORE_OK : pg_fail_res(c, res);
	PQclear(res);
	return rc;
}

/* The writer's commits no longer wait for the disk; store_sync waits for
 * all of them at once. */
enum store_rc pg_defer_sync(struct store *s)
{
	struct pg_store *c = pg_conn_of(s);
	enum store_rc rc = pg_run(c, "SET synchronous_commit = off");
	if (rc == STORE_OK)
		c->deferred = true;
	return rc;
}

/* A transaction that commits with synchronous_commit on waits until the
 * log is on the disk up to its own commit record, so every commit made
 * before it anywhere on the server is on the disk too. It runs on a
 * connection of the syncer's own, beside the writer's next transaction. */
enum store_rc pg_sync(struct store *s, char *err, size_t errlen)
{
	struct pg_store *c = pg_conn_of(s);
	if (!c->deferred)
		return STORE_OK;
	for (int attempt = 0; attempt < 2; attempt++) {
		if (!c->sync_db || PQstatus(c->sync_db) != CONNECTION_OK) {
			PQfinish(c->sync_db);
			c->sync_db = pg_connect_to(c->conninfo, NULL, err, errlen);
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
	enum store_rc rc = pg_run(c, sql);
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

/* The rest of store_pg_open, on c made with its ops: connects, checks the
 * collation, makes the schema when asked, and refuses a location with no
 * grip database unless creating. On failure c is closed and NULL
 * returned. */
struct store *pg_open_conn(struct pg_store *c, const char *conninfo, const char *schema, const char *shown,
			   bool create, char *err, size_t errlen, bool *unreachable)
{
	char why[400];
	c->db = pg_connect_to(conninfo, NULL, why, sizeof why);
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
			pg_run(c, sql);
		}
		PQfinish(c->db);
		c->db = pg_connect_to(conninfo, schema, why, sizeof why);
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
