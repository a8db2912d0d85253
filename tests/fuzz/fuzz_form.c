/*
 * fuzz_form.c — libFuzzer target: the web face's form body parser
 * (web_parse_form, application/x-www-form-urlencoded, as every POST of a
 * page sends it). The input is the body.
 *
 * Invariants:
 *  1. A body is taken exactly when each of its non-empty '&'-separated
 *     parts decodes ('+' to a space, %XX to its byte) to valid UTF-8
 *     without a NUL, and there are at most WEB_MAX_FIELDS of them; it then
 *     has one field per part, in order.
 *  2. Every name and value taken is valid UTF-8.
 *  3. Encoding the fields again and parsing that gives the same fields.
 */
#include "fuzz.h"

#include "util/sb.h"
#include "util/utf8.h"
#include "web/web.h"

static int hex(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Does s[0..len) decode to valid UTF-8 without a NUL? The reference for
 * one name or value. */
static bool decodes(const char *s, size_t len)
{
	char *out = malloc(len + 1);
	size_t n = 0;
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '+')
			out[n++] = ' ';
		else if (s[i] == '%' && i + 2 < len && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0)
			out[n++] = (char)(hex(s[i + 1]) * 16 + hex(s[i + 2])), i += 2;
		else
			out[n++] = s[i];
	}
	bool ok = !memchr(out, '\0', n) && utf8_valid(out, n);
	free(out);
	return ok;
}

/* What the parser should make of body: the number of fields, or -1. */
static int expected_fields(const char *body, size_t len)
{
	int parts = 0;
	const char *p = body, *end = body + len;
	while (p < end) {
		const char *amp = memchr(p, '&', (size_t)(end - p));
		const char *stop = amp ? amp : end;
		if (stop > p) {
			const char *eq = memchr(p, '=', (size_t)(stop - p));
			const char *name_end = eq ? eq : stop, *value = eq ? eq + 1 : stop;
			if (++parts > WEB_MAX_FIELDS || !decodes(p, (size_t)(name_end - p)) ||
			    !decodes(value, (size_t)(stop - value)))
				return -1;
		}
		p = stop + 1;
	}
	return parts;
}

static void encode(struct sb *out, const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9'))
			sb_add(out, (const char *)p, 1);
		else if (*p == ' ')
			sb_add(out, "+", 1);
		else
			sb_addf(out, "%%%02X", *p);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena arena = ARENA_INIT;
	struct grip g;
	grip_init(&g, NULL, &arena, 0);
	struct web_request *r = calloc(1, sizeof *r), *again = calloc(1, sizeof *again);
	r->g = again->g = &g;
	/* The body as the server holds it: its bytes, not a C string. */
	char *body = malloc(size ? size : 1);
	if (size)
		memcpy(body, data, size);

	int want = expected_fields(body, size);
	int rc = web_parse_form(r, body, size);
	FUZZ_CHECK((rc == 0) == (want >= 0), "parse says %d, expected %d fields", rc, want);
	if (rc == 0) {
		FUZZ_CHECK(r->nform == want, "%d fields, expected %d", r->nform, want);
		struct sb enc = SB_INIT;
		for (int i = 0; i < r->nform; i++) {
			const char *name = r->form[i].name, *value = r->form[i].value;
			FUZZ_CHECK(utf8_valid(name, strlen(name)) && utf8_valid(value, strlen(value)), "field %d", i);
			if (i)
				sb_add(&enc, "&", 1);
			encode(&enc, name);
			sb_add(&enc, "=", 1);
			encode(&enc, value);
		}
		FUZZ_CHECK(!enc.failed, "encoding failed");
		int rc2 = web_parse_form(again, enc.buf ? enc.buf : "", enc.len);
		FUZZ_CHECK(rc2 == 0, "the fields encoded again do not parse: %.200s", enc.buf);
		/* Empty parts ("a&&b", "&") are skipped; an empty name with an
		 * empty value ("=") is a field and comes back as one. */
		FUZZ_CHECK(again->nform == r->nform, "%d fields, then %d", r->nform, again->nform);
		for (int i = 0; i < r->nform; i++)
			FUZZ_CHECK(strcmp(r->form[i].name, again->form[i].name) == 0 &&
					   strcmp(r->form[i].value, again->form[i].value) == 0,
				   "field %d: %s=%s, then %s=%s", i, r->form[i].name, r->form[i].value,
				   again->form[i].name, again->form[i].value);
		sb_release(&enc);
	}
	free(body);
	free(r);
	free(again);
	arena_release(&arena);
	return 0;
}
