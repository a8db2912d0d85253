/*
 * cmd_migrate.c — `grip migrate`: applies the schema migrations this grip
 * carries to the database named by --db (a SQLite file or a PostgreSQL
 * location), creating it when new, and says from which version to which.
 * Every open migrates too; this is the step to run on its own before
 * starting servers of a new version (docs/deploy.md).
 */
#include "cli/cli.h"

#include <stdio.h>

#include "store/store.h"

int cmd_migrate(struct cli *c, const struct cli_args *a, json_t **out)
{
	(void)a;
	(void)out;
	char err[600];
	int before = 0;
	struct store *s = store_open_migrated(c->db_path, true, &before, err, sizeof err);
	if (!s) {
		fprintf(stderr, "grip: %s\n", err);
		return 1;
	}
	int now = store_schema_version(s);
	store_close(s);
	if (now == before)
		printf("The database is at schema version %d, this grip's; nothing to do.\n", now);
	else if (before == 0)
		printf("Created the database at schema version %d.\n", now);
	else
		printf("Migrated the database from schema version %d to %d.\n", before, now);
	return 0;
}
