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

/* A key result over its cycle: its recorded values (oldest first, as
 * grip_kr_history gives them) as a line with points, and the expected pace
 * as a dashed line from the baseline on the cycle's first day (start) to
 * the target on its last (end). Days are day numbers (util/date.h). */
void chart_kr(struct html *h, const struct grip_kr *kr, const struct grip_kr_value *vals, size_t n,
	      int32_t start, int32_t end, int32_t today);

#endif
