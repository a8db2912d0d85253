/*
 * group_json.c — the JSON of a chain and of a group report, shared by the
 * CLI's --json and the API. A figure the viewer may not see is null.
 */
#include "core/internal.h"

#include <string.h>

static json_t *rate(double r)
{
	return r < 0 ? json_null() : grip_json_number(r);
}

static json_t *outcome_json(const struct grip_objective *o)
{
	if (!o)
		return json_null();
	return json_pack("{sI ss ss ss sb}", "id", (json_int_t)o->id, "title", o->title, "why",
			 o->why ? o->why : "", "status", grip_objective_status_name(o->status), "shared",
			 o->visibility != GRIP_VISIBILITY_PRIVATE);
}

static json_t *tally_json(const struct commit_tally *t)
{
	return json_pack("{si si si si}", "done", t->done, "partial", t->partial, "missed",
			 t->missed + t->open, "commitments", t->done + t->partial + t->missed + t->open);
}

json_t *grip_chain_json(const struct grip_chain *c)
{
	json_t *commits = json_array(), *breaks = json_array();
	for (size_t i = 0; commits && i < c->n_commitments; i++)
		json_array_append_new(commits, grip_commitment_json(c->commitments[i]));
	for (size_t i = 0; breaks && i < c->n_breaks; i++)
		json_array_append_new(breaks, json_string(c->breaks[i]));
	return json_pack("{ss ss so so so sb so}", "email", c->email, "week", c->week, "commitments",
			 commits, "outcome", outcome_json(c->outcome), "group_outcome",
			 outcome_json(c->group_outcome), "chain_ok", c->ok, "breaks", breaks);
}

static json_t *row_json(const struct grip_group_row *r)
{
	json_t *j = json_pack("{ss ss ss ss ss? so ss? ss?}", "email", r->person->email, "name",
			      r->person->name, "role", grip_member_role_name(r->role), "joined_on", r->joined_on, "left_on",
			      r->left_on, "outcome", outcome_json(r->outcome), "review", r->review,
			      "review_comment", r->review_comment);
	if (!j)
		return NULL;
	bool mine = r->personal;
	json_object_set_new(j, "completion_rate", mine ? rate(r->completion_rate) : json_null());
	json_object_set_new(j, "commitments_closed", mine ? tally_json(&r->tally) : json_null());
	json_object_set_new(j, "drifting", mine && r->role == GRIP_MEMBER_MEMBER ? json_boolean(r->drifting)
									: json_null());
	json_object_set_new(j, "chain_ok", r->chain ? json_boolean(r->chain->ok) : json_null());
	json_t *breaks = json_null(), *week = json_null();
	if (r->chain) {
		json_t *c = grip_chain_json(r->chain);
		breaks = json_incref(json_object_get(c, "breaks"));
		week = json_incref(json_object_get(c, "commitments"));
		json_decref(c);
	}
	json_object_set_new(j, "breaks", breaks ? breaks : json_null());
	json_object_set_new(j, "this_week", week ? week : json_null());
	return j;
}

json_t *grip_group_report_json(const struct grip_group_report *r)
{
	json_t *outcomes = json_array(), *members = json_array(), *weeks = json_array();
	json_t *drifting = json_array(), *breaks = json_array(), *prompt = json_array();
	for (size_t i = 0; outcomes && i < r->n_group_outcomes; i++)
		json_array_append_new(outcomes, outcome_json(r->group_outcomes[i]));
	for (size_t i = 0; members && i < r->n_rows; i++) {
		const struct grip_group_row *row = &r->rows[i];
		json_array_append_new(members, row_json(row));
		if (row->personal && row->drifting)
			json_array_append_new(drifting, json_string(row->person->email));
		for (size_t k = 0; row->chain && k < row->chain->n_breaks; k++)
			json_array_append_new(breaks, json_pack("{ss ss}", "email", row->person->email, "break",
								row->chain->breaks[k]));
	}
	for (size_t i = 0; weeks && i < r->n_weeks; i++) {
		const struct grip_week_figures *w = &r->weeks[i];
		json_t *wj = tally_json(&w->tally);
		json_object_set_new(wj, "week", json_string(w->week));
		json_object_set_new(wj, "number", json_integer(w->number));
		json_object_set_new(wj, "unwritten", json_integer(w->unwritten));
		json_object_set_new(wj, "completion_rate", rate(w->completion_rate));
		json_array_append_new(weeks, wj);
	}
	for (size_t i = 0; prompt && i < r->n_prompt; i++)
		json_array_append_new(prompt, json_string(r->prompt[i]));
	if (!r->n_prompt) {
		json_decref(prompt);
		prompt = json_null();
	}
	const struct grip_cycle *c = r->programme;
	return json_pack("{s{sI ss} s{sI ss ss ss si ss si} ss si so so so so so si si so so so so}",
		"group", "id", (json_int_t)r->group->id, "name", r->group->name,
		"programme", "id", (json_int_t)c->id, "name", c->name, "starts_on", c->starts_on,
		"ends_on", c->ends_on, "weeks", c->weeks, "status", grip_cycle_status_name(c->status), "halfway_week", r->halfway_week,
		"week", r->week, "week_number", r->week_number,
		"outcome_prompt", prompt,
		"group_outcomes", outcomes, "completion_rate", rate(r->completion_rate),
		"commitments_closed", tally_json(&r->tally), "dropout_rate", rate(r->dropout_rate),
		"enrolled", r->enrolled, "left", r->left, "weeks_closed", weeks, "drifting", drifting,
		"chain_breaks", breaks, "members", members);
}
