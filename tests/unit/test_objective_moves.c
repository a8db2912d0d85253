/*
 * test_objective_moves.c — the objective lifecycle's one table: the moves
 * grip_objective_moves offers are exactly those grip_objective_set_status
 * accepts, for an admin, a lead, a member and a viewer, from every status;
 * missed and dropped need a reason; a closed cycle offers none. And delete
 * or drop: only a draft nobody has seen may be deleted, with what hangs
 * off it, and its id is never given again.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdbool.h>
#include <string.h>

#include "core/grip.h"
#include "store/store.h"
#include "tmpdb.h"

static const char *const statuses[] = { "draft", "proposed", "approved", "active", "achieved", "missed", "dropped" };
#define N_STATUSES (sizeof statuses / sizeof statuses[0])

struct world {
	struct tmpdb_core *f;
	struct grip_person *admin, *lead, *member, *viewer;
};

static int setup(void **state)
{
	struct world *w = calloc(1, sizeof *w);
	assert_non_null(w);
	w->f = tmpdb_core_open("2026-11-23");
	assert_non_null(w->f);
	struct grip *g = &w->f->g;
	assert_non_null(grip_org_create(g, "Acme", "ada@acme.test", "Ada Admin"));
	w->admin = g->actor;
	w->lead = grip_person_add(g, "bo@acme.test", "Bo", GRIP_ROLE_MEMBER);
	w->member = grip_person_add(g, "cy@acme.test", "Cy", GRIP_ROLE_MEMBER);
	w->viewer = grip_person_add(g, "vi@acme.test", "Vi", GRIP_ROLE_VIEWER);
	assert_non_null(w->viewer);
	struct grip_unit *u = grip_unit_add(g, "Mobile", "team", NULL, "bo@acme.test", NULL);
	assert_non_null(u);
	assert_non_null(grip_member_add(g, u->id, w->member->id, "member", "2026-10-01"));
	assert_non_null(grip_cycle_add(g, "Q4", "quarter", "2026-10-01", "2026-12-31", 0, NULL));
	assert_non_null(grip_cycle_add(g, "Q3", "quarter", "2026-07-01", "2026-09-30", 0, NULL));
	*state = w;
	return 0;
}

static int teardown(void **state)
{
	struct world *w = *state;
	tmpdb_core_close(w->f);
	free(w);
	return 0;
}

static int64_t objective(struct grip *g, const char *cycle, const char *status)
{
	struct grip_objective_new n = { .title = "Offline mode", .cycle_name = cycle, .layer = "team",
					.unit_name = "Mobile", .status = status };
	struct grip_objective *o = grip_objective_add(g, &n);
	assert_non_null(o);
	return o->id;
}

/* An objective brought to `status` by the admin, through the lifecycle. */
static int64_t objective_at(struct world *w, const char *status)
{
	struct grip *g = &w->f->g;
	g->actor = w->admin;
	bool terminal = strcmp(status, "achieved") == 0 || strcmp(status, "missed") == 0 ||
			strcmp(status, "dropped") == 0;
	int64_t id = objective(g, "Q4", terminal ? "active" : status);
	if (terminal)
		assert_int_equal(grip_objective_set_status(g, id, status, "the end"), 0);
	return id;
}

static bool offered(const struct grip_move *ms, size_t n, const char *to)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(grip_objective_status_name(ms[i].to), to) == 0)
			return true;
	return false;
}

static void test_table(void **state)
{
	(void)state;
	assert_true(grip_status_move_exists(GRIP_OBJECTIVE_DRAFT, GRIP_OBJECTIVE_PROPOSED));
	assert_true(grip_status_move_exists(GRIP_OBJECTIVE_PROPOSED, GRIP_OBJECTIVE_DRAFT));
	assert_true(grip_status_move_exists(GRIP_OBJECTIVE_APPROVED, GRIP_OBJECTIVE_DRAFT));
	assert_true(grip_status_move_exists(GRIP_OBJECTIVE_ACTIVE, GRIP_OBJECTIVE_MISSED));
	assert_false(grip_status_move_exists(GRIP_OBJECTIVE_ACTIVE, GRIP_OBJECTIVE_DRAFT));
	assert_false(grip_status_move_exists(GRIP_OBJECTIVE_DROPPED, GRIP_OBJECTIVE_ACTIVE));
	assert_false(grip_status_move_exists(GRIP_OBJECTIVE_ACHIEVED, GRIP_OBJECTIVE_DROPPED));
	assert_false(grip_status_move_exists(GRIP_OBJECTIVE_DRAFT, GRIP_OBJECTIVE_DRAFT));
	enum grip_objective_status none;
	assert_int_equal(grip_objective_status_parse("nonsense", &none), -1);
	assert_true(grip_status_needs_reason(GRIP_OBJECTIVE_MISSED));
	assert_true(grip_status_needs_reason(GRIP_OBJECTIVE_DROPPED));
	assert_false(grip_status_needs_reason(GRIP_OBJECTIVE_ACHIEVED));
	assert_false(grip_status_needs_reason(GRIP_OBJECTIVE_PROPOSED));
}

/* For each actor and each starting status: a move is offered exactly when
 * the write (with a reason) would be accepted. */
static void test_moves_agree_with_set_status(void **state)
{
	struct world *w = *state;
	struct grip *g = &w->f->g;
	struct grip_person *actors[] = { w->admin, w->lead, w->member, w->viewer };
	for (size_t s = 0; s < N_STATUSES; s++) {
		int64_t id = objective_at(w, statuses[s]);
		for (size_t a = 0; a < sizeof actors / sizeof actors[0]; a++) {
			g->actor = actors[a];
			struct grip_objective *o = grip_objective_get(g, id, NULL);
			assert_non_null(o);
			struct grip_move ms[GRIP_MOVES_MAX];
			size_t n = grip_objective_moves(g, o, ms);
			assert_int_equal(g->err.code, GRIP_OK);
			for (size_t t = 0; t < N_STATUSES; t++) {
				assert_int_equal(grip_begin(g, true), 0);
				int rc = grip_objective_set_status(g, id, statuses[t], "because");
				grip_rollback(g);
				g->err = (struct grip_error){ 0 };
				if ((rc == 0) != offered(ms, n, statuses[t]))
					fail_msg("%s moving %s to %s: offered %d, accepted %d", actors[a]->email,
						 statuses[s], statuses[t], offered(ms, n, statuses[t]), rc == 0);
			}
		}
	}
}

static void test_who_gets_which_moves(void **state)
{
	struct world *w = *state;
	struct grip *g = &w->f->g;
	int64_t id = objective_at(w, "draft");
	struct grip_move ms[GRIP_MOVES_MAX];
	g->actor = w->member;
	struct grip_objective *o = grip_objective_get(g, id, NULL);
	size_t n = grip_objective_moves(g, o, ms);
	/* A member proposes or drops; approving and activating are the lead's. */
	assert_int_equal(n, 2);
	assert_string_equal(grip_objective_status_name(ms[0].to), "proposed");
	assert_string_equal(grip_objective_status_name(ms[1].to), "dropped");
	assert_true(ms[1].needs_reason);
	g->actor = w->lead;
	n = grip_objective_moves(g, o, ms);
	assert_true(offered(ms, n, "approved") && offered(ms, n, "active"));
	for (size_t i = 0; i < n; i++)
		assert_int_equal(ms[i].lead_call, ms[i].to == GRIP_OBJECTIVE_APPROVED || ms[i].to == GRIP_OBJECTIVE_ACTIVE);
	g->actor = w->viewer;
	assert_int_equal(grip_objective_moves(g, o, ms), 0);
	/* A dropped one goes nowhere. */
	g->actor = w->admin;
	assert_int_equal(grip_objective_moves(g, grip_objective_get(g, objective_at(w, "dropped"), NULL), ms), 0);
}

static void test_reason_required(void **state)
{
	struct world *w = *state;
	struct grip *g = &w->f->g;
	int64_t id = objective_at(w, "active");
	assert_int_equal(grip_objective_set_status(g, id, "dropped", NULL), -1);
	assert_int_equal(g->err.code, GRIP_EINVAL);
	assert_string_equal(g->err.field, "reason");
	assert_int_equal(grip_objective_set_status(g, id, "missed", ""), -1);
	assert_string_equal(grip_objective_status_name(grip_objective_get(g, id, NULL)->status), "active");
	assert_int_equal(grip_objective_set_status(g, id, "achieved", NULL), 0);
}

static void test_closed_cycle_offers_nothing(void **state)
{
	struct world *w = *state;
	struct grip *g = &w->f->g;
	g->actor = w->admin;
	int64_t id = objective(g, "Q3", "active");
	struct grip_cycle *q3 = grip_cycle_by_name(g, "Q3");
	assert_non_null(q3);
	assert_int_equal(grip_cycle_close(g, q3->id, "unscored: closed for the test"), 0);
	struct grip_move ms[GRIP_MOVES_MAX];
	struct grip_objective *o = grip_objective_get(g, id, NULL);
	assert_int_equal(grip_objective_moves(g, o, ms), 0);
	assert_false(grip_may_delete_objective(g, o, NULL));
}

static void test_delete_or_drop(void **state)
{
	struct world *w = *state;
	struct grip *g = &w->f->g;
	g->actor = w->admin;
	int64_t parent = 0;
	{
		struct grip_objective_new n = { .title = "Be easy", .cycle_name = "Q4", .layer = "strategic",
						.unit_name = "Acme" };
		parent = grip_objective_add(g, &n)->id;
	}
	int64_t id = objective(g, "Q4", "draft");
	assert_int_equal(grip_objective_align(g, id, parent), 0);
	struct grip_kr_new kr = { .title = "Signups", .baseline = 0, .target = 10, .weight = 1 };
	assert_non_null(grip_kr_add(g, id, &kr));
	assert_non_null(grip_initiative_add(g, id, "Try it", NULL, NULL, 0));
	const char *why = NULL;
	struct grip_objective *o = grip_objective_get(g, id, NULL);
	assert_true(grip_may_delete_objective(g, o, &why));
	/* The viewer may not; the answer leaves no error behind. */
	g->actor = w->viewer;
	assert_false(grip_may_delete_objective(g, o, &why));
	assert_non_null(why);
	assert_int_equal(g->err.code, GRIP_OK);
	g->actor = w->admin;
	assert_int_equal(grip_objective_delete(g, id), 0);
	assert_int_equal(tmpdb_count(g, "SELECT COUNT(*) FROM key_results"), 0);
	assert_int_equal(tmpdb_count(g, "SELECT COUNT(*) FROM initiatives"), 0);
	assert_int_equal(tmpdb_count(g, "SELECT COUNT(*) FROM alignments"), 0);
	assert_null(grip_objective_get(g, id, NULL));
	/* Its id is not given again. */
	int64_t next = objective(g, "Q4", "draft");
	assert_true(next > id);
	/* Proposed and returned: seen, so dropped instead. */
	assert_int_equal(grip_objective_set_status(g, next, "proposed", NULL), 0);
	assert_int_equal(grip_objective_set_status(g, next, "draft", NULL), 0);
	assert_false(grip_may_delete_objective(g, grip_objective_get(g, next, NULL), &why));
	assert_int_equal(grip_objective_delete(g, next), -1);
	assert_int_equal(g->err.code, GRIP_ECONFLICT);
	/* Checked in on: dropped instead. */
	int64_t checked = objective(g, "Q4", "draft");
	assert_non_null(grip_checkin_add(g, checked, 7, NULL, 0, NULL, NULL, NULL));
	assert_int_equal(grip_objective_delete(g, checked), -1);
	assert_int_equal(g->err.code, GRIP_ECONFLICT);
}

/* The alignment chooser offers exactly what grip_objective_align takes. */
static void test_align_choices_agree(void **state)
{
	struct world *w = *state;
	struct grip *g = &w->f->g;
	g->actor = w->admin;
	struct grip_objective_new s1 = { .title = "Company", .cycle_name = "Q4", .layer = "strategic", .unit_name = "Acme" };
	struct grip_objective_new s3 = { .title = "Last quarter", .cycle_name = "Q3", .layer = "strategic", .unit_name = "Acme" };
	int64_t top = grip_objective_add(g, &s1)->id;
	assert_non_null(grip_objective_add(g, &s3));
	int64_t team = objective(g, "Q4", "draft"), other = objective(g, "Q4", "draft");
	assert_int_equal(grip_objective_align(g, other, top), 0);
	for (int pass = 0; pass < 2; pass++) {
		g->actor = pass ? w->member : w->admin;
		struct grip_objective *o = grip_objective_get(g, team, NULL);
		struct grip_objective **cs;
		size_t n;
		assert_int_equal(grip_objective_align_choices(g, o, &cs, &n), 0);
		assert_int_equal(n, 1); /* the Q4 strategic one: not Q3's, not a team objective, not itself */
		assert_int_equal(cs[0]->id, top);
		for (int64_t id = 1; id <= other; id++) {
			bool in = false;
			for (size_t i = 0; i < n; i++)
				in |= cs[i]->id == id;
			assert_int_equal(grip_begin(g, true), 0);
			int rc = grip_objective_align(g, team, id);
			grip_rollback(g);
			g->err = (struct grip_error){ 0 };
			if ((rc == 0) != in)
				fail_msg("aligning %lld to %lld: offered %d, accepted %d", (long long)team, (long long)id, in,
					 rc == 0);
		}
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table),
		cmocka_unit_test_setup_teardown(test_moves_agree_with_set_status, setup, teardown),
		cmocka_unit_test_setup_teardown(test_who_gets_which_moves, setup, teardown),
		cmocka_unit_test_setup_teardown(test_reason_required, setup, teardown),
		cmocka_unit_test_setup_teardown(test_closed_cycle_offers_nothing, setup, teardown),
		cmocka_unit_test_setup_teardown(test_delete_or_drop, setup, teardown),
		cmocka_unit_test_setup_teardown(test_align_choices_agree, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
