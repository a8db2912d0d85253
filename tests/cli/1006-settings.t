The organisation's settings: its name, time zone, week start and locale,
each checked; a refused change changes nothing.

  $ grip init --org "Acme" --admin ada@acme.test --name "Ada Admin"
  Created organisation Acme (slug acme) with admin ada@acme.test.
  $ grip person add bo@acme.test --name "Bo Berg"
  Added person 2: Bo Berg <bo@acme.test>, member
  $ grip org show
  Acme (slug acme)
  Time zone:   UTC
  Week starts: Monday
  Locale:      en
  Reminders:   from 09:00
  $ grip org edit
  grip: name: give --name, --timezone, --week-start, --locale or --remind-hour
  [1]
  $ grip org edit --timezone Mars/Olympus
  grip: timezone: is not a time zone this system knows: give a name such as Europe/Berlin or UTC
  [1]
  $ grip org edit --timezone ../../etc/passwd
  grip: timezone: is not a time zone this system knows: give a name such as Europe/Berlin or UTC
  [1]
  $ grip org edit --week-start 8
  grip: week_start: must be a day: 1 (Monday) to 7 (Sunday), or its name
  [1]
  $ grip org edit --week-start funday
  grip: week_start: must be a day: 1 (Monday) to 7 (Sunday), or its name
  [1]
  $ grip org edit --locale xx
  grip: locale: must be a locale grip has word lists for: de, en
  [1]
  $ grip org edit --name "Acme Ltd" --timezone Mars/Olympus
  grip: timezone: is not a time zone this system knows: give a name such as Europe/Berlin or UTC
  [1]
  $ grip org show --json
  {"id":1,"slug":"acme","name":"Acme","timezone":"UTC","locale":"en","week_start":1,"vision":null,"strategy":null,"created_at":"2026-11-23T00:00:00Z","remind_hour":9}
  $ grip --as bo@acme.test org edit --name "Bo's"
  grip: only an admin can do that
  [1]
  $ grip org edit --name "Acme Ltd" --timezone Europe/Berlin --week-start sunday
  Updated Acme Ltd (slug acme)
  Time zone:   Europe/Berlin
  Week starts: Sunday
  Locale:      en
  Reminders:   from 09:00
  $ grip org edit --week-start 1 --json
  {"id":1,"slug":"acme","name":"Acme Ltd","timezone":"Europe/Berlin","locale":"en","week_start":1,"vision":null,"strategy":null,"created_at":"2026-11-23T00:00:00Z","remind_hour":9}
  $ grip history --entity org --json | grep -o '"action":"update"' | wc -l
  2
  $ grip --as bo@acme.test history
  grip: only an admin can do that
  [1]

The time zone decides what today is: at half past eleven at night in UTC
it is already tomorrow in Berlin, so a cycle starting tomorrow is running
there and still in planning in UTC.

  $ grip cycle add Next --kind quarter --from 2026-11-24 --to 2027-02-28
  Added cycle Next (quarter): 2026-11-24 to 2027-02-28, planning; mid-point 2027-01-11
  $ GRIP_NOW=2026-11-23T23:30:00Z grip cycle show Next
  Next (quarter)
    from       2026-11-24
    to         2027-02-28
    mid-point  2027-01-11
    status     active
  $ grip org edit --timezone UTC >/dev/null
  $ GRIP_NOW=2026-11-23T23:30:00Z grip cycle show Next
  Next (quarter)
    from       2026-11-24
    to         2027-02-28
    mid-point  2027-01-11
    status     planning

People: a person changes their own name, an admin their role; someone who
has left is marked, never deleted.

  $ grip --as bo@acme.test person edit bo@acme.test --name "Bo B. Berg"
  Updated person 2: Bo B. Berg <bo@acme.test>, member
  $ grip --as bo@acme.test person edit bo@acme.test --role admin
  grip: only an admin can change a person's role
  [1]
  $ grip --as bo@acme.test person edit ada@acme.test --name "Ada"
  grip: only the person themself or an admin can change their name
  [1]
  $ grip person edit bo@acme.test --role viewer
  Updated person 2: Bo B. Berg <bo@acme.test>, viewer
  $ grip person edit ada@acme.test --role member
  grip: role: ada@acme.test is the last admin; make someone else admin first
  [1]
  $ grip token create bo@acme.test | tail -n 1 | cut -c1-5
  grip_
  $ grip person leave bo@acme.test
  Marked as left: person 2: Bo B. Berg <bo@acme.test>, viewer, left
  $ grip token list
  ID  NAME  PERSON        CREATED               REVOKED
  1   api   bo@acme.test  2026-11-23T00:00:00Z  2026-11-23T00:00:00Z
  $ grip person leave bo@acme.test
  grip: person: bo@acme.test has left already
  [1]

Units: renamed, moved (never under itself or a unit below it, and as the
kinds allow), deleted only when no one has used them.

  $ grip person add cy@acme.test --name "Cy Chan"
  Added person 3: Cy Chan <cy@acme.test>, member
  $ grip unit add Products --kind business_unit
  Added unit 2: Products (business_unit)
  $ grip unit add Dept --kind department --parent Products
  Added unit 3: Dept (department)
  $ grip unit add Sub --kind department --parent Dept
  Added unit 4: Sub (department)
  $ grip unit add Mobile --kind team --parent Sub --lead cy@acme.test
  Added unit 5: Mobile (team)
  $ grip unit edit Dept --parent Sub
  grip: parent: Sub is below the unit, so it cannot hold it
  [1]
  $ grip unit edit Dept --parent Dept
  grip: parent: Dept is the unit itself, so it cannot hold it
  [1]
  $ grip unit edit Dept --parent Mobile
  grip: parent: Mobile is below the unit, so it cannot hold it
  [1]
  $ grip unit edit Products --parent Dept
  grip: parent: Dept is below the unit, so it cannot hold it
  [1]
  $ grip unit edit Dept --parent Atlantis
  grip: parent: no unit named Atlantis
  [1]
  $ grip unit edit Mobile --parent Products --name "Mobile Apps"
  Updated unit 5: Mobile Apps (team)
  $ grip unit list
  ID  NAME         KIND           PARENT    LEAD           VISIBILITY
  1   Acme         company        -         ada@acme.test  org
  2   Products     business_unit  Acme      -              org
  3   Dept         department     Products  -              org
  4   Sub          department     Dept      -              org
  5   Mobile Apps  team           Products  cy@acme.test   org
  $ grip --as cy@acme.test unit edit Sub --name "Mine"
  grip: only an admin or the unit's lead can change it
  [1]
  $ grip --as cy@acme.test unit edit "Mobile Apps" --parent Products --visibility private
  Updated unit 5: Mobile Apps (team, private)
  $ grip unit delete Products
  grip: unit: Products has units below it, so it stays: move or end those first
  [1]
  $ grip unit delete Acme
  grip: unit: the company unit is the root of the tree and stays
  [1]
  $ grip member add "Mobile Apps" ada@acme.test
  ada@acme.test joined Mobile Apps as member on 2026-11-23.
  $ grip unit delete "Mobile Apps"
  grip: unit: Mobile Apps has members, so it stays: move or end those first
  [1]
  $ grip member leave "Mobile Apps" ada@acme.test --reason "moved to sales"
  ada@acme.test left Mobile Apps on 2026-11-23.
  $ grip --as cy@acme.test unit delete "Mobile Apps"
  grip: only an admin can do that
  [1]
  $ grip unit delete "Mobile Apps"
  Deleted unit 5: Mobile Apps
  $ grip unit delete Sub
  Deleted unit 4: Sub
  $ grip unit list
  ID  NAME      KIND           PARENT    LEAD           VISIBILITY
  1   Acme      company        -         ada@acme.test  org
  2   Products  business_unit  Acme      -              org
  3   Dept      department     Products  -              org

Cycles: renamed and moved while in planning; refused once running; a
cycle in planning that holds nothing may be deleted.

  $ grip cycle add 2026-Q4 --kind quarter --from 2026-10-01 --to 2026-12-31
  Added cycle 2026-Q4 (quarter): 2026-10-01 to 2026-12-31, active; mid-point 2026-11-16
  $ grip cycle add Q1 --kind quarter --from 2027-01-01 --to 2027-03-31
  Added cycle Q1 (quarter): 2027-01-01 to 2027-03-31, planning; mid-point 2027-02-15
  $ grip cycle edit Q1 --name 2027-Q1 --to 2027-03-30
  Updated cycle 2027-Q1 (quarter): 2027-01-01 to 2027-03-30, planning; mid-point 2027-02-14
  $ grip cycle edit 2027-Q1 --from 2026-11-01
  grip: from: a cycle in planning starts after today; to start it now, open it
  [1]
  $ grip cycle edit 2027-Q1 --to 2026-12-01
  grip: to: the cycle ends before it starts
  [1]
  $ grip cycle edit 2026-Q4 --to 2026-12-30
  grip: status: 2026-Q4 is active: a cycle changes only while in planning
  [1]
  $ grip cycle edit 2026-Q4 --name Renamed
  grip: status: 2026-Q4 is active: a cycle changes only while in planning
  [1]
  $ grip --as cy@acme.test cycle edit 2027-Q1 --name Mine
  grip: only an admin, or a group's lead for its programme, can do that
  [1]
  $ grip objective add "Grow" --cycle 2027-Q1 --layer strategic --unit Acme
  Added objective 1: Grow
  info  okr.count.objectives  unit 1: "Acme" has 1 strategic objective in "2027-Q1"; a company's range is 3 to 5
        With fewer objectives than that, check that nothing that matters this cycle is left out.
  $ grip cycle delete 2027-Q1
  grip: cycle: 2027-Q1 holds 1 objective, so it stays
  [1]
  $ grip cycle delete 2026-Q4
  grip: status: 2026-Q4 is active: a cycle changes only while in planning
  [1]
  $ grip cycle delete Next
  Deleted cycle Next.
  $ grip cycle list
  ID  NAME     KIND     FROM        TO          STATUS
  2   2026-Q4  quarter  2026-10-01  2026-12-31  active
  3   2027-Q1  quarter  2027-01-01  2027-03-30  planning

The same commands over the API print what they print on a file: srv.db,
behind a real `grip serve`, is kept in step with grip.db.

  $ grip --db srv.db init --org "Acme" --admin ada@acme.test --name "Ada Admin" >/dev/null
  $ rmdb grip.db; grip init --org "Acme" --admin ada@acme.test --name "Ada Admin" >/dev/null
  $ T=$(grip --db srv.db token create ada@acme.test | tail -n 1); grip token create ada@acme.test >/dev/null
  $ set -m; grip --db srv.db serve --listen 127.0.0.1:0 >server.out 2>server.log & set +m
  $ for i in $(seq 300); do grep -q listening server.out 2>/dev/null && break; sleep 0.1; done; URL=$(sed -n 's/^grip: listening on //p' server.out)
  $ same() {
  >   grip "$@" >local.out 2>local.err; l=$?
  >   grip --server "$URL" --token "$T" "$@" >remote.out 2>remote.err; r=$?
  >   cat local.out local.err
  >   cmp -s local.out remote.out && cmp -s local.err remote.err && [ $l = $r ] ||
  >     { echo "!! over the API (exit $r):"; cat remote.out remote.err; }
  >   return $l
  > }
  $ same org edit --timezone Mars/Olympus
  grip: timezone: is not a time zone this system knows: give a name such as Europe/Berlin or UTC
  [1]
  $ same org edit --week-start 0
  grip: week_start: must be a day: 1 (Monday) to 7 (Sunday), or its name
  [1]
  $ same org edit --name "Acme Ltd" --timezone Europe/Berlin --week-start Sunday
  Updated Acme Ltd (slug acme)
  Time zone:   Europe/Berlin
  Week starts: Sunday
  Locale:      en
  Reminders:   from 09:00
  $ same org show
  Acme Ltd (slug acme)
  Time zone:   Europe/Berlin
  Week starts: Sunday
  Locale:      en
  Reminders:   from 09:00
  $ same unit add Products --kind business_unit
  Added unit 2: Products (business_unit)
  $ same unit add Dept --kind department --parent Products
  Added unit 3: Dept (department)
  $ same unit edit Products --parent Dept
  grip: parent: Dept is below the unit, so it cannot hold it
  [1]
  $ same unit edit Dept --name Platform
  Updated unit 3: Platform (department)
  $ same unit delete Products
  grip: unit: Products has units below it, so it stays: move or end those first
  [1]
  $ same unit delete Platform
  Deleted unit 3: Platform
  $ same cycle add Q1 --kind quarter --from 2027-01-01 --to 2027-03-31
  Added cycle Q1 (quarter): 2027-01-01 to 2027-03-31, planning; mid-point 2027-02-15
  $ same cycle edit Q1 --name 2027-Q1 --from 2027-01-04
  Updated cycle 2027-Q1 (quarter): 2027-01-04 to 2027-03-31, planning; mid-point 2027-02-16
  $ same cycle edit 2027-Q1 --to 2026-01-01
  grip: to: the cycle ends before it starts
  [1]
  $ same cycle open 2027-Q1
  Opened cycle 2027-Q1 (quarter): 2027-01-04 to 2027-03-31, active; mid-point 2027-02-16
  $ same cycle edit 2027-Q1 --name Again
  grip: status: 2027-Q1 is active: a cycle changes only while in planning
  [1]
  $ same cycle delete 2027-Q1
  grip: status: 2027-Q1 is active: a cycle changes only while in planning
  [1]
  $ same cycle add Q2 --kind quarter --from 2027-04-01 --to 2027-06-30
  Added cycle Q2 (quarter): 2027-04-01 to 2027-06-30, planning; mid-point 2027-05-16
  $ same cycle delete Q2
  Deleted cycle Q2.
  $ kill %1; wait
