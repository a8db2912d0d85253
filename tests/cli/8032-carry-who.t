Who may carry what forward: whoever may add that objective in the new
cycle. A private objective is not there for those who may not see it; an
owner no longer in the team cannot own its copy; a member carries the
team's objective but not a teammate's own. Run on a file and through the
HTTP API at once, as in 8030-carry.t.


  $ unset GRIP_SERVER GRIP_TOKEN
  $ both() { grip "$@" >/dev/null && grip --db srv.db "$@" >/dev/null; }
  $ both init --org "Acme" --admin ada@acme.test --name "Ada Admin"
  $ export GRIP_NOW=2026-07-01
  $ for p in lee sam tia; do both person add $p@acme.test --name "${p^}"; done
  $ for p in ada lee sam tia; do grip --db srv.db token create $p@acme.test | tail -n 1 >tok.$p; done
  $ . "$TESTDIR/clock.sh"

Lee leads Sales; Sam and Tia are in it. In the third quarter: the team's
objective 1, Sam's own 2, Tia's private 3, all active.

  $ at 2026-07-01
  $ same ada unit add Sales --kind team --lead lee@acme.test
  Added unit 2: Sales (team)
  $ same ada member add Sales sam@acme.test
  sam@acme.test joined Sales as member on 2026-07-01.
  $ same ada member add Sales tia@acme.test
  tia@acme.test joined Sales as member on 2026-07-01.
  $ same ada cycle add 2026-Q3 --kind quarter --from 2026-07-01 --to 2026-09-30
  Added cycle 2026-Q3 (quarter): 2026-07-01 to 2026-09-30, active; mid-point 2026-08-16
  $ same ada cycle add 2026-Q4 --kind quarter --from 2026-10-01 --to 2026-12-31
  Added cycle 2026-Q4 (quarter): 2026-10-01 to 2026-12-31, planning; mid-point 2026-11-16
  $ same lee objective add "Open the Nordics" --cycle 2026-Q3 --layer team --unit Sales --status active
  Added objective 1: Open the Nordics
  warn  objective.unaligned  objective 1: team objective 1 "Open the Nordics" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  $ same sam objective add "Learn Swedish" --cycle 2026-Q3 --layer individual --unit Sales --owner sam@acme.test
  Added objective 2: Learn Swedish
  warn  objective.unaligned  objective 2: individual objective 2 "Learn Swedish" contributes to nothing above it: the chain is broken
        Align it to the team or strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  $ same tia objective add "Speak at a conference" --cycle 2026-Q3 --layer individual --unit Sales --owner tia@acme.test --private
  Added objective 3: Speak at a conference
  warn  objective.unaligned  objective 3: individual objective 3 "Speak at a conference" contributes to nothing above it: the chain is broken
        Align it to the team or strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  $ same lee objective status 2 active
  Updated objective 2: Learn Swedish (active)
  $ same lee objective status 3 active
  Updated objective 3: Speak at a conference (active)

At the quarter's end, Tia's private objective is not there for Sam, and
Tia may not carry Sam's own; Sam carries the team's, Tia her own.

  $ at 2026-09-30
  $ same sam carry 3 --to 2026-Q4
  grip: objective: no such objective
  [1]
  $ same tia carry 2 --to 2026-Q4
  grip: you cannot change this individual objective
  [1]
  $ same sam carry 1 --to 2026-Q4
  Carried 1 objective from 2026-Q3 into 2026-Q4.
  Objective 1 -> 4: Open the Nordics
  $ same tia carry 3 --to 2026-Q4
  Carried 1 objective from 2026-Q3 into 2026-Q4.
  Objective 3 -> 5: Speak at a conference

Sam leaves Sales: his own objective cannot be carried into Sales with
him as its owner any more, not even by his former lead, alone or with the
unit's; nothing is written.

  $ same ada member leave Sales sam@acme.test --reason "moved to Ops"
  sam@acme.test left Sales on 2026-09-30.
  $ same lee carry 2 --to 2026-Q4
  grip: owner: sam@acme.test is not a member of Sales
  [1]
  $ same lee carry --unit Sales --from 2026-Q3 --to 2026-Q4
  grip: owner: sam@acme.test is not a member of Sales
  [1]
  $ same lee objective list --cycle 2026-Q4
  ID  TITLE                  LAYER       OWNER          STATUS  PROGRESS  CONF  FLAGS
  4   Open the Nordics       team        Sales          draft   0%        -
  5   Speak at a conference  individual  tia@acme.test  draft   0%        -

  $ kill -- -$SRV; wait $SRV
  [143]
