/*
 * json_out.h — a JSON writer into a string builder: objects, arrays, keys
 * and values appended in order, with no tree in between. The text it
 * writes is byte for byte what jansson's compact dump with 12 significant
 * digits (JSON_COMPACT | JSON_REAL_PRECISION(12)) writes for the same
 * value, so an answer written here and one dumped from a json_t agree.
 *
 * Invariants:
 *  1. The writer owns nothing: the text is in the builder, which the
 *     caller inits and releases (or detaches). Failure is the builder's
 *     sticky flag: check sb->failed once, at the end.
 *  2. Commas are the writer's: a value (or key) that follows another at
 *     the same level gets one; the caller only opens, names and closes.
 *     Keys and values must alternate inside an object; the writer does not
 *     check the nesting.
 *  3. Strings are escaped by the writer as jansson does: '"', '\\' and
 *     the control characters below 0x20 (\b \f \n \r \t by name, the rest
 *     as \u00XX in upper-case hex); '/' and every other byte, UTF-8
 *     included, as they are. A NULL string is written as null.
 *  4. json_out_raw splices text that is already JSON (one value), unchecked:
 *     the loud name for raw output.
 */
#ifndef GRIP_UTIL_JSON_OUT_H
#define GRIP_UTIL_JSON_OUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/sb.h"

struct json_out {
	struct sb *sb;
	bool comma; /* the next value or key at this level follows another */
};

void json_out_init(struct json_out *j, struct sb *sb);

void json_out_object_open(struct json_out *j);
void json_out_object_close(struct json_out *j);
void json_out_array_open(struct json_out *j);
void json_out_array_close(struct json_out *j);
/* An object member's name; its value is the next thing written. */
void json_out_key(struct json_out *j, const char *key);

void json_out_string(struct json_out *j, const char *s); /* NULL: null */
void json_out_int(struct json_out *j, int64_t v);
/* A figure as grip prints them: a whole number (below 2^53) as an
 * integer, else a real rounded to 12 significant digits; not finite: null. */
void json_out_number(struct json_out *j, double v);
/* A real as jansson dumps one with 12 significant digits ("1.0", "2.5e-7"). */
void json_out_real(struct json_out *j, double v);
void json_out_bool(struct json_out *j, bool v);
void json_out_null(struct json_out *j);
void json_out_raw(struct json_out *j, const char *json, size_t len);

/* Members: the key, then the value. */
void json_out_kstring(struct json_out *j, const char *key, const char *s);
void json_out_kint(struct json_out *j, const char *key, int64_t v);
void json_out_knumber(struct json_out *j, const char *key, double v);
void json_out_kbool(struct json_out *j, const char *key, bool v);
void json_out_knull(struct json_out *j, const char *key);
/* An id, null when 0 (none). */
void json_out_kid(struct json_out *j, const char *key, int64_t id);

#endif
