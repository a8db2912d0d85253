The mid-cycle review of a quarter (docs/model.md, "Mid-cycle reviews"),
with the clock (GRIP_NOW) moving, through the CLI on a file and through
the HTTP API at once: grip.db for local runs, srv.db behind a real
`grip serve` restarted at each move of the clock (`at DATE`), kept in step
so ids, dates and figures match. `same WHO ARGS` runs `grip --as WHO ARGS`
locally and, with WHO's token, over the API; it prints the local output and
shows any difference after "!!".

  $ unset GRIP_SERVER GRIP_TOKEN
  $ both() { grip "$@" >/dev/null && grip --db srv.db "$@" >/dev/null; }
  $ export GRIP_NOW=2026-09-20
  $ both init --org "Acme" --admin ada@acme.test --name "Ada Admin"
  $ for p in lee mia; do both person add $p@acme.test --name "${p^}"; done
  $ both person add vic@acme.test --name Vic --role viewer
  $ for p in ada lee mia vic; do grip --db srv.db token create $p@acme.test | tail -n 1 >tok.$p; done
  $ . "$TESTDIR/clock.sh"

Planning (20 September): Lee leads the team Mobile, Mia is in it, Vic only
reads. The quarter runs from 1 October to 31 December: 92 days, so its
mid-point is 1 October + 92/2 = 46 days = 16 November.

  $ at 2026-09-20
  $ same ada unit add Mobile --kind team --lead lee@acme.test
  Added unit 2: Mobile (team)
  $ same ada member add Mobile mia@acme.test
  mia@acme.test joined Mobile as member on 2026-09-20.
  $ same ada cycle add 2026-Q4 --kind quarter --from 2026-10-01 --to 2026-12-31
  Added cycle 2026-Q4 (quarter): 2026-10-01 to 2026-12-31, planning; mid-point 2026-11-16
  $ same lee objective add "Ship offline mode" --cycle 2026-Q4 --layer team --unit Mobile --status active
  Added objective 1: Ship offline mode
  warn  objective.unaligned  objective 1: team objective 1 "Ship offline mode" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  $ same lee kr add 1 "Screens usable offline" --baseline 0 --target 12
  Added key result 1: Screens usable offline
    metric: 0 -> 0 -> 12, progress 0%, weight 1
  $ same lee objective add "Cut the crash rate" --cycle 2026-Q4 --layer team --unit Mobile --status active
  Added objective 2: Cut the crash rate
  warn  objective.unaligned  objective 2: team objective 2 "Cut the crash rate" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  $ same lee kr add 2 "Crash-free sessions" --baseline 97 --target 99.5 --unit % --weight 2
  Added key result 2: Crash-free sessions
    metric: 97% -> 97% -> 99.5%, progress 0%, weight 2
  $ same lee kr add 2 "Crash reports answered within a day" --baseline 40 --target 90 --unit %
  Added key result 3: Crash reports answered within a day
    metric: 40% -> 40% -> 90%, progress 0%, weight 1
  $ same lee objective add "Launch a tablet app" --cycle 2026-Q4 --layer team --unit Mobile --status active
  Added objective 3: Launch a tablet app
  warn  objective.unaligned  objective 3: team objective 3 "Launch a tablet app" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  info  okr.count.objectives  unit 2: "Mobile" has 3 team objectives in "2026-Q4"; the range in a first cycle is 1 to 2
        One or two objectives are right in a first cycle: learn the rhythm before adding more.
  $ same lee kr add 3 "Tablet beta testers" --baseline 0 --target 200
  Added key result 4: Tablet beta testers
    metric: 0 -> 0 -> 200, progress 0%, weight 1

A week before the mid-point (9 November) the team checks in: objective 1
at 6 / 12 = 50%, objective 3 at 20 / 200 = 10%. Nothing is due yet: the
mid-point has not come.

  $ at 2026-11-09
  $ same lee checkin 1 --confidence 7 --kr 1=6
  Checked in on objective 1: confidence 7 (green), progress 50%
  $ same lee checkin 2 --confidence 5 --kr 2=98.2 --kr 3=70
  Checked in on objective 2: confidence 5 (yellow), progress 52%
  $ same lee checkin 3 --confidence 3 --kr 4=20
  Checked in on objective 3: confidence 3 (red), progress 10%, behind pace
  $ same lee review due
  No mid-cycle reviews due.

Objective 2's progress now: crash-free sessions (98.2 - 97) / (99.5 - 97)
= 1.2 / 2.5 = 48%, weight 2; reports (70 - 40) / (90 - 40) = 30 / 50 =
60%, weight 1; together (2 x 48 + 1 x 60) / 3 = 156 / 3 = 52%. Expected
by the end of 9 November: 40 of the quarter's 92 days, 43%.

  $ same lee objective show 2
  Objective 2: Cut the crash rate
    team, active, cycle 2026-Q4, unit Mobile
    progress 52% (expected 43%), confidence 5 (yellow)
  
  KR  TITLE                                KIND    BASELINE  CURRENT  TARGET  PROGRESS  WEIGHT
  2   Crash-free sessions                  metric  97%       98.2%    99.5%   48%       2
  3   Crash reports answered within a day  metric  40%       70%      90%     60%       1

The mid-point (16 November): Lee has three reviews due, one per active
objective of the team; Mia (a member) and Vic (a viewer) have none and
may not record one.

  $ at 2026-11-16
  $ same lee review due
  ID  TITLE                LAYER  UNIT    OWNER  CYCLE    MIDPOINT    LAST REVIEW
  1   Ship offline mode    team   Mobile  -      2026-Q4  2026-11-16  -
  2   Cut the crash rate   team   Mobile  -      2026-Q4  2026-11-16  -
  3   Launch a tablet app  team   Mobile  -      2026-Q4  2026-11-16  -
  Review with: grip review add ID keep|adjust|drop --reason TEXT
  $ same mia review due
  No mid-cycle reviews due.
  $ same mia review add 1 keep --reason "Looks fine"
  grip: only a lead of its unit or of its owner, or an admin, reviews an objective mid-cycle
  [1]
  $ same vic review add 1 keep --reason "Looks fine"
  grip: a viewer cannot change anything
  [1]

Keep: 6 of 12 screens at the half-way point is on track.

  $ same lee review add 1 keep --reason "On track: 6 of 12 screens at the half"
  Review 1 of objective 1, kept by lee@acme.test at 2026-11-16T00:00:00Z: On track: 6 of 12 screens at the half

Adjust: the title, the target of crash-free sessions (99.5 -> 99) and its
weight (2 -> 1), each with before and after, in one review.

  $ same lee review add 2 adjust --reason "99.5% is out of reach this quarter; both measures matter as much" --title "Halve the crash rate" --target 2=99 --weight 2=1
  Review 2 of objective 2, adjusted by lee@acme.test at 2026-11-16T00:00:00Z: 99.5% is out of reach this quarter; both measures matter as much
    title: "Cut the crash rate" -> "Halve the crash rate"
    key result 2 target: 99.5 -> 99
    key result 2 weight: 2 -> 1

With the new target and weight: crash-free sessions (98.2 - 97) / (99 -
97) = 1.2 / 2 = 60%, weight 1; reports still 60%, weight 1; together
(60 + 60) / 2 = 60% (it was 52%). Expected by the end of 16 November:
47 / 92 days = 51%.

  $ same lee objective show 2
  Objective 2: Halve the crash rate
    team, active, cycle 2026-Q4, unit Mobile
    progress 60% (expected 51%), confidence 5 (yellow)
  
  KR  TITLE                                KIND    BASELINE  CURRENT  TARGET  PROGRESS  WEIGHT
  2   Crash-free sessions                  metric  97%       98.2%    99%     60%       1
  3   Crash reports answered within a day  metric  40%       70%      90%     60%       1

Drop: the objective is dropped with the review's reason.

  $ same lee review add 3 drop --reason "The tablet app waits for Q1: the team is needed on crashes"
  Review 3 of objective 3, dropped by lee@acme.test at 2026-11-16T00:00:00Z: The tablet app waits for Q1: the team is needed on crashes
  $ same lee objective show 3
  Objective 3: Launch a tablet app
    team, dropped, cycle 2026-Q4, unit Mobile
    progress 10% (expected 51%), confidence 3 (red)
  
  KR  TITLE                KIND    BASELINE  CURRENT  TARGET  PROGRESS  WEIGHT
  4   Tablet beta testers  metric  0         20       200     10%       1

Nothing is due any more; each objective's reviews read the same for whoever
sees it, with what each one changed.

  $ same lee review due
  No mid-cycle reviews due.
  $ same mia review list 2
  Review 2 of objective 2, adjusted by lee@acme.test at 2026-11-16T00:00:00Z: 99.5% is out of reach this quarter; both measures matter as much
    title: "Cut the crash rate" -> "Halve the crash rate"
    key result 2 target: 99.5 -> 99
    key result 2 weight: 2 -> 1
  $ same mia review list 1
  Review 1 of objective 1, kept by lee@acme.test at 2026-11-16T00:00:00Z: On track: 6 of 12 screens at the half
  $ same mia review list 2 --json
  [{"id":2,"objective_id":2,"decision":"adjust","label":"adjusted","reason":"99.5% is out of reach this quarter; both measures matter as much","reviewer_id":2,"reviewer":"lee@acme.test","at":"2026-11-16T00:00:00Z","changes":[{"field":"title","key_result_id":null,"before":"Cut the crash rate","after":"Halve the crash rate"},{"field":"target","key_result_id":2,"before":99.5,"after":99},{"field":"weight","key_result_id":2,"before":2,"after":1}]}]

Each change is in the history, with before, after and the review's reason
(read locally: the server's history also holds its tokens, so its ids
differ).

  $ grip history --entity key_result --id 2
  ID  AT                    ACTOR  ENTITY        ACTION  REASON
  18  2026-09-20T00:00:00Z  2      key_result 2  create  -
  24  2026-11-09T00:00:00Z  2      key_result 2  value   -
  31  2026-11-16T00:00:00Z  2      key_result 2  update  99.5% is out of reach this quarter; both measur…
  $ grip history --entity objective --id 3
  ID  AT                    ACTOR  ENTITY       ACTION  REASON
  20  2026-09-20T00:00:00Z  2      objective 3  create  -
  33  2026-11-16T00:00:00Z  2      objective 3  status  The tablet app waits for Q1: the team is needed…

  $ kill -- -$SRV; wait $SRV; echo stopped
  stopped
