/*
 * reader.h — how the coach reads a sentence (reader.c): the text rules of
 * PRODUCT.md §4 decide, for one text, whether a hint fires and which words
 * made it fire. The rules in coach_group.c and coach_okr.c, and the hints
 * given as people write, ask here and nowhere else; docs/coach.md, "How the
 * coach reads a sentence", says how it decides.
 */
#ifndef GRIP_CORE_READER_H
#define GRIP_CORE_READER_H

#include "core/grip.h"

/* What a locale's text rules need, loaded once into the arena. */
struct coach_reader;

/* The reader of a locale (as lexicon_locale gives it); NULL with g->err. */
struct coach_reader *coach_reader_load(struct grip *g, const char *locale);
/* The words of text that make text rule `code` fire, as written in the
 * text (in the arena), or NULL when it does not fire (NULL with g->err set
 * on failure, g->err untouched otherwise). code: "commitment.outcome",
 * "member.outcome.habit", "kr.vague", "kr.output", "objective.bau"; an
 * unknown code fails with GRIP_EINVAL. A NULL text fires nothing. */
const char *coach_reader_fires(struct grip *g, const struct coach_reader *rd, const char *code,
			       const char *text);
/* Both in one call, for a single text. */
const char *coach_text_rule(struct grip *g, const char *locale, const char *code, const char *text);

#endif
