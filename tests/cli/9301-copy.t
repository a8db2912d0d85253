grip copy FROM TO: every organisation and all history into a new or empty
database, ids kept, in one transaction; then the dumps of the two are
compared. The copy answers as the original does and goes on from its
highest ids.

  $ grip demo > /dev/null
  $ grip copy grip.db copy.db
  copied 2618 rows in 24 tables; the two dumps are equal
  $ grip dump > a.txt; grip --db copy.db dump > b.txt; cmp a.txt b.txt && echo same
  same
  $ grip objective list > a.txt; grip --db copy.db objective list > b.txt; cmp a.txt b.txt && echo same
  same
  $ grip --as noor@quillmoor.example due > a.txt; grip --db copy.db --as noor@quillmoor.example due > b.txt; cmp a.txt b.txt && echo same
  same
  $ grip --db copy.db person add new@quillmoor.example --name "New Person"
  Added person 41: New Person <new@quillmoor.example>, member
  $ grip --db copy.db objective add "A new goal" --cycle "2026 Q4" --layer team --unit Mobile
  Added objective 47: A new goal
  warn  objective.unaligned  objective 47: team objective 47 "A new goal" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  $ grip --db copy.db figures check
  stored figures agree with the history

A copy of the copy, with --json: the same dump, the new rows in it.

  $ grip --json copy copy.db third.db
  {"tables":24,"rows":2627,"equal":true}
  $ grip --db copy.db dump > b.txt; grip --db third.db dump | cmp - b.txt && echo same
  same
  $ grip --db third.db dump | grep -c 'A new goal'
  2

An empty database is a good target: here one that a refused init left
with the schema and no rows.

  $ grip --db empty.db init --org "" --admin x@y.test --name X
  grip: name: must not be empty
  [1]
  $ grip copy grip.db empty.db
  copied 2618 rows in 24 tables; the two dumps are equal
  $ grip --db empty.db org show
  Quillmoor (slug quillmoor)
  Time zone:   UTC
  Week starts: Monday
  Locale:      en
  Reminders:   from 09:00
