The coach on the OKR chain: strategic -> team -> individual objectives and
their key results, in every cycle of OKRs not yet closed.

  $ grip init --org "Acme" --admin ada@acme.test --name "Ada Admin"
  Created organisation Acme (slug acme) with admin ada@acme.test.
  $ grip person add bo@acme.test --name "Bo Berg"
  Added person 2: Bo Berg <bo@acme.test>, member
  $ grip person add cy@acme.test --name "Cy Chen"
  Added person 3: Cy Chen <cy@acme.test>, member
  $ grip unit add "Product" --kind business_unit
  Added unit 2: Product (business_unit)
  $ grip unit add "Mobile" --kind team --parent Product --lead bo@acme.test
  Added unit 3: Mobile (team)
  $ grip member add Mobile cy@acme.test --joined 2026-10-01
  cy@acme.test joined Mobile as member on 2026-10-01.
  $ grip cycle add 2026-Q4 --kind quarter --from 2026-10-01 --to 2026-12-31
  Added cycle 2026-Q4 (quarter): 2026-10-01 to 2026-12-31, active; mid-point 2026-11-16

Two company objectives, the second refining the first; a business unit's
objective starts a chain of its own, because a business unit has its own
strategy. Bo's individual objective sits three levels below strategy
(company, company, team, individual): too deep (warn). Cy's is two below
the business unit's: fine.

  $ grip objective add "Become the app repair shops recommend" --cycle 2026-Q4 --layer strategic --unit Acme
  Added objective 1: Become the app repair shops recommend
  $ grip objective add "Win the independent repair shops" --cycle 2026-Q4 --layer strategic --unit Acme --aligns-to 1
  Added objective 2: Win the independent repair shops
  $ grip objective add "Make onboarding effortless" --cycle 2026-Q4 --layer team --unit Mobile --aligns-to 2
  Added objective 3: Make onboarding effortless
  $ grip objective add "Cut the time the app takes to open" --cycle 2026-Q4 --layer individual --owner bo@acme.test --unit Mobile --aligns-to 3
  Added objective 4: Cut the time the app takes to open
  warn  cascade.depth  objective 4: individual objective 4 "Cut the time the app takes to open" sits 3 levels below strategy; two is the most
        Keep the cascade shallow (strategic, team, individual): align it to an objective higher up, or fold it into the one it serves.
  $ grip objective add "Give shops an app they run their day on" --cycle 2026-Q4 --layer strategic --unit Product --aligns-to 1
  Added objective 5: Give shops an app they run their day on
  $ grip objective add "Maintain the help centre" --cycle 2026-Q4 --layer team --unit Mobile --aligns-to 5
  Added objective 6: Maintain the help centre
  info  objective.bau  objective 6: team objective 6 "Maintain the help centre" reads as business as usual ("Maintain")
        An objective names a change worth this cycle's effort; keep running work and health figures on a dashboard, and say what should be different.
  $ grip objective add "Grow into a mentor for new engineers" --cycle 2026-Q4 --layer individual --owner cy@acme.test --unit Mobile --aligns-to 6 --development
  Added objective 7: Grow into a mentor for new engineers
  $ grip objective add "Let a shop work a full day offline" --cycle 2026-Q4 --layer team --unit Mobile
  Added objective 8: Let a shop work a full day offline
  warn  objective.unaligned  objective 8: team objective 8 "Let a shop work a full day offline" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  info  okr.count.objectives  unit 3: "Mobile" has 3 team objectives in "2026-Q4"; the range in a first cycle is 1 to 2
        One or two objectives are right in a first cycle: learn the rhythm before adding more.
  $ grip coach | grep -A1 cascade.depth
  warn  cascade.depth  objective 4: individual objective 4 "Cut the time the app takes to open" sits 3 levels below strategy; two is the most
        Keep the cascade shallow (strategic, team, individual): align it to an objective higher up, or fold it into the one it serves.

A team or individual objective aligned to nothing breaks the chain (warn);
a strategic one is the top of it. Maintaining is business as usual.

  $ grip coach | grep -A1 -e unaligned -e objective.bau
  warn  objective.unaligned  objective 8: team objective 8 "Let a shop work a full day offline" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  --
  info  objective.bau  objective 6: team objective 6 "Maintain the help centre" reads as business as usual ("Maintain")
        An objective names a change worth this cycle's effort; keep running work and health figures on a dashboard, and say what should be different.

Key results: three to five an objective; a strategic objective with none
is measured by what aligns to it. A yes/no or milestone key result with a
direction and no number is vague (warn); a metric carries its numbers. One
that opens with a task's verb is work for the initiatives.

  $ grip kr add 3 "Activation rate" --baseline 65 --target 90 --unit %
  Added key result 1: Activation rate
    metric: 65% -> 65% -> 90%, progress 0%, weight 1
  $ grip kr add 3 "Better onboarding" --boolean
  Added key result 2: Better onboarding
    boolean: 0 -> 0 -> 1, progress 0%, weight 1
  warn  kr.vague  key_result 2: key result 2 "Better onboarding" of objective 3 says which way to go but not how far
        Make it measurable: a metric from a baseline to a target (from 65% to 90%), so that anyone can tell at the end whether it was reached.
  $ grip kr add 6 "Launch the new help centre" --boolean
  Added key result 3: Launch the new help centre
    boolean: 0 -> 0 -> 1, progress 0%, weight 1
  info  kr.output  key_result 3: key result 3 "Launch the new help centre" of objective 6 reads as a task or a deliverable rather than a result
        Move the work to the objective's initiatives and measure what it should change: what people do differently once it is done.
  $ grip kr add 6 "Improve search" --milestone "Index every article" --milestone "Rank by use"
  Added key result 4: Improve search
    milestones: 0 -> 0 -> 2, progress 0%, weight 1
    [ ] Index every article
    [ ] Rank by use
  warn  kr.vague  key_result 4: key result 4 "Improve search" of objective 6 says which way to go but not how far
        Make it measurable: a metric from a baseline to a target (from 65% to 90%), so that anyone can tell at the end whether it was reached.
  $ grip kr add 6 "Increase self-service answers" --baseline 20 --target 40 --unit %
  Added key result 5: Increase self-service answers
    metric: 20% -> 20% -> 40%, progress 0%, weight 1
  $ for t in "Crash-free days" "Sync conflicts" "Offline bookings" "Offline invoices" "Battery use" "Support tickets"; do grip kr add 8 "$t" --baseline 10 --target 20 >/dev/null; done
  $ for t in "Pairing sessions" "Reviews given" "Talks given"; do grip kr add 7 "$t" --baseline 0 --target 4 >/dev/null; done
  $ grip coach | grep -A1 -e okr.count.krs -e kr.vague -e kr.output
  warn  kr.vague  key_result 2: key result 2 "Better onboarding" of objective 3 says which way to go but not how far
        Make it measurable: a metric from a baseline to a target (from 65% to 90%), so that anyone can tell at the end whether it was reached.
  warn  kr.vague  key_result 4: key result 4 "Improve search" of objective 6 says which way to go but not how far
        Make it measurable: a metric from a baseline to a target (from 65% to 90%), so that anyone can tell at the end whether it was reached.
  --
  info  kr.output  key_result 3: key result 3 "Launch the new help centre" of objective 6 reads as a task or a deliverable rather than a result
        Move the work to the objective's initiatives and measure what it should change: what people do differently once it is done.
  --
  info  okr.count.krs  objective 3: team objective 3 "Make onboarding effortless" has 2 key results
        Three to five key results measure an objective well: add what would show the change from another side (speed, quality, reach).
  info  okr.count.krs  objective 4: individual objective 4 "Cut the time the app takes to open" has no key results
        Three to five key results measure an objective well: add what would show the change from another side (speed, quality, reach).
  info  okr.count.krs  objective 8: team objective 8 "Let a shop work a full day offline" has 6 key results
        Three to five key results measure an objective well: more than five blur what matters; keep the ones that show the change best.

In an organisation's first cycle of OKRs one or two objectives are right;
after that, three to five. An individual objective list with no
development objective gets a nudge.

  $ grip coach | grep -A1 -e okr.count.objectives -e individual.no_development
  info  individual.no_development  person 2: Bo Berg has no development objective among 1 individual objective in "2026-Q4"
        Add one objective about their own growth (a skill, a role they are growing into), or mark the one that is as a development objective.
  --
  info  okr.count.objectives  unit 3: "Mobile" has 3 team objectives in "2026-Q4"; the range in a first cycle is 1 to 2
        One or two objectives are right in a first cycle: learn the rhythm before adding more.
  $ grip cycle add 2026-Q3 --kind quarter --from 2026-07-01 --to 2026-09-30
  Added cycle 2026-Q3 (quarter): 2026-07-01 to 2026-09-30, scoring; mid-point 2026-08-16
  $ grip cycle close 2026-Q3
  Closed cycle 2026-Q3 (quarter): 2026-07-01 to 2026-09-30, closed; mid-point 2026-08-16
  $ grip coach | grep -e okr.count.objectives -e individual.no_development
  info  okr.count.objectives  unit 1: "Acme" has 2 strategic objectives in "2026-Q4"; a company's range is 3 to 5
  info  okr.count.objectives  unit 2: "Product" has 1 strategic objective in "2026-Q4"; a business unit's range is 3 to 5
  info  individual.no_development  person 2: Bo Berg has no development objective among 1 individual objective in "2026-Q4"
  info  okr.count.objectives  person 2: Bo Berg has 1 individual objective in "2026-Q4"; a person's range is 2 to 3
  info  okr.count.objectives  person 3: Cy Chen has 1 individual objective in "2026-Q4"; a person's range is 2 to 3

No check-in for more than seven days: stale.

  $ grip checkin 3 --confidence 7 --at 2026-11-20
  Checked in on objective 3: confidence 7 (green), progress 0%
  $ grip checkin 8 --confidence 5 --at 2026-11-10
  Checked in on objective 8: confidence 5 (yellow), progress 0%
  $ GRIP_NOW=2026-11-25 grip coach | grep checkin.stale
  info  checkin.stale  objective 8: team objective 8 "Let a shop work a full day offline" has had no check-in since 2026-11-10
  $ GRIP_NOW=2026-12-01 grip coach | grep -A1 checkin.stale
  info  checkin.stale  objective 1: strategic objective 1 "Become the app repair shops recommend" has had no check-in yet
        Check in this week: confidence, results, issues and the plan forward take fifteen minutes, and keep everyone's picture true.
  info  checkin.stale  objective 2: strategic objective 2 "Win the independent repair shops" has had no check-in yet
        Check in this week: confidence, results, issues and the plan forward take fifteen minutes, and keep everyone's picture true.
  --
  info  checkin.stale  objective 5: strategic objective 5 "Give shops an app they run their day on" has had no check-in yet
        Check in this week: confidence, results, issues and the plan forward take fifteen minutes, and keep everyone's picture true.
  --
  info  checkin.stale  objective 3: team objective 3 "Make onboarding effortless" has had no check-in since 2026-11-20
        Check in this week: confidence, results, issues and the plan forward take fifteen minutes, and keep everyone's picture true.
  info  checkin.stale  objective 4: individual objective 4 "Cut the time the app takes to open" has had no check-in yet
        Check in this week: confidence, results, issues and the plan forward take fifteen minutes, and keep everyone's picture true.
  info  checkin.stale  objective 6: team objective 6 "Maintain the help centre" has had no check-in yet
        Check in this week: confidence, results, issues and the plan forward take fifteen minutes, and keep everyone's picture true.
  info  checkin.stale  objective 7: individual objective 7 "Grow into a mentor for new engineers" has had no check-in yet
        Check in this week: confidence, results, issues and the plan forward take fifteen minutes, and keep everyone's picture true.
  info  checkin.stale  objective 8: team objective 8 "Let a shop work a full day offline" has had no check-in since 2026-11-10
        Check in this week: confidence, results, issues and the plan forward take fifteen minutes, and keep everyone's picture true.

The whole picture, as the admin and as Cy, who sees only what she may
change: her own objective and her team's.

  $ grip coach
  info  okr.count.objectives  unit 1: "Acme" has 2 strategic objectives in "2026-Q4"; a company's range is 3 to 5
        With fewer objectives than that, check that nothing that matters this cycle is left out.
  info  okr.count.objectives  unit 2: "Product" has 1 strategic objective in "2026-Q4"; a business unit's range is 3 to 5
        With fewer objectives than that, check that nothing that matters this cycle is left out.
  warn  cascade.depth  objective 4: individual objective 4 "Cut the time the app takes to open" sits 3 levels below strategy; two is the most
        Keep the cascade shallow (strategic, team, individual): align it to an objective higher up, or fold it into the one it serves.
  warn  kr.vague  key_result 2: key result 2 "Better onboarding" of objective 3 says which way to go but not how far
        Make it measurable: a metric from a baseline to a target (from 65% to 90%), so that anyone can tell at the end whether it was reached.
  warn  kr.vague  key_result 4: key result 4 "Improve search" of objective 6 says which way to go but not how far
        Make it measurable: a metric from a baseline to a target (from 65% to 90%), so that anyone can tell at the end whether it was reached.
  warn  objective.unaligned  objective 8: team objective 8 "Let a shop work a full day offline" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  info  checkin.stale  objective 8: team objective 8 "Let a shop work a full day offline" has had no check-in since 2026-11-10
        Check in this week: confidence, results, issues and the plan forward take fifteen minutes, and keep everyone's picture true.
  info  individual.no_development  person 2: Bo Berg has no development objective among 1 individual objective in "2026-Q4"
        Add one objective about their own growth (a skill, a role they are growing into), or mark the one that is as a development objective.
  info  kr.output  key_result 3: key result 3 "Launch the new help centre" of objective 6 reads as a task or a deliverable rather than a result
        Move the work to the objective's initiatives and measure what it should change: what people do differently once it is done.
  info  objective.bau  objective 6: team objective 6 "Maintain the help centre" reads as business as usual ("Maintain")
        An objective names a change worth this cycle's effort; keep running work and health figures on a dashboard, and say what should be different.
  info  okr.count.krs  objective 3: team objective 3 "Make onboarding effortless" has 2 key results
        Three to five key results measure an objective well: add what would show the change from another side (speed, quality, reach).
  info  okr.count.krs  objective 4: individual objective 4 "Cut the time the app takes to open" has no key results
        Three to five key results measure an objective well: add what would show the change from another side (speed, quality, reach).
  info  okr.count.krs  objective 8: team objective 8 "Let a shop work a full day offline" has 6 key results
        Three to five key results measure an objective well: more than five blur what matters; keep the ones that show the change best.
  info  okr.count.objectives  person 2: Bo Berg has 1 individual objective in "2026-Q4"; a person's range is 2 to 3
        With fewer objectives than that, check that nothing that matters this cycle is left out.
  info  okr.count.objectives  person 3: Cy Chen has 1 individual objective in "2026-Q4"; a person's range is 2 to 3
        With fewer objectives than that, check that nothing that matters this cycle is left out.
  $ grip --as cy@acme.test coach | grep '^[a-z]'
  warn  kr.vague  key_result 2: key result 2 "Better onboarding" of objective 3 says which way to go but not how far
  warn  kr.vague  key_result 4: key result 4 "Improve search" of objective 6 says which way to go but not how far
  warn  objective.unaligned  objective 8: team objective 8 "Let a shop work a full day offline" contributes to nothing above it: the chain is broken
  info  checkin.stale  objective 8: team objective 8 "Let a shop work a full day offline" has had no check-in since 2026-11-10
  info  kr.output  key_result 3: key result 3 "Launch the new help centre" of objective 6 reads as a task or a deliverable rather than a result
  info  objective.bau  objective 6: team objective 6 "Maintain the help centre" reads as business as usual ("Maintain")
  info  okr.count.krs  objective 3: team objective 3 "Make onboarding effortless" has 2 key results
  info  okr.count.krs  objective 8: team objective 8 "Let a shop work a full day offline" has 6 key results
  info  okr.count.objectives  person 3: Cy Chen has 1 individual objective in "2026-Q4"; a person's range is 2 to 3
