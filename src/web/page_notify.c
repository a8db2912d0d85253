/*
 * page_notify.c — the signed-in person's notifications in the app
 * (/notifications): the newest first, those not read before marked "new",
 * and everything the page shows marked read as it is shown (the page runs
 * as a write, WEB_WRITES). And the navigation's "Notifications" link with
 * the unread count, on every page: one COUNT in the page's transaction.
 */
#include "web/web.h"

#include <string.h>

#include "util/path.h"

#define NOTIFY_PAGE_MAX 50

void notify_nav_count(struct web_request *r)
{
	int64_t n = 0;
	struct grip_error saved = r->g->err;
	if (grip_notifications_unread(r->g, &n) < 0)
		n = 0;
	r->g->err = saved;
	r->unread = n;
}

void notify_nav_item(struct web_request *r, struct html *h)
{
	html_raw(h, "<li><a href=\"/notifications\"");
	if (r->nav && strcmp(r->nav, "notifications") == 0)
		html_raw(h, " aria-current=\"page\"");
	html_raw(h, ">Notifications");
	if (r->unread)
		html_f(h, " <span class=\"badge\">%lld<span class=\"visually-hidden\"> unread</span></span>",
		       (long long)r->unread);
	html_raw(h, "</a></li>");
}

static void one(struct web_request *r, const struct grip_notification *n)
{
	struct html *h = &r->body;
	if (n->read_at)
		html_raw(h, "<li class=\"notice-item\">");
	else
		html_raw(h, "<li class=\"notice-item unread\">");
	if (n->link && path_is_local(n->link, 400)) {
		html_raw(h, "<a ");
		html_href(h, n->link);
		html_f(h, "><strong>%s</strong></a>", n->subject);
	} else {
		html_f(h, "<strong>%s</strong>", n->subject);
	}
	if (!n->read_at)
		html_raw(h, " <span class=\"badge\">new</span>");
	html_f(h, "<p>%s</p><p class=\"muted\"><time datetime=\"%s\">%s %s</time></p></li>", n->body, n->created_at,
	       arena_strndup(r->g->arena, n->created_at, 10),
	       arena_strndup(r->g->arena, n->created_at + (strlen(n->created_at) > 11 ? 11 : 0), 5));
}

int page_notifications(struct web_request *r)
{
	r->title = "Notifications";
	r->nav = "notifications";
	struct grip_notification **ns;
	size_t n, total, marked;
	if (grip_notifications_mine(r->g, false, 0, NOTIFY_PAGE_MAX, &ns, &n, &total) < 0)
		return -1;
	struct html *h = &r->body;
	html_raw(h, "<div class=\"page-head\"><h1>Notifications</h1></div><p class=\"muted\">Reminders of what is "
		    "due from you. Those shown here count as read; your choice of email and a weekly digest is in "
		    "<a href=\"/settings#notices\">Settings</a>.</p>");
	if (!n) {
		html_raw(h, "<p>No notifications yet.</p>");
		return 0;
	}
	html_raw(h, "<ul class=\"notices\">");
	int64_t *unread = arena_calloc(r->g->arena, n, sizeof *unread);
	size_t k = 0;
	if (!unread)
		return grip_fail(r->g, GRIP_ENOMEM, NULL, "out of memory");
	for (size_t i = 0; i < n; i++) {
		one(r, ns[i]);
		if (!ns[i]->read_at)
			unread[k++] = ns[i]->id;
	}
	html_raw(h, "</ul>");
	if (total > n)
		html_f(h, "<p class=\"muted\">The newest %zu of %zu.</p>", n, total);
	return k ? grip_notifications_read(r->g, unread, k, false, &marked) : 0;
}
