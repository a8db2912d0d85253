/*
 * page_admin.c — administration, for admins only: people, units, cycles
 * and API tokens, each a table and a form that adds one; a person's and a
 * cycle's own controls are in their rows (page_admin_rows.c). The page asks
 * grip_may_admin whether to open; each action leaves the rule to the core. Every action goes
 * back to its section of /admin; a refused one is shown again on /admin
 * (the forms carry back=/admin) with the error beside its field.
 *
 * A new token's secret is shown once and never put in an address: the
 * action hands it to the browser in a short-lived cookie (grip_flash:
 * HttpOnly, SameSite=Strict, Path=/admin, one minute), and the next
 * rendering of /admin shows it and expires the cookie. Only its hash is
 * stored (auth.c).
 */
#include "web/view_units.h"

#include <microhttpd.h>
#include <string.h>

#include "util/path.h"

#define FLASH "grip_flash"

/* ---- lookups in lists ordered by id ---- */

static int64_t person_id_of(const void *p)
{
	return ((const struct grip_person *)p)->id;
}

static int64_t unit_id_of(const void *u)
{
	return ((const struct grip_unit *)u)->id;
}

static const struct grip_person *person_in(struct grip_person **ps, size_t n, int64_t id)
{
	size_t i = find_by_id((void *const *)ps, n, id, person_id_of);
	return i < n ? ps[i] : NULL;
}

static const struct grip_unit *unit_in(struct grip_unit **us, size_t n, int64_t id)
{
	size_t i = find_by_id((void *const *)us, n, id, unit_id_of);
	return i < n ? us[i] : NULL;
}

static const char *display_name(const struct grip_person *p)
{
	return !p ? NULL : p->name && *p->name ? p->name : p->email;
}

/* Opens a form of this page: refused, it is shown again on /admin. */
static void admin_form(struct web_request *r, const char *action, const char *cls)
{
	form_open(r, action, cls);
	html_raw(&r->body, "<input type=\"hidden\" name=\"back\" value=\"/admin\">");
}

/* ---- the sections ---- */

static void people_section(struct web_request *r, struct grip_person **ps, size_t n)
{
	struct html *h = &r->body;
	static const char *const roles[] = { "member", "Member", "admin", "Admin", "viewer", "Viewer" };
	html_f(h, "<section id=\"people\" class=\"admin-section\"><h2>People (%zu)</h2><div class=\"table-wrap\"><table class=\"data\">"
		  "<thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Email</th><th scope=\"col\">Role</th>"
		  "<th scope=\"col\">Status</th><th scope=\"col\">Change</th></tr></thead><tbody>", n);
	for (size_t i = 0; i < n; i++) {
		const struct grip_person *p = ps[i];
		html_f(h, "<tr><th scope=\"row\">%s</th><td>%s</td><td>%s</td><td>", display_name(p), p->email,
		       grip_role_name(p->role));
		if (p->active)
			html_raw(h, "active");
		else
			html_f(h, "left%s%s", p->left_on ? " on " : "", p->left_on);
		html_raw(h, "</td><td>");
		admin_person_controls(r, p);
		html_raw(h, "</td></tr>");
	}
	html_raw(h, "</tbody></table></div><h3>Add a person</h3>");
	admin_form(r, "/admin/people", "form");
	form_input(r, "email", "email", "Email", NULL, NULL, true);
	form_input(r, "text", "name", "Name", NULL, NULL, true);
	form_select(r, "role", "Role", "member", roles, 3);
	html_raw(h, "<p class=\"hint\">They are emailed a link to choose their password.</p>");
	form_submit(r, "Add person", "primary");
	form_close(r);
	html_raw(h, "</section>");
}

static int units_section(struct web_request *r, struct grip_unit **us, size_t n, struct grip_person **ps,
			 size_t np)
{
	struct html *h = &r->body;
	static const char *const kinds[] = { "team", "Team", "department", "Department", "business_unit",
					     "Business unit", "group", "Group" };
	static const char *const visibilities[] = { "org", "Whole organisation", "private",
						    "Private: its members, the leads above it and admins" };
	html_f(h, "<section id=\"units\" class=\"admin-section\"><h2>Units (%zu)</h2><div class=\"table-wrap\"><table class=\"data\">"
		  "<thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Kind</th><th scope=\"col\">Part of</th>"
		  "<th scope=\"col\">Lead</th><th scope=\"col\">Visibility</th></tr></thead><tbody>", n);
	size_t holders = 0;
	for (size_t i = 0; i < n; i++) {
		const struct grip_unit *u = us[i], *parent = unit_in(us, n, u->parent_id);
		html_raw(h, "<tr><th scope=\"row\">");
		unit_link(h, u);
		html_f(h, "</th><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>", unit_kind_label(u->kind),
		       parent ? parent->name : "", display_name(person_in(ps, np, u->lead_id)),
		       u->visibility == GRIP_VISIBILITY_PRIVATE ? "private" : "whole organisation");
		if (grip_unit_holds_units(u))
			holders++;
	}
	html_raw(h, "</tbody></table></div><h3>Add a unit</h3>");
	/* The parent choices: the units that may hold others. */
	const char **parents = arena_calloc(r->g->arena, 2 * (holders + 1), sizeof *parents);
	if (!parents)
		return grip_fail(r->g, GRIP_ENOMEM, NULL, "out of memory");
	size_t k = 0;
	parents[k++] = "";
	parents[k++] = "The company";
	for (size_t i = 0; i < n; i++) {
		if (!grip_unit_holds_units(us[i]))
			continue;
		parents[k++] = us[i]->name;
		parents[k++] = us[i]->name;
	}
	admin_form(r, "/admin/units", "form");
	form_input(r, "text", "name", "Name", NULL, NULL, true);
	form_select(r, "kind", "Kind", "team", kinds, 4);
	form_select(r, "parent", "Parent", "", parents, k / 2);
	form_input(r, "email", "lead", "Lead", NULL, "their email; leave it empty to choose later", false);
	form_select(r, "visibility", "Visibility", "org", visibilities, 2);
	form_submit(r, "Add unit", "primary");
	form_close(r);
	html_raw(h, "</section>");
	return 0;
}

static void cycles_section(struct web_request *r, struct grip_cycle **cs, size_t n)
{
	struct html *h = &r->body;
	static const char *const kinds[] = { "quarter", "Quarter", "year", "Year" };
	html_f(h, "<section id=\"cycles\" class=\"admin-section\"><h2>Cycles (%zu)</h2><div class=\"table-wrap\"><table class=\"data\">"
		  "<thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Kind</th><th scope=\"col\">Starts on</th>"
		  "<th scope=\"col\">Ends on</th><th scope=\"col\">Status</th><th scope=\"col\">Change</th></tr></thead><tbody>", n);
	for (size_t i = 0; i < n; i++) {
		const struct grip_cycle *c = cs[i];
		html_f(h, "<tr><th scope=\"row\">%s</th><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>", c->name,
		       grip_cycle_kind_name(c->kind), c->starts_on, c->ends_on, grip_cycle_status_name(c->status));
		if (c->kind != GRIP_CYCLE_PROGRAMME && c->status != GRIP_CYCLE_PLANNING) {
			html_raw(h, "<a href=\"/scoring?cycle=");
			html_url_part(h, c->name);
			html_f(h, "\">Scores of %s</a> ", c->name);
		}
		admin_cycle_controls(r, c);
		html_raw(h, "</td></tr>");
	}
	html_raw(h, "</tbody></table></div><h3>Add a cycle</h3>"
		    "<p class=\"muted\">A group's programme is added from its group.</p>");
	admin_form(r, "/admin/cycles", "form");
	form_input(r, "text", "name", "Name", NULL, "for example: 2027 Q1", true);
	form_select(r, "kind", "Kind", "quarter", kinds, 2);
	form_input(r, "date", "from", "Starts on", NULL, NULL, true);
	form_input(r, "date", "to", "Ends on", NULL, NULL, true);
	form_submit(r, "Add cycle", "primary");
	form_close(r);
	html_raw(h, "</section>");
}

/* A secret as grip_token_create makes them: "grip_" and URL-safe base64. */
static bool secret_shape(const char *s)
{
	size_t len = s ? strlen(s) : 0;
	return len >= 8 && len <= 128 && strncmp(s, "grip_", 5) == 0 && path_urlsafe(s, len);
}

/* The secret of a token just made, shown once; the cookie is expired. */
static void token_flash(struct web_request *r)
{
	const char *secret = r->conn ? MHD_lookup_connection_value(r->conn, MHD_COOKIE_KIND, FLASH) : NULL;
	if (!secret)
		return;
	r->set_cookie = web_behind_tls(r) ? FLASH "=; Path=/admin; Max-Age=0; HttpOnly; SameSite=Strict; Secure"
				      : FLASH "=; Path=/admin; Max-Age=0; HttpOnly; SameSite=Strict";
	if (!secret_shape(secret))
		return;
	html_f(&r->body, "<div class=\"notice token-secret\" role=\"status\"><p><strong>Your new token:</strong> "
			 "<code>%s</code></p><p>Copy it now: it is shown only this once, and grip keeps only a "
			 "fingerprint of it. Send it as <code>Authorization: Bearer</code> with each API request.</p></div>",
	       secret);
}

static void tokens_section(struct web_request *r, struct grip_token **ts, size_t n, struct grip_person **ps,
			   size_t np)
{
	struct html *h = &r->body;
	html_raw(h, "<section id=\"tokens\" class=\"admin-section\"><h2>Tokens</h2>");
	token_flash(r);
	if (!n) {
		html_raw(h, "<p>No API tokens yet.</p>");
	} else {
		html_raw(h, "<div class=\"table-wrap\"><table class=\"data\"><thead><tr><th scope=\"col\">Name</th>"
			    "<th scope=\"col\">Person</th><th scope=\"col\">Created</th><th scope=\"col\">Status</th>"
			    "</tr></thead><tbody>");
		for (size_t i = 0; i < n; i++) {
			const struct grip_token *t = ts[i];
			html_f(h, "<tr><th scope=\"row\">%s</th><td>%s</td><td>%s</td><td>", t->name,
			       display_name(person_in(ps, np, t->person_id)), day_of(r, t->created_at));
			if (t->revoked_at) {
				html_f(h, "revoked on %s", day_of(r, t->revoked_at));
			} else {
				html_raw(h, "in use ");
				admin_form(r, arena_printf(r->g->arena, "/admin/tokens/%lld/revoke", (long long)t->id),
					   "revoke");
				html_f(h, "<button type=\"submit\" aria-label=\"Revoke %s\">Revoke</button>", t->name);
				form_close(r);
			}
			html_raw(h, "</td></tr>");
		}
		html_raw(h, "</tbody></table></div>");
	}
	html_raw(h, "<h3>Create a token</h3><p class=\"muted\">A token lets a script use the API as you.</p>");
	admin_form(r, "/admin/tokens", "form");
	form_input(r, "text", "name", "Token name", NULL, "what it is for, such as the weekly report script", true);
	form_submit(r, "Create token", "primary");
	form_close(r);
	html_raw(h, "</section>");
}

/* A refused form is shown again in its section, far down a long page:
 * say so at the top, with a link to it. */
static void refused_notice(struct web_request *r)
{
	static const char *const sections[][2] = {
		{ "/admin/people", "people" }, { "/admin/units", "units" },
		{ "/admin/cycles", "cycles" }, { "/admin/tokens", "tokens" },
	};
	if (!r->failed)
		return;
	for (size_t i = 0; i < sizeof sections / sizeof *sections; i++) {
		if (strncmp(r->path, sections[i][0], strlen(sections[i][0])) == 0) {
			html_f(&r->body, "<p class=\"notice\">Nothing was saved: <a href=\"#%s\">see the form under %s</a>.</p>",
			       sections[i][1], sections[i][1]);
			return;
		}
	}
}

int page_admin(struct web_request *r)
{
	r->title = "Admin";
	r->nav = "admin";
	if (!grip_may_admin(r->g, NULL))
		return grip_fail(r->g, GRIP_EPERM, NULL, "only an admin can open the admin page");
	struct grip_person **ps;
	struct grip_unit **us;
	struct grip_cycle **cs;
	struct grip_token **ts;
	size_t np, nu, nc, nt;
	if (grip_person_list(r->g, &ps, &np) < 0 || grip_unit_list(r->g, &us, &nu) < 0 ||
	    grip_cycle_list(r->g, &cs, &nc) < 0 || grip_token_list(r->g, &ts, &nt) < 0)
		return -1;
	struct html *h = &r->body;
	html_raw(h, "<h1>Admin</h1><nav aria-label=\"Sections\"><ul class=\"actions plain\">"
		    "<li><a href=\"#people\">People</a></li><li><a href=\"#units\">Units</a></li>"
		    "<li><a href=\"#cycles\">Cycles</a></li><li><a href=\"#tokens\">Tokens</a></li></ul></nav>");
	refused_notice(r);
	people_section(r, ps, np);
	if (units_section(r, us, nu, ps, np) < 0)
		return -1;
	cycles_section(r, cs, nc);
	tokens_section(r, ts, nt, ps, np);
	return 0;
}

/* ---- actions ---- */

/* A posted field, NULL when empty: the core reads NULL as "not given". */
static const char *given(struct web_request *r, const char *name)
{
	const char *v = web_field(r, name);
	return v && *v ? v : NULL;
}

int act_admin_person(struct web_request *r)
{
	enum grip_role role;
	if (grip_role_parse(web_field(r, "role"), &role) < 0)
		return grip_fail(r->g, GRIP_EINVAL, "role", "choose admin, member or viewer");
	if (!grip_person_add_invited(r->g, web_field(r, "email"), web_field(r, "name"), role, true))
		return -1;
	return web_redirect(r, "/admin#people");
}

int act_admin_unit(struct web_request *r)
{
	const char *visibility = given(r, "visibility");
	if (!grip_unit_add(r->g, web_field(r, "name"), web_field(r, "kind"), given(r, "parent"), given(r, "lead"),
			   visibility ? visibility : "org"))
		return -1;
	return web_redirect(r, "/admin#units");
}

int act_admin_cycle(struct web_request *r)
{
	const char *kind = web_field(r, "kind");
	enum grip_cycle_kind k;
	if (grip_cycle_kind_parse(kind, &k) < 0 || k == GRIP_CYCLE_PROGRAMME)
		return grip_fail(r->g, GRIP_EINVAL, "kind", "choose quarter or year; a programme is added from its group");
	if (!grip_cycle_add(r->g, web_field(r, "name"), kind, given(r, "from"), given(r, "to"), 0, NULL))
		return -1;
	return web_redirect(r, "/admin#cycles");
}

int act_admin_token(struct web_request *r)
{
	const char *secret;
	const char *name = web_field(r, "name");
	if (!grip_token_create(r->g, r->g->actor->id, name ? name : "", &secret))
		return -1;
	r->set_cookie = arena_printf(r->g->arena, FLASH "=%s; Path=/admin; Max-Age=60; HttpOnly; SameSite=Strict%s",
				     secret, web_behind_tls(r) ? "; Secure" : "");
	if (!r->set_cookie)
		return grip_fail(r->g, GRIP_ENOMEM, NULL, "out of memory");
	return web_redirect(r, "/admin#tokens");
}

int act_admin_token_revoke(struct web_request *r)
{
	int64_t id;
	if (web_param_id(r, 0, &id) < 0 || grip_token_revoke(r->g, id) < 0)
		return -1;
	return web_redirect(r, "/admin#tokens");
}
