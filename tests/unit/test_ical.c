/*
 * test_ical.c — the iCalendar writer (util/ical.c) and a zone's offset
 * changes (util/tz.c, tz_changes): TEXT escaped by the writer, lines
 * folded at 75 octets and never inside a UTF-8 character, every line
 * ending in CRLF, parameter values quoted when they must be; the changes
 * of Europe/Berlin and of a zone without any.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "util/date.h"
#include "util/ical.h"
#include "util/tz.h"
#include "util/utf8.h"

static void test_text_escaped(void **state)
{
	(void)state;
	struct sb sb = SB_INIT;
	ical_text(&sb, "SUMMARY", "a,b;c\\d\ne\r\nf");
	assert_false(sb.failed);
	assert_string_equal(sb.buf, "SUMMARY:a\\,b\\;c\\\\d\\ne\\nf\r\n");
	sb_release(&sb);
	/* A control character cannot start a new line of its own. */
	ical_text(&sb, "SUMMARY", "x\x01\x7fy");
	assert_string_equal(sb.buf, "SUMMARY:xy\r\n");
	sb_release(&sb);
	ical_text(&sb, "SUMMARY", NULL);
	assert_int_equal(sb.len, 0);
	sb_release(&sb);
}

/* Every line of text ends in CRLF, is at most 75 octets, and a fold never
 * splits a character; unfolded, the lines give back want. */
static void assert_folded(const char *text, const char *want)
{
	char unfolded[4096];
	size_t n = 0;
	const char *p = text;
	int lines = 0;
	while (*p) {
		const char *end = strstr(p, "\r\n");
		assert_non_null(end);
		assert_true(end - p <= ICAL_LINE_MAX);
		assert_true(utf8_valid(p, (size_t)(end - p)));
		const char *from = lines++ ? p + 1 : p;
		if (lines > 1)
			assert_int_equal(*p, ' ');
		memcpy(unfolded + n, from, (size_t)(end - from));
		n += (size_t)(end - from);
		p = end + 2;
	}
	unfolded[n] = '\0';
	assert_string_equal(unfolded, want);
}

static void test_folding(void **state)
{
	(void)state;
	char text[400], want[420];
	/* 1 + 2 + 3 byte characters, so that folds land inside some. */
	size_t n = 0;
	for (int i = 0; i < 40; i++) {
		memcpy(text + n, "a\xc3\xa9\xe2\x82\xac", 6);
		n += 6;
	}
	text[n] = '\0';
	struct sb sb = SB_INIT;
	ical_text(&sb, "DESCRIPTION", text);
	snprintf(want, sizeof want, "DESCRIPTION:%s", text);
	assert_folded(sb.buf, want);
	assert_true(sb.len > 3 * ICAL_LINE_MAX);
	sb_release(&sb);
	/* Exactly 75 octets: one line. */
	char exact[80];
	memset(exact, 'x', 75 - strlen("SUMMARY:"));
	exact[75 - strlen("SUMMARY:")] = '\0';
	ical_text(&sb, "SUMMARY", exact);
	assert_int_equal(sb.len, 77);
	sb_release(&sb);
}

static void test_values(void **state)
{
	(void)state;
	struct sb sb = SB_INIT;
	int32_t day = date_from_civil(2026, 11, 23);
	ical_date(&sb, "DTSTART", day);
	ical_local(&sb, "DTSTART", "Europe/Berlin", day, 9 * 60 + 15);
	ical_local(&sb, "DTSTART", "Odd;Zone\"", day, 0);
	ical_utc(&sb, "DTSTAMP", (int64_t)day * 86400 + 3661);
	ical_floating(&sb, "DTSTART", (int64_t)day * 86400 + 7200);
	ical_offset(&sb, "TZOFFSETTO", -8 * 3600);
	ical_offset(&sb, "TZOFFSETFROM", 5 * 3600 + 45 * 60);
	ical_offset(&sb, "TZOFFSETFROM", 3600 + 30);
	ical_minutes(&sb, "DURATION", 15);
	ical_literal(&sb, "VERSION", "2.0\r\nX:1");
	ical_uri(&sb, "URL", "https://a.example/x y\"\r\n");
	assert_false(sb.failed);
	assert_string_equal(sb.buf, "DTSTART;VALUE=DATE:20261123\r\n"
				    "DTSTART;TZID=Europe/Berlin:20261123T091500\r\n"
				    "DTSTART;TZID=\"Odd;Zone\":20261123T000000\r\n"
				    "DTSTAMP:20261123T010101Z\r\n"
				    "DTSTART:20261123T020000\r\n"
				    "TZOFFSETTO:-0800\r\n"
				    "TZOFFSETFROM:+0545\r\n"
				    "TZOFFSETFROM:+010030\r\n"
				    "DURATION:PT15M\r\n"
				    "VERSION:2.0X:1\r\n"
				    "URL:https://a.example/xy\r\n");
	sb_release(&sb);
	ical_begin(&sb, "VEVENT");
	ical_end(&sb, "VEVENT");
	assert_string_equal(sb.buf, "BEGIN:VEVENT\r\nEND:VEVENT\r\n");
	sb_release(&sb);
}

static void test_zone_changes(void **state)
{
	(void)state;
	struct tz_change ch[8];
	int64_t from = (int64_t)date_from_civil(2026, 11, 1) * 86400, to = (int64_t)date_from_civil(2027, 12, 31) * 86400;
	int n = tz_changes("Europe/Berlin", from, to, ch, 8);
	/* In force on 1 November 2026: the end of summer time on 25 October;
	 * then 28 March and 31 October 2027. */
	assert_int_equal(n, 3);
	assert_int_equal(ch[0].at, (int64_t)date_from_civil(2026, 10, 25) * 86400 + 3600);
	assert_int_equal(ch[0].before, 7200);
	assert_int_equal(ch[0].after, 3600);
	assert_false(ch[0].dst);
	assert_string_equal(ch[0].abbr, "CET");
	assert_int_equal(ch[1].at, (int64_t)date_from_civil(2027, 3, 28) * 86400 + 3600);
	assert_true(ch[1].dst);
	assert_int_equal(ch[1].after, 7200);
	assert_string_equal(ch[1].abbr, "CEST");
	assert_int_equal(ch[2].at, (int64_t)date_from_civil(2027, 10, 31) * 86400 + 3600);
	/* At most max. */
	assert_int_equal(tz_changes("Europe/Berlin", from, to, ch, 2), 2);
	/* UTC, a zone with no change in centuries, and no such zone: none. */
	assert_int_equal(tz_changes("UTC", from, to, ch, 8), 0);
	assert_int_equal(tz_changes("No/Such_Zone", from, to, ch, 8), 0);
	assert_int_equal(tz_changes("../etc/passwd", from, to, ch, 8), 0);
	n = tz_changes("Asia/Tokyo", from, to, ch, 8);
	assert_int_equal(n, 1); /* the last change, long ago, still in force */
	assert_true(ch[0].at < from);
	assert_int_equal(ch[0].after, 9 * 3600);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_text_escaped),
		cmocka_unit_test(test_folding),
		cmocka_unit_test(test_values),
		cmocka_unit_test(test_zone_changes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
