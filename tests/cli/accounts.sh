# accounts.sh — sourced by the CLI cases of accounts by email: where they
# find the one-time link an email carries. Until a case runs a real sender
# it reads the link from the queued row of the outbox; this function is
# the one place to change for a case that reads an SMTP sink instead.
#
#   link_of EMAIL KIND [DB]   the token of the newest link of KIND (invite
#                             or reset) queued for EMAIL, or nothing
link_of() {
	sql "${3:-$GRIP_DB}" "SELECT link FROM notifications
		WHERE kind = 'account.$2' AND channel = 'email'
		AND person_id = (SELECT id FROM people WHERE email = '$1') ORDER BY id DESC LIMIT 1" |
		sed -n 's/.*token=//p'
}
