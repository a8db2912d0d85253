/*
 * message.c — the words of messages people receive, read from data files
 * (lexicon/<locale>/messages.txt, built into the binary), so that a
 * reminder speaks the organisation's language. One message a line:
 *
 *   KEY = TEXT       {name} in TEXT is filled in; \n is a new line
 *   # a comment
 *
 * A locale reads its own file first, then its language's ("de" for
 * "de-AT"), then English: a translation may leave keys out. Dates are
 * written with the locale's "date" pattern and its day and month names.
 */
#include "core/internal.h"

#include <stdio.h>
#include <string.h>

#include "util/date.h"
#include "util/embedded.h"
#include "util/sb.h"

#define MESSAGE_LAYERS 3

struct message_line {
	const char *key, *text;
};

struct message_table {
	struct message_line *lines;
	size_t n;
};

struct grip_messages {
	struct message_table layers[MESSAGE_LAYERS]; /* the locale, its language, English */
	size_t n;
	const char *locale;
};

static char *trim(char *s, char *end)
{
	while (s < end && (*s == ' ' || *s == '\t'))
		s++;
	while (end > s && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r'))
		end--;
	*end = '\0';
	return s;
}

/* The file of one locale into t; a locale without a file leaves t empty. */
static int table_load(struct grip *g, const char *locale, const char *file, struct message_table *t)
{
	char name[64];
	*t = (struct message_table){ 0 };
	snprintf(name, sizeof name, "lexicon/%.20s/%.20s.txt", locale, file);
	const struct embedded_file *f = embedded_find(name);
	if (!f)
		return 0;
	char *text = arena_strndup(g->arena, (const char *)f->data, f->len);
	size_t cap = 0;
	if (!text)
		return grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	int line = 0;
	for (char *p = text; *p;) {
		char *nl = strchr(p, '\n'), *end = nl ? nl : p + strlen(p);
		char *next = nl ? nl + 1 : end;
		line++;
		char *s = trim(p, end);
		p = next;
		if (!*s || *s == '#')
			continue;
		char *eq = strchr(s, '=');
		if (!eq)
			return grip_fail(g, GRIP_EINVAL, "messages", "%s:%d: a message is KEY = TEXT", name, line);
		*eq = '\0';
		char *key = trim(s, eq), *val = trim(eq + 1, eq + 1 + strlen(eq + 1));
		if (!*key)
			return grip_fail(g, GRIP_EINVAL, "messages", "%s:%d: a message needs a key", name, line);
		if (t->n == cap) {
			size_t ncap = cap ? 2 * cap : 64;
			struct message_line *grown = grip_alloc(g, ncap * sizeof *grown);
			if (!grown)
				return -1;
			if (t->n)
				memcpy(grown, t->lines, t->n * sizeof *grown);
			t->lines = grown;
			cap = ncap;
		}
		t->lines[t->n++] = (struct message_line){ key, val };
	}
	return 0;
}

struct grip_messages *grip_messages_load(struct grip *g, const char *locale)
{
	return grip_messages_load_file(g, locale, "messages");
}

struct grip_messages *grip_messages_load_file(struct grip *g, const char *locale, const char *file)
{
	if (!locale) {
		struct grip_org *o = g->org_id ? grip_org_get(g, g->org_id) : NULL;
		locale = o && o->locale ? o->locale : "en";
	}
	struct grip_messages *m = grip_alloc(g, sizeof *m);
	if (!m)
		return NULL;
	m->locale = locale;
	char lang[16];
	snprintf(lang, sizeof lang, "%.*s", (int)strcspn(locale, "-_"), locale);
	const char *chain[MESSAGE_LAYERS] = { locale, lang, "en" };
	for (size_t i = 0; i < MESSAGE_LAYERS; i++) {
		bool seen = false;
		for (size_t k = 0; k < i; k++)
			seen = seen || strcmp(chain[k], chain[i]) == 0;
		if (seen)
			continue;
		if (table_load(g, chain[i], file, &m->layers[m->n]) < 0)
			return NULL;
		m->n++;
	}
	return m;
}

/* The text of key in one file, or NULL. */
static const char *table_text(const struct message_table *t, const char *key)
{
	for (size_t k = 0; k < t->n; k++)
		if (strcmp(t->lines[k].key, key) == 0)
			return t->lines[k].text;
	return NULL;
}

const char *grip_message_raw(const struct grip_messages *m, const char *key)
{
	for (size_t i = 0; i < m->n; i++) {
		const char *text = table_text(&m->layers[i], key);
		if (text)
			return text;
	}
	return NULL;
}

/* text with {name} of vars filled in and \n made a new line, into the arena. */
static const char *fill(struct grip *g, const char *text, const char *const *vars)
{
	struct sb out = SB_INIT;
	for (const char *p = text; *p;) {
		if (p[0] == '\\' && p[1] == 'n') {
			sb_addc(&out, '\n');
			p += 2;
			continue;
		}
		const char *close = *p == '{' ? strchr(p, '}') : NULL;
		bool done = false;
		for (size_t i = 0; close && vars && vars[i] && !done; i += 2) {
			size_t len = strlen(vars[i]);
			if ((size_t)(close - p - 1) == len && strncmp(p + 1, vars[i], len) == 0) {
				sb_adds(&out, vars[i + 1] ? vars[i + 1] : "");
				p = close + 1;
				done = true;
			}
		}
		if (!done)
			sb_addc(&out, *p++);
	}
	char *s = out.failed ? NULL : arena_strndup(g->arena, out.buf, out.len);
	sb_release(&out);
	if (!s)
		grip_fail(g, GRIP_ENOMEM, NULL, "out of memory");
	return s;
}

const char *grip_message(struct grip *g, const struct grip_messages *m, const char *key, const char *const *vars)
{
	const char *text = grip_message_raw(m, key);
	if (!text) {
		grip_fail(g, GRIP_EINVAL, "messages", "no message %s in %s or English", key, m->locale);
		return NULL;
	}
	return fill(g, text, vars);
}

const char *grip_message_variant(struct grip *g, const struct grip_messages *m, const char *key,
				 const char *variant, const char *const *vars)
{
	char full[128];
	snprintf(full, sizeof full, "%s.%s", key, variant);
	for (size_t i = 0; i < m->n; i++) {
		const char *text = table_text(&m->layers[i], key);
		if (text) {
			const char *other = table_text(&m->layers[i], full);
			return fill(g, other ? other : text, vars);
		}
	}
	return grip_message(g, m, key, vars);
}

const char *grip_message_date(struct grip *g, const struct grip_messages *m, int32_t day)
{
	int y, mo, d;
	date_to_civil(day, &y, &mo, &d);
	char wk[16], mk[16], ds[8], ys[8];
	snprintf(wk, sizeof wk, "weekday.%d", date_weekday(day));
	snprintf(mk, sizeof mk, "month.%d", mo);
	snprintf(ds, sizeof ds, "%d", d);
	snprintf(ys, sizeof ys, "%d", y);
	const char *weekday = grip_message_raw(m, wk), *month = grip_message_raw(m, mk);
	const char *pattern = grip_message_raw(m, "date");
	if (!weekday || !month || !pattern) {
		char iso[DATE_LEN];
		date_format(day, iso);
		return grip_strdup(g, iso);
	}
	const char *vars[] = { "weekday", weekday, "day", ds, "month", month, "year", ys, NULL };
	return fill(g, pattern, vars);
}
