/*
 * reader.c — how the coach reads a sentence (see reader.h and docs/coach.md,
 * "How the coach reads a sentence").
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
 *  5. Each model hint sums the weights of the features that are on
 *     (lexicon/<locale>/model.txt, else English's: the weights belong to
 *     the features, not to a language) and fires above 0, quoting the
 *     words of the feature that weighed most for it.
 */
#include "core/reader.h"

#include <stdlib.h>
#include <string.h>

#include "core/internal.h"
#include "core/lexicon.h"
#include "core/reader_words.h"

/* The word classes the reader asks by name; words.txt defines them. */
enum cls {
	C_SELF, C_OTHER, C_DET, C_MODAL, C_ADVERB, C_ACT, C_DELIVER, C_DIRECT, C_RESULT, C_STATE,
	C_KEEP, C_PARTICIPLE, C_MIND, C_BODY, C_COMMERCE, C_GRADE, C_PREP, C_NEG, C_COMPAR, C_EVAL,
	C_ARTIFACT, C_METRIC, C_EVENT, C_NUMBER, C_REACT, C_ABLE, C_VERBFORM,
	C_QUALITY, C_COMPAR_FORM, C_ABSTRACT, C_DONE_FORM, C_PARTICLE, C_COUNT
};
static const char *const class_names[C_COUNT] = {
	"self", "other", "det", "modal", "adverb", "act", "deliver", "direct", "result", "state",
	"keep", "participle", "mind", "body", "commerce", "grade", "prep", "neg", "compar", "eval",
	"artifact", "metric", "event", "number", "react", "able", "verbform",
	"quality", "compar_form", "abstract", "done_form", "particle",
};
#define F_PAIRS (F_HAND + 3 * C_COUNT)
#define N_PAIR_WITH 10
#define N_FEATURES (F_PAIRS + 8 * N_PAIR_WITH)

enum feature {
	F_BIAS, F_VERB_NONE, F_VERB_FIRST, F_VERB_ACT, F_VERB_DELIVER, F_VERB_DIRECT, F_VERB_RESULT,
	F_VERB_STATE, F_VERB_KEEP, F_SELF, F_OTHER, F_PARTICIPLE, F_MIND, F_BODY, F_COMMERCE, F_GRADE,
	F_NUMBER, F_MEASURE, F_RESULT_CUE, F_COMPAR, F_EVAL, F_SCHEDULE, F_CHANGE_RATE, F_DEADLINE,
	F_PURPOSE, F_NEGATION, F_ARTIFACT, F_METRIC, F_OBJECT, F_SHORT, F_DELIVER_MEASURED,
	F_DIRECT_MEASURED, F_RESULT_NUMBER, F_SCHEDULE_CHANGED, F_STATE_MIND, F_AIM_UNMEASURED,
	F_DELIVER_PLAIN, F_NUMBER_FIRST, F_ACT_PLAIN, F_VERB_NOUN, F_VERB_REACT, F_OTHER_REACTS,
	F_VERB_GUESS, F_ABLE, F_ACT_SCHEDULED, F_ROUTINE, F_ACT_ROUTINE, F_DELIVERED, F_SCHEDULE_MEASURED, F_SCHEDULE_OTHER,
	F_SCHEDULE_STATE, F_PHRASAL, F_HAND
};

static const char *const feature_names[] = {
	"bias", "verb_none", "verb_first", "verb_act", "verb_deliver", "verb_direct", "verb_result",
	"verb_state", "verb_keep", "self", "other", "participle", "mind", "body", "commerce", "grade",
	"number", "measure", "result_cue", "compar", "eval", "schedule", "change_rate", "deadline",
	"purpose", "negation", "artifact", "metric", "object", "short", "deliver_measured",
	"direct_measured", "result_number", "schedule_changed", "state_mind", "aim_unmeasured",
	"deliver_plain", "number_first", "act_plain", "verb_noun", "verb_react", "other_reacts",
	"verb_guess", "able", "act_scheduled", "routine", "act_routine", "delivered", "schedule_measured", "schedule_other", "schedule_state",
	"phrasal",
	/* Then three for each word class, in the order of class_names: its
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
	"first:particle", "verb:particle", "any:particle",
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


_Static_assert(sizeof feature_names / sizeof feature_names[0] == N_FEATURES, "a name for each feature");
_Static_assert(N_FEATURES == COACH_FEATURES, "COACH_FEATURES counts the features");

/* The cue lexicons, each a feature. */
enum cue {
	CUE_SCHEDULE, CUE_ROUTINE, CUE_CHANGE_RATE, CUE_DEADLINE, CUE_MEASURE, CUE_RESULT, CUE_PURPOSE,
	CUE_COUNT
};
static const char *const cue_files[CUE_COUNT] = {
	"schedule", "routine", "change_rate", "deadline", "measure", "result", "purpose",
};

static const char *const hint_codes[COACH_MODEL_HINTS] = {
	"commitment.outcome", "member.outcome.habit", "kr.vague", "kr.output",
};

struct coach_reader {
	struct coach_classes *classes;
	uint64_t bit[C_COUNT]; /* the mask of each class (0 when the locale lacks it) */
	struct lexicon *cue[CUE_COUNT];
	struct lexicon *bau;
	bool verb_last; /* a bare instruction ends with its verb (German) */
	double w[COACH_MODEL_HINTS][N_FEATURES];
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

void coach_reader_set_weight(struct coach_reader *rd, size_t h, size_t f, double w)
{
	if (h < COACH_MODEL_HINTS && f < N_FEATURES)
		rd->w[h][f] = w;
}

/* ---- loading ---- */

static int index_of(const char *const *names, size_t n, const char *s, size_t len)
{
	for (size_t i = 0; i < n; i++)
		if (strlen(names[i]) == len && memcmp(names[i], s, len) == 0)
			return (int)i;
	return -1;
}

/* model.txt: "HINT FEATURE WEIGHT" lines; # comments. */
static int parse_model(struct grip *g, struct coach_reader *rd, const char *path, const char *text,
		       size_t len)
{
	int line = 0;
	for (size_t at = 0; at < len;) {
		const char *nl = memchr(text + at, '\n', len - at);
		size_t end = nl ? (size_t)(nl - text) : len;
		line++;
		char buf[160];
		size_t n = end - at < sizeof buf ? end - at : sizeof buf - 1;
		memcpy(buf, text + at, n);
		buf[n] = '\0';
		at = end + 1;
		char *p = buf + strspn(buf, " \t\r");
		if (!*p || *p == '#')
			continue;
		size_t hl = strcspn(p, " \t");
		char *f = p + hl + strspn(p + hl, " \t");
		size_t fl = strcspn(f, " \t");
		char *num = f + fl, *stop;
		int h = index_of(hint_codes, COACH_MODEL_HINTS, p, hl);
		int fi = index_of(feature_names, N_FEATURES, f, fl);
		double w = strtod(num, &stop);
		if (h < 0 || fi < 0 || stop == num || stop[strspn(stop, " \t\r")])
			return grip_fail(g, GRIP_EINVAL, "lexicon", "%s line %d: not HINT FEATURE WEIGHT",
					 path, line);
		rd->w[h][fi] = w;
	}
	return 0;
}

struct coach_reader *coach_reader_load(struct grip *g, const char *locale)
{
	struct coach_reader *rd = grip_alloc(g, sizeof *rd);
	if (!rd)
		return NULL;
	memset(rd, 0, sizeof *rd);
	if (!(rd->classes = coach_classes_load(g, locale)))
		return NULL;
	for (size_t c = 0; c < C_COUNT; c++) {
		int id = coach_classes_id(rd->classes, class_names[c], strlen(class_names[c]));
		rd->bit[c] = id < 0 ? 0 : (uint64_t)1 << id;
	}
	rd->verb_last = coach_classes_id(rd->classes, "verb_last", 9) >= 0;
	for (size_t i = 0; i < CUE_COUNT; i++)
		if (!(rd->cue[i] = lexicon_load_classes(g, rd->classes, locale, cue_files[i])))
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

/* ---- reading ---- */

struct text {
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
	/* A verb no class names: a first word shaped like a verb, or one
	 * followed by a determiner or a number ("Containerise the services",
	 * "Repaint the kitchen"). */
	if (t->end >= 2 && !t->ws[0].number && !(t->ws[0].classes & ~t->rd->bit[C_VERBFORM]) &&
	    (is(t, 0, C_VERBFORM) || is(t, 1, C_DET) || number_at(t, 1))) {
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
			  !t->out->on[F_VERB_GUESS]))
			set(t, F_OTHER, 0, v + 1);
	}
	if (t->out->on[F_OTHER] && !t->out->on[F_SELF])
		set(t, F_OTHER_REACTS, 0, v + len);
}

static void read_pairs(struct coach_reading *out);

int coach_reader_read(struct grip *g, const struct coach_reader *rd, const char *text,
		      struct coach_reading *out)
{
	struct coach_word *ws;
	size_t n;
	memset(out, 0, sizeof *out);
	out->on[F_BIAS] = true;
	if (coach_words_split(g, rd->classes, text, strlen(text), &ws, &n) < 0)
		return -1;
	struct text t = { rd, ws, n, n, out };
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

/* ---- deciding ---- */

static const char *decide(struct grip *g, const struct coach_reader *rd, size_t h, const char *text)
{
	struct coach_reading r;
	if (coach_reader_read(g, rd, text, &r) < 0)
		return NULL;
	/* The words quoted are those of the feature that weighed most: one
	 * of the reader's own if any weighed for it, else a word class. */
	double sum = 0, best = 0, best_class = 0;
	size_t why = N_FEATURES, why_class = N_FEATURES;
	for (size_t f = 0; f < N_FEATURES; f++) {
		if (!r.on[f])
			continue;
		sum += rd->w[h][f];
		double *b = f < F_HAND || f >= F_PAIRS ? &best : &best_class;
		if (r.len[f] && rd->w[h][f] > *b) {
			*b = rd->w[h][f];
			*(b == &best ? &why : &why_class) = f;
		}
	}
	if (why == N_FEATURES)
		why = why_class;
	/* A calendar schedule is the clearer quote of a habit. */
	if ((why == F_ROUTINE || why == F_ACT_ROUTINE) && r.on[F_SCHEDULE] && rd->w[h][F_SCHEDULE] > 0)
		why = F_SCHEDULE;
	if (sum <= 0)
		return NULL;
	struct coach_word *ws;
	size_t n;
	if (coach_words_split(g, NULL, text, strlen(text), &ws, &n) < 0)
		return NULL;
	size_t from = 0, to = strlen(text);
	if (why < N_FEATURES && r.at[why] + r.len[why] <= n) {
		size_t a = r.at[why], b = a + r.len[why];
		/* Words inside the main verb's phrase are quoted with the verb:
		 * "Lose 2 kg", "Feel calmer", not "2 kg", "calmer"; a schedule
		 * or a date is quoted alone. */
		static const enum feature verbs[] = { F_VERB_ACT, F_VERB_DELIVER, F_VERB_DIRECT,
						      F_VERB_RESULT, F_VERB_STATE, F_VERB_KEEP,
						      F_VERB_REACT, F_VERB_GUESS };
		bool when = why == F_SCHEDULE || why == F_ROUTINE || why == F_ACT_SCHEDULED ||
			    why == F_ACT_ROUTINE || why == F_DEADLINE || why == F_CHANGE_RATE;
		for (size_t k = 0; !when && k < sizeof verbs / sizeof verbs[0]; k++) {
			size_t va = r.at[verbs[k]], vb = va + r.len[verbs[k]];
			if (!r.on[verbs[k]] || !r.len[verbs[k]] || a < va || a > vb || vb > n)
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
