/*
 * review.c — the mid-cycle review (PRODUCT.md §5, mid-cycle): half-way
 * through a cycle, and whenever a lead chooses, an objective is kept,
 * adjusted or dropped, with a reason. The group's half-way review of a
 * member's outcome is the same review, shown as kept / rewritten / dropped.
 *
 * Invariants:
 *  1. A review is recorded while its objective's cycle is active (not in
 *     planning, scoring or closed), on an approved or active objective, by
 *     an admin or a lead of its unit or of its owner (a unit's lead may
 *     review the unit's objective they own themself).
 *  2. An adjustment says what it changes: the objective's title, a key
 *     result's title, target or weight. Each change goes through the edit
 *     function that owns it (grip_objective_edit, grip_kr_edit), with its
 *     rules and its event, in the same transaction; the review keeps each
 *     change with its before and after. A member's outcome stays in the
 *     member's words: its lead may record "rewritten" with no change, and a
 *     new title is refused to anyone but the member (group_check_edit).
 *  3. A drop moves the objective to dropped, the review's reason its
 *     reason (grip_objective_set_status).
 *  4. What is due from a lead: review_due.c.
 */
#include "core/internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char *const decision_names[] = { "keep", "adjust", "drop", NULL };
static const char *const field_names[] = { "title", "kr_title", "target", "weight", NULL };

const char *grip_review_decision_name(enum grip_review_decision v)
{
	return (unsigned)v < 3 ? decision_names[v] : "?";
}

int grip_review_decision_parse(const char *s, enum grip_review_decision *out)
{
	for (int i = 0; s && decision_names[i]; i++)
		if (strcmp(s, decision_names[i]) == 0) {
			*out = (enum grip_review_decision)i;
			return 0;
		}
	return -1;
}

const char *grip_review_field_name(enum grip_review_field v)
{
	return (unsigned)v < 4 ? field_names[v] : "?";
}

int grip_review_field_parse(const char *s, enum grip_review_field *out)
{
	for (int i = 0; s && field_names[i]; i++)
		if (strcmp(s, field_names[i]) == 0) {
			*out = (enum grip_review_field)i;
			return 0;
		}
	return -1;
}

/* ---- who, when, what ---- */

/* Invariant 1, the person: an admin, a lead of its unit (or above), or,
 * outside private units, a lead of a unit its owner belongs to. */
static int require_reviewer(struct grip *g, const struct grip_objective *o)
{
	if (grip_require_writer(g) < 0)
		return -1;
	if (actor_is_admin(g))
		return 0;
	int64_t me = g->actor->id;
	if ((o->unit_id && grip_is_lead(g, o->unit_id, me)) ||
	    (o->owner_id && !objective_in_private_unit(g, o) && leads_person(g, o->owner_id, false)))
		return 0;
	if (o->layer == GRIP_LAYER_MEMBER)
		return grip_fail(g, GRIP_EPERM, NULL, "only the group's lead or an admin reviews an outcome half-way");
	return grip_fail(g, GRIP_EPERM, NULL,
			 "only a lead of its unit or of its owner, or an admin, reviews an objective mid-cycle");
}

/* Invariant 1, the time and the objective. */
static int require_reviewable(struct grip *g, const struct grip_objective *o)
{
	struct grip_cycle *c = cycle_stored(g, o->cycle_id);
	if (!c)
		return -1;
	if (c->status != GRIP_CYCLE_ACTIVE)
		return grip_fail(g, GRIP_ECONFLICT, "cycle",
				 "cycle %s is in %s: a mid-cycle review is made while it is active", c->name,
				 grip_cycle_status_name(c->status));
	if (o->status != GRIP_OBJECTIVE_APPROVED && o->status != GRIP_OBJECTIVE_ACTIVE)
		return grip_fail(g, GRIP_ECONFLICT, "status",
				 "objective %lld is %s: only an approved or active objective is reviewed",
				 (long long)o->id, grip_objective_status_name(o->status));
	return 0;
}

int review_require_midcycle_reviewer(struct grip *g, const struct grip_objective *o)
{
	return require_reviewer(g, o);
}

int review_require_midcycle(struct grip *g, const struct grip_objective *o)
{
	return require_reviewer(g, o) < 0 ? -1 : require_reviewable(g, o);
}

static const struct grip_kr *kr_of(const struct grip_kr *krs, size_t n, int64_t id)
{
	for (size_t i = 0; i < n; i++)
		if (krs[i].id == id)
			return &krs[i];
	return NULL;
}

/* Invariant 2, the input: each change once, of a key result of o, really
 * a change; fills in each change's before into out. */
static int check_changes(struct grip *g, const struct grip_objective *o, const struct grip_cycle_review_new *n,
			 struct grip_review_change *out)
{
	struct grip_kr *krs = NULL;
	size_t n_krs = 0;
	if (n->n_changes && kr_load_all(g, o->id, NULL, &krs, &n_krs) < 0)
		return -1;
	for (size_t i = 0; i < n->n_changes; i++) {
		struct grip_review_change *ch = &out[i];
		*ch = n->changes[i];
		const char *field = grip_review_field_name(ch->field);
		if (strcmp(field, "?") == 0)
			return grip_fail(g, GRIP_EINVAL, "changes", "a change is of the title, a key result's title,"
					 " target or weight");
		for (size_t k = 0; k < i; k++)
			if (out[k].field == ch->field && out[k].key_result_id == ch->key_result_id)
				return grip_fail(g, GRIP_EINVAL, field, ch->field == GRIP_CHANGE_TITLE
						 ? "is changed twice in one review"
						 : "of key result %lld is changed twice in one review",
						 (long long)ch->key_result_id);
		if (ch->field == GRIP_CHANGE_TITLE) {
			ch->key_result_id = 0;
			if (grip_check_text(g, "title", ch->after, TITLE_MAX_BYTES, true) < 0)
				return -1;
			if (strcmp(ch->after, o->title) == 0)
				return grip_fail(g, GRIP_EINVAL, "title", "is already \"%s\"", o->title);
			ch->before = o->title;
			continue;
		}
		const struct grip_kr *kr = kr_of(krs, n_krs, ch->key_result_id);
		if (!kr)
			return grip_fail(g, GRIP_EINVAL, "key_result_id", "key result %lld is not part of objective %lld",
					 (long long)ch->key_result_id, (long long)o->id);
		if (ch->field == GRIP_CHANGE_KR_TITLE) {
			if (grip_check_text(g, "kr_title", ch->after, TITLE_MAX_BYTES, true) < 0)
				return -1;
			if (strcmp(ch->after, kr->title) == 0)
				return grip_fail(g, GRIP_EINVAL, "kr_title", "key result %lld is already \"%s\"",
						 (long long)kr->id, kr->title);
			ch->before = kr->title;
			continue;
		}
		double before = ch->field == GRIP_CHANGE_TARGET ? kr->target : kr->weight;
		if (isfinite(ch->after_n) && ch->after_n == before)
			return grip_fail(g, GRIP_EINVAL, field, "of key result %lld is already %g", (long long)kr->id,
					 before);
		ch->before = ch->after = NULL;
		ch->before_n = before;
	}
	return 0;
}

/* Invariant 2, the writes: each change through the edit function that
 * owns it; the changes of one key result in one edit (one event). */
static int apply_changes(struct grip *g, const struct grip_objective *o, const struct grip_review_change *cs,
			 size_t n, const char *reason)
{
	for (size_t i = 0; i < n; i++) {
		if (cs[i].field == GRIP_CHANGE_TITLE) {
			if (grip_objective_edit(g, o->id, &(struct grip_objective_edit){
				    .title = cs[i].after, .development = -1, .reason = reason }) < 0)
				return -1;
			continue;
		}
		bool first = true;
		for (size_t k = 0; k < i && first; k++)
			first = cs[k].key_result_id != cs[i].key_result_id;
		if (!first)
			continue;
		struct grip_kr_edit e = { .reason = reason };
		for (size_t k = i; k < n; k++) {
			if (cs[k].key_result_id != cs[i].key_result_id)
				continue;
			if (cs[k].field == GRIP_CHANGE_KR_TITLE)
				e.title = cs[k].after;
			else if (cs[k].field == GRIP_CHANGE_TARGET)
				e.target = &cs[k].after_n;
			else if (cs[k].field == GRIP_CHANGE_WEIGHT)
				e.weight = &cs[k].after_n;
		}
		if (grip_kr_edit(g, cs[i].key_result_id, &e) < 0)
			return -1;
	}
	return 0;
}

static json_t *changes_json(const struct grip_review_change *cs, size_t n)
{
	json_t *a = json_array();
	for (size_t i = 0; a && i < n; i++) {
		const struct grip_review_change *ch = &cs[i];
		bool text = ch->field == GRIP_CHANGE_TITLE || ch->field == GRIP_CHANGE_KR_TITLE;
		json_array_append_new(a, json_pack("{ss so so so}", "field", grip_review_field_name(ch->field),
						   "key_result_id", grip_json_id(ch->key_result_id),
						   "before", text ? grip_json_string(ch->before) : grip_json_number(ch->before_n),
						   "after", text ? grip_json_string(ch->after) : grip_json_number(ch->after_n)));
	}
	return a;
}

static int review_load(struct grip *g, int64_t id, struct grip_cycle_review **out);

struct grip_cycle_review *grip_review_add(struct grip *g, int64_t id, const struct grip_cycle_review_new *n)
{
	enum grip_review_decision decision = GRIP_REVIEW_KEEP;
	if (grip_require_writer(g) < 0)
		return NULL;
	if (check_choice(g, "decision", n->decision, decision_names) < 0 ||
	    grip_check_text(g, "reason", n->reason, TEXT_MAX_BYTES, true) < 0)
		return NULL;
	grip_review_decision_parse(n->decision, &decision);
	struct grip_objective *o = objective_visible(g, id);
	if (!o || review_require_midcycle(g, o) < 0)
		return NULL;
	if (decision != GRIP_REVIEW_ADJUST && n->n_changes) {
		grip_fail(g, GRIP_EINVAL, "changes", "only an adjustment changes the objective: this review would %s it",
			  n->decision);
		return NULL;
	}
	/* A member's outcome may be "rewritten" by its member alone: the
	 * lead records the review with no change (invariant 2). */
	if (decision == GRIP_REVIEW_ADJUST && !n->n_changes && o->layer != GRIP_LAYER_MEMBER) {
		grip_fail(g, GRIP_EINVAL, "changes",
			  "an adjustment says what it changes: the title, a key result's title, target or weight");
		return NULL;
	}
	struct grip_review_change *cs = n->n_changes ? arena_calloc(g->arena, n->n_changes, sizeof *cs) : NULL;
	if (n->n_changes && !cs) {
		grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
		return NULL;
	}
	if (check_changes(g, o, n, cs) < 0)
		return NULL;
	if (apply_changes(g, o, cs, n->n_changes, n->reason) < 0)
		return NULL;
	if (decision == GRIP_REVIEW_DROP && grip_objective_set_status(g, id, "dropped", n->reason) < 0)
		return NULL;
	json_t *changes = n->n_changes ? changes_json(cs, n->n_changes) : NULL;
	char *text = changes ? json_dumps(changes, JSON_COMPACT | JSON_ENSURE_ASCII) : NULL;
	json_decref(changes);
	const char *now = grip_now_text(g);
	int64_t rid = 0;
	enum store_rc rc = now && (text || !n->n_changes)
		? store_x(g->store, &rid,
			  "INSERT INTO reviews (org_id, objective_id, decision, reason, changes, reviewer_id, at)"
			  " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
			  V(g->org_id), V(id), V(n->decision), V(n->reason), V((const char *)text), V(g->actor->id), V(now))
		: STORE_ERROR;
	free(text);
	if (rc != STORE_OK) {
		if (now)
			STORE_FAIL(g);
		return NULL;
	}
	struct grip_cycle_review *rv;
	if (review_load(g, rid, &rv) < 0 ||
	    grip_event(g, "review", rid, "create", NULL, grip_cycle_review_json(rv), n->reason) < 0)
		return NULL;
	return rv;
}

/* ---- reading ---- */

#define REVIEW_COLS \
	"r.id, r.objective_id, r.decision, r.reason, r.changes, r.reviewer_id, p.email, r.at, o.layer" \
	" FROM reviews r JOIN objectives o ON o.id = r.objective_id LEFT JOIN people p ON p.id = r.reviewer_id"

/* The stored changes (a JSON array, see 0006) into the review. */
static int read_changes(struct grip *g, struct grip_cycle_review *rv, const char *text)
{
	json_t *a = text ? json_loads(text, 0, NULL) : NULL;
	size_t n = json_array_size(a);
	rv->changes = n ? arena_calloc(g->arena, n, sizeof *rv->changes) : NULL;
	if (n && !rv->changes) {
		json_decref(a);
		return -1;
	}
	size_t i;
	json_t *c;
	json_array_foreach(a, i, c) {
		struct grip_review_change *ch = &rv->changes[rv->n_changes];
		if (!json_is_object(c) || grip_review_field_parse(json_string_value(json_object_get(c, "field")), &ch->field) < 0)
			continue;
		ch->key_result_id = json_integer_value(json_object_get(c, "key_result_id"));
		json_t *b = json_object_get(c, "before"), *af = json_object_get(c, "after");
		ch->before = json_is_string(b) ? grip_strdup(g, json_string_value(b)) : NULL;
		ch->after = json_is_string(af) ? grip_strdup(g, json_string_value(af)) : NULL;
		ch->before_n = json_number_value(b);
		ch->after_n = json_number_value(af);
		rv->n_changes++;
	}
	json_decref(a);
	return 0;
}

static void *review_row(struct grip *g, struct store_stmt *st)
{
	struct grip_cycle_review *rv = grip_alloc(g, sizeof *rv);
	if (!rv)
		return NULL;
	rv->id = store_col_int(st, 0);
	rv->objective_id = store_col_int(st, 1);
	const char *decision = col_text(g, st, 2);
	if (grip_review_decision_parse(decision, &rv->decision) < 0) {
		grip_fail(g, GRIP_ESTORE, "decision", "review %lld has an unknown decision", (long long)rv->id);
		return NULL;
	}
	rv->reason = col_text(g, st, 3);
	if (read_changes(g, rv, col_text(g, st, 4)) < 0)
		return NULL;
	rv->reviewer_id = store_col_int(st, 5);
	rv->reviewer = col_text(g, st, 6);
	rv->at = col_text(g, st, 7);
	const char *layer = col_text(g, st, 8);
	rv->outcome = layer && strcmp(layer, "member") == 0;
	return rv;
}

static int review_load(struct grip *g, int64_t id, struct grip_cycle_review **out)
{
	*out = fetch_one(g, store_q(g->store, "SELECT " REVIEW_COLS " WHERE r.id = ?", V(id)), review_row, "review");
	return *out ? 0 : -1;
}

int grip_review_list(struct grip *g, int64_t id, struct grip_cycle_review ***out, size_t *n)
{
	*out = NULL;
	*n = 0;
	if (!objective_visible(g, id))
		return -1;
	return fetch_all(g, store_q(g->store,
		"SELECT " REVIEW_COLS " WHERE r.objective_id = ? AND r.org_id = ? ORDER BY r.at, r.id",
		V(id), V(g->org_id)), review_row, (void ***)out, n);
}

/* ---- JSON ---- */

/* How a decision reads: a member's outcome is kept, rewritten or dropped. */
static const char *decision_label(const struct grip_cycle_review *rv)
{
	switch (rv->decision) {
	case GRIP_REVIEW_KEEP:
		return "kept";
	case GRIP_REVIEW_ADJUST:
		return rv->outcome ? "rewritten" : "adjusted";
	case GRIP_REVIEW_DROP:
		return "dropped";
	}
	return "?";
}

json_t *grip_cycle_review_json(const struct grip_cycle_review *rv)
{
	return json_pack("{sI sI ss ss ss sI ss? ss so}", "id", (json_int_t)rv->id, "objective_id",
			 (json_int_t)rv->objective_id, "decision", grip_review_decision_name(rv->decision), "label",
			 decision_label(rv), "reason", rv->reason, "reviewer_id", (json_int_t)rv->reviewer_id,
			 "reviewer", rv->reviewer, "at", rv->at, "changes", changes_json(rv->changes, rv->n_changes));
}
