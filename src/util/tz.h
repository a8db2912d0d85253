/*
 * tz.h — IANA time zones from the system's zone files: is a name a real
 * zone, its offset from UTC at a moment, and the changes of that offset
 * over a span (for a calendar's VTIMEZONE). Reads files; keeps nothing.
 */
#ifndef GRIP_UTIL_TZ_H
#define GRIP_UTIL_TZ_H

#include <stdbool.h>
#include <stdint.h>

#define TZ_NAME_MAX 64

/* The name has the shape of a zone name: letters, digits, _ - + . and /
 * between parts, no "..", at most TZ_NAME_MAX bytes. */
bool tz_name_ok(const char *name);
/* A zone of that name exists ("UTC" always does). */
bool tz_exists(const char *name);
/* Seconds east of UTC in zone name at time t (UTC seconds); 0 for UTC and
 * for a zone that cannot be read. */
int32_t tz_offset(const char *name, int64_t t);

/* One change of a zone's offset: at `at` (UTC seconds) the offset goes
 * from `before` to `after` (seconds east of UTC), daylight saving time or
 * not, with its abbreviation ("CET", "PDT"; "" when the file has none). */
struct tz_change {
	int64_t at;
	int32_t before, after;
	bool dst;
	char abbr[8];
};
/* The changes of zone name that matter from `from` to `to`: the last one
 * at or before from (the offset in force then), then each one after it up
 * to to, at most max of them, oldest first. Their count; 0 for UTC, for a
 * zone without changes and for one that cannot be read (then tz_offset
 * tells the one offset). */
int tz_changes(const char *name, int64_t from, int64_t to, struct tz_change *out, int max);

#endif
