#!/usr/bin/env bash
# signin-flood.sh — sign-in under a flood, with a real server and real
# clients on loopback: 32 clients post wrong passwords for 4 s, through
# the API and the web form, while another reads with a token
# (signin-flood.mjs does the load). Every read must be answered within a
# second; every flood request must be answered (401, 429 or 503, with
# Retry-After on the last two) rather than hang; the throttle and the
# bound of the hash pool must both have been met; someone else signs in
# afterwards, and the server stops cleanly. The read cache is off, so that
# the reads do the same work with and without the flood.
# Usage: signin-flood.sh GRIP_BIN. Exits 0 when all hold.
set -u
. "$(dirname "${BASH_SOURCE[0]}")/serve.bash"
shell_case signin-flood "$1"
server=

"$bin" init --org Acme --admin ada@acme.test --name Ada >/dev/null || fail "init"
"$bin" person add cy@acme.test --name Cy >/dev/null
"$bin" person password ada@acme.test --password "ada-has-a-long-password" >/dev/null || fail "password"
"$bin" person password cy@acme.test --password "cy-signs-in-after-the-flood" >/dev/null
"$bin" unit add Mobile --kind team >/dev/null
"$bin" cycle add 2026-Q4 --kind quarter --from 2026-10-01 --to 2026-12-31 >/dev/null
"$bin" objective add "Onboard" --cycle 2026-Q4 --layer team --unit Mobile >/dev/null
"$bin" kr add 1 "Activation" --baseline 0 --target 1000 >/dev/null || fail "kr add"
token=$("$bin" token create ada@acme.test | tail -n 1)

# start_server [OPTIONS]: sets url and server
start_server --cache-mb 0
node "$here/signin-flood.mjs" "$url" "$token" || fail "the flood did harm (above)"
kill -TERM "$server"
wait "$server"
rc=$?
server=
[ "$rc" = 0 ] || fail "the server exited with $rc on SIGTERM after the flood"
grep -q '^grip: stopped$' "$work/log" || fail "the server did not say it stopped"
