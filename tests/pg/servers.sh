#!/usr/bin/env bash
# servers.sh — two `grip serve` on one database behind nginx (round-robin),
# real clients through it:
#  a. a write through one server is read through the other at once, many
#     times over, with the read cache on (no stale read after an
#     acknowledged write);
#  b. a session signed in through one works through the other;
#  c. kill -9 of one server during a write load through nginx: every
#     check-in acknowledged (201) is stored, and the other goes on serving
#     (nginx retries only what was not sent, and idempotent requests);
#  d. PostgreSQL stopped for a few seconds during a write load: requests
#     answer 503 with the clear message (JSON for the API, a page for the
#     web), none 500; once it is back every server serves again by itself,
#     and nothing acknowledged is lost;
#     a server started while it is down waits for it, then serves;
#  e. both servers send reminders: each outbox row is posted once.
# With GRIP_TEST_POSTGRES set (the PostgreSQL pass) the database is a
# PostgreSQL server of the test's own (scripts/pgtest), so that it can be
# stopped; without it (the SQLite pass) the two servers share one SQLite
# file and d is skipped: there is no database server to stop.
# Usage: servers.sh GRIP_BIN. Exits 0 when all hold. KEEP=1 keeps the
# work directory and prints it.
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
chmod 711 "$work" # the PostgreSQL server may run as another user (pgtest)
pids=""  # servers and the receiver
cpids="" # the load's clients
pg=""
nginx_pid=""

cleanup() {
	exec 2>/dev/null # not bash's word on each job killed
	for p in $cpids $pids; do kill -KILL "$p"; done
	[ -n "$nginx_pid" ] && kill -QUIT "$nginx_pid" 2>/dev/null
	[ -n "$pg" ] && "$root/scripts/pgtest" stop "$pg" >/dev/null 2>&1
	if [ -n "${KEEP:-}" ]; then echo "$work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 1' INT TERM # a harness's timeout cleans up too
fail() {
	echo "servers: $*"
	for f in "$work"/a.log "$work"/b.log "$work"/nginx-error.log; do
		[ -s "$f" ] && { echo "--- $(basename "$f") (last lines)"; tail -n 15 "$f"; }
	done
	exit 1
}
cd "$work" || exit 1
export GRIP_NOW=2026-11-23

command -v nginx >/dev/null || fail "no nginx (Debian package nginx; scripts/bootstrap installs it)"
py=$(command -v python3) || fail "no python3"

if [ -n "${GRIP_TEST_POSTGRES:-}" ]; then
	mode=postgres
	pg=$work/pg
	out=$("$root/scripts/pgtest" start "$pg") || fail "cannot start PostgreSQL"
	export GRIP_DB=${out#GRIP_TEST_POSTGRES=}
	unset GRIP_TEST_POSTGRES # an explicit location: nothing to map
	pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)
	pg_port=$(cat "$pg/port")
	as_owner() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
	sql() { "$pgbin/psql" -qAt -h 127.0.0.1 -p "$pg_port" -U grip -d grip -c "$1"; }
else
	mode=sqlite
	export GRIP_DB=$work/grip.db
	sql() { "$py" -c 'import sqlite3, sys
db = sqlite3.connect(sys.argv[1], timeout=30)
for row in db.execute(sys.argv[2]):
    print("|".join("" if v is None else str(v) for v in row))
db.commit()' "$GRIP_DB" "$1"; }
fi

"$bin" init --org Acme --admin ada@acme.test --name Ada >/dev/null || fail "init"
"$bin" unit add Mobile --kind team >/dev/null
"$bin" cycle add 2026-Q4 --kind quarter --from 2026-10-01 --to 2026-12-31 >/dev/null
"$bin" objective add "Onboard" --cycle 2026-Q4 --layer team --unit Mobile >/dev/null
"$bin" kr add 1 "Activation" --baseline 0 --target 1000 >/dev/null || fail "setup"
"$bin" person password ada@acme.test --password 'correct horse battery' >/dev/null || fail "password"
token=$("$bin" token create ada@acme.test | tail -n 1)
auth="Authorization: Bearer $token"

# start_grip NAME: `grip serve` on a free port, NAME.out and NAME.log;
# sets NAME_pid and NAME_url. Each sends reminders every second (e).
start_grip() {
	local name=$1 url=""
	"$bin" serve --listen 127.0.0.1:0 --remind-every 1 --max-per-client 0 --proxy 127.0.0.1 >"$work/$name.out" 2>>"$work/$name.log" &
	local pid=$!
	pids="$pids $pid"
	for _ in $(seq 300); do # up to 30 s on a loaded machine
		url=$(sed -n 's|^grip: listening on ||p' "$work/$name.out" 2>/dev/null)
		[ -n "$url" ] && break
		kill -0 "$pid" 2>/dev/null || fail "server $name exited: $(cat "$work/$name.log")"
		sleep 0.1
	done
	[ -n "$url" ] || fail "server $name did not start"
	printf -v "${name}_pid" %s "$pid"
	printf -v "${name}_url" %s "$url"
}

start_grip a
start_grip b

# nginx in the foreground of a job, as this user, everything in work.
nginx_port=$("$py" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
write_nginx_conf() {
	mkdir -p "$work/nginx"
	{
		echo "daemon off;"
		echo "worker_processes 1;"
		[ "$(id -u)" -eq 0 ] && echo "user root root;"
		echo "pid $work/nginx.pid;"
		echo "error_log $work/nginx-error.log warn;"
		echo "events { worker_connections 512; }"
		echo "http {"
		echo "  access_log $work/nginx-access.log;"
		for t in client_body proxy fastcgi uwsgi scgi; do echo "  ${t}_temp_path $work/nginx/$t;"; done
		echo "  upstream grip {"
		echo "    server ${a_url#http://} max_fails=1 fail_timeout=5s;"
		echo "    server ${b_url#http://} max_fails=1 fail_timeout=5s;"
		echo "  }"
		echo "  server {"
		echo "    listen 127.0.0.1:$nginx_port;"
		echo "    location / {"
		echo "      proxy_pass http://grip;"
		echo "      proxy_set_header Host \$http_host;"
		echo "      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;"
		echo "      proxy_connect_timeout 2s;"
		echo "      proxy_read_timeout 20s;"
		echo "      proxy_next_upstream error timeout;" # never a POST already sent
		echo "    }"
		echo "  }"
		echo "}"
	} >"$work/nginx.conf"
}
write_nginx_conf
nginx -e "$work/nginx-error.log" -p "$work/nginx" -c "$work/nginx.conf" &
nginx_pid=$!
lb=http://127.0.0.1:$nginx_port
for _ in $(seq 300); do
	[ "$(curl -s -m 5 -o /dev/null -w '%{http_code}' "$lb/healthz")" = 200 ] && break
	kill -0 "$nginx_pid" 2>/dev/null || fail "nginx exited: $(cat "$work/nginx-error.log")"
	sleep 0.1
done
[ "$(curl -s -m 5 -o /dev/null -w '%{http_code}' "$lb/healthz")" = 200 ] || fail "nginx does not answer"

checkin() { # BASE PLAN [VALUE] -> "STATUS BODY"
	curl -s -m 20 -o - -w ' %{http_code}' -X POST "$1/api/v1/orgs/acme/objectives/1/checkins" -H "$auth" \
		-d "{\"confidence\":7,\"results\":[{\"key_result_id\":1,\"value\":${3:-1}}],\"plan\":\"$2\"}"
}
get() { curl -s -m 20 -o - -w ' %{http_code}' -H "$auth" "$1$2"; }
# The access log leaves each server on a timer (docs/performance.md), so a
# line may reach the file a moment after its answer: look for a while.
in_log() { # FILE EXTENDED-REGEX
	local _
	for _ in $(seq 100); do
		grep -Eq "$2" "$1" && return 0
		sleep 0.1
	done
	return 1
}
stored_plans() { "$bin" checkin list 1 --json | grep -o '"plan":"[^"]*"' | cut -d'"' -f4 | sort; }

# a. Write through one, read through the other at once: the check-in's
# plan in the other's list of check-ins and the key result's new value,
# answers the read cache keeps (each is read twice on both servers before
# the write, so the second read of each is a kept answer). Each direction
# in turn, and through nginx's round-robin too.
rounds=60
for ((i = 1; i <= rounds; i++)); do
	if ((i % 3 == 1)); then from=$a_url to=$b_url; elif ((i % 3 == 2)); then from=$b_url to=$a_url; else from=$lb to=$lb; fi
	value=$((i * 10))
	for u in "$a_url" "$b_url" "$a_url" "$b_url"; do
		for path in "/api/v1/orgs/acme/objectives/1/checkins?limit=200" /api/v1/orgs/acme/key_results/1; do
			[ "$(get "$u" "$path" | tail -c 3)" = 200 ] || fail "a: a read of $path before round $i"
		done
	done
	out=$(checkin "$from" "coherent-$i" "$value")
	[ "${out##* }" = 201 ] || fail "a: check-in $i answered ${out##* }: ${out% *}"
	out=$(get "$to" "/api/v1/orgs/acme/objectives/1/checkins?limit=200")
	[ "${out##* }" = 200 ] || fail "a: list $i answered ${out##* }"
	case $out in *"\"plan\":\"coherent-$i\""*) ;; *) fail "a: round $i: the other server's list is stale: ${out:0:200}" ;; esac
	out=$(get "$to" /api/v1/orgs/acme/key_results/1)
	case $out in *"\"current\":$value,"* | *"\"current\":$value.0,"* | *"\"current\":$value}"*) ;;
	*) fail "a: round $i: the other server's key result is stale (want $value): ${out:0:300}" ;; esac
done
for _ in $(seq 100); do
	kept=$(cat "$work/a.log" "$work/b.log" | grep -c '"GET /api/v1/orgs/acme/[^"]*" 200 .* kept$')
	[ "$kept" -ge "$rounds" ] && break
	sleep 0.1
done
[ "$kept" -ge "$rounds" ] || fail "a: only $kept reads were answered from a cache: is it on?"
echo "a: $rounds writes each read at once through the other server ($kept reads answered from a cache)"

# b. A session: signed in through a, used through b (a read and a write
# with its CSRF token), signed out through a, refused by b.
session=$(curl -s -m 20 -D "$work/signin.h" -o - -X POST "$a_url/api/v1/session" -H 'Content-Type: application/json' \
	-d '{"org":"acme","email":"ada@acme.test","password":"correct horse battery"}')
cookie=$(sed -n 's/^Set-Cookie: \(grip_session=[^;]*\).*/\1/pi' "$work/signin.h" | tr -d '\r')
csrf=$(echo "$session" | grep -o '"csrf_token":"[^"]*"' | cut -d'"' -f4)
[ -n "$cookie" ] && [ -n "$csrf" ] || fail "b: sign-in through a: $session"
code=$(curl -s -m 20 -o "$work/me" -w '%{http_code}' -b "$cookie" "$b_url/api/v1/me")
[ "$code" = 200 ] && grep -q 'ada@acme.test' "$work/me" || fail "b: the session from a, on b: $code $(cat "$work/me")"
code=$(curl -s -m 20 -o /dev/null -w '%{http_code}' -b "$cookie" -X POST "$b_url/api/v1/orgs/acme/objectives/1/checkins" \
	-H "X-CSRF-Token: $csrf" -d '{"confidence":6,"results":[{"key_result_id":1,"value":5}],"plan":"by-session"}')
[ "$code" = 201 ] || fail "b: a write on b with the session and CSRF token from a answered $code"
code=$(curl -s -m 20 -o /dev/null -w '%{http_code}' -b "$cookie" -X POST "$b_url/api/v1/orgs/acme/objectives/1/checkins" \
	-H "X-CSRF-Token: wrong" -d '{"confidence":6,"results":[{"key_result_id":1,"value":5}]}')
[ "$code" = 403 ] || fail "b: a wrong CSRF token on b answered $code"
code=$(curl -s -m 20 -o /dev/null -w '%{http_code}' -b "$cookie" "$b_url/")
[ "$code" = 200 ] || fail "b: the web page on b with the session from a answered $code"
for ((i = 0; i < 6; i++)); do # through nginx: both servers in turn
	code=$(curl -s -m 20 -o /dev/null -w '%{http_code}' -b "$cookie" "$lb/api/v1/me")
	[ "$code" = 200 ] || fail "b: the session through nginx answered $code"
done
code=$(curl -s -m 20 -o /dev/null -w '%{http_code}' -b "$cookie" -X DELETE -H "X-CSRF-Token: $csrf" "$a_url/api/v1/session")
[ "$code" = 204 ] || fail "b: sign-out through a answered $code"
code=$(curl -s -m 20 -o /dev/null -w '%{http_code}' -b "$cookie" "$b_url/api/v1/me")
[ "$code" = 401 ] || fail "b: the session signed out on a still works on b ($code)"
echo "b: a session from one server works on the other, and its sign-out too"

# b2. Through nginx each client keeps its own address (--proxy): wrong
# passwords from 127.0.0.2 throttle that address, on both servers, and
# not 127.0.0.3's sign-in; an X-Forwarded-For written by the client
# changes nothing.
signin_from() { # ADDRESS EMAIL PASSWORD [HEADER] -> status
	curl -s -m 60 -o /dev/null -w '%{http_code}' --interface "$1" -X POST "$lb/api/v1/session" \
		-H 'Content-Type: application/json' ${4:+-H "$4"} \
		-d "{\"org\":\"acme\",\"email\":\"$2\",\"password\":\"$3\"}"
}
codes=""
for ((i = 1; i <= 22; i++)); do # the address's free failures are 20; each email fails once
	codes="$codes $(signin_from 127.0.0.2 "guess$i@acme.test" wrong "X-Forwarded-For: 127.0.0.9")"
done
case $codes in *' 429') ;; *) fail "b2: failures from 127.0.0.2 were not throttled:$codes" ;; esac
code=$(signin_from 127.0.0.3 ada@acme.test 'correct horse battery')
[ "$code" = 201 ] || fail "b2: a sign-in from 127.0.0.3 after 127.0.0.2's failures answered $code"
code=$(signin_from 127.0.0.2 ada@acme.test 'correct horse battery')
[ "$code" = 429 ] || fail "b2: 127.0.0.2 was not held back on its next sign-in ($code)"
in_log "$work/a.log" '^127\.0\.0\.2 "POST /api/v1/session" 429' && in_log "$work/b.log" '^127\.0\.0\.2 "POST /api/v1/session" 429' ||
	fail "b2: not both servers saw 127.0.0.2 throttled"
echo "b2: behind nginx each client's address counts on its own, on both servers together"

# Clients for c and d: each posts check-ins through nginx until told to
# stop; writes "STATUS PLAN" per answer (000: no answer) to seen-NAME.
client() {
	local name=$1 i=0 out
	while [ ! -e "$work/stop" ] && [ -d "$work" ]; do
		i=$((i + 1))
		out=$(checkin "$lb" "$name-$i" "$i")
		echo "${out##* } $name-$i" >>"$work/seen-$name"
	done
}
run_load() { # SECONDS_BEFORE ACTION...: clients, then the action, then 1.5 s more
	rm -f "$work"/seen-* "$work/stop"
	local c
	cpids=""
	for c in p q r; do client "$c" & cpids="$cpids $!"; done
	sleep "$1"
	shift
	"$@"
	sleep 1.5
	touch "$work/stop"
	wait $cpids
	cpids=""
}
acked() { cat "$work"/seen-* | awk '$1 == 201 { print $2 }' | sort; }
count() { cat "$work"/seen-* | awk -v s="$1" '$1 == s' | wc -l; }
check_acked() { # WHAT
	local missing
	missing=$(comm -23 <(acked) <(stored_plans))
	[ -z "$missing" ] || fail "$1: acknowledged but not stored: $(echo "$missing" | head -n 5 | tr '\n' ' ')"
}

# c. kill -9 of a during the load.
kill_a() {
	kill -KILL "$a_pid"
	wait "$a_pid" 2>/dev/null
	touch "$work/killed"
}
run_load 2 kill_a
total=$(cat "$work"/seen-* | wc -l)
n201=$(count 201) n502=$(count 502)
others=$(cat "$work"/seen-* | awk '$1 != 201 && $1 != 502' | wc -l)
echo "c: clients saw $total answers: $n201 acknowledged (201), $n502 502 (in flight at the killed server), $others other"
[ "$n201" -gt 0 ] || fail "c: nothing was acknowledged"
[ "$others" = 0 ] || fail "c: unexpected answers: $(cat "$work"/seen-* | awk '$1 != 201 && $1 != 502' | head -n 5 | tr '\n' ' ')"
check_acked c
after=0
for ((i = 0; i < 10; i++)); do # b goes on serving, for reads and writes
	[ "$(get "$lb" /api/v1/orgs/acme/objectives/1 | tail -c 3)" = 200 ] && after=$((after + 1))
done
[ "$after" = 10 ] || fail "c: after the kill, only $after of 10 reads through nginx answered 200"
out=$(checkin "$lb" after-kill)
[ "${out##* }" = 201 ] || fail "c: after the kill, a check-in through nginx answered ${out##* }"
echo "c: every acknowledged check-in is stored, and b goes on serving"

# a comes back (a new process) for what follows.
start_grip a
write_nginx_conf
kill -HUP "$nginx_pid"
sleep 1

if [ "$mode" = postgres ]; then
	# d. PostgreSQL stopped for a few seconds during the load.
	pg_down() {
		as_owner "$pgbin/pg_ctl" -D "$pg/data" -m fast -w stop >/dev/null || fail "d: pg_ctl stop"
		# While it is down: the API's answer and the web's page, on each server.
		for u in "$a_url" "$b_url" "$lb"; do
			out=$(get "$u" /api/v1/orgs/acme/objectives/1)
			[ "${out##* }" = 503 ] || fail "d: a read while the database is down answered ${out##* }: ${out% *}"
			case $out in *'"code":"unavailable"'*'the database cannot be reached'*) ;;
			*) fail "d: the 503 does not say why: $out" ;; esac
			out=$(checkin "$u" while-down)
			[ "${out##* }" = 503 ] || fail "d: a write while the database is down answered ${out##* }"
			out=$(curl -s -m 20 -o - -w ' %{http_code}' "$u/signin")
			[ "${out##* }" = 503 ] || fail "d: the sign-in page while the database is down answered ${out##* }"
			case $out in *'<h1>Try again in a moment</h1>'*'cannot be reached'*) ;;
			*) fail "d: the page while the database is down: ${out:0:400}" ;; esac
		done
		# A server started now waits for the database, and says so.
		"$bin" serve --listen 127.0.0.1:0 --remind-every 0 >"$work/c.out" 2>"$work/c.log" &
		c_pid=$!
		pids="$pids $c_pid"
		sleep 2
		kill -0 "$c_pid" 2>/dev/null || fail "d: a server started while the database is down exited: $(cat "$work/c.log")"
		grep -q '^grip: waiting for the database' "$work/c.log" || fail "d: the waiting server says: $(cat "$work/c.log")"
		grep -q listening "$work/c.out" && fail "d: a server listens without its database"
		as_owner "$pgbin/pg_ctl" -D "$pg/data" -l "$pg/server.log" -w -t 60 \
			-o "-p $pg_port -k $pg -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=on" \
			start >/dev/null || fail "d: pg_ctl start"
	}
	run_load 1.5 pg_down
	total=$(cat "$work"/seen-* | wc -l)
	n201=$(count 201) n503=$(count 503)
	others=$(cat "$work"/seen-* | awk '$1 != 201 && $1 != 503' | wc -l)
	echo "d: clients saw $total answers: $n201 acknowledged (201), $n503 503 while the database was down, $others other"
	[ "$others" = 0 ] || fail "d: unexpected answers: $(cat "$work"/seen-* | awk '$1 != 201 && $1 != 503' | head -n 5 | tr '\n' ' ')"
	[ "$n503" -gt 0 ] || fail "d: no client saw the database down"
	in_log "$work/a.log" ' 503 ' && in_log "$work/b.log" ' 503 ' || fail "d: not both servers answered 503"
	# Back: each server serves reads and writes again, without a restart.
	for u in "$a_url" "$b_url"; do
		out=$(get "$u" /api/v1/orgs/acme/objectives/1)
		[ "${out##* }" = 200 ] || fail "d: $u after the database came back: ${out##* } ${out% *}"
		out=$(checkin "$u" after-restart)
		[ "${out##* }" = 201 ] || fail "d: a write on $u after the database came back: ${out##* } ${out% *}"
		out=$(curl -s -m 20 -o /dev/null -w '%{http_code}' "$u/signin")
		[ "$out" = 200 ] || fail "d: the sign-in page on $u after the database came back: $out"
	done
	kill -0 "$a_pid" && kill -0 "$b_pid" || fail "d: a server exited"
	c_url=""
	for _ in $(seq 300); do
		c_url=$(sed -n 's|^grip: listening on ||p' "$work/c.out")
		[ -n "$c_url" ] && break
		sleep 0.1
	done
	[ -n "$c_url" ] || fail "d: the server that waited did not start once the database was back: $(cat "$work/c.log")"
	[ "$(get "$c_url" /api/v1/orgs/acme/objectives/1 | tail -c 3)" = 200 ] || fail "d: the server that waited does not serve"
	kill -TERM "$c_pid"
	wait "$c_pid" || fail "d: the server that waited did not stop cleanly"
	last=$(tail -n 20 "$work/seen-p" | awk '{ print $1 }' | tr '\n' ' ')
	case $last in *201*) ;; *) fail "d: the load did not resume: $last" ;; esac
	check_acked d
	echo "d: 503 with the message while PostgreSQL was down; service resumed by itself, nothing acknowledged lost;"
	echo "d: a server started meanwhile waited for the database and then served"
else
	echo "d: skipped on SQLite: there is no database server to stop"
fi

# e. Both servers run a round of reminders every second: rows of a unit's
# webhook queued in the outbox are each posted once, by one of them.
hooks=$work/hooks
mkdir -p "$hooks"
"$py" "$root/tests/remind/webhook_sink.py" "$hooks" >"$hooks.out" 2>"$hooks.err" &
pids="$pids $!"
for _ in $(seq 100); do
	hook_port=$(sed -n 's/^port //p' "$hooks.out" 2>/dev/null)
	[ -n "$hook_port" ] && break
	sleep 0.1
done
[ -n "$hook_port" ] || fail "e: the webhook receiver did not start"
"$bin" unit edit Mobile --webhook "http://127.0.0.1:$hook_port/services/T0/B0/x" >/dev/null || fail "e: webhook"
rows=40
values=""
for ((i = 1; i <= rows; i++)); do
	values="$values${values:+, }(1, 'u2', 2, 'webhook', 'checkin.due', 'twice-$i', 'twice-$i', 'twice-$i', '/objectives/1', '2026-11-23T00:00:00Z', '2026-11-23T00:00:00Z')"
done
sql "INSERT INTO notifications (org_id, recipient, unit_id, channel, kind, dedup, subject, body, link, created_at, next_attempt_at) VALUES $values" >/dev/null ||
	fail "e: cannot queue the rows"
for _ in $(seq 300); do
	left=$(sql "SELECT COUNT(*) FROM notifications WHERE dedup LIKE 'twice-%' AND sent_at IS NULL")
	[ "$left" = 0 ] && break
	sleep 0.1
done
[ "$left" = 0 ] || fail "e: $left rows were not sent in 30 s"
posted=$(cat "$hooks"/*.json | grep -o 'twice-[0-9]*' | sort)
[ "$(echo "$posted" | grep -c .)" = "$rows" ] && [ "$(echo "$posted" | sort -u | grep -c .)" = "$rows" ] ||
	fail "e: the receiver got $(echo "$posted" | grep -c .) posts of $(echo "$posted" | sort -u | grep -c .) rows: $(echo "$posted" | uniq -d | head -n 3 | tr '\n' ' ')"
by_a=$(grep -c 'posted .* to the webhook' "$work/a.log")
by_b=$(grep -c 'posted .* to the webhook' "$work/b.log")
echo "e: $rows rows posted once each ($by_a by a, $by_b by b)"
echo "servers: all hold ($mode)"
