/*
 * commands.c — the command table of `grip`: every command, its arguments,
 * its options and their help, and how it runs locally and over the API, in
 * one place. main.c dispatches from it and help.c prints from it. A command
 * whose remote half is NULL works on a local file only.
 */
#include "cli/cli.h"

/* Each command's local half (cmd_), remote half (rem_) and renderer (show_). */
#define RUN(fn) int fn(struct cli *c, const struct cli_args *a, json_t **out)
#define SHOW(fn) int fn(struct cli *c, const struct cli_args *a, const json_t *j)
RUN(cmd_init); RUN(cmd_demo); RUN(cmd_report); RUN(cmd_serve); RUN(cmd_person_password);
RUN(cmd_remind); RUN(cmd_figures_check); RUN(cmd_migrate);
RUN(cmd_coach); RUN(rem_coach); SHOW(show_coach);
RUN(cmd_approvals); RUN(rem_approvals); SHOW(show_approvals);
RUN(cmd_history); RUN(rem_history); SHOW(show_history);
RUN(cmd_org_show); RUN(rem_org_show); SHOW(show_org);
RUN(cmd_org_edit); RUN(rem_org_edit); SHOW(show_org_updated);
RUN(cmd_unit_delete); RUN(rem_unit_delete); SHOW(show_unit_deleted);
RUN(cmd_cycle_edit); RUN(rem_cycle_edit); SHOW(show_cycle_updated);
RUN(cmd_cycle_delete); RUN(rem_cycle_delete); SHOW(show_cycle_deleted);
RUN(cmd_strategy_set); RUN(rem_strategy_set); SHOW(show_strategy_set);
RUN(cmd_strategy_show); RUN(rem_strategy_show); SHOW(show_strategy);
RUN(cmd_token_create); RUN(rem_token_create); SHOW(show_token_created);
RUN(cmd_token_list); RUN(rem_token_list); SHOW(show_token_list);
RUN(cmd_token_revoke); RUN(rem_token_revoke); SHOW(show_token_revoked);
RUN(cmd_person_add); RUN(rem_person_add); SHOW(show_person_added);
RUN(cmd_person_list); RUN(rem_person_list); SHOW(show_person_list);
RUN(cmd_person_show); RUN(rem_person_show); SHOW(show_person);
RUN(cmd_person_edit); RUN(rem_person_edit); SHOW(show_person_updated);
RUN(cmd_person_leave); RUN(rem_person_leave); SHOW(show_person_left);
RUN(cmd_notify_list); RUN(rem_notify_list); SHOW(show_notify_list);
RUN(cmd_notify_read); RUN(rem_notify_read); SHOW(show_notify_read);
RUN(cmd_unit_add); RUN(rem_unit_add); SHOW(show_unit_added);
RUN(cmd_unit_list); RUN(rem_unit_list); SHOW(show_unit_list);
RUN(cmd_unit_show); RUN(rem_unit_show); SHOW(show_unit);
RUN(cmd_unit_edit); RUN(rem_unit_edit); SHOW(show_unit_updated);
RUN(cmd_member_add); RUN(rem_member_add); RUN(cmd_member_leave); RUN(rem_member_leave);
SHOW(show_membership);
RUN(cmd_cycle_add); RUN(rem_cycle_add); SHOW(show_cycle_added);
RUN(cmd_cycle_list); RUN(rem_cycle_list); SHOW(show_cycle_list);
RUN(cmd_cycle_show); RUN(rem_cycle_show); SHOW(show_cycle);
RUN(cmd_cycle_open); RUN(rem_cycle_open); SHOW(show_cycle_opened);
RUN(cmd_cycle_close); RUN(rem_cycle_close); SHOW(show_cycle_closed);
RUN(cmd_cycle_score); RUN(rem_cycle_score); SHOW(show_cycle_scoring);
RUN(cmd_score); RUN(rem_score); SHOW(show_score);
RUN(cmd_score_list); RUN(rem_score_list); SHOW(show_score_list);
RUN(cmd_score_export); RUN(rem_score_export); SHOW(show_score_export);
RUN(cmd_objective_add); RUN(rem_objective_add); SHOW(show_objective_added);
RUN(cmd_objective_list); RUN(rem_objective_list); SHOW(show_objective_list);
RUN(cmd_objective_show); RUN(rem_objective_show); SHOW(show_objective);
RUN(cmd_objective_edit); RUN(rem_objective_edit); SHOW(show_objective_updated);
RUN(cmd_objective_status); RUN(rem_objective_status);
RUN(cmd_objective_align); RUN(rem_objective_align);
RUN(cmd_objective_unalign); RUN(rem_objective_unalign);
RUN(cmd_kr_add); RUN(rem_kr_add); SHOW(show_kr_added);
RUN(cmd_kr_update); RUN(rem_kr_update); RUN(cmd_kr_edit); RUN(rem_kr_edit); SHOW(show_kr_updated);
RUN(cmd_kr_show); RUN(rem_kr_show); SHOW(show_kr);
RUN(cmd_kr_history); RUN(rem_kr_history); SHOW(show_kr_history);
RUN(cmd_kr_delete); RUN(rem_kr_delete); SHOW(show_kr_deleted);
RUN(cmd_checkin); RUN(rem_checkin); SHOW(show_checkin);
RUN(cmd_checkin_list); RUN(rem_checkin_list); SHOW(show_checkin_list);
RUN(cmd_commit_add); RUN(rem_commit_add); SHOW(show_commit_added);
RUN(cmd_group_report); RUN(rem_group_report); SHOW(show_group_report);
RUN(cmd_group_chain); RUN(rem_group_chain); SHOW(show_group_chain);
RUN(cmd_group_prompt); RUN(rem_group_prompt); SHOW(show_group_prompt);
RUN(cmd_objective_review); RUN(rem_objective_review);
RUN(cmd_commit_close); RUN(rem_commit_close); SHOW(show_commit_closed);
RUN(cmd_commit_list); RUN(rem_commit_list); SHOW(show_commit_list);
RUN(cmd_commit_edit); RUN(rem_commit_edit); SHOW(show_commit_edited);
RUN(cmd_commit_delete); RUN(rem_commit_delete); SHOW(show_commit_deleted);
RUN(cmd_checkin_due); RUN(rem_checkin_due); SHOW(show_checkin_due);
RUN(cmd_review_add); RUN(rem_review_add); SHOW(show_review_added);
RUN(cmd_review_list); RUN(rem_review_list); SHOW(show_review_list);
RUN(cmd_review_due); RUN(rem_review_due); SHOW(show_review_due);
RUN(cmd_initiative_add); RUN(rem_initiative_add); SHOW(show_initiative_added);
RUN(cmd_initiative_status); RUN(rem_initiative_status); SHOW(show_initiative_status);
RUN(cmd_initiative_list); RUN(rem_initiative_list); SHOW(show_initiative_list);
RUN(cmd_dependency_add); RUN(rem_dependency_add); SHOW(show_dependency_added);
RUN(cmd_dependency_status); RUN(rem_dependency_status); SHOW(show_dependency_status);
RUN(cmd_dependency_list); RUN(rem_dependency_list); SHOW(show_dependency_list);
RUN(cmd_objective_delete); RUN(rem_objective_delete); SHOW(show_objective_deleted);
RUN(cmd_initiative_edit); RUN(rem_initiative_edit); SHOW(show_initiative_updated);
RUN(cmd_initiative_delete); RUN(rem_initiative_delete); SHOW(show_initiative_deleted);
RUN(cmd_dependency_edit); RUN(rem_dependency_edit); SHOW(show_dependency_updated);
RUN(cmd_dependency_delete); RUN(rem_dependency_delete); SHOW(show_dependency_deleted);
RUN(cmd_carry); RUN(rem_carry); SHOW(show_carry);
RUN(cmd_reflect); RUN(rem_reflect); SHOW(show_reflection);
RUN(cmd_calibration); RUN(rem_calibration); SHOW(show_calibration);
RUN(cmd_person_invite); RUN(rem_person_invite); SHOW(show_invitation);
RUN(cmd_password_change); RUN(rem_password_change); SHOW(show_password_changed);
RUN(cmd_password_forgot); SHOW(show_password_forgot); RUN(cmd_password_set); SHOW(show_password_set);
RUN(cmd_due); RUN(rem_due); SHOW(show_due);
RUN(cmd_calendar); RUN(rem_calendar); SHOW(show_calendar);
RUN(cmd_calendar_events); RUN(rem_calendar_events); SHOW(show_calendar_events);

#define OPTS(...) ((const struct cli_opt[]){ __VA_ARGS__, { 0 } })
/* The sender's options, of `remind` and `serve` alike (cmd_remind.c). */
#define DELIVER_OPTS \
	{ "smtp", OPT_VALUE, "URL", "the SMTP server: smtp://HOST:PORT (STARTTLS when offered) or smtps://HOST:PORT (TLS); without it email waits" }, \
	{ "smtp-user", OPT_VALUE, "USER", "the SMTP user; the password comes from GRIP_SMTP_PASSWORD or --smtp-password-file" }, \
	{ "smtp-password-file", OPT_VALUE, "FILE", "a file whose first line is the SMTP password" }, \
	{ "smtp-starttls", OPT_FLAG, NULL, "refuse to send over smtp:// unless the server takes STARTTLS" }, \
	{ "mail-from", OPT_VALUE, "EMAIL", "the address reminders come from (needed with --smtp)" }, \
	{ "base-url", OPT_VALUE, "URL", "the web app's address, before each link: https://okr.example.org (needed with --smtp)" }, \
	{ "retry-min", OPT_VALUE, "S", "seconds before the first retry of a failed message (default 60; doubles per attempt)" }, \
	{ "retry-max", OPT_VALUE, "S", "the longest wait between retries (default 21600)" }, \
	{ "lease", OPT_VALUE, "S", "seconds a message being sent is held from other senders (default 600)" }
#define W CMD_WRITE

const struct cli_cmd cli_commands[] = {
	{ "init", NULL, cmd_init, NULL, NULL, "", "create an organisation, its company unit and its first admin",
	  OPTS({ "org", OPT_VALUE, "NAME", "the organisation's name (its slug is made from it)" },
	       { "admin", OPT_VALUE, "EMAIL", "the first admin's email" },
	       { "name", OPT_VALUE, "NAME", "the first admin's name" }), 0, 0, W | CMD_NO_ORG | CMD_CREATE },
	{ "demo", NULL, cmd_demo, NULL, NULL, "", "load the demo organisation (invented people and goals)",
	  NULL, 0, 0, W | CMD_NO_ORG | CMD_CREATE },
	{ "migrate", NULL, cmd_migrate, NULL, NULL, "",
	  "bring the database (a file, or postgres://…) up to this grip's schema; a new one is created",
	  NULL, 0, 0, CMD_SERVE },
	{ "report", NULL, cmd_report, NULL, NULL, "", "an overview of the organisation's goals for a terminal",
	  OPTS({ "cycle", OPT_VALUE, "NAME", "the cycle to report (default: the running ones)" }), 0, 0, 0 },
	{ "coach", NULL, cmd_coach, rem_coach, show_coach, "", "hints on goals as written: what to change, and why",
	  OPTS({ "unit", OPT_VALUE, "NAME", "only this unit and the units below it" }), 0, 0, 0 },
	{ "approvals", NULL, cmd_approvals, rem_approvals, show_approvals, "",
	  "what awaits your decision: proposals and members' outcomes to approve or return", NULL, 0, 0, 0 },
	{ "figures", "check", cmd_figures_check, NULL, NULL, "",
	  "compare the stored figures of every org with those computed from the history; exit 1 on a difference",
	  NULL, 0, 0, CMD_NO_ORG },
	{ "history", NULL, cmd_history, rem_history, show_history, "", "the history of changes (admins)",
	  OPTS({ "entity", OPT_VALUE, "KIND", "only this kind: objective, key_result, checkin, ..." },
	       { "id", OPT_VALUE, "ID", "only this entity" }), 0, 0, 0 },
	{ "serve", NULL, cmd_serve, NULL, NULL, "", "serve the JSON API over HTTP until SIGTERM or SIGINT",
	  OPTS({ "listen", OPT_VALUE, "HOST:PORT", "where to listen (default 127.0.0.1:8080; port 0 picks one)" },
	       { "threads", OPT_VALUE, "N", "worker threads (default 16: writes waiting on a commit hold one)" },
	       { "cache-mb", OPT_VALUE, "N", "MiB of answers to reads kept until the data changes (default 4; 0: none)" },
	       { "max-connections", OPT_VALUE, "N", "connections open at once (default 1000; the last quarter is kept for clients holding fewer than 8)" },
	       { "max-per-client", OPT_VALUE, "N", "connections open at once from one address (default 64; 0: no cap, e.g. behind a proxy)" },
	       { "request-timeout", OPT_VALUE, "S", "seconds to send a whole request, from connecting or the last answer (default 20)" },
	       { "remind-every", OPT_VALUE, "S", "seconds between the sender's rounds: reminders queued and sent (default 60; 0: no sender)" },
	       DELIVER_OPTS), 0, 0, CMD_SERVE },
	{ "remind", NULL, cmd_remind, NULL, NULL, "", "queue what is due and send the waiting reminders once (for cron or a timer)",
	  OPTS({ "once", OPT_FLAG, NULL, "run one round and end (required)" },
	       { "dry-run", OPT_FLAG, NULL, "print what would be queued and sent; change nothing" },
	       DELIVER_OPTS), 0, 0, CMD_SERVE },
	{ "token", "create", cmd_token_create, rem_token_create, show_token_created, "EMAIL", "create an API token; it is printed once, as the last line",
	  OPTS({ "name", OPT_VALUE, "NAME", "what the token is for (default api)" }), 1, 1, W },
	{ "token", "list", cmd_token_list, rem_token_list, show_token_list, "", "list API tokens (yours; an admin sees all)", NULL, 0, 0, 0 },
	{ "token", "revoke", cmd_token_revoke, rem_token_revoke, show_token_revoked, "ID", "revoke an API token", NULL, 1, 1, W },
	{ "org", "show", cmd_org_show, rem_org_show, show_org, "", "show the organisation's settings", NULL, 0, 0, 0 },
	{ "org", "edit", cmd_org_edit, rem_org_edit, show_org_updated, "", "change the organisation's settings (admins)",
	  OPTS({ "name", OPT_VALUE, "NAME", "its name (the slug stays)" },
	       { "timezone", OPT_VALUE, "ZONE", "its time zone, such as Europe/Berlin: what today is" },
	       { "week-start", OPT_VALUE, "DAY", "the day its week starts: 1 (Monday) to 7 (Sunday) or its name" },
	       { "locale", OPT_VALUE, "LOCALE", "the language of reminders and of the coach's word lists (en, de)" },
	       { "remind-hour", OPT_VALUE, "HOUR", "the hour of its day (0-23) from which reminders are sent" }), 0, 0, W },
	{ "strategy", "set", cmd_strategy_set, rem_strategy_set, show_strategy_set, "", "set the vision and strategy of the org or a business unit",
	  OPTS({ "vision", OPT_VALUE, "TEXT", "the vision" }, { "strategy", OPT_VALUE, "TEXT", "the strategy" },
	       { "unit", OPT_VALUE, "NAME", "a business unit instead of the org" }), 0, 0, W },
	{ "strategy", "show", cmd_strategy_show, rem_strategy_show, show_strategy, "", "show the vision and strategy", NULL, 0, 0, 0 },

	{ "person", "add", cmd_person_add, rem_person_add, show_person_added, "EMAIL",
	  "add a person to the organisation; they are emailed a link to choose their password",
	  OPTS({ "name", OPT_VALUE, "NAME", "their name" },
	       { "role", OPT_VALUE, "ROLE", "admin, member (default) or viewer" },
	       { "no-invite", OPT_FLAG, NULL, "email no invitation (grip person invite sends one later)" }), 1, 1, W },
	{ "person", "invite", cmd_person_invite, rem_person_invite, show_invitation, "EMAIL|ID",
	  "email a person without a password a new one-time link to choose one (admins)", NULL, 1, 1, W },
	{ "person", "list", cmd_person_list, rem_person_list, show_person_list, "", "list the people", NULL, 0, 0, 0 },
	{ "person", "show", cmd_person_show, rem_person_show, show_person, "EMAIL|ID", "show a person", NULL, 1, 1, 0 },
	{ "person", "edit", cmd_person_edit, rem_person_edit, show_person_updated, "EMAIL|ID",
	  "change a person's name, role or notices",
	  OPTS({ "name", OPT_VALUE, "NAME", "the new name" },
	       { "role", OPT_VALUE, "ROLE", "admin, member or viewer" },
	       { "email-notices", OPT_VALUE, "on|off", "reminders by email as well as in the app" },
	       { "digest", OPT_VALUE, "on|off", "email reminders bundled once a week" }), 1, 1, W },
	{ "person", "password", cmd_person_password, NULL, NULL, "EMAIL|ID",
	  "set a password for signing in (read from standard input unless --password)",
	  OPTS({ "password", OPT_VALUE, "TEXT", "the password (visible to other users of the machine; prefer stdin)" }),
	  1, 1, W },
	{ "password", "change", cmd_password_change, rem_password_change, show_password_changed, "",
	  "change your own password: the current one, then the new one (asked on a terminal, else two lines of standard input)",
	  NULL, 0, 0, W },
	{ "password", "forgot", cmd_password_forgot, NULL, show_password_forgot, "EMAIL",
	  "email a one-time link to choose a new password to EMAIL, if it is someone's (works for an hour)", NULL, 1, 1,
	  W | CMD_NO_ORG },
	{ "password", "set", cmd_password_set, NULL, show_password_set, "",
	  "choose a password with a one-time link: its token, then the password, as lines of standard input", NULL, 0, 0,
	  W | CMD_NO_ORG },
	{ "person", "leave", cmd_person_leave, rem_person_leave, show_person_left, "EMAIL|ID", "mark a person as having left",
	  OPTS({ "on", OPT_VALUE, "DATE", "the day they left (default today)" }), 1, 1, W },
	{ "notify", "list", cmd_notify_list, rem_notify_list, show_notify_list, "",
	  "your notifications in the app, newest first, and how many are unread",
	  OPTS({ "unread", OPT_FLAG, NULL, "only those not read yet" },
	       { "limit", OPT_VALUE, "N", "at most N (default 20, at most 100)" }), 0, 0, 0 },
	{ "notify", "read", cmd_notify_read, rem_notify_read, show_notify_read, "[ID...]",
	  "mark your notifications read: these ids, or all of them",
	  OPTS({ "all", OPT_FLAG, NULL, "every unread one" }), 0, 8, W },

	{ "unit", "add", cmd_unit_add, rem_unit_add, show_unit_added, "NAME", "add a unit to the org tree",
	  OPTS({ "kind", OPT_VALUE, "KIND", "company, business_unit, department, team or group" },
	       { "parent", OPT_VALUE, "NAME", "the unit above (default the company)" },
	       { "lead", OPT_VALUE, "EMAIL", "its lead" },
	       { "private", OPT_FLAG, NULL, "visible only to its members, leads and admins" }), 1, 1, W },
	{ "unit", "list", cmd_unit_list, rem_unit_list, show_unit_list, "", "list the units", NULL, 0, 0, 0 },
	{ "unit", "show", cmd_unit_show, rem_unit_show, show_unit, "NAME", "show a unit and its members", NULL, 1, 1, 0 },
	{ "unit", "edit", cmd_unit_edit, rem_unit_edit, show_unit_updated, "NAME", "change a unit",
	  OPTS({ "name", OPT_VALUE, "NAME", "a new name" }, { "parent", OPT_VALUE, "NAME", "move it under this unit" },
	       { "lead", OPT_VALUE, "EMAIL", "a new lead" },
	       { "visibility", OPT_VALUE, "WHO", "org or private" },
	       { "vision", OPT_VALUE, "TEXT", "its vision" }, { "strategy", OPT_VALUE, "TEXT", "its strategy" },
	       { "webhook", OPT_VALUE, "URL", "a Slack-compatible incoming webhook that hears the unit's reminders, or none" }),
	  1, 1, W },
	{ "unit", "delete", cmd_unit_delete, rem_unit_delete, show_unit_deleted, "NAME",
	  "delete a unit no one has used (no units below, objectives or members); admins", NULL, 1, 1, W },
	{ "member", "add", cmd_member_add, rem_member_add, show_membership, "UNIT EMAIL", "add a person to a unit",
	  OPTS({ "role", OPT_VALUE, "ROLE", "lead or member (default)" },
	       { "joined", OPT_VALUE, "DATE", "the day they joined (default today)" }), 2, 2, W },
	{ "member", "leave", cmd_member_leave, rem_member_leave, show_membership, "UNIT EMAIL", "record that a person left a unit",
	  OPTS({ "on", OPT_VALUE, "DATE", "the day they left (default today)" },
	       { "reason", OPT_VALUE, "TEXT", "why" }), 2, 2, W },

	{ "cycle", "add", cmd_cycle_add, rem_cycle_add, show_cycle_added, "NAME", "add a quarter, a year or a group's programme",
	  OPTS({ "kind", OPT_VALUE, "KIND", "quarter, year or programme" },
	       { "from", OPT_VALUE, "DATE|CYCLE", "the first day; or the cycle (in scoring or closed) it follows and carries forward from" },
	       { "to", OPT_VALUE, "DATE", "the last day" },
	       { "weeks", OPT_VALUE, "N", "a programme's length in weeks" },
	       { "unit", OPT_VALUE, "GROUP", "a programme's group" }), 1, 1, W },
	{ "cycle", "list", cmd_cycle_list, rem_cycle_list, show_cycle_list, "", "list the cycles", NULL, 0, 0, 0 },
	{ "cycle", "show", cmd_cycle_show, rem_cycle_show, show_cycle, "NAME", "show a cycle", NULL, 1, 1, 0 },
	{ "cycle", "edit", cmd_cycle_edit, rem_cycle_edit, show_cycle_updated, "NAME", "rename a cycle or move its dates, while in planning",
	  OPTS({ "name", OPT_VALUE, "NAME", "a new name" }, { "from", OPT_VALUE, "DATE", "a new first day" },
	       { "to", OPT_VALUE, "DATE", "a new last day" }), 1, 1, W },
	{ "cycle", "delete", cmd_cycle_delete, rem_cycle_delete, show_cycle_deleted, "NAME", "delete a cycle in planning that holds no objective",
	  NULL, 1, 1, W },
	{ "cycle", "open", cmd_cycle_open, rem_cycle_open, show_cycle_opened, "NAME", "open a cycle in planning early", NULL, 1, 1, W },
	{ "cycle", "score", cmd_cycle_score, rem_cycle_score, show_cycle_scoring, "NAME", "open scoring before a cycle's last day", NULL, 1, 1, W },
	{ "cycle", "close", cmd_cycle_close, rem_cycle_close, show_cycle_closed, "NAME",
	  "close a cycle once every objective in it is scored or dropped; it becomes read-only",
	  OPTS({ "force", OPT_VALUE, "REASON", "close it with objectives unscored (admins), saying why" }), 1, 1, W },
	{ "score", NULL, cmd_score, rem_score, show_score, "KR_ID", "score a key result of a cycle in scoring (0.0 to 1.0, one decimal)",
	  OPTS({ "self", OPT_VALUE, "N", "your own score (the owner, or the team)" },
	       { "evidence", OPT_VALUE, "TEXT", "what the self score rests on" },
	       { "lead", OPT_VALUE, "N", "the lead's score" }, { "comment", OPT_VALUE, "TEXT", "the lead's comment" },
	       { "final", OPT_VALUE, "N", "the agreed final score (a lead or an admin)" }), 1, 1, W },
	{ "score", "list", cmd_score_list, rem_score_list, show_score_list, "",
	  "a unit's or a person's scores over a cycle: suggested, self, lead and final side by side",
	  OPTS({ "unit", OPT_VALUE, "NAME", "the objectives of this unit" },
	       { "person", OPT_VALUE, "EMAIL", "the objectives this person owns" },
	       { "cycle", OPT_VALUE, "NAME", "this cycle (default the latest in scoring)" }), 0, 0, 0 },
	{ "score", "export", cmd_score_export, rem_score_export, show_score_export, "",
	  "a person's scores of a cycle as JSON (or CSV), for an annual review",
	  OPTS({ "person", OPT_VALUE, "EMAIL", "whose" }, { "cycle", OPT_VALUE, "NAME", "which cycle (default the latest in scoring)" },
	       { "csv", OPT_FLAG, NULL, "as CSV, a line a key result" }), 0, 0, 0 },

	{ "carry", NULL, cmd_carry, rem_carry, show_carry, "[OBJECTIVE_ID]",
	  "carry an unfinished objective, or all of a unit's, from a cycle in scoring or closed into a later one",
	  OPTS({ "to", OPT_VALUE, "CYCLE", "the cycle to carry into (in planning or active)" },
	       { "unit", OPT_VALUE, "NAME", "every unfinished objective of this unit" },
	       { "from", OPT_VALUE, "CYCLE", "the unit's objectives of this cycle" }), 0, 1, W },

	{ "objective", "add", cmd_objective_add, rem_objective_add, show_objective_added, "TITLE", "add an objective",
	  OPTS({ "cycle", OPT_VALUE, "NAME", "its cycle" },
	       { "layer", OPT_VALUE, "LAYER", "strategic, team, individual, group or member" },
	       { "unit", OPT_VALUE, "NAME", "the owning unit" }, { "owner", OPT_VALUE, "EMAIL", "the owning person" },
	       { "aligns-to", OPT_MULTI, "ID", "an objective it contributes to" },
	       { "why", OPT_VALUE, "TEXT", "why it matters" },
	       { "development", OPT_FLAG, NULL, "a development objective (a person's growth)" },
	       { "private", OPT_FLAG, NULL, "visible only to its owner, unit and leads" },
	       { "visibility", OPT_VALUE, "WHO", "org or private" },
	       { "status", OPT_VALUE, "STATUS", "the starting status (default draft)" },
	       { "cadence", OPT_VALUE, "CADENCE", "how often it is checked in on: weekly (default), fortnightly or monthly" }), 1, 1, W },
	{ "objective", "list", cmd_objective_list, rem_objective_list, show_objective_list, "", "list objectives with their figures",
	  OPTS({ "cycle", OPT_VALUE, "NAME", "in this cycle" }, { "unit", OPT_VALUE, "NAME", "of this unit" },
	       { "layer", OPT_VALUE, "LAYER", "of this layer" }, { "owner", OPT_VALUE, "EMAIL", "of this person" },
	       { "status", OPT_VALUE, "STATUS", "in this status" }), 0, 0, 0 },
	{ "objective", "show", cmd_objective_show, rem_objective_show, show_objective, "ID", "show an objective, its key results and figures",
	  OPTS({ "as-of", OPT_VALUE, "DATE", "the figures as they stood at the end of that day" }), 1, 1, 0 },
	{ "objective", "edit", cmd_objective_edit, rem_objective_edit, show_objective_updated, "ID", "change an objective",
	  OPTS({ "title", OPT_VALUE, "TEXT", "a new title" }, { "why", OPT_VALUE, "TEXT", "why it matters" },
	       { "owner", OPT_VALUE, "EMAIL", "a new owner (\"\" for none, where the layer allows)" },
	       { "visibility", OPT_VALUE, "WHO", "org or private" },
	       { "development", OPT_FLAG, NULL, "mark as a development objective" },
	       { "no-development", OPT_FLAG, NULL, "unmark" },
	       { "cadence", OPT_VALUE, "CADENCE", "how often it is checked in on: weekly, fortnightly or monthly" },
	       { "reason", OPT_VALUE, "TEXT", "why it changed (kept in history)" },
	       { "if-version", OPT_VALUE, "N", "only if it is still at this version" }), 1, 1, W },
	{ "objective", "status", cmd_objective_status, rem_objective_status, show_objective_updated, "ID STATUS",
	  "move an objective: proposed, approved, active, achieved, missed, dropped, draft",
	  OPTS({ "reason", OPT_VALUE, "TEXT", "why (kept in history; required for missed and dropped)" }), 2, 2, W },
	{ "objective", "review", cmd_objective_review, rem_objective_review, show_objective_updated, "ID DECISION",
	  "a lead's review of a proposal (or a member's outcome): approve, or return it with a comment",
	  OPTS({ "comment", OPT_VALUE, "TEXT", "what to change (required to return it)" }), 2, 2, W },
	{ "objective", "align", cmd_objective_align, rem_objective_align, show_objective_updated, "ID PARENT_ID", "align an objective to one above it",
	  NULL, 2, 2, W },
	{ "objective", "unalign", cmd_objective_unalign, rem_objective_unalign, show_objective_updated, "ID PARENT_ID", "remove an alignment", NULL, 2, 2, W },
	{ "objective", "delete", cmd_objective_delete, rem_objective_delete, show_objective_deleted, "ID",
	  "delete a draft never proposed, approved or checked in on (else drop it with a reason)", NULL, 1, 1, W },

	{ "kr", "add", cmd_kr_add, rem_kr_add, show_kr_added, "OBJECTIVE_ID TITLE", "add a key result (metric unless --boolean or --milestone)",
	  OPTS({ "baseline", OPT_VALUE, "N", "where the metric starts" }, { "target", OPT_VALUE, "N", "where it should get" },
	       { "unit", OPT_VALUE, "LABEL", "the metric's unit: %, days, EUR, ..." },
	       { "weight", OPT_VALUE, "N", "its weight in the objective (default 1)" },
	       { "boolean", OPT_FLAG, NULL, "done or not done" },
	       { "milestone", OPT_MULTI, "TEXT[=WEIGHT]", "a milestone, in order; =N after it gives its weight (default 1)" },
	       { "owner", OPT_VALUE, "EMAIL", "who owns it" }), 2, 2, W },
	{ "kr", "update", cmd_kr_update, rem_kr_update, show_kr_updated, "KR_ID VALUE",
	  "record a key result's value (for milestones: how many are done, or the name of the last one done)",
	  OPTS({ "note", OPT_VALUE, "TEXT", "a note on the value" },
	       { "at", OPT_VALUE, "DATE", "when (default now; not in the future)" }), 2, 2, W },
	{ "kr", "show", cmd_kr_show, rem_kr_show, show_kr, "KR_ID", "show a key result",
	  OPTS({ "as-of", OPT_VALUE, "DATE", "its value at the end of that day" }), 1, 1, 0 },
	{ "kr", "edit", cmd_kr_edit, rem_kr_edit, show_kr_updated, "KR_ID", "change a key result",
	  OPTS({ "title", OPT_VALUE, "TEXT", "a new title" }, { "unit", OPT_VALUE, "LABEL", "a new unit" },
	       { "baseline", OPT_VALUE, "N", "a new baseline" }, { "target", OPT_VALUE, "N", "a new target" },
	       { "weight", OPT_VALUE, "N", "a new weight" }, { "reason", OPT_VALUE, "TEXT", "why (kept in history)" }),
	  1, 1, W },
	{ "kr", "delete", cmd_kr_delete, rem_kr_delete, show_kr_deleted, "KR_ID",
	  "delete a key result of a draft or proposed objective that has no recorded value",
	  OPTS({ "reason", OPT_VALUE, "TEXT", "why (kept in history)" }), 1, 1, W },
	{ "kr", "history", cmd_kr_history, rem_kr_history, show_kr_history, "KR_ID", "every value a key result has had", NULL, 1, 1, 0 },

	{ "checkin", NULL, cmd_checkin, rem_checkin, show_checkin, "OBJECTIVE_ID", "the weekly GRIP check-in on an objective",
	  OPTS({ "confidence", OPT_VALUE, "0-10", "how sure you are it will be achieved" },
	       { "kr", OPT_MULTI, "KR_ID=VALUE", "a key result's new value" },
	       { "kr-note", OPT_MULTI, "KR_ID=TEXT", "a note on that value" },
	       { "issues", OPT_VALUE, "TEXT", "what is in the way" }, { "plan", OPT_VALUE, "TEXT", "the plan forward" },
	       { "at", OPT_VALUE, "DATE", "when (default now; not in the future)" }), 1, 1, W },
	{ "checkin", "list", cmd_checkin_list, rem_checkin_list, show_checkin_list, "OBJECTIVE_ID", "an objective's check-ins", NULL, 1, 1, 0 },

	{ "checkin", "due", cmd_checkin_due, rem_checkin_due, show_checkin_due, "", "your check-ins due this week", NULL, 0, 0, 0 },
	{ "due", NULL, cmd_due, rem_due, show_due, "", "everything due from you now, by the organisation's clock", NULL, 0, 0, 0 },

	{ "review", "add", cmd_review_add, rem_review_add, show_review_added, "OBJECTIVE_ID DECISION",
	  "a mid-cycle review of an objective: keep, adjust (with what it changes) or drop, with a reason",
	  OPTS({ "reason", OPT_VALUE, "TEXT", "why (required; kept in history)" },
	       { "title", OPT_VALUE, "TEXT", "adjust: the objective's new title" },
	       { "kr-title", OPT_MULTI, "KR_ID=TEXT", "adjust: a key result's new title" },
	       { "target", OPT_MULTI, "KR_ID=N", "adjust: a key result's new target" },
	       { "weight", OPT_MULTI, "KR_ID=N", "adjust: a key result's new weight" }), 2, 2, W },
	{ "review", "list", cmd_review_list, rem_review_list, show_review_list, "OBJECTIVE_ID",
	  "an objective's mid-cycle reviews, with what each changed", NULL, 1, 1, 0 },
	{ "review", "due", cmd_review_due, rem_review_due, show_review_due, "",
	  "the mid-cycle reviews due from you: objectives you lead past their cycle's mid-point", NULL, 0, 0, 0 },

	{ "commit", "add", cmd_commit_add, rem_commit_add, show_commit_added, "EMAIL TEXT", "write a weekly commitment",
	  OPTS({ "week", OPT_VALUE, "YYYY-Www", "the ISO week (default this week)" },
	       { "goal", OPT_VALUE, "OBJECTIVE_ID", "the objective it serves" },
	       { "shared", OPT_FLAG, NULL, "share it with the group" }), 2, 2, W },
	{ "commit", "close", cmd_commit_close, rem_commit_close, show_commit_closed, "ID STATUS", "close a commitment: done, partial or missed",
	  OPTS({ "reflection", OPT_VALUE, "TEXT", "what happened" }), 2, 2, W },
	{ "commit", "edit", cmd_commit_edit, rem_commit_edit, show_commit_edited, "ID",
	  "change an open commitment of a week not over: its text, link or sharing",
	  OPTS({ "text", OPT_VALUE, "TEXT", "a new text" }, { "goal", OPT_VALUE, "OBJECTIVE_ID", "link it to this objective" },
	       { "no-goal", OPT_FLAG, NULL, "link it to nothing" }, { "shared", OPT_FLAG, NULL, "share it with the group" },
	       { "private", OPT_FLAG, NULL, "stop sharing it" }), 1, 1, W },
	{ "commit", "delete", cmd_commit_delete, rem_commit_delete, show_commit_deleted, "ID",
	  "delete your own open commitment of a week not over", NULL, 1, 1, W },
	{ "commit", "list", cmd_commit_list, rem_commit_list, show_commit_list, "", "list commitments",
	  OPTS({ "email", OPT_VALUE, "EMAIL", "of this person" }, { "week", OPT_VALUE, "YYYY-Www", "of this week" }),
	  0, 0, 0 },

	{ "group", "report", cmd_group_report, rem_group_report, show_group_report, "GROUP",
	  "a group's programme: outcomes, completion by member and week, drop-out, drifting members, chain breaks",
	  OPTS({ "week", OPT_VALUE, "YYYY-Www", "as of this week (default this week)" },
	       { "programme", OPT_VALUE, "NAME", "this programme (default its current one: running, else next, else last)" }), 1, 1, 0 },
	{ "group", "chain", cmd_group_chain, rem_group_chain, show_group_chain, "GROUP [EMAIL]",
	  "a member's chain for a week: commitments -> their outcome -> the group outcome, and its breaks",
	  OPTS({ "week", OPT_VALUE, "YYYY-Www", "this week (default this week)" }), 1, 2, 0 },
	{ "group", "prompt", cmd_group_prompt, rem_group_prompt, show_group_prompt, "GROUP [on|off]",
	  "the outcome prompt (by when, how will you know, how much): show it, or offer it to members or not",
	  NULL, 1, 2, W },

	{ "initiative", "add", cmd_initiative_add, rem_initiative_add, show_initiative_added, "OBJECTIVE_ID TITLE", "add work that should move a key result",
	  OPTS({ "owner", OPT_VALUE, "EMAIL", "who does it" }, { "link", OPT_VALUE, "URL", "where it is planned" },
	       { "kr", OPT_VALUE, "KR_ID", "the key result it should move" }), 2, 2, W },
	{ "initiative", "status", cmd_initiative_status, rem_initiative_status, show_initiative_status, "ID STATUS", "move an initiative: todo, doing, done",
	  NULL, 2, 2, W },
	{ "initiative", "edit", cmd_initiative_edit, rem_initiative_edit, show_initiative_updated, "ID", "change an initiative",
	  OPTS({ "title", OPT_VALUE, "TEXT", "a new title" }, { "owner", OPT_VALUE, "EMAIL", "who does it (\"\" for nobody)" },
	       { "link", OPT_VALUE, "URL", "where it is planned (\"\" for none)" },
	       { "kr", OPT_VALUE, "KR_ID", "the key result it should move (none for none)" }), 1, 1, W },
	{ "initiative", "delete", cmd_initiative_delete, rem_initiative_delete, show_initiative_deleted, "ID", "delete an initiative (history keeps it)",
	  NULL, 1, 1, W },
	{ "initiative", "list", cmd_initiative_list, rem_initiative_list, show_initiative_list, "OBJECTIVE_ID", "an objective's initiatives", NULL, 1, 1, 0 },
	{ "dependency", "add", cmd_dependency_add, rem_dependency_add, show_dependency_added, "OBJECTIVE_ID", "record what an objective needs from another team",
	  OPTS({ "on-objective", OPT_VALUE, "ID", "the objective depended on" },
	       { "on-unit", OPT_VALUE, "NAME", "the unit depended on" }, { "note", OPT_VALUE, "TEXT", "what is needed" }),
	  1, 1, W },
	{ "dependency", "status", cmd_dependency_status, rem_dependency_status, show_dependency_status, "ID STATUS", "move a dependency: open, agreed, done, declined",
	  NULL, 2, 2, W },
	{ "dependency", "edit", cmd_dependency_edit, rem_dependency_edit, show_dependency_updated, "ID", "change what a dependency needs",
	  OPTS({ "note", OPT_VALUE, "TEXT", "what is needed (\"\" for nothing)" }), 1, 1, W },
	{ "dependency", "delete", cmd_dependency_delete, rem_dependency_delete, show_dependency_deleted, "ID", "delete a dependency (history keeps it)",
	  NULL, 1, 1, W },
	{ "dependency", "list", cmd_dependency_list, rem_dependency_list, show_dependency_list, "OBJECTIVE_ID", "an objective's dependencies", NULL, 1, 1, 0 },
	{ "reflect", NULL, cmd_reflect, rem_reflect, show_reflection, "OBJECTIVE_ID",
	  "an objective's reflection at the end of its cycle: show it, or write it (while the cycle is active or scoring)",
	  OPTS({ "worked", OPT_VALUE, "TEXT", "what worked (\"\" clears it)" },
	       { "did-not", OPT_VALUE, "TEXT", "what did not work" },
	       { "carry", OPT_VALUE, "TEXT", "what to carry forward into the next cycle" }), 1, 1, W },
	{ "calibration", NULL, cmd_calibration, rem_calibration, show_calibration, "CYCLE",
	  "how hard a cycle's goals were set: the mean and spread of final scores per unit and person, and the verdict",
	  OPTS({ "unit", OPT_VALUE, "NAME", "only this unit's own objectives" },
	       { "person", OPT_VALUE, "EMAIL", "only the objectives this person owns" }), 1, 1, 0 },
	{ "calendar", NULL, cmd_calendar, rem_calendar, show_calendar, "",
	  "your calendar feed: made when you have none, its secret address printed once, as the last line",
	  OPTS({ "rotate", OPT_FLAG, NULL, "a new address in place of the old one, which stops answering" },
	       { "revoke", OPT_FLAG, NULL, "end the feed: its address stops answering" }), 0, 0, W },
	{ "calendar", "events", cmd_calendar_events, rem_calendar_events, show_calendar_events, "",
	  "what your calendar feed holds: check-ins, commitments, programme weeks, reviews, scoring", NULL, 0, 0, 0 },
	{ 0 },
};
