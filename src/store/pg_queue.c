/*
 * pg_queue.c — fewer round trips: what needs no answer of its own waits
 * and goes to the server with the next statement that does.
 *
 * Two kinds wait in c->queued: commands of fixed text (a read's BEGIN,
 * SAVEPOINT, RELEASE, ROLLBACK TO) and statements sent by store_send,
 * whose rows nobody reads (an event, a value, a figure updated), or read
 * ahead by store_ahead, whose rows come back into their statement to be
 * stepped later. They go in one pipeline (libpq's pipeline mode) with the
 * next statement, the next COMMIT, or a flush, in one round trip. A failure among them is the
 * answer of that statement or COMMIT, with its own message and SQLSTATE,
 * so the transaction fails as it would have; PostgreSQL skips everything
 * after it to the end of the pipeline. A read in which nothing ran never
 * reaches the server.
 */
#include "store/pg.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void free_params(char **params, int n)
{
	for (int i = 0; params && i < n; i++)
		free(params[i]);
	free(params);
}

void pg_drop_entry(struct pg_later *e)
{
	if (!e->st)
		return;
	if (e->wanted && e->st->ahead) { /* unsent: the statement runs when stepped, with its values */
		free_params(e->st->params, e->st->nparams);
		e->st->params = e->params;
		e->st->ahead = false;
		return;
	}
	free_params(e->params, e->st->nparams);
}

void pg_drop_queued(struct pg_store *c)
{
	for (int i = 0; i < c->nqueued; i++)
		pg_drop_entry(&c->queued[i]);
	c->nqueued = 0;
	c->nlater = 0;
	c->began_queued = false;
	PQclear(c->held);
	c->held = NULL;
}

/* The queue is full: what is in it goes now, and a failure waits to be
 * the answer of the next statement. */
static void make_room(struct pg_store *c)
{
	if (c->nqueued < PG_QUEUED_MAX)
		return;
	if (!c->nlater) { /* only commands: their text with a statement to carry it */
		PGresult *res = pg_exec_after(c, "SELECT 1", NULL);
		ExecStatusType es = PQresultStatus(res);
		if (es != PGRES_TUPLES_OK && es != PGRES_COMMAND_OK && !c->held)
			c->held = res;
		else
			PQclear(res);
		return;
	}
	pg_flush(c);
}

void pg_queue_cmd(struct pg_store *c, const char *sql)
{
	make_room(c);
	c->queued[c->nqueued++] = (struct pg_later){ .cmd = sql };
}

/* The values go with the queue; the statement gets a fresh set. */
static enum store_rc queue_with_values(struct pg_store *c, struct pg_stmt *st, bool wanted)
{
	make_room(c);
	char **fresh = st->nparams ? calloc((size_t)st->nparams, sizeof *fresh) : NULL;
	if (st->nparams && !fresh) {
		snprintf(c->base.err, sizeof c->base.err, "out of memory");
		return STORE_ERROR;
	}
	c->queued[c->nqueued++] = (struct pg_later){ .st = st, .params = st->params, .wanted = wanted };
	st->params = fresh;
	c->nlater++;
	return STORE_OK;
}

enum store_rc pg_queue_stmt(struct pg_store *c, struct pg_stmt *st)
{
	enum store_rc rc = queue_with_values(c, st, false);
	if (rc == STORE_OK)
		c->changed++; /* counted now; what it reports beyond one row, when it is read */
	return rc;
}

enum store_rc pg_queue_ahead(struct pg_store *c, struct pg_stmt *st)
{
	enum store_rc rc = queue_with_values(c, st, true);
	if (rc == STORE_OK)
		st->ahead = true;
	return rc;
}

void pg_unwant(struct pg_store *c, struct pg_stmt *st)
{
	for (int i = 0; i < c->nqueued; i++)
		if (c->queued[i].st == st && c->queued[i].wanted)
			c->queued[i].wanted = false; /* it still goes; its answer is dropped */
	st->ahead = false;
}

bool pg_unqueue(struct pg_store *c, const char *sql)
{
	if (!c->nqueued || !c->queued[c->nqueued - 1].cmd || strcmp(c->queued[c->nqueued - 1].cmd, sql) != 0)
		return false;
	c->nqueued--;
	return true;
}

/* The text of the queued commands, each followed by "; ", then sql. */
static char *queued_text(const struct pg_store *c, const char *sql)
{
	size_t len = strlen(sql) + 1;
	for (int i = 0; i < c->nqueued; i++)
		len += strlen(c->queued[i].cmd) + 2;
	char *text = malloc(len), *p = text;
	if (!text)
		return NULL;
	for (int i = 0; i < c->nqueued; i++)
		p += snprintf(p, len - (size_t)(p - text), "%s; ", c->queued[i].cmd);
	snprintf(p, len - (size_t)(p - text), "%s", sql);
	return text;
}

/* A statement sent unread was counted as one row changed: the rest of
 * what it reports is added when its answer comes. */
static void count_later(struct pg_store *c, PGresult *res)
{
	const char *n = PQcmdTuples(res);
	uint64_t rows = n && *n ? strtoull(n, NULL, 10) : 0;
	if (rows > 1)
		c->changed += rows - 1;
}

/* The queue, then sql or st when given, in one pipeline; the queue is
 * empty afterwards. Returns the first failure, or the last command's
 * result (an empty one after a flush). */
static PGresult *pipeline(struct pg_store *c, const char *sql, struct pg_stmt *st)
{
	int n = c->nqueued;
	struct pg_later *q = c->queued;
	bool mine_sent = sql || st;
	bool sent = PQenterPipelineMode(c->db) == 1;
	for (int i = 0; sent && i < n; i++)
		sent = q[i].cmd ? PQsendQueryParams(c->db, q[i].cmd, 0, NULL, NULL, NULL, NULL, 0) == 1
				: PQsendQueryPrepared(c->db, q[i].st->name, q[i].st->nparams,
						      (const char *const *)q[i].params, NULL, NULL, 0) == 1;
	if (sent && sql)
		sent = PQsendQueryParams(c->db, sql, 0, NULL, NULL, NULL, NULL, 0) == 1;
	else if (sent && st)
		sent = PQsendQueryPrepared(c->db, st->name, st->nparams, (const char *const *)st->params, NULL,
					   NULL, 0) == 1;
	sent = sent && PQpipelineSync(c->db) == 1;
	PGresult *failed = c->held, *mine = NULL;
	c->held = NULL;
	int got = 0, nulls = 0;
	while (sent) {
		PGresult *res = PQgetResult(c->db);
		if (!res) { /* the end of one command's results; twice: nothing more comes */
			if (++nulls > 1 || PQstatus(c->db) != CONNECTION_OK)
				break;
			continue;
		}
		nulls = 0;
		ExecStatusType es = PQresultStatus(res);
		if (es == PGRES_PIPELINE_SYNC) {
			PQclear(res);
			break;
		}
		int at = got++;
		struct pg_stmt *to = at < n && q[at].wanted && q[at].st->ahead ? q[at].st : NULL;
		if (!failed && es != PGRES_COMMAND_OK && es != PGRES_TUPLES_OK && es != PGRES_PIPELINE_ABORTED) {
			failed = res;
			continue;
		}
		if (to) { /* read ahead: the answer is its statement's, stepped later */
			PQclear(to->res);
			to->res = res;
			to->row = PG_ROW_UNREAD;
			to->ahead = false;
			continue;
		}
		if (at < n && q[at].st && es == PGRES_COMMAND_OK)
			count_later(c, res);
		if (at == n && mine_sent && !failed)
			mine = res;
		else
			PQclear(res);
	}
	/* A statement read ahead whose answer did not come (it failed, or the
	 * connection did) fails when stepped; the trip's failure says why. */
	for (int i = 0; i < n; i++) {
		struct pg_stmt *to = q[i].wanted && q[i].st->ahead ? q[i].st : NULL;
		if (to) {
			PQclear(to->res);
			to->res = PQmakeEmptyPGresult(c->db, PGRES_FATAL_ERROR);
			to->row = PG_ROW_UNREAD;
			to->ahead = false;
		}
	}
	if (PQexitPipelineMode(c->db) != 1) { /* answers left unread: the connection is of no more use */
		PQfinish(c->db);
		c->db = NULL; /* the failure below reports it lost; the next begin connects again */
	}
	pg_drop_queued(c);
	if (failed) {
		PQclear(mine);
		return failed;
	}
	if (!sent || got < n + (mine_sent ? 1 : 0))
		return PQmakeEmptyPGresult(c->db, PGRES_FATAL_ERROR);
	return mine ? mine : PQmakeEmptyPGresult(c->db, PGRES_COMMAND_OK);
}

enum store_rc pg_flush(struct pg_store *c)
{
	if (!c->nqueued && !c->held)
		return STORE_OK;
	if (!c->db || PQstatus(c->db) != CONNECTION_OK)
		return pg_lost(c);
	PGresult *res = c->nqueued ? pipeline(c, NULL, NULL) : c->held;
	if (res == c->held)
		c->held = NULL;
	ExecStatusType es = PQresultStatus(res);
	enum store_rc rc = es == PGRES_COMMAND_OK || es == PGRES_TUPLES_OK ? STORE_OK : pg_fail_res(c, res);
	PQclear(res);
	return rc;
}

PGresult *pg_exec_after(struct pg_store *c, const char *sql, struct pg_stmt *st)
{
	pg_settle(c);
	if (!c->nqueued && !c->held)
		return sql ? PQexec(c->db, sql)
			   : PQexecPrepared(c->db, st->name, st->nparams, (const char *const *)st->params, NULL, NULL, 0);
	if (sql && !c->nlater && !c->held) { /* commands only: one text, which may hold several */
		char *text = queued_text(c, sql);
		pg_drop_queued(c);
		if (!text)
			return PQmakeEmptyPGresult(c->db, PGRES_FATAL_ERROR);
		PGresult *res = PQexec(c->db, text);
		free(text);
		return res;
	}
	return pipeline(c, sql, st);
}
