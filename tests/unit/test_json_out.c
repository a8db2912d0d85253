/*
 * test_json_out.c — unit tests of util/json_out.c and of the objective,
 * key result and check-in writers (core/json_write.c): commas and nesting;
 * strings, integers and reals written byte for byte as jansson's compact
 * dump with 12 significant digits writes them, over every byte, UTF-8 text
 * and many numbers (edges and pseudo-random ones); and each writer's text
 * equal to the tree the API and CLI built before it (a reference built
 * here with json_pack, member by member), for varied structs: figures,
 * nulls, milestones, scores, unicode.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <jansson.h>
#include <math.h>

#include "core/grip.h"
#include "core/measure.h"
#include "util/json_out.h"

#define DUMP_FLAGS (JSON_COMPACT | JSON_REAL_PRECISION(12) | JSON_ENCODE_ANY)

/* jansson's text of j (consumed). */
static char *dumped(json_t *j)
{
	assert_non_null(j);
	char *text = json_dumps(j, DUMP_FLAGS);
	json_decref(j);
	assert_non_null(text);
	return text;
}

static void assert_same(json_t *want, struct sb *sb)
{
	char *text = dumped(want);
	assert_false(sb->failed);
	assert_string_equal(sb->buf, text);
	free(text);
}

static void test_structure(void **state)
{
	(void)state;
	struct sb sb = SB_INIT;
	struct json_out j;
	json_out_init(&j, &sb);
	json_out_object_open(&j);
	json_out_key(&j, "a");
	json_out_array_open(&j);
	json_out_array_close(&j);
	json_out_key(&j, "b");
	json_out_object_open(&j);
	json_out_object_close(&j);
	json_out_key(&j, "c");
	json_out_array_open(&j);
	json_out_int(&j, 1);
	json_out_null(&j);
	json_out_bool(&j, true);
	json_out_bool(&j, false);
	json_out_string(&j, NULL);
	json_out_array_open(&j);
	json_out_object_open(&j);
	json_out_object_close(&j);
	json_out_raw(&j, "{\"x\":[1]}", 9);
	json_out_array_close(&j);
	json_out_array_close(&j);
	json_out_kid(&j, "none", 0);
	json_out_kid(&j, "some", 7);
	json_out_knull(&j, "q\"/");
	json_out_object_close(&j);
	assert_false(sb.failed);
	assert_string_equal(sb.buf, "{\"a\":[],\"b\":{},\"c\":[1,null,true,false,null,[{},{\"x\":[1]}]],"
				    "\"none\":null,\"some\":7,\"q\\\"/\":null}");
	/* Two values in a row at the top level are separated too. */
	sb_reset(&sb);
	json_out_init(&j, &sb);
	json_out_int(&j, 1);
	json_out_int(&j, 2);
	assert_string_equal(sb.buf, "1,2");
	sb_release(&sb);
}

static void check_string(const char *s)
{
	struct sb sb = SB_INIT;
	struct json_out j;
	json_out_init(&j, &sb);
	json_out_string(&j, s);
	json_t *want = json_string(s);
	assert_non_null(want);
	assert_same(want, &sb);
	/* As a key, the same escaping. */
	sb_reset(&sb);
	json_out_init(&j, &sb);
	json_out_object_open(&j);
	json_out_kint(&j, s, 1);
	json_out_object_close(&j);
	assert_same(json_pack("{si}", s, 1), &sb);
	sb_release(&sb);
}

/* One UTF-8 sequence of code point cp into out; its length. */
static size_t utf8_put(uint32_t cp, char *out)
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

static uint64_t rng_next(uint64_t *s)
{
	/* xorshift64*: the same sequence on every run */
	*s ^= *s >> 12;
	*s ^= *s << 25;
	*s ^= *s >> 27;
	return *s * 0x2545F4914F6CDD1DULL;
}

static void test_strings(void **state)
{
	(void)state;
	static const char *fixed[] = {
		"", "plain", "a/b</script>", "quote \" and back\\slash", "tab\there\nnew\rline\b\f",
		"\x01\x02\x1f\x7f", "Grüße, Zoë — ½ € 日本語 😀", "\xe2\x80\xa8 line separator", "\\u0000",
	};
	for (size_t i = 0; i < sizeof fixed / sizeof *fixed; i++)
		check_string(fixed[i]);
	/* Every byte that stands for itself or an escape. */
	for (int c = 1; c < 0x80; c++) {
		char s[4] = { 'x', (char)c, 'y', 0 };
		check_string(s);
	}
	/* Random text mixing ASCII, controls and code points of every length. */
	uint64_t seed = 0x9E3779B97F4A7C15ULL;
	char s[256];
	for (int round = 0; round < 2000; round++) {
		size_t len = 0;
		int n = (int)(rng_next(&seed) % 40);
		for (int k = 0; k < n; k++) {
			uint64_t r = rng_next(&seed);
			uint32_t cp;
			switch (r % 5) {
			case 0: cp = 1 + (uint32_t)(r >> 8) % 0x1F; break;
			case 1: cp = 0x20 + (uint32_t)(r >> 8) % 0x60; break;
			case 2: cp = 0x80 + (uint32_t)(r >> 8) % 0x780; break;
			case 3: cp = 0x800 + (uint32_t)(r >> 8) % 0xD000; break; /* below the surrogates */
			default: cp = 0x10000 + (uint32_t)(r >> 8) % 0x100000; break;
			}
			len += utf8_put(cp, s + len);
		}
		s[len] = '\0';
		check_string(s);
	}
}

/* What grip printed for a figure before the writer: grip_json_number's
 * value dumped by jansson; and a plain real dumped by jansson. */
static void check_number(double v)
{
	struct sb sb = SB_INIT;
	struct json_out j;
	json_out_init(&j, &sb);
	json_out_number(&j, v);
	assert_same(grip_json_number(v), &sb);
	sb_reset(&sb);
	json_out_init(&j, &sb);
	json_out_real(&j, v);
	assert_same(json_real(v), &sb);
	sb_release(&sb);
}

static void test_numbers(void **state)
{
	(void)state;
	static const double fixed[] = {
		0, -0.0, 1, -1, 0.5, 0.1 + 0.2, 1.0 / 3, -2.0 / 3, 2.0000000000001, 0.9999999999999,
		99.99999999999, 100, 1e-4, 1e-5, 1.5e-7, 123456789012.5, 1234567890123.5, 1e15, 1e16,
		9007199254740991.0, 9007199254740992.0, 9007199254740994.0, 1e21, 1e100, 1e300, -1e300,
		1.7976931348623157e308, 5e-324, 2.2250738585072014e-308, 0.125, 12.75, 65.5, -0.001,
		42.424242424242, 1e12 - 0.5, 999999999999.5,
	};
	for (size_t i = 0; i < sizeof fixed / sizeof *fixed; i++)
		check_number(fixed[i]);
	uint64_t seed = 12345;
	for (int i = 0; i < 20000; i++) {
		uint64_t r = rng_next(&seed);
		double v;
		switch (i % 4) {
		case 0: /* any finite double */
			memcpy(&v, &r, sizeof v);
			if (!isfinite(v))
				continue;
			break;
		case 1: /* figures: a fraction with a few decimals */
			v = (double)(int64_t)(r % 2000001) / 1000.0 - 1000.0;
			break;
		case 2: /* progress: a ratio */
			v = (double)(r % 1000) / (double)(1 + (r >> 20) % 997);
			break;
		default: /* magnitudes across the range */
			v = ldexp((double)(r >> 11) / 9007199254740992.0, (int)((r & 0x7FF) % 200) - 100);
		}
		check_number(v);
	}
	/* Integers across int64. */
	static const int64_t ints[] = { 0, 1, -1, 9, 10, -10, 1234567890, INT64_MAX, INT64_MIN, INT64_MIN + 1 };
	for (size_t i = 0; i < sizeof ints / sizeof *ints; i++) {
		struct sb sb = SB_INIT;
		struct json_out j;
		json_out_init(&j, &sb);
		json_out_int(&j, ints[i]);
		assert_same(json_integer(ints[i]), &sb);
		sb_release(&sb);
	}
	/* Not finite: null, not a text JSON cannot read. */
	struct sb sb = SB_INIT;
	struct json_out j;
	json_out_init(&j, &sb);
	json_out_number(&j, NAN);
	json_out_real(&j, INFINITY);
	assert_string_equal(sb.buf, "null,null");
	sb_release(&sb);
}

/* ---- the writers against the trees built before them ---- */

static json_t *ref_id(int64_t id)
{
	return id ? json_integer(id) : json_null();
}

static json_t *ref_kr(const struct grip_kr *kr)
{
	json_t *ms = json_array();
	for (size_t i = 0; i < kr->n_milestones; i++)
		json_array_append_new(ms, json_pack("{sI ss so sb}", "id", (json_int_t)kr->milestones[i].id, "title",
						    kr->milestones[i].title, "weight",
						    grip_json_number(kr->milestones[i].weight), "done",
						    kr->milestones[i].done));
	json_t *j = json_pack("{sI sI ss ss so so ss? so so si so so sb so so}", "id", (json_int_t)kr->id,
			      "objective_id", (json_int_t)kr->objective_id, "title", kr->title, "kind",
			      grip_kr_kind_name(kr->kind), "baseline", grip_json_number(kr->baseline), "target",
			      grip_json_number(kr->target), "unit", kr->unit_label, "weight", grip_json_number(kr->weight),
			      "owner_id", ref_id(kr->owner_id), "version", kr->version, "milestones", ms, "current",
			      grip_json_number(kr->current), "has_value", kr->has_value, "value_at",
			      kr->value_at ? json_string(kr->value_at) : json_null(), "progress",
			      grip_json_number(kr->progress));
	if (kr->score) /* unchanged: spliced from its tree */
		json_object_set_new(j, "scores", grip_kr_score_json(kr->score));
	return j;
}

static json_t *ref_objective(const struct grip_objective *o)
{
	json_t *align = json_array();
	for (size_t i = 0; i < o->n_aligns_to; i++)
		json_array_append_new(align, json_integer(o->aligns_to[i]));
	json_t *j = json_pack("{sI ss ss ss ss? sI ss so ss? so so sb ss ss si so ss ss}", "id", (json_int_t)o->id,
			      "title", o->title, "layer", grip_layer_name(o->layer), "status",
			      grip_objective_status_name(o->status), "why", o->why, "cycle_id", (json_int_t)o->cycle_id,
			      "cycle", o->cycle_name, "unit_id", ref_id(o->unit_id), "unit", o->unit_name, "owner_id",
			      ref_id(o->owner_id), "owner", o->owner_email ? json_string(o->owner_email) : json_null(),
			      "development", o->development, "visibility", grip_visibility_name(o->visibility),
			      "cadence", grip_cadence_name(o->cadence), "version", o->version, "aligns_to", align,
			      "created_at", o->created_at, "updated_at", o->updated_at);
	if (o->carried_from)
		json_object_set_new(j, "carried_from", json_integer(o->carried_from));
	json_t *krs = json_array();
	for (size_t i = 0; i < o->n_krs; i++)
		json_array_append_new(krs, ref_kr(&o->krs[i]));
	const char *light = measure_light_name(o->light);
	json_t *figures = json_pack("{so sb so so ss? ss? sb so sb sb so}", "progress", grip_json_number(o->progress),
				    "rolled_up", o->rolled_up, "confidence",
				    o->confidence < 0 ? json_null() : json_integer(o->confidence), "light",
				    light ? json_string(light) : json_null(), "last_checkin", o->last_checkin, "as_of",
				    o->as_of, "stale", o->stale, "expected", grip_json_number(o->expected), "at_risk",
				    o->at_risk, "behind_pace", o->behind_pace, "key_results", krs);
	json_object_update(j, figures);
	json_decref(figures);
	if (o->scoring) {
		json_object_set_new(j, "score", o->score < 0 ? json_null() : grip_json_number(o->score / 10.0));
		json_object_set_new(j, "score_missing", o->score_missing ? json_string(o->score_missing) : json_null());
	}
	return j;
}

static json_t *ref_checkin(const struct grip_checkin *c)
{
	json_t *rs = json_array();
	for (size_t i = 0; i < c->n_results; i++)
		json_array_append_new(rs, json_pack("{sI so ss?}", "key_result_id", (json_int_t)c->results[i].key_result_id,
						    "value", grip_json_number(c->results[i].value), "note",
						    c->results[i].note));
	return json_pack("{sI sI so ss si ss? ss? so}", "id", (json_int_t)c->id, "objective_id",
			 (json_int_t)c->objective_id, "author_id", ref_id(c->author_id), "at", c->at, "confidence",
			 c->confidence, "issues", c->issues, "plan", c->plan, "results", rs);
}

/* The writer's text equals the reference's dump, and the json_t form
 * (parsed from that text) dumps as the same text. */
static void check_text(json_t *ref, const char *written, json_t *parsed)
{
	char *want = dumped(ref);
	assert_string_equal(written, want);
	char *again = dumped(parsed);
	assert_string_equal(again, want);
	free(want);
	free(again);
}

static void check_objective(const struct grip_objective *o)
{
	struct sb sb = SB_INIT;
	struct json_out j;
	json_out_init(&j, &sb);
	grip_objective_write(&j, o);
	assert_false(sb.failed);
	check_text(ref_objective(o), sb.buf, grip_objective_json(o));
	for (size_t i = 0; i < o->n_krs; i++) {
		sb_reset(&sb);
		json_out_init(&j, &sb);
		grip_kr_write(&j, &o->krs[i]);
		check_text(ref_kr(&o->krs[i]), sb.buf, grip_kr_json(&o->krs[i]));
	}
	sb_release(&sb);
}

static void test_objectives(void **state)
{
	(void)state;
	struct grip_milestone ms[] = {
		{ .id = 5, .title = "Pilot \"A\"", .weight = 1, .done = true },
		{ .id = 6, .title = "Rollout / ünïcode ✓", .weight = 2.5, .done = false },
		{ .id = 7, .title = "tab\tand\nnewline", .weight = 0.333333333333333 },
	};
	struct grip_kr_score score = { .key_result_id = 11, .suggested = 7, .self = -1, .evidence = "shipped",
				       .self_by = NULL, .lead = 6, .comment = NULL, .lead_by = "lead@x.test",
				       .final = -1, .final_by = NULL, .agreed = -1 };
	struct grip_kr krs[] = {
		{ .id = 10, .objective_id = 3, .title = "Cut latency", .kind = GRIP_KR_METRIC, .baseline = 250,
		  .target = 99.5, .unit_label = "ms", .weight = 1, .owner_id = 4, .version = 2, .current = 180.25,
		  .has_value = true, .value_at = "2026-11-20T10:00:00Z", .progress = (250 - 180.25) / (250 - 99.5) },
		{ .id = 11, .objective_id = 3, .title = "Launch — 日本", .kind = GRIP_KR_MILESTONES, .baseline = 0,
		  .target = 1, .unit_label = NULL, .weight = 2, .owner_id = 0, .version = 1, .milestones = ms,
		  .n_milestones = 3, .current = 1.0 / 3.5, .has_value = false, .value_at = NULL, .progress = 1.0 / 3.5,
		  .score = &score },
		{ .id = 12, .objective_id = 3, .title = "Done?", .kind = GRIP_KR_BOOLEAN, .baseline = 0, .target = 1,
		  .weight = 0.1 + 0.2, .current = 1, .has_value = true, .value_at = "2026-11-01", .progress = 1 },
	};
	int64_t aligns[] = { 1, 2 };
	struct grip_objective full = {
		.id = 3, .cycle_id = 1, .cycle_name = "2026-Q4", .layer = GRIP_LAYER_TEAM, .unit_id = 2,
		.unit_name = "Team \"Ops\"", .owner_id = 0, .owner_email = NULL, .title = "Faster / better ½",
		.why = "Because\r\nwe can", .status = GRIP_OBJECTIVE_ACTIVE, .development = true,
		.visibility = GRIP_VISIBILITY_ORG, .created_at = "2026-10-01T09:00:00Z",
		.updated_at = "2026-11-02T09:00:00Z", .version = 4, .carried_from = 0, .cadence = GRIP_CADENCE_MONTHLY,
		.aligns_to = aligns, .n_aligns_to = 2, .krs = krs, .n_krs = 3, .as_of = "2026-11-23",
		.progress = 0.456789012345678, .rolled_up = false, .confidence = 0, .light = GRIP_LIGHT_YELLOW,
		.last_checkin = "2026-11-20T10:00:00Z", .stale = false, .expected = 0.6, .at_risk = true,
		.behind_pace = false,
	};
	check_objective(&full);
	/* Nothing optional: no why, unit, owner, key results, check-in or light. */
	struct grip_objective bare = {
		.id = 9, .cycle_id = 2, .cycle_name = "FY27", .layer = GRIP_LAYER_INDIVIDUAL, .owner_id = 8,
		.owner_email = "zoë@example.test", .title = "Learn", .status = GRIP_OBJECTIVE_DRAFT,
		.visibility = GRIP_VISIBILITY_PRIVATE, .created_at = "2026-11-23T00:00:00Z",
		.updated_at = "2026-11-23T00:00:00Z", .version = 1, .confidence = -1, .light = GRIP_LIGHT_NONE,
		.expected = 0, .stale = true,
	};
	check_objective(&bare);
	/* Carried, rolled up, scored and not. */
	struct grip_objective scored = full;
	scored.carried_from = 2;
	scored.rolled_up = true;
	scored.confidence = 10;
	scored.light = GRIP_LIGHT_GREEN;
	scored.scoring = true;
	scored.score = 7;
	scored.score_missing = NULL;
	check_objective(&scored);
	scored.score = -1;
	scored.score_missing = "a final score of \"Cut latency\"";
	scored.light = GRIP_LIGHT_RED;
	check_objective(&scored);
}

static void test_checkins(void **state)
{
	(void)state;
	struct grip_checkin_result rs[] = {
		{ .key_result_id = 10, .value = 180.25, .note = "better / faster" },
		{ .key_result_id = 12, .value = 1, .note = NULL },
		{ .key_result_id = 13, .value = 2.0 / 3, .note = "ünïcode\t✓" },
	};
	struct grip_checkin c = { .id = 4, .objective_id = 3, .author_id = 2, .at = "2026-11-20T10:00:00Z",
				  .confidence = 7, .issues = "none \"yet\"", .plan = NULL, .results = rs, .n_results = 3 };
	struct grip_checkin bare = { .id = 5, .objective_id = 3, .author_id = 0, .at = "2026-11-21",
				     .confidence = 0 };
	const struct grip_checkin *all[] = { &c, &bare };
	for (size_t i = 0; i < 2; i++) {
		struct sb sb = SB_INIT;
		struct json_out j;
		json_out_init(&j, &sb);
		grip_checkin_write(&j, all[i]);
		assert_false(sb.failed);
		check_text(ref_checkin(all[i]), sb.buf, grip_checkin_json(all[i]));
		sb_release(&sb);
	}
}

/* A builder at its cap: the writer's failure is the builder's flag. */
static void test_cap(void **state)
{
	(void)state;
	struct sb sb;
	sb_init(&sb, 8);
	struct json_out j;
	json_out_init(&j, &sb);
	json_out_array_open(&j);
	json_out_string(&j, "longer than eight");
	json_out_array_close(&j);
	assert_true(sb.failed);
	sb_release(&sb);
	/* At every cap around the text's length: the whole text or a failure,
	 * never a cut one, and the builder's invariants kept (sb.h). */
	const char *want = "{\"a\":[1,\"x\\ny\",null,2.5],\"b\":true}";
	for (size_t max = 1; max < 48; max++) {
		sb_init(&sb, max);
		json_out_init(&j, &sb);
		json_out_object_open(&j);
		json_out_key(&j, "a");
		json_out_array_open(&j);
		json_out_int(&j, 1);
		json_out_string(&j, "x\ny");
		json_out_null(&j);
		json_out_number(&j, 2.5);
		json_out_array_close(&j);
		json_out_kbool(&j, "b", true);
		json_out_object_close(&j);
		assert_true(sb.len <= max);
		assert_int_equal(sb.buf[sb.len], '\0');
		assert_true(sb.buf == sb_empty || sb.len < sb.cap);
		if (max >= strlen(want))
			assert_string_equal(sb.buf, want);
		else
			assert_true(sb.failed);
		sb_release(&sb);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_structure),
		cmocka_unit_test(test_strings),
		cmocka_unit_test(test_numbers),
		cmocka_unit_test(test_objectives),
		cmocka_unit_test(test_checkins),
		cmocka_unit_test(test_cap),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
