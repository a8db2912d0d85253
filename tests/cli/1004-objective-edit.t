Changing an objective and what hangs off it, locally and over the API at
once (grip.db and srv.db behind a real `grip serve`, kept in step): its
owner, status moves (missed and dropped need a reason), deleting a draft
nobody has seen (anything seen is dropped instead), and editing and
deleting initiatives and dependencies.

  $ unset GRIP_SERVER GRIP_TOKEN
  $ both() { grip "$@" >/dev/null && grip --db srv.db "$@" >/dev/null; }
  $ both init --org "Acme" --admin ada@acme.test --name "Ada Admin"
  $ both person add bo@acme.test --name "Bo Berg"
  $ both person add cy@acme.test --name "Cy Chan"
  $ both person add di@acme.test --name "Di Dunn"
  $ both unit add Mobile --kind team --lead bo@acme.test
  $ both unit add Web --kind team --lead di@acme.test
  $ both member add Mobile cy@acme.test
  $ both cycle add 2026-Q4 --kind quarter --from 2026-10-01 --to 2026-12-31
  $ both cycle add 2026-Q3 --kind quarter --from 2026-07-01 --to 2026-09-30
  $ for p in ada bo cy di; do grip --db srv.db token create $p@acme.test | tail -n 1 >tok.$p; done
  $ set -m; grip --db srv.db serve --listen 127.0.0.1:0 >server.out 2>server.log & set +m
  $ for i in $(seq 100); do grep -qs listening server.out && break; sleep 0.1; done; URL=$(sed -n 's/^grip: listening on //p' server.out); echo "${URL%:*}"
  http://127.0.0.1

`same WHO ARGS` runs `grip --as WHO ARGS` locally and with WHO's token over
the API; it prints the local output and shows any difference after "!!".

  $ same() {
  >   who=$1; shift
  >   grip --as $who@acme.test "$@" >local.out 2>local.err; l=$?
  >   grip --server "$URL" --token "$(cat tok.$who)" "$@" >remote.out 2>remote.err; r=$?
  >   cat local.out local.err
  >   cmp -s local.out remote.out && cmp -s local.err remote.err && [ $l = $r ] ||
  >     { echo "!! over the API (exit $r):"; cat remote.out remote.err; }
  >   return $l
  > }
  $ same ada objective add "Onboarding in minutes" --cycle 2026-Q4 --layer team --unit Mobile --status active
  Added objective 1: Onboarding in minutes
  warn  objective.unaligned  objective 1: team objective 1 "Onboarding in minutes" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  info  okr.count.objectives  unit 2: "Mobile" has 1 team objective in "2026-Q4"; a team's range is 3 to 4
        With fewer objectives than that, check that nothing that matters this cycle is left out.
  $ same ada objective add "Cy learns analytics" --cycle 2026-Q4 --layer individual --unit Mobile --owner cy@acme.test
  Added objective 2: Cy learns analytics
  warn  objective.unaligned  objective 2: individual objective 2 "Cy learns analytics" contributes to nothing above it: the chain is broken
        Align it to the team or strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  info  okr.count.objectives  person 3: Cy Chan has 1 individual objective in "2026-Q4"; a person's range is 2 to 3
        With fewer objectives than that, check that nothing that matters this cycle is left out.
  $ same ada objective add "Web is fast" --cycle 2026-Q4 --layer team --unit Web
  Added objective 3: Web is fast
  warn  objective.unaligned  objective 3: team objective 3 "Web is fast" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  info  okr.count.objectives  unit 3: "Web" has 1 team objective in "2026-Q4"; a team's range is 3 to 4
        With fewer objectives than that, check that nothing that matters this cycle is left out.

The owner: an individual objective's owner is a person of its unit; the
lead may hand it to another of their people, a member may not give theirs
away, and an individual objective cannot be left without one.

  $ same bo objective edit 2 --owner bo@acme.test --reason "Bo takes it over"
  Updated objective 2: Cy learns analytics (draft)
  warn  objective.unaligned  objective 2: individual objective 2 "Cy learns analytics" contributes to nothing above it: the chain is broken
        Align it to the team or strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  info  okr.count.objectives  person 2: Bo Berg has 1 individual objective in "2026-Q4"; a person's range is 2 to 3
        With fewer objectives than that, check that nothing that matters this cycle is left out.
  $ same ada objective show 2
  Objective 2: Cy learns analytics
    individual, draft, cycle 2026-Q4, unit Mobile, owner bo@acme.test
    progress 0% (expected 0%), confidence - (none)
  $ same cy objective edit 2 --owner cy@acme.test
  grip: you cannot change this individual objective
  [1]
  $ same bo objective edit 2 --owner di@acme.test
  grip: owner: di@acme.test is not a member of Mobile
  [1]
  $ same bo objective edit 2 --owner ""
  grip: owner: an individual objective needs its owner (a person)
  [1]
  $ same bo objective edit 2 --owner nobody@acme.test
  grip: owner: no person with email nobody@acme.test
  [1]
  $ same ada objective edit 1 --owner cy@acme.test --json
  {"id":1,"title":"Onboarding in minutes","layer":"team","status":"active","why":null,"cycle_id":1,"cycle":"2026-Q4","unit_id":2,"unit":"Mobile","owner_id":3,"owner":"cy@acme.test","development":false,"visibility":"org","cadence":"weekly","version":2,"aligns_to":[],"created_at":"2026-11-23T00:00:00Z","updated_at":"2026-11-23T00:00:00Z","progress":0,"rolled_up":false,"confidence":null,"light":null,"last_checkin":null,"as_of":"2026-11-23","stale":false,"expected":0,"at_risk":false,"behind_pace":false,"key_results":[],"hints":[{"code":"objective.unaligned","severity":"warn","entity":"objective","entity_id":1,"unit_id":2,"message":"team objective 1 \"Onboarding in minutes\" contributes to nothing above it: the chain is broken","suggestion":"Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.","words":null},{"code":"okr.count.objectives","severity":"info","entity":"unit","entity_id":2,"unit_id":2,"message":"\"Mobile\" has 1 team objective in \"2026-Q4\"; a team's range is 3 to 4","suggestion":"With fewer objectives than that, check that nothing that matters this cycle is left out.","words":null}]}
  $ same ada objective edit 1 --owner ""
  Updated objective 1: Onboarding in minutes (active)
  warn  objective.unaligned  objective 1: team objective 1 "Onboarding in minutes" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  info  okr.count.objectives  unit 2: "Mobile" has 1 team objective in "2026-Q4"; a team's range is 3 to 4
        With fewer objectives than that, check that nothing that matters this cycle is left out.
  $ grip objective edit 2 --owner di@acme.test
  grip: owner: di@acme.test is not a member of Mobile
  [1]
  $ grip history --entity objective --id 2
  ID  AT                    ACTOR  ENTITY       ACTION  REASON
  19  2026-11-23T00:00:00Z  1      objective 2  create  -
  21  2026-11-23T00:00:00Z  2      objective 2  update  Bo takes it over

Status moves: missed and dropped need a reason; moves outside the
lifecycle are refused; the lead's calls stay the lead's.

  $ same cy objective status 1 dropped
  grip: reason: a reason is required to mark an objective dropped
  [1]
  $ same cy objective status 1 dropped --reason ""
  grip: reason: a reason is required to mark an objective dropped
  [1]
  $ same cy objective status 1 draft
  grip: status: an objective cannot go from active to draft
  [1]
  $ same cy objective status 2 active
  grip: you cannot change this individual objective
  [1]
  $ same ada objective status 1 missed --reason "The vendor never shipped"
  Updated objective 1: Onboarding in minutes (missed)
  $ grip history --entity objective --id 1 | tail -n 1
  24  2026-11-23T00:00:00Z  1      objective 1  status  The vendor never shipped

Delete or drop: a draft nobody has seen is deleted, with its key results,
initiatives, dependencies and alignments; one that has been proposed,
approved or checked in on, or that a commitment serves, is dropped instead.
Deleting is for whoever may edit it.

  $ same ada objective add "Be easy to start with" --cycle 2026-Q4 --layer strategic --unit Acme
  Added objective 4: Be easy to start with
  info  okr.count.objectives  unit 1: "Acme" has 1 strategic objective in "2026-Q4"; a company's range is 3 to 5
        With fewer objectives than that, check that nothing that matters this cycle is left out.
  $ same ada objective add "A draft" --cycle 2026-Q4 --layer team --unit Mobile --aligns-to 4
  Added objective 5: A draft
  info  okr.count.objectives  unit 2: "Mobile" has 2 team objectives in "2026-Q4"; a team's range is 3 to 4
        With fewer objectives than that, check that nothing that matters this cycle is left out.
  $ same ada kr add 5 "Signups" --baseline 0 --target 10
  Added key result 1: Signups
    metric: 0 -> 0 -> 10, progress 0%, weight 1
  $ same ada initiative add 5 "Try it"
  Added initiative 1: Try it (todo)
  $ same ada dependency add 3 --on-objective 5 --note "their draft"
  Added dependency 1 of objective 3 (open)
  $ same di objective delete 5
  grip: you cannot change this team objective
  [1]
  $ same ada objective delete 5
  Deleted objective 5.
  $ same ada objective show 5
  grip: objective: no such objective
  [1]
  $ same ada dependency list 3
  ID  FROM  ON OBJECTIVE  ON UNIT  STATUS  NOTE
  $ grip history --entity dependency --id 1 --json | grep -o '"action":"delete".*"reason":"[^"]*"'
  "action":"delete","before":{"id":1,"from_objective_id":3,"to_objective_id":5,"to_unit_id":null,"note":"their draft","status":"open"},"after":null,"reason":"the objective it depended on was a draft, deleted"
  $ grip history --entity objective --id 5 | tail -n 1
  32  2026-11-23T00:00:00Z  1      objective 5  delete  -
  $ grip history --entity objective --id 5 --json | grep -o '"key_results":\[[^]]*\]'
  "key_results":[{"id":1,"title":"Signups","kind":"metric","baseline":0,"target":10,"unit":null,"weight":1}]
  $ same ada objective delete 1
  grip: status: only a draft can be deleted; this one is missed and has been seen: drop it with a reason
  [1]
  $ same ada objective status 3 proposed
  Updated objective 3: Web is fast (proposed)
  $ same di objective status 3 draft
  Updated objective 3: Web is fast (draft)
  $ same ada objective delete 3
  grip: status: it has been proposed or approved before: drop it with a reason instead
  [1]

A deleted objective's id is not given again (its history stays its own);
a draft that a commitment serves is dropped, not deleted.

  $ same ada objective add "Committed draft" --cycle 2026-Q4 --layer team --unit Mobile
  Added objective 6: Committed draft
  warn  objective.unaligned  objective 6: team objective 6 "Committed draft" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  info  okr.count.objectives  unit 2: "Mobile" has 2 team objectives in "2026-Q4"; a team's range is 3 to 4
        With fewer objectives than that, check that nothing that matters this cycle is left out.
  $ same ada commit add cy@acme.test "Sketch it" --week 2026-W48 --goal 6
  Added commitment 1 for cy@acme.test, 2026-W48: Sketch it (open)
  $ same ada objective delete 6
  grip: status: 1 commitment serves it: drop it with a reason instead
  [1]
  $ same ada objective delete 99
  grip: objective: no such objective
  [1]
  $ grip objective delete 6
  grip: status: 1 commitment serves it: drop it with a reason instead
  [1]

Initiatives: edited (title, owner, link, key result; "" clears) and deleted
by whoever may check in on the objective; the history keeps what was
deleted.

  $ same ada objective add "Faster checkout" --cycle 2026-Q4 --layer team --unit Mobile --status active
  Added objective 7: Faster checkout
  warn  objective.unaligned  objective 7: team objective 7 "Faster checkout" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  $ same ada kr add 7 "Checkout time" --baseline 60 --target 20 --unit s
  Added key result 2: Checkout time
    metric: 60 s -> 60 s -> 20 s, progress 0%, weight 1
  $ same cy initiative add 7 "Cache the cart" --owner cy@acme.test
  Added initiative 2: Cache the cart (todo)
  $ same cy initiative edit 2 --title "Cache the cart on the edge" --link https://plan.example/cart --kr 2
  Updated initiative 2: Cache the cart on the edge (todo)
  $ same cy initiative list 7
  ID  TITLE                       KR  STATUS  LINK
  2   Cache the cart on the edge  2   todo    https://plan.example/cart
  $ same cy initiative edit 2 --owner "" --kr none --json
  {"id":2,"objective_id":7,"key_result_id":null,"title":"Cache the cart on the edge","owner_id":null,"status":"todo","link":"https://plan.example/cart"}
  $ same cy initiative edit 2
  grip: nothing to change: give --title, --owner, --link or --kr
  [1]
  $ same cy initiative edit 2 --kr 99
  grip: key_result_id: key result 99 is not part of objective 7
  [1]
  $ same cy initiative edit 2 --title ""
  grip: title: must not be empty
  [1]
  $ same di initiative edit 2 --title "Not mine"
  grip: only the owner, the unit's members and its leads can check in on this objective
  [1]
  $ grip --as di@acme.test initiative edit 2 --title "Not mine"
  grip: only the owner, the unit's members and its leads can check in on this objective
  [1]
  $ same cy initiative status 2 doing
  Initiative 2 is now doing.
  $ same di initiative delete 2
  grip: only the owner, the unit's members and its leads can check in on this objective
  [1]
  $ same cy initiative delete 2
  Deleted initiative 2.
  $ same cy initiative list 7
  ID  TITLE  KR  STATUS  LINK
  $ grip history --entity initiative --id 2 | tail -n 2
  42  2026-11-23T00:00:00Z  3      initiative 2  status  -
  43  2026-11-23T00:00:00Z  3      initiative 2  delete  -

Dependencies: the depending side edits the note and deletes it; either
side moves its status.

  $ same cy dependency add 7 --on-unit Web --note "a faster API"
  Added dependency 2 of objective 7 (open)
  $ same cy dependency edit 2 --note "the cart API under 100 ms"
  Updated dependency 2 (open): the cart API under 100 ms
  $ same di dependency edit 2 --note "not theirs to change"
  grip: only the owner, the unit's members and its leads can check in on this objective
  [1]
  $ same di dependency status 2 agreed
  Dependency 2 is now agreed.
  $ same cy dependency list 7
  ID  FROM  ON OBJECTIVE  ON UNIT  STATUS  NOTE
  2   7     -             Web      agreed  the cart API under 100 ms
  $ same cy dependency edit 2
  grip: note: nothing to change: give --note
  [1]
  $ same di dependency delete 2
  grip: only the owner, the unit's members and its leads can check in on this objective
  [1]
  $ same cy dependency delete 2
  Deleted dependency 2.
  $ same cy dependency list 7
  ID  FROM  ON OBJECTIVE  ON UNIT  STATUS  NOTE

A closed cycle is read-only, its dependencies too. Its draft was never
agreed nor scored, so the close is refused until an admin forces it with
a reason.

  $ same ada objective add "Summer" --cycle 2026-Q3 --layer team --unit Mobile
  Added objective 8: Summer
  warn  objective.unaligned  objective 8: team objective 8 "Summer" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  $ same ada dependency add 8 --on-unit Web
  Added dependency 3 of objective 8 (open)
  $ same ada cycle close 2026-Q3
  grip: cycle: 2026-Q3 cannot close: 1 objective not scored: 8 "Summer" (still draft: never agreed, so drop it)
  [1]
  $ same ada cycle close 2026-Q3 --force "Summer was only an idea"
  Closed cycle 2026-Q3 (quarter): 2026-07-01 to 2026-09-30, closed; mid-point 2026-08-16
  $ same ada dependency status 3 done
  grip: cycle: cycle 2026-Q3 is closed and read-only
  [1]
  $ same ada dependency delete 3
  grip: cycle: cycle 2026-Q3 is closed and read-only
  [1]
  $ same ada objective delete 8
  grip: cycle: cycle 2026-Q3 is closed and read-only
  [1]

  $ kill %1; wait; for i in $(seq 100); do grep -q 'grip: stopped' server.log && break; sleep 0.1; done; tail -n 1 server.log
  grip: stopped
