/*
 * form.c — forms as grip's pages write them: every control has a visible
 * label tied to it, every form carries the session's CSRF token, and a
 * refused action's form shows again what the person typed, with the error
 * at the top and beside the field it names (aria-describedby).
 *
 * The error summary at the top of a refused form names the control by its
 * label and links to it. The form writer learns the labels as it writes
 * the controls, so the summary is written when the form is closed and put
 * in at the place form_open kept for it. The core names the field at fault
 * in its own words ("objective_id"); core_names[] says which control of a
 * form answers for such a name, in one place for every page.
 *
 * A text control the coach reads (r->coach set before it is written)
 * carries what grip.js sends to the check route, and an empty live region
 * (aria-live polite) below it that the script fills with the hints; the
 * control names that region in aria-describedby. Without the script the
 * region stays empty.
 */
#include "web/web.h"

#include <stdio.h>
#include <string.h>

/* A core field and the control name forms give it. */
static const char *const core_names[][2] = {
	{ "objective_id", "goal" },
	{ "objective", "goal" },
};

/* Does the refused action's field name the control `name`? */
static bool names_control(const struct web_request *r, const char *name)
{
	if (!r->refill || !r->failed->field[0])
		return false;
	if (strcmp(r->failed->field, name) == 0)
		return true;
	for (size_t i = 0; i < sizeof core_names / sizeof core_names[0]; i++)
		if (strcmp(r->failed->field, core_names[i][0]) == 0 && strcmp(name, core_names[i][1]) == 0)
			return true;
	return false;
}

void form_control(struct web_request *r, const char *name, const char *label, int id)
{
	if (names_control(r, name) && !r->failed_label) {
		r->failed_label = label;
		r->failed_id = id;
	}
}

void form_open(struct web_request *r, const char *action, const char *cls)
{
	r->refill = r->failed && strcmp(action, r->path) == 0;
	r->failed_label = NULL;
	r->failed_id = 0;
	html_f(&r->body, "<form method=\"post\" action=\"%s\" class=\"%s\"><input type=\"hidden\" name=\"csrf\" value=\"%s\">",
	       action, cls ? cls : "form", r->csrf ? r->csrf : "");
	r->summary_at = r->body.sb.len;
}

void form_back(struct web_request *r, const char *page)
{
	html_f(&r->body, "<input type=\"hidden\" name=\"back\" value=\"%s\">", page);
}

/* Moves what was written from `from` on to `at`, in front of what was
 * written between: the summary, written last, goes where the form began. */
static void move_to(struct web_request *r, size_t at, size_t from)
{
	struct sb *sb = &r->body.sb;
	if (sb->failed || at >= from || from >= sb->len)
		return;
	size_t n = sb->len - from;
	char *tmp = arena_strndup(r->g->arena, sb->buf + from, n);
	if (!tmp) {
		sb->failed = true;
		return;
	}
	memmove(sb->buf + at + n, sb->buf + at, from - at);
	memcpy(sb->buf + at, tmp, n);
}

void form_close(struct web_request *r)
{
	html_raw(&r->body, "</form>");
	if (r->refill) {
		size_t from = r->body.sb.len;
		form_error_summary(r);
		move_to(r, r->summary_at, from);
	}
	r->refill = false;
	r->failed_label = NULL;
}

void form_error_summary(struct web_request *r)
{
	if (!r->refill)
		return;
	html_raw(&r->body, "<div class=\"error-summary\" role=\"alert\"><p>");
	if (r->failed_label)
		html_f(&r->body, "<a href=\"#f%d\">%s</a>: %s", r->failed_id, r->failed_label, r->failed->message);
	else
		html_f(&r->body, "%s", r->failed->message);
	html_raw(&r->body, "</p></div>");
}

/* The error under a control, when the refused action named its field. */
static bool field_error(struct web_request *r, const char *name, int id)
{
	if (!names_control(r, name))
		return false;
	html_f(&r->body, "<p class=\"field-error\" id=\"e%d\">%s</p>", id, r->failed->message);
	return true;
}

static void described(struct web_request *r, const char *name, int id, const char *hint)
{
	bool err = names_control(r, name), coach = r->coach != NULL;
	if (!hint && !err && !coach)
		return;
	html_raw(&r->body, " aria-describedby=\"");
	if (hint)
		html_f(&r->body, "h%d", id);
	if (coach)
		html_f(&r->body, "%sc%d", hint ? " " : "", id);
	if (err)
		html_f(&r->body, "%se%d\" aria-invalid=\"true", hint || coach ? " " : "", id);
	html_raw(&r->body, "\"");
}

/* A control the coach reads as it is typed (r->coach): what grip.js needs
 * to ask the check route, on the control. */
static void coach_attrs(struct web_request *r, int id)
{
	if (!r->coach)
		return;
	html_f(&r->body, " data-coach=\"%s\" data-coach-hints=\"c%d\"", r->coach, id);
	if (r->coach_kr_kind)
		html_f(&r->body, " data-coach-kr-kind=\"%s\"", r->coach_kr_kind);
}

/* Its hints' live region, empty until grip.js fills it; then the next
 * control is not the coach's unless a page says so again. */
static void coach_region(struct web_request *r, int id)
{
	if (!r->coach)
		return;
	html_f(&r->body, "<div class=\"coach-live\" id=\"c%d\" aria-live=\"polite\"></div>", id);
	r->coach = NULL;
	r->coach_kr_kind = NULL;
}

static void label(struct web_request *r, const char *name, int id, const char *text, const char *hint)
{
	form_control(r, name, text, id);
	html_f(&r->body, "<label for=\"f%d\">%s</label>", id, text);
	if (hint)
		html_f(&r->body, "<span class=\"hint\" id=\"h%d\">%s</span>", id, hint);
}

void form_input(struct web_request *r, const char *type, const char *name, const char *text, const char *value,
		const char *hint, bool required)
{
	int id = ++r->ids;
	html_raw(&r->body, "<div class=\"field\">");
	label(r, name, id, text, hint);
	const char *v = strcmp(type, "password") == 0 ? NULL : web_value(r, name, value);
	html_f(&r->body, "<input type=\"%s\" id=\"f%d\" name=\"%s\"", type, id, name);
	if (v)
		html_f(&r->body, " value=\"%s\"", v);
	if (strcmp(type, "number") == 0)
		html_raw(&r->body, " step=\"any\" inputmode=\"decimal\"");
	if (required)
		html_raw(&r->body, " required");
	described(r, name, id, hint);
	coach_attrs(r, id);
	html_raw(&r->body, ">");
	field_error(r, name, id);
	coach_region(r, id);
	html_raw(&r->body, "</div>");
}

void form_textarea(struct web_request *r, const char *name, const char *text, const char *value, const char *hint)
{
	int id = ++r->ids;
	html_raw(&r->body, "<div class=\"field\">");
	label(r, name, id, text, hint);
	html_f(&r->body, "<textarea id=\"f%d\" name=\"%s\" rows=\"3\"", id, name);
	described(r, name, id, hint);
	coach_attrs(r, id);
	html_f(&r->body, ">%s</textarea>", web_value(r, name, value));
	field_error(r, name, id);
	coach_region(r, id);
	html_raw(&r->body, "</div>");
}

void form_select(struct web_request *r, const char *name, const char *text, const char *value,
		 const char *const *options, size_t n)
{
	int id = ++r->ids;
	const char *v = web_value(r, name, value);
	html_raw(&r->body, "<div class=\"field\">");
	label(r, name, id, text, NULL);
	html_f(&r->body, "<select id=\"f%d\" name=\"%s\"", id, name);
	described(r, name, id, NULL);
	html_raw(&r->body, ">");
	for (size_t i = 0; i + 1 < 2 * n; i += 2) {
		html_f(&r->body, "<option value=\"%s\"%s>%s</option>", options[i],
		       v && strcmp(v, options[i]) == 0 ? " selected" : "", options[i + 1]);
	}
	html_raw(&r->body, "</select>");
	field_error(r, name, id);
	html_raw(&r->body, "</div>");
}

void form_checkbox(struct web_request *r, const char *name, const char *text, bool checked)
{
	int id = ++r->ids;
	const char *v = web_value(r, name, checked ? "1" : NULL);
	form_control(r, name, text, id);
	html_f(&r->body, "<div class=\"field check\"><label for=\"f%d\"><input type=\"checkbox\" id=\"f%d\" "
			 "name=\"%s\" value=\"1\"%s> %s</label>",
	       id, id, name, v && *v ? " checked" : "", text);
	field_error(r, name, id);
	html_raw(&r->body, "</div>");
}

void form_submit(struct web_request *r, const char *text, const char *cls)
{
	html_f(&r->body, "<button type=\"submit\" class=\"%s\">%s</button>", cls ? cls : "primary", text);
}
