Accounts by email over the API (--server): inviting and changing one's
password print what they print on a file. grip.db is used locally and
srv.db behind a real `grip serve`, kept in step; `same` prints the local
output and any difference over the API after "!!". Choosing a password
with a link and "forgot password" are the web's and the API's
(POST /api/v1/password/...); on the command line they work on a file.

  $ unset GRIP_SERVER GRIP_TOKEN
  $ . "$TESTDIR/accounts.sh"
  $ for db in grip.db srv.db; do grip --db $db init --org Acme --admin ada@acme.test --name "Ada Admin" >/dev/null; done
  $ for db in grip.db srv.db; do grip --db $db person password ada@acme.test --password "ada long password" >/dev/null; done
  $ T=$(grip --db srv.db token create ada@acme.test | tail -n 1)
  $ set -m; grip --db srv.db serve --listen 127.0.0.1:0 >server.out 2>server.log & set +m
  $ for i in $(seq 300); do grep -q listening server.out 2>/dev/null && break; sleep 0.1; done; URL=$(sed -n 's/^grip: listening on //p' server.out); echo "${URL%:*}"
  http://127.0.0.1
  $ same() {
  >   grip "$@" >local.out 2>local.err; l=$?
  >   grip --server "$URL" --token "$T" "$@" >remote.out 2>remote.err; r=$?
  >   cat local.out local.err
  >   cmp -s local.out remote.out && cmp -s local.err remote.err && [ $l = $r ] ||
  >     { echo "!! over the API (exit $r):"; cat remote.out remote.err; }
  >   return $l
  > }

Adding a person invites them, unless asked not to; an admin invites again.

  $ same person add bo@acme.test --name "Bo Berg"
  Added person 2: Bo Berg <bo@acme.test>, member
  $ same person add cy@acme.test --name "Cy Clay" --no-invite
  Added person 3: Cy Clay <cy@acme.test>, member
  $ for db in grip.db srv.db; do sql $db "SELECT recipient, kind, dedup FROM notifications"; done
  p2|account.invite|account.invite:1
  p2|account.invite|account.invite:1
  $ same person invite cy@acme.test
  Queued an invitation to cy@acme.test; its link works once, until 2026-11-30T00:00:00Z.
  $ same person invite 2 --json
  {"person_id":2,"email":"bo@acme.test","expires_at":"2026-11-30T00:00:00Z"}
  $ same person invite ada@acme.test
  grip: person: ada@acme.test has a password already; if it is lost, they can ask for a new one with "Forgot your password?" on the sign-in page
  [1]
  $ same person invite nobody@acme.test
  grip: email: no person with email nobody@acme.test
  [1]
  $ test "$(link_of bo@acme.test invite srv.db)" != "$(link_of bo@acme.test invite grip.db)" && echo "each file its own secret"
  each file its own secret

Changing one's own password: the current one, then the new one, as lines
of standard input.

  $ change() {
  >   printf '%s\n%s\n' "$1" "$2" | grip password change >local.out 2>local.err; l=$?
  >   printf '%s\n%s\n' "$1" "$2" | grip --server "$URL" --token "$T" password change >remote.out 2>remote.err; r=$?
  >   cat local.out local.err
  >   cmp -s local.out remote.out && cmp -s local.err remote.err && [ $l = $r ] ||
  >     { echo "!! over the API (exit $r):"; cat remote.out remote.err; }
  >   return $l
  > }
  $ change "not my password" "ada's new password"
  grip: old: is not your current password
  [1]
  $ change "ada long password" "short"
  grip: new: must be at least 10 characters
  [1]
  $ change "ada long password" "ada's new password"
  Changed the password of ada@acme.test; your other sessions are signed out.
  $ change "ada long password" "ada's third password"
  grip: old: is not your current password
  [1]

Forgot and set work on a file only.

  $ grip --server "$URL" --token "$T" password forgot bo@acme.test
  grip: password forgot works on a local file only
  [2]
  $ grip --server "$URL" --token "$T" password set
  grip: password set works on a local file only
  [2]

  $ kill -- -$(jobs -p %1); wait; echo stopped
  stopped
