#!/usr/bin/env bash
# 1102-cache.sh — the read cache survives writes that do not touch what it
# keeps. With a real server, real HTTP and the CLI on the same file:
#  - a check-in on objective A changes A, the lists holding A and the
#    objectives above A, while B's answers stay kept;
#  - a write that is not confined to named objectives (a unit renamed, a
#    membership) retires every answer of the org, through the server or
#    through the CLI;
#  - a check-in by the CLI is seen by the next read, and leaves the rest
#    kept;
#  - an answer computed while a write lands is not kept stale.
# Which answers came from the cache is read from the access log (" kept")
# once each server has stopped, request by request.
# Usage: 1102-cache.sh GRIP_BIN. Exits 0 when all hold.
set -u
. "$(dirname "${BASH_SOURCE[0]}")/serve.bash"
shell_case 1102-cache "$1"

"$bin" init --org Acme --admin ada@acme.test --name Ada >/dev/null || fail "init"
"$bin" person add bo@acme.test --name Bo >/dev/null
"$bin" unit add Mobile --kind team >/dev/null
"$bin" unit add Web --kind team >/dev/null
"$bin" unit add Big --kind team >/dev/null
"$bin" cycle add 2026-Q4 --kind quarter --from 2026-10-01 --to 2026-12-31 >/dev/null
"$bin" objective add "Grow" --cycle 2026-Q4 --layer strategic --unit Acme >/dev/null  # 1: above A
"$bin" objective add "A" --cycle 2026-Q4 --layer team --unit Mobile >/dev/null        # 2
"$bin" objective add "B" --cycle 2026-Q4 --layer team --unit Web >/dev/null           # 3
"$bin" objective align 2 1 >/dev/null || fail "align A to Grow"
"$bin" kr add 2 "Activation" --baseline 0 --target 1000 >/dev/null # key result 1
"$bin" kr add 3 "Latency" --baseline 0 --target 100 >/dev/null     # key result 2
token=$("$bin" token create ada@acme.test | tail -n 1)

expected=() # per request: "kept" or "new", with its method and path
body=""

call() { # kept|new METHOD PATH [JSON]: sets body (the answer, then its status)
	local args=(-s -m 20 -X "$2" -H "Authorization: Bearer $token" -w ' %{http_code}')
	[ $# -ge 4 ] && args+=(-H 'Content-Type: application/json' -d "$4")
	body=$(curl "${args[@]}" "$url$3")
	expected+=("$1 $2 ${3%%\?*}")
}

get() { call "$@"; } # for reading
post() { call new POST "$@"; }

progress() { # the first "progress" of the last answer
	echo "$body" | grep -o '"progress":[0-9.]*' | head -n 1 | cut -d: -f2
}

same() { # what a b: the two answers must be equal
	[ "$2" = "$3" ] || fail "$1: the answer changed: $2 / $3"
}

differ() {
	[ "$2" != "$3" ] || fail "$1: the answer did not change: $2"
}

stop_and_check() { # stops the server; each request's log line against what was expected
	kill -TERM "$server"
	wait "$server" 2>/dev/null
	local lines i=0 line want method path
	mapfile -t lines < <(grep -E '"(GET|POST|PATCH|PUT|DELETE) ' "$work/log")
	[ "${#lines[@]}" -eq "${#expected[@]}" ] ||
		fail "the log holds ${#lines[@]} requests, ${#expected[@]} were made"
	for line in "${lines[@]}"; do
		read -r want method path <<<"${expected[$i]}"
		case $line in
		*"\"$method $path\" "*) ;;
		*) fail "request $((i + 1)): expected $method $path, the log has: $line" ;;
		esac
		case $want/$line in
		kept/*' kept') ;;
		kept/*) fail "request $((i + 1)) ($method $path) was not answered from the cache: $line" ;;
		new/*' kept') fail "request $((i + 1)) ($method $path) was answered from the cache: $line" ;;
		esac
		i=$((i + 1))
	done
	expected=()
	: >"$work/log"
}

O=/api/v1/orgs/acme
start_server

# Every answer twice: computed, then kept.
for path in "$O/objectives/2" "$O/objectives/3" "$O/objectives/1" "$O/objectives?unit=Mobile" \
	"$O/objectives?unit=Web" "$O/key_results/2" "$O/key_results/2/values" "$O/objectives/3/checkins" \
	"$O/units"; do
	get new GET "$path"
	get kept GET "$path"
done
get kept GET "$O/objectives/2"
a0=$body
get kept GET "$O/objectives/3"
b0=$body
get kept GET "$O/objectives?unit=Mobile"
mobile0=$body
get kept GET "$O/objectives?unit=Web"
web0=$body
get kept GET "$O/objectives/1"
grow0=$body

# A check-in on A: A, the list holding A and Grow above it change; B's
# answers stay in the cache, and so does a list of other units.
post "$O/objectives/2/checkins" '{"confidence":7,"results":[{"key_result_id":1,"value":500}]}'
case $body in *' 201') ;; *) fail "check-in on A: $body" ;; esac
get new GET "$O/objectives/2"
[ "$(progress)" = 0.5 ] || fail "A after its check-in: $body"
differ "A" "$a0" "$body"
get new GET "$O/objectives?unit=Mobile"
differ "the list holding A" "$mobile0" "$body"
echo "$body" | grep -q '"progress":0.5' || fail "the list holding A does not show its progress: $body"
get new GET "$O/objectives/1"
differ "Grow, above A" "$grow0" "$body"
[ "$(progress)" = 0.5 ] || fail "Grow does not roll A up: $body"
get kept GET "$O/objectives/3"
same "B" "$b0" "$body"
get kept GET "$O/objectives?unit=Web"
same "the list holding B" "$web0" "$body"
get kept GET "$O/key_results/2"
get kept GET "$O/key_results/2/values"
get kept GET "$O/objectives/3/checkins"
get new GET "$O/units" # holds anything of the org: any change of it retires it
get kept GET "$O/objectives/2"

# A key result's value set on B: B changes, A stays.
post "$O/key_results/2/values" '{"value":25}'
case $body in *' 201') ;; *) fail "value of B's key result: $body" ;; esac
get new GET "$O/objectives/3"
[ "$(progress)" = 0.25 ] || fail "B after its value: $body"
get new GET "$O/key_results/2"
get new GET "$O/key_results/2/values"
get kept GET "$O/objectives/2"
get kept GET "$O/objectives?unit=Mobile"

# A write through the server that is not confined to objectives: a unit
# renamed. Every answer of the org is computed again.
get new GET "$O/objectives/3/checkins" # computed after B's value: kept from here
get kept GET "$O/objectives/3/checkins"
call new PATCH "$O/units/3" '{"name":"Webteam"}'
case $body in *' 200') ;; *) fail "rename the unit: $body" ;; esac
get new GET "$O/objectives/3"
echo "$body" | grep -q '"unit":"Webteam"' || fail "B does not name its unit's new name: $body"
get new GET "$O/objectives/2"
get new GET "$O/objectives/3/checkins"
get new GET "$O/key_results/2"
get new GET "$O/objectives?unit=Mobile"
get kept GET "$O/objectives?unit=Mobile"
get kept GET "$O/objectives/2"
get kept GET "$O/objectives/3"

# Writes by another process on the same file, while the server runs: a
# check-in by the CLI is seen by the next read and leaves B kept; a
# membership retires everything of the org.
"$bin" checkin 2 --confidence 8 --kr 1=800 >/dev/null || fail "check-in by the CLI"
get new GET "$O/objectives/2"
[ "$(progress)" = 0.8 ] || fail "A after the CLI's check-in: $body"
get kept GET "$O/objectives/3"
"$bin" member add Mobile bo@acme.test >/dev/null || fail "member add by the CLI"
get new GET "$O/objectives/3"
get new GET "$O/objectives/2"
get kept GET "$O/objectives/2"
# A failing write changes nothing: the cache keeps what it has.
post "$O/objectives/2/checkins" '{"confidence":11}'
case $body in *' 422') ;; *) fail "a refused check-in: $body" ;; esac
get kept GET "$O/objectives/2"
stop_and_check

# An answer computed while a write lands is not kept stale. A slow read of
# a big unit's list (100 objectives of 100 key results, copied in SQL)
# runs; meanwhile a check-in on one of its objectives commits and a quick
# read applies it to the cache; the slow read's answer, from before the
# check-in, must not be kept.
"$bin" objective add "Big" --cycle 2026-Q4 --layer team --unit Big >/dev/null # 4
"$bin" kr add 4 "Step" --baseline 0 --target 100 >/dev/null                   # key result 3
columns() { # table: its columns but id and those named after it, joined by ","
	local skip=${2:-}
	# The catalog is the one thing the two back ends name differently.
	if "$here/../sql" --schema "$GRIP_DB" >/dev/null 2>&1; then
		db_sql "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema()
			AND table_name = '$1' AND column_name NOT IN ('id'$skip) ORDER BY ordinal_position"
	else
		db_sql "SELECT name FROM pragma_table_info('$1') WHERE name NOT IN ('id'$skip) ORDER BY cid"
	fi | paste -sd, -
}
count='(WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100) SELECT i FROM n) p'
oc=$(columns objectives)
kc=$(columns key_results ", 'objective_id', 'position'")
# The ids are given, as grip gives them (PostgreSQL's sequences do not
# follow grip's ids): objectives 5 to 103, key results from 4 on.
db_sql "INSERT INTO objectives (id, $oc) SELECT 4 + p.i - 1, $oc FROM objectives, $count WHERE id = 4 AND p.i > 1;
	INSERT INTO key_results (id, objective_id, position, $kc)
	SELECT 3 + (o.id - 4) * 100 + p.i - 1, o.id, p.i, $(echo "$kc" | sed 's/[a-z_]*/k.&/g')
	FROM key_results k, objectives o, $count WHERE k.id = 3 AND o.unit_id = 4 AND (o.id > 4 OR p.i > 1)" ||
	fail "cannot copy the big unit's objectives"
start_server --cache-mb 64
stale=0
for i in $(seq 1 25); do
	# A query of its own each round, so that the slow read computes.
	curl -s -m 20 -o /dev/null -H "Authorization: Bearer $token" "$url$O/objectives?unit=Big&round=$i" &
	slow=$!
	sleep 0.02
	status=$(curl -s -m 20 -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $token" \
		-H 'Content-Type: application/json' \
		-d "{\"confidence\":5,\"results\":[{\"key_result_id\":3,\"value\":$i}]}" "$url$O/objectives/4/checkins")
	[ "$status" = 201 ] || fail "round $i: the check-in answered $status"
	curl -s -m 20 -o /dev/null -H "Authorization: Bearer $token" "$url$O/objectives/3"
	wait "$slow"
	after=$(curl -s -m 20 -w ' %{http_code}' -H "Authorization: Bearer $token" "$url$O/objectives?unit=Big&round=$i")
	case $after in *' 200') ;; *) fail "round $i: the list answered ${after##* }" ;; esac
	echo "$after" | grep -q '"id":3,"objective_id":4,[^}]*"current":'"$i," || stale=$((stale + 1))
done
# The last round's answer, computed after its check-in, is kept.
curl -s -m 20 -o /dev/null -H "Authorization: Bearer $token" "$url$O/objectives?unit=Big&round=25"
kill -TERM "$server"
wait "$server" 2>/dev/null
[ "$stale" = 0 ] || fail "$stale of 25 reads after a check-in showed the list from before it"
grep -q '"GET /api/v1/orgs/acme/objectives" 200 .* kept$' "$work/log" ||
	fail "the big list was never answered from the cache"
echo "1102-cache: a check-in keeps what it does not touch; other writes, the CLI's too, retire the org's answers; nothing stale is kept"
