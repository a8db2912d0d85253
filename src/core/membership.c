/*
 * membership.c — people in units: who joined when, as lead or member, and
 * who left (dropped out) when and why. A membership is never deleted;
 * leaving sets left_on, which is what drop-out figures count.
 */
#include "core/internal.h"

#include <string.h>

#include "util/date.h"


#define MEMBER_COLS "id, unit_id, person_id, role, joined_on, left_on, left_reason"

static void *member_row(struct grip *g, struct store_stmt *st)
{
	struct grip_membership *m = grip_alloc(g, sizeof *m);
	if (!m)
		return NULL;
	m->id = store_col_int(st, 0);
	m->unit_id = store_col_int(st, 1);
	m->person_id = store_col_int(st, 2);
	if (member_role_col(g, st, 3, &m->role) < 0)
		return NULL;
	m->joined_on = col_text(g, st, 4);
	m->left_on = col_text(g, st, 5);
	m->left_reason = col_text(g, st, 6);
	return m;
}

static struct grip_membership *member_get(struct grip *g, int64_t id)
{
	return fetch_one(g, store_q(g->store,
		"SELECT " MEMBER_COLS " FROM memberships WHERE id = ?", V(id)), member_row, "membership");
}

bool grip_is_member(struct grip *g, int64_t unit_id, int64_t person_id)
{
	if (g->actor && person_id == g->actor->id)
		return actor_member_of(g, unit_id); /* loaded once for the request */
	int64_t n = 0;
	const char *today = today_text(g);
	if (!today || store_x(g->store, &n,
			      "SELECT COUNT(*) FROM memberships WHERE unit_id = ? AND person_id = ?"
			      " AND (left_on IS NULL OR left_on > ?)",
			      V(unit_id), V(person_id), V(today)) != STORE_OK)
		return false;
	return n > 0;
}

bool grip_is_lead(struct grip *g, int64_t unit_id, int64_t person_id)
{
	if (g->actor && person_id == g->actor->id)
		return actor_leads_unit(g, unit_id); /* loaded once for the request */
	int64_t n = 0;
	const char *today = today_text(g);
	if (!today || store_x(g->store, &n,
		"WITH RECURSIVE up (id, parent_id, lead_id) AS ("
		" SELECT id, parent_id, lead_id FROM units WHERE id = ?"
		" UNION ALL SELECT u.id, u.parent_id, u.lead_id FROM units u JOIN up ON u.id = up.parent_id)"
		" SELECT COUNT(*) FROM up WHERE lead_id = ? OR EXISTS (SELECT 1 FROM memberships m"
		" WHERE m.unit_id = up.id AND m.person_id = ? AND m.role = 'lead'"
		" AND (m.left_on IS NULL OR m.left_on > ?))",
		V(unit_id), V(person_id), V(person_id), V(today)) != STORE_OK)
		return false;
	return n > 0;
}

/* Admins manage every unit; leads manage theirs and the units below. */
int unit_require_manager(struct grip *g, int64_t unit_id)
{
	if (grip_require_writer(g) < 0)
		return -1;
	if (actor_runs_unit(g, unit_id))
		return 0;
	return grip_fail(g, GRIP_EPERM, NULL, "only an admin or the unit's lead can change its members");
}

struct grip_membership *grip_member_add(struct grip *g, int64_t unit_id, int64_t person_id,
					const char *role_name, const char *joined_on)
{
	enum grip_member_role role = GRIP_MEMBER_MEMBER;
	if (unit_require_manager(g, unit_id) < 0 || (role_name && member_role_check(g, "role", role_name, &role) < 0))
		return NULL;
	const char *joined = joined_on ? joined_on : today_text(g);
	if (!joined || check_date(g, "joined", joined, NULL) < 0)
		return NULL;
	struct grip_person *p = grip_person_get(g, person_id);
	if (!p)
		return NULL;
	if (!p->active) {
		grip_fail(g, GRIP_ECONFLICT, "person", "%s has left the organisation", p->email);
		return NULL;
	}
	int64_t open = 0;
	if (store_x(g->store, &open,
		    "SELECT COUNT(*) FROM memberships WHERE unit_id = ? AND person_id = ? AND left_on IS NULL",
		    V(unit_id), V(person_id)) != STORE_OK) {
		STORE_FAIL(g);
		return NULL;
	}
	if (open) {
		grip_fail(g, GRIP_ECONFLICT, "person", "%s is a member of that unit already", p->email);
		return NULL;
	}
	int64_t id = 0;
	if (store_x(g->store, &id,
		    "INSERT INTO memberships (org_id, unit_id, person_id, role, joined_on)"
		    " VALUES (?, ?, ?, ?, ?) RETURNING id",
		    V(g->org_id), V(unit_id), V(person_id), V(grip_member_role_name(role)), V(joined)) != STORE_OK) {
		STORE_FAIL(g);
		return NULL;
	}
	struct grip_membership *m = member_get(g, id);
	if (!m || grip_event(g, "membership", id, "create", NULL, grip_membership_json(m), NULL) < 0)
		return NULL;
	return m;
}

struct grip_membership *grip_member_leave(struct grip *g, int64_t unit_id, int64_t person_id,
					  const char *on, const char *reason)
{
	if (unit_require_manager(g, unit_id) < 0 ||
	    grip_check_text(g, "reason", reason, TEXT_MAX_BYTES, false) < 0)
		return NULL;
	const char *day = on ? on : today_text(g);
	if (!day || check_date(g, "on", day, NULL) < 0)
		return NULL;
	struct grip_membership *before = fetch_one(g, store_q(g->store,
		"SELECT " MEMBER_COLS " FROM memberships WHERE unit_id = ? AND person_id = ?"
		" AND left_on IS NULL", V(unit_id), V(person_id)), member_row, "membership");
	if (!before) {
		if (g->err.code == GRIP_ENOTFOUND)
			grip_fail(g, GRIP_ENOTFOUND, "person", "that person is not a member of that unit");
		return NULL;
	}
	if (strcmp(day, before->joined_on) < 0) {
		grip_fail(g, GRIP_EINVAL, "on", "is before the day they joined (%s)", before->joined_on);
		return NULL;
	}
	if (store_x(g->store, NULL,
		    "UPDATE memberships SET left_on = ?, left_reason = ? WHERE id = ?",
		    V(day), V(reason), V(before->id)) != STORE_OK) {
		STORE_FAIL(g);
		return NULL;
	}
	struct grip_membership *after = member_get(g, before->id);
	if (!after || grip_event(g, "membership", before->id, "leave", grip_membership_json(before),
				 grip_membership_json(after), reason) < 0)
		return NULL;
	return after;
}

int grip_member_list(struct grip *g, int64_t unit_id, struct grip_membership ***out, size_t *n)
{
	if (!grip_unit_get(g, unit_id) ||
	    fetch_all(g, store_q(g->store,
		"SELECT " MEMBER_COLS " FROM memberships WHERE org_id = ? AND unit_id = ?"
		" ORDER BY joined_on, id", V(g->org_id), V(unit_id)),
		member_row, (void ***)out, n) < 0)
		return -1;
	for (size_t i = 0; i < *n; i++)
		if (!grip_can_see_leaving_reason(g, (*out)[i]))
			(*out)[i]->left_reason = NULL;
	return 0;
}

static void *count_row(struct grip *g, struct store_stmt *st)
{
	struct grip_member_count *c = grip_alloc(g, sizeof *c);
	if (!c)
		return NULL;
	c->unit_id = store_col_int(st, 0);
	c->count = (int)store_col_int(st, 1);
	return c;
}

int grip_member_counts(struct grip *g, struct grip_member_count ***out, size_t *n)
{
	const char *today = today_text(g);
	if (!today)
		return -1;
	if (fetch_all(g, store_q(g->store,
		"SELECT u.id, COUNT(DISTINCT m.person_id) FROM units u JOIN memberships m ON m.unit_id = u.id"
		" WHERE u.org_id = ? AND (m.left_on IS NULL OR m.left_on > ?) GROUP BY u.id ORDER BY u.id",
		V(g->org_id), V(today)), count_row, (void ***)out, n) < 0)
		return -1;
	size_t kept = 0;
	for (size_t i = 0; i < *n; i++)
		if (unit_id_visible(g, (*out)[i]->unit_id))
			(*out)[kept++] = (*out)[i];
	*n = kept;
	return 0;
}

int grip_programme_dropout(struct grip *g, const struct grip_cycle *c, int *enrolled, int *left)
{
	*enrolled = *left = 0;
	int32_t start;
	if (!c->unit_id || check_date(g, "starts_on", c->starts_on, &start) < 0)
		return c->unit_id ? -1 : grip_fail(g, GRIP_EINVAL, "cycle", "%s is not a group's programme", c->name);
	char week2_end[DATE_LEN];
	date_format(start + 13, week2_end);
	const char *today = today_text(g);
	if (!today)
		return -1;
	struct store_stmt *st = store_q(g->store,
		"SELECT COUNT(*), COALESCE(SUM(CASE WHEN left_on IS NOT NULL AND left_on < ?"
		" AND left_on <= ? THEN 1 ELSE 0 END), 0) FROM memberships"
		" WHERE unit_id = ? AND role = 'member' AND joined_on <= ?"
		" AND (left_on IS NULL OR left_on > ?)",
		V(c->ends_on), V(today), V(c->unit_id), V(week2_end), V(c->starts_on));
	if (!st || store_step(st) != STORE_ROW) {
		store_done(st);
		return STORE_FAIL(g);
	}
	*enrolled = (int)store_col_int(st, 0);
	*left = (int)store_col_int(st, 1);
	store_done(st);
	return 0;
}

json_t *grip_membership_json(const struct grip_membership *m)
{
	return json_pack("{sI sI sI ss ss ss? ss?}", "id", (json_int_t)m->id, "unit_id",
			 (json_int_t)m->unit_id, "person_id", (json_int_t)m->person_id, "role", grip_member_role_name(m->role),
			 "joined_on", m->joined_on, "left_on", m->left_on, "left_reason", m->left_reason);
}
