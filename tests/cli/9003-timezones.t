One database, two organisations on two sides of the date line: Kiwi in
Pacific/Auckland and Lala in America/Los_Angeles. At 2026-11-22T20:00:00Z
it is Monday 23 November, 09:00, in Auckland and Sunday 22 November,
12:00, in Los Angeles: today, the current week (what a commitment is
filed under), staleness and what is due follow each organisation's clock.
In each, Kai is in the team Ops and checks in on its objective.

  $ export GRIP_NOW=2026-10-01
  $ grip init --org Kiwi --admin ada@kiwi.test --name Ada >/dev/null
  $ grip init --org Lala --admin lu@lala.test --name Lu >/dev/null
  $ grip --org kiwi org edit --timezone Pacific/Auckland | head -2
  Updated Kiwi (slug kiwi)
  Time zone:   Pacific/Auckland
  $ grip --org lala org edit --timezone America/Los_Angeles | head -2
  Updated Lala (slug lala)
  Time zone:   America/Los_Angeles
  $ for o in kiwi lala; do
  >   grip --org $o person add kai@$o.test --name Kai >/dev/null
  >   grip --org $o unit add Ops --kind team >/dev/null
  >   grip --org $o member add Ops kai@$o.test >/dev/null
  >   grip --org $o cycle add Q4 --kind quarter --from 2026-10-01 --to 2026-12-31 >/dev/null
  >   grip --org $o objective add "Calm nights" --cycle Q4 --layer team --unit Ops --status active >/dev/null
  > done
  warn  objective.unaligned  objective 1: team objective 1 "Calm nights" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  warn  objective.unaligned  objective 2: team objective 2 "Calm nights" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.

Both check in at 2026-11-15T10:00:00Z: Sunday 23:00 in Auckland, Sunday
02:00 in Los Angeles, both Sunday 15 November. Lala's Kai checks in again
at 2026-11-16T05:00:00Z, still Sunday 15 November (21:00) there.

  $ GRIP_NOW=2026-11-15T10:00:00Z grip --org kiwi --as kai@kiwi.test checkin 1 --confidence 7 >/dev/null
  $ GRIP_NOW=2026-11-15T10:00:00Z grip --org lala --as kai@lala.test checkin 2 --confidence 7 >/dev/null
  $ GRIP_NOW=2026-11-16T05:00:00Z grip --org lala --as kai@lala.test checkin 2 --confidence 5 >/dev/null

A week later: in Auckland 8 days have passed (stale), in Los Angeles 7
(not yet). Each org's check-in is due, for its own week.

  $ export GRIP_NOW=2026-11-22T20:00:00Z
  $ grip --org kiwi --as kai@kiwi.test objective list
  ID  TITLE        LAYER  OWNER  STATUS  PROGRESS  CONF     FLAGS
  1   Calm nights  team   Ops    active  0%        7 green  stale
  $ grip --org lala --as kai@lala.test objective list
  ID  TITLE        LAYER  OWNER  STATUS  PROGRESS  CONF      FLAGS
  2   Calm nights  team   Ops    active  0%        5 yellow
  $ grip --org kiwi --as kai@kiwi.test due
  KIND         ID  ABOUT        PERIOD    SINCE       LINK
  checkin.due  1   Calm nights  2026-W48  2026-11-23  /objectives/1/checkin
  $ grip --org lala --as kai@lala.test due
  KIND         ID  ABOUT        PERIOD    SINCE       LINK
  checkin.due  2   Calm nights  2026-W47  2026-11-16  /objectives/2/checkin

A commitment written now is filed under each org's current week.

  $ grip --org kiwi --as kai@kiwi.test commit add kai@kiwi.test "Rotate the pager"
  Added commitment 1 for kai@kiwi.test, 2026-W48: Rotate the pager (open)
  warn  commitment.unlinked  commitment 1: commitment 1 of Kai for 2026-W48, "Rotate the pager", is linked to no objective: the chain is broken
        Link it to the outcome or objective it serves; if it serves none, ask whether it belongs in this week.
  $ grip --org lala --as kai@lala.test commit add kai@lala.test "Rotate the pager"
  Added commitment 2 for kai@lala.test, 2026-W47: Rotate the pager (open)
  warn  commitment.unlinked  commitment 2: commitment 2 of Kai for 2026-W47, "Rotate the pager", is linked to no objective: the chain is broken
        Link it to the outcome or objective it serves; if it serves none, ask whether it belongs in this week.

A check-in now counts for this week in both: nothing is due.

  $ grip --org kiwi --as kai@kiwi.test checkin 1 --confidence 8 >/dev/null
  $ grip --org lala --as kai@lala.test checkin 2 --confidence 8 >/dev/null
  $ grip --org kiwi --as kai@kiwi.test due
  Nothing is due from you now.
  $ grip --org lala --as kai@lala.test due
  Nothing is due from you now.

At 2026-11-23T07:59:59Z it is still Sunday in Los Angeles; a second
later it is Monday: a new week there. The check-in of Sunday is last
week's, and so is the commitment, now to close. In Auckland (Monday
20:59) nothing has moved.

  $ GRIP_NOW=2026-11-23T07:59:59Z grip --org lala --as kai@lala.test due
  Nothing is due from you now.
  $ GRIP_NOW=2026-11-23T08:00:00Z grip --org lala --as kai@lala.test due
  KIND              ID  ABOUT             PERIOD    SINCE       LINK
  checkin.due       2   Calm nights       2026-W48  2026-11-23  /objectives/2/checkin
  commitment.close  2   Rotate the pager  2026-W47  2026-11-23  /week
  $ GRIP_NOW=2026-11-23T08:00:00Z grip --org kiwi --as kai@kiwi.test due
  Nothing is due from you now.

A check-in dated by its day alone (`--at DATE`) is made at the start of
that day on the org's clock: on Monday in Los Angeles, one dated Monday
counts for the new week. In Auckland a check-in dated the cycle's first
day is within the cycle, though it was still September in UTC.

  $ GRIP_NOW=2026-11-23T08:00:00Z grip --org lala --as kai@lala.test checkin 2 --confidence 6 --at 2026-11-23 --json | grep -o '"at":"[^"]*"'
  "at":"2026-11-23T08:00:00Z"
  $ GRIP_NOW=2026-11-23T08:00:00Z grip --org lala --as kai@lala.test due
  KIND              ID  ABOUT             PERIOD    SINCE       LINK
  commitment.close  2   Rotate the pager  2026-W47  2026-11-23  /week
  $ grip --org kiwi --as kai@kiwi.test checkin 1 --confidence 6 --at 2026-10-01 --json | grep -o '"at":"[^"]*"'
  "at":"2026-09-30T11:00:00Z"

Figures as of a day end at midnight of that day in the org's zone: as of
15 November, Lala's confidence is that of the check-in made on Sunday
evening there (5), though it was already the 16th in UTC.

  $ grip --org lala objective show 2 --as-of 2026-11-15 --json | grep -o '"confidence":[0-9]*'
  "confidence":5
