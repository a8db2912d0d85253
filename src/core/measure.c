/*
 * measure.c — the math of PRODUCT.md §3 as pure functions (see measure.h):
 * key result progress for the metric, boolean and milestones kinds, the
 * weighted mean that makes objective progress, confidence lights, expected
 * pace and risk, staleness, and the completion and drop-out rates of a
 * programme. No storage, no clock, no allocation. Inputs outside what the
 * header describes (NaN, weights below zero, counts below zero) are treated
 * as the nearest sensible value rather than passed through.
 */
#include "core/measure.h"

#include <math.h>

static double clamp01(double v)
{
	if (isnan(v) || v <= 0)
		return 0; /* also turns -0.0 (a falling metric at its baseline) into 0 */
	if (v > 1)
		return 1;
	return v;
}

double measure_metric(double baseline, double target, double current)
{
	if (baseline == target)
		return current == target ? 1 : 0;
	return clamp01((current - baseline) / (target - baseline));
}

double measure_boolean(double current)
{
	/* NaN is not a value at all, so not "done" either. */
	return current != 0 && !isnan(current) ? 1 : 0;
}

double measure_milestones(const double *weights, size_t n, size_t done)
{
	double total = 0, achieved = 0;

	if (done > n)
		done = n;
	for (size_t i = 0; i < n; i++) {
		double w = weights[i] > 0 ? weights[i] : 0;

		total += w;
		if (i < done)
			achieved += w;
	}
	if (!(total > 0))
		return 0;
	return clamp01(achieved / total);
}

double measure_weighted_mean(const struct weighted *xs, size_t n)
{
	double sum = 0, weights = 0;

	for (size_t i = 0; i < n; i++) {
		if (!(xs[i].weight > 0))
			continue; /* no weight, no say */
		sum += xs[i].value * xs[i].weight;
		weights += xs[i].weight;
	}
	if (!(weights > 0))
		return 0;
	return sum / weights;
}

enum grip_light measure_light(int confidence)
{
	if (confidence < 0)
		return GRIP_LIGHT_NONE;
	if (confidence <= 3)
		return GRIP_LIGHT_RED;
	if (confidence <= 6)
		return GRIP_LIGHT_YELLOW;
	return GRIP_LIGHT_GREEN; /* 7..10; validation keeps it at most 10 */
}

const char *measure_light_name(enum grip_light light)
{
	switch (light) {
	case GRIP_LIGHT_RED:
		return "red";
	case GRIP_LIGHT_YELLOW:
		return "yellow";
	case GRIP_LIGHT_GREEN:
		return "green";
	case GRIP_LIGHT_NONE:
		break;
	}
	return NULL;
}

double measure_expected(int32_t start, int32_t end, int32_t today)
{
	/* A one-day cycle (or a reversed one) has no span to share out. */
	if (end <= start)
		return today < start ? 0 : 1;
	return clamp01(((double)today - start) / ((double)end - start));
}

int32_t measure_pace_start(int32_t cycle_start, int32_t created, int32_t approved)
{
	int32_t agreed = approved >= 0 ? approved : created;
	return agreed > cycle_start ? agreed : cycle_start;
}

/* Gaps this close to the threshold are on it: 0.6 - 0.35 is not quite 0.25
 * in binary, and a figure exactly on the line is not "more than" behind. */
#define GAP_EPSILON 1e-9

bool measure_behind_pace(double progress, double expected)
{
	return expected - progress > GRIP_AT_RISK_GAP + GAP_EPSILON;
}

bool measure_at_risk(double progress, double expected, enum grip_light light)
{
	return light == GRIP_LIGHT_RED || measure_behind_pace(progress, expected);
}

bool measure_stale(int32_t since, int32_t today, int cadence_days)
{
	if (cadence_days <= 0)
		cadence_days = GRIP_CADENCE_DAYS;
	/* A check-in exactly cadence_days ago is still within the cadence. */
	return (int64_t)today - since > cadence_days;
}

static double count(int n)
{
	return n > 0 ? n : 0;
}

double measure_completion(struct commit_tally t)
{
	double all = count(t.done) + count(t.partial) + count(t.missed) + count(t.open);

	if (all == 0)
		return -1;
	return (count(t.done) + count(t.partial) / 2) / all;
}

double measure_dropout(int enrolled, int left)
{
	if (enrolled <= 0)
		return -1;
	return count(left) / enrolled;
}
