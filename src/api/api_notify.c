/*
 * api_notify.c — handlers for the signed-in person's in-app notifications:
 * the list (newest first, paged, with the unread count) and marking read.
 */
#include "api/api.h"

#include <string.h>

int api_list_notifications(struct api_request *r)
{
	const char *u = api_query(r, "unread");
	if (u && strcmp(u, "true") != 0 && strcmp(u, "false") != 0)
		return grip_fail(r->g, GRIP_EINVAL, "unread", "must be true or false");
	size_t offset, limit, n, total;
	int64_t unread;
	struct grip_notification **ns;
	if (api_page_of(r, &offset, &limit) < 0 ||
	    grip_notifications_mine(r->g, u && strcmp(u, "true") == 0, offset, limit, &ns, &n, &total) < 0 ||
	    grip_notifications_unread(r->g, &unread) < 0)
		return -1;
	json_t *items = json_array();
	for (size_t i = 0; items && i < n; i++)
		json_array_append_new(items, grip_notification_json(ns[i]));
	if (api_page(r, items, offset, total) < 0)
		return -1;
	json_object_set_new(r->result, "unread", json_integer(unread));
	return 0;
}

int api_read_notifications(struct api_request *r)
{
	static const char *const fields[] = { "ids", "all", NULL };
	bool all = false, has_all;
	if (in_only(r, fields) < 0 || in_bool(r, "all", &all, &has_all) < 0)
		return -1;
	json_t *a = json_object_get(r->body, "ids");
	size_t n = a && !json_is_null(a) ? json_array_size(a) : 0;
	if (a && !json_is_null(a) && !json_is_array(a))
		return grip_fail(r->g, GRIP_EINVAL, "ids", "must be an array of notification ids");
	if (n > API_LIST_MAX)
		return grip_fail(r->g, GRIP_EINVAL, "ids", "at most %d at once", API_LIST_MAX);
	int64_t *ids = n ? arena_calloc(r->g->arena, n, sizeof *ids) : NULL;
	if (n && !ids)
		return grip_fail(r->g, GRIP_ENOMEM, NULL, "out of memory");
	for (size_t i = 0; i < n; i++) {
		json_t *v = json_array_get(a, i);
		if (!json_is_integer(v) || json_integer_value(v) <= 0)
			return grip_fail(r->g, GRIP_EINVAL, "ids", "must be an array of notification ids");
		ids[i] = json_integer_value(v);
	}
	if (all && n)
		return grip_fail(r->g, GRIP_EINVAL, "ids", "give ids or \"all\": true, not both");
	size_t marked;
	int64_t unread;
	if (grip_notifications_read(r->g, ids, n, all, &marked) < 0 || grip_notifications_unread(r->g, &unread) < 0)
		return -1;
	return api_ok(r, json_pack("{sI sI}", "marked", (json_int_t)marked, "unread", (json_int_t)unread));
}
