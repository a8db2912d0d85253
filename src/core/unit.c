/*
 * unit.c — the org tree: one company at the root, business units and
 * departments under it, teams and groups as its leaves. Each unit may have
 * a lead (a person, who also becomes a lead member of it) and is visible to
 * the whole org or, when private, only to its members, leads above it and
 * admins. Business units carry their own vision and strategy.
 *
 * A unit may move under another unit that may hold it, never under itself
 * or a unit below it. A unit no one has used (no units below, objectives,
 * programmes, dependencies or members but its lead) may be deleted; any
 * other stays, and the history keeps what a deleted one was.
 */
#include "core/internal.h"

#include <string.h>


#define UNIT_COLS "id, name, kind, parent_id, lead_id, visibility, vision, strategy, created_at"

static void *unit_row(struct grip *g, struct store_stmt *st)
{
	struct grip_unit *u = grip_alloc(g, sizeof *u);
	if (!u)
		return NULL;
	u->id = store_col_int(st, 0);
	u->name = col_text(g, st, 1);
	if (unit_kind_col(g, st, 2, &u->kind) < 0)
		return NULL;
	u->parent_id = store_col_int(st, 3);
	u->lead_id = store_col_int(st, 4);
	if (visibility_col(g, st, 5, &u->visibility) < 0)
		return NULL;
	u->vision = col_text(g, st, 6);
	u->strategy = col_text(g, st, 7);
	u->created_at = col_text(g, st, 8);
	return u;
}

struct grip_unit *grip_unit_get(struct grip *g, int64_t id)
{
	struct grip_unit *u = fetch_one(g, store_q(g->store,
		"SELECT " UNIT_COLS " FROM units WHERE id = ? AND org_id = ?", V(id), V(g->org_id)),
		unit_row, "unit");
	if (u && !grip_can_see_unit(g, u)) {
		grip_fail(g, GRIP_ENOTFOUND, "unit", "no such unit");
		return NULL;
	}
	return u;
}

struct grip_unit *grip_unit_by_name(struct grip *g, const char *name)
{
	if (grip_check_text(g, "unit", name, NAME_MAX_BYTES, true) < 0)
		return NULL;
	struct grip_unit *u = fetch_one(g, store_q(g->store,
		"SELECT " UNIT_COLS " FROM units WHERE org_id = ? AND name = ?", V(g->org_id), V(name)),
		unit_row, "unit");
	if (u && !grip_can_see_unit(g, u))
		u = NULL;
	if (!u && (g->err.code == GRIP_ENOTFOUND || g->err.code == GRIP_OK))
		grip_fail(g, GRIP_ENOTFOUND, "unit", "no unit named %s", name);
	return u;
}

int grip_unit_list(struct grip *g, struct grip_unit ***out, size_t *n)
{
	struct grip_unit **all;
	size_t count;
	if (fetch_all(g, store_q(g->store,
		"SELECT " UNIT_COLS " FROM units WHERE org_id = ? ORDER BY id", V(g->org_id)),
		unit_row, (void ***)&all, &count) < 0)
		return -1;
	size_t kept = 0;
	for (size_t i = 0; i < count; i++)
		if (grip_can_see_unit(g, all[i]))
			all[kept++] = all[i];
	*out = all;
	*n = kept;
	return 0;
}

/* Which kinds may stand under which: the company is the root, teams and
 * groups are leaves. */
bool grip_unit_holds_units(const struct grip_unit *u)
{
	return u->kind != GRIP_UNIT_TEAM && u->kind != GRIP_UNIT_GROUP;
}

static int check_parent(struct grip *g, enum grip_unit_kind kind, const struct grip_unit *parent)
{
	if (kind == GRIP_UNIT_COMPANY)
		return parent ? grip_fail(g, GRIP_EINVAL, "parent", "a company has no parent unit") : 0;
	if (!parent)
		return 0;
	if (!grip_unit_holds_units(parent))
		return grip_fail(g, GRIP_EINVAL, "parent", "a %s cannot hold other units",
				 grip_unit_kind_name(parent->kind));
	if (kind == GRIP_UNIT_BUSINESS_UNIT && parent->kind != GRIP_UNIT_COMPANY)
		return grip_fail(g, GRIP_EINVAL, "parent", "a business unit belongs to the company");
	return 0;
}

static struct grip_unit *company(struct grip *g)
{
	return fetch_one(g, store_q(g->store,
		"SELECT " UNIT_COLS " FROM units WHERE org_id = ? AND kind = 'company' ORDER BY id LIMIT 1",
		V(g->org_id)), unit_row, "unit");
}

struct grip_unit *grip_unit_add(struct grip *g, const char *name, const char *kind_name,
				const char *parent_name, const char *lead_email,
				const char *visibility)
{
	enum grip_visibility vis = GRIP_VISIBILITY_ORG;
	enum grip_unit_kind kind;
	if (grip_require_writer(g) < 0 || grip_check_text(g, "name", name, NAME_MAX_BYTES, true) < 0 ||
	    unit_kind_check(g, "kind", kind_name, &kind) < 0 ||
	    (visibility && visibility_check(g, "visibility", visibility, &vis) < 0))
		return NULL;
	struct grip_unit *parent = NULL;
	if (parent_name) {
		if (!(parent = grip_unit_by_name(g, parent_name))) {
			snprintf(g->err.field, sizeof g->err.field, "parent");
			return NULL;
		}
	} else if (kind != GRIP_UNIT_COMPANY) {
		parent = company(g); /* the root, when there is one */
		if (!parent && g->err.code != GRIP_ENOTFOUND)
			return NULL;
	} else {
		int64_t companies = 0;
		if (store_x(g->store, &companies,
			    "SELECT COUNT(*) FROM units WHERE org_id = ? AND kind = 'company'",
			    V(g->org_id)) != STORE_OK) {
			STORE_FAIL(g);
			return NULL;
		}
		if (companies) {
			grip_fail(g, GRIP_ECONFLICT, "kind", "the organisation has its company unit already");
			return NULL;
		}
	}
	if (check_parent(g, kind, parent) < 0)
		return NULL;
	/* Admins shape the tree; a unit's lead may add units under it. */
	if (g->actor->role != GRIP_ROLE_ADMIN &&
	    !(parent && grip_is_lead(g, parent->id, g->actor->id))) {
		grip_fail(g, GRIP_EPERM, NULL, "only an admin or the lead of the parent unit can add a unit");
		return NULL;
	}
	struct grip_person *lead = NULL;
	if (lead_email && !(lead = grip_person_by_email(g, lead_email))) {
		snprintf(g->err.field, sizeof g->err.field, "lead");
		return NULL;
	}
	int64_t taken = 0;
	if (store_x(g->store, &taken, "SELECT COUNT(*) FROM units WHERE org_id = ? AND name = ?",
		    V(g->org_id), V(name)) != STORE_OK) {
		STORE_FAIL(g);
		return NULL;
	}
	if (taken) {
		grip_fail(g, GRIP_ECONFLICT, "name", "a unit named %s exists already", name);
		return NULL;
	}
	const char *now = grip_now_text(g);
	int64_t id = 0;
	if (!now || store_x(g->store, &id,
			    "INSERT INTO units (org_id, name, kind, parent_id, lead_id, visibility, created_at)"
			    " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
			    V(g->org_id), V(name), V(grip_unit_kind_name(kind)), VID(parent ? parent->id : 0),
			    VID(lead ? lead->id : 0), V(grip_visibility_name(vis)), V(now)) != STORE_OK) {
		if (now)
			STORE_FAIL(g);
		return NULL;
	}
	struct grip_unit *u = fetch_one(g, store_q(g->store,
		"SELECT " UNIT_COLS " FROM units WHERE id = ?", V(id)), unit_row, "unit");
	if (!u || grip_event(g, "unit", id, "create", NULL, grip_unit_json(u), NULL) < 0)
		return NULL;
	if (lead && !grip_member_add(g, id, lead->id, "lead", NULL))
		return NULL;
	return u;
}

/* Admins change every unit; a lead, the units they lead and those below. */
int unit_require_edit(struct grip *g, const struct grip_unit *u)
{
	if (grip_require_writer(g) < 0)
		return -1;
	if (actor_runs_unit(g, u->id))
		return 0;
	return grip_fail(g, GRIP_EPERM, NULL, "only an admin or the unit's lead can change it");
}

/* A new parent for u: the kinds' rules, and no unit under itself. Moving
 * a unit takes its say and the say over where it goes. */
int unit_check_move(struct grip *g, const struct grip_unit *u, const struct grip_unit *parent)
{
	int64_t loop = 0;
	if (store_x(g->store, &loop,
		    "WITH RECURSIVE up (id, parent_id) AS (SELECT id, parent_id FROM units WHERE id = ?"
		    " UNION ALL SELECT x.id, x.parent_id FROM units x JOIN up ON x.id = up.parent_id)"
		    " SELECT COUNT(*) FROM up WHERE id = ?", V(parent->id), V(u->id)) != STORE_OK)
		return STORE_FAIL(g);
	if (loop)
		return grip_fail(g, GRIP_EINVAL, "parent", "%s is %s, so it cannot hold it",
				 parent->name, parent->id == u->id ? "the unit itself" : "below the unit");
	if (check_parent(g, u->kind, parent) < 0)
		return -1;
	if (!actor_is_admin(g) && !grip_is_lead(g, parent->id, g->actor->id))
		return grip_fail(g, GRIP_EPERM, "parent", "only an admin or the lead of %s can move a unit under it",
				 parent->name);
	return 0;
}

int grip_unit_edit(struct grip *g, int64_t id, const char *name, const char *parent_name,
		   const char *lead_email, const char *visibility, const char *vision, const char *strategy)
{
	enum grip_visibility vis;
	struct grip_unit *before = grip_unit_get(g, id);
	if (!before || unit_require_edit(g, before) < 0)
		return -1;
	if ((name && grip_check_text(g, "name", name, NAME_MAX_BYTES, true) < 0) ||
	    (visibility && visibility_check(g, "visibility", visibility, &vis) < 0) ||
	    grip_check_text(g, "vision", vision, TEXT_MAX_BYTES, false) < 0 ||
	    grip_check_text(g, "strategy", strategy, TEXT_MAX_BYTES, false) < 0)
		return -1;
	struct grip_unit *parent = NULL;
	if (parent_name) {
		if (!(parent = grip_unit_by_name(g, parent_name))) {
			snprintf(g->err.field, sizeof g->err.field, "parent");
			return -1;
		}
		if (parent->id == before->parent_id)
			parent = NULL; /* where it is already */
		else if (unit_check_move(g, before, parent) < 0)
			return -1;
	}
	struct grip_person *lead = NULL;
	if (lead_email && !(lead = grip_person_by_email(g, lead_email))) {
		snprintf(g->err.field, sizeof g->err.field, "lead");
		return -1;
	}
	if (lead && !lead->active)
		return grip_fail(g, GRIP_EINVAL, "lead", "%s has left the organisation", lead->email);
	if (name && strcmp(name, before->name) != 0) {
		int64_t taken = 0;
		if (store_x(g->store, &taken, "SELECT COUNT(*) FROM units WHERE org_id = ? AND name = ?",
			    V(g->org_id), V(name)) != STORE_OK)
			return STORE_FAIL(g);
		if (taken)
			return grip_fail(g, GRIP_ECONFLICT, "name", "a unit named %s exists already", name);
	}
	if (store_x(g->store, NULL,
		    "UPDATE units SET name = COALESCE(?, name), parent_id = COALESCE(?, parent_id),"
		    " lead_id = COALESCE(?, lead_id), visibility = COALESCE(?, visibility),"
		    " vision = COALESCE(?, vision), strategy = COALESCE(?, strategy) WHERE id = ?",
		    V(name), VID(parent ? parent->id : 0), VID(lead ? lead->id : 0), V(visibility), V(vision),
		    V(strategy), V(id)) != STORE_OK)
		return STORE_FAIL(g);
	if (lead && !grip_is_member(g, id, lead->id) && !grip_member_add(g, id, lead->id, "lead", NULL))
		return -1;
	struct grip_unit *after = fetch_one(g, store_q(g->store,
		"SELECT " UNIT_COLS " FROM units WHERE id = ?", V(id)), unit_row, "unit");
	if (!after)
		return -1;
	return grip_event(g, "unit", id, "update", grip_unit_json(before), grip_unit_json(after), NULL);
}

int unit_check_delete(struct grip *g, const struct grip_unit *u)
{
	if (grip_require_admin(g) < 0)
		return -1;
	if (u->kind == GRIP_UNIT_COMPANY)
		return grip_fail(g, GRIP_ECONFLICT, "unit", "the company unit is the root of the tree and stays");
	const char *today = today_text(g);
	int64_t below = 0, objectives = 0, cycles = 0, deps = 0, members = 0;
	if (!today)
		return -1;
	if (store_x(g->store, &below, "SELECT COUNT(*) FROM units WHERE parent_id = ?", V(u->id)) != STORE_OK ||
	    store_x(g->store, &objectives, "SELECT COUNT(*) FROM objectives WHERE unit_id = ?", V(u->id)) != STORE_OK ||
	    store_x(g->store, &cycles, "SELECT COUNT(*) FROM cycles WHERE unit_id = ?", V(u->id)) != STORE_OK ||
	    store_x(g->store, &deps, "SELECT COUNT(*) FROM dependencies WHERE to_unit_id = ?", V(u->id)) != STORE_OK ||
	    store_x(g->store, &members, "SELECT COUNT(*) FROM memberships WHERE unit_id = ?"
		    " AND (left_on IS NULL OR left_on > ?) AND role <> 'lead'", V(u->id), V(today)) != STORE_OK)
		return STORE_FAIL(g);
	const char *why = below ? "units below it" : objectives ? "objectives" : cycles ? "a programme"
			: deps ? "dependencies on it" : members ? "members" : NULL;
	if (why)
		return grip_fail(g, GRIP_ECONFLICT, "unit", "%s has %s, so it stays: move or end those first",
				 u->name, why);
	return 0;
}

int grip_unit_delete(struct grip *g, int64_t id)
{
	struct grip_unit *before = grip_unit_get(g, id);
	if (!before || unit_check_delete(g, before) < 0)
		return -1;
	if (store_x(g->store, NULL, "DELETE FROM memberships WHERE unit_id = ?", V(id)) != STORE_OK ||
	    store_x(g->store, NULL, "DELETE FROM units WHERE id = ?", V(id)) != STORE_OK)
		return STORE_FAIL(g);
	return grip_event(g, "unit", id, "delete", grip_unit_json(before), NULL, NULL);
}

json_t *grip_unit_json(const struct grip_unit *u)
{
	return json_pack("{sI ss ss so so ss ss? ss? ss}", "id", (json_int_t)u->id, "name", u->name,
			 "kind", grip_unit_kind_name(u->kind), "parent_id", grip_json_id(u->parent_id), "lead_id",
			 grip_json_id(u->lead_id), "visibility", grip_visibility_name(u->visibility), "vision", u->vision,
			 "strategy", u->strategy, "created_at", u->created_at);
}
