/*
 * ical.h — the iCalendar writer (RFC 5545): the text/calendar sibling of
 * the HTML writer. Each call writes one content line, escaped for its
 * value's type and folded, so that a caller cannot write a malformed or
 * injected line: TEXT values have "\", ";", "," and line breaks escaped,
 * parameter values are quoted when they must be, every line ends in CRLF
 * and none is longer than 75 octets (a longer one continues on the next,
 * which starts with a space, never inside a UTF-8 character).
 *
 * Property names are the caller's literals ("SUMMARY", "DTSTART").
 * Everything goes into a string builder (sb.h), whose sticky failure the
 * caller checks once at the end.
 */
#ifndef GRIP_UTIL_ICAL_H
#define GRIP_UTIL_ICAL_H

#include <stdint.h>

#include "util/sb.h"

#define ICAL_LINE_MAX 75 /* octets of a line, its CRLF aside */

/* BEGIN:NAME and END:NAME. */
void ical_begin(struct sb *sb, const char *component);
void ical_end(struct sb *sb, const char *component);
/* NAME:value, value a TEXT (escaped). NULL writes nothing. */
void ical_text(struct sb *sb, const char *name, const char *text);
/* NAME;VALUE=DATE:YYYYMMDD (day: days since 1970-01-01). */
void ical_date(struct sb *sb, const char *name, int32_t day);
/* NAME;TZID=tzid:YYYYMMDDTHHMMSS, a local time minute minutes after the
 * start of day in zone tzid (quoted when it holds ";", ":" or ","). */
void ical_local(struct sb *sb, const char *name, const char *tzid, int32_t day, int minute);
/* NAME:YYYYMMDDTHHMMSS, a local time with no zone (a VTIMEZONE's DTSTART). */
void ical_floating(struct sb *sb, const char *name, int64_t local_seconds);
/* NAME:YYYYMMDDTHHMMSSZ, a moment in UTC seconds. */
void ical_utc(struct sb *sb, const char *name, int64_t t);
/* NAME:+HHMM (or +HHMMSS), an offset from UTC in seconds. */
void ical_offset(struct sb *sb, const char *name, int32_t seconds);
/* NAME:PnDTnM, a duration in minutes. */
void ical_minutes(struct sb *sb, const char *name, int minutes);
/* NAME:value, value a URI: a byte no URI holds (a control character, a
 * space, a double quote) is left out. */
void ical_uri(struct sb *sb, const char *name, const char *uri);
/* NAME:value as it stands, for the caller's literals ("2.0", "GREGORIAN");
 * a byte that no value may hold (a control character) is left out. */
void ical_literal(struct sb *sb, const char *name, const char *value);

#endif
