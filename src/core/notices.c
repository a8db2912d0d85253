/*
 * notices.c — a person's channels (docs/model.md, "Reminders"): beside
 * the app, which always holds their notifications, whether reminders also
 * come by email, and whether those emails wait for one weekly digest.
 *
 * A person's choices are theirs and their admins': they read and change
 * them (the rule of a person's name); nobody else sees them.
 */
#include "core/internal.h"

int notices_require_read(struct grip *g, int64_t person_id)
{
	if (!g->actor)
		return grip_fail(g, GRIP_EPERM, NULL, "no acting person");
	if (g->actor->id == person_id || actor_is_admin(g))
		return 0;
	return grip_fail(g, GRIP_EPERM, NULL, "only the person themself or an admin sees their notices");
}

static void *notices_row(struct grip *g, struct store_stmt *st)
{
	struct grip_notices *n = grip_alloc(g, sizeof *n);
	if (n)
		*n = (struct grip_notices){ .email = store_col_int(st, 0) != 0, .digest = store_col_int(st, 1) != 0 };
	return n;
}

static int notices_load(struct grip *g, int64_t person_id, struct grip_notices *out)
{
	const struct grip_notices *n = fetch_one(g, store_q(g->store,
		"SELECT notify_email, digest FROM people WHERE id = ? AND org_id = ?", V(person_id), V(g->org_id)),
		notices_row, "person");
	if (!n)
		return -1;
	*out = *n;
	return 0;
}

int grip_notices_of(struct grip *g, int64_t person_id, struct grip_notices *out)
{
	return notices_load(g, person_id, out);
}

int grip_notices_get(struct grip *g, int64_t person_id, struct grip_notices *out)
{
	if (notices_require_read(g, person_id) < 0)
		return -1;
	return notices_load(g, person_id, out);
}

/* Who may change them: the person themself or an admin (as for a name;
 * a viewer changes nothing). */
int notices_require_edit(struct grip *g, int64_t person_id)
{
	if (grip_require_writer(g) < 0)
		return -1;
	if (g->actor->id == person_id || actor_is_admin(g))
		return 0;
	return grip_fail(g, GRIP_EPERM, NULL, "only the person themself or an admin can change their notices");
}

int grip_notices_set(struct grip *g, int64_t person_id, const bool *email, const bool *digest)
{
	struct grip_notices before, after;
	if (notices_require_edit(g, person_id) < 0 || notices_load(g, person_id, &before) < 0)
		return -1;
	after = before;
	if (email)
		after.email = *email;
	if (digest)
		after.digest = *digest;
	if (after.email == before.email && after.digest == before.digest)
		return 0;
	if (store_x(g->store, NULL, "UPDATE people SET notify_email = ?, digest = ? WHERE id = ? AND org_id = ?",
		    V((int64_t)after.email), V((int64_t)after.digest), V(person_id), V(g->org_id)) != STORE_OK)
		return STORE_FAIL(g);
	return grip_event(g, "person", person_id, "notices", grip_notices_json(&before), grip_notices_json(&after),
			  NULL);
}

json_t *grip_notices_json(const struct grip_notices *n)
{
	return json_pack("{sb sb}", "notify_email", n->email, "digest", n->digest);
}

json_t *grip_person_json_notices(struct grip *g, const struct grip_person *p)
{
	json_t *j = grip_person_json(p);
	struct grip_notices n;
	if (!j || !grip_may_see_notices(g, p->id, NULL))
		return j;
	struct grip_error saved = g->err;
	if (notices_load(g, p->id, &n) < 0) {
		g->err = saved;
		return j;
	}
	json_object_set_new(j, "notify_email", json_boolean(n.email));
	json_object_set_new(j, "digest", json_boolean(n.digest));
	return j;
}
