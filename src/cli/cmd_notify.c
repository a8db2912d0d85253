/*
 * cmd_notify.c — `grip notify ...`: the signed-in person's in-app
 * notifications (list, and marking them read); locally (cmd_), over the
 * API (rem_), and their one text form (show_). Both halves answer
 * {"items": [...], "unread": N} for a list and {"marked": N, "unread": N}
 * for marking.
 */
#include "cli/cli.h"

#include <string.h>

#include "cli/remote.h"

#define NOTIFY_LIST_DEFAULT 20
#define NOTIFY_LIST_MAX 100

static int limit_arg(struct cli *c, const struct cli_args *a, int64_t *limit)
{
	*limit = NOTIFY_LIST_DEFAULT;
	const char *s = arg_get(a, "limit");
	return s ? cli_int(c, "limit", s, 1, NOTIFY_LIST_MAX, limit) : 0;
}

int cmd_notify_list(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t limit, unread;
	struct grip_notification **ns;
	size_t n, total;
	if (limit_arg(c, a, &limit) < 0 ||
	    grip_notifications_mine(c->g, arg_flag(a, "unread"), 0, (size_t)limit, &ns, &n, &total) < 0 ||
	    grip_notifications_unread(c->g, &unread) < 0)
		return -1;
	json_t *items = json_array();
	for (size_t i = 0; items && i < n; i++)
		json_array_append_new(items, grip_notification_json(ns[i]));
	return cli_out(c, json_pack("{so sI}", "items", items, "unread", (json_int_t)unread), out);
}

int rem_notify_list(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t limit;
	json_t *page;
	if (limit_arg(c, a, &limit) < 0 ||
	    remote_call(c, "GET",
			remote_path(c, "notifications", "unread", arg_flag(a, "unread") ? "true" : NULL, "limit",
				    arena_printf(c->g->arena, "%lld", (long long)limit), NULL),
			&page) < 0)
		return -1;
	return cli_out(c, json_pack("{sO sO}", "items", json_object_get(page, "items"), "unread",
				    json_object_get(page, "unread")), out);
}

int show_notify_list(struct cli *c, const struct cli_args *a, const json_t *j)
{
	static const char *const heads[] = { "ID", "WHEN", "KIND", "SUBJECT", "READ" };
	const json_t *items = json_object_get(j, "items");
	int64_t unread = jget_id(j, "unread");
	if (!json_array_size(items)) {
		cli_printf(c, arg_flag(a, "unread") ? "No unread notifications.\n" : "No notifications.\n");
		return 0;
	}
	struct table *t = table_new(c, 5, heads);
	size_t i;
	const json_t *n;
	json_array_foreach(items, i, n) {
		const char *read = jget_str(n, "read_at");
		table_add(t, cell_id(c, jget_id(n, "id")), arena_printf(c->g->arena, "%.10s %.5s",
			  jget_text(n, "created_at"), jget_text(n, "created_at") + 11),
			  jget_text(n, "kind"), jget_text(n, "subject"), read ? arena_printf(c->g->arena, "%.10s", read) : "new");
	}
	table_print(t);
	cli_printf(c, "%lld unread.\n", (long long)unread);
	return 0;
}

/* The ids named, into the arena; --all instead of ids. */
static int read_args(struct cli *c, const struct cli_args *a, int64_t **ids, size_t *n, bool *all)
{
	*all = arg_flag(a, "all");
	*n = (size_t)a->npos;
	*ids = *n ? arena_calloc(c->g->arena, *n, sizeof **ids) : NULL;
	if (*all == (*n > 0))
		return grip_fail(c->g, GRIP_EINVAL, "ids", "give the ids of notifications to mark read, or --all");
	for (size_t i = 0; i < *n; i++)
		if (!*ids || cli_id(c, "ids", a->pos[i], &(*ids)[i]) < 0)
			return -1;
	return 0;
}

int cmd_notify_read(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t *ids, unread;
	size_t n, marked;
	bool all;
	if (read_args(c, a, &ids, &n, &all) < 0 || grip_notifications_read(c->g, ids, n, all, &marked) < 0 ||
	    grip_notifications_unread(c->g, &unread) < 0)
		return -1;
	return cli_out(c, json_pack("{sI sI}", "marked", (json_int_t)marked, "unread", (json_int_t)unread), out);
}

int rem_notify_read(struct cli *c, const struct cli_args *a, json_t **out)
{
	int64_t *ids;
	size_t n;
	bool all;
	if (read_args(c, a, &ids, &n, &all) < 0)
		return -1;
	json_t *body = all ? json_pack("{sb}", "all", 1) : json_pack("{s[]}", "ids");
	for (size_t i = 0; body && i < n; i++)
		json_array_append_new(json_object_get(body, "ids"), json_integer(ids[i]));
	return remote_send(c, "POST", "notifications/read", body, out);
}

int show_notify_read(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	cli_printf(c, "Marked %lld read; %lld unread.\n", (long long)jget_id(j, "marked"), (long long)jget_id(j, "unread"));
	return 0;
}
