/*
 * test_utf8.c — unit tests of util/utf8.c: acceptance of every well-formed
 * boundary of RFC 3629, refusal of overlong forms, surrogates, code points
 * above U+10FFFF, truncated sequences and stray continuation bytes (checked
 * both by cases and exhaustively against a reference decoder), and code
 * point counting and cutting, and ending text cut to fit between characters.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "util/utf8.h"

static bool valid_str(const char *s)
{
	return utf8_valid(s, strlen(s));
}

/* Encode cp the shortest way, without checking it; returns the length. */
static size_t encode(uint32_t cp, unsigned char *out)
{
	if (cp < 0x80) {
		out[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (unsigned char)(0xC0 | cp >> 6);
		out[1] = (unsigned char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (unsigned char)(0xE0 | cp >> 12);
		out[1] = (unsigned char)(0x80 | (cp >> 6 & 0x3F));
		out[2] = (unsigned char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (unsigned char)(0xF0 | cp >> 18);
	out[1] = (unsigned char)(0x80 | (cp >> 12 & 0x3F));
	out[2] = (unsigned char)(0x80 | (cp >> 6 & 0x3F));
	out[3] = (unsigned char)(0x80 | (cp & 0x3F));
	return 4;
}

static void test_ascii_and_empty(void **state)
{
	(void)state;
	assert_true(utf8_valid("", 0));
	assert_true(utf8_valid(NULL, 0));
	assert_true(valid_str("hello, world"));
	assert_true(valid_str("\x01\x7f"));
	/* U+0000 is well-formed; the length, not a NUL, ends the input. */
	assert_true(utf8_valid("a\0b", 3));
	/* Only len bytes are looked at. */
	assert_true(utf8_valid("ab\xff", 2));
	assert_false(utf8_valid("ab\xff", 3));
}

static void test_boundaries_valid(void **state)
{
	(void)state;
	assert_true(valid_str("\xc2\x80"));             /* U+0080 */
	assert_true(valid_str("\xdf\xbf"));             /* U+07FF */
	assert_true(valid_str("\xe0\xa0\x80"));         /* U+0800 */
	assert_true(valid_str("\xed\x9f\xbf"));         /* U+D7FF */
	assert_true(valid_str("\xee\x80\x80"));         /* U+E000 */
	assert_true(valid_str("\xef\xbf\xbd"));         /* U+FFFD */
	assert_true(valid_str("\xef\xbf\xbf"));         /* U+FFFF */
	assert_true(valid_str("\xf0\x90\x80\x80"));     /* U+10000 */
	assert_true(valid_str("\xf4\x8f\xbf\xbf"));     /* U+10FFFF */
	assert_true(valid_str("caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80"));
}

static void test_overlong(void **state)
{
	(void)state;
	assert_false(valid_str("\xc0\x80"));            /* NUL, two bytes */
	assert_false(valid_str("\xc0\xaf"));            /* '/' */
	assert_false(valid_str("\xc1\xbf"));
	assert_false(valid_str("\xe0\x80\x80"));
	assert_false(valid_str("\xe0\x9f\xbf"));        /* U+07FF, three bytes */
	assert_false(valid_str("\xf0\x80\x80\x80"));
	assert_false(valid_str("\xf0\x8f\xbf\xbf"));    /* U+FFFF, four bytes */
}

static void test_surrogates(void **state)
{
	(void)state;
	assert_false(valid_str("\xed\xa0\x80"));        /* U+D800 */
	assert_false(valid_str("\xed\xad\xbf"));        /* U+DB7F */
	assert_false(valid_str("\xed\xb0\x80"));        /* U+DC00 */
	assert_false(valid_str("\xed\xbf\xbf"));        /* U+DFFF */
	/* A CESU-8 pair for U+10000. */
	assert_false(valid_str("\xed\xa0\x80\xed\xb0\x80"));
}

static void test_above_max(void **state)
{
	(void)state;
	assert_false(valid_str("\xf4\x90\x80\x80"));    /* U+110000 */
	assert_false(valid_str("\xf5\x80\x80\x80"));
	assert_false(valid_str("\xf7\xbf\xbf\xbf"));
	assert_false(valid_str("\xf8\x88\x80\x80\x80")); /* old 5-byte form */
	assert_false(valid_str("\xfc\x84\x80\x80\x80\x80"));
	assert_false(valid_str("\xfe"));
	assert_false(valid_str("\xff"));
}

static void test_truncated(void **state)
{
	(void)state;
	assert_false(valid_str("\xc3"));
	assert_false(valid_str("\xe2\x82"));
	assert_false(valid_str("\xe2"));
	assert_false(valid_str("\xf0\x9f\x98"));
	assert_false(valid_str("\xf0\x9f"));
	assert_false(valid_str("\xf0"));
	assert_false(valid_str("abc\xe2\x82"));
	/* Cut short by len although the bytes go on. */
	assert_false(utf8_valid("\xe2\x82\xac", 2));
	assert_true(utf8_valid("\xe2\x82\xac", 3));
	/* A lead byte followed by something that is not a continuation. */
	assert_false(valid_str("\xc3" "a"));
	assert_false(valid_str("\xe2\x82" "a"));
	assert_false(valid_str("\xf0\x9f\x98" "a"));
	assert_false(valid_str("\xe2" "\xe2\x82\xac"));
}

static void test_stray_continuation(void **state)
{
	(void)state;
	assert_false(valid_str("\x80"));
	assert_false(valid_str("\xbf"));
	assert_false(valid_str("a\x80" "b"));
	assert_false(valid_str("\xc3\xa9\xa9"));        /* one too many */
	assert_false(valid_str("\xe2\x82\xac\x80"));
}

/* Reference: decode by arithmetic and compare against the rules. */
static bool reference_valid(const unsigned char *b, size_t len)
{
	size_t i = 0;

	while (i < len) {
		uint32_t cp;
		size_t n;

		if (b[i] < 0x80) {
			i++;
			continue;
		}
		if ((b[i] & 0xE0) == 0xC0) {
			n = 2;
			cp = b[i] & 0x1F;
		} else if ((b[i] & 0xF0) == 0xE0) {
			n = 3;
			cp = b[i] & 0x0F;
		} else if ((b[i] & 0xF8) == 0xF0) {
			n = 4;
			cp = b[i] & 0x07;
		} else {
			return false;
		}
		if (len - i < n)
			return false;
		for (size_t k = 1; k < n; k++) {
			if ((b[i + k] & 0xC0) != 0x80)
				return false;
			cp = cp << 6 | (b[i + k] & 0x3F);
		}
		if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) ||
		    (n == 4 && cp < 0x10000))
			return false;
		if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
			return false;
		i += n;
	}
	return true;
}

static void test_exhaustive_short(void **state)
{
	unsigned char b[3];

	(void)state;
	/* Every one- and two-byte input, and every three-byte input. */
	for (unsigned x = 0; x < 256; x++) {
		b[0] = (unsigned char)x;
		assert_int_equal(utf8_valid((char *)b, 1), reference_valid(b, 1));
		for (unsigned y = 0; y < 256; y++) {
			b[1] = (unsigned char)y;
			assert_int_equal(utf8_valid((char *)b, 2), reference_valid(b, 2));
			for (unsigned z = 0; z < 256; z++) {
				b[2] = (unsigned char)z;
				if (utf8_valid((char *)b, 3) != reference_valid(b, 3))
					fail_msg("disagree on %02x %02x %02x", x, y, z);
			}
		}
	}
}

static void test_every_code_point(void **state)
{
	unsigned char b[4];

	(void)state;
	for (uint32_t cp = 0; cp <= 0x10FFFF; cp++) {
		size_t n = encode(cp, b);
		bool want = cp < 0xD800 || cp > 0xDFFF;

		if (utf8_valid((char *)b, n) != want)
			fail_msg("U+%04X", (unsigned)cp);
		/* Every proper prefix of a multi-byte character is truncated. */
		for (size_t k = 1; k < n; k++)
			assert_false(utf8_valid((char *)b, k));
	}
	/* The next past the top, encoded as if it were allowed. */
	assert_false(utf8_valid("\xf4\x90\x80\x80", 4));
}

static void test_control(void **state)
{
	(void)state;
	assert_null(utf8_control(""));
	assert_null(utf8_control("tab\there\nline\r\n"));
	assert_null(utf8_control("caf\xc3\xa9 \xc2\xa0 \xc2\xbf"));  /* U+00A0, U+00BF */
	assert_null(utf8_control("\xc3\x80 \xe2\x80\x8b"));          /* U+00C0, U+200B */
	const char *s = "ok\x1b[2J";
	assert_ptr_equal(utf8_control(s), s + 2);                    /* ESC */
	assert_non_null(utf8_control("\x7f"));                       /* DEL */
	assert_non_null(utf8_control("a\xc2\x80"));                 /* U+0080 */
	s = "title \xc2\x9b" "31m";                                 /* U+009B, CSI */
	assert_ptr_equal(utf8_control(s), s + 6);
	assert_non_null(utf8_control("\xc2\x9f"));                  /* U+009F */
	assert_null(utf8_control("\xc2\xa0"));                      /* U+00A0 */
	char one[3] = { (char)0xc2, 0, 0 };
	for (int c = 0x80; c <= 0xbf; c++) {
		one[1] = (char)c;
		if (c <= 0x9f)
			assert_non_null(utf8_control(one));
		else
			assert_null(utf8_control(one));
	}
}

static void test_width(void **state)
{
	(void)state;
	assert_int_equal(utf8_width(""), 0);
	assert_int_equal(utf8_width("abc"), 3);
	assert_int_equal(utf8_width("caf\xc3\xa9"), 4);
	assert_int_equal(utf8_width("\xe2\x82\xac\xe2\x82\xac"), 2);
	assert_int_equal(utf8_width("\xf0\x9f\x98\x80!"), 2);
	assert_int_equal(utf8_width("\xf4\x8f\xbf\xbf"), 1);
	assert_int_equal(utf8_width(NULL), 0);
}

static void test_prefix(void **state)
{
	const char *s = "a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80z"; /* a é € 😀 z */

	(void)state;
	assert_int_equal(utf8_prefix(s, 0), 0);
	assert_int_equal(utf8_prefix(s, 1), 1);
	assert_int_equal(utf8_prefix(s, 2), 3);
	assert_int_equal(utf8_prefix(s, 3), 6);
	assert_int_equal(utf8_prefix(s, 4), 10);
	assert_int_equal(utf8_prefix(s, 5), 11);
	assert_int_equal(utf8_prefix(s, 6), 11);
	assert_int_equal(utf8_prefix(s, (size_t)-1), 11);
	assert_int_equal(utf8_prefix("", 3), 0);
	assert_int_equal(utf8_prefix("\xe2\x82\xac", 0), 0);
	assert_int_equal(utf8_prefix(NULL, 3), 0);

	/* Every cut of a valid string is itself valid and as long as asked. */
	for (size_t k = 0; k <= 6; k++) {
		size_t n = utf8_prefix(s, k);
		char cut[16];

		assert_true(n < sizeof(cut));
		memcpy(cut, s, n);
		cut[n] = '\0';
		assert_true(utf8_valid(cut, n));
		assert_int_equal(utf8_width(cut), k < 5 ? k : 5);
	}
}

/* A cut that leaves a character incomplete goes back to before it. */
static void test_whole(void **state)
{
	const char *s = "a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80"; /* a, é, €, 😀 */
	static const size_t want[] = { 0, 1, 1, 3, 3, 3, 6, 6, 6, 6, 10 };

	(void)state;
	for (size_t len = 0; len <= 10; len++) {
		assert_int_equal(utf8_whole(s, len), want[len]);
		assert_true(utf8_valid(s, utf8_whole(s, len)));
	}
	/* Text that was not valid to begin with is left as it is. */
	assert_int_equal(utf8_whole("\x80\x80", 2), 2);
	assert_int_equal(utf8_whole("a\x80", 2), 2);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ascii_and_empty),
		cmocka_unit_test(test_boundaries_valid),
		cmocka_unit_test(test_overlong),
		cmocka_unit_test(test_surrogates),
		cmocka_unit_test(test_above_max),
		cmocka_unit_test(test_truncated),
		cmocka_unit_test(test_stray_continuation),
		cmocka_unit_test(test_exhaustive_short),
		cmocka_unit_test(test_every_code_point),
		cmocka_unit_test(test_control),
		cmocka_unit_test(test_width),
		cmocka_unit_test(test_prefix),
		cmocka_unit_test(test_whole),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
