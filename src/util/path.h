/*
 * path.h — matching a request path against a route pattern such as
 * "/objectives/{id}/checkin", shared by the API's route table and the web
 * face's page table; and whether a path a client sent is one of this
 * site's.
 */
#ifndef GRIP_UTIL_PATH_H
#define GRIP_UTIL_PATH_H

#include <stdbool.h>
#include <stddef.h>

#include "util/arena.h"

/* True when path matches pattern, each {name} standing for one non-empty
 * segment. Then the segments are copied into the arena as values[i], the
 * names as names[i] when names is not NULL, at most max of them, and their
 * count is *n. On false, *n is left as it was. */
bool path_match(struct arena *a, const char *pattern, const char *path, const char **names,
		const char **values, int max, int *n);

/* True when name is one of the space-separated words of list (a route's
 * declared query parameters); a NULL list declares none. */
bool path_word_in(const char *list, const char *name);

/* True when s, as a browser would read it in a Location header, can only
 * name a path of this site: it starts with one "/" (not "//", nor "/"
 * then a backslash), and every byte is a plain URL character (letters,
 * digits and -._~!$&'()*+,;=:@/?#) or a %XX escape of a byte that is none
 * of: a control character, a space, "/", a backslash, "%" (so no escape
 * turns into another host after one more decoding). So: no scheme, no
 * host, no backslash, no whitespace, nothing outside ASCII, and at most
 * max bytes. */
bool path_is_local(const char *s, size_t max);

/* The value of a hexadecimal digit (of a %XX escape), or -1. */
int path_hex_digit(char c);

/* True when the len bytes at s are all of URL-safe base64 (A-Z a-z 0-9
 * - _): the alphabet of the secrets this program makes, which stand in
 * paths, query strings and cookies as they are. */
bool path_urlsafe(const char *s, size_t len);

#endif
