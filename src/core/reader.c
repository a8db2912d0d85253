/*
 * reader.c — how the coach reads a sentence (see reader.h): each text rule
 * asks one lexicon of the locale (lexicon.c) for the first stretch of the
 * text it matches.
 */
#include "core/reader.h"

#include <string.h>

#include "core/internal.h"
#include "core/lexicon.h"

/* Each text rule and the lexicon it reads. */
static const struct {
	const char *code, *lexicon;
} text_rules[] = {
	{ "member.outcome.habit", "habit" },
	{ "commitment.outcome", "outcome_words" },
	{ "kr.vague", "vague" },
	{ "kr.output", "output" },
	{ "objective.bau", "bau" },
};
#define N_RULES (sizeof text_rules / sizeof text_rules[0])

struct coach_reader {
	struct lexicon *lx[N_RULES];
};

struct coach_reader *coach_reader_load(struct grip *g, const char *locale)
{
	struct coach_reader *rd = grip_alloc(g, sizeof *rd);
	if (!rd)
		return NULL;
	for (size_t i = 0; i < N_RULES; i++)
		if (!(rd->lx[i] = lexicon_load(g, locale, text_rules[i].lexicon)))
			return NULL;
	return rd;
}

const char *coach_reader_fires(struct grip *g, const struct coach_reader *rd, const char *code,
			       const char *text)
{
	for (size_t i = 0; i < N_RULES; i++)
		if (strcmp(text_rules[i].code, code) == 0)
			return text ? lexicon_find(g, rd->lx[i], text) : NULL;
	grip_fail(g, GRIP_EINVAL, "code", "no text rule is called \"%s\"", code);
	return NULL;
}

const char *coach_text_rule(struct grip *g, const char *locale, const char *code, const char *text)
{
	struct coach_reader *rd = coach_reader_load(g, locale);
	return rd ? coach_reader_fires(g, rd, code, text) : NULL;
}
