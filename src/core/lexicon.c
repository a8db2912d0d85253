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
 * Text and patterns are cut into words the same way: runs of letters (an
 * apostrophe inside a word belongs to it) or runs of digits (with "." or
 * "," between digits), so "2kg" is the words "2" and "kg". Case is folded
 * for ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic letters.
 */
#include "core/lexicon.h"

#include <stdint.h>
#include <string.h>

#include "core/internal.h"
#include "util/embedded.h"

#define PATTERN_MAX_WORDS 24

enum tok_kind { TOK_WORD, TOK_PREFIX, TOK_NUMBER, TOK_ANY };

struct tok {
	enum tok_kind kind;
	const char *s; /* folded; for TOK_WORD and TOK_PREFIX */
	size_t len;
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
	const struct lexicon *numbers; /* the locale's number words, or NULL */
};

/* A word of a text, folded to lower case, and the bytes it came from. */
struct word {
	char *s;
	size_t len;
	bool number;
	size_t from, to;
};

enum cls { SEP, LETTER, DIGIT, APOS };

/* One code point at s[*i]; a malformed sequence reads as U+FFFD and moves
 * one byte on. */
static uint32_t decode(const unsigned char *s, size_t len, size_t *i)
{
	unsigned char c = s[*i];
	size_t need;
	uint32_t cp;
	if (c < 0x80) {
		(*i)++;
		return c;
	}
	if ((c & 0xE0) == 0xC0) {
		need = 1;
		cp = c & 0x1F;
	} else if ((c & 0xF0) == 0xE0) {
		need = 2;
		cp = c & 0x0F;
	} else if ((c & 0xF8) == 0xF0) {
		need = 3;
		cp = c & 0x07;
	} else {
		(*i)++;
		return 0xFFFD;
	}
	if (len - *i <= need) {
		(*i)++;
		return 0xFFFD;
	}
	for (size_t k = 1; k <= need; k++) {
		if ((s[*i + k] & 0xC0) != 0x80) {
			(*i)++;
			return 0xFFFD;
		}
		cp = cp << 6 | (s[*i + k] & 0x3F);
	}
	*i += need + 1;
	return cp;
}

static size_t encode(uint32_t cp, char *out)
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | cp >> 6);
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | cp >> 12);
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | cp >> 18);
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

/* Letters are every code point but punctuation, symbols and spaces of the
 * blocks below; digits are ASCII. */
static enum cls classify(uint32_t cp)
{
	if (cp < 0x80) {
		if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z')
			return LETTER;
		if (cp >= '0' && cp <= '9')
			return DIGIT;
		return cp == '\'' ? APOS : SEP;
	}
	if (cp == 0x2019 || cp == 0x02BC)
		return APOS;
	if (cp <= 0xBF || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2000 && cp <= 0x2BFF) ||
	    (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFE00 && cp <= 0xFE0F) ||
	    (cp >= 0xFF00 && cp <= 0xFF0F) || cp == 0xFFFD || cp >= 0x1F000)
		return SEP;
	return LETTER;
}

/* Lower case of the scripts named atop this file; others unchanged. */
static uint32_t fold(uint32_t cp)
{
	if (cp >= 'A' && cp <= 'Z')
		return cp + 32;
	if (cp < 0xC0)
		return cp;
	if (cp <= 0xDE && cp != 0xD7)
		return cp + 32;
	if (cp == 0x130)
		return 'i';
	if (cp == 0x178)
		return 0xFF;
	if ((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177))
		return (cp & 1) ? cp : cp + 1;
	if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E))
		return (cp & 1) ? cp + 1 : cp;
	if (cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2)
		return cp + 32;
	if (cp >= 0x410 && cp <= 0x42F)
		return cp + 32;
	if (cp >= 0x400 && cp <= 0x40F)
		return cp + 80;
	return cp;
}

/* The next word of s at or after *pos: bytes [*from, *to). */
static bool next_word(const unsigned char *s, size_t len, size_t *pos, size_t *from, size_t *to,
		      bool *number)
{
	size_t i = *pos, j = *pos;
	enum cls first = SEP;
	while (i < len) {
		j = i;
		first = classify(decode(s, len, &j));
		if (first == LETTER || first == DIGIT)
			break;
		i = j;
	}
	if (i >= len) {
		*pos = len;
		return false;
	}
	*from = i;
	*number = first == DIGIT;
	size_t end = j;
	while (end < len) {
		size_t k = end;
		uint32_t cp = decode(s, len, &k);
		enum cls c = classify(cp);
		if (*number ? c == DIGIT : c == LETTER) {
			end = k;
			continue;
		}
		/* "2.5" and "10,000" are one number; "don't" is one word. */
		size_t m = k;
		bool inside = k < len && (*number ? (cp == '.' || cp == ',') && s[k] >= '0' && s[k] <= '9'
						  : c == APOS && classify(decode(s, len, &m)) == LETTER);
		if (!inside)
			break;
		end = k;
	}
	*to = *pos = end;
	return true;
}

/* The words of text[0..len), folded, into the arena. */
static int split(struct grip *g, const char *text, size_t len, struct word **out, size_t *n)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t pos = 0, from, to, count = 0;
	bool number;
	while (next_word(s, len, &pos, &from, &to, &number))
		count++;
	*out = NULL;
	*n = 0;
	if (!count)
		return 0;
	struct word *ws = arena_calloc(g->arena, count, sizeof *ws);
	if (!ws)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	pos = 0;
	for (size_t w = 0; w < count && next_word(s, len, &pos, &from, &to, &number); w++) {
		char *buf = grip_alloc(g, to - from + 1);
		if (!buf)
			return -1;
		size_t used = 0;
		for (size_t i = from; i < to;) {
			uint32_t cp = decode(s, len, &i);
			used += encode(classify(cp) == APOS ? '\'' : fold(cp), buf + used);
		}
		buf[used] = '\0';
		ws[w] = (struct word){ buf, used, number, from, to };
	}
	*out = ws;
	*n = count;
	return 0;
}

/* ---- reading a lexicon file ---- */

struct reader {
	struct grip *g;
	const char *path;
	int line;
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
		toks[(*n)++] = (struct tok){ piece[0] == '*' ? TOK_ANY : TOK_NUMBER, NULL, 0 };
		return 0;
	}
	if (piece[0] == '<')
		return bad_line(r, "the only <...> token is <n>, a number");
	bool prefix = piece[len - 1] == '*';
	struct word *ws;
	size_t nw;
	if (split(r->g, piece, prefix ? len - 1 : len, &ws, &nw) < 0)
		return -1;
	if (!nw)
		return bad_line(r, "a piece of the pattern has no letter or digit");
	if (*n + nw > PATTERN_MAX_WORDS)
		return bad_line(r, "too many words in one pattern");
	for (size_t i = 0; i < nw; i++)
		toks[(*n)++] = (struct tok){ prefix && i == nw - 1 ? TOK_PREFIX : TOK_WORD, ws[i].s,
					     ws[i].len };
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
	size_t lines = 1;
	for (size_t i = 0; i < len; i++)
		lines += text[i] == '\n';
	struct lexicon *lx = grip_alloc(g, sizeof *lx);
	if (!lx || !(lx->pats = arena_calloc(g->arena, lines, sizeof *lx->pats))) {
		grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
		return NULL;
	}
	struct reader r = { g, path, 0 };
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

static const struct embedded_file *lexicon_file(const char *locale, const char *name, char *path,
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
	const struct embedded_file *f = name && plain_name(name, 32, false)
						? lexicon_file(locale, name, path, sizeof path) : NULL;
	if (!f) {
		grip_fail(g, GRIP_EINVAL, "lexicon", "no lexicon named %s", name ? name : "(none)");
		return NULL;
	}
	struct lexicon *lx = lexicon_parse(g, path, (const char *)f->data, f->len);
	if (!lx || strcmp(name, "numbers") == 0)
		return lx;
	const struct embedded_file *nf = lexicon_file(locale, "numbers", path, sizeof path);
	if (nf && !(lx->numbers = lexicon_parse(g, path, (const char *)nf->data, nf->len)))
		return NULL;
	return lx;
}

/* ---- matching ---- */

static bool tok_matches(const struct tok *t, const struct word *w, const struct lexicon *numbers);

/* A word the number lexicon lists (its one-word patterns). */
static bool number_word(const struct lexicon *numbers, const struct word *w)
{
	for (size_t i = 0; numbers && i < numbers->n; i++) {
		const struct pattern *p = &numbers->pats[i];
		if (!p->except && p->n == 1 && tok_matches(&p->toks[0], w, NULL))
			return true;
	}
	return false;
}

static bool tok_matches(const struct tok *t, const struct word *w, const struct lexicon *numbers)
{
	switch (t->kind) {
	case TOK_ANY:
		return true;
	case TOK_NUMBER:
		return w->number || number_word(numbers, w);
	case TOK_PREFIX:
		return w->len >= t->len && memcmp(w->s, t->s, t->len) == 0;
	case TOK_WORD:
		return w->len == t->len && memcmp(w->s, t->s, t->len) == 0;
	}
	return false;
}

/* Does p match the words from i on? */
static bool match_at(const struct lexicon *lx, const struct pattern *p, const struct word *ws,
		     size_t n, size_t i)
{
	if ((p->anchored && i != 0) || n - i < p->n)
		return false;
	for (size_t k = 0; k < p->n; k++)
		if (!tok_matches(&p->toks[k], &ws[i + k], lx->numbers))
			return false;
	return true;
}

const char *lexicon_find(struct grip *g, const struct lexicon *lx, const char *text)
{
	struct word *ws;
	size_t n;
	if (!lx || !text || split(g, text, strlen(text), &ws, &n) < 0)
		return NULL;
	for (size_t i = 0; i < n; i++)
		for (size_t k = 0; k < lx->n; k++)
			if (lx->pats[k].except && match_at(lx, &lx->pats[k], ws, n, i))
				return NULL;
	for (size_t i = 0; i < n; i++)
		for (size_t k = 0; k < lx->n; k++)
			if (!lx->pats[k].except && match_at(lx, &lx->pats[k], ws, n, i)) {
				const struct word *last = &ws[i + lx->pats[k].n - 1];
				char *found = arena_strndup(g->arena, text + ws[i].from,
							    last->to - ws[i].from);
				if (!found)
					grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
				return found;
			}
	return NULL;
}

bool grip_lexicon_match(struct grip *g, const char *name, const char *text)
{
	const char *locale = lexicon_locale(g);
	struct lexicon *lx = locale ? lexicon_load(g, locale, name) : NULL;
	return lx && lexicon_find(g, lx, text) != NULL;
}
