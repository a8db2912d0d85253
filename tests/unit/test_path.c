/*
 * test_path.c — unit tests of util/path.c: route patterns against paths,
 * and path_is_local, the rule that keeps a redirect after sign-in on this
 * site: the paths it accepts, and every way of naming another host it
 * refuses (two slashes, backslashes, schemes, whitespace and control
 * characters, raw or escaped, escapes that decode into those, text beyond
 * ASCII, too long).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "util/path.h"

static void test_match(void **state)
{
	(void)state;
	struct arena a = ARENA_INIT;
	const char *names[3], *values[3];
	int n = -1;
	assert_true(path_match(&a, "/objectives/{id}/checkin", "/objectives/7/checkin", names, values, 3, &n));
	assert_int_equal(n, 1);
	assert_string_equal(names[0], "id");
	assert_string_equal(values[0], "7");
	assert_false(path_match(&a, "/objectives/{id}", "/objectives/", names, values, 3, &n));
	assert_false(path_match(&a, "/objectives/{id}", "/objectives/7/x", names, values, 3, &n));
	arena_release(&a);
}

static void test_local(void **state)
{
	(void)state;
	static const char *const good[] = {
		"/", "/units", "/units/3", "/objectives/7/checkin", "/objectives/1?as_of=2026-11-01",
		"/units/%41", "/a-b_c.d~e!$&'()*+,;=:@", "/tree#top", "/%C3%A9",
	};
	for (size_t i = 0; i < sizeof good / sizeof good[0]; i++)
		if (!path_is_local(good[i], 400))
			fail_msg("refused \"%s\"", good[i]);
}

static void test_not_local(void **state)
{
	(void)state;
	static const char *const bad[] = {
		NULL, "", "units", "//evil.example", "/\\evil.example", "\\\\evil.example", "/units\\..\\x",
		"https://evil.example/", "javascript:alert(1)", "http:/evil.example",
		"/\t/evil.example", "/\n/evil.example", "/\r/evil.example", "/ /evil.example", "/x\x7f",
		"/%09/evil.example", "/%0a/evil.example", "/%0D/x", "/%20/x", "/%00", "/%7F",
		"/%2F/evil.example", "/%2f/evil.example", "/%5C/evil.example", "/%5c", "/%2509/evil.example",
		"/%252F/x", "/%", "/%4", "/%G1", "/caf\xc3\xa9", "/\xe2\x80\xa8", "/\"x", "/<x>", "/x y", "/a|b",
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		if (path_is_local(bad[i], 400))
			fail_msg("accepted \"%s\"", bad[i]);
}

static void test_local_length(void **state)
{
	(void)state;
	char s[402];
	memset(s, 'a', sizeof s);
	s[0] = '/';
	s[400] = '\0';
	assert_true(path_is_local(s, 400));
	s[400] = 'a';
	s[401] = '\0';
	assert_false(path_is_local(s, 400));
}

/* The alphabet of the secrets this program makes, no other byte. */
static void test_urlsafe(void **state)
{
	(void)state;
	assert_true(path_urlsafe("AZaz09-_", 8));
	assert_true(path_urlsafe("", 0));
	assert_true(path_urlsafe("abc+", 3)); /* only len bytes are read */
	assert_false(path_urlsafe("abc+", 4));
	assert_false(path_urlsafe("ab/c", 4));
	assert_false(path_urlsafe("ab=c", 4));
	assert_false(path_urlsafe("ab c", 4));
	assert_false(path_urlsafe("\xc3\xa4", 2));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_match),
		cmocka_unit_test(test_local),
		cmocka_unit_test(test_not_local),
		cmocka_unit_test(test_local_length),
		cmocka_unit_test(test_urlsafe),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
