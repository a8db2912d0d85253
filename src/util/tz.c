/*
 * tz.c — time zones by IANA name ("Europe/Berlin"), read from the system's
 * compiled zone files (Debian's tzdata, /usr/share/zoneinfo): whether a
 * name is a real zone, a zone's offset from UTC at a moment, and the
 * moments its offset changes over a span.
 *
 * A zone file (RFC 8536, TZif) holds the moments its offset changes and
 * the offsets. Version 2 and later repeat the table with 64-bit moments
 * after the 32-bit one; this reads the 64-bit table when there is one.
 * After the last change listed the last offset holds: Debian's files list
 * the changes up to 2037, so the footer's rule for later years is not read.
 */
#include "util/tz.h"

#include <stdio.h>
#include <string.h>

#define TZ_DIR "/usr/share/zoneinfo/"

bool tz_name_ok(const char *name)
{
	size_t len = name ? strlen(name) : 0;
	if (len == 0 || len > TZ_NAME_MAX || name[0] == '/' || name[0] == '.' || name[len - 1] == '/')
		return false;
	for (size_t i = 0; i < len; i++) {
		char c = name[i];
		bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
			  c == '-' || c == '+' || c == '/' || (c == '.' && name[i - 1] != '.' && name[i - 1] != '/');
		if (!ok)
			return false;
	}
	return true;
}

static uint32_t be32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static int64_t be64(const unsigned char *p)
{
	return (int64_t)((uint64_t)be32(p) << 32 | be32(p + 4));
}

/* Reads the zone file of name into buf (at most cap bytes); its length,
 * or 0 when there is no such zone. */
static size_t tz_read(const char *name, unsigned char *buf, size_t cap)
{
	char path[sizeof TZ_DIR + TZ_NAME_MAX + 1];
	if (!tz_name_ok(name))
		return 0;
	snprintf(path, sizeof path, "%s%s", TZ_DIR, name);
	FILE *f = fopen(path, "rb");
	if (!f)
		return 0;
	size_t n = fread(buf, 1, cap, f);
	bool whole = feof(f) && !ferror(f);
	fclose(f);
	if (!whole || n < 44 || memcmp(buf, "TZif", 4) != 0)
		return 0;
	return n;
}

/* The counts of a TZif header at p. */
struct tz_counts {
	uint32_t isut, isstd, leap, time, type, chars;
};

static void tz_counts(const unsigned char *p, struct tz_counts *c)
{
	c->isut = be32(p + 20);
	c->isstd = be32(p + 24);
	c->leap = be32(p + 28);
	c->time = be32(p + 32);
	c->type = be32(p + 36);
	c->chars = be32(p + 40);
}

static size_t tz_block(const struct tz_counts *c, size_t tsize)
{
	return c->time * tsize + c->time + c->type * 6 + c->chars + c->leap * (tsize + 4) + c->isstd + c->isut;
}

/* Where the table of a zone file's bytes lies: its moments (tsize bytes
 * each), the index of each moment's type, the types (6 bytes: offset,
 * daylight flag, abbreviation's index) and the abbreviations. */
struct tz_table {
	struct tz_counts c;
	size_t tsize;
	const unsigned char *times, *idx, *types, *chars;
};

/* Finds the table in buf; false when the bytes are not a zone file. */
static bool tz_table(const unsigned char *buf, size_t n, struct tz_table *t)
{
	struct tz_counts c;
	tz_counts(buf, &c);
	size_t tsize = 4, at = 44;
	if (c.time > 100000 || c.type == 0 || c.type > 256 || c.chars > 1000 || c.leap > 1000 || c.isstd > 256 ||
	    c.isut > 256)
		return false;
	if (buf[4] >= '2') { /* skip the 32-bit table: the 64-bit one follows */
		at += tz_block(&c, 4);
		if (at + 44 > n || memcmp(buf + at, "TZif", 4) != 0)
			return false;
		tz_counts(buf + at, &c);
		if (c.time > 100000 || c.type == 0 || c.type > 256 || c.chars > 1000 || c.leap > 1000)
			return false;
		at += 44;
		tsize = 8;
	}
	if (at + tz_block(&c, tsize) > n)
		return false;
	t->c = c;
	t->tsize = tsize;
	t->times = buf + at;
	t->idx = t->times + c.time * tsize;
	t->types = t->idx + c.time;
	t->chars = t->types + c.type * 6;
	return true;
}

static int64_t tz_moment(const struct tz_table *t, uint32_t i)
{
	return t->tsize == 8 ? be64(t->times + 8 * i) : (int64_t)(int32_t)be32(t->times + 4 * i);
}

/* The offset of type k; false when k or its offset is out of bounds. */
static bool tz_type_offset(const struct tz_table *t, size_t k, int32_t *offset)
{
	if (k >= t->c.type)
		return false;
	*offset = (int32_t)be32(t->types + 6 * k);
	return *offset > -86400 && *offset < 86400;
}

/* The offset at t from a zone file's bytes; false when they are not one. */
static bool tz_offset_in(const unsigned char *buf, size_t n, int64_t when, int32_t *offset)
{
	struct tz_table t;
	if (!tz_table(buf, n, &t))
		return false;
	size_t type = 0;
	for (uint32_t i = 0; i < t.c.time; i++) {
		if (tz_moment(&t, i) > when)
			break;
		type = t.idx[i];
	}
	return tz_type_offset(&t, type, offset);
}

bool tz_exists(const char *name)
{
	if (name && strcmp(name, "UTC") == 0)
		return true;
	unsigned char head[64];
	char path[sizeof TZ_DIR + TZ_NAME_MAX + 1];
	if (!tz_name_ok(name))
		return false;
	snprintf(path, sizeof path, "%s%s", TZ_DIR, name);
	FILE *f = fopen(path, "rb");
	if (!f)
		return false;
	size_t n = fread(head, 1, sizeof head, f);
	fclose(f);
	return n >= 44 && memcmp(head, "TZif", 4) == 0;
}

int32_t tz_offset(const char *name, int64_t t)
{
	if (!name || strcmp(name, "UTC") == 0)
		return 0;
	unsigned char buf[16384];
	size_t n = tz_read(name, buf, sizeof buf);
	int32_t offset = 0;
	if (!n || !tz_offset_in(buf, n, t, &offset))
		return 0;
	return offset;
}

/* Fills one change: the moment i of table t, from the type before it. */
static bool tz_change_at(const struct tz_table *t, uint32_t i, struct tz_change *ch)
{
	size_t type = t->idx[i], prev = i ? t->idx[i - 1] : 0;
	if (!tz_type_offset(t, type, &ch->after) || !tz_type_offset(t, prev, &ch->before))
		return false;
	ch->at = tz_moment(t, i);
	ch->dst = t->types[6 * type + 4] != 0;
	size_t a = t->types[6 * type + 5], k = 0;
	while (a < t->c.chars && t->chars[a] && k + 1 < sizeof ch->abbr) {
		char c = (char)t->chars[a++];
		bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
			  c == '-';
		if (!ok)
			break;
		ch->abbr[k++] = c;
	}
	ch->abbr[k] = '\0';
	return true;
}

int tz_changes(const char *name, int64_t from, int64_t to, struct tz_change *out, int max)
{
	if (!name || strcmp(name, "UTC") == 0 || max <= 0)
		return 0;
	unsigned char buf[16384];
	size_t n = tz_read(name, buf, sizeof buf);
	struct tz_table t;
	if (!n || !tz_table(buf, n, &t))
		return 0;
	uint32_t first = 0; /* the last change at or before from, else the first */
	for (uint32_t i = 0; i < t.c.time && tz_moment(&t, i) <= from; i++)
		first = i;
	int k = 0;
	for (uint32_t i = first; i < t.c.time && k < max; i++) {
		if (tz_moment(&t, i) > to)
			break;
		if (!tz_change_at(&t, i, &out[k]))
			return 0;
		k++;
	}
	return k;
}
