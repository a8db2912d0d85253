The acceptance flow: an objective with a key result of each kind, values
over time, a GRIP check-in, an edit with its reason, and the figures.

  $ grip init --org "Acme" --admin ada@acme.test --name "Ada Admin"
  Created organisation Acme (slug acme) with admin ada@acme.test.
  $ grip person add bo@acme.test --name "Bo Berg"
  Added person 2: Bo Berg <bo@acme.test>, member
  $ grip unit add "Mobile" --kind team --lead bo@acme.test
  Added unit 2: Mobile (team)
  $ grip cycle add 2026-Q4 --kind quarter --from 2026-10-01 --to 2026-12-31
  Added cycle 2026-Q4 (quarter): 2026-10-01 to 2026-12-31, active; mid-point 2026-11-16
  $ grip objective add "Make onboarding effortless" --cycle 2026-Q4 --layer team --unit Mobile --json
  {"id":1,"title":"Make onboarding effortless","layer":"team","status":"draft","why":null,"cycle_id":1,"cycle":"2026-Q4","unit_id":2,"unit":"Mobile","owner_id":null,"owner":null,"development":false,"visibility":"org","cadence":"weekly","version":1,"aligns_to":[],"created_at":"2026-11-23T00:00:00Z","updated_at":"2026-11-23T00:00:00Z","progress":0,"rolled_up":false,"confidence":null,"light":null,"last_checkin":null,"as_of":"2026-11-23","stale":false,"expected":0,"at_risk":false,"behind_pace":false,"key_results":[],"hints":[{"code":"objective.unaligned","severity":"warn","entity":"objective","entity_id":1,"unit_id":2,"message":"team objective 1 \"Make onboarding effortless\" contributes to nothing above it: the chain is broken","suggestion":"Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.","words":null}]}
  $ grip kr add 1 "Activation rate" --baseline 65 --target 90 --unit % --json
  {"id":1,"objective_id":1,"title":"Activation rate","kind":"metric","baseline":65,"target":90,"unit":"%","weight":1,"owner_id":null,"version":1,"milestones":[],"current":65,"has_value":false,"value_at":null,"progress":0,"hints":[]}
  $ grip kr add 1 "Lead time to first value" --baseline 14 --target 5 --unit days --weight 2
  Added key result 2: Lead time to first value
    metric: 14 days -> 14 days -> 5 days, progress 0%, weight 2
  $ grip kr add 1 "New sign-up flow shipped" --boolean
  Added key result 3: New sign-up flow shipped
    boolean: 0 -> 0 -> 1, progress 0%, weight 1
  info  kr.output  key_result 3: key result 3 "New sign-up flow shipped" of objective 1 reads as a task or a deliverable ("sign-up flow shipped") rather than a result
        Move the work to the objective's initiatives and measure what it should change: what people do differently once it is done.
  $ grip kr add 1 "Guided tour" --milestone Design --milestone Beta --milestone "General release"
  Added key result 4: Guided tour
    milestones: 0 -> 0 -> 3, progress 0%, weight 1
    [ ] Design
    [ ] Beta
    [ ] General release
  warn  kr.vague  key_result 4: key result 4 "Guided tour" of objective 1 says which way to go but not how far
        Make it measurable: a metric from a baseline to a target (from 65% to 90%), so that anyone can tell at the end whether it was reached.

Values: a metric going up, one going down, recorded on past dates.

  $ grip kr update 1 70 --at 2026-10-20 --note "first experiment"
  Updated key result 1: Activation rate
    metric: 65% -> 70% -> 90%, progress 20%, weight 1
  $ grip kr update 1 80 --at 2026-11-10
  Updated key result 1: Activation rate
    metric: 65% -> 80% -> 90%, progress 60%, weight 1
  $ grip kr update 2 11 --at 2026-11-10
  Updated key result 2: Lead time to first value
    metric: 14 days -> 11 days -> 5 days, progress 33%, weight 2

A check-in moves several key results at once and gives confidence.

  $ grip checkin 1 --confidence 6 --kr 2=9 --kr 3=yes --kr 4=2 --kr-note "2=new cache helped" --kr-note "4=beta is out" --issues "Login API is slow" --plan "Cache the session lookup"
  Checked in on objective 1: confidence 6 (yellow), progress 68%
  $ grip objective show 1
  Objective 1: Make onboarding effortless
    team, draft, cycle 2026-Q4, unit Mobile
    progress 68% (expected 0%), confidence 6 (yellow)
  
  KR  TITLE                     KIND        BASELINE  CURRENT  TARGET  PROGRESS  WEIGHT
  1   Activation rate           metric      65%       80%      90%     60%       1
  2   Lead time to first value  metric      14 days   9 days   5 days  56%       2
  3   New sign-up flow shipped  boolean     0         1        1       100%      1
  4   Guided tour               milestones  0         2        3       67%       1
  $ grip objective show 1 --json
  {"id":1,"title":"Make onboarding effortless","layer":"team","status":"draft","why":null,"cycle_id":1,"cycle":"2026-Q4","unit_id":2,"unit":"Mobile","owner_id":null,"owner":null,"development":false,"visibility":"org","cadence":"weekly","version":1,"aligns_to":[],"created_at":"2026-11-23T00:00:00Z","updated_at":"2026-11-23T00:00:00Z","progress":0.675555555556,"rolled_up":false,"confidence":6,"light":"yellow","last_checkin":"2026-11-23T00:00:00Z","as_of":"2026-11-23","stale":false,"expected":0,"at_risk":false,"behind_pace":false,"key_results":[{"id":1,"objective_id":1,"title":"Activation rate","kind":"metric","baseline":65,"target":90,"unit":"%","weight":1,"owner_id":null,"version":1,"milestones":[],"current":80,"has_value":true,"value_at":"2026-11-10T00:00:00Z","progress":0.6},{"id":2,"objective_id":1,"title":"Lead time to first value","kind":"metric","baseline":14,"target":5,"unit":"days","weight":2,"owner_id":null,"version":1,"milestones":[],"current":9,"has_value":true,"value_at":"2026-11-23T00:00:00Z","progress":0.555555555556},{"id":3,"objective_id":1,"title":"New sign-up flow shipped","kind":"boolean","baseline":0,"target":1,"unit":null,"weight":1,"owner_id":null,"version":1,"milestones":[],"current":1,"has_value":true,"value_at":"2026-11-23T00:00:00Z","progress":1},{"id":4,"objective_id":1,"title":"Guided tour","kind":"milestones","baseline":0,"target":3,"unit":null,"weight":1,"owner_id":null,"version":1,"milestones":[{"id":1,"title":"Design","weight":1,"done":true},{"id":2,"title":"Beta","weight":1,"done":true},{"id":3,"title":"General release","weight":1,"done":false}],"current":2,"has_value":true,"value_at":"2026-11-23T00:00:00Z","progress":0.666666666667}]}

Each key result's value as of a past day, and its history. A key result
added today with values recorded for past days counts from its first
value: before that day it did not exist yet.

  $ grip kr show 1 --as-of 2026-10-19 --json
  {"error":{"code":"invalid","message":"key result 1 was added after 2026-10-19","field":"as_of"}}
  [1]
  $ grip kr show 1 --as-of 2026-10-20 --json
  {"id":1,"objective_id":1,"title":"Activation rate","kind":"metric","baseline":65,"target":90,"unit":"%","weight":1,"owner_id":null,"version":1,"milestones":[],"current":70,"has_value":true,"value_at":"2026-10-20T00:00:00Z","progress":0.2}
  $ grip kr show 1 --as-of 2026-11-09
  Key result 1: Activation rate
    metric: 65% -> 70% -> 90%, progress 20%, weight 1
  $ grip kr show 2 --as-of 2026-11-22 --json
  {"id":2,"objective_id":1,"title":"Lead time to first value","kind":"metric","baseline":14,"target":5,"unit":"days","weight":2,"owner_id":null,"version":1,"milestones":[],"current":11,"has_value":true,"value_at":"2026-11-10T00:00:00Z","progress":0.333333333333}
  $ grip kr show 2 --as-of 2026-12-01
  grip: as_of: is in the future
  [1]
  $ grip kr history 1
  AT                    VALUE  CHECK-IN  NOTE
  2026-10-20T00:00:00Z  70     -         first experiment
  2026-11-10T00:00:00Z  80     -         -
  $ grip objective show 1 --as-of 2026-11-10 --json
  {"id":1,"title":"Make onboarding effortless","layer":"team","status":"draft","why":null,"cycle_id":1,"cycle":"2026-Q4","unit_id":2,"unit":"Mobile","owner_id":null,"owner":null,"development":false,"visibility":"org","cadence":"weekly","version":1,"aligns_to":[],"created_at":"2026-11-23T00:00:00Z","updated_at":"2026-11-23T00:00:00Z","progress":0.422222222222,"rolled_up":false,"confidence":null,"light":null,"last_checkin":null,"as_of":"2026-11-10","stale":false,"expected":0,"at_risk":false,"behind_pace":false,"key_results":[{"id":1,"objective_id":1,"title":"Activation rate","kind":"metric","baseline":65,"target":90,"unit":"%","weight":1,"owner_id":null,"version":1,"milestones":[],"current":80,"has_value":true,"value_at":"2026-11-10T00:00:00Z","progress":0.6},{"id":2,"objective_id":1,"title":"Lead time to first value","kind":"metric","baseline":14,"target":5,"unit":"days","weight":2,"owner_id":null,"version":1,"milestones":[],"current":11,"has_value":true,"value_at":"2026-11-10T00:00:00Z","progress":0.333333333333}]}

Editing keeps the reason in history; a stale version is refused.

  $ grip objective edit 1 --title "Make onboarding effortless for everyone" --reason "the scope grew"
  Updated objective 1: Make onboarding effortless for everyone (draft)
  warn  objective.unaligned  objective 1: team objective 1 "Make onboarding effortless for everyone" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  $ grip objective edit 1 --title "Older edit" --if-version 1
  grip: version: the objective has changed since you read it (version 1, now 2)
  [1]
  $ grip objective edit 1
  grip: nothing to change: give --title, --why, --owner, --visibility, --cadence or --development
  [1]
  $ grip history --entity objective --id 1
  ID  AT                    ACTOR  ENTITY       ACTION  REASON
  10  2026-11-23T00:00:00Z  1      objective 1  create  -
  22  2026-11-23T00:00:00Z  1      objective 1  update  the scope grew
  $ grip history --entity objective --id 1 --json
  [{"id":10,"actor_id":1,"at":"2026-11-23T00:00:00Z","entity":"objective","entity_id":1,"action":"create","before":null,"after":{"id":1,"title":"Make onboarding effortless","layer":"team","status":"draft","why":null,"cycle_id":1,"cycle":"2026-Q4","unit_id":2,"unit":"Mobile","owner_id":null,"owner":null,"development":false,"visibility":"org","cadence":"weekly","version":1,"aligns_to":[],"created_at":"2026-11-23T00:00:00Z","updated_at":"2026-11-23T00:00:00Z"},"reason":null},{"id":22,"actor_id":1,"at":"2026-11-23T00:00:00Z","entity":"objective","entity_id":1,"action":"update","before":{"id":1,"title":"Make onboarding effortless","layer":"team","status":"draft","why":null,"cycle_id":1,"cycle":"2026-Q4","unit_id":2,"unit":"Mobile","owner_id":null,"owner":null,"development":false,"visibility":"org","cadence":"weekly","version":1,"aligns_to":[],"created_at":"2026-11-23T00:00:00Z","updated_at":"2026-11-23T00:00:00Z"},"after":{"id":1,"title":"Make onboarding effortless for everyone","layer":"team","status":"draft","why":null,"cycle_id":1,"cycle":"2026-Q4","unit_id":2,"unit":"Mobile","owner_id":null,"owner":null,"development":false,"visibility":"org","cadence":"weekly","version":2,"aligns_to":[],"created_at":"2026-11-23T00:00:00Z","updated_at":"2026-11-23T00:00:00Z"},"reason":"the scope grew"}]
  $ grip checkin list 1
  ID  AT                    CONF  RESULTS      ISSUES             PLAN
  1   2026-11-23T00:00:00Z  6     2=9 3=1 4=2  Login API is slow  Cache the session lookup
