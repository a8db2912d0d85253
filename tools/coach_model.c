/*
 * coach_model.c — a development tool for the coach's reader (docs/coach.md,
 * "How the coach reads a sentence"). It links build/libgrip.a, so every
 * text is read by the very code that ships.
 *
 *   coach_model train DEV_DIR CASES > model.txt
 *       fits the weights of the four text hints (logistic regression, L2,
 *       plain gradient descent from zero: the same input gives the same
 *       weights) on the corpus in DEV_DIR and the cases file
 *   coach_model cv DEV_DIR CASES
 *       5-fold cross-validation on DEV_DIR (the cases always train):
 *       precision and recall per hint
 *   coach_model eval DIR
 *       precision and recall per hint of the shipped model on the corpus
 *       in DIR, and every case it gets wrong with the words it quotes
 *   coach_model explain [LOCALE:]TEXT...
 *       the features of each text and what each hint says
 *
 * The corpus format is in tests/coach/corpus/README.md; the cases format in
 * tests/coach/text.cases.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/grip.h"
#include "core/internal.h"
#include "core/reader.h"

#define H COACH_MODEL_HINTS
#define F COACH_FEATURES
#define CASE_WEIGHT 5

struct example {
	int hint;
	bool label;
	bool on[F];
	char *text;
	int fold; /* -1: always trains (the cases) */
};

struct set {
	struct example *e;
	size_t n, cap;
};

struct tool {
	struct arena arena;
	struct grip g;
	struct coach_reader *en, *de;
};

static struct coach_reader *reader_for(struct tool *t, const char *locale)
{
	return locale && strcmp(locale, "de") == 0 ? t->de : t->en;
}

static int hint_index(const char *code)
{
	for (int h = 0; h < H; h++)
		if (strcmp(coach_reader_hint((size_t)h), code) == 0)
			return h;
	return -1;
}

static void add(struct tool *t, struct set *s, const char *locale, int hint, bool label,
		const char *text, int fold)
{
	if (s->n == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 256;
		s->e = realloc(s->e, s->cap * sizeof *s->e);
		if (!s->e) {
			fprintf(stderr, "coach_model: out of memory\n");
			exit(1);
		}
	}
	struct coach_reading r;
	if (coach_reader_read(&t->g, reader_for(t, locale), text, &r) < 0) {
		fprintf(stderr, "coach_model: %s\n", t->g.err.message);
		exit(1);
	}
	struct example *e = &s->e[s->n++];
	e->hint = hint;
	e->label = label;
	memcpy(e->on, r.on, sizeof e->on);
	e->text = strdup(text);
	e->fold = fold;
}

/* The corpus files of dir: commitments, member outcomes, key results. */
static void read_corpus(struct tool *t, struct set *s, const char *dir, bool need)
{
	static const struct {
		const char *file;
		int hints[2];
		const char *labels[2];
	} files[] = {
		{ "commitments.txt", { 0, -1 }, { "outcome", NULL } },
		{ "member_outcomes.txt", { 1, -1 }, { "habit", NULL } },
		{ "key_results.txt", { 2, 3 }, { "vague", "output" } },
	};
	for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
		char path[1024], line[2048];
		snprintf(path, sizeof path, "%s/%s", dir, files[i].file);
		FILE *in = fopen(path, "r");
		if (!in) {
			if (need)
				fprintf(stderr, "coach_model: no %s\n", path);
			continue;
		}
		int count = 0;
		while (fgets(line, sizeof line, in)) {
			line[strcspn(line, "\r\n")] = '\0';
			if (!line[0] || line[0] == '#')
				continue;
			char *area = strchr(line, '\t'), *text = area ? strchr(area + 1, '\t') : NULL;
			if (!text)
				continue;
			*area = '\0';
			text++;
			for (int k = 0; k < 2 && files[i].hints[k] >= 0; k++) {
				/* labels are a comma list: "vague,output" */
				bool label = false;
				for (char *p = line; *p;) {
					size_t len = strcspn(p, ",");
					if (len == strlen(files[i].labels[k]) && strncmp(p, files[i].labels[k], len) == 0)
						label = true;
					p += len + (p[len] == ',');
				}
				add(t, s, NULL, files[i].hints[k], label, text, count % 5);
			}
			count++;
		}
		fclose(in);
	}
}

static void read_cases(struct tool *t, struct set *s, const char *path)
{
	FILE *in = fopen(path, "r");
	char line[2048];
	if (!in) {
		fprintf(stderr, "coach_model: cannot read %s\n", path);
		exit(1);
	}
	while (fgets(line, sizeof line, in)) {
		line[strcspn(line, "\r\n")] = '\0';
		if (!line[0] || line[0] == '#')
			continue;
		char *expect = strchr(line, '\t'), *text = expect ? strchr(expect + 1, '\t') : NULL;
		if (!text)
			continue;
		*expect++ = '\0';
		*text++ = '\0';
		char *code = line, *locale = NULL, *colon = strchr(line, ':');
		if (colon) {
			*colon = '\0';
			locale = line;
			code = colon + 1;
		}
		int h = hint_index(code);
		if (h >= 0)
			add(t, s, locale, h, strcmp(expect, "fires") == 0, text, -1);
	}
	fclose(in);
}

static double score(const double *w, const bool *on)
{
	double z = 0;
	for (int f = 0; f < F; f++)
		if (on[f])
			z += w[f];
	return z;
}

/* Logistic regression of hint h on the examples not in fold skip. */
static void fit(const struct set *s, int h, int skip, double *w)
{
	const double rate = getenv("CM_RATE") ? strtod(getenv("CM_RATE"), NULL) : 0.5;
	const double l2 = getenv("CM_L2") ? strtod(getenv("CM_L2"), NULL) : 0.002;
	const int rounds = getenv("CM_ROUNDS") ? (int)strtol(getenv("CM_ROUNDS"), NULL, 10) : 3000;
	double grad[F];
	double m = 0;
	memset(w, 0, F * sizeof *w);
	for (size_t i = 0; i < s->n; i++)
		if (s->e[i].hint == h && (skip < 0 || s->e[i].fold != skip))
			m += s->e[i].fold < 0 ? CASE_WEIGHT : 1;
	if (!m)
		return;
	for (int round = 0; round < rounds; round++) {
		memset(grad, 0, sizeof grad);
		for (size_t i = 0; i < s->n; i++) {
			const struct example *e = &s->e[i];
			if (e->hint != h || (skip >= 0 && e->fold == skip))
				continue;
			double p = 1 / (1 + exp(-score(w, e->on)));
			/* The cases pin behaviour: they weigh as much as five statements. */
			double d = (p - (e->label ? 1 : 0)) * (e->fold < 0 ? CASE_WEIGHT : 1);
			for (int f = 0; f < F; f++)
				if (e->on[f])
					grad[f] += d;
		}
		for (int f = 0; f < F; f++)
			w[f] -= rate * (grad[f] / m + (f ? l2 * w[f] : 0));
	}
}

static void report(const char *what, const int tp[H], const int fp[H], const int fn[H])
{
	printf("%-22s %9s %9s %5s %5s %5s\n", what, "precision", "recall", "tp", "fp", "fn");
	for (int h = 0; h < H; h++) {
		double p = tp[h] + fp[h] ? (double)tp[h] / (tp[h] + fp[h]) : 1;
		double r = tp[h] + fn[h] ? (double)tp[h] / (tp[h] + fn[h]) : 1;
		printf("%-22s %9.3f %9.3f %5d %5d %5d\n", coach_reader_hint((size_t)h), p, r, tp[h], fp[h],
		       fn[h]);
	}
}

static int train(struct tool *t, const char *dir, const char *cases)
{
	struct set s = { 0 };
	read_corpus(t, &s, dir, true);
	read_cases(t, &s, cases);
	printf("# model.txt — the weights of the coach's reader: HINT FEATURE WEIGHT.\n"
	       "# Written by `make coach-train` (tools/coach_model.c) from the corpus's\n"
	       "# dev part and tests/coach/text.cases; do not edit by hand. The features\n"
	       "# are the same in every language, so a locale without its own model.txt\n"
	       "# reads this one (docs/coach.md, \"How the coach reads a sentence\").\n"
	       "# %zu examples.\n",
	       s.n);
	for (int h = 0; h < H; h++) {
		double w[F];
		fit(&s, h, -1, w);
		printf("\n");
		for (int f = 0; f < F; f++)
			if (fabs(w[f]) >= 0.0005)
				printf("%s %s %.3f\n", coach_reader_hint((size_t)h), coach_reader_feature((size_t)f),
				       w[f]);
	}
	return 0;
}

static int cross_validate(struct tool *t, const char *dir, const char *cases)
{
	struct set s = { 0 };
	read_corpus(t, &s, dir, true);
	read_cases(t, &s, cases);
	int tp[H] = { 0 }, fp[H] = { 0 }, fn[H] = { 0 };
	for (int fold = 0; fold < 5; fold++)
		for (int h = 0; h < H; h++) {
			double w[F];
			fit(&s, h, fold, w);
			for (size_t i = 0; i < s.n; i++) {
				const struct example *e = &s.e[i];
				if (e->hint != h || e->fold != fold)
					continue;
				bool got = score(w, e->on) > 0;
				tp[h] += got && e->label;
				fp[h] += got && !e->label;
				fn[h] += !got && e->label;
				if (got != e->label)
					fprintf(stderr, "%s %s: %s\n", coach_reader_hint((size_t)h),
						got ? "FP" : "FN", e->text);
			}
		}
	report("5-fold on dev", tp, fp, fn);
	return 0;
}

static int evaluate(struct tool *t, const char *dir)
{
	struct set s = { 0 };
	read_corpus(t, &s, dir, true);
	int tp[H] = { 0 }, fp[H] = { 0 }, fn[H] = { 0 };
	for (int h = 0; h < H; h++) {
		printf("== %s\n", coach_reader_hint((size_t)h));
		for (size_t i = 0; i < s.n; i++) {
			const struct example *e = &s.e[i];
			if (e->hint != h)
				continue;
			const char *words = coach_reader_fires(&t->g, t->en, coach_reader_hint((size_t)h), e->text);
			bool got = words != NULL;
			tp[h] += got && e->label;
			fp[h] += got && !e->label;
			fn[h] += !got && e->label;
			if (got && !e->label)
				printf("  false positive: %s   [%s]\n", e->text, words);
			else if (!got && e->label)
				printf("  false negative: %s\n", e->text);
		}
	}
	printf("\n");
	report(dir, tp, fp, fn);
	return 0;
}

static int explain(struct tool *t, int argc, char **argv)
{
	for (int i = 0; i < argc; i++) {
		const char *text = argv[i], *locale = NULL;
		if (strncmp(text, "de:", 3) == 0) {
			locale = "de";
			text += 3;
		}
		struct coach_reader *rd = reader_for(t, locale);
		struct coach_reading r;
		if (coach_reader_read(&t->g, rd, text, &r) < 0)
			return 1;
		printf("%s\n ", text);
		for (int f = 1; f < F; f++)
			if (r.on[f])
				printf(" %s", coach_reader_feature((size_t)f));
		printf("\n");
		for (int h = 0; h < H; h++) {
			const char *w = coach_reader_fires(&t->g, rd, coach_reader_hint((size_t)h), text);
			printf("  %-22s %s\n", coach_reader_hint((size_t)h), w ? w : "-");
		}
	}
	return 0;
}

int main(int argc, char **argv)
{
	struct tool t;
	arena_init(&t.arena);
	grip_init(&t.g, NULL, &t.arena, 0);
	if (!(t.en = coach_reader_load(&t.g, "en")) || !(t.de = coach_reader_load(&t.g, "de"))) {
		fprintf(stderr, "coach_model: %s\n", t.g.err.message);
		return 1;
	}
	int rc = 2;
	if (argc == 4 && strcmp(argv[1], "train") == 0)
		rc = train(&t, argv[2], argv[3]);
	else if (argc == 4 && strcmp(argv[1], "cv") == 0)
		rc = cross_validate(&t, argv[2], argv[3]);
	else if (argc == 3 && strcmp(argv[1], "eval") == 0)
		rc = evaluate(&t, argv[2]);
	else if (argc >= 3 && strcmp(argv[1], "explain") == 0)
		rc = explain(&t, argc - 2, argv + 2);
	else
		fprintf(stderr, "usage: coach_model train DEV_DIR CASES | cv DEV_DIR CASES | eval DIR | "
				"explain TEXT...\n");
	arena_release(&t.arena);
	return rc;
}
