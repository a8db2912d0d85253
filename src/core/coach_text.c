/*
 * coach_text.c — the coach's text rules on text not saved yet
 * (grip_coach_text), for a form that checks as someone types: the rules of
 * the kind of text asked, through the reader (reader.c) as grip_coach asks
 * them, in the words of the org's locale (hints.txt), naming no id.
 * Nothing is read of the organisation but its locale, and nothing changes.
 */
#include "core/coach.h"
#include "core/lexicon.h"

#include <string.h>

/* The text rules of each kind of text, and how a hint names the thing. */
static const struct {
	const char *kind, *entity;
	const char *codes[2];
} text_kinds[] = {
	{ "objective", "objective", { "objective.bau" } },
	{ "member_outcome", "objective", { "member.outcome.habit" } },
	{ "key_result", "key_result", { "kr.vague", "kr.output" } },
	{ "commitment", "commitment", { "commitment.outcome" } },
};

int grip_coach_text(struct grip *g, const char *kind, const char *text, const char *kr_kind,
		    struct grip_hint ***out, size_t *n)
{
	*out = NULL;
	*n = 0;
	if (!g->actor)
		return grip_fail(g, GRIP_EPERM, NULL, "no acting person");
	size_t k = 0;
	while (kind && k < sizeof text_kinds / sizeof text_kinds[0] && strcmp(text_kinds[k].kind, kind))
		k++;
	if (!kind || k == sizeof text_kinds / sizeof text_kinds[0])
		return grip_fail(g, GRIP_EINVAL, "kind",
				 "is one of objective, member_outcome, key_result, commitment");
	enum grip_kr_kind krk = GRIP_KR_BOOLEAN;
	if (kr_kind && strcmp(kind, "key_result") != 0)
		return grip_fail(g, GRIP_EINVAL, "kr_kind", "is for a key result's text only");
	if ((kr_kind && kr_kind_check(g, "kr_kind", kr_kind, &krk) < 0) ||
	    grip_check_text(g, "text", text, TITLE_MAX_BYTES, true) < 0)
		return -1;
	struct coach cx = { .g = g, .today = grip_today(g) };
	long failed = g->arena->failed;
	if (!(cx.locale = lexicon_locale(g)) || !(cx.reader = coach_reader_load(g, cx.locale)))
		return -1;
	for (size_t i = 0; i < 2 && text_kinds[k].codes[i]; i++) {
		const char *code = text_kinds[k].codes[i];
		/* A metric carries its numbers and its title names what is
		 * counted: the text rules are for the others (coach_okr.c). */
		if (strncmp(code, "kr.", 3) == 0 && krk == GRIP_KR_METRIC)
			continue;
		const char *words = coach_reader_fires(g, cx.reader, code, text);
		if (!words && g->err.code)
			return -1;
		if (!words)
			continue;
		const char *vars[] = { "title", coach_quote(&cx, text), "words", coach_quote(&cx, words),
				       NULL };
		cx.words = words;
		if (coach_text_hint(&cx, coach_rule_named(code), text_kinds[k].entity,
				    coach_words(&cx, code, "text", vars),
				    coach_words(&cx, code, "suggestion", NULL)) < 0)
			return -1;
	}
	return coach_hints(&cx, failed, out, n);
}
