#!/usr/bin/env bash
# accesslog.sh — grip serve's access log is written in buffers, not a line
# at a time; it must still hold one whole line per request, in the same
# format, none lost and none cut or mixed with another: under many
# concurrent requests, within a moment while the server runs (the buffer
# goes out at least every 100 ms), and every last one when it stops.
# Usage: accesslog.sh GRIP_BIN. Exits 0 when all hold.
set -u
. "$(dirname "${BASH_SOURCE[0]}")/serve.bash"
shell_case accesslog "$1"

"$bin" init --org Acme --admin ada@acme.test --name Ada >/dev/null || fail "init"
"$bin" unit add Mobile --kind team >/dev/null
"$bin" cycle add 2026-Q4 --kind quarter --from 2026-10-01 --to 2026-12-31 >/dev/null
"$bin" objective add "Onboard" --cycle 2026-Q4 --layer team --unit Mobile >/dev/null || fail "objective"
ada=$("$bin" token create ada@acme.test | tail -n 1)
start_server

clients=8 each=40 # 320 reads and 80 check-ins from eight clients at once
for c in $(seq $clients); do
	(
		for i in $(seq $each); do
			curl -s -m 10 -o /dev/null -H "Authorization: Bearer $ada" "$url/api/v1/orgs/acme/objectives/1?c=$c&i=$i"
		done
		for i in $(seq 10); do
			curl -s -m 10 -o /dev/null -X POST -H "Authorization: Bearer $ada" -H 'Content-Type: application/json' \
				-d '{"confidence":7}' "$url/api/v1/orgs/acme/objectives/1/checkins"
		done
	) &
done
wait $(jobs -p | grep -v "^$server$") 2>/dev/null
reads=$((clients * each)) writes=$((clients * 10))

# While it runs: the lines are out within a moment.
for _ in $(seq 20); do
	[ "$(grep -c '"GET /api/v1/orgs/acme/objectives/1" 200 ' "$work/log")" -eq $reads ] && break
	sleep 0.1
done
n=$(grep -c '"GET /api/v1/orgs/acme/objectives/1" 200 ' "$work/log")
[ "$n" -eq $reads ] || fail "after 2 s the log holds $n of the $reads reads"

curl -s -m 5 -o /dev/null "$url/healthz?last=1"
kill -TERM "$server"
wait "$server" 2>/dev/null

# At the stop: everything, each a whole line of the one format, in order
# around the server's own messages.
n=$(grep -c '"GET /api/v1/orgs/acme/objectives/1" 200 ' "$work/log")
w=$(grep -c '"POST /api/v1/orgs/acme/objectives/1/checkins" 201 ' "$work/log")
[ "$n" -eq $reads ] || fail "the log holds $n of the $reads reads"
[ "$w" -eq $writes ] || fail "the log holds $w of the $writes check-ins"
grep -q '"GET /healthz" 200 ' "$work/log" || fail "the last request before the stop is not in the log"
bad=$(grep -v '^grip: ' "$work/log" |
	grep -cvE '^(127\.0\.0\.1|-) "[A-Z]+ [^ "]+" [0-9]{3} [0-9]+ [0-9]+\.[0-9]{2}ms( kept)?( \(cut short\))?$')
[ "$bad" -eq 0 ] || fail "$bad lines are not whole access-log lines: $(grep -v '^grip: ' "$work/log" | head -n 3)"
last=$(tail -n 1 "$work/log")
[ "$last" = "grip: stopped" ] || fail "the log does not end with the server's stop: $last"
echo "accesslog: $reads reads and $writes check-ins from $clients clients, each a whole line, none lost"
