/*
 * reader_parts.h — what the two halves of the reader share: the word
 * classes and features it knows by name, the cue files, and the loaded
 * reader of a locale. reader.c reads a text into features; reader_model.c
 * loads a locale's reader and decides with the model's weights. Nothing
 * outside the reader includes this.
 */
#ifndef GRIP_CORE_READER_PARTS_H
#define GRIP_CORE_READER_PARTS_H

#include <stdint.h>

#include "core/lexicon.h"
#include "core/reader.h"
#include "core/reader_words.h"

/* The word classes the reader asks by name; words.txt defines them. */
enum cls {
	C_SELF, C_OTHER, C_DET, C_MODAL, C_ADVERB, C_ACT, C_DELIVER, C_DIRECT, C_RESULT, C_STATE,
	C_KEEP, C_PARTICIPLE, C_MIND, C_BODY, C_COMMERCE, C_GRADE, C_PREP, C_NEG, C_COMPAR, C_EVAL,
	C_ARTIFACT, C_METRIC, C_EVENT, C_NUMBER, C_REACT, C_ABLE, C_VERBFORM,
	C_QUALITY, C_COMPAR_FORM, C_ABSTRACT, C_DONE_FORM, C_PARTICLE, C_VERB, C_COUNT
};
/* Their names in words.txt, in the order of enum cls. */
extern const char *const coach_class_names[C_COUNT];

enum feature {
	F_BIAS, F_VERB_NONE, F_VERB_FIRST, F_VERB_ACT, F_VERB_DELIVER, F_VERB_DIRECT, F_VERB_RESULT,
	F_VERB_STATE, F_VERB_KEEP, F_SELF, F_OTHER, F_PARTICIPLE, F_MIND, F_BODY, F_COMMERCE, F_GRADE,
	F_NUMBER, F_MEASURE, F_RESULT_CUE, F_COMPAR, F_EVAL, F_SCHEDULE, F_CHANGE_RATE, F_DEADLINE,
	F_PURPOSE, F_NEGATION, F_ARTIFACT, F_METRIC, F_OBJECT, F_SHORT, F_DELIVER_MEASURED,
	F_DIRECT_MEASURED, F_RESULT_NUMBER, F_SCHEDULE_CHANGED, F_STATE_MIND, F_AIM_UNMEASURED,
	F_DELIVER_PLAIN, F_NUMBER_FIRST, F_ACT_PLAIN, F_VERB_NOUN, F_VERB_REACT, F_OTHER_REACTS,
	F_VERB_GUESS, F_ABLE, F_ACT_SCHEDULED, F_ROUTINE, F_ACT_ROUTINE, F_DELIVERED,
	F_SCHEDULE_MEASURED, F_SCHEDULE_OTHER, F_SCHEDULE_STATE, F_PHRASAL, F_HAND
};

/* After the reader's own features: three for each word class (its word
 * first, as the main verb, anywhere in the main clause), then each verb kind
 * paired with N_PAIR_WITH others. */
#define F_PAIRS (F_HAND + 3 * C_COUNT)
#define N_PAIR_WITH 10
#define N_FEATURES (F_PAIRS + 8 * N_PAIR_WITH)

/* The cue lexicons, each a feature. */
enum cue {
	CUE_SCHEDULE, CUE_ROUTINE, CUE_CHANGE_RATE, CUE_DEADLINE, CUE_MEASURE, CUE_RESULT, CUE_PURPOSE,
	CUE_COUNT
};
/* Their file names, in the order of enum cue. */
extern const char *const coach_cue_files[CUE_COUNT];

/* The last text read and how it was read: the coach asks two hints of
 * one key result in a row. */
struct coach_last {
	char *text; /* a copy; NULL when nothing is kept */
	struct coach_reading r;
};

/* The weights of one word feature ("verb=call"), for each model hint. */
struct coach_word_weight {
	const char *name;
	double w[COACH_MODEL_HINTS];
};

struct coach_reader {
	struct coach_last *last;
	struct coach_classes *classes;
	uint64_t bit[C_COUNT]; /* the mask of each class (0 when the locale lacks it) */
	struct lexicon *cue[CUE_COUNT];
	struct lexicon *bau;
	bool verb_last; /* a bare instruction ends with its verb (German) */
	double w[COACH_MODEL_HINTS][N_FEATURES];
	struct coach_word_weight *words; /* sorted by name */
	size_t n_words;
};

/* A locale's reader, loaded afresh into g's arena (reader_model.c);
 * coach_reader_load (reader_cache.c) shares one when it can. */
struct coach_reader *coach_reader_load_into(struct grip *g, const char *locale);

#endif
