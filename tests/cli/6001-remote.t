With --server URL --token T (or GRIP_SERVER and GRIP_TOKEN) a command works
over the HTTP API instead of a file, and prints exactly what it prints
locally. Two databases are kept in step: grip.db for the local runs and
srv.db behind a real `grip serve`, so every write happens once in each and
ids, dates and figures match.

  $ unset GRIP_SERVER GRIP_TOKEN
  $ grip init --org "Acme" --admin ada@acme.test --name "Ada Admin"
  Created organisation Acme (slug acme) with admin ada@acme.test.
  $ grip --db srv.db init --org "Acme" --admin ada@acme.test --name "Ada Admin" >/dev/null
  $ T=$(grip --db srv.db token create ada@acme.test | tail -n 1); grip token create ada@acme.test >/dev/null; echo "${T%%_*}_..."
  grip_...

The server on a free port, in its own process group so that `kill %1`
stops it and not only the shell around it.

  $ set -m; grip --db srv.db serve --listen 127.0.0.1:0 >server.out 2>server.log & set +m
  $ for i in $(seq 300); do grep -q listening server.out 2>/dev/null && break; sleep 0.1; done; URL=$(sed -n 's/^grip: listening on //p' server.out); echo "${URL%:*}"
  http://127.0.0.1

`same ARGS` runs `grip ARGS` locally and over the API, prints the local
output and exits with the local status; a difference in output, error or
status is shown after "!!".

  $ same() {
  >   grip "$@" >local.out 2>local.err; l=$?
  >   grip --server "$URL" --token "$T" "$@" >remote.out 2>remote.err; r=$?
  >   cat local.out local.err
  >   cmp -s local.out remote.out && cmp -s local.err remote.err && [ $l = $r ] ||
  >     { echo "!! over the API (exit $r):"; cat remote.out remote.err; }
  >   return $l
  > }

People, units, members, cycles.

  $ same person list
  ID  EMAIL          NAME       ROLE   STATUS
  1   ada@acme.test  Ada Admin  admin  active
  $ same person add bo@acme.test --name "Bo Berg"
  Added person 2: Bo Berg <bo@acme.test>, member
  $ same person add cy@acme.test --name "Cy Chan" --json
  {"id":3,"email":"cy@acme.test","name":"Cy Chan","role":"member","active":true,"left_on":null,"created_at":"2026-11-23T00:00:00Z"}
  $ same person show CY@acme.test
  Person 3: Cy Chan <cy@acme.test>, member
  $ same unit add "Products" --kind business_unit --lead bo@acme.test
  Added unit 2: Products (business_unit)
  $ same unit add "Mobile" --kind team --parent Products --lead bo@acme.test --json
  {"id":3,"name":"Mobile","kind":"team","parent_id":2,"lead_id":2,"visibility":"org","vision":null,"strategy":null,"created_at":"2026-11-23T00:00:00Z"}
  $ same member add Mobile cy@acme.test --joined 2026-10-05
  cy@acme.test joined Mobile as member on 2026-10-05.
  $ same unit list
  ID  NAME      KIND           PARENT    LEAD           VISIBILITY
  1   Acme      company        -         ada@acme.test  org
  2   Products  business_unit  Acme      bo@acme.test   org
  3   Mobile    team           Products  bo@acme.test   org
  $ same unit show Mobile
  Unit 3: Mobile (team)
  
  EMAIL         NAME     ROLE    JOINED      LEFT  REASON
  cy@acme.test  Cy Chan  member  2026-10-05  -     -
  bo@acme.test  Bo Berg  lead    2026-11-23  -     -
  $ same cycle add 2026-Q4 --kind quarter --from 2026-10-01 --to 2026-12-31
  Added cycle 2026-Q4 (quarter): 2026-10-01 to 2026-12-31, active; mid-point 2026-11-16
  $ same cycle add 2026 --kind year --from 2026-01-01 --to 2026-12-31 --json
  {"id":2,"name":"2026","kind":"year","unit_id":null,"starts_on":"2026-01-01","ends_on":"2026-12-31","weeks":null,"status":"active","midpoint":"2026-07-02","opened_on":null,"scoring_on":null,"closed_at":null}
  $ same cycle list
  ID  NAME     KIND     FROM        TO          STATUS
  2   2026     year     2026-01-01  2026-12-31  active
  1   2026-Q4  quarter  2026-10-01  2026-12-31  active

Objectives, key results, values, a check-in and the figures.

  $ same objective add "Win the mid-market" --cycle 2026 --layer strategic --unit Products
  Added objective 1: Win the mid-market
  $ same objective add "Make onboarding effortless" --cycle 2026-Q4 --layer team --unit Mobile --aligns-to 1 --json
  {"id":2,"title":"Make onboarding effortless","layer":"team","status":"draft","why":null,"cycle_id":1,"cycle":"2026-Q4","unit_id":3,"unit":"Mobile","owner_id":null,"owner":null,"development":false,"visibility":"org","cadence":"weekly","version":1,"aligns_to":[1],"created_at":"2026-11-23T00:00:00Z","updated_at":"2026-11-23T00:00:00Z","progress":0,"rolled_up":false,"confidence":null,"light":null,"last_checkin":null,"as_of":"2026-11-23","stale":false,"expected":0,"at_risk":false,"behind_pace":false,"key_results":[],"hints":[{"code":"okr.count.objectives","severity":"info","entity":"unit","entity_id":3,"unit_id":3,"message":"\"Mobile\" has 1 team objective in \"2026-Q4\"; a team's range is 3 to 4","suggestion":"With fewer objectives than that, check that nothing that matters this cycle is left out.","words":null}]}
  $ same kr add 2 "Activation rate" --baseline 65 --target 90 --unit %
  Added key result 1: Activation rate
    metric: 65% -> 65% -> 90%, progress 0%, weight 1
  $ same kr add 2 "Lead time to first value" --baseline 14 --target 5 --unit days --weight 2
  Added key result 2: Lead time to first value
    metric: 14 days -> 14 days -> 5 days, progress 0%, weight 2
  $ same kr add 2 "New sign-up flow shipped" --boolean --json
  {"id":3,"objective_id":2,"title":"New sign-up flow shipped","kind":"boolean","baseline":0,"target":1,"unit":null,"weight":1,"owner_id":null,"version":1,"milestones":[],"current":0,"has_value":false,"value_at":null,"progress":0,"hints":[{"code":"kr.output","severity":"info","entity":"key_result","entity_id":3,"unit_id":3,"message":"key result 3 \"New sign-up flow shipped\" of objective 2 reads as a task or a deliverable (\"sign-up flow shipped\") rather than a result","suggestion":"Move the work to the objective's initiatives and measure what it should change: what people do differently once it is done.","words":"sign-up flow shipped"}]}
  $ same kr add 2 "Guided tour" --milestone Design --milestone Beta --milestone "General release"
  Added key result 4: Guided tour
    milestones: 0 -> 0 -> 3, progress 0%, weight 1
    [ ] Design
    [ ] Beta
    [ ] General release
  warn  kr.vague  key_result 4: key result 4 "Guided tour" of objective 2 says which way to go but not how far
        Make it measurable: a metric from a baseline to a target (from 65% to 90%), so that anyone can tell at the end whether it was reached.
  $ same kr update 1 70 --at 2026-10-20 --note "first experiment"
  Updated key result 1: Activation rate
    metric: 65% -> 70% -> 90%, progress 20%, weight 1
  $ same kr update 2 11.5 --at 2026-11-10 --json
  {"id":2,"objective_id":2,"title":"Lead time to first value","kind":"metric","baseline":14,"target":5,"unit":"days","weight":2,"owner_id":null,"version":1,"milestones":[],"current":11.5,"has_value":true,"value_at":"2026-11-10T00:00:00Z","progress":0.277777777778}
  $ same checkin 2 --confidence 6 --kr 1=80 --kr 3=yes --kr 4=2 --kr-note "4=beta is out" --issues "Login API is slow" --plan "Cache the session lookup"
  Checked in on objective 2: confidence 6 (yellow), progress 56%
  $ same checkin 2 --confidence 7 --json
  {"id":2,"objective_id":2,"author_id":1,"at":"2026-11-23T00:00:00Z","confidence":7,"issues":null,"plan":null,"results":[]}
  $ same checkin list 2
  ID  AT                    CONF  RESULTS       ISSUES             PLAN
  1   2026-11-23T00:00:00Z  6     1=80 3=1 4=2  Login API is slow  Cache the session lookup
  2   2026-11-23T00:00:00Z  7                   -                  -
  $ same objective show 2
  Objective 2: Make onboarding effortless
    team, draft, cycle 2026-Q4, unit Mobile
    progress 56% (expected 0%), confidence 7 (green)
    aligns to 1
  
  KR  TITLE                     KIND        BASELINE  CURRENT    TARGET  PROGRESS  WEIGHT
  1   Activation rate           metric      65%       80%        90%     60%       1
  2   Lead time to first value  metric      14 days   11.5 days  5 days  28%       2
  3   New sign-up flow shipped  boolean     0         1          1       100%      1
  4   Guided tour               milestones  0         2          3       67%       1
  $ same objective show 2 --json
  {"id":2,"title":"Make onboarding effortless","layer":"team","status":"draft","why":null,"cycle_id":1,"cycle":"2026-Q4","unit_id":3,"unit":"Mobile","owner_id":null,"owner":null,"development":false,"visibility":"org","cadence":"weekly","version":1,"aligns_to":[1],"created_at":"2026-11-23T00:00:00Z","updated_at":"2026-11-23T00:00:00Z","progress":0.564444444444,"rolled_up":false,"confidence":7,"light":"green","last_checkin":"2026-11-23T00:00:00Z","as_of":"2026-11-23","stale":false,"expected":0,"at_risk":false,"behind_pace":false,"key_results":[{"id":1,"objective_id":2,"title":"Activation rate","kind":"metric","baseline":65,"target":90,"unit":"%","weight":1,"owner_id":null,"version":1,"milestones":[],"current":80,"has_value":true,"value_at":"2026-11-23T00:00:00Z","progress":0.6},{"id":2,"objective_id":2,"title":"Lead time to first value","kind":"metric","baseline":14,"target":5,"unit":"days","weight":2,"owner_id":null,"version":1,"milestones":[],"current":11.5,"has_value":true,"value_at":"2026-11-10T00:00:00Z","progress":0.277777777778},{"id":3,"objective_id":2,"title":"New sign-up flow shipped","kind":"boolean","baseline":0,"target":1,"unit":null,"weight":1,"owner_id":null,"version":1,"milestones":[],"current":1,"has_value":true,"value_at":"2026-11-23T00:00:00Z","progress":1},{"id":4,"objective_id":2,"title":"Guided tour","kind":"milestones","baseline":0,"target":3,"unit":null,"weight":1,"owner_id":null,"version":1,"milestones":[{"id":1,"title":"Design","weight":1,"done":true},{"id":2,"title":"Beta","weight":1,"done":true},{"id":3,"title":"General release","weight":1,"done":false}],"current":2,"has_value":true,"value_at":"2026-11-23T00:00:00Z","progress":0.666666666667}]}
  $ same objective show 2 --as-of 2026-11-01
  Objective 2: Make onboarding effortless
    team, draft, cycle 2026-Q4, unit Mobile
    progress 20% (expected 0%), confidence - (none)
    aligns to 1
  
  KR  TITLE            KIND    BASELINE  CURRENT  TARGET  PROGRESS  WEIGHT
  1   Activation rate  metric  65%       70%      90%     20%       1
  $ same objective show 1
  Objective 1: Win the mid-market
    strategic, draft, cycle 2026, unit Products
    progress 56% rolled up (expected 0%), confidence - (none)
  $ diff <(grip objective show 2 --as-of 2026-10-20 --json) <(grip --server "$URL" --token "$T" objective show 2 --as-of 2026-10-20 --json) && echo same
  same
  $ same kr show 1 --as-of 2026-10-19
  grip: as_of: key result 1 was added after 2026-10-19
  [1]
  $ same kr show 1 --as-of 2026-10-20 --json
  {"id":1,"objective_id":2,"title":"Activation rate","kind":"metric","baseline":65,"target":90,"unit":"%","weight":1,"owner_id":null,"version":1,"milestones":[],"current":70,"has_value":true,"value_at":"2026-10-20T00:00:00Z","progress":0.2}
  $ same kr show 4
  Key result 4: Guided tour
    milestones: 0 -> 2 -> 3, progress 67%, weight 1
    [x] Design
    [x] Beta
    [ ] General release
  $ same kr history 1
  AT                    VALUE  CHECK-IN  NOTE
  2026-10-20T00:00:00Z  70     -         first experiment
  2026-11-23T00:00:00Z  80     1         -
  $ same objective list
  ID  TITLE                       LAYER      OWNER     STATUS  PROGRESS  CONF     FLAGS
  1   Win the mid-market          strategic  Products  draft   56%       -
  2   Make onboarding effortless  team       Mobile    draft   56%       7 green
  $ same objective list --cycle 2026-Q4 --json
  [{"id":2,"title":"Make onboarding effortless","layer":"team","status":"draft","why":null,"cycle_id":1,"cycle":"2026-Q4","unit_id":3,"unit":"Mobile","owner_id":null,"owner":null,"development":false,"visibility":"org","cadence":"weekly","version":1,"aligns_to":[1],"created_at":"2026-11-23T00:00:00Z","updated_at":"2026-11-23T00:00:00Z","progress":0.564444444444,"rolled_up":false,"confidence":7,"light":"green","last_checkin":"2026-11-23T00:00:00Z","as_of":"2026-11-23","stale":false,"expected":0,"at_risk":false,"behind_pace":false,"key_results":[{"id":1,"objective_id":2,"title":"Activation rate","kind":"metric","baseline":65,"target":90,"unit":"%","weight":1,"owner_id":null,"version":1,"milestones":[],"current":80,"has_value":true,"value_at":"2026-11-23T00:00:00Z","progress":0.6},{"id":2,"objective_id":2,"title":"Lead time to first value","kind":"metric","baseline":14,"target":5,"unit":"days","weight":2,"owner_id":null,"version":1,"milestones":[],"current":11.5,"has_value":true,"value_at":"2026-11-10T00:00:00Z","progress":0.277777777778},{"id":3,"objective_id":2,"title":"New sign-up flow shipped","kind":"boolean","baseline":0,"target":1,"unit":null,"weight":1,"owner_id":null,"version":1,"milestones":[],"current":1,"has_value":true,"value_at":"2026-11-23T00:00:00Z","progress":1},{"id":4,"objective_id":2,"title":"Guided tour","kind":"milestones","baseline":0,"target":3,"unit":null,"weight":1,"owner_id":null,"version":1,"milestones":[{"id":1,"title":"Design","weight":1,"done":true},{"id":2,"title":"Beta","weight":1,"done":true},{"id":3,"title":"General release","weight":1,"done":false}],"current":2,"has_value":true,"value_at":"2026-11-23T00:00:00Z","progress":0.666666666667}]}]
  $ same objective edit 2 --title "Make onboarding effortless for everyone" --reason "the scope grew"
  Updated objective 2: Make onboarding effortless for everyone (draft)
  info  okr.count.objectives  unit 3: "Mobile" has 1 team objective in "2026-Q4"; a team's range is 3 to 4
        With fewer objectives than that, check that nothing that matters this cycle is left out.
  $ same objective edit 2 --why "Older edit" --if-version 1
  grip: version: the objective has changed since you read it (version 1, now 2)
  [1]
  $ same objective unalign 2 1
  Updated objective 2: Make onboarding effortless for everyone (draft)
  $ same history --entity objective --id 2
  ID  AT                    ACTOR  ENTITY       ACTION  REASON
  18  2026-11-23T00:00:00Z  1      objective 2  create  -
  31  2026-11-23T00:00:00Z  1      objective 2  update  the scope grew

Weekly commitments.

  $ same commit add bo@acme.test "Interview three new users" --week 2026-W47 --goal 2
  Added commitment 1 for bo@acme.test, 2026-W47: Interview three new users (open)
  $ same commit add bo@acme.test "Write the tour script" --week 2026-W48 --json
  {"id":2,"person_id":2,"email":"bo@acme.test","week":"2026-W48","text":"Write the tour script","objective_id":null,"status":"open","reflection":null,"shared":false,"created_at":"2026-11-23T00:00:00Z","closed_at":null,"to_close":[{"id":1,"person_id":2,"email":"bo@acme.test","week":"2026-W47","text":"Interview three new users","objective_id":2,"status":"open","reflection":null,"shared":false,"created_at":"2026-11-23T00:00:00Z","closed_at":null}],"hints":[{"code":"commitment.unlinked","severity":"warn","entity":"commitment","entity_id":2,"unit_id":2,"message":"commitment 2 of Bo Berg for 2026-W48, \"Write the tour script\", is linked to no objective: the chain is broken","suggestion":"Link it to the outcome or objective it serves; if it serves none, ask whether it belongs in this week.","words":null}]}
  $ same commit close 1 done --reflection "The first screen confuses people"
  Closed commitment 1 for bo@acme.test, 2026-W47: Interview three new users (done)
  $ same commit list
  ID  WEEK      EMAIL         TEXT                       GOAL  STATUS  REFLECTION
  1   2026-W47  bo@acme.test  Interview three new users  2     done    The first screen confuses people
  2   2026-W48  bo@acme.test  Write the tour script      -     open    -
  $ same commit list --email bo@acme.test --week 2026-W48 --json
  [{"id":2,"person_id":2,"email":"bo@acme.test","week":"2026-W48","text":"Write the tour script","objective_id":null,"status":"open","reflection":null,"shared":false,"created_at":"2026-11-23T00:00:00Z","closed_at":null}]

Initiatives and dependencies, vision and strategy.

  $ same initiative add 2 "Cache the session lookup" --owner bo@acme.test --kr 1
  Added initiative 1: Cache the session lookup (todo)
  $ same initiative status 1 doing
  Initiative 1 is now doing.
  $ same initiative list 2
  ID  TITLE                     KR  STATUS  LINK
  1   Cache the session lookup  1   doing   -
  $ same dependency add 2 --on-unit Products --note "budget for interviews"
  Added dependency 1 of objective 2 (open)
  $ same dependency list 2
  ID  FROM  ON OBJECTIVE  ON UNIT   STATUS  NOTE
  1   2     -             Products  open    budget for interviews
  $ same strategy set --vision "Every shop runs its day from one calm screen"
  Updated the vision of the organisation.
  $ same strategy show
  Acme
  
  Vision:   Every shop runs its day from one calm screen
  Strategy: -

Refusals: the same message on standard error and the same exit status.

  $ same objective show 99
  grip: objective: no such objective
  [1]
  $ same objective show 99 --json
  {"error":{"code":"not_found","message":"no such objective","field":"objective"}}
  [1]
  $ same kr update 42 80
  grip: key_result: no such key result
  [1]
  $ same kr update 3 maybe
  grip: value: key result 3 is yes-or-no: give 1 or 0 (true/false), not maybe
  [1]
  $ same checkin 2 --confidence 11
  grip: confidence: must be a whole number from 0 to 10
  [1]
  $ same checkin 2
  grip: confidence: is required: a whole number from 0 to 10
  [1]
  $ same checkin 2 --confidence 5 --kr 99=3
  grip: key_result: no such key result
  [1]
  $ same commit close 99 done
  grip: commitment: no such commitment
  [1]
  $ same commit close 2 finished
  grip: status: must be one of done, partial, missed
  [1]
  $ same unit show Atlantis
  grip: unit: no unit named Atlantis
  [1]
  $ same member add Mobile nobody@acme.test
  grip: email: no person with email nobody@acme.test
  [1]
  $ same cycle add 2026-Q4 --kind quarter --from 2026-10-01 --to 2026-12-31
  grip: name: a cycle named 2026-Q4 exists already
  [1]
  $ same person add bo@acme.test --name "Bo again"
  grip: email: bo@acme.test is already a person in this organisation
  [1]
  $ same objective add "T" --cycle 2027-Q9 --layer team --unit Mobile
  grip: cycle: no cycle named 2027-Q9
  [1]
  $ same objective edit 2 --title "Stale" --if-version 1
  grip: version: the objective has changed since you read it (version 1, now 2)
  [1]

The org from --org or GRIP_ORG, or else the token's own (GET /api/v1/me);
the server and token from the environment.

  $ same --org acme person show 2
  Person 2: Bo Berg <bo@acme.test>, member
  $ GRIP_SERVER=$URL GRIP_TOKEN=$T grip person show 2
  Person 2: Bo Berg <bo@acme.test>, member
  $ grip --server "$URL" --token "$T" --org initech person list
  grip: org: no such organisation
  [1]
  $ grip --server "$URL" --token "not-a-token" person list
  grip: the credentials are not valid
  [1]
  $ grip --server "$URL" --token "not-a-token" person list --json
  {"error":{"code":"unauthenticated","message":"the credentials are not valid","field":""}}
  [1]

Tokens: a token over the API is made for its own person only.

  $ grip --server "$URL" --token "$T" token create ada@acme.test --name laptop | sed 's/^grip_.*/grip_.../'; grip token create ada@acme.test --name laptop >/dev/null
  Created token 2 (laptop) for ada@acme.test. It is shown this once:
  grip_...
  $ same token list
  ID  NAME    PERSON         CREATED               REVOKED
  1   api     ada@acme.test  2026-11-23T00:00:00Z  -
  2   laptop  ada@acme.test  2026-11-23T00:00:00Z  -
  $ same token revoke 2
  Revoked token 2.
  $ grip --server "$URL" --token "$T" token create bo@acme.test
  grip: token create for another person works on a local file only
  [2]

Usage: what has no API route, --as, a token without a server and the
reverse, and a URL that is not one.

  $ grip --server "$URL" --token "$T" report
  grip: report works on a local file only
  [2]
  $ grip --server "$URL" --token "$T" person password ada@acme.test
  grip: person password works on a local file only
  [2]
  $ grip --server "$URL" --token "$T" init --org "Other" --admin x@o.test --name X
  grip: init works on a local file only
  [2]
  $ grip --server "$URL" --token "$T" --as bo@acme.test person list
  grip: --as works on a local file only; with --server the token says who acts
  (see grip --help)
  [2]
  $ grip --server "$URL" person list
  grip: --server needs --token TOKEN (or GRIP_TOKEN); grip token create makes one
  (see grip --help)
  [2]
  $ grip --token "$T" person list
  grip: --token goes with --server URL (or GRIP_SERVER)
  usage: grip person list
  (see grip person list --help)
  [2]
  $ grip --server "ftp://example.test" --token "$T" person list
  grip: --server: expected a URL such as http://127.0.0.1:8080
  [2]

Stopping the server: SIGTERM lets it finish and leaves nothing running;
then it cannot be reached.

  $ kill %1; wait; for i in $(seq 100); do grep -q 'grip: stopped' server.log && break; sleep 0.1; done; tail -n 1 server.log
  grip: stopped
  $ grip --server "$URL" --token "$T" person list 2>&1 | sed 's/:[0-9]*: .*/:PORT: .../'
  grip: cannot reach http://127.0.0.1:PORT: ...
