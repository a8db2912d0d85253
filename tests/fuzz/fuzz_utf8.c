/*
 * fuzz_utf8.c — libFuzzer target: the UTF-8 checks (util/utf8.c) and the
 * text check every stored string passes (grip_check_text). The input's
 * first byte chooses a limit, the rest is the text.
 *
 * Invariants:
 *  1. utf8_valid agrees with a decoder written here from RFC 3629 (decode
 *     each sequence, refuse overlong forms, surrogates and anything above
 *     U+10FFFF).
 *  2. On valid text, utf8_width counts the code points the decoder found,
 *     and utf8_prefix cuts at a character boundary, keeping at most the
 *     points asked for and all of them when there are fewer.
 *  3. grip_check_text accepts only valid UTF-8 within its byte limit with
 *     no control character (C0 but tab, newline and carriage return; DEL;
 *     C1, U+0080..U+009F), and not
 *     blank when required; what it refuses it refuses in valid UTF-8,
 *     naming the field.
 */
#include "fuzz.h"

#include "core/grip.h"
#include "util/utf8.h"

/* Decodes one sequence at p (n bytes left): its length, or 0 when it is
 * not a well-formed sequence. *cp is the code point. */
static size_t decode(const unsigned char *p, size_t n, uint32_t *cp)
{
	size_t len;
	uint32_t min;
	if (p[0] < 0x80) {
		*cp = p[0];
		return 1;
	} else if ((p[0] & 0xE0) == 0xC0) {
		len = 2, min = 0x80, *cp = p[0] & 0x1F;
	} else if ((p[0] & 0xF0) == 0xE0) {
		len = 3, min = 0x800, *cp = p[0] & 0x0F;
	} else if ((p[0] & 0xF8) == 0xF0) {
		len = 4, min = 0x10000, *cp = p[0] & 0x07;
	} else {
		return 0;
	}
	if (n < len)
		return 0;
	for (size_t i = 1; i < len; i++) {
		if ((p[i] & 0xC0) != 0x80)
			return 0;
		*cp = *cp << 6 | (p[i] & 0x3F);
	}
	if (*cp < min || *cp > 0x10FFFF || (*cp >= 0xD800 && *cp <= 0xDFFF))
		return 0;
	return len;
}

/* Code points in s[0..len), or -1 when it is not valid UTF-8. */
static long points_of(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	long points = 0;
	for (size_t i = 0; i < len; points++) {
		uint32_t cp;
		size_t k = decode(p + i, len - i, &cp);
		if (!k)
			return -1;
		i += k;
	}
	return points;
}

static void check_text(const char *s, size_t max, bool required)
{
	struct arena arena = ARENA_INIT;
	struct grip g;
	grip_init(&g, NULL, &arena, 0);
	size_t len = strlen(s);
	bool valid = points_of(s, len) >= 0;
	if (grip_check_text(&g, "title", s, max, required) == 0) {
		FUZZ_CHECK(valid && len <= max, "took %zu bytes (max %zu)", len, max);
		bool blank = true;
		for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
			FUZZ_CHECK(*p >= 0x20 || *p == '\t' || *p == '\n' || *p == '\r', "took control 0x%02x", *p);
			FUZZ_CHECK(*p != 0x7F, "took DEL");
			FUZZ_CHECK(!(p[0] == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F), "took C1 control U+00%02X", p[1]);
			if (*p != ' ' && *p != '\t' && *p != '\n')
				blank = false;
		}
		FUZZ_CHECK(!required || !blank, "took blank text as required");
	} else {
		FUZZ_CHECK(g.err.code == GRIP_EINVAL && strcmp(g.err.field, "title") == 0, "code %d field %s",
			   g.err.code, g.err.field);
		FUZZ_CHECK(g.err.message[0] && utf8_valid(g.err.message, strlen(g.err.message)),
			   "message \"%s\"", g.err.message);
	}
	arena_release(&arena);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	size_t k = data[0];
	const char *text = (const char *)data + 1;
	size_t len = size - 1;

	long points = points_of(text, len);
	FUZZ_CHECK(utf8_valid(text, len) == (points >= 0), "utf8_valid says %d, the decoder %ld points",
		   utf8_valid(text, len), points);

	char *s = fuzz_string(data + 1, len); /* up to a NUL, as C callers see it */
	size_t slen = strlen(s);
	long spoints = points_of(s, slen);
	if (spoints >= 0) {
		FUZZ_CHECK(utf8_width(s) == (size_t)spoints, "width %zu, %ld points", utf8_width(s), spoints);
		size_t cut = utf8_prefix(s, k);
		FUZZ_CHECK(cut <= slen, "prefix %zu of %zu bytes", cut, slen);
		long kept = points_of(s, cut);
		FUZZ_CHECK(kept >= 0, "prefix of %zu points cuts a character (%zu bytes)", k, cut);
		FUZZ_CHECK((size_t)kept == ((size_t)spoints < k ? (size_t)spoints : k), "prefix of %zu points keeps %ld of %ld",
			   k, kept, spoints);
	}
	check_text(s, k * 4, k & 1);
	free(s);
	return 0;
}
