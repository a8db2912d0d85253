/*
 * score.c — the scores of key results at the end of a cycle (docs/model.md,
 * "Scoring and closing a cycle"), and the score of an objective.
 *
 * A score is 0.0 to 1.0 with one decimal, stored in tenths (0..10). Each
 * key result has three, given while its cycle is in scoring:
 *
 *   self   by those who may check in on the objective; a key result or a
 *          person's objective that is someone's is scored by that person
 *          (or a lead), with evidence
 *   lead   by a lead of the objective's unit or of its owner, or an admin,
 *          with a comment (never by the owner of a person's objective)
 *   final  the agreed one, by the same people as the lead's score; when
 *          self and lead match, that value is the suggested final
 *
 * The suggested score is the key result's progress on the cycle's last day
 * (or today, if earlier), rounded to one decimal. An objective's score is
 * the weighted mean of its key results' final scores, to one decimal, once
 * every key result has one; one with no key results takes the mean of the
 * scored objectives aligned to it. Programmes are not scored: their
 * outcomes end achieved, missed or dropped.
 */
#include "core/internal.h"

#include <math.h>
#include <string.h>

int grip_score_parse(struct grip *g, const char *field, const char *text, int *tenths)
{
	const char *s = text ? text : "";
	/* "0", "1", "0.7", "1.0": a 0 or 1, then at most one decimal. */
	bool ok = (s[0] == '0' || s[0] == '1') &&
		  (s[1] == '\0' || (s[1] == '.' && s[2] >= '0' && s[2] <= '9' && s[3] == '\0'));
	int t = ok ? (s[0] - '0') * 10 + (s[1] ? s[2] - '0' : 0) : -1;
	if (!ok || t > 10)
		return grip_fail(g, GRIP_EINVAL, field, "a score is from 0.0 to 1.0 with one decimal (such as 0.7), not \"%.40s\"",
				 s);
	*tenths = t;
	return 0;
}

int grip_score_of_number(struct grip *g, const char *field, double v, int *tenths)
{
	char buf[40];
	if (!isfinite(v))
		return grip_score_parse(g, field, "not a number", tenths);
	snprintf(buf, sizeof buf, "%.15g", v);
	return grip_score_parse(g, field, buf, tenths);
}

/* Tenths rounded half up from a mean in tenths. */
static int round_tenths(double x)
{
	return (int)floor(x + 0.5 + 1e-9);
}

/* A unit's objective is its unit's leads'; a person's objective is never
 * scored by its owner as a lead. */
static bool persons_objective(const struct grip_objective *o)
{
	return o->layer == GRIP_LAYER_INDIVIDUAL || o->layer == GRIP_LAYER_MEMBER;
}

int score_require_lead(struct grip *g, const struct grip_objective *o)
{
	if (grip_require_writer(g) < 0)
		return -1;
	if (actor_is_admin(g))
		return 0;
	int64_t me = g->actor->id;
	if (persons_objective(o) && o->owner_id == me)
		return grip_fail(g, GRIP_EPERM, NULL, "you do not give the lead's or the final score of your own objective: a lead does");
	if ((o->unit_id && grip_is_lead(g, o->unit_id, me)) ||
	    (o->owner_id && !objective_in_private_unit(g, o) && leads_person(g, o->owner_id, false)))
		return 0;
	return grip_fail(g, GRIP_EPERM, NULL,
			 "only a lead of its unit or of its owner, or an admin, gives the lead's and the final score");
}

int score_require_self(struct grip *g, const struct grip_objective *o, int64_t kr_owner)
{
	if (grip_require_checkin(g, o) < 0)
		return -1;
	struct grip_error saved = g->err;
	if (score_require_lead(g, o) == 0)
		return 0;
	g->err = saved;
	int64_t whose = kr_owner ? kr_owner : persons_objective(o) ? o->owner_id : 0;
	if (whose && whose != g->actor->id)
		return grip_fail(g, GRIP_EPERM, NULL, "this key result is someone else's: its owner or a lead scores it");
	return 0;
}

int score_require_open(struct grip *g, const struct grip_objective *o, const struct grip_cycle *c)
{
	if (c->kind == GRIP_CYCLE_PROGRAMME)
		return grip_fail(g, GRIP_ECONFLICT, "cycle",
				 "%s is a programme: its outcomes are not scored but end achieved, missed or dropped", c->name);
	if (c->status == GRIP_CYCLE_CLOSED)
		return grip_fail(g, GRIP_ECONFLICT, "cycle", "cycle %s is closed and read-only", c->name);
	if (c->status != GRIP_CYCLE_SCORING)
		return grip_fail(g, GRIP_ECONFLICT, "cycle", "cycle %s is %s: scores are given from its last day (%s), or once scoring is opened",
				 c->name, grip_cycle_status_name(c->status), c->ends_on);
	if (o->status == GRIP_OBJECTIVE_DROPPED)
		return grip_fail(g, GRIP_ECONFLICT, "status", "objective %lld is dropped: it is not scored", (long long)o->id);
	if (o->status == GRIP_OBJECTIVE_DRAFT || o->status == GRIP_OBJECTIVE_PROPOSED)
		return grip_fail(g, GRIP_ECONFLICT, "status", "objective %lld is %s: only an agreed objective is scored",
				 (long long)o->id, grip_objective_status_name(o->status));
	return 0;
}

/* The day a cycle's suggested scores are read on: its last day, or today
 * if that is earlier. */
const char *score_day(struct grip *g, const struct grip_cycle *c)
{
	const char *today = today_text(g);
	return today && strcmp(today, c->ends_on) < 0 ? today : c->ends_on;
}

/* The suggested score of a key result of cycle c: its progress on the
 * suggested day, or today's for one added after that day. */
int score_suggested(struct grip *g, const struct grip_cycle *c, int64_t kr_id, int *tenths)
{
	struct grip_error saved = g->err;
	struct grip_kr *kr = kr_get_at(g, kr_id, score_day(g, c));
	if (!kr && g->err.code == GRIP_EINVAL) {
		g->err = saved;
		kr = kr_get_at(g, kr_id, NULL);
	}
	if (!kr)
		return -1;
	*tenths = round_tenths(kr->progress * 10);
	return 0;
}

static void *score_row(struct grip *g, struct store_stmt *st)
{
	struct grip_kr_score *s = grip_alloc(g, sizeof *s);
	if (!s)
		return NULL;
	s->key_result_id = store_col_int(st, 0);
	s->self = store_col_null(st, 1) ? -1 : (int)store_col_int(st, 1);
	s->evidence = col_text(g, st, 2);
	s->self_by = col_text(g, st, 3);
	s->lead = store_col_null(st, 4) ? -1 : (int)store_col_int(st, 4);
	s->comment = col_text(g, st, 5);
	s->lead_by = col_text(g, st, 6);
	s->final = store_col_null(st, 7) ? -1 : (int)store_col_int(st, 7);
	s->final_by = col_text(g, st, 8);
	s->agreed = s->self >= 0 && s->self == s->lead ? s->self : -1;
	s->suggested = -1;
	return s;
}

#define SCORE_SQL \
	"SELECT s.key_result_id, s.self_tenths, s.self_evidence, a.email, s.lead_tenths, s.lead_comment, b.email," \
	" s.final_tenths, c.email FROM scores s LEFT JOIN people a ON a.id = s.self_by" \
	" LEFT JOIN people b ON b.id = s.lead_by LEFT JOIN people c ON c.id = s.final_by"

/* The stored scores of a key result, or an empty one (every score -1). */
struct grip_kr_score *score_stored(struct grip *g, int64_t kr_id)
{
	struct grip_kr_score *s = fetch_one(g, store_q(g->store, SCORE_SQL " WHERE s.key_result_id = ?", V(kr_id)),
					    score_row, "score");
	if (s)
		return s;
	if (g->err.code != GRIP_ENOTFOUND)
		return NULL;
	g->err = (struct grip_error){ 0 };
	if (!(s = grip_alloc(g, sizeof *s)))
		return NULL;
	*s = (struct grip_kr_score){ .key_result_id = kr_id, .self = -1, .lead = -1, .final = -1, .agreed = -1, .suggested = -1 };
	return s;
}

json_t *score_tenths_json(int t)
{
	return t < 0 ? json_null() : grip_json_number(t / 10.0);
}

json_t *grip_kr_score_json(const struct grip_kr_score *s)
{
	return json_pack("{sI so so so* so so so* so so so* so}", "key_result_id", (json_int_t)s->key_result_id,
			 "suggested", score_tenths_json(s->suggested), "self", score_tenths_json(s->self), "evidence",
			 grip_json_string(s->evidence), "self_by", grip_json_string(s->self_by), "lead", score_tenths_json(s->lead),
			 "comment", grip_json_string(s->comment), "lead_by", grip_json_string(s->lead_by), "final",
			 score_tenths_json(s->final), "final_by", grip_json_string(s->final_by), "agreed", score_tenths_json(s->agreed));
}

/* What is stored, for the history. */
static json_t *score_record(struct grip *g, int64_t kr_id)
{
	struct grip_kr_score *s = score_stored(g, kr_id);
	return s ? grip_kr_score_json(s) : NULL;
}

/* Reads a key result's objective and cycle for a score: seen by the actor. */
static struct grip_objective *kr_objective(struct grip *g, int64_t kr_id, struct grip_kr **kr_out,
					   struct grip_cycle **c_out)
{
	int64_t objective_id = 0;
	if (store_x(g->store, &objective_id,
		    "SELECT k.objective_id FROM key_results k JOIN objectives o ON o.id = k.objective_id"
		    " WHERE k.id = ? AND o.org_id = ?", V(kr_id), V(g->org_id)) != STORE_OK) {
		STORE_FAIL(g);
		return NULL;
	}
	struct grip_objective *o = objective_id ? objective_visible(g, objective_id) : NULL;
	if (!o) {
		if (!objective_id || g->err.code == GRIP_ENOTFOUND)
			grip_fail(g, GRIP_ENOTFOUND, "key_result", "no such key result");
		return NULL;
	}
	struct grip_kr *kr = kr_for_value(g, objective_id, kr_id);
	struct grip_cycle *c = kr ? cycle_stored(g, o->cycle_id) : NULL;
	if (!c)
		return NULL;
	*kr_out = kr;
	*c_out = c;
	return o;
}

struct grip_kr_score *grip_kr_score_get(struct grip *g, int64_t kr_id)
{
	struct grip_kr *kr;
	struct grip_cycle *c;
	struct grip_objective *o = kr_objective(g, kr_id, &kr, &c);
	if (!o)
		return NULL;
	struct grip_kr_score *s = score_stored(g, kr_id);
	if (!s)
		return NULL;
	if (c->kind != GRIP_CYCLE_PROGRAMME && score_suggested(g, c, kr_id, &s->suggested) < 0)
		return NULL;
	return s;
}

int grip_score_set(struct grip *g, int64_t kr_id, const struct grip_score_input *in)
{
	struct grip_kr *kr;
	struct grip_cycle *c;
	struct grip_objective *o = kr_objective(g, kr_id, &kr, &c);
	if (!o)
		return -1;
	int self = -1, lead = -1, final = -1;
	if ((in->self && grip_score_parse(g, "self", in->self, &self) < 0) ||
	    (in->lead && grip_score_parse(g, "lead", in->lead, &lead) < 0) ||
	    (in->final && grip_score_parse(g, "final", in->final, &final) < 0) ||
	    grip_check_text(g, "evidence", in->evidence, TEXT_MAX_BYTES, false) < 0 ||
	    grip_check_text(g, "comment", in->comment, TEXT_MAX_BYTES, false) < 0)
		return -1;
	bool by_self = in->self || in->evidence, by_lead = in->lead || in->comment || in->final;
	if (!by_self && !by_lead)
		return grip_fail(g, GRIP_EINVAL, "score", "give a score: self, lead or final");
	if (score_require_open(g, o, c) < 0 || (by_self && score_require_self(g, o, kr->owner_id) < 0) ||
	    (by_lead && score_require_lead(g, o) < 0))
		return -1;
	json_t *before = score_record(g, kr_id);
	const char *now = grip_now_text(g);
	int64_t me = g->actor->id;
	if (!now || store_x(g->store, NULL, "INSERT INTO scores (key_result_id, org_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
			    V(kr_id), V(g->org_id)) != STORE_OK)
		goto fail;
	if (in->self && store_x(g->store, NULL,
				"UPDATE scores SET self_tenths = ?, self_by = ?, self_at = ? WHERE key_result_id = ?",
				V(self), V(me), V(now), V(kr_id)) != STORE_OK)
		goto fail;
	if (in->evidence && store_x(g->store, NULL,
				    "UPDATE scores SET self_evidence = NULLIF(?, ''), self_by = ?, self_at = ? WHERE key_result_id = ?",
				    V(in->evidence), V(me), V(now), V(kr_id)) != STORE_OK)
		goto fail;
	if (in->lead && store_x(g->store, NULL,
				"UPDATE scores SET lead_tenths = ?, lead_by = ?, lead_at = ? WHERE key_result_id = ?",
				V(lead), V(me), V(now), V(kr_id)) != STORE_OK)
		goto fail;
	if (in->comment && store_x(g->store, NULL,
				   "UPDATE scores SET lead_comment = NULLIF(?, ''), lead_by = ?, lead_at = ? WHERE key_result_id = ?",
				   V(in->comment), V(me), V(now), V(kr_id)) != STORE_OK)
		goto fail;
	if (in->final && store_x(g->store, NULL,
				 "UPDATE scores SET final_tenths = ?, final_by = ?, final_at = ? WHERE key_result_id = ?",
				 V(final), V(me), V(now), V(kr_id)) != STORE_OK)
		goto fail;
	return grip_event(g, "key_result", kr_id, "score", before, score_record(g, kr_id), NULL);
fail:
	json_decref(before);
	return now ? STORE_FAIL(g) : -1;
}

/* ---- an objective's score ---- */

#define SCORE_DEPTH 6

/* o's score in tenths (-1: not scored) and, when not, what it lacks. No
 * visibility check: for the close and for what the actor already sees. */
int score_objective(struct grip *g, const struct grip_objective *o, int *tenths, const char **missing)
{
	return score_objective_at(g, o->id, 0, tenths, missing);
}

int score_objective_at(struct grip *g, int64_t id, int depth, int *tenths, const char **missing)
{
	*tenths = -1;
	*missing = NULL;
	struct store_stmt *st = store_q(g->store,
		"SELECT k.id, k.weight, s.final_tenths FROM key_results k LEFT JOIN scores s ON s.key_result_id = k.id"
		" WHERE k.objective_id = ? ORDER BY k.position, k.id", V(id));
	if (!st)
		return STORE_FAIL(g);
	double sum = 0, weights = 0;
	size_t n = 0, unscored = 0;
	char lacking[160] = "";
	size_t used = 0;
	while (store_step(st) == STORE_ROW) {
		n++;
		if (store_col_null(st, 2)) {
			if (used + 24 < sizeof lacking)
				used += (size_t)snprintf(lacking + used, sizeof lacking - used, "%s%lld",
							 unscored ? ", " : "", (long long)store_col_int(st, 0));
			unscored++;
			continue;
		}
		double w = store_col_real(st, 1);
		sum += w * (double)store_col_int(st, 2);
		weights += w;
	}
	store_done(st);
	if (n) {
		if (unscored)
			*missing = arena_printf(g->arena, "no final score for key result%s %s", unscored == 1 ? "" : "s",
						lacking);
		else
			*tenths = weights > 0 ? round_tenths(sum / weights) : 0;
		return 0;
	}
	/* No key results: the mean of the scored objectives aligned to it. */
	int64_t *children;
	size_t nc;
	if (ids_collect(g, store_q(g->store,
		"SELECT a.child_id FROM alignments a JOIN objectives c ON c.id = a.child_id"
		" WHERE a.parent_id = ? AND c.status <> 'dropped' ORDER BY a.child_id", V(id)), &children, &nc) < 0)
		return -1;
	int total = 0, scored = 0;
	for (size_t i = 0; depth < SCORE_DEPTH && i < nc; i++) {
		int t;
		const char *why;
		if (score_objective_at(g, children[i], depth + 1, &t, &why) < 0)
			return -1;
		if (t >= 0) {
			total += t;
			scored++;
		}
	}
	if (scored)
		*tenths = round_tenths((double)total / scored);
	else
		*missing = "no key results, and no objective aligned to it is scored";
	return 0;
}

/* ---- what is left before a cycle closes ---- */

int grip_cycle_unscored(struct grip *g, const struct grip_cycle *c, struct grip_unscored **out, size_t *n)
{
	*out = NULL;
	*n = 0;
	struct grip_objective **os;
	size_t no;
	if (objectives_of_cycle(g, c->id, &os, &no) < 0)
		return -1;
	struct grip_unscored *list = no ? grip_alloc(g, no * sizeof *list) : NULL;
	if (no && !list)
		return -1;
	for (size_t i = 0; i < no; i++) {
		struct grip_objective *o = os[i];
		const char *missing = NULL;
		int t = -1;
		if (o->status == GRIP_OBJECTIVE_DROPPED)
			continue;
		if (c->kind == GRIP_CYCLE_PROGRAMME) {
			if (!objective_is_terminal(o->status))
				missing = arena_printf(g->arena, "still %s: its final review records it achieved, missed or dropped",
						       grip_objective_status_name(o->status));
		} else if (o->status == GRIP_OBJECTIVE_DRAFT || o->status == GRIP_OBJECTIVE_PROPOSED) {
			missing = arena_printf(g->arena, "still %s: never agreed, so drop it", grip_objective_status_name(o->status));
		} else if (score_objective(g, o, &t, &missing) < 0) {
			return -1;
		}
		if (missing)
			list[(*n)++] = (struct grip_unscored){ .objective_id = o->id, .title = o->title, .missing = missing };
	}
	*out = list;
	return 0;
}

json_t *grip_unscored_json(const struct grip_unscored *u)
{
	return json_pack("{sI ss ss}", "objective_id", (json_int_t)u->objective_id, "title", u->title, "missing",
			 u->missing);
}

/* ---- scores in the JSON of an objective or a key result read alone ---- */

static bool shows_scores(const struct grip_cycle *c)
{
	return c->kind != GRIP_CYCLE_PROGRAMME && (c->status == GRIP_CYCLE_SCORING || c->status == GRIP_CYCLE_CLOSED);
}

static int attach_kr(struct grip *g, const struct grip_cycle *c, struct grip_kr *kr)
{
	if (!(kr->score = score_stored(g, kr->id)) || score_suggested(g, c, kr->id, &kr->score->suggested) < 0)
		return -1;
	return 0;
}

int score_attach(struct grip *g, struct grip_objective *o)
{
	struct grip_cycle *c = cycle_stored(g, o->cycle_id);
	if (!c)
		return -1;
	if (!shows_scores(c))
		return 0;
	o->scoring = true;
	if (score_objective(g, o, &o->score, &o->score_missing) < 0)
		return -1;
	for (size_t i = 0; i < o->n_krs; i++)
		if (attach_kr(g, c, &o->krs[i]) < 0)
			return -1;
	return 0;
}

int score_attach_kr(struct grip *g, struct grip_kr *kr)
{
	int64_t cycle_id = 0;
	if (store_x(g->store, &cycle_id, "SELECT cycle_id FROM objectives WHERE id = ?", V(kr->objective_id)) != STORE_OK)
		return STORE_FAIL(g);
	struct grip_cycle *c = cycle_stored(g, cycle_id);
	if (!c)
		return -1;
	return shows_scores(c) ? attach_kr(g, c, kr) : 0;
}
