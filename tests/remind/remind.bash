# remind.bash — sourced by the reminder tests (tests/remind/*.sh), after
# tests/api/serve.bash (shell_case, fail, start_server).
#
# remind_case NAME BIN: shell_case, and on exit also stops every receiver
# started here. The receivers run on Debian's python3 (its packages:
# python3-aiosmtpd), found by sink_python.
#
# start_smtp DIR: smtp_sink.py on a free loopback port; sets smtp_port.
# start_webhook DIR: webhook_sink.py likewise; sets hook_port.
#
# at HH:MM:SS: grip's clock (GRIP_NOW) at that time of Monday 2026-11-23.
. "$(dirname "${BASH_SOURCE[0]}")/../api/serve.bash"
remind_here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

at() { export GRIP_NOW="2026-11-23T$1Z"; }

remind_case() {
	shell_case "$1" "$2"
	sinks=""
	trap 'for p in $sinks; do kill "$p" 2>/dev/null; done; pkill -KILL -f "$work/serve-marker" 2>/dev/null; [ -n "${KEEP:-}" ] && echo "$work" || rm -rf "$work"' EXIT
	py=""
	for candidate in /usr/bin/python3 python3; do
		if "$candidate" -c 'import aiosmtpd' 2>/dev/null; then
			py=$candidate
			break
		fi
	done
	[ -n "$py" ] || fail "no python3 with aiosmtpd (Debian: python3-aiosmtpd)"
}

# start_receiver SCRIPT DIR: sets receiver_port.
start_receiver() {
	mkdir -p "$2"
	"$py" "$remind_here/$1" "$2" >"$2.out" 2>"$2.err" &
	sinks="$sinks $!"
	for _ in $(seq 100); do
		receiver_port=$(sed -n 's/^port //p' "$2.out" 2>/dev/null)
		[ -n "$receiver_port" ] && return 0
		sleep 0.1
	done
	fail "$1 did not start: $(cat "$2.err")"
}

start_smtp() { start_receiver smtp_sink.py "$1" && smtp_port=$receiver_port; }
start_webhook() { start_receiver webhook_sink.py "$1" && hook_port=$receiver_port; }

# sql QUERY: the rows of QUERY on the test's database ("|" between
# columns, NULL as nothing), on either back end (serve.bash's db_sql).
sql() { db_sql "$1"; }
