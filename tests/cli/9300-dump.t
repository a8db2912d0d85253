grip dump: every table of the database as canonical text (JSON Lines), the
same bytes for the same data on SQLite and PostgreSQL. Tables and columns
in the order of their names, rows in the order of their primary key; NULL
is null and empty text is ""; text with quotes, tabs, newlines and
backslashes is escaped, other characters kept; a real is written in the
fewest digits that read back as the same number (0.1 is 0.1, the progress
(0.2 - 0.1) / (0.3 - 0.1) is 0.5000000000000001). grip_schema is left out:
its version is on the first line.

  $ grip init --org "Acme" --admin ada@acme.test --name "Ada Admin"
  Created organisation Acme (slug acme) with admin ada@acme.test.
  $ grip strategy set --vision ""
  Updated the vision of the organisation.
  $ grip cycle add 2026-Q4 --kind quarter --from 2026-10-01 --to 2026-12-31
  Added cycle 2026-Q4 (quarter): 2026-10-01 to 2026-12-31, active; mid-point 2026-11-16
  $ grip objective add $'Say "hi"\tthere\\now' --cycle 2026-Q4 --layer strategic --unit Acme --status active --why $'line one\nline two, ünïcode'
  Added objective 1: Say "hi"	there\now
  $ grip kr add 1 "Ratio" --baseline 0.1 --target 0.3
  Added key result 1: Ratio
    metric: 0.1 -> 0.1 -> 0.3, progress 0%, weight 1
  $ grip checkin 1 --confidence 7 --kr 1=0.2
  Checked in on objective 1: confidence 7 (green), progress 50%
  $ grip dump
  {"grip_dump":1,"schema":9}
  {"table":"account_tokens","columns":["created_at","expires_at","hash","id","org_id","person_id","purpose","used_at"]}
  {"table":"alignments","columns":["child_id","created_at","org_id","parent_id"]}
  {"table":"api_tokens","columns":["created_at","hash","id","name","org_id","person_id","revoked_at"]}
  {"table":"changes","columns":["id","objective_id","org_id"]}
  [1,null,1]
  [2,null,1]
  [3,null,1]
  [4,null,1]
  [5,1,1]
  [6,1,1]
  {"table":"checkins","columns":["at","author_id","confidence","created_at","id","issues","objective_id","org_id","plan"]}
  ["2026-11-23T00:00:00Z",1,7,"2026-11-23T00:00:00Z",1,null,1,1,null]
  {"table":"commitments","columns":["author_id","closed_at","created_at","id","objective_id","org_id","person_id","reflection","shared","status","text","week"]}
  {"table":"cycles","columns":["closed_at","created_at","ends_on","id","kind","name","opened_on","org_id","scoring_on","starts_on","unit_id","weeks"]}
  [null,"2026-11-23T00:00:00Z","2026-12-31",1,"quarter","2026-Q4",null,1,null,"2026-10-01",null,null]
  {"table":"dependencies","columns":["created_at","from_objective_id","id","note","org_id","status","to_objective_id","to_unit_id","updated_at"]}
  {"table":"events","columns":["action","actor_id","after_json","at","before_json","entity","entity_id","id","org_id","reason"]}
  ["create",null,"{\"id\":1,\"slug\":\"acme\",\"name\":\"Acme\",\"timezone\":\"UTC\",\"locale\":\"en\",\"week_start\":1,\"vision\":null,\"strategy\":null,\"created_at\":\"2026-11-23T00:00:00Z\",\"remind_hour\":9}","2026-11-23T00:00:00Z",null,"org",1,1,1,null]
  ["create",null,"{\"id\":1,\"email\":\"ada@acme.test\",\"name\":\"Ada Admin\",\"role\":\"admin\",\"active\":true,\"left_on\":null,\"created_at\":\"2026-11-23T00:00:00Z\"}","2026-11-23T00:00:00Z",null,"person",1,2,1,null]
  ["create",1,"{\"id\":1,\"name\":\"Acme\",\"kind\":\"company\",\"parent_id\":null,\"lead_id\":1,\"visibility\":\"org\",\"vision\":null,\"strategy\":null,\"created_at\":\"2026-11-23T00:00:00Z\"}","2026-11-23T00:00:00Z",null,"unit",1,3,1,null]
  ["create",1,"{\"id\":1,\"unit_id\":1,\"person_id\":1,\"role\":\"lead\",\"joined_on\":\"2026-11-23\",\"left_on\":null,\"left_reason\":null}","2026-11-23T00:00:00Z",null,"membership",1,4,1,null]
  ["update",1,"{\"id\":1,\"slug\":\"acme\",\"name\":\"Acme\",\"timezone\":\"UTC\",\"locale\":\"en\",\"week_start\":1,\"vision\":\"\",\"strategy\":null,\"created_at\":\"2026-11-23T00:00:00Z\",\"remind_hour\":9}","2026-11-23T00:00:00Z","{\"id\":1,\"slug\":\"acme\",\"name\":\"Acme\",\"timezone\":\"UTC\",\"locale\":\"en\",\"week_start\":1,\"vision\":null,\"strategy\":null,\"created_at\":\"2026-11-23T00:00:00Z\",\"remind_hour\":9}","org",1,5,1,null]
  ["create",1,"{\"id\":1,\"name\":\"2026-Q4\",\"kind\":\"quarter\",\"unit_id\":null,\"starts_on\":\"2026-10-01\",\"ends_on\":\"2026-12-31\",\"weeks\":null,\"status\":\"active\",\"midpoint\":\"2026-11-16\",\"opened_on\":null,\"scoring_on\":null,\"closed_at\":null}","2026-11-23T00:00:00Z",null,"cycle",1,6,1,null]
  ["create",1,"{\"id\":1,\"title\":\"Say \\\"hi\\\"\\tthere\\\\now\",\"layer\":\"strategic\",\"status\":\"active\",\"why\":\"line one\\nline two, ünïcode\",\"cycle_id\":1,\"cycle\":\"2026-Q4\",\"unit_id\":1,\"unit\":\"Acme\",\"owner_id\":null,\"owner\":null,\"development\":false,\"visibility\":\"org\",\"cadence\":\"weekly\",\"version\":1,\"aligns_to\":[],\"created_at\":\"2026-11-23T00:00:00Z\",\"updated_at\":\"2026-11-23T00:00:00Z\"}","2026-11-23T00:00:00Z",null,"objective",1,7,1,null]
  ["create",1,"{\"id\":1,\"objective_id\":1,\"title\":\"Ratio\",\"kind\":\"metric\",\"baseline\":0.1,\"target\":0.3,\"unit\":null,\"weight\":1,\"owner_id\":null,\"version\":1,\"milestones\":[]}","2026-11-23T00:00:00Z",null,"key_result",1,8,1,null]
  ["value",1,"{\"value\":0.2,\"at\":\"2026-11-23T00:00:00Z\",\"note\":null,\"checkin_id\":1}","2026-11-23T00:00:00Z","{\"value\":null}","key_result",1,9,1,null]
  ["create",1,"{\"id\":1,\"objective_id\":1,\"author_id\":1,\"at\":\"2026-11-23T00:00:00Z\",\"confidence\":7,\"issues\":null,\"plan\":null,\"results\":[{\"key_result_id\":1,\"value\":0.2,\"note\":null}]}","2026-11-23T00:00:00Z",null,"checkin",1,10,1,null]
  {"table":"initiatives","columns":["created_at","id","key_result_id","link","objective_id","org_id","owner_id","status","title","updated_at"]}
  {"table":"key_results","columns":["baseline","created_at","cur_at","cur_value","id","kind","objective_id","org_id","owner_id","position","progress","target","title","unit_label","updated_at","version","weight"]}
  [0.1,"2026-11-23T00:00:00Z","2026-11-23T00:00:00Z",0.2,1,"metric",1,1,null,1,0.5000000000000001,0.3,"Ratio",null,"2026-11-23T00:00:00Z",1,1]
  {"table":"kr_values","columns":["at","author_id","checkin_id","id","key_result_id","note","org_id","value"]}
  ["2026-11-23T00:00:00Z",1,1,1,1,null,1,0.2]
  {"table":"memberships","columns":["id","joined_on","left_on","left_reason","org_id","person_id","role","unit_id"]}
  [1,"2026-11-23",null,null,1,1,"lead",1]
  {"table":"milestones","columns":["id","key_result_id","org_id","position","title","weight"]}
  {"table":"notifications","columns":["attempts","body","channel","created_at","dedup","id","kind","last_error","link","next_attempt_at","org_id","person_id","read_at","recipient","sent_at","subject","unit_id"]}
  {"table":"objectives","columns":["approved_at","author_id","cadence","carried_from","confidence","created_at","cycle_id","development","figures_at","id","last_checkin","layer","org_id","owner_id","progress","rolled_up","status","title","unit_id","updated_at","version","visibility","why"]}
  ["2026-11-23T00:00:00Z",1,"weekly",null,7,"2026-11-23T00:00:00Z",1,0,"2026-11-23T00:00:00Z",1,"2026-11-23T00:00:00Z","strategic",1,null,0.5000000000000001,0,"active","Say \"hi\"\tthere\\now",1,"2026-11-23T00:00:00Z",1,"org","line one\nline two, ünïcode"]
  {"table":"orgs","columns":["created_at","id","locale","name","remind_hour","slug","strategy","timezone","vision","week_start"]}
  ["2026-11-23T00:00:00Z",1,"en","Acme",9,"acme",null,"UTC","",1]
  {"table":"people","columns":["active","calendar_hash","created_at","digest","email","id","left_on","name","notify_email","org_id","password_hash","role"]}
  [1,null,"2026-11-23T00:00:00Z",0,"ada@acme.test",1,null,"Ada Admin",1,1,null,"admin"]
  {"table":"reflections","columns":["author_id","carry_forward","did_not","objective_id","org_id","updated_at","worked"]}
  {"table":"reviews","columns":["at","changes","decision","id","objective_id","org_id","reason","reviewer_id"]}
  {"table":"scores","columns":["final_at","final_by","final_tenths","key_result_id","lead_at","lead_by","lead_comment","lead_tenths","org_id","self_at","self_by","self_evidence","self_tenths"]}
  {"table":"sessions","columns":["created_at","csrf","ended_at","expires_at","hash","id","org_id","person_id"]}
  {"table":"signin_failures","columns":["failures","key","last_at"]}
  {"table":"units","columns":["created_at","id","kind","lead_id","name","org_id","outcome_prompt","parent_id","strategy","visibility","vision","webhook_url"]}
  ["2026-11-23T00:00:00Z",1,"company",1,"Acme",1,0,null,null,"org",null,null]

The same again: a dump changes only with the data.

  $ grip dump > one.txt; grip dump > two.txt; cmp one.txt two.txt && echo same
  same
  $ grip --json dump | cmp - one.txt && echo same
  same
  $ grip kr update 1 0.25 > /dev/null; grip dump | cmp -s - one.txt || echo changed
  changed
  $ grip dump | grep -c '^\['
  28

No database, no dump; and dump takes no arguments.

  $ grip --db nosuch.db dump
  grip: no database at nosuch.db (grip init creates one)
  [1]
  $ grip dump extra
  grip: too many arguments: expected no arguments
  usage: grip dump
  (see grip dump --help)
  [2]
  $ grip dump --help
  usage: grip dump [options]
  
  print every table of the database as canonical text (JSON Lines), the same for the same data on SQLite and PostgreSQL
  
  global options:
    --db FILE                   the database file (GRIP_DB; default grip.db)
    --as EMAIL                  act as this person (GRIP_USER; default the first admin)
    --org SLUG                  the organisation, when the file holds several (GRIP_ORG)
    --json                      print JSON for scripts
    --help                      show help
