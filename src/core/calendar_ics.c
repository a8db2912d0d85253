/*
 * calendar_ics.c — a person's calendar feed as text (RFC 5545): the events
 * of calendar.c in a VCALENDAR, each timed one in the org's zone, that
 * zone described by a VTIMEZONE built from its own changes in the
 * system's zone files over the days the events span. Every line goes
 * through the iCalendar writer (util/ical.c), which escapes and folds.
 */
#include "core/internal.h"

#include <string.h>

#include "util/ical.h"
#include "util/sb.h"
#include "util/tz.h"

#define CAL_ZONE_CHANGES 64
#define CAL_REFRESH_MINUTES 60 /* what it holds changes with what people do */

/* The org's zone over the window: each change of its offset as a
 * STANDARD or DAYLIGHT part whose DTSTART is the local time it happens
 * (by the offset before it); a zone with none has one part. */
static void cal_timezone(struct sb *sb, const char *zone, int64_t from, int64_t to)
{
	struct tz_change ch[CAL_ZONE_CHANGES];
	int n = tz_changes(zone, from, to, ch, CAL_ZONE_CHANGES);
	ical_begin(sb, "VTIMEZONE");
	ical_text(sb, "TZID", zone);
	if (n == 0) {
		int32_t off = tz_offset(zone, from);
		ical_begin(sb, "STANDARD");
		ical_floating(sb, "DTSTART", 0);
		ical_offset(sb, "TZOFFSETFROM", off);
		ical_offset(sb, "TZOFFSETTO", off);
		ical_end(sb, "STANDARD");
	}
	for (int i = 0; i < n; i++) {
		const char *part = ch[i].dst ? "DAYLIGHT" : "STANDARD";
		ical_begin(sb, part);
		ical_floating(sb, "DTSTART", ch[i].at + ch[i].before);
		ical_offset(sb, "TZOFFSETFROM", ch[i].before);
		ical_offset(sb, "TZOFFSETTO", ch[i].after);
		if (ch[i].abbr[0])
			ical_text(sb, "TZNAME", ch[i].abbr);
		ical_end(sb, part);
	}
	ical_end(sb, "VTIMEZONE");
}

static void cal_event(struct sb *sb, const struct grip_calendar_event *e, const char *zone, int64_t now,
		      const char *base)
{
	ical_begin(sb, "VEVENT");
	ical_text(sb, "UID", e->uid);
	ical_utc(sb, "DTSTAMP", now);
	if (e->days) {
		ical_date(sb, "DTSTART", e->day);
		ical_date(sb, "DTEND", e->day + e->days);
		ical_literal(sb, "TRANSP", "TRANSPARENT");
	} else {
		int end = e->minute + e->duration;
		ical_local(sb, "DTSTART", zone, e->day, e->minute);
		ical_local(sb, "DTEND", zone, e->day + end / 1440, end % 1440);
	}
	ical_text(sb, "SUMMARY", e->summary);
	ical_text(sb, "DESCRIPTION", e->description);
	ical_text(sb, "CATEGORIES", e->kind);
	if (base) {
		struct sb url = SB_INIT;
		sb_adds(&url, base);
		sb_adds(&url, e->link);
		if (url.failed)
			sb->failed = true;
		else
			ical_uri(sb, "URL", url.buf);
		sb_release(&url);
	}
	ical_end(sb, "VEVENT");
}

const char *grip_calendar_ics(struct grip *g, const char *base, size_t *len)
{
	struct grip_calendar_event **es;
	size_t n;
	if (grip_calendar_events(g, &es, &n) < 0)
		return NULL;
	struct grip_org *o = grip_org_get(g, g->org_id);
	if (!o)
		return NULL;
	const char *zone = o->timezone && *o->timezone ? o->timezone : "UTC";
	/* The zone's changes over the days of the events, and a day more on
	 * each side (an offset may be ahead of UTC or behind it). */
	int32_t first = grip_today(g), last = first;
	for (size_t i = 0; i < n; i++) {
		if (es[i]->day < first)
			first = es[i]->day;
		if (es[i]->day + es[i]->days > last)
			last = es[i]->day + es[i]->days;
	}
	int64_t from = ((int64_t)first - 1) * 86400, to = ((int64_t)last + 2) * 86400;
	struct sb sb = SB_INIT;
	ical_begin(&sb, "VCALENDAR");
	ical_literal(&sb, "VERSION", "2.0");
	ical_literal(&sb, "PRODID", "-//grip//calendar feed//EN");
	ical_literal(&sb, "CALSCALE", "GREGORIAN");
	ical_literal(&sb, "METHOD", "PUBLISH");
	ical_text(&sb, "X-WR-CALNAME", arena_printf(g->arena, "grip: %s (%s)", g->actor->name, o->name));
	ical_text(&sb, "X-WR-TIMEZONE", zone);
	/* How often a calendar program should read it again (RFC 7986). */
	ical_minutes(&sb, "REFRESH-INTERVAL;VALUE=DURATION", CAL_REFRESH_MINUTES);
	ical_minutes(&sb, "X-PUBLISHED-TTL", CAL_REFRESH_MINUTES);
	cal_timezone(&sb, zone, from, to);
	for (size_t i = 0; i < n; i++)
		cal_event(&sb, es[i], zone, g->now, base);
	ical_end(&sb, "VCALENDAR");
	if (sb.failed) {
		sb_release(&sb);
		grip_fail(g, GRIP_ENOMEM, NULL, "the calendar is too large");
		return NULL;
	}
	char *text = arena_alloc(g->arena, sb.len + 1);
	if (!text) {
		sb_release(&sb);
		grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
		return NULL;
	}
	memcpy(text, sb.buf, sb.len + 1);
	*len = sb.len;
	sb_release(&sb);
	return text;
}
