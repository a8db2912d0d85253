A commitment can change while it is open and its week is not over: its
text, the objective it serves, whether it is shared. Whoever may write it
may change it (the person, their lead, an admin); only the person may
delete it. Without --week, `commit add` means this week (2026-W48 here).

  $ grip init --org "Acme" --admin ada@acme.test --name "Ada Admin"
  Created organisation Acme (slug acme) with admin ada@acme.test.
  $ grip person add bo@acme.test --name "Bo Berg"
  Added person 2: Bo Berg <bo@acme.test>, member
  $ grip person add cy@acme.test --name "Cy Chen"
  Added person 3: Cy Chen <cy@acme.test>, member
  $ grip person add dee@acme.test --name "Dee Dunn"
  Added person 4: Dee Dunn <dee@acme.test>, member
  $ grip unit add "Mobile" --kind team --lead bo@acme.test
  Added unit 2: Mobile (team)
  $ grip member add Mobile cy@acme.test
  cy@acme.test joined Mobile as member on 2026-11-23.
  $ grip cycle add 2026-Q4 --kind quarter --from 2026-10-01 --to 2026-12-31
  Added cycle 2026-Q4 (quarter): 2026-10-01 to 2026-12-31, active; mid-point 2026-11-16
  $ grip objective add "Onboarding in minutes" --cycle 2026-Q4 --layer team --unit Mobile --status active
  Added objective 1: Onboarding in minutes
  warn  objective.unaligned  objective 1: team objective 1 "Onboarding in minutes" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  $ grip objective add "Fewer support tickets" --cycle 2026-Q4 --layer team --unit Mobile --status active
  Added objective 2: Fewer support tickets
  warn  objective.unaligned  objective 2: team objective 2 "Fewer support tickets" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.

No week given: this week.

  $ grip --as cy@acme.test commit add cy@acme.test "Interview three new users"
  Added commitment 1 for cy@acme.test, 2026-W48: Interview three new users (open)
  warn  commitment.unlinked  commitment 1: commitment 1 of Cy Chen for 2026-W48, "Interview three new users", is linked to no objective: the chain is broken
        Link it to the outcome or objective it serves; if it serves none, ask whether it belongs in this week.
  $ grip --as cy@acme.test commit add cy@acme.test "Last week's" --week 2026-W47
  Added commitment 2 for cy@acme.test, 2026-W47: Last week's (open)
  warn  commitment.unlinked  commitment 2: commitment 2 of Cy Chen for 2026-W47, "Last week's", is linked to no objective: the chain is broken
        Link it to the outcome or objective it serves; if it serves none, ask whether it belongs in this week.
  info  commitment.outcome  commitment 2: commitment 2 of Cy Chen for 2026-W47, "Last week's", reads as an outcome rather than an action
        Write what you will do this week, something in your own hands; the outcome is what it serves.
  $ grip --as cy@acme.test commit add cy@acme.test "Closed already"
  Added commitment 3 for cy@acme.test, 2026-W48: Closed already (open)
  Still open from earlier weeks (close with: grip commit close ID done|partial|missed):
    2  2026-W47  Last week's
  warn  commitment.unlinked  commitment 3: commitment 3 of Cy Chen for 2026-W48, "Closed already", is linked to no objective: the chain is broken
        Link it to the outcome or objective it serves; if it serves none, ask whether it belongs in this week.
  $ grip --as cy@acme.test commit close 3 done
  Closed commitment 3 for cy@acme.test, 2026-W48: Closed already (done)

The person changes the text, the link and the sharing.

  $ grip --as cy@acme.test commit edit 1 --text "Interview five new users" --goal 1 --shared
  Changed commitment 1 for cy@acme.test, 2026-W48: Interview five new users (open)
    linked to objective 1, shared with the group
  $ grip --as cy@acme.test commit edit 1 --goal 2 --private --json
  {"id":1,"person_id":3,"email":"cy@acme.test","week":"2026-W48","text":"Interview five new users","objective_id":2,"status":"open","reflection":null,"shared":false,"created_at":"2026-11-23T00:00:00Z","closed_at":null,"hints":[]}
  $ grip --as cy@acme.test commit edit 1 --no-goal
  Changed commitment 1 for cy@acme.test, 2026-W48: Interview five new users (open)
    linked to nothing
  warn  commitment.unlinked  commitment 1: commitment 1 of Cy Chen for 2026-W48, "Interview five new users", is linked to no objective: the chain is broken
        Link it to the outcome or objective it serves; if it serves none, ask whether it belongs in this week.

Their lead and an admin may change it too; someone else may not.

  $ grip --as bo@acme.test commit edit 1 --goal 1
  Changed commitment 1 for cy@acme.test, 2026-W48: Interview five new users (open)
    linked to objective 1
  $ grip commit edit 1 --text "Interview five new users this week"
  Changed commitment 1 for cy@acme.test, 2026-W48: Interview five new users this week (open)
    linked to objective 1
  $ grip --as dee@acme.test commit edit 1 --text "Mine now"
  grip: commitment: no such commitment
  [1]

Bad input changes nothing.

  $ grip --as cy@acme.test commit edit 1
  grip: nothing to change: give a text, a link or whether it is shared
  [1]
  $ grip --as cy@acme.test commit edit 1 --text ""
  grip: text: must not be empty
  [1]
  $ grip --as cy@acme.test commit edit 1 --goal 1 --no-goal
  grip: goal: give --goal ID or --no-goal, not both
  [1]
  $ grip --as cy@acme.test commit edit 1 --shared --private
  grip: shared: give --shared or --private, not both
  [1]
  $ grip --as cy@acme.test commit edit 1 --goal 99
  grip: objective_id: no such objective
  [1]
  $ grip --as cy@acme.test commit edit 99 --text "Nothing"
  grip: commitment: no such commitment
  [1]
  $ grip --as cy@acme.test commit edit one --text "Nothing"
  grip: commitment: is not an id (a whole number above 0): one
  [1]

A week gone by, or a closed commitment, stays as it was.

  $ grip --as cy@acme.test commit edit 2 --text "Rewritten"
  grip: week: the week 2026-W47 is over: close commitment 2 instead
  [1]
  $ grip --as cy@acme.test commit edit 3 --text "Rewritten"
  grip: status: commitment 3 is closed (done): it stays as it was
  [1]
  $ grip --as cy@acme.test commit delete 2
  grip: week: the week 2026-W47 is over: close commitment 2 instead
  [1]
  $ grip --as cy@acme.test commit delete 3
  grip: status: commitment 3 is closed (done): it stays as it was
  [1]

Only the person deletes their own commitment: not their lead, not an admin.

  $ grip --as bo@acme.test commit delete 1
  grip: only its person (cy@acme.test) can delete a commitment
  [1]
  $ grip commit delete 1
  grip: only its person (cy@acme.test) can delete a commitment
  [1]
  $ grip --as dee@acme.test commit delete 1
  grip: commitment: no such commitment
  [1]
  $ grip --as cy@acme.test commit delete 1
  Deleted commitment 1.
  $ grip --as cy@acme.test commit delete 1 --json
  {"error":{"code":"not_found","message":"no such commitment","field":"commitment"}}
  [1]
  $ grip commit list
  ID  WEEK      EMAIL         TEXT            GOAL  STATUS  REFLECTION
  2   2026-W47  cy@acme.test  Last week's     -     open    -
  3   2026-W48  cy@acme.test  Closed already  -     done    -
  $ grip history --entity commitment --id 1 --json | grep -o '"action":"[a-z]*"'
  "action":"create"
  "action":"update"
  "action":"update"
  "action":"update"
  "action":"update"
  "action":"update"
  "action":"delete"

Check-ins due this week: the objectives one checks in on with no check-in
since Monday. Bo leads Mobile and checks in on its objectives.

  $ grip --as bo@acme.test checkin due
  ID  OBJECTIVE              LAYER  CONF  LAST CHECK-IN
  1   Onboarding in minutes  team   -     -
  2   Fewer support tickets  team   -     -
  $ grip --as bo@acme.test checkin 1 --confidence 7
  Checked in on objective 1: confidence 7 (green), progress 0%
  $ grip --as bo@acme.test checkin due
  ID  OBJECTIVE              LAYER  CONF  LAST CHECK-IN
  2   Fewer support tickets  team   -     -
  $ grip --as bo@acme.test checkin due --json | grep -o '"id":[0-9]*,"title":"[^"]*"'
  "id":2,"title":"Fewer support tickets"
  $ grip --as dee@acme.test checkin due
  No check-ins due: every objective you check in on has one this week.

The confidence range has one home in the core.

  $ grip --as bo@acme.test checkin 2 --confidence 11
  grip: confidence: must be a whole number from 0 to 10
  [1]
  $ grip --as bo@acme.test checkin 2 --confidence ""
  grip: confidence: is required: a whole number from 0 to 10
  [1]
  $ grip --as bo@acme.test checkin 2
  grip: confidence: is required: a whole number from 0 to 10
  [1]

The README's example, as written there.

  $ grip commit add bo@acme.test "Interview three new users" --goal 1
  Added commitment 4 for bo@acme.test, 2026-W48: Interview three new users (open)

Over the API the same commands print the same. A second file behind a
real `grip serve`, kept in step with a third local one; the token is Ada's.

  $ unset GRIP_SERVER GRIP_TOKEN; export GRIP_DB=here.db
  $ grip init --org "Acme" --admin ada@acme.test --name "Ada Admin" >/dev/null
  $ grip --db srv.db init --org "Acme" --admin ada@acme.test --name "Ada Admin" >/dev/null
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
  $ same cycle add 2026-Q4 --kind quarter --from 2026-10-01 --to 2026-12-31
  Added cycle 2026-Q4 (quarter): 2026-10-01 to 2026-12-31, active; mid-point 2026-11-16
  $ same objective add "Hire two engineers" --cycle 2026-Q4 --layer individual --owner ada@acme.test --status active
  Added objective 1: Hire two engineers
  warn  objective.unaligned  objective 1: individual objective 1 "Hire two engineers" contributes to nothing above it: the chain is broken
        Align it to the team or strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  $ same commit add ada@acme.test "Write the job ad"
  Added commitment 1 for ada@acme.test, 2026-W48: Write the job ad (open)
  warn  commitment.unlinked  commitment 1: commitment 1 of Ada Admin for 2026-W48, "Write the job ad", is linked to no objective: the chain is broken
        Link it to the outcome or objective it serves; if it serves none, ask whether it belongs in this week.
  $ same commit edit 1 --text "Write and post the job ad" --goal 1
  Changed commitment 1 for ada@acme.test, 2026-W48: Write and post the job ad (open)
    linked to objective 1
  $ same commit edit 1 --no-goal --shared
  Changed commitment 1 for ada@acme.test, 2026-W48: Write and post the job ad (open)
    linked to nothing, shared with the group
  warn  commitment.unlinked  commitment 1: commitment 1 of Ada Admin for 2026-W48, "Write and post the job ad", is linked to no objective: the chain is broken
        Link it to the outcome or objective it serves; if it serves none, ask whether it belongs in this week.
  $ same commit edit 1 --private --json
  {"id":1,"person_id":1,"email":"ada@acme.test","week":"2026-W48","text":"Write and post the job ad","objective_id":null,"status":"open","reflection":null,"shared":false,"created_at":"2026-11-23T00:00:00Z","closed_at":null,"hints":[{"code":"commitment.unlinked","severity":"warn","entity":"commitment","entity_id":1,"unit_id":1,"message":"commitment 1 of Ada Admin for 2026-W48, \"Write and post the job ad\", is linked to no objective: the chain is broken","suggestion":"Link it to the outcome or objective it serves; if it serves none, ask whether it belongs in this week.","words":null}]}
  $ same commit edit 1 --goal 9
  grip: objective_id: no such objective
  [1]
  $ same checkin due
  ID  OBJECTIVE           LAYER       CONF  LAST CHECK-IN
  1   Hire two engineers  individual  -     -
  $ same checkin 1 --confidence 12
  grip: confidence: must be a whole number from 0 to 10
  [1]
  $ same checkin 1 --confidence 8
  Checked in on objective 1: confidence 8 (green), progress 0%
  $ same checkin due
  No check-ins due: every objective you check in on has one this week.
  $ same commit delete 1
  Deleted commitment 1.
  $ same commit delete 1
  grip: commitment: no such commitment
  [1]
  $ same commit list
  ID  WEEK  EMAIL  TEXT  GOAL  STATUS  REFLECTION
  $ kill %1; wait
