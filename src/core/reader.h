/*
 * reader.h — how the coach reads a sentence (reader.c): the text rules of
 * PRODUCT.md §4 decide, for one text, whether a hint fires and which words
 * made it fire. The rules in coach_group.c and coach_okr.c, and the hints
 * given as people write, ask here and nowhere else; docs/coach.md, "How the
 * coach reads a sentence", says how it decides.
 *
 * A text is cut into words tagged with the locale's word classes
 * (reader_words.h); the reader finds its main clause, main verb and who
 * acts, and the cues of the locale's pattern files (schedule, measure,
 * deadline, purpose...). These make a handful of yes/no features, named
 * below and the same in every language, and features of the words
 * themselves (struct coach_word_feature); each of the four text hints
 * weighs them with the weights of lexicon/<locale>/model.txt (a logistic
 * model trained by tools/coach_model.c) and fires when the sum is above 0.
 * objective.bau still reads its phrase lexicon (bau.txt).
 */
#ifndef GRIP_CORE_READER_H
#define GRIP_CORE_READER_H

#include "core/grip.h"

/* What a locale's text rules need, loaded once into the arena. */
struct coach_reader;

/* The reader of a locale (as lexicon_locale gives it); NULL with g->err.
 * With g->readers it is the process's shared one (loaded once, by the
 * first request that asks), else loaded into g's arena. */
struct coach_reader *coach_reader_load(struct grip *g, const char *locale);

/* The readers of a long-lived process, shared by its requests through
 * g->readers (reader_cache.c); thread-safe. NULL when out of memory. */
struct coach_readers *coach_readers_new(void);
void coach_readers_free(struct coach_readers *c);
/* The words of text that make text rule `code` fire, as written in the
 * text (in the arena), or NULL when it does not fire (NULL with g->err set
 * on failure, g->err untouched otherwise). code: "commitment.outcome",
 * "member.outcome.habit", "kr.vague", "kr.output", "objective.bau"; an
 * unknown code fails with GRIP_EINVAL. A NULL text fires nothing. */
const char *coach_reader_fires(struct grip *g, const struct coach_reader *rd, const char *code,
			       const char *text);
/* Both in one call, for a single text. */
const char *coach_text_rule(struct grip *g, const char *locale, const char *code, const char *text);

/* ---- what the model sees, for tools/coach_model.c and the tests ---- */

/* The features, by index; "bias" (0) is always on. */
#define COACH_FEATURES 231
const char *coach_reader_feature(size_t i);
/* The model's hints, by index: commitment.outcome, member.outcome.habit,
 * kr.vague, kr.output. */
#define COACH_MODEL_HINTS 4
const char *coach_reader_hint(size_t i);

struct coach_word;

/* A feature of the words themselves, named by the words' lemmas
 * (reader_words.h): "verb=call" (the main verb), "first=call" (the first
 * word), "word=client" (each word of the main clause, once), and
 * "pair=call+client" (two neighbours in the main clause); numbers read
 * as "#". */
struct coach_word_feature {
	const char *name; /* in the arena */
	size_t at, len;	  /* the words behind it */
};

/* One text as the reader sees it: its words (in the arena), which
 * features are on, and the words [at, at + len) behind each; then its
 * word features, in the order of the text. */
struct coach_reading {
	const struct coach_word *words;
	size_t n_words;
	bool on[COACH_FEATURES];
	size_t at[COACH_FEATURES], len[COACH_FEATURES];
	const struct coach_word_feature *wf;
	size_t n_wf;
};
/* Reads text into *out; 0, or -1 with g->err. */
int coach_reader_read(struct grip *g, const struct coach_reader *rd, const char *text,
		      struct coach_reading *out);
/* The weight of feature f for model hint h. */
double coach_reader_weight(const struct coach_reader *rd, size_t h, size_t f);
/* The weight of word feature name for model hint h; 0 when the model has
 * none. */
double coach_reader_word_weight(const struct coach_reader *rd, size_t h, const char *name);

#endif
