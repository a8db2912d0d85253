One group outcome per group, locked once its programme runs. The programme
here starts on Monday 2026-11-30; the clock stands at 2026-11-23 unless a
command moves it with GRIP_NOW.

  $ grip init --org "Circle" --admin ada@circle.test --name "Ada Admin"
  Created organisation Circle (slug circle) with admin ada@circle.test.
  $ grip person add ina@circle.test --name "Ina Lead"
  Added person 2: Ina Lead <ina@circle.test>, member
  $ grip unit add "New leads circle" --kind group --lead ina@circle.test
  Added unit 2: New leads circle (group)
  $ grip cycle add "Winter run" --kind programme --unit "New leads circle" --from 2026-11-30 --weeks 12
  Added cycle Winter run (programme): 2026-11-30 to 2027-02-21, planning; mid-point 2027-01-11
  $ grip objective add "Every member leads their people with confidence" --cycle "Winter run" --layer group --unit "New leads circle"
  Added objective 1: Every member leads their people with confidence

One group outcome, in planning: nothing to say. Changing it before the
programme starts is fine.

  $ grip coach
  No hints.
  $ grip objective edit 1 --title "Every member leads their people with confidence and care" --reason "Ina's wording"
  Updated objective 1: Every member leads their people with confidence and care (draft)
  $ grip coach
  No hints.

A second group outcome splits the group's attention (warn); a dropped one
no longer counts.

  $ grip objective add "Every member sleeps well" --cycle "Winter run" --layer group --unit "New leads circle"
  Added objective 2: Every member sleeps well
  grip: warning: group.outcome.count: New leads circle now has 2 group outcomes in Winter run: two split the group's attention, three paralyse it
  $ grip coach
  warn  group.outcome.count  unit 2: "New leads circle" has 2 group outcomes in "Winter run": objectives 1 and 2
        Keep one group outcome and fold the others into it, or drop them: two split the group's attention; three is paralysis.
  $ grip objective add "Every member writes a blog" --cycle "Winter run" --layer group --unit "New leads circle"
  Added objective 3: Every member writes a blog
  grip: warning: group.outcome.count: New leads circle now has 3 group outcomes in Winter run: two split the group's attention, three paralyse it
  $ grip coach --json
  {"hints":[{"code":"group.outcome.count","severity":"warn","entity":"unit","entity_id":2,"unit_id":2,"message":"\"New leads circle\" has 3 group outcomes in \"Winter run\": objectives 1, 2 and 3","suggestion":"Keep one group outcome and fold the others into it, or drop them: two split the group's attention; three is paralysis.","words":null}]}
  $ grip objective status 3 dropped --reason "One is enough"
  Updated objective 3: Every member writes a blog (dropped)
  $ grip objective status 2 dropped --reason "One is enough"
  Updated objective 2: Every member sleeps well (dropped)
  $ grip coach
  No hints.

Once the programme runs (week 1 from 2026-11-30), the outcome is locked:
an admin changes its title or why only with a reason, and the coach shows
the change with the reason kept in its history. A change of
visibility alone is not a change of the outcome.

  $ GRIP_NOW=2026-12-01 grip objective edit 1 --visibility private
  Updated objective 1: Every member leads their people with confidence and care (draft)
  $ GRIP_NOW=2026-12-01 grip coach
  info  lead.no_commitment  person 2: Ina Lead, lead of "New leads circle", has no commitment for 2026-W49
        Write one too: a lead who keeps a weekly commitment of their own shows the group how it is done.
  $ GRIP_NOW=2026-12-02 grip objective edit 1 --why "New leads learn fastest together" --reason "The group asked for a why"
  Updated objective 1: Every member leads their people with confidence and care (draft)
  $ GRIP_NOW=2026-12-02 grip coach
  info  group.outcome.locked  objective 1: group outcome 1 "Every member leads their people with confidence and care" was changed on 2026-12-02 while its programme was running; reason given: "The group asked for a why"
        A group outcome is locked once its programme runs: only an admin changes it, with a reason. Tell the group what changed and why.
  info  lead.no_commitment  person 2: Ina Lead, lead of "New leads circle", has no commitment for 2026-W49
        Write one too: a lead who keeps a weekly commitment of their own shows the group how it is done.
  $ GRIP_NOW=2026-12-03 grip objective edit 1 --title "Every member leads with confidence and care"
  grip: reason: is required to change a group outcome while Winter run runs
  [1]
  $ GRIP_NOW=2026-12-03 grip objective edit 1 --title "Every member leads with confidence and care" --reason "Shorter"
  Updated objective 1: Every member leads with confidence and care (draft)
  $ GRIP_NOW=2026-12-03 grip coach
  info  group.outcome.locked  objective 1: group outcome 1 "Every member leads with confidence and care" was changed 2 times, last on 2026-12-03 while its programme was running; reason given: "Shorter"
        A group outcome is locked once its programme runs: only an admin changes it, with a reason. Tell the group what changed and why.
  info  lead.no_commitment  person 2: Ina Lead, lead of "New leads circle", has no commitment for 2026-W49
        Write one too: a lead who keeps a weekly commitment of their own shows the group how it is done.

A programme opened early runs from the day it was opened: here on
2026-11-24, a week and a half before its first day.

  $ grip --db early.db init --org "Early" --admin ada@early.test --name "Ada Admin"
  Created organisation Early (slug early) with admin ada@early.test.
  $ grip --db early.db unit add "Circle" --kind group
  Added unit 2: Circle (group)
  $ grip --db early.db cycle add "Run" --kind programme --unit Circle --from 2026-12-07 --weeks 6
  Added cycle Run (programme): 2026-12-07 to 2027-01-17, planning; mid-point 2026-12-28
  $ grip --db early.db objective add "We finish the run together" --cycle Run --layer group --unit Circle
  Added objective 1: We finish the run together
  $ grip --db early.db objective edit 1 --title "We all finish the run together"
  Updated objective 1: We all finish the run together (draft)
  $ grip --db early.db coach
  No hints.
  $ GRIP_NOW=2026-11-24 grip --db early.db cycle open Run
  Opened cycle Run (programme): 2026-12-07 to 2027-01-17, active; mid-point 2026-12-28
  $ GRIP_NOW=2026-11-25 grip --db early.db objective edit 1 --title "All of us finish the run"
  grip: reason: is required to change a group outcome while Run runs
  [1]
  $ GRIP_NOW=2026-11-25 grip --db early.db objective edit 1 --title "All of us finish the run" --reason "The group's words"
  Updated objective 1: All of us finish the run (draft)
  $ GRIP_NOW=2026-11-25 grip --db early.db coach
  info  group.outcome.locked  objective 1: group outcome 1 "All of us finish the run" was changed on 2026-11-25 while its programme was running; reason given: "The group's words"
        A group outcome is locked once its programme runs: only an admin changes it, with a reason. Tell the group what changed and why.
