/*
 * due_group.c — what the weekly rhythm asks of a person (docs/model.md,
 * "What is due"):
 *
 *   commitment.write  a member (role member) of a group whose programme
 *                     runs, with no commitment of the group's week (one
 *                     serving the group's objectives or nothing) in this
 *                     org week: due from the week's first day, once per
 *                     week. About the group; link /week.
 *   commitment.close  a commitment of the actor's of last org week still
 *                     open: due from this week's first day. About the
 *                     commitment; period its week.
 *   group.review      to a group's lead (units.lead_id, or a membership as
 *                     lead): the programme's half-way week (week N/2 + 1)
 *                     has come; once per programme. About the group.
 *   member.drifting   to a group's lead: a member the group report calls
 *                     drifting (no commitment done or partly done in their
 *                     last two closed weeks); once per org week. About the
 *                     member; link the group's page.
 */
#include "core/due.h"

#include <stdio.h>

#include "util/date.h"

/* The groups the actor is in or leads now, by id. */
static int my_groups(struct grip *g, int64_t **ids, size_t *n)
{
	const char *today = today_text(g);
	if (!today)
		return -1;
	return ids_collect(g, store_q(g->store,
		"SELECT u.id FROM units u WHERE u.org_id = ? AND u.kind = 'group' AND (u.lead_id = ? OR EXISTS"
		" (SELECT 1 FROM memberships m WHERE m.unit_id = u.id AND m.person_id = ?"
		" AND (m.left_on IS NULL OR m.left_on > ?))) ORDER BY u.id",
		V(g->org_id), V(g->actor->id), V(g->actor->id), V(today)), ids, n);
}

/* Does the actor hold a membership of unit_id in role `role` now? */
static bool holds_role(struct grip *g, int64_t unit_id, const char *role)
{
	int64_t n = 0;
	const char *today = today_text(g);
	return today && store_x(g->store, &n,
		"SELECT COUNT(*) FROM memberships WHERE unit_id = ? AND person_id = ? AND role = ?"
		" AND (left_on IS NULL OR left_on > ?)",
		V(unit_id), V(g->actor->id), V(role), V(today)) == STORE_OK && n > 0;
}

/* Is the actor the group's own lead (not a lead above it)? */
static bool leads_group(struct grip *g, const struct grip_unit *u)
{
	return u->lead_id == g->actor->id || holds_role(g, u->id, "lead");
}

/* Has the actor written a commitment of the group's week `week`? */
static int wrote_for(struct grip *g, int64_t unit_id, const char *week, bool *wrote)
{
	int64_t n = 0;
	if (store_x(g->store, &n,
		    "SELECT COUNT(*) FROM commitments c WHERE c.org_id = ? AND c.person_id = ? AND c.week = ?"
		    " AND (c.objective_id IS NULL OR c.objective_id IN (SELECT id FROM objectives WHERE unit_id = ?))",
		    V(g->org_id), V(g->actor->id), V(week), V(unit_id)) != STORE_OK)
		return STORE_FAIL(g);
	*wrote = n > 0;
	return 0;
}

/* The group's running programme, or NULL (none running: nothing due). */
static struct grip_cycle *running_programme(const struct grip_unit *u, struct grip_cycle *const *cs, size_t n)
{
	struct grip_cycle *c = grip_programme_current(cs, n, u->id);
	return c && grip_cycle_running(c) ? c : NULL;
}

static int group_link(struct grip *g, int64_t id, const char **link)
{
	char buf[40];
	snprintf(buf, sizeof buf, "/groups/%lld", (long long)id);
	*link = grip_strdup(g, buf);
	return *link ? 0 : -1;
}

/* The lead's items of one group: its half-way review, its drifting
 * members (nothing when the actor does not lead it). */
static int lead_items(struct grip *g, struct due_list *l, const struct grip_unit *u, const struct grip_cycle *c)
{
	const char *link;
	if (!leads_group(g, u))
		return 0;
	if (group_link(g, u->id, &link) < 0)
		return -1;
	int half = programme_halfway_week(c);
	int32_t start = l->today;
	date_parse(c->starts_on, &start);
	if (grip_cycle_week_number(c, l->today) == half &&
	    due_push(g, l, "group.review", u->id, u->name, link, c->name, start + 7 * (half - 1)) < 0)
		return -1;
	struct grip_group_report *rep;
	if (grip_group_report(g, u->name, c->name, NULL, &rep) < 0)
		return -1;
	for (size_t i = 0; i < rep->n_rows; i++) {
		const struct grip_group_row *row = &rep->rows[i];
		if (!row->drifting || row->role != GRIP_MEMBER_MEMBER || row->left_on || !row->person->active)
			continue;
		const char *who = row->person->name && *row->person->name ? row->person->name : row->person->email;
		if (due_push(g, l, "member.drifting", row->person->id, who, link, l->week.iso, l->week.first) < 0)
			return -1;
	}
	return 0;
}

/* A member's item of one group: the commitment of this org week not
 * yet written (nothing when the actor is not a member of it). */
static int member_items(struct grip *g, struct due_list *l, const struct grip_unit *u, const struct grip_cycle *c)
{
	(void)c;
	bool wrote = true;
	if (!holds_role(g, u->id, "member"))
		return 0;
	if (wrote_for(g, u->id, l->week.iso, &wrote) < 0)
		return -1;
	return wrote ? 0 : due_push(g, l, "commitment.write", u->id, u->name, "/week", l->week.iso, l->week.first);
}

typedef int group_items_fn(struct grip *g, struct due_list *l, const struct grip_unit *u, const struct grip_cycle *c);

/* fn for each group the actor is in or leads whose programme runs, with
 * that programme. */
static int each_running_group(struct grip *g, struct due_list *l, group_items_fn *fn)
{
	int64_t *ids;
	size_t n, nc;
	struct grip_cycle **cs;
	if (my_groups(g, &ids, &n) < 0 || (n && grip_cycle_list(g, &cs, &nc) < 0))
		return -1;
	for (size_t i = 0; i < n; i++) {
		struct grip_unit *u = grip_unit_get(g, ids[i]);
		if (!u)
			return -1;
		struct grip_cycle *c = running_programme(u, cs, nc);
		if (c && fn(g, l, u, c) < 0)
			return -1;
	}
	return 0;
}

int due_groups(struct grip *g, struct due_list *l)
{
	return each_running_group(g, l, lead_items);
}

int due_commitments(struct grip *g, struct due_list *l)
{
	if (each_running_group(g, l, member_items) < 0)
		return -1;
	struct grip_commitment **open;
	size_t k;
	if (grip_commit_list(g, g->actor->email, l->last_week.iso, &open, &k) < 0)
		return -1;
	for (size_t i = 0; i < k; i++)
		if (open[i]->person_id == g->actor->id && open[i]->status == GRIP_COMMIT_OPEN &&
		    due_push(g, l, "commitment.close", open[i]->id, open[i]->text, "/week", open[i]->week,
			     l->week.first) < 0)
			return -1;
	return 0;
}
