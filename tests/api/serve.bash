# serve.bash — sourced by the API shell tests (cache.sh, durability.sh):
# start_server [SERVE OPTIONS] starts `grip serve` on a free loopback port
# and sets url and server. Expects bin, work and fail() from the test. The
# marker in argv[0] lets the test's exit trap find the server to kill it.
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
