/*
 * reader_words.c — the words of a text and their classes (reader_words.h).
 *
 * A word is a run of letters (an apostrophe inside a word belongs to it) or
 * a run of digits (with "." or "," between digits), so "2kg" is the words
 * "2" and "kg". Case is folded for ASCII, Latin-1, Latin Extended-A, Greek
 * and Cyrillic letters.
 *
 * A locale's word classes (words.txt) are sections of words:
 *
 *   [deliver]          the class that follows
 *   launch build ship  its words, any number a line
 *   redesign*          a trailing * takes every word that begins so
 *   *ise               a leading * takes every word that ends so
 *
 * and its suffixes (suffixes.txt) are lines "SUFFIX [REPLACEMENT]": a word
 * is in a class when it is listed, or when it ends in a suffix and what is
 * left (with the replacement added) is listed ("calls", "called",
 * "calling" are "call"; "studies" is "study" by "ies y"; "planned" is
 * "plan", a doubled last letter being undone after a suffix is cut).
 */
#include "core/reader_words.h"

#include <stdlib.h>
#include <string.h>

#include "core/internal.h"
#include "core/lexicon.h"
#include "util/embedded.h"

#define ENTRY_MAX 64 /* bytes of a folded word looked up in the classes */

struct entry {
	const char *s;
	size_t len;
	uint64_t mask;
};

struct suffix {
	const char *cut, *add;
	size_t cut_len, add_len;
};

struct coach_classes {
	const char *names[COACH_CLASSES_MAX];
	size_t n_names;
	struct entry *words; /* sorted by s, one entry per word */
	size_t n_words;
	struct entry *prefixes, *endings;
	size_t n_prefixes, n_endings;
	struct suffix *suffixes;
	size_t n_suffixes;
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

/* The classes of one folded word: itself, then each form the suffixes
 * leave of it; *lemma is the first of these forms that is listed (in the
 * arena), or the word itself. */
static uint64_t lookup(const struct coach_classes *cl, const char *s, size_t len);
static bool listed(const struct coach_classes *cl, const char *s, size_t len);

static uint64_t classes_of(struct grip *g, const struct coach_classes *cl, struct coach_word *w)
{
	const char *s = w->s;
	size_t len = w->len;
	uint64_t mask = lookup(cl, s, len);
	char stem[ENTRY_MAX];
	bool found = listed(cl, s, len);
	w->lemma = s;
	w->lemma_len = len;
	for (size_t i = 0; i < cl->n_suffixes && len < ENTRY_MAX; i++) {
		const struct suffix *x = &cl->suffixes[i];
		if (len < x->cut_len + 2 || memcmp(s + len - x->cut_len, x->cut, x->cut_len) != 0)
			continue;
		size_t k = len - x->cut_len;
		if (k + x->add_len >= ENTRY_MAX)
			continue;
		memcpy(stem, s, k);
		memcpy(stem + k, x->add, x->add_len);
		size_t forms[2] = { k + x->add_len, 0 };
		if (!x->add_len && k >= 3 && stem[k - 1] == stem[k - 2] &&
		    (unsigned char)stem[k - 1] < 0x80)
			forms[1] = k - 1;
		for (size_t f = 0; f < 2 && forms[f]; f++) {
			mask |= lookup(cl, stem, forms[f]);
			if (found || forms[f] < 3 || !listed(cl, stem, forms[f]))
				continue;
			char *copy = arena_strndup(g->arena, stem, forms[f]);
			if (copy) {
				w->lemma = copy;
				w->lemma_len = forms[f];
				found = true;
			}
		}
	}
	return mask;
}

/* The folded bytes of s[from, to) into out (up to 4 bytes a code point). */
static size_t fold_into(const unsigned char *s, size_t len, size_t from, size_t to, char *out)
{
	size_t used = 0;
	for (size_t i = from; i < to;) {
		uint32_t cp = decode(s, len, &i);
		used += encode(classify(cp) == APOS ? '\'' : fold(cp), out + used);
	}
	return used;
}

int coach_words_split(struct grip *g, const struct coach_classes *cl, const char *text, size_t len,
		      struct coach_word **out, size_t *n)
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
	struct coach_word *ws = arena_calloc(g->arena, count, sizeof *ws);
	if (!ws)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	pos = 0;
	for (size_t w = 0; w < count && next_word(s, len, &pos, &from, &to, &number); w++) {
		char *buf = grip_alloc(g, 4 * (to - from) + 1);
		if (!buf)
			return -1;
		size_t used = fold_into(s, len, from, to, buf);
		buf[used] = '\0';
		ws[w] = (struct coach_word){ buf, used, number, from, to, 0, buf, used };
		if (cl && number) {
			ws[w].lemma = "#";
			ws[w].lemma_len = 1;
		} else if (cl) {
			ws[w].classes = classes_of(g, cl, &ws[w]);
		}
	}
	*out = ws;
	*n = count;
	return 0;
}

/* ---- the classes of a locale ---- */

static int cmp_entry(const void *a, const void *b)
{
	const struct entry *x = a, *y = b;
	size_t m = x->len < y->len ? x->len : y->len;
	int c = memcmp(x->s, y->s, m);
	return c ? c : (x->len > y->len) - (x->len < y->len);
}

static bool listed(const struct coach_classes *cl, const char *s, size_t len)
{
	struct entry key = { s, len, 0 };
	return cl->n_words && bsearch(&key, cl->words, cl->n_words, sizeof key, cmp_entry);
}

static uint64_t lookup(const struct coach_classes *cl, const char *s, size_t len)
{
	struct entry key = { s, len, 0 };
	uint64_t mask = 0;
	const struct entry *e = cl->n_words ? bsearch(&key, cl->words, cl->n_words, sizeof key, cmp_entry)
					   : NULL;
	if (e)
		mask = e->mask;
	for (size_t i = 0; i < cl->n_prefixes; i++)
		if (len >= cl->prefixes[i].len && memcmp(s, cl->prefixes[i].s, cl->prefixes[i].len) == 0)
			mask |= cl->prefixes[i].mask;
	for (size_t i = 0; i < cl->n_endings; i++)
		if (len > cl->endings[i].len + 1 &&
		    memcmp(s + len - cl->endings[i].len, cl->endings[i].s, cl->endings[i].len) == 0)
			mask |= cl->endings[i].mask;
	return mask;
}

int coach_classes_id(const struct coach_classes *cl, const char *name, size_t len)
{
	for (size_t i = 0; cl && i < cl->n_names; i++)
		if (strlen(cl->names[i]) == len && memcmp(cl->names[i], name, len) == 0)
			return (int)i;
	return -1;
}

static int bad(struct grip *g, const char *path, int line, const char *what)
{
	return grip_fail(g, GRIP_EINVAL, "lexicon", "%s line %d: %s", path, line, what);
}

/* The class called name[0..len), added when new; -1 with g->err. */
static int class_named(struct grip *g, struct coach_classes *cl, const char *name, size_t len,
		       const char *path, int line)
{
	int id = coach_classes_id(cl, name, len);
	if (id >= 0)
		return id;
	if (cl->n_names == COACH_CLASSES_MAX)
		return bad(g, path, line, "too many word classes");
	char *copy = arena_strndup(g->arena, name, len);
	if (!copy)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	cl->names[cl->n_names] = copy;
	return (int)cl->n_names++;
}

/* The blank-separated pieces of words.txt: "[name]" opens a class, the
 * others are its words, folded into one block of the arena (a handful of
 * allocations for thousands of words). cap is the room in cl->words and
 * cl->prefixes. */
static int parse_words(struct grip *g, struct coach_classes *cl, const char *path, const char *text,
		       size_t len, size_t cap)
{
	char *pool = grip_alloc(g, 5 * len + 1);
	size_t pooled = 0;
	if (!pool)
		return -1;
	int line = 0, cur = -1;
	for (size_t at = 0; at < len;) {
		const char *nl = memchr(text + at, '\n', len - at);
		size_t end = nl ? (size_t)(nl - text) : len;
		line++;
		for (size_t i = at; i < end;) {
			while (i < end && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r'))
				i++;
			if (i == end || text[i] == '#')
				break;
			size_t j = i;
			while (j < end && text[j] != ' ' && text[j] != '\t' && text[j] != '\r')
				j++;
			const char *p = text + i;
			size_t plen = j - i;
			i = j;
			if (p[0] == '[') {
				if (plen < 3 || p[plen - 1] != ']')
					return bad(g, path, line, "a class opens with [name]");
				if ((cur = class_named(g, cl, p + 1, plen - 2, path, line)) < 0)
					return -1;
				continue;
			}
			if (cur < 0)
				return bad(g, path, line, "a word before any [class]");
			bool prefix = plen > 1 && p[plen - 1] == '*', ending = plen > 1 && p[0] == '*';
			const unsigned char *w = (const unsigned char *)p + ending;
			size_t wlen = plen - prefix - ending, pos = 0, from, to, from2, to2;
			bool number;
			if (!next_word(w, wlen, &pos, &from, &to, &number) ||
			    next_word(w, wlen, &pos, &from2, &to2, &number) || (prefix && ending))
				return bad(g, path, line, "a class holds single words");
			char *folded = pool + pooled;
			size_t flen = fold_into(w, wlen, from, to, folded);
			if (flen >= ENTRY_MAX)
				return bad(g, path, line, "a class holds single words");
			folded[flen] = '\0';
			pooled += flen + 1;
			if (cl->n_prefixes + cl->n_endings + cl->n_words >= cap)
				return bad(g, path, line, "too many words");
			struct entry *e = prefix ? &cl->prefixes[cl->n_prefixes++]
					  : ending ? &cl->endings[cl->n_endings++] : &cl->words[cl->n_words++];
			*e = (struct entry){ folded, flen, (uint64_t)1 << cur };
		}
		at = end + 1;
	}
	return 0;
}

static int parse_suffixes(struct grip *g, struct coach_classes *cl, const char *path,
			  const char *text, size_t len)
{
	size_t lines = 1;
	for (size_t i = 0; i < len; i++)
		lines += text[i] == '\n';
	if (!(cl->suffixes = arena_calloc(g->arena, lines, sizeof *cl->suffixes)))
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	int line = 0;
	for (size_t at = 0; at < len;) {
		const char *nl = memchr(text + at, '\n', len - at);
		size_t end = nl ? (size_t)(nl - text) : len;
		line++;
		struct coach_word *ws;
		size_t nw;
		size_t skip = at;
		while (skip < end && (text[skip] == ' ' || text[skip] == '\t'))
			skip++;
		if (skip < end && text[skip] != '#') {
			if (coach_words_split(g, NULL, text + at, end - at, &ws, &nw) < 0)
				return -1;
			if (nw < 1 || nw > 2 || ws[0].number)
				return bad(g, path, line, "a suffix line is SUFFIX [REPLACEMENT]");
			cl->suffixes[cl->n_suffixes++] = (struct suffix){
				ws[0].s, nw == 2 ? ws[1].s : "", ws[0].len, nw == 2 ? ws[1].len : 0
			};
		}
		at = end + 1;
	}
	return 0;
}

/* Folds entries listed more than once (in one class or several) into one. */
static void merge_words(struct coach_classes *cl)
{
	if (!cl->n_words)
		return;
	qsort(cl->words, cl->n_words, sizeof *cl->words, cmp_entry);
	size_t out = 0;
	for (size_t i = 1; i < cl->n_words; i++) {
		if (cmp_entry(&cl->words[out], &cl->words[i]) == 0)
			cl->words[out].mask |= cl->words[i].mask;
		else
			cl->words[++out] = cl->words[i];
	}
	cl->n_words = out + 1;
}

struct coach_classes *coach_classes_parse(struct grip *g, const char *path, const char *words,
					  size_t wlen, const char *suffixes, size_t slen)
{
	size_t cap = 1;
	for (size_t i = 0; i < wlen; i++)
		cap += words[i] == ' ' || words[i] == '\n' || words[i] == '\t';
	struct coach_classes *cl = grip_alloc(g, sizeof *cl);
	if (!cl)
		return NULL;
	memset(cl, 0, sizeof *cl);
	cl->words = arena_calloc(g->arena, cap, sizeof *cl->words);
	cl->prefixes = arena_calloc(g->arena, cap, sizeof *cl->prefixes);
	cl->endings = arena_calloc(g->arena, cap, sizeof *cl->endings);
	if (!cl->words || !cl->prefixes || !cl->endings) {
		grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
		return NULL;
	}
	if (parse_words(g, cl, path, words, wlen, cap) < 0 ||
	    (suffixes && parse_suffixes(g, cl, path, suffixes, slen) < 0))
		return NULL;
	merge_words(cl);
	return cl;
}

struct coach_classes *coach_classes_load(struct grip *g, const char *locale)
{
	char path[96], npath[96], spath[96];
	const struct embedded_file *w = lexicon_data(locale, "words", path, sizeof path);
	const struct embedded_file *num = lexicon_data(locale, "numbers", npath, sizeof npath);
	const struct embedded_file *suf = lexicon_data(locale, "suffixes", spath, sizeof spath);
	if (!w) {
		grip_fail(g, GRIP_EINVAL, "lexicon", "no word classes for %s", locale ? locale : "(none)");
		return NULL;
	}
	/* The numbers' words join as the class [number]. */
	size_t len = w->len + (num ? num->len + 10 : 0);
	char *all = grip_alloc(g, len + 1);
	if (!all)
		return NULL;
	memcpy(all, w->data, w->len);
	if (num) {
		memcpy(all + w->len, "\n[number]\n", 10);
		memcpy(all + w->len + 10, num->data, num->len);
	}
	all[len] = '\0';
	return coach_classes_parse(g, path, all, len, suf ? (const char *)suf->data : NULL,
				   suf ? suf->len : 0);
}
