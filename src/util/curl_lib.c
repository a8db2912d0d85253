/*
 * curl_lib.c — loading libcurl with dlopen (curl_lib.h): the one place
 * that names its shared library and looks up its functions.
 */
#include "util/curl_lib.h"

#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

int curl_lib_open(struct curl_lib *l, char *err, size_t errlen)
{
	memset(l, 0, sizeof *l);
	void *h = dlopen(CURL_LIB_NAME, RTLD_NOW | RTLD_LOCAL);
	if (!h) {
		snprintf(err, errlen, "cannot load libcurl (%s): %s", CURL_LIB_NAME, dlerror());
		return -1;
	}
	struct { const char *name; void **to; } syms[] = {
		{ "curl_global_init", (void **)&l->global_init },
		{ "curl_global_cleanup", (void **)&l->global_cleanup },
		{ "curl_easy_init", (void **)&l->easy_init },
		{ "curl_easy_cleanup", (void **)&l->easy_cleanup },
		{ "curl_easy_reset", (void **)&l->easy_reset },
		{ "curl_easy_setopt", (void **)&l->easy_setopt },
		{ "curl_easy_perform", (void **)&l->easy_perform },
		{ "curl_easy_getinfo", (void **)&l->easy_getinfo },
		{ "curl_easy_strerror", (void **)&l->easy_strerror },
		{ "curl_easy_escape", (void **)&l->easy_escape },
		{ "curl_free", (void **)&l->free },
		{ "curl_slist_append", (void **)&l->slist_append },
		{ "curl_slist_free_all", (void **)&l->slist_free_all },
	};
	for (size_t i = 0; i < sizeof syms / sizeof syms[0]; i++) {
		if (!(*syms[i].to = dlsym(h, syms[i].name))) {
			snprintf(err, errlen, "cannot load libcurl (%s): %s", CURL_LIB_NAME, dlerror());
			dlclose(h);
			memset(l, 0, sizeof *l);
			return -1;
		}
	}
	/* Since 7.84 libcurl initialises itself thread-safely; older ones ask
	 * that no other thread runs libcurl meanwhile, which holds here: the
	 * server's other threads never call it. */
	if (l->global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
		snprintf(err, errlen, "cannot initialise libcurl");
		dlclose(h);
		memset(l, 0, sizeof *l);
		return -1;
	}
	l->handle = h;
	return 0;
}

void curl_lib_close(struct curl_lib *l)
{
	if (!l->handle)
		return;
	l->global_cleanup();
	dlclose(l->handle);
	memset(l, 0, sizeof *l);
}
