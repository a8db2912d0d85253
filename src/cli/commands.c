/*
 * commands.c — the command table of `grip`: every command, its arguments,
 * its options and their help, in one place. main.c dispatches from it and
 * help.c prints from it.
 */
#include "cli/cli.h"

#define HANDLER(fn) int fn(struct cli *c, const struct cli_args *a)
HANDLER(cmd_init); HANDLER(cmd_demo); HANDLER(cmd_report); HANDLER(cmd_history);
HANDLER(cmd_strategy_set); HANDLER(cmd_strategy_show);
HANDLER(cmd_person_add); HANDLER(cmd_person_list); HANDLER(cmd_person_show);
HANDLER(cmd_person_edit); HANDLER(cmd_person_leave);
HANDLER(cmd_unit_add); HANDLER(cmd_unit_list); HANDLER(cmd_unit_show); HANDLER(cmd_unit_edit);
HANDLER(cmd_member_add); HANDLER(cmd_member_leave);
HANDLER(cmd_cycle_add); HANDLER(cmd_cycle_list); HANDLER(cmd_cycle_show);
HANDLER(cmd_cycle_open); HANDLER(cmd_cycle_close);
HANDLER(cmd_objective_add); HANDLER(cmd_objective_list); HANDLER(cmd_objective_show);
HANDLER(cmd_objective_edit); HANDLER(cmd_objective_status);
HANDLER(cmd_objective_align); HANDLER(cmd_objective_unalign);
HANDLER(cmd_kr_add); HANDLER(cmd_kr_update); HANDLER(cmd_kr_show); HANDLER(cmd_kr_edit);
HANDLER(cmd_kr_history);
HANDLER(cmd_checkin); HANDLER(cmd_checkin_list);
HANDLER(cmd_commit_add); HANDLER(cmd_commit_close); HANDLER(cmd_commit_list);
HANDLER(cmd_initiative_add); HANDLER(cmd_initiative_status); HANDLER(cmd_initiative_list);
HANDLER(cmd_serve); HANDLER(cmd_token_create); HANDLER(cmd_token_list); HANDLER(cmd_token_revoke);
HANDLER(cmd_person_password);
HANDLER(cmd_dependency_add); HANDLER(cmd_dependency_status); HANDLER(cmd_dependency_list);

#define OPTS(...) ((const struct cli_opt[]){ __VA_ARGS__, { 0 } })
#define W CMD_WRITE

const struct cli_cmd cli_commands[] = {
	{ "init", NULL, cmd_init, "", "create an organisation, its company unit and its first admin",
	  OPTS({ "org", OPT_VALUE, "NAME", "the organisation's name (its slug is made from it)" },
	       { "admin", OPT_VALUE, "EMAIL", "the first admin's email" },
	       { "name", OPT_VALUE, "NAME", "the first admin's name" }), 0, 0, W | CMD_NO_ORG | CMD_CREATE },
	{ "demo", NULL, cmd_demo, "", "load the demo organisation (invented people and goals)",
	  NULL, 0, 0, W | CMD_NO_ORG | CMD_CREATE },
	{ "report", NULL, cmd_report, "", "an overview of the organisation's goals for a terminal",
	  OPTS({ "cycle", OPT_VALUE, "NAME", "the cycle to report (default: the running ones)" }), 0, 0, 0 },
	{ "history", NULL, cmd_history, "", "the history of changes (admins)",
	  OPTS({ "entity", OPT_VALUE, "KIND", "only this kind: objective, key_result, checkin, ..." },
	       { "id", OPT_VALUE, "ID", "only this entity" }), 0, 0, 0 },
	{ "serve", NULL, cmd_serve, "", "serve the JSON API over HTTP until SIGTERM or SIGINT",
	  OPTS({ "listen", OPT_VALUE, "HOST:PORT", "where to listen (default 127.0.0.1:8080; port 0 picks one)" },
	       { "threads", OPT_VALUE, "N", "worker threads (default 4)" }), 0, 0, CMD_SERVE },
	{ "token", "create", cmd_token_create, "EMAIL", "create an API token; it is printed once, as the last line",
	  OPTS({ "name", OPT_VALUE, "NAME", "what the token is for (default api)" }), 1, 1, W },
	{ "token", "list", cmd_token_list, "", "list API tokens (yours; an admin sees all)", NULL, 0, 0, 0 },
	{ "token", "revoke", cmd_token_revoke, "ID", "revoke an API token", NULL, 1, 1, W },
	{ "strategy", "set", cmd_strategy_set, "", "set the vision and strategy of the org or a business unit",
	  OPTS({ "vision", OPT_VALUE, "TEXT", "the vision" }, { "strategy", OPT_VALUE, "TEXT", "the strategy" },
	       { "unit", OPT_VALUE, "NAME", "a business unit instead of the org" }), 0, 0, W },
	{ "strategy", "show", cmd_strategy_show, "", "show the vision and strategy", NULL, 0, 0, 0 },

	{ "person", "add", cmd_person_add, "EMAIL", "add a person to the organisation",
	  OPTS({ "name", OPT_VALUE, "NAME", "their name" },
	       { "role", OPT_VALUE, "ROLE", "admin, member (default) or viewer" }), 1, 1, W },
	{ "person", "list", cmd_person_list, "", "list the people", NULL, 0, 0, 0 },
	{ "person", "show", cmd_person_show, "EMAIL|ID", "show a person", NULL, 1, 1, 0 },
	{ "person", "edit", cmd_person_edit, "EMAIL|ID", "change a person's name or role",
	  OPTS({ "name", OPT_VALUE, "NAME", "the new name" },
	       { "role", OPT_VALUE, "ROLE", "admin, member or viewer" }), 1, 1, W },
	{ "person", "password", cmd_person_password, "EMAIL|ID",
	  "set a password for signing in (read from standard input unless --password)",
	  OPTS({ "password", OPT_VALUE, "TEXT", "the password (visible to other users of the machine; prefer stdin)" }),
	  1, 1, W },
	{ "person", "leave", cmd_person_leave, "EMAIL|ID", "mark a person as having left",
	  OPTS({ "on", OPT_VALUE, "DATE", "the day they left (default today)" }), 1, 1, W },

	{ "unit", "add", cmd_unit_add, "NAME", "add a unit to the org tree",
	  OPTS({ "kind", OPT_VALUE, "KIND", "company, business_unit, department, team or group" },
	       { "parent", OPT_VALUE, "NAME", "the unit above (default the company)" },
	       { "lead", OPT_VALUE, "EMAIL", "its lead" },
	       { "private", OPT_FLAG, NULL, "visible only to its members, leads and admins" }), 1, 1, W },
	{ "unit", "list", cmd_unit_list, "", "list the units", NULL, 0, 0, 0 },
	{ "unit", "show", cmd_unit_show, "NAME", "show a unit and its members", NULL, 1, 1, 0 },
	{ "unit", "edit", cmd_unit_edit, "NAME", "change a unit",
	  OPTS({ "name", OPT_VALUE, "NAME", "a new name" }, { "lead", OPT_VALUE, "EMAIL", "a new lead" },
	       { "visibility", OPT_VALUE, "WHO", "org or private" },
	       { "vision", OPT_VALUE, "TEXT", "its vision" }, { "strategy", OPT_VALUE, "TEXT", "its strategy" }),
	  1, 1, W },
	{ "member", "add", cmd_member_add, "UNIT EMAIL", "add a person to a unit",
	  OPTS({ "role", OPT_VALUE, "ROLE", "lead or member (default)" },
	       { "joined", OPT_VALUE, "DATE", "the day they joined (default today)" }), 2, 2, W },
	{ "member", "leave", cmd_member_leave, "UNIT EMAIL", "record that a person left a unit",
	  OPTS({ "on", OPT_VALUE, "DATE", "the day they left (default today)" },
	       { "reason", OPT_VALUE, "TEXT", "why" }), 2, 2, W },

	{ "cycle", "add", cmd_cycle_add, "NAME", "add a quarter, a year or a group's programme",
	  OPTS({ "kind", OPT_VALUE, "KIND", "quarter, year or programme" },
	       { "from", OPT_VALUE, "DATE", "the first day" }, { "to", OPT_VALUE, "DATE", "the last day" },
	       { "weeks", OPT_VALUE, "N", "a programme's length in weeks" },
	       { "unit", OPT_VALUE, "GROUP", "a programme's group" }), 1, 1, W },
	{ "cycle", "list", cmd_cycle_list, "", "list the cycles", NULL, 0, 0, 0 },
	{ "cycle", "show", cmd_cycle_show, "NAME", "show a cycle", NULL, 1, 1, 0 },
	{ "cycle", "open", cmd_cycle_open, "NAME", "open a cycle in planning early", NULL, 1, 1, W },
	{ "cycle", "close", cmd_cycle_close, "NAME", "close a cycle; it becomes read-only", NULL, 1, 1, W },

	{ "objective", "add", cmd_objective_add, "TITLE", "add an objective",
	  OPTS({ "cycle", OPT_VALUE, "NAME", "its cycle" },
	       { "layer", OPT_VALUE, "LAYER", "strategic, team, individual, group or member" },
	       { "unit", OPT_VALUE, "NAME", "the owning unit" }, { "owner", OPT_VALUE, "EMAIL", "the owning person" },
	       { "aligns-to", OPT_MULTI, "ID", "an objective it contributes to" },
	       { "why", OPT_VALUE, "TEXT", "why it matters" },
	       { "development", OPT_FLAG, NULL, "a development objective (a person's growth)" },
	       { "private", OPT_FLAG, NULL, "visible only to its owner, unit and leads" },
	       { "visibility", OPT_VALUE, "WHO", "org or private" },
	       { "status", OPT_VALUE, "STATUS", "the starting status (default draft)" }), 1, 1, W },
	{ "objective", "list", cmd_objective_list, "", "list objectives with their figures",
	  OPTS({ "cycle", OPT_VALUE, "NAME", "in this cycle" }, { "unit", OPT_VALUE, "NAME", "of this unit" },
	       { "layer", OPT_VALUE, "LAYER", "of this layer" }, { "owner", OPT_VALUE, "EMAIL", "of this person" },
	       { "status", OPT_VALUE, "STATUS", "in this status" }), 0, 0, 0 },
	{ "objective", "show", cmd_objective_show, "ID", "show an objective, its key results and figures",
	  OPTS({ "as-of", OPT_VALUE, "DATE", "the figures as they stood at the end of that day" }), 1, 1, 0 },
	{ "objective", "edit", cmd_objective_edit, "ID", "change an objective",
	  OPTS({ "title", OPT_VALUE, "TEXT", "a new title" }, { "why", OPT_VALUE, "TEXT", "why it matters" },
	       { "visibility", OPT_VALUE, "WHO", "org or private" },
	       { "development", OPT_FLAG, NULL, "mark as a development objective" },
	       { "no-development", OPT_FLAG, NULL, "unmark" },
	       { "reason", OPT_VALUE, "TEXT", "why it changed (kept in history)" },
	       { "if-version", OPT_VALUE, "N", "only if it is still at this version" }), 1, 1, W },
	{ "objective", "status", cmd_objective_status, "ID STATUS",
	  "move an objective: proposed, approved, active, achieved, missed, dropped, draft",
	  OPTS({ "reason", OPT_VALUE, "TEXT", "why (kept in history)" }), 2, 2, W },
	{ "objective", "align", cmd_objective_align, "ID PARENT_ID", "align an objective to one above it",
	  NULL, 2, 2, W },
	{ "objective", "unalign", cmd_objective_unalign, "ID PARENT_ID", "remove an alignment", NULL, 2, 2, W },

	{ "kr", "add", cmd_kr_add, "OBJECTIVE_ID TITLE", "add a key result (metric unless --boolean or --milestone)",
	  OPTS({ "baseline", OPT_VALUE, "N", "where the metric starts" }, { "target", OPT_VALUE, "N", "where it should get" },
	       { "unit", OPT_VALUE, "LABEL", "the metric's unit: %, days, EUR, ..." },
	       { "weight", OPT_VALUE, "N", "its weight in the objective (default 1)" },
	       { "boolean", OPT_FLAG, NULL, "done or not done" },
	       { "milestone", OPT_MULTI, "TEXT", "a milestone, in order" },
	       { "owner", OPT_VALUE, "EMAIL", "who owns it" }), 2, 2, W },
	{ "kr", "update", cmd_kr_update, "KR_ID VALUE", "record a key result's value",
	  OPTS({ "note", OPT_VALUE, "TEXT", "a note on the value" },
	       { "at", OPT_VALUE, "DATE", "when (default now; not in the future)" }), 2, 2, W },
	{ "kr", "show", cmd_kr_show, "KR_ID", "show a key result",
	  OPTS({ "as-of", OPT_VALUE, "DATE", "its value at the end of that day" }), 1, 1, 0 },
	{ "kr", "edit", cmd_kr_edit, "KR_ID", "change a key result",
	  OPTS({ "title", OPT_VALUE, "TEXT", "a new title" }, { "unit", OPT_VALUE, "LABEL", "a new unit" },
	       { "baseline", OPT_VALUE, "N", "a new baseline" }, { "target", OPT_VALUE, "N", "a new target" },
	       { "weight", OPT_VALUE, "N", "a new weight" }, { "reason", OPT_VALUE, "TEXT", "why (kept in history)" }),
	  1, 1, W },
	{ "kr", "history", cmd_kr_history, "KR_ID", "every value a key result has had", NULL, 1, 1, 0 },

	{ "checkin", NULL, cmd_checkin, "OBJECTIVE_ID", "the weekly GRIP check-in on an objective",
	  OPTS({ "confidence", OPT_VALUE, "0-10", "how sure you are it will be achieved" },
	       { "kr", OPT_MULTI, "KR_ID=VALUE", "a key result's new value" },
	       { "kr-note", OPT_MULTI, "KR_ID=TEXT", "a note on that value" },
	       { "issues", OPT_VALUE, "TEXT", "what is in the way" }, { "plan", OPT_VALUE, "TEXT", "the plan forward" },
	       { "at", OPT_VALUE, "DATE", "when (default now; not in the future)" }), 1, 1, W },
	{ "checkin", "list", cmd_checkin_list, "OBJECTIVE_ID", "an objective's check-ins", NULL, 1, 1, 0 },

	{ "commit", "add", cmd_commit_add, "EMAIL TEXT", "write a weekly commitment",
	  OPTS({ "week", OPT_VALUE, "YYYY-Www", "the ISO week" },
	       { "goal", OPT_VALUE, "OBJECTIVE_ID", "the objective it serves" },
	       { "shared", OPT_FLAG, NULL, "share it with the group" }), 2, 2, W },
	{ "commit", "close", cmd_commit_close, "ID STATUS", "close a commitment: done, partial or missed",
	  OPTS({ "reflection", OPT_VALUE, "TEXT", "what happened" }), 2, 2, W },
	{ "commit", "list", cmd_commit_list, "", "list commitments",
	  OPTS({ "email", OPT_VALUE, "EMAIL", "of this person" }, { "week", OPT_VALUE, "YYYY-Www", "of this week" }),
	  0, 0, 0 },

	{ "initiative", "add", cmd_initiative_add, "OBJECTIVE_ID TITLE", "add work that should move a key result",
	  OPTS({ "owner", OPT_VALUE, "EMAIL", "who does it" }, { "link", OPT_VALUE, "URL", "where it is planned" },
	       { "kr", OPT_VALUE, "KR_ID", "the key result it should move" }), 2, 2, W },
	{ "initiative", "status", cmd_initiative_status, "ID STATUS", "move an initiative: todo, doing, done",
	  NULL, 2, 2, W },
	{ "initiative", "list", cmd_initiative_list, "OBJECTIVE_ID", "an objective's initiatives", NULL, 1, 1, 0 },
	{ "dependency", "add", cmd_dependency_add, "OBJECTIVE_ID", "record what an objective needs from another team",
	  OPTS({ "on-objective", OPT_VALUE, "ID", "the objective depended on" },
	       { "on-unit", OPT_VALUE, "NAME", "the unit depended on" }, { "note", OPT_VALUE, "TEXT", "what is needed" }),
	  1, 1, W },
	{ "dependency", "status", cmd_dependency_status, "ID STATUS", "move a dependency: open, agreed, done, declined",
	  NULL, 2, 2, W },
	{ "dependency", "list", cmd_dependency_list, "OBJECTIVE_ID", "an objective's dependencies", NULL, 1, 1, 0 },
	{ 0 },
};
