/*
 * sb.c — the string builder (see sb.h for its invariants). A fresh builder
 * points at sb_empty and owns nothing; the first append allocates, and the
 * buffer then doubles as it grows, never past max + 1 bytes. Any append that
 * would pass max, or that cannot allocate, leaves the content as it was and
 * sets the sticky failed flag, so callers check once at the end.
 */
#include "util/sb.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The one shared, never-written empty string of every fresh builder. */
char sb_empty[] = "";

#define SB_FIRST_CAP 64

static bool sb_owned(const struct sb *sb)
{
	return sb->buf != sb_empty;
}

/* Make room for extra more bytes of content; false (and failed) when not. */
static bool sb_grow(struct sb *sb, size_t extra)
{
	size_t need, cap;
	char *buf;

	if (sb->failed)
		return false;
	if (sb->len > sb->max || extra > sb->max - sb->len) {
		sb->failed = true;
		return false;
	}
	need = sb->len + extra + 1; /* fits: len + extra <= max < SIZE_MAX */
	if (need <= sb->cap)
		return true;
	cap = sb->cap ? sb->cap : SB_FIRST_CAP;
	while (cap < need)
		cap = cap > SIZE_MAX / 2 ? SIZE_MAX : cap * 2;
	if (cap - 1 > sb->max)
		cap = sb->max + 1;
	buf = realloc(sb_owned(sb) ? sb->buf : NULL, cap);
	if (!buf) {
		sb->failed = true;
		return false;
	}
	if (!sb_owned(sb))
		buf[0] = '\0';
	sb->buf = buf;
	sb->cap = cap;
	return true;
}

void sb_init(struct sb *sb, size_t max)
{
	sb->buf = sb_empty;
	sb->len = 0;
	sb->cap = 0;
	/* 0 asks for the default; SIZE_MAX leaves no room for the NUL. */
	if (max == 0)
		max = SB_MAX_DEFAULT;
	if (max == SIZE_MAX)
		max = SIZE_MAX - 1;
	sb->max = max;
	sb->failed = false;
}

void sb_add(struct sb *sb, const void *data, size_t len)
{
	if (len == 0 || !sb_grow(sb, len))
		return;
	memcpy(sb->buf + sb->len, data, len);
	sb->len += len;
	sb->buf[sb->len] = '\0';
}

void sb_adds(struct sb *sb, const char *s)
{
	if (s)
		sb_add(sb, s, strlen(s));
}

void sb_addc(struct sb *sb, char c)
{
	sb_add(sb, &c, 1);
}

void sb_addf(struct sb *sb, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	sb_vaddf(sb, fmt, ap);
	va_end(ap);
}

void sb_vaddf(struct sb *sb, const char *fmt, va_list ap)
{
	va_list again;
	int n;

	if (sb->failed)
		return;
	va_copy(again, ap);
	if (sb_owned(sb)) {
		/* Try in the room there is; most appends fit. */
		n = vsnprintf(sb->buf + sb->len, sb->cap - sb->len, fmt, ap);
		if (n >= 0 && (size_t)n < sb->cap - sb->len) {
			if (sb->len > sb->max || (size_t)n > sb->max - sb->len) {
				sb->buf[sb->len] = '\0';
				sb->failed = true;
			} else {
				sb->len += (size_t)n;
			}
			goto out;
		}
	} else {
		n = vsnprintf(NULL, 0, fmt, ap);
	}
	if (n < 0) {
		if (sb_owned(sb))
			sb->buf[sb->len] = '\0';
		sb->failed = true;
		goto out;
	}
	if (n == 0)
		goto out;
	if (!sb_grow(sb, (size_t)n)) {
		if (sb_owned(sb))
			sb->buf[sb->len] = '\0';
		goto out;
	}
	vsnprintf(sb->buf + sb->len, sb->cap - sb->len, fmt, again);
	sb->len += (size_t)n;
out:
	va_end(again);
}

void sb_reset(struct sb *sb)
{
	sb->len = 0;
	if (sb_owned(sb))
		sb->buf[0] = '\0';
	sb->failed = false;
}

char *sb_detach(struct sb *sb, size_t *len)
{
	char *buf = sb->buf;

	if (len)
		*len = sb->len;
	if (!sb_owned(sb)) {
		/* The caller frees what it gets, so hand over real memory. */
		buf = malloc(1);
		if (buf)
			buf[0] = '\0';
	}
	sb->buf = sb_empty;
	sb->len = 0;
	sb->cap = 0;
	sb->failed = false;
	return buf;
}

void sb_release(struct sb *sb)
{
	if (sb_owned(sb))
		free(sb->buf);
	sb->buf = sb_empty;
	sb->len = 0;
	sb->cap = 0;
	sb->failed = false;
}
