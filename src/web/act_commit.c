/*
 * act_commit.c — the actions of My week's commitment forms (page_week.c):
 * write one for this week, change it, delete it, close it. Each hands the
 * form's fields to the core, which decides, and comes back to My week (naming the
 * commitment just written, whose hints it then shows: coach_view.c); a
 * refusal shows My week again with the form that was sent.
 */
#include "web/web.h"

#include "util/num.h"

int act_commit_add(struct web_request *r)
{
	struct grip *g = r->g;
	const char *text = web_field(r, "text"), *goal = web_field(r, "goal"), *shared = web_field(r, "shared");
	int64_t objective_id = 0;
	if (goal && *goal && (!parse_i64(goal, &objective_id) || objective_id <= 0))
		return grip_fail(g, GRIP_EINVAL, "goal", "choose one of the objectives offered");
	struct grip_commitment *c = grip_commit_add(g, g->actor->email, text ? text : "", NULL, objective_id,
						    shared && *shared); /* NULL: this week, as the core counts weeks */
	if (!c)
		return -1;
	return web_redirect(r, "/?saved=commitment-%lld", (long long)c->id);
}

int act_commit_edit(struct web_request *r)
{
	int64_t id;
	const char *goal = web_field(r, "goal"), *shared = web_field(r, "shared"), *text = web_field(r, "text");
	struct grip_commit_edit e = { .text = text ? text : "", .objective_id = 0, .shared = shared && *shared };
	if (web_param_id(r, 0, &id) < 0)
		return -1;
	if (goal && *goal && (!parse_i64(goal, &e.objective_id) || e.objective_id <= 0))
		return grip_fail(r->g, GRIP_EINVAL, "goal", "choose one of the objectives offered");
	if (grip_commit_edit(r->g, id, &e) < 0)
		return -1;
	return web_redirect(r, "/?saved=commitment-%lld", (long long)id);
}

int act_commit_delete(struct web_request *r)
{
	int64_t id;
	if (web_param_id(r, 0, &id) < 0 || grip_commit_delete(r->g, id) < 0)
		return -1;
	return web_redirect(r, "/");
}

int act_commit_close(struct web_request *r)
{
	int64_t id;
	const char *reflection = web_field(r, "reflection");
	if (web_param_id(r, 0, &id) < 0 ||
	    grip_commit_close(r->g, id, web_field(r, "status"), reflection && *reflection ? reflection : NULL) < 0)
		return -1;
	return web_redirect(r, "/");
}
