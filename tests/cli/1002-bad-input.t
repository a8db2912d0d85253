Every refused input exits 1 with a message naming the field, and leaves the
database exactly as it was (the runner checks the bytes).

  $ grip init --org "Acme" --admin ada@acme.test --name "Ada Admin"
  Created organisation Acme (slug acme) with admin ada@acme.test.
  $ grip unit add "Mobile" --kind team
  Added unit 2: Mobile (team)
  $ grip cycle add 2026-Q4 --kind quarter --from 2026-10-01 --to 2026-12-31
  Added cycle 2026-Q4 (quarter): 2026-10-01 to 2026-12-31, active; mid-point 2026-11-16
  $ grip objective add "Ship it" --cycle 2026-Q4 --layer team --unit Mobile
  Added objective 1: Ship it
  warn  objective.unaligned  objective 1: team objective 1 "Ship it" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  $ grip kr add 1 "Activation" --baseline 65 --target 90
  Added key result 1: Activation
    metric: 65 -> 65 -> 90, progress 0%, weight 1
  $ grip kr add 1 "Done or not" --boolean
  Added key result 2: Done or not
    boolean: 0 -> 0 -> 1, progress 0%, weight 1
  warn  kr.vague  key_result 2: key result 2 "Done or not" of objective 1 says which way to go but not how far
        Make it measurable: a metric from a baseline to a target (from 65% to 90%), so that anyone can tell at the end whether it was reached.
  $ grip kr add 1 "Steps" --milestone One --milestone Two
  Added key result 3: Steps
    milestones: 0 -> 0 -> 2, progress 0%, weight 1
    [ ] One
    [ ] Two
  warn  kr.vague  key_result 3: key result 3 "Steps" of objective 1 says which way to go but not how far
        Make it measurable: a metric from a baseline to a target (from 65% to 90%), so that anyone can tell at the end whether it was reached.

Key results.

  $ grip kr add 1 "Flat" --baseline 5 --target 5
  grip: target: equals the baseline (5): nothing to move
  [1]
  $ grip kr add 1 "No target" --baseline 5
  grip: target: is required for a metric key result (or make it yes/no, or milestones)
  [1]
  $ grip kr add 1 "Word" --baseline five --target 9
  grip: baseline: is not a number: five
  [1]
  $ grip kr add 1 "Heavy" --baseline 1 --target 2 --weight 0
  grip: weight: must be a number above 0
  [1]
  $ grip kr add 1 "Negative" --baseline 1 --target 2 --weight -3
  grip: weight: must be a number above 0 and at most 1000
  [1]
  $ grip kr add 1 "Both" --boolean --milestone A
  grip: kind: a key result is either --boolean or has --milestone steps
  [1]
  $ grip kr add 99 "Orphan" --baseline 1 --target 2
  grip: objective: no such objective
  [1]
  $ grip kr add abc "Orphan" --baseline 1 --target 2
  grip: objective: is not an id (a whole number above 0): abc
  [1]
  $ grip kr update 1 abc
  grip: value: is not a number: abc
  [1]
  $ grip kr update 1 12,5
  grip: value: is not a number: 12,5
  [1]
  $ grip kr update 1 nan
  grip: value: is not a number: nan
  [1]
  $ grip kr update 1 1e999
  grip: value: is not a number: 1e999
  [1]
  $ grip kr update 1 " 80"
  grip: value: is not a number:  80
  [1]
  $ grip kr update 2 2
  grip: value: key result 2 is yes-or-no: give 1 or 0 (true/false), not 2
  [1]
  $ grip kr update 3 3
  grip: value: key result 3 counts milestones done: a whole number from 0 to 2
  [1]
  $ grip kr update 3 1.5
  grip: value: key result 3 counts milestones done: a whole number from 0 to 2
  [1]
  $ grip kr update 1 80 --at 2026-11-24
  grip: at: is in the future
  [1]
  $ grip kr update 1 80 --at yesterday
  grip: at: is not a valid date or date-time (YYYY-MM-DD[THH:MM[:SS]]): yesterday
  [1]
  $ grip kr update 42 80
  grip: key_result: no such key result
  [1]
  $ grip kr show 1 --as-of 2026-12-24
  grip: as_of: is in the future
  [1]

Check-ins.

  $ grip checkin 1 --confidence 11
  grip: confidence: must be a whole number from 0 to 10
  [1]
  $ grip checkin 1 --confidence -1
  grip: confidence: must be a whole number from 0 to 10
  [1]
  $ grip checkin 1 --confidence 6.5
  grip: confidence: must be a whole number from 0 to 10
  [1]
  $ grip checkin 1 --confidence high
  grip: confidence: must be a whole number from 0 to 10
  [1]
  $ grip checkin 1
  grip: confidence: is required: a whole number from 0 to 10
  [1]
  $ grip checkin 1 --confidence 5 --kr 99=3
  grip: key_result: no such key result
  [1]
  $ grip checkin 1 --confidence 5 --kr 1
  grip: kr: expects KR_ID=VALUE, not 1
  [1]
  $ grip checkin 1 --confidence 5 --kr 1=80 --kr 1=81
  grip: key_result_id: key result 1 is given twice
  [1]
  $ grip checkin 1 --confidence 5 --kr-note 1=lonely
  grip: kr-note: key result 1 has a note but no --kr value
  [1]
  $ grip checkin 7 --confidence 5
  grip: objective: no such objective
  [1]

Unknown things.

  $ grip objective show 99
  grip: objective: no such objective
  [1]
  $ grip objective add "T" --cycle 2026-Q4 --layer team --unit Nope
  grip: unit: no unit named Nope
  [1]
  $ grip objective add "T" --cycle 2027-Q9 --layer team --unit Mobile
  grip: cycle: no cycle named 2027-Q9
  [1]
  $ grip objective add "T" --cycle 2026-Q4 --layer galaxy --unit Mobile
  grip: layer: must be one of strategic, team, individual, group, member
  [1]
  $ grip objective add "T" --cycle 2026-Q4 --layer individual
  grip: owner: an individual objective needs its owner (a person)
  [1]
  $ grip objective add "T" --cycle 2026-Q4 --layer strategic --unit Mobile
  grip: unit: a strategic objective belongs to the company or a business unit
  [1]
  $ grip objective add "T" --cycle 2026-Q4 --layer team --unit Mobile --development
  grip: development: only a person's objective is a development objective
  [1]
  $ grip objective add "$(printf 'Bad \303')" --cycle 2026-Q4 --layer team --unit Mobile
  grip: title: is not valid UTF-8 text
  [1]
  $ grip objective add "   " --cycle 2026-Q4 --layer team --unit Mobile
  grip: title: must not be empty
  [1]

Weeks and dates.

  $ grip commit add ada@acme.test "Call three customers" --week 2026-W54
  grip: week: is not a valid ISO week (YYYY-Www): 2026-W54
  [1]
  $ grip commit add ada@acme.test "Call three customers" --week 2025-W53
  grip: week: is not a valid ISO week (YYYY-Www): 2025-W53
  [1]
  $ grip commit add ada@acme.test "Call three customers" --week 2026-W5
  grip: week: is not a valid ISO week (YYYY-Www): 2026-W5
  [1]
  $ grip commit add ada@acme.test "Call three customers" --week 2026W48
  grip: week: is not a valid ISO week (YYYY-Www): 2026W48
  [1]
  $ grip commit add ada@acme.test "Call three customers"
  Added commitment 1 for ada@acme.test, 2026-W48: Call three customers (open)
  warn  commitment.unlinked  commitment 1: commitment 1 of Ada Admin for 2026-W48, "Call three customers", is linked to no objective: the chain is broken
        Link it to the outcome or objective it serves; if it serves none, ask whether it belongs in this week.

Nothing above was stored: the objective is as it was. (2026 has 53 ISO
weeks, so its W53 is fine.)

  $ grip commit add ada@acme.test "Call three customers" --week 2026-W53 --goal 1
  Added commitment 2 for ada@acme.test, 2026-W53: Call three customers (open)
  Still open from earlier weeks (close with: grip commit close ID done|partial|missed):
    1  2026-W48  Call three customers

  $ grip objective show 1
  Objective 1: Ship it
    team, draft, cycle 2026-Q4, unit Mobile
    progress 0% (expected 0%), confidence - (none)
  
  KR  TITLE        KIND        BASELINE  CURRENT  TARGET  PROGRESS  WEIGHT
  1   Activation   metric      65        65       90      0%        1
  2   Done or not  boolean     0         0        1       0%        1
  3   Steps        milestones  0         0        2       0%        1
  $ grip commit list
  ID  WEEK      EMAIL          TEXT                  GOAL  STATUS  REFLECTION
  1   2026-W48  ada@acme.test  Call three customers  -     open    -
  2   2026-W53  ada@acme.test  Call three customers  1     open    -
