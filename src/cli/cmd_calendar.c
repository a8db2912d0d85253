/*
 * cmd_calendar.c — `grip calendar [--rotate] [--revoke]`: the acting
 * person's calendar feed (a new address, shown once; a new one in place
 * of the old; or none), and `grip calendar events`: what the feed holds.
 * Locally cmd_, over the API rem_, one text form show_.
 */
#include "cli/cli.h"

#include <string.h>

#include "cli/remote.h"

/* What the flags ask: 0 make one if there is none, 1 rotate, 2 revoke. */
static int calendar_ask(struct cli *c, const struct cli_args *a, int *ask)
{
	bool rotate = arg_flag(a, "rotate"), revoke = arg_flag(a, "revoke");
	if (rotate && revoke) {
		return grip_fail(c->g, GRIP_EINVAL, "revoke", "--rotate and --revoke do not go together");
	}
	*ask = revoke ? 2 : rotate ? 1 : 0;
	return 0;
}

int cmd_calendar(struct cli *c, const struct cli_args *a, json_t **out)
{
	int ask, rc = calendar_ask(c, a, &ask);
	bool on, replaced;
	const char *path;
	if (rc < 0)
		return rc;
	if (ask == 2)
		return grip_calendar_revoke(c->g) < 0 ? -1 : cli_out(c, json_pack("{sb}", "calendar", 0), out);
	if (grip_calendar_active(c->g, &on) < 0)
		return -1;
	if (on && ask == 0)
		return cli_out(c, json_pack("{sb}", "calendar", 1), out);
	if (grip_calendar_create(c->g, &path, &replaced) < 0)
		return -1;
	return cli_out(c, json_pack("{sb ss sb}", "calendar", 1, "path", path, "replaced", replaced), out);
}

int rem_calendar(struct cli *c, const struct cli_args *a, json_t **out)
{
	int ask, rc = calendar_ask(c, a, &ask);
	if (rc < 0)
		return rc;
	if (ask == 2)
		return remote_call(c, "DELETE", "me/calendar", NULL) < 0
			       ? -1
			       : cli_out(c, json_pack("{sb}", "calendar", 0), out);
	if (ask == 0) {
		json_t *state;
		if (remote_call(c, "GET", "me/calendar", &state) < 0)
			return -1;
		if (json_is_true(json_object_get(state, "calendar")))
			return cli_out(c, json_pack("{sb}", "calendar", 1), out);
	}
	return remote_call(c, "POST", "me/calendar", out);
}

int show_calendar(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	const char *path = jget_str(j, "path");
	if (!jget_bool(j, "calendar"))
		cli_printf(c, "Your calendar feed is revoked: its address no longer answers.\n");
	else if (!path)
		cli_printf(c, "You have a calendar feed; its address was shown when it was made.\n"
			      "grip calendar --rotate gives it a new one (the old one stops), --revoke ends it.\n");
	else
		cli_printf(c, "%s\nAdd it to a calendar program after the server's address; it is shown this once:\n%s\n",
			   jget_bool(j, "replaced") ? "Your calendar feed has a new address; the old one no longer answers."
						    : "Your calendar feed is ready.",
			   path);
	return 0;
}

int cmd_calendar_events(struct cli *c, const struct cli_args *a, json_t **out)
{
	(void)a;
	struct grip_calendar_event **es;
	size_t n;
	if (grip_calendar_events(c->g, &es, &n) < 0)
		return -1;
	return cli_out(c, cli_array((void **)es, n, (json_t * (*)(const void *)) grip_calendar_event_json), out);
}

int rem_calendar_events(struct cli *c, const struct cli_args *a, json_t **out)
{
	(void)a;
	return remote_list(c, "me/calendar/events", out);
}

int show_calendar_events(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	static const char *const heads[] = { "DAY", "TIME", "WHAT" };
	struct table *t = table_new(c, 3, heads);
	size_t i;
	const json_t *e;
	json_array_foreach(j, i, e) {
		const char *time = jget_str(e, "time");
		int64_t days = json_integer_value(json_object_get(e, "days"));
		const char *when = time ? time : days == 1 ? "all day" : arena_printf(c->g->arena, "%lld days", (long long)days);
		table_add(t, jget_text(e, "day"), when, jget_text(e, "summary"));
	}
	table_print(t);
	return 0;
}
