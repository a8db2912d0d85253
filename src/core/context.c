/*
 * context.c — the context of one command or request: errors, memory from
 * its arena, transactions, the clock, and the text check every stored
 * string passes.
 */
#include "core/grip.h"
#include "core/internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "store/store.h"
#include "util/date.h"
#include "util/utf8.h"

void grip_init(struct grip *g, struct store *store, struct arena *arena, int64_t now)
{
	memset(g, 0, sizeof *g);
	g->store = store;
	g->arena = arena;
	g->now = now;
}

/* Text that filled buf (n bytes were wanted) ends between characters:
 * the message goes out in JSON and HTML, which must stay UTF-8. */
static void end_whole(char *buf, size_t size, int n)
{
	if (n >= (int)size)
		buf[utf8_whole(buf, size - 1)] = '\0';
}

int grip_fail(struct grip *g, enum grip_status code, const char *field, const char *fmt, ...)
{
	/* With the connection to the database lost, whatever made the caller
	 * fail (a row not found, say) was read from a failed statement: the
	 * answer is that the database cannot be reached. */
	if (code != GRIP_EUNAVAILABLE && g->store && store_lost(g->store))
		return grip_unavailable(g);
	g->err.code = code;
	g->err.retry_after = 0;
	end_whole(g->err.field, sizeof g->err.field,
		  snprintf(g->err.field, sizeof g->err.field, "%s", field ? field : ""));
	va_list ap;
	va_start(ap, fmt);
	end_whole(g->err.message, sizeof g->err.message,
		  vsnprintf(g->err.message, sizeof g->err.message, fmt, ap));
	va_end(ap);
	return -1;
}

#define GRIP_UNAVAILABLE_RETRY 2 /* seconds: a database restarting is back in a few */

int grip_unavailable(struct grip *g)
{
	grip_fail(g, GRIP_EUNAVAILABLE, NULL, "the database cannot be reached; try again in a moment");
	g->err.retry_after = GRIP_UNAVAILABLE_RETRY;
	return -1;
}

int grip_store_fail(struct grip *g)
{
	if (store_lost(g->store))
		return grip_unavailable(g);
	const char *msg = store_errmsg(g->store);
	if (strstr(msg, "UNIQUE") || strstr(msg, "unique"))
		return grip_fail(g, GRIP_ECONFLICT, NULL, "that already exists");
	return grip_fail(g, GRIP_ESTORE, NULL, "storage error: %s", msg);
}

void *grip_alloc(struct grip *g, size_t n)
{
	void *p = arena_alloc(g->arena, n);
	if (!p)
		grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	return p;
}

char *grip_strdup(struct grip *g, const char *s)
{
	if (!s)
		return NULL;
	char *p = arena_strdup(g->arena, s);
	if (!p)
		grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	return p;
}

int grip_begin(struct grip *g, bool write)
{
	enum store_rc rc = store_begin(g->store, write);
	if (rc == STORE_BUSY)
		return grip_fail(g, GRIP_ESTORE, NULL, "the database is busy; try again");
	if (rc == STORE_UNAVAILABLE)
		return grip_unavailable(g);
	if (rc != STORE_OK)
		return grip_store_fail(g);
	if (grip_changes_begin(g) < 0) {
		store_rollback(g->store);
		return -1;
	}
	return 0;
}

/* What the transaction changed joins the change log before it commits
 * (changes.c), so every process's read caches hear of it. */
int grip_commit(struct grip *g)
{
	if (grip_changes_record(g) < 0) {
		store_rollback(g->store);
		return -1;
	}
	if (store_commit(g->store) != STORE_OK) {
		grip_store_fail(g);
		store_rollback(g->store);
		return -1;
	}
	return 0;
}

void grip_rollback(struct grip *g)
{
	store_rollback(g->store);
}

int grip_parse_now(const char *text, int64_t *now)
{
	return datetime_parse(text, now) ? 0 : -1;
}

int32_t grip_today(struct grip *g)
{
	if (!g->org_id || !g->store) /* no org yet, or no store to ask: UTC, not kept */
		return datetime_day(g->now);
	if (g->today_org != g->org_id) {
		org_clock_read(g);
		g->today_org = g->org_id;
	}
	return datetime_day(g->now + g->utc_offset);
}

int32_t grip_day_of(struct grip *g, int64_t t)
{
	grip_today(g); /* reads the org's clock once */
	return datetime_day(t + g->utc_offset);
}

const char *grip_now_text(struct grip *g)
{
	char buf[DATETIME_LEN];
	datetime_format(g->now, buf);
	return grip_strdup(g, buf);
}

int grip_check_text(struct grip *g, const char *field, const char *text, size_t max, bool required)
{
	if (!text) {
		if (required)
			return grip_fail(g, GRIP_EINVAL, field, "is required");
		return 0;
	}
	size_t len = strlen(text);
	if (!utf8_valid(text, len))
		return grip_fail(g, GRIP_EINVAL, field, "is not valid UTF-8 text");
	if (len > max)
		return grip_fail(g, GRIP_EINVAL, field, "is too long (at most %zu bytes)", max);
	if (utf8_control(text))
		return grip_fail(g, GRIP_EINVAL, field, "contains a control character");
	if (required) {
		const char *p = text;
		while (*p == ' ' || *p == '\t' || *p == '\n')
			p++;
		if (!*p)
			return grip_fail(g, GRIP_EINVAL, field, "must not be empty");
	}
	return 0;
}
