/*
 * gen.c — the API benchmark's data generator (bench/api runs it; not a
 * test). Usage: gen DB_PATH. Creates a new database holding the org "Bench"
 * through the public core API only, in one transaction: an admin; 50 teams,
 * each with a lead and 5 members; one active quarter holding today; 10
 * strategic objectives on the company unit; 500 active team objectives (10
 * a team, each aligned to a strategic one) with 4 key results each (metric
 * up, metric down, yes/no, milestones); and 40 check-ins an objective, spread
 * from the quarter's first day to now, each with a value for every key
 * result. The clock is GRIP_NOW when set, as for the CLI.
 *
 * Besides the counts and times it prints lines that name something of each
 * kind to aim at by hand (bench/api draws its targets from the database
 * itself, all teams, objectives and metric key results):
 *   team: NAME             a team, for the objectives-of-a-team list
 *   objective: ID          a team objective, for the single-objective read
 *   checkin: OBJ:KR ...    metric key results and their objectives, to post to
 *
 * Memory: people are made in a long-lived arena (g->actor points into it);
 * each objective's check-ins use a scratch arena released afterwards, so
 * 20,000 check-ins do not pile up in memory.
 */
#include "core/grip.h"
#include "store/store.h"
#include "util/date.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#define N_TEAMS 50
#define N_MEMBERS 5 /* besides the lead */
#define N_STRATEGIC 10
#define OBJ_PER_TEAM 10
#define KRS_PER_OBJ 4
#define CHECKINS_PER_OBJ 40
#define N_TARGETS 16 /* check-in targets printed for bench/api */
#define ORG_NAME "Bench"
#define ADMIN_EMAIL "admin@bench.test"
#define SEED 0x9E3779B97F4A7C15ULL

enum kr_kind { KR_UP, KR_DOWN, KR_BOOL, KR_MILESTONES };

struct team {
	char name[32];
	int64_t unit_id;
	struct grip_person *people[1 + N_MEMBERS]; /* the lead first */
};

struct gen {
	struct grip g;
	struct arena keep;    /* people and what outlives one objective */
	struct arena scratch; /* one objective's work */
	uint64_t rng;
	struct grip_person *admin;
	char cycle[32];
	int32_t cycle_start, cycle_end;
	struct team teams[N_TEAMS];
	int64_t strategic[N_STRATEGIC];
	int64_t objective[N_TEAMS * OBJ_PER_TEAM];
	int64_t kr[N_TEAMS * OBJ_PER_TEAM][KRS_PER_OBJ];
	enum kr_kind kind[N_TEAMS * OBJ_PER_TEAM][KRS_PER_OBJ];
	long people, units, memberships, objectives, krs, checkins, values;
};

static const char *const milestone_titles[] = {
	"Design agreed", "First version shipped", "Rolled out to all", "Old path removed",
};

/* The next number of the sequence, in [0, 1). */
static double rnd(struct gen *x)
{
	x->rng ^= x->rng << 13;
	x->rng ^= x->rng >> 7;
	x->rng ^= x->rng << 17;
	return (double)(x->rng >> 11) / 9007199254740992.0;
}

static double seconds_since(const struct timespec *t0)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)(t.tv_sec - t0->tv_sec) + (double)(t.tv_nsec - t0->tv_nsec) / 1e9;
}

/* Frees the scratch memory between objectives, and what the context
 * kept in it (the memo of figures, what is seen, the objectives a write
 * changed), which would otherwise point into freed memory. */
static void scratch_release(struct gen *x)
{
	arena_release(&x->scratch);
	x->g.memo = NULL;
	x->g.seen = NULL;
	x->g.changes = NULL;
}

static int fail(struct gen *x, const char *step)
{
	bool field = x->g.err.field[0] != '\0';
	fprintf(stderr, "gen: %s: %s%s%s%s\n", step, x->g.err.message, field ? " (field " : "",
		x->g.err.field, field ? ")" : "");
	return -1;
}

/* ---- org, people, teams, cycle ---- */

static int make_people_and_teams(struct gen *x)
{
	struct grip *g = &x->g;
	if (!grip_org_create(g, ORG_NAME, ADMIN_EMAIL, "Ada Admin"))
		return fail(x, "org");
	x->admin = g->actor;
	x->people = 1;
	x->units = 1;
	x->memberships = 1;
	char email[64], name[64], joined[DATE_LEN];
	date_format(x->cycle_start - 200, joined);
	for (int t = 0; t < N_TEAMS; t++) {
		struct team *tm = &x->teams[t];
		snprintf(tm->name, sizeof tm->name, "Team %02d", t + 1);
		for (int p = 0; p <= N_MEMBERS; p++) {
			snprintf(email, sizeof email, "%s%02d.%d@bench.test", p ? "member" : "lead", t + 1, p);
			snprintf(name, sizeof name, "%s %d of team %02d", p ? "Member" : "Lead", p, t + 1);
			tm->people[p] = grip_person_add(g, email, name, GRIP_ROLE_MEMBER);
			if (!tm->people[p])
				return fail(x, "person");
			x->people++;
		}
		struct grip_unit *u = grip_unit_add(g, tm->name, "team", NULL, NULL, NULL);
		if (!u)
			return fail(x, "unit");
		tm->unit_id = u->id;
		x->units++;
		for (int p = 0; p <= N_MEMBERS; p++) {
			if (!grip_member_add(g, u->id, tm->people[p]->id, p ? "member" : "lead", joined))
				return fail(x, "member");
			x->memberships++;
		}
		if (grip_unit_edit(g, u->id, NULL, NULL, tm->people[0]->email, NULL, NULL, NULL) < 0)
			return fail(x, "unit lead");
	}
	char from[DATE_LEN], to[DATE_LEN];
	date_format(x->cycle_start, from);
	date_format(x->cycle_end, to);
	if (!grip_cycle_add(g, x->cycle, "quarter", from, to, 0, NULL))
		return fail(x, "cycle");
	return 0;
}

/* ---- objectives and key results ---- */

static int make_kr(struct gen *x, size_t o, int k)
{
	static const char *const titles[] = {
		"Weekly active share of accounts", "Days from request to delivery",
		"New path is the default", "Migration milestones done",
	};
	enum kr_kind kind = (enum kr_kind)((o + (size_t)k) % KRS_PER_OBJ);
	struct grip_kr_new n = { .title = titles[kind] };
	switch (kind) {
	case KR_UP:
		n = (struct grip_kr_new){ .title = titles[kind], .baseline = 20, .target = 80,
					  .unit_label = "%" };
		break;
	case KR_DOWN:
		n = (struct grip_kr_new){ .title = titles[kind], .baseline = 30, .target = 5,
					  .unit_label = "days" };
		break;
	case KR_BOOL:
		n.kind = "boolean";
		break;
	case KR_MILESTONES:
		n.kind = "milestones";
		n.milestones = milestone_titles;
		n.n_milestones = sizeof milestone_titles / sizeof milestone_titles[0];
		break;
	}
	struct grip_kr *kr = grip_kr_add(&x->g, x->objective[o], &n);
	if (!kr)
		return fail(x, "key result");
	x->kr[o][k] = kr->id;
	x->kind[o][k] = kind;
	x->krs++;
	return 0;
}

static int make_objectives(struct gen *x)
{
	struct grip *g = &x->g;
	char title[160];
	g->actor = x->admin;
	for (int s = 0; s < N_STRATEGIC; s++) {
		snprintf(title, sizeof title, "Strategic theme %d: be the obvious choice in segment %d", s + 1,
			 s + 1);
		struct grip_objective_new n = {
			.title = title, .why = "Set at the annual planning.", .cycle_name = x->cycle,
			.layer = "strategic", .unit_name = ORG_NAME, .status = "active",
		};
		struct grip_objective *made = grip_objective_add(g, &n);
		if (!made)
			return fail(x, "strategic objective");
		x->strategic[s] = made->id;
		x->objectives++;
		scratch_release(x);
	}
	for (int t = 0; t < N_TEAMS; t++) {
		for (int j = 0; j < OBJ_PER_TEAM; j++) {
			size_t o = (size_t)t * OBJ_PER_TEAM + (size_t)j;
			snprintf(title, sizeof title, "%s objective %d: make theme %d real for our users",
				 x->teams[t].name, j + 1, j % N_STRATEGIC + 1);
			struct grip_objective_new n = {
				.title = title, .cycle_name = x->cycle, .layer = "team",
				.unit_name = x->teams[t].name, .aligns_to = &x->strategic[j % N_STRATEGIC],
				.n_aligns_to = 1, .status = "active",
			};
			struct grip_objective *made = grip_objective_add(g, &n);
			if (!made)
				return fail(x, "team objective");
			x->objective[o] = made->id;
			x->objectives++;
			for (int k = 0; k < KRS_PER_OBJ; k++)
				if (make_kr(x, o, k) < 0)
					return -1;
			scratch_release(x);
		}
	}
	return 0;
}

/* ---- check-ins ---- */

/* The value a key result shows at progress p (0..1); last is the value
 * before, since yes/no and milestones do not go back. */
static double value_at(enum kr_kind kind, double p, double last)
{
	switch (kind) {
	case KR_UP:
		return round(20 + 60 * p);
	case KR_DOWN:
		return round((30 - 25 * p) * 2) / 2;
	case KR_BOOL:
		return p >= 0.6 || last > 0 ? 1 : 0;
	case KR_MILESTONES:
		return fmax(last, fmin(4, floor(p * 4 + 0.2)));
	}
	return 0;
}

static int make_checkins(struct gen *x, size_t o)
{
	struct grip *g = &x->g;
	const struct team *tm = &x->teams[o / OBJ_PER_TEAM];
	int64_t start = (int64_t)x->cycle_start * 86400;
	int64_t span = g->now - start;
	double pace = 0.4 + 0.6 * rnd(x);
	double last[KRS_PER_OBJ] = { 0 };
	for (int c = 0; c < CHECKINS_PER_OBJ; c++) {
		/* Evenly over the time since the quarter began, staggered by objective. */
		int64_t at_t = start + span * (c + 1) / (CHECKINS_PER_OBJ + 1) + (int64_t)(o % 97) * 60;
		if (at_t > g->now)
			at_t = g->now;
		char at[DATETIME_LEN];
		datetime_format(at_t, at);
		double frac = (double)(c + 1) / CHECKINS_PER_OBJ;
		struct grip_checkin_result res[KRS_PER_OBJ];
		for (int k = 0; k < KRS_PER_OBJ; k++) {
			double p = pace * frac + (rnd(x) - 0.5) * 0.06;
			p = p < 0 ? 0 : p > 1 ? 1 : p;
			last[k] = value_at(x->kind[o][k], p, last[k]);
			res[k] = (struct grip_checkin_result){ x->kr[o][k], last[k], NULL };
		}
		int confidence = 5 + (int)(rnd(x) * 5);
		g->actor = tm->people[(size_t)c % (1 + N_MEMBERS)];
		if (!grip_checkin_add(g, x->objective[o], confidence, res, KRS_PER_OBJ,
				      c % 4 == 0 ? "Waiting on another team's review." : NULL,
				      c % 3 == 0 ? "Pair on the blocker on Monday." : NULL, at))
			return fail(x, "check-in");
		x->checkins++;
		x->values += KRS_PER_OBJ;
	}
	g->actor = x->admin;
	return 0;
}

/* ---- the whole ---- */

static void plan_cycle(struct gen *x)
{
	int y, m, d;
	date_to_civil(grip_today(&x->g), &y, &m, &d);
	int q = (m - 1) / 3;
	x->cycle_start = date_from_civil(y, q * 3 + 1, 1);
	x->cycle_end = (q == 3 ? date_from_civil(y + 1, 1, 1) : date_from_civil(y, q * 3 + 4, 1)) - 1;
	snprintf(x->cycle, sizeof x->cycle, "%d Q%d", y, q + 1);
}

static void print_targets(const struct gen *x)
{
	printf("team: %s\n", x->teams[N_TEAMS / 2].name);
	printf("objective: %lld\n", (long long)x->objective[N_TEAMS * OBJ_PER_TEAM / 2 + 3]);
	printf("checkin:");
	/* A metric key result of objectives spread over the teams. */
	for (size_t i = 0; i < N_TARGETS; i++) {
		size_t o = i * (N_TEAMS * OBJ_PER_TEAM / N_TARGETS);
		for (int k = 0; k < KRS_PER_OBJ; k++) {
			if (x->kind[o][k] == KR_UP) {
				printf(" %lld:%lld", (long long)x->objective[o], (long long)x->kr[o][k]);
				break;
			}
		}
	}
	printf("\n");
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: gen DB_PATH\n");
		return 2;
	}
	const char *path = argv[1];
	if (access(path, F_OK) == 0) {
		fprintf(stderr, "gen: %s exists; give a new file\n", path);
		return 1;
	}
	int64_t now = (int64_t)time(NULL);
	const char *fake = getenv("GRIP_NOW");
	if (fake && *fake && grip_parse_now(fake, &now) < 0) {
		fprintf(stderr, "gen: GRIP_NOW is not an ISO date or date-time\n");
		return 2;
	}
	if (grip_auth_init() < 0) {
		fprintf(stderr, "gen: cannot initialise the crypto library\n");
		return 1;
	}
	struct gen *x = calloc(1, sizeof *x);
	if (!x) {
		fprintf(stderr, "gen: out of memory\n");
		return 1;
	}
	x->rng = SEED;
	struct timespec t0;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	char err[600];
	struct store *store = store_open(path, true, err, sizeof err);
	if (!store) {
		fprintf(stderr, "gen: %s\n", err);
		free(x);
		return 1;
	}
	grip_init(&x->g, store, &x->keep, now);
	plan_cycle(x);
	double t_setup = 0, t_objectives = 0, t_checkins = 0, t_commit = 0;
	int rc = grip_begin(&x->g, true);
	if (rc < 0) {
		fail(x, "begin");
	} else {
		rc = make_people_and_teams(x);
		t_setup = seconds_since(&t0);
		x->g.arena = &x->scratch;
		if (rc == 0)
			rc = make_objectives(x);
		t_objectives = seconds_since(&t0) - t_setup;
		for (size_t o = 0; rc == 0 && o < N_TEAMS * OBJ_PER_TEAM; o++) {
			rc = make_checkins(x, o);
			scratch_release(x);
		}
		t_checkins = seconds_since(&t0) - t_setup - t_objectives;
		if (rc == 0 && (rc = grip_commit(&x->g)) < 0)
			fail(x, "commit");
		else if (rc < 0)
			grip_rollback(&x->g);
		t_commit = seconds_since(&t0) - t_setup - t_objectives - t_checkins;
	}
	store_close(store);
	arena_release(&x->scratch);
	arena_release(&x->keep);
	if (rc == 0) {
		printf("gen: %s: org %s, cycle %s\n", path, ORG_NAME, x->cycle);
		printf("  people %ld, units %ld, memberships %ld, objectives %ld (%d strategic, %d team),"
		       " key results %ld, check-ins %ld, values %ld\n",
		       x->people, x->units, x->memberships, x->objectives, N_STRATEGIC,
		       N_TEAMS * OBJ_PER_TEAM, x->krs, x->checkins, x->values);
		printf("  time: setup %.2f s, objectives %.2f s, check-ins %.2f s (%.0f/s), commit %.2f s,"
		       " total %.2f s\n",
		       t_setup, t_objectives, t_checkins, t_checkins > 0 ? (double)x->checkins / t_checkins : 0,
		       t_commit, seconds_since(&t0));
		print_targets(x);
	}
	free(x);
	return rc == 0 ? 0 : 1;
}
