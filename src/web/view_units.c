/*
 * view_units.c — pieces shared by the units list, the unit dashboard and
 * the strategy tree (see view_units.h): the cycle choice, names of people,
 * unit kinds in words and an objective's flags.
 */
#include "web/view_units.h"

#include <string.h>

#include "util/date.h"

int cycle_pick_init(struct web_request *r, struct cycle_pick *p)
{
	*p = (struct cycle_pick){ 0 };
	struct grip_cycle **all;
	size_t n;
	if (grip_cycle_list(r->g, &all, &n) < 0)
		return -1;
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		if (all[i]->kind != GRIP_CYCLE_PROGRAMME)
			all[k++] = all[i];
	p->cycles = all;
	p->n = k;
	p->shown = arena_calloc(r->g->arena, k ? k : 1, sizeof *p->shown);
	if (!p->shown)
		return grip_fail(r->g, GRIP_ENOMEM, NULL, "out of memory");
	const char *asked = web_query(r, "cycle");
	if (asked && *asked) {
		for (size_t i = 0; i < k; i++) {
			if (strcmp(all[i]->name, asked) == 0) {
				p->shown[i] = true;
				p->n_shown = 1;
				p->asked = all[i]->name;
				return 0;
			}
		}
		p->unknown = asked;
	}
	for (size_t i = 0; i < k; i++) {
		if (grip_cycle_running(all[i])) {
			p->shown[i] = true;
			p->n_shown++;
		}
	}
	if (p->n_shown || !k)
		return 0;
	/* Nothing runs: the latest cycle that has started, else the next one. */
	size_t pick = 0;
	for (size_t i = k; i-- > 0;) {
		if (all[i]->status != GRIP_CYCLE_PLANNING) {
			pick = i;
			break;
		}
	}
	p->shown[pick] = true;
	p->n_shown = 1;
	return 0;
}

bool cycle_pick_shows(const struct cycle_pick *p, int64_t cycle_id)
{
	for (size_t i = 0; i < p->n; i++)
		if (p->shown[i] && p->cycles[i]->id == cycle_id)
			return true;
	return false;
}

void cycle_pick_form(struct web_request *r, const struct cycle_pick *p, const char *action)
{
	struct html *h = &r->body;
	if (!p->n) {
		html_raw(h, "<p class=\"muted\">There is no quarter or year yet: an admin adds one on the admin page.</p>");
		return;
	}
	int id = ++r->ids;
	if (p->unknown)
		html_f(h, "<p class=\"notice\" role=\"status\">There is no quarter or year named %s; "
			  "the running cycles are shown instead.</p>", p->unknown);
	html_f(h, "<form method=\"get\" action=\"%s\" class=\"inline cycle-pick\"><div class=\"field\">"
		  "<label for=\"f%d\">Cycle</label><select id=\"f%d\" name=\"cycle\">"
		  "<option value=\"\"%s>Running now</option>",
	       action, id, id, p->asked ? "" : " selected");
	for (size_t i = p->n; i-- > 0;) {
		const struct grip_cycle *c = p->cycles[i];
		html_f(h, "<option value=\"%s\"%s>%s (%s)</option>", c->name,
		       p->asked && strcmp(p->asked, c->name) == 0 ? " selected" : "", c->name, grip_cycle_status_name(c->status));
	}
	html_raw(h, "</select></div><button type=\"submit\">Show</button></form>");
	html_raw(h, "<p class=\"muted\">Showing ");
	size_t k = 0;
	for (size_t i = 0; i < p->n; i++) {
		if (!p->shown[i])
			continue;
		html_f(h, "%s%s (%s, %s to %s)", k++ ? "; " : "", p->cycles[i]->name, grip_cycle_status_name(p->cycles[i]->status),
		       p->cycles[i]->starts_on, p->cycles[i]->ends_on);
	}
	html_raw(h, ".</p>");
}

int cycle_pick_objectives(struct web_request *r, const struct cycle_pick *p, const char *unit_name,
			  struct grip_objective ***out, size_t *n)
{
	*out = NULL;
	*n = 0;
	for (size_t i = 0; i < p->n; i++) {
		if (!p->shown[i])
			continue;
		struct grip_objective_filter f = { .cycle_name = p->cycles[i]->name, .unit_name = unit_name };
		struct grip_objective **os;
		size_t k;
		if (grip_objective_list(r->g, &f, &os, &k) < 0)
			return -1;
		if (!*n) {
			*out = os;
			*n = k;
			continue;
		}
		struct grip_objective **both = arena_calloc(r->g->arena, *n + k + 1, sizeof *both);
		if (!both)
			return grip_fail(r->g, GRIP_ENOMEM, NULL, "out of memory");
		memcpy(both, *out, *n * sizeof *both);
		if (k)
			memcpy(both + *n, os, k * sizeof *both);
		*out = both;
		*n += k;
	}
	return 0;
}

const char *person_name(struct web_request *r, struct person_names *c, int64_t id)
{
	if (!id)
		return NULL;
	for (size_t i = 0; i < c->n; i++)
		if (c->people[i]->id == id)
			return c->people[i]->name && *c->people[i]->name ? c->people[i]->name : c->people[i]->email;
	struct grip_person *p = grip_person_get(r->g, id);
	if (!p) {
		r->g->err = (struct grip_error){ 0 };
		return NULL;
	}
	if (c->n == c->cap) {
		size_t cap = c->cap ? 2 * c->cap : 16;
		struct grip_person **more = arena_calloc(r->g->arena, cap, sizeof *more);
		if (!more)
			return p->name;
		if (c->n)
			memcpy(more, c->people, c->n * sizeof *more);
		c->people = more;
		c->cap = cap;
	}
	c->people[c->n++] = p;
	return p->name && *p->name ? p->name : p->email;
}

size_t find_by_id(void *const *items, size_t n, int64_t id, int64_t (*id_of)(const void *item))
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int64_t at = id_of(items[mid]);
		if (at == id)
			return mid;
		if (at < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return n;
}

const char *unit_kind_label(enum grip_unit_kind kind)
{
	static const struct { enum grip_unit_kind kind; const char *label; } labels[] = {
		{ GRIP_UNIT_COMPANY, "Company" }, { GRIP_UNIT_BUSINESS_UNIT, "Business unit" },
		{ GRIP_UNIT_DEPARTMENT, "Department" }, { GRIP_UNIT_TEAM, "Team" }, { GRIP_UNIT_GROUP, "Group" },
	};
	for (size_t i = 0; i < sizeof labels / sizeof *labels; i++)
		if (kind == labels[i].kind)
			return labels[i].label;
	return grip_unit_kind_name(kind);
}

void unit_link(struct html *h, const struct grip_unit *u)
{
	html_f(h, "<a href=\"/%s/%lld\">%s</a>", u->kind == GRIP_UNIT_GROUP ? "groups" : "units",
	       (long long)u->id, u->name);
}

void view_flags(struct html *h, const struct grip_objective *o)
{
	view_pace(h, o);
	if (o->stale)
		html_raw(h, "<span class=\"flag stale\">stale</span>");
}

const char *day_of(struct web_request *r, const char *datetime)
{
	return datetime ? arena_strndup(r->g->arena, datetime, strnlen(datetime, DATE_LEN - 1)) : NULL;
}

const char *today_of(struct web_request *r)
{
	char buf[DATE_LEN];
	date_format(grip_today(r->g), buf);
	return arena_strdup(r->g->arena, buf);
}
