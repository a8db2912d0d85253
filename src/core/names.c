/*
 * names.c — the one table of names of each set of values the core keeps
 * as an enum: roles, layers, kinds, statuses and visibilities. The store
 * keeps the names in its columns and the JSON writers write them; faces
 * hand names in and the core parses them once, here, at its boundary. An
 * enum and its table are in the same order: a value is its name's index.
 * A stored name outside its table fails the read with GRIP_ESTORE.
 */
#include "core/internal.h"

#include <string.h>

static const char *const role_names[] = { "admin", "member", "viewer", NULL };
static const char *const layer_names[] = { "strategic", "team", "individual", "group", "member", NULL };
static const char *const objective_status_names[] = { "draft", "proposed", "approved", "active",
						     "achieved", "missed", "dropped", NULL };
static const char *const visibility_names[] = { "org", "private", NULL };
static const char *const unit_kind_names[] = { "company", "business_unit", "department", "team", "group", NULL };
static const char *const cycle_kind_names[] = { "quarter", "year", "programme", NULL };
static const char *const cycle_status_names[] = { "planning", "active", "scoring", "closed", NULL };
static const char *const kr_kind_names[] = { "metric", "boolean", "milestones", NULL };
static const char *const commit_status_names[] = { "open", "done", "partial", "missed", NULL };
static const char *const initiative_status_names[] = { "todo", "doing", "done", NULL };
static const char *const dependency_status_names[] = { "open", "agreed", "done", "declined", NULL };
static const char *const member_role_names[] = { "lead", "member", NULL };
static const char *const cadence_names[] = { "weekly", "fortnightly", "monthly", NULL };

/* The index of s in a NULL-ended table, or -1. */
static int name_index(const char *const *names, const char *s)
{
	for (int i = 0; s && names[i]; i++)
		if (strcmp(s, names[i]) == 0)
			return i;
	return -1;
}

/* The name at index i, or "?" for a value outside the table. */
static const char *name_at(const char *const *names, size_t n, int i)
{
	return i >= 0 && (size_t)i < n ? names[i] : "?";
}

/* As name_index, failing like check_choice (naming field) when s is none
 * of the names. */
static int name_check(struct grip *g, const char *field, const char *s, const char *const *names)
{
	if (check_choice(g, field, s, names) < 0)
		return -1;
	return name_index(names, s);
}

/* The name stored in column col, or -1 with GRIP_ESTORE when the column
 * holds none of the table's names: a store written by something else. */
static int name_col(struct grip *g, struct store_stmt *st, int col, const char *const *names,
		    const char *what)
{
	const char *s = store_col_text(st, col);
	int i = name_index(names, s);
	if (i < 0)
		grip_fail(g, GRIP_ESTORE, NULL, "the store holds an unknown %s: \"%s\"", what, s ? s : "");
	return i;
}

#define COUNT(names) (sizeof names / sizeof *names - 1)

/* Each set: grip_X_name and grip_X_parse (public), X_check (a face's
 * input, the error naming its field) and X_col (a stored column). */
#define NAME_SET(x, type, what)                                                               \
	const char *grip_##x##_name(type v)                                                   \
	{                                                                                     \
		return name_at(x##_names, COUNT(x##_names), (int)v);                          \
	}                                                                                     \
	int grip_##x##_parse(const char *s, type *out)                                        \
	{                                                                                     \
		int i = name_index(x##_names, s);                                             \
		if (i < 0)                                                                    \
			return -1;                                                            \
		*out = (type)i;                                                               \
		return 0;                                                                     \
	}                                                                                     \
	int x##_check(struct grip *g, const char *field, const char *s, type *out)            \
	{                                                                                     \
		int i = name_check(g, field, s, x##_names);                                   \
		if (i < 0)                                                                    \
			return -1;                                                            \
		*out = (type)i;                                                               \
		return 0;                                                                     \
	}                                                                                     \
	int x##_col(struct grip *g, struct store_stmt *st, int col, type *out)                \
	{                                                                                     \
		int i = name_col(g, st, col, x##_names, what);                                \
		if (i < 0)                                                                    \
			return -1;                                                            \
		*out = (type)i;                                                               \
		return 0;                                                                     \
	}

NAME_SET(role, enum grip_role, "role")
NAME_SET(layer, enum grip_layer, "layer")
NAME_SET(objective_status, enum grip_objective_status, "objective status")
NAME_SET(visibility, enum grip_visibility, "visibility")
NAME_SET(unit_kind, enum grip_unit_kind, "unit kind")
NAME_SET(cycle_kind, enum grip_cycle_kind, "cycle kind")
NAME_SET(cycle_status, enum grip_cycle_status, "cycle status")
NAME_SET(kr_kind, enum grip_kr_kind, "key result kind")
NAME_SET(commit_status, enum grip_commit_status, "commitment status")
NAME_SET(initiative_status, enum grip_initiative_status, "initiative status")
NAME_SET(dependency_status, enum grip_dependency_status, "dependency status")
NAME_SET(member_role, enum grip_member_role, "membership role")
NAME_SET(cadence, enum grip_cadence, "check-in cadence")

/* Closing takes every status but open, the first. */
int commit_closing_check(struct grip *g, const char *field, const char *s, enum grip_commit_status *out)
{
	int i = name_check(g, field, s, commit_status_names + 1);
	if (i < 0)
		return -1;
	*out = (enum grip_commit_status)(i + 1);
	return 0;
}

const char *const *grip_initiative_statuses(void)
{
	return initiative_status_names;
}

const char *const *grip_dependency_statuses(void)
{
	return dependency_status_names;
}

const char *const *grip_cadences(void)
{
	return cadence_names;
}

int grip_cadence_days(enum grip_cadence v)
{
	switch (v) {
	case GRIP_CADENCE_FORTNIGHTLY:
		return 14;
	case GRIP_CADENCE_MONTHLY:
		return 31; /* the longest month */
	case GRIP_CADENCE_WEEKLY:
		break;
	}
	return GRIP_CADENCE_DAYS;
}
