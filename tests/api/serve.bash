# serve.bash — sourced first by the API shell tests (tests/api/*.sh).
#
# shell_case NAME BIN: sets bin (BIN as an absolute path), work (a fresh
# directory, made the working directory), here (this folder), GRIP_DB and
# GRIP_NOW, and fail() ("NAME: message", exit 1); on exit, every server
# start_server started is killed and work removed (KEEP=1 prints it and
# keeps it).
#
# db_sql SQL runs SQL on the test's database behind grip's back, and
# db_remove removes that database, on either back end (tests/sql: the
# file on SQLite, the schema it names on PostgreSQL).
#
# start_server [SERVE OPTIONS] starts `grip serve` on a free loopback port
# and sets url and server. The marker in argv[0] lets the exit trap find
# the server to kill it.
shell_case() {
	case_name=$1
	bin=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
	here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
	work=$(mktemp -d)
	trap 'pkill -KILL -f "$work/serve-marker" 2>/dev/null; [ -n "${KEEP:-}" ] && echo "$work" || rm -rf "$work"' EXIT
	cd "$work" || exit 1
	export GRIP_DB="$work/grip.db" GRIP_NOW=2026-11-23
}

fail() { echo "$case_name: $*"; exit 1; }

db_sql() { "$here/../sql" "$GRIP_DB" "$1"; }
db_remove() { "$here/../sql" --remove "$GRIP_DB"; }

start_server() {
	(exec -a "$work/serve-marker" "$bin" serve --listen 127.0.0.1:0 "$@" >"$work/out" 2>>"$work/log") &
	server=$!
	for _ in $(seq 50); do
		url=$(sed -n 's|^grip: listening on ||p' "$work/out" 2>/dev/null)
		[ -n "$url" ] && return 0
		sleep 0.1
	done
	fail "the server did not start: $(cat "$work/log")"
}
