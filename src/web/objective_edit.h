/*
 * objective_edit.h — the controls that change an objective and what hangs
 * off it (its fields, status, alignments, initiatives, dependencies), and
 * the pages and actions behind them. The objective's page calls the
 * *_controls and *_form functions where it lists each thing; each writes
 * nothing unless the core says the actor may use it. A refused action shows
 * the objective's page again, with the error in the form that was sent.
 *
 *   page_objective_edit.c   the edit page, status moves, delete
 *   page_objective_align.c  alignments added and removed
 *   page_initiative.c       initiatives added, edited, moved, deleted
 *   page_dependency.c       dependencies added, edited, moved, deleted
 */
#ifndef GRIP_WEB_OBJECTIVE_EDIT_H
#define GRIP_WEB_OBJECTIVE_EDIT_H

#include "web/web.h"

/* Value/label pairs for form_select, in the arena. */
struct edit_options {
	const char **items;
	size_t n, cap;
};
int edit_options_init(struct web_request *r, struct edit_options *o, size_t cap);
void edit_option(struct edit_options *o, const char *value, const char *label);
/* An action's path for an entity: "/objectives/5/status/dropped", in the
 * arena; NULL (and the page marked failed) when out of memory. */
__attribute__((format(printf, 2, 3))) const char *edit_path(struct web_request *r, const char *fmt, ...);
/* A form of one button (class "revoke": inline), posting to action and
 * shown again on `back` if refused; label is the button's text, aria its
 * accessible name when the text alone is ambiguous (or NULL). */
void edit_button_form(struct web_request *r, const char *action, const char *back, const char *label,
		      const char *aria);
/* An edit page's head (kicker, "Edit “title”", a link back to the
 * objective), its card and its form opened; false when action is NULL.
 * edit_page_close adds "Save changes" and closes them. */
bool edit_page_open(struct web_request *r, const char *kicker, const char *title, int64_t objective_id,
		    const char *action);
void edit_page_close(struct web_request *r);
/* A posted text field, NULL when absent or empty. */
const char *edit_field(struct web_request *r, const char *name);

/* The objective's page (page_objective.c) calls these. */
/* Above the page, when one of these forms was refused: what went wrong
 * (the form itself shows it again beside its field). */
void objective_edit_refused(struct web_request *r);
void objective_edit_link(struct web_request *r, const struct grip_objective *o, const struct grip_cycle *c);
void objective_status_controls(struct web_request *r, const struct grip_objective *o);
void alignment_remove_control(struct web_request *r, const struct grip_objective *o, const struct grip_objective *parent,
			      const struct grip_cycle *c);
void alignment_add_form(struct web_request *r, const struct grip_objective *o, const struct grip_cycle *c);
/* A table row under the initiative's own (four columns): its controls. */
void initiative_controls(struct web_request *r, const struct grip_objective *o, const struct grip_initiative *it);
void initiative_add_form(struct web_request *r, const struct grip_objective *o);
void dependency_controls(struct web_request *r, const struct grip_objective *o, const struct grip_dependency *d);
void dependency_add_form(struct web_request *r, const struct grip_objective *o);

/* Pages and actions (web.c's page table). */
int page_objective_edit(struct web_request *r);
int act_objective_edit(struct web_request *r);
int act_objective_move(struct web_request *r);
int act_objective_delete(struct web_request *r);
int act_objective_align(struct web_request *r);
int act_objective_unalign(struct web_request *r);
int act_initiative_add(struct web_request *r);
int page_initiative_edit(struct web_request *r);
int act_initiative_edit(struct web_request *r);
int act_initiative_move(struct web_request *r);
int act_initiative_delete(struct web_request *r);
int act_dependency_add(struct web_request *r);
int page_dependency_edit(struct web_request *r);
int act_dependency_edit(struct web_request *r);
int act_dependency_move(struct web_request *r);
int act_dependency_delete(struct web_request *r);

#endif
