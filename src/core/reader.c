/*
 * reader.c — how the coach reads a sentence into features (see reader.h
 * and docs/coach.md, "How the coach reads a sentence"); reader_model.c
 * loads a locale's reader and decides with the features.
 *
 * Reading one text:
 *  1. Cut it into words tagged with the locale's word classes
 *     (reader_words.c).
 *  2. The main clause ends where a purpose clause begins (purpose.txt)
 *     after the main verb: "call three clients so that I close the
 *     quarter" is read as "call three clients".
 *  3. The main verb is the first word of the main clause in a verb class
 *     (act, deliver, direct, result, state, keep) that is not led by a
 *     determiner or a preposition ("the launch" is a noun) and not a modal
 *     before "to" ("plan to"). The words before it say who acts: the
 *     member (self) or another party ("the client signs").
 *  4. Each feature is on or off, with the words behind it; the cue files
 *     (schedule, change_rate, deadline, measure, result) are lexicons over
 *     the word classes.
 *  5. The word features name the lemmas themselves: the main verb's, the
 *     first word's, each word's of the main clause and each pair of
 *     neighbours'. The model weighs only those it was trained with.
 */
#include "core/reader_parts.h"

#include <stdio.h>
#include <string.h>

#include "core/internal.h"

/* ---- reading ---- */

struct text {
	const char *text;
	const struct coach_reader *rd;
	const struct coach_word *ws;
	size_t n, end; /* words; the main clause is [0, end) */
	struct coach_reading *out;
};

static bool is(const struct text *t, size_t i, enum cls c)
{
	return i < t->n && (t->ws[i].classes & t->rd->bit[c]);
}

static void set(struct text *t, size_t f, size_t at, size_t len)
{
	if (t->out->on[f])
		return;
	t->out->on[f] = true;
	t->out->at[f] = at;
	t->out->len[f] = len;
}

/* The first word of the main clause in class c: sets f. */
static bool find_class(struct text *t, enum cls c, enum feature f)
{
	for (size_t i = 0; i < t->end; i++)
		if (is(t, i, c)) {
			set(t, f, i, 1);
			return true;
		}
	return false;
}

static bool cue(struct text *t, enum cue c, enum feature f, size_t from, size_t to)
{
	size_t at, len;
	if (!lexicon_match(t->rd->cue[c], t->ws, from, to, &at, &len))
		return false;
	set(t, f, at, len);
	return true;
}

static bool number_at(const struct text *t, size_t i)
{
	return i < t->n && (t->ws[i].number || is(t, i, C_NUMBER));
}

static bool verb_word(const struct text *t, size_t i)
{
	static const enum cls verbs[] = { C_ACT, C_DELIVER, C_DIRECT, C_RESULT, C_STATE, C_KEEP, C_REACT };
	for (size_t k = 0; k < sizeof verbs / sizeof verbs[0]; k++)
		if (is(t, i, verbs[k]))
			return true;
	return false;
}

/* The main verb of words [0, end), or end when there is none. */
static size_t main_verb(const struct text *t, size_t end)
{
	for (size_t i = 0; i < end; i++) {
		if (t->ws[i].number || !verb_word(t, i))
			continue;
		if (i > 0 && (is(t, i - 1, C_DET) || is(t, i - 1, C_PREP) || is(t, i - 1, C_COMPAR) ||
			      is(t, i - 1, C_EVAL)))
			continue;
		if (is(t, i, C_MODAL) && i + 1 < end && t->ws[i + 1].len == 2 &&
		    memcmp(t->ws[i + 1].s, "to", 2) == 0)
			continue;
		return i;
	}
	return end;
}

/* The verb phrase from word v: up to five words, to a preposition. */
static size_t phrase_len(const struct text *t, size_t v)
{
	size_t k = 1;
	while (v + k < t->end && k < 5 && !is(t, v + k, C_PREP))
		k++;
	return k;
}

static void read_verb(struct text *t)
{
	size_t v = main_verb(t, t->end);
	/* A verb no class of doing names: a first word listed as a verb or
	 * shaped like one, or followed by a determiner or a number
	 * ("Defrost fridge", "Containerise the services", "Repaint the
	 * kitchen"). */
	uint64_t plain = t->rd->bit[C_VERBFORM] | t->rd->bit[C_VERB];
	if (t->end >= 1 && !t->ws[0].number && !(t->ws[0].classes & ~plain) &&
	    (is(t, 0, C_VERB) ||
	     (t->end >= 2 && (is(t, 0, C_VERBFORM) || is(t, 1, C_DET) || number_at(t, 1))))) {
		set(t, F_VERB_GUESS, 0, phrase_len(t, 0));
		if (v == t->end)
			v = 0;
	}
	if (v == t->end) {
		set(t, F_VERB_NONE, 0, 0);
		return;
	}
	size_t len = phrase_len(t, v);
	static const struct {
		enum cls c;
		enum feature f;
	} verbs[] = {
		{ C_ACT, F_VERB_ACT },	       { C_DELIVER, F_VERB_DELIVER }, { C_DIRECT, F_VERB_DIRECT },
		{ C_RESULT, F_VERB_RESULT }, { C_STATE, F_VERB_STATE },     { C_KEEP, F_VERB_KEEP },
		{ C_REACT, F_VERB_REACT },
	};
	int kinds = 0;
	for (size_t k = 0; k < sizeof verbs / sizeof verbs[0]; k++)
		if (is(t, v, verbs[k].c)) {
			set(t, verbs[k].f, v, len);
			kinds++;
		}
	/* "Die neue App veröffentlichen": an instruction whose verb comes
	 * last; what comes before is its object, not who acts. */
	bool last = t->rd->verb_last && v > 0 && v + 1 == t->end;
	if (v == 0 || last)
		set(t, F_VERB_FIRST, v, len);
	if (last) {
		for (size_t i = 0; i < v; i++)
			if (is(t, i, C_DET) || number_at(t, i))
				set(t, F_OBJECT, v, len);
		if (is(t, 0, C_SELF))
			set(t, F_SELF, 0, 1);
		return;
	}
	if (is(t, v, C_EVENT) || is(t, v, C_ARTIFACT) || is(t, v, C_METRIC))
		set(t, F_VERB_NOUN, v, len);
	if (kinds == 1 && is(t, v, C_ACT))
		set(t, F_ACT_PLAIN, v, len);
	if (is(t, v, C_DELIVER) && !is(t, v, C_DIRECT) && !is(t, v, C_RESULT) && !is(t, v, C_STATE))
		set(t, F_DELIVER_PLAIN, v, len);
	if (v + 1 < t->end && (is(t, v + 1, C_DET) || number_at(t, v + 1)))
		set(t, F_OBJECT, v, len);
	/* "get up", "pass back", "reach out": a verb and its particle. */
	if (v + 1 < t->end && is(t, v + 1, C_PARTICLE))
		set(t, F_PHRASAL, v, 2);
	/* Who acts: the words before the verb. */
	for (size_t i = 0; i < v; i++) {
		if (is(t, i, C_SELF))
			set(t, F_SELF, i, 1);
		else if (is(t, i, C_OTHER) ||
			 (i == 0 && is(t, i, C_DET) && !is(t, i + 1, C_SELF) && !number_at(t, i + 1)) ||
			 (i == 0 && v <= 3 && !t->ws[0].classes && !t->ws[0].number &&
			  !t->out->on[F_VERB_GUESS]) ||
			 /* "60 children walk", "Fifteen garden blogs review":
			  * a count of those who act, not of work done */
			 (i == 0 && number_at(t, 0) && v >= 2 && v <= 4 && !is(t, v, C_DONE_FORM)))
			set(t, F_OTHER, 0, v + 1);
	}
	if (t->out->on[F_OTHER] && !t->out->on[F_SELF])
		set(t, F_OTHER_REACTS, 0, v + len);
}

static void read_pairs(struct coach_reading *out);
static int read_lemmas(struct grip *g, const struct text *t, size_t v);

int coach_reader_read(struct grip *g, const struct coach_reader *rd, const char *text,
		      struct coach_reading *out)
{
	struct coach_word *ws;
	size_t n;
	memset(out, 0, sizeof *out);
	out->on[F_BIAS] = true;
	if (coach_words_split(g, rd->classes, text, strlen(text), &ws, &n) < 0)
		return -1;
	out->words = ws;
	out->n_words = n;
	struct text t = { text, rd, ws, n, n, out };
	size_t at, len;
	/* The main clause: up to a purpose clause after its verb. */
	if (n > 1 && lexicon_match(rd->cue[CUE_PURPOSE], ws, 1, n, &at, &len) &&
	    main_verb(&t, at) < at) {
		set(&t, F_PURPOSE, at, len);
		t.end = at;
	}
	read_verb(&t);
	size_t v = out->on[F_VERB_NONE] ? t.end : main_verb(&t, t.end);
	if (out->on[F_VERB_GUESS] && v == t.end)
		v = 0;
	for (size_t c = 0; c < C_COUNT; c++) {
		if (is(&t, 0, (enum cls)c))
			set(&t, F_HAND + 3 * c, 0, 1);
		if (v < t.end && is(&t, v, (enum cls)c))
			set(&t, F_HAND + 3 * c + 1, v, 1);
		for (size_t i = 0; i < t.end; i++)
			if (is(&t, i, (enum cls)c)) {
				set(&t, F_HAND + 3 * c + 2, i, 1);
				break;
			}
	}
	bool mind = find_class(&t, C_MIND, F_MIND);
	find_class(&t, C_BODY, F_BODY);
	find_class(&t, C_COMMERCE, F_COMMERCE);
	find_class(&t, C_GRADE, F_GRADE);
	find_class(&t, C_PARTICIPLE, F_PARTICIPLE);
	bool compar = find_class(&t, C_COMPAR, F_COMPAR);
	for (size_t i = 0; i < t.end && !compar; i++)
		if (is(&t, i, C_QUALITY) && is(&t, i, C_COMPAR_FORM)) {
			set(&t, F_COMPAR, i, 1);
			compar = true;
		}
	find_class(&t, C_ABLE, F_ABLE);
	/* Work said to be done: "the handbook published", "home workouts set up". */
	for (size_t i = 1; i < t.end; i++)
		if (is(&t, i, C_DELIVER) && is(&t, i, C_DONE_FORM)) {
			set(&t, F_DELIVERED, i, 1);
			break;
		}
	bool eval = find_class(&t, C_EVAL, F_EVAL);
	find_class(&t, C_NEG, F_NEGATION);
	find_class(&t, C_ARTIFACT, F_ARTIFACT);
	find_class(&t, C_METRIC, F_METRIC);
	bool number = false;
	for (size_t i = 0; i < t.end && !number; i++)
		if (number_at(&t, i)) {
			set(&t, F_NUMBER, i, 1);
			number = true;
		}
	if (number_at(&t, 0))
		set(&t, F_NUMBER_FIRST, 0, 1);
	if (t.end <= 3)
		set(&t, F_SHORT, 0, 0);
	bool measure = cue(&t, CUE_MEASURE, F_MEASURE, 0, t.end);
	cue(&t, CUE_RESULT, F_RESULT_CUE, 0, t.end);
	bool schedule = cue(&t, CUE_SCHEDULE, F_SCHEDULE, 0, n);
	bool changed = cue(&t, CUE_CHANGE_RATE, F_CHANGE_RATE, 0, n);
	bool routine = cue(&t, CUE_ROUTINE, F_ROUTINE, 0, n);
	cue(&t, CUE_DEADLINE, F_DEADLINE, 0, n);
	/* Conjunctions a sum of weights cannot express. */
	bool *on = out->on;
	if (on[F_VERB_DELIVER] && (measure || number))
		set(&t, F_DELIVER_MEASURED, out->at[F_VERB_DELIVER], out->len[F_VERB_DELIVER]);
	if (on[F_VERB_DIRECT] && (measure || number))
		set(&t, F_DIRECT_MEASURED, out->at[F_VERB_DIRECT], out->len[F_VERB_DIRECT]);
	if (on[F_VERB_RESULT] && number)
		set(&t, F_RESULT_NUMBER, out->at[F_VERB_RESULT], out->len[F_VERB_RESULT]);
	if (schedule && changed)
		set(&t, F_SCHEDULE_CHANGED, out->at[F_CHANGE_RATE], out->len[F_CHANGE_RATE]);
	if ((on[F_VERB_ACT] || on[F_VERB_GUESS] || on[F_VERB_NONE]) && schedule && !changed)
		set(&t, F_ACT_SCHEDULED, out->at[F_SCHEDULE], out->len[F_SCHEDULE]);
	if ((on[F_VERB_ACT] || on[F_VERB_GUESS] || on[F_VERB_NONE]) && routine && !changed)
		set(&t, F_ACT_ROUTINE, out->at[F_ROUTINE], out->len[F_ROUTINE]);
	/* A schedule beside a measure, another party or a state describes
	 * the change, not what the member does ("visits a month from 4,000
	 * to 8,000", "the club meets every week", "rested most mornings"). */
	if ((schedule || routine) && measure)
		set(&t, F_SCHEDULE_MEASURED, out->at[F_MEASURE], out->len[F_MEASURE]);
	if ((schedule || routine) && on[F_OTHER])
		set(&t, F_SCHEDULE_OTHER, out->at[F_OTHER], out->len[F_OTHER]);
	if ((schedule || routine) && (on[F_VERB_STATE] || mind))
		set(&t, F_SCHEDULE_STATE, 0, 0);
	if (on[F_VERB_STATE] && mind)
		set(&t, F_STATE_MIND, out->at[F_VERB_STATE], out->len[F_VERB_STATE]);
	if (!measure && !number && (on[F_VERB_DIRECT] || compar || eval)) {
		enum feature why = on[F_VERB_DIRECT] ? F_VERB_DIRECT : compar ? F_COMPAR : F_EVAL;
		set(&t, F_AIM_UNMEASURED, out->at[why], out->len[why]);
	}
	read_pairs(out);
	return read_lemmas(g, &t, v);
}

/* Adds word feature KIND=a[+b] behind words [at, at + len), unless the
 * text has it already. */
static int lemma_feature(struct grip *g, const struct text *t, struct coach_word_feature *wf,
			 size_t *n, const char *kind, size_t at, size_t len)
{
	const struct coach_word *a = &t->ws[at], *b = len > 1 ? &t->ws[at + 1] : NULL;
	size_t klen = strlen(kind), size = klen + 1 + a->lemma_len + (b ? 1 + b->lemma_len : 0);
	char *name = grip_alloc(g, size + 1);
	if (!name)
		return -1;
	memcpy(name, kind, klen);
	name[klen] = '=';
	memcpy(name + klen + 1, a->lemma, a->lemma_len);
	if (b) {
		name[klen + 1 + a->lemma_len] = '+';
		memcpy(name + klen + 2 + a->lemma_len, b->lemma, b->lemma_len);
	}
	name[size] = '\0';
	for (size_t i = 0; i < *n; i++)
		if (strcmp(wf[i].name, name) == 0)
			return 0;
	wf[(*n)++] = (struct coach_word_feature){ name, at, len };
	return 0;
}

/* The form of the main verb v: the ending its lemma lacks ("s" of
 * "signs", "ed" of "signed", "" when it is the lemma itself, "~" when the
 * lemma is no prefix of the word) and whether it comes first: "the
 * client signs" is another party's doing, "sign the lease" the member's. */
static int verb_form(struct grip *g, const struct text *t, struct coach_word_feature *wf,
		     size_t *n, size_t v)
{
	const struct coach_word *w = &t->ws[v];
	const char *ending = "~";
	size_t elen = 1;
	if (w->lemma_len <= w->len && memcmp(w->s, w->lemma, w->lemma_len) == 0) {
		ending = w->s + w->lemma_len;
		elen = w->len - w->lemma_len;
	} else if (w->lemma_len == w->len + 1 && memcmp(w->s, w->lemma, w->len - 1) == 0) {
		ending = w->s + w->len - 1; /* "making": "make" lost its "e" */
		elen = 1;
	}
	if (elen > 8)
		elen = 8;
	char name[32];
	int len = snprintf(name, sizeof name, "vform=%.*s@%s", (int)elen, ending,
			   v == 0 ? "first" : "later");
	char *copy = arena_strndup(g->arena, name, (size_t)len);
	if (!copy)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	wf[(*n)++] = (struct coach_word_feature){ copy, v, 1 };
	return 0;
}

/* "x" as a sign: right after a digit ("3x", "2 x 20"). */
static bool sign_x(const struct text *t, const char *at)
{
	const char *p = at;
	while (p > t->text && p[-1] == ' ')
		p--;
	return p > t->text && p[-1] >= '0' && p[-1] <= '9';
}

/* The head of the main verb's object: the last word before a preposition
 * or the clause's end ("Build trust between the board and the staff":
 * trust; "Roll out a better knowledge base": base), as head=<lemma> and
 * head=[class] for each class it is in. Making a thing and making a
 * quality differ by it: a base is work to deliver, trust an aspiration. */
static int object_head(struct grip *g, const struct text *t, struct coach_word_feature *wf, size_t *n,
		       size_t v)
{
	size_t h = v + 1;
	while (h < t->end && is(t, h, C_PARTICLE))
		h++;
	if (h >= t->end || is(t, h, C_PREP))
		return 0;
	while (h + 1 < t->end && !is(t, h + 1, C_PREP))
		h++;
	if (lemma_feature(g, t, wf, n, "head", h, 1) < 0)
		return -1;
	for (size_t c = 0; c < C_COUNT; c++) {
		if (!is(t, h, (enum cls)c))
			continue;
		char *name = arena_printf(g->arena, "head=[%s]", coach_class_names[c]);
		if (!name)
			return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
		wf[(*n)++] = (struct coach_word_feature){ name, h, 1 };
	}
	return 0;
}

static int read_lemmas(struct grip *g, const struct text *t, size_t v)
{
	struct coach_reading *out = t->out;
	if (!t->n)
		return 0;
	/* verb and first, then a word and a pair for each word of the main
	 * clause. */
	struct coach_word_feature *wf = arena_calloc(g->arena, 18 + C_COUNT + 2 * t->end, sizeof *wf);
	size_t n = 0;
	if (!wf)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	if ((v < t->end && lemma_feature(g, t, wf, &n, "verb", v, 1) < 0) ||
	    lemma_feature(g, t, wf, &n, "first", 0, 1) < 0)
		return -1;
	if (lemma_feature(g, t, wf, &n, "last", t->end - 1, 1) < 0 ||
	    (v < t->end && (verb_form(g, t, wf, &n, v) < 0 || object_head(g, t, wf, &n, v) < 0)))
		return -1;
	/* The signs of a measure between the words: "95%", "≥ 99.8", "£3k",
	 * "Churn: 2"; each once. */
	static const char *const signs[] = { "%", "<", ">", "\u2264", "\u2265", "\u00a3", "\u20ac",
					     "$", ":", "+", "/", "\u2192", "x" };
	size_t to = t->ws[t->end - 1].to;
	for (size_t k = 0; k < sizeof signs / sizeof signs[0]; k++) {
		const char *at = strstr(t->text, signs[k]);
		if (!at || (size_t)(at - t->text) >= to || (k == 12 && !sign_x(t, at)))
			continue;
		char *name = arena_printf(g->arena, "sign=%s", signs[k]);
		if (!name)
			return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
		wf[n++] = (struct coach_word_feature){ name, 0, 0 };
	}
	for (size_t i = 0; i < t->end; i++)
		if (lemma_feature(g, t, wf, &n, "word", i, 1) < 0 ||
		    (i + 1 < t->end && lemma_feature(g, t, wf, &n, "pair", i, 2) < 0))
			return -1;
	out->wf = wf;
	out->n_wf = n;
	return 0;
}

/* The pairs: each verb feature with each feature of pair_with. */
static const enum feature pair_verbs[8] = {
	F_VERB_ACT, F_VERB_DELIVER, F_VERB_DIRECT, F_VERB_RESULT, F_VERB_STATE, F_VERB_KEEP, F_VERB_REACT,
	F_VERB_GUESS,
};
static const enum feature pair_with[N_PAIR_WITH] = {
	F_NUMBER, F_MEASURE, F_COMPAR, F_OTHER, F_SCHEDULE, F_OBJECT, F_ARTIFACT, F_PURPOSE,
	F_NEGATION, F_PHRASAL,
};

static void read_pairs(struct coach_reading *out)
{
	for (size_t v = 0; v < 8; v++)
		for (size_t c = 0; c < N_PAIR_WITH; c++) {
			size_t f = F_PAIRS + N_PAIR_WITH * v + c;
			if (!out->on[pair_verbs[v]] || !out->on[pair_with[c]])
				continue;
			out->on[f] = true;
			out->at[f] = out->at[pair_verbs[v]];
			out->len[f] = out->len[pair_verbs[v]];
		}
}
