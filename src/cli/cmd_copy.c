/*
 * cmd_copy.c — `grip dump` and `grip copy FROM TO`, the whole database at
 * once on either back end (src/store/dump.h does the work).
 *
 * dump prints every table as canonical text, read in one transaction, to
 * stdout as it goes. copy moves every organisation and all history from
 * FROM into TO, which must be new or empty; opening them brings both to
 * this grip's schema, as every command does (and refuses one that is
 * newer). It says what it copied and that the two dumps are equal, or
 * fails.
 */
#include "cli/cli.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "store/dump.h"
#include "store/store.h"

static int file_sink(void *ctx, const char *data, size_t len)
{
	return fwrite(data, 1, len, ctx) == len ? 0 : -1;
}

int cmd_dump(struct cli *c, const struct cli_args *a, json_t **out)
{
	(void)a;
	(void)out;
	char err[600];
	struct store *s = store_open(c->db_path, false, err, sizeof err);
	if (!s) {
		fprintf(stderr, "grip: %s\n", err);
		return 1;
	}
	int rc = -1;
	if (store_begin(s, false) != STORE_OK)
		snprintf(err, sizeof err, "cannot read the database: %s", store_errmsg(s));
	else
		rc = store_dump(s, file_sink, stdout, err, sizeof err);
	store_rollback(s);
	store_close(s);
	if (rc == 0 && fflush(stdout) != 0) {
		snprintf(err, sizeof err, "the output failed");
		rc = -1;
	}
	if (rc < 0) {
		fprintf(stderr, "grip: %s\n", err);
		return 1;
	}
	return 0;
}

static bool is_server(const char *where)
{
	return strncmp(where, "postgres://", 11) == 0 || strncmp(where, "postgresql://", 13) == 0;
}

/* A file's path from the root, written plainly: "." and empty parts left
 * out, ".." taking the part before it away (by the words alone: no link
 * is followed, and the file need not exist). */
static void absolute(const char *path, char *out, size_t outlen)
{
	char cwd[PATH_MAX], full[2 * PATH_MAX + 2];
	if (path[0] == '/' || !getcwd(cwd, sizeof cwd))
		snprintf(full, sizeof full, "%s", path);
	else
		snprintf(full, sizeof full, "%s/%s", cwd, path);
	size_t k = 0;
	out[0] = '\0';
	for (const char *p = full; *p;) {
		size_t len = strcspn(p, "/");
		if (len == 2 && p[0] == '.' && p[1] == '.') {
			while (k > 0 && out[k - 1] != '/')
				k--;
			if (k > 0)
				k--;
			out[k] = '\0';
		} else if (len > 0 && !(len == 1 && p[0] == '.') && k + len + 2 <= outlen) {
			out[k++] = '/';
			memcpy(out + k, p, len);
			k += len;
			out[k] = '\0';
		}
		p += len;
		p += strspn(p, "/");
	}
	if (k == 0)
		snprintf(out, outlen, "/");
}

/* Do the two name one database? The same text; for files, the same path
 * from the root, or the same file by another name. */
static bool same_place(const char *from, const char *to)
{
	if (strcmp(from, to) == 0)
		return true;
	if (is_server(from) || is_server(to))
		return false;
	char a[PATH_MAX + 8], b[PATH_MAX + 8];
	absolute(from, a, sizeof a);
	absolute(to, b, sizeof b);
	if (strcmp(a, b) == 0)
		return true;
	struct stat sa, sb;
	return stat(from, &sa) == 0 && stat(to, &sb) == 0 && sa.st_dev == sb.st_dev &&
	       sa.st_ino == sb.st_ino;
}

int cmd_copy(struct cli *c, const struct cli_args *a, json_t **out)
{
	(void)out;
	const char *from = a->pos[0], *to = a->pos[1];
	if (!*from || !*to) {
		fprintf(stderr, "grip: copy needs two databases: FROM and TO\n");
		return 2;
	}
	if (same_place(from, to)) {
		fprintf(stderr, "grip: %s and %s are the same database; copy to another\n", from,
			to);
		return 1;
	}
	char err[600];
	struct store *src = store_open(from, false, err, sizeof err);
	if (!src) {
		fprintf(stderr, "grip: %s\n", err);
		return 1;
	}
	struct store *dst = store_open(to, true, err, sizeof err);
	if (!dst) {
		store_close(src);
		fprintf(stderr, "grip: %s\n", err);
		return 1;
	}
	struct store_copy_report r;
	int rc = store_copy(src, dst, &r, err, sizeof err);
	store_close(dst);
	store_close(src);
	if (rc < 0) {
		fprintf(stderr, "grip: cannot copy %s to %s: %s\n", from, to, err);
		return 1;
	}
	if (!r.equal) {
		fprintf(stderr,
			"grip: the copy was committed, but the two dumps differ (first in the "
			"table %s)\n",
			*r.differs ? r.differs : "grip_schema");
		return 1;
	}
	if (c->json)
		printf("{\"tables\":%zu,\"rows\":%lld,\"equal\":true}\n", r.tables,
		       (long long)r.rows);
	else
		printf("copied %lld rows in %zu tables; the two dumps are equal\n",
		       (long long)r.rows, r.tables);
	return fflush(stdout) == 0 ? 0 : 1;
}
