#!/usr/bin/env bash
# kill9.sh — the sender inside `grip serve`, killed with -9 while rows wait:
#  1. grip serve queues what is due and sends it on its own thread (a
#     round a second); the SMTP server (tests/remind/smtp_sink.py) accepts
#     two messages, then refuses, so rows are left waiting and being
#     retried when the server is killed with -9;
#  2. after a restart every row is delivered, and none twice: each row's
#     Message-ID reaches the mailbox exactly once;
#  3. the server stops cleanly on SIGTERM with its sender.
# The clock is the real one (grip serve reads GRIP_NOW once), so the
# cycle is placed around today. Usage: kill9.sh GRIP_BIN.
set -u
. "$(dirname "${BASH_SOURCE[0]}")/remind.bash"
remind_case kill9 "$1"
unset GRIP_NOW

"$bin" init --org Acme --admin ada@acme.test --name "Ada Admin" >/dev/null || fail "init"
from=$(date -u -d "today - 40 days" +%F) to=$(date -u -d "today + 40 days" +%F)
"$bin" cycle add Now --kind quarter --from "$from" --to "$to" >/dev/null || fail "cycle"
for p in bo cy dee eve fay; do
	"$bin" person add "$p@acme.test" --name "${p^} Test" >/dev/null
	id=$("$bin" objective add "Goal of $p" --cycle Now --layer individual --owner "$p@acme.test" \
		--status active --json | "$py" -c 'import json,sys; print(json.load(sys.stdin)["id"])') || fail "objective"
	"$bin" kr add "$id" "Measure" --baseline 0 --target 10 >/dev/null || fail "kr"
done
sql "UPDATE orgs SET remind_hour = 0" >/dev/null # reminders at any hour of the test's day
mail=$work/mail
start_smtp "$mail"
echo 2 >"$mail/refuse" # two accepted, then refused
opts=(--remind-every 1 --smtp "smtp://127.0.0.1:$smtp_port" --mail-from reminders@acme.test
	--base-url http://okr.test --retry-min 1 --retry-max 1 --lease 2)
count() { cat "$mail/attempts" 2>/dev/null | grep -c "^$1"; }

# 1. Sent, refused, retried: then killed.
start_server "${opts[@]}"
for _ in $(seq 100); do
	[ "$(count 250)" -ge 2 ] && [ "$(count 451)" -ge 3 ] && break
	sleep 0.1
done
[ "$(count 250)" = 2 ] && [ "$(count 451)" -ge 3 ] || fail "the first server sent $(count 250) and was refused $(count 451)"
kill -KILL "$server"
wait "$server" 2>/dev/null
waiting=$(sql "SELECT COUNT(*) FROM notifications WHERE channel = 'email' AND sent_at IS NULL")
[ "$waiting" -ge 3 ] || fail "expected rows still waiting at the kill, found $waiting"

# 2. Restarted, the server accepting: everything once.
rm "$mail/refuse"
start_server "${opts[@]}"
for _ in $(seq 150); do
	[ "$(sql "SELECT COUNT(*) FROM notifications WHERE sent_at IS NULL")" = 0 ] && break
	sleep 0.1
done
[ "$(sql "SELECT COUNT(*) FROM notifications WHERE sent_at IS NULL")" = 0 ] ||
	fail "rows still wait after the restart: $(sql "SELECT id, attempts, last_error FROM notifications WHERE sent_at IS NULL")"
sleep 1.5 # another round or two: nothing more may go out

# 3. A clean stop.
kill -TERM "$server"
wait "$server" 2>/dev/null
grep -q '^grip: stopped$' "$work/log" || fail "the server did not stop cleanly: $(tail -n 3 "$work/log")"

rows=$(sql "SELECT id FROM notifications WHERE channel = 'email' ORDER BY id")
[ "$(echo "$rows" | wc -l)" -ge 5 ] || fail "too few email rows: $rows"
got=$(grep -h '^Message-ID:' "$mail"/*.eml | sed 's/^Message-ID: <grip\.1\.\([0-9]*\)@.*/\1/' | sort -n)
[ "$got" = "$rows" ] || fail "each row once: rows $(echo $rows), delivered $(echo $got)"
[ "$(count 250)" = "$(echo "$rows" | wc -l)" ] || fail "the server accepted $(count 250) messages for $(echo "$rows" | wc -l) rows"
exit 0
