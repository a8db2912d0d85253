/*
 * key_result.c — how an objective's progress is measured. Three kinds:
 * metric (a number from baseline to target, either direction), boolean
 * (0 or 1) and milestones (an ordered list with weights, done in order: the
 * value is how many are done; naming a milestone means it and those before
 * it are done). Every recorded value is kept with its date, so any past
 * value can be asked for; see figures.c for the math. A key result is
 * deleted only while nothing has been seen of it (see grip_kr_delete).
 */
#include "core/internal.h"

#include <ctype.h>
#include <math.h>
#include <string.h>

#include "util/date.h"
#include "util/num.h"

#define MILESTONES_MAX 50
#define WEIGHT_MAX 1000.0
#define UNIT_LABEL_MAX_BYTES 40


#define KR_COLS \
	"id, objective_id, position, title, kind, baseline, target, unit_label, weight, owner_id, version"

int kr_fill(struct grip *g, struct store_stmt *st, struct grip_kr *kr)
{
	kr->id = store_col_int(st, 0);
	kr->objective_id = store_col_int(st, 1);
	kr->position = (int)store_col_int(st, 2);
	kr->title = col_text(g, st, 3);
	if (kr_kind_col(g, st, 4, &kr->kind) < 0)
		return -1;
	kr->baseline = store_col_real(st, 5);
	kr->target = store_col_real(st, 6);
	kr->unit_label = col_text(g, st, 7);
	kr->weight = store_col_real(st, 8);
	kr->owner_id = store_col_int(st, 9);
	kr->version = (int)store_col_int(st, 10);
	return 0;
}

void kr_set_current(struct grip_kr *kr, bool has_value, double latest)
{
	kr->has_value = has_value;
	kr->current = has_value ? latest : kr->kind == GRIP_KR_METRIC ? kr->baseline : 0;
}

static void *kr_row(struct grip *g, struct store_stmt *st)
{
	struct grip_kr *kr = grip_alloc(g, sizeof *kr);
	if (kr && kr_fill(g, st, kr) < 0)
		return NULL;
	return kr;
}

static void *milestone_row(struct grip *g, struct store_stmt *st)
{
	struct grip_milestone *m = grip_alloc(g, sizeof *m);
	if (!m)
		return NULL;
	m->id = store_col_int(st, 0);
	m->position = (int)store_col_int(st, 1);
	m->title = col_text(g, st, 2);
	m->weight = store_col_real(st, 3);
	return m;
}

static int load_milestones(struct grip *g, struct grip_kr *kr)
{
	kr->milestones = NULL;
	kr->n_milestones = 0;
	if (kr->kind != GRIP_KR_MILESTONES)
		return 0;
	struct grip_milestone **ms;
	size_t n;
	if (fetch_all(g, store_q(g->store,
		"SELECT id, position, title, weight FROM milestones WHERE key_result_id = ?"
		" ORDER BY position", V(kr->id)), milestone_row, (void ***)&ms, &n) < 0)
		return -1;
	if (!n)
		return 0;
	kr->milestones = arena_calloc(g->arena, n, sizeof *kr->milestones);
	if (!kr->milestones)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	for (size_t i = 0; i < n; i++)
		kr->milestones[i] = *ms[i];
	kr->n_milestones = n;
	return 0;
}

int kr_load_all(struct grip *g, int64_t objective_id, const char *cutoff, struct grip_kr **out, size_t *n)
{
	struct grip_kr **krs;
	struct store_stmt *st = cutoff
		? store_q(g->store, "SELECT " KR_COLS " FROM key_results k WHERE objective_id = ? AND " KR_EXISTED
			  " ORDER BY position, id", V(objective_id), V(cutoff), V(cutoff))
		: store_q(g->store, "SELECT " KR_COLS " FROM key_results WHERE objective_id = ? ORDER BY position, id",
			  V(objective_id));
	if (fetch_all(g, st, kr_row, (void ***)&krs, n) < 0)
		return -1;
	*out = *n ? arena_calloc(g->arena, *n, sizeof **out) : NULL;
	if (*n && !*out)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	for (size_t i = 0; i < *n; i++) {
		(*out)[i] = *krs[i];
		if (load_milestones(g, &(*out)[i]) < 0)
			return -1;
	}
	return 0;
}

/* A key result with its current value as of the cut-off (two ?: the
 * cut-off twice) and its count of milestones: the stored value (figures_store.c,
 * the latest by (at, id)) when it is dated before the cut-off, else looked
 * up. Rows are read by kr_value_row. */
#define KR_VALUE_SELECT \
	"SELECT " KR_COLS "," \
	" CASE WHEN k.cur_at < ? THEN k.cur_value ELSE" \
	" (SELECT v.value FROM kr_values v WHERE v.key_result_id = k.id AND v.at < ?" \
	"  ORDER BY v.at DESC, v.id DESC LIMIT 1) END," \
	" (SELECT count(*) FROM milestones m WHERE m.key_result_id = k.id)" \
	" FROM key_results k "

/* A row of KR_VALUE_SELECT, into the arena; NULL with g->err. */
static struct grip_kr *kr_value_row(struct grip *g, struct store_stmt *st)
{
	struct grip_kr *kr = grip_alloc(g, sizeof *kr);
	if (!kr || kr_fill(g, st, kr) < 0)
		return NULL;
	kr_set_current(kr, !store_col_null(st, 11), store_col_real(st, 11));
	kr->n_milestones = (size_t)store_col_int(st, 12);
	return kr;
}

struct grip_kr *kr_for_value(struct grip *g, int64_t objective_id, int64_t id)
{
	int32_t day;
	char cutoff[DATETIME_LEN];
	if (cutoff_of(g, NULL, &day, cutoff) < 0)
		return NULL;
	struct store_stmt *st = store_q(g->store,
		KR_VALUE_SELECT "WHERE k.id = ? AND k.objective_id = ? AND k.org_id = ?",
		V(cutoff), V(cutoff), V(id), V(objective_id), V(g->org_id));
	if (!st) {
		STORE_FAIL(g);
		return NULL;
	}
	struct grip_kr *kr = NULL;
	enum store_rc rc = store_step(st);
	if (rc == STORE_ROW && !(kr = kr_value_row(g, st))) {
		store_done(st);
		return NULL;
	}
	store_done(st);
	if (rc != STORE_ROW && rc != STORE_DONE)
		STORE_FAIL(g);
	else if (rc == STORE_DONE)
		grip_fail(g, GRIP_EINVAL, "key_result_id", "key result %lld is not part of objective %lld",
			  (long long)id, (long long)objective_id);
	return kr;
}

/* kr_for_value for the key results of a check-in at once: every key
 * result of the objective in one statement, asked ahead (store_ahead) so
 * it goes to the database with the objective's own read, then taken. */
struct store_stmt *kr_values_ask(struct grip *g, int64_t objective_id)
{
	int32_t day;
	char cutoff[DATETIME_LEN];
	if (cutoff_of(g, NULL, &day, cutoff) < 0)
		return NULL;
	struct store_stmt *st = store_q(g->store,
		KR_VALUE_SELECT "WHERE k.objective_id = ? AND k.org_id = ?",
		V(cutoff), V(cutoff), V(objective_id), V(g->org_id));
	if (!st) {
		STORE_FAIL(g);
		return NULL;
	}
	if (store_ahead(st) != STORE_OK) {
		store_done(st);
		STORE_FAIL(g);
		return NULL;
	}
	return st;
}

int kr_values_take(struct grip *g, struct store_stmt *st, int64_t objective_id,
		   const struct grip_checkin_result *results, size_t n, const struct grip_kr **krs)
{
	enum store_rc rc;
	while ((rc = store_step(st)) == STORE_ROW) {
		int64_t id = store_col_int(st, 0);
		struct grip_kr *kr = NULL;
		for (size_t i = 0; i < n; i++) {
			if (results[i].key_result_id != id)
				continue;
			if (!kr && !(kr = kr_value_row(g, st))) {
				store_done(st);
				return -1;
			}
			krs[i] = kr; /* named twice: the check below says so */
		}
	}
	store_done(st);
	if (rc != STORE_DONE)
		return STORE_FAIL(g);
	/* Every result names a key result of this objective, once. */
	for (size_t i = 0; i < n; i++) {
		if (!krs[i])
			return grip_fail(g, GRIP_EINVAL, "key_result_id", "key result %lld is not part of objective %lld",
					 (long long)results[i].key_result_id, (long long)objective_id);
		for (size_t j = 0; j < i; j++)
			if (results[j].key_result_id == results[i].key_result_id)
				return grip_fail(g, GRIP_EINVAL, "key_result_id", "key result %lld is given twice",
						 (long long)results[i].key_result_id);
	}
	return 0;
}

/* The stored key result, with no figures and no visibility check. */
static struct grip_kr *kr_load(struct grip *g, int64_t id)
{
	struct grip_kr *kr = fetch_one(g, store_q(g->store,
		"SELECT " KR_COLS " FROM key_results WHERE id = ? AND org_id = ?", V(id), V(g->org_id)),
		kr_row, "key_result");
	if (kr && load_milestones(g, kr) < 0)
		return NULL;
	return kr;
}

json_t *kr_record(struct grip *g, int64_t id)
{
	struct grip_kr *kr = kr_load(g, id);
	return kr ? kr_stored_json(kr) : NULL;
}

struct grip_objective *kr_objective_for_write(struct grip *g, int64_t objective_id)
{
	struct grip_objective *o = objective_visible(g, objective_id);
	if (!o || grip_require_objective_write(g, o) < 0 || cycle_require_open(g, o->cycle_id) < 0)
		return NULL;
	return o;
}

static int check_number(struct grip *g, const char *field, double v)
{
	if (!isfinite(v) || fabs(v) > 1e15)
		return grip_fail(g, GRIP_EINVAL, field, "must be a finite number of at most 1e15");
	return 0;
}

static int check_weight(struct grip *g, const char *field, double w)
{
	if (!(w > 0) || w > WEIGHT_MAX)
		return grip_fail(g, GRIP_EINVAL, field, "must be a number above 0 and at most %g", WEIGHT_MAX);
	return 0;
}

/* Text without the blanks around it, as [*start, *start + len). */
static size_t trimmed(const char *s, const char **start)
{
	while (*s == ' ' || *s == '\t')
		s++;
	size_t len = strlen(s);
	while (len && (s[len - 1] == ' ' || s[len - 1] == '\t'))
		len--;
	*start = s;
	return len;
}

/* Two milestone names are the same when they match but for the blanks
 * around them and the case of ASCII letters. */
static bool same_name(const char *a, const char *b)
{
	const char *x, *y;
	size_t n = trimmed(a, &x), m = trimmed(b, &y);
	if (n != m)
		return false;
	for (size_t i = 0; i < n; i++)
		if (tolower((unsigned char)x[i]) != tolower((unsigned char)y[i]))
			return false;
	return true;
}

int grip_kr_parse_milestone(struct grip *g, const char *text, const char **title, double *weight)
{
	const char *start;
	size_t len = trimmed(text, &start);
	*weight = 1;
	size_t eq = len;
	while (eq && start[eq - 1] != '=')
		eq--;
	if (eq) {
		const char *num;
		size_t nlen = trimmed(start + eq, &num);
		char buf[64];
		double w;
		if (nlen && nlen < sizeof buf) {
			memcpy(buf, num, nlen);
			buf[nlen] = '\0';
			if (parse_double(buf, &w)) {
				size_t tlen = eq - 1;
				while (tlen && (start[tlen - 1] == ' ' || start[tlen - 1] == '\t'))
					tlen--;
				if (!tlen)
					return grip_fail(g, GRIP_EINVAL, "milestones", "“%s” has a weight but no name", text);
				*weight = w;
				len = tlen;
			}
		}
	}
	*title = arena_strndup(g->arena, start, len);
	return *title ? 0 : grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
}

/* What a face was given, judged (grip_kr_new's `given`). */
static int kr_check_given(struct grip *g, const struct grip_kr_new *n, enum grip_kr_kind kind)
{
	if (kind == GRIP_KR_METRIC && (!n->has_baseline || !n->has_target))
		return grip_fail(g, GRIP_EINVAL, n->has_baseline ? "target" : "baseline",
				 "is required for a metric key result (or make it yes/no, or milestones)");
	if (kind != GRIP_KR_METRIC && (n->has_baseline || n->has_target))
		return grip_fail(g, GRIP_EINVAL, n->has_baseline ? "baseline" : "target",
				 "only a metric key result has a baseline and a target");
	if (n->has_weight && !(n->weight > 0))
		return grip_fail(g, GRIP_EINVAL, "weight", "must be a number above 0");
	return 0;
}

struct grip_kr *grip_kr_add(struct grip *g, int64_t objective_id, const struct grip_kr_new *n)
{
	enum grip_kr_kind kind = GRIP_KR_METRIC;
	double weight = n->weight ? n->weight : 1;
	grip_change_scope(g); /* it changes its objective's key results and figures alone */
	if (grip_check_text(g, "title", n->title, TITLE_MAX_BYTES, true) < 0 ||
	    (n->kind && kr_kind_check(g, "kind", n->kind, &kind) < 0) ||
	    grip_check_text(g, "unit", n->unit_label, UNIT_LABEL_MAX_BYTES, false) < 0 ||
	    check_weight(g, "weight", weight) < 0)
		return NULL;
	if (n->given && kr_check_given(g, n, kind) < 0)
		return NULL;
	double baseline = n->baseline, target = n->target;
	if (kind == GRIP_KR_METRIC) {
		if (check_number(g, "baseline", baseline) < 0 || check_number(g, "target", target) < 0)
			return NULL;
		if (baseline == target) {
			grip_fail(g, GRIP_EINVAL, "target", "equals the baseline (%g): nothing to move", target);
			return NULL;
		}
		if (n->n_milestones) {
			grip_fail(g, GRIP_EINVAL, "milestones", "only a milestones key result has milestones");
			return NULL;
		}
	} else if (kind == GRIP_KR_BOOLEAN) {
		baseline = 0;
		target = 1;
	} else {
		if (n->n_milestones < 1 || n->n_milestones > MILESTONES_MAX) {
			grip_fail(g, GRIP_EINVAL, "milestones", "a milestones key result needs 1 to %d milestones",
				  MILESTONES_MAX);
			return NULL;
		}
		for (size_t i = 0; i < n->n_milestones; i++) {
			if (grip_check_text(g, "milestones", n->milestones[i], TITLE_MAX_BYTES, true) < 0 ||
			    (n->milestone_weights && check_weight(g, "milestones", n->milestone_weights[i]) < 0))
				return NULL;
			/* A milestone is ticked by its name: no two may read the same. */
			for (size_t j = 0; j < i; j++)
				if (same_name(n->milestones[i], n->milestones[j])) {
					grip_fail(g, GRIP_EINVAL, "milestones", "“%s” is there twice: each milestone needs "
						  "its own name", n->milestones[i]);
					return NULL;
				}
		}
		baseline = 0;
		target = (double)n->n_milestones;
	}
	struct grip_objective *o = kr_objective_for_write(g, objective_id);
	if (!o)
		return NULL;
	struct grip_person *owner = NULL;
	if (n->owner_email && !(owner = grip_person_by_email(g, n->owner_email))) {
		snprintf(g->err.field, sizeof g->err.field, "owner");
		return NULL;
	}
	const char *now = grip_now_text(g);
	int64_t id = 0;
	/* An id is never given twice, so the history of a deleted key result
	 * stays its own (NEXT_ID_SQL). */
	if (!now || store_x(g->store, &id,
			    "INSERT INTO key_results (id, org_id, objective_id, position, title, kind, baseline,"
			    " target, unit_label, weight, owner_id, created_at, updated_at)"
			    " VALUES (" NEXT_ID_SQL("key_results", "key_result") ", ?, ?,"
			    " (SELECT COALESCE(MAX(position), 0) + 1 FROM key_results"
			    " WHERE objective_id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
			    V(g->org_id), V(g->org_id), V(objective_id), V(objective_id), V(n->title), V(grip_kr_kind_name(kind)),
			    V(baseline), V(target), V(n->unit_label), V(weight),
			    VID(owner ? owner->id : 0), V(now), V(now)) != STORE_OK) {
		if (now)
			STORE_FAIL(g);
		return NULL;
	}
	for (size_t i = 0; i < n->n_milestones; i++) {
		double w = n->milestone_weights ? n->milestone_weights[i] : 1;
		if (store_x(g->store, NULL,
			    "INSERT INTO milestones (org_id, key_result_id, position, title, weight)"
			    " VALUES (?, ?, ?, ?, ?)",
			    V(g->org_id), V(id), V((int64_t)i + 1), V(n->milestones[i]), V(w)) != STORE_OK) {
			STORE_FAIL(g);
			return NULL;
		}
	}
	if (grip_event(g, "key_result", id, "create", NULL, kr_record(g, id), NULL) < 0 ||
	    figures_refresh(g, objective_id) < 0)
		return NULL;
	grip_changed_objective(g, objective_id);
	return grip_kr_get(g, id, NULL);
}

/* The stored key result if the actor may see it: through its objective. */
static struct grip_kr *kr_seen(struct grip *g, int64_t id)
{
	struct grip_kr *kr = kr_load(g, id);
	if (kr && !objective_visible(g, kr->objective_id)) {
		grip_fail(g, GRIP_ENOTFOUND, "key_result", "no such key result");
		return NULL;
	}
	return kr;
}

/* Whether the key result existed by the cut-off (KR_EXISTED). */
static int kr_existed(struct grip *g, int64_t id, const char *cutoff, bool *existed)
{
	struct store_stmt *st = store_q(g->store, "SELECT 1 FROM key_results k WHERE k.id = ? AND " KR_EXISTED,
					V(id), V(cutoff), V(cutoff));
	if (!st)
		return STORE_FAIL(g);
	enum store_rc rc = store_step(st);
	store_done(st);
	if (rc != STORE_ROW && rc != STORE_DONE)
		return STORE_FAIL(g);
	*existed = rc == STORE_ROW;
	return 0;
}

struct grip_kr *grip_kr_get(struct grip *g, int64_t id, const char *as_of)
{
	struct grip_kr *kr = kr_get_at(g, id, as_of);
	return kr && score_attach_kr(g, kr) == 0 ? kr : NULL;
}

struct grip_kr *kr_get_at(struct grip *g, int64_t id, const char *as_of)
{
	struct grip_kr *kr = kr_seen(g, id);
	if (!kr || kr_figures(g, kr, as_of) < 0)
		return NULL;
	if (as_of) {
		int32_t day;
		char cutoff[DATETIME_LEN];
		bool existed = true;
		if (cutoff_of(g, as_of, &day, cutoff) < 0 || kr_existed(g, id, cutoff, &existed) < 0)
			return NULL;
		if (!existed) {
			grip_fail(g, GRIP_EINVAL, "as_of", "key result %lld was added after %s", (long long)id, as_of);
			return NULL;
		}
	}
	return kr;
}

int grip_kr_parse_value(struct grip *g, const struct grip_kr *kr, const char *text, double *out)
{
	if (kr->kind == GRIP_KR_BOOLEAN) {
		static const char *const yes[] = { "1", "true", "yes", "done", NULL };
		static const char *const no[] = { "0", "false", "no", "not done", NULL };
		for (int i = 0; yes[i]; i++) {
			if (strcmp(text, yes[i]) == 0) {
				*out = 1;
				return 0;
			}
			if (strcmp(text, no[i]) == 0) {
				*out = 0;
				return 0;
			}
		}
		return grip_fail(g, GRIP_EINVAL, "value",
				 "key result %lld is yes-or-no: give 1 or 0 (true/false), not %s",
				 (long long)kr->id, text);
	}
	if (parse_double(text, out))
		return 0;
	if (kr->kind == GRIP_KR_MILESTONES)
		return grip_kr_milestone_done(g, kr, "value", text, out);
	return grip_fail(g, GRIP_EINVAL, "value", "is not a number: %s", text);
}

int grip_kr_milestone_done(struct grip *g, const struct grip_kr *kr, const char *field, const char *name,
			   double *out)
{
	if (kr->kind != GRIP_KR_MILESTONES)
		return grip_fail(g, GRIP_EINVAL, field, "key result %lld has no milestones", (long long)kr->id);
	size_t found = 0, hits = 0;
	for (size_t i = 0; i < kr->n_milestones && kr->milestones; i++)
		if (same_name(kr->milestones[i].title, name)) {
			found = i + 1;
			hits++;
		}
	if (hits == 1) {
		*out = (double)found;
		return 0;
	}
	if (hits > 1)
		return grip_fail(g, GRIP_EINVAL, field,
				 "“%s” names %zu milestones of key result %lld: give how many are done instead", name,
				 hits, (long long)kr->id);
	char list[160] = "";
	size_t used = 0;
	for (size_t i = 0; i < kr->n_milestones && kr->milestones && used < sizeof list; i++) {
		int w = snprintf(list + used, sizeof list - used, "%s“%s”", i ? ", " : "", kr->milestones[i].title);
		used = w < 0 ? sizeof list : used + (size_t)w;
	}
	return grip_fail(g, GRIP_EINVAL, field, "key result %lld has no milestone “%s”: its milestones are %s",
			 (long long)kr->id, name, list);
}

int grip_kr_check_value(struct grip *g, const struct grip_kr *kr, double v)
{
	if (kr->kind == GRIP_KR_BOOLEAN && v != 0 && v != 1)
		return grip_fail(g, GRIP_EINVAL, "value", "key result %lld takes 0 or 1", (long long)kr->id);
	if (kr->kind == GRIP_KR_MILESTONES &&
	    (v != floor(v) || v < 0 || v > (double)kr->n_milestones))
		return grip_fail(g, GRIP_EINVAL, "value",
				 "key result %lld counts milestones done: a whole number from 0 to %zu",
				 (long long)kr->id, kr->n_milestones);
	return check_number(g, "value", v);
}

int kr_record_value(struct grip *g, const struct grip_kr *kr, double value, const char *note,
		    const char *at, int64_t checkin_id)
{
	if (grip_kr_check_value(g, kr, value) < 0 || grip_check_text(g, "note", note, TEXT_MAX_BYTES, false) < 0)
		return -1;
	if (store_sx(g->store,
		    "INSERT INTO kr_values (org_id, key_result_id, value, note, at, checkin_id, author_id)"
		    " VALUES (?, ?, ?, ?, ?, ?, ?)",
		    V(g->org_id), V(kr->id), V(value), V(note), V(at), VID(checkin_id),
		    VID(g->actor->id)) != STORE_OK)
		return STORE_FAIL(g);
	return grip_event(g, "key_result", kr->id, "value",
			  json_pack("{so}", "value", kr->has_value ? grip_json_number(kr->current) : json_null()),
			  json_pack("{so ss ss? so}", "value", grip_json_number(value), "at", at, "note", note,
				    "checkin_id", grip_json_id(checkin_id)),
			  NULL);
}

int grip_kr_update(struct grip *g, int64_t id, double value, const char *note, const char *at)
{
	const char *when;
	grip_change_scope(g); /* it changes the key result's values and its objective's figures alone */
	struct grip_kr *kr = grip_kr_get(g, id, NULL);
	if (!kr || check_when(g, "at", at, &when) < 0)
		return -1;
	struct grip_objective *o = objective_visible(g, kr->objective_id);
	if (!o || grip_require_checkin(g, o) < 0 || cycle_require_open(g, o->cycle_id) < 0 ||
	    cycle_require_within(g, o->cycle_id, "at", when) < 0 ||
	    kr_record_value(g, kr, value, note, when, 0) < 0)
		return -1;
	if (figures_refresh(g, kr->objective_id) < 0)
		return -1;
	grip_changed_objective(g, kr->objective_id);
	return 0;
}

int grip_kr_edit(struct grip *g, int64_t id, const struct grip_kr_edit *e)
{
	grip_change_scope(g); /* it changes the key result and its objective's figures alone */
	struct grip_kr *kr = kr_seen(g, id);
	if (!kr || !kr_objective_for_write(g, kr->objective_id))
		return -1;
	if ((e->title && grip_check_text(g, "title", e->title, TITLE_MAX_BYTES, true) < 0) ||
	    grip_check_text(g, "unit", e->unit_label, UNIT_LABEL_MAX_BYTES, false) < 0 ||
	    grip_check_text(g, "reason", e->reason, TEXT_MAX_BYTES, false) < 0 ||
	    (e->weight && check_weight(g, "weight", *e->weight) < 0))
		return -1;
	double baseline = e->baseline ? *e->baseline : kr->baseline;
	double target = e->target ? *e->target : kr->target;
	if ((e->baseline || e->target) && kr->kind != GRIP_KR_METRIC)
		return grip_fail(g, GRIP_EINVAL, e->baseline ? "baseline" : "target",
				 "only a metric key result has a baseline and a target");
	if (check_number(g, "baseline", baseline) < 0 || check_number(g, "target", target) < 0)
		return -1;
	if (baseline == target)
		return grip_fail(g, GRIP_EINVAL, "target", "equals the baseline (%g): nothing to move", target);
	json_t *before = kr_stored_json(kr);
	const char *now = grip_now_text(g);
	if (!now || store_x(g->store, NULL,
			    "UPDATE key_results SET title = COALESCE(?, title),"
			    " unit_label = COALESCE(?, unit_label), baseline = ?, target = ?,"
			    " weight = COALESCE(?, weight), updated_at = ?, version = version + 1 WHERE id = ?",
			    V(e->title), V(e->unit_label), V(baseline), V(target),
			    e->weight ? V(*e->weight) : store_val_text(NULL), V(now), V(id)) != STORE_OK) {
		json_decref(before);
		return now ? STORE_FAIL(g) : -1;
	}
	if (grip_event(g, "key_result", id, "update", before, kr_record(g, id), e->reason) < 0)
		return -1;
	if (figures_refresh(g, kr->objective_id) < 0)
		return -1;
	grip_changed_objective(g, kr->objective_id);
	return 0;
}

int kr_require_delete(struct grip *g, const struct grip_kr *kr)
{
	struct grip_objective *o = kr_objective_for_write(g, kr->objective_id);
	if (!o)
		return -1;
	if (o->status != GRIP_OBJECTIVE_DRAFT && o->status != GRIP_OBJECTIVE_PROPOSED)
		return grip_fail(g, GRIP_ECONFLICT, "key_result",
				 "its objective is %s: a key result stays once its objective is approved (change "
				 "its title, target or weight instead)", grip_objective_status_name(o->status));
	struct store_stmt *st = store_q(g->store, "SELECT count(*) FROM kr_values WHERE key_result_id = ?", V(kr->id));
	if (!st)
		return STORE_FAIL(g);
	enum store_rc rc = store_step(st);
	int64_t values = rc == STORE_ROW ? store_col_int(st, 0) : 0;
	store_done(st);
	if (rc != STORE_ROW)
		return STORE_FAIL(g);
	if (values)
		return grip_fail(g, GRIP_ECONFLICT, "key_result",
				 "it has %lld recorded value%s, kept in its history: it cannot be deleted",
				 (long long)values, values == 1 ? "" : "s");
	return 0;
}

int grip_kr_delete(struct grip *g, int64_t id, const char *reason)
{
	/* It changes its objective's key results and figures, and unlinks
	 * initiatives, which no answer tagged with objectives holds. */
	grip_change_scope(g);
	struct grip_kr *kr = kr_seen(g, id);
	if (!kr || grip_check_text(g, "reason", reason, TEXT_MAX_BYTES, false) < 0 || kr_require_delete(g, kr) < 0)
		return -1;
	json_t *before = kr_stored_json(kr), *unlinked = json_array();
	struct store_stmt *st = store_q(g->store, "SELECT id FROM initiatives WHERE key_result_id = ? ORDER BY id",
					V(id));
	enum store_rc rc = st ? STORE_ROW : STORE_ERROR;
	while (st && (rc = store_step(st)) == STORE_ROW)
		json_array_append_new(unlinked, json_integer(store_col_int(st, 0)));
	if (st)
		store_done(st);
	/* Initiatives that should have moved it stay, moving nothing in particular. */
	json_object_set_new(before, "unlinked_initiatives", unlinked);
	if (rc != STORE_DONE ||
	    store_x(g->store, NULL, "UPDATE initiatives SET key_result_id = NULL WHERE key_result_id = ?", V(id)) !=
		    STORE_OK ||
	    store_x(g->store, NULL, "DELETE FROM milestones WHERE key_result_id = ?", V(id)) != STORE_OK ||
	    store_x(g->store, NULL, "DELETE FROM key_results WHERE id = ?", V(id)) != STORE_OK) {
		json_decref(before);
		return STORE_FAIL(g);
	}
	if (grip_event(g, "key_result", id, "delete", before, NULL, reason) < 0)
		return -1;
	if (figures_refresh(g, kr->objective_id) < 0)
		return -1;
	grip_changed_objective(g, kr->objective_id);
	return 0;
}

static void *value_row(struct grip *g, struct store_stmt *st)
{
	struct grip_kr_value *v = grip_alloc(g, sizeof *v);
	if (!v)
		return NULL;
	v->value = store_col_real(st, 0);
	v->note = col_text(g, st, 1);
	v->at = col_text(g, st, 2);
	v->checkin_id = store_col_int(st, 3);
	return v;
}

int grip_kr_history(struct grip *g, int64_t id, struct grip_kr_value **out, size_t *n)
{
	if (!grip_kr_get(g, id, NULL))
		return -1;
	struct grip_kr_value **vs;
	if (fetch_all(g, store_q(g->store,
		"SELECT value, note, at, checkin_id FROM kr_values WHERE key_result_id = ?"
		" ORDER BY at, id", V(id)), value_row, (void ***)&vs, n) < 0)
		return -1;
	*out = *n ? arena_calloc(g->arena, *n, sizeof **out) : NULL;
	if (*n && !*out)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	for (size_t i = 0; i < *n; i++)
		(*out)[i] = *vs[i];
	return 0;
}
