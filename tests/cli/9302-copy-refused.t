grip copy refuses what it cannot do, before changing anything: a target
that holds data (left exactly as it was), a source that is not there,
the same database on both sides, and a missing argument.

  $ grip init --org "Acme" --admin ada@acme.test --name "Ada Admin"
  Created organisation Acme (slug acme) with admin ada@acme.test.
  $ grip --db other.db init --org "Other" --admin bo@other.test --name "Bo Berg"
  Created organisation Other (slug other) with admin bo@other.test.
  $ grip dump > before.txt
  $ grip copy other.db grip.db
  grip: cannot copy other.db to grip.db: the target already holds data (the table changes has rows); grip copy writes only into a new or empty database
  [1]
  $ grip dump | cmp - before.txt && echo unchanged
  unchanged
  $ grip copy nosuch.db new.db
  grip: no database at nosuch.db (grip init creates one)
  [1]
  $ grip --db new.db dump
  grip: no database at new.db (grip init creates one)
  [1]
  $ grip copy grip.db grip.db
  grip: grip.db and grip.db are the same database; copy to another
  [1]
  $ grip copy grip.db ./grip.db
  grip: grip.db and ./grip.db are the same database; copy to another
  [1]
  $ grip copy grip.db "$PWD/sub/../grip.db" 2>&1 | sed "s|$PWD|DIR|"; echo "exit ${PIPESTATUS[0]}"
  grip: grip.db and DIR/sub/../grip.db are the same database; copy to another
  exit 1
  $ grip copy grip.db
  grip: missing arguments: expected FROM TO
  usage: grip copy FROM TO
  (see grip copy --help)
  [2]
  $ grip copy grip.db postgresql://grip@127.0.0.1:1/grip 2>&1 | head -n 1 | cut -c1-60; echo "exit ${PIPESTATUS[0]}"
  grip: cannot open postgresql://grip@127.0.0.1:1/grip: connec
  exit 1
