Stored figures: every write keeps them current, and `grip figures check`
compares them with those computed from the history, in every org. A figure
changed behind grip's back is found (exit 1, one line each on stderr);
a read of today shows what is stored, and the next write that touches its
objective puts it right.

  $ grip init --org "Acme" --admin ada@acme.test --name "Ada Admin"
  Created organisation Acme (slug acme) with admin ada@acme.test.
  $ grip unit add "Mobile" --kind team
  Added unit 2: Mobile (team)
  $ grip cycle add 2026-Q4 --kind quarter --from 2026-10-01 --to 2026-12-31
  Added cycle 2026-Q4 (quarter): 2026-10-01 to 2026-12-31, active; mid-point 2026-11-16
  $ grip objective add "Win the market" --cycle 2026-Q4 --layer strategic --unit Acme --status active
  Added objective 1: Win the market
  $ grip objective add "Onboarding in minutes" --cycle 2026-Q4 --layer team --unit Mobile --aligns-to 1 --status active
  Added objective 2: Onboarding in minutes
  $ grip kr add 2 "Activation" --baseline 20 --target 60 --unit %
  Added key result 1: Activation
    metric: 20% -> 20% -> 60%, progress 0%, weight 1
  $ grip figures check
  stored figures agree with the history
  $ grip checkin 2 --confidence 7 --kr 1=40
  Checked in on objective 2: confidence 7 (green), progress 50%
  $ grip objective show 1 --json | grep -o '"progress":[^,]*'
  "progress":0.5
  $ grip figures check
  stored figures agree with the history
  $ sql grip.db "UPDATE objectives SET progress = 0.9 WHERE id = 1; UPDATE key_results SET cur_value = 50 WHERE id = 1"
  $ grip figures check
  key result 1 of objective 2: cur_value stored 50, computed 40
  objective 1: progress stored 0.9, computed 0.5
  grip: 2 stored figures differ from the history
  [1]
  $ grip objective show 1 --json | grep -o '"progress":[^,]*'
  "progress":0.9
  $ grip kr update 1 50
  Updated key result 1: Activation
    metric: 20% -> 50% -> 60%, progress 75%, weight 1
  $ grip figures check
  stored figures agree with the history
