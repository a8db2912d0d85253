/*
 * runner.c — the API test runner: reads case files (tests/api/NNNN-name.api, the
 * format is in tests/api/README.md), runs `grip serve` on loopback in a fresh
 * directory per case, sends each block's request with libcurl and matches the
 * status, the headers and the JSON body against what the block expects
 * (subset matching, with captures into variables). Black-box: it knows the
 * server only by its binary and its HTTP answers.
 *
 *   api-runner [--record FILE] GRIP_BIN CASE.api...
 *   api-runner --selftest
 *
 * It prints "PASS name" or "FAIL name" (with the reason, indented) per case
 * file and ends with "api: N passed, N failed"; exit status 0 when all passed.
 * --selftest checks the parser and the matchers on built-in examples.
 *
 * Design note. A case runs in three phases:
 *   1. parse: the file becomes a list of steps (shell, http, restart). Only
 *      the structure is checked then: {{NAME}} values exist only at run time.
 *   2. run: the steps in order, each substituting {{NAME}} first. The first
 *      step that fails ends the case (later steps depend on its captures).
 *      The server is started before the first HTTP step.
 *   3. finish: the server gets SIGTERM and must exit with status 0 within
 *      5 s; then the stored figures of every database the case left must
 *      agree with the history (`grip figures check`); the case's directory
 *      is removed (kept if GRIP_API_KEEP is set).
 * Invariants:
 *   1. struct buf: data is NULL or NUL-terminated; buf_str() never NULL.
 *   2. A function that can fail returns false and appends one reason to its
 *      `why` buffer; the caller adds where (line, block) before printing.
 *   3. Step text points into the case file's text, which the case owns; the
 *      runner frees everything it allocates (clean under LeakSanitizer).
 */
#define _XOPEN_SOURCE 700

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <curl/curl.h>
#include <jansson.h>

#define SERVER_START_MS 5000
#define SERVER_STOP_MS 5000
#define COMMAND_MS 60000
#define REQUEST_TIMEOUT_S 30L
#define BODY_SHOW_MAX 2000
#define BYTES_MAX ((size_t)64 << 20)
#define RESPONSE_MAX ((size_t)64 << 20)
#define MAX_HEADER_CAPTURES 8
#define LISTEN_PREFIX "grip: listening on http://127.0.0.1:"

/* ---- memory and the string builder ---- */

static void *xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);

	if (!q) {
		fputs("api-runner: out of memory\n", stderr);
		abort();
	}
	return q;
}

static char *xstrndup(const char *s, size_t n)
{
	char *d = xrealloc(NULL, n + 1);

	memcpy(d, s, n);
	d[n] = '\0';
	return d;
}

static char *xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

struct buf {
	char *data; /* NULL or NUL-terminated */
	size_t len;
	size_t cap;
};
#define BUF_INIT {NULL, 0, 0}

static void buf_grow(struct buf *b, size_t extra)
{
	size_t cap = b->cap ? b->cap : 64;

	if (b->len + extra + 1 <= b->cap)
		return;
	while (cap < b->len + extra + 1)
		cap *= 2;
	b->data = xrealloc(b->data, cap);
	b->cap = cap;
}

static void buf_addn(struct buf *b, const char *s, size_t n)
{
	buf_grow(b, n);
	if (n)
		memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

static void buf_adds(struct buf *b, const char *s)
{
	buf_addn(b, s, strlen(s));
}

static void buf_addc(struct buf *b, char c)
{
	buf_addn(b, &c, 1);
}

__attribute__((format(printf, 2, 3))) static void buf_addf(struct buf *b, const char *fmt, ...)
{
	va_list ap, ap2;
	int n;

	va_start(ap, fmt);
	va_copy(ap2, ap);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n > 0) {
		buf_grow(b, (size_t)n);
		vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap2);
		b->len += (size_t)n;
	}
	va_end(ap2);
}

static const char *buf_str(const struct buf *b)
{
	return b->data ? b->data : "";
}

static void buf_reset(struct buf *b)
{
	b->len = 0;
	if (b->data)
		b->data[0] = '\0';
}

static void buf_release(struct buf *b)
{
	free(b->data);
	*b = (struct buf)BUF_INIT;
}

/* Appends bytes for a person to read: at most max of them, control bytes
 * other than newline and tab as \xNN, and a note of what was left out;
 * newlines at the very end are dropped (the reader adds its own). */
static void buf_add_shown(struct buf *b, const char *s, size_t n, size_t max)
{
	size_t shown;

	while (n > 0 && s[n - 1] == '\n')
		n--;
	shown = n < max ? n : max;

	for (size_t i = 0; i < shown; i++) {
		unsigned char c = (unsigned char)s[i];

		if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f)
			buf_addf(b, "\\x%02x", c);
		else
			buf_addc(b, (char)c);
	}
	if (shown < n)
		buf_addf(b, "... (%zu bytes in all)", n);
}

__attribute__((format(printf, 1, 2))) static char *str_printf(const char *fmt, ...)
{
	struct buf b = BUF_INIT;
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	buf_grow(&b, n > 0 ? (size_t)n : 0);
	va_start(ap, fmt);
	vsnprintf(b.data, (size_t)(n > 0 ? n : 0) + 1, fmt, ap);
	va_end(ap);
	return b.data;
}

static bool starts_with(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

static bool is_blank(const char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	return *s == '\0';
}

/* Trims spaces and tabs at the start, and line ends too at the end, in
 * place; returns the new start. */
static char *trim(char *s)
{
	size_t n;

	while (*s == ' ' || *s == '\t')
		s++;
	n = strlen(s);
	while (n > 0 && strchr(" \t\r\n", s[n - 1]))
		s[--n] = '\0';
	return s;
}

static bool is_ident(const char *s, size_t n)
{
	if (n == 0 || !(isalpha((unsigned char)s[0]) || s[0] == '_'))
		return false;
	for (size_t i = 1; i < n; i++)
		if (!(isalnum((unsigned char)s[i]) || s[i] == '_'))
			return false;
	return true;
}

static bool read_file(const char *path, struct buf *out, struct buf *why)
{
	FILE *f = fopen(path, "rb");
	char chunk[8192];
	size_t n;
	bool ok;

	if (!f) {
		buf_addf(why, "cannot open %s: %s", path, strerror(errno));
		return false;
	}
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_addn(out, chunk, n);
	ok = !ferror(f);
	if (!ok)
		buf_addf(why, "cannot read %s", path);
	fclose(f);
	if (!out->data)
		buf_addn(out, "", 0);
	return ok;
}

/* ---- variables ---- */

struct var {
	char *name;
	char *value;
};

struct vars {
	struct var *v;
	size_t n, cap;
};
#define VARS_INIT {NULL, 0, 0}

static const char *vars_get(const struct vars *vs, const char *name, size_t nlen)
{
	for (size_t i = 0; i < vs->n; i++)
		if (strlen(vs->v[i].name) == nlen && memcmp(vs->v[i].name, name, nlen) == 0)
			return vs->v[i].value;
	return NULL;
}

static void vars_set(struct vars *vs, const char *name, size_t nlen, const char *value,
		     size_t vlen)
{
	for (size_t i = 0; i < vs->n; i++) {
		if (strlen(vs->v[i].name) == nlen && memcmp(vs->v[i].name, name, nlen) == 0) {
			free(vs->v[i].value);
			vs->v[i].value = xstrndup(value, vlen);
			return;
		}
	}
	if (vs->n == vs->cap) {
		vs->cap = vs->cap ? vs->cap * 2 : 16;
		vs->v = xrealloc(vs->v, vs->cap * sizeof *vs->v);
	}
	vs->v[vs->n].name = xstrndup(name, nlen);
	vs->v[vs->n].value = xstrndup(value, vlen);
	vs->n++;
}

static void vars_release(struct vars *vs)
{
	for (size_t i = 0; i < vs->n; i++) {
		free(vs->v[i].name);
		free(vs->v[i].value);
	}
	free(vs->v);
	*vs = (struct vars)VARS_INIT;
}

/* "{{any}}" and "{{absent}}" are markers, never variables. */
static bool is_reserved(const char *name, size_t n)
{
	return (n == 3 && memcmp(name, "any", 3) == 0) ||
	       (n == 6 && memcmp(name, "absent", 6) == 0);
}

/* Replaces every {{NAME}} in `in` by the variable's value. Markers
 * ({{save:X}}, {{any}}, {{absent}}, {{...}}) and anything that is not a name
 * stay as written; a name never captured is an error. */
static bool subst(const struct vars *vs, const char *in, struct buf *out, struct buf *why)
{
	const char *p = in;

	for (;;) {
		const char *open = strstr(p, "{{");
		const char *close = open ? strstr(open + 2, "}}") : NULL;
		const char *name;
		size_t nlen;

		if (!close) {
			buf_adds(out, p);
			return true;
		}
		buf_addn(out, p, (size_t)(open - p));
		name = open + 2;
		nlen = (size_t)(close - name);
		if (is_ident(name, nlen) && !is_reserved(name, nlen)) {
			const char *v = vars_get(vs, name, nlen);

			if (!v) {
				buf_addf(why, "{{%.*s}} is not set (nothing captured it before)",
					 (int)nlen, name);
				return false;
			}
			buf_adds(out, v);
		} else {
			buf_addn(out, open, (size_t)(close + 2 - open));
		}
		p = close + 2;
	}
}

/* If s starts with "{{save:NAME}}", sets *name, *nlen and returns the
 * length of the marker; 0 otherwise. */
static size_t save_marker(const char *s, const char **name, size_t *nlen)
{
	const char *end;

	if (!starts_with(s, "{{save:"))
		return 0;
	end = strstr(s + 7, "}}");
	if (!end || !is_ident(s + 7, (size_t)(end - s - 7)))
		return 0;
	*name = s + 7;
	*nlen = (size_t)(end - s - 7);
	return (size_t)(end + 2 - s);
}

/* ---- JSON matching ---- */

static bool json_is_marker(const json_t *v, const char *marker)
{
	return json_is_string(v) && strcmp(json_string_value(v), marker) == 0;
}

static const char *json_kind(const json_t *v)
{
	switch (json_typeof(v)) {
	case JSON_OBJECT:
		return "object";
	case JSON_ARRAY:
		return "array";
	case JSON_STRING:
		return "string";
	case JSON_INTEGER:
	case JSON_REAL:
		return "number";
	case JSON_TRUE:
		return "true";
	case JSON_FALSE:
		return "false";
	case JSON_NULL:
		return "null";
	}
	return "?";
}

/* Appends v as compact JSON, cut at about 300 bytes. */
static void buf_add_json(struct buf *b, const json_t *v)
{
	char *s = json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT);

	if (!s) {
		buf_adds(b, "(unprintable)");
		return;
	}
	buf_add_shown(b, s, strlen(s), 300);
	free(s);
}

/* Appends s as a JSON string, so that quotes in it stay readable. */
static void buf_add_quoted(struct buf *b, const char *s)
{
	json_t *j = json_string(s);

	if (j)
		buf_add_json(b, j);
	else
		buf_addf(b, "\"%s\"", s); /* not UTF-8: as it is */
	json_decref(j);
}

/* A variable's text for a captured JSON value: a string's own text,
 * anything else as compact JSON (a number as its digits). */
static void capture_json(struct vars *vs, const char *name, size_t nlen, const json_t *v)
{
	if (json_is_string(v)) {
		vars_set(vs, name, nlen, json_string_value(v), json_string_length(v));
	} else {
		char *s = json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT);

		vars_set(vs, name, nlen, s ? s : "", s ? strlen(s) : 0);
		free(s);
	}
}

static bool key_is_plain(const char *k)
{
	return is_ident(k, strlen(k));
}

static void path_push_key(struct buf *path, const char *k)
{
	if (key_is_plain(k)) {
		buf_addf(path, ".%s", k);
	} else {
		json_t *s = json_string(k);

		buf_addc(path, '[');
		if (s)
			buf_add_json(path, s);
		else
			buf_adds(path, "?");
		buf_addc(path, ']');
		json_decref(s);
	}
}

static bool mismatch(struct buf *why, const struct buf *path, const json_t *exp, const json_t *act)
{
	buf_addf(why, "at %s: expected ", buf_str(path));
	buf_add_json(why, exp);
	buf_adds(why, ", got ");
	buf_add_json(why, act);
	if (strcmp(json_kind(exp), json_kind(act)) != 0)
		buf_addf(why, " (%s, not %s)", json_kind(act), json_kind(exp));
	return false;
}

static bool numbers_equal(const json_t *a, const json_t *b)
{
	if (json_is_integer(a) && json_is_integer(b))
		return json_integer_value(a) == json_integer_value(b);
	return json_number_value(a) == json_number_value(b);
}

/* Does act match exp (subset matching, markers, captures into vs)? On a
 * mismatch, appends where and what to why. path is "$..." on entry and is
 * left as it was on return. */
static bool match_json(struct vars *vs, const json_t *exp, const json_t *act, struct buf *path,
		       struct buf *why)
{
	if (json_is_string(exp)) {
		const char *s = json_string_value(exp);
		const char *name;
		size_t nlen, mlen;

		if (strcmp(s, "{{any}}") == 0)
			return true;
		mlen = save_marker(s, &name, &nlen);
		if (mlen && s[mlen] == '\0') {
			capture_json(vs, name, nlen, act);
			return true;
		}
		if (strcmp(s, "{{absent}}") == 0) {
			buf_addf(why, "at %s: expected no value, got ", buf_str(path));
			buf_add_json(why, act);
			return false;
		}
		if (!json_is_string(act) || json_string_length(act) != json_string_length(exp) ||
		    memcmp(json_string_value(act), s, json_string_length(exp)) != 0)
			return mismatch(why, path, exp, act);
		return true;
	}
	if (json_is_object(exp)) {
		const char *key;
		json_t *ev;
		size_t mark = path->len;
		bool ok = true;

		if (!json_is_object(act))
			return mismatch(why, path, exp, act);
		json_object_foreach((json_t *)exp, key, ev) {
			json_t *av = json_object_get(act, key);

			path_push_key(path, key);
			if (json_is_marker(ev, "{{absent}}")) {
				if (av) {
					buf_addf(why, "at %s: expected no such key, got ",
						 buf_str(path));
					buf_add_json(why, av);
					ok = false;
				}
			} else if (!av) {
				buf_addf(why, "at %s: missing; expected ", buf_str(path));
				buf_add_json(why, ev);
				ok = false;
			} else {
				ok = match_json(vs, ev, av, path, why);
			}
			path->len = mark;
			path->data[mark] = '\0';
			if (!ok)
				return false;
		}
		return true;
	}
	if (json_is_array(exp)) {
		size_t n = json_array_size(exp), m, an;
		bool open = n > 0 && json_is_marker(json_array_get(exp, n - 1), "{{...}}");
		size_t mark = path->len;

		if (!json_is_array(act))
			return mismatch(why, path, exp, act);
		m = open ? n - 1 : n;
		an = json_array_size(act);
		if (open ? an < m : an != m) {
			buf_addf(why, "at %s: expected %s%zu element%s, got %zu: ", buf_str(path),
				 open ? "at least " : "", m, m == 1 ? "" : "s", an);
			buf_add_json(why, act);
			return false;
		}
		for (size_t i = 0; i < m; i++) {
			bool ok;

			buf_addf(path, "[%zu]", i);
			ok = match_json(vs, json_array_get(exp, i), json_array_get(act, i), path,
					why);
			path->len = mark;
			path->data[mark] = '\0';
			if (!ok)
				return false;
		}
		return true;
	}
	if (json_is_number(exp)) {
		if (!json_is_number(act) || !numbers_equal(exp, act))
			return mismatch(why, path, exp, act);
		return true;
	}
	if (json_typeof(exp) != json_typeof(act))
		return mismatch(why, path, exp, act);
	return true;
}

/* ---- header values: literal text with {{save:X}} and {{any}} ---- */

struct hcap {
	const char *name;
	size_t nlen;
	const char *val;
	size_t vlen;
};

struct hmatch {
	struct hcap caps[MAX_HEADER_CAPTURES];
	size_t n; /* captures set when the match succeeded */
};

/* Matches text against pat; a marker takes the shortest text that lets the
 * rest match. Literal text compares exactly. */
static bool glob_match(const char *pat, const char *text, struct hmatch *hm, size_t k)
{
	const char *name;
	size_t nlen, mlen;

	if (*pat == '\0') {
		if (*text != '\0')
			return false;
		hm->n = k;
		return true;
	}
	if (starts_with(pat, "{{any}}")) {
		for (const char *t = text;; t++) {
			if (glob_match(pat + 7, t, hm, k))
				return true;
			if (*t == '\0')
				return false;
		}
	}
	mlen = save_marker(pat, &name, &nlen);
	if (mlen && k < MAX_HEADER_CAPTURES) {
		for (const char *t = text;; t++) {
			hm->caps[k] = (struct hcap){name, nlen, text, (size_t)(t - text)};
			if (glob_match(pat + mlen, t, hm, k + 1))
				return true;
			if (*t == '\0')
				return false;
		}
	}
	if (*pat != *text)
		return false;
	return glob_match(pat + 1, text + 1, hm, k);
}

/* ---- the case file ---- */

struct text_line {
	char *text; /* into the case's text */
	int no;
};

struct lines {
	struct text_line *v;
	size_t n, cap;
};

static void lines_push(struct lines *ls, char *text, int no)
{
	if (ls->n == ls->cap) {
		ls->cap = ls->cap ? ls->cap * 2 : 8;
		ls->v = xrealloc(ls->v, ls->cap * sizeof *ls->v);
	}
	ls->v[ls->n++] = (struct text_line){text, no};
}

static void lines_release(struct lines *ls)
{
	free(ls->v);
	ls->v = NULL;
	ls->n = ls->cap = 0;
}

enum step_kind { STEP_SHELL, STEP_HTTP, STEP_RESTART };

struct step {
	enum step_kind kind;
	int line;
	/* STEP_SHELL */
	char *command;
	char *capture; /* NULL, or the variable its last stdout line goes to */
	bool any_exit;
	/* STEP_HTTP */
	char *title;
	struct text_line request;
	struct lines headers;
	struct lines body;
	long status;
	bool raw;
	struct lines exp_headers; /* the text after "< " */
	struct lines exp_body;
};

struct case_file {
	char *text; /* owned; lines point into it */
	struct step *steps;
	size_t n, cap;
};
#define CASE_FILE_INIT {NULL, NULL, 0, 0}

static void case_file_release(struct case_file *cf)
{
	for (size_t i = 0; i < cf->n; i++) {
		lines_release(&cf->steps[i].headers);
		lines_release(&cf->steps[i].body);
		lines_release(&cf->steps[i].exp_headers);
		lines_release(&cf->steps[i].exp_body);
	}
	free(cf->steps);
	free(cf->text);
	*cf = (struct case_file)CASE_FILE_INIT;
}

static struct step *case_add_step(struct case_file *cf, enum step_kind kind, int line)
{
	struct step *st;

	if (cf->n == cf->cap) {
		cf->cap = cf->cap ? cf->cap * 2 : 16;
		cf->steps = xrealloc(cf->steps, cf->cap * sizeof *cf->steps);
	}
	st = &cf->steps[cf->n++];
	memset(st, 0, sizeof *st);
	st->kind = kind;
	st->line = line;
	return st;
}

/* "Name: value" (or curl's "Name;" for an empty value), Name an HTTP token
 * or a {{NAME}} to fill in. */
static bool is_header_line(const char *s)
{
	size_t n = strcspn(s, ":;");

	if (n == 0 || s[n] == '\0')
		return false;
	for (size_t i = 0; i < n; i++)
		if (!isalnum((unsigned char)s[i]) && !strchr("!#$%&'*+-.^_`|~{}", s[i]))
			return false;
	return true;
}

/* Does this line end an expected body (start the next step)? */
static bool starts_step(const char *s)
{
	return starts_with(s, "###") || s[0] == '$' || s[0] == '!';
}

static bool parse_shell(struct case_file *cf, char *s, int no, struct buf *why)
{
	struct step *st;
	char *arrow, *last = NULL, *cmd;
	bool any = s[1] == '?';

	if (!(s[1] == ' ' || (s[1] == '?' && (s[2] == ' ' || s[2] == '\0')))) {
		buf_addf(why, "line %d: a command line starts \"$ \" or \"$? \"", no);
		return false;
	}
	cmd = trim(s + (any ? 2 : 1));
	for (arrow = strstr(cmd, " => "); arrow; arrow = strstr(arrow + 1, " => "))
		last = arrow;
	st = case_add_step(cf, STEP_SHELL, no);
	st->any_exit = any;
	if (last) {
		char *name = trim(last + 4);

		if (is_ident(name, strlen(name))) {
			if (is_reserved(name, strlen(name))) {
				buf_addf(why, "line %d: \"%s\" cannot be a variable", no, name);
				return false;
			}
			*last = '\0';
			st->capture = name;
			cmd = trim(cmd);
		}
	}
	if (*cmd == '\0') {
		buf_addf(why, "line %d: empty command", no);
		return false;
	}
	st->command = cmd;
	return true;
}

/* "=== 201" or "=== 201 raw" */
static bool parse_status(struct step *st, char *s, int no, struct buf *why)
{
	char *p = s + 3, *end;

	while (*p == ' ')
		p++;
	errno = 0;
	st->status = strtol(p, &end, 10);
	if (end == p || errno || st->status < 100 || st->status > 599)
		goto bad;
	p = trim(end);
	if (strcmp(p, "raw") == 0)
		st->raw = true;
	else if (*p != '\0')
		goto bad;
	return true;
bad:
	buf_addf(why, "line %d: expected \"=== STATUS\" or \"=== STATUS raw\", got \"%s\"", no, s);
	return false;
}

/* Parses one HTTP block starting at lines[*i] ("### title"); leaves *i at
 * the first line after it. */
static bool parse_http(struct case_file *cf, const struct lines *all, size_t *i, struct buf *why)
{
	struct step *st = case_add_step(cf, STEP_HTTP, all->v[*i].no);
	bool in_body = false;

	st->title = trim(all->v[*i].text + 3);
	for ((*i)++; *i < all->n && is_blank(all->v[*i].text); (*i)++)
		;
	if (*i == all->n || starts_step(all->v[*i].text) || starts_with(all->v[*i].text, "===")) {
		buf_addf(why, "line %d: block \"%s\" has no request line", st->line, st->title);
		return false;
	}
	st->request = all->v[(*i)++];
	st->request.text = trim(st->request.text);
	if (!strchr(st->request.text, ' ')) {
		buf_addf(why, "line %d: expected \"METHOD /path\", got \"%s\"", st->request.no,
			 st->request.text);
		return false;
	}
	for (;; (*i)++) {
		char *s;

		if (*i == all->n) {
			buf_addf(why, "line %d: block \"%s\" has no \"=== STATUS\" line", st->line,
				 st->title);
			return false;
		}
		s = all->v[*i].text;
		if (starts_with(s, "==="))
			break;
		if (in_body) {
			lines_push(&st->body, s, all->v[*i].no);
		} else if (is_blank(s)) {
			in_body = true;
		} else if (!is_header_line(s)) {
			buf_addf(why, "line %d: expected a header \"Name: value\", got \"%s\"",
				 all->v[*i].no, s);
			return false;
		} else {
			lines_push(&st->headers, trim(s), all->v[*i].no);
		}
	}
	if (!parse_status(st, all->v[*i].text, all->v[*i].no, why))
		return false;
	for ((*i)++; *i < all->n && starts_with(all->v[*i].text, "< "); (*i)++) {
		char *h = trim(all->v[*i].text + 2);

		if (!strchr(h, ':')) {
			buf_addf(why, "line %d: expected \"< Name: value\", got \"%s\"",
				 all->v[*i].no, all->v[*i].text);
			return false;
		}
		lines_push(&st->exp_headers, h, all->v[*i].no);
	}
	for (; *i < all->n && !starts_step(all->v[*i].text); (*i)++) {
		char *s = all->v[*i].text;

		if (!st->raw && s[0] == '#')
			continue; /* a comment: JSON never starts with # */
		lines_push(&st->exp_body, s, all->v[*i].no);
	}
	while (st->exp_body.n > 0 && is_blank(st->exp_body.v[st->exp_body.n - 1].text))
		st->exp_body.n--;
	return true;
}

/* Parses text (taken over: freed with cf) into steps. */
static bool case_parse(struct case_file *cf, char *text, struct buf *why)
{
	struct lines all = {NULL, 0, 0};
	char *p = text;
	int no = 1;
	bool ok = true;

	cf->text = text;
	while (*p) {
		char *nl = strchr(p, '\n');
		size_t n;

		if (nl)
			*nl = '\0';
		n = strlen(p);
		if (n > 0 && p[n - 1] == '\r')
			p[n - 1] = '\0';
		lines_push(&all, p, no++);
		if (!nl)
			break;
		p = nl + 1;
	}
	for (size_t i = 0; ok && i < all.n;) {
		char *s = all.v[i].text;
		int line = all.v[i].no;

		if (starts_with(s, "###")) {
			ok = parse_http(cf, &all, &i, why);
			continue;
		}
		if (s[0] == '$') {
			ok = parse_shell(cf, s, line, why);
		} else if (s[0] == '!') {
			if (strcmp(trim(s), "!restart") == 0) {
				case_add_step(cf, STEP_RESTART, line);
			} else {
				buf_addf(why, "line %d: unknown directive \"%s\"", line, s);
				ok = false;
			}
		} else if (s[0] != '#' && !is_blank(s)) {
			buf_addf(why, "line %d: text outside a block (comments start with #): %s",
				 line, s);
			ok = false;
		}
		i++;
	}
	lines_release(&all);
	return ok;
}

/* ---- request bodies ---- */

static int hex_digit(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Builds the request body from its lines (already substituted): plain lines
 * joined by newlines; "@bytes N" gives N bytes of 'a' and "@hex HH HH..." the
 * bytes written, each glued to its neighbours without a newline. */
static bool body_build(const struct lines *ls, struct buf *out, struct buf *why)
{
	bool prev_plain = false;

	for (size_t i = 0; i < ls->n; i++) {
		const char *s = ls->v[i].text;

		if (starts_with(s, "@bytes ")) {
			char *end;
			unsigned long long n;

			errno = 0;
			n = strtoull(s + 7, &end, 10);
			if (end == s + 7 || errno || !is_blank(end) || n > BYTES_MAX) {
				buf_addf(why, "line %d: expected \"@bytes N\" (N up to %zu)",
					 ls->v[i].no, BYTES_MAX);
				return false;
			}
			buf_grow(out, (size_t)n);
			memset(out->data + out->len, 'a', (size_t)n);
			out->len += (size_t)n;
			out->data[out->len] = '\0';
			prev_plain = false;
		} else if (starts_with(s, "@hex ")) {
			for (const char *h = s + 5; *h;) {
				int hi, lo;

				if (*h == ' ' || *h == '\t') {
					h++;
					continue;
				}
				hi = hex_digit(h[0]);
				lo = hi < 0 ? -1 : hex_digit(h[1]);
				if (lo < 0) {
					buf_addf(why, "line %d: \"@hex\" wants pairs of hex digits",
						 ls->v[i].no);
					return false;
				}
				buf_addc(out, (char)(hi * 16 + lo));
				h += 2;
			}
			prev_plain = false;
		} else {
			if (prev_plain)
				buf_addc(out, '\n');
			buf_adds(out, s);
			prev_plain = true;
		}
	}
	return true;
}

/* Joins substituted lines with newlines. */
static bool lines_subst(const struct vars *vs, const struct lines *ls, struct buf *out,
			struct buf *why)
{
	for (size_t i = 0; i < ls->n; i++) {
		if (i > 0)
			buf_addc(out, '\n');
		if (!subst(vs, ls->v[i].text, out, why))
			return false;
	}
	return true;
}

/* ---- processes ---- */

static void sleep_ms(long ms)
{
	struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};

	while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
		;
}

static long now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Waits up to ms for pid to end; true (and *status) if it did. */
static bool wait_for(pid_t pid, long ms, int *status)
{
	long deadline = now_ms() + ms;

	for (;;) {
		pid_t r = waitpid(pid, status, WNOHANG);

		if (r == pid)
			return true;
		if (r < 0 && errno != EINTR) {
			*status = 0;
			return true;
		}
		if (now_ms() >= deadline)
			return false;
		sleep_ms(10);
	}
}

static void describe_status(struct buf *b, int status)
{
	if (WIFEXITED(status))
		buf_addf(b, "exit status %d", WEXITSTATUS(status));
	else if (WIFSIGNALED(status))
		buf_addf(b, "signal %d (%s)", WTERMSIG(status), strsignal(WTERMSIG(status)));
	else
		buf_addf(b, "status %d", status);
}

/* Starts argv[0] in cwd with stdin from /dev/null and stdout, stderr to
 * files (stderr appended); -1 and why on failure. */
static pid_t spawn(char *const argv[], const char *cwd, const char *out_path,
		   const char *err_path, struct buf *why)
{
	pid_t pid;

	fflush(stdout);
	fflush(stderr);
	pid = fork();
	if (pid < 0) {
		buf_addf(why, "fork: %s", strerror(errno));
		return -1;
	}
	if (pid == 0) {
		int in, out, err;

		signal(SIGPIPE, SIG_DFL);
		in = open("/dev/null", O_RDONLY);
		out = open(out_path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		err = open(err_path, O_WRONLY | O_CREAT | O_APPEND, 0644);
		if (in < 0 || out < 0 || err < 0 || dup2(in, 0) < 0 || dup2(out, 1) < 0 ||
		    dup2(err, 2) < 0 || chdir(cwd) != 0)
			_exit(126);
		close(in);
		close(out);
		close(err);
		execv(argv[0], argv);
		dprintf(2, "api-runner: cannot run %s: %s\n", argv[0], strerror(errno));
		_exit(127);
	}
	return pid;
}

/* Appends the last lines of a file (for a server's or command's stderr). */
static void add_file_tail(struct buf *why, const char *label, const char *path, size_t max)
{
	struct buf content = BUF_INIT, ignored = BUF_INIT;

	if (read_file(path, &content, &ignored) && content.len > 0) {
		size_t from = content.len > max ? content.len - max : 0;

		while (from > 0 && from < content.len && content.data[from - 1] != '\n')
			from++;
		buf_addf(why, "\n%s%s:\n", label, from > 0 ? " (last part)" : "");
		buf_add_shown(why, content.data + from, content.len - from, max);
	}
	buf_release(&content);
	buf_release(&ignored);
}

/* ---- one case's run ---- */

struct runner {
	char *grip_bin; /* absolute */
	char *root;     /* temp dir for the whole run, with bin/grip */
	FILE *record;   /* --record, or NULL */
	bool keep;      /* GRIP_API_KEEP: leave case dirs behind */
};

struct server {
	pid_t pid; /* 0: not running */
	int port;
};

struct case_run {
	struct runner *r;
	char *dir;  /* this case's temp dir */
	char *work; /* dir/work: the cwd of commands and the server */
	struct vars vars;
	struct server srv;
};

static bool server_start(struct case_run *cr, struct buf *why)
{
	char *argv[] = {cr->r->grip_bin, "serve", "--listen", "127.0.0.1:0", NULL};
	char *out_path = str_printf("%s/server.out", cr->dir);
	char *err_path = str_printf("%s/server.err", cr->dir);
	long deadline = now_ms() + SERVER_START_MS;
	struct buf out = BUF_INIT, ignored = BUF_INIT;
	bool ok = false;
	int status;

	/* emptied here, not only by the child: else a restart could read the
	 * previous server's line before the new one opens the file */
	if (truncate(out_path, 0) != 0 && errno != ENOENT) {
		buf_addf(why, "truncate %s: %s", out_path, strerror(errno));
		goto out;
	}
	cr->srv.pid = spawn(argv, cr->work, out_path, err_path, why);
	if (cr->srv.pid < 0) {
		cr->srv.pid = 0;
		goto out;
	}
	for (;;) {
		const char *line;

		buf_reset(&out);
		read_file(out_path, &out, &ignored);
		line = strstr(buf_str(&out), LISTEN_PREFIX);
		if (line && (line == out.data || line[-1] == '\n')) {
			const char *digits = line + strlen(LISTEN_PREFIX);
			char *end;
			long port;

			errno = 0;
			port = strtol(digits, &end, 10);
			if (end != digits && (*end == '\n' || *end == '\r') && !errno && port > 0 &&
			    port < 65536) {
				cr->srv.port = (int)port;
				ok = true;
				break;
			}
		}
		if (waitpid(cr->srv.pid, &status, WNOHANG) == cr->srv.pid) {
			cr->srv.pid = 0;
			buf_adds(why, "grip serve ended before it was listening: ");
			describe_status(why, status);
			break;
		}
		if (now_ms() >= deadline) {
			buf_addf(why,
				 "grip serve did not print \"" LISTEN_PREFIX "PORT\" within %d s",
				 SERVER_START_MS / 1000);
			kill(cr->srv.pid, SIGKILL);
			waitpid(cr->srv.pid, &status, 0);
			cr->srv.pid = 0;
			break;
		}
		sleep_ms(10);
	}
	if (!ok) {
		if (out.len) {
			buf_adds(why, "\nits stdout:\n");
			buf_add_shown(why, out.data, out.len, BODY_SHOW_MAX);
		}
		add_file_tail(why, "its stderr", err_path, BODY_SHOW_MAX);
	}
out:
	buf_release(&out);
	buf_release(&ignored);
	free(out_path);
	free(err_path);
	return ok;
}

/* SIGTERM, then at most SERVER_STOP_MS for a clean exit (status 0). */
static bool server_stop(struct case_run *cr, struct buf *why)
{
	int status;
	bool ok = true;

	if (!cr->srv.pid)
		return true;
	kill(cr->srv.pid, SIGTERM);
	if (!wait_for(cr->srv.pid, SERVER_STOP_MS, &status)) {
		buf_addf(why, "grip serve did not exit within %d s of SIGTERM",
			 SERVER_STOP_MS / 1000);
		kill(cr->srv.pid, SIGKILL);
		waitpid(cr->srv.pid, &status, 0);
		ok = false;
	} else if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		buf_adds(why, "grip serve, on SIGTERM, ended with ");
		describe_status(why, status);
		ok = false;
	}
	cr->srv.pid = 0;
	if (!ok) {
		char *err_path = str_printf("%s/server.err", cr->dir);

		add_file_tail(why, "its stderr", err_path, BODY_SHOW_MAX);
		free(err_path);
	}
	return ok;
}

static void server_kill(struct case_run *cr)
{
	int status;

	if (!cr->srv.pid)
		return;
	kill(cr->srv.pid, SIGKILL);
	waitpid(cr->srv.pid, &status, 0);
	cr->srv.pid = 0;
}

/* After a failed request: did the server die? Says so, with its stderr. */
static void server_check_alive(struct case_run *cr, struct buf *why)
{
	int status;

	if (cr->srv.pid && waitpid(cr->srv.pid, &status, WNOHANG) == cr->srv.pid) {
		char *err_path = str_printf("%s/server.err", cr->dir);

		cr->srv.pid = 0;
		buf_adds(why, "\nthe server has ended: ");
		describe_status(why, status);
		add_file_tail(why, "its stderr", err_path, BODY_SHOW_MAX);
		free(err_path);
	}
}

static bool run_shell(struct case_run *cr, const struct step *st, struct buf *why)
{
	struct buf cmd = BUF_INIT, out = BUF_INIT, ignored = BUF_INIT;
	char *out_path = str_printf("%s/cmd.out", cr->dir);
	char *err_path = str_printf("%s/cmd.err", cr->dir);
	bool ok = false;
	int status;
	pid_t pid;

	if (!subst(&cr->vars, st->command, &cmd, why))
		goto out;
	unlink(err_path);
	{
		char *argv[] = {"/bin/sh", "-c", cmd.data, NULL};

		pid = spawn(argv, cr->work, out_path, err_path, why);
	}
	if (pid < 0)
		goto out;
	if (!wait_for(pid, COMMAND_MS, &status)) {
		kill(pid, SIGKILL);
		waitpid(pid, &status, 0);
		buf_addf(why, "$ %s\ndid not finish within %d s", cmd.data, COMMAND_MS / 1000);
		goto out;
	}
	read_file(out_path, &out, &ignored);
	if (!st->any_exit && !(WIFEXITED(status) && WEXITSTATUS(status) == 0)) {
		buf_addf(why, "$ %s\nended with ", cmd.data);
		describe_status(why, status);
		if (out.len) {
			buf_adds(why, "\nits stdout:\n");
			buf_add_shown(why, out.data, out.len, BODY_SHOW_MAX);
		}
		add_file_tail(why, "its stderr", err_path, BODY_SHOW_MAX);
		goto out;
	}
	if (st->capture) {
		/* the last line that is not blank, trimmed */
		char *text = out.data ? out.data : "";
		char *line = NULL;

		for (char *p = strtok(text, "\n"); p; p = strtok(NULL, "\n"))
			if (!is_blank(p))
				line = p;
		line = line ? trim(line) : "";
		vars_set(&cr->vars, st->capture, strlen(st->capture), line, strlen(line));
	}
	ok = true;
out:
	buf_release(&cmd);
	buf_release(&out);
	buf_release(&ignored);
	free(out_path);
	free(err_path);
	return ok;
}

/* ---- HTTP ---- */

struct header {
	char *name;
	char *value;
};

struct response {
	long status;
	struct header *headers;
	size_t nheaders, cap;
	struct buf body;
	bool too_big;
};

static void response_clear_headers(struct response *res)
{
	for (size_t i = 0; i < res->nheaders; i++) {
		free(res->headers[i].name);
		free(res->headers[i].value);
	}
	res->nheaders = 0;
}

static void response_release(struct response *res)
{
	response_clear_headers(res);
	free(res->headers);
	buf_release(&res->body);
	memset(res, 0, sizeof *res);
}

static size_t on_header(char *data, size_t size, size_t n, void *user)
{
	struct response *res = user;
	size_t len = size * n;
	char *line = xstrndup(data, len), *colon;

	if (starts_with(line, "HTTP/")) {
		response_clear_headers(res); /* a new response (after 100 Continue) */
	} else if ((colon = strchr(line, ':')) != NULL) {
		*colon = '\0';
		if (res->nheaders == res->cap) {
			res->cap = res->cap ? res->cap * 2 : 16;
			res->headers = xrealloc(res->headers, res->cap * sizeof *res->headers);
		}
		res->headers[res->nheaders].name = xstrdup(trim(line));
		res->headers[res->nheaders].value = xstrdup(trim(colon + 1));
		res->nheaders++;
	}
	free(line);
	return len;
}

static size_t on_body(char *data, size_t size, size_t n, void *user)
{
	struct response *res = user;
	size_t len = size * n;

	if (res->body.len + len > RESPONSE_MAX) {
		res->too_big = true;
		return 0;
	}
	buf_addn(&res->body, data, len);
	return len;
}

static bool header_named(const char *line, const char *name)
{
	size_t n = strlen(name);

	return strncasecmp(line, name, n) == 0 && (line[n] == ':' || line[n] == ';');
}

/* Sends one request; false and why if no response came back. */
static bool http_send(const struct server *srv, const char *method, const char *target,
		      struct curl_slist *headers, const struct buf *body, struct response *res,
		      struct buf *why)
{
	CURL *curl = curl_easy_init();
	char errbuf[CURL_ERROR_SIZE] = "";
	char *url = str_printf("http://127.0.0.1:%d%s", srv->port, target);
	bool send_body = body->len > 0 || strcmp(method, "POST") == 0 ||
			 strcmp(method, "PUT") == 0 || strcmp(method, "PATCH") == 0;
	CURLcode rc;

	if (!curl) {
		buf_adds(why, "curl_easy_init failed");
		free(url);
		return false;
	}
	curl_easy_setopt(curl, CURLOPT_URL, url);
	curl_easy_setopt(curl, CURLOPT_PATH_AS_IS, 1L);
	curl_easy_setopt(curl, CURLOPT_PROXY, "");
	curl_easy_setopt(curl, CURLOPT_NOPROXY, "*");
	curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(curl, CURLOPT_TIMEOUT, REQUEST_TIMEOUT_S);
	curl_easy_setopt(curl, CURLOPT_EXPECT_100_TIMEOUT_MS, REQUEST_TIMEOUT_S * 1000L);
	curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errbuf);
	curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
	curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, on_header);
	curl_easy_setopt(curl, CURLOPT_HEADERDATA, res);
	curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, on_body);
	curl_easy_setopt(curl, CURLOPT_WRITEDATA, res);
	if (strcmp(method, "HEAD") == 0) {
		curl_easy_setopt(curl, CURLOPT_NOBODY, 1L);
	} else {
		if (send_body) {
			curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE,
					 (curl_off_t)body->len);
			curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body->data ? body->data : "");
		}
		if (strcmp(method, send_body ? "POST" : "GET") != 0)
			curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, method);
	}
	rc = curl_easy_perform(curl);
	curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &res->status);
	curl_easy_cleanup(curl);
	free(url);
	if (rc != CURLE_OK) {
		if (res->too_big)
			buf_addf(why, "the response body is over %zu bytes", RESPONSE_MAX);
		else
			buf_addf(why, "no response: %s%s%s", curl_easy_strerror(rc),
				 errbuf[0] ? ": " : "", errbuf);
		return false;
	}
	return true;
}

/* Appends {"method","path","status","body"} to the record file. */
static void record_response(FILE *f, const char *method, const char *target,
			    const struct response *res)
{
	const char *q = strchr(target, '?');
	json_t *line = json_object();
	json_t *path = json_stringn(target, q ? (size_t)(q - target) : strlen(target));
	json_t *m = json_string(method);
	json_t *body = NULL;

	if (res->body.len > 0)
		body = json_loadb(res->body.data, res->body.len, JSON_DECODE_ANY, NULL);

	json_object_set_new(line, "method", m ? m : json_null());
	json_object_set_new(line, "path", path ? path : json_null());
	json_object_set_new(line, "status", json_integer(res->status));
	json_object_set_new(line, "body", body ? body : json_null());
	if (json_dumpf(line, f, JSON_COMPACT) == 0)
		fputc('\n', f);
	fflush(f);
	json_decref(line);
}

/* Checks one expected "< Name: value" line (substituted) against the
 * response's headers of that name: "*" wants one, "{{absent}}" none, else
 * one must match the pattern; its captures are kept. */
static bool check_header(struct vars *vs, char *line, const struct response *res, struct buf *why)
{
	char *colon = strchr(line, ':'), *name, *pat;
	size_t seen = 0;

	if (!colon) {
		buf_addf(why, "expected \"< Name: value\", got \"%s\"", line);
		return false;
	}
	*colon = '\0';
	name = trim(line);
	pat = trim(colon + 1);
	for (size_t h = 0; h < res->nheaders; h++) {
		struct hmatch hm;

		if (strcasecmp(res->headers[h].name, name) != 0)
			continue;
		seen++;
		if (strcmp(pat, "{{absent}}") == 0) {
			buf_addf(why, "header %s: expected none, got ", name);
			buf_add_quoted(why, res->headers[h].value);
			return false;
		}
		if (strcmp(pat, "*") == 0)
			return true;
		memset(&hm, 0, sizeof hm);
		if (glob_match(pat, res->headers[h].value, &hm, 0)) {
			for (size_t c = 0; c < hm.n; c++)
				vars_set(vs, hm.caps[c].name, hm.caps[c].nlen, hm.caps[c].val,
					 hm.caps[c].vlen);
			return true;
		}
	}
	if (strcmp(pat, "{{absent}}") == 0)
		return true;
	buf_addf(why, "header %s: %s ", name, seen ? "expected" : "missing; expected");
	buf_add_quoted(why, pat);
	for (size_t h = 0, n = 0; h < res->nheaders; h++) {
		if (strcasecmp(res->headers[h].name, name) == 0) {
			buf_adds(why, n++ ? ", " : ", got ");
			buf_add_quoted(why, res->headers[h].value);
		}
	}
	return false;
}

static bool check_headers(struct case_run *cr, const struct step *st, const struct response *res,
			  struct buf *why)
{
	struct buf line = BUF_INIT;
	bool ok = true;

	for (size_t i = 0; ok && i < st->exp_headers.n; i++) {
		buf_reset(&line);
		ok = subst(&cr->vars, st->exp_headers.v[i].text, &line, why) &&
		     check_header(&cr->vars, line.data, res, why);
	}
	buf_release(&line);
	return ok;
}

static bool check_body(struct case_run *cr, const struct step *st, const struct response *res,
		       struct buf *why)
{
	struct buf exp_text = BUF_INIT, path = BUF_INIT;
	json_t *exp = NULL, *act = NULL;
	json_error_t err;
	bool ok = false;

	if (!lines_subst(&cr->vars, &st->exp_body, &exp_text, why))
		goto out;
	if (st->raw) {
		size_t n = res->body.len;

		if (n > 0 && res->body.data[n - 1] == '\n')
			n--; /* the format cannot say "and a newline" */
		ok = n == exp_text.len && (n == 0 || memcmp(res->body.data, exp_text.data, n) == 0);
		if (!ok) {
			buf_adds(why, "body: expected exactly\n");
			buf_add_shown(why, buf_str(&exp_text), exp_text.len, BODY_SHOW_MAX);
		}
		goto out;
	}
	if (st->exp_body.n == 0) {
		ok = true;
		goto out;
	}
	exp = json_loadb(exp_text.data, exp_text.len, JSON_DECODE_ANY, &err);
	if (!exp) {
		buf_addf(why, "line %d: the expected JSON does not parse (%s, its line %d)",
			 st->exp_body.v[0].no, err.text, err.line);
		goto out;
	}
	act = json_loadb(buf_str(&res->body), res->body.len, JSON_DECODE_ANY | JSON_REJECT_DUPLICATES,
			 &err);
	if (!act) {
		buf_addf(why, "the response body is not JSON (%s)", err.text);
		goto out;
	}
	buf_adds(&path, "$");
	ok = match_json(&cr->vars, exp, act, &path, why);
out:
	json_decref(exp);
	json_decref(act);
	buf_release(&exp_text);
	buf_release(&path);
	return ok;
}

static bool run_http(struct case_run *cr, const struct step *st, struct buf *why)
{
	struct buf req = BUF_INIT, body = BUF_INIT, h = BUF_INIT;
	struct lines body_lines = {NULL, 0, 0};
	struct buf body_subst = BUF_INIT;
	struct curl_slist *headers = NULL;
	struct response res;
	bool ok = false, has_type = false, has_expect = false, sent = false;
	char *method, *target;
	size_t *offsets = NULL;

	memset(&res, 0, sizeof res);
	if (!cr->srv.pid && !server_start(cr, why))
		goto out;
	if (!subst(&cr->vars, st->request.text, &req, why))
		goto out;
	method = req.data;
	target = strchr(req.data, ' ');
	if (!target) {
		buf_addf(why, "line %d: expected \"METHOD /path\", got \"%s\"", st->request.no,
			 req.data);
		goto out;
	}
	*target = '\0';
	target = trim(target + 1);
	if (target[0] != '/') {
		buf_addf(why, "line %d: the path must start with /: %s", st->request.no, target);
		goto out;
	}
	for (size_t i = 0; i < st->headers.n; i++) {
		buf_reset(&h);
		if (!subst(&cr->vars, st->headers.v[i].text, &h, why))
			goto out;
		has_type |= header_named(h.data, "Content-Type");
		has_expect |= header_named(h.data, "Expect");
		headers = curl_slist_append(headers, h.data);
	}
	/* substitute the body's lines, then build it */
	offsets = xrealloc(NULL, (st->body.n + 1) * sizeof *offsets);
	for (size_t i = 0; i < st->body.n; i++) {
		offsets[i] = body_subst.len;
		if (!subst(&cr->vars, st->body.v[i].text, &body_subst, why))
			goto out;
		buf_addc(&body_subst, '\0');
	}
	for (size_t i = 0; i < st->body.n; i++)
		lines_push(&body_lines, body_subst.data + offsets[i], st->body.v[i].no);
	if (!body_build(&body_lines, &body, why))
		goto out;
	if (!has_type && (body.len > 0 || strcmp(method, "POST") == 0 ||
			  strcmp(method, "PUT") == 0 || strcmp(method, "PATCH") == 0))
		headers = curl_slist_append(headers, "Content-Type: application/json");
	/* A body over the server's 1 MiB waits for its go-ahead, as curl's own
	 * does: the server refuses it from its headers, and a body sent anyway
	 * races the connection's close (a broken pipe instead of the 413). */
	if (!has_expect && body.len <= 1024 * 1024)
		headers = curl_slist_append(headers, "Expect:");
	if (!http_send(&cr->srv, method, target, headers, &body, &res, why)) {
		server_check_alive(cr, why);
		goto out;
	}
	sent = true;
	if (cr->r->record)
		record_response(cr->r->record, method, target, &res);
	if (res.status != st->status) {
		buf_addf(why, "expected status %ld, got %ld", st->status, res.status);
		goto out;
	}
	if (!check_headers(cr, st, &res, why) || !check_body(cr, st, &res, why))
		goto out;
	ok = true;
out:
	if (!ok && sent) {
		buf_adds(why, "\nresponse body:\n");
		buf_add_shown(why, buf_str(&res.body), res.body.len, BODY_SHOW_MAX);
	}
	curl_slist_free_all(headers);
	response_release(&res);
	lines_release(&body_lines);
	free(offsets);
	buf_release(&req);
	buf_release(&body);
	buf_release(&body_subst);
	buf_release(&h);
	return ok;
}

static int rm_entry(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
	(void)sb;
	(void)flag;
	(void)ftw;
	remove(path);
	return 0;
}

static void remove_tree(const char *path)
{
	nftw(path, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}

static bool run_step(struct case_run *cr, const struct step *st, struct buf *why)
{
	switch (st->kind) {
	case STEP_SHELL:
		return run_shell(cr, st, why);
	case STEP_HTTP:
		return run_http(cr, st, why);
	case STEP_RESTART:
		server_kill(cr);
		return server_start(cr, why);
	}
	return false;
}

static void step_where(struct buf *b, const struct step *st)
{
	switch (st->kind) {
	case STEP_SHELL:
		buf_addf(b, "line %d, command: ", st->line);
		break;
	case STEP_HTTP:
		buf_addf(b, "line %d, ### %s\n%s\n", st->line, st->title, st->request.text);
		break;
	case STEP_RESTART:
		buf_addf(b, "line %d, !restart: ", st->line);
		break;
	}
}

/* `grip figures check` on the database name in the case's work directory:
 * false, with why, when a stored figure differs from the history. With
 * absent_ok, a database that does not exist passes. */
static bool figures_check_one(struct case_run *cr, const char *name, bool absent_ok, struct buf *why)
{
	char *out_path = str_printf("%s/figures.out", cr->dir);
	char *err_path = str_printf("%s/figures.err", cr->dir);
	char *argv[] = {cr->r->grip_bin, "--db", (char *)name, "figures", "check", NULL};
	struct buf err = BUF_INIT, ignored = BUF_INIT;
	bool ok = true;
	int status;
	pid_t pid = spawn(argv, cr->work, out_path, err_path, why);

	if (pid < 0) {
		ok = false;
	} else if (!wait_for(pid, COMMAND_MS, &status)) {
		kill(pid, SIGKILL);
		waitpid(pid, &status, 0);
		buf_addf(why, "grip figures check on %s did not finish", name);
		ok = false;
	} else if (!(WIFEXITED(status) && WEXITSTATUS(status) == 0)) {
		if (absent_ok && read_file(err_path, &err, &ignored) && strstr(err.data, "no database at")) {
			ok = true;
		} else {
			buf_addf(why, "the stored figures of %s differ from the history: ", name);
			describe_status(why, status);
			add_file_tail(why, "grip figures check", err_path, BODY_SHOW_MAX);
			ok = false;
		}
	}
	buf_release(&err);
	buf_release(&ignored);
	free(out_path);
	free(err_path);
	return ok;
}

/* `grip figures check` on each database (*.db) in the case's work
 * directory: a stored figure that differs from the history fails the case.
 * On PostgreSQL (GRIP_TEST_POSTGRES: a file path names a schema there, and
 * no file is made) the case's grip.db is checked if it was made. */
static bool figures_check(struct case_run *cr, struct buf *why)
{
	const char *pg = getenv("GRIP_TEST_POSTGRES");
	DIR *d;
	struct dirent *e;
	bool ok = true;

	if (pg && *pg)
		return figures_check_one(cr, "grip.db", true, why);
	d = opendir(cr->work);
	if (!d) {
		buf_addf(why, "cannot read %s: %s", cr->work, strerror(errno));
		return false;
	}
	while (ok && (e = readdir(d))) {
		size_t n = strlen(e->d_name);

		if (n < 4 || strcmp(e->d_name + n - 3, ".db") != 0)
			continue;
		ok = figures_check_one(cr, e->d_name, false, why);
	}
	closedir(d);
	return ok;
}

/* Runs one case file; true if it passed, else why says what failed. */
static bool run_case(struct runner *r, const char *file, int index, struct buf *why)
{
	struct case_file cf = CASE_FILE_INIT;
	struct case_run cr = {r, NULL, NULL, VARS_INIT, {0, 0}};
	struct buf text = BUF_INIT, step_why = BUF_INIT; /* text: only read into */
	bool ok = false;

	if (!read_file(file, &text, why)) {
		buf_release(&text);
		return false;
	}
	if (!case_parse(&cf, text.data, why)) /* cf owns the text from here */
		goto out;
	cr.dir = str_printf("%s/case%d", r->root, index);
	cr.work = str_printf("%s/work", cr.dir);
	if (mkdir(cr.dir, 0700) != 0 || mkdir(cr.work, 0700) != 0) {
		buf_addf(why, "cannot make %s: %s", cr.work, strerror(errno));
		goto out;
	}
	ok = true;
	for (size_t i = 0; i < cf.n && ok; i++) {
		buf_reset(&step_why);
		if (!run_step(&cr, &cf.steps[i], &step_why)) {
			step_where(why, &cf.steps[i]);
			buf_adds(why, buf_str(&step_why));
			ok = false;
		}
	}
	buf_reset(&step_why);
	if (!server_stop(&cr, &step_why)) {
		if (!ok)
			buf_adds(why, "\n");
		buf_adds(why, buf_str(&step_why));
		ok = false;
	}
	if (ok && !figures_check(&cr, why))
		ok = false;
out:
	if (cr.dir) {
		if (r->keep)
			fprintf(stderr, "api-runner: kept %s\n", cr.dir);
		else
			remove_tree(cr.dir);
	}
	case_file_release(&cf);
	vars_release(&cr.vars);
	buf_release(&step_why);
	free(cr.dir);
	free(cr.work);
	return ok;
}

static void print_indented(const char *s)
{
	const char *p = s;

	while (*p) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);

		printf("  %.*s\n", (int)n, p);
		if (!nl)
			break;
		p = nl + 1;
	}
}

static const char *case_name(const char *file, struct buf *name)
{
	const char *base = strrchr(file, '/');
	size_t n;

	base = base ? base + 1 : file;
	n = strlen(base);
	if (n > 4 && strcmp(base + n - 4, ".api") == 0)
		n -= 4;
	buf_reset(name);
	buf_addn(name, base, n);
	return name->data;
}

/* Makes the run's temp dir with bin/grip and points the environment at it. */
static bool runner_setup(struct runner *r, const char *grip_bin, struct buf *why)
{
	const char *tmp = getenv("TMPDIR");
	char *real = realpath(grip_bin, NULL);
	char *bin = NULL, *link = NULL, *path = NULL;
	bool ok = false;

	if (!real) {
		buf_addf(why, "%s: %s", grip_bin, strerror(errno));
		return false;
	}
	r->grip_bin = real;
	r->root = str_printf("%s/grip-api-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(r->root)) {
		buf_addf(why, "mkdtemp %s: %s", r->root, strerror(errno));
		free(r->root);
		r->root = NULL;
		return false;
	}
	bin = str_printf("%s/bin", r->root);
	link = str_printf("%s/grip", bin);
	if (mkdir(bin, 0700) != 0 || symlink(real, link) != 0) {
		buf_addf(why, "cannot make %s: %s", link, strerror(errno));
		goto out;
	}
	path = str_printf("%s:%s", bin, getenv("PATH") ? getenv("PATH") : "/usr/bin:/bin");
	if (setenv("PATH", path, 1) != 0 || setenv("GRIP_DB", "grip.db", 1) != 0 ||
	    setenv("GRIP_NOW", "2026-11-23", 1) != 0 || setenv("LC_ALL", "C.UTF-8", 1) != 0 ||
	    unsetenv("GRIP_USER") != 0 || unsetenv("GRIP_ORG") != 0) {
		buf_addf(why, "setenv: %s", strerror(errno));
		goto out;
	}
	ok = true;
out:
	free(bin);
	free(link);
	free(path);
	return ok;
}

static void runner_release(struct runner *r)
{
	if (r->root && !r->keep)
		remove_tree(r->root);
	free(r->root);
	free(r->grip_bin);
	if (r->record)
		fclose(r->record);
}

/* ---- the self-test ---- */

struct selftest {
	int passed, failed;
};

static void st_check(struct selftest *t, bool cond, const char *what, const char *detail)
{
	if (cond) {
		t->passed++;
	} else {
		t->failed++;
		printf("selftest FAIL: %s%s%s\n", what, detail && *detail ? ": " : "",
		       detail ? detail : "");
	}
}

static void selftest_match(struct selftest *t)
{
	static const struct {
		const char *exp, *act;
		bool ok;
		const char *var, *value; /* a capture to check, or NULL */
		const char *why_has;     /* text the reason must hold, or NULL */
	} cases[] = {
		{"{\"a\":1}", "{\"a\":1,\"b\":2}", true, NULL, NULL, NULL},
		{"{\"a\":1}", "{\"a\":1.0}", true, NULL, NULL, NULL},
		{"{\"a\":0.5}", "{\"a\":0.50}", true, NULL, NULL, NULL},
		{"{\"a\":1}", "{\"a\":2}", false, NULL, NULL, "at $.a: expected 1, got 2"},
		{"{\"a\":1}", "{\"a\":\"1\"}", false, NULL, NULL, "(string, not number)"},
		{"{\"a\":1}", "{}", false, NULL, NULL, "at $.a: missing"},
		{"{\"a\":\"{{any}}\"}", "{\"a\":null}", true, NULL, NULL, NULL},
		{"{\"a\":\"{{any}}\"}", "{}", false, NULL, NULL, "missing"},
		{"{\"a\":\"{{absent}}\"}", "{\"b\":1}", true, NULL, NULL, NULL},
		{"{\"a\":\"{{absent}}\"}", "{\"a\":null}", false, NULL, NULL, "no such key"},
		{"[1,2]", "[1,2]", true, NULL, NULL, NULL},
		{"[1,2]", "[1,2,3]", false, NULL, NULL, "expected 2 elements, got 3"},
		{"[2,1]", "[1,2]", false, NULL, NULL, "at $[0]"},
		{"[1,2,\"{{...}}\"]", "[1,2,3]", true, NULL, NULL, NULL},
		{"[1,2,\"{{...}}\"]", "[1,2]", true, NULL, NULL, NULL},
		{"[1,2,\"{{...}}\"]", "[1]", false, NULL, NULL, "at least 2"},
		{"[\"{{...}}\"]", "[]", true, NULL, NULL, NULL},
		{"[]", "[{}]", false, NULL, NULL, NULL},
		{"{\"items\":[{\"id\":1}]}", "{\"items\":[{\"id\":1,\"x\":2}],\"next\":null}", true,
		 NULL, NULL, NULL},
		{"{\"items\":[{\"t\":\"a\"}]}", "{\"items\":[{\"t\":\"b\"}]}", false, NULL, NULL,
		 "at $.items[0].t: expected \"a\", got \"b\""},
		{"{\"a b\":{\"c\":true}}", "{\"a b\":{\"c\":false}}", false, NULL, NULL,
		 "at $[\"a b\"].c"},
		{"\"x\"", "\"x\"", true, NULL, NULL, NULL},
		{"\"x\"", "\"x\\u0000\"", false, NULL, NULL, NULL},
		{"true", "1", false, NULL, NULL, NULL},
		{"false", "false", true, NULL, NULL, NULL},
		{"null", "null", true, NULL, NULL, NULL},
		{"null", "{}", false, NULL, NULL, NULL},
		{"{}", "[]", false, NULL, NULL, "(array, not object)"},
		{"{\"id\":\"{{save:ID}}\"}", "{\"id\":42}", true, "ID", "42", NULL},
		{"{\"p\":\"{{save:P}}\"}", "{\"p\":0.25}", true, "P", "0.25", NULL},
		{"{\"t\":\"{{save:T}}\"}", "{\"t\":\"a b\"}", true, "T", "a b", NULL},
		{"{\"o\":\"{{save:O}}\"}", "{\"o\":{\"k\":[1,null]}}", true, "O",
		 "{\"k\":[1,null]}", NULL},
		{"[\"{{save:FIRST}}\",\"{{...}}\"]", "[\"x\",\"y\"]", true, "FIRST", "x", NULL},
		{"{\"t\":\"a{{save:T}}\"}", "{\"t\":\"ab\"}", false, NULL, NULL, NULL},
	};

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct vars vs = VARS_INIT;
		struct buf why = BUF_INIT, path = BUF_INIT, what = BUF_INIT;
		json_t *exp = json_loads(cases[i].exp, JSON_DECODE_ANY, NULL);
		json_t *act = json_loads(cases[i].act, JSON_DECODE_ANY | JSON_ALLOW_NUL, NULL);
		bool got;

		buf_addf(&what, "match %s against %s", cases[i].exp, cases[i].act);
		if (!exp || !act) {
			st_check(t, false, what.data, "example does not parse");
		} else {
			buf_adds(&path, "$");
			got = match_json(&vs, exp, act, &path, &why);
			st_check(t, got == cases[i].ok, what.data, buf_str(&why));
			st_check(t, strcmp(buf_str(&path), "$") == 0, what.data, "path not restored");
			if (cases[i].var) {
				const char *v = vars_get(&vs, cases[i].var, strlen(cases[i].var));

				st_check(t, v && strcmp(v, cases[i].value) == 0, what.data,
					 v ? v : "nothing captured");
			}
			if (cases[i].why_has)
				st_check(t, strstr(buf_str(&why), cases[i].why_has) != NULL,
					 what.data, buf_str(&why));
		}
		json_decref(exp);
		json_decref(act);
		vars_release(&vs);
		buf_release(&why);
		buf_release(&path);
		buf_release(&what);
	}
}

static void selftest_subst(struct selftest *t)
{
	static const struct {
		const char *in, *out; /* out NULL: must fail */
	} cases[] = {
		{"a{{X}}b", "a7b"},
		{"{{S}} {{S}}", "hello hello"},
		{"{\"id\":{{X}}}", "{\"id\":7}"},
		{"{{save:Y}} {{any}} {{absent}} {{...}}", "{{save:Y}} {{any}} {{absent}} {{...}}"},
		{"{\"a\":{\"b\":1}}", "{\"a\":{\"b\":1}}"},
		{"{{ not a name }}", "{{ not a name }}"},
		{"{{", "{{"},
		{"}}{{X}}", "}}7"},
		{"{{NOPE}}", NULL},
	};
	struct vars vs = VARS_INIT;

	vars_set(&vs, "X", 1, "7", 1);
	vars_set(&vs, "S", 1, "hello", 5);
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct buf out = BUF_INIT, why = BUF_INIT, what = BUF_INIT;
		bool ok = subst(&vs, cases[i].in, &out, &why);

		buf_addf(&what, "subst %s", cases[i].in);
		if (cases[i].out)
			st_check(t, ok && strcmp(buf_str(&out), cases[i].out) == 0, what.data,
				 ok ? buf_str(&out) : buf_str(&why));
		else
			st_check(t, !ok && strstr(buf_str(&why), "NOPE") != NULL, what.data,
				 buf_str(&why));
		buf_release(&out);
		buf_release(&why);
		buf_release(&what);
	}
	vars_release(&vs);
}

static void selftest_glob(struct selftest *t)
{
	static const struct {
		const char *pat, *text;
		bool ok;
		const char *c0, *c1; /* expected captures, or NULL */
	} cases[] = {
		{"application/json", "application/json", true, NULL, NULL},
		{"application/json", "application/json; charset=utf-8", false, NULL, NULL},
		{"application/json{{any}}", "application/json; charset=utf-8", true, NULL, NULL},
		{"{{save:E}}", "\"abc\"", true, "\"abc\"", NULL},
		{"\"{{save:E}}\"", "\"abc\"", true, "abc", NULL},
		{"\"{{save:E}}\"", "W/\"abc\"", false, NULL, NULL},
		{"grip_session={{save:C}};{{any}}", "grip_session=xyz; HttpOnly; Path=/", true, "xyz",
		 NULL},
		{"{{save:A}}={{save:B}}", "k=v=w", true, "k", "v=w"},
		{"{{any}}HttpOnly{{any}}", "a=b; Path=/; HttpOnly", true, NULL, NULL},
		{"{{any}}Secure{{any}}", "a=b; Path=/; HttpOnly", false, NULL, NULL},
		{"", "", true, NULL, NULL},
	};

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct hmatch hm;
		struct buf what = BUF_INIT;
		bool ok;

		memset(&hm, 0, sizeof hm);
		ok = glob_match(cases[i].pat, cases[i].text, &hm, 0);
		buf_addf(&what, "header pattern %s against %s", cases[i].pat, cases[i].text);
		st_check(t, ok == cases[i].ok, what.data, NULL);
		if (ok && cases[i].c0)
			st_check(t, hm.n >= 1 && hm.caps[0].vlen == strlen(cases[i].c0) &&
					    memcmp(hm.caps[0].val, cases[i].c0, hm.caps[0].vlen) == 0,
				 what.data, "first capture");
		if (ok && cases[i].c1)
			st_check(t, hm.n >= 2 && hm.caps[1].vlen == strlen(cases[i].c1) &&
					    memcmp(hm.caps[1].val, cases[i].c1, hm.caps[1].vlen) == 0,
				 what.data, "second capture");
		buf_release(&what);
	}
}

static void selftest_body(struct selftest *t)
{
	static const struct {
		const char *lines[4];
		const char *out; /* NULL: must fail */
		size_t len;
	} cases[] = {
		{{"{\"a\":1}", NULL}, "{\"a\":1}", 7},
		{{"{", "  \"a\": 1", "}", NULL}, "{\n  \"a\": 1\n}", 12},
		{{"@bytes 5", NULL}, "aaaaa", 5},
		{{"@hex 7b 22 ff", NULL}, "{\"\xff", 3},
		{{"{\"a\":\"", "@hex c3", "\"}", NULL}, "{\"a\":\"\xc3\"}", 9},
		{{"@hex 00", NULL}, "\0", 1},
		{{"@hex 7", NULL}, NULL, 0},
		{{"@bytes x", NULL}, NULL, 0},
		{{"@bytes 99999999999", NULL}, NULL, 0},
	};

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct lines ls = {NULL, 0, 0};
		struct buf out = BUF_INIT, why = BUF_INIT, what = BUF_INIT;
		bool ok;

		for (size_t j = 0; j < 4 && cases[i].lines[j]; j++)
			lines_push(&ls, (char *)cases[i].lines[j], (int)j + 1);
		ok = body_build(&ls, &out, &why);
		buf_addf(&what, "body %s", cases[i].lines[0]);
		if (cases[i].out)
			st_check(t, ok && out.len == cases[i].len &&
					    memcmp(out.data, cases[i].out, out.len) == 0,
				 what.data, buf_str(&why));
		else
			st_check(t, !ok, what.data, "accepted");
		lines_release(&ls);
		buf_release(&out);
		buf_release(&why);
		buf_release(&what);
	}
	{
		struct lines ls = {NULL, 0, 0};
		struct buf out = BUF_INIT, why = BUF_INIT;

		lines_push(&ls, "@bytes 2097152", 1);
		st_check(t, body_build(&ls, &out, &why) && out.len == 2097152 &&
				    out.data[0] == 'a' && out.data[2097151] == 'a',
			 "body @bytes 2097152", buf_str(&why));
		lines_release(&ls);
		buf_release(&out);
		buf_release(&why);
	}
}

static void selftest_parse(struct selftest *t)
{
	static const char good[] =
		"# a comment\n"
		"$ grip init --org Acme => ORG\n"
		"$? false\n"
		"\n"
		"### create an objective\n"
		"POST /api/v1/orgs/acme/objectives\r\n"
		"Authorization: Bearer {{ADMIN}}\n"
		"If-Match: {{ETAG}}\n"
		"\n"
		"{\"title\":\"Ship\",\n"
		" \"cycle\":\"2026-Q4\"}\n"
		"=== 201\n"
		"< ETag: {{save:ETAG}}\n"
		"< Location: *\n"
		"{\"id\":\"{{save:OBJ}}\",\n"
		"# a comment inside\n"
		" \"title\":\"Ship\"}\n"
		"\n"
		"!restart\n"
		"### no headers, no body\n"
		"GET /healthz\n"
		"=== 200 raw\n"
		"#not a comment in raw\n"
		"\n"
		"### empty expectation\n"
		"DELETE /x\n"
		"=== 204\n"
		"$ echo a => B\n";
	static const struct {
		const char *text, *why_has;
	} bad[] = {
		{"### t\nGET /x\n{\"a\":1}\n", "Name: value"},
		{"### t\nGET /x\n\n{\"a\":1}\n", "no \"=== STATUS\" line"},
		{"### t\nGET /x\n=== 2000\n", "=== STATUS"},
		{"### t\nGET /x\n=== 200 json\n", "=== STATUS"},
		{"### t\n=== 200\n", "no request line"},
		{"### t\nGET\n=== 200\n", "METHOD /path"},
		{"stray text\n", "outside a block"},
		{"!reboot\n", "unknown directive"},
		{"$ echo => any\n", "cannot be a variable"},
		{"$x\n", "\"$ \""},
		{"### t\nGET /x\n=== 200\n< ETag\n", "< Name: value"},
	};
	struct case_file cf = CASE_FILE_INIT;
	struct buf why = BUF_INIT;
	bool ok = case_parse(&cf, xstrdup(good), &why);

	st_check(t, ok, "parse the good example", buf_str(&why));
	if (ok && cf.n == 7) {
		const struct step *s = cf.steps;

		st_check(t, s[0].kind == STEP_SHELL && strcmp(s[0].command, "grip init --org Acme") == 0 &&
				    s[0].capture && strcmp(s[0].capture, "ORG") == 0 && !s[0].any_exit,
			 "parse: command with capture", s[0].command);
		st_check(t, s[1].kind == STEP_SHELL && s[1].any_exit && !s[1].capture &&
				    strcmp(s[1].command, "false") == 0,
			 "parse: $? command", NULL);
		st_check(t, s[2].kind == STEP_HTTP && strcmp(s[2].title, "create an objective") == 0 &&
				    strcmp(s[2].request.text, "POST /api/v1/orgs/acme/objectives") ==
					    0 &&
				    s[2].headers.n == 2 && s[2].body.n == 2 && s[2].status == 201 &&
				    !s[2].raw && s[2].exp_headers.n == 2 && s[2].exp_body.n == 2 &&
				    s[2].line == 5 && s[2].exp_body.v[1].no == 17,
			 "parse: full block", NULL);
		st_check(t, s[3].kind == STEP_RESTART, "parse: !restart", NULL);
		st_check(t, s[4].kind == STEP_HTTP && s[4].headers.n == 0 && s[4].body.n == 0 &&
				    s[4].raw && s[4].status == 200 && s[4].exp_body.n == 1,
			 "parse: raw block keeps # lines, drops trailing blanks", NULL);
		st_check(t, s[5].kind == STEP_HTTP && s[5].exp_body.n == 0 && s[5].status == 204,
			 "parse: block without expected body", NULL);
		st_check(t, s[6].kind == STEP_SHELL && strcmp(s[6].capture, "B") == 0,
			 "parse: command right after a block", NULL);
	} else if (ok) {
		char n[32];

		snprintf(n, sizeof n, "%zu steps", cf.n);
		st_check(t, false, "parse: 7 steps", n);
	}
	case_file_release(&cf);
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		buf_reset(&why);
		ok = case_parse(&cf, xstrdup(bad[i].text), &why);
		st_check(t, !ok && strstr(buf_str(&why), bad[i].why_has) != NULL, bad[i].text,
			 ok ? "accepted" : buf_str(&why));
		case_file_release(&cf);
	}
	buf_release(&why);
}

static int selftest(void)
{
	struct selftest t = {0, 0};

	selftest_match(&t);
	selftest_subst(&t);
	selftest_glob(&t);
	selftest_body(&t);
	selftest_parse(&t);
	printf("selftest: %d passed, %d failed\n", t.passed, t.failed);
	return t.failed ? 1 : 0;
}

/* ---- main ---- */

static int usage(void)
{
	fputs("usage: api-runner [--record FILE] GRIP_BIN CASE.api...\n"
	      "       api-runner --selftest\n",
	      stderr);
	return 2;
}

int main(int argc, char **argv)
{
	struct runner r = {NULL, NULL, NULL, false};
	struct buf why = BUF_INIT, name = BUF_INIT;
	const char *record = NULL;
	int i = 1, passed = 0, failed = 0;

	if (argc == 2 && strcmp(argv[1], "--selftest") == 0)
		return selftest();
	if (i + 1 < argc && strcmp(argv[i], "--record") == 0) {
		record = argv[i + 1];
		i += 2;
	}
	if (argc - i < 1 || argv[i][0] == '-')
		return usage();
	signal(SIGPIPE, SIG_IGN);
	if (record && !(r.record = fopen(record, "a"))) {
		fprintf(stderr, "api-runner: %s: %s\n", record, strerror(errno));
		return 2;
	}
	if (curl_global_init(CURL_GLOBAL_DEFAULT) != 0) {
		fputs("api-runner: curl_global_init failed\n", stderr);
		runner_release(&r);
		return 2;
	}
	r.keep = getenv("GRIP_API_KEEP") && *getenv("GRIP_API_KEEP");
	if (!runner_setup(&r, argv[i], &why)) {
		fprintf(stderr, "api-runner: %s\n", buf_str(&why));
		runner_release(&r);
		curl_global_cleanup();
		buf_release(&why);
		return 2;
	}
	for (int c = i + 1; c < argc; c++) {
		buf_reset(&why);
		case_name(argv[c], &name);
		if (run_case(&r, argv[c], c - i, &why)) {
			passed++;
			printf("PASS %s\n", name.data);
		} else {
			failed++;
			printf("FAIL %s\n", name.data);
			print_indented(buf_str(&why));
		}
		fflush(stdout);
	}
	printf("api: %d passed, %d failed\n", passed, failed);
	runner_release(&r);
	curl_global_cleanup();
	buf_release(&why);
	buf_release(&name);
	return failed ? 1 : 0;
}
