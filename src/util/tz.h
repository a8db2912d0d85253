/*
 * tz.h — IANA time zones from the system's zone files: is a name a real
 * zone, and its offset from UTC at a moment. Reads files; keeps nothing.
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

#endif
