What a mid-cycle review refuses, and when one is due (docs/model.md,
"Mid-cycle reviews"), on the CLI and over the API with the same output:
a cycle in planning or in scoring, an objective that is not approved or
active, someone who leads neither it nor its owner, and bad input. A
refused review changes nothing. `at DATE` moves the clock and restarts the
server; `same WHO ARGS` runs `grip --as WHO ARGS` locally and over the API
and shows any difference after "!!".

  $ unset GRIP_SERVER GRIP_TOKEN
  $ both() { grip "$@" >/dev/null && grip --db srv.db "$@" >/dev/null; }
  $ export GRIP_NOW=2026-09-20
  $ both init --org "Acme" --admin ada@acme.test --name "Ada Admin"
  $ for p in lee mia; do both person add $p@acme.test --name "${p^}"; done
  $ both person add vic@acme.test --name Vic --role viewer
  $ for p in ada lee mia vic; do grip --db srv.db token create $p@acme.test | tail -n 1 >tok.$p; done
  $ . "$TESTDIR/clock.sh"

Lee leads Mobile (Mia is in it); the quarter 2026-Q4 runs from 1 October
to 31 December (mid-point 16 November), 2027-Q1 is still being planned.

  $ at 2026-09-20
  $ same ada unit add Mobile --kind team --lead lee@acme.test
  Added unit 2: Mobile (team)
  $ same ada member add Mobile mia@acme.test
  mia@acme.test joined Mobile as member on 2026-09-20.
  $ same ada cycle add 2026-Q4 --kind quarter --from 2026-10-01 --to 2026-12-31
  Added cycle 2026-Q4 (quarter): 2026-10-01 to 2026-12-31, planning; mid-point 2026-11-16
  $ same ada cycle add 2027-Q1 --kind quarter --from 2027-01-01 --to 2027-03-31
  Added cycle 2027-Q1 (quarter): 2027-01-01 to 2027-03-31, planning; mid-point 2027-02-15
  $ same lee objective add "Cut the crash rate" --cycle 2026-Q4 --layer team --unit Mobile --status active
  Added objective 1: Cut the crash rate
  warn  objective.unaligned  objective 1: team objective 1 "Cut the crash rate" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  $ same lee kr add 1 "Crash-free sessions" --baseline 97 --target 99.5 --unit %
  Added key result 1: Crash-free sessions
    metric: 97% -> 97% -> 99.5%, progress 0%, weight 1
  $ same lee kr add 1 "Store rating above 4.5" --boolean
  Added key result 2: Store rating above 4.5
    boolean: 0 -> 0 -> 1, progress 0%, weight 1
  $ same lee objective add "Faster start-up" --cycle 2026-Q4 --layer team --unit Mobile --status active
  Added objective 2: Faster start-up
  warn  objective.unaligned  objective 2: team objective 2 "Faster start-up" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  $ same lee kr add 2 "Cold start in ms" --baseline 1800 --target 900
  Added key result 3: Cold start in ms
    metric: 1800 -> 1800 -> 900, progress 0%, weight 1
  $ same mia objective add "A draft of Mia's" --cycle 2026-Q4 --layer individual --unit Mobile --owner mia@acme.test
  Added objective 3: A draft of Mia's
  warn  objective.unaligned  objective 3: individual objective 3 "A draft of Mia's" contributes to nothing above it: the chain is broken
        Align it to the team or strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  $ same mia objective add "Mia learns Kotlin" --cycle 2026-Q4 --layer individual --unit Mobile --owner mia@acme.test --status proposed
  Added objective 4: Mia learns Kotlin
  warn  objective.unaligned  objective 4: individual objective 4 "Mia learns Kotlin" contributes to nothing above it: the chain is broken
        Align it to the team or strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  $ same lee objective review 4 approve
  Updated objective 4: Mia learns Kotlin (approved)
  $ same lee objective add "Next quarter" --cycle 2027-Q1 --layer team --unit Mobile --status active
  Added objective 5: Next quarter
  warn  objective.unaligned  objective 5: team objective 5 "Next quarter" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  info  okr.count.objectives  unit 2: "Mobile" has 1 team objective in "2027-Q1"; a team's range is 3 to 4
        With fewer objectives than that, check that nothing that matters this cycle is left out.

Before the quarter starts (20 September) it is in planning: nothing is
reviewed mid-cycle yet.

  $ same lee review add 1 keep --reason "Early"
  grip: cycle: cycle 2026-Q4 is in planning: a mid-cycle review is made while it is active
  [1]

While it runs: the lead may review whenever she chooses, also before the
mid-point. Not a draft, not an objective of a cycle still in planning.

  $ at 2026-11-08
  $ same lee review add 3 keep --reason "Early"
  grip: status: objective 3 is draft: only an approved or active objective is reviewed
  [1]
  $ same lee review add 5 keep --reason "Early"
  grip: cycle: cycle 2027-Q1 is in planning: a mid-cycle review is made while it is active
  [1]

Who: Mia's own individual objective is reviewed by her lead, not by Mia.

  $ same mia review add 4 keep --reason "Mine is fine"
  grip: only a lead of its unit or of its owner, or an admin, reviews an objective mid-cycle
  [1]
  $ same lee review add 4 keep --reason "Mia is learning fast"
  Review 1 of objective 4, kept by lee@acme.test at 2026-11-08T00:00:00Z: Mia is learning fast

Bad input, each refused with the field at fault and nothing changed.

  $ same lee review add 1 keep
  grip: reason: is required
  [1]
  $ same lee review add 1 keep --reason "   "
  grip: reason: must not be empty
  [1]
  $ same lee review add 1 maybe --reason "Not sure"
  grip: decision: must be one of keep, adjust, drop
  [1]
  $ same lee review add 1 keep --reason "Fine" --title "A new title"
  grip: changes: only an adjustment changes the objective: this review would keep it
  [1]
  $ same lee review add 1 drop --reason "Gone" --target 1=99
  grip: changes: only an adjustment changes the objective: this review would drop it
  [1]
  $ same lee review add 1 adjust --reason "Something"
  grip: changes: an adjustment says what it changes: the title, a key result's title, target or weight
  [1]
  $ same lee review add 1 adjust --reason "Lower" --target 3=1200
  grip: key_result_id: key result 3 is not part of objective 1
  [1]
  $ same lee review add 1 adjust --reason "Lower" --target 1=99.5
  grip: target: of key result 1 is already 99.5
  [1]
  $ same lee review add 1 adjust --reason "Lower" --target 1=abc
  grip: target: is not a number: abc
  [1]
  $ same lee review add 1 adjust --reason "Lower" --target 99
  grip: target: expects KR_ID=VALUE, not 99
  [1]
  $ same lee review add 1 adjust --reason "Lower" --target 1=99 --target 1=98
  grip: target: of key result 1 is changed twice in one review
  [1]
  $ same lee review add 1 adjust --reason "Lower" --title ""
  grip: title: must not be empty
  [1]
  $ same lee review add 999 keep --reason "Fine"
  grip: objective: no such objective
  [1]

A change the key result's own rules refuse (a boolean has no target, a
weight is above 0) refuses the whole review: the new title given with it
is not kept either. (Objective 1 is still at 0% of its key results; by the
end of 8 November 39 of the quarter's 92 days have gone, 42% expected.)

  $ same lee review add 1 adjust --reason "Sharper" --title "Halve the crash rate" --target 2=2
  grip: target: only a metric key result has a baseline and a target
  [1]
  $ same lee review add 1 adjust --reason "Sharper" --title "Halve the crash rate" --weight 1=0
  grip: weight: must be a number above 0 and at most 1000
  [1]
  $ same mia objective show 1
  Objective 1: Cut the crash rate
    team, active, cycle 2026-Q4, unit Mobile
    progress 0% (expected 42%), confidence - (none) — behind pace, stale
  
  KR  TITLE                   KIND     BASELINE  CURRENT  TARGET  PROGRESS  WEIGHT
  1   Crash-free sessions     metric   97%       97%      99.5%   0%        1
  2   Store rating above 4.5  boolean  0         0        1       0%        1
  $ same mia review list 1
  No mid-cycle review yet.

When one is due: on 8 November Lee reviewed objective 4, 8 days before the
mid-point, which is too early to count as its mid-cycle review (a review
counts from 7 days before it, 9 November). On 9 November she reviews
objective 1. At the mid-point, 16 November, objectives 2 (never reviewed)
and 4 (reviewed too early) are due; objective 1 is not. Objective 3 is a
draft, objective 5's cycle has not started. An admin may review them all.

  $ at 2026-11-09
  $ same lee review add 1 keep --reason "On track"
  Review 2 of objective 1, kept by lee@acme.test at 2026-11-09T00:00:00Z: On track
  $ at 2026-11-16
  $ same lee review due
  ID  TITLE              LAYER       UNIT    OWNER          CYCLE    MIDPOINT    LAST REVIEW
  2   Faster start-up    team        Mobile  -              2026-Q4  2026-11-16  -
  4   Mia learns Kotlin  individual  Mobile  mia@acme.test  2026-Q4  2026-11-16  2026-11-08T00:00:00Z
  Review with: grip review add ID keep|adjust|drop --reason TEXT
  $ same lee review due --json
  [{"objective_id":2,"title":"Faster start-up","layer":"team","status":"active","cycle_id":1,"cycle":"2026-Q4","unit_id":2,"unit":"Mobile","owner_id":null,"owner":null,"midpoint":"2026-11-16","last_review_at":null},{"objective_id":4,"title":"Mia learns Kotlin","layer":"individual","status":"approved","cycle_id":1,"cycle":"2026-Q4","unit_id":2,"unit":"Mobile","owner_id":3,"owner":"mia@acme.test","midpoint":"2026-11-16","last_review_at":"2026-11-08T00:00:00Z"}]
  $ same ada review due
  ID  TITLE              LAYER       UNIT    OWNER          CYCLE    MIDPOINT    LAST REVIEW
  2   Faster start-up    team        Mobile  -              2026-Q4  2026-11-16  -
  4   Mia learns Kotlin  individual  Mobile  mia@acme.test  2026-Q4  2026-11-16  2026-11-08T00:00:00Z
  Review with: grip review add ID keep|adjust|drop --reason TEXT

On the quarter's last day scoring opens: no more mid-cycle reviews.

  $ at 2026-12-31
  $ same lee review due
  No mid-cycle reviews due.
  $ same lee review add 2 keep --reason "Late"
  grip: cycle: cycle 2026-Q4 is in scoring: a mid-cycle review is made while it is active
  [1]

  $ kill -- -$SRV; wait $SRV; echo stopped
  stopped
