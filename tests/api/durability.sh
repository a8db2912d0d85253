#!/usr/bin/env bash
# durability.sh — real clients against a real `grip serve` on loopback:
#  1. concurrent check-ins from several clients: every one acknowledged is
#     stored, none lost, none doubled, and writes that fail beside them
#     (group commit puts them in the same transactions) leave nothing;
#  2. kill -9 of the server in the middle of a write load: after a restart,
#     every check-in the server acknowledged (201) is there;
#  3. SIGTERM in the middle of a write load: the server stops cleanly and
#     every check-in it acknowledged is there.
# Usage: durability.sh GRIP_BIN. Exits 0 when all hold.
set -u
. "$(dirname "${BASH_SOURCE[0]}")/serve.bash"
shell_case durability "$1"

"$bin" init --org Acme --admin ada@acme.test --name Ada >/dev/null || fail "init"
"$bin" unit add Mobile --kind team >/dev/null
"$bin" cycle add 2026-Q4 --kind quarter --from 2026-10-01 --to 2026-12-31 >/dev/null
"$bin" objective add "Onboard" --cycle 2026-Q4 --layer team --unit Mobile >/dev/null
"$bin" kr add 1 "Activation" --baseline 0 --target 1000 >/dev/null
"$bin" kr add 1 "Store listing live" --boolean >/dev/null || fail "boolean kr"
token=$("$bin" token create ada@acme.test | tail -n 1)

# start_server [OPTIONS]: sets url and server

# One client: posts check-ins until told to stop or n are done; records
# the id of each acknowledged one.
client() {
	local name=$1 n=$2 i body code
	for ((i = 0; i < n; i++)); do
		[ -e "$work/stop" ] && break
		body=$(curl -s -m 5 -o - -w '\n%{http_code}' -X POST "$url/api/v1/orgs/acme/objectives/1/checkins" \
			-H "Authorization: Bearer $token" \
			-d "{\"confidence\":7,\"results\":[{\"key_result_id\":1,\"value\":$i}],\"plan\":\"$name-$i\"}")
		code=${body##*$'\n'}
		if [ "$code" = 201 ]; then
			echo "${body%$'\n'*}" | grep -o '"id":[0-9]*' | head -n 1 | cut -d: -f2 >>"$work/acked-$name"
		fi
	done
}

stored_ids() {
	"$bin" checkin list 1 --json | grep -o '"id":[0-9]*,"objective_id"' | cut -d: -f2 | cut -d, -f1 | sort -n
}

# A client whose writes all fail late (a boolean key result given 0.5 is
# refused after the check-in row is written): each must be undone on its
# own, in the same transactions as the good ones.
bad_client() {
	local i code
	for ((i = 0; i < 50; i++)); do
		code=$(curl -s -m 5 -o /dev/null -w '%{http_code}' -X POST "$url/api/v1/orgs/acme/objectives/1/checkins" \
			-H "Authorization: Bearer $token" \
			-d "{\"confidence\":7,\"results\":[{\"key_result_id\":2,\"value\":0.5}],\"plan\":\"bad-$i\"}")
		echo "$code" >>"$work/bad-codes"
	done
}

# 1. Four clients, fifty check-ins each, at once, beside one whose writes fail.
start_server
for c in a b c d; do client "$c" 50 & done
bad_client &
wait $(jobs -p | grep -v "^$server$") 2>/dev/null
kill -TERM "$server"; wait "$server" 2>/dev/null
# The stop line counts the writes, their commits and fsyncs: group commit
# took fewer commits than writes, and no more fsyncs than commits.
read -r w c f < <(sed -n 's/^grip: \([0-9]*\) writes in \([0-9]*\) commits, \([0-9]*\) fsyncs$/\1 \2 \3/p' "$work/log")
[ "${w:-0}" = 250 ] || fail "the server counted ${w:-no} writes, not 250"
[ "${f:-0}" -ge 1 ] && [ "$f" -le "$c" ] && [ "$c" -le "$w" ] || fail "writes $w, commits $c, fsyncs $f do not add up"
acked=$(cat "$work"/acked-* | sort -n)
[ "$(echo "$acked" | wc -l)" = 200 ] || fail "expected 200 acknowledged check-ins, got $(echo "$acked" | wc -l)"
[ "$(stored_ids)" = "$acked" ] || fail "stored check-ins differ from the acknowledged ones"
[ "$(echo "$acked" | sort -u | wc -l)" = 200 ] || fail "an id was acknowledged twice"
[ "$(sort -u "$work/bad-codes")" = 422 ] || fail "failing writes answered $(sort -u "$work/bad-codes" | tr '\n' ' ')"
[ "$("$bin" checkin list 1 --json | grep -c '"plan":"bad-')" = 0 ] || fail "a failed write was stored"
rm -f "$work"/acked-*

# 2. kill -9 during a write load, then count.
start_server
for c in e f g; do client "$c" 1000 & done
sleep 1.5
{ kill -KILL "$server"; wait "$server"; } 2>/dev/null
touch "$work/stop"
wait 2>/dev/null
acked=$(cat "$work"/acked-* 2>/dev/null | sort)
n=$(echo "$acked" | grep -c .)
[ "$n" -gt 0 ] || fail "no check-in was acknowledged before the kill"
missing=$(comm -23 <(echo "$acked") <(stored_ids | sort))
[ -z "$missing" ] || fail "acknowledged but lost after kill -9: $(echo "$missing" | head -n 5 | tr '\n' ' ')"
rm -f "$work"/acked-* "$work/stop"

# 3. SIGTERM during a write load: the server answers what it took (writes
# in the writer's queue finish first), stops cleanly, and keeps them all.
start_server
for c in h i j; do client "$c" 1000 & done
sleep 1
kill -TERM "$server"
wait "$server"
rc=$?
touch "$work/stop"
wait 2>/dev/null
[ "$rc" = 0 ] || fail "the server exited with $rc on SIGTERM under load"
grep -q '^grip: stopped$' "$work/log" || fail "the server did not say it stopped"
acked=$(cat "$work"/acked-* 2>/dev/null | sort)
t=$(echo "$acked" | grep -c .)
[ "$t" -gt 0 ] || fail "no check-in was acknowledged before SIGTERM"
missing=$(comm -23 <(echo "$acked") <(stored_ids | sort))
[ -z "$missing" ] || fail "acknowledged but lost after SIGTERM: $(echo "$missing" | head -n 5 | tr '\n' ' ')"
echo "durability: 200 concurrent check-ins kept; $n acknowledged before kill -9, all kept; $t before SIGTERM, all kept"
