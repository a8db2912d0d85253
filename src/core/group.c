/*
 * group.c — coaching groups (PRODUCT.md §1, §2, §3): the rules of the
 * group outcome and of members' outcomes inside a programme, which of a
 * group's programmes is its current one, what only the group's lead does
 * (the outcome prompt), and which objectives a commitment may serve. The
 * lead's review of an outcome is approval.c's, as every layer's is.
 *
 * A programme's week N counts from its start; the half-way review is week
 * N/2 + 1. The group outcome is the lead's and is locked once the
 * programme runs (an admin may still change it, with a reason). A member's
 * outcome is in the member's own words: only they rewrite it, freely in
 * week 1 and at the half-way review, otherwise with a reason.
 */
#include "core/internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "util/date.h"
#include "util/embedded.h"

void grip_warn(struct grip *g, const char *code, const char *fmt, ...)
{
	if (g->n_warnings >= GRIP_WARNINGS_MAX)
		return;
	struct grip_warning *w = &g->warnings[g->n_warnings++];
	snprintf(w->code, sizeof w->code, "%s", code);
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(w->message, sizeof w->message, fmt, ap);
	va_end(ap);
}

int programme_halfway_week(const struct grip_cycle *c)
{
	return c->weeks > 0 ? c->weeks / 2 + 1 : 0;
}

static bool is_programme(const struct grip_cycle *c)
{
	return c && c->kind == GRIP_CYCLE_PROGRAMME;
}

static bool is_admin(const struct grip *g)
{
	return g->actor && g->actor->role == GRIP_ROLE_ADMIN;
}

int group_check_add(struct grip *g, enum grip_layer layer, const struct grip_cycle *c,
		    const struct grip_unit *u, const struct grip_person *owner)
{
	bool group = layer == GRIP_LAYER_GROUP, member = layer == GRIP_LAYER_MEMBER;
	if (!group && !member)
		return 0;
	if (is_programme(c) && u && c->unit_id != u->id)
		return grip_fail(g, GRIP_EINVAL, "cycle", "programme %s belongs to another group than %s",
				 c->name, u->name);
	if (group && u) {
		int64_t n = 0;
		if (store_x(g->store, &n,
			    "SELECT COUNT(*) FROM objectives WHERE org_id = ? AND cycle_id = ? AND unit_id = ?"
			    " AND layer = 'group' AND status <> 'dropped'",
			    V(g->org_id), V(c->id), V(u->id)) != STORE_OK)
			return STORE_FAIL(g);
		if (n > 0)
			grip_warn(g, "group.outcome.count",
				  "%s now has %lld group outcomes in %s: two split the group's attention, three paralyse it",
				  u->name, (long long)n + 1, c->name);
	}
	if (member && owner && g->actor && g->actor->id != owner->id)
		grip_warn(g, "member.outcome.author",
			  "this outcome is written by %s, not by %s: a member's outcome works best in their own words",
			  g->actor->email, owner->email);
	return 0;
}

int group_check_edit(struct grip *g, const struct grip_objective *o, const char *title,
		     const char *why, const char *reason)
{
	bool group = o->layer == GRIP_LAYER_GROUP, member = o->layer == GRIP_LAYER_MEMBER;
	bool rewrite = (title && strcmp(title, o->title) != 0) ||
		       (why && (!o->why || strcmp(why, o->why) != 0));
	if ((!group && !member) || !rewrite)
		return 0;
	struct grip_cycle *c = cycle_stored(g, o->cycle_id);
	if (!c)
		return -1;
	if (member && (!g->actor || g->actor->id != o->owner_id))
		return grip_fail(g, GRIP_EPERM, NULL,
				 "a member's outcome is in their own words: only they rewrite it"
				 " (a lead returns it with a comment instead)");
	if (!is_programme(c) || !grip_cycle_running(c))
		return 0;
	if (group) {
		if (!is_admin(g))
			return grip_fail(g, GRIP_EPERM, NULL,
					 "group.outcome.locked: the group outcome is locked while %s runs;"
					 " an admin can change it, with a reason", c->name);
		if (!reason || !*reason)
			return grip_fail(g, GRIP_EINVAL, "reason",
					 "is required to change a group outcome while %s runs", c->name);
		return 0;
	}
	int week = grip_cycle_week_number(c, grip_today(g)), half = programme_halfway_week(c);
	if (week > 1 && week != half && (!reason || !*reason))
		return grip_fail(g, GRIP_EINVAL, "reason",
				 "is required to rewrite an outcome in week %d of %s: rewrite it freely in"
				 " week 1 or at the half-way review (week %d)", week, c->name, half);
	return 0;
}

int group_check_link(struct grip *g, const struct grip_person *p, const struct grip_objective *o)
{
	if (o->layer == GRIP_LAYER_MEMBER && o->owner_id != p->id)
		return grip_fail(g, GRIP_EINVAL, "objective_id",
				 "objective %lld is another member's outcome: link your own outcome or the"
				 " group outcome", (long long)o->id);
	return 0;
}

/* ---- the group's lead ---- */

int group_require_lead(struct grip *g, const struct grip_unit *u, const char *what)
{
	if (grip_require_writer(g) < 0)
		return -1;
	if (actor_runs_unit(g, u->id))
		return 0;
	return grip_fail(g, GRIP_EPERM, NULL, "only the group's lead or an admin %s", what);
}

/* ---- the current programme ---- */

struct grip_cycle *grip_programme_current(struct grip_cycle *const *cs, size_t n, int64_t group_id)
{
	struct grip_cycle *running = NULL, *next = NULL, *last = NULL;
	for (size_t i = 0; i < n; i++) { /* cs is in order of starts_on */
		struct grip_cycle *c = cs[i];
		if (!is_programme(c) || c->unit_id != group_id)
			continue;
		if (grip_cycle_running(c))
			running = c; /* a later start wins */
		else if (c->status == GRIP_CYCLE_PLANNING && !next)
			next = c; /* the soonest to start */
		else if (c->status == GRIP_CYCLE_CLOSED)
			last = c;
	}
	return running ? running : next ? next : last;
}

struct grip_cycle *grip_group_programme(struct grip *g, const struct grip_unit *u)
{
	struct grip_cycle **all;
	size_t n;
	if (grip_cycle_list(g, &all, &n) < 0)
		return NULL;
	struct grip_cycle *c = grip_programme_current(all, n, u->id);
	if (!c)
		grip_fail(g, GRIP_ENOTFOUND, "programme", "%s has no programme", u->name);
	return c;
}

void grip_programme_week(struct grip *g, const struct grip_cycle *c, int32_t day, char out[WEEK_LEN])
{
	int32_t start = day;
	if (!date_parse(c->starts_on, &start))
		start = day;
	int32_t last = start + 7 * (c->weeks > 0 ? c->weeks - 1 : 0);
	struct grip_week w;
	grip_org_week(g, day < start ? start : day > last ? last : day, &w);
	snprintf(out, WEEK_LEN, "%s", w.iso);
}

/* ---- the outcome prompt ---- */

int grip_group_prompt_offer(struct grip *g, const char *group, bool offered)
{
	struct grip_unit *u = grip_unit_by_name(g, group);
	if (!u)
		return -1;
	if (u->kind != GRIP_UNIT_GROUP)
		return grip_fail(g, GRIP_EINVAL, "group", "%s is a %s, not a group", u->name, grip_unit_kind_name(u->kind));
	if (group_require_lead(g, u, "offers the outcome prompt") < 0)
		return -1;
	bool was = false;
	if (grip_group_prompt(g, u->id, &was, NULL, NULL) < 0)
		return -1;
	if (store_x(g->store, NULL, "UPDATE units SET outcome_prompt = ? WHERE id = ?", V(offered), V(u->id)) !=
	    STORE_OK)
		return STORE_FAIL(g);
	return grip_event(g, "unit", u->id, "prompt", json_pack("{sb}", "outcome_prompt", was),
			  json_pack("{sb}", "outcome_prompt", offered), NULL);
}

/* The prompt's questions from the locale's data file (English when the
 * locale has none), one a line, "#" lines and blank ones aside. */
static int prompt_lines(struct grip *g, const char ***out, size_t *n)
{
	const struct embedded_file *f = embedded_find("lexicon/en/outcome_prompt.txt");
	struct grip_org *org = g->org_id ? grip_org_get(g, g->org_id) : NULL;
	if (org && org->locale) {
		char name[96];
		snprintf(name, sizeof name, "lexicon/%.8s/outcome_prompt.txt", org->locale);
		const struct embedded_file *mine = embedded_find(name);
		if (mine)
			f = mine;
	}
	*out = NULL;
	*n = 0;
	size_t cap = 0;
	for (const char *p = f ? (const char *)f->data : ""; *p;) {
		size_t len = strcspn(p, "\n");
		if (len && *p != '#') {
			char *line = arena_strndup(g->arena, p, len);
			if (!line || push_ptr(g, (void ***)out, n, &cap, line) < 0)
				return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
		}
		p += len + (p[len] == '\n');
	}
	return 0;
}

int grip_group_prompt(struct grip *g, int64_t unit_id, bool *offered, const char ***lines, size_t *n)
{
	int64_t on = 0;
	if (store_x(g->store, &on, "SELECT outcome_prompt FROM units WHERE id = ? AND org_id = ?", V(unit_id),
		    V(g->org_id)) != STORE_OK)
		return STORE_FAIL(g);
	*offered = on != 0;
	return lines ? prompt_lines(g, lines, n) : 0;
}

json_t *grip_group_prompt_json(struct grip *g, int64_t unit_id)
{
	bool offered;
	const char **lines;
	size_t n;
	if (grip_group_prompt(g, unit_id, &offered, &lines, &n) < 0)
		return NULL;
	json_t *qs = json_array();
	for (size_t i = 0; qs && i < n; i++)
		json_array_append_new(qs, json_string(lines[i]));
	json_t *j = qs ? json_pack("{sI sb so}", "group_id", (json_int_t)unit_id, "offered", offered, "questions", qs) : NULL;
	if (!j)
		grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	return j;
}
