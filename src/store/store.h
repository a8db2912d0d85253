/*
 * store.h — the one storage interface of grip.
 *
 * The core speaks portable SQL through this interface and never names a
 * back end. A back end (store_sqlite.c now, PostgreSQL next) supplies a
 * connection, transactions and prepared statements; the schema and its
 * migrations (sql/NNNN_name.sql, built into the binary) are shared, with
 * one dialect token, @ID@, for an auto-numbered primary key.
 *
 * Rules the core relies on:
 *  1. Placeholders are "?" in order; values are only ever bound, never
 *     pasted into SQL text.
 *  2. Statements are cached per connection by the address of their SQL
 *     text, so SQL passed here must be a string literal (static storage).
 *  3. A statement from store_query is ready to step; store_done resets it
 *     for reuse and must be called when the caller stops stepping.
 *  4. Text returned by store_col_text lives until the next step or done.
 *  5. store_open applies pending migrations in one transaction and refuses
 *     a database whose schema is newer than this binary.
 *  6. One connection serves one thread at a time.
 */
#ifndef GRIP_STORE_STORE_H
#define GRIP_STORE_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct store;
struct store_stmt;

enum store_rc {
	STORE_OK = 0,
	STORE_ROW,        /* a row is ready */
	STORE_DONE,       /* no more rows */
	STORE_CONSTRAINT, /* a uniqueness, foreign key or check constraint failed */
	STORE_BUSY,       /* another writer holds the database */
	STORE_UNAVAILABLE, /* the database server cannot be reached (for now) */
	STORE_ERROR,
};

enum store_val_type { STORE_NULL, STORE_INT, STORE_REAL, STORE_TEXT };

struct store_val {
	enum store_val_type type;
	union {
		int64_t i;
		double d;
		const char *s;
	} u;
};

static inline struct store_val store_val_int(int64_t i)
{
	return (struct store_val){ .type = STORE_INT, .u.i = i };
}
static inline struct store_val store_val_real(double d)
{
	return (struct store_val){ .type = STORE_REAL, .u.d = d };
}
static inline struct store_val store_val_text(const char *s)
{
	return (struct store_val){ .type = s ? STORE_TEXT : STORE_NULL, .u.s = s };
}
/* An id where 0 means "none": bound as NULL. */
static inline struct store_val store_val_id(int64_t id)
{
	return id ? store_val_int(id) : (struct store_val){ .type = STORE_NULL };
}
static inline struct store_val store_val_bool(bool b)
{
	return store_val_int(b ? 1 : 0);
}

/* V(x): a bound value chosen by the type of x. */
#define V(x) _Generic((x), \
	int: store_val_int, long: store_val_int, long long: store_val_int, \
	unsigned: store_val_int, bool: store_val_bool, double: store_val_real, \
	char *: store_val_text, const char *: store_val_text)(x)
#define VID(x) store_val_id(x)

#define STORE_VALS(...) (const struct store_val[]){ __VA_ARGS__ }, \
	sizeof((const struct store_val[]){ __VA_ARGS__ }) / sizeof(struct store_val)

/* store_q(s, SQL, V(a), V(b)): prepare (cached), bind, ready to step. */
#define store_q(s, sql, ...) store_query((s), (sql), STORE_VALS(__VA_ARGS__))
#define store_q0(s, sql) store_query((s), (sql), NULL, 0)

/* Opens the database named by target: a PostgreSQL location
 * (postgres://... or postgresql://..., a schema of that database: its
 * search_path) or else a SQLite file, creating it only when create is set. On failure returns NULL and writes a message to
 * err. */
struct store *store_open(const char *target, bool create, char *err, size_t errlen);
/* The same, telling in *before the schema version the database had before
 * it was brought up to this binary's (0 for a new one). */
struct store *store_open_migrated(const char *target, bool create, int *before, char *err, size_t errlen);
/* The same; when it fails, *unreachable says whether the database server
 * could not be reached (down, starting or stopping: worth trying again
 * later) rather than refused (no such database, a wrong password, ...). */
struct store *store_open_reach(const char *target, bool create, char *err, size_t errlen, bool *unreachable);
void store_close(struct store *s);

/* write = true takes the write lock at once (SQLite BEGIN IMMEDIATE). */
enum store_rc store_begin(struct store *s, bool write);
enum store_rc store_commit(struct store *s);
void store_rollback(struct store *s);
/* A part of a transaction that can be undone alone (SQLite savepoints):
 * store_mark starts it, store_keep lets its changes join the transaction,
 * store_undo throws them away. One part at a time. */
enum store_rc store_mark(struct store *s);
enum store_rc store_keep(struct store *s);
void store_undo(struct store *s);
/* A number that differs whenever the committed data may have changed since
 * it was last read on this connection, by this connection or any other.
 * Read it inside a transaction to tie it to what that transaction sees. */
uint64_t store_version(struct store *s);
/* How many rows this connection's statements have inserted, changed or
 * deleted since it opened (rows undone later included): two readings
 * around a write tell whether it changed any row. */
uint64_t store_changes(struct store *s);

/* Group commit for a server. After store_defer_sync(s), a commit on s
 * makes its changes visible but does not wait for the disk, and
 * store_sync(s) forces every commit made on s so far onto the disk. Unlike
 * everything else here, store_sync may run on another thread while s goes
 * on with the next transaction. A commit may be reported saved only once a
 * store_sync begun after it has returned STORE_OK. Without the deferral
 * (or on a back end whose commits always wait), store_sync does nothing. */
enum store_rc store_defer_sync(struct store *s);
enum store_rc store_sync(struct store *s, char *err, size_t errlen);

/* Checkpoints apart from the writer. After store_checkpoint_apart(s), a
 * commit on s no longer copies the log into the database file itself
 * (SQLite's automatic checkpoint); store_log_pages(s) says how many pages
 * the log held after s's last commit (any thread), and another connection
 * of the same file runs store_checkpoint: one that waits for no one
 * (force false), or one that waits for readers and the writer so the log
 * starts again from its beginning (force true). *left: pages of the log
 * not yet in the database after it. Back ends without such a log do
 * nothing and report 0. */
enum store_rc store_checkpoint_apart(struct store *s);
int64_t store_log_pages(struct store *s);
enum store_rc store_checkpoint(struct store *s, bool force, int64_t *left);
/* The page cache of this connection, in KiB (SQLite's cache_size). */
enum store_rc store_cache_kib(struct store *s, int kib);

/* NULL on error (see store_errmsg). */
struct store_stmt *store_query(struct store *s, const char *sql, const struct store_val *vals,
			       size_t n);
enum store_rc store_step(struct store_stmt *st);
void store_done(struct store_stmt *st);

/* Runs a statement that returns no rows, or one row whose first column is
 * read as an integer into *out (out may be NULL). */
enum store_rc store_exec(struct store *s, const char *sql, const struct store_val *vals, size_t n,
			 int64_t *out);
#define store_x(s, out, sql, ...) store_exec((s), (sql), STORE_VALS(__VA_ARGS__), (out))

/* Runs a statement whose rows and count the caller does not read (an
 * INSERT or UPDATE without RETURNING). A back end with round trips
 * (PostgreSQL) may hold it in a write transaction and send it with the
 * next statement that returns rows, or with the commit or store_keep: a
 * failure of it is then reported by that call, with its own message and
 * code, and the transaction fails as it would have. So use it only where
 * any failure of the statement fails the whole operation. store_changes
 * counts such a statement as at least one row changed. */
enum store_rc store_send(struct store *s, const char *sql, const struct store_val *vals, size_t n);
#define store_sx(s, sql, ...) store_send((s), (sql), STORE_VALS(__VA_ARGS__))

/* Reads ahead: st, from store_query and not yet stepped, goes to the
 * server with the next round trip (with statements sent and the next
 * statement stepped), and its rows come back then, so stepping it later
 * makes no trip of its own. So independent reads (the checks of a write)
 * cost one round trip together: each is asked ahead, then the last is
 * stepped. Each asked ahead must be stepped or store_done'd, as any
 * statement; two at once need two SQL texts. A failure of the trip is
 * reported by the call that made it; a statement whose answer did not
 * come fails when stepped. Only in a write transaction of a back end with
 * round trips (PostgreSQL); elsewhere nothing happens, and st runs when
 * stepped. NULL st: nothing. */
enum store_rc store_ahead(struct store_stmt *st);

bool store_col_null(struct store_stmt *st, int col);
int64_t store_col_int(struct store_stmt *st, int col);
double store_col_real(struct store_stmt *st, int col);
const char *store_col_text(struct store_stmt *st, int col); /* NULL for SQL NULL */

/* ---- Introspection, for tools that handle a whole database (dump.h) ----
 *
 * SQL text made at run time (a table's name in it) never goes through
 * store_query, whose cache is keyed by the text's address: it is prepared
 * apart, once, by store_prepare_text, bound by store_bind, stepped and
 * reset (store_done) like any statement, and freed by store_finalize. Such
 * text names tables and columns only as the catalog gives them, quoted
 * (store_ident); values are still bound, never pasted. */
struct store_stmt *store_prepare_text(struct store *s, const char *sql); /* NULL on error */
enum store_rc store_bind(struct store_stmt *st, int idx, const struct store_val *v); /* idx from 1 */
void store_finalize(struct store_stmt *st); /* NULL: nothing */
/* The statement's columns: how many and their names, readable once the
 * first step has returned (a row or STORE_DONE). */
int store_col_count(struct store_stmt *st);
const char *store_col_name(struct store_stmt *st, int col);
/* The type of the value in this row's column: STORE_NULL, STORE_INT,
 * STORE_REAL or STORE_TEXT. */
enum store_val_type store_col_type(struct store_stmt *st, int col);

#define STORE_NAME_MAX 64 /* a table's or a column's name, its NUL included */
#define STORE_KEY_MAX 4   /* columns of a primary key */
#define STORE_REFS_MAX 24 /* foreign keys of a table */

/* A table of the database, as its catalog describes it. */
struct store_table {
	char name[STORE_NAME_MAX];
	int nkey; /* the primary key's columns, in the key's order */
	char key[STORE_KEY_MAX][STORE_NAME_MAX];
	int nrefs; /* its foreign keys: column -> the table it references */
	struct {
		char column[STORE_NAME_MAX];
		char table[STORE_NAME_MAX];
	} refs[STORE_REFS_MAX];
};

/* The tables of the database (the schema of the connection on
 * PostgreSQL), grip_schema included and the back end's own left out,
 * sorted by name (bytewise). *out is the caller's: free() it. */
enum store_rc store_tables(struct store *s, struct store_table **out, size_t *n);
/* After rows were written with their ids given (a copy), moves the
 * table's id counter past its highest id, so the next insert does not
 * reuse one (PostgreSQL's sequences; nothing on SQLite, which takes the
 * highest id plus one). */
enum store_rc store_ids_follow(struct store *s, const char *table);
/* name as a quoted SQL identifier ("name", a quote inside doubled) into
 * out; -1 when it does not fit. */
int store_ident(const char *name, char *out, size_t outlen);

const char *store_errmsg(struct store *s);
/* The last failure was the database server out of reach (a statement that
 * could not be prepared says so only here); the next transaction tries
 * again. Never for SQLite. */
/* Whether the last failure on s was a lost connection to the database
 * server (STORE_UNAVAILABLE): the next store_begin connects again. */
bool store_lost(struct store *s);
int store_schema_version(struct store *s);
int store_latest_version(void);

#endif
