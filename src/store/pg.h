/*
 * pg.h — what the files of the PostgreSQL back end share (private to
 * src/store): the connection and statement structs, the connection's
 * making and losing (pg_conn.c), the queue of what goes to the server with
 * the next round trip (pg_queue.c), and the catalog (pg_catalog.c).
 * store_pg.c holds the statements, the transactions and the ops table.
 */
#ifndef GRIP_STORE_PG_H
#define GRIP_STORE_PG_H

#include "store/backend.h"
#include "store/stmt_cache.h"

#include <libpq-fe.h>
#include <stdbool.h>
#include <stdint.h>

#define PG_QUEUED_MAX 32

struct pg_stmt {
	struct store_stmt base;
	const char *sql;  /* the key; NULL for a statement prepared from built text */
	char name[24];    /* the server's name for it */
	bool prepared;    /* on the current connection */
	int nparams;
	char **params;    /* text of each bound value, owned; NULL for SQL NULL */
	PGresult *res;
	int row, rows;    /* the row last stepped to, and how many; PG_ROW_UNREAD: res came ahead, not looked at */
	bool ahead;       /* waits in the queue, its answer wanted (store_ahead) */
};

#define PG_ROW_UNREAD (-2)

/* What waits for the next round trip: a command of fixed text, or a
 * prepared statement with its values, whose answer nobody reads (sent) or
 * its statement's (read ahead). */
struct pg_later {
	const char *cmd;     /* static text, or NULL */
	struct pg_stmt *st;  /* or this statement ... */
	char **params;       /* ... with these values (owned) */
	bool wanted;         /* its answer goes to st (while st->ahead) */
};

struct pg_store {
	struct store base;
	PGconn *db;
	char *conninfo;   /* for connecting again, and the syncer's connection */
	char *schema;     /* where its tables are, or NULL for the default */
	struct stmt_cache cache;
	unsigned long names; /* statements prepared: their names */
	uint64_t changed;    /* rows inserted, updated or deleted (a statement sent unread: at least 1) */
	uint64_t commits;
	bool deferred;       /* commits do not wait for the disk */
	PGconn *sync_db;     /* store_sync's own connection (the syncer thread's) */
	struct pg_later queued[PG_QUEUED_MAX]; /* sent with the next round trip (pg_queue.c) */
	int nqueued;
	int nlater;          /* statements among them */
	PGresult *held;      /* a failure of queued work not yet reported */
	bool began_queued;   /* a read's BEGIN is among them: no transaction on the server yet */
	bool reading;        /* the open transaction is a read */
	bool unread;         /* a read's COMMIT went out and its answer is not read yet */
};

static inline struct pg_store *pg_conn_of(struct store *s)
{
	return (struct pg_store *)s;
}

static inline struct pg_stmt *pg_stmt_of(struct store_stmt *st)
{
	return (struct pg_stmt *)st;
}

/* ---- pg_conn.c ---- */
void pg_set_err(struct pg_store *c, const char *msg);
/* The connection is gone: dropped, STORE_UNAVAILABLE. */
enum store_rc pg_lost(struct pg_store *c);
/* A failed result sorted by its SQLSTATE (the message kept in err). */
enum store_rc pg_fail_res(struct pg_store *c, PGresult *res);
PGconn *pg_connect_to(const char *conninfo, const char *schema, char *err, size_t errlen);
/* Outside a transaction: a lost connection made again. */
enum store_rc pg_reconnect(struct pg_store *c);
/* Reads what a read's COMMIT answered, if it is still unread. */
void pg_settle(struct pg_store *c);
/* SQL with no parameters, its rows not wanted, after what is queued. */
enum store_rc pg_run(struct pg_store *c, const char *sql);
enum store_rc pg_sync(struct store *s, char *err, size_t errlen);
enum store_rc pg_defer_sync(struct store *s);
struct store *pg_open_conn(struct pg_store *c, const char *conninfo, const char *schema, const char *shown,
			   bool create, char *err, size_t errlen, bool *unreachable);

/* ---- pg_queue.c ---- */
void pg_queue_cmd(struct pg_store *c, const char *sql);
/* st with its bound values goes with the next round trip; its answer is
 * not read, only whether it failed. */
enum store_rc pg_queue_stmt(struct pg_store *c, struct pg_stmt *st);
/* st with its bound values goes with the next round trip, and its answer
 * comes back into st (store_ahead). */
enum store_rc pg_queue_ahead(struct pg_store *c, struct pg_stmt *st);
/* st no longer wants the answer it waits for (reset before it came). */
void pg_unwant(struct pg_store *c, struct pg_stmt *st);
/* One entry of the queue let go unsent: its values freed, or given back
 * to a statement still waiting for its answer. */
void pg_drop_entry(struct pg_later *e);
/* Takes sql back if it is the last thing queued. */
bool pg_unqueue(struct pg_store *c, const char *sql);
void pg_drop_queued(struct pg_store *c);
/* Sends what is queued and waits for it: its first failure, or OK. */
enum store_rc pg_flush(struct pg_store *c);
/* sql (one command) or st, after what is queued, in one round trip: its
 * result, or the first failure of the queued work. The queue is empty
 * afterwards. */
PGresult *pg_exec_after(struct pg_store *c, const char *sql, struct pg_stmt *st);

/* ---- store_pg.c ---- */
void pg_free_stmt(void *p);
enum store_rc pg_prepare_on_server(struct pg_store *c, struct pg_stmt *st, const char *text);
struct store_stmt *pg_prepare(struct store *s, const char *sql);
enum store_rc pg_bind(struct store_stmt *base, int idx, const struct store_val *v);
enum store_rc pg_step(struct store_stmt *base);
void pg_reset(struct store_stmt *base);
bool pg_col_null(struct store_stmt *base, int col);
const char *pg_col_text(struct store_stmt *base, int col);
void pg_close(struct store *s);

/* ---- pg_catalog.c ---- */
struct store_stmt *pg_prepare_text(struct store *s, const char *sql);
void pg_finalize(struct store_stmt *base);
int pg_col_count(struct store_stmt *base);
const char *pg_col_name(struct store_stmt *base, int col);
enum store_val_type pg_col_type(struct store_stmt *base, int col);
enum store_rc pg_tables(struct store *s, struct store_table **out, size_t *n);
enum store_rc pg_ids_follow(struct store *s, const char *table);

#endif
