/*
 * lexicon.c — the coach's text rules: lexicons of word patterns read from
 * data files (lexicon/<locale>/<name>.txt, built into the binary) and
 * matched against what people write. The format is in docs/coach.md; in
 * short, one pattern per line:
 *
 *   every day        words in this order, case and punctuation ignored
 *   improv*          a word that begins with "improv"
 *   <n> times a week <n> is a number: digits, or a word of numbers.txt
 *   lose <n> *       * alone is any one word
 *   ^ launch         ^ first: only at the start of the text
 *   ! <n>            ! first: an exception; a text it matches matches nothing
 *   # a comment
 *
 *   <deliver>        a word of the locale's word class "deliver" (words.txt)
 *
 * Text and patterns are cut into words the same way (reader_words.c).
 */
#include "core/lexicon.h"

#include <stdint.h>
#include <string.h>

#include "core/internal.h"
#include "core/reader_words.h"
#include "util/embedded.h"

#define PATTERN_MAX_WORDS 24

enum tok_kind { TOK_WORD, TOK_PREFIX, TOK_NUMBER, TOK_ANY, TOK_CLASS };

struct tok {
	enum tok_kind kind;
	const char *s; /* folded; for TOK_WORD and TOK_PREFIX */
	size_t len;
	int cls; /* for TOK_CLASS */
};

struct pattern {
	struct tok *toks;
	size_t n;
	bool anchored; /* only at the first word of the text */
	bool except;   /* a match silences the whole lexicon */
};

struct lexicon {
	struct pattern *pats;
	size_t n;
	const struct lexicon *numbers;	   /* the locale's number words, or NULL */
	const struct coach_classes *classes; /* the locale's word classes, or NULL */
	int number_class;		     /* the index of the class "number", or -1 */
};

/* ---- reading a lexicon file ---- */

struct reader {
	struct grip *g;
	const char *path;
	int line;
	const struct coach_classes *classes;
};

static int bad_line(struct reader *r, const char *what)
{
	return grip_fail(r->g, GRIP_EINVAL, "lexicon", "%s line %d: %s", r->path, r->line, what);
}

/* Appends the tokens of one whitespace-separated piece of a pattern. */
static int parse_piece(struct reader *r, const char *piece, size_t len, struct tok *toks, size_t *n,
		       bool *anchored)
{
	if (len == 1 && piece[0] == '^') {
		if (*n || *anchored)
			return bad_line(r, "^ may only open a pattern");
		*anchored = true;
		return 0;
	}
	if (*n == PATTERN_MAX_WORDS)
		return bad_line(r, "too many words in one pattern");
	if ((len == 3 && memcmp(piece, "<n>", 3) == 0) || (len == 1 && piece[0] == '*')) {
		toks[(*n)++] = (struct tok){ piece[0] == '*' ? TOK_ANY : TOK_NUMBER, NULL, 0, 0 };
		return 0;
	}
	if (piece[0] == '<') {
		int cls = len > 2 && piece[len - 1] == '>' ? coach_classes_id(r->classes, piece + 1, len - 2)
							   : -1;
		if (cls < 0)
			return bad_line(r, "a <...> token is <n>, a number, or a word class of words.txt");
		toks[(*n)++] = (struct tok){ TOK_CLASS, NULL, 0, cls };
		return 0;
	}
	bool prefix = piece[len - 1] == '*';
	struct coach_word *ws;
	size_t nw;
	if (coach_words_split(r->g, NULL, piece, prefix ? len - 1 : len, &ws, &nw) < 0)
		return -1;
	if (!nw)
		return bad_line(r, "a piece of the pattern has no letter or digit");
	if (*n + nw > PATTERN_MAX_WORDS)
		return bad_line(r, "too many words in one pattern");
	for (size_t i = 0; i < nw; i++)
		toks[(*n)++] = (struct tok){ prefix && i == nw - 1 ? TOK_PREFIX : TOK_WORD, ws[i].s,
					     ws[i].len, 0 };
	return 0;
}

/* One line into *p; p->n stays 0 for a blank or comment line. */
static int parse_line(struct reader *r, const char *line, size_t len, struct pattern *p)
{
	size_t i = 0;
	while (i < len && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r'))
		i++;
	memset(p, 0, sizeof *p);
	if (i == len || line[i] == '#')
		return 0;
	if (line[i] == '!') {
		p->except = true;
		i++;
	}
	struct tok toks[PATTERN_MAX_WORDS];
	size_t n = 0;
	bool word = false;
	while (i < len) {
		size_t j = i;
		while (j < len && line[j] != ' ' && line[j] != '\t' && line[j] != '\r')
			j++;
		if (j > i && parse_piece(r, line + i, j - i, toks, &n, &p->anchored) < 0)
			return -1;
		i = j + 1;
	}
	for (size_t k = 0; k < n; k++)
		word |= toks[k].kind != TOK_ANY;
	if (!word)
		return bad_line(r, "a pattern needs a word or a number, not only * and ^");
	p->toks = arena_calloc(r->g->arena, n, sizeof *p->toks);
	if (!p->toks)
		return grip_fail(r->g, GRIP_ENOMEM, NULL, "out of memory");
	memcpy(p->toks, toks, n * sizeof *toks);
	p->n = n;
	return 0;
}

struct lexicon *lexicon_parse(struct grip *g, const char *path, const char *text, size_t len)
{
	return lexicon_parse_classes(g, NULL, path, text, len);
}

struct lexicon *lexicon_parse_classes(struct grip *g, const struct coach_classes *classes,
				      const char *path, const char *text, size_t len)
{
	size_t lines = 1;
	for (size_t i = 0; i < len; i++)
		lines += text[i] == '\n';
	struct lexicon *lx = grip_alloc(g, sizeof *lx);
	if (!lx || !(lx->pats = arena_calloc(g->arena, lines, sizeof *lx->pats))) {
		grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
		return NULL;
	}
	lx->classes = classes;
	lx->number_class = coach_classes_id(classes, "number", 6);
	struct reader r = { g, path, 0, classes };
	for (size_t at = 0; at < len;) {
		const char *nl = memchr(text + at, '\n', len - at);
		size_t end = nl ? (size_t)(nl - text) : len;
		r.line++;
		if (parse_line(&r, text + at, end - at, &lx->pats[lx->n]) < 0)
			return NULL;
		if (lx->pats[lx->n].n)
			lx->n++;
		at = end + 1;
	}
	return lx;
}

/* ---- finding the file of a locale ---- */

static bool plain_name(const char *s, size_t max, bool locale)
{
	size_t n = 0;
	for (; s[n]; n++) {
		char c = s[n];
		bool ok = (c >= 'a' && c <= 'z') || c == '_' ||
			  (locale && ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'));
		if (!ok || n == max)
			return false;
	}
	return n > 0;
}

const struct embedded_file *lexicon_data(const char *locale, const char *name, char *path,
					  size_t cap)
{
	char lang[17] = "";
	if (locale && plain_name(locale, 16, true))
		snprintf(lang, sizeof lang, "%.*s", (int)strcspn(locale, "-_"), locale);
	const char *tries[] = { locale, lang, "en" };
	for (size_t i = 0; i < 3; i++) {
		if (!tries[i] || !plain_name(tries[i], 16, true))
			continue;
		snprintf(path, cap, "lexicon/%s/%s.txt", tries[i], name);
		const struct embedded_file *f = embedded_find(path);
		if (f)
			return f;
	}
	return NULL;
}

const char *lexicon_locale(struct grip *g)
{
	if (!g->org_id)
		return "en";
	struct grip_org *o = grip_org_get(g, g->org_id);
	if (!o)
		return NULL;
	return o->locale && *o->locale ? o->locale : "en";
}

struct lexicon *lexicon_load(struct grip *g, const char *locale, const char *name)
{
	char path[96];
	const struct coach_classes *classes = NULL;
	if (name && strcmp(name, "numbers") != 0 && lexicon_data(locale, "words", path, sizeof path) &&
	    !(classes = coach_classes_load(g, locale)))
		return NULL;
	return lexicon_load_classes(g, classes, locale, name);
}

struct lexicon *lexicon_load_classes(struct grip *g, const struct coach_classes *classes,
				     const char *locale, const char *name)
{
	char path[96];
	const struct embedded_file *f = name && plain_name(name, 32, false)
						? lexicon_data(locale, name, path, sizeof path) : NULL;
	if (!f) {
		grip_fail(g, GRIP_EINVAL, "lexicon", "no lexicon named %s", name ? name : "(none)");
		return NULL;
	}
	struct lexicon *lx = lexicon_parse_classes(g, classes, path, (const char *)f->data, f->len);
	if (!lx || strcmp(name, "numbers") == 0)
		return lx;
	const struct embedded_file *nf = lexicon_data(locale, "numbers", path, sizeof path);
	if (nf && !(lx->numbers = lexicon_parse(g, path, (const char *)nf->data, nf->len)))
		return NULL;
	return lx;
}

/* ---- matching ---- */

static bool tok_matches(const struct tok *t, const struct coach_word *w, const struct lexicon *lx);

/* A word the number lexicon lists (its one-word patterns). */
static bool number_word(const struct lexicon *lx, const struct coach_word *w)
{
	if (lx->number_class >= 0)
		return w->classes >> lx->number_class & 1;
	for (size_t i = 0; lx->numbers && i < lx->numbers->n; i++) {
		const struct pattern *p = &lx->numbers->pats[i];
		if (!p->except && p->n == 1 && tok_matches(&p->toks[0], w, lx->numbers))
			return true;
	}
	return false;
}

static bool tok_matches(const struct tok *t, const struct coach_word *w, const struct lexicon *lx)
{
	switch (t->kind) {
	case TOK_ANY:
		return true;
	case TOK_NUMBER:
		return w->number || number_word(lx, w);
	case TOK_CLASS:
		return w->classes >> t->cls & 1;
	case TOK_PREFIX:
		return w->len >= t->len && memcmp(w->s, t->s, t->len) == 0;
	case TOK_WORD:
		return w->len == t->len && memcmp(w->s, t->s, t->len) == 0;
	}
	return false;
}

/* Does p match the words from i on, within the first n? */
static bool match_at(const struct lexicon *lx, const struct pattern *p, const struct coach_word *ws,
		     size_t n, size_t i)
{
	if ((p->anchored && i != 0) || n - i < p->n)
		return false;
	for (size_t k = 0; k < p->n; k++)
		if (!tok_matches(&p->toks[k], &ws[i + k], lx))
			return false;
	return true;
}

bool lexicon_match(const struct lexicon *lx, const struct coach_word *ws, size_t from, size_t to,
		   size_t *at, size_t *len)
{
	if (!lx)
		return false;
	for (size_t i = from; i < to; i++)
		for (size_t k = 0; k < lx->n; k++)
			if (lx->pats[k].except && match_at(lx, &lx->pats[k], ws, to, i))
				return false;
	for (size_t i = from; i < to; i++)
		for (size_t k = 0; k < lx->n; k++)
			if (!lx->pats[k].except && match_at(lx, &lx->pats[k], ws, to, i)) {
				*at = i;
				*len = lx->pats[k].n;
				return true;
			}
	return false;
}

const char *lexicon_find(struct grip *g, const struct lexicon *lx, const char *text)
{
	struct coach_word *ws;
	size_t n, at, len;
	if (!lx || !text || coach_words_split(g, lx->classes, text, strlen(text), &ws, &n) < 0 ||
	    !lexicon_match(lx, ws, 0, n, &at, &len))
		return NULL;
	char *found = arena_strndup(g->arena, text + ws[at].from, ws[at + len - 1].to - ws[at].from);
	if (!found)
		grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	return found;
}

bool grip_lexicon_match(struct grip *g, const char *name, const char *text)
{
	const char *locale = lexicon_locale(g);
	struct lexicon *lx = locale ? lexicon_load(g, locale, name) : NULL;
	return lx && lexicon_find(g, lx, text) != NULL;
}
