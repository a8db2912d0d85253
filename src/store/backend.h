/*
 * backend.h — what a storage back end supplies to store.c. Private to
 * src/store: the core sees only store.h.
 */
#ifndef GRIP_STORE_BACKEND_H
#define GRIP_STORE_BACKEND_H

#include "store/store.h"

struct store_ops {
	const char *name;
	const char *id_type; /* replaces @ID@ in migrations */
	void (*close)(struct store *s);
	enum store_rc (*exec_script)(struct store *s, const char *sql);
	enum store_rc (*begin)(struct store *s, bool write);
	enum store_rc (*commit)(struct store *s);
	void (*rollback)(struct store *s);
	enum store_rc (*mark)(struct store *s);
	enum store_rc (*keep)(struct store *s);
	void (*undo)(struct store *s);
	uint64_t (*version)(struct store *s);
	uint64_t (*changes)(struct store *s);
	enum store_rc (*defer_sync)(struct store *s);         /* NULL: commits always wait */
	enum store_rc (*sync)(struct store *s, char *err, size_t errlen);
	enum store_rc (*checkpoint_apart)(struct store *s); /* NULL: nothing to do */
	int64_t (*log_pages)(struct store *s);
	enum store_rc (*checkpoint)(struct store *s, bool force, int64_t *left);
	enum store_rc (*cache_kib)(struct store *s, int kib);
	struct store_stmt *(*prepare)(struct store *s, const char *sql);
	enum store_rc (*bind)(struct store_stmt *st, int idx, const struct store_val *v);
	enum store_rc (*step)(struct store_stmt *st);
	/* A bound statement whose answer the caller does not read (store_send);
	 * NULL: stepped at once. */
	enum store_rc (*send)(struct store_stmt *st);
	/* A bound statement whose rows come with the next round trip
	 * (store_ahead); NULL: run when stepped. */
	enum store_rc (*ahead)(struct store_stmt *st);
	void (*reset)(struct store_stmt *st);
	bool (*col_null)(struct store_stmt *st, int col);
	int64_t (*col_int)(struct store_stmt *st, int col);
	double (*col_real)(struct store_stmt *st, int col);
	const char *(*col_text)(struct store_stmt *st, int col);
	/* Introspection (store.h): statements of SQL made at run time, their
	 * columns, the catalog. */
	struct store_stmt *(*prepare_text)(struct store *s, const char *sql);
	void (*finalize)(struct store_stmt *st);
	int (*col_count)(struct store_stmt *st);
	const char *(*col_name)(struct store_stmt *st, int col);
	enum store_val_type (*col_type)(struct store_stmt *st, int col);
	enum store_rc (*tables)(struct store *s, struct store_table **out, size_t *n);
	enum store_rc (*ids_follow)(struct store *s, const char *table); /* NULL: nothing to do */
};

/* The head of every back end's connection struct. */
struct store {
	const struct store_ops *ops;
	char err[512];
	bool lost; /* the last failure was a lost connection (store_lost) */
};

/* The head of every back end's statement struct. */
struct store_stmt {
	struct store *owner;
};

struct store *store_sqlite_open(const char *path, bool create, char *err, size_t errlen);
/* conninfo: a libpq location; schema: the search_path to set, or NULL;
 * shown: the location as messages name it; *unreachable (may be NULL):
 * set when it failed because the server could not be reached. */
struct store *store_pg_open(const char *conninfo, const char *schema, const char *shown, bool create, char *err,
			    size_t errlen, bool *unreachable);

#endif
