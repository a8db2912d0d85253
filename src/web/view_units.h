/*
 * view_units.h — pieces shared by the units list, the unit dashboard and
 * the strategy tree: which cycles a page shows (?cycle=NAME, else the
 * running ones) and the small form that chooses it, people's names looked
 * up once per request, unit kinds in words, and an objective's flags.
 * Everything here allocates in the request's arena.
 */
#ifndef GRIP_WEB_VIEW_UNITS_H
#define GRIP_WEB_VIEW_UNITS_H

#include "web/web.h"

/* The quarters and years a page shows. Programmes are a group's and are
 * shown on its page, not here. */
struct cycle_pick {
	struct grip_cycle **cycles; /* the org's quarters and years, oldest first */
	size_t n;
	bool *shown;                /* parallel to cycles */
	size_t n_shown;
	const char *asked;          /* ?cycle when it names one of them, else NULL */
	const char *unknown;        /* ?cycle when it names none of them, else NULL */
};

/* Reads ?cycle and the org's cycles. With no (known) choice the running
 * cycles are shown; when none runs, the latest one. */
int cycle_pick_init(struct web_request *r, struct cycle_pick *p);
bool cycle_pick_shows(const struct cycle_pick *p, int64_t cycle_id);
/* The GET form "Cycle" [select] "Show" to the page at action, and a line
 * saying which cycles are shown. */
void cycle_pick_form(struct web_request *r, const struct cycle_pick *p, const char *action);
/* The visible objectives of the shown cycles (of one unit when unit_name
 * is not NULL): one list call per shown cycle, usually one. */
int cycle_pick_objectives(struct web_request *r, const struct cycle_pick *p, const char *unit_name,
			  struct grip_objective ***out, size_t *n);

/* People's names, each fetched once per request. */
struct person_names {
	struct grip_person **people;
	size_t n, cap;
};
#define PERSON_NAMES_INIT { 0 }
/* The person's name (their email when they have none); NULL for id 0 or
 * someone not found. */
const char *person_name(struct web_request *r, struct person_names *c, int64_t id);

/* The index of the item with this id in items sorted by id (id_of reads
 * an item's id), or n when there is none. */
size_t find_by_id(void *const *items, size_t n, int64_t id, int64_t (*id_of)(const void *item));

/* "Business unit" for "business_unit"; the kind itself when unknown. */
const char *unit_kind_label(enum grip_unit_kind kind);
/* The page of a unit: a group's page for a group, else its dashboard. */
void unit_link(struct html *h, const struct grip_unit *u);
/* "at risk" and "stale" as words in flags; nothing for neither. */
void view_flags(struct html *h, const struct grip_objective *o);
/* "YYYY-MM-DD" of a stored date-time, in the arena. */
const char *day_of(struct web_request *r, const char *datetime);
/* Today as "YYYY-MM-DD", in the arena. */
const char *today_of(struct web_request *r);

/* The controls of a unit's page (page_unit_edit.c), each drawn only when
 * the core would allow its change: the form that changes the unit (and
 * deletes it), adding a member, recording that one left. */
int unit_controls(struct web_request *r, const struct grip_unit *u);
int unit_member_add_form(struct web_request *r, const struct grip_unit *u);
void unit_member_leave_control(struct web_request *r, const struct grip_unit *u, int64_t person_id, const char *name);
/* The controls in a row of the admin page (page_admin_rows.c). */
void admin_person_controls(struct web_request *r, const struct grip_person *p);
void admin_cycle_controls(struct web_request *r, const struct grip_cycle *c);

#endif
