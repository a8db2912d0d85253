The unit tree: the company is the root, teams and groups are leaves.

  $ grip init --org "Acme" --admin ada@acme.test --name "Ada Admin"
  Created organisation Acme (slug acme) with admin ada@acme.test.
  $ grip person add bo@acme.test --name "Bo Berg"
  Added person 2: Bo Berg <bo@acme.test>, member
  $ grip person add cy@acme.test --name "Cy Chan"
  Added person 3: Cy Chan <cy@acme.test>, member
  $ grip unit add "Products" --kind business_unit --lead bo@acme.test
  Added unit 2: Products (business_unit)
  $ grip unit add "Mobile" --kind team --parent Products --lead bo@acme.test --json
  {"id":3,"name":"Mobile","kind":"team","parent_id":2,"lead_id":2,"visibility":"org","vision":null,"strategy":null,"created_at":"2026-11-23T00:00:00Z"}
  $ grip unit add "Mobile" --kind team
  grip: name: a unit named Mobile exists already
  [1]
  $ grip unit add "Squad" --kind team --parent Mobile
  grip: parent: a team cannot hold other units
  [1]
  $ grip unit add "Second Co" --kind company
  grip: kind: the organisation has its company unit already
  [1]
  $ grip unit add "Sales" --kind business_unit --parent Products
  grip: parent: a business unit belongs to the company
  [1]
  $ grip unit add "Nowhere" --kind team --parent Atlantis
  grip: parent: no unit named Atlantis
  [1]
  $ grip unit add "Odd" --kind tribe
  grip: kind: must be one of company, business_unit, department, team, group
  [1]
  $ grip unit add "Ghost" --kind team --lead ghost@acme.test
  grip: lead: no person with email ghost@acme.test
  [1]
  $ grip unit list
  ID  NAME      KIND           PARENT    LEAD           VISIBILITY
  1   Acme      company        -         ada@acme.test  org
  2   Products  business_unit  Acme      bo@acme.test   org
  3   Mobile    team           Products  bo@acme.test   org

Membership: joining, leaving with a reason, and the mistakes.

  $ grip member add Mobile cy@acme.test --joined 2026-10-05
  cy@acme.test joined Mobile as member on 2026-10-05.
  $ grip member add Mobile cy@acme.test
  grip: person: cy@acme.test is a member of that unit already
  [1]
  $ grip member add Mobile cy@acme.test --role boss
  grip: role: must be one of lead, member
  [1]
  $ grip member add Mobile nobody@acme.test
  grip: email: no person with email nobody@acme.test
  [1]
  $ grip member leave Mobile cy@acme.test --on 2026-10-01
  grip: on: is before the day they joined (2026-10-05)
  [1]
  $ grip member leave Mobile cy@acme.test --on 2026-13-01
  grip: on: is not a valid date (YYYY-MM-DD): 2026-13-01
  [1]
  $ grip member leave Mobile cy@acme.test --on 2026-11-02 --reason "moved to sales" --json
  {"id":4,"unit_id":3,"person_id":3,"role":"member","joined_on":"2026-10-05","left_on":"2026-11-02","left_reason":"moved to sales"}
  $ grip member leave Mobile cy@acme.test
  grip: person: that person is not a member of that unit
  [1]
  $ grip unit show Mobile
  Unit 3: Mobile (team)
  
  EMAIL         NAME     ROLE    JOINED      LEFT        REASON
  cy@acme.test  Cy Chan  member  2026-10-05  2026-11-02  moved to sales
  bo@acme.test  Bo Berg  lead    2026-11-23  -           -
