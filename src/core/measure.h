/*
 * measure.h — the math of grip (PRODUCT.md §3) as pure functions: key result
 * progress for each kind, weighted objective progress, confidence lights,
 * pace and risk, staleness, completion and drop-out rates. No storage, no
 * clock: callers pass every value, dates as day numbers (util/date.h).
 */
#ifndef GRIP_CORE_MEASURE_H
#define GRIP_CORE_MEASURE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum grip_light { GRIP_LIGHT_NONE, GRIP_LIGHT_RED, GRIP_LIGHT_YELLOW, GRIP_LIGHT_GREEN };

#define GRIP_AT_RISK_GAP 0.25   /* behind pace by more than this is at risk */
#define GRIP_CADENCE_DAYS 7     /* default check-in cadence */

/* clamp((current - baseline) / (target - baseline), 0, 1); either direction.
 * baseline == target is refused by validation before it reaches here; it
 * answers 1 when current has reached target and 0 otherwise. */
double measure_metric(double baseline, double target, double current);
/* 1 when current is non-zero, else 0. */
double measure_boolean(double current);
/* Milestones are done in order: the first `done` of n are done. Progress is
 * their weight over the total weight; 0 when the total is 0. */
double measure_milestones(const double *weights, size_t n, size_t done);

struct weighted {
	double value;
	double weight;
};
/* Sum(value * weight) / Sum(weight); 0 when there is nothing or no weight. */
double measure_weighted_mean(const struct weighted *xs, size_t n);

/* 7-10 green, 4-6 yellow, 0-3 red; a negative confidence (no check-in) is none. */
enum grip_light measure_light(int confidence);
const char *measure_light_name(enum grip_light light); /* "green", ..., NULL for none */

/* Share of the cycle elapsed on `today`: clamp((today - start) / (end - start), 0, 1).
 * A one-day cycle is 0 before its day and 1 from it. */
double measure_expected(int32_t start, int32_t end, int32_t today);
/* The day an objective's pace starts: the later of the cycle's start and
 * the day it was approved (or made active), or, never approved
 * (approved < 0), the day it was created. Nobody is behind pace for the
 * weeks before an objective existed or was agreed. */
int32_t measure_pace_start(int32_t cycle_start, int32_t created, int32_t approved);
/* More than GRIP_AT_RISK_GAP behind pace, or red. */
bool measure_at_risk(double progress, double expected, enum grip_light light);
/* More than GRIP_AT_RISK_GAP behind pace (the pace flag, "behind pace"). */
bool measure_behind_pace(double progress, double expected);
/* No check-in within cadence_days: `since` is the day of the last check-in,
 * or the day tracking began when there has been none. */
bool measure_stale(int32_t since, int32_t today, int cadence_days);

struct commit_tally {
	int done;
	int partial;
	int missed;
	int open; /* still open in a closed week: counts as missed */
};
/* (done + partial / 2) / all of closed weeks; negative when there are none. */
double measure_completion(struct commit_tally t);
/* left / enrolled; negative when nobody enrolled. */
double measure_dropout(int enrolled, int left);

#endif
