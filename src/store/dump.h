/*
 * dump.h — tools that handle a whole database through the store's
 * introspection (store.h), on either back end alike:
 *
 *  - the dump: every table as canonical text, so that the same data gives
 *    the same bytes on SQLite and on PostgreSQL;
 *  - the copy: every row of one database into another, new or empty one,
 *    ids kept, in one transaction, checked afterwards by comparing the
 *    dumps of the two.
 *
 * The dump's text is JSON Lines. Its first line names the format and the
 * schema version: {"grip_dump":1,"schema":N}. Then, for each table in
 * bytewise order of its name, a line {"table":"NAME","columns":[...]}
 * with the columns in bytewise order of their names, and one line per row
 * in the order of its primary key (all its columns when it has none): a
 * JSON array of the row's values in the columns' order. A value is null
 * for SQL NULL, a number for an integer or a real (an integer in decimal;
 * a real in the fewest significant digits, 15 to 17, that read back as
 * the same double, "-0" as 0, infinities as 1e999 and -1e999), or a
 * string (JSON escapes for the quote, the backslash and control
 * characters; other bytes as they are). So an integer and a real of the
 * same value are written alike: the back ends need not keep a real
 * that happens to be whole as a real. The table grip_schema is left out:
 * when a migration was applied belongs to each database, and its version
 * is in the first line.
 */
#ifndef GRIP_STORE_DUMP_H
#define GRIP_STORE_DUMP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "store/store.h"
#include "util/sb.h"

/* Where the dump's text goes, a piece at a time; 0 to go on, -1 to stop
 * (the dump then fails with "the output failed"). */
typedef int (*store_sink_fn)(void *ctx, const char *data, size_t len);

/* The dump's writers of one value, for its tests. */
void store_dump_real(double v, char out[32]);
void store_dump_text(struct sb *out, const char *s);

/* The whole dump, read in one transaction the caller has begun. 0, or -1
 * with the reason in err. */
int store_dump(struct store *s, store_sink_fn sink, void *ctx, char *err, size_t errlen);

/* One table's part of the dump (its line and its rows). */
int store_dump_one(struct store *s, const struct store_table *t, store_sink_fn sink, void *ctx,
		   char *err, size_t errlen);

/* SELECT * of the table's rows in the order of its primary key, prepared
 * apart (store_finalize it); NULL with the reason in err. */
struct store_stmt *store_rows_stmt(struct store *s, const struct store_table *t, char *err,
				   size_t errlen);

struct store_copy_report {
	size_t tables;		      /* tables copied (grip_schema left out) */
	int64_t rows;		      /* rows copied */
	bool equal;		      /* the two dumps afterwards are the same */
	char differs[STORE_NAME_MAX]; /* else: the first table whose rows differ */
};

/* Copies every row of from into to. Both are open and at the same schema
 * version; to must hold no row but its own grip_schema (otherwise it is
 * refused and left as it was). The copy is one write transaction on to,
 * read from one read transaction on from; tables go in the order of their
 * foreign keys, ids kept, the ids' counters moved past them. Then the
 * dumps of the two are compared, from's in the same read transaction, into
 * r->equal. 0 when the copy committed and was compared (equal or not);
 * -1 with the reason in err when it was refused or failed, to then as it
 * was unless err says the copy was committed. */
int store_copy(struct store *from, struct store *to, struct store_copy_report *r, char *err,
	       size_t errlen);

#endif
