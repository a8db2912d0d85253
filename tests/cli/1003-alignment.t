Alignment: children contribute to parents above them in the same chain and
in an enclosing cycle, never in a loop. An objective without key results
shows the mean progress of the objectives aligned to it.

  $ grip init --org "Acme" --admin ada@acme.test --name "Ada Admin"
  Created organisation Acme (slug acme) with admin ada@acme.test.
  $ grip person add bo@acme.test --name "Bo Berg"
  Added person 2: Bo Berg <bo@acme.test>, member
  $ grip unit add "Products" --kind business_unit
  Added unit 2: Products (business_unit)
  $ grip unit add "Mobile" --kind team --parent Products --lead bo@acme.test
  Added unit 3: Mobile (team)
  $ grip unit add "Web" --kind team --parent Products
  Added unit 4: Web (team)
  $ grip unit add "Circle" --kind group
  Added unit 5: Circle (group)
  $ grip member add Mobile ada@acme.test
  ada@acme.test joined Mobile as member on 2026-11-23.
  $ grip cycle add 2026 --kind year --from 2026-01-01 --to 2026-12-31
  Added cycle 2026 (year): 2026-01-01 to 2026-12-31, active; mid-point 2026-07-02
  $ grip cycle add 2026-Q4 --kind quarter --from 2026-10-01 --to 2026-12-31
  Added cycle 2026-Q4 (quarter): 2026-10-01 to 2026-12-31, active; mid-point 2026-11-16
  $ grip cycle add 2027-Q1 --kind quarter --from 2027-01-01 --to 2027-03-31
  Added cycle 2027-Q1 (quarter): 2027-01-01 to 2027-03-31, planning; mid-point 2027-02-15
  $ grip objective add "Be the easiest tool to start with" --cycle 2026 --layer strategic --unit Acme
  Added objective 1: Be the easiest tool to start with
  $ grip objective add "Win the mid-market" --cycle 2026-Q4 --layer strategic --unit Products --aligns-to 1
  Added objective 2: Win the mid-market
  info  okr.count.objectives  unit 2: "Products" has 1 strategic objective in "2026-Q4"; a business unit's range is 3 to 5
        With fewer objectives than that, check that nothing that matters this cycle is left out.
  $ grip objective add "Onboarding in minutes" --cycle 2026-Q4 --layer team --unit Mobile --aligns-to 2
  Added objective 3: Onboarding in minutes
  info  okr.count.objectives  unit 3: "Mobile" has 1 team objective in "2026-Q4"; a team's range is 3 to 4
        With fewer objectives than that, check that nothing that matters this cycle is left out.
  $ grip objective add "A faster web app" --cycle 2026-Q4 --layer team --unit Web --aligns-to 2
  Added objective 4: A faster web app
  info  okr.count.objectives  unit 4: "Web" has 1 team objective in "2026-Q4"; a team's range is 3 to 4
        With fewer objectives than that, check that nothing that matters this cycle is left out.
  $ grip objective add "Learn product analytics" --cycle 2026-Q4 --layer individual --owner ada@acme.test --unit Mobile --aligns-to 3 --development
  Added objective 5: Learn product analytics
  info  okr.count.objectives  person 1: Ada Admin has 1 individual objective in "2026-Q4"; a person's range is 2 to 3
        With fewer objectives than that, check that nothing that matters this cycle is left out.
  $ grip kr add 3 "Activation" --baseline 50 --target 100 --unit %
  Added key result 1: Activation
    metric: 50% -> 50% -> 100%, progress 0%, weight 1
  $ grip kr add 4 "Page load" --baseline 4 --target 1 --unit s
  Added key result 2: Page load
    metric: 4 s -> 4 s -> 1 s, progress 0%, weight 1
  $ grip kr update 1 80
  Updated key result 1: Activation
    metric: 50% -> 80% -> 100%, progress 60%, weight 1
  $ grip kr update 2 3.25
  Updated key result 2: Page load
    metric: 4 s -> 3.25 s -> 1 s, progress 25%, weight 1

Roll-up: objective 2 is the mean of 3 (60%) and 4 (25%); 1 follows 2.

  $ grip objective show 2
  Objective 2: Win the mid-market
    strategic, draft, cycle 2026-Q4, unit Products
    progress 42% rolled up (expected 0%), confidence - (none)
    aligns to 1
  $ grip objective show 1 --json
  {"id":1,"title":"Be the easiest tool to start with","layer":"strategic","status":"draft","why":null,"cycle_id":1,"cycle":"2026","unit_id":1,"unit":"Acme","owner_id":null,"owner":null,"development":false,"visibility":"org","cadence":"weekly","version":1,"aligns_to":[],"created_at":"2026-11-23T00:00:00Z","updated_at":"2026-11-23T00:00:00Z","progress":0.425,"rolled_up":true,"confidence":null,"light":null,"last_checkin":null,"as_of":"2026-11-23","stale":false,"expected":0,"at_risk":false,"behind_pace":false,"key_results":[]}

The rules.

  $ grip objective align 2 2
  grip: aligns_to: an objective cannot align to itself
  [1]
  $ grip objective align 1 3
  grip: aligns_to: strategic objectives cannot align to team objectives
  [1]
  $ grip objective align 3 5
  grip: aligns_to: team objectives cannot align to individual objectives
  [1]
  $ grip objective add "Next year" --cycle 2027-Q1 --layer team --unit Web --aligns-to 2
  grip: aligns_to: objective 2 is in cycle 2026-Q4, which does not enclose 2027-Q1
  [1]
  $ grip objective add "Group outcome" --cycle 2026-Q4 --layer group --unit Circle --aligns-to 1
  grip: aligns_to: group objectives cannot align to strategic objectives
  [1]
  $ grip objective align 3 4
  grip: aligns_to: team objectives cannot align to team objectives
  [1]
  $ grip objective align 3 2
  grip: aligns_to: objective 3 already aligns to 2
  [1]
  $ grip objective align 3 999
  grip: aligns_to: no objective 999 to align to
  [1]
  $ grip objective unalign 3 1
  grip: aligns_to: objective 3 does not align to 1
  [1]

Dropping a child takes it out of the roll-up.

  $ grip objective status 4 dropped --reason "merged into Mobile's work"
  Updated objective 4: A faster web app (dropped)
  $ grip objective show 2
  Objective 2: Win the mid-market
    strategic, draft, cycle 2026-Q4, unit Products
    progress 60% rolled up (expected 0%), confidence - (none)
    aligns to 1
  $ grip objective unalign 3 2
  Updated objective 3: Onboarding in minutes (draft)
  $ grip objective show 2 --json
  {"id":2,"title":"Win the mid-market","layer":"strategic","status":"draft","why":null,"cycle_id":2,"cycle":"2026-Q4","unit_id":2,"unit":"Products","owner_id":null,"owner":null,"development":false,"visibility":"org","cadence":"weekly","version":1,"aligns_to":[1],"created_at":"2026-11-23T00:00:00Z","updated_at":"2026-11-23T00:00:00Z","progress":0,"rolled_up":false,"confidence":null,"light":null,"last_checkin":null,"as_of":"2026-11-23","stale":false,"expected":0,"at_risk":false,"behind_pace":false,"key_results":[]}
