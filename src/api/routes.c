/*
 * routes.c — the route table of the API: every method and path, its
 * handler, what it takes and answers. server.c dispatches from it and
 * openapi.c describes it, so the document cannot drift from the server.
 */
#include "api/api.h"

#define H(fn) int fn(struct api_request *r)
H(api_health); H(api_get_openapi); H(api_signin); H(api_signout); H(api_me);
H(api_get_org); H(api_patch_org);
H(api_list_people); H(api_add_person); H(api_get_person); H(api_patch_person); H(api_person_leave);
H(api_list_units); H(api_add_unit); H(api_get_unit); H(api_patch_unit); H(api_delete_unit);
H(api_patch_cycle); H(api_delete_cycle);
H(api_list_members); H(api_add_member); H(api_member_leave);
H(api_list_cycles); H(api_add_cycle); H(api_get_cycle); H(api_open_cycle); H(api_close_cycle);
H(api_list_objectives); H(api_add_objective); H(api_get_objective); H(api_patch_objective);
H(api_objective_status); H(api_align); H(api_unalign);
H(api_group_report); H(api_group_chain); H(api_review_outcome); H(api_coach); H(api_get_prompt); H(api_put_prompt);
H(api_list_approvals);
H(api_add_kr); H(api_get_kr); H(api_patch_kr); H(api_list_values); H(api_add_value); H(api_delete_kr);
H(api_list_checkins); H(api_add_checkin);
H(api_list_initiatives); H(api_add_initiative); H(api_get_initiative); H(api_patch_initiative);
H(api_list_dependencies); H(api_add_dependency); H(api_get_dependency); H(api_patch_dependency);
H(api_delete_objective); H(api_delete_initiative); H(api_delete_dependency);
H(api_list_commitments); H(api_add_commitment); H(api_get_commitment); H(api_close_commitment);
H(api_patch_commitment); H(api_delete_commitment); H(api_checkins_due);
H(api_list_events); H(api_list_tokens); H(api_add_token); H(api_revoke_token);
H(api_list_reviews); H(api_add_review); H(api_reviews_due);
H(api_carry_objective); H(api_carry_unit);
H(api_put_score); H(api_list_scores); H(api_export_scores); H(api_open_scoring);
H(api_get_reflection); H(api_put_reflection); H(api_get_calibration);
H(api_list_notifications); H(api_read_notifications);
H(api_person_invite); H(api_password_forgot); H(api_password_set); H(api_me_password);
H(api_due);
H(api_get_calendar); H(api_add_calendar); H(api_revoke_calendar); H(api_calendar_events);
H(api_coach_check);

#define ORG "/api/v1/orgs/{org}"
#define P ROUTE_PUBLIC
#define O ROUTE_ORG
#define B ROUTE_BODY
#define L ROUTE_LIST
#define C ROUTE_CREATE

const struct api_route api_routes[] = {
	{ "GET", "/healthz", api_health, P, "Health check", "Health", NULL, NULL },
	{ "GET", "/api/v1/openapi.json", api_get_openapi, P, "This document", NULL, NULL, NULL },
	{ "POST", "/api/v1/session", api_signin, P | B | C | ROUTE_SIGNIN, "Sign in", "Me", "SignIn", NULL },
	{ "DELETE", "/api/v1/session", api_signout, 0, "Sign out", NULL, NULL, NULL },
	{ "GET", "/api/v1/me", api_me, 0, "The signed-in person and org", "Me", NULL, NULL },

	{ "GET", ORG, api_get_org, O, "The organisation", "Org", NULL, NULL },
	{ "PATCH", ORG, api_patch_org, O | B, "Change the settings, vision and strategy (admins)", "Org", "OrgPatch", NULL },
	{ "GET", ORG "/people", api_list_people, O | L, "People", "Person", NULL, NULL },
	{ "POST", ORG "/people", api_add_person, O | B | C, "Add a person", "Person", "PersonInput", NULL },
	{ "GET", ORG "/people/{id}", api_get_person, O, "A person", "Person", NULL, NULL },
	{ "PATCH", ORG "/people/{id}", api_patch_person, O | B, "Change a person", "Person", "PersonPatch", NULL },
	{ "POST", ORG "/people/{id}/leave", api_person_leave, O | B, "Mark a person as having left", "Person", "Leave", NULL },
	{ "GET", ORG "/units", api_list_units, O | L, "Units", "Unit", NULL, NULL },
	{ "POST", ORG "/units", api_add_unit, O | B | C, "Add a unit", "Unit", "UnitInput", NULL },
	{ "GET", ORG "/units/{id}", api_get_unit, O, "A unit", "Unit", NULL, NULL },
	{ "PATCH", ORG "/units/{id}", api_patch_unit, O | B, "Change a unit", "Unit", "UnitPatch", NULL },
	{ "GET", ORG "/units/{id}/members", api_list_members, O | L, "A unit's memberships", "Membership", NULL, NULL },
	{ "POST", ORG "/units/{id}/members", api_add_member, O | B | C, "Add a member", "Membership", "MemberInput", NULL },
	{ "POST", ORG "/units/{id}/members/{person_id}/leave", api_member_leave, O | B, "Record that a member left",
	  "Membership", "MemberLeave", NULL },
	{ "GET", ORG "/cycles", api_list_cycles, O | L, "Cycles", "Cycle", NULL, NULL },
	{ "POST", ORG "/cycles", api_add_cycle, O | B | C, "Add a cycle", "Cycle", "CycleInput", NULL },
	{ "GET", ORG "/cycles/{id}", api_get_cycle, O, "A cycle", "Cycle", NULL, NULL },
	{ "POST", ORG "/cycles/{id}/open", api_open_cycle, O, "Open a cycle early", "Cycle", NULL, NULL },
	{ "POST", ORG "/cycles/{id}/close", api_close_cycle, O | ROUTE_BODY_OPTIONAL,
	  "Close a cycle once every objective is scored or dropped (409 names what is missing); an admin may force it",
	  "Cycle", "CloseCycle", NULL },

	{ "GET", ORG "/objectives", api_list_objectives, O | L | ROUTE_SCOPED, "Objectives with their figures", "Objective", NULL,
	  "cycle unit layer owner status" },
	{ "POST", ORG "/objectives", api_add_objective, O | B | C, "Add an objective", "Objective", "ObjectiveInput", NULL },
	{ "GET", ORG "/objectives/{id}", api_get_objective, O | ROUTE_SCOPED, "An objective", "Objective", NULL, "as_of" },
	{ "PATCH", ORG "/objectives/{id}", api_patch_objective, O | B, "Change an objective", "Objective",
	  "ObjectivePatch", NULL },
	{ "DELETE", ORG "/objectives/{id}", api_delete_objective, O, "Delete a draft never proposed, approved or checked in on",
	  NULL, NULL, NULL },
	{ "POST", ORG "/objectives/{id}/status", api_objective_status, O | B, "Move an objective", "Objective",
	  "StatusInput", NULL },
	{ "POST", ORG "/objectives/{id}/review", api_review_outcome, O | B,
	  "Approve a proposal, or return it with a comment (a lead)", "Objective", "ReviewInput", NULL },
	{ "GET", ORG "/approvals", api_list_approvals, O | L, "What awaits your decision", "Approval", NULL, NULL },
	{ "POST", ORG "/objectives/{id}/alignments", api_align, O | B | C, "Align to a parent", "Objective",
	  "AlignInput", NULL },
	{ "DELETE", ORG "/objectives/{id}/alignments/{parent_id}", api_unalign, O, "Remove an alignment", NULL, NULL,
	  NULL },
	{ "POST", ORG "/objectives/{id}/key_results", api_add_kr, O | B | C, "Add a key result", "KeyResult",
	  "KeyResultInput", NULL },
	{ "GET", ORG "/key_results/{id}", api_get_kr, O | ROUTE_SCOPED, "A key result", "KeyResult", NULL, "as_of" },
	{ "PATCH", ORG "/key_results/{id}", api_patch_kr, O | B, "Change a key result", "KeyResult",
	  "KeyResultPatch", NULL },
	{ "DELETE", ORG "/key_results/{id}", api_delete_kr, O,
	  "Delete a key result (its objective a draft or proposed, no value recorded)", NULL, NULL, "reason" },
	{ "GET", ORG "/key_results/{id}/values", api_list_values, O | L | ROUTE_SCOPED, "Every value a key result has had",
	  "KeyResultValue", NULL, NULL },
	{ "POST", ORG "/key_results/{id}/values", api_add_value, O | B | C, "Record a value", "KeyResult",
	  "ValueInput", NULL },
	{ "GET", ORG "/objectives/{id}/checkins", api_list_checkins, O | L | ROUTE_SCOPED, "An objective's check-ins", "Checkin",
	  NULL, NULL },
	{ "POST", ORG "/objectives/{id}/checkins", api_add_checkin, O | B | C, "Check in", "Checkin",
	  "CheckinInput", NULL },
	{ "GET", ORG "/objectives/{id}/initiatives", api_list_initiatives, O | L, "An objective's initiatives",
	  "Initiative", NULL, NULL },
	{ "POST", ORG "/objectives/{id}/initiatives", api_add_initiative, O | B | C, "Add an initiative",
	  "Initiative", "InitiativeInput", NULL },
	{ "GET", ORG "/initiatives/{id}", api_get_initiative, O, "An initiative", "Initiative", NULL, NULL },
	{ "PATCH", ORG "/initiatives/{id}", api_patch_initiative, O | B, "Change or move an initiative", "Initiative",
	  "InitiativePatch", NULL },
	{ "DELETE", ORG "/initiatives/{id}", api_delete_initiative, O, "Delete an initiative", NULL, NULL, NULL },
	{ "GET", ORG "/objectives/{id}/dependencies", api_list_dependencies, O | L, "An objective's dependencies",
	  "Dependency", NULL, NULL },
	{ "POST", ORG "/objectives/{id}/dependencies", api_add_dependency, O | B | C, "Add a dependency",
	  "Dependency", "DependencyInput", NULL },
	{ "GET", ORG "/dependencies/{id}", api_get_dependency, O, "A dependency", "Dependency", NULL, NULL },
	{ "PATCH", ORG "/dependencies/{id}", api_patch_dependency, O | B, "Change or move a dependency", "Dependency",
	  "DependencyPatch", NULL },
	{ "DELETE", ORG "/dependencies/{id}", api_delete_dependency, O, "Delete a dependency", NULL, NULL, NULL },
	{ "GET", ORG "/commitments", api_list_commitments, O | L, "Weekly commitments", "Commitment", NULL,
	  "email week" },
	{ "POST", ORG "/commitments", api_add_commitment, O | B | C, "Write a commitment", "Commitment",
	  "CommitmentInput", NULL },
	{ "GET", ORG "/commitments/{id}", api_get_commitment, O, "A commitment", "Commitment", NULL, NULL },
	{ "POST", ORG "/commitments/{id}/close", api_close_commitment, O | B, "Close a commitment", "Commitment",
	  "CloseInput", NULL },
	{ "PATCH", ORG "/commitments/{id}", api_patch_commitment, O | B, "Change an open commitment of a week not over",
	  "Commitment", "CommitmentPatch", NULL },
	{ "DELETE", ORG "/commitments/{id}", api_delete_commitment, O, "Delete one's own open commitment", NULL, NULL,
	  NULL },
	{ "GET", ORG "/checkins/due", api_checkins_due, O | L, "The check-ins due from the signed-in person this week",
	  "Objective", NULL, NULL },
	{ "GET", ORG "/groups/{id}/report", api_group_report, O, "A group's programme report", "GroupReport", NULL,
	  "week programme" },
	{ "GET", ORG "/groups/{id}/chain", api_group_chain, O, "A member's chain for a week", "Chain", NULL,
	  "email week" },
	{ "GET", ORG "/groups/{id}/prompt", api_get_prompt, O, "The outcome prompt of a group", "Prompt", NULL,
	  NULL },
	{ "PUT", ORG "/groups/{id}/prompt", api_put_prompt, O | B, "Offer the outcome prompt or not (the lead)",
	  "Prompt", "PromptInput", NULL },
	{ "GET", ORG "/coach", api_coach, O, "The coach's hints", "Hints", NULL, "unit" },
	{ "GET", ORG "/events", api_list_events, O | L, "The history of changes", "Event", NULL, "entity entity_id" },
	{ "GET", ORG "/tokens", api_list_tokens, O | L, "API tokens", "Token", NULL, NULL },
	{ "POST", ORG "/tokens", api_add_token, O | B | C, "Create an API token (shown once)", "NewToken",
	  "TokenInput", NULL },
	{ "DELETE", ORG "/tokens/{id}", api_revoke_token, O, "Revoke an API token", NULL, NULL, NULL },
	/* Settings, units and cycles (kept last: the fuzz seeds name routes by index). */
	{ "DELETE", ORG "/units/{id}", api_delete_unit, O, "Delete a unit no one has used (admins)", NULL, NULL, NULL },
	{ "PATCH", ORG "/cycles/{id}", api_patch_cycle, O | B, "Change a cycle in planning", "Cycle", "CyclePatch", NULL },
	{ "DELETE", ORG "/cycles/{id}", api_delete_cycle, O, "Delete a cycle in planning with no objectives", NULL, NULL,
	  NULL },
	/* Mid-cycle reviews. */
	{ "GET", ORG "/objectives/{id}/reviews", api_list_reviews, O | L, "An objective's mid-cycle reviews",
	  "CycleReview", NULL, NULL },
	{ "POST", ORG "/objectives/{id}/reviews", api_add_review, O | B | C,
	  "Review an objective mid-cycle: keep, adjust or drop (a lead or an admin)", "CycleReview",
	  "CycleReviewInput", NULL },
	{ "GET", ORG "/reviews/due", api_reviews_due, O | L, "The mid-cycle reviews due from the signed-in person",
	  "ReviewDue", NULL, NULL },
	/* Carrying forward. */
	{ "POST", ORG "/objectives/{id}/carry", api_carry_objective, O | B | C,
	  "Carry an unfinished objective forward into a later cycle", "Carry", "CarryInput", NULL },
	{ "POST", ORG "/cycles/{id}/carry", api_carry_unit, O | B | C,
	  "Carry a unit's unfinished objectives of this cycle forward into a later one", "Carry", "CarryUnitInput", NULL },
	/* The cycle's end: scoring (added after the rest: the fuzz seeds name routes by index). */
	{ "PUT", ORG "/key_results/{id}/score", api_put_score, O | B, "Score a key result: self, lead, final",
	  "KeyResultScore", "ScoreInput", NULL },
	{ "GET", ORG "/scores", api_list_scores, O, "A unit's or a person's scores over a cycle", "Scoring", NULL,
	  "cycle unit person" },
	{ "GET", ORG "/scores/export", api_export_scores, O | ROUTE_CSV, "A person's scores of a cycle, as JSON or CSV", "Scoring",
	  NULL, "cycle person format" },
	{ "POST", ORG "/cycles/{id}/scoring", api_open_scoring, O, "Open scoring before the cycle's last day", "Cycle",
	  NULL, NULL },
	/* The end of a cycle: reflections and calibration. */
	{ "GET", ORG "/objectives/{id}/reflection", api_get_reflection, O, "An objective's reflection", "Reflection",
	  NULL, NULL },
	{ "PUT", ORG "/objectives/{id}/reflection", api_put_reflection, O | B,
	  "Write an objective's reflection (while its cycle is active or scoring)", "Reflection", "ReflectionInput",
	  NULL },
	{ "GET", ORG "/cycles/{id}/calibration", api_get_calibration, O,
	  "A cycle's calibration: final scores per unit and person, as the caller sees them", "Calibration", NULL,
	  "unit person" },
	/* The in-app notifications of the signed-in person. */
	{ "GET", ORG "/notifications", api_list_notifications, O,
	  "Your notifications in the app, newest first, and how many are unread", "NotificationList", NULL,
	  "unread cursor limit" },
	{ "POST", ORG "/notifications/read", api_read_notifications, O | B,
	  "Mark your notifications read: some by id, or all", "NotificationsMarked", "NotificationsRead", NULL },
	/* Accounts by email: invitations, forgotten and changed passwords. */
	{ "POST", ORG "/people/{id}/invitation", api_person_invite, O | C,
	  "Email a person without a password a new one-time link to choose one (admins)", "Invitation", NULL, NULL },
	{ "POST", "/api/v1/password/forgot", api_password_forgot, P | B | ROUTE_ACCEPTED,
	  "Email a one-time link to choose a new password, if the address is someone's (the same answer either way)",
	  "PasswordForgotten", "PasswordForgot", NULL },
	{ "POST", "/api/v1/password/set", api_password_set, P | B | ROUTE_SIGNIN,
	  "Choose a password with a one-time link's token (an invitation or a reset)", "PasswordSet",
	  "PasswordSetInput", NULL },
	{ "POST", ORG "/me/password", api_me_password, O | B | ROUTE_SIGNIN,
	  "Change one's own password, the current one checked", "PasswordSet", "PasswordChange", NULL },
	/* What is due from the caller, by the organisation's clock. */
	{ "GET", ORG "/due", api_due, O | L, "Everything due from the signed-in person now, by the organisation's clock",
	  "Due", NULL, NULL },
	/* The calendar feed (its .ics is a web path: /calendar/{secret}). */
	{ "GET", ORG "/me/calendar", api_get_calendar, O, "Whether the signed-in person has a calendar feed",
	  "CalendarState", NULL, NULL },
	{ "POST", ORG "/me/calendar", api_add_calendar, O | C,
	  "A new calendar feed address for the signed-in person, answered this once (the old one stops)",
	  "CalendarFeed", NULL, NULL },
	{ "DELETE", ORG "/me/calendar", api_revoke_calendar, O, "Revoke the signed-in person's calendar feed", NULL,
	  NULL, NULL },
	{ "GET", ORG "/me/calendar/events", api_calendar_events, O | L,
	  "The events of the signed-in person's calendar feed, as they see things", "CalendarEvent", NULL, NULL },
	/* The coach on text not saved yet, as a form checks it while someone types. */
	{ "POST", ORG "/coach/check", api_coach_check, O | B | ROUTE_READS,
	  "The coach's text hints on text not saved yet (changes nothing)", "Hints", "CoachCheck", NULL },
	{ 0 },
};
