/*
 * view_due.c — My week's "Due now": everything due from the person now
 * (grip_due decides what, by the organisation's clock), each with a link
 * to the page that acts on it. The list and its order are the core's;
 * this file only words each kind. Also the words of a check-in cadence,
 * and its select on the objective forms.
 */
#include "web/web.h"

#include <string.h>

#include "util/date.h"

/* What a kind asks, in a few words. */
static const char *due_words(const char *kind)
{
	static const struct {
		const char *kind, *words;
	} words[] = {
		{ "checkin.due", "Check in on" },
		{ "commitment.write", "Write this week's commitment in" },
		{ "commitment.close", "Close last week's commitment" },
		{ "review.due", "Review mid-cycle" },
		{ "score.due", "Score" },
		{ "group.review", "Hold the half-way review of" },
		{ "member.drifting", "Talk with a member who is drifting:" },
		{ "approval.waiting", "Approve or return" },
		{ "objective.returned", "Rework and propose again" },
	};
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
		if (strcmp(words[i].kind, kind) == 0)
			return words[i].words;
	return kind;
}

void week_due_now(struct web_request *r)
{
	struct html *h = &r->body;
	struct grip_due **ds;
	size_t n;
	struct grip_error saved = r->g->err;
	if (grip_due(r->g, &ds, &n) < 0) { /* the rest of the page still shows */
		r->g->err = saved;
		return;
	}
	html_raw(h, "<section class=\"card\" aria-labelledby=\"due-now\"><h2 id=\"due-now\">Due now</h2>");
	if (!n) {
		html_raw(h, "<p class=\"muted\">Nothing is due from you now.</p></section>");
		return;
	}
	html_raw(h, "<ul class=\"plain due-now\">");
	for (size_t i = 0; i < n; i++) {
		const struct grip_due *d = ds[i];
		char since[DATE_LEN];
		date_format(d->since, since);
		html_f(h, "<li data-kind=\"%s\">%s <a", d->kind, due_words(d->kind));
		html_href(h, d->link);
		html_f(h, ">%s</a> <span class=\"muted\">since %s</span></li>", d->title, since);
	}
	html_raw(h, "</ul></section>");
}

const char *web_cadence_label(enum grip_cadence c)
{
	switch (c) {
	case GRIP_CADENCE_FORTNIGHTLY:
		return "every two weeks";
	case GRIP_CADENCE_MONTHLY:
		return "every month";
	case GRIP_CADENCE_WEEKLY:
		break;
	}
	return "every week";
}

void web_cadence_select(struct web_request *r, const char *value)
{
	const char *const *names = grip_cadences();
	size_t n = 0;
	while (names[n])
		n++;
	const char **items = arena_calloc(r->g->arena, 2 * n, sizeof *items);
	if (!items)
		return;
	for (size_t i = 0; i < n; i++) {
		enum grip_cadence c = GRIP_CADENCE_WEEKLY;
		grip_cadence_parse(names[i], &c);
		items[2 * i] = names[i];
		items[2 * i + 1] = web_cadence_label(c);
	}
	form_select(r, "cadence", "Check-ins", value ? value : "weekly", items, n);
}
