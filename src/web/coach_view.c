/*
 * coach_view.c — the coach's hints where people write: beside the field a
 * hint concerns on the page a save lands on, and the check route grip.js
 * asks as a person types. The hints and who sees them are the core's
 * (grip_coach_about, grip_coach_text); this file only places and draws them.
 *
 * How a page knows what was just saved: the action's 303 names it in the
 * query, "saved" ("objective", "new" for an objective made with its key
 * results, "kr-ID", "commitment-ID"). The page asks the core for the hints
 * of that item only when it is one the page shows anyway, so the query can
 * reveal nothing, and a reload shows the same advice. Nothing is kept on
 * the server between the action and the page, and grip.js, which follows
 * the 303 and swaps in the answer, needs nothing of its own for it.
 *
 * A hint is advice, never an error: the save happened. The markup says so
 * ("coach-hints", not "field-error") and nothing of it is aria-invalid.
 */
#include "web/web.h"

#include <string.h>

#include "util/num.h"

/* Does the query's "saved" name this item? kind "kr" or "commitment" with
 * its id; "objective" and "new" without one. */
static bool saved_is(struct web_request *r, const char *kind, int64_t id)
{
	const char *v = web_query(r, "saved");
	if (!v)
		return false;
	size_t k = strlen(kind);
	if (!id)
		return strcmp(v, kind) == 0;
	int64_t n;
	return strncmp(v, kind, k) == 0 && v[k] == '-' && parse_i64(v + k + 1, &n) && n == id;
}

/* The list of hints, under a line saying whose advice it is. */
static void hints_list(struct html *h, struct grip_hint *const *hs, size_t n, bool saved)
{
	if (!n)
		return;
	html_f(h, "<div class=\"coach-hints\"><p class=\"coach-head\">%s%s</p><ul>",
	       n == 1 ? "A hint from the coach" : "Hints from the coach", saved ? " (it was saved; this is advice)" : "");
	for (size_t i = 0; i < n; i++) {
		const struct grip_hint *x = hs[i];
		html_f(h, "<li><span class=\"coach-code\">%s</span> %s", x->code, x->message);
		if (x->words && *x->words && (!x->message || !strstr(x->message, x->words)))
			html_f(h, " <span class=\"coach-words\">(“%s”)</span>", x->words);
		if (x->suggestion && *x->suggestion)
			html_f(h, "<span class=\"coach-suggestion\">%s</span>", x->suggestion);
		html_raw(h, "</li>");
	}
	html_raw(h, "</ul></div>");
}

/* The hints of one item; none when the core cannot say (a hint never
 * keeps a page from showing). */
static void about(struct web_request *r, const char *entity, int64_t id, struct coach_saved *out)
{
	*out = (struct coach_saved){ 0 };
	if (grip_coach_about(r->g, entity, id, &out->hints, &out->n) < 0) {
		r->g->err = (struct grip_error){ 0 };
		*out = (struct coach_saved){ 0 };
	}
}

void coach_saved_objective(struct web_request *r, const struct grip_objective *o, struct coach_saved *out)
{
	*out = (struct coach_saved){ 0 };
	if (saved_is(r, "objective", 0) || saved_is(r, "new", 0))
		about(r, "objective", o->id, out);
}

/* The field of an objective a hint goes beside: its why when the words
 * that made it fire are there and not in the title; else its title. */
static const char *field_of(const struct grip_hint *x, const struct grip_objective *o)
{
	if (x->words && *x->words && o->why && strstr(o->why, x->words) && !strstr(o->title, x->words))
		return "why";
	return "title";
}

void coach_objective_hints(struct web_request *r, const struct coach_saved *s, const struct grip_objective *o,
			   const char *field)
{
	if (!s->n)
		return;
	struct grip_hint **here = arena_calloc(r->g->arena, s->n, sizeof *here);
	if (!here) {
		r->body.sb.failed = true;
		return;
	}
	size_t n = 0;
	for (size_t i = 0; i < s->n; i++)
		if (strcmp(field_of(s->hints[i], o), field) == 0)
			here[n++] = s->hints[i];
	hints_list(&r->body, here, n, true);
}

void coach_kr_hints(struct web_request *r, const struct grip_kr *kr)
{
	struct coach_saved s;
	if (!saved_is(r, "new", 0) && !saved_is(r, "kr", kr->id))
		return;
	about(r, "key_result", kr->id, &s);
	hints_list(&r->body, s.hints, s.n, true);
}

void coach_commitment_hints(struct web_request *r, const struct grip_commitment *c)
{
	struct coach_saved s;
	if (!saved_is(r, "commitment", c->id))
		return;
	about(r, "commitment", c->id, &s);
	hints_list(&r->body, s.hints, s.n, true);
}

/* ---- the check route ---- */

int page_coach_check(struct web_request *r)
{
	const char *kind = web_field(r, "kind"), *text = web_field(r, "text"), *kr_kind = web_field(r, "kr_kind");
	struct grip_hint **hs = NULL;
	size_t n = 0;
	if (kr_kind && !*kr_kind)
		kr_kind = NULL;
	bool blank = !text || !text[strspn(text, " \t\r\n")];
	if (!blank && grip_coach_text(r->g, kind, text, kr_kind, &hs, &n) < 0)
		return -1;
	hints_list(&r->body, hs, n, false);
	if (html_failed(&r->body))
		return grip_fail(r->g, GRIP_ENOMEM, NULL, "out of memory");
	r->raw_len = r->body.sb.len;
	r->raw = r->raw_len ? arena_strndup(r->g->arena, r->body.sb.buf, r->raw_len) : "";
	r->raw_type = "text/html; charset=utf-8";
	html_release(&r->body);
	return r->raw ? 0 : grip_fail(r->g, GRIP_ENOMEM, NULL, "out of memory");
}
