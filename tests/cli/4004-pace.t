Pace starts at the later of the cycle's start and the objective's approval
(or its creation, while it is not approved): an objective written late in
the cycle is not at risk the moment it exists.

  $ grip init --org "Acme" --admin ada@acme.test --name "Ada Admin"
  Created organisation Acme (slug acme) with admin ada@acme.test.
  $ grip unit add "Mobile" --kind team
  Added unit 2: Mobile (team)
  $ grip cycle add 2026-Q4 --kind quarter --from 2026-10-01 --to 2026-12-31
  Added cycle 2026-Q4 (quarter): 2026-10-01 to 2026-12-31, active; mid-point 2026-11-16
  $ grip objective add "Fresh" --cycle 2026-Q4 --layer team --unit Mobile --status active
  Added objective 1: Fresh
  warn  objective.unaligned  objective 1: team objective 1 "Fresh" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  $ grip kr add 1 "Activation rate" --baseline 65 --target 90 --unit %
  Added key result 1: Activation rate
    metric: 65% -> 65% -> 90%, progress 0%, weight 1
  $ grip objective show 1
  Objective 1: Fresh
    team, active, cycle 2026-Q4, unit Mobile
    progress 0% (expected 0%), confidence - (none)
  
  KR  TITLE            KIND    BASELINE  CURRENT  TARGET  PROGRESS  WEIGHT
  1   Activation rate  metric  65%       65%      90%     0%        1
  $ grip objective list
  ID  TITLE  LAYER  OWNER   STATUS  PROGRESS  CONF  FLAGS
  1   Fresh  team   Mobile  active  0%        -

Four weeks on with nothing done, it is behind the pace that began on its
first day (28 of 38 days gone).

  $ GRIP_NOW=2026-12-21 grip objective show 1
  Objective 1: Fresh
    team, active, cycle 2026-Q4, unit Mobile
    progress 0% (expected 74%), confidence - (none) — behind pace, stale
  
  KR  TITLE            KIND    BASELINE  CURRENT  TARGET  PROGRESS  WEIGHT
  1   Activation rate  metric  65%       65%      90%     0%        1

A draft written on the cycle's first day and approved on 1 November paces
from its approval: 22 of 60 days on 23 November.

  $ GRIP_NOW=2026-10-01 grip objective add "Agreed late" --cycle 2026-Q4 --layer team --unit Mobile
  Added objective 2: Agreed late
  warn  objective.unaligned  objective 2: team objective 2 "Agreed late" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  $ grip kr add 2 "Churn" --baseline 10 --target 5 --unit %
  Added key result 2: Churn
    metric: 10% -> 10% -> 5%, progress 0%, weight 1
  $ GRIP_NOW=2026-11-01 grip objective status 2 approved
  Updated objective 2: Agreed late (approved)
  $ grip objective show 2
  Objective 2: Agreed late
    team, approved, cycle 2026-Q4, unit Mobile
    progress 0% (expected 37%), confidence - (none) — behind pace, stale
  
  KR  TITLE  KIND    BASELINE  CURRENT  TARGET  PROGRESS  WEIGHT
  2   Churn  metric  10%       10%      5%      0%        1
  $ grip objective show 2 --as-of 2026-10-15
  Objective 2: Agreed late
    team, approved, cycle 2026-Q4, unit Mobile
    progress 0% (expected 15%), confidence - (none) — stale
