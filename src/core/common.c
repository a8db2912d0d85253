/*
 * common.c — the helpers of internal.h, shared by the concept files, and the
 * JSON value helpers every *_json function uses.
 */
#include "core/internal.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/date.h"

const char *col_text(struct grip *g, struct store_stmt *st, int col)
{
	const char *s = store_col_text(st, col);
	return s ? grip_strdup(g, s) : NULL;
}

int check_choice(struct grip *g, const char *field, const char *value,
		 const char *const *allowed)
{
	if (value)
		for (const char *const *a = allowed; *a; a++)
			if (strcmp(value, *a) == 0)
				return 0;
	char list[200] = "";
	size_t used = 0;
	for (const char *const *a = allowed; *a && used < sizeof list; a++) {
		int w = snprintf(list + used, sizeof list - used, "%s%s", a == allowed ? "" : ", ", *a);
		if (w < 0)
			break;
		used += (size_t)w;
	}
	if (!value)
		return grip_fail(g, GRIP_EINVAL, field, "is required (one of %s)", list);
	return grip_fail(g, GRIP_EINVAL, field, "must be one of %s", list);
}

int check_date(struct grip *g, const char *field, const char *text, int32_t *day)
{
	int32_t d;
	if (!text || !date_parse(text, &d))
		return grip_fail(g, GRIP_EINVAL, field, "is not a valid date (YYYY-MM-DD): %s",
				 text ? text : "(none)");
	if (day)
		*day = d;
	return 0;
}

int check_when(struct grip *g, const char *field, const char *text, const char **out)
{
	int64_t t = g->now;
	int32_t day;
	if (text && !datetime_parse(text, &t))
		return grip_fail(g, GRIP_EINVAL, field,
				 "is not a valid date or date-time (YYYY-MM-DD[THH:MM[:SS]]): %s",
				 text);
	/* A day alone is the start of that day on the org's clock. */
	if (text && date_parse(text, &day)) {
		grip_today(g); /* reads the org's clock */
		t = (int64_t)day * 86400 - g->utc_offset;
	}
	if (t > g->now)
		return grip_fail(g, GRIP_EINVAL, field, "is in the future");
	char buf[DATETIME_LEN];
	datetime_format(t, buf);
	*out = grip_strdup(g, buf);
	return *out ? 0 : -1;
}

int check_email(struct grip *g, const char *field, const char *email, const char **out)
{
	if (grip_check_text(g, field, email, EMAIL_MAX_BYTES, true) < 0)
		return -1;
	const char *at = strchr(email, '@');
	bool ok = at && at != email && at[1] && !strchr(at + 1, '@') && strchr(at + 1, '.');
	for (const char *p = email; ok && *p; p++)
		if (isspace((unsigned char)*p) || *p == '<' || *p == '>' || *p == ',')
			ok = false;
	if (!ok)
		return grip_fail(g, GRIP_EINVAL, field, "is not an email address: %s", email);
	char *low = grip_strdup(g, email);
	if (!low)
		return -1;
	for (char *p = low; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	*out = low;
	return 0;
}

bool same_text(const char *a, const char *b)
{
	return a == b || (a && b && strcmp(a, b) == 0);
}

const char *later_text(const char *a, const char *b)
{
	if (!a)
		return b;
	if (!b)
		return a;
	return strcmp(a, b) >= 0 ? a : b;
}

const char *today_text(struct grip *g)
{
	char buf[DATE_LEN];
	date_format(grip_today(g), buf);
	return grip_strdup(g, buf);
}

int text_one(struct grip *g, struct store_stmt *st, const char **out)
{
	*out = NULL;
	if (!st)
		return STORE_FAIL(g);
	enum store_rc rc = store_step(st);
	if (rc == STORE_ROW)
		*out = col_text(g, st, 0);
	store_done(st);
	return rc == STORE_ROW || rc == STORE_DONE ? 0 : STORE_FAIL(g);
}

int ids_collect(struct grip *g, struct store_stmt *st, int64_t **ids, size_t *n)
{
	*n = 0;
	*ids = NULL;
	if (!st)
		return STORE_FAIL(g);
	size_t cap = 16;
	*ids = arena_calloc(g->arena, cap, sizeof **ids);
	enum store_rc rc = STORE_DONE;
	while (*ids && (rc = store_step(st)) == STORE_ROW) {
		if (*n == cap) {
			int64_t *more = arena_calloc(g->arena, cap * 2, sizeof *more);
			if (more)
				memcpy(more, *ids, cap * sizeof *more);
			*ids = more;
			cap *= 2;
			if (!more)
				break;
		}
		(*ids)[(*n)++] = store_col_int(st, 0);
	}
	store_done(st);
	if (!*ids)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	return rc == STORE_DONE ? 0 : STORE_FAIL(g);
}

int push_ptr(struct grip *g, void ***items, size_t *n, size_t *cap, void *item)
{
	if (*n == *cap) {
		size_t ncap = *cap ? *cap * 2 : 16;
		void **fresh = arena_calloc(g->arena, ncap, sizeof *fresh);
		if (!fresh)
			return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
		if (*n)
			memcpy(fresh, *items, *n * sizeof *fresh);
		*items = fresh;
		*cap = ncap;
	}
	(*items)[(*n)++] = item;
	return 0;
}

void *fetch_one(struct grip *g, struct store_stmt *st, row_fn row, const char *what)
{
	if (!st) {
		STORE_FAIL(g);
		return NULL;
	}
	void *item = NULL;
	long failed = g->arena->failed;
	enum store_rc rc = store_step(st);
	if (rc == STORE_ROW) {
		/* A row reader does not check each column it copies: a refused
		 * allocation anywhere in it makes the row unusable. */
		item = row(g, st);
		if (item && g->arena->failed != failed) {
			item = NULL;
			grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
		}
	} else if (rc == STORE_DONE) {
		char words[48];
		snprintf(words, sizeof words, "%s", what);
		for (char *p = words; *p; p++)
			*p = *p == '_' ? ' ' : *p;
		grip_fail(g, GRIP_ENOTFOUND, what, "no such %s", words);
	}
	else
		STORE_FAIL(g);
	store_done(st);
	return item;
}

int fetch_all(struct grip *g, struct store_stmt *st, row_fn row, void ***out, size_t *n)
{
	*out = NULL;
	*n = 0;
	if (!st)
		return STORE_FAIL(g);
	size_t cap = 0;
	long failed = g->arena->failed;
	enum store_rc rc;
	while ((rc = store_step(st)) == STORE_ROW) {
		void *item = row(g, st);
		if (!item && g->arena->failed == failed) {
			store_done(st); /* the row reader said why (an unknown stored name) */
			return -1;
		}
		if (!item || g->arena->failed != failed || push_ptr(g, out, n, &cap, item) < 0)
			break;
	}
	store_done(st);
	if (rc == STORE_ROW)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	return rc == STORE_DONE ? 0 : STORE_FAIL(g);
}

json_t *grip_json_number(double v)
{
	if (isfinite(v) && v == floor(v) && fabs(v) < 9007199254740992.0)
		return json_integer((json_int_t)v);
	/* Round to 12 significant digits so 0.1 + 0.2 reads as 0.3. */
	char buf[32];
	snprintf(buf, sizeof buf, "%.12g", v);
	return json_real(strtod(buf, NULL));
}

json_t *grip_json_string(const char *s)
{
	return s ? json_string(s) : json_null();
}

json_t *grip_json_id(int64_t id)
{
	return id ? json_integer(id) : json_null();
}

int check_week(struct grip *g, const char *week, struct iso_week *w)
{
	if (!week)
		return grip_fail(g, GRIP_EINVAL, "week", "is required: an ISO week such as 2026-W48");
	/* "2026-w48" is read as "2026-W48". */
	char upper[WEEK_LEN + 1];
	snprintf(upper, sizeof upper, "%s", week);
	if (strlen(week) == WEEK_LEN - 1 && upper[5] == 'w')
		upper[5] = 'W';
	if (strlen(week) != WEEK_LEN - 1 || !week_parse(upper, w))
		return grip_fail(g, GRIP_EINVAL, "week", "is not a valid ISO week (YYYY-Www): %s", week);
	return 0;
}
