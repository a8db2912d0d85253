/*
 * copy_plan.h — the checks and the order of the copy (copy_plan.c),
 * private to src/store: copy.c is their one user. Each returns 0, or -1
 * with the reason in err.
 */
#ifndef GRIP_STORE_COPY_PLAN_H
#define GRIP_STORE_COPY_PLAN_H

#include <stddef.h>

#include "store/dump.h"

/* order[0..n): the tables' indexes, each after every other it references
 * (its own self apart); among those ready, the first by name. -1 on a
 * cycle. */
int copy_order(const struct store_table *t, size_t n, size_t *order, char *err, size_t errlen);
/* *which: the first table but grip_schema that holds a row, or NULL. */
int copy_holds_rows(struct store *s, const struct store_table *t, size_t n, const char **which,
		    char *err, size_t errlen);
/* The two lists (sorted) name the same tables. */
int copy_same_tables(const struct store_table *a, size_t na, const struct store_table *b, size_t nb,
		     char *err, size_t errlen);
/* r->equal: the schema versions and every table's dump are the same on
 * both; else r->differs names the first table that is not. */
int copy_compare(struct store *from, struct store *to, const struct store_table *t, size_t n,
		 struct store_copy_report *r, char *err, size_t errlen);

#endif
