/*
 * cmd_password.c — accounts by email from the command line: `grip person
 * invite` (an admin emails a one-time link), `grip password change` (one's
 * own, the old one asked), and on a local file `grip password forgot` and
 * `grip password set` (a link's token used). Passwords are read from the
 * terminal without echo, else as lines of standard input; never from the
 * command line, where other users of the machine could read them.
 */
#include "cli/cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "cli/remote.h"
#include "util/num.h"

/* The client address of the local command line, for the throttle. */
#define LOCAL_ADDRESS "local"

/* One line of standard input into buf: asked for with prompt, unechoed,
 * on a terminal. An empty line when there is none left. */
static void read_line(const char *prompt, char *buf, size_t len)
{
	bool tty = isatty(STDIN_FILENO);
	struct termios was, quiet;
	bool hidden = false;
	if (tty) {
		fprintf(stderr, "%s: ", prompt);
		if (tcgetattr(STDIN_FILENO, &was) == 0) {
			quiet = was;
			quiet.c_lflag &= ~(tcflag_t)ECHO;
			hidden = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
		}
	}
	if (!fgets(buf, (int)len, stdin))
		buf[0] = '\0';
	buf[strcspn(buf, "\r\n")] = '\0';
	if (hidden) {
		tcsetattr(STDIN_FILENO, TCSAFLUSH, &was);
		fputc('\n', stderr);
	}
}

static struct grip_person *person_named(struct cli *c, const char *text)
{
	int64_t id;
	if (parse_i64(text, &id))
		return grip_person_get(c->g, id);
	return grip_person_by_email(c->g, text);
}

/* ---- grip person invite ---- */

int cmd_person_invite(struct cli *c, const struct cli_args *a, json_t **out)
{
	struct grip_person *p = person_named(c, a->pos[0]);
	struct grip_invitation *i = p ? grip_person_invite(c->g, p->id) : NULL;
	return i ? cli_out(c, grip_invitation_json(i), out) : -1;
}

int rem_person_invite(struct cli *c, const struct cli_args *a, json_t **out)
{
	json_t *p = remote_person_arg(c, a->pos[0]);
	if (!p)
		return -1;
	return remote_call(c, "POST", arena_printf(c->g->arena, "people/%lld/invitation", (long long)jget_id(p, "id")),
			   out);
}

int show_invitation(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	cli_printf(c, "Queued an invitation to %s; its link works once, until %s.\n", jget_text(j, "email"),
		   jget_text(j, "expires_at"));
	return 0;
}

/* ---- grip password change ---- */

static json_t *person_answer(const struct grip_person *p)
{
	return json_pack("{so}", "person", grip_person_json(p));
}

/* Runs a begun password sign-in here (the hash check, then the write)
 * and answers with its person. */
static int signin_answer(struct cli *c, struct grip_signin *s, json_t **out)
{
	if (!s)
		return -1;
	grip_signin_verify(s);
	if (grip_signin_finish(c->g, s) < 0 || grip_signin_outcome(c->g, s) < 0)
		return -1;
	return cli_out(c, person_answer(s->person), out);
}

int cmd_password_change(struct cli *c, const struct cli_args *a, json_t **out)
{
	(void)a;
	char old[GRIP_PASSWORD_MAX + 2], new_password[GRIP_PASSWORD_MAX + 2];
	read_line("Current password", old, sizeof old);
	read_line("New password", new_password, sizeof new_password);
	struct grip_signin *s = grip_password_change_begin(c->g, old, new_password, NULL, LOCAL_ADDRESS);
	return signin_answer(c, s, out);
}

int rem_password_change(struct cli *c, const struct cli_args *a, json_t **out)
{
	(void)a;
	char old[GRIP_PASSWORD_MAX + 2], new_password[GRIP_PASSWORD_MAX + 2];
	read_line("Current password", old, sizeof old);
	read_line("New password", new_password, sizeof new_password);
	return remote_send(c, "POST", "me/password", json_pack("{ss ss}", "old", old, "new", new_password), out);
}

int show_password_changed(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	cli_printf(c, "Changed the password of %s; your other sessions are signed out.\n",
		   jget_text(json_object_get(j, "person"), "email"));
	return 0;
}

int show_password_set(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	cli_printf(c, "Set the password of %s.\n", jget_text(json_object_get(j, "person"), "email"));
	return 0;
}

/* ---- grip password forgot, grip password set (a local file) ---- */

int cmd_password_forgot(struct cli *c, const struct cli_args *a, json_t **out)
{
	const char *org = arg_get(a, "org");
	if (!org)
		org = getenv("GRIP_ORG");
	if (grip_password_forgot(c->g, org && *org ? org : NULL, a->pos[0], LOCAL_ADDRESS) < 0)
		return -1;
	return cli_out(c, json_pack("{ss si}", "email", a->pos[0], "minutes", GRIP_RESET_MINUTES), out);
}

int show_password_forgot(struct cli *c, const struct cli_args *a, const json_t *j)
{
	(void)a;
	cli_printf(c,
		   "If %s is someone's address here, a link to choose a new password is on its way; "
		   "it works once, for %lld minutes.\n",
		   jget_text(j, "email"), (long long)jget_id(j, "minutes"));
	return 0;
}

int cmd_password_set(struct cli *c, const struct cli_args *a, json_t **out)
{
	(void)a;
	char token[256], password[GRIP_PASSWORD_MAX + 2];
	read_line("The link's token (after token=)", token, sizeof token);
	read_line("New password", password, sizeof password);
	struct grip_signin *s = grip_password_link_begin(c->g, token, password, LOCAL_ADDRESS);
	return signin_answer(c, s, out);
}
