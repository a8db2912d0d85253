#!/usr/bin/env bash
# framing.sh — requests whose framing or target grip serve refuses, sent
# byte for byte over raw sockets (BUILD/tests/api-probe; curl cannot send
# most of them), each answered at once, before any body is read:
#  - Content-Length twice (even equal), or with Transfer-Encoding: 400;
#  - Content-Length over the limit (1 MiB for the API and for forms), the
#    body never sent: 413, also for PATCH and with Expect: 100-continue;
#  - a chunked body, whatever its chunk sizes: 411; another coding: 501;
#  - 900 query parameters, or a target over 8 KiB: 414;
# each within 500 ms and with the connection closed after, while requests
# just inside the limits are served as before.
# Usage: framing.sh GRIP_BIN. Exits 0 when all hold.
set -u
. "$(dirname "${BASH_SOURCE[0]}")/serve.bash"
shell_case framing "$1"
probe=$(dirname "$bin")/tests/api-probe
[ -x "$probe" ] || fail "no $probe (make tests builds it)"

"$bin" init --org Acme --admin ada@acme.test --name Ada >/dev/null || fail "init"
token=$("$bin" token create ada@acme.test | tail -n 1)

# start_server [OPTIONS]: sets url and server
start_server
hostport=${url#http://}
failures=0

# expect WHAT STATUS END: standard input is the request (\n becomes \r\n in
# the head; the body, after the first empty line, is sent as it is).
expect() {
	local what=$1 want=$2 want_end=$3 got status ms end
	got=$(awk 'BEGIN { body = 0 } { if (body) { printf "%s%s", sep, $0; sep = "\n" } else { printf "%s\r\n", $0; if ($0 == "") body = 1 } }' |
		"$probe" raw "$hostport" --timeout 5)
	read -r status ms end <<<"$got"
	if [ "$status" != "$want" ] || [ "$end" != "$want_end" ] || [ "$ms" -ge 500 ]; then
		echo "FAIL $what: expected $want within 500 ms ($want_end), got \"$got\""
		failures=$((failures + 1))
	else
		echo "ok   $what: $got"
	fi
}
auth="Authorization: Bearer $token"
big=$((5 * 1024 * 1024))

expect "two different Content-Lengths" 400 closed <<EOF
POST /api/v1/orgs/acme/objectives HTTP/1.1
Host: grip
$auth
Content-Type: application/json
Content-Length: 2
Content-Length: 40

{}
EOF
expect "the same Content-Length twice" 400 closed <<EOF
POST /api/v1/orgs/acme/objectives HTTP/1.1
Host: grip
$auth
Content-Length: 2
Content-Length: 2

{}
EOF
expect "Content-Length with Transfer-Encoding" 400 closed <<EOF
POST /api/v1/orgs/acme/objectives HTTP/1.1
Host: grip
$auth
Content-Length: 7
Transfer-Encoding: chunked

2
{}
0

EOF
expect "Content-Length over 1 MiB, no body sent" 413 closed <<EOF
POST /api/v1/orgs/acme/objectives HTTP/1.1
Host: grip
$auth
Content-Type: application/json
Content-Length: $big

{
EOF
expect "PATCH with Content-Length over 1 MiB and Expect: 100-continue" 413 closed <<EOF
PATCH /api/v1/orgs/acme HTTP/1.1
Host: grip
$auth
Content-Type: application/json
Expect: 100-continue
Content-Length: 1048577

EOF
expect "a form over 1 MiB" 413 closed <<EOF
POST /signin HTTP/1.1
Host: grip
Content-Type: application/x-www-form-urlencoded
Content-Length: $big

email=
EOF
expect "an unauthenticated request over 1 MiB" 413 closed <<EOF
POST /api/v1/session HTTP/1.1
Host: grip
Content-Length: 1048577

EOF
expect "a chunk of 5 MiB announced" 411 closed <<EOF
POST /api/v1/orgs/acme/objectives HTTP/1.1
Host: grip
$auth
Transfer-Encoding: chunked

500000
{}
EOF
expect "another transfer coding" 501 closed <<EOF
POST /api/v1/orgs/acme/objectives HTTP/1.1
Host: grip
$auth
Transfer-Encoding: gzip

EOF
params=$(for i in $(seq 900); do printf 'p%d=%d&' "$i" "$i"; done)
expect "900 query parameters" 414 closed <<EOF
GET /api/v1/orgs/acme/objectives?${params%&} HTTP/1.1
Host: grip
$auth

EOF
params=$(for i in $(seq 900); do printf 'p%d=%010d&' "$i" "$i"; done)
expect "900 query parameters in over 8 KiB" 414 closed <<EOF
GET /api/v1/orgs/acme/objectives?${params%&} HTTP/1.1
Host: grip
$auth

EOF
expect "a target over 8 KiB" 414 closed <<EOF
GET /$(head -c 9000 /dev/zero | tr '\0' a) HTTP/1.1
Host: grip

EOF
# Just inside the limits: served as before, the connection kept.
params=$(for i in $(seq 64); do printf 'p%d=%d&' "$i" "$i"; done)
expect "64 query parameters" 200 open <<EOF
GET /api/v1/orgs/acme/objectives?${params%&} HTTP/1.1
Host: grip
$auth

EOF
expect "a body of exactly 1 MiB" 200 open < <(
	printf 'GET /healthz HTTP/1.1\nHost: grip\nContent-Length: 1048576\n\n'
	head -c 1048576 /dev/zero | tr '\0' ' '
)
expect "a body that is all there" 201 open <<EOF
POST /api/v1/orgs/acme/tokens HTTP/1.1
Host: grip
$auth
Content-Type: application/json
Content-Length: 15

{"name":"ci-1"}
EOF
# And the server is still there for the next one.
curl -s -m 5 -o /dev/null -w '%{http_code}' "$url/healthz" | grep -q 200 || fail "the server stopped answering"
kill -TERM "$server"; wait "$server" 2>/dev/null
[ "$failures" = 0 ] || fail "$failures of the cases above failed"
echo "framing: every refusal answered at once, before the body"
