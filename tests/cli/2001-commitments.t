Weekly commitments: written for an ISO week, linked to an objective, closed
with a status and a reflection.

  $ grip init --org "Acme" --admin ada@acme.test --name "Ada Admin"
  Created organisation Acme (slug acme) with admin ada@acme.test.
  $ grip person add bo@acme.test --name "Bo Berg"
  Added person 2: Bo Berg <bo@acme.test>, member
  $ grip unit add "Mobile" --kind team --lead bo@acme.test
  Added unit 2: Mobile (team)
  $ grip cycle add 2026-Q4 --kind quarter --from 2026-10-01 --to 2026-12-31
  Added cycle 2026-Q4 (quarter): 2026-10-01 to 2026-12-31, active; mid-point 2026-11-16
  $ grip objective add "Onboarding in minutes" --cycle 2026-Q4 --layer team --unit Mobile
  Added objective 1: Onboarding in minutes
  warn  objective.unaligned  objective 1: team objective 1 "Onboarding in minutes" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  $ grip commit add bo@acme.test "Interview three new users" --week 2026-W47 --goal 1 --json
  {"id":1,"person_id":2,"email":"bo@acme.test","week":"2026-W47","text":"Interview three new users","objective_id":1,"status":"open","reflection":null,"shared":false,"created_at":"2026-11-23T00:00:00Z","closed_at":null,"to_close":[],"hints":[]}
  $ grip commit add bo@acme.test "Write the tour script" --week 2026-W47 --goal 1
  Added commitment 2 for bo@acme.test, 2026-W47: Write the tour script (open)
  $ grip commit add bo@acme.test "Ship the tour" --week 2026-W48 --goal 1
  Added commitment 3 for bo@acme.test, 2026-W48: Ship the tour (open)
  Still open from earlier weeks (close with: grip commit close ID done|partial|missed):
    1  2026-W47  Interview three new users
    2  2026-W47  Write the tour script
  $ grip commit add bo@acme.test "Plan next sprint" --week 2026-w48
  Added commitment 4 for bo@acme.test, 2026-W48: Plan next sprint (open)
  Still open from earlier weeks (close with: grip commit close ID done|partial|missed):
    1  2026-W47  Interview three new users
    2  2026-W47  Write the tour script
  warn  commitment.unlinked  commitment 4: commitment 4 of Bo Berg for 2026-W48, "Plan next sprint", is linked to no objective: the chain is broken
        Link it to the outcome or objective it serves; if it serves none, ask whether it belongs in this week.
  $ grip commit close 1 done --reflection "Learned that the first screen confuses people"
  Closed commitment 1 for bo@acme.test, 2026-W47: Interview three new users (done)
  $ grip commit close 2 partial
  Closed commitment 2 for bo@acme.test, 2026-W47: Write the tour script (partial)
  $ grip commit close 3 finished
  grip: status: must be one of done, partial, missed
  [1]
  $ grip commit close 99 done
  grip: commitment: no such commitment
  [1]
  $ grip commit list
  ID  WEEK      EMAIL         TEXT                       GOAL  STATUS   REFLECTION
  1   2026-W47  bo@acme.test  Interview three new users  1     done     Learned that the first screen confuses people
  2   2026-W47  bo@acme.test  Write the tour script      1     partial  -
  3   2026-W48  bo@acme.test  Ship the tour              1     open     -
  4   2026-W48  bo@acme.test  Plan next sprint           -     open     -
  $ grip commit list --email bo@acme.test --week 2026-W48 --json
  [{"id":3,"person_id":2,"email":"bo@acme.test","week":"2026-W48","text":"Ship the tour","objective_id":1,"status":"open","reflection":null,"shared":false,"created_at":"2026-11-23T00:00:00Z","closed_at":null},{"id":4,"person_id":2,"email":"bo@acme.test","week":"2026-W48","text":"Plan next sprint","objective_id":null,"status":"open","reflection":null,"shared":false,"created_at":"2026-11-23T00:00:00Z","closed_at":null}]
  $ grip commit add nobody@acme.test "Anything" --week 2026-W48
  grip: email: no person with email nobody@acme.test
  [1]
  $ grip commit add bo@acme.test "" --week 2026-W48
  grip: text: must not be empty
  [1]
  $ grip commit add bo@acme.test "Linked to nothing real" --week 2026-W48 --goal 77
  grip: objective_id: no such objective
  [1]

The report counts weeks closed by today: W47 is closed, W48 is this week.

  $ grip report
  Acme
  
  == 2026-Q4 (quarter, 2026-10-01 to 2026-12-31, active) ==
  
  team objectives
  ID  OBJECTIVE              OWNER   PROGRESS        CONFIDENCE
  1   Onboarding in minutes  Mobile  ░░░░░░░░░░  0%  ○ none      draft
  
  1 objective, 0 at risk, 0 stale, mean progress 0%.
  Weekly commitments kept: 75% of closed weeks (1 done, 1 partial, 0 missed or open).
