#!/usr/bin/env bash
# credentials.sh — a write's credentials are read before the write is
# queued, and read again in the writer's transaction only when a write
# that could have changed them came since (docs/api.md):
#  1. check-ins alone never read them again (the server's stop line);
#  2. a token revoked through the API while other clients write with it:
#     every write that starts after the revocation's answer is refused;
#  3. a token revoked and a person who left, by another process (the CLI)
#     behind the server's back: the next write is refused;
#  4. a person made a viewer through the API: their next write is refused
#     (3 and 4 with admins, who may write anywhere).
# Usage: credentials.sh GRIP_BIN. Exits 0 when all hold.
set -u
. "$(dirname "${BASH_SOURCE[0]}")/serve.bash"
shell_case credentials "$1"

"$bin" init --org Acme --admin ada@acme.test --name Ada >/dev/null || fail "init"
"$bin" unit add Mobile --kind team >/dev/null
"$bin" cycle add 2026-Q4 --kind quarter --from 2026-10-01 --to 2026-12-31 >/dev/null
"$bin" objective add "Onboard" --cycle 2026-Q4 --layer team --unit Mobile >/dev/null 2>&1
"$bin" kr add 1 "Activation" --baseline 0 --target 1000 >/dev/null
"$bin" person add bo@acme.test --name Bo --role admin >/dev/null || fail "person add"
admin=$("$bin" token create ada@acme.test | tail -n 1)
doomed=$("$bin" token create ada@acme.test | tail -n 1)
cli_doomed=$("$bin" token create ada@acme.test | tail -n 1)
bo=$("$bin" token create bo@acme.test | tail -n 1)

checkin() { # TOKEN VALUE -> the status
	curl -s -m 5 -o /dev/null -w '%{http_code}' -X POST "$url/api/v1/orgs/acme/objectives/1/checkins" \
		-H "Authorization: Bearer $1" -d "{\"confidence\":7,\"results\":[{\"key_result_id\":1,\"value\":$2}]}"
}

# 1. Check-ins only: none reads its credentials again.
start_server
for i in $(seq 20); do
	[ "$(checkin "$admin" "$i")" = 201 ] || fail "check-in $i was not stored"
done
kill -TERM "$server"; wait "$server" 2>/dev/null
grep -q '^grip: 0 writes read their credentials again in the writer$' "$work/log" ||
	fail "check-ins read their credentials again: $(grep 'credentials' "$work/log")"

# 2. Three clients write with a token while it is revoked: each records
# when its request started (ns) and the answer.
start_server
client() {
	local i t
	for ((i = 0; i < 400; i++)); do
		[ -e "$work/stop" ] && break
		t=$(date +%s%N)
		echo "$t $(checkin "$doomed" "$i")" >>"$work/writes-$1"
	done
}
for c in a b c; do client "$c" & done
sleep 0.7
code=$(curl -s -o /dev/null -w '%{http_code}' -X DELETE "$url/api/v1/orgs/acme/tokens/2" -H "Authorization: Bearer $admin")
revoked=$(date +%s%N)
[ "$code" = 204 ] || fail "revoking the token answered $code"
sleep 0.7
touch "$work/stop"
wait $(jobs -p | grep -v "^$server$") 2>/dev/null
before=$(cat "$work"/writes-* | awk -v r="$revoked" '$1 < r && $2 == 201' | wc -l)
after=$(cat "$work"/writes-* | awk -v r="$revoked" '$1 > r' | wc -l)
late=$(cat "$work"/writes-* | awk -v r="$revoked" '$1 > r && $2 != 401' | wc -l)
[ "$before" -gt 0 ] || fail "no write was stored before the revocation"
[ "$after" -gt 0 ] || fail "no write started after the revocation"
[ "$late" = 0 ] || fail "$late of $after writes started after the revocation were not refused"

# 3. Revocations by another process, committed behind the server's back.
[ "$(checkin "$cli_doomed" 1)" = 201 ] || fail "the token did not write before its revocation"
"$bin" token revoke 3 >/dev/null || fail "token revoke"
[ "$(checkin "$cli_doomed" 2)" = 401 ] || fail "a token revoked by the CLI still writes"
[ "$(checkin "$bo" 1)" = 201 ] || fail "Bo could not write"
"$bin" person leave bo@acme.test >/dev/null || fail "person leave"
[ "$(checkin "$bo" 2)" = 401 ] || fail "a person who left still writes"

# 4. A role changed through the API takes effect for the next write.
"$bin" person add cy@acme.test --name Cy --role admin >/dev/null || fail "person add"
cy=$("$bin" token create cy@acme.test | tail -n 1)
[ "$(checkin "$cy" 1)" = 201 ] || fail "Cy could not write"
cy_id=$("$bin" person show cy@acme.test --json | grep -o '"id":[0-9]*' | head -n 1 | cut -d: -f2)
code=$(curl -s -o /dev/null -w '%{http_code}' -X PATCH "$url/api/v1/orgs/acme/people/$cy_id" \
	-H "Authorization: Bearer $admin" -d '{"role":"viewer"}')
[ "$code" = 200 ] || fail "making Cy a viewer answered $code"
[ "$(checkin "$cy" 2)" = 403 ] || fail "a viewer still writes"
kill -TERM "$server"; wait "$server" 2>/dev/null
echo "credentials: $before writes before the revocation stored, all $after after it refused"
