/*
 * ical.c — the iCalendar writer (see ical.h): one content line at a time,
 * built whole in a small buffer, then folded into the output.
 */
#include "util/ical.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "util/date.h"

/* Writes line (len bytes, no CRLF) folded at ICAL_LINE_MAX octets: each
 * continuation starts with a space, so it holds one octet less, and no
 * fold falls inside a UTF-8 character. */
static void ical_fold(struct sb *sb, const char *line, size_t len)
{
	size_t at = 0, room = ICAL_LINE_MAX;
	while (len - at > room) {
		size_t cut = at + room;
		while (cut > at + 1 && ((unsigned char)line[cut] & 0xc0) == 0x80)
			cut--; /* back to the first byte of that character */
		sb_add(sb, line + at, cut - at);
		sb_add(sb, "\r\n ", 3);
		at = cut;
		room = ICAL_LINE_MAX - 1;
	}
	sb_add(sb, line + at, len - at);
	sb_add(sb, "\r\n", 2);
}

/* A content line made in its own buffer, folded into sb (or sb marked
 * failed when making it failed); the buffer is released. */
static void ical_put(struct sb *sb, struct sb *line)
{
	if (line->failed)
		sb->failed = true;
	else
		ical_fold(sb, line->buf, line->len);
	sb_release(line);
}

/* A content line from its parts: name, then value as given. */
static void ical_line(struct sb *sb, const char *name, const char *value)
{
	struct sb line = SB_INIT;
	sb_adds(&line, name);
	sb_addc(&line, ':');
	sb_adds(&line, value);
	ical_put(sb, &line);
}

void ical_begin(struct sb *sb, const char *component)
{
	ical_line(sb, "BEGIN", component);
}

void ical_end(struct sb *sb, const char *component)
{
	ical_line(sb, "END", component);
}

void ical_text(struct sb *sb, const char *name, const char *text)
{
	if (!text)
		return;
	struct sb line = SB_INIT;
	sb_adds(&line, name);
	sb_addc(&line, ':');
	for (const char *p = text; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if (c == '\\' || c == ';' || c == ',') {
			sb_addc(&line, '\\');
			sb_addc(&line, (char)c);
		} else if (c == '\n') {
			sb_add(&line, "\\n", 2);
		} else if (c == '\r') {
			if (p[1] != '\n')
				sb_add(&line, "\\n", 2);
		} else if (c < 0x20 && c != '\t') {
			continue; /* no other control character may stand in a value */
		} else if (c == 0x7f) {
			continue;
		} else {
			sb_addc(&line, (char)c);
		}
	}
	ical_put(sb, &line);
}

void ical_literal(struct sb *sb, const char *name, const char *value)
{
	struct sb line = SB_INIT;
	sb_adds(&line, name);
	sb_addc(&line, ':');
	for (const char *p = value; *p; p++)
		if ((unsigned char)*p >= 0x20 && *p != 0x7f)
			sb_addc(&line, *p);
	ical_put(sb, &line);
}

void ical_uri(struct sb *sb, const char *name, const char *uri)
{
	struct sb line = SB_INIT;
	sb_adds(&line, name);
	sb_addc(&line, ':');
	for (const char *p = uri; *p; p++)
		if ((unsigned char)*p > 0x20 && *p != 0x7f && *p != '"')
			sb_addc(&line, *p);
	ical_put(sb, &line);
}

#define DIGITS_LEN 32 /* room for what snprintf may think a date could be */

static void date_digits(int32_t day, char out[DIGITS_LEN])
{
	int y, m, d;
	date_to_civil(day, &y, &m, &d);
	snprintf(out, DIGITS_LEN, "%04d%02d%02d", y % 10000, m, d);
}

void ical_date(struct sb *sb, const char *name, int32_t day)
{
	char d[DIGITS_LEN], head[64];
	date_digits(day, d);
	snprintf(head, sizeof head, "%s;VALUE=DATE", name);
	ical_line(sb, head, d);
}

/* A parameter value: as it is when it holds none of ; : , (else quoted);
 * a double quote or a control character is left out, as neither may
 * stand in one. */
static void param_value(struct sb *out, const char *v)
{
	bool quote = strpbrk(v, ";:,") != NULL;
	if (quote)
		sb_addc(out, '"');
	for (const char *p = v; *p; p++)
		if ((unsigned char)*p >= 0x20 && *p != '"' && *p != 0x7f)
			sb_addc(out, *p);
	if (quote)
		sb_addc(out, '"');
}

void ical_local(struct sb *sb, const char *name, const char *tzid, int32_t day, int minute)
{
	char d[DIGITS_LEN], value[2 * DIGITS_LEN];
	date_digits(day, d);
	snprintf(value, sizeof value, "%sT%02d%02d00", d, (minute / 60) % 24, minute % 60);
	struct sb line = SB_INIT;
	sb_adds(&line, name);
	sb_adds(&line, ";TZID=");
	param_value(&line, tzid);
	sb_addc(&line, ':');
	sb_adds(&line, value);
	ical_put(sb, &line);
}

/* YYYYMMDDTHHMMSS of seconds since 1970 (UTC or local alike). */
static void stamp(int64_t t, char out[2 * DIGITS_LEN])
{
	int64_t day = t >= 0 ? t / 86400 : -((-t + 86399) / 86400);
	int64_t s = t - day * 86400;
	char d[DIGITS_LEN];
	date_digits((int32_t)day, d);
	snprintf(out, 2 * DIGITS_LEN, "%sT%02d%02d%02d", d, (int)(s / 3600), (int)(s / 60 % 60), (int)(s % 60));
}

void ical_floating(struct sb *sb, const char *name, int64_t local_seconds)
{
	char v[2 * DIGITS_LEN];
	stamp(local_seconds, v);
	ical_line(sb, name, v);
}

void ical_utc(struct sb *sb, const char *name, int64_t t)
{
	char v[2 * DIGITS_LEN], z[2 * DIGITS_LEN + 2];
	stamp(t, v);
	snprintf(z, sizeof z, "%sZ", v);
	ical_line(sb, name, z);
}

void ical_offset(struct sb *sb, const char *name, int32_t seconds)
{
	char v[32];
	int32_t a = seconds < 0 ? -seconds : seconds;
	if (a % 60)
		snprintf(v, sizeof v, "%c%02d%02d%02d", seconds < 0 ? '-' : '+', (int)(a / 3600), (int)(a / 60 % 60),
			 (int)(a % 60));
	else
		snprintf(v, sizeof v, "%c%02d%02d", seconds < 0 ? '-' : '+', (int)(a / 3600), (int)(a / 60 % 60));
	ical_line(sb, name, v);
}

void ical_minutes(struct sb *sb, const char *name, int minutes)
{
	char v[32];
	if (minutes >= 1440 && minutes % 1440 == 0)
		snprintf(v, sizeof v, "P%dD", minutes / 1440);
	else if (minutes % 60 == 0)
		snprintf(v, sizeof v, "PT%dH", minutes / 60);
	else
		snprintf(v, sizeof v, "PT%dM", minutes);
	ical_line(sb, name, v);
}
