/*
 * json_write.c — objectives, key results and check-ins as JSON text,
 * written straight from their structs with the writer of util/json_out.h.
 *
 * This is the one home of these representations: the API answers with the
 * text, and grip_objective_json, grip_kr_json, grip_checkin_json (the CLI,
 * reports, events) and the stored-field records of the history are the
 * same text parsed back, so every face sees the same members in the same
 * order. A number parsed back dumps as the same text (12 significant
 * digits survive the round trip through a double).
 */
#include "core/internal.h"

#include <stdlib.h>
#include <string.h>

#include "core/measure.h"
#include "util/json_out.h"

/* The text of one value written into sb, parsed; releases sb. */
static json_t *parsed(struct sb *sb)
{
	json_t *j = sb->failed ? NULL : json_loadb(sb->buf, sb->len, 0, NULL);
	sb_release(sb);
	return j;
}

/* ---- objectives ---- */

/* The stored fields' members, in their order (no braces). */
static void objective_stored_members(struct json_out *j, const struct grip_objective *o)
{
	json_out_kint(j, "id", o->id);
	json_out_kstring(j, "title", o->title);
	json_out_kstring(j, "layer", grip_layer_name(o->layer));
	json_out_kstring(j, "status", grip_objective_status_name(o->status));
	json_out_kstring(j, "why", o->why);
	json_out_kint(j, "cycle_id", o->cycle_id);
	json_out_kstring(j, "cycle", o->cycle_name);
	json_out_kid(j, "unit_id", o->unit_id);
	json_out_kstring(j, "unit", o->unit_name);
	json_out_kid(j, "owner_id", o->owner_id);
	json_out_kstring(j, "owner", o->owner_email);
	json_out_kbool(j, "development", o->development);
	json_out_kstring(j, "visibility", grip_visibility_name(o->visibility));
	json_out_kstring(j, "cadence", grip_cadence_name(o->cadence));
	json_out_kint(j, "version", o->version);
	json_out_key(j, "aligns_to");
	json_out_array_open(j);
	for (size_t i = 0; i < o->n_aligns_to; i++)
		json_out_int(j, o->aligns_to[i]);
	json_out_array_close(j);
	json_out_kstring(j, "created_at", o->created_at);
	json_out_kstring(j, "updated_at", o->updated_at);
	/* Only a carried objective names where it came from (carry.c). */
	if (o->carried_from)
		json_out_kint(j, "carried_from", o->carried_from);
}

void grip_objective_write(struct json_out *j, const struct grip_objective *o)
{
	json_out_object_open(j);
	objective_stored_members(j, o);
	json_out_knumber(j, "progress", o->progress);
	json_out_kbool(j, "rolled_up", o->rolled_up);
	json_out_key(j, "confidence"); /* none before the first check-in */
	if (o->confidence < 0)
		json_out_null(j);
	else
		json_out_int(j, o->confidence);
	json_out_kstring(j, "light", measure_light_name(o->light));
	json_out_kstring(j, "last_checkin", o->last_checkin);
	json_out_kstring(j, "as_of", o->as_of);
	json_out_kbool(j, "stale", o->stale);
	json_out_knumber(j, "expected", o->expected);
	json_out_kbool(j, "at_risk", o->at_risk);
	json_out_kbool(j, "behind_pace", o->behind_pace);
	json_out_key(j, "key_results");
	json_out_array_open(j);
	for (size_t i = 0; i < o->n_krs; i++)
		grip_kr_write(j, &o->krs[i]);
	json_out_array_close(j);
	if (o->scoring) {
		json_out_key(j, "score");
		if (o->score < 0)
			json_out_null(j);
		else
			json_out_number(j, o->score / 10.0);
		json_out_kstring(j, "score_missing", o->score_missing);
	}
	json_out_object_close(j);
}

json_t *grip_objective_json(const struct grip_objective *o)
{
	struct sb sb = SB_INIT;
	struct json_out j;
	json_out_init(&j, &sb);
	grip_objective_write(&j, o);
	return parsed(&sb);
}

json_t *objective_stored_json(const struct grip_objective *o)
{
	struct sb sb = SB_INIT;
	struct json_out j;
	json_out_init(&j, &sb);
	json_out_object_open(&j);
	objective_stored_members(&j, o);
	json_out_object_close(&j);
	return parsed(&sb);
}

/* ---- key results ---- */

/* The key result; with its figures (done milestones, current value,
 * progress, scores) or only its stored fields. */
static void kr_write(struct json_out *j, const struct grip_kr *kr, bool figures)
{
	json_out_object_open(j);
	json_out_kint(j, "id", kr->id);
	json_out_kint(j, "objective_id", kr->objective_id);
	json_out_kstring(j, "title", kr->title);
	json_out_kstring(j, "kind", grip_kr_kind_name(kr->kind));
	json_out_knumber(j, "baseline", kr->baseline);
	json_out_knumber(j, "target", kr->target);
	json_out_kstring(j, "unit", kr->unit_label);
	json_out_knumber(j, "weight", kr->weight);
	json_out_kid(j, "owner_id", kr->owner_id);
	json_out_kint(j, "version", kr->version);
	json_out_key(j, "milestones");
	json_out_array_open(j);
	for (size_t i = 0; i < kr->n_milestones; i++) {
		const struct grip_milestone *m = &kr->milestones[i];
		json_out_object_open(j);
		json_out_kint(j, "id", m->id);
		json_out_kstring(j, "title", m->title);
		json_out_knumber(j, "weight", m->weight);
		if (figures)
			json_out_kbool(j, "done", m->done);
		json_out_object_close(j);
	}
	json_out_array_close(j);
	if (figures) {
		json_out_knumber(j, "current", kr->current);
		json_out_kbool(j, "has_value", kr->has_value);
		json_out_kstring(j, "value_at", kr->value_at);
		json_out_knumber(j, "progress", kr->progress);
		if (kr->score) { /* read alone in scoring: rare, dumped from its tree */
			json_t *s = grip_kr_score_json(kr->score);
			char *text = s ? json_dumps(s, JSON_COMPACT | JSON_REAL_PRECISION(12)) : NULL;
			json_decref(s);
			json_out_key(j, "scores");
			if (text)
				json_out_raw(j, text, strlen(text));
			else
				j->sb->failed = true;
			free(text);
		}
	}
	json_out_object_close(j);
}

void grip_kr_write(struct json_out *j, const struct grip_kr *kr)
{
	kr_write(j, kr, true);
}

json_t *grip_kr_json(const struct grip_kr *kr)
{
	struct sb sb = SB_INIT;
	struct json_out j;
	json_out_init(&j, &sb);
	kr_write(&j, kr, true);
	return parsed(&sb);
}

json_t *kr_stored_json(const struct grip_kr *kr)
{
	struct sb sb = SB_INIT;
	struct json_out j;
	json_out_init(&j, &sb);
	kr_write(&j, kr, false);
	return parsed(&sb);
}

/* ---- check-ins ---- */

void grip_checkin_write(struct json_out *j, const struct grip_checkin *c)
{
	json_out_object_open(j);
	json_out_kint(j, "id", c->id);
	json_out_kint(j, "objective_id", c->objective_id);
	json_out_kid(j, "author_id", c->author_id);
	json_out_kstring(j, "at", c->at);
	json_out_kint(j, "confidence", c->confidence);
	json_out_kstring(j, "issues", c->issues);
	json_out_kstring(j, "plan", c->plan);
	json_out_key(j, "results");
	json_out_array_open(j);
	for (size_t i = 0; i < c->n_results; i++) {
		json_out_object_open(j);
		json_out_kint(j, "key_result_id", c->results[i].key_result_id);
		json_out_knumber(j, "value", c->results[i].value);
		json_out_kstring(j, "note", c->results[i].note);
		json_out_object_close(j);
	}
	json_out_array_close(j);
	json_out_object_close(j);
}

json_t *grip_checkin_json(const struct grip_checkin *c)
{
	struct sb sb = SB_INIT;
	struct json_out j;
	json_out_init(&j, &sb);
	grip_checkin_write(&j, c);
	return parsed(&sb);
}
