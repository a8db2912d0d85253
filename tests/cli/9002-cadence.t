Each objective's check-in cadence: weekly (the default), fortnightly or
monthly, set when it is added or edited by whoever may edit it, shown
with it, and followed by "stale" and by check-in due. Locally and over the
API at once (see clock.sh).

  $ unset GRIP_SERVER GRIP_TOKEN
  $ both() { grip "$@" >/dev/null && grip --db srv.db "$@" >/dev/null; }
  $ export GRIP_NOW=2026-10-01
  $ both init --org "Acme" --admin ada@acme.test --name "Ada Admin"
  $ for p in bo cy dan; do both person add $p@acme.test --name "${p^}"; done
  $ for p in ada bo cy dan; do grip --db srv.db token create $p@acme.test | tail -n 1 >tok.$p; done
  $ . "$TESTDIR/clock.sh"
  $ at 2026-10-01
  $ same ada unit add Mobile --kind team --lead bo@acme.test >/dev/null
  $ same ada member add Mobile cy@acme.test >/dev/null
  $ same ada cycle add Q4 --kind quarter --from 2026-10-01 --to 2026-12-31 >/dev/null

Three of Cy's objectives, one per cadence, added by Bo, who leads Cy's
team; a cadence outside the three is refused and changes nothing.

  $ same bo objective add "Weekly" --cycle Q4 --layer individual --unit Mobile --owner cy@acme.test --status active
  Added objective 1: Weekly
  warn  objective.unaligned  objective 1: individual objective 1 "Weekly" contributes to nothing above it: the chain is broken
        Align it to the team or strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  $ same bo objective add "Fortnightly" --cycle Q4 --layer individual --unit Mobile --owner cy@acme.test --status active --cadence fortnightly
  Added objective 2: Fortnightly
  warn  objective.unaligned  objective 2: individual objective 2 "Fortnightly" contributes to nothing above it: the chain is broken
        Align it to the team or strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  $ same bo objective add "Monthly" --cycle Q4 --layer individual --unit Mobile --owner cy@acme.test --status active --cadence monthly
  Added objective 3: Monthly
  warn  objective.unaligned  objective 3: individual objective 3 "Monthly" contributes to nothing above it: the chain is broken
        Align it to the team or strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  info  okr.count.objectives  person 3: Cy has 3 individual objectives in "Q4"; the range in a first cycle is 1 to 2
        One or two objectives are right in a first cycle: learn the rhythm before adding more.
  $ same cy objective add "Daily" --cycle Q4 --layer individual --owner cy@acme.test --cadence daily
  grip: cadence: must be one of weekly, fortnightly, monthly
  [1]
  $ same cy objective show 2
  Objective 2: Fortnightly
    individual, active, cycle Q4, unit Mobile, owner cy@acme.test
    progress 0% (expected 0%), confidence - (none)
    check-ins: fortnightly
  $ same cy objective show 1 --json | grep -o '"cadence":"[a-z]*"'
  "cadence":"weekly"

All three checked in on Monday 2 November.

  $ at 2026-11-02T09:00:00Z
  $ for i in 1 2 3; do same cy checkin $i --confidence 7 >/dev/null; done

Monday 16 November, two weeks on: the weekly one is stale and due; the
fortnightly one is due (nothing this week or last) but not stale (14
days); the monthly one neither.

  $ at 2026-11-16T09:00:00Z
  $ same cy objective list --cycle Q4
  ID  TITLE        LAYER       OWNER         STATUS  PROGRESS  CONF     FLAGS
  1   Weekly       individual  cy@acme.test  active  0%        7 green  stale
  2   Fortnightly  individual  cy@acme.test  active  0%        7 green
  3   Monthly      individual  cy@acme.test  active  0%        7 green
  $ same cy due
  KIND         ID  ABOUT        PERIOD    SINCE       LINK
  checkin.due  1   Weekly       2026-W47  2026-11-16  /objectives/1/checkin
  checkin.due  2   Fortnightly  2026-W47  2026-11-09  /objectives/2/checkin

Monday 30 November: the monthly one, 28 days on, is still within its
month; on Tuesday 1 December it is due, for the period 2026-12.

  $ at 2026-11-30T09:00:00Z
  $ same cy due --json | grep -o '"object_id":3,[^}]*'
  [1]
  $ at 2026-12-01T09:00:00Z
  $ same cy due --json | grep -o '"object_id":3,[^}]*'
  "object_id":3,"title":"Monthly","link":"/objectives/3/checkin","period":"2026-12","since":"2026-12-01"

Cy makes the weekly one fortnightly; Dan, who may not edit it, may not
change its cadence. The history keeps the change.

  $ same cy objective edit 1 --cadence fortnightly
  Updated objective 1: Weekly (active)
  warn  objective.unaligned  objective 1: individual objective 1 "Weekly" contributes to nothing above it: the chain is broken
        Align it to the team or strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  info  okr.count.objectives  person 3: Cy has 3 individual objectives in "Q4"; the range in a first cycle is 1 to 2
        One or two objectives are right in a first cycle: learn the rhythm before adding more.
  $ same dan objective edit 1 --cadence monthly
  grip: you cannot change this individual objective
  [1]
  $ same cy objective edit 1 --cadence hourly
  grip: cadence: must be one of weekly, fortnightly, monthly
  [1]
  $ same cy objective show 1
  Objective 1: Weekly
    individual, active, cycle Q4, unit Mobile, owner cy@acme.test
    progress 0% (expected 67%), confidence 7 (green) — stale
    check-ins: fortnightly
  $ grip history --entity objective --id 1 --json | grep -o '"cadence":"[a-z]*"' | uniq -c
        2 "cadence":"weekly"
        1 "cadence":"fortnightly"
  $ kill -- -$SRV
