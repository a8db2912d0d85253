/*
 * coach.h — what the coach's files share, inside the core only: the state
 * of one grip_coach call (struct coach, filled by coach.c), the rule table's
 * entry, and the calls a rule makes to turn a finding into a hint.
 *
 * A rule looks at what coach.c loaded and reports each finding through one
 * of the coach_*_hint calls; those decide whether the actor sees it (the
 * rules of docs/coach.md, "Who sees what") and whether it falls in the
 * units asked for, so a rule never checks permissions itself.
 */
#ifndef GRIP_CORE_COACH_H
#define GRIP_CORE_COACH_H

#include "core/internal.h"
#include "core/reader.h"
#include "util/date.h"

struct coach;

struct coach_rule {
	const char *code;
	const char *severity; /* info, warn */
	int (*run)(struct coach *cx, const struct coach_rule *r);
};

/* A change of an objective's title or why, from its history. */
struct coach_change {
	int64_t objective_id;
	const char *at;
	const char *reason;
};

/* A group in scope, with the programme the coach looks at: the one running
 * today, else the latest in planning. */
struct coach_group {
	struct grip_unit *unit;
	struct grip_cycle *programme;
	int week;    /* the programme's week today; 0 before it starts */
	int halfway; /* the week of the half-way review: weeks / 2 + 1 */
	struct grip_objective **objs; /* the programme's objectives */
	size_t n_objs;
	struct coach_change *changes; /* of those objectives, oldest first */
	size_t n_changes;
};

/* Someone's current place in a unit. */
struct coach_member {
	int64_t person_id;
	int64_t unit_id;
	enum grip_member_role role;
};

/* A cycle of OKRs (not a programme) that is not closed, with its
 * objectives, their key results and figures. */
struct coach_cycle {
	struct grip_cycle *cycle;
	bool first; /* the org's first cycle of OKRs */
	struct grip_objective **objs;
	size_t n_objs;
};

struct coach {
	struct grip *g;
	int64_t scope; /* the unit asked for; 0: all */
	int32_t today;
	char this_week[WEEK_LEN];
	char last_week[WEEK_LEN];
	const char *locale;
	struct grip_unit **units;
	bool *in_scope; /* per unit: scope or below it, and visible to the actor */
	size_t n_units;
	struct coach_member *members;
	size_t n_members;
	struct coach_group *groups;
	size_t n_groups;
	struct coach_cycle *cycles;
	size_t n_cycles;
	struct grip_commitment **commits; /* this week's and last, as the actor sees them */
	size_t n_commits;
	/* filled by coach.c as rules report */
	struct coach_found **found;
	size_t n_found, cap_found;
	struct grip_person **people; /* looked up so far */
	size_t n_people, cap_people;
	struct coach_reader *reader; /* the text rules of the org's locale */
	/* set by a text rule around the hint it reports: the words that made
	 * it fire (struct grip_hint's words); NULL otherwise */
	const char *words;
	/* the words of the text hints in the org's locale (hints.txt), read
	 * when first needed by coach_words */
	struct grip_messages *hint_words;
};

/* Fills cx (from cx->g and cx->scope) with what the rules read. coach_load.c */
int coach_load(struct coach *cx);
/* Is the unit (0: none) in the units asked for, and visible? coach.c */
bool coach_in_scope(const struct coach *cx, int64_t unit_id);

/* The rule of the table with that code; NULL if none. coach.c */
const struct coach_rule *coach_rule_named(const char *code);
/* Runs the rule with that code over what cx holds. coach.c */
int coach_run(struct coach *cx, const char *code);
/* Fills cx->this_week and cx->last_week from cx->today. coach.c */
int coach_weeks(struct coach *cx);
/* Sorts what the rules found into *out (in the arena), as grip_coach
 * answers; failed: g->arena->failed before the rules ran. coach.c */
int coach_hints(struct coach *cx, long failed, struct grip_hint ***out, size_t *n);

/* ---- what a rule reports (coach.c) ---- */

int coach_unit_hint(struct coach *cx, const struct coach_rule *r, const struct grip_unit *u,
		    const char *message, const char *suggestion);
int coach_objective_hint(struct coach *cx, const struct coach_rule *r,
			 const struct grip_objective *o, const char *message,
			 const char *suggestion);
int coach_kr_hint(struct coach *cx, const struct coach_rule *r, const struct grip_objective *o,
		  const struct grip_kr *kr, const char *message, const char *suggestion);
int coach_commitment_hint(struct coach *cx, const struct coach_rule *r,
			  const struct grip_commitment *c, const char *message,
			  const char *suggestion);
int coach_person_hint(struct coach *cx, const struct coach_rule *r, int64_t person_id,
		      int64_t unit_id, const char *message, const char *suggestion);

/* A hint on text not saved yet (entity_id 0, no unit), kept whoever asks;
 * cx->words are its words. */
int coach_text_hint(struct coach *cx, const struct coach_rule *r, const char *entity,
		    const char *message, const char *suggestion);
/* Keeps only the hints found so far that keep answers true for. */
void coach_keep(struct coach *cx, bool (*keep)(const struct grip_hint *h, const void *ctx),
		const void *ctx);

/* ---- helpers for the rules' words (coach.c) ---- */

/* Text in the arena; NULL with g->err when memory runs out. */
__attribute__((format(printf, 2, 3))) const char *coach_say(struct coach *cx, const char *fmt, ...);
/* The words of text hint `code` (lexicon/<locale>/hints.txt, key
 * CODE.PART, English filling in what a locale leaves out), part "message",
 * "text" or "suggestion", with {name} of vars (name, value pairs,
 * NULL-ended) filled in; NULL with g->err when no file has it. */
const char *coach_words(struct coach *cx, const char *code, const char *part,
			const char *const *vars);
/* "\"text\"", cut to 60 characters with an ellipsis. */
const char *coach_quote(struct coach *cx, const char *text);
/* "38", "38 and 47", "38, 47 and 50". */
const char *coach_ids(struct coach *cx, const int64_t *ids, size_t n);
/* A person's name ("someone" if unknown). */
const char *coach_name(struct coach *cx, int64_t person_id);
struct grip_person *coach_person(struct coach *cx, int64_t person_id);
struct grip_unit *coach_unit(struct coach *cx, int64_t unit_id);
/* The words that make text rule `code` fire on text (NULL: it does not);
 * reader.h. */
const char *coach_find(struct coach *cx, const char *code, const char *text);
/* The unit a person's hint belongs to, among the units in scope they are
 * in: for the group chain (group set) their first group, else their first
 * unit; for the OKR chain their first unit that is not a group. 0: none. */
int64_t coach_person_unit(struct coach *cx, int64_t person_id, bool group);

/* ---- the rules (coach_group.c, coach_okr.c) ---- */

int coach_group_load(struct coach *cx, struct coach_group *gr);

int rule_group_outcome_count(struct coach *cx, const struct coach_rule *r);
int rule_group_outcome_locked(struct coach *cx, const struct coach_rule *r);
int rule_member_outcome_author(struct coach *cx, const struct coach_rule *r);
int rule_member_outcome_early_change(struct coach *cx, const struct coach_rule *r);
int rule_member_outcome_habit(struct coach *cx, const struct coach_rule *r);
int rule_member_outcome_missing(struct coach *cx, const struct coach_rule *r);
int rule_commitment_outcome(struct coach *cx, const struct coach_rule *r);
int rule_commitment_unlinked(struct coach *cx, const struct coach_rule *r);
int rule_lead_no_commitment(struct coach *cx, const struct coach_rule *r);

int rule_okr_count_objectives(struct coach *cx, const struct coach_rule *r);
int rule_okr_count_krs(struct coach *cx, const struct coach_rule *r);
int rule_kr_vague(struct coach *cx, const struct coach_rule *r);
int rule_kr_output(struct coach *cx, const struct coach_rule *r);
int rule_objective_bau(struct coach *cx, const struct coach_rule *r);
int rule_objective_unaligned(struct coach *cx, const struct coach_rule *r);
int rule_cascade_depth(struct coach *cx, const struct coach_rule *r);
int rule_individual_no_development(struct coach *cx, const struct coach_rule *r);
int rule_checkin_stale(struct coach *cx, const struct coach_rule *r);
/* coach_score.c */
int rule_score_calibration(struct coach *cx, const struct coach_rule *r);

#endif
