/*
 * summary.c — the line of totals over a set of objectives that `grip
 * report` prints per cycle and a unit's page shows above its objectives:
 * how many, how many at risk, how many stale, and their mean progress. The
 * figures of each objective are computed first (figures.c); this only adds
 * them up, so every face counts the same way.
 */
#include "core/internal.h"

struct grip_summary grip_objectives_summary(struct grip_objective *const *os, size_t n)
{
	struct grip_summary s = { .n = n };
	double sum = 0;
	for (size_t i = 0; i < n; i++) {
		s.at_risk += os[i]->at_risk;
		s.stale += os[i]->stale;
		sum += os[i]->progress;
	}
	s.mean_progress = n ? sum / (double)n : 0;
	return s;
}
