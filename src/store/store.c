/*
 * store.c — the back-end-independent half of the store: dispatch to the
 * back end, binding, and schema migrations.
 *
 * Migrations are the embedded files sql/NNNN_name.sql, applied in order of
 * NNNN. The table grip_schema holds one row per applied version. Opening a
 * database applies every pending migration in one transaction, so a crash
 * leaves either the old schema or the new one; a database whose highest
 * version is above the highest this binary knows is refused untouched.
 */
#define _XOPEN_SOURCE 700 /* realpath */
#include "store/backend.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "util/date.h"
#include "util/embedded.h"
#include "util/sb.h"

static int migration_version(const char *name)
{
	/* "sql/0001_init.sql" -> 1; 0 when the name is not a migration. */
	if (strncmp(name, "sql/", 4) != 0)
		return 0;
	int v = 0;
	const char *p = name + 4;
	for (int i = 0; i < 4; i++, p++) {
		if (*p < '0' || *p > '9')
			return 0;
		v = v * 10 + (*p - '0');
	}
	return *p == '_' ? v : 0;
}

int store_latest_version(void)
{
	int latest = 0;
	for (size_t i = 0; i < embedded_count; i++) {
		int v = migration_version(embedded_files[i].name);
		if (v > latest)
			latest = v;
	}
	return latest;
}

static const struct embedded_file *migration(int version)
{
	for (size_t i = 0; i < embedded_count; i++)
		if (migration_version(embedded_files[i].name) == version)
			return &embedded_files[i];
	return NULL;
}

int store_schema_version(struct store *s)
{
	int64_t v = 0;
	if (store_exec(s, "SELECT COALESCE(MAX(version), 0) FROM grip_schema", NULL, 0, &v) != STORE_OK)
		return -1;
	return (int)v;
}

/* The migration text with the dialect token replaced. */
static char *dialect(struct store *s, const char *sql)
{
	struct sb out = SB_INIT;
	const char *tok = "@ID@";
	for (const char *p = sql; *p;) {
		const char *hit = strstr(p, tok);
		if (!hit) {
			sb_adds(&out, p);
			break;
		}
		sb_add(&out, p, (size_t)(hit - p));
		sb_adds(&out, s->ops->id_type);
		p = hit + strlen(tok);
	}
	if (out.failed) {
		sb_release(&out);
		return NULL;
	}
	return sb_detach(&out, NULL);
}

static int migrate(struct store *s, char *err, size_t errlen)
{
	int latest = store_latest_version();
	/* Most opens find the schema current: say so without the write lock, so
	 * that a server opening a connection never queues behind writers. */
	int seen = store_schema_version(s); /* -1 on a new file: no grip_schema yet */
	if (seen == latest)
		return 0;
	if (s->ops->begin(s, true) != STORE_OK)
		goto fail;
	if (s->ops->exec_script(s, "CREATE TABLE IF NOT EXISTS grip_schema ("
				   " version INTEGER PRIMARY KEY,"
				   " applied_at TEXT NOT NULL)") != STORE_OK)
		goto fail_tx;
	int current = store_schema_version(s);
	if (current < 0)
		goto fail_tx;
	if (current > latest) {
		s->ops->rollback(s);
		snprintf(err, errlen,
			 "the database has schema version %d, newer than this grip "
			 "(which knows up to %d); use a newer grip",
			 current, latest);
		return -1;
	}
	for (int v = current + 1; v <= latest; v++) {
		const struct embedded_file *f = migration(v);
		if (!f) {
			snprintf(err, errlen, "migration %04d is missing from this build", v);
			s->ops->rollback(s);
			return -1;
		}
		char *sql = dialect(s, (const char *)f->data);
		enum store_rc rc = sql ? s->ops->exec_script(s, sql) : STORE_ERROR;
		free(sql);
		if (rc != STORE_OK)
			goto fail_tx;
		char at[DATETIME_LEN];
		datetime_format((int64_t)time(NULL), at);
		if (store_x(s, NULL, "INSERT INTO grip_schema (version, applied_at) VALUES (?, ?)",
			    V(v), V(at)) != STORE_OK)
			goto fail_tx;
	}
	if (s->ops->commit(s) != STORE_OK)
		goto fail;
	return 0;
fail_tx:
	s->ops->rollback(s);
fail:
	snprintf(err, errlen, "cannot prepare the database: %s", s->err);
	return -1;
}

static bool is_pg_location(const char *target)
{
	return strncmp(target, "postgres://", 11) == 0 || strncmp(target, "postgresql://", 13) == 0;
}

/* GRIP_TEST_POSTGRES, for running the test suite on PostgreSQL: every
 * database named by a file path in a directory that exists opens instead
 * the schema f_ + 16 hex digits (FNV-1a of the file's absolute path) of
 * that server. Written to schema (24 bytes); false when not mapped. */
static bool test_schema(const char *target, char schema[24])
{
	const char *server = getenv("GRIP_TEST_POSTGRES");
	if (!server || !*server || is_pg_location(target))
		return false;
	const char *slash = strrchr(target, '/');
	char dir[4096], abs[4096 + 256];
	int n = slash ? snprintf(dir, sizeof dir, "%.*s", (int)(slash - target), target) : snprintf(dir, sizeof dir, ".");
	if (n < 0 || (size_t)n >= sizeof dir)
		return false;
	char *real = realpath(dir[0] ? dir : "/", NULL);
	if (!real)
		return false; /* as SQLite: no such directory */
	n = snprintf(abs, sizeof abs, "%s/%s", strcmp(real, "/") == 0 ? "" : real, slash ? slash + 1 : target);
	free(real);
	if (n < 0 || (size_t)n >= sizeof abs)
		return false;
	uint64_t h = 0xcbf29ce484222325u;
	for (const unsigned char *p = (const unsigned char *)abs; *p; p++)
		h = (h ^ *p) * 0x100000001b3u;
	snprintf(schema, 24, "f_%016llx", (unsigned long long)h);
	return true;
}

/* The location as messages may show it: a password in it (user:secret@
 * or password=secret) replaced by "***". */
static void redacted(const char *target, char *out, size_t len)
{
	struct sb b = SB_INIT;
	const char *scheme = strstr(target, "://");
	const char *at = scheme ? strchr(scheme + 3, '@') : NULL;
	const char *colon = at ? memchr(scheme + 3, ':', (size_t)(at - scheme - 3)) : NULL;
	const char *p = target;
	if (colon) {
		sb_add(&b, target, (size_t)(colon + 1 - target));
		sb_adds(&b, "***");
		p = at;
	}
	for (const char *hit; (hit = strstr(p, "password="));) {
		sb_add(&b, p, (size_t)(hit + 9 - p));
		sb_adds(&b, "***");
		p = hit + 9 + strcspn(hit + 9, "&");
	}
	sb_adds(&b, p);
	snprintf(out, len, "%s", b.failed || !b.buf ? "the database" : b.buf);
	sb_release(&b);
}

static struct store *open_backend(const char *target, bool create, char *err, size_t errlen, bool *unreachable)
{
	char schema[24];
	if (is_pg_location(target)) {
		char shown[512];
		redacted(target, shown, sizeof shown);
		return store_pg_open(target, NULL, shown, create, err, errlen, unreachable);
	}
	if (test_schema(target, schema))
		return store_pg_open(getenv("GRIP_TEST_POSTGRES"), schema, target, create, err, errlen, unreachable);
	return store_sqlite_open(target, create, err, errlen);
}

static struct store *open_full(const char *target, bool create, int *before, bool *unreachable, char *err,
			       size_t errlen);

struct store *store_open(const char *target, bool create, char *err, size_t errlen)
{
	bool unreachable;
	return open_full(target, create, NULL, &unreachable, err, errlen);
}

struct store *store_open_reach(const char *target, bool create, char *err, size_t errlen, bool *unreachable)
{
	return open_full(target, create, NULL, unreachable, err, errlen);
}

struct store *store_open_migrated(const char *target, bool create, int *before, char *err, size_t errlen)
{
	bool unreachable;
	return open_full(target, create, before, &unreachable, err, errlen);
}

static struct store *open_full(const char *target, bool create, int *before, bool *unreachable, char *err,
			       size_t errlen)
{
	*unreachable = false;
	struct store *s = open_backend(target, create, err, errlen, unreachable);
	if (!s)
		return NULL;
	if (before) {
		*before = store_schema_version(s);
		if (*before < 0)
			*before = 0; /* new: no grip_schema yet */
	}
	if (migrate(s, err, errlen) < 0) {
		*unreachable = s->lost;
		store_close(s);
		return NULL;
	}
	return s;
}

void store_close(struct store *s)
{
	if (s)
		s->ops->close(s);
}

enum store_rc store_begin(struct store *s, bool write)
{
	return s->ops->begin(s, write);
}

enum store_rc store_commit(struct store *s)
{
	return s->ops->commit(s);
}

void store_rollback(struct store *s)
{
	s->ops->rollback(s);
}

enum store_rc store_mark(struct store *s)
{
	return s->ops->mark(s);
}

enum store_rc store_keep(struct store *s)
{
	return s->ops->keep(s);
}

void store_undo(struct store *s)
{
	s->ops->undo(s);
}

uint64_t store_version(struct store *s)
{
	return s->ops->version(s);
}

uint64_t store_changes(struct store *s)
{
	return s->ops->changes(s);
}

enum store_rc store_defer_sync(struct store *s)
{
	return s->ops->defer_sync ? s->ops->defer_sync(s) : STORE_OK;
}

enum store_rc store_sync(struct store *s, char *err, size_t errlen)
{
	return s->ops->sync ? s->ops->sync(s, err, errlen) : STORE_OK;
}

enum store_rc store_checkpoint_apart(struct store *s)
{
	return s->ops->checkpoint_apart ? s->ops->checkpoint_apart(s) : STORE_OK;
}

int64_t store_log_pages(struct store *s)
{
	return s->ops->log_pages ? s->ops->log_pages(s) : 0;
}

enum store_rc store_checkpoint(struct store *s, bool force, int64_t *left)
{
	*left = 0;
	return s->ops->checkpoint ? s->ops->checkpoint(s, force, left) : STORE_OK;
}

enum store_rc store_cache_kib(struct store *s, int kib)
{
	return s->ops->cache_kib ? s->ops->cache_kib(s, kib) : STORE_OK;
}

struct store_stmt *store_query(struct store *s, const char *sql, const struct store_val *vals,
			       size_t n)
{
	struct store_stmt *st = s->ops->prepare(s, sql);
	if (!st)
		return NULL;
	for (size_t i = 0; i < n; i++) {
		if (s->ops->bind(st, (int)i + 1, &vals[i]) != STORE_OK) {
			s->ops->reset(st);
			return NULL;
		}
	}
	return st;
}

enum store_rc store_step(struct store_stmt *st)
{
	return st->owner->ops->step(st);
}

void store_done(struct store_stmt *st)
{
	if (st)
		st->owner->ops->reset(st);
}

enum store_rc store_exec(struct store *s, const char *sql, const struct store_val *vals, size_t n,
			 int64_t *out)
{
	struct store_stmt *st = store_query(s, sql, vals, n);
	if (!st)
		return s->lost ? STORE_UNAVAILABLE : STORE_ERROR;
	enum store_rc rc = store_step(st);
	if (rc == STORE_ROW) {
		if (out)
			*out = store_col_int(st, 0);
		rc = STORE_OK;
	} else if (rc == STORE_DONE) {
		rc = STORE_OK;
	}
	store_done(st);
	return rc;
}

enum store_rc store_send(struct store *s, const char *sql, const struct store_val *vals, size_t n)
{
	if (!s->ops->send)
		return store_exec(s, sql, vals, n, NULL);
	struct store_stmt *st = store_query(s, sql, vals, n);
	if (!st)
		return s->lost ? STORE_UNAVAILABLE : STORE_ERROR;
	return s->ops->send(st);
}

enum store_rc store_ahead(struct store_stmt *st)
{
	if (!st)
		return STORE_OK; /* its failure is the caller's when it steps a fresh query */
	return st->owner->ops->ahead ? st->owner->ops->ahead(st) : STORE_OK;
}

bool store_col_null(struct store_stmt *st, int col)
{
	return st->owner->ops->col_null(st, col);
}

int64_t store_col_int(struct store_stmt *st, int col)
{
	return st->owner->ops->col_int(st, col);
}

double store_col_real(struct store_stmt *st, int col)
{
	return st->owner->ops->col_real(st, col);
}

const char *store_col_text(struct store_stmt *st, int col)
{
	return st->owner->ops->col_text(st, col);
}

const char *store_errmsg(struct store *s)
{
	return s->err;
}

bool store_lost(struct store *s)
{
	return s->lost;
}

/* ---- Introspection (store.h) ---- */

struct store_stmt *store_prepare_text(struct store *s, const char *sql)
{
	return s->ops->prepare_text(s, sql);
}

enum store_rc store_bind(struct store_stmt *st, int idx, const struct store_val *v)
{
	return st->owner->ops->bind(st, idx, v);
}

void store_finalize(struct store_stmt *st)
{
	if (st)
		st->owner->ops->finalize(st);
}

int store_col_count(struct store_stmt *st)
{
	return st->owner->ops->col_count(st);
}

const char *store_col_name(struct store_stmt *st, int col)
{
	return st->owner->ops->col_name(st, col);
}

enum store_val_type store_col_type(struct store_stmt *st, int col)
{
	return st->owner->ops->col_type(st, col);
}

static int table_order(const void *a, const void *b)
{
	return strcmp(((const struct store_table *)a)->name, ((const struct store_table *)b)->name);
}

enum store_rc store_tables(struct store *s, struct store_table **out, size_t *n)
{
	*out = NULL;
	*n = 0;
	enum store_rc rc = s->ops->tables(s, out, n);
	if (rc != STORE_OK) {
		free(*out);
		*out = NULL;
		*n = 0;
		return rc;
	}
	if (*n > 1)
		qsort(*out, *n, sizeof **out, table_order);
	return STORE_OK;
}

enum store_rc store_ids_follow(struct store *s, const char *table)
{
	return s->ops->ids_follow ? s->ops->ids_follow(s, table) : STORE_OK;
}

int store_ident(const char *name, char *out, size_t outlen)
{
	size_t k = 0;
	if (outlen < 3)
		return -1;
	out[k++] = '"';
	for (const char *p = name; *p; p++) {
		if (k + (*p == '"' ? 2 : 1) + 2 > outlen)
			return -1;
		if (*p == '"')
			out[k++] = '"';
		out[k++] = *p;
	}
	out[k++] = '"';
	out[k] = '\0';
	return 0;
}
