`grip cycle show NAME` prints the cycle one fact a line; an unknown name is
a clear error.

  $ grip init --org "Acme" --admin ada@acme.test --name "Ada Admin"
  Created organisation Acme (slug acme) with admin ada@acme.test.
  $ grip cycle add 2026-Q4 --kind quarter --from 2026-10-01 --to 2026-12-31
  Added cycle 2026-Q4 (quarter): 2026-10-01 to 2026-12-31, active; mid-point 2026-11-16
  $ grip cycle show 2026-Q4
  2026-Q4 (quarter)
    from       2026-10-01
    to         2026-12-31
    mid-point  2026-11-16
    status     active
  $ grip unit add "Circle" --kind group
  Added unit 2: Circle (group)
  $ grip cycle add "Autumn circle" --kind programme --unit Circle --from 2026-10-05 --weeks 12
  Added cycle Autumn circle (programme): 2026-10-05 to 2026-12-27, active; mid-point 2026-11-16
  $ grip cycle show "Autumn circle"
  Autumn circle (programme)
    from       2026-10-05
    to         2026-12-27
    group      Circle
    weeks      12
    mid-point  2026-11-16
    status     active
  $ grip cycle close 2026-Q4
  Closed cycle 2026-Q4 (quarter): 2026-10-01 to 2026-12-31, closed; mid-point 2026-11-16
  $ grip cycle show 2026-Q4
  2026-Q4 (quarter)
    from       2026-10-01
    to         2026-12-31
    mid-point  2026-11-16
    status     closed
    closed at  2026-11-23T00:00:00Z
  $ grip cycle show 2027-Q9
  grip: cycle: no cycle named 2027-Q9
  [1]
  $ grip cycle show 2026-Q4 --json
  {"id":1,"name":"2026-Q4","kind":"quarter","unit_id":null,"starts_on":"2026-10-01","ends_on":"2026-12-31","weeks":null,"status":"closed","midpoint":"2026-11-16","opened_on":null,"scoring_on":null,"closed_at":"2026-11-23T00:00:00Z"}
