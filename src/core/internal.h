/*
 * internal.h — helpers the core's concept files share and nothing outside
 * the core uses: reading columns into the arena, checking names against a
 * list, dates, and the size limits of stored text.
 */
#ifndef GRIP_CORE_INTERNAL_H
#define GRIP_CORE_INTERNAL_H

#include "core/grip.h"
#include "store/store.h"

#define NAME_MAX_BYTES 200
#define TITLE_MAX_BYTES 500
#define TEXT_MAX_BYTES 20000
#define EMAIL_MAX_BYTES 254

/* A text column copied into the arena; NULL for SQL NULL. */
const char *col_text(struct grip *g, struct store_stmt *st, int col);
/* Texts equal, NULL equal only to NULL. */
bool same_text(const char *a, const char *b);
/* The later of two ISO times (NULL: none), either when the other is NULL. */
const char *later_text(const char *a, const char *b);

/* Fails with GRIP_EINVAL naming field unless value is one of the NULL-ended
 * list `allowed`. */
int check_choice(struct grip *g, const char *field, const char *value,
		 const char *const *allowed);
/* The names of names.c: X_check reads a face's input, failing as
 * check_choice does (naming field); X_col reads a stored column, failing
 * with GRIP_ESTORE when it holds none of the names. */
int role_check(struct grip *g, const char *field, const char *s, enum grip_role *out);
int role_col(struct grip *g, struct store_stmt *st, int col, enum grip_role *out);
int layer_check(struct grip *g, const char *field, const char *s, enum grip_layer *out);
int layer_col(struct grip *g, struct store_stmt *st, int col, enum grip_layer *out);
int objective_status_check(struct grip *g, const char *field, const char *s, enum grip_objective_status *out);
int visibility_check(struct grip *g, const char *field, const char *s, enum grip_visibility *out);
int visibility_col(struct grip *g, struct store_stmt *st, int col, enum grip_visibility *out);
int unit_kind_check(struct grip *g, const char *field, const char *s, enum grip_unit_kind *out);
int unit_kind_col(struct grip *g, struct store_stmt *st, int col, enum grip_unit_kind *out);
int cycle_kind_check(struct grip *g, const char *field, const char *s, enum grip_cycle_kind *out);
int cycle_kind_col(struct grip *g, struct store_stmt *st, int col, enum grip_cycle_kind *out);
int kr_kind_check(struct grip *g, const char *field, const char *s, enum grip_kr_kind *out);
int kr_kind_col(struct grip *g, struct store_stmt *st, int col, enum grip_kr_kind *out);
int commit_status_col(struct grip *g, struct store_stmt *st, int col, enum grip_commit_status *out);
int commit_status_check(struct grip *g, const char *field, const char *s, enum grip_commit_status *out);
/* A closing status: done, partial or missed. */
int commit_closing_check(struct grip *g, const char *field, const char *s, enum grip_commit_status *out);
int initiative_status_check(struct grip *g, const char *field, const char *s, enum grip_initiative_status *out);
int initiative_status_col(struct grip *g, struct store_stmt *st, int col, enum grip_initiative_status *out);
int dependency_status_check(struct grip *g, const char *field, const char *s, enum grip_dependency_status *out);
int dependency_status_col(struct grip *g, struct store_stmt *st, int col, enum grip_dependency_status *out);
int member_role_check(struct grip *g, const char *field, const char *s, enum grip_member_role *out);
int member_role_col(struct grip *g, struct store_stmt *st, int col, enum grip_member_role *out);
int cadence_check(struct grip *g, const char *field, const char *s, enum grip_cadence *out);
int cadence_col(struct grip *g, struct store_stmt *st, int col, enum grip_cadence *out);
int objective_status_col(struct grip *g, struct store_stmt *st, int col, enum grip_objective_status *out);
/* Strict ISO date; *day may be NULL. */
int check_date(struct grip *g, const char *field, const char *text, int32_t *day);
/* A date or date-time for a dated entry, not after now; the stored form in *out. */
int check_when(struct grip *g, const char *field, const char *text, const char **out);
/* An ISO week such as 2026-W48 (a lowercase w is read as W); fails with
 * GRIP_EINVAL naming "week". */
struct iso_week;
int check_week(struct grip *g, const char *week, struct iso_week *w);
/* A plain email address, lower-cased into the arena. */
int check_email(struct grip *g, const char *field, const char *email, const char **out);
const char *today_text(struct grip *g);
/* The org's offset from UTC now, in seconds, from its time zone (0 when
 * it cannot be read). org.c */
/* The first day of the check-in period after the one that starts on day,
 * by the windows of grip_checkin_window: a week on (weekly), two weeks on
 * (fortnightly), the first of the next month (monthly). checkin_due.c */
int32_t checkin_period_next(enum grip_cadence cadence, int32_t day);
/* Reads the org's clock into g: its zone's offset now, its week start. */
void org_clock_read(struct grip *g);
/* Sets the clock from an org's time zone and first day of the week. */
void org_clock_set(struct grip *g, const char *timezone, int week_start);

/* Grows an arena array of pointers: *items has *n entries and room for *cap. */
int push_ptr(struct grip *g, void ***items, size_t *n, size_t *cap, void *item);
/* Every row's first column (an id) of a statement, in the arena, however
 * many; finishes the statement. st NULL: the store's failure. */
int ids_collect(struct grip *g, struct store_stmt *st, int64_t **ids, size_t *n);

/* The first row's first column of st as text in the arena, into *out:
 * NULL when there is no row or the value is NULL; finishes the
 * statement. st NULL: the store's failure. */
int text_one(struct grip *g, struct store_stmt *st, const char **out);

/* Reads a row into a new arena struct. */
typedef void *(*row_fn)(struct grip *g, struct store_stmt *st);
/* The one row of st (from store_q; NULL means the query failed) read by
 * row, or NULL with GRIP_ENOTFOUND "no such <what>" in field <what>. Any
 * allocation refused while reading a row fails it with GRIP_ENOMEM (row
 * readers need not check every column they copy); so for fetch_all. */
void *fetch_one(struct grip *g, struct store_stmt *st, row_fn row, const char *what);
/* Every row of st read by row into an arena array. */
int fetch_all(struct grip *g, struct store_stmt *st, row_fn row, void ***out, size_t *n);

/* Stored-field JSON of an entity by id, for history (NULL when absent). */
json_t *objective_record(struct grip *g, int64_t id);
json_t *kr_record(struct grip *g, int64_t id);
/* The stored fields of one as JSON (json_write.c), for the history. */
json_t *objective_stored_json(const struct grip_objective *o);
json_t *kr_stored_json(const struct grip_kr *kr);

/* Group rules (group.c): on adding a group or member outcome, on
 * rewriting one, on linking a commitment to an objective. */
int group_check_add(struct grip *g, enum grip_layer layer, const struct grip_cycle *c,
		    const struct grip_unit *u, const struct grip_person *owner);
int group_check_edit(struct grip *g, const struct grip_objective *o, const char *title,
		     const char *why, const char *reason);
int group_check_link(struct grip *g, const struct grip_person *p, const struct grip_objective *o);
/* The half-way review week of a programme (N/2 + 1), 0 for other cycles. */
int programme_halfway_week(const struct grip_cycle *c);
/* The comment and decision of an objective's latest review, or NULL
 * (no visibility check). approval.c */
const char *review_latest(struct grip *g, int64_t id, const char **decision);
/* May the actor review o (approve it, or return it)? approval.c */
int review_require_reviewer(struct grip *g, const struct grip_objective *o);
/* May the actor take decision (NULL: either) on o as it stands now: its
 * cycle open, the actor a reviewer, its status one that decision takes? */
int review_require_possible(struct grip *g, const struct grip_objective *o, const char *decision);
/* May the actor record a mid-cycle review of o now: a lead of it or an
 * admin, its cycle active, o approved or active? review.c */
int review_require_midcycle(struct grip *g, const struct grip_objective *o);
/* The actor may review o mid-cycle, whatever the day and o's status: an
 * admin, a lead of its unit, or a lead of its owner outside private
 * units (review.c's invariant 1, the person). review.c */
int review_require_midcycle_reviewer(struct grip *g, const struct grip_objective *o);
/* The actor is an admin or leads a unit: someone who may have reviews due.
 * review_due.c */
bool review_may_have_any(struct grip *g);
/* The actor is the group's lead (or leads a unit above it) or an admin;
 * else GRIP_EPERM "only the group's lead or an admin <what>". group.c */
int group_require_lead(struct grip *g, const struct grip_unit *u, const char *what);

/* The stored objective row, no alignments, no visibility check; NULL with
 * GRIP_ENOTFOUND when absent. objective.c */
struct grip_objective *objective_fetch(struct grip *g, int64_t id);
/* The stored objective if the actor may see it (no key results, no
 * figures): the cheap check before reading what hangs off it. objective.c */
struct grip_objective *objective_visible(struct grip *g, int64_t id);
/* objective_visible for a check-in or a value: the objective (no
 * alignments) and its cycle (*cycle) in one statement, its unit's privacy
 * remembered on the way. objective.c */
struct grip_objective *objective_for_value(struct grip *g, int64_t id, struct grip_cycle **cycle);
/* Every stored objective of a cycle, by id, with its alignments but no key
 * results, no figures and no visibility check: for the coach, which judges
 * what the actor may see hint by hint. objective.c */
int objectives_of_cycle(struct grip *g, int64_t cycle_id, struct grip_objective ***out, size_t *n);
/* The same for the objectives of a cycle owned by a unit (unit_id), or
 * when unit_id is 0 by a person (owner_id): what one owner's count reads. */
int objectives_of_owner(struct grip *g, int64_t cycle_id, int64_t unit_id, int64_t owner_id,
			struct grip_objective ***out, size_t *n);
/* One stored objective with its alignments, no visibility check; *out
 * NULL when there is none. objective.c */
int objective_with_alignments(struct grip *g, int64_t id, struct grip_objective **out);
/* Computes the figures of PRODUCT.md §3 for o and loads its key results,
 * as of the end of day as_of (NULL: today). figures.c */
int grip_objective_figures(struct grip *g, struct grip_objective *o, const char *as_of);
/* The same for several objectives at once, in a few set queries. A read of
 * the present loads the stored figures (figures_store.c) while they are
 * fresh; a past day is computed from the values and check-ins. */
int objectives_figures(struct grip *g, struct grip_objective **os, size_t n, const char *as_of);
/* Computes the figures of os (sorted by id) that do not depend on the day
 * from the values, check-ins and events dated before cutoff: key results,
 * progress, roll-up, last check-in, approval; no light, pace or risk. */
int objectives_figures_at(struct grip *g, struct grip_objective **os, size_t n, const char *cutoff);
/* A key result's progress from its current value (and its milestones'
 * weights), by kind; marks the milestones done. figures.c */
void kr_progress(struct grip_kr *kr);
/* How many levels of aligned objectives a roll-up reaches. */
#define FIGURES_ROLLUP_DEPTH 8
/* Recomputes the stored figures of the objective (0008_figures.sql) from
 * its key results, values and check-ins, or its children, then those of the
 * objectives it rolls up into; names each one changed to
 * grip_changed_objective. Every write that changes an input of an
 * objective's figures calls it, in its transaction, after the change.
 * figures_store.c */
int figures_refresh(struct grip *g, int64_t objective_id);
/* The objective was left approved or active at `at` (an event's time):
 * the first such time is its approved_at. grip_event calls it. */
int figures_note_approval(struct grip *g, int64_t objective_id, const char *at);
/* A key result's current value: the latest stored one, or where it starts
 * when none is (a metric's baseline, 0 for the other kinds). key_result.c */
void kr_set_current(struct grip_kr *kr, bool has_value, double latest);
/* The end of day as_of (NULL: today) as stored-time text in cutoff
 * (DATETIME_LEN bytes): what is dated before it counts. Sets *day; fails on
 * a malformed or future as_of. figures.c */
int cutoff_of(struct grip *g, const char *as_of, int32_t *day, char *cutoff);
/* Key result id of objective_id as a new value needs it: stored fields,
 * latest value (has_value, current) and the number of milestones, but no
 * milestone list and no figures. NULL with the error "key result ... is not
 * part of objective ..." when it is not one of them. key_result.c */
struct grip_kr *kr_for_value(struct grip *g, int64_t objective_id, int64_t id);
/* The key results of a check-in's results, read ahead: ask before the
 * objective's checks, take after (each result's key result into krs, all
 * NULL on entry; -1 when one is not the objective's or is named twice). */
struct store_stmt *kr_values_ask(struct grip *g, int64_t objective_id);
int kr_values_take(struct grip *g, struct store_stmt *st, int64_t objective_id,
		   const struct grip_checkin_result *results, size_t n, const struct grip_kr **krs);
/* Computes a key result's current value and progress as of a day. */
int kr_figures(struct grip *g, struct grip_kr *kr, const char *as_of);
/* Reads a key result's stored fields from columns 0..10 in the order of
 * KR_COLS (id, objective_id, position, title, kind, baseline, target,
 * unit_label, weight, owner_id, version). key_result.c */
int kr_fill(struct grip *g, struct store_stmt *st, struct grip_kr *kr); /* -1: an unknown kind */
/* The key results of an objective, in order, with milestones; no figures.
 * cutoff (NULL: every one): only those that existed by then (KR_EXISTED). */
int kr_load_all(struct grip *g, int64_t objective_id, const char *cutoff, struct grip_kr **out, size_t *n);
/* A key result k existed by a cut-off (bind it twice) when it was added
 * before it, or has a value dated before it: a value recorded for an
 * earlier day says it was being measured then. */
#define KR_EXISTED "(k.created_at < ? OR EXISTS (SELECT 1 FROM kr_values x WHERE x.key_result_id = k.id AND x.at < ?))"
/* The objective of a key result, checked for a change of its key results by
 * the actor: seen, theirs to edit, its cycle not closed. key_result.c */
struct grip_objective *kr_objective_for_write(struct grip *g, int64_t objective_id);
/* 0 when the key result may be deleted (grip_kr_delete's rule), else -1
 * with the reason. key_result.c */
int kr_require_delete(struct grip *g, const struct grip_kr *kr);
/* Records a key result's value (checked for its kind) at `at`, from a
 * check-in when checkin_id is set. key_result.c */
int kr_record_value(struct grip *g, const struct grip_kr *kr, double value, const char *note,
		    const char *at, int64_t checkin_id);
/* The stored cycle, no visibility check: for rules and figures of what
 * the actor already sees. cycle.c */
struct grip_cycle *cycle_stored(struct grip *g, int64_t id);
/* Everything in a closed cycle is read-only: fails with a conflict. cycle.c */
int cycle_require_open(struct grip *g, int64_t cycle_id);
/* A dated entry (check-in, value) may not come before its cycle starts. */
int cycle_require_within(struct grip *g, int64_t cycle_id, const char *field, const char *when);
/* The same two rules on a cycle already loaded; cycle_from_row reads one
 * from the columns of CYCLE_COLS starting at column first. cycle.c */
int cycle_check_open(struct grip *g, const struct grip_cycle *c);
int cycle_check_within(struct grip *g, const struct grip_cycle *c, const char *field, const char *when);
struct grip_cycle *cycle_from_row(struct grip *g, struct store_stmt *st, int first);
/* The stored objective with every alignment, for a change: the actor sees
 * and may write it, its cycle is open, and it is at if_version (0: any).
 * objective.c */
struct grip_objective *objective_for_write(struct grip *g, int64_t id, int if_version);
/* achieved, missed, dropped */
bool objective_is_terminal(enum grip_objective_status status);
/* The rules behind the grip_may_* questions of deleting and of changing
 * what hangs off an objective (objective.c, initiative.c, dependency.c):
 * 0, or -1 with the reason in g->err. */
int objective_require_deletable(struct grip *g, const struct grip_objective *o);
/* May the actor add an objective such as o (layer, unit, owner,
 * visibility), whatever its cycle? grip_objective_add's rules. objective.c */
int objective_require_add(struct grip *g, const struct grip_objective *o);
/* May the actor carry o forward into some cycle now? carry.c */
int carry_require_possible(struct grip *g, const struct grip_objective *o);
int initiatives_require_change(struct grip *g, const struct grip_objective *o);
int dependency_require_edit(struct grip *g, const struct grip_dependency *d);
int dependency_require_move(struct grip *g, const struct grip_dependency *d);

/* Scoring's rules (score.c): may the actor give the lead's and final
 * score / the self score of a key result (owned by kr_owner, 0: nobody);
 * may o be scored now in cycle c; o's score in tenths (-1, with what it
 * lacks, when not scored), from its key results' final scores or else
 * those aligned to it. */
int score_require_lead(struct grip *g, const struct grip_objective *o);
int score_require_self(struct grip *g, const struct grip_objective *o, int64_t kr_owner);
int score_require_open(struct grip *g, const struct grip_objective *o, const struct grip_cycle *c);
int score_objective(struct grip *g, const struct grip_objective *o, int *tenths, const char **missing);
int score_objective_at(struct grip *g, int64_t id, int depth, int *tenths, const char **missing);
/* Shared with score_list.c: the day suggested scores are read on (the
 * cycle's last, or today if earlier), a key result's suggested score, its
 * stored scores (every one -1 when none), a score in tenths as JSON. */
const char *score_day(struct grip *g, const struct grip_cycle *c);
int score_suggested(struct grip *g, const struct grip_cycle *c, int64_t kr_id, int *tenths);
struct grip_kr_score *score_stored(struct grip *g, int64_t kr_id);
json_t *score_tenths_json(int t);
/* Fills o's score and each key result's scores when its cycle is in
 * scoring or closed (not a programme); the same for one key result. */
int score_attach(struct grip *g, struct grip_objective *o);
int score_attach_kr(struct grip *g, struct grip_kr *kr);
/* grip_kr_get without the scores: its figures as of as_of. key_result.c */
struct grip_kr *kr_get_at(struct grip *g, int64_t id, const char *as_of);

/* The actor's units, loaded once per request and day (actor.c): the
 * actor leads the unit or one above it (as grip_is_lead for the actor), or
 * is a current member of it (as grip_is_member). actor_forget drops what
 * was loaded: a change may have moved it. */
bool actor_leads_unit(struct grip *g, int64_t unit_id);
bool actor_member_of(struct grip *g, int64_t unit_id);
bool actor_leads_any(struct grip *g); /* the actor leads some unit */
void actor_forget(struct grip *g);
/* A person from the columns id, email, name, role, active, left_on,
 * created_at starting at column first. person.c */
struct grip_person *person_from_row(struct grip *g, struct store_stmt *st, int first);
/* An org from the columns ORG_COLS_OF(alias) starting at column first.
 * org.c */
#define ORG_COLS_OF(a) a ".id, " a ".slug, " a ".name, " a ".timezone, " a ".locale, " a ".week_start, " \
	a ".vision, " a ".strategy, " a ".created_at, " a ".remind_hour"
struct grip_org *org_from_row(struct grip *g, struct store_stmt *st, int first);
/* The actor is an admin of the org, still active. perm.c */
bool actor_is_admin(const struct grip *g);
/* The actor has a say over the unit: an admin, or a lead of it or of a
 * unit above it (unit_id 0: admins only). perm.c */
bool actor_runs_unit(struct grip *g, int64_t unit_id);
/* The actor leads a unit the person currently belongs to; private units
 * (coaching groups) count only when with_private. perm.c */
bool leads_person(struct grip *g, int64_t person_id, bool with_private);
/* The actor is a current member of the unit, or leads it or a unit above
 * it: someone close to its objectives. visibility.c */
bool actor_in_unit(struct grip *g, int64_t unit_id);
/* Visibility by id, remembered for the request. visibility.c */
bool unit_id_visible(struct grip *g, int64_t unit_id);
/* Remembers whether a unit of the org, just read, is private (saves
 * unit_id_visible its query). visibility.c */
void unit_privacy_known(struct grip *g, int64_t unit_id, bool private_unit);
bool objective_id_visible(struct grip *g, int64_t id);
/* The objective belongs to a private unit (a coaching group, usually). */
bool objective_in_private_unit(struct grip *g, const struct grip_objective *o);
/* Drops from o->aligns_to the parents the actor may not see: a read
 * shows no id of what it may not see. */
void objective_filter_aligns(struct grip *g, struct grip_objective *o);
/* The actor leads the person where a commitment of theirs serving o (NULL:
 * nothing) lives: o's unit's leads; outside private units also the
 * person's leads; for one serving nothing, any of the person's leads. */
bool commitment_lead(struct grip *g, int64_t person_id, const struct grip_objective *o);
/* May the actor change c (whoever may write it) or delete it (its person
 * alone), now that it is open in a week not over? commitment.c */
int require_commit_change(struct grip *g, const struct grip_commitment *c);
int require_commit_delete(struct grip *g, const struct grip_commitment *c);
/* The sign-in throttle (throttle.c; its rule is written there). Times are
 * the real clock's, in milliseconds (throttle_clock_ms). */
int64_t throttle_clock_ms(void);
/* The wait after `failures` in a row, where `free` of them cost nothing. */
int64_t throttle_wait_ms(int64_t failures, int64_t free);
/* How long an attempt must still wait, given a count and its last failure. */
int64_t throttle_remaining_ms(int64_t failures, int64_t last_at, int64_t free, int64_t now);
/* The keys (hex digests, 33 bytes) of an account (org and email) and of
 * a client address. */
void throttle_keys(const char *org, const char *email, const char *address, char account[33], char addr[33]);
/* 0 when both may try now; else GRIP_ETHROTTLE with err.retry_after.
 * account NULL: the address alone (so for throttle_failed). */
int throttle_check(struct grip *g, const char *account, const char *address, int64_t now);
/* One failure more for both; a write. */
int throttle_failed(struct grip *g, const char *account, const char *address, int64_t now);
/* A success: the account's count is gone. */
int throttle_forget(struct grip *g, const char *account);

/* Ends every session and revokes every API token of a person. auth.c */
int auth_revoke_person(struct grip *g, int64_t person_id);
/* The rules behind the settings' writes, for may.c: each fails as the
 * write would. person.c, unit.c, membership.c, cycle.c */
int person_require_edit(struct grip *g, int64_t person_id, bool role);
/* The outbox rows of st (its columns those of outbox.c's NOTE_COLS) into
 * an arena list; finishes the statement. outbox.c */
int outbox_collect(struct grip *g, struct store_stmt *st, struct grip_notification ***out, size_t *n);
/* Who may read a person's channels: they themself or an admin. notices.c */
int notices_require_read(struct grip *g, int64_t person_id);
/* Who may change them: they themself or an admin, not a viewer. notices.c */
int notices_require_edit(struct grip *g, int64_t person_id);
int person_check_leave(struct grip *g, const struct grip_person *p);
int unit_check_move(struct grip *g, const struct grip_unit *u, const struct grip_unit *parent);
int unit_require_edit(struct grip *g, const struct grip_unit *u);
int unit_check_delete(struct grip *g, const struct grip_unit *u);
int unit_require_manager(struct grip *g, int64_t unit_id);
int cycle_require_manager(struct grip *g, const struct grip_cycle *c);
int cycle_check_edit(struct grip *g, const struct grip_cycle *c);
int cycle_check_delete(struct grip *g, const struct grip_cycle *c);
/* May c be closed now (force: by an admin, whatever is missing)? cycle.c */
int cycle_check_close(struct grip *g, const struct grip_cycle *c, bool force);
/* May scoring of c be opened early now (its manager, c active)? cycle.c */
int cycle_check_scoring(struct grip *g, const struct grip_cycle *c);

/* May the actor write o's reflection now: they may change o or lead it,
 * and its cycle is active or scoring? reflection.c */
int reflection_require_write(struct grip *g, const struct grip_objective *o);
/* The reflection of objective_id, which the caller has found the actor
 * sees (objective_visible, objective_id_visible): the stored one, or one
 * with every field NULL when none is written. reflection.c */
struct grip_reflection *reflection_of(struct grip *g, int64_t objective_id);

/* The hash an attempt with no one to sign in is checked against. auth.c */
const char *signin_dummy_hash(void);
/* Is the attempt's person still active with the hash that was checked? */
bool signin_still_valid(struct grip *g, const struct grip_signin *a);
/* Passwords and secrets (auth.c): a secret's stored digest (of sessions,
 * API tokens, one-time links and calendar feeds alike); a new
 * password's length and text (GRIP_EINVAL naming field); its Argon2id
 * hash (-1: out of memory); and storing a hash, which ends the person's
 * sessions but keep_session (a digest, or NULL) and every open one-time
 * link, with the history's event (how: what set it, or NULL). */
const char *auth_secret_hash(struct grip *g, const char *secret);
int auth_check_password(struct grip *g, const char *field, const char *password);
int auth_hash_password(char out[GRIP_HASH_MAX], const char *password);
int auth_store_password(struct grip *g, int64_t person_id, const char *hash, const char *keep_session,
			const char *how);
/* May the actor invite p: an admin, p active and without a password? account.c */
int account_require_invite(struct grip *g, const struct grip_person *p);
/* The last two steps of a password change or a link's use. account.c */
int account_finish(struct grip *g, struct grip_signin *a);
int account_outcome(struct grip *g, const struct grip_signin *a);

/* The id a new row of a table whose rows may be deleted takes: above every
 * id the table holds and every id its history names in the org, so a
 * deleted row's id (and its history) never passes to another. One bound
 * parameter: the org. SQLite alone would give a deleted last row's id
 * again. */
#define NEXT_ID_SQL(table, entity) \
	"(SELECT COALESCE(MAX(n), 0) + 1 FROM (SELECT MAX(id) AS n FROM " table \
	" UNION ALL SELECT MAX(entity_id) FROM events WHERE org_id = ? AND entity = '" entity "') AS ids)"

/* Records that the store step failed and returns -1. */
#define STORE_FAIL(g) grip_store_fail(g)

/* Whether g's error is the store's or the machine's (not a refusal of the
 * input): a check that tries candidates passes it on rather than
 * dropping the candidate. */
static inline bool grip_failed_hard(const struct grip *g)
{
	return g->err.code == GRIP_ESTORE || g->err.code == GRIP_ENOMEM || g->err.code == GRIP_EUNAVAILABLE;
}

#endif
