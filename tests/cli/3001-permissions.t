Roles are enforced in the core, for the person named by --as (or GRIP_USER).

  $ grip init --org "Acme" --admin ada@acme.test --name "Ada Admin"
  Created organisation Acme (slug acme) with admin ada@acme.test.
  $ grip person add bo@acme.test --name "Bo Lead"
  Added person 2: Bo Lead <bo@acme.test>, member
  $ grip person add cy@acme.test --name "Cy Member"
  Added person 3: Cy Member <cy@acme.test>, member
  $ grip person add di@acme.test --name "Di Outsider"
  Added person 4: Di Outsider <di@acme.test>, member
  $ grip person add vi@acme.test --name "Vi Viewer" --role viewer
  Added person 5: Vi Viewer <vi@acme.test>, viewer
  $ grip unit add "Mobile" --kind team --lead bo@acme.test
  Added unit 2: Mobile (team)
  $ grip unit add "Secret" --kind team --private --lead bo@acme.test
  Added unit 3: Secret (team, private)
  $ grip member add Mobile cy@acme.test
  cy@acme.test joined Mobile as member on 2026-11-23.
  $ grip cycle add 2026-Q4 --kind quarter --from 2026-10-01 --to 2026-12-31
  Added cycle 2026-Q4 (quarter): 2026-10-01 to 2026-12-31, active; mid-point 2026-11-16
  $ grip objective add "Team goal" --cycle 2026-Q4 --layer team --unit Mobile
  Added objective 1: Team goal
  warn  objective.unaligned  objective 1: team objective 1 "Team goal" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  $ grip kr add 1 "Activation" --baseline 10 --target 20
  Added key result 1: Activation
    metric: 10 -> 10 -> 20, progress 0%, weight 1
  $ grip objective add "Hidden goal" --cycle 2026-Q4 --layer team --unit Secret
  Added objective 2: Hidden goal
  warn  objective.unaligned  objective 2: team objective 2 "Hidden goal" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.

A viewer reads and writes nothing.

  $ grip --as vi@acme.test objective show 1
  Objective 1: Team goal
    team, draft, cycle 2026-Q4, unit Mobile
    progress 0% (expected 0%), confidence - (none)
  
  KR  TITLE       KIND    BASELINE  CURRENT  TARGET  PROGRESS  WEIGHT
  1   Activation  metric  10        10       20      0%        1
  $ grip --as vi@acme.test checkin 1 --confidence 5
  grip: a viewer cannot change anything
  [1]
  $ grip --as vi@acme.test commit add vi@acme.test "Read more" --week 2026-W48
  grip: a viewer cannot change anything
  [1]

Members: check in on their unit's objectives, write their own commitments,
but not someone else's, and not admin work.

  $ grip --as cy@acme.test checkin 1 --confidence 7 --kr 1=12
  Checked in on objective 1: confidence 7 (green), progress 20%
  $ GRIP_USER=cy@acme.test grip commit add cy@acme.test "Pair with Bo" --week 2026-W48
  Added commitment 1 for cy@acme.test, 2026-W48: Pair with Bo (open)
  warn  commitment.unlinked  commitment 1: commitment 1 of Cy Member for 2026-W48, "Pair with Bo", is linked to no objective: the chain is broken
        Link it to the outcome or objective it serves; if it serves none, ask whether it belongs in this week.
  $ grip --as cy@acme.test commit add di@acme.test "Do my work" --week 2026-W48
  grip: only the person, their lead or an admin can do that
  [1]
  $ grip --as cy@acme.test person add eve@acme.test --name "Eve"
  grip: only an admin can do that
  [1]
  $ grip --as cy@acme.test cycle add 2027-Q1 --kind quarter --from 2027-01-01 --to 2027-03-31
  grip: only an admin, or a group's lead for its programme, can add a cycle
  [1]
  $ grip --as cy@acme.test objective status 1 approved
  grip: status: only a lead or an admin can approve, activate or return it
  [1]
  $ grip --as di@acme.test checkin 1 --confidence 3
  grip: only the owner, the unit's members and its leads can check in on this objective
  [1]
  $ grip --as di@acme.test kr add 1 "Mine now" --baseline 1 --target 2
  grip: you cannot change this team objective
  [1]

The lead approves; a lead may write for their people.

  $ grip --as bo@acme.test objective status 1 approved --reason "agreed in planning"
  Updated objective 1: Team goal (approved)
  $ grip --as bo@acme.test commit add cy@acme.test "Review the tour" --week 2026-W48
  Added commitment 2 for cy@acme.test, 2026-W48: Review the tour (open)
  warn  commitment.unlinked  commitment 2: commitment 2 of Cy Member for 2026-W48, "Review the tour", is linked to no objective: the chain is broken
        Link it to the outcome or objective it serves; if it serves none, ask whether it belongs in this week.

Private units and what is in them are not found by outsiders.

  $ grip --as di@acme.test objective show 2
  grip: objective: no such objective
  [1]
  $ grip --as di@acme.test unit show Secret
  grip: unit: no unit named Secret
  [1]
  $ grip --as bo@acme.test objective show 2
  Objective 2: Hidden goal
    team, draft, cycle 2026-Q4, unit Secret
    progress 0% (expected 0%), confidence - (none)
  $ grip --as di@acme.test objective list
  ID  TITLE      LAYER  OWNER   STATUS    PROGRESS  CONF     FLAGS
  1   Team goal  team   Mobile  approved  20%       7 green
  $ grip --as nobody@acme.test objective list
  grip: as: no person with email nobody@acme.test
  [1]
