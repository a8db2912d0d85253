/*
 * copy_plan.c — what the copy (copy.c) checks around the rows it moves:
 * that the two databases have the same tables, that the target holds no
 * row, the order of the tables by their foreign keys, and at the end the
 * two dumps compared table by table, by their BLAKE2b hashes.
 */
#include "store/copy_plan.h"

#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/dump.h"
#include "util/sb.h"

/* The tables in the order of their foreign keys: each after every other
 * it references; among those ready, the first by name. */
int copy_order(const struct store_table *t, size_t n, size_t *order, char *err, size_t errlen)
{
	bool *done = calloc(n + 1, sizeof *done);
	if (!done) {
		snprintf(err, errlen, "out of memory");
		return -1;
	}
	for (size_t placed = 0; placed < n; placed++) {
		size_t pick = n;
		for (size_t i = 0; i < n && pick == n; i++) {
			if (done[i])
				continue;
			bool ready = true;
			for (int r = 0; r < t[i].nrefs && ready; r++)
				for (size_t j = 0; j < n; j++)
					if (j != i && !done[j] &&
					    strcmp(t[j].name, t[i].refs[r].table) == 0)
						ready = false;
			if (ready)
				pick = i;
		}
		if (pick == n) {
			snprintf(err, errlen,
				 "the tables' foreign keys make a cycle; no order copies them");
			free(done);
			return -1;
		}
		done[pick] = true;
		order[placed] = pick;
	}
	free(done);
	return 0;
}

/* Does any table but grip_schema hold a row? The first such into which. */
int copy_holds_rows(struct store *s, const struct store_table *t, size_t n, const char **which,
		    char *err, size_t errlen)
{
	*which = NULL;
	for (size_t i = 0; i < n && !*which; i++) {
		if (strcmp(t[i].name, "grip_schema") == 0)
			continue;
		struct sb sql = SB_INIT;
		sb_adds(&sql, "SELECT 1 FROM ");
		char q[2 * STORE_NAME_MAX + 3];
		if (store_ident(t[i].name, q, sizeof q) < 0)
			sql.failed = true;
		else
			sb_adds(&sql, q);
		sb_adds(&sql, " LIMIT 1");
		struct store_stmt *st = sql.failed ? NULL : store_prepare_text(s, sql.buf);
		sb_release(&sql);
		enum store_rc rc = st ? store_step(st) : STORE_ERROR;
		store_finalize(st);
		if (rc == STORE_ROW)
			*which = t[i].name;
		else if (rc != STORE_DONE) {
			snprintf(err, errlen, "cannot read the table %s: %s", t[i].name,
				 store_errmsg(s));
			return -1;
		}
	}
	return 0;
}

int copy_same_tables(const struct store_table *a, size_t na, const struct store_table *b, size_t nb,
		     char *err, size_t errlen)
{
	size_t i = 0, j = 0;
	while (i < na || j < nb) {
		int cmp = i == na ? 1 : j == nb ? -1 : strcmp(a[i].name, b[j].name);
		if (cmp == 0) {
			i++, j++;
			continue;
		}
		snprintf(err, errlen, "the two databases have different tables: %s is only in %s",
			 cmp < 0 ? a[i].name : b[j].name, cmp < 0 ? "the source" : "the target");
		return -1;
	}
	return 0;
}

static int hash_sink(void *ctx, const char *data, size_t len)
{
	return crypto_generichash_update(ctx, (const unsigned char *)data, len) == 0 ? 0 : -1;
}

/* The hash of one table's dump. */
static int table_hash(struct store *s, const struct store_table *t, unsigned char h[32], char *err,
		      size_t errlen)
{
	crypto_generichash_state state;
	crypto_generichash_init(&state, NULL, 0, 32);
	if (store_dump_one(s, t, hash_sink, &state, err, errlen) < 0)
		return -1;
	crypto_generichash_final(&state, h, 32);
	return 0;
}

/* Compares the dumps of from and to, table by table. */
int copy_compare(struct store *from, struct store *to, const struct store_table *t, size_t n,
		 struct store_copy_report *r, char *err, size_t errlen)
{
	r->equal = store_schema_version(from) == store_schema_version(to);
	for (size_t i = 0; i < n && r->equal; i++) {
		if (strcmp(t[i].name, "grip_schema") == 0)
			continue;
		unsigned char a[32], b[32];
		if (table_hash(from, &t[i], a, err, errlen) < 0 ||
		    table_hash(to, &t[i], b, err, errlen) < 0)
			return -1;
		if (memcmp(a, b, sizeof a) != 0) {
			r->equal = false;
			snprintf(r->differs, sizeof r->differs, "%s", t[i].name);
		}
	}
	return 0;
}
