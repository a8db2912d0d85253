/*
 * chart.c — a key result drawn over its cycle (see chart.h). The plot is a
 * fixed viewBox that scales to its box: time runs left to right from the
 * cycle's first day to its last, values bottom to top over a range that
 * holds the baseline, the target and every recorded value. The dashed pace
 * line is where the key result should be on each day; the solid line is
 * where it was, starting from the baseline on the first day.
 */
#include "web/chart.h"

#include <string.h>

#include "util/date.h"
#include "util/num.h"
#include "web/kr_view.h"

/* The viewBox and the plot inside it. */
#define W 400
#define H 164
#define LEFT 46.0
#define RIGHT 390.0
#define TOP 24.0
#define BOTTOM 128.0

struct frame {
	int32_t start, end;
	double lo, hi;
};

static double x_of(const struct frame *f, int32_t day)
{
	if (day < f->start)
		day = f->start;
	if (day > f->end)
		day = f->end;
	return LEFT + (double)(day - f->start) / (double)(f->end - f->start) * (RIGHT - LEFT);
}

static double y_of(const struct frame *f, double v)
{
	return BOTTOM - (v - f->lo) / (f->hi - f->lo) * (BOTTOM - TOP);
}

/* The day of a recorded value ("YYYY-MM-DDTHH:MM:SSZ"); the start if unreadable. */
static int32_t day_of(const char *at, int32_t fallback)
{
	int64_t t;
	return at && datetime_parse(at, &t) ? datetime_day(t) : fallback;
}

static void day_text(struct html *h, int32_t day)
{
	char buf[DATE_LEN];
	date_format(day, buf);
	html_text(h, buf);
}

/* The chart in words, for the aria-label and the <title>. */
static void summary(struct html *h, const struct grip_kr *kr, size_t n, const struct frame *f, int32_t today,
		    const struct chart_pace *pace)
{
	html_raw(h, "Over the cycle: from ");
	kr_view_value(h, kr, kr->baseline);
	html_raw(h, " to ");
	kr_view_value(h, kr, kr->target);
	html_raw(h, " between ");
	day_text(h, f->start);
	html_raw(h, " and ");
	day_text(h, f->end);
	if (n) {
		html_raw(h, "; now ");
		kr_view_value(h, kr, kr->current);
		html_f(h, " (%.0f%% of the way) after %zu recorded value%s", kr->progress * 100, n, n == 1 ? "" : "s");
	} else {
		html_raw(h, "; no value recorded yet");
	}
	if (today >= pace->from && today <= f->end)
		html_f(h, "; the pace line expects %.0f%% by today", pace->expected * 100);
	html_raw(h, ".");
}

static void frame_init(struct frame *f, const struct grip_kr *kr, const struct grip_kr_value *vals, size_t n,
		       int32_t start, int32_t end)
{
	f->start = start;
	f->end = end > start ? end : start + 1;
	f->lo = kr->baseline < kr->target ? kr->baseline : kr->target;
	f->hi = kr->baseline < kr->target ? kr->target : kr->baseline;
	for (size_t i = 0; i < n; i++) {
		if (vals[i].value < f->lo)
			f->lo = vals[i].value;
		if (vals[i].value > f->hi)
			f->hi = vals[i].value;
	}
	if (!(f->hi > f->lo))
		f->hi = f->lo + 1;
}

/* The axes, the baseline and target on the left, the cycle's days below. */
static void axes(struct html *h, const struct grip_kr *kr, const struct frame *f)
{
	html_f(h, "<line class=\"axis\" x1=\"%.0f\" y1=\"%.0f\" x2=\"%.0f\" y2=\"%.0f\"/>", LEFT, BOTTOM, RIGHT,
	       BOTTOM);
	html_f(h, "<line class=\"axis\" x1=\"%.0f\" y1=\"%.0f\" x2=\"%.0f\" y2=\"%.0f\"/>", LEFT, TOP, LEFT, BOTTOM);
	char num[32];
	format_number(kr->baseline, num);
	html_f(h, "<text x=\"%.0f\" y=\"%.1f\" text-anchor=\"end\">%s</text>", LEFT - 5, y_of(f, kr->baseline) + 4,
	       num);
	format_number(kr->target, num);
	html_f(h, "<text x=\"%.0f\" y=\"%.1f\" text-anchor=\"end\">%s</text>", LEFT - 5, y_of(f, kr->target) + 4,
	       num);
	html_f(h, "<text x=\"%.0f\" y=\"%d\">", LEFT, H - 3);
	day_text(h, f->start);
	html_f(h, "</text><text x=\"%.0f\" y=\"%d\" text-anchor=\"end\">", RIGHT, H - 3);
	day_text(h, f->end);
	html_raw(h, "</text>");
	if (kr->unit_label && *kr->unit_label)
		html_f(h, "<text x=\"4\" y=\"%.0f\">%s</text>", TOP - 11, kr->unit_label);
}

void chart_kr(struct html *h, const struct grip_kr *kr, const struct grip_kr_value *vals, size_t n,
	      int32_t start, int32_t end, int32_t today, const struct chart_pace *pace)
{
	struct frame f;
	frame_init(&f, kr, vals, n, start, end);
	html_f(h, "<svg class=\"chart kr-chart\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"", W, H);
	summary(h, kr, n, &f, today, pace);
	html_raw(h, "\"><title>");
	summary(h, kr, n, &f, today, pace);
	html_raw(h, "</title>");
	axes(h, kr, &f);
	if (today >= f.start && today <= f.end) {
		double x = x_of(&f, today);
		html_f(h, "<line class=\"today\" x1=\"%.1f\" y1=\"%.0f\" x2=\"%.1f\" y2=\"%.0f\"/>", x, TOP, x, BOTTOM);
		html_f(h, "<text x=\"%.1f\" y=\"%.0f\" text-anchor=\"middle\">today</text>", x, BOTTOM + 12);
	}
	int32_t from = pace->from > f.start && pace->from < f.end ? pace->from : f.start;
	html_f(h, "<line class=\"pace\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>", x_of(&f, from),
	       y_of(&f, kr->baseline), x_of(&f, f.end), y_of(&f, kr->target));
	if (n) {
		html_f(h, "<polyline class=\"line\" points=\"%.1f,%.1f", x_of(&f, f.start), y_of(&f, kr->baseline));
		for (size_t i = 0; i < n; i++)
			html_f(h, " %.1f,%.1f", x_of(&f, day_of(vals[i].at, f.start)), y_of(&f, vals[i].value));
		html_raw(h, "\"/>");
		for (size_t i = 0; i < n; i++) {
			int32_t day = day_of(vals[i].at, f.start);
			html_f(h, "<circle class=\"pt\" cx=\"%.1f\" cy=\"%.1f\" r=\"3\"><title>", x_of(&f, day),
			       y_of(&f, vals[i].value));
			day_text(h, day);
			html_raw(h, ": ");
			kr_view_value(h, kr, vals[i].value);
			html_raw(h, "</title></circle>");
		}
	}
	html_raw(h, "</svg>");
}
