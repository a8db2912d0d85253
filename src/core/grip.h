/*
 * grip.h — the public API of the grip core: the context every call takes,
 * the error convention, and the concepts of PRODUCT.md §1 as structs.
 *
 * Ownership: every struct and string a core function hands out is allocated
 * in the context's arena and lives until the face releases that arena at
 * the end of the command or request. Callers never free them.
 *
 * Errors: functions return 0 (or a found/created pointer) on success and -1
 * (or NULL) on failure, with g->err describing it: a code, a message in
 * plain words, and the field at fault where there is one.
 *
 * Transactions: the face wraps each command or request in one transaction
 * (grip_begin / grip_commit, grip_rollback on any error), so a failed
 * command changes nothing. Core functions never commit on their own.
 *
 * Permissions: every write checks the acting person (g->actor) against the
 * rules in perm.c; every read of a single entity checks visibility.
 */
#ifndef GRIP_CORE_GRIP_H
#define GRIP_CORE_GRIP_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/measure.h"
#include "util/arena.h"

struct store;
struct grip_memo;
struct grip_seen;
struct grip_changes;
struct coach_readers;

enum grip_status {
	GRIP_OK = 0,
	GRIP_EINVAL,    /* validation: the input is not acceptable (HTTP 422) */
	GRIP_ENOTFOUND, /* no such entity in this org, or not visible (404) */
	GRIP_EPERM,     /* the acting person's role forbids it (403) */
	GRIP_ECONFLICT, /* clashes with what is stored: duplicate, wrong state (409) */
	GRIP_ESTALE,    /* the entity changed since it was read (412) */
	GRIP_ESTORE,    /* the store failed (500) */
	GRIP_ENOMEM,    /* out of memory (500) */
	GRIP_EAUTH,     /* no credentials, or bad ones (401) */
	GRIP_ETHROTTLE, /* too many failed attempts: wait err.retry_after seconds (429) */
	GRIP_EBUSY,     /* the server cannot take it now: try again in err.retry_after seconds (503) */
	GRIP_EUNAVAILABLE, /* the database cannot be reached for now: try again in err.retry_after seconds (503) */
};

struct grip_error {
	enum grip_status code;
	char field[48];
	char message[256];
	int retry_after; /* GRIP_ETHROTTLE, GRIP_EBUSY: seconds until it may be tried again; else 0 */
};

enum grip_role { GRIP_ROLE_ADMIN, GRIP_ROLE_MEMBER, GRIP_ROLE_VIEWER };

/* ---- names (names.c) ----
 * Each set of values is an enum with one table of names, in the same
 * order; SQL and JSON keep the names. grip_X_name gives a value's name
 * ("?" for one outside the set); grip_X_parse reads a name (-1: none). */
enum grip_layer { GRIP_LAYER_STRATEGIC, GRIP_LAYER_TEAM, GRIP_LAYER_INDIVIDUAL, GRIP_LAYER_GROUP, GRIP_LAYER_MEMBER };
const char *grip_layer_name(enum grip_layer v);
int grip_layer_parse(const char *s, enum grip_layer *out);
/* An objective's status, in lifecycle order (objective.c). */
enum grip_objective_status {
	GRIP_OBJECTIVE_DRAFT, GRIP_OBJECTIVE_PROPOSED, GRIP_OBJECTIVE_APPROVED, GRIP_OBJECTIVE_ACTIVE,
	GRIP_OBJECTIVE_ACHIEVED, GRIP_OBJECTIVE_MISSED, GRIP_OBJECTIVE_DROPPED,
};
const char *grip_objective_status_name(enum grip_objective_status v);
int grip_objective_status_parse(const char *s, enum grip_objective_status *out);
/* Who sees a unit or an objective: the organisation, or only those close to it (visibility.c). */
enum grip_visibility { GRIP_VISIBILITY_ORG, GRIP_VISIBILITY_PRIVATE };
const char *grip_visibility_name(enum grip_visibility v);
int grip_visibility_parse(const char *s, enum grip_visibility *out);
/* The kinds of unit, from the root of the tree down (unit.c). */
enum grip_unit_kind { GRIP_UNIT_COMPANY, GRIP_UNIT_BUSINESS_UNIT, GRIP_UNIT_DEPARTMENT, GRIP_UNIT_TEAM, GRIP_UNIT_GROUP };
const char *grip_unit_kind_name(enum grip_unit_kind v);
int grip_unit_kind_parse(const char *s, enum grip_unit_kind *out);
/* A cycle's kind, and its status, derived from its dates (cycle.c):
 * planning before it starts, active from then, scoring from its last day
 * (or opened earlier), closed once closed. */
enum grip_cycle_kind { GRIP_CYCLE_QUARTER, GRIP_CYCLE_YEAR, GRIP_CYCLE_PROGRAMME };
const char *grip_cycle_kind_name(enum grip_cycle_kind v);
int grip_cycle_kind_parse(const char *s, enum grip_cycle_kind *out);
enum grip_cycle_status { GRIP_CYCLE_PLANNING, GRIP_CYCLE_ACTIVE, GRIP_CYCLE_SCORING, GRIP_CYCLE_CLOSED };
const char *grip_cycle_status_name(enum grip_cycle_status v);
int grip_cycle_status_parse(const char *s, enum grip_cycle_status *out);
/* How a key result is measured (key_result.c). */
enum grip_kr_kind { GRIP_KR_METRIC, GRIP_KR_BOOLEAN, GRIP_KR_MILESTONES };
const char *grip_kr_kind_name(enum grip_kr_kind v);
int grip_kr_kind_parse(const char *s, enum grip_kr_kind *out);
/* A commitment is open until closed as done, partial or missed (commitment.c). */
enum grip_commit_status { GRIP_COMMIT_OPEN, GRIP_COMMIT_DONE, GRIP_COMMIT_PARTIAL, GRIP_COMMIT_MISSED };
const char *grip_commit_status_name(enum grip_commit_status v);
int grip_commit_status_parse(const char *s, enum grip_commit_status *out);
enum grip_initiative_status { GRIP_INITIATIVE_TODO, GRIP_INITIATIVE_DOING, GRIP_INITIATIVE_DONE };
const char *grip_initiative_status_name(enum grip_initiative_status v);
int grip_initiative_status_parse(const char *s, enum grip_initiative_status *out);
enum grip_dependency_status {
	GRIP_DEPENDENCY_OPEN, GRIP_DEPENDENCY_AGREED, GRIP_DEPENDENCY_DONE, GRIP_DEPENDENCY_DECLINED,
};
const char *grip_dependency_status_name(enum grip_dependency_status v);
int grip_dependency_status_parse(const char *s, enum grip_dependency_status *out);
/* A person's role in a unit (membership.c); not the org role, grip_role. */
enum grip_member_role { GRIP_MEMBER_LEAD, GRIP_MEMBER_MEMBER };
const char *grip_member_role_name(enum grip_member_role v);
int grip_member_role_parse(const char *s, enum grip_member_role *out);
/* How often an objective is checked in on (docs/model.md, "The
 * organisation's clock"). */
enum grip_cadence { GRIP_CADENCE_WEEKLY, GRIP_CADENCE_FORTNIGHTLY, GRIP_CADENCE_MONTHLY };
const char *grip_cadence_name(enum grip_cadence v);
int grip_cadence_parse(const char *s, enum grip_cadence *out);
const char *const *grip_cadences(void); /* the names, NULL-ended, for a form */
/* The days without a check-in after which an objective is stale. */
int grip_cadence_days(enum grip_cadence v);

struct grip_person {
	int64_t id;
	const char *email;
	const char *name;
	enum grip_role role;
	bool active;
	const char *left_on; /* NULL while active */
	const char *created_at;
};

/* Something a change did that the person should hear of, though it was
 * allowed (a second group outcome, an outcome written for someone). */
struct grip_warning {
	char code[40];
	char message[256];
};
#define GRIP_WARNINGS_MAX 4

/* The context of one command or request. No global state: everything a
 * core function needs comes through here. */
struct grip {
	struct store *store;
	struct arena *arena;
	int64_t now;      /* the clock, UTC seconds: GRIP_NOW or the real time */
	int64_t org_id;   /* the tenant; 0 before one is chosen */
	struct grip_person *actor; /* who acts; NULL only for init */
	struct grip_error err;
	struct grip_memo *memo; /* figures already computed in this request; any change clears it */
	struct grip_seen *seen; /* visibility decided in this request; any change clears it */
	struct grip_reach *reach; /* the actor's units, loaded once (actor.c); any change clears it */
	struct grip_changes *changes; /* what this write changed, for the read caches (changes.c) */
	struct grip_org *own_org; /* the credential's org, read with it (auth.c); any change clears it */
	struct coach_readers *readers; /* the process's coach readers (reader.h), or NULL: load per use */
	struct grip_warning warnings[GRIP_WARNINGS_MAX];
	int n_warnings;
	int64_t today_org;  /* the org grip_today read the time zone of (0: not yet) */
	int32_t utc_offset; /* that zone's offset from UTC, in seconds */
	int week_start;     /* that org's first day of the week, 1 (Monday) .. 7 */
};

/* ---- context, errors, transactions (context.c) ---- */

void grip_init(struct grip *g, struct store *store, struct arena *arena, int64_t now);
__attribute__((format(printf, 4, 5))) int grip_fail(struct grip *g, enum grip_status code,
						      const char *field, const char *fmt, ...);
/* Records a store failure (constraint → conflict, a lost database
 * connection → GRIP_EUNAVAILABLE) and returns -1. */
int grip_store_fail(struct grip *g);
/* Records that the database cannot be reached for now (GRIP_EUNAVAILABLE,
 * with a Retry-After of a second or two) and returns -1. */
int grip_unavailable(struct grip *g);
void *grip_alloc(struct grip *g, size_t n); /* sets GRIP_ENOMEM on failure */
char *grip_strdup(struct grip *g, const char *s);
int grip_begin(struct grip *g, bool write);
int grip_commit(struct grip *g);
void grip_rollback(struct grip *g);
/* Parses GRIP_NOW-style text (ISO date or date-time); -1 if invalid. */
int grip_parse_now(const char *text, int64_t *now);
/* Today in the org's time zone (UTC before an org is chosen). */
int32_t grip_today(struct grip *g);
/* The day of the org's clock that holds the UTC time t (docs/model.md,
 * "The organisation's clock"). */
int32_t grip_day_of(struct grip *g, int64_t t);
/* "YYYY-MM-DDTHH:MM:SSZ" of g->now, in the arena. */
const char *grip_now_text(struct grip *g);
/* Checks text: valid UTF-8, no control characters but tab and newline,
 * at most max bytes; required means not empty after trimming. */
int grip_check_text(struct grip *g, const char *field, const char *text, size_t max, bool required);

/* ---- org (org.c) ---- */

struct grip_org {
	int64_t id;
	const char *slug;
	const char *name;
	const char *timezone;
	const char *locale;
	int week_start;
	const char *vision;
	const char *strategy;
	const char *created_at;
	int remind_hour; /* 0-23 of its day: reminders are queued from then on */
};

/* Creates an org, its company unit and its first admin; sets g->org_id and
 * g->actor to them. */
struct grip_org *grip_org_create(struct grip *g, const char *name, const char *admin_email,
				 const char *admin_name);
struct grip_org *grip_org_get(struct grip *g, int64_t id);
/* slug NULL: the only org in the store (an error if there are none or several). */
struct grip_org *grip_org_find(struct grip *g, const char *slug);
int grip_org_set_strategy(struct grip *g, const char *vision, const char *strategy);
/* An admin's change of the org's settings; NULL fields stay as they are.
 * timezone is an IANA zone the system knows ("Europe/Berlin"), week_start
 * a day (1 Monday .. 7 Sunday, or its English name), locale one whose
 * lexicons the binary holds, remind_hour an hour "0" to "23". */
struct grip_org_edit {
	const char *name;
	const char *timezone;
	const char *week_start;
	const char *locale;
	const char *vision;
	const char *strategy;
	const char *remind_hour;
};
int grip_org_edit(struct grip *g, const struct grip_org_edit *e);
/* "3", "wednesday", "Wed" -> 3; -1 when it names no day. */
int grip_week_start_parse(const char *text);
const char *grip_weekday_name(int day); /* 1 -> "Monday" */
bool grip_timezone_valid(const char *name);
/* The locales the binary has lexicons for ("en", ...), into the arena. */
int grip_locales(struct grip *g, const char ***out, size_t *n);
/* The org's week that holds day: its first and last day (by the org's week
 * start) and the ISO week it is filed under (that of its Monday), which
 * commitments carry. */
struct grip_week {
	int32_t first, last;
	char iso[9]; /* "2026-W48" */
};
int grip_org_week(struct grip *g, int32_t day, struct grip_week *w);
/* The org's week filed under the ISO week named iso ("2026-W48": the one
 * holding that week's Monday); -1 (GRIP_EINVAL, field "week") if iso is
 * not a week. */
int grip_org_week_named(struct grip *g, const char *iso, struct grip_week *out);
/* The pure part: the first day of the week that holds day, for a week
 * that starts on week_start (1 Monday .. 7 Sunday). */
int32_t grip_week_first(int32_t day, int week_start);
/* "Acme Ltd." -> "acme-ltd"; into the arena. */
char *grip_slugify(struct grip *g, const char *name);
json_t *grip_org_json(const struct grip_org *o);

/* ---- person (person.c) ---- */

struct grip_person *grip_person_add(struct grip *g, const char *email, const char *name,
				    enum grip_role role);
struct grip_person *grip_person_get(struct grip *g, int64_t id);
struct grip_person *grip_person_by_email(struct grip *g, const char *email);
/* The first admin of the org: the default actor for local use. */
struct grip_person *grip_person_first_admin(struct grip *g);
int grip_person_list(struct grip *g, struct grip_person ***out, size_t *n);
int grip_person_edit(struct grip *g, int64_t id, const char *name, const char *role_name);
/* An admin marks someone as having left: their memberships end, their
 * sessions and API tokens stop at once. People are never deleted. */
int grip_person_leave(struct grip *g, int64_t id, const char *on);
const char *grip_role_name(enum grip_role r); /* its table of names is in names.c */
int grip_role_parse(const char *s, enum grip_role *r);
json_t *grip_person_json(const struct grip_person *p);

/* ---- unit (unit.c) ---- */

struct grip_unit {
	int64_t id;
	const char *name;
	enum grip_unit_kind kind;
	int64_t parent_id;
	int64_t lead_id;
	enum grip_visibility visibility;
	const char *vision;
	const char *strategy;
	const char *created_at;
};

struct grip_unit *grip_unit_add(struct grip *g, const char *name, const char *kind,
				const char *parent_name, const char *lead_email,
				const char *visibility);
struct grip_unit *grip_unit_get(struct grip *g, int64_t id);
struct grip_unit *grip_unit_by_name(struct grip *g, const char *name);
int grip_unit_list(struct grip *g, struct grip_unit ***out, size_t *n);
/* NULL fields stay as they are; parent_name moves the unit (no loops, the
 * kinds' rules of grip_unit_add). */
int grip_unit_edit(struct grip *g, int64_t id, const char *name, const char *parent_name,
		   const char *lead_email, const char *visibility, const char *vision, const char *strategy);
/* Deletes a unit no one has used: no sub-units, objectives, programmes,
 * dependencies on it or current members (its ended memberships go with it;
 * the history keeps it). Admins only; the company is never deleted. */
int grip_unit_delete(struct grip *g, int64_t id);
json_t *grip_unit_json(const struct grip_unit *u);
/* May units stand under this one? Not under a team or a group. */
bool grip_unit_holds_units(const struct grip_unit *u);

/* ---- membership (membership.c) ---- */

struct grip_membership {
	int64_t id;
	int64_t unit_id;
	int64_t person_id;
	enum grip_member_role role;
	const char *joined_on;
	const char *left_on;
	const char *left_reason;
};

struct grip_membership *grip_member_add(struct grip *g, int64_t unit_id, int64_t person_id,
					const char *role, const char *joined_on);
struct grip_membership *grip_member_leave(struct grip *g, int64_t unit_id, int64_t person_id,
					  const char *on, const char *reason);
/* A unit's memberships, past ones too, if the actor sees the unit; why
 * someone left only as grip_can_see_leaving_reason allows. */
int grip_member_list(struct grip *g, int64_t unit_id, struct grip_membership ***out, size_t *n);
/* How many people are current members (leads included) of each unit of the
 * org the actor sees, in one query for the whole tree: units with none are
 * left out. By unit id. */
struct grip_member_count {
	int64_t unit_id;
	int count;
};
int grip_member_counts(struct grip *g, struct grip_member_count ***out, size_t *n);
/* True when the person is a current member (any role) of the unit on day. */
bool grip_is_member(struct grip *g, int64_t unit_id, int64_t person_id);
/* True when the person leads the unit or any unit above it. */
bool grip_is_lead(struct grip *g, int64_t unit_id, int64_t person_id);
json_t *grip_membership_json(const struct grip_membership *m);

/* ---- cycle (cycle.c) ---- */

struct grip_cycle {
	int64_t id;
	const char *name;
	enum grip_cycle_kind kind;
	int64_t unit_id;  /* the group of a programme */
	const char *starts_on;
	const char *ends_on;
	int weeks;        /* programmes: N weeks; else 0 */
	const char *opened_on;
	const char *scoring_on; /* scoring opened before its last day; NULL: not */
	const char *closed_at;
	/* derived */
	enum grip_cycle_status status;
	const char *midpoint;
};

/* For a programme, weeks > 0 and to may be NULL (derived). */
struct grip_cycle *grip_cycle_add(struct grip *g, const char *name, const char *kind,
				  const char *from, const char *to, int weeks,
				  const char *unit_name);
struct grip_cycle *grip_cycle_get(struct grip *g, int64_t id);
struct grip_cycle *grip_cycle_by_name(struct grip *g, const char *name);
int grip_cycle_list(struct grip *g, struct grip_cycle ***out, size_t *n);
/* The cycle of an objective the actor sees (its owner sees it even once
 * she has left the programme's group). */
struct grip_objective;
struct grip_cycle *grip_cycle_of(struct grip *g, const struct grip_objective *o);
/* Renames a cycle or moves its dates, while it is in planning only
 * (a programme's end follows its start and weeks). NULL: unchanged. */
int grip_cycle_edit(struct grip *g, int64_t id, const char *name, const char *from, const char *to);
/* Deletes a cycle in planning that holds no objective. */
int grip_cycle_delete(struct grip *g, int64_t id);
int grip_cycle_open(struct grip *g, int64_t id);
/* Opens scoring before the cycle's last day: an admin, or a programme's
 * group lead. */
int grip_cycle_open_scoring(struct grip *g, int64_t id);
/* Closes a cycle once every objective in it not dropped is scored (a
 * programme: each outcome achieved, missed or dropped); else refuses
 * (GRIP_ECONFLICT) naming what is missing, unless an admin forces it with
 * a reason (force NULL: no force). Each approved or active objective
 * scored becomes achieved at 0.7 or more, else missed. */
int grip_cycle_close(struct grip *g, int64_t id, const char *force);
/* Active or scoring: it has started and is not closed. */
bool grip_cycle_running(const struct grip_cycle *c);
/* Week N of a programme containing day (1-based), 0 before it starts. */
int grip_cycle_week_number(const struct grip_cycle *c, int32_t day);
json_t *grip_cycle_json(const struct grip_cycle *c);

/* ---- objective and key result (objective.c, key_result.c, figures.c) ---- */

struct grip_milestone {
	int64_t id;
	int position;
	const char *title;
	double weight;
	bool done;
};

struct grip_kr {
	int64_t id;
	int64_t objective_id;
	int position;
	const char *title;
	enum grip_kr_kind kind;
	double baseline;
	double target;
	const char *unit_label;
	double weight;
	int64_t owner_id;
	int version;
	struct grip_milestone *milestones;
	size_t n_milestones;
	/* figures, as of the date asked */
	double current;
	bool has_value; /* a value has been recorded (else current = baseline) */
	const char *value_at;
	double progress;
	/* its scores, read alone (grip_kr_get, grip_objective_get) in a cycle
	 * in scoring or closed (score.c); else NULL */
	struct grip_kr_score *score;
};

struct grip_objective {
	int64_t id;
	int64_t cycle_id;
	const char *cycle_name;
	enum grip_layer layer;
	int64_t unit_id;
	const char *unit_name;
	int64_t owner_id;
	const char *owner_email;
	const char *title;
	const char *why;
	enum grip_objective_status status;
	bool development;
	enum grip_visibility visibility;
	int64_t author_id;
	const char *created_at;
	const char *updated_at;
	int version;
	int64_t carried_from; /* the objective it was carried forward from; 0: none (carry.c) */
	enum grip_cadence cadence;
	int64_t *aligns_to;
	size_t n_aligns_to;
	struct grip_kr *krs;
	size_t n_krs;
	/* figures, as of the date asked (PRODUCT.md §3) */
	const char *as_of;
	double progress;
	bool rolled_up; /* progress is the mean of aligned objectives */
	int confidence; /* -1: no check-in yet */
	enum grip_light light;
	const char *last_checkin;
	bool stale;
	const char *approved_at; /* first approved or made active, by as_of; NULL: not yet */
	const char *pace_from;   /* the day pace starts: the later of the cycle's start and approval */
	double expected;
	bool at_risk;     /* behind pace, or its light red */
	bool behind_pace; /* more than GRIP_AT_RISK_GAP behind the expected progress */
	/* read alone (grip_objective_get) in a cycle in scoring or closed, not
	 * a programme: scoring is set, with its score in tenths (-1: not
	 * scored, score_missing saying what it lacks) (score.c) */
	bool scoring;
	int score;
	const char *score_missing;
};

struct grip_objective_new {
	const char *title;
	const char *why;
	const char *cycle_name;
	const char *layer;
	const char *unit_name;   /* may be NULL for individual and member layers */
	const char *owner_email; /* may be NULL for strategic and team layers */
	const int64_t *aligns_to;
	size_t n_aligns_to;
	bool development;
	const char *visibility; /* NULL: private for member outcomes, else org */
	const char *status;     /* NULL: draft */
	bool start_furthest;    /* ignore status: active if the actor may make that call, else proposed */
	const char *cadence;    /* NULL: weekly */
};

struct grip_objective *grip_objective_add(struct grip *g, const struct grip_objective_new *n);

/* Loads with key results and figures computed as of as_of (NULL: today). */
struct grip_objective *grip_objective_get(struct grip *g, int64_t id, const char *as_of);

struct grip_objective_edit {
	const char *title;
	const char *why;
	const char *visibility;
	int development; /* -1: unchanged */
	const char *reason;
	int if_version;  /* 0: no check; else must match the stored version */
	const char *owner_email; /* NULL: unchanged; "": none (where the layer allows) */
	const char *cadence;     /* NULL: unchanged */
};
int grip_objective_edit(struct grip *g, int64_t id, const struct grip_objective_edit *e);
/* missed and dropped need a reason; every move is checked by
 * grip_objective_moves' table and rules. */
int grip_objective_set_status(struct grip *g, int64_t id, const char *status, const char *reason);
int grip_objective_align(struct grip *g, int64_t child, int64_t parent);
int grip_objective_unalign(struct grip *g, int64_t child, int64_t parent);

/* A status move the actor may make now (objective.c). */
struct grip_move {
	enum grip_objective_status to;
	bool needs_reason; /* missed and dropped say why */
	bool lead_call;    /* approving, activating an undecided one, returning a proposal */
};
#define GRIP_MOVES_MAX 7
/* The moves the actor may make from o's status, in lifecycle order: the
 * objective theirs to change, its cycle open, the lead's calls only for a
 * lead or an admin. The one table grip_objective_set_status obeys; leaves
 * g->err as it was. Returns how many it wrote into out. */
size_t grip_objective_moves(struct grip *g, const struct grip_objective *o,
			    struct grip_move out[GRIP_MOVES_MAX]);
/* Whether the lifecycle has a move from one status to another, and
 * whether it needs a reason (whoever makes it). */
bool grip_status_move_exists(enum grip_objective_status from, enum grip_objective_status to);
bool grip_status_needs_reason(enum grip_objective_status to);
/* Deletes a draft that was never proposed, approved, checked in on or
 * given a value, and that no commitment serves, with its key results,
 * initiatives, dependencies and alignments (history keeps them in the
 * event). Anything else is dropped with a reason instead. */
int grip_objective_delete(struct grip *g, int64_t id);
/* The objectives o may align to, as grip_objective_align would accept
 * them now (visible, layer above, same or enclosing cycle, no loop, not
 * already a parent), by id; no figures. */
int grip_objective_align_choices(struct grip *g, const struct grip_objective *o,
				 struct grip_objective ***out, size_t *n);
/* The people who could own o, as grip_objective_edit would accept its
 * owner now (active, fitting the layer, the actor allowed to write it with
 * them), and its current owner; *none is whether it may have no owner. */
int grip_objective_owner_choices(struct grip *g, const struct grip_objective *o,
				 struct grip_person ***out, size_t *n, bool *none);
/* Whether o may be marked a development objective (a person's layer). */
bool grip_objective_may_be_development(const struct grip_objective *o);

struct grip_objective_filter {
	const char *cycle_name;
	const char *unit_name;
	const char *layer;
	const char *owner_email;
	const char *status;
};
/* Visible objectives matching the filter, with figures as of today. */
int grip_objective_list(struct grip *g, const struct grip_objective_filter *f,
			struct grip_objective ***out, size_t *n);
/* The same, one page: figures are computed only for the `limit` objectives
 * from `offset` on; *total counts every visible match. */
int grip_objective_page(struct grip *g, const struct grip_objective_filter *f, size_t offset,
			size_t limit, struct grip_objective ***out, size_t *n, size_t *total);
/* The actor's own objectives in cycles not closed (dropped ones left
 * out), with figures as of today: those they own, and the strategic, team
 * and group objectives of the units they lead or belong to. */
int grip_objective_mine(struct grip *g, struct grip_objective ***out, size_t *n);
/* The objectives aligned to parent_id (its children) that the actor may
 * see, by id, with figures as of today. */
int grip_objective_aligned(struct grip *g, int64_t parent_id, struct grip_objective ***out, size_t *n);
json_t *grip_objective_json(const struct grip_objective *o);
/* The same as text, appended to a JSON writer (util/json_out.h); the
 * json_t forms are parsed from it (json_write.c). */
struct json_out;
void grip_objective_write(struct json_out *j, const struct grip_objective *o);

struct grip_kr_new {
	const char *title;
	const char *kind; /* NULL: metric */
	double baseline;
	double target;
	const char *unit_label;
	double weight; /* 0: 1 */
	const char *owner_email;
	const char *const *milestones; /* titles, for kind milestones */
	const double *milestone_weights; /* NULL: all 1 */
	size_t n_milestones;
	/* Faces that read input which may leave fields out (the CLI, the API)
	 * say what they were given, and the core judges it: a metric key result
	 * needs its baseline and target, only a metric has them, and a weight
	 * given must be above 0. Callers that fill every field leave `given`
	 * false. */
	bool given;
	bool has_baseline, has_target, has_weight;
};
struct grip_kr *grip_kr_add(struct grip *g, int64_t objective_id, const struct grip_kr_new *n);
struct grip_kr *grip_kr_get(struct grip *g, int64_t id, const char *as_of);
/* Records a value (a milestones KR takes the count of milestones done, in
 * order; a boolean KR takes 0 or 1) on `at` (NULL: now). */
int grip_kr_update(struct grip *g, int64_t id, double value, const char *note, const char *at);
/* Parses a value as the KR's kind expects it, with a clear error. A
 * milestones KR (loaded with its milestones) also takes a milestone's
 * name: see grip_kr_milestone_done. */
int grip_kr_parse_value(struct grip *g, const struct grip_kr *kr, const char *text, double *out);
/* The value that marks the milestone called name done: its position, so
 * it and those before it count as done and those after it do not. Names
 * match but for the blanks around them and the case of ASCII letters; an
 * unknown or ambiguous name fails naming field. */
int grip_kr_milestone_done(struct grip *g, const struct grip_kr *kr, const char *field, const char *name,
			   double *out);
/* A milestone as written in the CLI and the web form: "Build" (weight 1)
 * or "Build = 2", where what follows the last '=' is the weight when it
 * reads as a number (else the whole text is the name). The weight itself
 * is checked by grip_kr_add. */
int grip_kr_parse_milestone(struct grip *g, const char *text, const char **title, double *weight);
/* Deletes a key result while nothing of it has been seen: its objective is
 * a draft or proposed and it has no recorded value. Else it stays. */
int grip_kr_delete(struct grip *g, int64_t id, const char *reason);
/* Checks a value against a loaded key result (with its milestones): a
 * boolean takes 0 or 1, a milestones KR a whole count up to its number of
 * milestones. The error names field "value". */
int grip_kr_check_value(struct grip *g, const struct grip_kr *kr, double value);

struct grip_kr_edit {
	const char *title;
	const char *unit_label;
	const double *baseline;
	const double *target;
	const double *weight;
	const char *reason;
};
int grip_kr_edit(struct grip *g, int64_t id, const struct grip_kr_edit *e);

struct grip_kr_value {
	double value;
	const char *note;
	const char *at;
	int64_t checkin_id;
};
int grip_kr_history(struct grip *g, int64_t id, struct grip_kr_value **out, size_t *n);
json_t *grip_kr_json(const struct grip_kr *kr);
void grip_kr_write(struct json_out *j, const struct grip_kr *kr);

/* ---- carry forward (carry.c) ----
 * An unfinished objective (not achieved, not dropped) of a cycle in
 * scoring or closed is carried into a later cycle in planning or active
 * as a new draft that names it in carried_from, once per cycle (409 for a
 * second time), by whoever may add it there. carry.c states the rules. */

/* What stayed behind or was left out, and why: a key result that reached
 * its target, an alignment the rules refuse, an objective carried already. */
struct grip_carry_note {
	const char *what; /* "key_result", "alignment", "objective" */
	int64_t id;
	const char *reason;
};
struct grip_carried_kr {
	int64_t from_id, id;
	const char *title;
	enum grip_kr_kind kind;
	double baseline, was_baseline, target;
};
struct grip_carried_link {
	int64_t parent_id;
	int64_t copy_of; /* the parent it is the carried copy of; 0: the same parent */
};
struct grip_carried {
	int64_t from_id, id; /* the source and its copy */
	const char *title;
	enum grip_layer layer;
	const char *unit, *owner;
	struct grip_carried_kr *krs;
	size_t n_krs;
	struct grip_carried_link *links;
	size_t n_links;
	struct grip_carry_note *left; /* what stayed behind */
	size_t n_left;
};
struct grip_carry {
	const char *from, *to; /* the cycles' names */
	struct grip_carried *items;
	size_t n;
	struct grip_carry_note *skipped; /* objectives carried there before */
	size_t n_skipped;
};
/* Carries one objective into the cycle named to. */
int grip_carry_objective(struct grip *g, int64_t id, const char *to, struct grip_carry **out);
/* Carries every unfinished objective of a unit in cycle from that the
 * actor sees; those carried into to before are skipped (all of them: 409). */
int grip_carry_unit(struct grip *g, const char *unit, const char *from, const char *to, struct grip_carry **out);
/* A new cycle (grip_cycle_add), and with previous set, carried into from
 * that cycle (in scoring or closed): every unfinished objective whose
 * reflection has a "carry forward" text, and every missed one. With
 * previous, kind defaults to its kind and from to the day after it ends.
 * *out is NULL without previous. */
struct grip_cycle_new {
	const char *name, *kind, *from, *to;
	int weeks;
	const char *unit;
	const char *previous;
};
struct grip_cycle *grip_cycle_add_from(struct grip *g, const struct grip_cycle_new *n, struct grip_carry **out);
/* The cycles o could be carried into now, by start. */
int grip_carry_targets(struct grip *g, const struct grip_objective *o, struct grip_cycle ***out, size_t *n);
/* Where a carried objective came from, if the actor sees it (from NULL
 * otherwise, or when o was not carried), and that one's reflection (NULL
 * texts: none written). */
struct grip_carry_origin {
	struct grip_objective *from;
	const char *worked, *did_not, *carry_forward;
};
int grip_carry_origin(struct grip *g, const struct grip_objective *o, struct grip_carry_origin *out);
json_t *grip_carry_json(const struct grip_carry *c);

/* ---- scoring (score.c) ----
 * Scores are 0.0 to 1.0 with one decimal, held in tenths (0..10; -1: none). */

/* An objective scoring this (0.7) or more is achieved. */
#define GRIP_SCORE_ACHIEVED 7

/* Reads a score as given: "0", "1", "0.7", "1.0"; anything else ("0.75",
 * "1.05", "-0.1", "abc", "") fails naming field. A JSON number is read by
 * its shortest text. */
int grip_score_parse(struct grip *g, const char *field, const char *text, int *tenths);
int grip_score_of_number(struct grip *g, const char *field, double v, int *tenths);

struct grip_kr_score {
	int64_t key_result_id;
	int suggested; /* its progress on the cycle's last day (or today, if earlier) */
	int self;
	const char *evidence;
	const char *self_by; /* emails */
	int lead;
	const char *comment;
	const char *lead_by;
	int final;
	const char *final_by;
	int agreed; /* self and lead agree: the suggested final; else -1 */
};
/* What a score sets; NULL fields stay as they are ("" clears a text). */
struct grip_score_input {
	const char *self, *evidence; /* those who may check in on it; someone's key result by them */
	const char *lead, *comment;  /* a lead of its unit or of its owner, or an admin */
	const char *final;           /* the same as lead */
};
/* Scores a key result while its cycle is in scoring, its objective agreed
 * and not dropped; not in programmes. */
int grip_score_set(struct grip *g, int64_t kr_id, const struct grip_score_input *in);
struct grip_kr_score *grip_kr_score_get(struct grip *g, int64_t kr_id);
json_t *grip_kr_score_json(const struct grip_kr_score *s);

/* A unit's (its objectives) or a person's (those they own) scores over a
 * cycle (NULL: the latest in scoring), of the objectives the actor sees
 * that were agreed: approved, active, achieved or missed. */
struct grip_scored_objective {
	struct grip_objective *objective; /* with its key results and today's figures */
	struct grip_kr_score **scores;    /* one per key result, in order */
	int score;                        /* weighted mean of the final scores; -1: not scored */
	const char *missing;              /* what it lacks to be scored; NULL when scored */
};
struct grip_scoring {
	struct grip_cycle *cycle;
	const char *unit;
	const char *person;
	struct grip_scored_objective *rows;
	size_t n;
};
int grip_scoring(struct grip *g, const char *cycle, const char *unit, const char *person, struct grip_scoring **out);
/* A person's scores of a cycle, for an annual review: grip_scoring with
 * the person required. */
int grip_score_export(struct grip *g, const char *cycle, const char *person, struct grip_scoring **out);
json_t *grip_scoring_json(const struct grip_scoring *s);
/* The CSV of grip_scoring_json's answer: one line a key result (RFC 4180 quoting, lines ending in LF). */
char *grip_scoring_csv(struct grip *g, const json_t *scoring);

/* What keeps a cycle from closing: each objective not dropped that is not
 * scored (a programme: each outcome not achieved, missed or dropped). */
struct grip_unscored {
	int64_t objective_id;
	const char *title;
	const char *missing;
};
int grip_cycle_unscored(struct grip *g, const struct grip_cycle *c, struct grip_unscored **out, size_t *n);
json_t *grip_unscored_json(const struct grip_unscored *u);

/* ---- check-in (checkin.c) ---- */

struct grip_checkin_result {
	int64_t key_result_id;
	double value;
	const char *note;
};

struct grip_checkin {
	int64_t id;
	int64_t objective_id;
	int64_t author_id;
	const char *at;
	int confidence;
	const char *issues;
	const char *plan;
	struct grip_checkin_result *results;
	size_t n_results;
};

struct grip_checkin *grip_checkin_add(struct grip *g, int64_t objective_id, int confidence,
				      const struct grip_checkin_result *results, size_t n,
				      const char *issues, const char *plan, const char *at);
int grip_checkin_list(struct grip *g, int64_t objective_id, struct grip_checkin ***out, size_t *n);
json_t *grip_checkin_json(const struct grip_checkin *c);
void grip_checkin_write(struct json_out *j, const struct grip_checkin *c);
/* Confidence is a whole number from GRIP_CONFIDENCE_MIN to _MAX: checks
 * one (error on field "confidence"), or reads one from text (NULL or empty:
 * "is required"). */
#define GRIP_CONFIDENCE_MIN 0
#define GRIP_CONFIDENCE_MAX 10
int grip_check_confidence(struct grip *g, int64_t confidence);
int grip_parse_confidence(struct grip *g, const char *text, int *out);

/* ---- check-ins due (checkin_due.c) ---- */

/* The window of a cadence by the org's clock (checkin_due.c): a check-in
 * on or after day `from` counts for the current period, named `period`
 * ("2026-W48" for weekly and fortnightly, "2026-11" for monthly). */
struct grip_checkin_window {
	int32_t from;
	char period[9];
};
int grip_checkin_window(struct grip *g, enum grip_cadence cadence, struct grip_checkin_window *w);
/* Is a check-in on o (loaded with its figures) due from the actor now?
 * They may check in on it, and it has none in its cadence's window, or it
 * is stale. */
bool grip_checkin_due(struct grip *g, const struct grip_objective *o);
/* Of the actor's own objectives (grip_objective_mine), those due. */
int grip_checkins_due(struct grip *g, struct grip_objective ***out, size_t *n);

/* ---- commitment (commitment.c) ---- */

struct grip_commitment {
	int64_t id;
	int64_t person_id;
	const char *email;
	const char *week;
	const char *text;
	int64_t objective_id;
	enum grip_commit_status status;
	const char *reflection;
	bool shared;
	const char *created_at;
	const char *closed_at;
};

/* week NULL: this week. */
struct grip_commitment *grip_commit_add(struct grip *g, const char *email, const char *text,
					const char *week, int64_t objective_id, bool shared);
int grip_commit_close(struct grip *g, int64_t id, const char *status, const char *reflection);
/* A change to an open commitment of a week not over (commitment.c says
 * who may); each field left as it is when NULL or -1. */
struct grip_commit_edit {
	const char *text;     /* NULL: unchanged */
	int64_t objective_id; /* -1: unchanged; 0: linked to nothing */
	int shared;           /* -1: unchanged; else 0 or 1 */
};
int grip_commit_edit(struct grip *g, int64_t id, const struct grip_commit_edit *e);
/* Deletes an open commitment of a week not over: its person alone. */
int grip_commit_delete(struct grip *g, int64_t id);
struct grip_commitment *grip_commit_get(struct grip *g, int64_t id);
/* The commitments the actor may see; email or week may be NULL for all. */
int grip_commit_list(struct grip *g, const char *email, const char *week,
		     struct grip_commitment ***out, size_t *n);
/* Completion of a person's commitments (person_id 0: everyone's) over
 * weeks closed by today, counting only those the actor may see. */
int grip_commit_tally(struct grip *g, int64_t person_id, struct commit_tally *t);
json_t *grip_commitment_json(const struct grip_commitment *c);
/* A new commitment's JSON with, under "to_close", the same person's
 * commitments of earlier weeks still open: offered for closing. */
json_t *grip_commit_added_json(struct grip *g, const struct grip_commitment *c);

/* ---- initiative, alignment, dependency (initiative.c, dependency.c) ---- */

struct grip_initiative {
	int64_t id;
	int64_t objective_id;
	int64_t key_result_id;
	const char *title;
	int64_t owner_id;
	enum grip_initiative_status status;
	const char *link;
};

struct grip_initiative *grip_initiative_add(struct grip *g, int64_t objective_id,
					    const char *title, const char *owner_email,
					    const char *link, int64_t key_result_id);
struct grip_initiative *grip_initiative_get(struct grip *g, int64_t id);
int grip_initiative_set_status(struct grip *g, int64_t id, const char *status);
struct grip_initiative_edit {
	const char *title;       /* NULL: unchanged */
	const char *owner_email; /* NULL: unchanged; "": nobody */
	const char *link;        /* NULL: unchanged; "": none */
	int64_t key_result_id;   /* 0: unchanged; -1: none */
};
int grip_initiative_edit(struct grip *g, int64_t id, const struct grip_initiative_edit *e);
/* Initiatives are working notes beside the OKR: deleted, not dropped
 * (the event keeps what it was). */
int grip_initiative_delete(struct grip *g, int64_t id);
/* The statuses, in order, NULL-ended. */
const char *const *grip_initiative_statuses(void);
int grip_initiative_list(struct grip *g, int64_t objective_id, struct grip_initiative ***out,
			 size_t *n);
json_t *grip_initiative_json(const struct grip_initiative *i);

struct grip_dependency {
	int64_t id;
	int64_t from_objective_id;
	int64_t to_objective_id;
	int64_t to_unit_id;
	const char *note;
	enum grip_dependency_status status;
};

struct grip_dependency *grip_dependency_add(struct grip *g, int64_t from_objective,
					    int64_t to_objective, const char *to_unit_name,
					    const char *note);
struct grip_dependency *grip_dependency_get(struct grip *g, int64_t id);
int grip_dependency_set_status(struct grip *g, int64_t id, const char *status);
/* The note; changed, like deleting it, by the depending objective's side. */
int grip_dependency_edit(struct grip *g, int64_t id, const char *note);
int grip_dependency_delete(struct grip *g, int64_t id);
/* The statuses, in order, NULL-ended. */
const char *const *grip_dependency_statuses(void);
int grip_dependency_list(struct grip *g, int64_t objective_id, struct grip_dependency ***out,
			 size_t *n);
json_t *grip_dependency_json(const struct grip_dependency *d);

/* ---- groups: outcomes, review (group.c); chain and report (group_report.c) ---- */

__attribute__((format(printf, 3, 4))) void grip_warn(struct grip *g, const char *code,
						     const char *fmt, ...);
/* The same as grip_objective_review (approval.c): a member's outcome is
 * reviewed as every proposal is. */
int grip_outcome_review(struct grip *g, int64_t id, const char *decision, const char *comment);
/* A group's current programme among cycles cs (in order of start): the one
 * running (the latest to start, if several), else the next in planning
 * (the soonest to start), else the last closed; NULL when it has none. */
struct grip_cycle *grip_programme_current(struct grip_cycle *const *cs, size_t n, int64_t group_id);
/* The same among the cycles the actor sees; NULL with GRIP_ENOTFOUND
 * (field "programme") when there is none. */
struct grip_cycle *grip_group_programme(struct grip *g, const struct grip_unit *u);
/* The week ("YYYY-Www", the ISO name of the org's week) a programme's
 * figures are read for on day: that day's, or the programme's nearest
 * week before it starts or once it is over. */
void grip_programme_week(struct grip *g, const struct grip_cycle *c, int32_t day, char out[9]);

/* The outcome prompt (by when, how will you know, how much): a group's
 * lead offers it or not; members see its questions beside their own text. */
int grip_group_prompt_offer(struct grip *g, const char *group, bool offered);
/* Whether the unit's lead offers it, and its questions (lines may be NULL). */
int grip_group_prompt(struct grip *g, int64_t unit_id, bool *offered, const char ***lines, size_t *n);
/* {"group_id","offered","questions":[...]} */
json_t *grip_group_prompt_json(struct grip *g, int64_t unit_id);

/* The chain of one person for one week: their commitments, their outcome,
 * the group outcome above it, and every break in plain words. */
struct grip_chain {
	int64_t person_id;
	const char *email;
	const char *week;
	struct grip_commitment **commitments;
	size_t n_commitments;
	struct grip_objective *outcome;       /* NULL: none (or not visible) */
	struct grip_objective *group_outcome; /* NULL: the group has none */
	const char **breaks;
	size_t n_breaks;
	bool ok;
};

struct grip_week_figures {
	const char *week; /* ISO week */
	int number;       /* programme week */
	struct commit_tally tally;
	int unwritten;    /* members enrolled that week who wrote no commitment */
	double completion_rate; /* negative: no commitments */
};

struct grip_group_row {
	struct grip_person *person;
	enum grip_member_role role;
	const char *joined_on;
	const char *left_on;
	struct grip_objective *outcome; /* NULL: none, or not visible to the actor */
	const char *review;             /* approve, return, or NULL */
	const char *review_comment;
	bool personal; /* the actor may see this person's own figures */
	struct commit_tally tally;
	double completion_rate;
	bool drifting;
	struct grip_chain *chain; /* members still in the group, when personal */
};

struct grip_group_report {
	struct grip_unit *group;
	struct grip_cycle *programme;
	const char *week;
	int week_number;  /* of the programme */
	int halfway_week;
	struct grip_objective **group_outcomes;
	size_t n_group_outcomes;
	struct grip_group_row *rows; /* drifting members first */
	size_t n_rows;
	struct grip_week_figures *weeks; /* the closed weeks up to `week` */
	size_t n_weeks;
	struct commit_tally tally;
	double completion_rate;
	int enrolled, left;
	double dropout_rate;
	const char **prompt; /* the outcome prompt's questions, when the lead offers it */
	size_t n_prompt;
};

/* The chain of email (NULL: the actor) in a group's programme for week
 * (NULL: this week): the person, the group's leads and admins may ask. */
int grip_group_chain(struct grip *g, const char *group, const char *email, const char *week,
		     struct grip_chain **out);
json_t *grip_chain_json(const struct grip_chain *c);
/* The report of a group's programme (NULL: its current one) as
 * of week (NULL: this week). */
int grip_group_report(struct grip *g, const char *group, const char *programme, const char *week,
		      struct grip_group_report **out);
json_t *grip_group_report_json(const struct grip_group_report *r);

/* ---- reviews and the approvals queue (approval.c) ---- */

/* A lead's review of a proposal of any layer (and of a member's outcome,
 * draft or proposed): decision "approve" (it becomes approved) or
 * "return" (back to draft; the comment, then required, says what to
 * change). By a lead of its unit, a lead of its owner outside private
 * units, or an admin; never by its owner. The comment is the event's
 * reason. */
int grip_objective_review(struct grip *g, int64_t id, const char *decision, const char *comment);

struct grip_review {
	int64_t objective_id;
	const char *decision; /* approve, return */
	const char *comment;  /* NULL: none */
	int64_t by_id;
	const char *by;       /* the reviewer's email */
	const char *at;
};
/* The latest review of an objective the actor sees (*out NULL: none). */
int grip_objective_last_review(struct grip *g, int64_t id, struct grip_review **out);

struct grip_approval {
	struct grip_objective *objective; /* stored fields, no figures */
	const char *owner_name;           /* NULL: a unit's objective */
	struct grip_review *last;         /* its latest review, NULL if none */
};
/* What awaits the actor's decision, in cycles not closed: the proposals
 * (and members' outcomes never reviewed, in draft) they see and may
 * review; an admin's holds every one. By id. */
int grip_approvals(struct grip *g, struct grip_approval ***out, size_t *n);
/* Its length; 0 (no error) for someone who leads nothing. */
int grip_approvals_count(struct grip *g, size_t *n);
/* May the actor have a queue at all: an admin, or a lead of some unit. */
bool grip_may_have_approvals(struct grip *g);
/* The actor's own objectives their lead returned to draft with a comment,
 * still in draft, in cycles not closed; `last` holds the return. */
int grip_returned_mine(struct grip *g, struct grip_approval ***out, size_t *n);
json_t *grip_review_json(const struct grip_review *rv); /* NULL: JSON null */
json_t *grip_approval_json(const struct grip_approval *a);

/* ---- mid-cycle reviews (review.c, review_due.c) ---- */

/* A lead's look at an objective half-way through its cycle: keep it,
 * adjust it (its title, a key result's title, target or weight, applied by
 * the edit functions' own rules and recorded with before and after), or
 * drop it. A member's outcome in a programme is reviewed the same way and
 * shown as kept / rewritten / dropped. */
enum grip_review_decision { GRIP_REVIEW_KEEP, GRIP_REVIEW_ADJUST, GRIP_REVIEW_DROP };
const char *grip_review_decision_name(enum grip_review_decision v);
int grip_review_decision_parse(const char *s, enum grip_review_decision *out);
/* What an adjustment changes. */
enum grip_review_field { GRIP_CHANGE_TITLE, GRIP_CHANGE_KR_TITLE, GRIP_CHANGE_TARGET, GRIP_CHANGE_WEIGHT };
const char *grip_review_field_name(enum grip_review_field v);
int grip_review_field_parse(const char *s, enum grip_review_field *out);

struct grip_review_change {
	enum grip_review_field field;
	int64_t key_result_id; /* 0 for the objective's title */
	const char *before, *after;  /* the titles */
	double before_n, after_n;    /* target, weight */
};

struct grip_cycle_review {
	int64_t id;
	int64_t objective_id;
	enum grip_review_decision decision;
	bool outcome; /* of a member's outcome: kept / rewritten / dropped */
	const char *reason;
	int64_t reviewer_id;
	const char *reviewer; /* email */
	const char *at;
	struct grip_review_change *changes;
	size_t n_changes;
};

/* What a review asks for: for adjust, the changes (after only; the core
 * fills in before). */
struct grip_cycle_review_new {
	const char *decision;
	const char *reason; /* required */
	const struct grip_review_change *changes;
	size_t n_changes;
};
/* Records a review of objective id and applies it, in the caller's
 * transaction: while its cycle is active, on an approved or active
 * objective, by an admin or a lead of its unit or of its owner. */
struct grip_cycle_review *grip_review_add(struct grip *g, int64_t id, const struct grip_cycle_review_new *n);
/* The reviews of an objective the actor sees, oldest first. */
int grip_review_list(struct grip *g, int64_t id, struct grip_cycle_review ***out, size_t *n);
/* A review due from the actor: an objective they may review, in an active
 * cycle whose mid-point has come, with no review since the week before it. */
struct grip_review_due {
	struct grip_objective *objective; /* no key results, no figures */
	const char *midpoint;
	const char *last_review_at; /* NULL: never reviewed */
};
int grip_reviews_due(struct grip *g, struct grip_review_due ***out, size_t *n);
json_t *grip_cycle_review_json(const struct grip_cycle_review *rv);
json_t *grip_review_due_json(const struct grip_review_due *d);

/* ---- groups: drop-out (membership.c) ---- */

/* Drop-out of a programme: members of its group who left before its end,
 * over members enrolled by the end of its week 2. */
int grip_programme_dropout(struct grip *g, const struct grip_cycle *c, int *enrolled, int *left);

/* ---- what a write changed, for the read caches (changes.c) ---- */

/* A write that changes nothing but the figures of some objectives (a
 * check-in, a key result's value) names each objective whose stored
 * figures or representation it changed; any other write changes, for the
 * caches, everything of its org. See docs/performance.md. */
void grip_changed_objective(struct grip *g, int64_t objective_id);
/* Said by such an op before its first write: what it changes is confined
 * to the figures, check-ins and values of the objectives it names with
 * grip_changed_objective after its last write. Rows changed before it, or
 * after that last naming, make the whole write unscoped again. */
void grip_change_scope(struct grip *g);
/* One write begins (grip_begin does it; so does the server's writer for
 * each job): the store's count of changed rows is noted. */
int grip_changes_begin(struct grip *g);
/* Whether the write so far is scoped to the objectives it named. */
bool grip_changes_scoped(struct grip *g);
/* In the write's transaction: adds to the change log what it changed, if
 * it changed any row (grip_commit does it; so does the writer per job),
 * and prunes the oldest rows now and then. */
int grip_changes_record(struct grip *g);
/* After grip_changes_record: whether the write changed rows outside any
 * scope (so it may have changed anything of its org: a credential, a
 * person's role). A scoped write, or one that changed nothing, did not. */
bool grip_changes_wide(const struct grip *g);

/* A row of the change log: org_id 0, everything changed; objective_id 0,
 * anything of the org. */
struct grip_change {
	int64_t id;
	int64_t org_id;
	int64_t objective_id;
};
/* The newest change's id (0: none yet), as this transaction sees it. */
int grip_changes_latest(struct grip *g, int64_t *id);
/* The rows after `after` up to `upto`, oldest first, in the arena.
 * *complete is false when the log no longer holds them all (pruned). */
int grip_changes_since(struct grip *g, int64_t after, int64_t upto, struct grip_change **out, size_t *n,
		       bool *complete);

/* The objectives a read's answer holds, for its place in the read cache:
 * from grip_held_begin on, every objective loaded is noted. grip_held is
 * false when there were too many (or nothing was collected): then the
 * answer may hold anything of the org. */
void grip_held_begin(struct grip *g);
void grip_held_objective(struct grip *g, int64_t objective_id);
bool grip_held(const struct grip *g, const int64_t **ids, size_t *n);

/* ---- history (event.c) ---- */

struct grip_event {
	int64_t id;
	int64_t actor_id;
	const char *at;
	const char *entity;
	int64_t entity_id;
	const char *action;
	const char *before; /* JSON text or NULL */
	const char *after;
	const char *reason;
};

/* Appends to the history; consumes before and after (either may be NULL). */
int grip_event(struct grip *g, const char *entity, int64_t entity_id, const char *action,
	       json_t *before, json_t *after, const char *reason);
/* entity NULL: all; entity_id 0: all of that entity. Newest last. Admins only. */
int grip_event_list(struct grip *g, const char *entity, int64_t entity_id,
		    struct grip_event ***out, size_t *n);
json_t *grip_event_json(const struct grip_event *e);

/* ---- permissions (perm.c) ---- */

int grip_require_admin(struct grip *g);
int grip_require_writer(struct grip *g); /* not a viewer */
/* May the actor change this objective (edit it, its KRs, initiatives)? */
int grip_require_objective_write(struct grip *g, const struct grip_objective *o);
/* May the actor check in on this objective? */
int grip_require_checkin(struct grip *g, const struct grip_objective *o);
/* ---- questions for the faces (may.c) ----
 * Each answers whether the write behind a control would be allowed, from
 * the same rules, and leaves g->err untouched; when it is not and why is
 * not NULL, *why is the reason in plain words (in the arena). Faces ask
 * these; they do not call grip_require_* to find out. */
bool grip_may_write(struct grip *g, const char **why); /* not a viewer, still in the org */
bool grip_may_admin(struct grip *g, const char **why);
bool grip_may_edit_objective(struct grip *g, const struct grip_objective *o, const char **why);
bool grip_may_checkin(struct grip *g, const struct grip_objective *o, const char **why);
/* The actor is the person, an admin, or leads a unit the person is in. */
bool grip_may_act_for(struct grip *g, int64_t person_id, const char **why);
/* May the actor take decision ("approve", "return"; NULL: either) on o
 * now: grip_objective_review's rules, o's status and cycle included? */
bool grip_may_review(struct grip *g, const struct grip_objective *o, const char *decision, const char **why);
/* May the actor record a mid-cycle review of o now (grip_review_add's
 * rules: the cycle active, o approved or active, a lead of it or an admin)? */
bool grip_may_review_midcycle(struct grip *g, const struct grip_objective *o, const char **why);
/* May the actor have mid-cycle reviews to make: an admin or a unit's lead. */
bool grip_may_have_reviews(struct grip *g);
/* May the actor do what only a group's lead does: set up its programme,
 * offer the outcome prompt, add members and record their leaving? */
bool grip_may_lead_group(struct grip *g, const struct grip_unit *u, const char **why);
/* Settings, people, units, cycles: the rules of org.c, person.c, unit.c,
 * membership.c and cycle.c. */
bool grip_may_edit_person(struct grip *g, int64_t person_id, const char **why); /* name: self or admin */
/* A person's channels (notices.c): they themself or an admin. */
bool grip_may_see_notices(struct grip *g, int64_t person_id, const char **why);
bool grip_may_set_notices(struct grip *g, int64_t person_id, const char **why);
bool grip_may_mark_left(struct grip *g, const struct grip_person *p, const char **why);
/* May the actor send p an invitation (grip_person_invite)? */
bool grip_may_invite(struct grip *g, const struct grip_person *p, const char **why);
/* May the actor move u under parent (no loop, the kinds' rules, a say there)? */
bool grip_may_move_unit(struct grip *g, const struct grip_unit *u, const struct grip_unit *parent, const char **why);
bool grip_may_edit_unit(struct grip *g, const struct grip_unit *u, const char **why);
bool grip_may_delete_unit(struct grip *g, const struct grip_unit *u, const char **why);
bool grip_may_manage_members(struct grip *g, int64_t unit_id, const char **why);
bool grip_may_edit_cycle(struct grip *g, const struct grip_cycle *c, const char **why);
bool grip_may_delete_cycle(struct grip *g, const struct grip_cycle *c, const char **why);
/* Open scoring early / close it (force: as an admin's forced close). */
bool grip_may_open_scoring(struct grip *g, const struct grip_cycle *c, const char **why);
bool grip_may_close_cycle(struct grip *g, const struct grip_cycle *c, bool force, const char **why);
/* Give key result kr of o its self score / the lead's and final score now:
 * grip_score_set's rules, the cycle in scoring included. */
bool grip_may_score_self(struct grip *g, const struct grip_objective *o, const struct grip_kr *kr, const char **why);
bool grip_may_score_lead(struct grip *g, const struct grip_objective *o, const char **why);
/* Change a commitment (grip_commit_edit) / delete it (grip_commit_delete). */
struct grip_commitment;
bool grip_may_change_commitment(struct grip *g, const struct grip_commitment *c, const char **why);
bool grip_may_delete_commitment(struct grip *g, const struct grip_commitment *c, const char **why);
/* Add, edit key results of this objective: theirs to edit, cycle not closed. */
bool grip_may_edit_krs(struct grip *g, int64_t objective_id, const char **why);
/* Delete this key result (grip_kr_delete's rule). */
bool grip_may_delete_kr(struct grip *g, const struct grip_kr *kr, const char **why);
bool grip_may_delete_objective(struct grip *g, const struct grip_objective *o, const char **why);
/* Add, edit, move and delete its initiatives (and add dependencies). */
bool grip_may_change_initiatives(struct grip *g, const struct grip_objective *o, const char **why);
/* Edit or delete a dependency: its depending side. */
bool grip_may_edit_dependency(struct grip *g, const struct grip_dependency *d, const char **why);
/* Move a dependency's status: either side. */
bool grip_may_move_dependency(struct grip *g, const struct grip_dependency *d, const char **why);
/* Carry this objective forward: unfinished, its cycle in scoring or
 * closed, theirs to add, and some cycle to carry it into (carry.c). */
bool grip_may_carry(struct grip *g, const struct grip_objective *o, const char **why);

/* ---- visibility (visibility.c): who may see what, one decision per kind ---- */

/* May the actor see it? Each answers false without setting an error.
 * Lists and single reads of the core go through these; see visibility.c
 * for the rules and docs/model.md "Who sees what". */
bool grip_can_see_unit(struct grip *g, const struct grip_unit *u);
bool grip_can_see_objective(struct grip *g, const struct grip_objective *o);
bool grip_can_see_cycle(struct grip *g, const struct grip_cycle *c);
bool grip_can_see_commitment(struct grip *g, const struct grip_commitment *c);
bool grip_can_see_dependency(struct grip *g, const struct grip_dependency *d);
/* Why someone left a unit: the person, the unit's leads and admins. */
bool grip_can_see_leaving_reason(struct grip *g, const struct grip_membership *m);
/* The actor is the person, or an admin, or leads a unit the person is in. */
int grip_require_self_or_lead(struct grip *g, int64_t person_id);

/* ---- JSON helpers shared by the *_json functions (json.c) ---- */

json_t *grip_json_number(double v);       /* integral values as JSON integers */
json_t *grip_json_string(const char *s);  /* NULL as JSON null */
json_t *grip_json_id(int64_t id);         /* 0 as JSON null */

/* ---- accounts: passwords, sessions, API tokens (auth.c) ---- */

#define GRIP_PASSWORD_MIN 10
#define GRIP_PASSWORD_MAX 1000 /* bytes */
#define GRIP_SESSION_DAYS 14

struct grip_token {
	int64_t id;
	int64_t person_id;
	const char *name;
	const char *created_at;
	const char *revoked_at;
};

/* Once per process, before any other auth call (libsodium's set-up). */
int grip_auth_init(void);
/* Sets a person's password (Argon2id); the person themself or an admin. */
int grip_password_set(struct grip *g, int64_t person_id, const char *password);
/* Gives person `to` the password of person `from` (same hash; admins;
 * for the demo, where everyone shares one password). */
int grip_password_copy(struct grip *g, int64_t from, int64_t to);
/* One sign-in, in three steps, so that the slow part (Argon2id, by design
 * a tenth of a second and 64 MiB) runs where the server wants it and not
 * inside a transaction:
 *  1. grip_signin_begin, in a read transaction: the throttle's check
 *     (throttle.c), then the person's stored hash. An unknown email, an
 *     unknown org, someone who has left or has no password get a dummy hash
 *     of the same cost, so every attempt takes the same time and says
 *     nothing about who has an account.
 *  2. grip_signin_verify, on any thread, without the store: the hash.
 *  3. grip_signin_finish, as a write: a session when the password was
 *     right (the account's failures forgotten), else one failure more for
 *     the account and for the address. It returns 0 once that is stored,
 *     whatever the outcome; grip_signin_outcome then says which it was.
 * The attempt lives in the arena; its password is the caller's and must
 * live until step 2. */
#define GRIP_HASH_MAX 128 /* an Argon2id hash in text, its NUL included */
/* What an attempt is for: a session (signing in), a signed-in person's
 * change of their own password (the old one checked), or a password set
 * through a one-time link (the link checked). */
enum grip_signin_purpose { GRIP_SIGNIN_SESSION, GRIP_SIGNIN_CHANGE, GRIP_SIGNIN_LINK };
struct grip_signin {
	/* set by begin */
	int64_t org_id;
	int64_t person_id; /* 0: no one to sign in (the dummy hash) */
	const char *password;
	char hash[GRIP_HASH_MAX];
	char account_key[33]; /* the throttle's keys: digests, not the text */
	char address_key[33];
	/* set by verify */
	bool right;
	/* set by finish, when signed in */
	struct grip_person *person;
	const char *session; /* the cookie's secret */
	const char *csrf;    /* the session's CSRF token */
	/* A password set through the same three steps (account.c): what it
	 * is, the new password verify hashes when the check passes, and the
	 * one-time link's or the session's part in it. */
	enum grip_signin_purpose purpose;
	const char *new_password;
	char new_hash[GRIP_HASH_MAX];
	bool hash_failed;          /* verify could not hash the new password */
	int64_t token_id;          /* GRIP_SIGNIN_LINK: the link's row */
	const char *link_purpose;  /* and its purpose: "invite" or "reset" */
	const char *keep_session;  /* GRIP_SIGNIN_CHANGE: the session in use, kept */
};
/* org_slug NULL: the only org of the file. address: the client's, for
 * the throttle. Fails with GRIP_EINVAL (a field missing or malformed) or
 * GRIP_ETHROTTLE (err.retry_after says how long to wait); no hash is run
 * then. */
struct grip_signin *grip_signin_begin(struct grip *g, const char *org_slug, const char *email,
				      const char *password, const char *address);
void grip_signin_verify(struct grip_signin *a);
int grip_signin_finish(struct grip *g, struct grip_signin *a);
/* After finish: 0 and g->actor set when signed in; else -1, GRIP_EAUTH
 * with one message for every way of being wrong. */
int grip_signin_outcome(struct grip *g, const struct grip_signin *a);
/* May a sign-in come from where the browser says it comes from? A
 * Sec-Fetch-Site other than same-origin or none, or (without it) an
 * Origin whose host is not this one's, is refused (GRIP_EPERM): signing
 * someone in to an account of the attacker's choosing (login CSRF). Clients
 * that are not browsers send neither header and pass. */
int grip_signin_from(struct grip *g, const char *fetch_site, const char *origin, const char *host);
/* A new random secret (32 bytes, URL-safe base64) in the arena: the
 * sign-in form's token. */
const char *grip_secret_new(struct grip *g);
int grip_signout(struct grip *g, const char *session);
/* Resolve credentials: set g->org_id and g->actor, or fail with GRIP_EAUTH. */
int grip_session_resolve(struct grip *g, const char *session, const char **csrf);
int grip_token_resolve(struct grip *g, const char *token);
/* A new API token for the person (themself or an admin); *secret is shown
 * once and stored only as a hash. */
struct grip_token *grip_token_create(struct grip *g, int64_t person_id, const char *name,
				     const char **secret);
/* The actor's tokens; an admin's lists everyone's. */
int grip_token_list(struct grip *g, struct grip_token ***out, size_t *n);
int grip_token_revoke(struct grip *g, int64_t id);
json_t *grip_token_json(const struct grip_token *t);

/* ---- accounts by email: invitations and password resets (account.c) ----
 * A one-time link (/password/set?token=...) carries 32 random bytes; only
 * their digest is stored. An invitation lasts GRIP_INVITE_DAYS, a reset
 * GRIP_RESET_MINUTES; a link works once, and a password set in any way
 * ends every open link of its person. Links go out by email through the
 * outbox (kinds "account.invite" and "account.reset"). */
#define GRIP_INVITE_DAYS 7
#define GRIP_RESET_MINUTES 60
#define GRIP_RESETS_PER_HOUR 3 /* reset links queued per person per hour, at most */

struct grip_invitation {
	int64_t person_id;
	const char *email;
	const char *expires_at;
};
/* An admin invites an active person who has no password yet: a new link
 * queued by email; the person's older invitations end. */
struct grip_invitation *grip_person_invite(struct grip *g, int64_t person_id);
/* An admin's new person (grip_person_add), invited unless invite is
 * false: how every face adds people. */
struct grip_person *grip_person_add_invited(struct grip *g, const char *email, const char *name,
					   enum grip_role role, bool invite);
json_t *grip_invitation_json(const struct grip_invitation *i);
/* "Forgot password": when email belongs to an active person of the org
 * (org_slug NULL: the only org), a reset link is queued, unless
 * GRIP_RESETS_PER_HOUR were queued for them in the last hour. The outcome
 * is 0 whoever the address belongs to, so nothing tells the caller; each
 * request counts against the client's address in the sign-in throttle
 * (GRIP_ETHROTTLE). GRIP_EINVAL only for an email that is not one. */
int grip_password_forgot(struct grip *g, const char *org_slug, const char *email, const char *address);
/* What a link is, while it still works: for the page that uses it.
 * GRIP_EINVAL naming "token" when it is used, expired or unknown. */
struct grip_link {
	int64_t person_id;
	const char *email;
	const char *purpose; /* "invite" or "reset" */
	const char *expires_at;
};
struct grip_link *grip_link_check(struct grip *g, const char *token);
/* Setting a password through a link, and changing one's own password
 * signed in, run as a sign-in does (grip_signin_verify, _finish and
 * _outcome after these):
 *  - link: the throttle's check for the address, the link looked up (a
 *    link that does not work is counted as a failure by finish and
 *    refused by outcome, GRIP_EINVAL naming "token"), the new password
 *    checked. Success ends every session and open link of the person.
 *  - change: the actor's own password; old is checked as at sign-in (the
 *    same throttle counts, GRIP_EINVAL naming "old" when wrong), new is
 *    checked. Success ends the person's other sessions (session, when
 *    given, is the one in use: it stays) and their open links. */
struct grip_signin *grip_password_link_begin(struct grip *g, const char *token, const char *password,
					     const char *address);
struct grip_signin *grip_password_change_begin(struct grip *g, const char *old, const char *password,
					       const char *session, const char *address);

/* ---- the coach (coach*.c, lexicon.c) ---- */

/* One piece of advice about something written: PRODUCT.md §4. The codes,
 * when each fires and who sees it are in docs/coach.md. */
struct grip_hint {
	const char *code;       /* stable, e.g. "member.outcome.habit" */
	const char *severity;   /* "info" or "warn" */
	const char *entity;     /* "unit", "objective", "key_result", "commitment", "person" */
	int64_t entity_id;
	int64_t unit_id;        /* the unit (group, team...) it concerns; 0 if none */
	const char *message;    /* what is wrong, in plain words, naming the thing */
	const char *suggestion; /* what to change */
	const char *words;      /* a text hint's words that made it fire, as
				   written; NULL for other hints */
};

/* The hints about what the actor may see and is concerned with (admins:
 * everything; viewers: what they can see; others: their own things and
 * those of the units they lead). unit_id 0: every unit; else that unit and
 * the units below it. Ordered by unit id (none first), warn before info,
 * code, entity id. */
int grip_coach(struct grip *g, int64_t unit_id, struct grip_hint ***out, size_t *n);
json_t *grip_hint_json(const struct grip_hint *h);
/* The hints about one thing just written (entity "objective",
 * "key_result" or "commitment"), of the rules about that thing alone
 * (docs/coach.md, "Hints as people write"), as the actor would see them in
 * grip_coach. Reads only what those rules need. A thing the actor may not
 * see is not found (GRIP_ENOTFOUND), as its read would answer. */
int grip_coach_about(struct grip *g, const char *entity, int64_t id,
		     struct grip_hint ***out, size_t *n);
/* j (an object, returned) with "hints": grip_coach_about's hints on the
 * thing just written as JSON, [] when the coach cannot say (g->err is
 * cleared: a hint never fails a write). For the answers of the writes. */
json_t *grip_with_hints(struct grip *g, json_t *j, const char *entity, int64_t id);
/* The hints on text not saved yet, for the check route; changes
 * nothing. kind: "objective", "member_outcome", "key_result",
 * "commitment"; kr_kind: "metric", "boolean", "milestones" or NULL. The
 * hints have entity_id 0, unit_id 0 and messages that name no id. The
 * actor must be a member of the org. */
int grip_coach_text(struct grip *g, const char *kind, const char *text,
		    const char *kr_kind, struct grip_hint ***out, size_t *n);
/* The kind grip_coach_text takes for a field ("title", "why") of an
 * objective of this layer, as the saved objective's text rules read it;
 * NULL when no text rule reads that field (coach_kind.c). */
const char *grip_coach_text_kind(enum grip_layer layer, const char *field);
/* Does text match lexicon `name` ("bau", "schedule", "measure", "numbers"…)
 * of the org's locale (English by default)?
 * An unknown name answers false with g->err set. */
bool grip_lexicon_match(struct grip *g, const char *name, const char *text);

/* ---- the demo organisation (demo/demo.c) ---- */

/* Everyone in the demo signs in with this password. */
#define GRIP_DEMO_PASSWORD "quillmoor-demo"
int grip_demo_load(struct grip *g);

/* ---- the cascade and summaries (cascade.c, summary.c) ---- */

/* What the depth rule needs of what a caller holds: an objective by id
 * (NULL when not held), and the units the actor may see. */
struct grip_cascade {
	const struct grip_objective *(*objective)(const void *ctx, int64_t id);
	const void *ctx;
	struct grip_unit *const *units;
	size_t n_units;
};
/* Levels below strategy: 0 where a chain opens (an objective aligned to
 * nothing, a business unit's strategic objective, or one whose parents are
 * not held), else one more than its deepest parent. More than
 * GRIP_CASCADE_MAX (strategic, team, individual) is too deep. */
#define GRIP_CASCADE_MAX 2
int grip_objective_depth(const struct grip_cascade *c, const struct grip_objective *o);
bool grip_cascade_too_deep(int depth_below_strategy);

/* Totals over objectives whose figures are computed. */
struct grip_summary {
	size_t n;
	int at_risk;
	int stale;
	double mean_progress; /* 0 when there are none */
};
struct grip_summary grip_objectives_summary(struct grip_objective *const *os, size_t n);

/* ---- what a new objective may be (objective.c, objective_choices.c) ---- */

/* Whether a unit of this kind may own an objective of this layer:
 * strategic the company or a business unit, team a team or department,
 * group and member a group, individual any unit but a group. */
bool grip_unit_fits_layer(enum grip_layer layer, enum grip_unit_kind unit_kind);

/* What the actor may choose for a new objective of a layer: the units
 * that fit it and that the actor may write it for, the active people who
 * may own it (for individual and member objectives: those the actor may
 * act for), and defaults (the actor's own team for a team objective, the
 * company for a strategic one, the actor as its owner). */
struct grip_objective_choices {
	struct grip_unit **units;
	size_t n_units;
	const char *unit;      /* the default unit's name; NULL: none */
	bool unit_required;    /* else "none" is a choice too */
	struct grip_person **people;
	size_t n_people;
	const char *owner;     /* the default owner's email; NULL: nobody */
	bool owner_required;   /* individual and member objectives */
	bool owner_allowed;    /* not for a group outcome */
};
int grip_objective_choices(struct grip *g, const char *layer, struct grip_objective_choices *out);

/* ---- reflections (reflection.c) and calibration (calibration.c) ---- */

/* An objective's reflection at the end of its cycle: what worked, what did
 * not, what to carry forward (NULL: not written). */
struct grip_reflection {
	int64_t objective_id;
	const char *worked;
	const char *did_not;
	const char *carry_forward;
	int64_t author_id; /* who wrote it last; 0: nobody yet */
	const char *updated_at; /* NULL: nobody has written it */
};
/* A change of a reflection: NULL fields stay as they are, "" clears one. */
struct grip_reflection_edit {
	const char *worked;
	const char *did_not;
	const char *carry_forward;
};
/* The reflection of an objective the actor sees; one with every field NULL
 * when none is written yet. An unseen objective is not found. */
struct grip_reflection *grip_reflection_get(struct grip *g, int64_t objective_id);
/* Writes it: by whoever may change the objective or leads it (its unit's
 * leads, its owner's), while its cycle is active or scoring. At least one
 * field must be given. */
struct grip_reflection *grip_reflection_set(struct grip *g, int64_t objective_id,
					    const struct grip_reflection_edit *e);
/* May the actor write o's reflection now (grip_reflection_set's rule)? */
bool grip_may_reflect(struct grip *g, const struct grip_objective *o, const char **why);
json_t *grip_reflection_json(const struct grip_reflection *rf);

/* Calibration of a person (the objectives they own) or a unit (its own
 * objectives) over a cycle, from the final scores of the key results of
 * its objectives that are not dropped and that the actor sees. The mean
 * and spread are of key results, each counted once, in tenths. */
#define GRIP_CALIBRATION_BINS 11 /* 0.0, 0.1 .. 1.0 */
enum grip_verdict {
	GRIP_VERDICT_NONE,        /* no final score yet */
	GRIP_VERDICT_TOO_EASY,    /* mean above 0.9 */
	GRIP_VERDICT_ON_AIM,      /* mean from 0.6 to 0.7 */
	GRIP_VERDICT_BETWEEN,     /* from 0.4 to 0.9, off the aim */
	GRIP_VERDICT_UNREALISTIC, /* mean below 0.4 */
};
const char *grip_verdict_name(enum grip_verdict v);   /* "too_easy" */
const char *grip_verdict_advice(enum grip_verdict v); /* "too easy: raise ambition" */
/* The verdict of count scores whose tenths add up to sum: exact, in
 * whole tenths, so 0.9 and 0.4 themselves are not beyond the bounds. */
enum grip_verdict grip_verdict_of(long sum_tenths, long count);
struct grip_calibration {
	bool person;      /* a person's (the objectives they own), else a unit's */
	int64_t id;       /* the person's or the unit's */
	const char *name; /* the person's email, the unit's name */
	int count;        /* key results with a final score */
	double mean;      /* 0..1, to two decimals; 0 when count is 0 */
	double sd;        /* population standard deviation, to two decimals */
	double min, max;
	int bins[GRIP_CALIBRATION_BINS]; /* how many scored 0.0, 0.1 .. 1.0 */
	enum grip_verdict verdict;
};
/* Fills c from count final scores in tenths (0..10); the pure part. */
void grip_calibration_of(struct grip_calibration *c, const int *tenths, size_t count);
/* A cycle's calibration as the actor sees it: with unit_name or
 * person_email (not both) that one alone, even without scores; with
 * neither, every unit (by name) then every person (by email) with at least
 * one final score the actor sees. */
int grip_calibration(struct grip *g, int64_t cycle_id, const char *unit_name, const char *person_email,
		     struct grip_calibration ***out, size_t *n);
json_t *grip_calibration_json(const struct grip_calibration *c);

/* ---- what is due (due.c) ---- */

/* Something due from the actor now, by the org's clock (docs/model.md,
 * "What is due"). kind names it: "checkin.due", "commitment.write",
 * "commitment.close", "review.due", "score.due", "group.review",
 * "member.drifting", "approval.waiting", "objective.returned". */
struct grip_due {
	const char *kind;
	int64_t object_id; /* what it is about: an objective, a commitment, a group, a person */
	const char *title; /* that thing's title or name, for a message */
	const char *link;  /* the web page that acts on it: "/objectives/12" */
	const char *period; /* what makes it once: "2026-W48", a cycle's name, a day */
	int32_t since;      /* the day it became due */
};
/* Everything due from the actor today, in a stable order. */
int grip_due(struct grip *g, struct grip_due ***out, size_t *n);
json_t *grip_due_json(const struct grip_due *d);

/* ---- the calendar feed (calendar.c) ----
 * Each person may have one iCalendar feed (RFC 5545) behind a secret
 * address, /calendar/SECRET.ics, that a calendar program reads without
 * signing in. Only a digest of the secret is kept: the address is shown
 * once, when it is made; a new one replaces the old, and revoking ends
 * it. The feed holds the rhythm as its person sees things, nothing they
 * could not see: see docs/model.md, "Calendar feed". */
struct grip_calendar_event {
	const char *kind;  /* "checkin", "commitment", "programme.week", "review", "scoring" */
	int64_t object_id; /* the objective (checkin) or the cycle (the others) */
	const char *uid;   /* stable for the same event in every fetch */
	const char *summary;
	const char *description;
	const char *link;  /* the web page that acts on it */
	int32_t day;       /* the (first) day, by the org's calendar */
	int days;          /* an all-day event of so many days; 0: timed */
	int minute;        /* timed: its start, minutes after midnight in the org's zone */
	int duration;      /* timed: minutes */
};
/* The actor's events from 4 weeks before this org week to 26 weeks after
 * it, by day (all-day ones first), kind and object. */
int grip_calendar_events(struct grip *g, struct grip_calendar_event ***out, size_t *n);
json_t *grip_calendar_event_json(const struct grip_calendar_event *e);
/* The actor's feed as text/calendar (CRLF lines, in the arena), with a
 * VTIMEZONE of the org's zone. base ("https://grip.example"; NULL: none)
 * gives each event the URL of the page that acts on it. */
const char *grip_calendar_ics(struct grip *g, const char *base, size_t *len);
/* A new feed for the actor (any active person, viewers too), replacing
 * the one they had; *path is its address ("/calendar/SECRET.ics"), shown
 * this once. *replaced: they had one, which stops working now. */
int grip_calendar_create(struct grip *g, const char **path, bool *replaced);
/* Ends the actor's feed; GRIP_ENOTFOUND when they have none. */
int grip_calendar_revoke(struct grip *g);
/* Whether the actor has a feed. */
int grip_calendar_active(struct grip *g, bool *on);
/* The person whose feed the secret opens (the part of the address between
 * "/calendar/" and ".ics"): sets g->org_id and g->actor, or fails with
 * GRIP_ENOTFOUND (an unknown or revoked secret, someone who has left). */
int grip_calendar_resolve(struct grip *g, const char *secret);
/* Whether the len bytes at s have the shape of a feed's secret as
 * grip_calendar_create makes them (URL-safe base64, 20 to 100 of them);
 * grip_calendar_resolve finds nothing for any other. */
bool grip_calendar_secret_shaped(const char *s, size_t len);

/* ---- the outbox (outbox.c) and reminders (remind.c) ---- */

/* One notification on one channel: "app" (the in-app list), "email" or
 * "webhook" (a unit's). recipient is "p<person id>" or "u<unit id>";
 * dedup holds the kind and the period (and the object where a kind has
 * one per object), unique per org, recipient and channel. link is a path
 * of the web app ("/objectives/12"); a sender prefixes its base URL. */
struct grip_notification {
	int64_t id, org_id;
	const char *recipient;
	int64_t person_id, unit_id; /* 0: none */
	const char *channel;
	const char *kind;
	const char *dedup;
	const char *subject;
	const char *body;
	const char *link;
	const char *created_at;
	int attempts;
	const char *next_attempt_at; /* when to try; NULL once sent, and for the app */
	const char *sent_at;
	const char *read_at;
	const char *last_error;
};
/* Queues n in g's org, inside the caller's transaction (or alone). 1 when
 * queued, 0 when its key was queued before (nothing changes), -1 on error.
 * next_attempt_at NULL: at once. An app row counts as sent when queued. */
int grip_outbox_add(struct grip *g, const struct grip_notification *n);
/* Claims up to limit waiting rows of g's org whose time has come, oldest
 * first: each one's next attempt moves lease seconds ahead and its attempts
 * count one up, in one transaction of its own. */
int grip_outbox_claim(struct grip *g, size_t limit, int64_t lease, struct grip_notification ***out,
		      size_t *n);
/* The remote end accepted the row: it is never tried again. */
int grip_outbox_sent(struct grip *g, int64_t id);
/* An attempt failed: the row waits grip_outbox_delay(attempts) and keeps
 * error as its last. */
int grip_outbox_failed(struct grip *g, const struct grip_notification *n, const char *error,
		       int64_t retry_min, int64_t retry_max);
/* The wait after the attempts-th failed attempt: retry_min doubled for
 * each attempt after the first, at most retry_max. */
int64_t grip_outbox_delay(int attempts, int64_t retry_min, int64_t retry_max);
json_t *grip_notification_json(const struct grip_notification *n);
/* ---- stored figures (figures_check.c) ---- */

/* One stored figure that differs from the one computed from the history:
 * of the objective, or of one of its key results (key_result_id set). */
struct grip_figures_mismatch {
	int64_t org_id;
	int64_t objective_id;
	int64_t key_result_id; /* 0: the objective's own figure */
	const char *field;     /* the column: progress, cur_value, figures_at, ... */
	const char *stored;    /* as text; "none" for NULL */
	const char *computed;
};
struct grip_figures_report {
	size_t n_objectives, n_key_results;
	struct grip_figures_mismatch *mismatches; /* in the arena */
	size_t n_mismatches;
};
/* Compares the stored figures of every objective and key result of the
 * database, in every org, with those computed from the values, check-ins
 * and events recorded (all of them: the stored figures are those of the
 * latest data). A maintenance check with no actor: the caller decides who
 * may run it. -1 only when it could not look. */
int grip_figures_check(struct grip *g, struct grip_figures_report *r);
/* Every org's id, for what runs across them (the sender). */
int grip_org_ids(struct grip *g, int64_t **ids, size_t *n);
/* Queues, in g's org, what is due from each active person now, on their
 * channels; *queued counts the new rows. Safe to run again at any time:
 * the keys hold each notification once per period. */
int grip_remind_queue(struct grip *g, size_t *queued);

/* ---- words of messages (message.c) ---- */

/* The messages of a locale (NULL: the org's): its own file, its
 * language's, then English, for every key the first has. In the arena. */
struct grip_messages;
struct grip_messages *grip_messages_load(struct grip *g, const char *locale);
/* The same for another file of messages, lexicon/<locale>/<file>.txt
 * ("hints": the words of the coach's text hints). */
struct grip_messages *grip_messages_load_file(struct grip *g, const char *locale, const char *file);
/* Message key with each {name} of vars (NULL-ended name, value pairs)
 * filled in, in the arena; NULL with GRIP_EINVAL when no file has it. */
const char *grip_message(struct grip *g, const struct grip_messages *m, const char *key, const char *const *vars);
/* The same, but key.variant ("kr.output.text.whole") where the file that
 * holds key (the locale's or English) has it too: a variant from English
 * never stands in for a locale's own wording of key. */
const char *grip_message_variant(struct grip *g, const struct grip_messages *m, const char *key,
				 const char *variant, const char *const *vars);
/* The text of key as written, or NULL; nothing filled in. */
const char *grip_message_raw(const struct grip_messages *m, const char *key);
/* day in the locale's words ("Monday 23 November 2026"). */
const char *grip_message_date(struct grip *g, const struct grip_messages *m, int32_t day);

/* ---- reminders: words, channels, digest (remind.c) ---- */

/* A reminder of d in the messages of m: its subject and body to the
 * person, and (unit non-NULL) the text a unit's webhook posts. */
struct grip_reminder_text {
	const char *subject, *body;
};
int grip_reminder_text(struct grip *g, const struct grip_messages *m, const struct grip_due *d, const char *unit,
		       struct grip_reminder_text *out);
/* May a notification of this kind wait for a person's weekly digest?
 * Every reminder may; "account.*" (invitations, resets) never. */
bool grip_kind_in_digest(const char *kind);
/* When a digest reader's email reminders go out, as of now: the first day
 * of the org's week at its remind_hour (its time zone); on that day after
 * that hour, now. */
int64_t grip_digest_at(struct grip *g);
/* The hour of the org's day now (0-23, its time zone). */
int grip_org_hour(struct grip *g);

/* ---- a person's channels (notices.c) ---- */

/* Beside the app, which always holds their notifications: email (on by
 * default) and a weekly digest in place of single emails (off). */
struct grip_notices {
	bool email;
	bool digest;
};
/* The person's own or an admin's to read and change (the rule of
 * grip_may_edit_person); others get "not found" when reading, "forbidden"
 * when changing. */
int grip_notices_get(struct grip *g, int64_t person_id, struct grip_notices *out);
/* The same for the sender, which acts for nobody: no permission check
 * (never for a face). GRIP_ENOTFOUND when g's org has no such person. */
int grip_notices_of(struct grip *g, int64_t person_id, struct grip_notices *out);
/* email, digest: NULL leaves that one as it is. */
int grip_notices_set(struct grip *g, int64_t person_id, const bool *email, const bool *digest);
json_t *grip_notices_json(const struct grip_notices *n);
/* grip_person_json with "notify_email" and "digest" when the actor may
 * see them (grip_may_see_notices). */
json_t *grip_person_json_notices(struct grip *g, const struct grip_person *p);

/* ---- the in-app list (notify.c) ---- */

/* The actor's app notifications, newest first: offset and limit of them
 * (unread_only: those not read yet); *total counts all that match. */
int grip_notifications_mine(struct grip *g, bool unread_only, size_t offset, size_t limit,
			    struct grip_notification ***out, size_t *n, size_t *total);
/* How many of the actor's app notifications are unread: one COUNT. */
int grip_notifications_unread(struct grip *g, int64_t *count);
/* Marks the actor's app notifications ids (or all, when all) read; an id
 * that is not one of them fails "not found" and nothing changes. *marked
 * counts those that were unread. */
int grip_notifications_read(struct grip *g, const int64_t *ids, size_t n, bool all, size_t *marked);
/* ---- sending the outbox (outbox.c, outbox_route.c) ---- */

/* grip_outbox_claim for one channel only ("email", "webhook"). */
int grip_outbox_claim_channel(struct grip *g, const char *channel, size_t limit, int64_t lease,
			      struct grip_notification ***out, size_t *n);
/* The same for one person's rows: the rest of a digest, to go in one message. */
int grip_outbox_claim_person(struct grip *g, const char *channel, int64_t person_id, size_t limit, int64_t lease,
			     struct grip_notification ***out, size_t *n);
/* The outbox's highest row id (0: none), and g's org's rows queued after
 * one: what a round queued, for a dry run to show. */
int grip_outbox_last(struct grip *g, int64_t *id);
int grip_outbox_after(struct grip *g, int64_t after_id, struct grip_notification ***out, size_t *n);
/* Where a claimed row goes: an email to a person, a unit's webhook, or
 * nowhere: closed unsent, for the reason given (the recipient is gone or
 * has switched the channel off). */
enum grip_route_to { GRIP_ROUTE_CLOSE, GRIP_ROUTE_EMAIL, GRIP_ROUTE_WEBHOOK };
struct grip_outbox_route {
	enum grip_route_to to;
	const char *address; /* the person's email address, or the unit's webhook URL */
	const char *name;    /* the person's or the unit's name */
	const char *locale;  /* the org's */
	bool digest;         /* the person's email waits to be bundled with others */
	const char *reason;  /* GRIP_ROUTE_CLOSE: why */
};
int grip_outbox_route(struct grip *g, const struct grip_notification *n, struct grip_outbox_route *r);
/* Marks a row sent without sending it, keeping reason as its last_error. */
int grip_outbox_close(struct grip *g, int64_t id, const char *reason);
/* A unit's webhook (docs/reminders.md): url NULL or "" removes it; an
 * http(s) URL; by an admin or the unit's lead (grip_unit_edit's rule).
 * The history keeps only where it points, not its secret path. */
int grip_unit_set_webhook(struct grip *g, int64_t unit_id, const char *url);
/* The webhook of u as the actor may read it: *url NULL when there is none
 * or the actor may not edit u (it is a secret). */
int grip_unit_webhook(struct grip *g, const struct grip_unit *u, const char **url);
/* grip_unit_json, with "webhook_url" (a string or null) for an actor who
 * may edit u; without it for everyone else. */
json_t *grip_unit_json_seen(struct grip *g, const struct grip_unit *u);

#endif
