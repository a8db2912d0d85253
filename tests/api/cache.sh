#!/usr/bin/env bash
# cache.sh — grip serve keeps answers to reads until the data changes. With
# a real server and real clients, an answer must follow every kind of
# change: a write through the API, a write by another process on the same
# file (the CLI), a revoked token, a person who left; and one person's
# answer is never handed to another. Every answer is also compared with a
# server that keeps nothing (--cache-mb 0).
# Usage: cache.sh GRIP_BIN. Exits 0 when all hold.
set -u
. "$(dirname "${BASH_SOURCE[0]}")/serve.bash"
shell_case cache "$1"

setup() { # a fresh file: a team objective, a private unit's objective, three tokens
	db_remove
	"$bin" init --org Acme --admin ada@acme.test --name Ada >/dev/null || fail "init"
	"$bin" person add bo@acme.test --name Bo >/dev/null
	"$bin" person add cy@acme.test --name Cy >/dev/null
	"$bin" unit add Mobile --kind team >/dev/null
	"$bin" unit add Circle --kind team --private >/dev/null
	"$bin" member add Circle bo@acme.test >/dev/null
	"$bin" cycle add 2026-Q4 --kind quarter --from 2026-10-01 --to 2026-12-31 >/dev/null
	"$bin" objective add "Onboard" --cycle 2026-Q4 --layer team --unit Mobile >/dev/null
	"$bin" kr add 1 "Activation" --baseline 0 --target 1000 >/dev/null
	"$bin" objective add "Circle goal" --cycle 2026-Q4 --layer team --unit Circle >/dev/null ||
		fail "objective in the private unit"
	ada=$("$bin" token create ada@acme.test | tail -n 1)
	bo=$("$bin" token create bo@acme.test | tail -n 1)
	cy=$("$bin" token create cy@acme.test | tail -n 1)
}

# start_server [OPTIONS]: sets url and server

get() { # token path -> "STATUS BODY"
	curl -s -m 5 -o - -w ' %{http_code}' -H "Authorization: Bearer $1" "$url$2"
}

progress() { # token -> objective 1's progress, or the status when not 200
	local out
	out=$(get "$1" /api/v1/orgs/acme/objectives/1)
	case $out in
	*' 200') echo "$out" | grep -o '"progress":[0-9.]*' | head -n 1 | cut -d: -f2 ;;
	*) echo "status ${out##* }" ;;
	esac
}

expect() { # what got want
	[ "$2" = "$3" ] || fail "$1: expected $3, got $2"
}

run_all() { # the same story against whichever server is running
	expect "first read" "$(progress "$ada")" 0
	expect "read again" "$(progress "$ada")" 0
	curl -s -m 5 -o /dev/null -X POST "$url/api/v1/orgs/acme/objectives/1/checkins" \
		-H "Authorization: Bearer $ada" -d '{"confidence":7,"results":[{"key_result_id":1,"value":250}]}'
	expect "after a check-in through the API" "$(progress "$ada")" 0.25
	"$bin" kr update 1 500 >/dev/null || fail "kr update by the CLI"
	expect "after a write by another process" "$(progress "$ada")" 0.5
	expect "the same read again" "$(progress "$ada")" 0.5
	# A private unit's objective: Ada (admin) and Bo (member) see it, Cy not.
	expect "admin reads the private objective" "$(get "$ada" /api/v1/orgs/acme/objectives/2 | tail -c 3)" 200
	expect "and again" "$(get "$ada" /api/v1/orgs/acme/objectives/2 | tail -c 3)" 200
	expect "an outsider's read is not the admin's" "$(get "$cy" /api/v1/orgs/acme/objectives/2 | tail -c 3)" 404
	expect "a member reads it" "$(get "$bo" /api/v1/orgs/acme/objectives/2 | tail -c 3)" 200
	expect "and again" "$(get "$bo" /api/v1/orgs/acme/objectives/2 | tail -c 3)" 200
	"$bin" member leave Circle bo@acme.test >/dev/null || fail "member leave"
	expect "the member who left" "$(get "$bo" /api/v1/orgs/acme/objectives/2 | tail -c 3)" 404
	# A revoked token and a person who left stop at once.
	expect "Cy before" "$(progress "$cy")" 0.5
	"$bin" token revoke 3 >/dev/null || fail "token revoke"
	expect "a revoked token" "$(progress "$cy")" "status 401"
	expect "Bo before leaving the org" "$(progress "$bo")" 0.5
	"$bin" person leave bo@acme.test >/dev/null || fail "person leave"
	expect "a person who left" "$(progress "$bo")" "status 401"
}

setup
start_server
run_all
kill -TERM "$server"; wait "$server" 2>/dev/null
grep -q '"GET /api/v1/orgs/acme/objectives/2" 200 .* kept$' "$work/log" || fail "no answer came from the cache"
: >"$work/log"

# The same story on a fresh file with a server that keeps nothing.
setup
start_server --cache-mb 0
run_all
kill -TERM "$server"; wait "$server" 2>/dev/null
! grep -q ' kept$' "$work/log" || fail "--cache-mb 0 still answered from a cache"
echo "cache: reads follow API writes, CLI writes, revoked tokens and leavers; answers are per person"
