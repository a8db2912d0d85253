/*
 * kr_view.c — key results on pages (see kr_view.h): how a value, a range
 * and a date read, and how a number typed into a form is taken.
 */
#include "web/kr_view.h"

#include <stdio.h>
#include <string.h>

#include "util/num.h"

void kr_view_value(struct html *h, const struct grip_kr *kr, double v)
{
	if (kr->kind == GRIP_KR_BOOLEAN) {
		html_text(h, v != 0 ? "done" : "not done");
		return;
	}
	char num[32];
	format_number(v, num);
	html_text(h, num);
	if (kr->kind == GRIP_KR_MILESTONES)
		html_f(h, " of %zu done", kr->n_milestones);
	else if (kr->unit_label && *kr->unit_label)
		html_f(h, " %s", kr->unit_label);
}

void kr_view_range(struct html *h, const struct grip_kr *kr)
{
	char from[32], now[32], to[32];
	html_raw(h, "<span class=\"range\">");
	if (kr->kind != GRIP_KR_METRIC) {
		html_raw(h, "<strong>");
		kr_view_value(h, kr, kr->current);
		html_raw(h, "</strong></span>");
		return;
	}
	format_number(kr->baseline, from);
	format_number(kr->current, now);
	format_number(kr->target, to);
	html_f(h, "%s → <strong>%s</strong> → %s", from, now, to);
	if (kr->unit_label && *kr->unit_label)
		html_f(h, " %s", kr->unit_label);
	html_raw(h, "</span>");
}

void kr_view_milestones(struct html *h, const struct grip_kr *kr)
{
	if (!kr->n_milestones)
		return;
	html_raw(h, "<ol class=\"milestones\">");
	for (size_t i = 0; i < kr->n_milestones; i++) {
		html_f(h, "<li>%s <span class=\"muted\">(", kr->milestones[i].title);
		if (kr->milestones[i].weight != 1) {
			html_raw(h, "weight ");
			view_number(h, kr->milestones[i].weight);
			html_raw(h, ", ");
		}
		html_f(h, "%s)</span></li>", kr->milestones[i].done ? "done" : "to do");
	}
	html_raw(h, "</ol>");
}

void kr_view_day(struct html *h, const char *at)
{
	char day[11];
	snprintf(day, sizeof day, "%s", at ? at : "");
	html_text(h, day);
}

int kr_form_number(struct web_request *r, const char *field, double *out)
{
	const char *v = web_field(r, field);
	if (!v || !*v)
		return grip_fail(r->g, GRIP_EINVAL, field, "is required: a number");
	if (!parse_double(v, out))
		return grip_fail(r->g, GRIP_EINVAL, field, "is not a number: %s", v);
	return 0;
}

int kr_form_number_given(struct web_request *r, const char *field, double *out, bool *given)
{
	*given = kr_form_text(r, field) != NULL;
	return *given ? kr_form_number(r, field, out) : 0;
}

const char *kr_form_text(struct web_request *r, const char *field)
{
	const char *v = web_field(r, field);
	return v && *v ? v : NULL;
}
