/*
 * page_reflection.c — an objective's reflection on its page: what worked,
 * what did not, what to carry forward, shown to whoever sees the objective,
 * and the form that writes it (POST /objectives/{id}/reflection) for those
 * grip_may_reflect lets, while its cycle is active or scoring. A refused
 * form shows again on the objective's page, with what was typed.
 */
#include "web/web.h"

#include <stdio.h>

#include "web/objective_edit.h"

static void reflection_text(struct html *h, const char *label, const char *text)
{
	html_f(h, "<dt>%s</dt>", label);
	if (text && *text)
		html_f(h, "<dd class=\"prose\">%s</dd>", text);
	else
		html_raw(h, "<dd class=\"muted\">Not written.</dd>");
}

int reflection_block(struct web_request *r, const struct grip_objective *o)
{
	struct html *h = &r->body;
	struct grip_reflection *rf = grip_reflection_get(r->g, o->id);
	if (!rf)
		return -1;
	bool may = grip_may_reflect(r->g, o, NULL);
	if (!rf->updated_at && !may)
		return 0; /* nothing to read, nothing to write: no section */
	html_raw(h, "<section aria-labelledby=\"reflection\"><h2 id=\"reflection\">Reflection</h2>");
	if (rf->updated_at) {
		html_raw(h, "<dl class=\"facts reflection\">");
		reflection_text(h, "What worked", rf->worked);
		reflection_text(h, "What did not", rf->did_not);
		reflection_text(h, "What to carry forward", rf->carry_forward);
		html_raw(h, "</dl>");
		struct grip_person *by = rf->author_id ? grip_person_get(r->g, rf->author_id) : NULL;
		r->g->err = (struct grip_error){ 0 };
		char day[11];
		snprintf(day, sizeof day, "%s", rf->updated_at);
		html_f(h, "<p class=\"muted\">Last written by %s on %s.</p>", by ? by->name : "someone", day);
	} else {
		html_raw(h, "<p class=\"muted\">No reflection yet: at the end of the cycle, say what worked, what did "
			    "not and what to carry forward.</p>");
	}
	const char *action = edit_path(r, "/objectives/%lld/reflection", (long long)o->id);
	if (may && action) {
		form_open(r, action, "form");
		form_back(r, edit_path(r, "/objectives/%lld", (long long)o->id));
		form_textarea(r, "worked", "What worked", rf->worked ? rf->worked : "", NULL);
		form_textarea(r, "did_not", "What did not", rf->did_not ? rf->did_not : "", NULL);
		form_textarea(r, "carry_forward", "What to carry forward", rf->carry_forward ? rf->carry_forward : "",
			      "into the next cycle: a goal, a key result, a way of working");
		form_submit(r, rf->updated_at ? "Save the reflection" : "Write the reflection", "");
		form_close(r);
	}
	html_raw(h, "</section>");
	return 0;
}

int act_reflection(struct web_request *r)
{
	int64_t id;
	if (web_param_id(r, 0, &id) < 0)
		return -1;
	/* The form sends all three: an emptied field clears it. */
	struct grip_reflection_edit e = { web_field(r, "worked"), web_field(r, "did_not"),
					  web_field(r, "carry_forward") };
	if (!e.worked && !e.did_not && !e.carry_forward)
		return grip_fail(r->g, GRIP_EINVAL, "worked", "say what worked, what did not or what to carry forward");
	if (!grip_reflection_set(r->g, id, &e))
		return -1;
	return web_redirect(r, "/objectives/%lld#reflection", (long long)id);
}
