/*
 * fixture.c — the API target's two organisations (see fixture.h), made
 * through the core's API as their people would, and the digest of an
 * organisation's rows, read through the store.
 */
#include "fixture.h"

#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "store/store.h"
#include "util/date.h"

/* 2026-11-23T12:00:00Z, a Monday in the fourth quarter (week 48). */
#define FIXTURE_NOW ((int64_t)20780 * 86400 + 12 * 3600)

static void die(const struct grip *g, const char *what)
{
	fprintf(stderr, "fixture: %s: %s%s%s\n", what, g->err.field, g->err.field[0] ? ": " : "",
		g->err.message);
	exit(2);
}

#define MUST(g, x, what)                  \
	do {                              \
		if (!(x))                 \
			die((g), (what)); \
	} while (0)

static struct grip_person *person(struct grip *g, const char *email, const char *name, enum grip_role role)
{
	struct grip_person *p = grip_person_add(g, email, name, role);
	MUST(g, p, email);
	return p;
}

static void as(struct grip *g, struct grip_person *p)
{
	g->actor = p;
}

static void token(struct fixture *f, struct grip *g, const char *who, int org, struct grip_person *p)
{
	const char *secret;
	MUST(g, grip_token_create(g, p->id, "fuzz", &secret), who);
	f->actors[f->n_actors++] = (struct fixture_actor){ .who = who, .org = org,
							   .token = arena_strdup(&f->arena, secret) };
}

static int64_t objective(struct grip *g, const struct grip_objective_new *n)
{
	struct grip_objective *o = grip_objective_add(g, n);
	MUST(g, o, n->title);
	return o->id;
}

static int64_t kr(struct grip *g, int64_t objective_id, const struct grip_kr_new *n)
{
	struct grip_kr *k = grip_kr_add(g, objective_id, n);
	MUST(g, k, n->title);
	return k->id;
}

/* Acme: who is who, and one of each thing the write routes touch. */
static void make_acme(struct fixture *f, struct grip *g)
{
	MUST(g, grip_org_create(g, "Acme", "ada@acme.test", "Ada Admin"), "org Acme");
	struct grip_person *ada = g->actor;
	struct grip_person *bo = person(g, "bo@acme.test", "Bo Berg", GRIP_ROLE_MEMBER);
	struct grip_person *cy = person(g, "cy@acme.test", "Cy Chen", GRIP_ROLE_MEMBER);
	struct grip_person *di = person(g, "di@acme.test", "Di Dunn", GRIP_ROLE_VIEWER);
	struct grip_person *lee = person(g, "lee@acme.test", "Lee Lund", GRIP_ROLE_MEMBER);
	struct grip_person *ann = person(g, "ann@acme.test", "Ann Ames", GRIP_ROLE_MEMBER);
	struct grip_person *ben = person(g, "ben@acme.test", "Ben Bell", GRIP_ROLE_MEMBER);
	struct grip_person *ed = person(g, "ed@acme.test", "Ed Eke", GRIP_ROLE_MEMBER);

	MUST(g, grip_unit_add(g, "Mobile", "team", "Acme", "bo@acme.test", NULL), "unit Mobile");
	struct grip_unit *circle = grip_unit_add(g, "Circle", "group", NULL, "lee@acme.test", "private");
	MUST(g, circle, "unit Circle");
	struct grip_unit *mobile = grip_unit_by_name(g, "Mobile");
	MUST(g, mobile, "unit Mobile");
	MUST(g, grip_member_add(g, mobile->id, cy->id, "member", "2026-07-01"), "member cy");
	MUST(g, grip_member_add(g, circle->id, ann->id, "member", "2026-10-01"), "member ann");
	MUST(g, grip_member_add(g, circle->id, ben->id, "member", "2026-10-01"), "member ben");
	MUST(g, grip_member_add(g, mobile->id, ed->id, "member", "2026-07-01"), "member ed");

	struct grip_cycle *q3 = grip_cycle_add(g, "2026-Q3", "quarter", "2026-07-01", "2026-09-30", 0, NULL);
	MUST(g, q3, "cycle Q3");
	MUST(g, grip_cycle_add(g, "2026-Q4", "quarter", "2026-10-01", "2026-12-31", 0, NULL), "cycle Q4");
	MUST(g, grip_cycle_add(g, "Autumn circle", "programme", "2026-10-05", NULL, 12, "Circle"), "programme");

	objective(g, &(struct grip_objective_new){ .title = "Ship the beta", .cycle_name = "2026-Q3",
						   .layer = "team", .unit_name = "Mobile", .status = "active" });
	MUST(g, grip_cycle_close(g, q3->id, "The beta was never scored") == 0, "close Q3");
	int64_t top = objective(g, &(struct grip_objective_new){ .title = "Be the easiest tool to start with",
								 .cycle_name = "2026-Q4", .layer = "strategic",
								 .unit_name = "Acme", .status = "active" });
	int64_t team = objective(g, &(struct grip_objective_new){ .title = "Make onboarding effortless",
								  .cycle_name = "2026-Q4", .layer = "team",
								  .unit_name = "Mobile", .aligns_to = &top,
								  .n_aligns_to = 1, .status = "active" });
	int64_t up = kr(g, team, &(struct grip_kr_new){ .title = "Activation rate", .baseline = 65, .target = 90,
							 .unit_label = "%" });
	kr(g, team, &(struct grip_kr_new){ .title = "Days to first value", .baseline = 14, .target = 5,
					   .unit_label = "days", .weight = 2 });
	kr(g, team, &(struct grip_kr_new){ .title = "New sign-up flow live", .kind = "boolean" });
	static const char *const steps[] = { "Design", "Beta", "Release" };
	kr(g, team, &(struct grip_kr_new){ .title = "Guided tour", .kind = "milestones", .milestones = steps,
					   .n_milestones = 3 });

	as(g, cy);
	int64_t mine = objective(g, &(struct grip_objective_new){ .title = "Learn the new stack",
								  .cycle_name = "2026-Q4", .layer = "individual",
								  .owner_email = "cy@acme.test", .development = true });
	kr(g, mine, &(struct grip_kr_new){ .title = "Courses done", .baseline = 0, .target = 3 });

	as(g, lee);
	int64_t group = objective(g, &(struct grip_objective_new){
		.title = "Every member runs a one-to-one with confidence", .cycle_name = "Autumn circle",
		.layer = "group", .unit_name = "Circle", .status = "active" });
	MUST(g, grip_group_prompt_offer(g, "Circle", true) == 0, "prompt");
	as(g, ann);
	int64_t outcome = objective(g, &(struct grip_objective_new){
		.title = "By December I run my one-to-ones without notes", .cycle_name = "Autumn circle",
		.layer = "member", .unit_name = "Circle", .owner_email = "ann@acme.test", .aligns_to = &group,
		.n_aligns_to = 1, .status = "proposed" });
	as(g, ben);
	objective(g, &(struct grip_objective_new){ .title = "Give feedback the same week", .cycle_name = "Autumn circle",
						   .layer = "member", .unit_name = "Circle",
						   .owner_email = "ben@acme.test", .status = "proposed" });

	as(g, bo);
	struct grip_checkin_result res = { .key_result_id = up, .value = 72, .note = "the tour helped" };
	MUST(g, grip_checkin_add(g, team, 7, &res, 1, "login is slow", "cache sessions", NULL), "check-in");
	MUST(g, grip_initiative_add(g, team, "Cache the session lookup", "bo@acme.test", NULL, up), "initiative");
	MUST(g, grip_dependency_add(g, team, top, NULL, "the strategy names onboarding"), "dependency");
	MUST(g, grip_commit_add(g, "bo@acme.test", "Interview three new users", "2026-W48", team, false),
	     "commitment bo");
	MUST(g, grip_commit_add(g, "bo@acme.test", "Write the tour copy", "2026-W47", team, true), "commitment bo 2");
	as(g, ann);
	MUST(g, grip_commit_add(g, "ann@acme.test", "Two one-to-ones without notes", "2026-W47", outcome, true),
	     "commitment ann");
	MUST(g, grip_commit_add(g, "ann@acme.test", "Ask for feedback on one", "2026-W48", outcome, false),
	     "commitment ann 2");

	as(g, ada);
	token(f, g, "ada (admin)", 0, ada);
	token(f, g, "bo (lead of Mobile)", 0, bo);
	token(f, g, "cy (member of Mobile)", 0, cy);
	token(f, g, "di (viewer)", 0, di);
	token(f, g, "lee (lead of Circle)", 0, lee);
	token(f, g, "ann (member of Circle)", 0, ann);
	token(f, g, "ben (member of Circle)", 0, ben);
	token(f, g, "ed (has left)", 0, ed);
	MUST(g, grip_person_leave(g, ed->id, "2026-11-02") == 0, "ed leaves");
}

/* Other: a second organisation, every text of it marked. */
static void make_other(struct fixture *f, struct grip *g)
{
	MUST(g, grip_org_create(g, "Other " FIXTURE_OTHER_MARK, "zed@other.test", "Zed " FIXTURE_OTHER_MARK),
	     "org Other");
	struct grip_person *zed = g->actor;
	person(g, "yan@other.test", "Yan " FIXTURE_OTHER_MARK, GRIP_ROLE_MEMBER);
	MUST(g, grip_unit_add(g, "Web " FIXTURE_OTHER_MARK, "team", NULL, "yan@other.test", NULL), "unit Web");
	MUST(g, grip_cycle_add(g, "2026-Q4", "quarter", "2026-10-01", "2026-12-31", 0, NULL), "cycle");
	int64_t o = objective(g, &(struct grip_objective_new){ .title = "Grow " FIXTURE_OTHER_MARK,
							       .cycle_name = "2026-Q4", .layer = "team",
							       .unit_name = "Web " FIXTURE_OTHER_MARK,
							       .status = "active" });
	int64_t k = kr(g, o, &(struct grip_kr_new){ .title = "Users " FIXTURE_OTHER_MARK, .baseline = 1,
						    .target = 2 });
	MUST(g, grip_initiative_add(g, o, "Ads " FIXTURE_OTHER_MARK, NULL, NULL, k), "initiative");
	MUST(g, grip_dependency_add(g, o, 0, "Web " FIXTURE_OTHER_MARK, "Note " FIXTURE_OTHER_MARK), "dependency");
	MUST(g, grip_commit_add(g, "yan@other.test", "Call " FIXTURE_OTHER_MARK, "2026-W48", o, true), "commitment");
	token(f, g, "zed (admin of Other)", 1, zed);
}

/* ---- ids ---- */

struct kind {
	const char *segment;
	const char *sql;
};

static const struct kind kinds[] = {
	{ "people", "SELECT id FROM people ORDER BY org_id, id" },
	{ "units", "SELECT id FROM units ORDER BY org_id, id" },
	{ "cycles", "SELECT id FROM cycles ORDER BY org_id, id" },
	{ "objectives", "SELECT id FROM objectives ORDER BY org_id, id" },
	{ "key_results", "SELECT id FROM key_results ORDER BY org_id, id" },
	{ "initiatives", "SELECT id FROM initiatives ORDER BY org_id, id" },
	{ "dependencies", "SELECT id FROM dependencies ORDER BY org_id, id" },
	{ "commitments", "SELECT id FROM commitments ORDER BY org_id, id" },
	{ "tokens", "SELECT id FROM api_tokens ORDER BY org_id, id" },
};

/* Text in an id's place that names nothing. */
static const char *const not_ids[] = { "0", "-1", "99999", "x", "9223372036854775807", "1e2", "%31" };

static void collect_ids(struct fixture *f)
{
	for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
		struct fixture_pool *p = &f->pools[f->n_pools++];
		p->kind = kinds[i].segment;
		struct store_stmt *st = store_query(f->store, kinds[i].sql, NULL, 0);
		if (!st) {
			fprintf(stderr, "fixture: %s\n", store_errmsg(f->store));
			exit(2);
		}
		while (store_step(st) == STORE_ROW && p->n < FIXTURE_MAX_IDS - 8)
			p->ids[p->n++] = arena_strdup(&f->arena, store_col_text(st, 0));
		store_done(st);
		for (size_t k = 0; k < sizeof not_ids / sizeof not_ids[0]; k++)
			p->ids[p->n++] = not_ids[k];
	}
}

const struct fixture_pool *fixture_pool_of(const struct fixture *f, const char *kind)
{
	for (int i = 0; i < f->n_pools; i++)
		if (strcmp(f->pools[i].kind, kind) == 0)
			return &f->pools[i];
	return NULL;
}

/* ---- what an organisation holds ---- */

/* Every table, each read whole for one org; the history apart. */
struct table {
	const char *name;
	const char *sql;
	int columns; /* from the schema, at start */
};

static struct table tables[] = {
	{ "orgs", "SELECT * FROM orgs WHERE id = ? ORDER BY rowid", 0 },
	{ "people", "SELECT * FROM people WHERE org_id = ? ORDER BY rowid", 0 },
	{ "units", "SELECT * FROM units WHERE org_id = ? ORDER BY rowid", 0 },
	{ "memberships", "SELECT * FROM memberships WHERE org_id = ? ORDER BY rowid", 0 },
	{ "cycles", "SELECT * FROM cycles WHERE org_id = ? ORDER BY rowid", 0 },
	{ "objectives", "SELECT * FROM objectives WHERE org_id = ? ORDER BY rowid", 0 },
	{ "key_results", "SELECT * FROM key_results WHERE org_id = ? ORDER BY rowid", 0 },
	{ "milestones", "SELECT * FROM milestones WHERE org_id = ? ORDER BY rowid", 0 },
	{ "checkins", "SELECT * FROM checkins WHERE org_id = ? ORDER BY rowid", 0 },
	{ "kr_values", "SELECT * FROM kr_values WHERE org_id = ? ORDER BY rowid", 0 },
	{ "initiatives", "SELECT * FROM initiatives WHERE org_id = ? ORDER BY rowid", 0 },
	{ "alignments", "SELECT * FROM alignments WHERE org_id = ? ORDER BY rowid", 0 },
	{ "dependencies", "SELECT * FROM dependencies WHERE org_id = ? ORDER BY rowid", 0 },
	{ "commitments", "SELECT * FROM commitments WHERE org_id = ? ORDER BY rowid", 0 },
	{ "sessions", "SELECT * FROM sessions WHERE org_id = ? ORDER BY rowid", 0 },
	{ "api_tokens", "SELECT * FROM api_tokens WHERE org_id = ? ORDER BY rowid", 0 },
	/* The end of a cycle (0006): mid-cycle reviews, scores, reflections. */
	{ "reviews", "SELECT * FROM reviews WHERE org_id = ? ORDER BY rowid", 0 },
	{ "scores", "SELECT * FROM scores WHERE org_id = ? ORDER BY rowid", 0 },
	{ "reflections", "SELECT * FROM reflections WHERE org_id = ? ORDER BY rowid", 0 },
	/* Reminders and accounts by email (0007): the outbox, one-time links. */
	{ "notifications", "SELECT * FROM notifications WHERE org_id = ? ORDER BY rowid", 0 },
	{ "account_tokens", "SELECT * FROM account_tokens WHERE org_id = ? ORDER BY rowid", 0 },
	/* Sign-in failures belong to no org: the whole table, for either. */
	{ "signin_failures", "SELECT * FROM signin_failures WHERE ? IS NOT NULL ORDER BY rowid", 0 },
	/* The change log for the read caches (0009): its rows of the org. */
	{ "changes", "SELECT * FROM changes WHERE org_id = ? ORDER BY rowid", 0 },
};
#define N_TABLES (sizeof tables / sizeof tables[0])

static int64_t one_int(struct fixture *f, struct store_stmt *st)
{
	int64_t v = -1;
	if (st && store_step(st) == STORE_ROW)
		v = store_col_int(st, 0);
	if (st)
		store_done(st);
	if (v < 0) {
		fprintf(stderr, "fixture: %s\n", store_errmsg(f->store));
		exit(2);
	}
	return v;
}

/* Each table's columns, and no table left out but the history and the
 * schema's version: a table or column added later is read too, or the
 * target stops here and says so. */
static void learn_tables(struct fixture *f)
{
	size_t known = 0;
	for (size_t i = 0; i < N_TABLES; i++) {
		tables[i].columns = (int)one_int(
			f, store_q(f->store, "SELECT count(*) FROM pragma_table_info(?)", V(tables[i].name)));
		known += tables[i].columns > 0;
	}
	int64_t all = one_int(f, store_q0(f->store, "SELECT count(*) FROM sqlite_schema WHERE type = 'table'"
						    " AND name NOT IN ('events', 'grip_schema')"
						    " AND name NOT LIKE 'sqlite_%'"));
	if ((int64_t)known != all || known != N_TABLES) {
		fprintf(stderr, "fixture: the schema has %lld tables besides the history, the digest reads %zu:"
				" add the new one to tables[] in tests/fuzz/fixture.c\n",
			(long long)all, known);
		exit(2);
	}
}

void fixture_state(struct fixture *f, int org, struct fixture_state *out)
{
	crypto_generichash_state h;
	crypto_generichash_init(&h, NULL, 0, sizeof out->data);
	for (size_t i = 0; i < N_TABLES; i++) {
		struct store_stmt *st = store_q(f->store, tables[i].sql, V(f->org_id[org]));
		if (!st) {
			fprintf(stderr, "fixture: %s\n", store_errmsg(f->store));
			abort();
		}
		crypto_generichash_update(&h, (const unsigned char *)tables[i].name, strlen(tables[i].name) + 1);
		while (store_step(st) == STORE_ROW) {
			for (int c = 0; c < tables[i].columns; c++) {
				const char *v = store_col_text(st, c);
				/* NULL and text are told apart by what ends them. */
				if (v)
					crypto_generichash_update(&h, (const unsigned char *)v, strlen(v) + 1);
				else
					crypto_generichash_update(&h, (const unsigned char *)"\1", 2);
			}
		}
		store_done(st);
	}
	crypto_generichash_final(&h, out->data, sizeof out->data);
	out->events = one_int(f, store_q(f->store, "SELECT count(*) FROM events WHERE org_id = ?",
					 V(f->org_id[org])));
}

bool fixture_state_equal(const struct fixture_state *a, const struct fixture_state *b)
{
	return a->events == b->events && memcmp(a->data, b->data, sizeof a->data) == 0;
}

/* ---- the whole ---- */

void fixture_make(struct fixture *f)
{
	const char *tmp = getenv("TMPDIR");
	int n = snprintf(f->path, sizeof f->path, "%s/grip-fuzz-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (n < 0 || (size_t)n >= sizeof f->path) {
		fprintf(stderr, "fixture: TMPDIR is too long\n");
		exit(2);
	}
	int fd = mkstemp(f->path);
	if (fd < 0) {
		perror("fixture: mkstemp");
		exit(2);
	}
	close(fd);
	unlink(f->path);
	char err[256];
	f->store = store_open(f->path, true, err, sizeof err);
	if (!f->store) {
		fprintf(stderr, "fixture: %s\n", err);
		exit(2);
	}
	arena_init(&f->arena);
	f->now = FIXTURE_NOW;

	struct arena a = ARENA_INIT;
	struct grip g;
	grip_init(&g, f->store, &a, f->now);
	MUST(&g, grip_begin(&g, true) == 0, "begin");
	make_acme(f, &g);
	f->org_id[0] = g.org_id;
	make_other(f, &g);
	f->org_id[1] = g.org_id;
	for (int i = 0; i < 2; i++) {
		struct grip_org *o = grip_org_get(&g, f->org_id[i]);
		MUST(&g, o, "org");
		f->slug[i] = arena_strdup(&f->arena, o->slug);
	}
	MUST(&g, grip_commit(&g) == 0, "commit");
	arena_release(&a);

	collect_ids(f);
	learn_tables(f);
	if (store_begin(f->store, false) != STORE_OK)
		exit(2);
	fixture_state(f, 0, &f->initial[0]);
	fixture_state(f, 1, &f->initial[1]);
	store_rollback(f->store);
}

void fixture_remove(struct fixture *f)
{
	char side[sizeof f->path + 8];
	if (!f->store)
		return;
	store_close(f->store);
	f->store = NULL;
	unlink(f->path);
	snprintf(side, sizeof side, "%s-wal", f->path);
	unlink(side);
	snprintf(side, sizeof side, "%s-shm", f->path);
	unlink(side);
	arena_release(&f->arena);
}
