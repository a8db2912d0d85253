/*
 * cmd_remind.c — `grip remind --once [--dry-run]`: one round of the sender
 * (src/deliver) over the database, for cron or a systemd timer, and the
 * sender's options, which `grip serve` reads too (cli_deliver_options).
 * The SMTP password comes from GRIP_SMTP_PASSWORD or --smtp-password-file,
 * never from the command line, where other users of the machine see it.
 *
 * A dry run works on a copy of the database taken at its start (grip
 * copy's, into a temporary SQLite file, so it works whichever back end
 * the database is on): the real round runs on the copy, queueing and
 * "sending" there, and prints what it would do; the copy is thrown away,
 * so the database is left as it was.
 */
#include "cli/cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "deliver/deliver.h"
#include "store/dump.h"
#include "store/store.h"

#define RETRY_MIN_DEFAULT 60    /* s: the first retry a minute after a failure */
#define RETRY_MAX_DEFAULT 21600 /* s: then doubling, to at most six hours apart */

static int usage_error(struct cli *c, const char *option, const char *what)
{
	grip_fail(c->g, GRIP_EINVAL, option, "%s", what);
	return CLI_USAGE;
}

int cli_deliver_usage(struct cli *c)
{
	if (*c->g->err.field)
		fprintf(stderr, "grip: --%s %s\n", c->g->err.field, c->g->err.message);
	else
		fprintf(stderr, "grip: %s\n", c->g->err.message);
	return c->g->err.code == GRIP_EINVAL ? 2 : 1;
}

/* Text that must not break a header or a URL: no space or control character. */
static bool one_word(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s <= ' ' || *s == 0x7f || *s == '<' || *s == '>')
			return false;
	return true;
}

/* The first line of a file, into the arena. */
static const char *first_line(struct cli *c, const char *path)
{
	FILE *f = fopen(path, "r");
	char line[1024];
	if (!f)
		return NULL;
	bool got = fgets(line, sizeof line, f) != NULL;
	fclose(f);
	if (!got)
		line[0] = '\0';
	line[strcspn(line, "\r\n")] = '\0';
	return arena_strdup(c->g->arena, line);
}

int cli_deliver_options(struct cli *c, const struct cli_args *a, struct deliver_config *d)
{
	*d = (struct deliver_config){ .retry_min = RETRY_MIN_DEFAULT, .retry_max = RETRY_MAX_DEFAULT,
				      .lease = DELIVER_LEASE_DEFAULT };
	d->smtp_url = arg_get(a, "smtp");
	d->smtp_user = arg_get(a, "smtp-user");
	d->smtp_starttls = arg_flag(a, "smtp-starttls");
	d->mail_from = arg_get(a, "mail-from");
	d->base_url = arg_get(a, "base-url");
	const char *text;
	if ((text = arg_get(a, "retry-min")) && cli_int(c, "retry-min", text, 1, 86400, &d->retry_min) < 0)
		return -1;
	if ((text = arg_get(a, "retry-max")) && cli_int(c, "retry-max", text, 1, 7 * 86400, &d->retry_max) < 0)
		return -1;
	if ((text = arg_get(a, "lease")) && cli_int(c, "lease", text, 1, 86400, &d->lease) < 0)
		return -1;
	if (d->retry_max < d->retry_min)
		return usage_error(c, "retry-max", "is shorter than --retry-min");
	if (d->smtp_url) {
		if ((strncmp(d->smtp_url, "smtp://", 7) != 0 || !d->smtp_url[7]) &&
		    (strncmp(d->smtp_url, "smtps://", 8) != 0 || !d->smtp_url[8]))
			return usage_error(c, "smtp", "expects smtp://HOST:PORT (STARTTLS) or smtps://HOST:PORT (TLS)");
		if (!one_word(d->smtp_url))
			return usage_error(c, "smtp", "holds a space or a control character");
		if (!d->mail_from)
			return usage_error(c, "mail-from", "is needed with --smtp: the address reminders come from");
		if (!d->base_url)
			return usage_error(c, "base-url", "is needed with --smtp: the web app's address, for the links in each message");
	}
	if (d->smtp_starttls && d->smtp_url && strncmp(d->smtp_url, "smtps://", 8) == 0)
		return usage_error(c, "smtp-starttls", "goes with smtp://; smtps:// is TLS from the start");
	if (d->mail_from && (!one_word(d->mail_from) || !strchr(d->mail_from, '@')))
		return usage_error(c, "mail-from", "expects an email address");
	if (d->base_url && ((strncmp(d->base_url, "http://", 7) != 0 && strncmp(d->base_url, "https://", 8) != 0) ||
			    !one_word(d->base_url)))
		return usage_error(c, "base-url", "expects the web app's address, such as https://okr.example.org");
	const char *file = arg_get(a, "smtp-password-file");
	if (file) {
		if (!(d->smtp_password = first_line(c, file)))
			return usage_error(c, "smtp-password-file", "cannot be read");
	} else {
		d->smtp_password = getenv("GRIP_SMTP_PASSWORD");
	}
	if (d->smtp_password && !d->smtp_user)
		return usage_error(c, "smtp-user", "is needed with a password");
	return 0;
}

/* A copy of the database at path, whichever its back end, into a SQLite
 * file in a directory of its own: *dir to remove after. NULL, with the
 * reason in err, when it cannot be made. */
static struct store *dry_copy(const char *path, char dir[64], char copy[96], char *err, size_t errlen)
{
	const char *tmp = getenv("TMPDIR");
	snprintf(dir, 64, "%.40s/grip-dry-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(dir)) {
		snprintf(err, errlen, "cannot make a directory for the dry run's copy");
		return NULL;
	}
	snprintf(copy, 96, "%s/copy.db", dir);
	struct store *s = store_open(path, false, err, errlen);
	if (!s)
		return NULL;
	struct store *to = store_open(copy, true, err, errlen);
	struct store_copy_report r;
	char why[400];
	/* One read transaction on the database: a consistent snapshot. */
	if (to && store_copy(s, to, &r, why, sizeof why) < 0) {
		snprintf(err, errlen, "cannot copy the database: %s", why);
		store_close(to);
		to = NULL;
	} else if (to && !r.equal) {
		snprintf(err, errlen, "cannot copy the database: the copy differs in the table %s", r.differs);
		store_close(to);
		to = NULL;
	}
	store_close(s);
	return to;
}

static void dry_remove(const char *dir, const char *copy)
{
	char name[128];
	static const char *const tails[] = { "", "-wal", "-shm", "-journal" };
	for (size_t i = 0; i < sizeof tails / sizeof tails[0]; i++) {
		snprintf(name, sizeof name, "%s%s", copy, tails[i]);
		unlink(name);
	}
	rmdir(dir);
}

int cmd_remind(struct cli *c, const struct cli_args *a, json_t **out)
{
	(void)out;
	struct deliver_config d;
	int rc = cli_deliver_options(c, a, &d);
	if (rc == 0 && !arg_flag(a, "once"))
		rc = usage_error(c, "once", "is needed: remind runs one round and ends (grip serve runs them every minute)");
	if (rc < 0)
		return cli_deliver_usage(c);
	d.dry_run = arg_flag(a, "dry-run");
	char err[600] = "", dir[64] = "", copy[96] = "";
	struct store *s = d.dry_run ? dry_copy(c->db_path, dir, copy, err, sizeof err)
				    : store_open(c->db_path, false, err, sizeof err);
	if (!s) {
		if (*dir)
			dry_remove(dir, copy);
		fprintf(stderr, "grip: %s\n", err);
		return 1;
	}
	struct deliver_counts n;
	FILE *log = c->json ? stderr : stdout;
	rc = deliver_round(s, &d, c->g->now, log, &n, err, sizeof err);
	store_close(s);
	if (d.dry_run)
		dry_remove(dir, copy);
	if (rc < 0)
		fprintf(stderr, "grip: %s\n", err);
	if (c->json) {
		json_t *j = json_pack("{sI sI sI sb}", "queued", (json_int_t)n.queued, "sent", (json_int_t)n.sent,
				      "failed", (json_int_t)n.failed, "dry_run", d.dry_run);
		char *text = j ? json_dumps(j, JSON_COMPACT) : NULL;
		json_decref(j);
		if (text)
			puts(text);
		free(text);
	} else if (d.dry_run) {
		printf("Would queue %zu, send %zu. Nothing was changed.\n", n.queued, n.sent);
	} else {
		printf("Queued %zu, sent %zu, failed %zu (to be retried).\n", n.queued, n.sent, n.failed);
	}
	return rc < 0 || fflush(stdout) != 0 ? 1 : 0;
}
