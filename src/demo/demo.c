/*
 * demo.c — `grip demo`: loads Quillmoor, an invented product company, into
 * an empty store through the public core API only. Its people, units, two
 * quarters of OKRs with months of weekly check-ins, and a coaching circle
 * half-way through its programme. The data is in demo_data.h; this file
 * walks those tables.
 *
 * Everything is placed relative to grip_today(), so the demo looks lived-in
 * on any day: the previous quarter is complete and closed, the current one
 * runs up to today, and the circle started six weeks before this week.
 * Each step acts as the person who would really take it (the team lead
 * writes the team's objectives, members check in and write their own
 * outcomes and commitments), and the first admin acts again at the end.
 * The variation in figures comes from a seeded xorshift kept in struct
 * demo, so every load of the same day gives the same data.
 */
#include "core/grip.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "demo/demo_data.h"
#include "util/date.h"

#define LEN(a) (sizeof(a) / sizeof((a)[0]))
#define N_PEOPLE LEN(demo_people)
#define N_OBJECTIVES LEN(demo_objectives)
#define N_KRS LEN(demo_krs)
#define MAX_KRS 5
#define SEED 0x2545F4914F6CDD1DULL

struct demo {
	struct grip *g;
	uint64_t rng;
	int32_t today;
	int32_t start[2], end[2]; /* the previous quarter and the current one */
	char cycle[2][32];        /* their names */
	int64_t prev_cycle_id;
	int32_t circle_start;     /* the Monday the programme started */
	char programme[80];
	int64_t circle_id;
	struct grip_person *people[N_PEOPLE];
	int64_t objective[N_OBJECTIVES][2]; /* ids, per quarter */
	int64_t kr[N_KRS];
};

/* ---- helpers ---- */

/* The next number of the sequence, in [0, 1). */
static double rnd(struct demo *d)
{
	d->rng ^= d->rng << 13;
	d->rng ^= d->rng >> 7;
	d->rng ^= d->rng << 17;
	return (double)(d->rng >> 11) / 9007199254740992.0;
}

static int pick(struct demo *d, int n)
{
	int i = (int)(rnd(d) * n);
	return i < n ? i : n - 1;
}

static double clamp01(double v)
{
	return v < 0 ? 0 : v > 1 ? 1 : v;
}

static struct grip_person *who(struct demo *d, const char *id)
{
	for (size_t i = 0; i < N_PEOPLE; i++)
		if (strcmp(demo_people[i].id, id) == 0)
			return d->people[i];
	return d->people[0];
}

static const char *email_of(struct demo *d, const char *id)
{
	return id ? who(d, id)->email : NULL;
}

/* From here on, the person acts. */
static void act(struct demo *d, const char *id)
{
	d->g->actor = who(d, id);
}

/* Objectives are written by their authors as proposals; the first admin
 * then approves and starts them, as a planning meeting would, on the
 * cycle's first day (at 09:00), where their pace starts. */
static struct grip_objective *propose_and_start(struct demo *d, const struct grip_objective_new *n, int32_t day)
{
	int64_t now = d->g->now;
	d->g->now = (int64_t)day * 86400 + 9 * 3600;
	struct grip_objective *made = grip_objective_add(d->g, n);
	struct grip_person *author = d->g->actor;
	d->g->actor = d->people[0];
	int rc = made ? grip_objective_set_status(d->g, made->id, "active", NULL) : -1;
	d->g->actor = author;
	d->g->now = now;
	return rc < 0 ? NULL : made;
}

static const struct demo_unit *unit_of(const char *name)
{
	for (size_t i = 0; name && i < LEN(demo_units); i++)
		if (strcmp(demo_units[i].name, name) == 0)
			return &demo_units[i];
	return NULL; /* the company */
}

static size_t objective_at(const char *key)
{
	size_t i = 0;
	while (i < N_OBJECTIVES && strcmp(demo_objectives[i].key, key) != 0)
		i++;
	return i;
}

/* 0: the previous quarter, 1: the current one (strategic ones are in both). */
static int quarter_of(const struct demo_objective *o)
{
	return o->when == PREV ? 0 : 1;
}

/* The one who writes an objective: its owner, or its unit's lead. */
static const char *author_of(const struct demo_objective *o)
{
	const struct demo_unit *u = unit_of(o->unit);
	return o->owner ? o->owner : u ? u->lead : demo_people[0].id;
}

static int data_fail(struct demo *d, const char *what, const char *key)
{
	return grip_fail(d->g, GRIP_EINVAL, "demo", "the demo data names no %s %s", what, key);
}

/* The id of the pos-th (1-based) key result of an objective, 0 for none. */
static int64_t kr_of(struct demo *d, const char *objective, int pos)
{
	for (size_t k = 0; pos > 0 && k < N_KRS; k++)
		if (strcmp(demo_krs[k].objective, objective) == 0 && --pos == 0)
			return d->kr[k];
	return 0;
}

/* A value as a person would report it: two significant digits of the range. */
static double tidy(double v, double baseline, double target)
{
	double step = pow(10.0, floor(log10(fabs(target - baseline))) - 1);
	return round(v / step) * step;
}

static size_t count_of(const char *const *list, size_t max)
{
	size_t n = 0;
	while (n < max && list[n])
		n++;
	return n;
}

/* ---- dates ---- */

/* The quarter holding today and the one before it; the circle's start. */
static void plan_dates(struct demo *d)
{
	int y, m, day;
	date_to_civil(d->today, &y, &m, &day);
	int q = (m - 1) / 3;
	int py = q ? y : y - 1, pq = q ? q - 1 : 3;
	d->start[1] = date_from_civil(y, q * 3 + 1, 1);
	d->end[1] = (q == 3 ? date_from_civil(y + 1, 1, 1) : date_from_civil(y, q * 3 + 4, 1)) - 1;
	d->start[0] = date_from_civil(py, pq * 3 + 1, 1);
	d->end[0] = d->start[1] - 1;
	snprintf(d->cycle[0], sizeof d->cycle[0], "%d Q%d", py, pq + 1);
	snprintf(d->cycle[1], sizeof d->cycle[1], "%d Q%d", y, q + 1);
	d->circle_start = d->today - date_weekday(d->today) + 1 - 7 * DEMO_WEEKS_DONE;
	char week[WEEK_LEN];
	week_format(week_of(d->circle_start), week);
	snprintf(d->programme, sizeof d->programme, "%s from %s", DEMO_CIRCLE, week);
}

/* ---- the organisation ---- */

static int load_people(struct demo *d)
{
	char email[96];
	snprintf(email, sizeof email, "%s@%s", demo_people[0].id, DEMO_DOMAIN);
	if (!grip_org_create(d->g, DEMO_ORG, email, demo_people[0].name))
		return -1;
	d->people[0] = d->g->actor;
	if (grip_org_set_strategy(d->g, DEMO_VISION, DEMO_STRATEGY) < 0)
		return -1;
	for (size_t i = 1; i < N_PEOPLE; i++) {
		snprintf(email, sizeof email, "%s@%s", demo_people[i].id, DEMO_DOMAIN);
		d->people[i] = grip_person_add(d->g, email, demo_people[i].name, demo_people[i].role);
		if (!d->people[i])
			return -1;
	}
	return 0;
}

/* Units with their leads (who joined long ago: added as members first, then
 * made lead) and members; the circle's members join in load_circle. */
static int load_units(struct demo *d)
{
	char day[DATE_LEN];
	for (size_t i = 0; i < LEN(demo_units); i++) {
		const struct demo_unit *u = &demo_units[i];
		bool group = strcmp(u->kind, "group") == 0;
		struct grip_unit *made = grip_unit_add(d->g, u->name, u->kind, u->parent, NULL,
						       u->visibility);
		if (!made)
			return -1;
		if (group)
			d->circle_id = made->id;
		date_format(group ? d->circle_start - 21 : d->today - 720 + 30 * (int32_t)i, day);
		if (!grip_member_add(d->g, made->id, who(d, u->lead)->id, "lead", day) ||
		    grip_unit_edit(d->g, made->id, NULL, NULL, email_of(d, u->lead), NULL, u->vision,
				   u->strategy) < 0)
			return -1;
		for (size_t j = 0; j < count_of(u->members, LEN(u->members)); j++) {
			date_format(d->today - 90 - 43 * (int32_t)((i * 5 + j * 3) % 13), day);
			if (!grip_member_add(d->g, made->id, who(d, u->members[j])->id, "member", day))
				return -1;
		}
	}
	return 0;
}

static int load_cycles(struct demo *d)
{
	char from[DATE_LEN], to[DATE_LEN];
	for (int q = 0; q < 2; q++) {
		date_format(d->start[q], from);
		date_format(d->end[q], to);
		struct grip_cycle *c = grip_cycle_add(d->g, d->cycle[q], "quarter", from, to, 0, NULL);
		if (!c)
			return -1;
		if (q == 0)
			d->prev_cycle_id = c->id;
	}
	date_format(d->circle_start, from);
	return grip_cycle_add(d->g, d->programme, "programme", from, NULL, DEMO_WEEKS, DEMO_CIRCLE)
		       ? 0 : -1;
}

/* ---- objectives, key results, initiatives, dependencies ---- */

static int load_objectives(struct demo *d)
{
	for (int q = 0; q < 2; q++) {
		for (size_t i = 0; i < N_OBJECTIVES; i++) {
			const struct demo_objective *o = &demo_objectives[i];
			if (!(o->when & (1 << q)))
				continue;
			size_t p = o->parent ? objective_at(o->parent) : N_OBJECTIVES;
			if (o->parent && p == N_OBJECTIVES)
				return data_fail(d, "objective", o->parent);
			int64_t parent = o->parent ? d->objective[p][q] : 0;
			struct grip_objective_new n = {
				.title = o->title, .why = o->why, .cycle_name = d->cycle[q],
				.layer = o->layer, .unit_name = o->unit, .owner_email = email_of(d, o->owner),
				.aligns_to = &parent, .n_aligns_to = parent != 0,
				.development = o->development, .status = "proposed",
			};
			act(d, author_of(o));
			struct grip_objective *made = propose_and_start(d, &n, d->start[q]);
			if (!made)
				return -1;
			d->objective[i][q] = made->id;
		}
	}
	for (size_t k = 0; k < N_KRS; k++) {
		const struct demo_kr *r = &demo_krs[k];
		size_t i = objective_at(r->objective);
		if (i == N_OBJECTIVES)
			return data_fail(d, "objective", r->objective);
		struct grip_kr_new n = {
			.title = r->title, .kind = r->kind, .baseline = r->baseline, .target = r->target,
			.unit_label = r->unit_label, .owner_email = email_of(d, r->owner),
			.milestones = r->milestones,
			.n_milestones = count_of(r->milestones, LEN(r->milestones)),
		};
		act(d, author_of(&demo_objectives[i]));
		int q = quarter_of(&demo_objectives[i]);
		struct grip_kr *made = grip_kr_add(d->g, d->objective[i][q], &n);
		if (!made)
			return -1;
		d->kr[k] = made->id;
	}
	return 0;
}

static int load_links(struct demo *d)
{
	for (size_t n = 0; n < LEN(demo_initiatives); n++) {
		const struct demo_initiative *in = &demo_initiatives[n];
		size_t i = objective_at(in->objective);
		if (i == N_OBJECTIVES)
			return data_fail(d, "objective", in->objective);
		act(d, in->owner);
		struct grip_initiative *made = grip_initiative_add(d->g,
			d->objective[i][quarter_of(&demo_objectives[i])], in->title,
			email_of(d, in->owner), in->link, kr_of(d, in->objective, in->kr));
		if (!made || (strcmp(in->status, "todo") != 0 &&
			      grip_initiative_set_status(d->g, made->id, in->status) < 0))
			return -1;
	}
	for (size_t n = 0; n < LEN(demo_dependencies); n++) {
		const struct demo_dependency *dep = &demo_dependencies[n];
		size_t from = objective_at(dep->from);
		size_t to = dep->to ? objective_at(dep->to) : 0;
		if (from == N_OBJECTIVES || to == N_OBJECTIVES)
			return data_fail(d, "objective", from == N_OBJECTIVES ? dep->from : dep->to);
		int q = quarter_of(&demo_objectives[from]);
		act(d, author_of(&demo_objectives[from]));
		struct grip_dependency *made = grip_dependency_add(d->g, d->objective[from][q],
			dep->to ? d->objective[to][q] : 0, dep->to_unit, dep->note);
		if (!made || (strcmp(dep->status, "open") != 0 &&
			      grip_dependency_set_status(d->g, made->id, dep->status) < 0))
			return -1;
	}
	return 0;
}

/* ---- check-ins ---- */

/* The value a key result shows at progress p (0..1); last is the value
 * reported before, since milestones and yes-or-no results do not go back. */
static double value_at(const struct demo_kr *r, double p, double last)
{
	if (strcmp(r->kind, "metric") == 0)
		return tidy(r->baseline + (r->target - r->baseline) * p, r->baseline, r->target);
	if (strcmp(r->kind, "boolean") == 0)
		return p >= 0.55 || last > 0 ? 1 : 0;
	double n = (double)count_of(r->milestones, LEN(r->milestones));
	double v = floor(p * n + 0.3);
	return fmax(last, fmin(v, n));
}

/* Weekly check-ins on objective i, from its quarter's first week until the
 * quarter's end or today, stopping early for a quiet one. Progress follows
 * the objective's pace, a little front-loaded as real work is, with each
 * key result a little ahead or behind; confidence drifts from 7 towards
 * the objective's final confidence. Authors take turns within the team. */
static int checkins_of(struct demo *d, size_t i)
{
	const struct demo_objective *o = &demo_objectives[i];
	int q = quarter_of(o);
	size_t ks[MAX_KRS], n = 0;
	double factor[MAX_KRS], last[MAX_KRS];
	for (size_t k = 0; k < N_KRS && n < MAX_KRS; k++) {
		if (strcmp(demo_krs[k].objective, o->key) != 0)
			continue;
		ks[n] = k;
		factor[n] = 0.85 + 0.3 * rnd(d);
		last[n++] = 0;
	}
	const struct demo_unit *u = unit_of(o->unit);
	size_t n_members = u ? count_of(u->members, LEN(u->members)) : 0;
	int32_t s = d->start[q], e = d->end[q];
	int32_t stop = e < d->today ? e : d->today;
	if (o->quiet_weeks && stop > d->today - 7 * o->quiet_weeks - 1)
		stop = d->today - 7 * o->quiet_weeks - 1;
	int nth = 0;
	for (int32_t day = s + 3 + (int32_t)(i % 3); n && day <= stop; day += 7, nth++) {
		double frac = (double)(day - s) / (double)(e - s);
		struct grip_checkin_result res[MAX_KRS];
		for (size_t j = 0; j < n; j++) {
			const struct demo_kr *r = &demo_krs[ks[j]];
			double p = clamp01(o->pace * pow(frac, 0.75) * factor[j] + (rnd(d) - 0.5) * 0.08);
			last[j] = value_at(r, p, last[j]);
			res[j] = (struct grip_checkin_result){
				d->kr[ks[j]], last[j],
				rnd(d) < 0.2 ? demo_notes[pick(d, LEN(demo_notes))] : NULL,
			};
		}
		int c = o->confidence;
		if (day + 7 <= stop) /* the last check-in says exactly the final confidence */
			c = (int)lround(7 + (o->confidence - 7) * fmin(1, 2 * frac)) + pick(d, 3) - 1;
		c = c < 0 ? 0 : c > 10 ? 10 : c;
		int light = c <= 3 ? 0 : c <= 6 ? 1 : 2;
		const char *issues = demo_issues[light][pick(d, LEN(demo_issues[0]))];
		const char *plan = demo_plans[light][pick(d, LEN(demo_plans[0]))];
		if (o->owner)
			act(d, o->owner);
		else
			act(d, nth % 2 == 0 || !n_members ? u->lead : u->members[(nth / 2) % n_members]);
		char at[DATE_LEN];
		date_format(day, at);
		if (!grip_checkin_add(d->g, d->objective[i][q], c, res, n, issues, plan, at))
			return -1;
	}
	return 0;
}

/* The previous quarter's scores, as agreed at its end: each key result's
 * final score is its suggested one (its progress on the last day). */
static int score_previous(struct demo *d)
{
	for (size_t i = 0; i < N_OBJECTIVES; i++) {
		if (demo_objectives[i].when != PREV)
			continue;
		struct grip_objective *o = grip_objective_get(d->g, d->objective[i][0], NULL);
		if (!o)
			return -1;
		for (size_t k = 0; k < o->n_krs; k++) {
			struct grip_kr_score *s = grip_kr_score_get(d->g, o->krs[k].id);
			if (!s)
				return -1;
			char final[24];
			snprintf(final, sizeof final, "%d.%d", s->suggested / 10, s->suggested % 10);
			if (grip_score_set(d->g, o->krs[k].id, &(struct grip_score_input){ .final = final }) < 0)
				return -1;
		}
	}
	return 0;
}

/* The previous quarter: its check-ins, its objectives marked achieved or
 * missed, scored, then closed. Then the current quarter's check-ins. */
static int load_checkins(struct demo *d)
{
	for (int q = 0; q < 2; q++) {
		for (size_t i = 0; i < N_OBJECTIVES; i++)
			if (demo_objectives[i].when == (q ? CUR : PREV) && checkins_of(d, i) < 0)
				return -1;
		if (q)
			break;
		for (size_t i = 0; i < N_OBJECTIVES; i++) {
			const struct demo_objective *o = &demo_objectives[i];
			if (o->when != PREV)
				continue;
			act(d, author_of(o));
			if (grip_objective_set_status(d->g, d->objective[i][0],
						      o->pace >= 0.75 ? "achieved" : "missed",
						      "Agreed at the end-of-quarter review.") < 0)
				return -1;
		}
		act(d, demo_people[0].id);
		if (score_previous(d) < 0 || grip_cycle_close(d->g, d->prev_cycle_id, NULL) < 0)
			return -1;
	}
	return 0;
}

/* ---- the coaching circle ---- */

/* A person's weekly commitments from week 1 to week `last` of the
 * programme; weeks before this one are closed with a reflection and, when
 * the person has a rating key result kr, a check-in on its Sunday. */
static int commitments(struct demo *d, const struct demo_member *m, int64_t objective, int64_t kr,
		       int last)
{
	static const char *const closings[] = { "done", "partial", "missed" };
	int this_week = (d->today - d->circle_start) / 7 + 1;
	act(d, m->who);
	for (int w = 1; w <= last; w++) {
		char week[WEEK_LEN];
		week_format(week_of(d->circle_start + 7 * (w - 1)), week);
		struct grip_commitment *c = grip_commit_add(d->g, email_of(d, m->who),
			m->commits[(w - 1) % LEN(m->commits)], week, objective, m->shared);
		if (!c)
			return -1;
		if (w >= this_week)
			continue;
		double r = rnd(d);
		int s = r < m->reliability ? 0 : r < (1 + m->reliability) / 2 ? 1 : 2;
		if (grip_commit_close(d->g, c->id, closings[s],
				      demo_reflections[s][pick(d, LEN(demo_reflections[0]))]) < 0)
			return -1;
		if (!kr)
			continue;
		double p = clamp01((0.5 + 0.6 * m->reliability) * w / DEMO_WEEKS + (rnd(d) - 0.5) * 0.1);
		double rating = (double)lround(m->from + (m->to - m->from) * p);
		struct grip_checkin_result res = { kr, rating, NULL };
		char at[DATE_LEN];
		date_format(d->circle_start + 7 * w - 1, at);
		if (!grip_checkin_add(d->g, objective, 5 + (int)lround(m->reliability * 4) - pick(d, 2),
				      &res, 1, NULL, NULL, at))
			return -1;
	}
	return 0;
}

static int load_circle(struct demo *d)
{
	char day[DATE_LEN];
	date_format(d->circle_start - 4, day);
	act(d, demo_circle_lead.who);
	for (size_t i = 0; i < LEN(demo_circle); i++)
		if (!grip_member_add(d->g, d->circle_id, who(d, demo_circle[i].who)->id, "member", day))
			return -1;
	struct grip_objective_new outcome = {
		.title = DEMO_GROUP_OUTCOME, .why = DEMO_GROUP_WHY, .cycle_name = d->programme,
		.layer = "group", .unit_name = DEMO_CIRCLE, .status = "proposed",
	};
	struct grip_objective *group = propose_and_start(d, &outcome, d->circle_start);
	if (!group)
		return -1;
	int this_week = (d->today - d->circle_start) / 7 + 1;
	for (size_t i = 0; i < LEN(demo_circle); i++) {
		const struct demo_member *m = &demo_circle[i];
		struct grip_objective_new mine = {
			.title = m->outcome, .cycle_name = d->programme, .layer = "member",
			.unit_name = DEMO_CIRCLE, .owner_email = email_of(d, m->who),
			.aligns_to = &group->id, .n_aligns_to = 1, .status = "proposed",
		};
		char title[160];
		snprintf(title, sizeof title,
			 "Where I stand on this, on my own scale of 0 to 10: from %d to %d", m->from, m->to);
		struct grip_kr_new rating = {
			.title = title, .baseline = m->from, .target = m->to, .unit_label = "/10",
			.owner_email = mine.owner_email,
		};
		act(d, m->who); /* in their own words */
		struct grip_objective *made = propose_and_start(d, &mine, d->circle_start);
		struct grip_kr *kr = made ? grip_kr_add(d->g, made->id, &rating) : NULL;
		if (!kr || commitments(d, m, made->id, kr->id,
				       m->drop_week ? m->drop_week - 1 : this_week) < 0)
			return -1;
		if (!m->drop_week)
			continue;
		date_format(d->circle_start + 7 * (m->drop_week - 1) + 2, day);
		act(d, demo_circle_lead.who);
		if (!grip_member_leave(d->g, d->circle_id, who(d, m->who)->id, day, DEMO_DROP_REASON) ||
		    grip_objective_set_status(d->g, made->id, "dropped", DEMO_DROP_REASON) < 0)
			return -1;
	}
	return commitments(d, &demo_circle_lead, group->id, 0, this_week);
}

/* ---- the whole ---- */

/* Everyone signs in with the demo password: hashed once, shared. */
static int load_passwords(struct demo *d)
{
	struct grip *g = d->g;
	g->actor = d->people[0];
	if (grip_password_set(g, d->people[0]->id, GRIP_DEMO_PASSWORD) < 0)
		return -1;
	for (size_t i = 1; i < N_PEOPLE; i++)
		if (d->people[i] && grip_password_copy(g, d->people[0]->id, d->people[i]->id) < 0)
			return -1;
	return 0;
}

int grip_demo_load(struct grip *g)
{
	struct demo d = { .g = g, .rng = SEED, .today = grip_today(g) };
	plan_dates(&d);
	int rc = 0;
	if (load_people(&d) < 0 || load_units(&d) < 0 || load_cycles(&d) < 0 ||
	    load_objectives(&d) < 0 || load_links(&d) < 0 || load_checkins(&d) < 0 ||
	    load_circle(&d) < 0 || load_passwords(&d) < 0)
		rc = -1;
	if (d.people[0]) /* the first admin acts again */
		g->actor = d.people[0];
	return rc;
}
