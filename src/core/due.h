/*
 * due.h — the parts of what is due (due.c, due_group.c, due_work.c): a
 * list being built, and each part's appender. Private to the core.
 */
#ifndef GRIP_CORE_DUE_H
#define GRIP_CORE_DUE_H

#include "core/internal.h"

/* The list grip_due builds, into g's arena. */
struct due_list {
	struct grip_due **items;
	size_t n, cap;
	int32_t today;
	struct grip_week week;      /* the org's week of today */
	struct grip_week last_week; /* the one before */
};

/* Appends one item (kind a literal; the texts copied into the arena). */
int due_push(struct grip *g, struct due_list *l, const char *kind, int64_t id, const char *title,
	     const char *link, const char *period, int32_t since);
/* "/objectives/12" + tail ("" or "/checkin"), into the arena. */
const char *due_objective_link(struct grip *g, int64_t id, const char *tail);

/* due_group.c: commitment.write, commitment.close, group.review, member.drifting. */
int due_commitments(struct grip *g, struct due_list *l);
int due_groups(struct grip *g, struct due_list *l);
/* due_work.c: score.due, approval.waiting, objective.returned. */
int due_scores(struct grip *g, struct due_list *l);
int due_approvals(struct grip *g, struct due_list *l);

#endif
