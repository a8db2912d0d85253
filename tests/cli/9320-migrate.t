grip migrate brings a database up to this grip's schema, creating it when
new, and says what it did; a second run has nothing to do. Every command
migrates on open as well, so a database grip init made is current.

  $ grip migrate
  Created the database at schema version 9.
  $ grip migrate
  The database is at schema version 9, this grip's; nothing to do.
  $ grip --db other.db init --org "Acme" --admin ada@acme.test --name "Ada Admin"
  Created organisation Acme (slug acme) with admin ada@acme.test.
  $ grip --db other.db migrate
  The database is at schema version 9, this grip's; nothing to do.
  $ grip --db missing/dir/x.db migrate
  grip: cannot open missing/dir/x.db: unable to open database file
  [1]
