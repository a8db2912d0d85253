/*
 * fuzz.h — what every libFuzzer target of grip shares: the entry point's
 * declaration, the input as a C string, and the check that turns a broken
 * invariant into a crash libFuzzer keeps (abort after saying which one).
 */
#ifndef GRIP_TESTS_FUZZ_H
#define GRIP_TESTS_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

/* An invariant: when it does not hold, say which and where, and abort, so
 * that libFuzzer saves the input as a crash. */
#define FUZZ_CHECK(cond, ...)                                                           \
	do {                                                                            \
		if (!(cond)) {                                                          \
			fprintf(stderr, "%s:%d: invariant broken: %s: ", __FILE__, __LINE__, \
				#cond);                                                 \
			fprintf(stderr, __VA_ARGS__);                                   \
			fputc('\n', stderr);                                            \
			abort();                                                        \
		}                                                                       \
	} while (0)

/* The input as a NUL-terminated copy (malloc'd; the caller frees it). A
 * NUL inside ends the string early, as it would for a C caller. */
static inline char *fuzz_string(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);
	if (!s)
		abort();
	if (size)
		memcpy(s, data, size);
	s[size] = '\0';
	return s;
}

#endif
