/*
 * kr_view.h — key results as the objective, new-objective and check-in
 * pages show and read them: a value in words, the baseline → current →
 * target range, a stored date, and a number typed into a form.
 */
#ifndef GRIP_WEB_KR_VIEW_H
#define GRIP_WEB_KR_VIEW_H

#include "web/web.h"

/* "done" / "not done" for a boolean, "2 of 4 done" for milestones, else
 * the number and its unit label. */
void kr_view_value(struct html *h, const struct grip_kr *kr, double v);
/* <span class="range">baseline → <strong>current</strong> → target unit</span> */
void kr_view_range(struct html *h, const struct grip_kr *kr);
/* A milestones key result's list, each done or to do, with its weight when not
 * 1; nothing for others. */
void kr_view_milestones(struct html *h, const struct grip_kr *kr);
/* The day of a stored time ("2026-11-23T09:00:00Z" as 2026-11-23). */
void kr_view_day(struct html *h, const char *at);
/* A posted number: required, read strictly; the error names field. */
int kr_form_number(struct web_request *r, const char *field, double *out);
/* A posted number that may be left empty: *given says whether it was. */
int kr_form_number_given(struct web_request *r, const char *field, double *out, bool *given);
/* A posted text, NULL when missing or empty. */
const char *kr_form_text(struct web_request *r, const char *field);

#endif
