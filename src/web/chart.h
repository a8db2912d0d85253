/*
 * chart.h — the SVG charts of grip's pages, drawn on the server: no script,
 * no inline style, only classes of grip.css and SVG presentation
 * attributes. Each chart is an image with a spoken summary.
 */
#ifndef GRIP_WEB_CHART_H
#define GRIP_WEB_CHART_H

#include <stddef.h>
#include <stdint.h>

#include "core/grip.h"
#include "web/html.h"

/* Where a key result is expected to be: its pace starts on day `from` (the
 * objective's pace_from, worked out by the core) and `expected` is the
 * core's share of the way by today. */
struct chart_pace {
	int32_t from;
	double expected;
};

/* A key result over its cycle: its recorded values (oldest first, as
 * grip_kr_history gives them) as a line with points, and the expected pace
 * as a dashed line from the baseline on the day pace starts to the target
 * on the cycle's last day (end); the axis runs from the cycle's first day
 * (start). Days are day numbers (util/date.h). */
void chart_kr(struct html *h, const struct grip_kr *kr, const struct grip_kr_value *vals, size_t n,
	      int32_t start, int32_t end, int32_t today, const struct chart_pace *pace);

/* The final scores of a unit or person (grip_calibration) as a histogram
 * of 11 bars, 0.0 to 1.0, the aim shaded; id makes its title's and
 * description's ids unique on the page. chart_histogram.c */
void chart_histogram(struct html *h, const struct grip_calibration *c, int id);

#endif
