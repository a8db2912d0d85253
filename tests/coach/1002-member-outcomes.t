Member outcomes: in the member's own words, an outcome rather than a habit,
left to settle until the half-way review, and one for every member after
week 1. The programme runs 12 weeks from Monday 2026-11-23 (today): week 2
starts 2026-11-30, week 3 2026-12-07, and the half-way review is week 7,
from 2027-01-04. The lead keeps a commitment each week, linked to the
group outcome, so that only the member outcomes speak.

  $ grip init --org "Circle" --admin ada@circle.test --name "Ada Admin"
  Created organisation Circle (slug circle) with admin ada@circle.test.
  $ grip person add ina@circle.test --name "Ina Lead"
  Added person 2: Ina Lead <ina@circle.test>, member
  $ grip person add bo@circle.test --name "Bo Berg"
  Added person 3: Bo Berg <bo@circle.test>, member
  $ grip person add cy@circle.test --name "Cy Chen"
  Added person 4: Cy Chen <cy@circle.test>, member
  $ grip person add di@circle.test --name "Di Dunn"
  Added person 5: Di Dunn <di@circle.test>, member
  $ grip person add eve@circle.test --name "Eve Ek"
  Added person 6: Eve Ek <eve@circle.test>, member
  $ grip person add fay@circle.test --name "Fay Fox"
  Added person 7: Fay Fox <fay@circle.test>, member
  $ grip unit add "Wednesday circle" --kind group --lead ina@circle.test
  Added unit 2: Wednesday circle (group)
  $ for who in bo cy di eve fay; do grip member add "Wednesday circle" $who@circle.test --joined 2026-11-20 >/dev/null; done
  $ grip cycle add "Winter run" --kind programme --unit "Wednesday circle" --from 2026-11-23 --weeks 12
  Added cycle Winter run (programme): 2026-11-23 to 2027-02-14, active; mid-point 2027-01-04
  $ grip objective add "Every member leads with confidence" --cycle "Winter run" --layer group --unit "Wednesday circle"
  Added objective 1: Every member leads with confidence
  $ for week in 48 49 50 51 52 53; do grip --as ina@circle.test commit add ina@circle.test "Prepare the session" --week 2026-W$week --goal 1 >/dev/null; done
  $ grip --as ina@circle.test commit add ina@circle.test "Prepare the session" --week 2027-W01 --goal 1 >/dev/null

Bo and Di write their own; the lead writes Cy's for her (warn). Di's reads
as a habit: it names a schedule, not what will be different.

  $ grip --as bo@circle.test objective add "I give feedback within a week of noticing" --cycle "Winter run" --layer member --unit "Wednesday circle" --owner bo@circle.test
  Added objective 2: I give feedback within a week of noticing
  $ grip --as ina@circle.test objective add "Cy says no to work that does not serve the team" --cycle "Winter run" --layer member --unit "Wednesday circle" --owner cy@circle.test
  Added objective 3: Cy says no to work that does not serve the team
  warn  member.outcome.author  objective 3: member outcome 3 "Cy says no to work that does not serve the team" of Cy Chen was written by Ina Lead
        Ask Cy Chen to put it in their own words: an outcome a member writes is one they own.
  grip: warning: member.outcome.author: this outcome is written by ina@circle.test, not by cy@circle.test: a member's outcome works best in their own words
  $ grip --as di@circle.test objective add "Meditate every morning before work" --cycle "Winter run" --layer member --unit "Wednesday circle" --owner di@circle.test
  Added objective 4: Meditate every morning before work
  info  member.outcome.habit  objective 4: member outcome 4 "Meditate every morning before work" reads as a habit ("every morning") rather than an outcome
        Name what will be different by the end of the programme; keep the habit for the weekly commitments that get there.
  $ grip coach
  warn  member.outcome.author  objective 3: member outcome 3 "Cy says no to work that does not serve the team" of Cy Chen was written by Ina Lead
        Ask Cy Chen to put it in their own words: an outcome a member writes is one they own.
  info  member.outcome.habit  objective 4: member outcome 4 "Meditate every morning before work" reads as a habit ("every morning") rather than an outcome
        Name what will be different by the end of the programme; keep the habit for the weekly commitments that get there.

A habit in the why is found too.

  $ grip --as eve@circle.test objective add "I stay calm when a launch goes wrong" --cycle "Winter run" --layer member --unit "Wednesday circle" --owner eve@circle.test --why "By going for a run three times a week"
  Added objective 5: I stay calm when a launch goes wrong
  info  member.outcome.habit  objective 5: member outcome 5 "I stay calm when a launch goes wrong" reads as a habit ("three times a week") rather than an outcome
        Name what will be different by the end of the programme; keep the habit for the weekly commitments that get there.
  $ grip coach | grep -A1 habit
  info  member.outcome.habit  objective 4: member outcome 4 "Meditate every morning before work" reads as a habit ("every morning") rather than an outcome
        Name what will be different by the end of the programme; keep the habit for the weekly commitments that get there.
  info  member.outcome.habit  objective 5: member outcome 5 "I stay calm when a launch goes wrong" reads as a habit ("three times a week") rather than an outcome
        Name what will be different by the end of the programme; keep the habit for the weekly commitments that get there.

In week 1 a member may still rewrite an outcome freely.

  $ GRIP_NOW=2026-11-25 grip --as bo@circle.test objective edit 2 --title "I give hard feedback within a week of noticing"
  Updated objective 2: I give hard feedback within a week of noticing (draft)
  $ GRIP_NOW=2026-11-25 grip coach | grep early_change
  [1]

After week 1, a member with no outcome gets a gentle prompt; in week 1
nobody is asked. Fay has none; Cy's, written for her, is dropped and so no
longer counts. A member who has left is not asked.

  $ GRIP_NOW=2026-11-29 grip coach | grep missing
  [1]
  $ GRIP_NOW=2026-11-30 grip coach | grep -A1 missing
  info  member.outcome.missing  person 7: Fay Fox has no outcome yet in "Winter run", now in week 2
        A gentle prompt, not a failure: ask what they want to be different by the end, and let them write it in their own words.
  $ GRIP_NOW=2026-11-30 grip objective status 3 dropped --reason "Cy will write her own"
  Updated objective 3: Cy says no to work that does not serve the team (dropped)
  $ GRIP_NOW=2026-11-30 grip coach | grep missing
  info  member.outcome.missing  person 4: Cy Chen has no outcome yet in "Winter run", now in week 2
  info  member.outcome.missing  person 7: Fay Fox has no outcome yet in "Winter run", now in week 2
  $ GRIP_NOW=2026-11-30 grip member leave "Wednesday circle" fay@circle.test --on 2026-11-30 --reason "Moved to another team"
  fay@circle.test left Wednesday circle on 2026-11-30.
  $ GRIP_NOW=2026-11-30 grip coach
  info  member.outcome.habit  objective 4: member outcome 4 "Meditate every morning before work" reads as a habit ("every morning") rather than an outcome
        Name what will be different by the end of the programme; keep the habit for the weekly commitments that get there.
  info  member.outcome.habit  objective 5: member outcome 5 "I stay calm when a launch goes wrong" reads as a habit ("three times a week") rather than an outcome
        Name what will be different by the end of the programme; keep the habit for the weekly commitments that get there.
  info  member.outcome.missing  person 4: Cy Chen has no outcome yet in "Winter run", now in week 2
        A gentle prompt, not a failure: ask what they want to be different by the end, and let them write it in their own words.
  $ GRIP_NOW=2026-11-30 grip --as cy@circle.test objective add "I say no to work that does not serve the team, and say why" --cycle "Winter run" --layer member --unit "Wednesday circle" --owner cy@circle.test
  Added objective 6: I say no to work that does not serve the team, and say why
  $ GRIP_NOW=2026-11-30 grip coach | grep missing
  [1]

From week 2 until the half-way review a rewrite is shown with its reason.
A change of visibility is not a rewrite, and at the review (week 7)
rewriting is the point. Nobody has checked in on these outcomes yet, so
the coach says so too.

  $ GRIP_NOW=2026-12-09 grip --as bo@circle.test objective edit 2 --title "I give hard feedback within a week, kindly" --reason "Kindly matters as much as fast"
  Updated objective 2: I give hard feedback within a week, kindly (draft)
  $ GRIP_NOW=2026-12-09 grip --as cy@circle.test objective edit 6 --visibility org
  Updated objective 6: I say no to work that does not serve the team, and say why (draft)
  $ GRIP_NOW=2027-01-05 grip --as di@circle.test objective edit 4 --title "I start the day calm and stay calm under pressure" --reason "Half-way review"
  Updated objective 4: I start the day calm and stay calm under pressure (draft)
  $ GRIP_NOW=2027-01-05 grip coach
  info  member.outcome.early_change  objective 2: member outcome 2 "I give hard feedback within a week, kindly" was rewritten in week 3 (2026-12-09), before the half-way review in week 7; reason given: "Kindly matters as much as fast"
        Let an outcome settle until the half-way review; when it must change sooner, talk it through with the lead and keep the reason.
  info  member.outcome.habit  objective 5: member outcome 5 "I stay calm when a launch goes wrong" reads as a habit ("three times a week") rather than an outcome
        Name what will be different by the end of the programme; keep the habit for the weekly commitments that get there.
  $ GRIP_NOW=2027-01-05 grip --as bo@circle.test objective edit 2 --why "My team deserves to hear it early"
  Updated objective 2: I give hard feedback within a week, kindly (draft)
  $ GRIP_NOW=2027-01-05 grip coach | grep -A1 early_change
  info  member.outcome.early_change  objective 2: member outcome 2 "I give hard feedback within a week, kindly" was rewritten in week 3 (2026-12-09), before the half-way review in week 7; reason given: "Kindly matters as much as fast"
        Let an outcome settle until the half-way review; when it must change sooner, talk it through with the lead and keep the reason.
