/*
 * date.c — calendar arithmetic (see date.h). Day numbers come from Howard
 * Hinnant's days-from-civil algorithm over the proleptic Gregorian calendar,
 * which works in 400-year eras so that every division is exact or floored.
 * Parsing is strict: fixed field widths, ASCII digits only, every field
 * range-checked, nothing left over. ISO weeks start on Monday and week 1 is
 * the week holding the year's first Thursday.
 */
#include "util/date.h"

#include <string.h>

#define SECS_PER_DAY 86400

/* Floored division and modulo, for negative day numbers and times. */
static int64_t floor_div(int64_t a, int64_t b)
{
	int64_t q = a / b;

	if ((a % b != 0) && ((a < 0) != (b < 0)))
		q--;
	return q;
}

static int64_t floor_mod(int64_t a, int64_t b)
{
	return a - floor_div(a, b) * b;
}

int32_t date_from_civil(int year, int month, int day)
{
	int64_t y = (int64_t)year - (month <= 2);
	int64_t era = floor_div(y, 400);
	int64_t yoe = y - era * 400;                               /* [0, 399] */
	int64_t mp = (month + 9) % 12;                             /* March = 0 */
	int64_t doy = (153 * mp + 2) / 5 + day - 1;                /* [0, 365] */
	int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;       /* [0, 146096] */

	return (int32_t)(era * 146097 + doe - 719468);
}

void date_to_civil(int32_t day, int *year, int *month, int *mday)
{
	int64_t z = (int64_t)day + 719468;
	int64_t era = floor_div(z, 146097);
	int64_t doe = z - era * 146097;                                     /* [0, 146096] */
	int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365; /* [0, 399] */
	int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);              /* [0, 365] */
	int64_t mp = (5 * doy + 2) / 153;                                   /* [0, 11] */
	int64_t d = doy - (153 * mp + 2) / 5 + 1;                           /* [1, 31] */
	int64_t m = mp < 10 ? mp + 3 : mp - 9;                              /* [1, 12] */

	*year = (int)(yoe + era * 400 + (m <= 2));
	*month = (int)m;
	*mday = (int)d;
}

static bool is_leap(int year)
{
	return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month)
{
	static const int days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (month < 1 || month > 12)
		return 0;
	if (month == 2 && is_leap(year))
		return 29;
	return days[month - 1];
}

int date_weekday(int32_t day)
{
	/* Day 0, 1970-01-01, was a Thursday. */
	return (int)floor_mod((int64_t)day + 3, 7) + 1;
}

/* Exactly n ASCII digits at s, as a number; -1 when any is not a digit. */
static int digits(const char *s, int n)
{
	int v = 0;

	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

/* "YYYY-MM-DD" at the start of s, not checking what follows. */
static bool parse_date_prefix(const char *s, int32_t *day)
{
	int y, m, d;

	y = digits(s, 4);
	if (y < 1 || s[4] != '-')
		return false;
	m = digits(s + 5, 2);
	if (m < 1 || m > 12 || s[7] != '-')
		return false;
	d = digits(s + 8, 2);
	if (d < 1 || d > days_in_month(y, m))
		return false;
	*day = date_from_civil(y, m, d);
	return true;
}

bool date_parse(const char *s, int32_t *day)
{
	int32_t v;

	if (!s || !parse_date_prefix(s, &v) || s[10] != '\0')
		return false;
	*day = v;
	return true;
}

/* v as exactly n decimal digits at p, zero-padded; v must fit. */
static void put_digits(char *p, int v, int n)
{
	for (int i = n - 1; i >= 0; i--) {
		p[i] = (char)('0' + v % 10);
		v /= 10;
	}
}

/* "YYYY-MM-DD" at out, no NUL; false when the year is outside 1..9999. */
static bool put_date(char *out, int32_t day)
{
	int y, m, d;

	date_to_civil(day, &y, &m, &d);
	if (y < 1 || y > 9999)
		return false;
	put_digits(out, y, 4);
	out[4] = '-';
	put_digits(out + 5, m, 2);
	out[7] = '-';
	put_digits(out + 8, d, 2);
	return true;
}

void date_format(int32_t day, char out[DATE_LEN])
{
	/* Outside what the format can hold: say so rather than truncate. */
	if (!put_date(out, day))
		memcpy(out, "0000-00-00", 10);
	out[10] = '\0';
}

bool datetime_parse(const char *s, int64_t *t)
{
	int32_t day;
	int hh, mm, ss = 0;
	int64_t offset = 0;
	const char *p;

	if (!s || !parse_date_prefix(s, &day))
		return false;
	p = s + 10;
	if (*p == '\0') {
		*t = (int64_t)day * SECS_PER_DAY;
		return true;
	}
	if (*p != 'T' && *p != ' ')
		return false;
	p++;
	hh = digits(p, 2);
	if (hh < 0 || hh > 23 || p[2] != ':')
		return false;
	mm = digits(p + 3, 2);
	if (mm < 0 || mm > 59)
		return false;
	p += 5;
	if (*p == ':') {
		ss = digits(p + 1, 2);
		if (ss < 0 || ss > 59)
			return false;
		p += 3;
	}
	if (*p == 'Z') {
		p++;
	} else if (*p == '+' || *p == '-') {
		int oh = digits(p + 1, 2), om;

		if (oh < 0 || oh > 23 || p[3] != ':')
			return false;
		om = digits(p + 4, 2);
		if (om < 0 || om > 59)
			return false;
		offset = (int64_t)oh * 3600 + om * 60;
		if (*p == '-')
			offset = -offset;
		p += 6;
	}
	if (*p != '\0')
		return false;
	int64_t v = (int64_t)day * SECS_PER_DAY + hh * 3600 + mm * 60 + ss - offset;
	/* The offset may not take it out of years 1..9999, all that
	 * datetime_format can write. */
	if (v < (int64_t)date_from_civil(1, 1, 1) * SECS_PER_DAY ||
	    v >= ((int64_t)date_from_civil(9999, 12, 31) + 1) * SECS_PER_DAY)
		return false;
	*t = v;
	return true;
}

void datetime_format(int64_t t, char out[DATETIME_LEN])
{
	int64_t day = floor_div(t, SECS_PER_DAY);
	int sec = (int)(t - day * SECS_PER_DAY);

	if (day < INT32_MIN || day > INT32_MAX || !put_date(out, (int32_t)day)) {
		memcpy(out, "0000-00-00T00:00:00Z", DATETIME_LEN);
		return;
	}
	out[10] = 'T';
	put_digits(out + 11, sec / 3600, 2);
	out[13] = ':';
	put_digits(out + 14, sec / 60 % 60, 2);
	out[16] = ':';
	put_digits(out + 17, sec % 60, 2);
	out[19] = 'Z';
	out[20] = '\0';
}

int32_t datetime_day(int64_t t)
{
	return (int32_t)floor_div(t, SECS_PER_DAY);
}

int weeks_in_year(int iso_year)
{
	/* A long year starts on a Thursday, or is a leap year starting on a Wednesday. */
	int jan1 = date_weekday(date_from_civil(iso_year, 1, 1));

	if (jan1 == 4 || (jan1 == 3 && is_leap(iso_year)))
		return 53;
	return 52;
}

bool week_parse(const char *s, struct iso_week *w)
{
	int y, wk;

	if (!s)
		return false;
	y = digits(s, 4);
	if (y < 1 || s[4] != '-' || s[5] != 'W')
		return false;
	wk = digits(s + 6, 2);
	if (wk < 1 || s[8] != '\0' || wk > weeks_in_year(y))
		return false;
	w->year = y;
	w->week = wk;
	return true;
}

void week_format(struct iso_week w, char out[WEEK_LEN])
{
	if (w.year < 1 || w.year > 9999 || w.week < 1 || w.week > 53) {
		memcpy(out, "0000-W00", WEEK_LEN);
		return;
	}
	put_digits(out, w.year, 4);
	out[4] = '-';
	out[5] = 'W';
	put_digits(out + 6, w.week, 2);
	out[8] = '\0';
}

struct iso_week week_of(int32_t day)
{
	/* The week belongs to the year of its Thursday. */
	int32_t thursday = day - date_weekday(day) + 4;
	int y, m, d;
	struct iso_week w;

	date_to_civil(thursday, &y, &m, &d);
	w.year = y;
	w.week = (thursday - date_from_civil(y, 1, 1)) / 7 + 1;
	return w;
}

int32_t week_monday(struct iso_week w)
{
	/* 4 January is always in week 1. */
	int32_t jan4 = date_from_civil(w.year, 1, 4);
	int32_t monday1 = jan4 - (date_weekday(jan4) - 1);

	return monday1 + (w.week - 1) * 7;
}

int32_t week_index(struct iso_week w)
{
	/* Mondays are 3 mod 7 away from day 0, so this division is exact. */
	return (int32_t)floor_div((int64_t)week_monday(w) + 3, 7);
}
