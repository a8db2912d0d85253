/*
 * reader_words.h — the words of a text and the classes they belong to
 * (reader_words.c): how the coach cuts what people write into words, folds
 * their case, and tags each word with the word classes of the locale
 * (lexicon/<locale>/words.txt, with the light morphology of suffixes.txt).
 * lexicon.c matches its patterns over these words; reader.c reads their
 * classes. Everything lives in the context's arena.
 */
#ifndef GRIP_CORE_READER_WORDS_H
#define GRIP_CORE_READER_WORDS_H

#include <stdint.h>

#include "core/grip.h"

/* At most this many word classes per locale (a word's classes are bits). */
#define COACH_CLASSES_MAX 64

/* A word of a text, folded to lower case, and the bytes it came from. */
struct coach_word {
	char *s;
	size_t len;
	bool number;	  /* digits */
	size_t from, to;  /* bytes of the text */
	uint64_t classes; /* bit i: in class i of the locale's classes */
	/* The word as words.txt lists it: itself when listed or when no
	 * suffix leads to a listed word, else the listed form a suffix leaves
	 * ("calls", "called" are "call"); "#" for a number. Set only when
	 * the words were split with classes. */
	const char *lemma;
	size_t lemma_len;
};

/* The word classes of a locale, loaded once into the arena. */
struct coach_classes;

/* The classes of a locale: its words.txt (required) with suffixes.txt and
 * numbers.txt (class "number") when it has them, each looked up as
 * lexicon_load does. NULL with g->err on failure. */
struct coach_classes *coach_classes_load(struct grip *g, const char *locale);
/* Classes from text in the formats of words.txt and suffixes.txt (the
 * latter may be NULL); path names them in errors. */
struct coach_classes *coach_classes_parse(struct grip *g, const char *path, const char *words,
					  size_t wlen, const char *suffixes, size_t slen);
/* The index of class name[0..len), or -1. */
int coach_classes_id(const struct coach_classes *cl, const char *name, size_t len);

/* The words of text[0..len), folded, each tagged with its classes when cl
 * is not NULL; *out is NULL when there are none. 0, or -1 with g->err. */
int coach_words_split(struct grip *g, const struct coach_classes *cl, const char *text, size_t len,
		      struct coach_word **out, size_t *n);

#endif
