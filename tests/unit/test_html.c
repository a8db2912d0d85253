/*
 * test_html.c — unit tests of web/html.c, the writer every page goes
 * through: text and %s arguments escaped for content and attributes,
 * numeric conversions written as printf does, links that could run script
 * refused, URL parts percent-encoded, and failures sticky.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "web/html.h"

static void test_text_is_escaped(void **state)
{
	(void)state;
	struct html h = HTML_INIT;
	html_text(&h, "<script>alert(\"x\" & 'y')</script>");
	assert_string_equal(h.sb.buf, "&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;");
	html_text(&h, NULL);
	assert_false(html_failed(&h));
	html_release(&h);
}

static void test_format_escapes_strings_not_markup(void **state)
{
	(void)state;
	struct html h = HTML_INIT;
	html_f(&h, "<a title=\"%s\">%s</a>", "\"><img src=x onerror=1>", "Tom & Jerry");
	assert_string_equal(h.sb.buf, "<a title=\"&quot;&gt;&lt;img src=x onerror=1&gt;\">Tom &amp; Jerry</a>");
	html_release(&h);
}

static void test_format_numbers(void **state)
{
	(void)state;
	struct html h = HTML_INIT;
	const char *volatile none = NULL; /* %s of NULL writes nothing */
	html_f(&h, "%d|%lld|%zu|%.1f|%.0f%%|%u|%5d|%s", -3, (long long)9007199254740993LL, (size_t)42, 2.25, 99.6,
	       7u, 12, none);
	assert_string_equal(h.sb.buf, "-3|9007199254740993|42|2.2|100%|7|   12|");
	assert_false(html_failed(&h));
	html_release(&h);
}

static void test_raw_takes_literals(void **state)
{
	(void)state;
	struct html h = HTML_INIT;
	html_raw(&h, "<p>");
	html_text(&h, "a<b");
	html_raw(&h, "</p>");
	assert_string_equal(h.sb.buf, "<p>a&lt;b</p>");
	html_release(&h);
}

static void test_href_refuses_script(void **state)
{
	(void)state;
	static const char *const bad[] = { "javascript:alert(1)", "JAVASCRIPT:x", "data:text/html,x", "//evil.test/",
					   " javascript:x", "vbscript:x", NULL };
	for (size_t i = 0; bad[i]; i++) {
		struct html h = HTML_INIT;
		html_href(&h, bad[i]);
		assert_string_equal(h.sb.buf, " href=\"#\"");
		html_release(&h);
	}
	struct html h = HTML_INIT;
	html_href(&h, "https://example.test/a?b=1&c=\"2\"");
	html_href(&h, "/objectives/3");
	html_href(&h, NULL);
	assert_string_equal(h.sb.buf,
			    " href=\"https://example.test/a?b=1&amp;c=&quot;2&quot;\" href=\"/objectives/3\" href=\"#\"");
	html_release(&h);
}

static void test_url_part(void **state)
{
	(void)state;
	struct html h = HTML_INIT;
	html_url_part(&h, "2026 Q4/ä&x=1");
	assert_string_equal(h.sb.buf, "2026%20Q4%2F%C3%A4%26x%3D1");
	html_release(&h);
}

static void test_failure_is_sticky(void **state)
{
	(void)state;
	struct html h = HTML_INIT;
	sb_init(&h.sb, 16);
	html_text(&h, "0123456789");
	html_text(&h, "0123456789"); /* past the cap */
	assert_true(html_failed(&h));
	html_raw(&h, "x");
	assert_string_equal(h.sb.buf, "0123456789");
	html_release(&h);
	struct html odd = HTML_INIT;
	html_f(&odd, "%p", (void *)&odd); /* a conversion the writer does not take */
	assert_true(html_failed(&odd));
	html_release(&odd);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_text_is_escaped),
		cmocka_unit_test(test_format_escapes_strings_not_markup),
		cmocka_unit_test(test_format_numbers),
		cmocka_unit_test(test_raw_takes_literals),
		cmocka_unit_test(test_href_refuses_script),
		cmocka_unit_test(test_url_part),
		cmocka_unit_test(test_failure_is_sticky),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
