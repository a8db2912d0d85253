The coach on the demo organisation, as its first admin sees it, as the
circle's lead, and as one of its members (also an engineer with
individual objectives).

  $ grip demo
  Loaded the demo organisation Quillmoor (slug quillmoor) into grip.db.
  Try: grip --db grip.db report
  Everyone in it signs in to the web pages with the password quillmoor-demo (the admin is maren@quillmoor.example).
  $ grip coach
  info  checkin.stale  objective 14: strategic objective 14 "Become the app repair shops recommend to each other" has had no check-in yet
        Check in this week: confidence, results, issues and the plan forward take fifteen minutes, and keep everyone's picture true.
  info  checkin.stale  objective 15: strategic objective 15 "Make booking and invoicing effortless on a phone" has had no check-in yet
        Check in this week: confidence, results, issues and the plan forward take fifteen minutes, and keep everyone's picture true.
  info  checkin.stale  objective 16: strategic objective 16 "Earn trust with help that arrives in minutes" has had no check-in yet
        Check in this week: confidence, results, issues and the plan forward take fifteen minutes, and keep everyone's picture true.
  info  checkin.stale  objective 17: strategic objective 17 "Give shops a mobile app they can run their whole day on" has had no check-in yet
        Check in this week: confidence, results, issues and the plan forward take fifteen minutes, and keep everyone's picture true.
  info  checkin.stale  objective 18: strategic objective 18 "Run a platform fast and reliable enough to forget about" has had no check-in yet
        Check in this week: confidence, results, issues and the plan forward take fifteen minutes, and keep everyone's picture true.
  info  okr.count.objectives  unit 2: "Product & Engineering" has 2 strategic objectives in "2026 Q4"; a business unit's range is 3 to 5
        With fewer objectives than that, check that nothing that matters this cycle is left out.
  info  checkin.stale  objective 19: strategic objective 19 "Turn new shops into active shops in their first two weeks" has had no check-in yet
        Check in this week: confidence, results, issues and the plan forward take fifteen minutes, and keep everyone's picture true.
  info  checkin.stale  objective 20: strategic objective 20 "Make every support contact leave the shop happier" has had no check-in yet
        Check in this week: confidence, results, issues and the plan forward take fifteen minutes, and keep everyone's picture true.
  info  okr.count.objectives  unit 3: "Customers & Growth" has 2 strategic objectives in "2026 Q4"; a business unit's range is 3 to 5
        With fewer objectives than that, check that nothing that matters this cycle is left out.
  warn  score.calibration  unit 4: the key results of unit Platform in 2026 Q3 averaged a final score of 0.97 over 3: too easy: raise ambition
        Set the next cycle's goals higher: a score of 0.6 to 0.7 on most key results means they asked for a stretch.
  info  kr.output  key_result 21: key result 21 "Search moved to the new index" of objective 21 reads as a task or a deliverable rather than a result
        Move the work to the objective's initiatives and measure what it should change: what people do differently once it is done.
  info  okr.count.krs  objective 33: individual objective 33 "Lead the search index move end to end" has 2 key results
        Three to five key results measure an objective well: add what would show the change from another side (speed, quality, reach).
  info  okr.count.krs  objective 34: individual objective 34 "Grow into a tech lead who makes the team faster" has 2 key results
        Three to five key results measure an objective well: add what would show the change from another side (speed, quality, reach).
  info  okr.count.objectives  unit 4: "Platform" has 2 team objectives in "2026 Q4"; a team's range is 3 to 4
        With fewer objectives than that, check that nothing that matters this cycle is left out.
  info  checkin.stale  objective 24: team objective 24 "Make the app quick to open at the counter" has had no check-in since 2026-10-26
        Check in this week: confidence, results, issues and the plan forward take fifteen minutes, and keep everyone's picture true.
  info  individual.no_development  person 13: Søren Kjær has no development objective among 1 individual objective in "2026 Q4"
        Add one objective about their own growth (a skill, a role they are growing into), or mark the one that is as a development objective.
  info  kr.output  key_result 26: key result 26 "Offline mode" of objective 23 reads as a task or a deliverable rather than a result
        Move the work to the objective's initiatives and measure what it should change: what people do differently once it is done.
  info  okr.count.krs  objective 35: individual objective 35 "Make offline sync something shops never think about" has 2 key results
        Three to five key results measure an objective well: add what would show the change from another side (speed, quality, reach).
  info  okr.count.objectives  unit 5: "Mobile" has 2 team objectives in "2026 Q4"; a team's range is 3 to 4
        With fewer objectives than that, check that nothing that matters this cycle is left out.
  info  okr.count.objectives  person 13: Søren Kjær has 1 individual objective in "2026 Q4"; a person's range is 2 to 3
        With fewer objectives than that, check that nothing that matters this cycle is left out.
  info  okr.count.objectives  unit 6: "Payments" has 2 team objectives in "2026 Q4"; a team's range is 3 to 4
        With fewer objectives than that, check that nothing that matters this cycle is left out.
  warn  score.calibration  unit 7: the key results of unit Onboarding in 2026 Q3 averaged a final score of 0.97 over 3: too easy: raise ambition
        Set the next cycle's goals higher: a score of 0.6 to 0.7 on most key results means they asked for a stretch.
  info  checkin.stale  objective 28: team objective 28 "Keep the shops we win" has had no check-in since 2026-11-03
        Check in this week: confidence, results, issues and the plan forward take fifteen minutes, and keep everyone's picture true.
  info  kr.output  key_result 39: key result 39 "Guided set-up" of objective 27 reads as a task or a deliverable rather than a result
        Move the work to the objective's initiatives and measure what it should change: what people do differently once it is done.
  info  objective.bau  objective 28: team objective 28 "Keep the shops we win" reads as business as usual ("Keep")
        An objective names a change worth this cycle's effort; keep running work and health figures on a dashboard, and say what should be different.
  info  okr.count.objectives  unit 7: "Onboarding" has 2 team objectives in "2026 Q4"; a team's range is 3 to 4
        With fewer objectives than that, check that nothing that matters this cycle is left out.
  info  kr.output  key_result 45: key result 45 "Weekend cover rota running with no gaps for 4 weeks" of objective 29 reads as a task or a deliverable ("running") rather than a result
        Move the work to the objective's initiatives and measure what it should change: what people do differently once it is done.
  info  kr.output  key_result 48: key result 48 "Help centre rewrite" of objective 30 reads as a task or a deliverable rather than a result
        Move the work to the objective's initiatives and measure what it should change: what people do differently once it is done.
  info  okr.count.krs  objective 36: individual objective 36 "Become confident coaching new support agents" has 2 key results
        Three to five key results measure an objective well: add what would show the change from another side (speed, quality, reach).
  info  okr.count.objectives  unit 8: "Support" has 2 team objectives in "2026 Q4"; a team's range is 3 to 4
        With fewer objectives than that, check that nothing that matters this cycle is left out.
  info  okr.count.objectives  person 28: Niamh Ó Briain has 1 individual objective in "2026 Q4"; a person's range is 2 to 3
        With fewer objectives than that, check that nothing that matters this cycle is left out.
  warn  kr.vague  key_result 51: key result 51 "Referral reward" of objective 31 says which way to go but not how far
        Make it measurable: a metric from a baseline to a target (from 65% to 90%), so that anyone can tell at the end whether it was reached.
  warn  score.calibration  unit 9: the key results of unit Growth in 2026 Q3 averaged a final score of 0.27 over 3: unrealistic or under-resourced
        Set fewer or smaller goals next cycle, or find the people and time they need: 0.6 to 0.7 is the aim.
  info  individual.no_development  person 34: Inês Carvalho has no development objective among 1 individual objective in "2026 Q4"
        Add one objective about their own growth (a skill, a role they are growing into), or mark the one that is as a development objective.
  info  kr.output  key_result 54: key result 54 "Guides for 5 repair trades" of objective 32 reads as a task or a deliverable ("Guides") rather than a result
        Move the work to the objective's initiatives and measure what it should change: what people do differently once it is done.
  info  okr.count.krs  objective 37: individual objective 37 "Make a referral as easy to send as a text message" has 2 key results
        Three to five key results measure an objective well: add what would show the change from another side (speed, quality, reach).
  info  okr.count.objectives  unit 9: "Growth" has 2 team objectives in "2026 Q4"; a team's range is 3 to 4
        With fewer objectives than that, check that nothing that matters this cycle is left out.
  info  okr.count.objectives  person 34: Inês Carvalho has 1 individual objective in "2026 Q4"; a person's range is 2 to 3
        With fewer objectives than that, check that nothing that matters this cycle is left out.
  info  commitment.outcome  commitment 52: commitment 52 of Marta Wiśniewska for 2026-W48, "Agree one decision Clara makes without me", reads as an outcome ("Agree one decision Clara makes") rather than an action
        Write what you will do this week, something in your own hands; the outcome is what it serves.
  $ grip --as ingrid@quillmoor.example coach
  info  commitment.outcome  commitment 52: commitment 52 of Marta Wiśniewska for 2026-W48, "Agree one decision Clara makes without me", reads as an outcome ("Agree one decision Clara makes") rather than an action
        Write what you will do this week, something in your own hands; the outcome is what it serves.
  $ grip --as hana@quillmoor.example coach
  info  kr.output  key_result 21: key result 21 "Search moved to the new index" of objective 21 reads as a task or a deliverable rather than a result
        Move the work to the objective's initiatives and measure what it should change: what people do differently once it is done.
  info  okr.count.krs  objective 33: individual objective 33 "Lead the search index move end to end" has 2 key results
        Three to five key results measure an objective well: add what would show the change from another side (speed, quality, reach).
  info  okr.count.krs  objective 34: individual objective 34 "Grow into a tech lead who makes the team faster" has 2 key results
        Three to five key results measure an objective well: add what would show the change from another side (speed, quality, reach).
  $ grip coach --unit "New leads circle"
  info  commitment.outcome  commitment 52: commitment 52 of Marta Wiśniewska for 2026-W48, "Agree one decision Clara makes without me", reads as an outcome ("Agree one decision Clara makes") rather than an action
        Write what you will do this week, something in your own hands; the outcome is what it serves.
  $ grip coach --json | grep -o '"code":"[a-z_.]*"' | sort | uniq -c
        9 "code":"checkin.stale"
        1 "code":"commitment.outcome"
        2 "code":"individual.no_development"
        6 "code":"kr.output"
        1 "code":"kr.vague"
        1 "code":"objective.bau"
        5 "code":"okr.count.krs"
       11 "code":"okr.count.objectives"
        3 "code":"score.calibration"
