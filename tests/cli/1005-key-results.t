Key results of every kind from the CLI: milestones with weights written
TITLE=WEIGHT, a milestone ticked by its name, a key result deleted while
nothing of it has been seen, and an objective as of a day before some of
its key results were added.

  $ grip init --org "Acme" --admin ada@acme.test --name "Ada Admin"
  Created organisation Acme (slug acme) with admin ada@acme.test.
  $ grip person add bo@acme.test --name "Bo Berg"
  Added person 2: Bo Berg <bo@acme.test>, member
  $ grip person add di@acme.test --name "Di Outsider"
  Added person 3: Di Outsider <di@acme.test>, member
  $ grip unit add "Mobile" --kind team --lead bo@acme.test
  Added unit 2: Mobile (team)
  $ grip cycle add 2026-Q4 --kind quarter --from 2026-10-01 --to 2026-12-31
  Added cycle 2026-Q4 (quarter): 2026-10-01 to 2026-12-31, active; mid-point 2026-11-16
  $ grip objective add "Make onboarding effortless" --cycle 2026-Q4 --layer team --unit Mobile --status active
  Added objective 1: Make onboarding effortless
  warn  objective.unaligned  objective 1: team objective 1 "Make onboarding effortless" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.

Milestones with weights: "=N" after a milestone is its weight; without it, 1.
A title that itself ends in "=N" keeps it by adding "=1".

  $ grip kr add 1 "Guided tour" --milestone Design --milestone "Build = 2" --milestone "Ship=3" --milestone "Step x=1=1" --json
  {"id":1,"objective_id":1,"title":"Guided tour","kind":"milestones","baseline":0,"target":4,"unit":null,"weight":1,"owner_id":null,"version":1,"milestones":[{"id":1,"title":"Design","weight":1,"done":false},{"id":2,"title":"Build","weight":2,"done":false},{"id":3,"title":"Ship","weight":3,"done":false},{"id":4,"title":"Step x=1","weight":1,"done":false}],"current":0,"has_value":false,"value_at":null,"progress":0,"hints":[{"code":"kr.vague","severity":"warn","entity":"key_result","entity_id":1,"unit_id":2,"message":"key result 1 \"Guided tour\" of objective 1 says which way to go but not how far","suggestion":"Make it measurable: a metric from a baseline to a target (from 65% to 90%), so that anyone can tell at the end whether it was reached.","words":"Guided tour"}]}
  $ grip kr add 1 "Bad weight" --milestone "Design=0"
  grip: milestones: must be a number above 0 and at most 1000
  [1]
  $ grip kr add 1 "Bad weight" --milestone "Design=-2"
  grip: milestones: must be a number above 0 and at most 1000
  [1]
  $ grip kr add 1 "Bad weight" --milestone "Design=1001"
  grip: milestones: must be a number above 0 and at most 1000
  [1]
  $ grip kr add 1 "No name" --milestone "=2"
  grip: milestones: “=2” has a weight but no name
  [1]
  $ grip kr add 1 "Twice" --milestone Build --milestone " BUILD"
  grip: milestones: “BUILD” is there twice: each milestone needs its own name
  [1]
  $ grip objective show 1
  Objective 1: Make onboarding effortless
    team, active, cycle 2026-Q4, unit Mobile
    progress 0% (expected 0%), confidence - (none)
  
  KR  TITLE        KIND        BASELINE  CURRENT  TARGET  PROGRESS  WEIGHT
  1   Guided tour  milestones  0         0        4       0%        1

Ticking a milestone by name, in any case: it and those before it are done,
so progress is their weight over the total (1 + 2 of 7).

  $ grip kr update 1 "build"
  Updated key result 1: Guided tour
    milestones: 0 -> 2 -> 4, progress 43%, weight 1
    [x] Design
    [x] Build (weight 2)
    [ ] Ship (weight 3)
    [ ] Step x=1
  $ grip kr update 1 "Deploy"
  grip: value: key result 1 has no milestone “Deploy”: its milestones are “Design”, “Build”, “Ship”, “Step x=1”
  [1]
  $ grip kr update 1 "step x=1"
  Updated key result 1: Guided tour
    milestones: 0 -> 4 -> 4, progress 100%, weight 1
    [x] Design
    [x] Build (weight 2)
    [x] Ship (weight 3)
    [x] Step x=1
  $ grip kr update 1 Design --note "back to the drawing board"
  Updated key result 1: Guided tour
    milestones: 0 -> 1 -> 4, progress 14%, weight 1
    [x] Design
    [ ] Build (weight 2)
    [ ] Ship (weight 3)
    [ ] Step x=1
  $ grip kr update 1 0
  Updated key result 1: Guided tour
    milestones: 0 -> 0 -> 4, progress 0%, weight 1
    [ ] Design
    [ ] Build (weight 2)
    [ ] Ship (weight 3)
    [ ] Step x=1
  $ grip kr history 1
  AT                    VALUE  CHECK-IN  NOTE
  2026-11-23T00:00:00Z  2      -         -
  2026-11-23T00:00:00Z  4      -         -
  2026-11-23T00:00:00Z  1      -         back to the drawing board
  2026-11-23T00:00:00Z  0      -         -

A value given by name is checked like any other: a metric takes numbers only.

  $ grip kr add 1 "Activation rate" --baseline 65 --target 90 --unit %
  Added key result 2: Activation rate
    metric: 65% -> 65% -> 90%, progress 0%, weight 1
  $ grip kr update 2 "Build"
  grip: value: is not a number: Build
  [1]

As of a day, an objective has the key results it had then: those added by
that day, and those with a value recorded by then.

  $ export GRIP_NOW=2026-11-30
  $ grip kr add 1 "Time to first value" --baseline 14 --target 5 --unit days
  Added key result 3: Time to first value
    metric: 14 days -> 14 days -> 5 days, progress 0%, weight 1
  $ grip kr update 3 10 --at 2026-11-25
  Updated key result 3: Time to first value
    metric: 14 days -> 10 days -> 5 days, progress 44%, weight 1
  $ grip kr add 1 "Invite flow shipped" --boolean
  Added key result 4: Invite flow shipped
    boolean: 0 -> 0 -> 1, progress 0%, weight 1
  info  kr.output  key_result 4: key result 4 "Invite flow shipped" of objective 1 reads as a task or a deliverable rather than a result
        Move the work to the objective's initiatives and measure what it should change: what people do differently once it is done.
  $ grip objective show 1 --as-of 2026-11-20
  Objective 1: Make onboarding effortless
    team, active, cycle 2026-Q4, unit Mobile
    progress 0% (expected 0%), confidence - (none)
  $ grip objective show 1 --as-of 2026-11-26
  Objective 1: Make onboarding effortless
    team, active, cycle 2026-Q4, unit Mobile
    progress 15% (expected 8%), confidence - (none)
  
  KR  TITLE                KIND        BASELINE  CURRENT  TARGET  PROGRESS  WEIGHT
  1   Guided tour          milestones  0         0        4       0%        1
  2   Activation rate      metric      65%       65%      90%     0%        1
  3   Time to first value  metric      14 days   10 days  5 days  44%       1
  $ grip objective show 1
  Objective 1: Make onboarding effortless
    team, active, cycle 2026-Q4, unit Mobile
    progress 11% (expected 18%), confidence - (none)
  
  KR  TITLE                KIND        BASELINE  CURRENT  TARGET  PROGRESS  WEIGHT
  1   Guided tour          milestones  0         0        4       0%        1
  2   Activation rate      metric      65%       65%      90%     0%        1
  3   Time to first value  metric      14 days   10 days  5 days  44%       1
  4   Invite flow shipped  boolean     0         0        1       0%        1
  $ grip kr show 4 --as-of 2026-11-26
  grip: as_of: key result 4 was added after 2026-11-26
  [1]

Deleting: only while the objective is a draft or proposed and the key
result has no value; otherwise it stays (its title, target and weight can
still change).

  $ grip kr delete 4
  grip: key_result: its objective is active: a key result stays once its objective is approved (change its title, target or weight instead)
  [1]
  $ grip objective add "Plan the spring" --cycle 2026-Q4 --layer team --unit Mobile
  Added objective 2: Plan the spring
  warn  objective.unaligned  objective 2: team objective 2 "Plan the spring" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  $ grip kr add 2 "Spring plan written" --boolean
  Added key result 5: Spring plan written
    boolean: 0 -> 0 -> 1, progress 0%, weight 1
  info  kr.output  key_result 5: key result 5 "Spring plan written" of objective 2 reads as a task or a deliverable rather than a result
        Move the work to the objective's initiatives and measure what it should change: what people do differently once it is done.
  $ grip kr add 2 "Spring checklist" --milestone Draft --milestone Review
  Added key result 6: Spring checklist
    milestones: 0 -> 0 -> 2, progress 0%, weight 1
    [ ] Draft
    [ ] Review
  info  kr.output  key_result 6: key result 6 "Spring checklist" of objective 2 reads as a task or a deliverable rather than a result
        Move the work to the objective's initiatives and measure what it should change: what people do differently once it is done.
  $ grip kr update 6 Draft
  Updated key result 6: Spring checklist
    milestones: 0 -> 1 -> 2, progress 50%, weight 1
    [x] Draft
    [ ] Review
  $ grip kr delete 6
  grip: key_result: it has 1 recorded value, kept in its history: it cannot be deleted
  [1]
  $ grip --as di@acme.test kr delete 5
  grip: you cannot change this team objective
  [1]
  $ grip --as bo@acme.test kr delete 5 --reason "not an outcome"
  Deleted key result 5: Spring plan written
  $ grip kr show 5
  grip: key_result: no such key result
  [1]
  $ grip kr delete 5
  grip: key_result: no such key result
  [1]
  $ grip history --entity key_result --id 5
  ID  AT                    ACTOR  ENTITY        ACTION  REASON
  23  2026-11-30T00:00:00Z  1      key_result 5  create  -
  26  2026-11-30T00:00:00Z  2      key_result 5  delete  not an outcome
  $ grip kr add 2 "Spring plan approved" --boolean
  Added key result 7: Spring plan approved
    boolean: 0 -> 0 -> 1, progress 0%, weight 1
  info  kr.output  key_result 7: key result 7 "Spring plan approved" of objective 2 reads as a task or a deliverable rather than a result
        Move the work to the objective's initiatives and measure what it should change: what people do differently once it is done.

Over the API the same commands print the same (a fresh pair of files, one
behind a real server): milestones with weights, one ticked by name, an
unknown name, a deletion and a refused one.

  $ export GRIP_DB=local.db GRIP_NOW=2026-11-23
  $ for db in local.db srv.db; do grip --db $db init --org Acme --admin ada@acme.test --name "Ada Admin" && grip --db $db unit add Mobile --kind team && grip --db $db cycle add 2026-Q4 --kind quarter --from 2026-10-01 --to 2026-12-31 && grip --db $db objective add "Ship the tour" --cycle 2026-Q4 --layer team --unit Mobile; done >/dev/null
  warn  objective.unaligned  objective 1: team objective 1 "Ship the tour" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  warn  objective.unaligned  objective 1: team objective 1 "Ship the tour" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  $ T=$(grip --db srv.db token create ada@acme.test | tail -n 1); grip token create ada@acme.test >/dev/null
  $ set -m; grip --db srv.db serve --listen 127.0.0.1:0 >server.out 2>server.log & set +m
  $ for i in $(seq 300); do grep -q listening server.out 2>/dev/null && break; sleep 0.1; done; URL=$(sed -n 's/^grip: listening on //p' server.out); echo "${URL%:*}"
  http://127.0.0.1
  $ same() {
  >   grip "$@" >local.out 2>local.err; l=$?
  >   grip --server "$URL" --token "$T" "$@" >remote.out 2>remote.err; r=$?
  >   cat local.out local.err
  >   cmp -s local.out remote.out && cmp -s local.err remote.err && [ $l = $r ] ||
  >     { echo "!! over the API (exit $r):"; cat remote.out remote.err; }
  >   return $l
  > }
  $ same kr add 1 "Tour" --milestone Design --milestone "Build = 2" --milestone Ship
  Added key result 1: Tour
    milestones: 0 -> 0 -> 3, progress 0%, weight 1
    [ ] Design
    [ ] Build (weight 2)
    [ ] Ship
  warn  kr.vague  key_result 1: key result 1 "Tour" of objective 1 says which way to go but not how far
        Make it measurable: a metric from a baseline to a target (from 65% to 90%), so that anyone can tell at the end whether it was reached.
  info  kr.output  key_result 1: key result 1 "Tour" of objective 1 reads as a task or a deliverable rather than a result
        Move the work to the objective's initiatives and measure what it should change: what people do differently once it is done.
  $ same kr update 1 BUILD --note "by name"
  Updated key result 1: Tour
    milestones: 0 -> 2 -> 3, progress 75%, weight 1
    [x] Design
    [x] Build (weight 2)
    [ ] Ship
  $ same kr update 1 Deploy
  grip: value: key result 1 has no milestone “Deploy”: its milestones are “Design”, “Build”, “Ship”
  [1]
  $ same kr add 1 "Tour printed" --boolean
  Added key result 2: Tour printed
    boolean: 0 -> 0 -> 1, progress 0%, weight 1
  info  kr.output  key_result 2: key result 2 "Tour printed" of objective 1 reads as a task or a deliverable rather than a result
        Move the work to the objective's initiatives and measure what it should change: what people do differently once it is done.
  $ same kr delete 2 --reason "not an outcome"
  Deleted key result 2: Tour printed
  $ same kr delete 1
  grip: key_result: it has 1 recorded value, kept in its history: it cannot be deleted
  [1]
  $ same kr show 2
  grip: key_result: no such key result
  [1]
  $ kill %1; wait; for i in $(seq 100); do grep -q 'grip: stopped' server.log && break; sleep 0.1; done; tail -n 1 server.log
  grip: stopped
