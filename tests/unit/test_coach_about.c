/*
 * test_coach_about.c — the hints as people write, over a real SQLite file:
 * grip_coach_about gives, for each thing written, exactly the hints
 * grip_coach gives about that thing (same words, same visibility) for
 * every kind of actor; grip_coach_text reads unsaved text, names no id,
 * changes nothing and refuses bad input; struct grip_hint's words; and
 * both calls failing each allocation in turn.
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
#include "store/store.h"
#include "tmpdb.h"

/* The ids of what the fixture wrote. */
struct world {
	int64_t team_obj, mine[3], deep, member_outcome, vague_kr, output_kr, metric_kr, commit,
		linked_commit, ada, ina, bo, cy, vi;
};

static struct world world;

/* A group in week 2 of its programme and a team in the org's first cycle
 * of OKRs, with something to say about each thing written. */
static int setup(void **state)
{
	struct tmpdb_core *f = tmpdb_core_open("2026-11-23");
	assert_non_null(f);
	struct grip *g = &f->g;
	struct world *w = &world;
	assert_non_null(grip_org_create(g, "Acme", "ada@acme.test", "Ada Admin"));
	w->ada = g->actor->id;
	struct grip_person *ina = grip_person_add(g, "ina@acme.test", "Ina Lead", GRIP_ROLE_MEMBER);
	struct grip_person *bo = grip_person_add(g, "bo@acme.test", "Bo Berg", GRIP_ROLE_MEMBER);
	struct grip_person *cy = grip_person_add(g, "cy@acme.test", "Cy Other", GRIP_ROLE_MEMBER);
	struct grip_person *vi = grip_person_add(g, "vi@acme.test", "Vi Viewer", GRIP_ROLE_VIEWER);
	assert_true(ina && bo && cy && vi);
	w->ina = ina->id, w->bo = bo->id, w->cy = cy->id, w->vi = vi->id;
	struct grip_unit *circle = grip_unit_add(g, "Circle", "group", "Acme", "ina@acme.test", "private");
	struct grip_unit *mobile = grip_unit_add(g, "Mobile", "team", "Acme", "bo@acme.test", NULL);
	assert_true(circle && mobile);
	assert_non_null(grip_member_add(g, circle->id, bo->id, "member", "2026-11-01"));
	assert_non_null(grip_cycle_add(g, "Run", "programme", "2026-11-16", NULL, 8, "Circle"));
	assert_non_null(grip_cycle_add(g, "Q4", "quarter", "2026-10-01", "2026-12-31", 0, NULL));
	g->actor = ina;
	struct grip_objective_new mo = { .title = "Bo runs three times a week", .cycle_name = "Run",
					 .layer = "member", .unit_name = "Circle",
					 .owner_email = "bo@acme.test" };
	struct grip_objective *o = grip_objective_add(g, &mo);
	assert_non_null(o);
	w->member_outcome = o->id;
	tmpdb_act_as(g, "ada@acme.test");
	struct grip_objective_new team = { .title = "Keep the app fast", .cycle_name = "Q4",
					   .layer = "team", .unit_name = "Mobile" };
	assert_non_null(o = grip_objective_add(g, &team));
	w->team_obj = o->id;
	struct grip_kr_new vague = { .title = "Improve onboarding", .kind = "boolean" };
	struct grip_kr_new output = { .title = "Launch the new settings page", .kind = "boolean" };
	struct grip_kr_new metric = { .title = "Improve start-up time", .baseline = 4, .target = 2 };
	struct grip_kr *kr;
	assert_non_null(kr = grip_kr_add(g, w->team_obj, &vague));
	w->vague_kr = kr->id;
	assert_non_null(kr = grip_kr_add(g, w->team_obj, &output));
	w->output_kr = kr->id;
	assert_non_null(kr = grip_kr_add(g, w->team_obj, &metric));
	w->metric_kr = kr->id;
	/* A chain of strategy two deep, a team objective below it and one of
	 * Bo's three individual objectives (more than two in a first cycle)
	 * below that: too deep. */
	struct grip_objective_new top = { .title = "Be the app people recommend", .cycle_name = "Q4",
					  .layer = "strategic", .unit_name = "Acme" };
	struct grip_objective *s1 = grip_objective_add(g, &top);
	top.title = "Win mobile customers";
	int64_t s1_id = s1 ? s1->id : 0;
	struct grip_objective_new mid = { .title = "Win back lapsed users", .cycle_name = "Q4",
					  .layer = "team", .unit_name = "Mobile" };
	struct grip_objective *s2 = grip_objective_add(g, &top), *t2 = grip_objective_add(g, &mid);
	assert_true(s1 && s2 && t2);
	assert_int_equal(grip_objective_align(g, s2->id, s1_id), 0);
	assert_int_equal(grip_objective_align(g, t2->id, s2->id), 0);
	const char *titles[] = { "Ship faster", "Maintain the build", "Grow as a reviewer" };
	for (int i = 0; i < 3; i++) {
		struct grip_objective_new mine = { .title = titles[i], .cycle_name = "Q4",
						   .layer = "individual", .owner_email = "bo@acme.test" };
		assert_non_null(o = grip_objective_add(g, &mine));
		w->mine[i] = o->id;
	}
	assert_int_equal(grip_objective_align(g, w->mine[0], t2->id), 0);
	assert_int_equal(grip_objective_align(g, w->mine[1], w->team_obj), 0);
	w->deep = w->mine[0];
	struct grip_commitment *c = grip_commit_add(g, "bo@acme.test", "Lose 2 kg", "2026-W48", 0, false);
	assert_non_null(c);
	w->commit = c->id;
	c = grip_commit_add(g, "bo@acme.test", "Call two clients", "2026-W48", w->member_outcome, true);
	assert_non_null(c);
	w->linked_commit = c->id;
	g->err.code = GRIP_OK;
	*state = f;
	return 0;
}

/* The codes grip_coach_about runs for each thing, as docs/coach.md says. */
static const char *const objective_codes[] = { "objective.bau", "objective.unaligned",
					       "cascade.depth", "okr.count.objectives", NULL };
static const char *const member_codes[] = { "member.outcome.author", "member.outcome.habit", NULL };
static const char *const kr_codes[] = { "kr.vague", "kr.output", NULL };
static const char *const commit_codes[] = { "commitment.outcome", "commitment.unlinked", NULL };

static bool listed(const char *const *codes, const char *code)
{
	for (size_t i = 0; codes[i]; i++)
		if (strcmp(codes[i], code) == 0)
			return true;
	return false;
}

/* The hints of grip_coach about entity id (or, for the count, about
 * owner: a unit or a person) match those of grip_coach_about. */
static size_t same_as_coach(struct grip *g, const char *entity, int64_t id,
			    const char *const *codes, const char *owner_entity, int64_t owner)
{
	struct grip_hint **all, **about;
	size_t n_all, n_about;
	assert_int_equal(grip_coach(g, 0, &all, &n_all), 0);
	/* What the actor may not see is not found, and grip_coach says
	 * nothing about it either. */
	bool hidden = grip_coach_about(g, entity, id, &about, &n_about) < 0;
	if (hidden && g->err.code != GRIP_ENOTFOUND)
		fail_msg("%s %lld: %s", entity, (long long)id, g->err.message);
	if (hidden) {
		g->err.code = GRIP_OK;
		n_about = 0;
	}
	size_t k = 0;
	for (size_t i = 0; i < n_all; i++) {
		const struct grip_hint *h = all[i];
		bool count = strcmp(h->code, "okr.count.objectives") == 0;
		bool mine = listed(codes, h->code) &&
			    (count ? owner_entity && strcmp(h->entity, owner_entity) == 0 && h->entity_id == owner
				   : strcmp(h->entity, entity) == 0 && h->entity_id == id);
		if (!mine)
			continue;
		if (k >= n_about)
			fail_msg("%s %lld: grip_coach_about misses %s", entity, (long long)id, h->code);
		const struct grip_hint *a = about[k++];
		assert_string_equal(a->code, h->code);
		assert_string_equal(a->severity, h->severity);
		assert_string_equal(a->entity, h->entity);
		assert_int_equal(a->entity_id, h->entity_id);
		assert_int_equal(a->unit_id, h->unit_id);
		assert_string_equal(a->message, h->message);
		assert_string_equal(a->suggestion, h->suggestion);
		assert_true((a->words == NULL) == (h->words == NULL));
		if (a->words)
			assert_string_equal(a->words, h->words);
	}
	if (k != n_about)
		fail_msg("%s %lld: grip_coach_about gives %zu hints, grip_coach %zu (first extra: %s)",
			 entity, (long long)id, n_about, k, about[k]->code);
	return k;
}

static bool has(struct grip *g, const char *entity, int64_t id, const char *code)
{
	struct grip_hint **hints;
	size_t n;
	if (grip_coach_about(g, entity, id, &hints, &n) < 0) {
		assert_int_equal(g->err.code, GRIP_ENOTFOUND);
		g->err.code = GRIP_OK;
		return false;
	}
	for (size_t i = 0; i < n; i++)
		if (strcmp(hints[i]->code, code) == 0)
			return true;
	return false;
}

static void test_about_is_the_coach(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	const struct world *w = &world;
	const char *actors[] = { "ada@acme.test", "ina@acme.test", "bo@acme.test", "cy@acme.test",
				 "vi@acme.test" };
	size_t seen[5] = { 0 };
	for (size_t a = 0; a < 5; a++) {
		tmpdb_act_as(g, actors[a]);
		for (int i = 0; i < 3; i++)
			seen[a] += same_as_coach(g, "objective", w->mine[i], objective_codes, "person", w->bo);
		seen[a] += same_as_coach(g, "objective", w->team_obj, objective_codes, "unit", 0);
		seen[a] += same_as_coach(g, "objective", w->member_outcome, member_codes, NULL, 0);
		seen[a] += same_as_coach(g, "key_result", w->vague_kr, kr_codes, NULL, 0);
		seen[a] += same_as_coach(g, "key_result", w->output_kr, kr_codes, NULL, 0);
		seen[a] += same_as_coach(g, "key_result", w->metric_kr, kr_codes, NULL, 0);
		seen[a] += same_as_coach(g, "commitment", w->commit, commit_codes, NULL, 0);
		seen[a] += same_as_coach(g, "commitment", w->linked_commit, commit_codes, NULL, 0);
	}
	/* Each kind of actor sees something, and not all the same. */
	assert_true(seen[0] >= 10); /* the admin: everything */
	assert_true(seen[2] >= 8);  /* Bo: his own things, his team's */
	assert_true(seen[3] < seen[2]); /* Cy: none of it is his */
	/* What each rule says, seen by the admin. */
	tmpdb_act_as(g, "ada@acme.test");
	assert_true(has(g, "objective", w->team_obj, "objective.bau"));
	assert_true(has(g, "objective", w->team_obj, "objective.unaligned"));
	assert_true(has(g, "objective", w->deep, "cascade.depth"));
	assert_false(has(g, "objective", w->mine[1], "cascade.depth"));
	assert_true(has(g, "objective", w->mine[1], "okr.count.objectives"));
	assert_false(has(g, "objective", w->team_obj, "okr.count.objectives"));
	assert_true(has(g, "objective", w->member_outcome, "member.outcome.habit"));
	assert_true(has(g, "objective", w->member_outcome, "member.outcome.author"));
	assert_true(has(g, "key_result", w->vague_kr, "kr.vague"));
	assert_false(has(g, "key_result", w->metric_kr, "kr.vague"));
	assert_true(has(g, "key_result", w->output_kr, "kr.output"));
	assert_true(has(g, "commitment", w->commit, "commitment.outcome"));
	assert_true(has(g, "commitment", w->commit, "commitment.unlinked"));
	assert_false(has(g, "commitment", w->linked_commit, "commitment.unlinked"));
	/* Cy is no one concerned: nothing about Bo's outcome or commitment. */
	tmpdb_act_as(g, "cy@acme.test");
	assert_false(has(g, "commitment", w->commit, "commitment.outcome"));
	assert_false(has(g, "objective", w->member_outcome, "member.outcome.habit"));
}

static void test_words(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	tmpdb_act_as(g, "ada@acme.test");
	struct grip_hint **hints;
	size_t n;
	assert_int_equal(grip_coach_about(g, "key_result", world.vague_kr, &hints, &n), 0);
	assert_int_equal(n, 1);
	assert_string_equal(hints[0]->words, "Improve onboarding");
	json_t *j = grip_hint_json(hints[0]);
	assert_string_equal(json_string_value(json_object_get(j, "words")), "Improve onboarding");
	json_decref(j);
	assert_int_equal(grip_coach_about(g, "commitment", world.commit, &hints, &n), 0);
	assert_int_equal(n, 2);
	for (size_t i = 0; i < n; i++) {
		j = grip_hint_json(hints[i]);
		if (strcmp(hints[i]->code, "commitment.unlinked") == 0)
			assert_true(json_is_null(json_object_get(j, "words")));
		else
			assert_string_equal(json_string_value(json_object_get(j, "words")),
					    coach_text_rule(g, "en", "commitment.outcome", "Lose 2 kg"));
		json_decref(j);
	}
}

static void test_about_bad_input(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	struct grip_hint **hints;
	size_t n;
	tmpdb_act_as(g, "ada@acme.test");
	assert_int_equal(grip_coach_about(g, "unit", 1, &hints, &n), -1);
	assert_int_equal(g->err.code, GRIP_EINVAL);
	assert_int_equal(grip_coach_about(g, "objective", 9999, &hints, &n), -1);
	assert_int_equal(g->err.code, GRIP_ENOTFOUND);
	g->err.code = GRIP_OK;
	g->actor = NULL;
	assert_int_equal(grip_coach_about(g, "objective", world.team_obj, &hints, &n), -1);
	assert_int_equal(g->err.code, GRIP_EPERM);
	g->err.code = GRIP_OK;
}

static const struct grip_hint *text_hint(struct grip *g, const char *kind, const char *text,
					 const char *kr_kind, const char *code)
{
	struct grip_hint **hints;
	size_t n;
	assert_int_equal(grip_coach_text(g, kind, text, kr_kind, &hints, &n), 0);
	for (size_t i = 0; i < n; i++) {
		assert_int_equal(hints[i]->entity_id, 0);
		assert_int_equal(hints[i]->unit_id, 0);
		if (strcmp(hints[i]->code, code) == 0)
			return hints[i];
	}
	return NULL;
}

static void test_text(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	tmpdb_act_as(g, "vi@acme.test"); /* anyone of the org, a viewer too */
	int64_t events = tmpdb_count(g, "SELECT COUNT(*) FROM events");
	const struct grip_hint *h = text_hint(g, "key_result", "Improve onboarding", NULL, "kr.vague");
	assert_non_null(h);
	assert_string_equal(h->entity, "key_result");
	assert_string_equal(h->severity, "warn");
	assert_string_equal(h->words, "Improve onboarding");
	/* The words are the whole title: said once, not quoted twice. */
	assert_string_equal(h->message, "this key result \"Improve onboarding\" says which way to go"
					" but not how far");
	assert_non_null(text_hint(g, "key_result", "Improve onboarding", "boolean", "kr.vague"));
	assert_null(text_hint(g, "key_result", "Improve onboarding", "metric", "kr.vague"));
	assert_null(text_hint(g, "key_result", "Onboarding from 40% to 70%", NULL, "kr.vague"));
	/* A metric's title names what it counts: neither text rule reads it. */
	assert_null(text_hint(g, "key_result", "Launch the new settings page", "metric", "kr.output"));
	h = text_hint(g, "key_result", "Launch the new settings page", "boolean", "kr.output");
	assert_non_null(h);
	assert_string_equal(h->message, "this key result \"Launch the new settings page\" reads as a task"
					" or a deliverable rather than a result");
	h = text_hint(g, "member_outcome", "Run three times a week", NULL, "member.outcome.habit");
	assert_non_null(h);
	assert_string_equal(h->entity, "objective");
	assert_non_null(text_hint(g, "objective", "Keep the lights on", NULL, "objective.bau"));
	assert_null(text_hint(g, "objective", "Customers love the new app", NULL, "objective.bau"));
	h = text_hint(g, "commitment", "Lose 2 kg", NULL, "commitment.outcome");
	assert_non_null(h);
	assert_string_equal(h->words, coach_text_rule(g, "en", "commitment.outcome", "Lose 2 kg"));
	assert_string_equal(h->words, "Lose 2 kg");
	assert_string_equal(h->message, "this commitment \"Lose 2 kg\" reads as an outcome rather than an action");
	/* Words that are part of the title are quoted beside it. */
	h = text_hint(g, "member_outcome", "Run three times a week", NULL, "member.outcome.habit");
	assert_non_null(h);
	char want[200];
	snprintf(want, sizeof want, "this member outcome \"Run three times a week\" reads as a habit (\"%s\")"
		 " rather than an outcome", h->words);
	assert_string_not_equal(h->words, "Run three times a week");
	assert_string_equal(h->message, want);
	assert_null(text_hint(g, "commitment", "Walk to work on Monday", NULL, "commitment.outcome"));
	/* Each kind asks its own rules only. */
	assert_null(text_hint(g, "objective", "Run three times a week", NULL, "member.outcome.habit"));
	assert_int_equal(tmpdb_count(g, "SELECT COUNT(*) FROM events"), events);
}

static void text_refused(struct grip *g, const char *kind, const char *text, const char *kr_kind,
			 const char *field)
{
	struct grip_hint **hints;
	size_t n;
	g->err.code = GRIP_OK;
	assert_int_equal(grip_coach_text(g, kind, text, kr_kind, &hints, &n), -1);
	assert_int_equal(g->err.code, GRIP_EINVAL);
	assert_string_equal(g->err.field, field);
}

static void test_text_bad_input(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	tmpdb_act_as(g, "bo@acme.test");
	text_refused(g, "initiative", "Improve onboarding", NULL, "kind");
	text_refused(g, NULL, "Improve onboarding", NULL, "kind");
	text_refused(g, "key_result", NULL, NULL, "text");
	text_refused(g, "key_result", "  ", NULL, "text");
	text_refused(g, "key_result", "Improve \xff onboarding", NULL, "text");
	char big[600];
	memset(big, 'a', sizeof big - 1);
	big[sizeof big - 1] = '\0';
	text_refused(g, "objective", big, NULL, "text");
	text_refused(g, "key_result", "Improve onboarding", "percent", "kr_kind");
	text_refused(g, "objective", "Improve onboarding", "metric", "kr_kind");
	struct grip_hint **hints;
	size_t n;
	g->actor = NULL;
	assert_int_equal(grip_coach_text(g, "objective", "Keep it", NULL, &hints, &n), -1);
	assert_int_equal(g->err.code, GRIP_EPERM);
	g->err.code = GRIP_OK;
}

/* The count of objectives follows the playbook's range for the owner's
 * level once the first cycle is past; the message names the range. */
static const char *count_hint(struct grip *g, int64_t objective_id)
{
	struct grip_hint **hints;
	size_t n;
	assert_int_equal(grip_coach_about(g, "objective", objective_id, &hints, &n), 0);
	for (size_t i = 0; i < n; i++)
		if (strcmp(hints[i]->code, "okr.count.objectives") == 0)
			return hints[i]->message;
	return NULL;
}

static int64_t add_objective(struct grip *g, const char *layer, const char *unit, const char *owner)
{
	static int k;
	char title[32];
	snprintf(title, sizeof title, "Customers say yes %d", ++k);
	struct grip_objective_new n = { .title = title, .cycle_name = "2027-Q1", .layer = layer,
					.unit_name = unit, .owner_email = owner };
	struct grip_objective *o = grip_objective_add(g, &n);
	assert_non_null(o);
	return o->id;
}

static void test_count_by_level(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	tmpdb_act_as(g, "ada@acme.test");
	assert_non_null(grip_cycle_add(g, "2027-Q1", "quarter", "2027-01-01", "2027-03-31", 0, NULL));
	int64_t team = 0, company = 0, person = 0;
	for (int i = 0; i < 2; i++) {
		company = add_objective(g, "strategic", "Acme", NULL);
		person = add_objective(g, "individual", NULL, "bo@acme.test");
	}
	assert_string_equal(count_hint(g, company), "\"Acme\" has 2 strategic objectives in \"2027-Q1\";"
						 " a company's range is 3 to 5");
	assert_null(count_hint(g, person)); /* a person: 2 to 3 */
	for (int i = 0; i < 3; i++)
		team = add_objective(g, "team", "Mobile", NULL);
	assert_null(count_hint(g, team));
	team = add_objective(g, "team", "Mobile", NULL);
	assert_null(count_hint(g, team));
	team = add_objective(g, "team", "Mobile", NULL);
	assert_string_equal(count_hint(g, team), "\"Mobile\" has 5 team objectives in \"2027-Q1\"; a"
						 " team's range is 3 to 4");
	for (int i = 0; i < 3; i++)
		company = add_objective(g, "strategic", "Acme", NULL);
	assert_null(count_hint(g, company)); /* 5 */
	company = add_objective(g, "strategic", "Acme", NULL);
	assert_non_null(strstr(count_hint(g, company), "has 6 strategic objectives"));
	person = add_objective(g, "individual", NULL, "bo@acme.test");
	assert_null(count_hint(g, person)); /* 3 */
	person = add_objective(g, "individual", NULL, "bo@acme.test");
	assert_string_equal(count_hint(g, person), "Bo Berg has 4 individual objectives in \"2027-Q1\";"
						" a person's range is 2 to 3");
	/* The first cycle: one or two, whoever owns them. */
	assert_string_equal(count_hint(g, world.mine[0]), "Bo Berg has 3 individual objectives in \"Q4\";"
						 " the range in a first cycle is 1 to 2");
}

/* An org whose locale is German reads the hints' words from de/hints.txt;
 * the words found stay as written. */
static void test_german(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	tmpdb_act_as(g, "ada@acme.test");
	struct grip_org_edit e = { .locale = "de" };
	assert_int_equal(grip_org_edit(g, &e), 0);
	tmpdb_at(g, "2026-11-23");
	tmpdb_act_as(g, "ada@acme.test");
	struct grip_hint **hints;
	size_t n;
	assert_int_equal(grip_coach_about(g, "key_result", world.vague_kr, &hints, &n), 0);
	assert_int_equal(n, 1);
	char want[200];
	/* English words in a German org: the German reader knows none of
	 * them, and a short text is quoted whole, so the German message's
	 * form without the quote is said. */
	snprintf(want, sizeof want, "Schl\u00fcsselergebnis %lld \"Improve onboarding\" von Ziel %lld"
		 " nennt eine Richtung, aber kein Ma\u00df", (long long)world.vague_kr,
		 (long long)world.team_obj);
	assert_string_equal(hints[0]->message, want);
	assert_non_null(strstr(hints[0]->suggestion, "messbar"));
	const struct grip_hint *h = text_hint(g, "key_result", "Improve onboarding", NULL, "kr.vague");
	assert_non_null(h);
	assert_string_equal(h->message, "dieses Schl\u00fcsselergebnis \"Improve onboarding\" nennt eine"
					" Richtung, aber kein Ma\u00df");
	/* grip coach speaks German too; hints outside hints.txt stay English. */
	assert_int_equal(grip_coach(g, 0, &hints, &n), 0);
	bool german = false, english = false;
	for (size_t i = 0; i < n; i++) {
		german |= strcmp(hints[i]->code, "objective.bau") == 0 &&
			  strstr(hints[i]->message, "Tagesgesch\u00e4ft") != NULL;
		english |= strcmp(hints[i]->code, "objective.unaligned") == 0 &&
			   strstr(hints[i]->message, "contributes to nothing") != NULL;
	}
	assert_true(german);
	assert_true(english);
}

/* Failing the k-th allocation of a call, for every k until none is left to
 * fail: the call fails with GRIP_ENOMEM, or gives every hint. */
static void out_of_memory(struct grip *g, int (*call)(struct grip *, struct grip_hint ***, size_t *))
{
	struct grip_hint **hints;
	size_t n, want;
	assert_int_equal(call(g, &hints, &want), 0);
	assert_true(want >= 1);
	bool whole = false;
	long refused = 0;
	for (long k = 1; !whole && k < 100000; k++) {
		g->arena->fail_after = g->arena->count + k;
		g->err.code = GRIP_OK;
		int rc = call(g, &hints, &n);
		g->arena->fail_after = 0;
		if (rc < 0) {
			assert_int_equal(g->err.code, GRIP_ENOMEM);
			refused++;
			continue;
		}
		assert_int_equal(n, want);
		whole = true;
	}
	assert_true(whole);
	assert_true(refused > 5);
}

static int about_deep(struct grip *g, struct grip_hint ***out, size_t *n)
{
	return grip_coach_about(g, "objective", world.deep, out, n);
}

static int about_commit(struct grip *g, struct grip_hint ***out, size_t *n)
{
	return grip_coach_about(g, "commitment", world.commit, out, n);
}

static int text_kr(struct grip *g, struct grip_hint ***out, size_t *n)
{
	return grip_coach_text(g, "key_result", "Launch the new app to improve onboarding", NULL, out, n);
}

static void test_out_of_memory(void **state)
{
	struct grip *g = &((struct tmpdb_core *)*state)->g;
	tmpdb_act_as(g, "ada@acme.test");
	out_of_memory(g, about_deep);
	out_of_memory(g, about_commit);
	out_of_memory(g, text_kr);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_about_is_the_coach, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_words, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_about_bad_input, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_text, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_text_bad_input, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_count_by_level, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_german, setup, tmpdb_core_teardown),
		cmocka_unit_test_setup_teardown(test_out_of_memory, setup, tmpdb_core_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
