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
