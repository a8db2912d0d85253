A new quarter added from the one ending carries forward, in one step,
every unfinished objective whose reflection says what to carry forward,
and every missed one; a parent and its child carried together stay
aligned, the child to the parent's copy. Run on a file and through the
HTTP API at once, as in 8030-carry.t.

  $ unset GRIP_SERVER GRIP_TOKEN
  $ both() { grip "$@" >/dev/null && grip --db srv.db "$@" >/dev/null; }
  $ both init --org "Acme" --admin ada@acme.test --name "Ada Admin"
  $ export GRIP_NOW=2026-07-01
  $ both person add lee@acme.test --name Lee
  $ for p in ada lee; do grip --db srv.db token create $p@acme.test | tail -n 1 >tok.$p; done
  $ . "$TESTDIR/clock.sh"

The third quarter: a strategic objective (1), the team's 2 aligned to it,
3 done, 4 still active with nothing to carry, 5 dropped.

  $ at 2026-07-01
  $ same ada unit add Sales --kind team --lead lee@acme.test
  Added unit 2: Sales (team)
  $ same ada cycle add 2026-Q3 --kind quarter --from 2026-07-01 --to 2026-09-30
  Added cycle 2026-Q3 (quarter): 2026-07-01 to 2026-09-30, active; mid-point 2026-08-16
  $ same ada objective add "Open the Nordics" --cycle 2026-Q3 --layer strategic --unit Acme --status active
  Added objective 1: Open the Nordics
  $ same lee objective add "Sign three Nordic partners" --cycle 2026-Q3 --layer team --unit Sales --aligns-to 1 --status active
  Added objective 2: Sign three Nordic partners
  $ same lee kr add 2 "Partners signed" --baseline 0 --target 3
  Added key result 1: Partners signed
    metric: 0 -> 0 -> 3, progress 0%, weight 1
  $ same lee objective add "Ship the referral scheme" --cycle 2026-Q3 --layer team --unit Sales --status active
  Added objective 3: Ship the referral scheme
  warn  objective.unaligned  objective 3: team objective 3 "Ship the referral scheme" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  $ same lee objective add "Tidy the CRM" --cycle 2026-Q3 --layer team --unit Sales --status active
  Added objective 4: Tidy the CRM
  warn  objective.unaligned  objective 4: team objective 4 "Tidy the CRM" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  info  okr.count.objectives  unit 2: "Sales" has 3 team objectives in "2026-Q3"; the range in a first cycle is 1 to 2
        One or two objectives are right in a first cycle: learn the rhythm before adding more.
  $ same lee objective add "Run a trade fair" --cycle 2026-Q3 --layer team --unit Sales --status active
  Added objective 5: Run a trade fair
  warn  objective.unaligned  objective 5: team objective 5 "Run a trade fair" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  info  okr.count.objectives  unit 2: "Sales" has 4 team objectives in "2026-Q3"; the range in a first cycle is 1 to 2
        One or two objectives are right in a first cycle: learn the rhythm before adding more.
  $ at 2026-09-20
  $ same lee kr update 1 1
  Updated key result 1: Partners signed
    metric: 0 -> 1 -> 3, progress 33%, weight 1
  $ same lee objective status 2 missed --reason "One partner signed, two still talking"
  Updated objective 2: Sign three Nordic partners (missed)
  $ same lee objective status 3 achieved
  Updated objective 3: Ship the referral scheme (achieved)
  $ same lee objective status 5 dropped --reason "The fair was cancelled"
  Updated objective 5: Run a trade fair (dropped)

The reflections, written on the quarter's second-last day: 1 and 5 say
what to carry forward, 4 has one without (nothing to carry).

  $ at 2026-09-29
  $ both reflect 1 --worked "Local partners opened doors" --did-not "We started late" --carry "Keep the partner calls going"
  $ both --as lee@acme.test reflect 4 --worked "Half of it got done"
  $ both --as lee@acme.test reflect 5 --did-not "No fair at all" --carry "Find another fair"

A cycle is carried forward from only once it is in scoring or closed.

  $ same ada cycle add 2026-Q4 --from 2026-Q3 --to 2026-12-31
  grip: previous: 2026-Q3 is active: a cycle is carried forward from once it is in scoring or closed
  [1]
  $ same ada cycle list
  ID  NAME     KIND     FROM        TO          STATUS
  1   2026-Q3  quarter  2026-07-01  2026-09-30  active

On the last day the quarter is in scoring. The fourth quarter follows it
(a quarter, from 1 October) and takes 1 (its reflection says so) and 2
(missed), but not 3 (achieved), 4 (nothing to carry, still active) or 5
(dropped). 2's copy aligns to 1's: they were carried together. The
partners signed come along from their last value: 1 of 3.

  $ at 2026-09-30
  $ same lee cycle add 2026-Q4 --from 2026-Q3 --to 2026-12-31
  grip: only an admin, or a group's lead for its programme, can add a cycle
  [1]
  $ same ada cycle add 2026-Q4 --from 2026-Q3 --to 2026-12-31
  Added cycle 2026-Q4 (quarter): 2026-10-01 to 2026-12-31, planning; mid-point 2026-11-16
  Carried 2 objectives from 2026-Q3 into 2026-Q4.
  Objective 1 -> 6: Open the Nordics
  Objective 2 -> 7: Sign three Nordic partners
    key result 1 -> 2 Partners signed: baseline 1 (was 0), target 3
    aligned to 6 (the copy of 1)
  $ same ada objective show 7
  Objective 7: Sign three Nordic partners
    team, draft, cycle 2026-Q4, unit Sales
    progress 0% (expected 0%), confidence - (none)
    carried from 2
    aligns to 6
  
  KR  TITLE            KIND    BASELINE  CURRENT  TARGET  PROGRESS  WEIGHT
  2   Partners signed  metric  1         1        3       0%        1
  $ same ada cycle add 2027-Q1 --from 2026-Q4 --to 2027-03-31
  grip: previous: 2026-Q4 is planning: a cycle is carried forward from once it is in scoring or closed
  [1]
  $ same ada cycle add 2027 --kind year --from 2026-Q2 --to 2027-12-31
  grip: previous: no cycle named 2026-Q2
  [1]

  $ kill -- -$SRV; wait $SRV
  [143]
