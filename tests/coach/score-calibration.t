The coach on how hard goals were set (score.calibration): the last closed
quarter's calibration, per unit (its own objectives) and per person (the
objectives they own), from the final scores of key results. Above 0.9 the
goals were too easy, below 0.4 unrealistic or under-resourced; at 0.65,
the aim, it is silent. Only once the cycle is closed.

  $ export GRIP_NOW=2026-07-01
  $ grip init --org "Acme" --admin ada@acme.test --name "Ada Admin" >/dev/null
  $ for p in bo cy eve lee ann; do grip person add $p@acme.test --name "${p^}" >/dev/null; done
  $ grip unit add Mobile --kind team --lead bo@acme.test >/dev/null
  $ grip unit add Web --kind team --lead eve@acme.test >/dev/null
  $ grip unit add Ops --kind team --lead lee@acme.test >/dev/null
  $ grip member add Mobile cy@acme.test >/dev/null
  $ grip member add Mobile ann@acme.test >/dev/null
  $ grip cycle add 2026-Q3 --kind quarter --from 2026-07-01 --to 2026-09-30 >/dev/null

Each team has one objective with two key results; Cy and Ann each own an
individual objective outside any unit (so the teams' figures are their
own objectives' alone).

  $ grip objective add "Make onboarding effortless" --cycle 2026-Q3 --layer team --unit Mobile --status active >/dev/null
  warn  objective.unaligned  objective 1: team objective 1 "Make onboarding effortless" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  $ grip objective add "Faster pages" --cycle 2026-Q3 --layer team --unit Web --status active >/dev/null
  warn  objective.unaligned  objective 2: team objective 2 "Faster pages" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  $ grip objective add "Calmer on-call" --cycle 2026-Q3 --layer team --unit Ops --status active >/dev/null
  warn  objective.unaligned  objective 3: team objective 3 "Calmer on-call" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  $ grip objective add "Speak at a conference" --cycle 2026-Q3 --layer individual --owner cy@acme.test --status active >/dev/null
  warn  objective.unaligned  objective 4: individual objective 4 "Speak at a conference" contributes to nothing above it: the chain is broken
        Align it to the team or strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  $ grip objective add "Learn Swift" --cycle 2026-Q3 --layer individual --owner ann@acme.test --status active >/dev/null
  warn  objective.unaligned  objective 5: individual objective 5 "Learn Swift" contributes to nothing above it: the chain is broken
        Align it to the team or strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  $ for o in 1 1 2 2 3 3 4 4 5 5; do grip kr add $o "Measure" --baseline 0 --target 10 >/dev/null; done

Final scores (key result: score), worked by hand:
- Mobile, key results 1 and 2: 1.0 and 0.9, mean 0.95: above 0.9.
- Web, 3 and 4: 0.3 and 0.3, mean 0.3: below 0.4.
- Ops, 5 and 6: 0.6 and 0.7, mean 0.65: on the aim, silent.
- Cy, 7 and 8: 0.6 and 0.7, mean 0.65: silent.
- Ann, 9 and 10: 0.2 and 0.3, mean 0.25: below 0.4.

  $ export GRIP_NOW=2026-10-01
  $ for s in 1=1.0 2=0.9 3=0.3 4=0.3 5=0.6 6=0.7 7=0.6 8=0.7 9=0.2 10=0.3; do grip score ${s%=*} --final ${s#*=} >/dev/null; done

While the cycle is in scoring, the coach says nothing of it yet.

  $ grip cycle show 2026-Q3 | grep status
    status     scoring
  $ grip coach | grep -c score.calibration
  0
  [1]

Closed: the hint fires for Mobile (0.95), Web (0.3) and Ann (0.25); Ops
and Cy, at 0.65, are silent.

  $ grip cycle close 2026-Q3 >/dev/null
  $ grip coach | grep -A1 score.calibration
  warn  score.calibration  unit 2: the key results of unit Mobile in 2026-Q3 averaged a final score of 0.95 over 2: too easy: raise ambition
        Set the next cycle's goals higher: a score of 0.6 to 0.7 on most key results means they asked for a stretch.
  warn  score.calibration  person 6: the key results Ann owned in 2026-Q3 averaged a final score of 0.25 over 2: unrealistic or under-resourced
        Set fewer or smaller goals next cycle, or find the people and time they need: 0.6 to 0.7 is the aim.
  warn  score.calibration  unit 3: the key results of unit Web in 2026-Q3 averaged a final score of 0.30 over 2: unrealistic or under-resourced
        Set fewer or smaller goals next cycle, or find the people and time they need: 0.6 to 0.7 is the aim.
  $ grip coach --json | node -e 'for (const h of JSON.parse(require("fs").readFileSync(0)).hints) if (h.code === "score.calibration") console.log(h.severity, h.entity, h.entity_id, h.unit_id)'
  warn unit 2 2
  warn person 6 2
  warn unit 3 3

Who hears it: a unit's lead hears of their unit and of its people (Ann is
in Mobile, so her hint is filed under it); a person of themself; Cy (at
0.65) and Lee (whose Ops is on the aim) hear nothing.

  $ grip --as bo@acme.test coach | grep -A1 score.calibration
  warn  score.calibration  unit 2: the key results of unit Mobile in 2026-Q3 averaged a final score of 0.95 over 2: too easy: raise ambition
        Set the next cycle's goals higher: a score of 0.6 to 0.7 on most key results means they asked for a stretch.
  warn  score.calibration  person 6: the key results Ann owned in 2026-Q3 averaged a final score of 0.25 over 2: unrealistic or under-resourced
        Set fewer or smaller goals next cycle, or find the people and time they need: 0.6 to 0.7 is the aim.
  $ grip --as ann@acme.test coach | grep score.calibration
  warn  score.calibration  person 6: the key results Ann owned in 2026-Q3 averaged a final score of 0.25 over 2: unrealistic or under-resourced
  $ grip --as cy@acme.test coach | grep -c score.calibration
  0
  [1]
  $ grip --as lee@acme.test coach | grep -c score.calibration
  0
  [1]
