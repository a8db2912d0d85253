/*
 * group_report.c — a group's programme at a glance (PRODUCT.md §2, §3): the
 * chain from each member's commitments of a week up through their outcome
 * to the group outcome, with every break named; completion per member, per
 * week and for the group over the programme's closed weeks; drop-out; and
 * the members who drift (two closed weeks in a row missed or not written).
 *
 * Privacy: anyone who may see the group sees its outcome and its totals;
 * a member's outcome is shown as the viewer may see it, and a member's own
 * figures (completion, drifting, chain, commitments) only to that member,
 * the group's leads and admins.
 */
#include "core/internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "util/date.h"

/* One programme week: its ISO week and whether it is over. */
struct pweek {
	char iso[WEEK_LEN];
	int32_t monday, sunday;
	bool closed;
};

/* Commitment counts of one person in one week. */
struct cell {
	struct commit_tally t;
	int written;
};

static const char *week_text(struct grip *g, struct iso_week w)
{
	char buf[WEEK_LEN];
	week_format(w, buf);
	return grip_strdup(g, buf);
}

/* The week asked for (NULL: this week), as stored text. */
static const char *report_week(struct grip *g, const char *week)
{
	struct iso_week w;
	if (week && check_week(g, week, &w) < 0)
		return NULL;
	if (week)
		return week_text(g, w);
	struct grip_week now; /* the org's week of today */
	if (grip_org_week(g, grip_today(g), &now) < 0)
		return NULL;
	return grip_strdup(g, now.iso);
}

/* The group's programme: the one named, else its current one. */
static struct grip_cycle *programme_of(struct grip *g, const struct grip_unit *u, const char *name)
{
	if (!name)
		return grip_group_programme(g, u);
	struct grip_cycle *c = grip_cycle_by_name(g, name);
	if (c && (c->kind != GRIP_CYCLE_PROGRAMME || c->unit_id != u->id)) {
		grip_fail(g, GRIP_EINVAL, "programme", "%s is not a programme of %s", name, u->name);
		return NULL;
	}
	return c;
}

static struct grip_unit *group_of(struct grip *g, const char *name)
{
	struct grip_unit *u = grip_unit_by_name(g, name);
	if (u && u->kind != GRIP_UNIT_GROUP) {
		grip_fail(g, GRIP_EINVAL, "group", "%s is a %s, not a group", u->name, grip_unit_kind_name(u->kind));
		return NULL;
	}
	return u;
}

static bool personal_view(struct grip *g, const struct grip_unit *u, int64_t person_id)
{
	return g->actor && (g->actor->id == person_id || g->actor->role == GRIP_ROLE_ADMIN ||
			    grip_is_lead(g, u->id, g->actor->id));
}

static int load_outcomes(struct grip *g, const struct grip_cycle *c, const struct grip_unit *u,
			 enum grip_layer layer, int64_t owner_id, struct grip_objective ***out, size_t *n)
{
	struct store_stmt *st = store_q(g->store,
		"SELECT id FROM objectives WHERE org_id = ? AND cycle_id = ? AND unit_id = ? AND layer = ?"
		" AND (? = 0 OR owner_id = ?) AND status <> 'dropped' ORDER BY id",
		V(g->org_id), V(c->id), V(u->id), V(grip_layer_name(layer)), V(owner_id), V(owner_id));
	int64_t *ids;
	size_t k;
	if (ids_collect(g, st, &ids, &k) < 0)
		return -1;
	*out = k ? arena_calloc(g->arena, k, sizeof **out) : NULL;
	*n = 0;
	for (size_t i = 0; i < k; i++) {
		struct grip_objective *o = objective_visible(g, ids[i]);
		if (o)
			(*out)[(*n)++] = o;
	}
	g->err.code = GRIP_OK; /* outcomes the actor may not see are left out */
	return 0;
}

static int add_break(struct grip *g, struct grip_chain *ch, size_t *cap, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static int add_break(struct grip *g, struct grip_chain *ch, size_t *cap, const char *fmt, ...)
{
	char buf[400];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	char *text = grip_strdup(g, buf);
	return text ? push_ptr(g, (void ***)&ch->breaks, &ch->n_breaks, cap, text) : -1;
}

/* The chain of one person for one week. */
/* A person's outcome in the programme (their latest), NULL if none or not
 * visible to the actor. */
static int member_outcome(struct grip *g, const struct grip_cycle *c, const struct grip_unit *u,
			  int64_t person_id, struct grip_objective **out)
{
	struct grip_objective **mine;
	size_t n_mine;
	if (load_outcomes(g, c, u, GRIP_LAYER_MEMBER, person_id, &mine, &n_mine) < 0)
		return -1;
	*out = n_mine ? mine[n_mine - 1] : NULL;
	return 0;
}

/* The chain of one person (whose outcome is given) for one week. */
static int chain_of(struct grip *g, const struct grip_unit *u, struct grip_objective *outcome,
		    struct grip_objective **group_outcomes, size_t n_group, const struct grip_person *p,
		    const char *week, bool past_week1, struct grip_chain *ch)
{
	memset(ch, 0, sizeof *ch);
	ch->person_id = p->id;
	ch->email = p->email;
	ch->week = week;
	ch->outcome = outcome;
	size_t cap = 0;
	if (grip_commit_list(g, p->email, week, &ch->commitments, &ch->n_commitments) < 0)
		return -1;
	size_t kept = 0; /* the group's week: what serves its objectives, or nothing */
	for (size_t i = 0; i < ch->n_commitments; i++) {
		struct grip_commitment *m = ch->commitments[i];
		struct grip_objective *o = m->objective_id ? objective_fetch(g, m->objective_id) : NULL;
		if (m->objective_id && !o)
			return -1;
		if (!o || o->unit_id == u->id)
			ch->commitments[kept++] = m;
	}
	ch->n_commitments = kept;
	ch->group_outcome = n_group ? group_outcomes[0] : NULL;
	for (size_t i = 0; ch->outcome && i < ch->outcome->n_aligns_to; i++)
		for (size_t k = 0; k < n_group; k++)
			if (group_outcomes[k]->id == ch->outcome->aligns_to[i])
				ch->group_outcome = group_outcomes[k];
	if (!n_group && add_break(g, ch, &cap, "%s has no group outcome", u->name) < 0)
		return -1;
	if (!ch->outcome && past_week1 &&
	    add_break(g, ch, &cap, "no outcome of their own after week 1") < 0)
		return -1;
	if (!ch->n_commitments && add_break(g, ch, &cap, "no commitment for %s", week) < 0)
		return -1;
	for (size_t i = 0; i < ch->n_commitments; i++) {
		const struct grip_commitment *m = ch->commitments[i];
		bool in_chain = m->objective_id && ch->outcome && m->objective_id == ch->outcome->id;
		for (size_t k = 0; !in_chain && k < n_group; k++)
			in_chain = m->objective_id == group_outcomes[k]->id;
		if (!m->objective_id) {
			if (add_break(g, ch, &cap, "commitment %lld \"%s\" is linked to nothing",
				      (long long)m->id, m->text) < 0)
				return -1;
		} else if (!in_chain && add_break(g, ch, &cap,
				"commitment %lld is linked to objective %lld, outside this group's chain",
				(long long)m->id, (long long)m->objective_id) < 0) {
			return -1;
		}
	}
	ch->ok = ch->n_breaks == 0;
	return 0;
}

int grip_group_chain(struct grip *g, const char *group, const char *email, const char *week,
		     struct grip_chain **out)
{
	struct grip_unit *u = group_of(g, group);
	struct grip_cycle *c = u ? programme_of(g, u, NULL) : NULL;
	const char *w = c ? report_week(g, week) : NULL;
	struct grip_person *p = w ? (email ? grip_person_by_email(g, email) : g->actor) : NULL;
	if (!p)
		return -1;
	if (!personal_view(g, u, p->id))
		return grip_fail(g, GRIP_ENOTFOUND, "email", "no such member of %s", u->name);
	struct grip_objective **group_outcomes;
	size_t n_group;
	struct grip_week ow;
	if (grip_org_week_named(g, w, &ow) < 0)
		return -1;
	int32_t start = 0;
	date_parse(c->starts_on, &start);
	bool past_week1 = ow.last >= start + 7;
	struct grip_objective *outcome;
	*out = grip_alloc(g, sizeof **out);
	if (!*out || load_outcomes(g, c, u, GRIP_LAYER_GROUP, 0, &group_outcomes, &n_group) < 0 ||
	    member_outcome(g, c, u, p->id, &outcome) < 0)
		return -1;
	return chain_of(g, u, outcome, group_outcomes, n_group, p, w, past_week1, *out);
}

/* ---- the report ---- */

/* The programme's weeks: week N is the org's week holding its day 7(N-1),
 * named by its ISO week. */
static struct pweek *programme_weeks(struct grip *g, const struct grip_cycle *c, int32_t start)
{
	struct pweek *ws = arena_calloc(g->arena, (size_t)c->weeks, sizeof *ws);
	if (!ws) {
		grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
		return NULL;
	}
	int32_t today = grip_today(g);
	for (int i = 0; i < c->weeks; i++) {
		struct grip_week w;
		if (grip_org_week(g, start + 7 * i, &w) < 0)
			return NULL;
		snprintf(ws[i].iso, sizeof ws[i].iso, "%s", w.iso);
		ws[i].monday = w.first; /* the org's first and last day */
		ws[i].sunday = w.last;
		ws[i].closed = ws[i].sunday < today;
	}
	return ws;
}

static bool enrolled_in(const struct grip_group_row *r, const struct pweek *w)
{
	int32_t joined = 0, left = 0;
	date_parse(r->joined_on, &joined);
	return joined <= w->sunday && (!r->left_on || (date_parse(r->left_on, &left) && left > w->monday));
}

static void count(struct commit_tally *t, enum grip_commit_status status, int k)
{
	if (status == GRIP_COMMIT_DONE)
		t->done += k;
	else if (status == GRIP_COMMIT_PARTIAL)
		t->partial += k;
	else if (status == GRIP_COMMIT_MISSED)
		t->missed += k;
	else
		t->open += k;
}

static void add_tally(struct commit_tally *to, const struct commit_tally *t)
{
	to->done += t->done;
	to->partial += t->partial;
	to->missed += t->missed;
	to->open += t->open;
}

/* Reads the commitments of the group's people in the programme's weeks
 * into cells[row * weeks + week]: those of the group's week, serving its
 * objectives or nothing; what serves a person's other units is theirs. */
static int load_cells(struct grip *g, struct grip_group_report *r, const struct pweek *ws,
		      struct cell *cells)
{
	struct store_stmt *st = store_q(g->store,
		"SELECT c.person_id, c.week, c.status, COUNT(*) FROM commitments c"
		" WHERE c.org_id = ? AND c.week >= ? AND c.week <= ? AND EXISTS (SELECT 1 FROM memberships m"
		" WHERE m.unit_id = ? AND m.person_id = c.person_id) AND (c.objective_id IS NULL OR"
		" c.objective_id IN (SELECT id FROM objectives WHERE unit_id = ?))"
		" GROUP BY c.person_id, c.week, c.status",
		V(g->org_id), V(ws[0].iso), V(ws[r->programme->weeks - 1].iso), V(r->group->id),
		V(r->group->id));
	if (!st)
		return STORE_FAIL(g);
	enum store_rc rc;
	while ((rc = store_step(st)) == STORE_ROW) {
		int64_t pid = store_col_int(st, 0);
		const char *week = store_col_text(st, 1);
		enum grip_commit_status status;
		if (commit_status_col(g, st, 2, &status) < 0) {
			store_done(st);
			return -1;
		}
		int k = (int)store_col_int(st, 3);
		for (size_t i = 0; i < r->n_rows; i++) {
			if (r->rows[i].person->id != pid)
				continue;
			for (int w = 0; w < r->programme->weeks; w++) {
				if (strcmp(ws[w].iso, week) != 0)
					continue;
				struct cell *cl = &cells[i * (size_t)r->programme->weeks + (size_t)w];
				count(&cl->t, status, k);
				cl->written += k;
			}
		}
	}
	store_done(st);
	return rc == STORE_DONE ? 0 : STORE_FAIL(g);
}

/* Rows: one per person of the group (their latest membership), drifting
 * members first, then current members, leads, and those who left. */
static int row_rank(const struct grip_group_row *r)
{
	if (r->left_on)
		return 3;
	if (r->role == GRIP_MEMBER_LEAD)
		return 2;
	return r->drifting ? 0 : 1;
}

static void sort_rows(struct grip_group_row *rows, size_t n)
{
	for (size_t i = 1; i < n; i++) { /* insertion sort: groups are small */
		struct grip_group_row x = rows[i];
		size_t j = i;
		while (j > 0 && (row_rank(&rows[j - 1]) > row_rank(&x) ||
				 (row_rank(&rows[j - 1]) == row_rank(&x) &&
				  strcmp(rows[j - 1].person->email, x.person->email) > 0))) {
			rows[j] = rows[j - 1];
			j--;
		}
		rows[j] = x;
	}
}

static int load_rows(struct grip *g, struct grip_group_report *r)
{
	struct grip_membership **ms;
	size_t n;
	if (grip_member_list(g, r->group->id, &ms, &n) < 0)
		return -1;
	r->rows = n ? arena_calloc(g->arena, n, sizeof *r->rows) : NULL;
	if (n && !r->rows)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	for (size_t i = 0; i < n; i++) {
		size_t at = r->n_rows;
		for (size_t k = 0; k < r->n_rows; k++) /* a rejoin: the latest membership */
			if (r->rows[k].person->id == ms[i]->person_id)
				at = k;
		struct grip_person *p = grip_person_get(g, ms[i]->person_id);
		if (!p)
			return -1;
		struct grip_group_row *row = &r->rows[at];
		row->person = p;
		row->role = ms[i]->role;
		row->joined_on = ms[i]->joined_on;
		row->left_on = ms[i]->left_on;
		if (at == r->n_rows)
			r->n_rows++;
	}
	return 0;
}

int grip_group_report(struct grip *g, const char *group, const char *programme, const char *week,
		      struct grip_group_report **out)
{
	struct grip_unit *u = group_of(g, group);
	struct grip_cycle *c = u ? programme_of(g, u, programme) : NULL;
	const char *w = c ? report_week(g, week) : NULL;
	struct grip_group_report *r = w ? grip_alloc(g, sizeof *r) : NULL;
	if (!r)
		return -1;
	int32_t start = 0;
	date_parse(c->starts_on, &start);
	r->group = u;
	r->programme = c;
	r->week = w;
	r->halfway_week = programme_halfway_week(c);
	struct pweek *ws = programme_weeks(g, c, start);
	if (!ws)
		return -1;
	if (strcmp(w, ws[0].iso) < 0 || strcmp(w, ws[c->weeks - 1].iso) > 0)
		return grip_fail(g, GRIP_EINVAL, "week", "%s is outside programme %s (%s to %s)", w, c->name,
				 ws[0].iso, ws[c->weeks - 1].iso);
	for (int i = 0; i < c->weeks; i++)
		if (strcmp(ws[i].iso, w) == 0)
			r->week_number = i + 1;
	if (load_outcomes(g, c, u, GRIP_LAYER_GROUP, 0, &r->group_outcomes, &r->n_group_outcomes) < 0 ||
	    load_rows(g, r) < 0 || grip_programme_dropout(g, c, &r->enrolled, &r->left) < 0)
		return -1;
	r->dropout_rate = measure_dropout(r->enrolled, r->left);
	bool offered = false;
	const char **lines = NULL;
	size_t n_lines = 0;
	if (grip_group_prompt(g, u->id, &offered, &lines, &n_lines) < 0)
		return -1;
	if (offered) {
		r->prompt = lines;
		r->n_prompt = n_lines;
	}
	struct cell *cells = r->n_rows ? arena_calloc(g->arena, r->n_rows * (size_t)c->weeks, sizeof *cells) : NULL;
	if (r->n_rows && !cells)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	if (r->n_rows && load_cells(g, r, ws, cells) < 0)
		return -1;
	/* Closed weeks up to the week asked for. */
	int upto = 0;
	for (int i = 0; i < r->week_number; i++)
		if (ws[i].closed)
			upto = i + 1;
	r->weeks = upto ? arena_calloc(g->arena, (size_t)upto, sizeof *r->weeks) : NULL;
	if (upto && !r->weeks)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	r->n_weeks = (size_t)upto;
	for (int k = 0; k < upto; k++) { /* named even when nobody is in the group */
		r->weeks[k].week = grip_strdup(g, ws[k].iso);
		r->weeks[k].number = k + 1;
		if (!r->weeks[k].week)
			return -1;
	}
	int32_t today = grip_today(g);
	for (size_t i = 0; i < r->n_rows; i++) {
		struct grip_group_row *row = &r->rows[i];
		bool member = row->role == GRIP_MEMBER_MEMBER;
		int32_t left = 0;
		bool gone = row->left_on && date_parse(row->left_on, &left) && left <= today;
		int quiet = 0; /* closed weeks in a row, ending with the last, missed or not written */
		for (int k = 0; k < upto; k++) {
			const struct cell *cl = &cells[i * (size_t)c->weeks + (size_t)k];
			add_tally(&row->tally, &cl->t);
			struct grip_week_figures *wf = &r->weeks[k];
			bool in = enrolled_in(row, &ws[k]);
			if (member) {
				add_tally(&wf->tally, &cl->t);
				if (in && !cl->written)
					wf->unwritten++;
			}
			if (in)
				quiet = cl->t.done + cl->t.partial == 0 ? quiet + 1 : 0;
		}
		row->completion_rate = measure_completion(row->tally);
		row->drifting = member && !gone && quiet >= 2;
		if (member)
			add_tally(&r->tally, &row->tally);
		row->personal = personal_view(g, u, row->person->id);
	}
	for (size_t k = 0; k < r->n_weeks; k++)
		r->weeks[k].completion_rate = measure_completion(r->weeks[k].tally);
	r->completion_rate = measure_completion(r->tally);
	sort_rows(r->rows, r->n_rows);
	bool past_week1 = r->week_number > 1;
	for (size_t i = 0; i < r->n_rows; i++) {
		struct grip_group_row *row = &r->rows[i];
		if (member_outcome(g, c, u, row->person->id, &row->outcome) < 0)
			return -1;
		if (row->outcome)
			row->review_comment = review_latest(g, row->outcome->id, &row->review);
		if (!row->personal || row->role != GRIP_MEMBER_MEMBER || row->left_on)
			continue;
		row->chain = grip_alloc(g, sizeof *row->chain);
		if (!row->chain || chain_of(g, u, row->outcome, r->group_outcomes, r->n_group_outcomes,
					    row->person, w, past_week1, row->chain) < 0)
			return -1;
	}
	*out = r;
	return 0;
}
