/*
 * form.c — forms as grip's pages write them: every control has a visible
 * label tied to it, every form carries the session's CSRF token, and a
 * refused action's form shows again what the person typed, with the error
 * at the top and beside the field it names (aria-describedby).
 */
#include "web/web.h"

#include <string.h>

void form_open(struct web_request *r, const char *action, const char *cls)
{
	r->refill = r->failed && strcmp(action, r->path) == 0;
	html_f(&r->body, "<form method=\"post\" action=\"%s\" class=\"%s\"><input type=\"hidden\" name=\"csrf\" value=\"%s\">",
	       action, cls ? cls : "form", r->csrf ? r->csrf : "");
	form_error_summary(r);
}

void form_back(struct web_request *r, const char *page)
{
	html_f(&r->body, "<input type=\"hidden\" name=\"back\" value=\"%s\">", page);
}

void form_close(struct web_request *r)
{
	html_raw(&r->body, "</form>");
	r->refill = false;
}

void form_error_summary(struct web_request *r)
{
	if (!r->refill)
		return;
	html_f(&r->body, "<p class=\"error-summary\" role=\"alert\">%s%s%s</p>", r->failed->field[0] ? r->failed->field : "",
	       r->failed->field[0] ? ": " : "", r->failed->message);
}

/* The error under a control, when the refused action named its field. */
static bool field_error(struct web_request *r, const char *name, int id)
{
	if (!r->refill || strcmp(r->failed->field, name) != 0)
		return false;
	html_f(&r->body, "<p class=\"field-error\" id=\"e%d\">%s</p>", id, r->failed->message);
	return true;
}

static void described(struct web_request *r, const char *name, int id, const char *hint)
{
	bool err = r->refill && strcmp(r->failed->field, name) == 0;
	if (!hint && !err)
		return;
	html_raw(&r->body, " aria-describedby=\"");
	if (hint)
		html_f(&r->body, "h%d", id);
	if (err)
		html_f(&r->body, "%se%d\" aria-invalid=\"true", hint ? " " : "", id);
	html_raw(&r->body, "\"");
}

static void label(struct web_request *r, int id, const char *text, const char *hint)
{
	html_f(&r->body, "<label for=\"f%d\">%s</label>", id, text);
	if (hint)
		html_f(&r->body, "<span class=\"hint\" id=\"h%d\">%s</span>", id, hint);
}

void form_input(struct web_request *r, const char *type, const char *name, const char *text, const char *value,
		const char *hint, bool required)
{
	int id = ++r->ids;
	html_raw(&r->body, "<div class=\"field\">");
	label(r, id, text, hint);
	const char *v = strcmp(type, "password") == 0 ? NULL : web_value(r, name, value);
	html_f(&r->body, "<input type=\"%s\" id=\"f%d\" name=\"%s\"", type, id, name);
	if (v)
		html_f(&r->body, " value=\"%s\"", v);
	if (strcmp(type, "number") == 0)
		html_raw(&r->body, " step=\"any\" inputmode=\"decimal\"");
	if (required)
		html_raw(&r->body, " required");
	described(r, name, id, hint);
	html_raw(&r->body, ">");
	field_error(r, name, id);
	html_raw(&r->body, "</div>");
}

void form_textarea(struct web_request *r, const char *name, const char *text, const char *value, const char *hint)
{
	int id = ++r->ids;
	html_raw(&r->body, "<div class=\"field\">");
	label(r, id, text, hint);
	html_f(&r->body, "<textarea id=\"f%d\" name=\"%s\" rows=\"3\"", id, name);
	described(r, name, id, hint);
	html_f(&r->body, ">%s</textarea>", web_value(r, name, value));
	field_error(r, name, id);
	html_raw(&r->body, "</div>");
}

void form_select(struct web_request *r, const char *name, const char *text, const char *value,
		 const char *const *options, size_t n)
{
	int id = ++r->ids;
	const char *v = web_value(r, name, value);
	html_raw(&r->body, "<div class=\"field\">");
	label(r, id, text, NULL);
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
