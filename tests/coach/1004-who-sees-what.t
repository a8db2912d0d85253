Who sees which hint, and --unit. An admin sees every hint; a lead the
hints of the units and people they lead; a member those on their own
things (and on their team's objectives, which they may change); a viewer
what they may see, which leaves out private units, commitments not
shared, and those shared with a group they are not in (Bo's). The circle
is private; its programme is in week 2.

  $ grip init --org "Acme" --admin ada@acme.test --name "Ada Admin"
  Created organisation Acme (slug acme) with admin ada@acme.test.
  $ grip person add ina@acme.test --name "Ina Lead"
  Added person 2: Ina Lead <ina@acme.test>, member
  $ grip person add tom@acme.test --name "Tom Lead"
  Added person 3: Tom Lead <tom@acme.test>, member
  $ grip person add bo@acme.test --name "Bo Berg"
  Added person 4: Bo Berg <bo@acme.test>, member
  $ grip person add cy@acme.test --name "Cy Chen"
  Added person 5: Cy Chen <cy@acme.test>, member
  $ grip person add di@acme.test --name "Di Outsider"
  Added person 6: Di Outsider <di@acme.test>, member
  $ grip person add vi@acme.test --name "Vi Viewer" --role viewer
  Added person 7: Vi Viewer <vi@acme.test>, viewer
  $ grip unit add "Mobile" --kind team --lead tom@acme.test
  Added unit 2: Mobile (team)
  $ grip unit add "Wednesday circle" --kind group --lead ina@acme.test --private
  Added unit 3: Wednesday circle (group, private)
  $ grip member add Mobile bo@acme.test --joined 2026-10-01
  bo@acme.test joined Mobile as member on 2026-10-01.
  $ grip member add "Wednesday circle" bo@acme.test --joined 2026-11-01
  bo@acme.test joined Wednesday circle as member on 2026-11-01.
  $ grip member add "Wednesday circle" cy@acme.test --joined 2026-11-01
  cy@acme.test joined Wednesday circle as member on 2026-11-01.
  $ grip cycle add 2026-Q4 --kind quarter --from 2026-10-01 --to 2026-12-31
  Added cycle 2026-Q4 (quarter): 2026-10-01 to 2026-12-31, active; mid-point 2026-11-16
  $ grip cycle add "Winter run" --kind programme --unit "Wednesday circle" --from 2026-11-16 --weeks 8
  Added cycle Winter run (programme): 2026-11-16 to 2027-01-10, active; mid-point 2026-12-14
  $ grip objective add "Onboarding in minutes" --cycle 2026-Q4 --layer team --unit Mobile
  Added objective 1: Onboarding in minutes
  warn  objective.unaligned  objective 1: team objective 1 "Onboarding in minutes" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  $ grip objective add "Every member leads with confidence" --cycle "Winter run" --layer group --unit "Wednesday circle"
  Added objective 2: Every member leads with confidence
  $ grip objective add "Every member sleeps well" --cycle "Winter run" --layer group --unit "Wednesday circle"
  Added objective 3: Every member sleeps well
  grip: warning: group.outcome.count: Wednesday circle now has 2 group outcomes in Winter run: two split the group's attention, three paralyse it
  $ grip --as ina@acme.test objective add "Cy stays calm under pressure" --cycle "Winter run" --layer member --unit "Wednesday circle" --owner cy@acme.test
  Added objective 4: Cy stays calm under pressure
  warn  member.outcome.author  objective 4: member outcome 4 "Cy stays calm under pressure" of Cy Chen was written by Ina Lead
        Ask Cy Chen to put it in their own words: an outcome a member writes is one they own.
  grip: warning: member.outcome.author: this outcome is written by ina@acme.test, not by cy@acme.test: a member's outcome works best in their own words
  $ grip commit add bo@acme.test "Read the chapter on feedback" --week 2026-W48 --shared
  Added commitment 1 for bo@acme.test, 2026-W48: Read the chapter on feedback (open)
  warn  commitment.unlinked  commitment 1: commitment 1 of Bo Berg for 2026-W48, "Read the chapter on feedback", is linked to no objective: the chain is broken
        Link it to the outcome or objective it serves; if it serves none, ask whether it belongs in this week.
  $ grip commit add cy@acme.test "Ask for help once this week" --week 2026-W48
  Added commitment 2 for cy@acme.test, 2026-W48: Ask for help once this week (open)
  warn  commitment.unlinked  commitment 2: commitment 2 of Cy Chen for 2026-W48, "Ask for help once this week", is linked to no objective: the chain is broken
        Link it to the outcome or objective it serves; if it serves none, ask whether it belongs in this week.

  $ grip coach
  warn  objective.unaligned  objective 1: team objective 1 "Onboarding in minutes" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  info  okr.count.krs  objective 1: team objective 1 "Onboarding in minutes" has no key results
        Three to five key results measure an objective well: add what would show the change from another side (speed, quality, reach).
  warn  commitment.unlinked  commitment 1: commitment 1 of Bo Berg for 2026-W48, "Read the chapter on feedback", is linked to no objective: the chain is broken
        Link it to the outcome or objective it serves; if it serves none, ask whether it belongs in this week.
  warn  commitment.unlinked  commitment 2: commitment 2 of Cy Chen for 2026-W48, "Ask for help once this week", is linked to no objective: the chain is broken
        Link it to the outcome or objective it serves; if it serves none, ask whether it belongs in this week.
  warn  group.outcome.count  unit 3: "Wednesday circle" has 2 group outcomes in "Winter run": objectives 2 and 3
        Keep one group outcome and fold the others into it, or drop them: two split the group's attention; three is paralysis.
  warn  member.outcome.author  objective 4: member outcome 4 "Cy stays calm under pressure" of Cy Chen was written by Ina Lead
        Ask Cy Chen to put it in their own words: an outcome a member writes is one they own.
  info  lead.no_commitment  person 2: Ina Lead, lead of "Wednesday circle", has no commitment for 2026-W48
        Write one too: a lead who keeps a weekly commitment of their own shows the group how it is done.
  info  member.outcome.missing  person 4: Bo Berg has no outcome yet in "Winter run", now in week 2
        A gentle prompt, not a failure: ask what they want to be different by the end, and let them write it in their own words.
  $ grip --as ina@acme.test coach
  warn  commitment.unlinked  commitment 1: commitment 1 of Bo Berg for 2026-W48, "Read the chapter on feedback", is linked to no objective: the chain is broken
        Link it to the outcome or objective it serves; if it serves none, ask whether it belongs in this week.
  warn  commitment.unlinked  commitment 2: commitment 2 of Cy Chen for 2026-W48, "Ask for help once this week", is linked to no objective: the chain is broken
        Link it to the outcome or objective it serves; if it serves none, ask whether it belongs in this week.
  warn  group.outcome.count  unit 3: "Wednesday circle" has 2 group outcomes in "Winter run": objectives 2 and 3
        Keep one group outcome and fold the others into it, or drop them: two split the group's attention; three is paralysis.
  warn  member.outcome.author  objective 4: member outcome 4 "Cy stays calm under pressure" of Cy Chen was written by Ina Lead
        Ask Cy Chen to put it in their own words: an outcome a member writes is one they own.
  info  lead.no_commitment  person 2: Ina Lead, lead of "Wednesday circle", has no commitment for 2026-W48
        Write one too: a lead who keeps a weekly commitment of their own shows the group how it is done.
  info  member.outcome.missing  person 4: Bo Berg has no outcome yet in "Winter run", now in week 2
        A gentle prompt, not a failure: ask what they want to be different by the end, and let them write it in their own words.
  $ grip --as tom@acme.test coach
  warn  commitment.unlinked  commitment 1: commitment 1 of Bo Berg for 2026-W48, "Read the chapter on feedback", is linked to no objective: the chain is broken
        Link it to the outcome or objective it serves; if it serves none, ask whether it belongs in this week.
  warn  objective.unaligned  objective 1: team objective 1 "Onboarding in minutes" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  info  okr.count.krs  objective 1: team objective 1 "Onboarding in minutes" has no key results
        Three to five key results measure an objective well: add what would show the change from another side (speed, quality, reach).
  $ grip --as bo@acme.test coach
  warn  objective.unaligned  objective 1: team objective 1 "Onboarding in minutes" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  info  okr.count.krs  objective 1: team objective 1 "Onboarding in minutes" has no key results
        Three to five key results measure an objective well: add what would show the change from another side (speed, quality, reach).
  warn  commitment.unlinked  commitment 1: commitment 1 of Bo Berg for 2026-W48, "Read the chapter on feedback", is linked to no objective: the chain is broken
        Link it to the outcome or objective it serves; if it serves none, ask whether it belongs in this week.
  info  member.outcome.missing  person 4: Bo Berg has no outcome yet in "Winter run", now in week 2
        A gentle prompt, not a failure: ask what they want to be different by the end, and let them write it in their own words.
  $ grip --as cy@acme.test coach
  warn  commitment.unlinked  commitment 2: commitment 2 of Cy Chen for 2026-W48, "Ask for help once this week", is linked to no objective: the chain is broken
        Link it to the outcome or objective it serves; if it serves none, ask whether it belongs in this week.
  warn  member.outcome.author  objective 4: member outcome 4 "Cy stays calm under pressure" of Cy Chen was written by Ina Lead
        Ask Cy Chen to put it in their own words: an outcome a member writes is one they own.
  $ grip --as vi@acme.test coach
  warn  objective.unaligned  objective 1: team objective 1 "Onboarding in minutes" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  info  okr.count.krs  objective 1: team objective 1 "Onboarding in minutes" has no key results
        Three to five key results measure an objective well: add what would show the change from another side (speed, quality, reach).
  $ grip --as di@acme.test coach
  No hints.

--unit keeps to one unit and the units below it; a unit the actor may not
see is not found.

  $ grip coach --unit Mobile
  warn  commitment.unlinked  commitment 1: commitment 1 of Bo Berg for 2026-W48, "Read the chapter on feedback", is linked to no objective: the chain is broken
        Link it to the outcome or objective it serves; if it serves none, ask whether it belongs in this week.
  warn  objective.unaligned  objective 1: team objective 1 "Onboarding in minutes" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  info  okr.count.krs  objective 1: team objective 1 "Onboarding in minutes" has no key results
        Three to five key results measure an objective well: add what would show the change from another side (speed, quality, reach).
  $ grip coach --unit "Wednesday circle" --json
  {"hints":[{"code":"commitment.unlinked","severity":"warn","entity":"commitment","entity_id":1,"unit_id":3,"message":"commitment 1 of Bo Berg for 2026-W48, \"Read the chapter on feedback\", is linked to no objective: the chain is broken","suggestion":"Link it to the outcome or objective it serves; if it serves none, ask whether it belongs in this week.","words":null},{"code":"commitment.unlinked","severity":"warn","entity":"commitment","entity_id":2,"unit_id":3,"message":"commitment 2 of Cy Chen for 2026-W48, \"Ask for help once this week\", is linked to no objective: the chain is broken","suggestion":"Link it to the outcome or objective it serves; if it serves none, ask whether it belongs in this week.","words":null},{"code":"group.outcome.count","severity":"warn","entity":"unit","entity_id":3,"unit_id":3,"message":"\"Wednesday circle\" has 2 group outcomes in \"Winter run\": objectives 2 and 3","suggestion":"Keep one group outcome and fold the others into it, or drop them: two split the group's attention; three is paralysis.","words":null},{"code":"member.outcome.author","severity":"warn","entity":"objective","entity_id":4,"unit_id":3,"message":"member outcome 4 \"Cy stays calm under pressure\" of Cy Chen was written by Ina Lead","suggestion":"Ask Cy Chen to put it in their own words: an outcome a member writes is one they own.","words":null},{"code":"lead.no_commitment","severity":"info","entity":"person","entity_id":2,"unit_id":3,"message":"Ina Lead, lead of \"Wednesday circle\", has no commitment for 2026-W48","suggestion":"Write one too: a lead who keeps a weekly commitment of their own shows the group how it is done.","words":null},{"code":"member.outcome.missing","severity":"info","entity":"person","entity_id":4,"unit_id":3,"message":"Bo Berg has no outcome yet in \"Winter run\", now in week 2","suggestion":"A gentle prompt, not a failure: ask what they want to be different by the end, and let them write it in their own words.","words":null}]}
  $ grip coach --unit Acme | grep -c '^[a-z]'
  8
  $ grip --as tom@acme.test coach --unit "Wednesday circle"
  grip: unit: no unit named Wednesday circle
  [1]
  $ grip coach --unit Nowhere
  grip: unit: no unit named Nowhere
  [1]
  $ grip coach extra
  grip: too many arguments: expected no arguments
  usage: grip coach
  (see grip coach --help)
  [2]
