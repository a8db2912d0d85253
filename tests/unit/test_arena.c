/*
 * test_arena.c — unit tests of util/arena.c: zeroed and aligned memory,
 * pieces that never overlap across many blocks, large requests in blocks of
 * their own, the string helpers, overflow checks, and the fail_after fault
 * plan (exactly that many allocations succeed, then all fail), run the way
 * a torture test would run it.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "util/arena.h"

static bool is_aligned(const void *p)
{
	return (uintptr_t)p % _Alignof(max_align_t) == 0;
}

static bool all_zero(const void *p, size_t n)
{
	const unsigned char *b = p;

	for (size_t i = 0; i < n; i++)
		if (b[i])
			return false;
	return true;
}

static void test_init(void **state)
{
	struct arena a = ARENA_INIT, b;

	(void)state;
	assert_null(a.head);
	assert_int_equal(a.allocated, 0);
	assert_int_equal(a.fail_after, 0);
	memset(&b, 0xff, sizeof(b));
	arena_init(&b);
	assert_null(b.head);
	assert_int_equal(b.allocated, 0);
	assert_int_equal(b.fail_after, 0);
	assert_int_equal(b.count, 0);
	/* Releasing an empty arena is harmless, twice. */
	arena_release(&a);
	arena_release(&a);
	assert_null(a.head);
}

static void test_zeroed_aligned_disjoint(void **state)
{
	struct arena a = ARENA_INIT;
	static const size_t sizes[] = { 1, 3, 7, 8, 15, 16, 17, 100, 1000, 4095,
					8191, 8192, 8193, 20000, 0, 2, 64 };
	unsigned char *ptrs[200];
	size_t lens[200];
	size_t total = 0;

	(void)state;
	for (size_t i = 0; i < 200; i++) {
		size_t n = sizes[i % (sizeof(sizes) / sizeof(sizes[0]))];

		ptrs[i] = arena_alloc(&a, n);
		lens[i] = n;
		assert_non_null(ptrs[i]);
		assert_true(is_aligned(ptrs[i]));
		assert_true(all_zero(ptrs[i], n));
		/* Fill, so that an overlap shows up below. */
		memset(ptrs[i], (int)(i % 255) + 1, n);
		total += n;
	}
	for (size_t i = 0; i < 200; i++)
		for (size_t k = 0; k < lens[i]; k++)
			assert_int_equal(ptrs[i][k], (int)(i % 255) + 1);
	/* Zero-byte requests still get distinct addresses. */
	for (size_t i = 0; i < 200; i++)
		for (size_t j = i + 1; j < 200; j++)
			assert_ptr_not_equal(ptrs[i], ptrs[j]);
	assert_true(a.allocated >= total);
	arena_release(&a);
	assert_null(a.head);
	assert_int_equal(a.allocated, 0);
}

static void test_allocated_counts_rounded(void **state)
{
	struct arena a = ARENA_INIT;
	size_t al = _Alignof(max_align_t);

	(void)state;
	arena_alloc(&a, 1);
	assert_int_equal(a.allocated, al);
	arena_alloc(&a, al);
	assert_int_equal(a.allocated, 2 * al);
	arena_alloc(&a, al + 1);
	assert_int_equal(a.allocated, 4 * al);
	arena_release(&a);
}

static void test_types(void **state)
{
	struct arena a = ARENA_INIT;
	struct pair {
		long double x;
		char c;
	};
	char *c = arena_alloc(&a, 1);
	long double *ld = arena_alloc(&a, sizeof(*ld));
	struct pair *p = arena_calloc(&a, 10, sizeof(*p));
	double *d = arena_alloc(&a, sizeof(*d));

	(void)state;
	assert_non_null(c);
	*c = 'x';
	*ld = 1.5L;
	for (int i = 0; i < 10; i++) {
		assert_true(p[i].x == 0.0L);
		p[i].x = i;
		p[i].c = (char)i;
	}
	*d = 2.5;
	assert_true(*ld == 1.5L);
	assert_true(p[9].x == 9.0L);
	assert_true(*d == 2.5);
	assert_int_equal(*c, 'x');
	arena_release(&a);
}

static void test_large_requests(void **state)
{
	struct arena a = ARENA_INIT;
	char *small1, *big, *small2, *huge;

	(void)state;
	small1 = arena_alloc(&a, 100);
	big = arena_alloc(&a, 100000);
	/* The large block went behind the current one, which still serves. */
	small2 = arena_alloc(&a, 100);
	assert_non_null(small1);
	assert_non_null(big);
	assert_non_null(small2);
	{
		size_t al = _Alignof(max_align_t);

		assert_int_equal(small2 - small1, (100 + al - 1) / al * al);
	}
	assert_true(all_zero(big, 100000));
	memset(big, 1, 100000);
	assert_true(all_zero(small2, 100));
	huge = arena_alloc(&a, (size_t)4 << 20);
	assert_non_null(huge);
	assert_true(all_zero(huge, (size_t)4 << 20));
	/* A large request into an empty arena, then small ones after it. */
	arena_release(&a);
	big = arena_alloc(&a, 50000);
	small1 = arena_alloc(&a, 10);
	assert_non_null(big);
	assert_non_null(small1);
	assert_true(small1 < big || small1 >= big + 50000);
	arena_release(&a);
}

static void test_overflow(void **state)
{
	struct arena a = ARENA_INIT;

	(void)state;
	assert_null(arena_calloc(&a, SIZE_MAX / 2, 3));
	assert_null(arena_calloc(&a, 3, SIZE_MAX / 2));
	assert_null(arena_alloc(&a, SIZE_MAX));
	assert_null(arena_alloc(&a, SIZE_MAX - 8));
	/* Zero-sized products are fine. */
	assert_non_null(arena_calloc(&a, 0, SIZE_MAX));
	assert_non_null(arena_calloc(&a, SIZE_MAX, 0));
	assert_int_equal(a.failed, 4);
	arena_release(&a);
}

static void test_strings(void **state)
{
	struct arena a = ARENA_INIT;
	const char *src = "check-in";
	char *s;

	(void)state;
	assert_null(arena_strdup(&a, NULL));
	assert_null(arena_strndup(&a, NULL, 4));
	s = arena_strdup(&a, src);
	assert_string_equal(s, "check-in");
	assert_ptr_not_equal(s, src);
	assert_string_equal(arena_strdup(&a, ""), "");
	assert_string_equal(arena_strndup(&a, src, 5), "check");
	assert_string_equal(arena_strndup(&a, src, 0), "");
	assert_string_equal(arena_strndup(&a, src, 100), "check-in");
	assert_string_equal(arena_strndup(&a, src, SIZE_MAX), "check-in");
	/* strndup reads no further than n: the source needs no NUL. */
	{
		char raw[4] = { 'a', 'b', 'c', 'd' };

		assert_string_equal(arena_strndup(&a, raw, 4), "abcd");
		assert_string_equal(arena_strndup(&a, raw, 2), "ab");
	}
	s = arena_printf(&a, "%s %d/%d %.2f", "week", 48, 53, 0.5);
	assert_string_equal(s, "week 48/53 0.50");
	assert_string_equal(arena_printf(&a, "%s", ""), "");
	{
		char big[20000];

		memset(big, 'k', sizeof(big) - 1);
		big[sizeof(big) - 1] = '\0';
		s = arena_printf(&a, "[%s]", big);
		assert_int_equal(strlen(s), sizeof(big) + 1);
		assert_int_equal(s[0], '[');
		assert_int_equal(s[sizeof(big)], ']');
	}
	arena_release(&a);
}

static void test_fail_after(void **state)
{
	struct arena a = ARENA_INIT;

	(void)state;
	a.fail_after = 3;
	assert_non_null(arena_alloc(&a, 8));
	assert_non_null(arena_strdup(&a, "two"));
	assert_non_null(arena_printf(&a, "%d", 3));
	/* Every later allocation fails, whatever its kind or size. */
	assert_null(arena_alloc(&a, 8));
	assert_null(arena_alloc(&a, 0));
	assert_null(arena_alloc(&a, 100000));
	assert_null(arena_calloc(&a, 2, 2));
	assert_null(arena_strdup(&a, "x"));
	assert_null(arena_strndup(&a, "x", 1));
	assert_null(arena_printf(&a, "%s", "x"));
	/* Each refusal is counted, for callers that cannot report it. */
	assert_int_equal(a.failed, 7);
	arena_release(&a);

	/* 0 never fails. */
	arena_init(&a);
	for (int i = 0; i < 10000; i++)
		assert_non_null(arena_alloc(&a, 16));
	assert_int_equal(a.count, 10000);
	assert_int_equal(a.failed, 0);
	arena_release(&a);

	/* 1: only the first. */
	arena_init(&a);
	a.fail_after = 1;
	assert_non_null(arena_alloc(&a, 1));
	assert_null(arena_alloc(&a, 1));
	arena_release(&a);
}

/* A small job that allocates five times and reports whether it finished. */
static bool job(struct arena *a)
{
	char *name = arena_strdup(a, "objective");
	int *xs = arena_calloc(a, 100, sizeof(*xs));
	char *big = arena_alloc(a, 20000);
	char *line = arena_printf(a, "%s:%d", name ? name : "?", 7);
	char *cut = arena_strndup(a, "key result", 3);

	return name && xs && big && line && cut;
}

static void test_torture(void **state)
{
	(void)state;
	/* Fail each allocation in turn: nothing crashes or leaks. */
	for (long k = 1; k <= 6; k++) {
		struct arena a = ARENA_INIT;

		a.fail_after = k;
		assert_int_equal(job(&a), k >= 5);
		arena_release(&a);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_init),
		cmocka_unit_test(test_zeroed_aligned_disjoint),
		cmocka_unit_test(test_allocated_counts_rounded),
		cmocka_unit_test(test_types),
		cmocka_unit_test(test_large_requests),
		cmocka_unit_test(test_overflow),
		cmocka_unit_test(test_strings),
		cmocka_unit_test(test_fail_after),
		cmocka_unit_test(test_torture),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
