Usage mistakes exit 2 and say what is expected; --help works everywhere.

  $ grip >out.txt 2>&1; echo "exit $?"; head -n 1 out.txt
  exit 2
  usage: grip [--db FILE] [--as EMAIL] [--org SLUG] [--json] COMMAND [ARGS]
  $ grip --help | head -n 3
  usage: grip [--db FILE] [--as EMAIL] [--org SLUG] [--json] COMMAND [ARGS]
  
  grip keeps goals, OKRs and weekly commitments in one file.
  $ grip --help | grep -c '^  [a-z]'
  94
  $ grip kr add --help
  usage: grip kr add OBJECTIVE_ID TITLE [options]
  
  add a key result (metric unless --boolean or --milestone)
  
  options:
    --baseline N                where the metric starts
    --target N                  where it should get
    --unit LABEL                the metric's unit: %, days, EUR, ...
    --weight N                  its weight in the objective (default 1)
    --boolean                   done or not done
    --milestone TEXT[=WEIGHT]   a milestone, in order; =N after it gives its weight (default 1) (repeatable)
    --owner EMAIL               who owns it
  
  global options:
    --db FILE                   the database file (GRIP_DB; default grip.db)
    --as EMAIL                  act as this person (GRIP_USER; default the first admin)
    --org SLUG                  the organisation, when the file holds several (GRIP_ORG)
    --json                      print JSON for scripts
    --help                      show help
  $ grip objective frob
  grip: unknown command: objective frob
  usage: grip objective COMMAND [ARGS] [options]
  
  commands of objective:
    objective add TITLE              add an objective
    objective list                   list objectives with their figures
    objective show ID                show an objective, its key results and figures
    objective edit ID                change an objective
    objective status ID STATUS       move an objective: proposed, approved, active, achieved, missed, dropped, draft
    objective review ID DECISION     a lead's review of a proposal (or a member's outcome): approve, or return it with a comment
    objective align ID PARENT_ID     align an objective to one above it
    objective unalign ID PARENT_ID   remove an alignment
    objective delete ID              delete a draft never proposed, approved or checked in on (else drop it with a reason)
  
  `grip objective COMMAND --help` tells more of one; `grip --help` lists every command.
  [2]
  $ grip fly
  grip: unknown command: fly
  (see grip --help)
  [2]
  $ grip kr add 1
  grip: missing arguments: expected OBJECTIVE_ID TITLE
  usage: grip kr add OBJECTIVE_ID TITLE
  (see grip kr add --help)
  [2]
  $ grip kr add 1 "x" --baseline
  grip: --baseline needs a value (N)
  usage: grip kr add OBJECTIVE_ID TITLE
  (see grip kr add --help)
  [2]
  $ grip kr add 1 "x" --colour blue
  grip: unknown option --colour
  usage: grip kr add OBJECTIVE_ID TITLE
  (see grip kr add --help)
  [2]
  $ grip checkin --json 1 --confidence 5 --confidence 6
  grip: --confidence is given twice
  usage: grip checkin OBJECTIVE_ID
  (see grip checkin --help)
  [2]
  $ grip person list --json=yes
  grip: --json takes no value
  usage: grip person list
  (see grip person list --help)
  [2]
  $ GRIP_NOW=soon grip person list
  grip: GRIP_NOW is not an ISO date or date-time
  (see grip --help)
  [2]
  $ grip person list
  grip: no database at grip.db (grip init creates one)
  [1]
  $ grip --db missing/dir/x.db person list
  grip: no database at missing/dir/x.db (grip init creates one)
  [1]
  $ grip --version
  grip 0.1.0 (schema 9)
  $ grip person list --db elsewhere.db
  grip: no database at elsewhere.db (grip init creates one)
  [1]
  $ ls
  out.txt
  $ grip --man | head -n 4
  .TH GRIP 1 "" "grip 0.1.0" "User Commands"
  .SH NAME
  grip \- goals, OKRs, check-ins and weekly commitments in one file
  .SH SYNOPSIS
