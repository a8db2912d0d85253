/*
 * fuzz_date.c — libFuzzer target: the date, date-time and ISO-week parsers
 * (util/date.c) and the core's checks over them (check_date, check_when,
 * check_week). The input is the text to parse; its first four bytes are
 * also read as a day number for the calendar arithmetic.
 *
 * Invariants:
 *  1. What a parser accepts, its formatter writes back: a date and a week
 *     as the very same text, a date-time as text that parses to the same
 *     instant (so never as the zeros of a time out of range).
 *  2. A date is also a date-time (its midnight, UTC).
 *  3. Day numbers and civil dates convert both ways without loss, for every
 *     int32 day; a day lies in the week week_of gives it, Monday to Sunday.
 *  4. The core's checks agree with the parsers, and a refusal carries a
 *     message in valid UTF-8 naming its field.
 */
#include "fuzz.h"

#include "core/internal.h"
#include "util/date.h"
#include "util/utf8.h"

/* 2026-11-23T12:00:00Z, the day the tests live on. */
#define NOW ((int64_t)20780 * 86400 + 12 * 3600)

static void check_calendar(int32_t day)
{
	int y, m, d;
	date_to_civil(day, &y, &m, &d);
	FUZZ_CHECK(m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m), "day %d: %d-%d-%d", day, y, m, d);
	FUZZ_CHECK(date_from_civil(y, m, d) == day, "day %d: %d-%d-%d back to %d", day, y, m, d,
		   date_from_civil(y, m, d));
	int wd = date_weekday(day);
	FUZZ_CHECK(wd >= 1 && wd <= 7, "day %d: weekday %d", day, wd);
	if (y < 2 || y > 9998) /* the ISO week of a day needs the years around it */
		return;
	struct iso_week w = week_of(day);
	FUZZ_CHECK(w.week >= 1 && w.week <= weeks_in_year(w.year), "day %d: week %d-W%d", day, w.year, w.week);
	int32_t monday = week_monday(w);
	FUZZ_CHECK(monday <= day && day < monday + 7, "day %d: week %d-W%d starts on %d", day, w.year, w.week,
		   monday);
	FUZZ_CHECK(date_weekday(monday) == 1, "week %d-W%d starts on weekday %d", w.year, w.week,
		   date_weekday(monday));
}

static void check_date_text(const char *s)
{
	int32_t day;
	if (!date_parse(s, &day))
		return;
	char out[DATE_LEN];
	date_format(day, out);
	FUZZ_CHECK(strcmp(out, s) == 0, "date %s formats as %s", s, out);
	int64_t t;
	FUZZ_CHECK(datetime_parse(s, &t) && t == (int64_t)day * 86400, "date %s is not its midnight", s);
	check_calendar(day);
}

static void check_datetime_text(const char *s)
{
	int64_t t, again;
	if (!datetime_parse(s, &t))
		return;
	char out[DATETIME_LEN];
	datetime_format(t, out);
	FUZZ_CHECK(datetime_parse(out, &again) && again == t, "%s is %lld, formats as %s", s, (long long)t, out);
	FUZZ_CHECK(datetime_day(t) * (int64_t)86400 <= t && t < (datetime_day(t) + 1) * (int64_t)86400,
		   "%s: day %d", s, datetime_day(t));
}

static void check_week_text(const char *s)
{
	struct iso_week w;
	if (!week_parse(s, &w))
		return;
	char out[WEEK_LEN];
	week_format(w, out);
	FUZZ_CHECK(strcmp(out, s) == 0, "week %s formats as %s", s, out);
	if (w.year < 2 || w.year > 9998)
		return;
	struct iso_week back = week_of(week_monday(w) + 3);
	FUZZ_CHECK(back.year == w.year && back.week == w.week, "week %s: its Thursday is in %d-W%02d", s,
		   back.year, back.week);
	struct iso_week next = week_of(week_monday(w) + 7);
	FUZZ_CHECK(week_index(next) == week_index(w) + 1, "week %s: the next week's index", s);
}

/* A refusal names its field and says why in valid UTF-8 (it goes out in
 * JSON and HTML), when what was refused was valid UTF-8 itself. */
static void check_refusal(const struct grip *g, const char *field, const char *input)
{
	FUZZ_CHECK(g->err.code == GRIP_EINVAL, "%s: code %d", field, g->err.code);
	FUZZ_CHECK(strcmp(g->err.field, field) == 0, "field %s, not %s", g->err.field, field);
	FUZZ_CHECK(g->err.message[0] != '\0', "%s: no message", field);
	if (utf8_valid(input, strlen(input)))
		FUZZ_CHECK(utf8_valid(g->err.message, strlen(g->err.message)), "%s: message not UTF-8: %s", field,
			   g->err.message);
}

static void check_core(const char *s)
{
	struct arena arena = ARENA_INIT;
	struct grip g;
	grip_init(&g, NULL, &arena, NOW);

	int32_t day, parsed;
	bool is_date = date_parse(s, &parsed);
	if (check_date(&g, "on", s, &day) == 0) {
		FUZZ_CHECK(is_date && day == parsed, "check_date took %s", s);
	} else {
		check_refusal(&g, "on", s);
		FUZZ_CHECK(!is_date, "check_date refused %s", s);
	}

	g.err = (struct grip_error){ 0 };
	const char *when;
	int64_t t;
	bool is_time = datetime_parse(s, &t);
	if (check_when(&g, "at", s, &when) == 0) {
		FUZZ_CHECK(is_time && t <= NOW, "check_when took %s", s);
		int64_t back;
		FUZZ_CHECK(datetime_parse(when, &back) && back == t, "check_when: %s stored as %s", s, when);
	} else {
		check_refusal(&g, "at", s);
		FUZZ_CHECK(!is_time || t > NOW, "check_when refused %s", s);
	}

	g.err = (struct grip_error){ 0 };
	struct iso_week w;
	if (check_week(&g, s, &w) == 0) {
		char out[WEEK_LEN];
		week_format(w, out);
		/* "2026-w48" is read as "2026-W48". */
		FUZZ_CHECK(strlen(s) == 8 && strncmp(out, s, 5) == 0 && (s[5] == 'W' || s[5] == 'w') &&
				   strcmp(out + 6, s + 6) == 0,
			   "check_week took %s as %s", s, out);
	} else {
		check_refusal(&g, "week", s);
	}
	arena_release(&arena);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size >= 4) {
		int32_t day;
		memcpy(&day, data, sizeof day);
		/* Beyond about ±5.8 million years the year leaves an int. */
		if (day > -2000000000 && day < 2000000000)
			check_calendar(day);
	}
	char *s = fuzz_string(data, size);
	check_date_text(s);
	check_datetime_text(s);
	check_week_text(s);
	check_core(s);
	free(s);
	return 0;
}
