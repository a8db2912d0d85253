/*
 * coach_kind.c — which text rule reads which field of an objective, for a
 * face that asks grip_coach_text about a field as it is typed. The answer
 * follows the rules grip_coach runs on what is saved (coach_okr.c,
 * coach_group.c), so that a hint seen while typing is the one seen after
 * saving:
 *
 *   strategic, team, individual   title: objective.bau    ("objective")
 *   member outcome                title and why: member.outcome.habit
 *                                 (its title, else its why) ("member_outcome")
 *   group outcome                 no text rule
 *
 * A key result's title is "key_result" and a commitment's text
 * "commitment" whatever they belong to; they need no table.
 */
#include "core/grip.h"

#include <string.h>

const char *grip_coach_text_kind(enum grip_layer layer, const char *field)
{
	bool title = field && strcmp(field, "title") == 0, why = field && strcmp(field, "why") == 0;
	switch (layer) {
	case GRIP_LAYER_STRATEGIC:
	case GRIP_LAYER_TEAM:
	case GRIP_LAYER_INDIVIDUAL:
		return title ? "objective" : NULL;
	case GRIP_LAYER_MEMBER:
		return title || why ? "member_outcome" : NULL;
	case GRIP_LAYER_GROUP:
		return NULL;
	}
	return NULL;
}
