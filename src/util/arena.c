/*
 * arena.c — the chunked bump allocator behind struct arena (see arena.h).
 * Memory comes in blocks of ARENA_BLOCK_SIZE bytes, taken zeroed from calloc
 * and handed out front to back, each piece rounded up to the alignment of
 * max_align_t; since nothing is ever reused, every piece is still zero when
 * it is handed out. A request larger than a block gets a block of its own,
 * linked behind the current one so the current block keeps serving small
 * requests. arena_release walks the list and frees every block.
 */
#include "util/arena.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ARENA_BLOCK_SIZE ((size_t)8192)
#define ARENA_ALIGN (_Alignof(max_align_t))

struct arena_block {
	struct arena_block *next;
	size_t size; /* bytes in data */
	size_t used; /* bytes of data handed out */
	max_align_t data[]; /* aligned for any type */
};

void arena_init(struct arena *a)
{
	a->head = NULL;
	a->allocated = 0;
	a->fail_after = 0;
	a->count = 0;
	a->failed = 0;
}

static struct arena_block *block_new(size_t size)
{
	struct arena_block *b;

	if (size > SIZE_MAX - sizeof(*b))
		return NULL;
	b = calloc(1, sizeof(*b) + size);
	if (b)
		b->size = size;
	return b;
}

static void *take(struct arena *a, size_t n)
{
	struct arena_block *b = a->head;
	char *p;

	/* The fault plan: fail_after allocations succeed, the rest fail. */
	a->count++;
	if (a->fail_after > 0 && a->count > a->fail_after)
		return NULL;
	if (n > SIZE_MAX - ARENA_ALIGN)
		return NULL;
	/* Round up, and give even a zero-byte request its own address. */
	n = n == 0 ? ARENA_ALIGN : (n + ARENA_ALIGN - 1) / ARENA_ALIGN * ARENA_ALIGN;
	if (!b || b->size - b->used < n) {
		if (n > ARENA_BLOCK_SIZE) {
			b = block_new(n);
			if (!b)
				return NULL;
			if (a->head) {
				b->next = a->head->next;
				a->head->next = b;
			} else {
				a->head = b;
			}
		} else {
			b = block_new(ARENA_BLOCK_SIZE);
			if (!b)
				return NULL;
			b->next = a->head;
			a->head = b;
		}
	}
	p = (char *)b->data + b->used;
	b->used += n;
	a->allocated += n;
	return p;
}

void *arena_alloc(struct arena *a, size_t n)
{
	void *p = take(a, n);
	if (!p)
		a->failed++;
	return p;
}

void *arena_calloc(struct arena *a, size_t count, size_t size)
{
	if (size != 0 && count > SIZE_MAX / size) {
		a->failed++;
		return NULL;
	}
	return arena_alloc(a, count * size);
}

char *arena_strndup(struct arena *a, const char *s, size_t n)
{
	char *p;

	if (!s)
		return NULL;
	n = strnlen(s, n);
	if (n == SIZE_MAX)
		return NULL;
	p = arena_alloc(a, n + 1);
	if (p)
		memcpy(p, s, n); /* the NUL is already there: memory is zeroed */
	return p;
}

char *arena_strdup(struct arena *a, const char *s)
{
	if (!s)
		return NULL;
	return arena_strndup(a, s, strlen(s));
}

char *arena_printf(struct arena *a, const char *fmt, ...)
{
	va_list ap;
	int n;
	char *p;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return NULL;
	p = arena_alloc(a, (size_t)n + 1);
	if (!p)
		return NULL;
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}

void arena_release(struct arena *a)
{
	struct arena_block *b = a->head;

	while (b) {
		struct arena_block *next = b->next;

		free(b);
		b = next;
	}
	a->head = NULL;
	a->allocated = 0;
}
