/*
 * curl_lib.h — libcurl, loaded when first needed (dlopen) rather than
 * linked: it brings TLS and a dozen libraries whose start-up every local
 * command and the server would otherwise pay. Both users of HTTP and SMTP
 * (the CLI's --server client, src/cli/remote.c, and the sender of the
 * outbox, src/deliver) load it through here.
 *
 * Ownership: curl_lib_open fills a struct the caller owns (no state is
 * kept here) and curl_lib_close undoes it; each easy handle made through
 * it is the caller's to clean up before the close.
 */
#ifndef GRIP_UTIL_CURL_LIB_H
#define GRIP_UTIL_CURL_LIB_H

#include <curl/curl.h>
#include <stddef.h>

#define CURL_LIB_NAME "libcurl.so.4"

/* The libcurl functions grip uses, from the loaded library. */
struct curl_lib {
	void *handle; /* the dlopen'ed library; NULL when closed */
	CURLcode (*global_init)(long flags);
	void (*global_cleanup)(void);
	CURL *(*easy_init)(void);
	void (*easy_cleanup)(CURL *h);
	void (*easy_reset)(CURL *h);
	CURLcode (*easy_setopt)(CURL *h, CURLoption option, ...);
	CURLcode (*easy_perform)(CURL *h);
	CURLcode (*easy_getinfo)(CURL *h, CURLINFO info, ...);
	const char *(*easy_strerror)(CURLcode rc);
	char *(*easy_escape)(CURL *h, const char *s, int len);
	void (*free)(void *p);
	struct curl_slist *(*slist_append)(struct curl_slist *list, const char *line);
	void (*slist_free_all)(struct curl_slist *list);
};

/* Loads libcurl, finds its functions and initialises it: 0, or -1 with
 * the reason in err. */
int curl_lib_open(struct curl_lib *l, char *err, size_t errlen);
/* Releases what curl_lib_open took; a closed or never opened l is left be. */
void curl_lib_close(struct curl_lib *l);

#endif
