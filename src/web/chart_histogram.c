/*
 * chart_histogram.c — the final scores of a unit or a person over a cycle
 * as a histogram (see chart.h): one bar per tenth from 0.0 to 1.0, its
 * height the number of key results that scored it, the aim (0.6 to 0.7)
 * shaded behind the bars. A title and a description say the same in words.
 */
#include "web/chart.h"

#define W 400
#define H 170
#define LEFT 30.0
#define RIGHT 392.0
#define TOP 18.0
#define BOTTOM 140.0
#define SLOT ((RIGHT - LEFT) / GRIP_CALIBRATION_BINS)

void chart_histogram(struct html *h, const struct grip_calibration *c, int id)
{
	int most = 1;
	for (int i = 0; i < GRIP_CALIBRATION_BINS; i++)
		most = c->bins[i] > most ? c->bins[i] : most;
	html_f(h, "<svg class=\"chart histogram\" viewBox=\"0 0 %d %d\" role=\"img\" aria-labelledby=\"hist%d-t hist%d-d\">",
	       W, H, id, id);
	html_f(h, "<title id=\"hist%d-t\">Final scores of %s: %d key result%s</title>", id, c->name, c->count,
	       c->count == 1 ? "" : "s");
	html_f(h, "<desc id=\"hist%d-d\">", id);
	if (c->count)
		html_f(h, "Mean %.2f, standard deviation %.2f, from %.1f to %.1f: %s. Key results per score:", c->mean,
		       c->sd, c->min, c->max, grip_verdict_advice(c->verdict));
	else
		html_raw(h, "No final score yet.");
	for (int i = 0; c->count && i < GRIP_CALIBRATION_BINS; i++)
		html_f(h, "%s %.1f: %d", i ? "," : "", i / 10.0, c->bins[i]);
	html_raw(h, "</desc>");
	/* the aim, 0.6 to 0.7, behind the bars */
	html_f(h, "<rect class=\"aim\" x=\"%.1f\" y=\"%.0f\" width=\"%.1f\" height=\"%.0f\"/>", LEFT + 6 * SLOT, TOP,
	       2 * SLOT, BOTTOM - TOP);
	html_f(h, "<text x=\"%.1f\" y=\"%.0f\" text-anchor=\"middle\">aim</text>", LEFT + 7 * SLOT, TOP - 5);
	html_f(h, "<line class=\"axis\" x1=\"%.0f\" y1=\"%.0f\" x2=\"%.0f\" y2=\"%.0f\"/>", LEFT, BOTTOM, RIGHT, BOTTOM);
	for (int i = 0; i < GRIP_CALIBRATION_BINS; i++) {
		double x = LEFT + i * SLOT;
		double bh = (double)c->bins[i] / most * (BOTTOM - TOP - 14);
		if (c->bins[i]) {
			html_f(h, "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"/>", x + 4,
			       BOTTOM - bh, SLOT - 8, bh);
			html_f(h, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%d</text>", x + SLOT / 2, BOTTOM - bh - 4,
			       c->bins[i]);
		}
		html_f(h, "<text x=\"%.1f\" y=\"%.0f\" text-anchor=\"middle\">%.1f</text>", x + SLOT / 2, BOTTOM + 14,
		       i / 10.0);
	}
	html_f(h, "<text x=\"%.0f\" y=\"%d\" text-anchor=\"end\">final score</text>", RIGHT, H - 2);
	html_raw(h, "</svg>");
}
