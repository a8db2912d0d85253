Calibration of a cycle: how hard its goals were set, from the final scores
of key results, per unit (its own objectives) and per person (those they
own), counting only what the actor sees. Driven through the CLI on a file and through the
HTTP API at once: grip.db for local runs, srv.db behind a real `grip serve`
restarted at each move of the clock (`at DATE`), kept in step so ids and
dates match. `same WHO ARGS` runs `grip --as WHO ARGS` locally and, with
WHO's token, over the API; it prints the local output and shows any
difference after "!!".

  $ unset GRIP_SERVER GRIP_TOKEN
  $ both() { grip "$@" >/dev/null && grip --db srv.db "$@" >/dev/null; }
  $ export GRIP_NOW=2026-10-01
  $ both init --org "Acme" --admin ada@acme.test --name "Ada Admin"
  $ for p in bo cy eve lee ann; do both person add $p@acme.test --name "${p^}"; done
  $ both person add di@acme.test --name Di --role viewer
  $ for p in ada bo cy di eve lee ann; do grip --db srv.db token create $p@acme.test | tail -n 1 >tok.$p; done
  $ . "$TESTDIR/clock.sh"

Bo leads the team Mobile with Cy in it; Eve is in the team Web; Lee leads

Bo leads the team Mobile with Cy in it; Eve is in the team Web; Lee leads
the private group Circle with Ann in it; Di is a viewer.

  $ at 2026-10-01
  $ both unit add Mobile --kind team --lead bo@acme.test
  $ both unit add Web --kind team
  $ both unit add Circle --kind group --lead lee@acme.test --private
  $ both member add Mobile cy@acme.test
  $ both member add Web eve@acme.test
  $ both member add Circle ann@acme.test
  $ both cycle add 2026-Q4 --kind quarter --from 2026-10-01 --to 2026-12-31
  $ both objective add "Make onboarding effortless" --cycle 2026-Q4 --layer team --unit Mobile --status active
  warn  objective.unaligned  objective 1: team objective 1 "Make onboarding effortless" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  warn  objective.unaligned  objective 1: team objective 1 "Make onboarding effortless" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  $ both objective add "Speak at a conference" --cycle 2026-Q4 --layer individual --unit Mobile --owner cy@acme.test --status active
  warn  objective.unaligned  objective 2: individual objective 2 "Speak at a conference" contributes to nothing above it: the chain is broken
        Align it to the team or strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  warn  objective.unaligned  objective 2: individual objective 2 "Speak at a conference" contributes to nothing above it: the chain is broken
        Align it to the team or strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  $ both objective add "Rewrite the app" --cycle 2026-Q4 --layer team --unit Mobile --status active
  warn  objective.unaligned  objective 3: team objective 3 "Rewrite the app" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  warn  objective.unaligned  objective 3: team objective 3 "Rewrite the app" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  $ both objective add "Faster pages" --cycle 2026-Q4 --layer team --unit Web --status active
  warn  objective.unaligned  objective 4: team objective 4 "Faster pages" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  warn  objective.unaligned  objective 4: team objective 4 "Faster pages" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  $ both --as lee@acme.test objective add "By January I sleep eight hours" --cycle 2026-Q4 --layer member --unit Circle --owner ann@acme.test --status active
  grip: warning: member.outcome.author: this outcome is written by lee@acme.test, not by ann@acme.test: a member's outcome works best in their own words
  grip: warning: member.outcome.author: this outcome is written by lee@acme.test, not by ann@acme.test: a member's outcome works best in their own words
  $ both objective add "Cut crashes" --cycle 2026-Q4 --layer team --unit Mobile --status active
  warn  objective.unaligned  objective 6: team objective 6 "Cut crashes" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  info  okr.count.objectives  unit 2: "Mobile" has 3 team objectives in "2026-Q4"; the range in a first cycle is 1 to 2
        One or two objectives are right in a first cycle: learn the rhythm before adding more.
  warn  objective.unaligned  objective 6: team objective 6 "Cut crashes" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  info  okr.count.objectives  unit 2: "Mobile" has 3 team objectives in "2026-Q4"; the range in a first cycle is 1 to 2
        One or two objectives are right in a first cycle: learn the rhythm before adding more.
  $ for o in 1 1 2 2 3 4 4 4 5 6; do both kr add $o "Measure" --baseline 0 --target 10; done
  $ same ada kr show 10 | head -n 1
  Key result 10: Measure

Key results 1-10 belong to objectives 1 1 2 2 3 4 4 4 5 6. On the
cycle's last day, scoring: final scores in tenths (KR: score) 1: 0.6,
2: 0.7, 3: 1.0, 4: 0.9, 5: 0.0, 6: 0.2, 7: 0.4, 8: 0.3, 9: 0.1; 10 has a
self score only. Objective 3 is dropped once scored, so key result 5 does
not count.

  $ at 2026-12-31
  $ for s in 1=0.6 2=0.7 3=1.0 4=0.9 5=0.0 6=0.2 7=0.4 8=0.3 9=0.1; do both score ${s%=*} --final ${s#*=}; done
  $ both --as cy@acme.test score 10 --self 0.5 --evidence "Half the crashes gone"
  $ same bo objective status 3 dropped --reason "The rewrite waits for the offline work"
  Updated objective 3: Rewrite the app (dropped)

Worked by hand (population standard deviation, in tenths: sqrt((n * sum
of squares - sum^2) / n^2), then to two decimals):
- Circle: 0.1 alone: mean 0.1, sd 0; below 0.4, unrealistic.
- Mobile (objectives 1, 2 and 6; 3 dropped; Cy's objective is filed under
  Mobile): 0.6 0.7 1.0 0.9, sum 32 tenths over 4, mean 0.8; squares
  36 + 49 + 100 + 81 = 266, (4 * 266 - 32^2) / 16 = 40 / 16 = 2.5,
  sqrt 2.5 = 1.58 tenths, sd 0.16; 0.4..0.9 and not 0.6..0.7: between.
- Web: 0.2 0.4 0.3, sum 9 over 3, mean 0.3; squares 29, (3 * 29 - 81) / 9
  = 0.667, sqrt = 0.82 tenths, sd 0.08; unrealistic.
- Ann: 0.1, unrealistic. Cy: 1.0 0.9, mean 0.95; squares 181, (2 * 181 -
  361) / 4 = 0.25, sd 0.5 tenths = 0.05; above 0.9, too easy.

  $ same ada calibration 2026-Q4
  Calibration of 2026-Q4: final scores of key results, 0.0 to 1.0
  KIND    NAME           SCORED  MEAN  SD    MIN  MAX  PER TENTH 0.0..1.0     VERDICT
  unit    Circle         1       0.1   0     0.1  0.1  0 1 0 0 0 0 0 0 0 0 0  unrealistic or under-resourced
  unit    Mobile         4       0.8   0.16  0.6  1    0 0 0 0 0 0 1 1 0 1 1  between: off the aim of 0.6 to 0.7
  unit    Web            3       0.3   0.08  0.2  0.4  0 0 1 1 1 0 0 0 0 0 0  unrealistic or under-resourced
  person  ann@acme.test  1       0.1   0     0.1  0.1  0 1 0 0 0 0 0 0 0 0 0  unrealistic or under-resourced
  person  cy@acme.test   2       0.95  0.05  0.9  1    0 0 0 0 0 0 0 0 0 1 1  too easy: raise ambition
  $ same ada calibration 2026-Q4 --unit Mobile --json
  {"cycle_id":1,"cycle":"2026-Q4","calibrations":[{"kind":"unit","id":2,"name":"Mobile","count":4,"mean":0.8,"sd":0.16,"min":0.6,"max":1,"bins":[0,0,0,0,0,0,1,1,0,1,1],"verdict":"between","advice":"between: off the aim of 0.6 to 0.7"}]}
  $ same bo calibration 2026-Q4 --person cy@acme.test
  Calibration of 2026-Q4: final scores of key results, 0.0 to 1.0
  KIND    NAME          SCORED  MEAN  SD    MIN  MAX  PER TENTH 0.0..1.0     VERDICT
  person  cy@acme.test  2       0.95  0.05  0.9  1    0 0 0 0 0 0 0 0 0 1 1  too easy: raise ambition

Only what the actor sees counts: Cy and Di (a viewer) do not see the
private group Circle, so neither it nor Ann's outcome is in theirs; asked
for Ann, Cy gets her row with nothing in it; the group itself is not found.
Lee, its lead, sees Ann's.

  $ same cy calibration 2026-Q4
  Calibration of 2026-Q4: final scores of key results, 0.0 to 1.0
  KIND    NAME          SCORED  MEAN  SD    MIN  MAX  PER TENTH 0.0..1.0     VERDICT
  unit    Mobile        4       0.8   0.16  0.6  1    0 0 0 0 0 0 1 1 0 1 1  between: off the aim of 0.6 to 0.7
  unit    Web           3       0.3   0.08  0.2  0.4  0 0 1 1 1 0 0 0 0 0 0  unrealistic or under-resourced
  person  cy@acme.test  2       0.95  0.05  0.9  1    0 0 0 0 0 0 0 0 0 1 1  too easy: raise ambition
  $ same di calibration 2026-Q4 --json | node -e 'console.log(JSON.parse(require("fs").readFileSync(0)).calibrations.map(c => c.name).join(" "))'
  Mobile Web cy@acme.test
  $ same cy calibration 2026-Q4 --person ann@acme.test
  Calibration of 2026-Q4: final scores of key results, 0.0 to 1.0
  KIND    NAME           SCORED  MEAN  SD  MIN  MAX  PER TENTH 0.0..1.0     VERDICT
  person  ann@acme.test  0       -     -   -    -    0 0 0 0 0 0 0 0 0 0 0  no final score yet
  $ same cy calibration 2026-Q4 --unit Circle
  grip: unit: no unit named Circle
  [1]
  $ same lee calibration 2026-Q4 --person ann@acme.test
  Calibration of 2026-Q4: final scores of key results, 0.0 to 1.0
  KIND    NAME           SCORED  MEAN  SD  MIN  MAX  PER TENTH 0.0..1.0     VERDICT
  person  ann@acme.test  1       0.1   0   0.1  0.1  0 1 0 0 0 0 0 0 0 0 0  unrealistic or under-resourced

Bad input: a unit and a person at once, an unknown cycle, an unknown
person.

  $ same ada calibration 2026-Q4 --unit Mobile --person cy@acme.test
  grip: person: ask for a unit or a person, not both
  [1]
  $ same ada calibration 2026-Q9
  grip: cycle: no cycle named 2026-Q9
  [1]
  $ same ada calibration 2026-Q4 --person zed@acme.test
  grip: person: no person with email zed@acme.test
  [1]

Once closed, the figures stay as they are. Objective 6 has no final
score (key result 10 a self score alone), so only an admin closes the
quarter, forcing it with a reason.

  $ at 2027-01-02
  $ same ada cycle close 2026-Q4 --force "Cut crashes is scored with the next quarter"
  Closed cycle 2026-Q4 (quarter): 2026-10-01 to 2026-12-31, closed; mid-point 2026-11-16
  $ same ada calibration 2026-Q4 --unit Web
  Calibration of 2026-Q4: final scores of key results, 0.0 to 1.0
  KIND  NAME  SCORED  MEAN  SD    MIN  MAX  PER TENTH 0.0..1.0     VERDICT
  unit  Web   3       0.3   0.08  0.2  0.4  0 0 1 1 1 0 0 0 0 0 0  unrealistic or under-resourced

  $ kill -- -$SRV; wait $SRV; echo stopped
  stopped
