/*
 * utf8.h — UTF-8 checks for text that enters grip. Valid means well-formed
 * per RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF.
 */
#ifndef GRIP_UTIL_UTF8_H
#define GRIP_UTIL_UTF8_H

#include <stdbool.h>
#include <stddef.h>

bool utf8_valid(const char *s, size_t len);
/*
 * The first control character of a valid string, or NULL: C0 controls
 * (U+0000..U+001F) but tab, line feed and carriage return, DEL (U+007F) and
 * the C1 controls (U+0080..U+009F, bytes C2 80..C2 9F), which terminals
 * act on as they do on escape sequences.
 */
const char *utf8_control(const char *s);
/* Code points in a valid string: the width a terminal table gives it. */
size_t utf8_width(const char *s);
/*
 * Bytes of the longest prefix of s that holds at most max_points code
 * points, never cutting a character in two.
 */
size_t utf8_prefix(const char *s, size_t max_points);
/*
 * Bytes of s[0..len) without the character that a cut at len left
 * incomplete, if any: where to end text that was cut to fit a buffer.
 */
size_t utf8_whole(const char *s, size_t len);

#endif
