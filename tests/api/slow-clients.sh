#!/usr/bin/env bash
# slow-clients.sh — slow clients must not take grip serve down. With a real
# server and raw connections on loopback (BUILD/tests/api-probe):
#  1. 300 connections from 127.0.0.1, each sending a request line and then
#     one header line a second, never the end of its headers: the address
#     gets its --max-per-client (50) and the rest are refused at once; each
#     one it holds is cut at --request-timeout (4 s) after its connect,
#     though it never stops sending; and all the while a GET with a token
#     from another address (127.0.0.2) is answered within a second;
#  2. a body shorter than its Content-Length is cut at the same deadline;
#  3. past three quarters of --max-connections an address holding 8 or
#     more gets no more, and a new client (holding none) still gets in.
# Usage: slow-clients.sh GRIP_BIN. Exits 0 when all hold.
set -u
. "$(dirname "${BASH_SOURCE[0]}")/serve.bash"
shell_case slow-clients "$1"
probe=$(dirname "$bin")/tests/api-probe
fail() { echo "slow-clients: $*"; [ -f "$work/log" ] && tail -n 5 "$work/log"; exit 1; }
[ -x "$probe" ] || fail "no $probe (make tests builds it)"

"$bin" init --org Acme --admin ada@acme.test --name Ada >/dev/null || fail "init"
token=$("$bin" token create ada@acme.test | tail -n 1)

# start_server [OPTIONS]: sets url and server

field() { # line key -> value
	sed -n "s/.*\\b$2=\\([^ ]*\\).*/\\1/p" <<<"$1"
}
# A decimal comparison: ok EXPR (awk)
ok() { awk "BEGIN { exit !($1) }"; }

# ---- 1. one address, 300 slow connections; 2. beside them, from a third
# address, a body that never comes in full ----
start_server --max-per-client 50 --request-timeout 4
hostport=${url#http://}
printf 'POST /api/v1/orgs/acme/objectives HTTP/1.1\r\nHost: grip\r\nAuthorization: Bearer %s\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"title":' "$token" |
	"$probe" raw "$hostport" --from 127.0.0.5 --timeout 8 >"$work/short-body" &
short=$!
out=$("$probe" slow "$hostport" --attack 127.0.0.1:300 --victim 127.0.0.2 --path /api/v1/me \
	--token "$token" --interval 1 --for 7 --every 100) || fail "the probe failed"
echo "$out"
attack=$(grep '^attack ' <<<"$out")
victim=$(grep '^victim ' <<<"$out")
[ "$(field "$attack" held)" = 50 ] || fail "the attacker held $(field "$attack" held) connections, not its 50"
[ "$(field "$attack" refused)" = 250 ] || fail "$(field "$attack" refused) of the attacker's 300 were refused at once, not 250"
[ "$(field "$attack" cut)" = 50 ] || fail "$(field "$attack" cut) of its 50 were cut by the deadline"
min=$(field "$attack" cut_min) max=$(field "$attack" cut_max)
ok "$min >= 3.7 && $max <= 5.0" || fail "slow requests were cut between $min s and $max s, not at their 4 s deadline"
n=$(field "$victim" requests)
[ "$n" -ge 20 ] && [ "$(field "$victim" ok)" = "$n" ] ||
	fail "the other client had $(field "$victim" ok) of $n GETs answered 200"
ok "$(field "$victim" max) < 1000" || fail "the other client waited $(field "$victim" max) ms for an answer"

wait "$short"
got=$(cat "$work/short-body")
read -r status ms end <<<"$got"
[ "$status $end" = "none closed" ] && ok "$ms >= 3700 && $ms <= 5000" ||
	fail "a body short of its Content-Length: expected the connection cut at 4 s, got \"$got\""
kill -TERM "$server"; wait "$server" 2>/dev/null
grep -q '^grip: since the start: .*(250 over the per-client cap' "$work/log" ||
	fail "the server's totals do not show the 250 refusals: $(grep '^grip: since the start' "$work/log")"

# ---- 3. the share kept for new clients ----
# --max-connections 100: from 75 open, an address holding 8 gets no more.
# 127.0.0.1 takes its 40, 127.0.0.3 35 (to 75), 127.0.0.4 8; 127.0.0.2,
# holding none, still gets in.
: >"$work/log"
start_server --max-connections 100 --max-per-client 40 --request-timeout 30
hostport=${url#http://}
out=$("$probe" slow "$hostport" --attack 127.0.0.1:60 --attack 127.0.0.3:60 --attack 127.0.0.4:60 \
	--victim 127.0.0.2 --path /api/v1/me --token "$token" --interval 1 --for 5 --every 100) ||
	fail "the probe failed"
echo "$out"
for want in 127.0.0.1:40 127.0.0.3:35 127.0.0.4:8; do
	line=$(grep "^attack addr=${want%:*} " <<<"$out")
	[ "$(field "$line" held)" = "${want#*:}" ] ||
		fail "${want%:*} held $(field "$line" held) connections, expected ${want#*:}"
done
victim=$(grep '^victim ' <<<"$out")
n=$(field "$victim" requests)
[ "$n" -ge 5 ] && [ "$(field "$victim" ok)" = "$n" ] && ok "$(field "$victim" max) < 1000" ||
	fail "a new client beside 83 held connections: $victim"
kill -TERM "$server"; wait "$server" 2>/dev/null
echo "slow-clients: per-client cap, request deadline and the share kept for new clients hold"
