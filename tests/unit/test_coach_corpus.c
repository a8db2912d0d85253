/*
 * test_coach_corpus.c — the coach's four text hints measured on the test
 * part of the corpus (tests/coach/corpus/test, see its README.md) through
 * the reader built into the binary: precision and recall of each hint must
 * stay at or above the figures in thresholds[] (docs/coach.md, "How the
 * coach reads a sentence"). make coach-eval prints the same figures with
 * the cases it gets wrong.
 *
 * The corpus directory is argv[1], or tests/coach/corpus/test under the
 * source tree the test was built from.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/grip.h"
#include "core/reader.h"

#ifndef GRIP_SRCDIR
#define GRIP_SRCDIR "."
#endif

static const char *corpus_dir = GRIP_SRCDIR "/tests/coach/corpus/test";

/* The least each hint may reach on the test part: the figures the shipped
 * model reached when it was measured, rounded down (docs/coach.md,
 * "Figures"). Three are at or above the target of 0.90 precision and 0.85
 * recall; kr.output's precision is below it. A change to the reader that
 * lowers one says why in docs/coach.md. */
static const struct {
	const char *code;
	double precision, recall;
} thresholds[] = {
	{ "commitment.outcome", 0.91, 0.89 },
	{ "member.outcome.habit", 0.91, 0.87 },
	{ "kr.vague", 0.93, 0.90 },
	{ "kr.output", 0.87, 0.89 },
};
#define N_HINTS (sizeof thresholds / sizeof thresholds[0])

/* Each file, the hints its lines decide and the label of each. */
static const struct {
	const char *file;
	const char *codes[2], *labels[2];
} files[] = {
	{ "commitments.txt", { "commitment.outcome", NULL }, { "outcome", NULL } },
	{ "member_outcomes.txt", { "member.outcome.habit", NULL }, { "habit", NULL } },
	{ "key_results.txt", { "kr.vague", "kr.output" }, { "vague", "output" } },
};

/* Is label one of the comma-separated labels? */
static bool has_label(const char *labels, const char *label)
{
	size_t n = strlen(label);
	for (const char *p = labels; *p;) {
		size_t len = strcspn(p, ",");
		if (len == n && strncmp(p, label, n) == 0)
			return true;
		p += len + (p[len] == ',');
	}
	return false;
}

static void test_thresholds(void **state)
{
	(void)state;
	struct arena arena;
	struct grip g;
	arena_init(&arena);
	grip_init(&g, NULL, &arena, 0);
	struct coach_reader *rd = coach_reader_load(&g, "en");
	assert_non_null(rd);
	int tp[N_HINTS] = { 0 }, fp[N_HINTS] = { 0 }, fn[N_HINTS] = { 0 }, lines = 0;
	for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
		char path[1024], line[2048];
		snprintf(path, sizeof path, "%s/%s", corpus_dir, files[i].file);
		FILE *in = fopen(path, "r");
		if (!in)
			fail_msg("cannot read %s", path);
		while (fgets(line, sizeof line, in)) {
			line[strcspn(line, "\r\n")] = '\0';
			if (!line[0] || line[0] == '#')
				continue;
			char *area = strchr(line, '\t'), *text = area ? strchr(area + 1, '\t') : NULL;
			if (!text)
				fail_msg("%s: not LABELS<TAB>AREA<TAB>TEXT: %s", path, line);
			*area = '\0';
			text++;
			lines++;
			for (size_t k = 0; k < 2 && files[i].codes[k]; k++) {
				size_t h = 0;
				while (strcmp(thresholds[h].code, files[i].codes[k]) != 0)
					h++;
				bool want = has_label(line, files[i].labels[k]);
				bool got = coach_reader_fires(&g, rd, files[i].codes[k], text) != NULL;
				assert_int_equal(g.err.code, GRIP_OK);
				tp[h] += got && want;
				fp[h] += got && !want;
				fn[h] += !got && want;
			}
		}
		fclose(in);
	}
	assert_true(lines >= 300);
	int below = 0;
	for (size_t h = 0; h < N_HINTS; h++) {
		double p = tp[h] + fp[h] ? (double)tp[h] / (tp[h] + fp[h]) : 0;
		double r = tp[h] + fn[h] ? (double)tp[h] / (tp[h] + fn[h]) : 0;
		print_message("%-22s precision %.3f recall %.3f\n", thresholds[h].code, p, r);
		if (p < thresholds[h].precision || r < thresholds[h].recall) {
			print_error("%s: precision %.3f (at least %.2f), recall %.3f (at least %.2f)\n",
				    thresholds[h].code, p, thresholds[h].precision, r, thresholds[h].recall);
			below++;
		}
	}
	arena_release(&arena);
	assert_int_equal(below, 0);
}

int main(int argc, char **argv)
{
	if (argc > 1)
		corpus_dir = argv[1];
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_thresholds),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
