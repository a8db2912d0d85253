A whole quarter, driven with GRIP_NOW from its planning to a closed,
scored cycle and a seeded next one, through the CLI on a file and through
the HTTP API at once: grip.db for the local runs, srv.db behind a real
`grip serve` restarted at each move of the clock (`at DATE`; the server
reads the clock once, at its start), kept in step so that ids, dates and
figures match. `same WHO ARGS` runs `grip --as WHO ARGS` locally and, with
WHO's token, over the API; it prints the local output and shows any
difference after "!!" (both from tests/cli/clock.sh). Every figure is
worked out by hand above it.

  $ unset GRIP_SERVER GRIP_TOKEN
  $ both() { grip "$@" >/dev/null && grip --db srv.db "$@" >/dev/null; }
  $ export GRIP_NOW=2026-12-14
  $ both init --org "Acme" --admin ada@acme.test --name "Ada Admin"
  $ both person add bo@acme.test --name "Bo Berg"
  $ both person add cy@acme.test --name "Cy Chan"
  $ both person add vi@acme.test --name "Vi Voss" --role viewer
  $ for p in ada bo cy vi; do grip --db srv.db token create $p@acme.test | tail -n 1 >tok.$p; done
  $ . "$TESTDIR/clock.sh"

Planning, in December: Bo leads the business unit Products and its team
Mobile, Cy is in the team, Vi only reads. The quarter 2027-Q1 runs 84
days, from 4 January to 28 March; its mid-point is 4 January + 84/2 = 42
days = 15 February.

  $ at 2026-12-14
  $ same ada unit add Products --kind business_unit --lead bo@acme.test
  Added unit 2: Products (business_unit)
  $ same ada unit add Mobile --kind team --parent Products --lead bo@acme.test
  Added unit 3: Mobile (team)
  $ same ada member add Mobile cy@acme.test --joined 2026-10-05
  cy@acme.test joined Mobile as member on 2026-10-05.
  $ same ada cycle add 2027-Q1 --kind quarter --from 2027-01-04 --to 2027-03-28
  Added cycle 2027-Q1 (quarter): 2027-01-04 to 2027-03-28, planning; mid-point 2027-02-15

The strategy's objective comes from the business unit's lead. The team
writes three objectives with their key results and proposes them; Cy
proposes a development objective of her own; Bo approves all four.

  $ same bo objective add "Win the mobile market" --cycle 2027-Q1 --layer strategic --unit Products --status active
  Added objective 1: Win the mobile market
  $ same cy objective add "Make the app feel instant" --cycle 2027-Q1 --layer team --unit Mobile --aligns-to 1 --status proposed
  Added objective 2: Make the app feel instant
  $ same cy kr add 2 "Cold start time" --baseline 4 --target 1.5 --unit s --weight 2
  Added key result 1: Cold start time
    metric: 4 s -> 4 s -> 1.5 s, progress 0%, weight 2
  $ same cy kr add 2 "Crash-free sessions" --baseline 97 --target 99.5 --unit %
  Added key result 2: Crash-free sessions
    metric: 97% -> 97% -> 99.5%, progress 0%, weight 1
  $ same cy objective add "Keep new users coming back" --cycle 2027-Q1 --layer team --unit Mobile --aligns-to 1 --status proposed
  Added objective 3: Keep new users coming back
  info  objective.bau  objective 3: team objective 3 "Keep new users coming back" reads as business as usual ("Keep")
        An objective names a change worth this cycle's effort; keep running work and health figures on a dashboard, and say what should be different.
  $ same cy kr add 3 "Day-7 retention" --baseline 20 --target 35 --unit %
  Added key result 3: Day-7 retention
    metric: 20% -> 20% -> 35%, progress 0%, weight 1
  $ same cy kr add 3 "Onboarding tour live" --boolean
  Added key result 4: Onboarding tour live
    boolean: 0 -> 0 -> 1, progress 0%, weight 1
  info  kr.output  key_result 4: key result 4 "Onboarding tour live" of objective 3 reads as a task or a deliverable rather than a result
        Move the work to the objective's initiatives and measure what it should change: what people do differently once it is done.
  $ same cy objective add "Open a web shop" --cycle 2027-Q1 --layer team --unit Mobile --status proposed
  Added objective 4: Open a web shop
  warn  objective.unaligned  objective 4: team objective 4 "Open a web shop" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  $ same cy kr add 4 "Shop launched" --milestone Design --milestone Build=2 --milestone Launch
  Added key result 5: Shop launched
    milestones: 0 -> 0 -> 3, progress 0%, weight 1
    [ ] Design
    [ ] Build (weight 2)
    [ ] Launch
  info  kr.output  key_result 5: key result 5 "Shop launched" of objective 4 reads as a task or a deliverable rather than a result
        Move the work to the objective's initiatives and measure what it should change: what people do differently once it is done.
  $ same cy objective add "Grow as a code reviewer" --cycle 2027-Q1 --layer individual --owner cy@acme.test --aligns-to 2 --development --status proposed
  Added objective 5: Grow as a code reviewer
  $ same cy kr add 5 "Reviews given" --baseline 0 --target 20
  Added key result 6: Reviews given
    metric: 0 -> 0 -> 20, progress 0%, weight 1
  $ same bo approvals
  ID  LAYER       STATUS    OWNER         UNIT    TITLE                       LAST REVIEW
  2   team        proposed  -             Mobile  Make the app feel instant   -
  3   team        proposed  -             Mobile  Keep new users coming back  -
  4   team        proposed  -             Mobile  Open a web shop             -
  5   individual  proposed  cy@acme.test  -       Grow as a code reviewer     -
  Decide with: grip objective review ID approve|return --comment TEXT
  $ for o in 2 3 4 5; do same bo objective review $o approve || break; done
  Updated objective 2: Make the app feel instant (approved)
  Updated objective 3: Keep new users coming back (approved)
  Updated objective 4: Open a web shop (approved)
  Updated objective 5: Grow as a code reviewer (approved)

The quarter starts. Weekly check-ins (three weeks of them shown).

  $ at 2027-01-18
  $ same ada cycle list
  ID  NAME     KIND     FROM        TO          STATUS
  1   2027-Q1  quarter  2027-01-04  2027-03-28  active
  $ same cy checkin 2 --confidence 7 --kr 1=3.5 --kr 2=97.5 --plan "Lazy-load the feed"
  Checked in on objective 2: confidence 7 (green), progress 20%

The mid-point. Objective 2: cold start (3.0 - 4) / (1.5 - 4) = 0.4, crash-free
(98.2 - 97) / (99.5 - 97) = 0.48, weighted (2 x 0.4 + 0.48) / 3 = 0.4267, 43%.
Objective 3: (24 - 20) / 15 = 0.267 and the tour 0: 13%. Objective 5: 8 / 20
= 40%. Objective 1, with no key results, is the mean of the two aligned to
it: (0.4267 + 0.1333) / 2 = 28%.

  $ at 2027-02-15
  $ same cy checkin 2 --confidence 6 --kr 1=3.0 --kr 2=98.2
  Checked in on objective 2: confidence 6 (yellow), progress 43%
  $ same cy checkin 3 --confidence 4 --kr 3=24 --issues "Tour copy not written"
  Checked in on objective 3: confidence 4 (yellow), progress 13%, behind pace
  $ same cy checkin 5 --confidence 5 --kr 6=8
  Checked in on objective 5: confidence 5 (yellow), progress 40%
  $ same ada objective list --cycle 2027-Q1
  ID  TITLE                       LAYER       OWNER         STATUS    PROGRESS  CONF      FLAGS
  1   Win the mobile market       strategic   Products      active    28%       -         stale
  2   Make the app feel instant   team        Mobile        approved  43%       6 yellow
  3   Keep new users coming back  team        Mobile        approved  13%       4 yellow  behind pace
  4   Open a web shop             team        Mobile        approved  0%        -         behind pace, stale
  5   Grow as a code reviewer     individual  cy@acme.test  approved  40%       5 yellow

The mid-cycle review: Bo keeps objective 2, adjusts objective 3 (a new
title, retention aimed at 30% instead of 35%, the tour weighing half) and
drops the shop, which moved to next year. Cy may not review her team's
objectives, nor Vi anything. After the adjustment objective 3 reads
retention (24 - 20) / (30 - 20) = 0.4 and the tour 0, weighted
(0.4 x 1 + 0 x 0.5) / 1.5 = 0.267: 27%, and objective 1 (0.4267 +
0.2667) / 2 = 35%. Once objectives 1 and 5 are kept too, nothing is due.

  $ same bo review due
  ID  TITLE                       LAYER       UNIT      OWNER         CYCLE    MIDPOINT    LAST REVIEW
  1   Win the mobile market       strategic   Products  -             2027-Q1  2027-02-15  -
  2   Make the app feel instant   team        Mobile    -             2027-Q1  2027-02-15  -
  3   Keep new users coming back  team        Mobile    -             2027-Q1  2027-02-15  -
  4   Open a web shop             team        Mobile    -             2027-Q1  2027-02-15  -
  5   Grow as a code reviewer     individual  -         cy@acme.test  2027-Q1  2027-02-15  -
  Review with: grip review add ID keep|adjust|drop --reason TEXT
  $ same cy review add 2 keep --reason "on track"
  grip: only a lead of its unit or of its owner, or an admin, reviews an objective mid-cycle
  [1]
  $ same vi review add 2 keep --reason "on track"
  grip: a viewer cannot change anything
  [1]
  $ same bo review add 2 keep --reason "Cold start halves by March at this rate"
  Review 1 of objective 2, kept by bo@acme.test at 2027-02-15T00:00:00Z: Cold start halves by March at this rate
  $ same bo review add 3 adjust --reason "35% was a guess; the tour matters less than we thought" --title "Bring new users back in their first week" --target 3=30 --weight 4=0.5
  Review 2 of objective 3, adjusted by bo@acme.test at 2027-02-15T00:00:00Z: 35% was a guess; the tour matters less than we thought
    title: "Keep new users coming back" -> "Bring new users back in their first week"
    key result 3 target: 35 -> 30
    key result 4 weight: 1 -> 0.5
  $ same bo review add 4 drop --reason "The shop moved to next year"
  Review 3 of objective 4, dropped by bo@acme.test at 2027-02-15T00:00:00Z: The shop moved to next year
  $ same bo review list 3
  Review 2 of objective 3, adjusted by bo@acme.test at 2027-02-15T00:00:00Z: 35% was a guess; the tour matters less than we thought
    title: "Keep new users coming back" -> "Bring new users back in their first week"
    key result 3 target: 35 -> 30
    key result 4 weight: 1 -> 0.5
  $ same bo review due
  ID  TITLE                    LAYER       UNIT      OWNER         CYCLE    MIDPOINT    LAST REVIEW
  1   Win the mobile market    strategic   Products  -             2027-Q1  2027-02-15  -
  5   Grow as a code reviewer  individual  -         cy@acme.test  2027-Q1  2027-02-15  -
  Review with: grip review add ID keep|adjust|drop --reason TEXT
  $ same bo review add 1 keep --reason "Both team objectives still serve it"
  Review 4 of objective 1, kept by bo@acme.test at 2027-02-15T00:00:00Z: Both team objectives still serve it
  $ same bo review add 5 keep --reason "Halfway to twenty reviews"
  Review 5 of objective 5, kept by bo@acme.test at 2027-02-15T00:00:00Z: Halfway to twenty reviews
  $ same bo review due
  No mid-cycle reviews due.
  $ same ada objective list --cycle 2027-Q1
  ID  TITLE                                     LAYER       OWNER         STATUS    PROGRESS  CONF      FLAGS
  1   Win the mobile market                     strategic   Products      active    35%       -         stale
  2   Make the app feel instant                 team        Mobile        approved  43%       6 yellow
  3   Bring new users back in their first week  team        Mobile        approved  27%       4 yellow
  4   Open a web shop                           team        Mobile        dropped   0%        -
  5   Grow as a code reviewer                   individual  cy@acme.test  approved  40%       5 yellow

The last week's check-ins. Scoring waits for the cycle's last day.

  $ at 2027-03-22
  $ same cy checkin 2 --confidence 8 --kr 1=2.0 --kr 2=99.0
  Checked in on objective 2: confidence 8 (green), progress 80%
  $ same cy checkin 3 --confidence 7 --kr 3=28 --kr 4=1
  Checked in on objective 3: confidence 7 (green), progress 87%
  $ same cy checkin 5 --confidence 4 --kr 6=12
  Checked in on objective 5: confidence 4 (yellow), progress 60%, behind pace
  $ same cy score 1 --self 0.8 --evidence "Cold start 2.0 s on the release build"
  grip: cycle: cycle 2027-Q1 is active: scores are given from its last day (2027-03-28), or once scoring is opened
  [1]

28 March, the last day: the quarter is in scoring. Each key result's
suggested score is its progress rounded to one decimal: cold start
(2.0 - 4) / (1.5 - 4) = 0.8, crash-free (99 - 97) / 2.5 = 0.8, retention
(28 - 20) / (30 - 20) = 0.8, the tour 1.0, reviews 12 / 20 = 0.6.

  $ at 2027-03-28
  $ same ada cycle list
  ID  NAME     KIND     FROM        TO          STATUS
  1   2027-Q1  quarter  2027-01-04  2027-03-28  scoring
  $ same bo score list --unit Mobile
  Scores of Mobile in 2027-Q1 (scoring)
  
  Objective 2: Make the app feel instant (approved): not scored: no final score for key results 1, 2
  KR  TITLE                WEIGHT  SUGGESTED  SELF  LEAD  FINAL  AGREED
  1   Cold start time      2       0.8        -     -     -      -
  2   Crash-free sessions  1       0.8        -     -     -      -
  
  Objective 3: Bring new users back in their first week (approved): not scored: no final score for key results 3, 4
  KR  TITLE                 WEIGHT  SUGGESTED  SELF  LEAD  FINAL  AGREED
  3   Day-7 retention       1       0.8        -     -     -      -
  4   Onboarding tour live  0.5     1.0        -     -     -      -

Cy gives her self scores with evidence. One decimal, from 0 to 1: 0.75,
1.05, -0.1 and "abc" are refused and change nothing; a member gives no
final score, a viewer no score at all, and the dropped shop takes none.

  $ same cy score 1 --self 0.8 --evidence "Cold start 2.0 s on the release build"
  Scored key result 1: suggested 0.8, self 0.8, lead -, final -
  $ same cy score 2 --self 0.8 --evidence "99.0% crash-free in March"
  Scored key result 2: suggested 0.8, self 0.8, lead -, final -
  $ same cy score 3 --self 0.8 --evidence "28% came back in week one"
  Scored key result 3: suggested 0.8, self 0.8, lead -, final -
  $ same cy score 4 --self 1 --evidence "The tour shipped on 1 March"
  Scored key result 4: suggested 1.0, self 1.0, lead -, final -
  $ same cy score 6 --self 0.6 --evidence "12 reviews given"
  Scored key result 6: suggested 0.6, self 0.6, lead -, final -
  $ same cy score 1 --self 0.75
  grip: self: a score is from 0.0 to 1.0 with one decimal (such as 0.7), not "0.75"
  [1]
  $ same cy score 1 --self 1.05
  grip: self: a score is from 0.0 to 1.0 with one decimal (such as 0.7), not "1.05"
  [1]
  $ same cy score 1 --self -0.1
  grip: self: a score is from 0.0 to 1.0 with one decimal (such as 0.7), not "-0.1"
  [1]
  $ same cy score 1 --self abc
  grip: self: a score is from 0.0 to 1.0 with one decimal (such as 0.7), not "abc"
  [1]
  $ same cy score 1 --final 0.8
  grip: only a lead of its unit or of its owner, or an admin, gives the lead's and the final score
  [1]
  $ same vi score 1 --self 0.8
  grip: a viewer cannot change anything
  [1]
  $ same bo score 5 --final 0
  grip: status: objective 4 is dropped: it is not scored
  [1]

Bo gives his scores with a comment and agrees the finals. Where his score
matches Cy's (crash-free, retention, the tour) it is the suggested final.

  $ same bo score 1 --lead 0.7 --comment "Fast on new phones, still 2.6 s on old ones"
  Scored key result 1: suggested 0.8, self 0.8, lead 0.7, final -
  $ same bo score 2 --lead 0.8 --comment "Agreed"
  Scored key result 2: suggested 0.8, self 0.8, lead 0.8, final -
  Self and lead agree on 0.8: the suggested final score.
  $ same bo score 3 --lead 0.8 --comment "Agreed"
  Scored key result 3: suggested 0.8, self 0.8, lead 0.8, final -
  Self and lead agree on 0.8: the suggested final score.
  $ same bo score 4 --lead 1 --comment "Agreed"
  Scored key result 4: suggested 1.0, self 1.0, lead 1.0, final -
  Self and lead agree on 1.0: the suggested final score.
  $ same bo score 6 --lead 0.5 --comment "Twelve, but most of them small"
  Scored key result 6: suggested 0.6, self 0.6, lead 0.5, final -
  $ same bo score list --unit Mobile
  Scores of Mobile in 2027-Q1 (scoring)
  
  Objective 2: Make the app feel instant (approved): not scored: no final score for key results 1, 2
  KR  TITLE                WEIGHT  SUGGESTED  SELF  LEAD  FINAL  AGREED
  1   Cold start time      2       0.8        0.8   0.7   -      -
  2   Crash-free sessions  1       0.8        0.8   0.8   -      0.8
  
  Objective 3: Bring new users back in their first week (approved): not scored: no final score for key results 3, 4
  KR  TITLE                 WEIGHT  SUGGESTED  SELF  LEAD  FINAL  AGREED
  3   Day-7 retention       1       0.8        0.8   0.8   -      0.8
  4   Onboarding tour live  0.5     1.0        1.0   1.0   -      1.0
  $ for kr in 1=0.7 2=0.8 3=0.8 4=1; do same bo score ${kr%=*} --final ${kr#*=} >/dev/null || break; done

The close is refused while Cy's key result has no final score; then Bo
agrees it and the close goes through. Objective scores are the weighted
means of the finals: objective 2 (2 x 0.7 + 0.8) / 3 = 0.733, 0.7;
objective 3 (0.8 x 1 + 1.0 x 0.5) / 1.5 = 0.867, 0.9; objective 5 0.5;
objective 1, with no key results, the mean of the two aligned to it,
(0.733 + 0.867) / 2 = 0.8. Calibration shows means to two decimals:
0.825 reads 0.83. At 0.7 or more an objective is achieved: 1, 2
and 3; objective 5 is missed; the shop stays dropped.

  $ same ada cycle close 2027-Q1
  grip: cycle: 2027-Q1 cannot close: 1 objective not scored: 5 "Grow as a code reviewer" (no final score for key result 6)
  [1]
  $ same bo score 6 --final 0.5
  Scored key result 6: suggested 0.6, self 0.6, lead 0.5, final 0.5
  $ same bo score list --unit Mobile
  Scores of Mobile in 2027-Q1 (scoring)
  
  Objective 2: Make the app feel instant (approved): score 0.7
  KR  TITLE                WEIGHT  SUGGESTED  SELF  LEAD  FINAL  AGREED
  1   Cold start time      2       0.8        0.8   0.7   0.7    -
  2   Crash-free sessions  1       0.8        0.8   0.8   0.8    0.8
  
  Objective 3: Bring new users back in their first week (approved): score 0.9
  KR  TITLE                 WEIGHT  SUGGESTED  SELF  LEAD  FINAL  AGREED
  3   Day-7 retention       1       0.8        0.8   0.8   0.8    0.8
  4   Onboarding tour live  0.5     1.0        1.0   1.0   1.0    1.0
  $ same bo score list --unit Products
  Scores of Products in 2027-Q1 (scoring)
  
  Objective 1: Win the mobile market (active): score 0.8
  $ same cy score list --person cy@acme.test
  Scores of cy@acme.test in 2027-Q1 (scoring)
  
  Objective 5: Grow as a code reviewer (approved): score 0.5
  KR  TITLE          WEIGHT  SUGGESTED  SELF  LEAD  FINAL  AGREED
  6   Reviews given  1       0.6        0.6   0.5   0.5    -
  $ same cy score export --person cy@acme.test --cycle 2027-Q1 --csv
  cycle,objective_id,objective,objective_score,key_result_id,key_result,weight,suggested,self,evidence,lead,comment,final
  2027-Q1,5,Grow as a code reviewer,0.5,6,Reviews given,1,0.6,0.6,12 reviews given,0.5,"Twelve, but most of them small",0.5

Reflections, while the cycle is in scoring: what worked, what did not,
what to carry forward.

  $ same cy reflect 2 --worked "Measuring cold start on old phones every week" --did-not "Crash fixes came late" --carry "Keep the weekly performance budget"
  Wrote the reflection on objective 2: Make the app feel instant
    worked         Measuring cold start on old phones every week
    did not work   Crash fixes came late
    carry forward  Keep the weekly performance budget
    by cy@acme.test, 2027-03-28T00:00:00Z
  $ same cy reflect 5 --worked "Pairing on reviews" --did-not "Big reviews took a whole day each" --carry "Ask for small pull requests, and keep the goal"
  Wrote the reflection on objective 5: Grow as a code reviewer
    worked         Pairing on reviews
    did not work   Big reviews took a whole day each
    carry forward  Ask for small pull requests, and keep the goal
    by cy@acme.test, 2027-03-28T00:00:00Z
  $ same vi reflect 5
  Reflection on objective 5: Grow as a code reviewer
    worked         Pairing on reviews
    did not work   Big reviews took a whole day each
    carry forward  Ask for small pull requests, and keep the goal
    by cy@acme.test, 2027-03-28T00:00:00Z

Calibration of the quarter, from the final scores. Mobile's own
objectives hold four scored key results, 0.7, 0.8, 0.8 and 1.0: mean
3.3 / 4 = 0.825; deviations -0.125, -0.025, -0.025, 0.175, squares
0.015625 + 0.000625 + 0.000625 + 0.030625 = 0.0475, / 4 = 0.011875, spread
(standard deviation) 0.109, so 0.11: above the aim of 0.6-0.7, not yet too
easy. Cy owns one, 0.5: below the aim, not below 0.4.

  $ same bo calibration 2027-Q1
  Calibration of 2027-Q1: final scores of key results, 0.0 to 1.0
  KIND    NAME          SCORED  MEAN  SD    MIN  MAX  PER TENTH 0.0..1.0     VERDICT
  unit    Mobile        4       0.83  0.11  0.7  1    0 0 0 0 0 0 0 1 2 0 1  between: off the aim of 0.6 to 0.7
  person  cy@acme.test  1       0.5   0     0.5  0.5  0 0 0 0 0 1 0 0 0 0 0  between: off the aim of 0.6 to 0.7
  $ same bo calibration 2027-Q1 --unit Mobile
  Calibration of 2027-Q1: final scores of key results, 0.0 to 1.0
  KIND  NAME    SCORED  MEAN  SD    MIN  MAX  PER TENTH 0.0..1.0     VERDICT
  unit  Mobile  4       0.83  0.11  0.7  1    0 0 0 0 0 0 0 1 2 0 1  between: off the aim of 0.6 to 0.7

The close now goes through: objectives 1, 2 and 3 are achieved, 5 is
missed, the shop stays dropped, and the closed quarter is read-only.

  $ same ada cycle close 2027-Q1
  Closed cycle 2027-Q1 (quarter): 2027-01-04 to 2027-03-28, closed; mid-point 2027-02-15
  $ same ada objective list --cycle 2027-Q1
  ID  TITLE                                     LAYER       OWNER         STATUS    PROGRESS  CONF      FLAGS
  1   Win the mobile market                     strategic   Products      achieved  83%       -
  2   Make the app feel instant                 team        Mobile        achieved  80%       8 green
  3   Bring new users back in their first week  team        Mobile        achieved  87%       7 green
  4   Open a web shop                           team        Mobile        dropped   0%        -
  5   Grow as a code reviewer                   individual  cy@acme.test  missed    60%       4 yellow
  $ same bo score 6 --final 0.6
  grip: cycle: cycle 2027-Q1 is closed and read-only
  [1]
  $ same cy reflect 5 --carry "Too late"
  grip: cycle: a reflection is written while its cycle is active or scoring; 2027-Q1 is closed
  [1]

The next quarter is added from this one: it starts the day after,
29 March, and carries what was missed (objective 5) as a draft naming
where it came from; its key result starts from its last value, 12 of 20.
Its alignment stays behind: objective 2 was not carried, and its quarter
does not enclose the next.

  $ at 2027-03-29
  $ same ada cycle add 2027-Q2 --from 2027-Q1 --to 2027-06-27
  Added cycle 2027-Q2 (quarter): 2027-03-29 to 2027-06-27, active; mid-point 2027-05-13
  Carried 1 objective from 2027-Q1 into 2027-Q2.
  Objective 5 -> 6: Grow as a code reviewer
    key result 6 -> 7 Reviews given: baseline 12 (was 0), target 20
    not aligned to 2: objective 2 is in cycle 2027-Q1, which does not enclose 2027-Q2
  $ same cy objective show 6
  Objective 6: Grow as a code reviewer
    individual, draft, cycle 2027-Q2, owner cy@acme.test
    progress 0% (expected 0%), confidence - (none) [development]
    carried from 5
  
  KR  TITLE          KIND    BASELINE  CURRENT  TARGET  PROGRESS  WEIGHT
  7   Reviews given  metric  12        12       20      0%        1
  $ same cy reflect 6
  Reflection on objective 6: Grow as a code reviewer
    Not written yet.
  $ same ada cycle list
  ID  NAME     KIND     FROM        TO          STATUS
  1   2027-Q1  quarter  2027-01-04  2027-03-28  closed
  2   2027-Q2  quarter  2027-03-29  2027-06-27  active
  $ kill -- -$SRV; wait $SRV || true
