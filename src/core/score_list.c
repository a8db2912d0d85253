/*
 * score_list.c — the scores of a unit (its objectives) or a person (those
 * they own) over a cycle, of the agreed objectives the actor sees, with
 * each key result's suggested, self, lead and final scores and each
 * objective's score; as JSON, and as CSV for an annual review. The rules
 * of a score are in score.c.
 */
#include "core/internal.h"

#include <stdlib.h>
#include <string.h>

#include "util/sb.h"

/* ---- the scores of a unit or a person over a cycle ---- */

/* The cycle asked for, or the latest in scoring the actor sees. */
static struct grip_cycle *scoring_cycle(struct grip *g, const char *name)
{
	if (name)
		return grip_cycle_by_name(g, name);
	struct grip_cycle **cs;
	size_t n;
	if (grip_cycle_list(g, &cs, &n) < 0)
		return NULL;
	struct grip_cycle *best = NULL;
	for (size_t i = 0; i < n; i++)
		if (cs[i]->status == GRIP_CYCLE_SCORING && cs[i]->kind != GRIP_CYCLE_PROGRAMME &&
		    (!best || strcmp(cs[i]->ends_on, best->ends_on) >= 0))
			best = cs[i];
	if (!best)
		grip_fail(g, GRIP_ENOTFOUND, "cycle", "no cycle is in scoring: name one");
	return best;
}

static bool scorable_status(enum grip_objective_status s)
{
	return s == GRIP_OBJECTIVE_APPROVED || s == GRIP_OBJECTIVE_ACTIVE || s == GRIP_OBJECTIVE_ACHIEVED ||
	       s == GRIP_OBJECTIVE_MISSED;
}

int grip_scoring(struct grip *g, const char *cycle, const char *unit, const char *person, struct grip_scoring **out)
{
	if ((unit != NULL) == (person != NULL))
		return grip_fail(g, GRIP_EINVAL, unit ? "person" : "unit", "name a unit or a person, not both");
	struct grip_cycle *c = scoring_cycle(g, cycle);
	if (!c)
		return -1;
	if (c->kind == GRIP_CYCLE_PROGRAMME)
		return grip_fail(g, GRIP_EINVAL, "cycle", "%s is a programme: its outcomes are not scored", c->name);
	const char *email = NULL;
	if (person) {
		struct grip_person *p = grip_person_by_email(g, person);
		if (!p)
			return -1;
		email = p->email;
	} else if (!grip_unit_by_name(g, unit)) {
		return -1;
	}
	struct grip_objective_filter f = { .cycle_name = c->name, .unit_name = person ? NULL : unit, .owner_email = email };
	struct grip_objective **os;
	size_t n;
	if (grip_objective_list(g, &f, &os, &n) < 0)
		return -1;
	struct grip_scoring *s = grip_alloc(g, sizeof *s);
	if (!s || (n && !(s->rows = grip_alloc(g, n * sizeof *s->rows))))
		return -1;
	s->cycle = c;
	s->unit = person ? NULL : unit;
	s->person = email;
	for (size_t i = 0; i < n; i++) {
		if (!scorable_status(os[i]->status))
			continue;
		struct grip_scored_objective *row = &s->rows[s->n++];
		/* The listed objective, with its key results and today's figures,
		 * gains its scores as one read alone would (score_attach) in a
		 * cycle in scoring or closed; in one still active they are read here. */
		struct grip_objective *o = row->objective = os[i];
		if (score_attach(g, o) < 0 || (!o->scoring && score_objective(g, o, &o->score, &o->score_missing) < 0))
			return -1;
		row->score = o->score;
		row->missing = o->score_missing;
		if (o->n_krs && !(row->scores = grip_alloc(g, o->n_krs * sizeof *row->scores)))
			return -1;
		for (size_t k = 0; k < o->n_krs; k++) {
			if (o->krs[k].score) {
				row->scores[k] = o->krs[k].score;
				continue;
			}
			if (!(row->scores[k] = score_stored(g, o->krs[k].id)) ||
			    score_suggested(g, c, o->krs[k].id, &row->scores[k]->suggested) < 0)
				return -1;
		}
	}
	*out = s;
	return 0;
}

int grip_score_export(struct grip *g, const char *cycle, const char *person, struct grip_scoring **out)
{
	if (!person || !*person)
		return grip_fail(g, GRIP_EINVAL, "person", "is required: whose scores to export");
	return grip_scoring(g, cycle, NULL, person, out);
}

json_t *grip_scoring_json(const struct grip_scoring *s)
{
	json_t *rows = json_array();
	for (size_t i = 0; rows && i < s->n; i++) {
		const struct grip_scored_objective *r = &s->rows[i];
		const struct grip_objective *o = r->objective;
		json_t *krs = json_array();
		for (size_t k = 0; krs && k < o->n_krs; k++) {
			json_t *j = grip_kr_score_json(r->scores[k]);
			if (j) {
				json_object_set_new(j, "title", json_string(o->krs[k].title));
				json_object_set_new(j, "weight", grip_json_number(o->krs[k].weight));
			}
			json_array_append_new(krs, j);
		}
		json_array_append_new(rows, json_pack("{sI ss ss so so so so so}", "id", (json_int_t)o->id, "title", o->title,
						      "status", grip_objective_status_name(o->status), "unit",
						      grip_json_string(o->unit_name), "owner", grip_json_string(o->owner_email),
						      "score", score_tenths_json(r->score), "missing", grip_json_string(r->missing),
						      "key_results", krs ? krs : json_null()));
	}
	return json_pack("{ss ss so so so}", "cycle", s->cycle->name, "cycle_status",
			 grip_cycle_status_name(s->cycle->status), "unit", grip_json_string(s->unit), "person",
			 grip_json_string(s->person), "objectives", rows ? rows : json_null());
}

/* A CSV field: quoted when it holds a comma, a quote or a line break. */
static void csv_field(struct sb *out, const json_t *v, bool last)
{
	char num[32];
	const char *s = "";
	if (json_is_string(v)) {
		s = json_string_value(v);
	} else if (json_is_integer(v)) {
		snprintf(num, sizeof num, "%.1f", (double)json_integer_value(v));
		s = num;
	} else if (json_is_real(v)) {
		snprintf(num, sizeof num, "%.1f", json_real_value(v));
		s = num;
	}
	if (strpbrk(s, ",\"\r\n")) {
		sb_addc(out, '"');
		for (const char *p = s; *p; p++) {
			if (*p == '"')
				sb_addc(out, '"');
			sb_addc(out, *p);
		}
		sb_addc(out, '"');
	} else {
		sb_adds(out, s);
	}
	sb_adds(out, last ? "\n" : ",");
}

char *grip_scoring_csv(struct grip *g, const json_t *scoring)
{
	static const char *const heads[] = { "cycle", "objective_id", "objective", "objective_score", "key_result_id",
					     "key_result", "weight", "suggested", "self", "evidence", "lead", "comment",
					     "final" };
	enum { N = sizeof heads / sizeof heads[0] };
	struct sb out;
	sb_init(&out, 8u << 20);
	for (size_t i = 0; i < N; i++)
		sb_adds(&out, heads[i]), sb_adds(&out, i + 1 < N ? "," : "\n");
	size_t i, k;
	const json_t *o, *kr;
	json_array_foreach(json_object_get(scoring, "objectives"), i, o) {
		json_array_foreach(json_object_get(o, "key_results"), k, kr) {
			char id[24], krid[24], w[32];
			snprintf(id, sizeof id, "%lld", (long long)json_integer_value(json_object_get(o, "id")));
			snprintf(krid, sizeof krid, "%lld", (long long)json_integer_value(json_object_get(kr, "key_result_id")));
			const json_t *wv = json_object_get(kr, "weight");
			snprintf(w, sizeof w, "%.12g", json_is_number(wv) ? json_number_value(wv) : 1.0);
			json_t *cells[N] = {
				json_string(json_string_value(json_object_get(scoring, "cycle"))), json_string(id),
				json_incref(json_object_get(o, "title")), json_incref(json_object_get(o, "score")),
				json_string(krid), json_incref(json_object_get(kr, "title")), json_string(w),
				json_incref(json_object_get(kr, "suggested")), json_incref(json_object_get(kr, "self")),
				json_incref(json_object_get(kr, "evidence")), json_incref(json_object_get(kr, "lead")),
				json_incref(json_object_get(kr, "comment")), json_incref(json_object_get(kr, "final")),
			};
			for (size_t c = 0; c < N; c++) {
				csv_field(&out, cells[c], c + 1 == N);
				json_decref(cells[c]);
			}
		}
	}
	if (out.failed) {
		sb_release(&out);
		grip_fail(g, GRIP_ENOMEM, NULL, "the export is too large");
		return NULL;
	}
	size_t len;
	char *text = sb_detach(&out, &len);
	char *kept = text ? grip_strdup(g, text) : NULL;
	free(text);
	if (!kept)
		grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	return kept;
}
