/*
 * embedded.h — files built into the binary by tools/embed.c: SQL migrations,
 * coach lexicons, web assets. Read-only; named "dir/file".
 */
#ifndef GRIP_UTIL_EMBEDDED_H
#define GRIP_UTIL_EMBEDDED_H

#include <stddef.h>

struct embedded_file {
	const char *name;
	const unsigned char *data; /* NUL-terminated; the NUL is not in len */
	size_t len;
};

extern const struct embedded_file embedded_files[]; /* ends with a zeroed entry */
extern const size_t embedded_count;

/* The file of that name, or NULL. */
const struct embedded_file *embedded_find(const char *name);

#endif
