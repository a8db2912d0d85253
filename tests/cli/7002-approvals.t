Reviews of proposals of every layer, the queue of what awaits a lead's
decision, and two rules of coaching groups: a member outcome takes its
unit from its programme, and only the group's lead checks in on the group
outcome.

  $ grip init --org "Acme" --admin ada@acme.test --name "Ada Admin"
  Created organisation Acme (slug acme) with admin ada@acme.test.
  $ for p in dee bo cy lee ann; do grip person add $p@acme.test --name "${p^}"; done
  Added person 2: Dee <dee@acme.test>, member
  Added person 3: Bo <bo@acme.test>, member
  Added person 4: Cy <cy@acme.test>, member
  Added person 5: Lee <lee@acme.test>, member
  Added person 6: Ann <ann@acme.test>, member
  $ grip unit add Product --kind business_unit --lead dee@acme.test
  Added unit 2: Product (business_unit)
  $ grip unit add Mobile --kind team --parent Product --lead bo@acme.test
  Added unit 3: Mobile (team)
  $ grip member add Mobile cy@acme.test
  cy@acme.test joined Mobile as member on 2026-11-23.
  $ grip unit add Circle --kind group --lead lee@acme.test --private
  Added unit 4: Circle (group, private)
  $ grip member add Circle ann@acme.test
  ann@acme.test joined Circle as member on 2026-11-23.
  $ grip cycle add 2026-Q4 --kind quarter --from 2026-10-01 --to 2026-12-31
  Added cycle 2026-Q4 (quarter): 2026-10-01 to 2026-12-31, active; mid-point 2026-11-16
  $ grip cycle add Autumn --kind programme --unit Circle --from 2026-10-05 --weeks 12
  Added cycle Autumn (programme): 2026-10-05 to 2026-12-27, active; mid-point 2026-11-16

Proposals of each layer: the business unit's strategic one, the team's,
Cy's own; and Ann's outcome in her own words, with no --unit: the
programme names the group (so does the group outcome's).

  $ grip --as dee@acme.test objective add "Shops run their day on the app" --cycle 2026-Q4 --layer strategic --unit Product --status proposed
  Added objective 1: Shops run their day on the app
  $ grip --as cy@acme.test objective add "Onboarding takes a day" --cycle 2026-Q4 --layer team --unit Mobile --status proposed
  Added objective 2: Onboarding takes a day
  warn  objective.unaligned  objective 2: team objective 2 "Onboarding takes a day" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  $ grip --as cy@acme.test objective add "Cy learns Swift" --cycle 2026-Q4 --layer individual --unit Mobile --owner cy@acme.test --status proposed
  Added objective 3: Cy learns Swift
  warn  objective.unaligned  objective 3: individual objective 3 "Cy learns Swift" contributes to nothing above it: the chain is broken
        Align it to the team or strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  $ grip --as ann@acme.test objective add "I speak up in every meeting by December" --cycle Autumn --layer member --owner ann@acme.test --status proposed
  Added objective 4: I speak up in every meeting by December
  info  member.outcome.habit  objective 4: member outcome 4 "I speak up in every meeting by December" reads as a habit ("every meeting") rather than an outcome
        Name what will be different by the end of the programme; keep the habit for the weekly commitments that get there.
  $ grip --as ann@acme.test objective show 4 --json | grep -o '"unit":"[^"]*"'
  "unit":"Circle"
  $ grip --as lee@acme.test objective add "Every member speaks up" --cycle Autumn --layer group --status active
  Added objective 5: Every member speaks up

What waits for whom: the team's lead sees the team's and Cy's; the
business unit's lead those and its own unit's; the group's lead Ann's
outcome; the admin everything; Cy, who leads nothing, nothing.

  $ grip --as bo@acme.test approvals
  ID  LAYER       STATUS    OWNER         UNIT    TITLE                   LAST REVIEW
  2   team        proposed  -             Mobile  Onboarding takes a day  -
  3   individual  proposed  cy@acme.test  Mobile  Cy learns Swift         -
  Decide with: grip objective review ID approve|return --comment TEXT
  $ grip --as dee@acme.test approvals --json | grep -o '"id":[0-9]*' | tr '\n' ' '; echo
  "id":1 "id":2 "id":3 
  $ grip --as lee@acme.test approvals
  ID  LAYER   STATUS    OWNER          UNIT    TITLE                                    LAST REVIEW
  4   member  proposed  ann@acme.test  Circle  I speak up in every meeting by December  -
  Decide with: grip objective review ID approve|return --comment TEXT
  $ grip approvals --json | grep -o '"id":[0-9]*' | tr '\n' ' '; echo
  "id":1 "id":2 "id":3 "id":4 
  $ grip --as cy@acme.test approvals
  Nothing awaits your decision.

Reviews: returning needs a comment and changes nothing; the owner does not
review her own; another group's lead has no say; what is not proposed
awaits nothing; a lead approves or returns, for each layer.

  $ grip --as bo@acme.test objective review 3 return
  grip: comment: is required: say what to change
  [1]
  $ grip --as cy@acme.test objective review 3 approve
  grip: you do not review your own objective: a lead does
  [1]
  $ grip --as lee@acme.test objective review 3 approve
  grip: only a lead of its unit or of its owner, or an admin, reviews it
  [1]
  $ grip --as bo@acme.test objective review 4 approve
  grip: objective: no such objective
  [1]
  $ grip --as lee@acme.test objective review 5 approve
  grip: status: objective 5 is active: only a proposal is approved
  [1]
  $ grip --as bo@acme.test objective review 3 return --comment "How will you know you can?"
  Updated objective 3: Cy learns Swift (draft)
  $ grip --as bo@acme.test objective review 2 approve
  Updated objective 2: Onboarding takes a day (approved)
  $ grip objective review 1 approve --comment "Agreed with the board"
  Updated objective 1: Shops run their day on the app (approved)
  $ grip --as lee@acme.test objective review 4 return --comment "By when?"
  Updated objective 4: I speak up in every meeting by December (draft)
  $ grip --as cy@acme.test objective status 3 proposed
  Updated objective 3: Cy learns Swift (proposed)
  $ grip --as bo@acme.test approvals
  ID  LAYER       STATUS    OWNER         UNIT    TITLE            LAST REVIEW
  3   individual  proposed  cy@acme.test  Mobile  Cy learns Swift  return: How will you know you can?
  Decide with: grip objective review ID approve|return --comment TEXT
  $ grip --as bo@acme.test objective review 3 approve
  Updated objective 3: Cy learns Swift (approved)
  $ grip --as bo@acme.test approvals
  Nothing awaits your decision.
  $ grip history --entity objective --id 3 | cut -c 22-
       ACTOR  ENTITY       ACTION   REASON
  00Z  4      objective 3  create   -
  00Z  3      objective 3  return   How will you know you can?
  00Z  4      objective 3  status   -
  00Z  3      objective 3  approve  -

The group outcome's light is its lead's: a member of the group does not
check in on it.

  $ grip --as ann@acme.test checkin 5 --confidence 2
  grip: only the group's lead or an admin checks in on a group outcome
  [1]
  $ grip --as lee@acme.test checkin 5 --confidence 8 >/dev/null && echo checked in
  checked in
