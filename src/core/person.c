/*
 * person.c — people of an org: unique email (compared lower-case), a name,
 * an org role (admin, member, viewer), and whether they are still active.
 * A person who leaves keeps their history; they are marked, never removed,
 * and their sessions and API tokens end at once. A person may change their
 * own name; everything else about people is an admin's.
 */
#include "core/internal.h"

#include <string.h>

#define PERSON_COLS "id, email, name, role, active, left_on, created_at"

struct grip_person *person_from_row(struct grip *g, struct store_stmt *st, int first)
{
	struct grip_person *p = grip_alloc(g, sizeof *p);
	if (!p)
		return NULL;
	p->id = store_col_int(st, first);
	p->email = col_text(g, st, first + 1);
	p->name = col_text(g, st, first + 2);
	if (role_col(g, st, first + 3, &p->role) < 0)
		return NULL;
	p->active = store_col_int(st, first + 4) != 0;
	p->left_on = col_text(g, st, first + 5);
	p->created_at = col_text(g, st, first + 6);
	return p;
}

static void *person_row(struct grip *g, struct store_stmt *st)
{
	return person_from_row(g, st, 0);
}

struct grip_person *grip_person_get(struct grip *g, int64_t id)
{
	return fetch_one(g, store_q(g->store,
		"SELECT " PERSON_COLS " FROM people WHERE id = ? AND org_id = ?", V(id), V(g->org_id)),
		person_row, "person");
}

struct grip_person *grip_person_by_email(struct grip *g, const char *email)
{
	const char *low;
	if (check_email(g, "email", email, &low) < 0)
		return NULL;
	struct grip_person *p = fetch_one(g, store_q(g->store,
		"SELECT " PERSON_COLS " FROM people WHERE org_id = ? AND email = ?",
		V(g->org_id), V(low)), person_row, "person");
	if (!p && g->err.code == GRIP_ENOTFOUND)
		grip_fail(g, GRIP_ENOTFOUND, "email", "no person with email %s", low);
	return p;
}

struct grip_person *grip_person_first_admin(struct grip *g)
{
	return fetch_one(g, store_q(g->store,
		"SELECT " PERSON_COLS " FROM people WHERE org_id = ? AND role = 'admin' AND active = 1"
		" ORDER BY id LIMIT 1", V(g->org_id)), person_row, "person");
}

int grip_person_list(struct grip *g, struct grip_person ***out, size_t *n)
{
	return fetch_all(g, store_q(g->store,
		"SELECT " PERSON_COLS " FROM people WHERE org_id = ? ORDER BY id", V(g->org_id)),
		person_row, (void ***)out, n);
}

struct grip_person *grip_person_add(struct grip *g, const char *email, const char *name,
				    enum grip_role role)
{
	const char *low;
	if ((g->actor && grip_require_admin(g) < 0) || check_email(g, "email", email, &low) < 0 ||
	    grip_check_text(g, "name", name, NAME_MAX_BYTES, true) < 0)
		return NULL;
	int64_t taken = 0;
	if (store_x(g->store, &taken, "SELECT COUNT(*) FROM people WHERE org_id = ? AND email = ?",
		    V(g->org_id), V(low)) != STORE_OK) {
		STORE_FAIL(g);
		return NULL;
	}
	if (taken) {
		grip_fail(g, GRIP_ECONFLICT, "email", "%s is already a person in this organisation", low);
		return NULL;
	}
	const char *now = grip_now_text(g);
	int64_t id = 0;
	if (!now || store_x(g->store, &id,
			    "INSERT INTO people (org_id, email, name, role, created_at)"
			    " VALUES (?, ?, ?, ?, ?) RETURNING id",
			    V(g->org_id), V(low), V(name), V(grip_role_name(role)), V(now)) != STORE_OK) {
		if (now)
			STORE_FAIL(g);
		return NULL;
	}
	struct grip_person *p = grip_person_get(g, id);
	if (!p || grip_event(g, "person", id, "create", NULL, grip_person_json(p), NULL) < 0)
		return NULL;
	return p;
}

/* Refuses to take away the org's last active admin. */
static int keep_an_admin(struct grip *g, const struct grip_person *p, const char *field)
{
	if (p->role != GRIP_ROLE_ADMIN)
		return 0;
	int64_t admins = 0;
	if (store_x(g->store, &admins,
		    "SELECT COUNT(*) FROM people WHERE org_id = ? AND role = 'admin' AND active = 1",
		    V(g->org_id)) != STORE_OK)
		return STORE_FAIL(g);
	if (admins <= 1)
		return grip_fail(g, GRIP_ECONFLICT, field,
				 "%s is the last admin; make someone else admin first", p->email);
	return 0;
}

/* A person's name: they themselves or an admin; their role: an admin. */
int person_require_edit(struct grip *g, int64_t person_id, bool role)
{
	if (grip_require_writer(g) < 0)
		return -1;
	if (actor_is_admin(g) || (!role && g->actor->id == person_id))
		return 0;
	return grip_fail(g, GRIP_EPERM, NULL, role ? "only an admin can change a person's role"
						   : "only the person themself or an admin can change their name");
}

int grip_person_edit(struct grip *g, int64_t id, const char *name, const char *role_name)
{
	enum grip_role role = GRIP_ROLE_MEMBER;
	if (person_require_edit(g, id, role_name != NULL) < 0 ||
	    grip_check_text(g, "name", name, NAME_MAX_BYTES, false) < 0)
		return -1;
	if (name && grip_check_text(g, "name", name, NAME_MAX_BYTES, true) < 0)
		return -1;
	if (role_name && role_check(g, "role", role_name, &role) < 0)
		return -1;
	struct grip_person *before = grip_person_get(g, id);
	if (!before)
		return -1;
	if (role_name && role != GRIP_ROLE_ADMIN && keep_an_admin(g, before, "role") < 0)
		return -1;
	if (store_x(g->store, NULL,
		    "UPDATE people SET name = COALESCE(?, name), role = COALESCE(?, role) WHERE id = ?",
		    V(name), V(role_name), V(id)) != STORE_OK)
		return STORE_FAIL(g);
	struct grip_person *after = grip_person_get(g, id);
	if (!after)
		return -1;
	if (g->actor->id == id)
		g->actor = after;
	return grip_event(g, "person", id, "update", grip_person_json(before),
			  grip_person_json(after), NULL);
}

/* An admin marks someone still active, never the last admin, as left. */
int person_check_leave(struct grip *g, const struct grip_person *p)
{
	if (grip_require_admin(g) < 0)
		return -1;
	if (!p->active)
		return grip_fail(g, GRIP_ECONFLICT, "person", "%s has left already", p->email);
	return keep_an_admin(g, p, "person");
}

int grip_person_leave(struct grip *g, int64_t id, const char *on)
{
	if (grip_require_admin(g) < 0)
		return -1;
	const char *day = on ? on : today_text(g);
	if (!day || check_date(g, "on", day, NULL) < 0)
		return -1;
	struct grip_person *before = grip_person_get(g, id);
	if (!before || person_check_leave(g, before) < 0)
		return -1;
	if (store_x(g->store, NULL,
		    "UPDATE people SET active = 0, left_on = ? WHERE id = ?", V(day), V(id)) != STORE_OK ||
	    store_x(g->store, NULL,
		    "UPDATE memberships SET left_on = ?, left_reason = 'left the organisation'"
		    " WHERE person_id = ? AND left_on IS NULL", V(day), V(id)) != STORE_OK)
		return STORE_FAIL(g);
	/* Their credentials stop now, whatever day the leaving is dated. */
	if (auth_revoke_person(g, id) < 0)
		return -1;
	struct grip_person *after = grip_person_get(g, id);
	if (!after)
		return -1;
	return grip_event(g, "person", id, "leave", grip_person_json(before),
			  grip_person_json(after), NULL);
}

json_t *grip_person_json(const struct grip_person *p)
{
	return json_pack("{sI ss ss ss sb ss? ss}", "id", (json_int_t)p->id, "email", p->email, "name",
			 p->name, "role", grip_role_name(p->role), "active", p->active, "left_on",
			 p->left_on, "created_at", p->created_at);
}
