#!/usr/bin/env bash
# signin-timing.sh — a failed sign-in takes the same time whoever it names:
# a wrong password for a real account, an email nobody has, someone who
# has left, someone with no password. Each runs one hash of the same cost,
# so the time does not tell an attacker which emails have accounts. With a
# real server on loopback, the quickest answer of each kind is compared
# with the quickest for a real account: within a factor of three (without the
# dummy hash the others answered some hundred times faster). The quickest
# of several is what the work costs; other load on the machine only adds
# to it. Attempts alternate between the kinds, so drift hits them alike;
# each round comes from a loopback address of its own and no account is
# tried more than three times, below the throttle's free attempts.
# Usage: signin-timing.sh GRIP_BIN. Exits 0 when all hold.
set -u
. "$(dirname "${BASH_SOURCE[0]}")/serve.bash"
shell_case signin-timing "$1"
server=

"$bin" init --org Acme --admin ada@acme.test --name Ada >/dev/null || fail "init"
for p in bo cy dee dan eve eli; do
	"$bin" person add "$p@acme.test" --name "$p" >/dev/null || fail "person add $p"
done
for p in ada bo cy dee dan; do
	"$bin" person password "$p@acme.test" --password "the-password-of-$p" >/dev/null || fail "password $p"
done
for p in dee dan; do # they have a password, and have left
	"$bin" person leave "$p@acme.test" >/dev/null || fail "person leave $p"
done
# eve and eli have no password.

start_server

attempt() { # email address -> seconds the answer took; the answer must be 401
	local out
	out=$(curl -s -m 10 --interface "$2" -o /dev/null -w '%{http_code} %{time_total}' \
		-H 'Content-Type: application/json' \
		-d "{\"org\":\"acme\",\"email\":\"$1\",\"password\":\"not-the-password\"}" "$url/api/v1/session")
	[ "${out%% *}" = 401 ] || fail "signing in as $1 with a wrong password answered ${out%% *}, not 401"
	echo "${out#* }"
}

ms() { awk -v s="$1" 'BEGIN { printf "%.1f ms", s * 1000 }'; }
least() { sort -g | head -n 1; }
median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

attempt warm-up@acme.test 127.0.0.20 >/dev/null
: >"$work/known" && : >"$work/unknown" && : >"$work/left" && : >"$work/nopassword"
people=(ada bo cy) left=(dee dan) none=(eve eli)
for round in 1 2 3 4 5 6; do
	from=127.0.0.$((20 + round))
	attempt "${people[round % 3]}@acme.test" "$from" >>"$work/known"
	attempt "nobody-$round@acme.test" "$from" >>"$work/unknown"
	attempt "${left[round % 2]}@acme.test" "$from" >>"$work/left"
	attempt "${none[round % 2]}@acme.test" "$from" >>"$work/nopassword"
done
ref=$(least <"$work/known")
echo "failed sign-ins, 6 of each kind: quickest and median"
echo "  a real account's wrong password: $(ms "$ref"), $(ms "$(median <"$work/known")")"
for kind in unknown left nopassword; do
	m=$(least <"$work/$kind")
	ratio=$(awk -v a="$m" -v b="$ref" 'BEGIN { printf "%.2f", a / b }')
	echo "  $kind: $(ms "$m"), $(ms "$(median <"$work/$kind")"); quickest against the real account's: $ratio"
	awk -v r="$ratio" 'BEGIN { exit !(r >= 0.33 && r <= 3.0) }' ||
		fail "a failed sign-in for $kind took $ratio times as long as for a real account (not within 0.33..3)"
done
kill -TERM "$server"
wait "$server"
server=
