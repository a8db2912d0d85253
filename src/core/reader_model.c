/*
 * reader_model.c — the reader of a locale and its decisions (see reader.h):
 * loads the word classes, the cue lexicons and the weights of model.txt
 * into the arena, and decides a text rule by the weights of the features
 * reader.c finds. Each model hint sums the weights of the features that
 * are on (lexicon/<locale>/model.txt, else English's: the weights belong
 * to the features, not to a language) and fires above 0, quoting the
 * words of the feature that weighed most for it.
 */
#include "core/reader_parts.h"

#include <stdlib.h>
#include <string.h>

#include "core/internal.h"

/* How far after its verb a quoted word still takes the verb with it. */
#define QUOTE_REACH 6

const char *const coach_class_names[C_COUNT] = {
	"self", "other", "det", "modal", "adverb", "act", "deliver", "direct", "result", "state",
	"keep", "participle", "mind", "body", "commerce", "grade", "prep", "neg", "compar", "eval",
	"artifact", "metric", "event", "number", "react", "able", "verbform",
	"quality", "compar_form", "abstract", "done_form", "particle", "verb",
};
/* The features' names in model.txt, in the order of enum feature. */
static const char *const feature_names[] = {
	"bias", "verb_none", "verb_first", "verb_act", "verb_deliver", "verb_direct", "verb_result",
	"verb_state", "verb_keep", "self", "other", "participle", "mind", "body", "commerce", "grade",
	"number", "measure", "result_cue", "compar", "eval", "schedule", "change_rate", "deadline",
	"purpose", "negation", "artifact", "metric", "object", "short", "deliver_measured",
	"direct_measured", "result_number", "schedule_changed", "state_mind", "aim_unmeasured",
	"deliver_plain", "number_first", "act_plain", "verb_noun", "verb_react", "other_reacts",
	"verb_guess", "able", "act_scheduled", "routine", "act_routine", "delivered",
	"schedule_measured", "schedule_other", "schedule_state", "phrasal",
	/* Then three for each word class, in the order of coach_class_names: its
	 * word first in the text, as the main verb, anywhere in the main
	 * clause. */
	"first:self", "verb:self", "any:self", "first:other", "verb:other", "any:other", "first:det",
	"verb:det", "any:det", "first:modal", "verb:modal", "any:modal", "first:adverb",
	"verb:adverb", "any:adverb", "first:act", "verb:act", "any:act", "first:deliver",
	"verb:deliver", "any:deliver", "first:direct", "verb:direct", "any:direct", "first:result",
	"verb:result", "any:result", "first:state", "verb:state", "any:state", "first:keep",
	"verb:keep", "any:keep", "first:participle", "verb:participle", "any:participle",
	"first:mind", "verb:mind", "any:mind", "first:body", "verb:body", "any:body",
	"first:commerce", "verb:commerce", "any:commerce", "first:grade", "verb:grade", "any:grade",
	"first:prep", "verb:prep", "any:prep", "first:neg", "verb:neg", "any:neg", "first:compar",
	"verb:compar", "any:compar", "first:eval", "verb:eval", "any:eval", "first:artifact",
	"verb:artifact", "any:artifact", "first:metric", "verb:metric", "any:metric", "first:event",
	"verb:event", "any:event", "first:number", "verb:number", "any:number", "first:react",
	"verb:react", "any:react", "first:able", "verb:able", "any:able", "first:verbform",
	"verb:verbform", "any:verbform", "first:quality", "verb:quality", "any:quality",
	"first:compar_form", "verb:compar_form", "any:compar_form",
	"first:abstract", "verb:abstract", "any:abstract", "first:done_form", "verb:done_form",
	"any:done_form",
	"first:particle", "verb:particle", "any:particle", "first:verb", "verb:verb", "any:verb",
	/* Then the main verb's kind with what else the sentence says, as
	 * pairs a sum of weights cannot express alone (pair_verbs, pair_with). */
	"act*number", "act*measure", "act*compar", "act*other", "act*schedule", "act*object",
	"act*artifact", "act*purpose", "act*negation", "act*phrasal", "deliver*number",
	"deliver*measure", "deliver*compar", "deliver*other", "deliver*schedule", "deliver*object",
	"deliver*artifact", "deliver*purpose", "deliver*negation", "deliver*phrasal", "direct*number",
	"direct*measure", "direct*compar", "direct*other", "direct*schedule", "direct*object",
	"direct*artifact", "direct*purpose", "direct*negation", "direct*phrasal", "result*number",
	"result*measure", "result*compar", "result*other", "result*schedule", "result*object",
	"result*artifact", "result*purpose", "result*negation", "result*phrasal", "state*number",
	"state*measure", "state*compar", "state*other", "state*schedule", "state*object",
	"state*artifact", "state*purpose", "state*negation", "state*phrasal", "keep*number",
	"keep*measure", "keep*compar", "keep*other", "keep*schedule", "keep*object", "keep*artifact",
	"keep*purpose", "keep*negation", "keep*phrasal", "react*number", "react*measure",
	"react*compar", "react*other", "react*schedule", "react*object", "react*artifact",
	"react*purpose", "react*negation", "react*phrasal", "guess*number", "guess*measure",
	"guess*compar", "guess*other", "guess*schedule", "guess*object", "guess*artifact",
	"guess*purpose", "guess*negation", "guess*phrasal",
};

_Static_assert(sizeof feature_names / sizeof feature_names[0] == N_FEATURES,
	       "a name for each feature");
_Static_assert(N_FEATURES == COACH_FEATURES, "COACH_FEATURES counts the features");

const char *const coach_cue_files[CUE_COUNT] = {
	"schedule", "routine", "change_rate", "deadline", "measure", "result", "purpose",
};

static const char *const hint_codes[COACH_MODEL_HINTS] = {
	"commitment.outcome", "member.outcome.habit", "kr.vague", "kr.output",
};

const char *coach_reader_feature(size_t i)
{
	return i < N_FEATURES ? feature_names[i] : NULL;
}

const char *coach_reader_hint(size_t i)
{
	return i < COACH_MODEL_HINTS ? hint_codes[i] : NULL;
}

double coach_reader_weight(const struct coach_reader *rd, size_t h, size_t f)
{
	return h < COACH_MODEL_HINTS && f < N_FEATURES ? rd->w[h][f] : 0;
}

static int cmp_word_weight(const void *a, const void *b)
{
	return strcmp(((const struct coach_word_weight *)a)->name,
		      ((const struct coach_word_weight *)b)->name);
}

static const struct coach_word_weight *word_weights(const struct coach_reader *rd, const char *name)
{
	struct coach_word_weight key = { .name = name };
	return rd->n_words ? bsearch(&key, rd->words, rd->n_words, sizeof key, cmp_word_weight) : NULL;
}

double coach_reader_word_weight(const struct coach_reader *rd, size_t h, const char *name)
{
	const struct coach_word_weight *ww = word_weights(rd, name);
	return ww && h < COACH_MODEL_HINTS ? ww->w[h] : 0;
}

/* ---- loading ---- */

static int index_of(const char *const *names, size_t n, const char *s, size_t len)
{
	for (size_t i = 0; i < n; i++)
		if (strlen(names[i]) == len && memcmp(names[i], s, len) == 0)
			return (int)i;
	return -1;
}

/* model.txt: "HINT FEATURE WEIGHT" lines; # comments. A FEATURE with "="
 * is a word feature ("verb=call"); the others are the reader's. The text
 * is copied once into the arena and the word features' names point into
 * the copy: a few allocations, however many weights. */
static int parse_model(struct grip *g, struct coach_reader *rd, const char *path, const char *data,
		       size_t len)
{
	size_t lines = 1;
	for (size_t i = 0; i < len; i++)
		lines += data[i] == '\n';
	char *text = arena_strndup(g->arena, data, len);
	if (!text || !(rd->words = arena_calloc(g->arena, lines, sizeof *rd->words)))
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	int line = 0;
	for (size_t at = 0; at < len;) {
		char *p = text + at, *nl = memchr(p, '\n', len - at);
		size_t end = nl ? (size_t)(nl - text) : len;
		line++;
		text[end] = '\0'; /* the line ends here (at len: the copy's own NUL) */
		at = end + 1;
		p += strspn(p, " \t\r");
		if (!*p || *p == '#')
			continue;
		size_t hl = strcspn(p, " \t");
		char *f = p + hl + strspn(p + hl, " \t");
		size_t fl = strcspn(f, " \t");
		char *num = f + fl, *stop;
		int h = index_of(hint_codes, COACH_MODEL_HINTS, p, hl);
		bool word = fl > 1 && memchr(f, '=', fl) != NULL;
		int fi = word ? 0 : index_of(feature_names, N_FEATURES, f, fl);
		double w = strtod(num, &stop);
		if (h < 0 || fi < 0 || stop == num || stop[strspn(stop, " \t\r")])
			return grip_fail(g, GRIP_EINVAL, "lexicon", "%s line %d: not HINT FEATURE WEIGHT",
					 path, line);
		if (!word) {
			rd->w[h][fi] = w;
			continue;
		}
		f[fl] = '\0'; /* the number is read: the name may end here */
		struct coach_word_weight *ww = &rd->words[rd->n_words++];
		ww->name = f;
		ww->w[h] = w;
	}
	/* One entry per word feature, its hints' weights together. */
	if (!rd->n_words)
		return 0;
	qsort(rd->words, rd->n_words, sizeof *rd->words, cmp_word_weight);
	size_t out = 0;
	for (size_t i = 1; i < rd->n_words; i++) {
		if (strcmp(rd->words[out].name, rd->words[i].name) != 0) {
			rd->words[++out] = rd->words[i];
			continue;
		}
		for (size_t h = 0; h < COACH_MODEL_HINTS; h++)
			if (rd->words[i].w[h] != 0)
				rd->words[out].w[h] = rd->words[i].w[h];
	}
	rd->n_words = out + 1;
	return 0;
}

struct coach_reader *coach_reader_load_into(struct grip *g, const char *locale)
{
	struct coach_reader *rd = grip_alloc(g, sizeof *rd);
	if (!rd)
		return NULL;
	memset(rd, 0, sizeof *rd);
	if (!(rd->last = grip_alloc(g, sizeof *rd->last)))
		return NULL;
	rd->last->text = NULL;
	if (!(rd->classes = coach_classes_load(g, locale)))
		return NULL;
	for (size_t c = 0; c < C_COUNT; c++) {
		int id = coach_classes_id(rd->classes, coach_class_names[c], strlen(coach_class_names[c]));
		rd->bit[c] = id < 0 ? 0 : (uint64_t)1 << id;
	}
	rd->verb_last = coach_classes_id(rd->classes, "verb_last", 9) >= 0;
	for (size_t i = 0; i < CUE_COUNT; i++)
		if (!(rd->cue[i] = lexicon_load_classes(g, rd->classes, locale, coach_cue_files[i])))
			return NULL;
	if (!(rd->bau = lexicon_load_classes(g, rd->classes, locale, "bau")))
		return NULL;
	char path[96];
	const struct embedded_file *m = lexicon_data(locale, "model", path, sizeof path);
	if (!m) {
		grip_fail(g, GRIP_EINVAL, "lexicon", "no model for %s", locale ? locale : "(none)");
		return NULL;
	}
	return parse_model(g, rd, path, (const char *)m->data, m->len) < 0 ? NULL : rd;
}

/* ---- deciding ---- */

static const char *decide(struct grip *g, const struct coach_reader *rd, size_t h, const char *text)
{
	struct coach_last *last = rd->last;
	if (!last->text || strcmp(last->text, text) != 0) {
		last->text = NULL;
		if (coach_reader_read(g, rd, text, &last->r) < 0 ||
		    !(last->text = grip_strdup(g, text)))
			return NULL;
	}
	const struct coach_reading *r = &last->r;
	/* The words quoted are those of the feature that weighed most among
	 * the reader's own (the verb phrase, the schedule, who acts and the
	 * verb...), which say what the sentence does; else of a word class or
	 * a word feature whose words carry meaning (not "the", "for", "I"),
	 * else the whole text. The sum runs in a fixed order: the reader's
	 * features by index, then the word features in the order of the
	 * text. */
	double sum = 0, best = 0, best_other = 0;
	size_t why = N_FEATURES, why_other = N_FEATURES;
	size_t at = 0, len = 0, other_at = 0, other_len = 0;
	for (size_t f = 0; f < N_FEATURES; f++) {
		if (!r->on[f])
			continue;
		double w = rd->w[h][f];
		sum += w;
		if (!r->len[f])
			continue;
		if ((f < F_HAND || f >= F_PAIRS) && w > best) {
			best = w;
			why = f;
			at = r->at[f];
			len = r->len[f];
		} else if (f >= F_HAND && f < F_PAIRS && w > best_other) {
			best_other = w;
			why_other = f;
			other_at = r->at[f];
			other_len = r->len[f];
		}
	}
	uint64_t function = rd->bit[C_DET] | rd->bit[C_PREP] | rd->bit[C_SELF] | rd->bit[C_MODAL] |
			    rd->bit[C_ADVERB];
	for (size_t i = 0; i < r->n_wf; i++) {
		const struct coach_word_weight *ww = word_weights(rd, r->wf[i].name);
		double w = ww ? ww->w[h] : 0;
		sum += w;
		bool meaning = false;
		for (size_t k = r->wf[i].at; k < r->wf[i].at + r->wf[i].len && k < r->n_words; k++)
			meaning |= !r->words[k].number && !(r->words[k].classes & function);
		if (meaning && w > best_other) {
			best_other = w;
			why_other = N_FEATURES + 1 + i;
			other_at = r->wf[i].at;
			other_len = r->wf[i].len;
		}
	}
	if (why == N_FEATURES) {
		why = why_other;
		at = other_at;
		len = other_len;
	}
	/* A text of three words or fewer is quoted whole: "Guided tour", not
	 * "Guided". */
	if (r->n_words <= 3)
		len = 0;
	/* A calendar schedule is the clearer quote of a habit. */
	if ((why == F_ROUTINE || why == F_ACT_ROUTINE) && r->on[F_SCHEDULE] && rd->w[h][F_SCHEDULE] > 0) {
		why = F_SCHEDULE;
		at = r->at[F_SCHEDULE];
		len = r->len[F_SCHEDULE];
	}
	if (sum <= 0)
		return NULL;
	const struct coach_word *ws = r->words;
	size_t n = r->n_words, from = 0, to = strlen(text);
	if (len && at + len <= n) {
		size_t a = at, b = a + len;
		/* Words inside the main verb's phrase, or a few words after it,
		 * are quoted with the verb: "Lose 2 kg", "Feel calmer", "give
		 * feedback within a day", not "2 kg", "calmer", "day"; a
		 * schedule or a date is quoted alone. */
		static const enum feature verbs[] = { F_VERB_ACT, F_VERB_DELIVER, F_VERB_DIRECT,
						      F_VERB_RESULT, F_VERB_STATE, F_VERB_KEEP,
						      F_VERB_REACT, F_VERB_GUESS };
		bool when = why == F_SCHEDULE || why == F_ROUTINE || why == F_ACT_SCHEDULED ||
			    why == F_ACT_ROUTINE || why == F_DEADLINE || why == F_CHANGE_RATE;
		for (size_t k = 0; !when && k < sizeof verbs / sizeof verbs[0]; k++) {
			size_t va = r->at[verbs[k]], vb = va + r->len[verbs[k]];
			if (!r->on[verbs[k]] || !r->len[verbs[k]] || a < va || a >= va + QUOTE_REACH || vb > n)
				continue;
			a = va;
			b = b > vb ? b : vb;
			break;
		}
		from = ws[a].from;
		to = ws[b - 1].to;
	} else if (n) {
		from = ws[0].from;
		to = ws[n - 1].to;
	}
	char *words = arena_strndup(g->arena, text + from, to - from);
	if (!words)
		grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	return words;
}

const char *coach_reader_fires(struct grip *g, const struct coach_reader *rd, const char *code,
			       const char *text)
{
	int h = code ? index_of(hint_codes, COACH_MODEL_HINTS, code, strlen(code)) : -1;
	if (h < 0 && (!code || strcmp(code, "objective.bau") != 0)) {
		grip_fail(g, GRIP_EINVAL, "code", "no text rule is called \"%s\"", code ? code : "");
		return NULL;
	}
	if (!text)
		return NULL;
	if (h < 0)
		return lexicon_find(g, rd->bau, text);
	return decide(g, rd, (size_t)h, text);
}

const char *coach_text_rule(struct grip *g, const char *locale, const char *code, const char *text)
{
	struct coach_reader *rd = coach_reader_load(g, locale);
	return rd ? coach_reader_fires(g, rd, code, text) : NULL;
}
