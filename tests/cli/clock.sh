# clock.sh — sourced by CLI cases that run every command twice, on a
# local file and over the HTTP API, while moving the clock: grip.db for the
# local runs, srv.db behind a real `grip serve` (the case creates both and
# a token per person in tok.WHO).
#
#   at DATE         sets GRIP_NOW and restarts the server with it (a server
#                   reads the clock once, at its start)
#   same WHO ARGS   runs `grip --as WHO@acme.test ARGS` locally and with
#                   WHO's token over the API; prints the local output and
#                   exits with the local status; any difference in output,
#                   error or status is shown after "!!"
at() {
  export GRIP_NOW=$1
  if [ -n "${SRV:-}" ]; then kill -- -$SRV; wait $SRV; fi
  rm -f server.out
  set -m; grip --db srv.db serve --listen 127.0.0.1:0 >server.out 2>server.log & set +m; SRV=$!
  for i in $(seq 300); do grep -q listening server.out 2>/dev/null && break; sleep 0.1; done
  URL=$(sed -n 's/^grip: listening on //p' server.out)
}
same() {
  who=$1; shift
  grip --as $who@acme.test "$@" >local.out 2>local.err; l=$?
  grip --server "$URL" --token "$(cat tok.$who)" "$@" >remote.out 2>remote.err; r=$?
  cat local.out local.err
  cmp -s local.out remote.out && cmp -s local.err remote.err && [ $l = $r ] ||
    { echo "!! over the API (exit $r):"; cat remote.out remote.err; }
  return $l
}
