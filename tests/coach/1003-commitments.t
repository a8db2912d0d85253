Weekly commitments: an action the member controls, linked up the chain;
and a group's lead keeps one too. The coach reads this ISO week's
commitments and last week's: today is Monday 2026-11-23, in 2026-W48, so
2026-W47 and 2026-W48.

  $ grip init --org "Acme" --admin ada@acme.test --name "Ada Admin"
  Created organisation Acme (slug acme) with admin ada@acme.test.
  $ grip person add ina@acme.test --name "Ina Lead"
  Added person 2: Ina Lead <ina@acme.test>, member
  $ grip person add bo@acme.test --name "Bo Berg"
  Added person 3: Bo Berg <bo@acme.test>, member
  $ grip person add cy@acme.test --name "Cy Chen"
  Added person 4: Cy Chen <cy@acme.test>, member
  $ grip unit add "Mobile" --kind team --lead bo@acme.test
  Added unit 2: Mobile (team)
  $ grip unit add "Wednesday circle" --kind group --lead ina@acme.test
  Added unit 3: Wednesday circle (group)
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
  $ grip --as cy@acme.test objective add "I stay calm when things go wrong" --cycle "Winter run" --layer member --unit "Wednesday circle" --owner cy@acme.test --why "So that my team can lean on me"
  Added objective 3: I stay calm when things go wrong

Actions in the member's own hands, linked to an objective: nothing to say
about the commitments; the group's lead has none this week.

  $ grip commit add bo@acme.test "Interview three new users" --week 2026-W48 --goal 1
  Added commitment 1 for bo@acme.test, 2026-W48: Interview three new users (open)
  $ grip commit add cy@acme.test "Walk for 30 minutes on Monday, Wednesday and Friday" --week 2026-W47 --goal 3
  Added commitment 2 for cy@acme.test, 2026-W47: Walk for 30 minutes on Monday, Wednesday and Friday (open)
  $ grip coach | grep -A1 -F -e commitment. -e lead.
  info  lead.no_commitment  person 2: Ina Lead, lead of "Wednesday circle", has no commitment for 2026-W48
        Write one too: a lead who keeps a weekly commitment of their own shows the group how it is done.
  $ grip --as ina@acme.test commit add ina@acme.test "Call each member before Thursday" --week 2026-W48 --goal 2
  Added commitment 3 for ina@acme.test, 2026-W48: Call each member before Thursday (open)
  $ grip coach | grep -F -e commitment. -e lead.
  [1]

A commitment that reads as an outcome (a weight, a feeling, a grade) is
not in the member's hands; one linked to nothing breaks the chain (warn).
Older and later weeks are left alone.

  $ grip commit add bo@acme.test "Lose 2 kg" --week 2026-W48 --goal 1
  Added commitment 4 for bo@acme.test, 2026-W48: Lose 2 kg (open)
  info  commitment.outcome  commitment 4: commitment 4 of Bo Berg for 2026-W48, "Lose 2 kg", reads as an outcome rather than an action
        Write what you will do this week, something in your own hands; the outcome is what it serves.
  $ grip commit add cy@acme.test "Feel calmer at work" --week 2026-W47 --goal 3
  Added commitment 5 for cy@acme.test, 2026-W47: Feel calmer at work (open)
  info  commitment.outcome  commitment 5: commitment 5 of Cy Chen for 2026-W47, "Feel calmer at work", reads as an outcome ("Feel calmer") rather than an action
        Write what you will do this week, something in your own hands; the outcome is what it serves.
  $ grip commit add cy@acme.test "Book a session with the physiotherapist" --week 2026-W48
  Added commitment 6 for cy@acme.test, 2026-W48: Book a session with the physiotherapist (open)
  Still open from earlier weeks (close with: grip commit close ID done|partial|missed):
    2  2026-W47  Walk for 30 minutes on Monday, Wednesday and Friday
    5  2026-W47  Feel calmer at work
  warn  commitment.unlinked  commitment 6: commitment 6 of Cy Chen for 2026-W48, "Book a session with the physiotherapist", is linked to no objective: the chain is broken
        Link it to the outcome or objective it serves; if it serves none, ask whether it belongs in this week.
  $ grip commit add bo@acme.test "Plan the sprint" --week 2026-W46
  Added commitment 7 for bo@acme.test, 2026-W46: Plan the sprint (open)
  warn  commitment.unlinked  commitment 7: commitment 7 of Bo Berg for 2026-W46, "Plan the sprint", is linked to no objective: the chain is broken
        Link it to the outcome or objective it serves; if it serves none, ask whether it belongs in this week.
  $ grip commit add bo@acme.test "Feel rested" --week 2026-W49
  Added commitment 8 for bo@acme.test, 2026-W49: Feel rested (open)
  Still open from earlier weeks (close with: grip commit close ID done|partial|missed):
    7  2026-W46  Plan the sprint
    1  2026-W48  Interview three new users
    4  2026-W48  Lose 2 kg
  warn  commitment.unlinked  commitment 8: commitment 8 of Bo Berg for 2026-W49, "Feel rested", is linked to no objective: the chain is broken
        Link it to the outcome or objective it serves; if it serves none, ask whether it belongs in this week.
  info  commitment.outcome  commitment 8: commitment 8 of Bo Berg for 2026-W49, "Feel rested", reads as an outcome rather than an action
        Write what you will do this week, something in your own hands; the outcome is what it serves.
  $ grip coach | grep -A1 -F -e commitment. -e lead.
  info  commitment.outcome  commitment 4: commitment 4 of Bo Berg for 2026-W48, "Lose 2 kg", reads as an outcome rather than an action
        Write what you will do this week, something in your own hands; the outcome is what it serves.
  --
  warn  commitment.unlinked  commitment 6: commitment 6 of Cy Chen for 2026-W48, "Book a session with the physiotherapist", is linked to no objective: the chain is broken
        Link it to the outcome or objective it serves; if it serves none, ask whether it belongs in this week.
  info  commitment.outcome  commitment 5: commitment 5 of Cy Chen for 2026-W47, "Feel calmer at work", reads as an outcome ("Feel calmer") rather than an action
        Write what you will do this week, something in your own hands; the outcome is what it serves.
  $ grip coach --json | grep -o '"code":"commitment[^"]*","severity":"[a-z]*","entity":"commitment","entity_id":[0-9]*,"unit_id":[0-9]*'
  "code":"commitment.outcome","severity":"info","entity":"commitment","entity_id":4,"unit_id":2
  "code":"commitment.unlinked","severity":"warn","entity":"commitment","entity_id":6,"unit_id":3
  "code":"commitment.outcome","severity":"info","entity":"commitment","entity_id":5,"unit_id":3

A week on, 2026-W47 has gone out of view, and the lead has not written one
for 2026-W49.

  $ GRIP_NOW=2026-12-01 grip coach | grep -F -e commitment. -e lead.
  warn  commitment.unlinked  commitment 8: commitment 8 of Bo Berg for 2026-W49, "Feel rested", is linked to no objective: the chain is broken
  info  commitment.outcome  commitment 4: commitment 4 of Bo Berg for 2026-W48, "Lose 2 kg", reads as an outcome rather than an action
  info  commitment.outcome  commitment 8: commitment 8 of Bo Berg for 2026-W49, "Feel rested", reads as an outcome rather than an action
  warn  commitment.unlinked  commitment 6: commitment 6 of Cy Chen for 2026-W48, "Book a session with the physiotherapist", is linked to no objective: the chain is broken
  info  lead.no_commitment  person 2: Ina Lead, lead of "Wednesday circle", has no commitment for 2026-W49
