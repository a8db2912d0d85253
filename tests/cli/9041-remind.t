`grip remind --once` runs one round of the sender: it queues what is due
and tries the waiting email and webhook rows. Without --smtp the email
waits (it goes once a server is given); --dry-run prints what a round
would queue and send and changes nothing. Bad options are usage mistakes.

  $ export GRIP_NOW=2026-11-23T10:00:00Z
  $ grip init --org "Acme" --admin ada@acme.test --name "Ada Admin" >/dev/null
  $ grip person add bo@acme.test --name "Bo Berg" --no-invite >/dev/null
  $ grip cycle add 2026-Q4 --kind quarter --from 2026-10-01 --to 2026-12-31 >/dev/null
  $ grip objective add "Grow the café" --cycle 2026-Q4 --layer individual --owner bo@acme.test --status active >/dev/null
  warn  objective.unaligned  objective 1: individual objective 1 "Grow the café" contributes to nothing above it: the chain is broken
        Align it to the team or strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  $ grip kr add 1 "Cups a day" --baseline 10 --target 40 >/dev/null

Usage mistakes: --once is required; an SMTP URL needs a sender address
and the web app's address for the links; the password never comes on
the command line.

  $ grip remind
  grip: --once is needed: remind runs one round and ends (grip serve runs them every minute)
  [2]
  $ grip remind --once --smtp mail.example.org
  grip: --smtp expects smtp://HOST:PORT (STARTTLS) or smtps://HOST:PORT (TLS)
  [2]
  $ grip remind --once --smtp smtp://mail.example.org:587
  grip: --mail-from is needed with --smtp: the address reminders come from
  [2]
  $ grip remind --once --smtp smtps://mail.example.org --mail-from grip@acme.test --base-url https://okr.acme.test --smtp-starttls
  grip: --smtp-starttls goes with smtp://; smtps:// is TLS from the start
  [2]
  $ grip remind --once --mail-from "grip at acme"
  grip: --mail-from expects an email address
  [2]
  $ grip remind --once --base-url okr.acme.test
  grip: --base-url expects the web app's address, such as https://okr.example.org
  [2]
  $ grip remind --once --retry-min 600 --retry-max 60
  grip: --retry-max is shorter than --retry-min
  [2]
  $ grip remind --once --smtp smtp://mail.example.org --mail-from grip@acme.test --smtp-password secret
  grip: unknown option --smtp-password
  usage: grip remind
  (see grip remind --help)
  [2]
  $ grip remind --once --smtp smtp://mail.example.org --mail-from grip@acme.test --base-url https://okr.acme.test --smtp-password-file missing.txt
  grip: --smtp-password-file cannot be read
  [2]
  $ GRIP_SMTP_PASSWORD=secret grip remind --once --smtp smtp://mail.example.org --mail-from grip@acme.test --base-url https://okr.acme.test
  grip: --smtp-user is needed with a password
  [2]
  $ grip serve --remind-every -1
  grip: --remind-every must be a whole number from 0 to 86400
  [2]
  $ grip serve --smtp http://mail.example.org
  grip: --smtp expects smtp://HOST:PORT (STARTTLS) or smtps://HOST:PORT (TLS)
  [2]

A dry run: what would be queued and sent, then nothing is.

  $ grip remind --once --smtp smtp://127.0.0.1:1 --mail-from grip@acme.test
  grip: --base-url is needed with --smtp: the web app's address, for the links in each message
  [2]
  $ grip remind --once --dry-run --smtp smtp://127.0.0.1:1 --mail-from grip@acme.test --base-url https://okr.acme.test
  would queue app for ada@acme.test: Mid-cycle review due: Grow the café
  would queue email for ada@acme.test: Mid-cycle review due: Grow the café
  would queue app for bo@acme.test: Check-in due: Grow the café
  would queue email for bo@acme.test: Check-in due: Grow the café
  would send email to ada@acme.test: Mid-cycle review due: Grow the café
  would send email to bo@acme.test: Check-in due: Grow the café
  Would queue 4, send 2. Nothing was changed.
  $ grip remind --once --dry-run --json 2>/dev/null
  {"queued":4,"sent":0,"failed":0,"dry_run":true}
  $ sql grip.db "SELECT COUNT(*) FROM notifications"
  0

Without --smtp: queued, the app's rows there at once, the email waiting
untried; a second round queues nothing again.

  $ grip remind --once
  Queued 4, sent 0, failed 0 (to be retried).
  $ sql grip.db "SELECT channel, kind, attempts, CASE WHEN sent_at IS NOT NULL THEN 1 ELSE 0 END FROM notifications WHERE recipient = 'p2' ORDER BY id"
  app|checkin.due|0|1
  email|checkin.due|0|0
  $ grip remind --once --json
  {"queued":0,"sent":0,"failed":0,"dry_run":false}
