Reminders in the app and the choices behind them (docs/model.md,
"Reminders"), on a file and over the HTTP API at once (tests/cli/clock.sh):
`grip notify list` shows the signed-in person's own notifications, newest
first, `grip notify read` marks them read; `grip person edit` sets a
person's email notices and weekly digest; `grip org edit --remind-hour`
the hour reminders start. The rows are written into the outbox of both
databases as the reminder queue would write them.

  $ unset GRIP_SERVER GRIP_TOKEN
  $ both() { grip "$@" >/dev/null && grip --db srv.db "$@" >/dev/null; }
  $ export GRIP_NOW=2026-11-23T10:00:00Z
  $ both init --org "Acme" --admin ada@acme.test --name "Ada Admin"
  $ for p in bo cy; do both person add $p@acme.test --name "${p^}" --no-invite; done
  $ both person add vi@acme.test --name Vi --role viewer --no-invite
  $ for p in ada bo cy vi; do grip --db srv.db token create $p@acme.test | tail -n 1 >tok.$p; done
  $ row() { for db in grip.db srv.db; do sql $db "INSERT INTO notifications (org_id, recipient, person_id, channel, kind, dedup, subject, body, link, created_at, sent_at) VALUES (1, 'p$1', $1, '$2', '$3', '$3:$4', '$5', 'body', '/objectives/1', '$6', '$6')"; done; }
  $ row 2 app checkin.due 1:2026-W47 "Check-in due: Ship the app" 2026-11-16T09:00:00Z
  $ row 2 app review.due 1:2026-11-16 "Mid-cycle review due: Ship the app" 2026-11-17T09:00:00Z
  $ row 2 app checkin.due 1:2026-W48 "Check-in due: Ship the app" 2026-11-23T09:00:00Z
  $ row 2 email checkin.due 1:2026-W48 "Check-in due: Ship the app" 2026-11-23T09:00:00Z
  $ row 3 app approval.waiting 1:2026-W48 "Waiting for your approval: Ship the app" 2026-11-23T09:00:00Z
  $ . "$TESTDIR/clock.sh"
  $ at 2026-11-23T10:00:00Z

Bo's list: his app rows only (not the email copy), newest first.

  $ same bo notify list
  ID  WHEN              KIND         SUBJECT                             READ
  3   2026-11-23 09:00  checkin.due  Check-in due: Ship the app          new
  2   2026-11-17 09:00  review.due   Mid-cycle review due: Ship the app  new
  1   2026-11-16 09:00  checkin.due  Check-in due: Ship the app          new
  3 unread.
  $ same bo notify list --limit 1 --json
  {"items":[{"id":3,"channel":"app","kind":"checkin.due","subject":"Check-in due: Ship the app","body":"body","link":"/objectives/1","created_at":"2026-11-23T09:00:00Z","sent_at":"2026-11-23T09:00:00Z","read_at":null,"last_error":null}],"unread":3}
  $ same ada notify list
  No notifications.

Marking read: by id, or all. Another person's id is not found, and
nothing is marked.

  $ same cy notify read 1
  grip: ids: no notification 1 of yours
  [1]
  $ same bo notify read 1 3
  Marked 2 read; 1 unread.
  $ same bo notify list --unread
  ID  WHEN              KIND        SUBJECT                             READ
  2   2026-11-17 09:00  review.due  Mid-cycle review due: Ship the app  new
  1 unread.
  $ same bo notify read --all
  Marked 1 read; 0 unread.
  $ same bo notify list --unread
  No unread notifications.
  $ same bo notify list
  ID  WHEN              KIND         SUBJECT                             READ
  3   2026-11-23 09:00  checkin.due  Check-in due: Ship the app          2026-11-23
  2   2026-11-17 09:00  review.due   Mid-cycle review due: Ship the app  2026-11-23
  1   2026-11-16 09:00  checkin.due  Check-in due: Ship the app          2026-11-23
  0 unread.
  $ same bo notify read
  grip: ids: give the ids of notifications to mark read, or --all
  [1]
  $ same bo notify read 2 --all
  grip: ids: give the ids of notifications to mark read, or --all
  [1]
  $ same cy notify read --all
  Marked 1 read; 0 unread.

A person's channels: email on and no digest to begin with; they or an
admin change them, nobody else sees or changes them.

  $ same bo person show bo@acme.test --json
  {"id":2,"email":"bo@acme.test","name":"Bo","role":"member","active":true,"left_on":null,"created_at":"2026-11-23T10:00:00Z","notify_email":true,"digest":false}
  $ same cy person show bo@acme.test --json
  {"id":2,"email":"bo@acme.test","name":"Bo","role":"member","active":true,"left_on":null,"created_at":"2026-11-23T10:00:00Z"}
  $ same bo person edit bo@acme.test --digest on
  Updated person 2: Bo <bo@acme.test>, member
  Reminders: in the app, by email in a weekly digest.
  $ same cy person edit bo@acme.test --email-notices off
  grip: only the person themself or an admin can change their notices
  [1]
  $ same ada person edit bo@acme.test --email-notices off
  Updated person 2: Bo <bo@acme.test>, member
  Reminders: in the app, not by email.
  $ same bo person edit bo@acme.test --email-notices maybe
  grip: notify_email: must be on or off
  [1]
  $ same bo person edit bo@acme.test --email-notices on --digest off --name "Bo Berg"
  Updated person 2: Bo Berg <bo@acme.test>, member
  Reminders: in the app, by email one at a time.
  $ grip history --entity person --id 2 | awk 'NR > 1 { print $3, $4, $5, $6 }'
  1 person 2 create
  2 person 2 notifications_read
  2 person 2 notifications_read
  2 person 2 notices
  1 person 2 notices
  2 person 2 update
  2 person 2 notices
  $ same vi notify list
  No notifications.

The hour of the org's day from which reminders are queued.

  $ same ada org edit --remind-hour 7
  Updated Acme (slug acme)
  Time zone:   UTC
  Week starts: Monday
  Locale:      en
  Reminders:   from 07:00
  $ same ada org edit --remind-hour 24
  grip: remind_hour: must be an hour of the day, 0 to 23
  [1]
  $ same bo org edit --remind-hour 8
  grip: only an admin can do that
  [1]
  $ same ada org edit --locale de --json | grep -o '"locale":"de".*'
  "locale":"de","week_start":1,"vision":null,"strategy":null,"created_at":"2026-11-23T10:00:00Z","remind_hour":7}

  $ kill -- -$SRV; wait $SRV; echo stopped
  stopped
