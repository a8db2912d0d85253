/*
 * tz.c — time zones by IANA name ("Europe/Berlin"), read from the system's
 * compiled zone files (Debian's tzdata, /usr/share/zoneinfo): whether a
 * name is a real zone, and a zone's offset from UTC at a moment.
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

/* The offset at t from a zone file's bytes; false when they are not one. */
static bool tz_offset_in(const unsigned char *buf, size_t n, int64_t t, int32_t *offset)
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
	const unsigned char *times = buf + at, *idx = times + c.time * tsize, *types = idx + c.time;
	size_t type = 0;
	for (uint32_t i = 0; i < c.time; i++) {
		int64_t when = tsize == 8 ? be64(times + 8 * i) : (int64_t)(int32_t)be32(times + 4 * i);
		if (when > t)
			break;
		type = idx[i];
	}
	if (type >= c.type)
		return false;
	*offset = (int32_t)be32(types + 6 * type);
	return *offset > -86400 && *offset < 86400;
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
