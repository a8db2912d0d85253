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

struct lexicon;

/* The locale whose lexicons the org reads ("en" when it names none, or
 * before an org is chosen); in the arena, NULL with g->err on failure. */
const char *lexicon_locale(struct grip *g);
/* Lexicon `name` of the locale: the locale's own file, else its language's
 * ("en" for "en-GB"), else English. NULL with g->err: GRIP_EINVAL for an
 * unknown name or a malformed file (naming the file and line). */
struct lexicon *lexicon_load(struct grip *g, const char *locale, const char *name);
/* A lexicon from text in the file format; path names it in errors. */
struct lexicon *lexicon_parse(struct grip *g, const char *path, const char *text, size_t len);
/* The first stretch of text the lexicon matches, as written in text (in
 * the arena), or NULL when it matches nothing (or memory ran out). */
const char *lexicon_find(struct grip *g, const struct lexicon *lx, const char *text);

#endif
