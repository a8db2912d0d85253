/*
 * page_week.c — "My week", the page a person lands on: their objectives in
 * the cycles still open, with progress, light and flags; the check-ins due
 * this week; this week's commitment and the form to write it; commitments
 * of earlier weeks still to close; and the last few closed. Adding,
 * editing, deleting and closing a commitment are its actions
 * (act_commit.c); all come back here. Which check-ins are due, and who may
 * change or delete a commitment, the core decides (grip_checkin_due,
 * grip_may_change_commitment, grip_may_delete_commitment).
 *
 * The page reads one list of objectives (grip_objective_mine) and one of
 * commitments (the actor's, every week), and sorts them in memory.
 */
#include "web/web.h"

#include <stdio.h>
#include <string.h>

#include "util/date.h"

#define RECENT_CLOSED 5

/* What the page knows about this week. */
struct week {
	char iso[WEEK_LEN];   /* 2026-W48 */
	char monday[DATE_LEN]; /* its first day (a Monday unless the org's week starts on another day) */
	int32_t first, last; /* its first and last day, as day numbers */
};

/* The org's week holding today, by its time zone and week start. */
static void week_now(struct web_request *r, struct week *w)
{
	struct grip_week gw;
	if (grip_org_week(r->g, grip_today(r->g), &gw) < 0) { /* the org unread: ISO's week */
		r->g->err = (struct grip_error){ 0 };
		struct iso_week iw = week_of(grip_today(r->g));
		gw.first = week_monday(iw);
		gw.last = gw.first + 6;
		week_format(iw, gw.iso);
	}
	memcpy(w->iso, gw.iso, sizeof w->iso);
	w->first = gw.first;
	w->last = gw.last;
	date_format(w->first, w->monday);
}

/* "Monday 23 November to Sunday 29 November 2026" */
static void week_dates(struct html *h, const struct week *w)
{
	static const char *const months[] = { "January", "February", "March", "April", "May", "June", "July",
					      "August", "September", "October", "November", "December" };
	int y1, m1, d1, y2, m2, d2;
	date_to_civil(w->first, &y1, &m1, &d1);
	date_to_civil(w->last, &y2, &m2, &d2);
	const char *from = grip_weekday_name(date_weekday(w->first)), *to = grip_weekday_name(date_weekday(w->last));
	if (y1 != y2)
		html_f(h, "%s %d %s %d to %s %d %s %d", from, d1, months[m1 - 1], y1, to, d2, months[m2 - 1], y2);
	else
		html_f(h, "%s %d %s to %s %d %s %d", from, d1, months[m1 - 1], to, d2, months[m2 - 1], y2);
}

/* ---- my objectives and check-ins due ---- */

static void objective_flags(struct html *h, const struct grip_objective *o)
{
	view_pace(h, o);
	if (o->stale)
		html_raw(h, "<span class=\"flag stale\">no recent check-in</span>");
}

static void objective_where(struct html *h, const struct grip_objective *o)
{
	html_f(h, "<span class=\"layer\">%s · %s%s%s</span>", grip_layer_name(o->layer), o->unit_name ? o->unit_name : "",
	       o->unit_name ? " · " : "", o->cycle_name);
}

static void my_objectives(struct web_request *r, struct grip_objective **os, size_t n, bool writer)
{
	struct html *h = &r->body;
	html_raw(h, "<section class=\"card\" aria-labelledby=\"my-objectives\"><div class=\"page-head\">"
		    "<h2 id=\"my-objectives\">My objectives</h2>");
	if (writer)
		html_raw(h, "<a href=\"/objectives/new\">New objective</a>");
	html_raw(h, "</div>");
	if (!n) {
		html_raw(h, "<p class=\"muted\">You have no objectives in the cycles now open, and none of your units"
			    " has one yet.</p></section>");
		return;
	}
	html_raw(h, "<ul class=\"plain\">");
	for (size_t i = 0; i < n; i++) {
		const struct grip_objective *o = os[i];
		html_raw(h, "<li class=\"objective-row\"><div>");
		objective_where(h, o);
		html_raw(h, "<br>");
		view_objective_link(h, o);
		html_raw(h, "</div><div class=\"figures\">");
		view_progress(h, o->progress, arena_printf(r->g->arena, "Progress of %s", o->title));
		view_light(h, o->light);
		objective_flags(h, o);
		html_raw(h, "</div></li>");
	}
	html_raw(h, "</ul></section>");
}

static void checkins_due(struct web_request *r, struct grip_objective **os, size_t n)
{
	struct html *h = &r->body;
	html_raw(h, "<section class=\"card\" aria-labelledby=\"checkins-due\"><h2 id=\"checkins-due\">Check-ins due</h2>");
	size_t due = 0;
	for (size_t i = 0; i < n; i++) {
		const struct grip_objective *o = os[i];
		if (!grip_checkin_due(r->g, o))
			continue;
		if (!due++)
			html_raw(h, "<ul class=\"plain due\">");
		html_raw(h, "<li>");
		view_objective_link(h, o);
		if (o->last_checkin)
			html_f(h, " <span class=\"muted\">last check-in %s</span>",
			       arena_strndup(r->g->arena, o->last_checkin, DATE_LEN - 1));
		else
			html_raw(h, " <span class=\"muted\">no check-in yet</span>");
		html_f(h, " <a class=\"act\" href=\"/objectives/%lld/checkin\" aria-label=\"Check in on %s\">Check in</a></li>",
		       (long long)o->id, o->title);
	}
	if (due)
		html_raw(h, "</ul>");
	else if (n)
		html_raw(h, "<p class=\"muted\">Nothing due: every objective you check in on has a check-in this week.</p>");
	else
		html_raw(h, "<p class=\"muted\">Nothing to check in on.</p>");
	html_raw(h, "</section>");
}

/* ---- commitments ---- */

static const char *const closing_options[] = { "done", "Done", "partial", "Partly done", "missed", "Missed" };

static const char *status_word(enum grip_commit_status status)
{
	if (status == GRIP_COMMIT_DONE)
		return "done";
	if (status == GRIP_COMMIT_PARTIAL)
		return "partly done";
	if (status == GRIP_COMMIT_MISSED)
		return "missed";
	return "open";
}

static const char *objective_title(struct grip_objective **os, size_t n, int64_t id)
{
	for (size_t i = 0; i < n; i++)
		if (os[i]->id == id)
			return os[i]->title;
	return NULL;
}

/* What a commitment serves: a link to its objective. */
static void commitment_goal(struct web_request *r, const struct grip_commitment *c, struct grip_objective **os,
			    size_t n)
{
	struct html *h = &r->body;
	if (!c->objective_id) {
		html_raw(h, " <span class=\"muted\">linked to nothing yet</span>");
		return;
	}
	const char *title = objective_title(os, n, c->objective_id);
	html_f(h, " <span class=\"muted\">for</span> <a href=\"/objectives/%lld\">", (long long)c->objective_id);
	if (title)
		html_text(h, title);
	else
		html_f(h, "objective %lld", (long long)c->objective_id);
	html_raw(h, "</a>");
}

/* The small form that closes one commitment; its legend names it. */
static void close_form(struct web_request *r, const struct grip_commitment *c)
{
	const char *action = arena_printf(r->g->arena, "/commitments/%lld/close", (long long)c->id);
	if (!action) {
		r->body.sb.failed = true;
		return;
	}
	form_open(r, action, "form close-form");
	form_back(r, "/");
	html_f(&r->body, "<fieldset><legend>%s, %s</legend><div class=\"inline\">", c->week, c->text);
	form_select(r, "status", "How did it go?", "done", closing_options, 3);
	form_input(r, "text", "reflection", "Reflection", NULL, NULL, false);
	form_submit(r, "Close commitment", "primary");
	html_raw(&r->body, "</div></fieldset>");
	form_close(r);
}

/* Was the refused action this one (close, edit, delete) on this commitment? */
static bool refused(struct web_request *r, const struct grip_commitment *c, const char *action)
{
	char path[64];
	snprintf(path, sizeof path, "/commitments/%lld/%s", (long long)c->id, action);
	return r->failed && strcmp(r->path, path) == 0;
}

/* The objectives a commitment may serve: the actor's own and their units'
 * (all of "my objectives"), as select options with "Nothing yet" first. */
static const char **goal_options(struct web_request *r, struct grip_objective **os, size_t n)
{
	const char **opts = arena_calloc(r->g->arena, 2 * (n + 2), sizeof *opts); /* and one spare pair */
	if (!opts)
		return NULL;
	opts[0] = "";
	opts[1] = "Nothing yet";
	for (size_t i = 0; i < n; i++) {
		opts[2 * i + 2] = arena_printf(r->g->arena, "%lld", (long long)os[i]->id);
		opts[2 * i + 3] = arena_printf(r->g->arena, "%s (%s)", os[i]->title, grip_layer_name(os[i]->layer));
		if (!opts[2 * i + 2] || !opts[2 * i + 3])
			return NULL;
	}
	return opts;
}

/* Does the person have a group's objective among theirs (the shared flag's place)? */
static bool in_group(struct grip_objective **os, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (os[i]->layer == GRIP_LAYER_GROUP || os[i]->layer == GRIP_LAYER_MEMBER)
			return true;
	return false;
}

/* The form that changes an open commitment of this week: its text, link and sharing. */
static void edit_form(struct web_request *r, const struct grip_commitment *c, struct grip_objective **os,
		      size_t n)
{
	const char **opts = goal_options(r, os, n);
	const char *action = arena_printf(r->g->arena, "/commitments/%lld/edit", (long long)c->id);
	const char *goal = c->objective_id ? arena_printf(r->g->arena, "%lld", (long long)c->objective_id) : "";
	if (!opts || !action || !goal) {
		r->body.sb.failed = true;
		return;
	}
	size_t k = n + 1;
	if (c->objective_id && !objective_title(os, n, c->objective_id)) { /* keep a link not among theirs */
		opts[2 * k] = goal;
		opts[2 * k + 1] = arena_printf(r->g->arena, "objective %s (as it is)", goal);
		k++;
	}
	form_open(r, action, "form stack edit-form");
	form_back(r, "/");
	r->coach = "commitment";
	form_input(r, "text", "text", "Commitment", c->text, NULL, true);
	form_select(r, "goal", "Linked to", goal, opts, k);
	if (c->shared || in_group(os, n))
		form_checkbox(r, "shared", "Share with my group", c->shared);
	form_submit(r, "Save changes", "primary");
	form_close(r);
}

/* The button that deletes a commitment (its person's, while open). */
static void delete_form(struct web_request *r, const struct grip_commitment *c)
{
	const char *action = arena_printf(r->g->arena, "/commitments/%lld/delete", (long long)c->id);
	if (!action) {
		r->body.sb.failed = true;
		return;
	}
	form_open(r, action, "form delete-form");
	form_back(r, "/");
	html_f(&r->body, "<button type=\"submit\" class=\"danger\" aria-label=\"Delete commitment: %s\">Delete"
			 "</button>", c->text);
	form_close(r);
}

/* Edit and delete, for a commitment the actor may change or delete. */
static void change_controls(struct web_request *r, const struct grip_commitment *c, struct grip_objective **os,
			    size_t n)
{
	bool edit = grip_may_change_commitment(r->g, c, NULL), del = grip_may_delete_commitment(r->g, c, NULL);
	if (!edit && !del)
		return;
	html_raw(&r->body, "<div class=\"commit-actions\">");
	if (edit) {
		html_f(&r->body, "<details%s><summary>Edit<span class=\"visually-hidden\">: %s</span></summary>",
		       refused(r, c, "edit") ? " open" : "", c->text);
		edit_form(r, c, os, n);
		html_raw(&r->body, "</details>");
	}
	if (del)
		delete_form(r, c);
	html_raw(&r->body, "</div>");
}

static void commit_form(struct web_request *r, struct grip_objective **os, size_t n, const char *last_goal)
{
	struct html *h = &r->body;
	const char **opts = goal_options(r, os, n);
	if (!opts) {
		h->sb.failed = true;
		return;
	}
	form_open(r, "/commitments", "form stack commit-form");
	form_back(r, "/");
	r->coach = "commitment";
	form_input(r, "text", "text", "Commitment", NULL, "one action you will take this week", true);
	form_select(r, "goal", "Linked to", last_goal, opts, n + 1);
	if (in_group(os, n)) /* a group's outcome, or their own in one, is among theirs */
		form_checkbox(r, "shared", "Share with my group", false);
	form_submit(r, "Commit", "primary");
	form_close(r);
}

static void this_week(struct web_request *r, struct grip_commitment **cs, size_t nc, struct grip_objective **os,
		      size_t n, const struct week *w, bool writer)
{
	struct html *h = &r->body;
	html_raw(h, "<section class=\"card\" aria-labelledby=\"this-week\"><h2 id=\"this-week\">This week's commitment</h2>");
	const char *last_goal = NULL; /* the goal of the latest commitment, offered again */
	size_t mine = 0;
	for (size_t i = 0; i < nc; i++) {
		const struct grip_commitment *c = cs[i];
		if (c->objective_id)
			last_goal = arena_printf(r->g->arena, "%lld", (long long)c->objective_id);
		if (strcmp(c->week, w->iso) != 0)
			continue;
		if (!mine++)
			html_raw(h, "<ul class=\"plain commitments\">");
		html_f(h, "<li><strong>%s</strong>", c->text);
		commitment_goal(r, c, os, n);
		html_f(h, " <span class=\"badge\">%s</span>", status_word(c->status));
		if (c->shared)
			html_raw(h, " <span class=\"badge\">shared</span>");
		coach_commitment_hints(r, c);
		change_controls(r, c, os, n);
		if (writer && c->status == GRIP_COMMIT_OPEN) {
			html_f(h, "<details%s><summary>Close it now</summary>", refused(r, c, "close") ? " open" : "");
			close_form(r, c);
			html_raw(h, "</details>");
		}
		html_raw(h, "</li>");
	}
	if (mine)
		html_raw(h, "</ul>");
	else
		html_raw(h, "<p class=\"muted\">You have not written a commitment for this week yet.</p>");
	if (writer)
		commit_form(r, os, n, last_goal);
	else
		html_raw(h, "<p class=\"notice\">You can read the goals of the organisation; commitments are written by"
			    " its members.</p>");
	html_raw(h, "</section>");
}

static void to_close(struct web_request *r, struct grip_commitment **cs, size_t nc, struct grip_objective **os,
		     size_t n, const struct week *w, bool writer)
{
	struct html *h = &r->body;
	size_t open = 0;
	for (size_t i = 0; i < nc; i++) {
		const struct grip_commitment *c = cs[i];
		if (strcmp(c->week, w->iso) >= 0 || c->status != GRIP_COMMIT_OPEN)
			continue;
		if (!open++)
			html_raw(h, "<section class=\"card\" aria-labelledby=\"to-close\"><h2 id=\"to-close\">To close</h2>"
				    "<p class=\"muted\">Commitments of earlier weeks still open. Say how each went; an open"
				    " one counts as missed.</p><ul class=\"plain commitments\">");
		html_f(h, "<li><strong>%s</strong>", c->text);
		commitment_goal(r, c, os, n);
		if (writer)
			close_form(r, c);
		html_raw(h, "</li>");
	}
	if (open)
		html_raw(h, "</ul></section>");
}

static void recently_closed(struct web_request *r, struct grip_commitment **cs, size_t nc,
			    struct grip_objective **os, size_t n)
{
	struct html *h = &r->body;
	size_t shown = 0;
	for (size_t i = nc; i-- > 0 && shown < RECENT_CLOSED;) {
		const struct grip_commitment *c = cs[i];
		if (c->status == GRIP_COMMIT_OPEN)
			continue;
		if (!shown++)
			html_raw(h, "<section class=\"card\" aria-labelledby=\"closed\"><h2 id=\"closed\">Recently closed</h2>"
				    "<ul class=\"plain commitments\">");
		html_f(h, "<li><span class=\"muted\">%s</span> %s", c->week, c->text);
		commitment_goal(r, c, os, n);
		html_f(h, " <span class=\"status %s\">%s</span>", grip_commit_status_name(c->status), status_word(c->status));
		if (c->reflection && *c->reflection)
			html_f(h, "<br><span class=\"muted\">%s</span>", c->reflection);
		html_raw(h, "</li>");
	}
	if (shown)
		html_raw(h, "</ul></section>");
}

/* A refused action whose form this page does not show (a commitment
 * closed meanwhile, or not the actor's): its message goes at the top. */
static void refusal_elsewhere(struct web_request *r, struct grip_commitment **cs, size_t nc, const struct week *w,
			      bool writer)
{
	if (!r->failed)
		return;
	bool shown = writer && strcmp(r->path, "/commitments") == 0;
	for (size_t i = 0; writer && !shown && i < nc; i++) {
		const struct grip_commitment *c = cs[i];
		bool this_week = strcmp(c->week, w->iso) == 0;
		shown = (c->status == GRIP_COMMIT_OPEN && refused(r, c, "close")) ||
			(this_week && refused(r, c, "edit") && grip_may_change_commitment(r->g, c, NULL)) ||
			(this_week && refused(r, c, "delete") && grip_may_delete_commitment(r->g, c, NULL));
	}
	if (!shown)
		html_f(&r->body, "<p class=\"error-summary\" role=\"alert\">%s</p>", r->failed->message);
}

int page_week(struct web_request *r)
{
	struct grip *g = r->g;
	r->title = "My week";
	r->nav = "week";
	struct week w;
	week_now(r, &w);
	struct grip_objective **os;
	size_t n;
	struct grip_commitment **cs;
	size_t nc;
	if (grip_objective_mine(g, &os, &n) < 0 || grip_commit_list(g, g->actor->email, NULL, &cs, &nc) < 0)
		return -1;
	bool writer = grip_may_write(g, NULL);
	struct html *h = &r->body;
	html_f(h, "<div class=\"page-head\"><h1>My week <span class=\"muted\">%s</span></h1><p class=\"muted\">", w.iso);
	week_dates(h, &w);
	html_raw(h, "</p></div>");
	refusal_elsewhere(r, cs, nc, &w, writer);
	week_due_now(r);
	week_returned(r);
	my_objectives(r, os, n, writer);
	checkins_due(r, os, n);
	this_week(r, cs, nc, os, n, &w, writer);
	to_close(r, cs, nc, os, n, &w, writer);
	recently_closed(r, cs, nc, os, n);
	return 0;
}
