/*
 * api_calendar.c — the API's calendar feed routes: whether the signed-in
 * person has a feed, a new one (its address answered once), revoking it,
 * and the events it holds as JSON. The feed itself is served to calendar
 * programs by the web face (page_calendar.c).
 */
#include "api/api.h"

static json_t *calendar_state(bool on)
{
	return json_pack("{sb}", "calendar", on);
}

int api_get_calendar(struct api_request *r)
{
	bool on;
	if (grip_calendar_active(r->g, &on) < 0)
		return -1;
	return api_ok(r, calendar_state(on));
}

int api_add_calendar(struct api_request *r)
{
	const char *path;
	bool replaced;
	if (grip_calendar_create(r->g, &path, &replaced) < 0)
		return -1;
	return api_ok(r, json_pack("{sb ss sb}", "calendar", 1, "path", path, "replaced", replaced));
}

int api_revoke_calendar(struct api_request *r)
{
	if (grip_calendar_revoke(r->g) < 0)
		return -1;
	r->no_content = true;
	return 0;
}

int api_calendar_events(struct api_request *r)
{
	struct grip_calendar_event **es;
	size_t n;
	if (grip_calendar_events(r->g, &es, &n) < 0)
		return -1;
	json_t *items = json_array();
	for (size_t i = 0; items && i < n; i++)
		json_array_append_new(items, grip_calendar_event_json(es[i]));
	return api_list(r, items);
}
