/*
 * objective.c — objectives, the goals of every layer, and their alignment.
 *
 * Lifecycle (a lead or admin approves; terminal states stay):
 *
 *   draft ──> proposed ──> approved ──> active ──> achieved | missed
 *     ^          │                        │
 *     └─returned─┘       any non-terminal ┴──> dropped
 *
 * Layers and owners: strategic (a company or business unit), team (a team
 * or department), individual (a person), group (a group), member (a person
 * in a group). Alignment links a child to parents above it in the same
 * chain, in the same or an enclosing cycle, never in a loop. Everything in
 * a closed cycle is read-only.
 */
#include "core/internal.h"

#include <string.h>

#include "util/date.h"


/* Allowed moves: from -> space-separated list of to. The one table of the
 * lifecycle: grip_objective_set_status obeys it and grip_objective_moves
 * offers from it, each through move_check, so they cannot disagree. */
static const struct {
	enum grip_objective_status from;
	unsigned to; /* a bit for each status it may go to */
} moves[] = {
#define TO(s) (1u << GRIP_OBJECTIVE_##s)
	{ GRIP_OBJECTIVE_DRAFT, TO(PROPOSED) | TO(APPROVED) | TO(ACTIVE) | TO(DROPPED) },
	{ GRIP_OBJECTIVE_PROPOSED, TO(DRAFT) | TO(APPROVED) | TO(ACTIVE) | TO(DROPPED) },
	{ GRIP_OBJECTIVE_APPROVED, TO(DRAFT) | TO(ACTIVE) | TO(DROPPED) },
	{ GRIP_OBJECTIVE_ACTIVE, TO(ACHIEVED) | TO(MISSED) | TO(DROPPED) },
#undef TO
};

#define OBJ_COLS \
	"o.id, o.cycle_id, c.name, o.layer, o.unit_id, u.name, o.owner_id, p.email, o.title, o.why," \
	" o.status, o.development, o.visibility, o.author_id, o.created_at, o.updated_at, o.version, o.carried_from," \
	" o.cadence"
#define OBJ_FROM \
	" FROM objectives o JOIN cycles c ON c.id = o.cycle_id LEFT JOIN units u ON u.id = o.unit_id" \
	" LEFT JOIN people p ON p.id = o.owner_id"

static void *objective_row(struct grip *g, struct store_stmt *st)
{
	struct grip_objective *o = grip_alloc(g, sizeof *o);
	if (!o)
		return NULL;
	o->id = store_col_int(st, 0);
	o->cycle_id = store_col_int(st, 1);
	o->cycle_name = col_text(g, st, 2);
	if (layer_col(g, st, 3, &o->layer) < 0)
		return NULL;
	o->unit_id = store_col_int(st, 4);
	o->unit_name = col_text(g, st, 5);
	o->owner_id = store_col_int(st, 6);
	o->owner_email = col_text(g, st, 7);
	o->title = col_text(g, st, 8);
	o->why = col_text(g, st, 9);
	if (objective_status_col(g, st, 10, &o->status) < 0)
		return NULL;
	o->development = store_col_int(st, 11) != 0;
	if (visibility_col(g, st, 12, &o->visibility) < 0)
		return NULL;
	o->author_id = store_col_int(st, 13);
	o->created_at = col_text(g, st, 14);
	o->updated_at = col_text(g, st, 15);
	o->version = (int)store_col_int(st, 16);
	o->carried_from = store_col_int(st, 17);
	if (cadence_col(g, st, 18, &o->cadence) < 0)
		return NULL;
	o->confidence = -1;
	return o;
}

struct grip_objective *objective_fetch(struct grip *g, int64_t id)
{
	return fetch_one(g, store_q(g->store,
		"SELECT " OBJ_COLS OBJ_FROM " WHERE o.id = ? AND o.org_id = ?", V(id), V(g->org_id)),
		objective_row, "objective");
}

/* The stored objective with its alignments, no figures and no visibility
 * check. */
static struct grip_objective *objective_load(struct grip *g, int64_t id)
{
	struct grip_objective *o = objective_fetch(g, id);
	if (!o)
		return NULL;
	grip_held_objective(g, id); /* what the answer holds, for the read cache (changes.c) */
	struct store_stmt *st = store_q(g->store,
		"SELECT parent_id FROM alignments WHERE child_id = ? ORDER BY parent_id", V(id));
	if (!st) {
		STORE_FAIL(g);
		return NULL;
	}
	size_t cap = 4;
	o->aligns_to = arena_calloc(g->arena, cap, sizeof *o->aligns_to);
	while (o->aligns_to && store_step(st) == STORE_ROW) {
		if (o->n_aligns_to == cap) {
			int64_t *more = arena_calloc(g->arena, cap * 2, sizeof *more);
			if (more)
				memcpy(more, o->aligns_to, cap * sizeof *more);
			o->aligns_to = more;
			cap *= 2;
			if (!more)
				break;
		}
		o->aligns_to[o->n_aligns_to++] = store_col_int(st, 0);
	}
	store_done(st);
	if (!o->aligns_to) {
		grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
		return NULL;
	}
	return o;
}

/* The stored objective with every alignment, if the actor may see it:
 * what a change starts from, so its history keeps what it was. */
static struct grip_objective *objective_for_change(struct grip *g, int64_t id)
{
	struct grip_objective *o = objective_load(g, id);
	if (o && !grip_can_see_objective(g, o)) {
		grip_fail(g, GRIP_ENOTFOUND, "objective", "no such objective");
		return NULL;
	}
	return o;
}

/* Loads an objective the actor may see, without its figures, aligned only
 * to what they may see; others answer not found. */
struct grip_objective *objective_visible(struct grip *g, int64_t id)
{
	struct grip_objective *o = objective_for_change(g, id);
	if (o)
		objective_filter_aligns(g, o);
	return o;
}

struct grip_objective *objective_for_value(struct grip *g, int64_t id, struct grip_cycle **cycle)
{
	*cycle = NULL;
	struct store_stmt *st = store_q(g->store,
		"SELECT " OBJ_COLS ", u.visibility = 'private', c.id, c.name, c.kind, c.unit_id, c.starts_on,"
		" c.ends_on, c.weeks, c.opened_on, c.closed_at, c.scoring_on"
		OBJ_FROM " WHERE o.id = ? AND o.org_id = ?", V(id), V(g->org_id));
	if (!st) {
		STORE_FAIL(g);
		return NULL;
	}
	struct grip_objective *o = NULL;
	enum store_rc rc = store_step(st);
	if (rc == STORE_ROW) {
		o = objective_row(g, st);
		if (o && o->unit_id)
			unit_privacy_known(g, o->unit_id, store_col_int(st, 19) != 0);
		if (o && !(*cycle = cycle_from_row(g, st, 20)))
			o = NULL;
	}
	store_done(st);
	if (rc == STORE_DONE || (o && !grip_can_see_objective(g, o))) {
		grip_fail(g, GRIP_ENOTFOUND, "objective", "no such objective");
		return NULL;
	}
	if (rc != STORE_ROW)
		STORE_FAIL(g);
	return o;
}

json_t *objective_record(struct grip *g, int64_t id)
{
	struct grip_objective *o = objective_load(g, id);
	return o ? objective_stored_json(o) : NULL;
}

bool grip_unit_fits_layer(enum grip_layer layer, enum grip_unit_kind kind)
{
	bool group = kind == GRIP_UNIT_GROUP;
	if (layer == GRIP_LAYER_STRATEGIC)
		return kind == GRIP_UNIT_COMPANY || kind == GRIP_UNIT_BUSINESS_UNIT;
	if (layer == GRIP_LAYER_TEAM)
		return kind == GRIP_UNIT_TEAM || kind == GRIP_UNIT_DEPARTMENT;
	if (layer == GRIP_LAYER_GROUP || layer == GRIP_LAYER_MEMBER)
		return group;
	return layer == GRIP_LAYER_INDIVIDUAL && !group;
}

/* Checks owner and unit against the layer's rules. */
static int check_layer_owner(struct grip *g, enum grip_layer layer, const struct grip_unit *u,
			     const struct grip_person *owner)
{
	bool fits = u && grip_unit_fits_layer(layer, u->kind);
	if (layer == GRIP_LAYER_STRATEGIC) {
		if (!fits)
			return grip_fail(g, GRIP_EINVAL, "unit",
					 "a strategic objective belongs to the company or a business unit");
	} else if (layer == GRIP_LAYER_TEAM) {
		if (!fits)
			return grip_fail(g, GRIP_EINVAL, "unit", "a team objective belongs to a team");
	} else if (layer == GRIP_LAYER_GROUP) {
		if (!fits)
			return grip_fail(g, GRIP_EINVAL, "unit", "a group outcome belongs to a group");
		if (owner)
			return grip_fail(g, GRIP_EINVAL, "owner", "a group outcome belongs to the group, not a person");
	} else {
		if (!owner)
			return grip_fail(g, GRIP_EINVAL, "owner", "an %s objective needs its owner (a person)",
					 grip_layer_name(layer));
		if (layer == GRIP_LAYER_MEMBER && !fits)
			return grip_fail(g, GRIP_EINVAL, "unit", "a member outcome names the member's group");
		if (layer == GRIP_LAYER_INDIVIDUAL && u && !fits)
			return grip_fail(g, GRIP_EINVAL, "unit", "an individual objective names a team, not a group");
		if (u && !grip_is_member(g, u->id, owner->id))
			return grip_fail(g, GRIP_EINVAL, "owner", "%s is not a member of %s", owner->email,
					 u->name);
	}
	return 0;
}

/*
 * Approving, making active straight from a draft or a proposal, and
 * returning a proposal to draft are a lead's (or an admin's) call: whoever
 * may review the objective (approval.c), so never its own owner.
 */
static bool is_lead_call(enum grip_objective_status from, enum grip_objective_status to);

/* A member's outcome ends achieved or missed by the group lead's final
 * review (score.c: a programme closes once each outcome has ended). */
static bool lead_call_of(const struct grip_objective *o, enum grip_objective_status from, enum grip_objective_status to)
{
	return is_lead_call(from, to) ||
	       (o->layer == GRIP_LAYER_MEMBER && (to == GRIP_OBJECTIVE_ACHIEVED || to == GRIP_OBJECTIVE_MISSED));
}

static int require_lead_call(struct grip *g, const struct grip_objective *o, enum grip_objective_status from,
			     enum grip_objective_status to)
{
	if (!lead_call_of(o, from, to))
		return 0;
	/* The same people as review an objective (approval.c): one rule of who
	 * approves, whether by a review or by a move of status. */
	struct grip_error saved = g->err;
	if (review_require_reviewer(g, o) == 0)
		return 0;
	g->err = saved;
	if (!is_lead_call(from, to))
		return grip_fail(g, GRIP_EPERM, "status",
				 "only the group's lead or an admin ends a member's outcome achieved or missed: the final review");
	return grip_fail(g, GRIP_EPERM, "status", "only a lead or an admin can approve, activate or return it");
}

struct grip_objective *grip_objective_add(struct grip *g, const struct grip_objective_new *n)
{
	enum grip_layer layer = GRIP_LAYER_STRATEGIC;
	bool member = grip_layer_parse(n->layer, &layer) == 0 && layer == GRIP_LAYER_MEMBER;
	enum grip_visibility visibility = member ? GRIP_VISIBILITY_PRIVATE : GRIP_VISIBILITY_ORG;
	enum grip_objective_status status = GRIP_OBJECTIVE_DRAFT;
	if (grip_require_writer(g) < 0 || grip_check_text(g, "title", n->title, TITLE_MAX_BYTES, true) < 0 ||
	    grip_check_text(g, "why", n->why, TEXT_MAX_BYTES, false) < 0 ||
	    layer_check(g, "layer", n->layer, &layer) < 0 ||
	    (n->visibility && visibility_check(g, "visibility", n->visibility, &visibility) < 0) ||
	    (n->status && objective_status_check(g, "status", n->status, &status) < 0))
		return NULL;
	enum grip_cadence cadence = GRIP_CADENCE_WEEKLY;
	if (n->cadence && cadence_check(g, "cadence", n->cadence, &cadence) < 0)
		return NULL;
	if (!n->cycle_name) {
		grip_fail(g, GRIP_EINVAL, "cycle", "is required");
		return NULL;
	}
	struct grip_cycle *c = grip_cycle_by_name(g, n->cycle_name);
	if (!c || cycle_require_open(g, c->id) < 0)
		return NULL;
	struct grip_unit *u = NULL;
	struct grip_person *owner = NULL;
	if (n->unit_name && !(u = grip_unit_by_name(g, n->unit_name)))
		return NULL;
	if (!n->unit_name && c->kind == GRIP_CYCLE_PROGRAMME && !(u = grip_unit_get(g, c->unit_id)))
		return NULL; /* a programme names its group */
	if (n->owner_email && !(owner = grip_person_by_email(g, n->owner_email))) {
		snprintf(g->err.field, sizeof g->err.field, "owner");
		return NULL;
	}
	if (check_layer_owner(g, layer, u, owner) < 0 || group_check_add(g, layer, c, u, owner) < 0)
		return NULL;
	if (n->development && layer != GRIP_LAYER_INDIVIDUAL && layer != GRIP_LAYER_MEMBER) {
		grip_fail(g, GRIP_EINVAL, "development", "only a person's objective is a development objective");
		return NULL;
	}
	/* Permission is judged on the objective as it would be stored. */
	struct grip_objective draft = {
		.layer = layer, .unit_id = u ? u->id : 0, .owner_id = owner ? owner->id : 0,
		.visibility = visibility,
	};
	if (grip_require_objective_write(g, &draft) < 0)
		return NULL;
	/* A new objective starts undecided, or approved or active by a lead's call. */
	if (objective_is_terminal(status)) {
		grip_fail(g, GRIP_EINVAL, "status", "a new objective cannot start %s", grip_objective_status_name(status));
		return NULL;
	}
	/* The most this actor may: active where they may make the lead's call,
	 * else proposed, to wait for the lead. */
	if (n->start_furthest) {
		struct grip_error saved = g->err;
		status = require_lead_call(g, &draft, GRIP_OBJECTIVE_DRAFT, GRIP_OBJECTIVE_ACTIVE) == 0
			? GRIP_OBJECTIVE_ACTIVE : GRIP_OBJECTIVE_PROPOSED;
		g->err = saved;
	}
	if (require_lead_call(g, &draft, GRIP_OBJECTIVE_DRAFT, status) < 0)
		return NULL;
	const char *now = grip_now_text(g);
	int64_t id = 0;
	if (!now || store_x(g->store, &id,
			    "INSERT INTO objectives (id, org_id, cycle_id, layer, unit_id, owner_id, title, why,"
			    " status, development, visibility, author_id, created_at, updated_at, cadence)"
			    " VALUES (" NEXT_ID_SQL("objectives", "objective") ", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
			    " ?, ?) RETURNING id",
			    V(g->org_id), V(g->org_id), V(c->id), V(grip_layer_name(layer)), VID(draft.unit_id), VID(draft.owner_id),
			    V(n->title), V(n->why), V(grip_objective_status_name(status)), V(n->development), V(grip_visibility_name(visibility)),
			    V(g->actor->id), V(now), V(now), V(grip_cadence_name(cadence))) != STORE_OK) {
		if (now)
			STORE_FAIL(g);
		return NULL;
	}
	if (grip_event(g, "objective", id, "create", NULL, objective_record(g, id), NULL) < 0)
		return NULL;
	for (size_t i = 0; i < n->n_aligns_to; i++)
		if (grip_objective_align(g, id, n->aligns_to[i]) < 0)
			return NULL;
	return grip_objective_get(g, id, NULL);
}

struct grip_objective *grip_objective_get(struct grip *g, int64_t id, const char *as_of)
{
	struct grip_objective *o = objective_visible(g, id);
	if (!o || grip_objective_figures(g, o, as_of) < 0 || score_attach(g, o) < 0)
		return NULL;
	return o;
}

static int load_alignments(struct grip *g, struct grip_objective **os, size_t n);

/* A list as the actor may read it: alignments (to what they may see) and
 * figures of the n objectives kept. */
static int list_finish(struct grip *g, struct grip_objective **os, size_t n)
{
	if (!n)
		return 0;
	if (load_alignments(g, os, n) < 0 || objectives_figures(g, os, n, NULL) < 0)
		return -1;
	for (size_t i = 0; i < n; i++) {
		grip_held_objective(g, os[i]->id); /* what the answer holds (changes.c) */
		objective_filter_aligns(g, os[i]);
	}
	return 0;
}

/* Loads for a change: visible, writable by the actor, cycle open, version. */
struct grip_objective *objective_for_write(struct grip *g, int64_t id, int if_version)
{
	struct grip_objective *o = objective_for_change(g, id);
	if (!o || grip_require_objective_write(g, o) < 0 || cycle_require_open(g, o->cycle_id) < 0)
		return NULL;
	if (if_version && if_version != o->version) {
		grip_fail(g, GRIP_ESTALE, "version",
			  "the objective has changed since you read it (version %d, now %d)", if_version,
			  o->version);
		return NULL;
	}
	return o;
}

/* A new owner for o (owner_email "" for none), checked as on adding:
 * it fits the layer, and the actor may write the objective as it would
 * be stored. *owner_id is the stored id (0: none). */
static int check_new_owner(struct grip *g, const struct grip_objective *o, const char *owner_email,
			   int64_t *owner_id)
{
	struct grip_person *owner = NULL;
	if (*owner_email && !(owner = grip_person_by_email(g, owner_email))) {
		snprintf(g->err.field, sizeof g->err.field, "owner");
		return -1;
	}
	struct grip_unit *u = o->unit_id ? grip_unit_get(g, o->unit_id) : NULL;
	if (o->unit_id && !u)
		return -1;
	if (check_layer_owner(g, o->layer, u, owner) < 0)
		return -1;
	struct grip_objective after = *o;
	after.owner_id = owner ? owner->id : 0;
	after.owner_email = owner ? owner->email : NULL;
	if (grip_require_objective_write(g, &after) < 0) {
		snprintf(g->err.field, sizeof g->err.field, "owner");
		return -1;
	}
	*owner_id = after.owner_id;
	return 0;
}

int grip_objective_owner_choices(struct grip *g, const struct grip_objective *o,
				 struct grip_person ***out, size_t *n, bool *none)
{
	struct grip_person **all;
	size_t count;
	if (grip_person_list(g, &all, &count) < 0)
		return -1;
	struct grip_error saved = g->err;
	int64_t id;
	*none = check_new_owner(g, o, "", &id) == 0;
	g->err = saved;
	size_t kept = 0;
	for (size_t i = 0; i < count; i++) {
		if (!all[i]->active && all[i]->id != o->owner_id)
			continue;
		if (all[i]->id == o->owner_id || check_new_owner(g, o, all[i]->email, &id) == 0)
			all[kept++] = all[i];
		else if (grip_failed_hard(g))
			return -1;
		g->err = saved;
	}
	*out = all;
	*n = kept;
	return 0;
}

bool grip_objective_may_be_development(const struct grip_objective *o)
{
	return o->layer == GRIP_LAYER_INDIVIDUAL || o->layer == GRIP_LAYER_MEMBER;
}

int grip_objective_edit(struct grip *g, int64_t id, const struct grip_objective_edit *e)
{
	struct grip_objective *o = objective_for_write(g, id, e->if_version);
	if (!o)
		return -1;
	enum grip_visibility visibility;
	if ((e->title && grip_check_text(g, "title", e->title, TITLE_MAX_BYTES, true) < 0) ||
	    grip_check_text(g, "why", e->why, TEXT_MAX_BYTES, false) < 0 ||
	    grip_check_text(g, "reason", e->reason, TEXT_MAX_BYTES, false) < 0 ||
	    (e->visibility && visibility_check(g, "visibility", e->visibility, &visibility) < 0))
		return -1;
	enum grip_cadence cadence;
	if (e->cadence && cadence_check(g, "cadence", e->cadence, &cadence) < 0)
		return -1;
	if (e->development > 0 && !grip_objective_may_be_development(o))
		return grip_fail(g, GRIP_EINVAL, "development",
				 "only a person's objective is a development objective");
	int64_t owner_id = o->owner_id;
	if (e->owner_email && check_new_owner(g, o, e->owner_email, &owner_id) < 0)
		return -1;
	if (group_check_edit(g, o, e->title, e->why, e->reason) < 0)
		return -1;
	json_t *before = objective_stored_json(o);
	const char *now = grip_now_text(g);
	if (!now || store_x(g->store, NULL,
			    "UPDATE objectives SET title = COALESCE(?, title), why = COALESCE(?, why),"
			    " visibility = COALESCE(?, visibility), cadence = COALESCE(?, cadence),"
			    " development = CASE WHEN ? < 0 THEN development ELSE ? END, owner_id = ?,"
			    " updated_at = ?, version = version + 1 WHERE id = ?",
			    V(e->title), V(e->why), V(e->visibility), V(e->cadence), V(e->development), V(e->development),
			    VID(owner_id), V(now), V(id)) != STORE_OK) {
		json_decref(before);
		return now ? STORE_FAIL(g) : -1;
	}
	return grip_event(g, "objective", id, "update", before, objective_record(g, id), e->reason);
}

bool grip_status_move_exists(enum grip_objective_status from, enum grip_objective_status to)
{
	for (size_t i = 0; i < sizeof moves / sizeof moves[0]; i++)
		if (moves[i].from == from)
			return (moves[i].to >> to & 1u) != 0;
	return false;
}

/* Missing the mark and giving up are explained: the history keeps why. */
bool grip_status_needs_reason(enum grip_objective_status to)
{
	return to == GRIP_OBJECTIVE_MISSED || to == GRIP_OBJECTIVE_DROPPED;
}

static bool is_lead_call(enum grip_objective_status from, enum grip_objective_status to)
{
	bool undecided = from == GRIP_OBJECTIVE_DRAFT || from == GRIP_OBJECTIVE_PROPOSED;
	return to == GRIP_OBJECTIVE_APPROVED || (to == GRIP_OBJECTIVE_ACTIVE && undecided) ||
	       (from == GRIP_OBJECTIVE_PROPOSED && to == GRIP_OBJECTIVE_DRAFT);
}

/* May the actor move o (already theirs to change, cycle open) to `to`?
 * The reason is judged by the caller that has one. */
static int move_check(struct grip *g, const struct grip_objective *o, enum grip_objective_status to)
{
	if (!grip_status_move_exists(o->status, to))
		return grip_fail(g, GRIP_ECONFLICT, "status", "an objective cannot go from %s to %s",
				 grip_objective_status_name(o->status), grip_objective_status_name(to));
	return require_lead_call(g, o, o->status, to);
}

size_t grip_objective_moves(struct grip *g, const struct grip_objective *o,
			    struct grip_move out[GRIP_MOVES_MAX])
{
	struct grip_error saved = g->err;
	size_t n = 0;
	if (g->actor && grip_require_objective_write(g, o) == 0 && cycle_require_open(g, o->cycle_id) == 0)
		for (int i = GRIP_OBJECTIVE_DRAFT; i <= GRIP_OBJECTIVE_DROPPED && n < GRIP_MOVES_MAX; i++)
			if (move_check(g, o, (enum grip_objective_status)i) == 0)
				out[n++] = (struct grip_move){ .to = (enum grip_objective_status)i,
							       .needs_reason = grip_status_needs_reason((enum grip_objective_status)i),
							       .lead_call = lead_call_of(o, o->status, (enum grip_objective_status)i) };
	g->err = saved;
	return n;
}

int grip_objective_set_status(struct grip *g, int64_t id, const char *status_name, const char *reason)
{
	enum grip_objective_status status;
	if (objective_status_check(g, "status", status_name, &status) < 0 ||
	    grip_check_text(g, "reason", reason, TEXT_MAX_BYTES, false) < 0)
		return -1;
	struct grip_objective *o = objective_for_write(g, id, 0);
	if (!o || move_check(g, o, status) < 0)
		return -1;
	if (grip_status_needs_reason(status) && (!reason || !*reason))
		return grip_fail(g, GRIP_EINVAL, "reason", "a reason is required to mark an objective %s", status_name);
	/* Achieved against a score below the mark says why (score.c). */
	int score;
	const char *missing;
	if (status == GRIP_OBJECTIVE_ACHIEVED && (!reason || !*reason)) {
		if (score_objective(g, o, &score, &missing) < 0)
			return -1;
		if (score >= 0 && score < GRIP_SCORE_ACHIEVED)
			return grip_fail(g, GRIP_EINVAL, "reason", "it scored %d.%d, below 0.7: a reason is required to mark it achieved",
					 score / 10, score % 10);
	}
	json_t *before = objective_stored_json(o);
	const char *now = grip_now_text(g);
	if (!now || store_x(g->store, NULL,
			    "UPDATE objectives SET status = ?, updated_at = ?, version = version + 1"
			    " WHERE id = ?", V(status_name), V(now), V(id)) != STORE_OK) {
		json_decref(before);
		return now ? STORE_FAIL(g) : -1;
	}
	if (grip_event(g, "objective", id, "status", before, objective_record(g, id), reason) < 0)
		return -1;
	return figures_refresh(g, id); /* a dropped one leaves its parents' roll-ups */
}

/* Rank of a layer in its chain, and which chain: 0 OKR, 1 group. */
static int layer_rank(enum grip_layer layer, int *chain)
{
	static const struct { enum grip_layer layer; int chain, rank; } ranks[] = {
		{ GRIP_LAYER_STRATEGIC, 0, 0 }, { GRIP_LAYER_TEAM, 0, 1 }, { GRIP_LAYER_INDIVIDUAL, 0, 2 },
		{ GRIP_LAYER_GROUP, 1, 0 }, { GRIP_LAYER_MEMBER, 1, 1 },
	};
	for (size_t i = 0; i < sizeof ranks / sizeof ranks[0]; i++) {
		if (ranks[i].layer == layer) {
			*chain = ranks[i].chain;
			return ranks[i].rank;
		}
	}
	*chain = -1;
	return -1;
}

/* What align_check knows of the child beyond its row: the objectives
 * below it (itself included), of which none may become its parent, and
 * those it already aligns to. Read once, for one parent or for every
 * candidate of the chooser. */
struct align_known {
	int64_t *below;
	size_t n_below;
	int64_t *parents;
	size_t n_parents;
};

static int align_known_load(struct grip *g, const struct grip_objective *child, struct align_known *k)
{
	if (ids_collect(g, store_q(g->store,
		"WITH RECURSIVE down (id) AS (SELECT CAST(? AS BIGINT) UNION SELECT a.child_id FROM alignments a"
		" JOIN down ON a.parent_id = down.id) SELECT id FROM down", V(child->id)), &k->below, &k->n_below) < 0)
		return -1;
	return ids_collect(g, store_q(g->store, "SELECT parent_id FROM alignments WHERE child_id = ?",
				      V(child->id)), &k->parents, &k->n_parents);
}

static bool id_in(const int64_t *ids, size_t n, int64_t id)
{
	for (size_t i = 0; i < n; i++)
		if (ids[i] == id)
			return true;
	return false;
}

/* May child (theirs to change) align to parent (which they see)? Layers,
 * cycles, loops and duplicates; fails naming aligns_to. k: align_known_load's. */
static int align_check(struct grip *g, const struct grip_objective *child, const struct grip_objective *parent,
		       const struct align_known *k)
{
	if (child->id == parent->id)
		return grip_fail(g, GRIP_EINVAL, "aligns_to", "an objective cannot align to itself");
	int child_chain, parent_chain;
	int child_rank = layer_rank(child->layer, &child_chain);
	int parent_rank = layer_rank(parent->layer, &parent_chain);
	if (child_chain != parent_chain || parent_rank > child_rank ||
	    (parent_rank == child_rank && child->layer != GRIP_LAYER_STRATEGIC))
		return grip_fail(g, GRIP_EINVAL, "aligns_to", "%s objectives cannot align to %s objectives",
				 grip_layer_name(child->layer), grip_layer_name(parent->layer));
	struct grip_cycle *cc = cycle_stored(g, child->cycle_id);
	struct grip_cycle *pc = cc ? cycle_stored(g, parent->cycle_id) : NULL;
	if (!pc)
		return -1;
	if (strcmp(pc->starts_on, cc->starts_on) > 0 || strcmp(pc->ends_on, cc->ends_on) < 0)
		return grip_fail(g, GRIP_EINVAL, "aligns_to",
				 "objective %lld is in cycle %s, which does not enclose %s",
				 (long long)parent->id, pc->name, cc->name);
	/* No loops: the parent must not already sit below the child. */
	if (id_in(k->below, k->n_below, parent->id))
		return grip_fail(g, GRIP_EINVAL, "aligns_to", "that alignment would make a loop");
	if (id_in(k->parents, k->n_parents, parent->id))
		return grip_fail(g, GRIP_ECONFLICT, "aligns_to", "objective %lld already aligns to %lld",
				 (long long)child->id, (long long)parent->id);
	return 0;
}

int grip_objective_align(struct grip *g, int64_t child_id, int64_t parent_id)
{
	struct grip_objective *child = objective_for_write(g, child_id, 0);
	if (!child)
		return -1;
	struct grip_objective *parent = objective_visible(g, parent_id);
	if (!parent) {
		snprintf(g->err.field, sizeof g->err.field, "aligns_to");
		snprintf(g->err.message, sizeof g->err.message, "no objective %lld to align to",
			 (long long)parent_id);
		return -1;
	}
	struct align_known k;
	if (align_known_load(g, child, &k) < 0 || align_check(g, child, parent, &k) < 0)
		return -1;
	const char *now = grip_now_text(g);
	if (!now || store_x(g->store, NULL,
			    "INSERT INTO alignments (org_id, child_id, parent_id, created_at)"
			    " VALUES (?, ?, ?, ?)", V(g->org_id), V(child_id), V(parent_id), V(now)) != STORE_OK)
		return now ? STORE_FAIL(g) : -1;
	if (grip_event(g, "alignment", child_id, "create", NULL,
		       json_pack("{sI sI}", "child_id", (json_int_t)child_id, "parent_id", (json_int_t)parent_id),
		       NULL) < 0)
		return -1;
	return figures_refresh(g, parent_id);
}

int grip_objective_align_choices(struct grip *g, const struct grip_objective *o,
				 struct grip_objective ***out, size_t *n)
{
	struct grip_objective **all;
	size_t count;
	/* Cycles that enclose o's: the same test align_check makes, as a
	 * first sieve; every candidate still passes align_check itself. */
	if (fetch_all(g, store_q(g->store,
		"SELECT " OBJ_COLS OBJ_FROM " JOIN cycles oc ON oc.id = ? WHERE o.org_id = ? AND o.id <> ?"
		" AND c.starts_on <= oc.starts_on AND c.ends_on >= oc.ends_on ORDER BY o.id",
		V(o->cycle_id), V(g->org_id), V(o->id)), objective_row, (void ***)&all, &count) < 0)
		return -1;
	struct align_known k;
	if (align_known_load(g, o, &k) < 0)
		return -1;
	struct grip_error saved = g->err;
	size_t kept = 0;
	for (size_t i = 0; i < count; i++) {
		if (!grip_can_see_objective(g, all[i]))
			continue;
		if (align_check(g, o, all[i], &k) == 0)
			all[kept++] = all[i];
		else if (grip_failed_hard(g))
			return -1;
		g->err = saved;
	}
	*out = all;
	*n = kept;
	return 0;
}

int grip_objective_unalign(struct grip *g, int64_t child_id, int64_t parent_id)
{
	struct grip_objective *child = objective_for_write(g, child_id, 0);
	if (!child)
		return -1;
	int64_t exists = 0;
	if (store_x(g->store, &exists,
		    "SELECT COUNT(*) FROM alignments WHERE child_id = ? AND parent_id = ?",
		    V(child_id), V(parent_id)) != STORE_OK)
		return STORE_FAIL(g);
	if (!exists)
		return grip_fail(g, GRIP_ENOTFOUND, "aligns_to", "objective %lld does not align to %lld",
				 (long long)child_id, (long long)parent_id);
	if (store_x(g->store, NULL, "DELETE FROM alignments WHERE child_id = ? AND parent_id = ?",
		    V(child_id), V(parent_id)) != STORE_OK)
		return STORE_FAIL(g);
	if (grip_event(g, "alignment", child_id, "delete",
		       json_pack("{sI sI}", "child_id", (json_int_t)child_id, "parent_id", (json_int_t)parent_id),
		       NULL, NULL) < 0)
		return -1;
	return figures_refresh(g, parent_id);
}

/* Sets aligns_to of the objectives in os (sorted by id) in one statement. */
static int load_alignments(struct grip *g, struct grip_objective **os, size_t n)
{
	struct store_stmt *st = store_q(g->store,
		"SELECT child_id, parent_id FROM alignments WHERE org_id = ? AND child_id BETWEEN ? AND ?"
		" ORDER BY child_id, parent_id", V(g->org_id), V(os[0]->id), V(os[n - 1]->id));
	if (!st)
		return STORE_FAIL(g);
	size_t i = 0;
	enum store_rc rc;
	while ((rc = store_step(st)) == STORE_ROW) {
		int64_t child = store_col_int(st, 0);
		while (i < n && os[i]->id < child)
			i++;
		if (i == n || os[i]->id != child)
			continue;
		struct grip_objective *o = os[i];
		if (!o->aligns_to || (o->n_aligns_to & (o->n_aligns_to - 1)) == 0) {
			/* room doubles at each power of two */
			int64_t *more = arena_calloc(g->arena, o->n_aligns_to ? o->n_aligns_to * 2 : 1, sizeof *more);
			if (!more)
				break;
			if (o->n_aligns_to)
				memcpy(more, o->aligns_to, o->n_aligns_to * sizeof *more);
			o->aligns_to = more;
		}
		o->aligns_to[o->n_aligns_to++] = store_col_int(st, 1);
	}
	store_done(st);
	if (rc == STORE_ROW)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	return rc == STORE_DONE ? 0 : STORE_FAIL(g);
}

int objectives_of_cycle(struct grip *g, int64_t cycle_id, struct grip_objective ***out, size_t *n)
{
	if (fetch_all(g, store_q(g->store,
		"SELECT " OBJ_COLS OBJ_FROM " WHERE o.org_id = ? AND o.cycle_id = ? ORDER BY o.id",
		V(g->org_id), V(cycle_id)), objective_row, (void ***)out, n) < 0)
		return -1;
	return *n ? load_alignments(g, *out, *n) : 0;
}

int objectives_of_owner(struct grip *g, int64_t cycle_id, int64_t unit_id, int64_t owner_id,
			struct grip_objective ***out, size_t *n)
{
	/* The owner's index is searched, not the cycle's: "+o.cycle_id" keeps
	 * SQLite from choosing the cycle's, which holds every objective of a
	 * large organisation's quarter. */
	struct store_stmt *st = unit_id
		? store_q(g->store, "SELECT " OBJ_COLS OBJ_FROM " WHERE o.org_id = ? AND +o.cycle_id = ?"
			  " AND o.unit_id = ? ORDER BY o.id", V(g->org_id), V(cycle_id), V(unit_id))
		: store_q(g->store, "SELECT " OBJ_COLS OBJ_FROM " WHERE o.org_id = ? AND +o.cycle_id = ?"
			  " AND o.owner_id = ? ORDER BY o.id", V(g->org_id), V(cycle_id), V(owner_id));
	if (fetch_all(g, st, objective_row, (void ***)out, n) < 0)
		return -1;
	return *n ? load_alignments(g, *out, *n) : 0;
}

int objective_with_alignments(struct grip *g, int64_t id, struct grip_objective **out)
{
	struct grip_objective **os;
	size_t n;
	if (fetch_all(g, store_q(g->store,
		"SELECT " OBJ_COLS OBJ_FROM " WHERE o.org_id = ? AND o.id = ?", V(g->org_id), V(id)),
		objective_row, (void ***)&os, &n) < 0 || (n && load_alignments(g, os, n) < 0))
		return -1;
	*out = n ? os[0] : NULL;
	return 0;
}

int grip_objective_aligned(struct grip *g, int64_t parent_id, struct grip_objective ***out, size_t *n)
{
	struct grip_objective **all;
	size_t count;
	if (!objective_visible(g, parent_id) ||
	    fetch_all(g, store_q(g->store,
		"SELECT " OBJ_COLS OBJ_FROM " JOIN alignments a ON a.child_id = o.id"
		" WHERE a.parent_id = ? AND o.org_id = ? ORDER BY o.id", V(parent_id), V(g->org_id)),
		objective_row, (void ***)&all, &count) < 0)
		return -1;
	size_t kept = 0;
	for (size_t i = 0; i < count; i++)
		if (grip_can_see_objective(g, all[i]))
			all[kept++] = all[i];
	if (list_finish(g, all, kept) < 0)
		return -1;
	*out = all;
	*n = kept;
	return 0;
}

int grip_objective_page(struct grip *g, const struct grip_objective_filter *f, size_t offset,
			size_t limit, struct grip_objective ***out, size_t *n, size_t *total)
{
	struct grip_objective **all;
	size_t count;
	enum grip_objective_status status;
	if (f->status && objective_status_check(g, "status", f->status, &status) < 0)
		return -1;
	enum grip_layer layer;
	if (f->layer && layer_check(g, "layer", f->layer, &layer) < 0)
		return -1;
	/* A unit's objectives come through the unit index; an optional unit
	 * filter in the same statement would scan the whole org. */
	struct store_stmt *st = f->unit_name
		? store_q(g->store,
			  "SELECT " OBJ_COLS OBJ_FROM
			  " WHERE o.unit_id = (SELECT id FROM units WHERE org_id = ? AND name = ?)"
			  " AND (CAST(? AS TEXT) IS NULL OR c.name = ?) AND (CAST(? AS TEXT) IS NULL OR o.layer = ?)"
			  " AND (CAST(? AS TEXT) IS NULL OR p.email = ?) AND (CAST(? AS TEXT) IS NULL OR o.status = ?) ORDER BY o.id",
			  V(g->org_id), V(f->unit_name), V(f->cycle_name), V(f->cycle_name), V(f->layer),
			  V(f->layer), V(f->owner_email), V(f->owner_email), V(f->status), V(f->status))
		: store_q(g->store,
			  "SELECT " OBJ_COLS OBJ_FROM
			  " WHERE o.org_id = ? AND (CAST(? AS TEXT) IS NULL OR c.name = ?)"
			  " AND (CAST(? AS TEXT) IS NULL OR o.layer = ?) AND (CAST(? AS TEXT) IS NULL OR p.email = ?)"
			  " AND (CAST(? AS TEXT) IS NULL OR o.status = ?) ORDER BY o.id",
			  V(g->org_id), V(f->cycle_name), V(f->cycle_name), V(f->layer), V(f->layer),
			  V(f->owner_email), V(f->owner_email), V(f->status), V(f->status));
	if (fetch_all(g, st, objective_row, (void ***)&all, &count) < 0)
		return -1;
	size_t seen = 0, kept = 0;
	for (size_t i = 0; i < count; i++) {
		if (!grip_can_see_objective(g, all[i]))
			continue;
		/* Only the page's objectives are kept, and get their figures. */
		if (seen++ < offset || (limit && kept == limit))
			continue;
		all[kept++] = all[i];
	}
	if (list_finish(g, all, kept) < 0)
		return -1;
	*out = all;
	*n = kept;
	*total = seen;
	return 0;
}

int grip_objective_mine(struct grip *g, struct grip_objective ***out, size_t *n)
{
	const char *today = today_text(g);
	if (!today)
		return -1;
	int64_t me = g->actor ? g->actor->id : 0;
	/* Found through the owner and unit indexes, so the org's other
	 * objectives are never read ("+o.org_id": not through the org's index). */
	if (fetch_all(g, store_q(g->store,
		"SELECT " OBJ_COLS OBJ_FROM " WHERE o.id IN (SELECT id FROM objectives WHERE owner_id = ?"
		" UNION SELECT id FROM objectives WHERE layer IN ('strategic', 'team', 'group') AND unit_id IN ("
		" SELECT id FROM units WHERE org_id = ? AND lead_id = ? UNION SELECT unit_id FROM memberships"
		" WHERE person_id = ? AND (left_on IS NULL OR left_on > ?)))"
		" AND +o.org_id = ? AND c.closed_at IS NULL AND o.status <> 'dropped' ORDER BY o.id",
		V(me), V(g->org_id), V(me), V(me), V(today), V(g->org_id)),
		objective_row, (void ***)out, n) < 0)
		return -1;
	size_t kept = 0;
	for (size_t i = 0; i < *n; i++)
		if (grip_can_see_objective(g, (*out)[i]))
			(*out)[kept++] = (*out)[i];
	*n = kept;
	return list_finish(g, *out, kept);
}

int grip_objective_list(struct grip *g, const struct grip_objective_filter *f,
			struct grip_objective ***out, size_t *n)
{
	size_t total;
	return grip_objective_page(g, f, 0, 0, out, n, &total);
}

/* May the actor add an objective such as o (its layer, unit, owner and
 * visibility) now: the rules of grip_objective_add but the cycle's, for
 * a copy of o in another cycle (carry.c). */
int objective_require_add(struct grip *g, const struct grip_objective *o)
{
	if (grip_require_writer(g) < 0)
		return -1;
	struct grip_unit *u = o->unit_id ? grip_unit_get(g, o->unit_id) : NULL;
	struct grip_person *owner = o->owner_id ? grip_person_get(g, o->owner_id) : NULL;
	if ((o->unit_id && !u) || (o->owner_id && !owner) || check_layer_owner(g, o->layer, u, owner) < 0)
		return -1;
	struct grip_objective draft = {
		.layer = o->layer, .unit_id = o->unit_id, .owner_id = o->owner_id, .visibility = o->visibility,
	};
	return grip_require_objective_write(g, &draft);
}
