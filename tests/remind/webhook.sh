#!/usr/bin/env bash
# webhook.sh — a unit's reminders posted to its Slack-compatible webhook, a
# real HTTP receiver on loopback (tests/remind/webhook_sink.py), through
# `grip remind --once`:
#  1. the webhook is set by the unit's lead (`grip unit edit --webhook`);
#  2. while the receiver answers 500 the row is retried, with doubling
#     waits; once it answers 200 the row is sent, and never again;
#  3. the payload is {"text": ...} with Slack's escapes and the link;
#  4. a row for a unit whose webhook was removed is closed unsent;
#  5. end to end: a check-in due on a team objective of the unit is queued
#     for its webhook by the reminders themselves and posted once.
# Usage: webhook.sh GRIP_BIN. Exits 0 when all hold.
set -u
. "$(dirname "${BASH_SOURCE[0]}")/remind.bash"
remind_case webhook "$1"

at 08:00:00
"$bin" init --org Acme --admin ada@acme.test --name "Ada Admin" >/dev/null || fail "init"
"$bin" person add bo@acme.test --name "Bo Berg" >/dev/null
"$bin" unit add Mobile --kind team --lead bo@acme.test >/dev/null
"$bin" unit add Web --kind team --lead bo@acme.test >/dev/null
sql "UPDATE orgs SET remind_hour = 0" >/dev/null
hooks=$work/hooks
start_webhook "$hooks"
"$bin" --as bo@acme.test unit edit Mobile --webhook "http://127.0.0.1:$hook_port/services/T0/B0/secret" >/dev/null ||
	fail "Bo cannot set his unit's webhook"
"$bin" --as bo@acme.test unit edit Web --webhook "http://127.0.0.1:$hook_port/services/T0/B1/other" >/dev/null

# A unit's reminder in the outbox, as the reminders queue one for a unit
# with a webhook (recipient "u<unit id>", channel webhook).
queue() { # UNIT_ID KEY SUBJECT
	sql "INSERT INTO notifications (org_id, recipient, unit_id, channel, kind, dedup, subject, body, link,
		created_at, next_attempt_at) VALUES (1, 'u$1', $1, 'webhook', 'checkin.due', '$2', '$3', '$3',
		'/objectives/1', '$GRIP_NOW', '$GRIP_NOW') RETURNING id"
}
at 10:00:00
row=$(queue 2 'checkin.due:1:2026-W48' 'Check-in due: <Onboarding> & more')
send() { "$bin" remind --once --base-url https://okr.acme.test --retry-min 30 --retry-max 3600 "$@"; }
state() { sql "SELECT attempts, next_attempt_at, COALESCE(sent_at, '-'), COALESCE(last_error, '-') FROM notifications WHERE id = $row"; }

# 2. 500: retried, 30 s and then 60 s later.
touch "$hooks/fail"
send >/dev/null || fail "round 1"
[ "$(state)" = "1|2026-11-23T10:00:30Z|-|webhook: HTTP 500" ] || fail "after a 500: $(state)"
at 10:00:20
send >/dev/null
[ "$(grep -c . "$hooks/attempts")" = 1 ] || fail "the row was tried before its time"
at 10:00:30
send >/dev/null
[ "$(state)" = "2|2026-11-23T10:01:30Z|-|webhook: HTTP 500" ] || fail "after a second 500: $(state)"
rm "$hooks/fail"
at 10:01:30
send >/dev/null
[ "$(state)" = "3||2026-11-23T10:01:30Z|-" ] || fail "after the 200: $(state)"
at 10:10:00
send >/dev/null
at 11:10:00
send >/dev/null
[ "$(cut -d' ' -f1,2 "$hooks/attempts" | tr '\n' ,)" = \
	"500 /services/T0/B0/secret,500 /services/T0/B0/secret,200 /services/T0/B0/secret," ] ||
	fail "the receiver saw: $(cat "$hooks/attempts")"
grep -q '^200 .* application/json$' "$hooks/attempts" || fail "not posted as JSON: $(cat "$hooks/attempts")"

# 3. The payload.
"$py" - "$hooks/0001.json" <<'PY' || fail "the payload is not the expected one: $(cat "$hooks/0001.json")"
import json, sys
body = json.load(open(sys.argv[1]))
want = "Check-in due: &lt;Onboarding&gt; &amp; more\n<https://okr.acme.test/objectives/1>"
sys.exit(0 if body == {"text": want} else 1)
PY

# 4. The webhook removed while a row waits: closed unsent, nothing posted.
at 12:00:00
row=$(queue 3 'checkin.due:1:2026-W49' 'Check-in due: Web')
"$bin" --as bo@acme.test unit edit Web --webhook none >/dev/null || fail "Bo cannot remove the webhook"
send >/dev/null
[ "$(state)" = "1||2026-11-23T12:00:00Z|the unit has no webhook any more" ] || fail "a row of a unit without a webhook: $(state)"
[ "$(grep -c . "$hooks/attempts")" = 3 ] || fail "a removed webhook was posted to"

# A receiver that is not there: retried like a 500.
at 13:00:00
"$bin" unit edit Web --webhook "http://127.0.0.1:1/nothing-listens" >/dev/null
row=$(queue 3 'checkin.due:1:2026-W50' 'Check-in due: Web again')
send >/dev/null
[ "$(sql "SELECT attempts, CASE WHEN sent_at IS NULL THEN 1 ELSE 0 END FROM notifications WHERE id = $row")" = "1|1" ] || fail "no answer: $(state)"

# 5. From what is due to the post, with no row written by hand: the team's
# objective is due for its mid-point review (Bo leads the team), posted in
# the words said to the whole unit.
at 14:00:00
"$bin" cycle add 2026-Q4 --kind quarter --from 2026-10-01 --to 2026-12-31 >/dev/null || fail "cycle"
id=$("$bin" objective add "Calm & fast releases" --cycle 2026-Q4 --layer team --unit Mobile --status active \
	--json | "$py" -c 'import json,sys; print(json.load(sys.stdin)["id"])') || fail "team objective"
"$bin" kr add "$id" "Releases a week" --baseline 0 --target 3 >/dev/null || fail "kr"
posts=$(ls "$hooks"/*.json | wc -l)
send >/dev/null || fail "round 5"
at 15:00:00
send >/dev/null || fail "round 5, again"
[ "$(ls "$hooks"/*.json | wc -l)" = $((posts + 1)) ] || fail "expected one post of the team's check-in: $(cat "$hooks/attempts")"
newest=$(ls "$hooks"/*.json | tail -n 1)
[ "$(cat "${newest%.json}.path")" = /services/T0/B0/secret ] || fail "posted to $(cat "${newest%.json}.path")"
"$py" - "$newest" "$id" <<'PY' || fail "the team's post: $(cat "$newest")"
import json, sys
text = json.load(open(sys.argv[1]))["text"]
ok = text.startswith("Mobile: ") and "Calm &amp; fast releases" in text \
    and "<https://okr.acme.test/objectives/%s/" % sys.argv[2] in text
sys.exit(0 if ok else 1)
PY
exit 0
