/*
 * sb.h — a growable string builder with a cap.
 *
 * Invariants:
 *  1. buf is never NULL and always NUL-terminated; a fresh builder points at
 *     a shared empty string and owns no memory.
 *  2. len < cap whenever buf is owned; len never exceeds max.
 *  3. An append that would pass max, or that cannot allocate, appends
 *     nothing and sets the sticky flag failed; later appends do nothing.
 *     Check failed once, at the end.
 *  4. sb_detach hands buf to the caller (free it with free()) and leaves
 *     the builder fresh; sb_release frees and leaves it fresh.
 */
#ifndef GRIP_UTIL_SB_H
#define GRIP_UTIL_SB_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

struct sb {
	char *buf;
	size_t len;
	size_t cap;
	size_t max;
	bool failed;
};

extern char sb_empty[];
#define SB_MAX_DEFAULT ((size_t)64 << 20)
#define SB_INIT { .buf = sb_empty, .max = SB_MAX_DEFAULT }

void sb_init(struct sb *sb, size_t max);
void sb_add(struct sb *sb, const void *data, size_t len);
void sb_adds(struct sb *sb, const char *s);
void sb_addc(struct sb *sb, char c);
__attribute__((format(printf, 2, 3))) void sb_addf(struct sb *sb, const char *fmt, ...);
void sb_vaddf(struct sb *sb, const char *fmt, va_list ap);
void sb_reset(struct sb *sb); /* len = 0, keeps memory, clears failed */
char *sb_detach(struct sb *sb, size_t *len);
void sb_release(struct sb *sb);

#endif
