/*
 * test_sb.c — unit tests of util/sb.c: the invariants written in sb.h (buf
 * never NULL and NUL-terminated, a fresh builder owns nothing, len < cap,
 * len never past max), growth by doubling, the sticky failed flag at the
 * cap for every kind of append, and the hand-over rules of detach, reset
 * and release.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "util/sb.h"

/* The invariants of sb.h that hold after every call. */
static void check_invariants(const struct sb *sb)
{
	assert_non_null(sb->buf);
	assert_int_equal(sb->buf[sb->len], '\0');
	assert_true(sb->len <= sb->max);
	if (sb->buf == sb_empty) {
		assert_int_equal(sb->len, 0);
		assert_int_equal(sb->cap, 0);
	} else {
		assert_true(sb->len < sb->cap);
	}
	assert_int_equal(sb_empty[0], '\0');
}

static void check_fresh(const struct sb *sb)
{
	assert_ptr_equal(sb->buf, sb_empty);
	assert_int_equal(sb->len, 0);
	assert_int_equal(sb->cap, 0);
	assert_false(sb->failed);
	check_invariants(sb);
}

static void test_fresh(void **state)
{
	struct sb a = SB_INIT, b;

	(void)state;
	check_fresh(&a);
	assert_int_equal(a.max, SB_MAX_DEFAULT);
	assert_string_equal(a.buf, "");
	sb_init(&b, 100);
	check_fresh(&b);
	assert_int_equal(b.max, 100);
	/* 0 asks for the default cap. */
	sb_init(&b, 0);
	assert_int_equal(b.max, SB_MAX_DEFAULT);
	/* Releasing or resetting what owns nothing is harmless. */
	sb_reset(&a);
	check_fresh(&a);
	sb_release(&a);
	check_fresh(&a);
}

static void test_appends(void **state)
{
	struct sb sb = SB_INIT;

	(void)state;
	sb_adds(&sb, "hello");
	check_invariants(&sb);
	sb_addc(&sb, ',');
	sb_addc(&sb, ' ');
	sb_add(&sb, "world!!!", 5);
	sb_addf(&sb, " %d+%s=%.1f", 1, "one", 2.0);
	check_invariants(&sb);
	assert_string_equal(sb.buf, "hello, world 1+one=2.0");
	assert_int_equal(sb.len, strlen("hello, world 1+one=2.0"));
	assert_false(sb.failed);
	/* Empty appends change nothing and allocate nothing. */
	sb_release(&sb);
	sb_adds(&sb, "");
	sb_add(&sb, NULL, 0);
	sb_adds(&sb, NULL);
	sb_addf(&sb, "%s", "");
	check_fresh(&sb);
	sb_release(&sb);
}

static void test_binary_content(void **state)
{
	struct sb sb = SB_INIT;

	(void)state;
	sb_add(&sb, "a\0b", 3);
	sb_addc(&sb, '\0');
	check_invariants(&sb);
	assert_int_equal(sb.len, 4);
	assert_memory_equal(sb.buf, "a\0b\0", 5);
	sb_release(&sb);
}

static void test_growth_doubles(void **state)
{
	struct sb sb = SB_INIT;
	size_t caps[32], ncaps = 0;

	(void)state;
	for (int i = 0; i < 10000; i++) {
		sb_addc(&sb, (char)('a' + i % 26));
		check_invariants(&sb);
		if (ncaps == 0 || caps[ncaps - 1] != sb.cap) {
			assert_true(ncaps < 32);
			caps[ncaps++] = sb.cap;
		}
	}
	assert_int_equal(sb.len, 10000);
	for (size_t i = 1; i < ncaps; i++)
		assert_int_equal(caps[i], caps[i - 1] * 2);
	for (int i = 0; i < 10000; i++)
		assert_int_equal(sb.buf[i], 'a' + i % 26);
	/* A large append jumps straight to a power-of-two multiple. */
	sb_release(&sb);
	sb_adds(&sb, "x");
	{
		char big[5000];

		memset(big, 'y', sizeof(big));
		sb_add(&sb, big, sizeof(big));
	}
	check_invariants(&sb);
	assert_int_equal(sb.len, 5001);
	assert_true(sb.cap > 5001 && sb.cap <= 2 * 5002);
	sb_release(&sb);
}

static void test_large_formatted(void **state)
{
	struct sb sb = SB_INIT;
	char big[3000];

	(void)state;
	memset(big, 'q', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	/* Fresh, then into room too small for the output. */
	sb_addf(&sb, "<%s>", big);
	check_invariants(&sb);
	assert_int_equal(sb.len, sizeof(big) + 1);
	sb_addf(&sb, "[%s]", big);
	check_invariants(&sb);
	assert_int_equal(sb.len, 2 * (sizeof(big) + 1));
	assert_int_equal(sb.buf[0], '<');
	assert_int_equal(sb.buf[sizeof(big)], '>');
	assert_int_equal(sb.buf[sizeof(big) + 1], '[');
	assert_int_equal(sb.buf[sb.len - 1], ']');
	sb_release(&sb);
}

static void test_cap_exact(void **state)
{
	struct sb sb;

	(void)state;
	sb_init(&sb, 10);
	sb_adds(&sb, "0123456789"); /* exactly max */
	check_invariants(&sb);
	assert_false(sb.failed);
	assert_int_equal(sb.len, 10);
	assert_true(sb.cap <= 11);
	sb_release(&sb);

	sb_init(&sb, 10);
	sb_addf(&sb, "%05d%05d", 1, 2);
	assert_false(sb.failed);
	assert_string_equal(sb.buf, "0000100002");
	sb_release(&sb);
}

static void test_cap_sticky(void **state)
{
	struct sb sb;

	(void)state;
	sb_init(&sb, 10);
	sb_adds(&sb, "01234");
	sb_adds(&sb, "567890"); /* would be 11: appends nothing */
	check_invariants(&sb);
	assert_true(sb.failed);
	assert_string_equal(sb.buf, "01234");
	/* Sticky: even appends that would fit do nothing now. */
	sb_addc(&sb, 'x');
	sb_add(&sb, "y", 1);
	sb_addf(&sb, "%s", "z");
	assert_true(sb.failed);
	assert_string_equal(sb.buf, "01234");
	/* Reset clears the flag and keeps the memory. */
	{
		char *before = sb.buf;
		size_t cap = sb.cap;

		sb_reset(&sb);
		check_invariants(&sb);
		assert_false(sb.failed);
		assert_ptr_equal(sb.buf, before);
		assert_int_equal(sb.cap, cap);
		assert_string_equal(sb.buf, "");
	}
	sb_adds(&sb, "0123456789");
	assert_false(sb.failed);
	sb_addc(&sb, 'x');
	assert_true(sb.failed);
	assert_string_equal(sb.buf, "0123456789");
	sb_release(&sb);
}

static void test_cap_formatted(void **state)
{
	struct sb sb;

	(void)state;
	/* On a fresh builder. */
	sb_init(&sb, 8);
	sb_addf(&sb, "%s", "123456789");
	assert_true(sb.failed);
	assert_string_equal(sb.buf, "");
	assert_int_equal(sb.len, 0);
	check_invariants(&sb);
	sb_release(&sb);

	/* In the room already allocated: the partial output is not kept. */
	sb_init(&sb, 8);
	sb_adds(&sb, "ab");
	sb_addf(&sb, "%d", 1234567);
	assert_true(sb.failed);
	assert_string_equal(sb.buf, "ab");
	assert_int_equal(sb.len, 2);
	check_invariants(&sb);
	sb_release(&sb);

	/* When growing would be needed. */
	sb_init(&sb, 100);
	sb_adds(&sb, "ab");
	{
		char big[200];

		memset(big, 'z', sizeof(big) - 1);
		big[sizeof(big) - 1] = '\0';
		sb_addf(&sb, "%s", big);
	}
	assert_true(sb.failed);
	assert_string_equal(sb.buf, "ab");
	check_invariants(&sb);
	sb_release(&sb);
}

static void test_detach(void **state)
{
	struct sb sb = SB_INIT;
	size_t len = 99;
	char *s;

	(void)state;
	sb_addf(&sb, "%s-%d", "grip", 7);
	s = sb_detach(&sb, &len);
	assert_string_equal(s, "grip-7");
	assert_int_equal(len, 6);
	check_fresh(&sb);
	assert_int_equal(sb.max, SB_MAX_DEFAULT);
	free(s);

	/* A fresh builder still hands over memory the caller can free. */
	s = sb_detach(&sb, &len);
	assert_non_null(s);
	assert_ptr_not_equal(s, sb_empty);
	assert_string_equal(s, "");
	assert_int_equal(len, 0);
	free(s);

	/* len may be NULL; the builder is usable again afterwards. */
	sb_adds(&sb, "again");
	s = sb_detach(&sb, NULL);
	assert_string_equal(s, "again");
	free(s);
	sb_adds(&sb, "and again");
	assert_string_equal(sb.buf, "and again");
	sb_release(&sb);
}

static void test_detach_clears_failed(void **state)
{
	struct sb sb;
	char *s;

	(void)state;
	sb_init(&sb, 3);
	sb_adds(&sb, "abcd");
	assert_true(sb.failed);
	s = sb_detach(&sb, NULL);
	assert_string_equal(s, "");
	free(s);
	check_fresh(&sb);
	assert_int_equal(sb.max, 3);
	sb_adds(&sb, "abc");
	assert_false(sb.failed);
	sb_release(&sb);
}

static void test_release(void **state)
{
	struct sb sb;

	(void)state;
	sb_init(&sb, 50);
	sb_adds(&sb, "something");
	sb_release(&sb);
	check_fresh(&sb);
	assert_int_equal(sb.max, 50);
	sb_release(&sb);
	check_fresh(&sb);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fresh),
		cmocka_unit_test(test_appends),
		cmocka_unit_test(test_binary_content),
		cmocka_unit_test(test_growth_doubles),
		cmocka_unit_test(test_large_formatted),
		cmocka_unit_test(test_cap_exact),
		cmocka_unit_test(test_cap_sticky),
		cmocka_unit_test(test_cap_formatted),
		cmocka_unit_test(test_detach),
		cmocka_unit_test(test_detach_clears_failed),
		cmocka_unit_test(test_release),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
