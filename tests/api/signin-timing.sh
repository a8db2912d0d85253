#!/usr/bin/env bash
# signin-timing.sh — a failed sign-in takes the same time whoever it names:
# a wrong password for a real account, an email nobody has, someone who
# has left, someone with no password. Each runs one hash of the same cost,
# so the time does not tell an attacker which emails have accounts. With a
# real server on loopback, the median time of each kind is compared with
# that of a wrong password for a real account: within a factor of two
# (without the dummy hash the others answered some hundred times faster).
# Attempts alternate between the kinds, so drift hits them alike, and stay
# below the throttle's free attempts.
# Usage: signin-timing.sh GRIP_BIN. Exits 0 when all hold.
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
work=$(mktemp -d)
server=
trap '[ -n "$server" ] && kill -KILL "$server" 2>/dev/null; rm -rf "$work"' EXIT
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$work" || exit 1
export GRIP_DB="$work/grip.db" GRIP_NOW=2026-11-23
fail() { echo "signin-timing: $*"; exit 1; }

"$bin" init --org Acme --admin ada@acme.test --name Ada >/dev/null || fail "init"
for p in bo cy dee eve; do
	"$bin" person add "$p@acme.test" --name "$p" >/dev/null || fail "person add $p"
done
for p in ada bo cy dee; do
	"$bin" person password "$p@acme.test" --password "the-password-of-$p" >/dev/null || fail "password $p"
done
"$bin" person leave dee@acme.test >/dev/null || fail "person leave" # has a password, has left
# eve has no password.

. "$here/serve.bash"
start_server

attempt() { # email -> seconds the answer took; the answer must be 401
	local out
	out=$(curl -s -m 10 -o /dev/null -w '%{http_code} %{time_total}' -H 'Content-Type: application/json' \
		-d "{\"org\":\"acme\",\"email\":\"$1\",\"password\":\"not-the-password\"}" "$url/api/v1/session")
	[ "${out%% *}" = 401 ] || fail "signing in as $1 with a wrong password answered ${out%% *}, not 401"
	echo "${out#* }"
}

median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

attempt warm-up@acme.test >/dev/null
: >"$work/known" && : >"$work/unknown" && : >"$work/left" && : >"$work/nopassword"
# Four rounds, each of every kind: 16 failures from this address, below
# the throttle's 20; at most 2 per account, below its 5.
for round in 1 2 3 4; do
	case $round in 1 | 2) known=ada@acme.test ;; 3) known=bo@acme.test ;; *) known=cy@acme.test ;; esac
	attempt "$known" >>"$work/known"
	attempt "nobody-$round@acme.test" >>"$work/unknown"
	attempt dee@acme.test >>"$work/left"
	attempt eve@acme.test >>"$work/nopassword"
done
ref=$(median <"$work/known")
echo "median of 4 failed sign-ins: a real account's $(awk -v s="$ref" 'BEGIN { printf "%.1f ms", s * 1000 }')"
for kind in unknown left nopassword; do
	m=$(median <"$work/$kind")
	ratio=$(awk -v a="$m" -v b="$ref" 'BEGIN { printf "%.2f", a / b }')
	echo "  $kind: $(awk -v s="$m" 'BEGIN { printf "%.1f ms", s * 1000 }'), ratio $ratio"
	awk -v r="$ratio" 'BEGIN { exit !(r >= 0.5 && r <= 2.0) }' ||
		fail "a failed sign-in for $kind took $ratio times as long as for a real account (not within 0.5..2)"
done
kill -TERM "$server"
wait "$server"
server=
