/*
 * test_coach.c — the coach's text rules: every case of tests/coach/text.cases
 * through the reader built into the binary (coach_text_rule), the pattern
 * syntax of docs/coach.md on small lexicons of its own, word classes and
 * their endings, every built-in lexicon of every locale parsing cleanly,
 * and grip_coach over a real SQLite file failing each allocation in turn.
 *
 * The cases file is argv[1], or tests/coach/text.cases under the source
 * tree the test was built from. A code may name a locale first
 * ("fr:member.outcome.habit"); without one the case is English.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <pthread.h>
#include <string.h>

#include "core/grip.h"
#include "core/lexicon.h"
#include "core/reader.h"
#include "core/reader_words.h"
#include "store/store.h"
#include "tmpdb.h"
#include "util/date.h"
#include "util/embedded.h"

#ifndef GRIP_SRCDIR
#define GRIP_SRCDIR "."
#endif

static const char *cases_path = GRIP_SRCDIR "/tests/coach/text.cases";

/* The text rules. */
static const char *const rules[] = {
	"member.outcome.habit", "commitment.outcome", "kr.vague", "kr.output", "objective.bau",
};
#define N_RULES (sizeof rules / sizeof rules[0])

struct fixture {
	struct arena arena;
	struct grip g;
};

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	arena_init(&f->arena);
	/* No store and no org: the lexicons are English and need neither. */
	grip_init(&f->g, NULL, &f->arena, 0);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	arena_release(&f->arena);
	free(f);
	return 0;
}

static void test_text_cases(void **state)
{
	struct grip *g = &((struct fixture *)*state)->g;
	FILE *in = fopen(cases_path, "r");
	if (!in)
		fail_msg("cannot read %s", cases_path);
	int fires[N_RULES] = { 0 }, silent[N_RULES] = { 0 }, wrong = 0, lineno = 0;
	char line[1024];
	while (fgets(line, sizeof line, in)) {
		lineno++;
		line[strcspn(line, "\r\n")] = '\0';
		if (!line[0] || line[0] == '#')
			continue;
		char *code = line, *expect = strchr(code, '\t'), *text = NULL;
		if (expect) {
			*expect++ = '\0';
			text = strchr(expect, '\t');
		}
		if (!text)
			fail_msg("%s:%d: not CODE<TAB>fires|silent<TAB>text", cases_path, lineno);
		*text++ = '\0';
		const char *locale = NULL;
		char *colon = strchr(code, ':');
		if (colon) {
			*colon = '\0';
			locale = code;
			code = colon + 1;
		}
		size_t r = 0;
		while (r < N_RULES && strcmp(rules[r], code) != 0)
			r++;
		if (r == N_RULES)
			fail_msg("%s:%d: no text rule %s", cases_path, lineno, code);
		bool want = strcmp(expect, "fires") == 0;
		if (!want && strcmp(expect, "silent") != 0)
			fail_msg("%s:%d: %s is neither fires nor silent", cases_path, lineno, expect);
		if (!locale)
			(want ? fires : silent)[r]++;
		const char *words = coach_text_rule(g, locale ? locale : "en", code, text);
		bool got = words != NULL;
		assert_int_equal(g->err.code, GRIP_OK);
		/* A hint quotes words of the text, as written. */
		if (got && (!*words || !strstr(text, words)))
			fail_msg("%s:%d: \"%s\" is not words of \"%s\"", cases_path, lineno, words, text);
		if (got != want) {
			print_error("%s:%d: %s should be %s for \"%s\"\n", cases_path, lineno, code,
				    want ? "fired" : "silent", text);
			wrong++;
		}
	}
	fclose(in);
	for (size_t r = 0; r < N_RULES; r++)
		if (fires[r] < 6 || silent[r] < 6)
			fail_msg("%s: %s has %d firing and %d silent English cases; six of each at least", cases_path,
				 rules[r], fires[r], silent[r]);
	assert_int_equal(wrong, 0);
}

/* A lexicon from text, and what it finds in a text ("" for nothing). */
static const char *found(struct grip *g, const char *lexicon, const char *text)
{
	struct lexicon *lx = lexicon_parse(g, "test.txt", lexicon, strlen(lexicon));
	assert_non_null(lx);
	const char *f = lexicon_find(g, lx, text);
	return f ? f : "";
}

static void test_pattern_syntax(void **state)
{
	struct grip *g = &((struct fixture *)*state)->g;
	/* Words in order, on word boundaries, case and punctuation ignored. */
	assert_string_equal(found(g, "every day\n", "I run, Every  Day!"), "Every  Day");
	assert_string_equal(found(g, "every day\n", "everyday"), "");
	assert_string_equal(found(g, "day\n", "Sunday"), "");
	assert_string_equal(found(g, "every day\n", "every, day"), "every, day");
	/* A trailing * is a prefix; a lone * is any one word. */
	assert_string_equal(found(g, "improv*\n", "We improved it"), "improved");
	assert_string_equal(found(g, "feel * calm\n", "to feel more calm"), "feel more calm");
	assert_string_equal(found(g, "feel * calm\n", "to feel calm"), "");
	/* <n>: digits, with . or , inside; "2kg" is two words. */
	assert_string_equal(found(g, "lose <n> kg\n", "Lose 2kg"), "Lose 2kg");
	assert_string_equal(found(g, "lose <n> kg\n", "lose 2.5 kg"), "lose 2.5 kg");
	assert_string_equal(found(g, "<n> steps\n", "walk 10,000 steps"), "10,000 steps");
	assert_string_equal(found(g, "lose <n> kg\n", "lose some kg"), "");
	/* ^ anchors at the first word. */
	assert_string_equal(found(g, "^ launch\n", "Launch the app"), "Launch");
	assert_string_equal(found(g, "^ launch\n", "Shops that launch"), "");
	assert_string_equal(found(g, "^ launch\n", "  - launch it"), "launch");
	/* ! is an exception for the whole lexicon. */
	assert_string_equal(found(g, "more\n! <n>\n", "more shops"), "more");
	assert_string_equal(found(g, "more\n! <n>\n", "more than 20 shops"), "");
	/* Comments and blank lines; the first pattern in the text wins. */
	assert_string_equal(found(g, "# words\n\n  b\na\n", "x a b"), "a");
	/* Apostrophes inside words, typographic ones too; folded scripts. */
	assert_string_equal(found(g, "don't\n", "I DON\xE2\x80\x99T know"), "DON\xE2\x80\x99T");
	assert_string_equal(found(g, "don\n", "I don't"), "");
	assert_string_equal(found(g, "\xC3\xA9t\xC3\xA9\n", "\xC3\x89T\xC3\x89 2026"), "\xC3\x89T\xC3\x89");
	assert_string_equal(found(g, "\xD0\xB4\xD0\xB0\n", "\xD0\x94\xD0\x90!"), "\xD0\x94\xD0\x90");
	/* Windows line ends in a lexicon are fine. */
	assert_string_equal(found(g, "every day\r\nmore\r\n", "More"), "More");
}

static void test_bad_lexicons(void **state)
{
	struct grip *g = &((struct fixture *)*state)->g;
	static const char *const bad[] = { "launch ^\n", "<number>\n", "*\n", "^\n", "! *\n", "a -- b\n" };
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		g->err.code = GRIP_OK;
		assert_null(lexicon_parse(g, "bad.txt", bad[i], strlen(bad[i])));
		assert_int_equal(g->err.code, GRIP_EINVAL);
		assert_non_null(strstr(g->err.message, "bad.txt line 1"));
	}
	g->err.code = GRIP_OK;
	assert_false(grip_lexicon_match(g, "no_such_list", "anything"));
	assert_int_equal(g->err.code, GRIP_EINVAL);
	g->err.code = GRIP_OK;
	assert_false(grip_lexicon_match(g, "../sql/0001_init", "anything"));
	assert_int_equal(g->err.code, GRIP_EINVAL);
}

/* Every lexicon of every locale built in parses, through the locale's own
 * file; numbers (from <n>) read as numbers in English. */
static void test_every_lexicon_loads(void **state)
{
	struct grip *g = &((struct fixture *)*state)->g;
	size_t seen = 0;
	for (size_t i = 0; i < embedded_count; i++) {
		const char *name = embedded_files[i].name;
		/* messages and hints are words; words, suffixes and model are read
		 * by the reader (test_reader_loads) */
		static const char *const not_patterns[] = { "/messages.txt", "/hints.txt", "/words.txt",
							    "/suffixes.txt", "/model.txt" };
		bool skip = strncmp(name, "lexicon/", 8) != 0;
		for (size_t k = 0; k < sizeof not_patterns / sizeof not_patterns[0]; k++)
			skip |= strstr(name, not_patterns[k]) != NULL;
		if (skip)
			continue;
		char locale[32], list[64];
		const char *slash = strchr(name + 8, '/');
		assert_non_null(slash);
		snprintf(locale, sizeof locale, "%.*s", (int)(slash - name - 8), name + 8);
		snprintf(list, sizeof list, "%.*s", (int)strcspn(slash + 1, "."), slash + 1);
		g->err.code = GRIP_OK;
		if (!lexicon_load(g, locale, list))
			fail_msg("%s: %s", name, g->err.message);
		seen++;
	}
	assert_true(seen >= 6);
	/* An unknown locale reads English; a regional one its language. */
	struct lexicon *lx = lexicon_load(g, "xx-YY", "schedule");
	assert_non_null(lx);
	assert_string_equal(lexicon_find(g, lx, "swim twice a week"), "twice a week");
	assert_string_equal(lexicon_find(g, lx, "swim three times a week"), "three times a week");
	assert_string_equal(lexicon_find(g, lx, "swim on Mondays"), "on Mondays");
	lx = lexicon_load(g, "de-AT", "schedule");
	assert_non_null(lx);
	assert_string_equal(lexicon_find(g, lx, "dreimal pro Woche schwimmen"), "dreimal pro Woche");
}

/* The reader of every locale built in loads: its word classes, cues and
 * the model (a locale without model.txt reads English's weights). */
static void test_reader_loads(void **state)
{
	struct grip *g = &((struct fixture *)*state)->g;
	static const char *const locales[] = { "en", "de", "en-GB", "xx" };
	for (size_t i = 0; i < sizeof locales / sizeof locales[0]; i++) {
		g->err.code = GRIP_OK;
		struct coach_reader *rd = coach_reader_load(g, locales[i]);
		if (!rd)
			fail_msg("%s: %s", locales[i], g->err.message);
		double sum = 0;
		for (size_t f = 0; f < COACH_FEATURES; f++)
			sum += coach_reader_weight(rd, 0, f) * coach_reader_weight(rd, 0, f);
		assert_true(sum > 0);
	}
	g->err.code = GRIP_OK;
	assert_null(coach_text_rule(g, "en", "kr.unknown", "Launch the app"));
	assert_int_equal(g->err.code, GRIP_EINVAL);
	g->err.code = GRIP_OK;
	assert_null(coach_text_rule(g, "en", "kr.output", NULL));
	assert_int_equal(g->err.code, GRIP_OK);
	assert_null(coach_text_rule(g, "en", "kr.output", ""));
	assert_int_equal(g->err.code, GRIP_OK);
}

/* The classes of words.txt: listed words, prefixes, endings, and the forms
 * suffixes.txt leaves; the <class> token of a pattern. */
static void test_word_classes(void **state)
{
	struct grip *g = &((struct fixture *)*state)->g;
	const char *words = "# verbs\n[act]\ncall plan study\n[deliver]\nredesign* *ise\n[act]\nmake\n";
	const char *suffixes = "s\nes\nies y\ned\ning\ning e\n";
	struct coach_classes *cl = coach_classes_parse(g, "w.txt", words, strlen(words), suffixes,
							strlen(suffixes));
	assert_non_null(cl);
	int act = coach_classes_id(cl, "act", 3), deliver = coach_classes_id(cl, "deliver", 7);
	assert_true(act >= 0 && deliver >= 0 && act != deliver);
	assert_int_equal(coach_classes_id(cl, "none", 4), -1);
	struct coach_word *ws;
	size_t n;
	const char *text = "Calls called calling studies planned making Redesigned digitise sofa";
	assert_int_equal(coach_words_split(g, cl, text, strlen(text), &ws, &n), 0);
	assert_int_equal(n, 9);
	for (size_t i = 0; i < 6; i++)
		if (!(ws[i].classes >> act & 1))
			fail_msg("\"%s\" should be in [act]", ws[i].s);
	assert_true(ws[6].classes >> deliver & 1);
	assert_true(ws[7].classes >> deliver & 1);
	assert_int_equal(ws[8].classes, 0);
	/* <class> in a pattern; an unknown class is an error naming the line. */
	struct lexicon *lx = lexicon_parse_classes(g, cl, "p.txt", "every <act>\n", 12);
	assert_non_null(lx);
	assert_string_equal(lexicon_find(g, lx, "then every calling"), "every calling");
	assert_null(lexicon_find(g, lx, "every sofa"));
	assert_null(lexicon_parse_classes(g, cl, "p.txt", "# x\n<nothing>\n", 14));
	assert_non_null(strstr(g->err.message, "p.txt line 2"));
	g->err.code = GRIP_OK;
	assert_null(lexicon_parse(g, "p.txt", "<act>\n", 6));
	g->err.code = GRIP_OK;
	/* Malformed class files. */
	static const char *const bad[] = { "call\n", "[act\ncall\n", "[act]\none-to-one\n" };
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		g->err.code = GRIP_OK;
		assert_null(coach_classes_parse(g, "bad.txt", bad[i], strlen(bad[i]), NULL, 0));
		assert_int_equal(g->err.code, GRIP_EINVAL);
	}
	g->err.code = GRIP_OK;
}

/* A message whose quote would be the whole title has a ".whole" form
 * without it, in each locale's own words (the transcripts show it said:
 * tests/cli/1001-objective-flow.t). */
static void test_whole_title(void **state)
{
	struct grip *g = &((struct fixture *)*state)->g;
	static const char *const locales[] = { "en", "de" };
	for (size_t i = 0; i < 2; i++) {
		struct grip_messages *m = grip_messages_load_file(g, locales[i], "hints");
		assert_non_null(m);
		const char *vars[] = { "title", "\"Offline mode\"", "words", "\"Offline mode\"", NULL };
		const char *part = grip_message(g, m, "kr.output.text", vars);
		const char *whole = grip_message_variant(g, m, "kr.output.text", "whole", vars);
		assert_non_null(part);
		assert_non_null(whole);
		assert_non_null(strstr(part, "(\"Offline mode\")"));
		assert_null(strstr(whole, "(\""));
		assert_non_null(strstr(whole, "\"Offline mode\""));
		assert_string_not_equal(part, whole);
		/* A key without a variant is said as it is. */
		const char *plain = grip_message_variant(g, m, "kr.output.suggestion", "whole", NULL);
		assert_non_null(plain);
		assert_string_equal(plain, grip_message(g, m, "kr.output.suggestion", NULL));
	}
}

/* Each hint names the words that carried it, as written in the text. */
static void test_triggering_words(void **state)
{
	struct grip *g = &((struct fixture *)*state)->g;
	const char *w = coach_text_rule(g, "en", "member.outcome.habit",
					"Meditate for 10 minutes EVERY MORNING");
	assert_non_null(w);
	assert_non_null(strstr("EVERY MORNING", w));
	w = coach_text_rule(g, "en", "kr.output", "Launch the new mobile app");
	assert_non_null(w);
	assert_int_equal(strncmp(w, "Launch", 6), 0);
	w = coach_text_rule(g, "en", "commitment.outcome", "The client signs the renewal");
	assert_non_null(w);
	assert_non_null(strstr(w, "signs"));
}

/* The lemma of each word, and the word features a reading names: the main
 * verb, the first and last words, each word and pair of the main clause,
 * and the main verb's form ("signs" is "sign" plus "s", after the words
 * that act). */
static void test_word_features(void **state)
{
	struct grip *g = &((struct fixture *)*state)->g;
	struct coach_reader *rd = coach_reader_load(g, "en");
	assert_non_null(rd);
	struct coach_reading r;
	assert_int_equal(coach_reader_read(g, rd, "The client signs 2 renewals", &r), 0);
	static const char *const want[] = { "verb=sign", "first=the", "last=renewals",
					    "vform=s@later", "word=client", "pair=client+sign",
					    "pair=sign+#", "word=#" };
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
		bool found = false;
		for (size_t k = 0; k < r.n_wf && !found; k++)
			found = strcmp(r.wf[k].name, want[i]) == 0;
		if (!found)
			fail_msg("no word feature %s", want[i]);
	}
	/* Each once; the words behind each are in the text. */
	for (size_t k = 0; k < r.n_wf; k++) {
		assert_true(r.wf[k].at + r.wf[k].len <= r.n_words);
		for (size_t j = k + 1; j < r.n_wf; j++)
			assert_string_not_equal(r.wf[k].name, r.wf[j].name);
	}
	/* A purpose clause is not the main clause: its words name nothing. */
	assert_int_equal(coach_reader_read(g, rd, "Call three clients so that I close the quarter", &r), 0);
	for (size_t k = 0; k < r.n_wf; k++)
		assert_null(strstr(r.wf[k].name, "quarter"));
	/* The head of the verb's object, and its classes: a quality to build
	 * is not a thing to build. */
	static const struct {
		const char *text, *head, *cls;
	} heads[] = {
		{ "Build trust between the board and the staff", "head=trust", "head=[abstract]" },
		{ "Roll out a better knowledge base", "head=base", NULL },
		{ "Publish the new onboarding guide for nurses", "head=guide", "head=[artifact]" },
	};
	for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
		assert_int_equal(coach_reader_read(g, rd, heads[i].text, &r), 0);
		size_t found = 0, named = 0;
		for (size_t k = 0; k < r.n_wf; k++) {
			found += strcmp(r.wf[k].name, heads[i].head) == 0;
			found += heads[i].cls && strcmp(r.wf[k].name, heads[i].cls) == 0;
			named += strncmp(r.wf[k].name, "head=", 5) == 0 && r.wf[k].name[5] != '[';
		}
		if (found != (heads[i].cls ? 2u : 1u) || named != 1)
			fail_msg("%s: not %s %s", heads[i].text, heads[i].head, heads[i].cls ? heads[i].cls : "");
	}
	/* The shipped model weighs word features: some weigh for an outcome. */
	assert_true(coach_reader_word_weight(rd, 0, "verb=sign") != 0 ||
		    coach_reader_word_weight(rd, 0, "vform=s@later") != 0);
	assert_true(coach_reader_word_weight(rd, 0, "word=no-such-word-at-all") == 0);
}

struct shared_run {
	struct coach_readers *readers;
	const char *answers[4];
	bool failed;
};

static void *read_shared(void *arg)
{
	struct shared_run *run = arg;
	struct arena arena;
	struct grip g;
	arena_init(&arena);
	grip_init(&g, NULL, &arena, 0);
	g.readers = run->readers;
	static const char *const texts[] = { "The client signs the renewal", "Call three clients",
					     "Meditate every morning", "Launch the new app" };
	static const char *const codes[] = { "commitment.outcome", "commitment.outcome",
					     "member.outcome.habit", "kr.output" };
	for (int round = 0; round < 50; round++)
		for (size_t i = 0; i < 4; i++) {
			const char *w = coach_text_rule(&g, "en", codes[i], texts[i]);
			if (g.err.code != GRIP_OK || (bool)w != (bool)run->answers[i] ||
			    (w && strcmp(w, run->answers[i]) != 0))
				run->failed = true;
		}
	arena_release(&arena);
	return NULL;
}

/* A server's requests share one reader per locale (g->readers): loaded
 * once, by the first that asks, into the readers' own memory; each
 * request's answers are those of a reader of its own, from any thread. */
static void test_shared_readers(void **state)
{
	struct grip *g = &((struct fixture *)*state)->g;
	struct shared_run run = { .readers = coach_readers_new() };
	assert_non_null(run.readers);
	static const char *const texts[] = { "The client signs the renewal", "Call three clients",
					     "Meditate every morning", "Launch the new app" };
	static const char *const codes[] = { "commitment.outcome", "commitment.outcome",
					     "member.outcome.habit", "kr.output" };
	for (size_t i = 0; i < 4; i++)
		run.answers[i] = coach_text_rule(g, "en", codes[i], texts[i]);
	assert_non_null(run.answers[0]);
	assert_null(run.answers[1]);
	/* The first load is paid by the readers, not the request's arena;
	 * after it a request allocates only its copy of the reader's top. */
	struct arena arena;
	struct grip one;
	arena_init(&arena);
	grip_init(&one, NULL, &arena, 0);
	one.readers = run.readers;
	assert_non_null(coach_reader_load(&one, "en"));
	size_t first = arena.allocated;
	assert_true(first < 16 * 1024);
	assert_non_null(coach_reader_load(&one, "en-GB")); /* the same words.txt: the same reader */
	assert_true(arena.allocated - first < 16 * 1024);
	assert_non_null(coach_reader_load(&one, "de"));
	arena_release(&arena);
	pthread_t th[4];
	for (size_t i = 0; i < 4; i++)
		assert_int_equal(pthread_create(&th[i], NULL, read_shared, &run), 0);
	for (size_t i = 0; i < 4; i++)
		pthread_join(th[i], NULL);
	assert_false(run.failed);
	coach_readers_free(run.readers);
}

/* A group in week 2 of its programme with something to say about each
 * part of the chain, and a team with an objective aligned to nothing. */
static void circle(struct grip *g)
{
	assert_non_null(grip_org_create(g, "Acme", "ada@acme.test", "Ada Admin"));
	struct grip_person *ada = g->actor;
	struct grip_person *ina = grip_person_add(g, "ina@acme.test", "Ina Lead", GRIP_ROLE_MEMBER);
	struct grip_person *bo = grip_person_add(g, "bo@acme.test", "Bo Berg", GRIP_ROLE_MEMBER);
	assert_non_null(ina);
	assert_non_null(bo);
	struct grip_unit *u = grip_unit_add(g, "Circle", "group", NULL, "ina@acme.test", "private");
	assert_non_null(u);
	assert_non_null(grip_unit_add(g, "Mobile", "team", NULL, "bo@acme.test", NULL));
	assert_non_null(grip_member_add(g, u->id, bo->id, "member", "2026-11-01"));
	assert_non_null(grip_cycle_add(g, "Run", "programme", "2026-11-16", NULL, 8, "Circle"));
	assert_non_null(grip_cycle_add(g, "Q4", "quarter", "2026-10-01", "2026-12-31", 0, NULL));
	struct grip_objective_new group = { .title = "We lead well", .cycle_name = "Run",
					    .layer = "group", .unit_name = "Circle" };
	assert_non_null(grip_objective_add(g, &group));
	group.title = "We sleep well";
	assert_non_null(grip_objective_add(g, &group));
	g->actor = ina;
	struct grip_objective_new mine = { .title = "Bo runs three times a week", .cycle_name = "Run",
					   .layer = "member", .unit_name = "Circle",
					   .owner_email = "bo@acme.test" };
	assert_non_null(grip_objective_add(g, &mine));
	g->actor = ada;
	struct grip_objective_new team = { .title = "Keep the app fast", .cycle_name = "Q4",
					   .layer = "team", .unit_name = "Mobile" };
	assert_non_null(grip_objective_add(g, &team));
	assert_non_null(grip_commit_add(g, "bo@acme.test", "Lose 2 kg", "2026-W48", 0, false));
}

static void test_out_of_memory(void **state)
{
	(void)state;
	char path[64];
	struct store *s = tmpdb_open(path);
	assert_non_null(s);
	struct arena arena = ARENA_INIT;
	struct grip g;
	int64_t now = 0;
	assert_true(datetime_parse("2026-11-23", &now));
	grip_init(&g, s, &arena, now);
	circle(&g);
	struct grip_hint **hints;
	size_t n, want;
	assert_int_equal(grip_coach(&g, 0, &hints, &want), 0);
	assert_true(want >= 8);
	/* Fail the k-th allocation of the call, for every k until none is
	 * left to fail: the call fails with GRIP_ENOMEM, or gives every hint. */
	bool whole = false;
	long refused = 0;
	for (long k = 1; !whole && k < 100000; k++) {
		arena.fail_after = arena.count + k;
		g.err.code = GRIP_OK;
		int rc = grip_coach(&g, 0, &hints, &n);
		arena.fail_after = 0;
		if (rc < 0) {
			assert_int_equal(g.err.code, GRIP_ENOMEM);
			refused++;
			continue;
		}
		assert_int_equal(n, want);
		whole = true;
	}
	assert_true(whole);
	assert_true(refused > 100);
	store_close(s);
	arena_release(&arena);
	tmpdb_remove(path);
}

int main(int argc, char **argv)
{
	if (argc > 1)
		cases_path = argv[1];
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_text_cases, setup, teardown),
		cmocka_unit_test_setup_teardown(test_pattern_syntax, setup, teardown),
		cmocka_unit_test_setup_teardown(test_bad_lexicons, setup, teardown),
		cmocka_unit_test_setup_teardown(test_every_lexicon_loads, setup, teardown),
		cmocka_unit_test_setup_teardown(test_reader_loads, setup, teardown),
		cmocka_unit_test_setup_teardown(test_word_classes, setup, teardown),
		cmocka_unit_test_setup_teardown(test_whole_title, setup, teardown),
		cmocka_unit_test_setup_teardown(test_triggering_words, setup, teardown),
		cmocka_unit_test_setup_teardown(test_word_features, setup, teardown),
		cmocka_unit_test_setup_teardown(test_shared_readers, setup, teardown),
		cmocka_unit_test(test_out_of_memory),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
