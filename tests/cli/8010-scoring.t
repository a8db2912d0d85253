A quarter scored, through the CLI on a file and through the HTTP API at
once: grip.db for local runs, srv.db behind a real `grip serve` restarted
at each move of the clock (GRIP_NOW), kept in step so ids, dates and
figures match. `same WHO ARGS` runs `grip --as WHO ARGS` locally and, with
WHO's token, over the API; it prints the local output and shows any
difference after "!!".

  $ unset GRIP_SERVER GRIP_TOKEN
  $ both() { grip "$@" >/dev/null && grip --db srv.db "$@" >/dev/null; }
  $ both init --org "Acme" --admin ada@acme.test --name "Ada Admin"
  $ export GRIP_NOW=2026-10-01
  $ for p in bo cy dan; do both person add $p@acme.test --name "${p^}"; done
  $ both person add vic@acme.test --name Vic --role viewer
  $ for p in ada bo cy dan vic; do grip --db srv.db token create $p@acme.test | tail -n 1 >tok.$p; done
  $ . "$TESTDIR/clock.sh"

The quarter: Bo leads the team Mobile, Cy and Dan are in it. A strategic
objective with no key results; the team's objective aligned to it with
three key results (weights 2, 1, 1; the third is Cy's); Cy's own
objective; and one the team dropped.

  $ at 2026-10-01
  $ same ada unit add Mobile --kind team --lead bo@acme.test
  Added unit 2: Mobile (team)
  $ for p in cy dan; do same ada member add Mobile $p@acme.test --joined 2026-10-01; done
  cy@acme.test joined Mobile as member on 2026-10-01.
  dan@acme.test joined Mobile as member on 2026-10-01.
  $ same ada cycle add 2026-Q4 --kind quarter --from 2026-10-01 --to 2026-12-31
  Added cycle 2026-Q4 (quarter): 2026-10-01 to 2026-12-31, active; mid-point 2026-11-16
  $ same ada objective add "Grow the customer base" --cycle 2026-Q4 --layer strategic --unit Acme --status active
  Added objective 1: Grow the customer base
  $ same ada objective add "Ship the app" --cycle 2026-Q4 --layer team --unit Mobile --aligns-to 1 --status active
  Added objective 2: Ship the app
  $ same ada kr add 2 "Downloads" --baseline 0 --target 100 --weight 2
  Added key result 1: Downloads
    metric: 0 -> 0 -> 100, progress 0%, weight 2
  $ same ada kr add 2 "Store listing live" --boolean
  Added key result 2: Store listing live
    boolean: 0 -> 0 -> 1, progress 0%, weight 1
  info  kr.output  key_result 2: key result 2 "Store listing live" of objective 2 reads as a task or a deliverable rather than a result
        Move the work to the objective's initiatives and measure what it should change: what people do differently once it is done.
  $ same ada kr add 2 "Rating" --baseline 10 --target 20 --owner cy@acme.test
  Added key result 3: Rating
    metric: 10 -> 10 -> 20, progress 0%, weight 1
  $ same ada objective add "Learn Swift" --cycle 2026-Q4 --layer individual --unit Mobile --owner cy@acme.test --status active
  Added objective 3: Learn Swift
  warn  objective.unaligned  objective 3: individual objective 3 "Learn Swift" contributes to nothing above it: the chain is broken
        Align it to the team or strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  $ same ada kr add 3 "Lessons" --baseline 0 --target 10
  Added key result 4: Lessons
    metric: 0 -> 0 -> 10, progress 0%, weight 1
  $ same ada objective add "Old idea" --cycle 2026-Q4 --layer team --unit Mobile --status active
  Added objective 4: Old idea
  warn  objective.unaligned  objective 4: team objective 4 "Old idea" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  $ same ada kr add 4 "Nothing yet" --baseline 0 --target 1
  Added key result 5: Nothing yet
    metric: 0 -> 0 -> 1, progress 0%, weight 1
  $ same bo objective status 4 dropped --reason "Not this quarter"
  Updated objective 4: Old idea (dropped)

While the cycle is active nothing is scored.

  $ same cy score 3 --self 0.4
  grip: cycle: cycle 2026-Q4 is active: scores are given from its last day (2026-12-31), or once scoring is opened
  [1]

Values on 1 December.

  $ at 2026-12-01
  $ same bo kr update 1 65
  Updated key result 1: Downloads
    metric: 0 -> 65 -> 100, progress 65%, weight 2
  $ same cy kr update 3 14
  Updated key result 3: Rating
    metric: 10 -> 14 -> 20, progress 40%, weight 1
  $ same cy kr update 4 8
  Updated key result 4: Lessons
    metric: 0 -> 8 -> 10, progress 80%, weight 1

On the cycle's last day it is in scoring. The suggested scores are the
progress rounded to one decimal (half up):
  KR 1 Downloads: 65 of 0 -> 100 = 0.65 -> 0.7
  KR 2 Store listing live: not done = 0.0
  KR 3 Rating: 14 of 10 -> 20 = (14 - 10) / 10 = 0.4
  KR 4 Lessons: 8 of 0 -> 10 = 0.8
The dropped objective 4 is not listed.

  $ at 2026-12-31
  $ same ada cycle show 2026-Q4
  2026-Q4 (quarter)
    from       2026-10-01
    to         2026-12-31
    mid-point  2026-11-16
    status     scoring
  $ same bo score list --unit Mobile
  Scores of Mobile in 2026-Q4 (scoring)
  
  Objective 2: Ship the app (active): not scored: no final score for key results 1, 2, 3
  KR  TITLE               WEIGHT  SUGGESTED  SELF  LEAD  FINAL  AGREED
  1   Downloads           2       0.7        -     -     -      -
  2   Store listing live  1       0.0        -     -     -      -
  3   Rating              1       0.4        -     -     -      -
  
  Objective 3: Learn Swift (active): not scored: no final score for key result 4
  KR  TITLE    WEIGHT  SUGGESTED  SELF  LEAD  FINAL  AGREED
  4   Lessons  1       0.8        -     -     -      -

Bad input changes nothing: two decimals, above 1, below 0, not a number,
a dropped objective's key result.

  $ same cy score 3 --self 0.75
  grip: self: a score is from 0.0 to 1.0 with one decimal (such as 0.7), not "0.75"
  [1]
  $ same cy score 3 --self 1.05
  grip: self: a score is from 0.0 to 1.0 with one decimal (such as 0.7), not "1.05"
  [1]
  $ same cy score 3 --self -0.1
  grip: self: a score is from 0.0 to 1.0 with one decimal (such as 0.7), not "-0.1"
  [1]
  $ same cy score 3 --self abc
  grip: self: a score is from 0.0 to 1.0 with one decimal (such as 0.7), not "abc"
  [1]
  $ same bo score 5 --self 0.1
  grip: status: objective 4 is dropped: it is not scored
  [1]
  $ same bo score 1
  grip: score: give a score: self, lead or final
  [1]

Roles: a viewer scores nothing; Dan (a member of the team) may not score
Cy's key result nor Cy's own objective; Cy may not give a lead's or a
final score; another organisation's id is not found.

  $ same vic score 1 --self 0.7
  grip: a viewer cannot change anything
  [1]
  $ same dan score 3 --self 0.5
  grip: this key result is someone else's: its owner or a lead scores it
  [1]
  $ same dan score 4 --self 0.5
  grip: this key result is someone else's: its owner or a lead scores it
  [1]
  $ same cy score 3 --lead 0.4
  grip: only a lead of its unit or of its owner, or an admin, gives the lead's and the final score
  [1]
  $ same cy score 4 --final 0.8
  grip: you do not give the lead's or the final score of your own objective: a lead does
  [1]
  $ same bo score 99 --self 0.5
  grip: key_result: no such key result
  [1]

Self scores with evidence (Dan, a member of the team, scores the team's
unowned key results), then Bo's lead scores with comments. KR 1's self
and lead scores agree on 0.7: that is the suggested final.

  $ same dan score 1 --self 0.7 --evidence "65 downloads of 100"
  Scored key result 1: suggested 0.7, self 0.7, lead -, final -
  $ same dan score 2 --self 0 --evidence "The listing waits for review"
  Scored key result 2: suggested 0.0, self 0.0, lead -, final -
  $ same cy score 3 --self 0.4 --evidence "Rating 14 of 20"
  Scored key result 3: suggested 0.4, self 0.4, lead -, final -
  $ same cy score 4 --self 0.8 --evidence "8 lessons of 10"
  Scored key result 4: suggested 0.8, self 0.8, lead -, final -
  $ same bo score 1 --lead 0.7 --comment "Fair"
  Scored key result 1: suggested 0.7, self 0.7, lead 0.7, final -
  Self and lead agree on 0.7: the suggested final score.
  $ same bo score 3 --lead 0.5 --comment "The last week counts too"
  Scored key result 3: suggested 0.4, self 0.4, lead 0.5, final -

Nothing is closed while something is unscored: the close lists each
objective and what it lacks.

  $ same ada cycle close 2026-Q4
  grip: cycle: 2026-Q4 cannot close: 3 objectives not scored: 1 "Grow the customer base" (no key results, and no objective aligned to it is scored); 2 "Ship the app" (no final score for key results 1, 2, 3); and 1 more
  [1]

Final scores. Objective 2's score is the weighted mean of its finals:
  (2 x 0.7 + 1 x 0.0 + 1 x 0.5) / (2 + 1 + 1) = 1.9 / 4 = 0.475 -> 0.5
Objective 3: its one key result, 0.8. Objective 1 has no key results: the
mean of the scored objectives aligned to it, objective 2 alone: 0.5.

  $ same bo score 1 --final 0.7
  Scored key result 1: suggested 0.7, self 0.7, lead 0.7, final 0.7
  $ same bo score 2 --final 0
  Scored key result 2: suggested 0.0, self 0.0, lead -, final 0.0
  $ same bo score 3 --final 0.5
  Scored key result 3: suggested 0.4, self 0.4, lead 0.5, final 0.5
  $ same bo score 4 --lead 0.8 --final 0.8
  Scored key result 4: suggested 0.8, self 0.8, lead 0.8, final 0.8
  $ same bo score list --unit Mobile
  Scores of Mobile in 2026-Q4 (scoring)
  
  Objective 2: Ship the app (active): score 0.5
  KR  TITLE               WEIGHT  SUGGESTED  SELF  LEAD  FINAL  AGREED
  1   Downloads           2       0.7        0.7   0.7   0.7    0.7
  2   Store listing live  1       0.0        0.0   -     0.0    -
  3   Rating              1       0.4        0.4   0.5   0.5    -
  
  Objective 3: Learn Swift (active): score 0.8
  KR  TITLE    WEIGHT  SUGGESTED  SELF  LEAD  FINAL  AGREED
  4   Lessons  1       0.8        0.8   0.8   0.8    0.8
  $ same ada score list --person cy@acme.test --cycle 2026-Q4 --json
  {"cycle":"2026-Q4","cycle_status":"scoring","unit":null,"person":"cy@acme.test","objectives":[{"id":3,"title":"Learn Swift","status":"active","unit":"Mobile","owner":"cy@acme.test","score":0.8,"missing":null,"key_results":[{"key_result_id":4,"suggested":0.8,"self":0.8,"evidence":"8 lessons of 10","self_by":"cy@acme.test","lead":0.8,"comment":null,"lead_by":"bo@acme.test","final":0.8,"final_by":"bo@acme.test","agreed":0.8,"title":"Lessons","weight":1}]}]}

Cy's scores of the quarter for an annual review, as JSON and as CSV.

  $ same cy score export --person cy@acme.test --cycle 2026-Q4
  {"cycle":"2026-Q4","cycle_status":"scoring","unit":null,"person":"cy@acme.test","objectives":[{"id":3,"title":"Learn Swift","status":"active","unit":"Mobile","owner":"cy@acme.test","score":0.8,"missing":null,"key_results":[{"key_result_id":4,"suggested":0.8,"self":0.8,"evidence":"8 lessons of 10","self_by":"cy@acme.test","lead":0.8,"comment":null,"lead_by":"bo@acme.test","final":0.8,"final_by":"bo@acme.test","agreed":0.8,"title":"Lessons","weight":1}]}]}
  $ same cy score export --cycle 2026-Q4
  grip: person: is required: whose scores to export
  [1]
  $ same cy score export --person cy@acme.test --cycle 2026-Q4 --csv
  cycle,objective_id,objective,objective_score,key_result_id,key_result,weight,suggested,self,evidence,lead,comment,final
  2026-Q4,3,Learn Swift,0.8,4,Lessons,1,0.8,0.8,8 lessons of 10,0.8,,0.8

Achieved against a score below 0.7 needs a reason (objective 2 scored 0.5).

  $ same bo objective status 2 achieved
  grip: reason: it scored 0.5, below 0.7: a reason is required to mark it achieved
  [1]

The close: every objective not dropped is scored. Each still active ends
achieved at 0.7 or more, else missed: 1 (0.5) missed, 2 (0.5) missed, 3
(0.8) achieved; 4 stays dropped. The reason is in the history of each
database. A closed cycle takes no score.

  $ same ada cycle close 2026-Q4
  Closed cycle 2026-Q4 (quarter): 2026-10-01 to 2026-12-31, closed; mid-point 2026-11-16
  $ same ada objective list --cycle 2026-Q4
  ID  TITLE                   LAYER       OWNER         STATUS    PROGRESS  CONF  FLAGS
  1   Grow the customer base  strategic   Acme          missed    42%       -
  2   Ship the app            team        Mobile        missed    42%       -
  3   Learn Swift             individual  cy@acme.test  achieved  80%       -
  4   Old idea                team        Mobile        dropped   0%        -
  $ for db in grip.db srv.db; do grip --db $db history --entity objective --id 3 --json | grep -o '"reason":"scored[^"]*"'; done
  "reason":"scored 0.8 at the close of 2026-Q4: achieved (0.7 or more)"
  "reason":"scored 0.8 at the close of 2026-Q4: achieved (0.7 or more)"
  $ same bo score 1 --final 0.8
  grip: cycle: cycle 2026-Q4 is closed and read-only
  [1]
  $ kill -- -$SRV
