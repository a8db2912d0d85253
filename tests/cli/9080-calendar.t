A person's calendar feed: `grip calendar` makes it (its address printed
once, as the last line), `--rotate` gives it a new address, `--revoke`
ends it; `grip calendar events` lists what it holds, as that person sees
things. Run on a file and over the HTTP API at once (clock.sh: `same WHO
ARGS` shows any difference after "!!"). The secret part of an address is
random, so it is shown as SECRET.

  $ unset GRIP_SERVER GRIP_TOKEN
  $ both() { grip "$@" >/dev/null && grip --db srv.db "$@" >/dev/null; }
  $ both init --org "Acme" --admin ada@acme.test --name "Ada Admin"
  $ for p in bo cy lee ann; do both person add $p@acme.test --name "${p^}"; done
  $ both person add di@acme.test --name Di --role viewer
  $ for p in ada bo cy di lee ann; do grip --db srv.db token create $p@acme.test | tail -n 1 >tok.$p; done
  $ . "$TESTDIR/clock.sh"
  $ at 2026-11-23
  $ both org edit --timezone Europe/Berlin
  $ both unit add Mobile --kind team --lead bo@acme.test
  $ both member add Mobile cy@acme.test
  $ both unit add Circle --kind group --lead lee@acme.test --private
  $ both member add Circle ann@acme.test --joined 2026-10-01
  $ both cycle add 2026-Q4 --kind quarter --from 2026-10-01 --to 2026-12-31
  $ both cycle add "Winter circle" --kind programme --unit Circle --from 2026-11-16 --weeks 3
  $ both objective add "Make onboarding effortless" --cycle 2026-Q4 --layer team --unit Mobile --status active
  warn  objective.unaligned  objective 1: team objective 1 "Make onboarding effortless" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  warn  objective.unaligned  objective 1: team objective 1 "Make onboarding effortless" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  $ both --as ann@acme.test objective add "I run my one-to-ones without notes" --cycle "Winter circle" --layer member --owner ann@acme.test --status proposed
  $ hide() { sed 's#/calendar/[A-Za-z0-9_-]*\.ics#/calendar/SECRET.ics#'; }

Making one, and asking again: the address is not shown a second time.

  $ grip --as cy@acme.test calendar | hide
  Your calendar feed is ready.
  Add it to a calendar program after the server's address; it is shown this once:
  /calendar/SECRET.ics
  $ grip --server "$URL" --token "$(cat tok.cy)" calendar | hide
  Your calendar feed is ready.
  Add it to a calendar program after the server's address; it is shown this once:
  /calendar/SECRET.ics
  $ same cy calendar
  You have a calendar feed; its address was shown when it was made.
  grip calendar --rotate gives it a new one (the old one stops), --revoke ends it.
  $ grip --as cy@acme.test calendar --rotate | hide
  Your calendar feed has a new address; the old one no longer answers.
  Add it to a calendar program after the server's address; it is shown this once:
  /calendar/SECRET.ics
  $ grip --server "$URL" --token "$(cat tok.cy)" calendar --rotate --json | hide
  {"calendar":true,"path":"/calendar/SECRET.ics","replaced":true}
  $ same cy calendar --revoke
  Your calendar feed is revoked: its address no longer answers.
  $ same cy calendar --revoke
  grip: calendar: you have no calendar feed
  [1]
  $ same cy calendar --rotate --revoke
  grip: revoke: --rotate and --revoke do not go together
  [1]
  $ grip --as cy@acme.test calendar --rotate --json | hide
  {"calendar":true,"path":"/calendar/SECRET.ics","replaced":false}

A viewer may have one: it only reads.

  $ grip --as di@acme.test calendar | tail -n 1 | hide
  /calendar/SECRET.ics
  $ same di calendar events
  DAY  TIME  WHAT

What each holds. Cy checks in on Mobile's objective each Monday (the
org's week start) at 09:00 in the org's zone, from four weeks back to the
cycle's end, and sees scoring open; Bo, its lead, also reviews it at the
mid-point. Ann has the weeks of her programme, its commitment days and the
check-ins of her outcome; Lee, the group's lead, its half-way review too.
Nobody outside the private group sees any of it.

  $ same cy calendar events
  DAY         TIME     WHAT
  2026-10-26  09:00    Check-in: Make onboarding effortless
  2026-11-02  09:00    Check-in: Make onboarding effortless
  2026-11-09  09:00    Check-in: Make onboarding effortless
  2026-11-16  09:00    Check-in: Make onboarding effortless
  2026-11-23  09:00    Check-in: Make onboarding effortless
  2026-11-30  09:00    Check-in: Make onboarding effortless
  2026-12-07  09:00    Check-in: Make onboarding effortless
  2026-12-14  09:00    Check-in: Make onboarding effortless
  2026-12-21  09:00    Check-in: Make onboarding effortless
  2026-12-28  09:00    Check-in: Make onboarding effortless
  2026-12-31  all day  Scoring opens: 2026-Q4
  $ same bo calendar events
  DAY         TIME     WHAT
  2026-10-26  09:00    Check-in: Make onboarding effortless
  2026-11-02  09:00    Check-in: Make onboarding effortless
  2026-11-09  09:00    Check-in: Make onboarding effortless
  2026-11-16  all day  Mid-cycle review: 2026-Q4
  2026-11-16  09:00    Check-in: Make onboarding effortless
  2026-11-23  09:00    Check-in: Make onboarding effortless
  2026-11-30  09:00    Check-in: Make onboarding effortless
  2026-12-07  09:00    Check-in: Make onboarding effortless
  2026-12-14  09:00    Check-in: Make onboarding effortless
  2026-12-21  09:00    Check-in: Make onboarding effortless
  2026-12-28  09:00    Check-in: Make onboarding effortless
  2026-12-31  all day  Scoring opens: 2026-Q4
  $ same ann calendar events
  DAY         TIME    WHAT
  2026-11-16  7 days  Week 1 of Winter circle
  2026-11-16  09:00   Check-in: I run my one-to-ones without notes
  2026-11-16  09:00   Commitment: this week's (Winter circle)
  2026-11-23  7 days  Week 2 of Winter circle
  2026-11-23  09:00   Check-in: I run my one-to-ones without notes
  2026-11-23  09:00   Commitment: this week's (Winter circle)
  2026-11-30  7 days  Week 3 of Winter circle
  2026-11-30  09:00   Check-in: I run my one-to-ones without notes
  2026-11-30  09:00   Commitment: this week's (Winter circle)
  $ same lee calendar events
  DAY         TIME     WHAT
  2026-11-16  7 days   Week 1 of Winter circle
  2026-11-16  09:00    Commitment: this week's (Winter circle)
  2026-11-23  7 days   Week 2 of Winter circle
  2026-11-23  all day  Half-way review: Winter circle
  2026-11-23  09:00    Commitment: this week's (Winter circle)
  2026-11-30  7 days   Week 3 of Winter circle
  2026-11-30  09:00    Commitment: this week's (Winter circle)
  $ same ann calendar events --json | head -c 420; echo
  [{"kind":"programme.week","object_id":2,"uid":"programme.week-2-20261116-p5@acme.grip","summary":"Week 1 of Winter circle","description":"Week 1 of 3 of the programme Winter circle.","link":"/groups/3","day":"2026-11-16","days":7,"time":null,"minutes":null},{"kind":"checkin","object_id":2,"uid":"checkin-2-20261116-p5@acme.grip","summary":"Check-in: I run my one-to-ones without notes","description":"The GRIP check-in 

Someone who has left has no feed.

  $ both person leave ann@acme.test
  $ grip --as ann@acme.test calendar
  grip: no acting person
  [1]
  $ kill -- -$SRV; wait $SRV; echo stopped
  stopped
