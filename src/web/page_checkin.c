/*
 * page_checkin.c — the GRIP check-in on one objective as a plain form:
 * Goal confidence (0 to 10), Results (a new value and a note per key
 * result, prefilled with where each stands; milestones ticked by name),
 * Issues, and the Plan forward.
 * A key result left empty is not recorded this time. Someone who may not
 * check in is told so instead of being shown a form that would fail.
 */
#include "web/web.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "util/num.h"
#include "web/kr_view.h"

static void confidence(struct web_request *r, const struct grip_objective *o)
{
	struct html *h = &r->body;
	int id = ++r->ids;
	bool err = r->refill && strcmp(r->failed->field, "confidence") == 0;
	char last[12] = "";
	if (o->confidence >= 0)
		snprintf(last, sizeof last, "%d", o->confidence);
	const char *v = web_value(r, "confidence", last);
	html_f(h, "<fieldset aria-describedby=\"h%d%s", id, err ? " " : "");
	if (err)
		html_f(h, "e%d", id);
	html_f(h, "\"><legend>Confidence</legend><p class=\"hint\" id=\"h%d\">How sure are you that it will be "
		  "achieved, from 0 (not at all) to 10 (certain)? 7 to 10 reads as on track, 4 to 6 as at risk, "
		  "0 to 3 as off track.</p><div class=\"confidence\">",
	       id);
	form_control(r, "confidence", "Confidence", id);
	for (int i = GRIP_CONFIDENCE_MIN; i <= GRIP_CONFIDENCE_MAX; i++) {
		char value[12];
		snprintf(value, sizeof value, "%d", i);
		if (i == GRIP_CONFIDENCE_MIN) /* the summary's link lands on the first choice */
			html_f(h, "<label><input type=\"radio\" id=\"f%d\"", id);
		else
			html_raw(h, "<label><input type=\"radio\"");
		html_f(h, " name=\"confidence\" value=\"%d\"%s required>%d</label>", i,
		       v && strcmp(v, value) == 0 ? " checked" : "", i);
	}
	html_raw(h, "</div>");
	if (err)
		html_f(h, "<p class=\"field-error\" id=\"e%d\">%s</p>", id, r->failed->message);
	html_raw(h, "</fieldset>");
}

/* What the value field takes, in words, for the key result's kind. */
static const char *value_hint(struct web_request *r, const struct grip_kr *kr)
{
	if (kr->kind == GRIP_KR_BOOLEAN)
		return "done or not done (yes or no, 1 or 0 work too)";
	if (kr->unit_label && *kr->unit_label)
		return arena_printf(r->g->arena, "in %s; leave it empty to skip it this time", kr->unit_label);
	return "leave it empty to skip it this time";
}

/* A milestones key result is ticked by name: one choice per milestone,
 * "done up to here", since those before it count as done too; the value
 * sent is how many that makes. Nothing chosen leaves it as it is. */
static void milestone_ticks(struct web_request *r, const struct grip_kr *kr, const char *field)
{
	struct html *h = &r->body;
	int id = ++r->ids;
	bool err = r->refill && strcmp(r->failed->field, field) == 0;
	char now[24] = "";
	if (kr->has_value)
		snprintf(now, sizeof now, "%.0f", kr->current);
	const char *v = web_value(r, field, now);
	html_f(h, "<fieldset class=\"ticks\" aria-describedby=\"h%d%s", id, err ? " " : "");
	if (err)
		html_f(h, "e%d", id);
	html_f(h, "\"><legend>Done so far</legend><p class=\"hint\" id=\"h%d\">Tick the last milestone done: "
		  "those before it count as done too.</p>",
	       id);
	for (size_t i = 0; i <= kr->n_milestones; i++) {
		char value[24];
		snprintf(value, sizeof value, "%zu", i);
		html_f(h, "<label><input type=\"radio\" name=\"%s\" value=\"%zu\"%s> %s", field, i,
		       v && strcmp(v, value) == 0 ? " checked" : "", i ? kr->milestones[i - 1].title : "None yet");
		if (i && kr->milestones[i - 1].weight != 1) {
			html_raw(h, " <span class=\"muted\">(weight ");
			view_number(h, kr->milestones[i - 1].weight);
			html_raw(h, ")</span>");
		}
		html_raw(h, "</label>");
	}
	if (err)
		html_f(h, "<p class=\"field-error\" id=\"e%d\">%s</p>", id, r->failed->message);
	html_raw(h, "</fieldset>");
}

static void key_result(struct web_request *r, const struct grip_kr *kr)
{
	struct html *h = &r->body;
	char value[32], field[32], note[32];
	snprintf(field, sizeof field, "kr_%lld", (long long)kr->id);
	snprintf(note, sizeof note, "note_%lld", (long long)kr->id);
	html_f(h, "<fieldset><legend>%s</legend><p class=\"hint\">", kr->title);
	if (kr->kind == GRIP_KR_METRIC) {
		char from[32], to[32];
		format_number(kr->baseline, from);
		format_number(kr->target, to);
		html_f(h, "Baseline %s → target %s", from, to);
		if (kr->unit_label && *kr->unit_label)
			html_f(h, " %s", kr->unit_label);
		html_raw(h, "; now ");
	} else {
		html_raw(h, "Now ");
	}
	kr_view_value(h, kr, kr->current);
	html_raw(h, ".</p>");
	if (kr->kind == GRIP_KR_MILESTONES) {
		milestone_ticks(r, kr, field);
		form_input(r, "text", note, "Note", NULL, NULL, false);
		html_raw(h, "</fieldset>");
		return;
	}
	bool boolean = kr->kind == GRIP_KR_BOOLEAN;
	if (boolean)
		snprintf(value, sizeof value, "%s", kr->current != 0 ? "done" : "not done");
	else
		format_number(kr->current, value);
	html_raw(h, "<div class=\"inline\">");
	form_input(r, boolean ? "text" : "number", field, "New value", value, value_hint(r, kr), false);
	form_input(r, "text", note, "Note", NULL, NULL, false);
	html_raw(h, "</div></fieldset>");
}

int page_checkin(struct web_request *r)
{
	struct html *h = &r->body;
	struct grip_cycle *c;
	struct grip_objective *o = web_param_objective(r, &c);
	if (!o)
		return -1;
	int64_t id = o->id;
	const char *action = arena_printf(r->g->arena, "/objectives/%lld/checkin", (long long)id);
	r->title = c ? arena_printf(r->g->arena, "Check in: %s", o->title) : NULL;
	if (!r->title || !action)
		return c ? grip_fail(r->g, GRIP_ENOMEM, NULL, "out of memory") : -1;
	html_f(h, "<h1>Check in: %s</h1><p><a href=\"/objectives/%lld\">Back to the objective</a></p>", o->title,
	       (long long)id);
	if (c->status == GRIP_CYCLE_CLOSED) {
		html_f(h, "<p class=\"notice\">Its cycle, %s, is closed: nothing in it changes any more.</p>", c->name);
		return 0;
	}
	const char *why;
	if (!grip_may_checkin(r->g, o, &why)) {
		/* The core's reason, as a sentence. */
		char line[sizeof r->g->err.message];
		snprintf(line, sizeof line, "%s", why ? why : "you cannot check in on this objective");
		line[0] = (char)toupper((unsigned char)line[0]);
		html_f(h, "<p class=\"notice\">%s.</p>", line);
		return 0;
	}
	form_open(r, action, "form");
	confidence(r, o);
	if (o->n_krs)
		html_raw(h, "<h2>Results</h2>");
	for (size_t i = 0; i < o->n_krs; i++)
		key_result(r, &o->krs[i]);
	html_raw(h, "<h2>Issues and plan</h2>");
	form_textarea(r, "issues", "Issues", NULL, "what is in the way, and what help you need");
	form_textarea(r, "plan", "Plan forward", NULL, "what happens next, and by whom");
	form_submit(r, "Save check-in", "primary");
	form_close(r);
	return 0;
}

/* The error of a key result's value, moved to that key result's field. */
static int value_error(struct grip *g, int64_t kr_id)
{
	snprintf(g->err.field, sizeof g->err.field, "kr_%lld", (long long)kr_id);
	return -1;
}

int act_checkin(struct web_request *r)
{
	int64_t id;
	int conf;
	if (web_param_id(r, 0, &id) < 0)
		return -1;
	struct grip_objective *o = grip_objective_get(r->g, id, NULL);
	if (!o || grip_parse_confidence(r->g, kr_form_text(r, "confidence"), &conf) < 0)
		return -1;
	struct grip_checkin_result *rs = o->n_krs ? arena_calloc(r->g->arena, o->n_krs, sizeof *rs) : NULL;
	if (o->n_krs && !rs)
		return grip_fail(r->g, GRIP_ENOMEM, NULL, "out of memory");
	size_t n = 0;
	for (size_t i = 0; i < o->n_krs; i++) {
		const struct grip_kr *kr = &o->krs[i];
		char field[32], note[32];
		snprintf(field, sizeof field, "kr_%lld", (long long)kr->id);
		snprintf(note, sizeof note, "note_%lld", (long long)kr->id);
		const char *value = kr_form_text(r, field);
		rs[n].note = kr_form_text(r, note);
		if (!value) {
			if (rs[n].note)
				return grip_fail(r->g, GRIP_EINVAL, field, "give a value to go with the note");
			continue;
		}
		if (grip_kr_parse_value(r->g, kr, value, &rs[n].value) < 0 ||
		    grip_kr_check_value(r->g, kr, rs[n].value) < 0)
			return value_error(r->g, kr->id);
		rs[n++].key_result_id = kr->id;
	}
	if (!grip_checkin_add(r->g, id, conf, rs, n, kr_form_text(r, "issues"), kr_form_text(r, "plan"), NULL))
		return -1;
	return web_redirect(r, "/objectives/%lld", (long long)id);
}
