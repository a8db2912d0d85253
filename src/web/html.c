/*
 * html.c — the escaping HTML writer (see html.h). html_f walks the format
 * itself: the literal runs are copied as markup, each %s argument is
 * escaped, and numeric conversions are handed one at a time to snprintf
 * with the argument type the conversion names.
 */
#include "web/html.h"

#include "util/arena.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

void html_markup(struct html *h, const char *markup, size_t len)
{
	sb_add(&h->sb, markup, len);
}

void html_text(struct html *h, const char *text)
{
	if (!text)
		return;
	const char *run = text;
	for (const char *p = text; *p; p++) {
		const char *rep;
		switch (*p) {
		case '&': rep = "&amp;"; break;
		case '<': rep = "&lt;"; break;
		case '>': rep = "&gt;"; break;
		case '"': rep = "&quot;"; break;
		case '\'': rep = "&#39;"; break;
		default: continue;
		}
		sb_add(&h->sb, run, (size_t)(p - run));
		sb_adds(&h->sb, rep);
		run = p + 1;
	}
	sb_adds(&h->sb, run);
}

/* One numeric conversion: spec is "%...X" with its length modifiers. */
static void numeric(struct html *h, const char *spec, size_t len, va_list *ap)
{
	char fmt[16], out[64];
	if (len >= sizeof fmt) {
		h->sb.failed = true;
		return;
	}
	memcpy(fmt, spec, len);
	fmt[len] = '\0';
	char conv = spec[len - 1];
	bool ll = strstr(fmt, "ll") != NULL, l = !ll && strchr(fmt, 'l') != NULL, z = strchr(fmt, 'z') != NULL;
	int n;
	switch (conv) {
	case 'd': case 'i':
		n = ll ? snprintf(out, sizeof out, fmt, va_arg(*ap, long long))
		  : l  ? snprintf(out, sizeof out, fmt, va_arg(*ap, long))
		  : z  ? snprintf(out, sizeof out, fmt, va_arg(*ap, size_t))
		       : snprintf(out, sizeof out, fmt, va_arg(*ap, int));
		break;
	case 'u': case 'x':
		n = ll ? snprintf(out, sizeof out, fmt, va_arg(*ap, unsigned long long))
		  : l  ? snprintf(out, sizeof out, fmt, va_arg(*ap, unsigned long))
		  : z  ? snprintf(out, sizeof out, fmt, va_arg(*ap, size_t))
		       : snprintf(out, sizeof out, fmt, va_arg(*ap, unsigned));
		break;
	case 'f': case 'g': case 'e':
		n = snprintf(out, sizeof out, fmt, va_arg(*ap, double));
		break;
	default:
		h->sb.failed = true; /* a conversion this writer does not take */
		return;
	}
	if (n < 0 || (size_t)n >= sizeof out)
		h->sb.failed = true;
	else
		sb_add(&h->sb, out, (size_t)n);
}

void html_f(struct html *h, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	const char *run = fmt;
	for (const char *p = fmt; *p; p++) {
		if (*p != '%')
			continue;
		sb_add(&h->sb, run, (size_t)(p - run));
		const char *spec = p++;
		if (*p == '%') {
			sb_addc(&h->sb, '%');
		} else {
			p += strspn(p, "-+ #0123456789.");
			p += strspn(p, "hlzjt");
			if (*p == 's')
				html_text(h, va_arg(ap, const char *));
			else if (*p)
				numeric(h, spec, (size_t)(p - spec + 1), &ap);
			else { /* a format ending in a bare %: a mistake in the source */
				h->sb.failed = true;
				break;
			}
		}
		run = p + 1;
	}
	if (!h->sb.failed)
		sb_adds(&h->sb, run);
	va_end(ap);
}

static bool starts(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

void html_href(struct html *h, const char *url)
{
	bool safe = url && (starts(url, "https://") || starts(url, "http://") || starts(url, "mailto:") ||
			    (url[0] == '/' && url[1] != '/'));
	html_raw(h, " href=\"");
	html_text(h, safe ? url : "#");
	html_raw(h, "\"");
}

static void url_encode(struct sb *sb, const char *value)
{
	static const char hex[] = "0123456789ABCDEF";
	for (const unsigned char *p = (const unsigned char *)(value ? value : ""); *p; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
		    strchr("-._~", *p)) {
			sb_addc(sb, (char)*p);
		} else {
			char esc[3] = { '%', hex[*p >> 4], hex[*p & 15] };
			sb_add(sb, esc, 3);
		}
	}
}

void html_url_part(struct html *h, const char *value)
{
	url_encode(&h->sb, value);
}

const char *html_url_text(struct arena *a, const char *value)
{
	struct sb sb = SB_INIT;
	url_encode(&sb, value);
	const char *out = sb.failed ? NULL : arena_strdup(a, sb.buf ? sb.buf : "");
	sb_release(&sb);
	return out ? out : "";
}

bool html_failed(const struct html *h)
{
	return h->sb.failed;
}

void html_release(struct html *h)
{
	sb_release(&h->sb);
}
