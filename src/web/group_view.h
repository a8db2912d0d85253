/*
 * group_view.h — the pieces of a group's page, which is drawn by three
 * files: page_group.c (the list of groups, the programme, the outcomes and
 * the members' outcomes), page_group_board.c (the commitment board,
 * completion, drifting members, chains) and page_group_lead.c (what only
 * the group's lead and admins see and do).
 */
#ifndef GRIP_WEB_GROUP_VIEW_H
#define GRIP_WEB_GROUP_VIEW_H

#include "web/web.h"

/* A person's name, or their email when they have none. */
const char *group_person_name(const struct grip_person *p);
/* A rate as a whole percentage, "–" when there is none (negative). */
void group_rate(struct html *h, double r);
/* The board, completion, drifting members and chains. */
int group_board_sections(struct web_request *r, const struct grip_group_report *rep);
/* The lead's tools, for those who may use them (rep NULL: no programme). */
int group_lead_tools(struct web_request *r, const struct grip_unit *u, const struct grip_group_report *rep);

#endif
