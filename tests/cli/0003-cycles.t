Cycles: quarters and years need both ends; a programme belongs to a group
and is N weeks long. Status is derived from today (GRIP_NOW).

  $ grip init --org "Acme" --admin ada@acme.test --name "Ada Admin"
  Created organisation Acme (slug acme) with admin ada@acme.test.
  $ grip cycle add 2026-Q4 --kind quarter --from 2026-10-01 --to 2026-12-31
  Added cycle 2026-Q4 (quarter): 2026-10-01 to 2026-12-31, active; mid-point 2026-11-16
  $ grip cycle add 2027-Q1 --kind quarter --from 2027-01-01 --to 2027-03-31 --json
  {"id":2,"name":"2027-Q1","kind":"quarter","unit_id":null,"starts_on":"2027-01-01","ends_on":"2027-03-31","weeks":null,"status":"planning","midpoint":"2027-02-15","opened_on":null,"scoring_on":null,"closed_at":null}
  $ grip cycle add 2026 --kind year --from 2026-01-01 --to 2026-12-31
  Added cycle 2026 (year): 2026-01-01 to 2026-12-31, active; mid-point 2026-07-02
  $ grip cycle add 2026-Q4 --kind quarter --from 2026-10-01 --to 2026-12-31
  grip: name: a cycle named 2026-Q4 exists already
  [1]
  $ grip cycle add Backwards --kind quarter --from 2026-12-01 --to 2026-11-01
  grip: to: the cycle ends before it starts
  [1]
  $ grip cycle add Feb30 --kind quarter --from 2026-02-30 --to 2026-05-01
  grip: from: is not a valid date (YYYY-MM-DD): 2026-02-30
  [1]
  $ grip cycle add NoEnd --kind quarter --from 2026-01-01
  grip: to: is required: the last day of the cycle
  [1]
  $ grip cycle add Sloppy --kind quarter --from 2026-1-1 --to 2026-03-31
  grip: from: is not a valid date (YYYY-MM-DD): 2026-1-1
  [1]
  $ grip cycle add Odd --kind month --from 2026-01-01 --to 2026-01-31
  grip: kind: must be one of quarter, year, programme
  [1]

Programmes.

  $ grip unit add "Circle" --kind group
  Added unit 2: Circle (group)
  $ grip unit add "Team A" --kind team
  Added unit 3: Team A (team)
  $ grip cycle add Spring --kind programme --unit Circle --from 2026-10-05 --weeks 12
  Added cycle Spring (programme): 2026-10-05 to 2026-12-27, active; mid-point 2026-11-16
  $ grip cycle add Bad1 --kind programme --unit "Team A" --from 2026-10-05 --weeks 12
  grip: unit: Team A is a team, not a group
  [1]
  $ grip cycle add Bad2 --kind programme --unit Circle --from 2026-10-05
  grip: weeks: must be a whole number of weeks from 1 to 104
  [1]
  $ grip cycle add Bad3 --kind programme --unit Circle --from 2026-10-05 --weeks 0
  grip: weeks: must be a whole number from 1 to 104
  [1]
  $ grip cycle add Bad4 --kind programme --unit Circle --from 2026-10-05 --weeks 4 --to 2026-12-01
  grip: to: does not match 4 weeks from 2026-10-05
  [1]
  $ grip cycle add Bad5 --kind quarter --unit Circle --from 2026-10-05 --to 2026-12-01
  grip: unit: only a programme has a group and a number of weeks
  [1]
  $ grip cycle list
  ID  NAME     KIND       FROM        TO          STATUS
  3   2026     year       2026-01-01  2026-12-31  active
  1   2026-Q4  quarter    2026-10-01  2026-12-31  active
  4   Spring   programme  2026-10-05  2026-12-27  active
  2   2027-Q1  quarter    2027-01-01  2027-03-31  planning
  $ grip cycle show Spring --json
  {"id":4,"name":"Spring","kind":"programme","unit_id":2,"starts_on":"2026-10-05","ends_on":"2026-12-27","weeks":12,"status":"active","midpoint":"2026-11-16","opened_on":null,"scoring_on":null,"closed_at":null}

Opening early, closing, and what a closed cycle refuses.

  $ grip cycle open 2027-Q1
  Opened cycle 2027-Q1 (quarter): 2027-01-01 to 2027-03-31, active; mid-point 2027-02-15
  $ grip cycle open 2027-Q1
  grip: status: 2027-Q1 is active, not in planning
  [1]
  $ grip cycle close 2026
  Closed cycle 2026 (year): 2026-01-01 to 2026-12-31, closed; mid-point 2026-07-02
  $ grip cycle close 2026
  grip: status: 2026 is closed already
  [1]
  $ grip objective add "Too late" --cycle 2026 --layer strategic --unit Acme
  grip: cycle: cycle 2026 is closed and read-only
  [1]
