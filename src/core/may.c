/*
 * may.c — the questions a face asks before it shows a control: "may this
 * person edit this objective?", "may they check in on it?". Each answers
 * true or false and leaves g->err as it was, so a page can ask as often as
 * it likes and still report the error of the change it is handling.
 *
 * The answers come from the same rules the writes enforce (perm.c and the
 * concept files): a control is shown exactly when the write behind it
 * would be allowed, and a face never decides for itself.
 */
#include "core/internal.h"

#include <string.h>

/* Runs one of the grip_require_* rules as a question: its error, if any,
 * becomes *why (when asked for, in the arena) and is forgotten. */
static bool ask(struct grip *g, int verdict, const struct grip_error *saved, const char **why)
{
	if (why)
		*why = verdict == 0 ? NULL : grip_strdup(g, g->err.message);
	g->err = *saved;
	return verdict == 0;
}

bool grip_may_write(struct grip *g, const char **why)
{
	struct grip_error saved = g->err;
	return ask(g, grip_require_writer(g), &saved, why);
}

bool grip_may_admin(struct grip *g, const char **why)
{
	struct grip_error saved = g->err;
	return ask(g, grip_require_admin(g), &saved, why);
}

bool grip_may_edit_objective(struct grip *g, const struct grip_objective *o, const char **why)
{
	struct grip_error saved = g->err;
	return ask(g, grip_require_objective_write(g, o), &saved, why);
}

bool grip_may_checkin(struct grip *g, const struct grip_objective *o, const char **why)
{
	struct grip_error saved = g->err;
	return ask(g, grip_require_checkin(g, o), &saved, why);
}

bool grip_may_act_for(struct grip *g, int64_t person_id, const char **why)
{
	struct grip_error saved = g->err;
	return ask(g, grip_require_self_or_lead(g, person_id), &saved, why);
}

bool grip_may_review(struct grip *g, const struct grip_objective *o, const char *decision, const char **why)
{
	struct grip_error saved = g->err;
	return ask(g, review_require_possible(g, o, decision), &saved, why);
}

bool grip_may_lead_group(struct grip *g, const struct grip_unit *u, const char **why)
{
	struct grip_error saved = g->err;
	return ask(g, group_require_lead(g, u, "does that"), &saved, why);
}

bool grip_may_edit_person(struct grip *g, int64_t person_id, const char **why)
{
	struct grip_error saved = g->err;
	return ask(g, person_require_edit(g, person_id, false), &saved, why);
}

bool grip_may_see_notices(struct grip *g, int64_t person_id, const char **why)
{
	struct grip_error saved = g->err;
	return ask(g, notices_require_read(g, person_id), &saved, why);
}

bool grip_may_set_notices(struct grip *g, int64_t person_id, const char **why)
{
	struct grip_error saved = g->err;
	return ask(g, notices_require_edit(g, person_id), &saved, why);
}

bool grip_may_invite(struct grip *g, const struct grip_person *p, const char **why)
{
	struct grip_error saved = g->err;
	return ask(g, account_require_invite(g, p), &saved, why);
}

bool grip_may_edit_unit(struct grip *g, const struct grip_unit *u, const char **why)
{
	struct grip_error saved = g->err;
	return ask(g, unit_require_edit(g, u), &saved, why);
}

bool grip_may_delete_unit(struct grip *g, const struct grip_unit *u, const char **why)
{
	struct grip_error saved = g->err;
	return ask(g, unit_check_delete(g, u), &saved, why);
}

bool grip_may_manage_members(struct grip *g, int64_t unit_id, const char **why)
{
	struct grip_error saved = g->err;
	return ask(g, unit_require_manager(g, unit_id), &saved, why);
}

bool grip_may_edit_cycle(struct grip *g, const struct grip_cycle *c, const char **why)
{
	struct grip_error saved = g->err;
	return ask(g, cycle_check_edit(g, c), &saved, why);
}

bool grip_may_delete_cycle(struct grip *g, const struct grip_cycle *c, const char **why)
{
	struct grip_error saved = g->err;
	return ask(g, cycle_check_delete(g, c), &saved, why);
}

bool grip_may_mark_left(struct grip *g, const struct grip_person *p, const char **why)
{
	struct grip_error saved = g->err;
	return ask(g, person_check_leave(g, p), &saved, why);
}

bool grip_may_move_unit(struct grip *g, const struct grip_unit *u, const struct grip_unit *parent, const char **why)
{
	struct grip_error saved = g->err;
	return ask(g, unit_check_move(g, u, parent), &saved, why);
}

bool grip_may_change_commitment(struct grip *g, const struct grip_commitment *c, const char **why)
{
	struct grip_error saved = g->err;
	return ask(g, require_commit_change(g, c), &saved, why);
}

bool grip_may_delete_commitment(struct grip *g, const struct grip_commitment *c, const char **why)
{
	struct grip_error saved = g->err;
	return ask(g, require_commit_delete(g, c), &saved, why);
}

bool grip_may_edit_krs(struct grip *g, int64_t objective_id, const char **why)
{
	struct grip_error saved = g->err;
	return ask(g, kr_objective_for_write(g, objective_id) ? 0 : -1, &saved, why);
}

bool grip_may_delete_kr(struct grip *g, const struct grip_kr *kr, const char **why)
{
	struct grip_error saved = g->err;
	return ask(g, kr_require_delete(g, kr), &saved, why);
}

bool grip_may_delete_objective(struct grip *g, const struct grip_objective *o, const char **why)
{
	struct grip_error saved = g->err;
	return ask(g, objective_require_deletable(g, o), &saved, why);
}

bool grip_may_change_initiatives(struct grip *g, const struct grip_objective *o, const char **why)
{
	struct grip_error saved = g->err;
	return ask(g, initiatives_require_change(g, o), &saved, why);
}

bool grip_may_edit_dependency(struct grip *g, const struct grip_dependency *d, const char **why)
{
	struct grip_error saved = g->err;
	return ask(g, dependency_require_edit(g, d), &saved, why);
}

bool grip_may_move_dependency(struct grip *g, const struct grip_dependency *d, const char **why)
{
	struct grip_error saved = g->err;
	return ask(g, dependency_require_move(g, d), &saved, why);
}

bool grip_may_review_midcycle(struct grip *g, const struct grip_objective *o, const char **why)
{
	struct grip_error saved = g->err;
	return ask(g, review_require_midcycle(g, o), &saved, why);
}

bool grip_may_have_reviews(struct grip *g)
{
	struct grip_error saved = g->err;
	bool yes = review_may_have_any(g);
	g->err = saved;
	return yes;
}

bool grip_may_carry(struct grip *g, const struct grip_objective *o, const char **why)
{
	struct grip_error saved = g->err;
	return ask(g, carry_require_possible(g, o), &saved, why);
}

bool grip_may_open_scoring(struct grip *g, const struct grip_cycle *c, const char **why)
{
	struct grip_error saved = g->err;
	return ask(g, cycle_check_scoring(g, c), &saved, why);
}

bool grip_may_close_cycle(struct grip *g, const struct grip_cycle *c, bool force, const char **why)
{
	struct grip_error saved = g->err;
	return ask(g, cycle_check_close(g, c, force), &saved, why);
}

bool grip_may_score_self(struct grip *g, const struct grip_objective *o, const struct grip_kr *kr, const char **why)
{
	struct grip_error saved = g->err;
	struct grip_cycle *c = cycle_stored(g, o->cycle_id);
	int verdict = !c ? -1 : score_require_open(g, o, c) < 0 ? -1 : score_require_self(g, o, kr->owner_id);
	return ask(g, verdict, &saved, why);
}

bool grip_may_score_lead(struct grip *g, const struct grip_objective *o, const char **why)
{
	struct grip_error saved = g->err;
	struct grip_cycle *c = cycle_stored(g, o->cycle_id);
	int verdict = !c ? -1 : score_require_open(g, o, c) < 0 ? -1 : score_require_lead(g, o);
	return ask(g, verdict, &saved, why);
}

bool grip_may_reflect(struct grip *g, const struct grip_objective *o, const char **why)
{
	struct grip_error saved = g->err;
	return ask(g, reflection_require_write(g, o), &saved, why);
}
