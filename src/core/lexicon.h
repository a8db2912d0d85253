/*
 * lexicon.h — the coach's text rules, read from data files (lexicon.c).
 *
 * A lexicon is a list of word patterns in lexicon/<locale>/<name>.txt,
 * built into the binary; docs/coach.md describes the format. It is parsed
 * into the context's arena when loaded and lives as long as the arena: the
 * coach loads each lexicon it needs once per call, and nothing is cached
 * between calls.
 */
#ifndef GRIP_CORE_LEXICON_H
#define GRIP_CORE_LEXICON_H

#include "core/grip.h"
#include "core/reader_words.h"
#include "util/embedded.h"

struct lexicon;

/* The locale whose lexicons the org reads ("en" when it names none, or
 * before an org is chosen); in the arena, NULL with g->err on failure. */
const char *lexicon_locale(struct grip *g);
/* Lexicon `name` of the locale: the locale's own file, else its language's
 * ("en" for "en-GB"), else English. NULL with g->err: GRIP_EINVAL for an
 * unknown name or a malformed file (naming the file and line). */
struct lexicon *lexicon_load(struct grip *g, const char *locale, const char *name);
/* The same with the word classes <name> tokens refer to (lexicon_load
 * reads the locale's own when it has a words.txt). */
struct lexicon *lexicon_load_classes(struct grip *g, const struct coach_classes *classes,
				     const char *locale, const char *name);
/* A lexicon from text in the file format; path names it in errors. A
 * <name> token needs classes; lexicon_parse has none. */
struct lexicon *lexicon_parse(struct grip *g, const char *path, const char *text, size_t len);
struct lexicon *lexicon_parse_classes(struct grip *g, const struct coach_classes *classes,
				      const char *path, const char *text, size_t len);
/* The data file lexicon/<locale>/<name>.txt as lexicon_load finds it (the
 * locale, its language, English), its name into path; NULL when none. */
const struct embedded_file *lexicon_data(const char *locale, const char *name, char *path, size_t cap);
/* Where the lexicon first matches words [from, to) of ws (split with its
 * classes): the word *at and the *len words matched; false when it
 * matches nothing there or an exception matches there. */
bool lexicon_match(const struct lexicon *lx, const struct coach_word *ws, size_t from, size_t to,
		   size_t *at, size_t *len);
/* The first stretch of text the lexicon matches, as written in text (in
 * the arena), or NULL when it matches nothing (or memory ran out). */
const char *lexicon_find(struct grip *g, const struct lexicon *lx, const char *text);

#endif
