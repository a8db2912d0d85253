Carrying forward: an unfinished objective of a quarter in scoring, or all
of a unit's, into the next quarter, with its key results (a metric starts
again at its last value) and its alignments mapped: to the carried copy of
a parent carried before, to a parent whose cycle encloses the new quarter,
else not at all, said in the answer. Run on a file and through the HTTP
API at once (grip.db locally, srv.db behind a real `grip serve` restarted
at each move of the clock); `same WHO ARGS` prints the local output and
any difference over the API after "!!".

  $ unset GRIP_SERVER GRIP_TOKEN
  $ both() { grip "$@" >/dev/null && grip --db srv.db "$@" >/dev/null; }
  $ both init --org "Acme" --admin ada@acme.test --name "Ada Admin"
  $ export GRIP_NOW=2026-07-01
  $ for p in lee sam; do both person add $p@acme.test --name "${p^}"; done
  $ both person add vic@acme.test --name Vic --role viewer
  $ for p in ada lee sam vic; do grip --db srv.db token create $p@acme.test | tail -n 1 >tok.$p; done
  $ . "$TESTDIR/clock.sh"

1 July: Lee leads the team Sales, Sam is in it. The year 2026, its third
quarter and the fourth (in planning). Objective 1 is the year's, 2 and 3
the third quarter's strategic ones; the team's 4 aligns to 1 and 2, its 5
to 3, 6 is done by the end; Sam's own 7 aligns to 4.

  $ at 2026-07-01
  $ same ada unit add Sales --kind team --lead lee@acme.test
  Added unit 2: Sales (team)
  $ same ada member add Sales sam@acme.test
  sam@acme.test joined Sales as member on 2026-07-01.
  $ same ada cycle add 2026 --kind year --from 2026-01-01 --to 2026-12-31
  Added cycle 2026 (year): 2026-01-01 to 2026-12-31, active; mid-point 2026-07-02
  $ same ada cycle add 2026-Q3 --kind quarter --from 2026-07-01 --to 2026-09-30
  Added cycle 2026-Q3 (quarter): 2026-07-01 to 2026-09-30, active; mid-point 2026-08-16
  $ same ada cycle add 2026-Q4 --kind quarter --from 2026-10-01 --to 2026-12-31
  Added cycle 2026-Q4 (quarter): 2026-10-01 to 2026-12-31, planning; mid-point 2026-11-16
  $ same ada objective add "Win the mid-market" --cycle 2026 --layer strategic --unit Acme --status active
  Added objective 1: Win the mid-market
  $ same ada objective add "Open the Nordics" --cycle 2026-Q3 --layer strategic --unit Acme --status active
  Added objective 2: Open the Nordics
  info  okr.count.objectives  unit 1: "Acme" has 1 strategic objective in "2026-Q3"; a company's range is 3 to 5
        With fewer objectives than that, check that nothing that matters this cycle is left out.
  $ same ada objective add "Fix onboarding" --cycle 2026-Q3 --layer strategic --unit Acme --status active
  Added objective 3: Fix onboarding
  info  okr.count.objectives  unit 1: "Acme" has 2 strategic objectives in "2026-Q3"; a company's range is 3 to 5
        With fewer objectives than that, check that nothing that matters this cycle is left out.
  $ same lee objective add "Double the qualified pipeline" --cycle 2026-Q3 --layer team --unit Sales --aligns-to 1 --aligns-to 2 --status active --why "Mid-market deals start here"
  Added objective 4: Double the qualified pipeline
  info  okr.count.objectives  unit 2: "Sales" has 1 team objective in "2026-Q3"; a team's range is 3 to 4
        With fewer objectives than that, check that nothing that matters this cycle is left out.
  $ same lee kr add 4 "Qualified leads a month" --baseline 40 --target 100 --weight 2
  Added key result 1: Qualified leads a month
    metric: 40 -> 40 -> 100, progress 0%, weight 2
  $ same lee kr add 4 "Nordic partner signed" --boolean
  Added key result 2: Nordic partner signed
    boolean: 0 -> 0 -> 1, progress 0%, weight 1
  info  kr.output  key_result 2: key result 2 "Nordic partner signed" of objective 4 reads as a task or a deliverable rather than a result
        Move the work to the objective's initiatives and measure what it should change: what people do differently once it is done.
  $ same lee kr add 4 "Nordic page" --milestone Copy --milestone Design --milestone Live
  Added key result 3: Nordic page
    milestones: 0 -> 0 -> 3, progress 0%, weight 1
    [ ] Copy
    [ ] Design
    [ ] Live
  info  kr.output  key_result 3: key result 3 "Nordic page" of objective 4 reads as a task or a deliverable rather than a result
        Move the work to the objective's initiatives and measure what it should change: what people do differently once it is done.
  $ same lee objective add "Answer every lead within 4 hours" --cycle 2026-Q3 --layer team --unit Sales --aligns-to 3 --status active
  Added objective 5: Answer every lead within 4 hours
  info  okr.count.objectives  unit 2: "Sales" has 2 team objectives in "2026-Q3"; a team's range is 3 to 4
        With fewer objectives than that, check that nothing that matters this cycle is left out.
  $ same lee kr add 5 "Median hours to reply" --baseline 24 --target 4 --unit h
  Added key result 4: Median hours to reply
    metric: 24 h -> 24 h -> 4 h, progress 0%, weight 1
  $ same lee objective add "Ship the referral scheme" --cycle 2026-Q3 --layer team --unit Sales --status active
  Added objective 6: Ship the referral scheme
  warn  objective.unaligned  objective 6: team objective 6 "Ship the referral scheme" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  $ same lee kr add 6 "Referrals a month" --baseline 0 --target 10
  Added key result 5: Referrals a month
    metric: 0 -> 0 -> 10, progress 0%, weight 1
  $ same sam objective add "Learn Swedish for the Nordic calls" --cycle 2026-Q3 --layer individual --unit Sales --owner sam@acme.test --aligns-to 4
  Added objective 7: Learn Swedish for the Nordic calls
  info  okr.count.objectives  person 3: Sam has 1 individual objective in "2026-Q3"; a person's range is 2 to 3
        With fewer objectives than that, check that nothing that matters this cycle is left out.
  $ same lee objective status 7 active
  Updated objective 7: Learn Swedish for the Nordic calls (active)
  $ same sam kr add 7 "Lessons taken" --baseline 0 --target 20 --unit lessons
  Added key result 6: Lessons taken
    metric: 0 lessons -> 0 lessons -> 20 lessons, progress 0%, weight 1

Mid-quarter, values come in. The quarter is still active: nothing of it
is carried forward yet.

  $ at 2026-08-14
  $ same lee kr update 1 70
  Updated key result 1: Qualified leads a month
    metric: 40 -> 70 -> 100, progress 50%, weight 2
  $ same lee kr update 3 Copy
  Updated key result 3: Nordic page
    milestones: 0 -> 1 -> 3, progress 33%, weight 1
    [x] Copy
    [ ] Design
    [ ] Live
  $ same lee kr update 4 12
  Updated key result 4: Median hours to reply
    metric: 24 h -> 12 h -> 4 h, progress 60%, weight 1
  $ same lee kr update 5 4
  Updated key result 5: Referrals a month
    metric: 0 -> 4 -> 10, progress 40%, weight 1
  $ same lee kr update 5 10
  Updated key result 5: Referrals a month
    metric: 0 -> 10 -> 10, progress 100%, weight 1
  $ same sam kr update 6 8
  Updated key result 6: Lessons taken
    metric: 0 lessons -> 8 lessons -> 20 lessons, progress 40%, weight 1
  $ same lee carry 4 --to 2026-Q4
  grip: cycle: 2026-Q3 is active: an objective is carried forward once its cycle is in scoring or closed
  [1]
  $ same lee carry --unit Sales --from 2026-Q3 --to 2026-Q4
  grip: from: 2026-Q3 is active: objectives are carried forward once their cycle is in scoring or closed
  [1]
  $ same lee objective status 6 achieved
  Updated objective 6: Ship the referral scheme (achieved)
  $ same lee objective status 5 missed --reason "Two of us were out all August"
  Updated objective 5: Answer every lead within 4 hours (missed)

30 September, the quarter's last day: it is in scoring. Lee carries the
pipeline objective into the fourth quarter. Its metric starts again at its
last value: 70 leads a month (was 40), still aiming at 100, weight 2; the
boolean and the milestones come as they were, none done. Its alignment to
the year's objective 1 stays (2026 encloses 2026-Q4); the one to 2, a
strategic objective of 2026-Q3 not carried, cannot.

  $ at 2026-09-30
  $ same lee cycle show 2026-Q3 | grep status
    status     scoring
  $ same lee carry 4 --to 2026-Q4
  Carried 1 objective from 2026-Q3 into 2026-Q4.
  Objective 4 -> 8: Double the qualified pipeline
    key result 1 -> 7 Qualified leads a month: baseline 70 (was 40), target 100
    key result 2 -> 8 Nordic partner signed: boolean, as it was
    key result 3 -> 9 Nordic page: milestones, as it was
    aligned to 1
    not aligned to 2: objective 2 is in cycle 2026-Q3, which does not enclose 2026-Q4
  $ same lee objective show 8
  Objective 8: Double the qualified pipeline
    team, draft, cycle 2026-Q4, unit Sales
    progress 0% (expected 0%), confidence - (none)
    why: Mid-market deals start here
    carried from 4
    aligns to 1
  
  KR  TITLE                    KIND        BASELINE  CURRENT  TARGET  PROGRESS  WEIGHT
  7   Qualified leads a month  metric      70        70       100     0%        2
  8   Nordic partner signed    boolean     0         0        1       0%        1
  9   Nordic page              milestones  0         0        3       0%        1
  $ grip objective show 8 --json | grep -o '"carried_from":[0-9]*'
  "carried_from":4
  $ grip objective show 4 --json | grep -c carried_from
  0
  [1]

A second time is refused, into the same quarter; so is a viewer, an
achieved objective, and a cycle that does not come after.

  $ same lee carry 4 --to 2026-Q4
  grip: to: objective 4 was carried into 2026-Q4 already, as objective 8
  [1]
  $ same vic carry 5 --to 2026-Q4
  grip: a viewer cannot change anything
  [1]
  $ same lee carry 6 --to 2026-Q4
  grip: objective: objective 6 is achieved: only an unfinished objective is carried forward
  [1]
  $ same lee carry 5 --to 2026
  grip: to: 2026 starts on 2026-01-01, before 2026-Q3 ends (2026-09-30): carry into a later cycle
  [1]
  $ same lee carry 5 --to 2027-Q1
  grip: to: no cycle named 2027-Q1
  [1]
  $ same lee carry 5
  grip: to: is required: the cycle to carry into
  [1]
  $ same lee carry 5 --unit Sales --to 2026-Q4
  grip: carry OBJECTIVE_ID --to CYCLE, or carry --unit NAME --from CYCLE --to CYCLE: not both
  [1]

Ada carries the strategic objective 3 (it becomes 9; the answer in
JSON). Then the team's lead carries the rest of Sales: 4 is skipped
(carried already), 6 is achieved; 5 (missed) becomes 10, aligned to 9,
the copy of 3 carried before; its reply time starts at 12 h (was 24),
aiming at 4. Sam's 7 becomes 11, aligned to 8, the copy of 4; 8 lessons
of 20 taken.

  $ same ada carry 3 --to 2026-Q4 --json
  {"from":"2026-Q3","to":"2026-Q4","carried":[{"from_id":3,"id":9,"title":"Fix onboarding","layer":"strategic","unit":"Acme","owner":null,"key_results":[],"aligns_to":[],"left_behind":[]}],"skipped":[]}
  $ same lee carry --unit Sales --from 2026-Q3 --to 2026-Q4
  Carried 2 objectives from 2026-Q3 into 2026-Q4.
  Objective 5 -> 10: Answer every lead within 4 hours
    key result 4 -> 10 Median hours to reply: baseline 12 (was 24), target 4
    aligned to 9 (the copy of 3)
  Objective 7 -> 11: Learn Swedish for the Nordic calls
    key result 6 -> 11 Lessons taken: baseline 8 (was 0), target 20
    aligned to 8 (the copy of 4)
  skipped objective 4: carried into 2026-Q4 already, as objective 8
  $ same lee carry --unit Sales --from 2026-Q3 --to 2026-Q4
  grip: to: every unfinished objective there was carried into 2026-Q4 already
  [1]
  $ same sam objective show 11
  Objective 11: Learn Swedish for the Nordic calls
    individual, draft, cycle 2026-Q4, unit Sales, owner sam@acme.test
    progress 0% (expected 0%), confidence - (none)
    carried from 7
    aligns to 8
  
  KR  TITLE          KIND    BASELINE   CURRENT    TARGET      PROGRESS  WEIGHT
  11  Lessons taken  metric  8 lessons  8 lessons  20 lessons  0%        1
  $ same lee objective list --cycle 2026-Q4
  ID  TITLE                               LAYER       OWNER          STATUS  PROGRESS  CONF  FLAGS
  8   Double the qualified pipeline       team        Sales          draft   0%        -
  9   Fix onboarding                      strategic   Acme           draft   0%        -
  10  Answer every lead within 4 hours    team        Sales          draft   0%        -
  11  Learn Swedish for the Nordic calls  individual  sam@acme.test  draft   0%        -
  $ grip history --entity objective --id 10 | grep carry
  52  2026-09-30T00:00:00Z  2      objective 10  carry   carried forward from 2026-Q3

  $ kill -- -$SRV; wait $SRV
  [143]
