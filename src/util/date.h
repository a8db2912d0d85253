/*
 * date.h — calendar arithmetic for grip: days, ISO 8601 dates and date-times,
 * and ISO 8601 weeks. A date is a day number: days since 1970-01-01 in the
 * proleptic Gregorian calendar. A time is seconds since the epoch, in UTC.
 * Everything here is pure: no clock, no time zone, no locale.
 */
#ifndef GRIP_UTIL_DATE_H
#define GRIP_UTIL_DATE_H

#include <stdbool.h>
#include <stdint.h>

#define DATE_LEN 11     /* "YYYY-MM-DD" and its NUL */
#define DATETIME_LEN 21 /* "YYYY-MM-DDTHH:MM:SSZ" and its NUL */
#define WEEK_LEN 9      /* "YYYY-Www" and its NUL */

struct iso_week {
	int year; /* the ISO week-numbering year, which may differ from the calendar year */
	int week; /* 1..52, or 53 in long years */
};

/* Day number of a calendar date; the date must be valid. */
int32_t date_from_civil(int year, int month, int day);
/* Calendar date of a day number. */
void date_to_civil(int32_t day, int *year, int *month, int *mday);
/* Strict "YYYY-MM-DD", a real calendar date in years 1..9999. */
bool date_parse(const char *s, int32_t *day);
void date_format(int32_t day, char out[DATE_LEN]);
/* 1 = Monday .. 7 = Sunday. */
int date_weekday(int32_t day);
int days_in_month(int year, int month);

/*
 * "YYYY-MM-DD" (midnight UTC), or "YYYY-MM-DDTHH:MM[:SS]" followed by
 * nothing (UTC), "Z", or an offset "+HH:MM"/"-HH:MM". A space may stand
 * for the "T". Fields out of range are refused, and so is a time the
 * offset moves out of years 1..9999.
 */
bool datetime_parse(const char *s, int64_t *t);
void datetime_format(int64_t t, char out[DATETIME_LEN]);
/* The day number that contains time t. */
int32_t datetime_day(int64_t t);

/* Strict "YYYY-Www" with two week digits; week 53 only in long ISO years. */
bool week_parse(const char *s, struct iso_week *w);
void week_format(struct iso_week w, char out[WEEK_LEN]);
/* 52 or 53. */
int weeks_in_year(int iso_year);
struct iso_week week_of(int32_t day);
/* Day number of the Monday of week w. */
int32_t week_monday(struct iso_week w);
/* Comparable index of a week: consecutive weeks differ by one. */
int32_t week_index(struct iso_week w);

#endif
