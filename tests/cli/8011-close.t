Closing cycles, through the CLI on a file and through the HTTP API at
once: grip.db for local runs, srv.db behind a real `grip serve` restarted
at each move of the clock (GRIP_NOW), kept in step so ids, dates and
figures match. `same WHO ARGS` runs `grip --as WHO ARGS` locally and, with
WHO's token, over the API; it prints the local output and shows any
difference after "!!".

  $ unset GRIP_SERVER GRIP_TOKEN
  $ both() { grip "$@" >/dev/null && grip --db srv.db "$@" >/dev/null; }
  $ both init --org "Acme" --admin ada@acme.test --name "Ada Admin"
  $ export GRIP_NOW=2026-10-01
  $ for p in bo cy dan; do both person add $p@acme.test --name "${p^}"; done
  $ both person add vic@acme.test --name Vic --role viewer
  $ for p in ada bo cy dan vic; do grip --db srv.db token create $p@acme.test | tail -n 1 >tok.$p; done
  $ . "$TESTDIR/clock.sh"

The quarter: Bo leads the team Mobile, Cy and Dan are in it. A strategic

A quarter with four objectives: one scored, one whose lead marks it
achieved early, a draft never agreed, and a strategic one with no key
results and nothing aligned to it. A programme with one group outcome.

  $ at 2026-10-01
  $ same ada unit add Mobile --kind team --lead bo@acme.test
  Added unit 2: Mobile (team)
  $ same ada member add Mobile cy@acme.test --joined 2026-10-01
  cy@acme.test joined Mobile as member on 2026-10-01.
  $ same ada unit add Circle --kind group --lead bo@acme.test --private
  Added unit 3: Circle (group, private)
  $ same ada member add Circle dan@acme.test --joined 2026-10-01
  dan@acme.test joined Circle as member on 2026-10-01.
  $ same ada cycle add 2026-Q4 --kind quarter --from 2026-10-01 --to 2026-12-31
  Added cycle 2026-Q4 (quarter): 2026-10-01 to 2026-12-31, active; mid-point 2026-11-16
  $ same ada cycle add Autumn --kind programme --unit Circle --from 2026-10-05 --weeks 12
  Added cycle Autumn (programme): 2026-10-05 to 2026-12-27, planning; mid-point 2026-11-16
  $ same ada objective add "Ship the app" --cycle 2026-Q4 --layer team --unit Mobile --status active
  Added objective 1: Ship the app
  warn  objective.unaligned  objective 1: team objective 1 "Ship the app" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  $ same ada kr add 1 "Downloads" --baseline 0 --target 100
  Added key result 1: Downloads
    metric: 0 -> 0 -> 100, progress 0%, weight 1
  $ same ada objective add "Faster builds" --cycle 2026-Q4 --layer team --unit Mobile --status active
  Added objective 2: Faster builds
  warn  objective.unaligned  objective 2: team objective 2 "Faster builds" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  $ same ada kr add 2 "Build minutes" --baseline 20 --target 10
  Added key result 2: Build minutes
    metric: 20 -> 20 -> 10, progress 0%, weight 1
  $ same ada objective add "Maybe later" --cycle 2026-Q4 --layer team --unit Mobile
  Added objective 3: Maybe later
  warn  objective.unaligned  objective 3: team objective 3 "Maybe later" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  info  okr.count.objectives  unit 2: "Mobile" has 3 team objectives in "2026-Q4"; the range in a first cycle is 1 to 2
        One or two objectives are right in a first cycle: learn the rhythm before adding more.
  $ same ada objective add "Grow" --cycle 2026-Q4 --layer strategic --unit Acme --status active
  Added objective 4: Grow
  $ same bo objective add "Every member leads a meeting" --cycle Autumn --layer group --unit Circle --status active
  Added objective 5: Every member leads a meeting
  $ same dan objective add "I lead one meeting a month" --cycle Autumn --layer member --owner dan@acme.test --aligns-to 5 --status proposed
  Added objective 6: I lead one meeting a month
  info  member.outcome.habit  objective 6: member outcome 6 "I lead one meeting a month" reads as a habit ("one meeting a month") rather than an outcome
        Name what will be different by the end of the programme; keep the habit for the weekly commitments that get there.
  $ same bo objective review 6 approve
  Updated objective 6: I lead one meeting a month (approved)

Opening scoring early: only while active, by an admin (a programme: also
its group's lead); not by a member or a viewer.

  $ at 2026-12-10
  $ same cy cycle score 2026-Q4
  grip: only an admin, or a group's lead for its programme, can do that
  [1]
  $ same vic cycle score 2026-Q4
  grip: a viewer cannot change anything
  [1]
  $ same bo cycle score 2026-Q4
  grip: only an admin, or a group's lead for its programme, can do that
  [1]
  $ same ada cycle score 2026-Q4
  Scoring cycle 2026-Q4 (quarter): 2026-10-01 to 2026-12-31, scoring; mid-point 2026-11-16
  $ same ada cycle score 2026-Q4
  grip: status: 2026-Q4 is scoring: scoring opens early only while a cycle is active
  [1]
  $ same bo cycle score Autumn
  Scoring cycle Autumn (programme): 2026-10-05 to 2026-12-27, scoring; mid-point 2026-11-16

Scores are given now. Build minutes at 13 on 1 December: (20 - 13) / (20 -
10) = 0.7, suggested 0.7. The lead scores objective 2 at 0.6 and still
marks it achieved: below 0.7 that needs a reason.

  $ same bo kr update 2 13 --at 2026-12-01
  Updated key result 2: Build minutes
    metric: 20 -> 13 -> 10, progress 70%, weight 1
  $ same bo score 1 --final 0.9
  Scored key result 1: suggested 0.0, self -, lead -, final 0.9
  $ same bo score 2 --final 0.6
  Scored key result 2: suggested 0.7, self -, lead -, final 0.6
  $ same bo objective status 2 achieved
  grip: reason: it scored 0.6, below 0.7: a reason is required to mark it achieved
  [1]
  $ same bo objective status 2 achieved --reason "The last build fix landed after the count"
  Updated objective 2: Faster builds (achieved)

What keeps the quarter open: the draft (drop it) and the strategic
objective with nothing to score. A lead may not force the close; an admin
must give a reason.

  $ same ada cycle close 2026-Q4
  grip: cycle: 2026-Q4 cannot close: 2 objectives not scored: 3 "Maybe later" (still draft: never agreed, so drop it); 4 "Grow" (no key results, and no objective aligned to it is scored)
  [1]
  $ same bo cycle close 2026-Q4 --force "Good enough"
  grip: only an admin, or a group's lead for its programme, can do that
  [1]
  $ same ada cycle close 2026-Q4 --force ""
  grip: force: must not be empty
  [1]

Dropping the draft leaves the strategic objective; aligning objective 1
to it gives it a score (the mean of those aligned: objective 1's 0.9).

  $ same bo objective status 3 dropped --reason "Never agreed"
  Updated objective 3: Maybe later (dropped)
  $ same ada objective align 1 4
  Updated objective 1: Ship the app (active)
  $ same ada score list --unit Acme --cycle 2026-Q4
  Scores of Acme in 2026-Q4 (scoring)
  
  Objective 4: Grow (active): score 0.9

The close: objective 1 (0.9) and 4 (0.9) achieved; objective 2 was marked
achieved already and stays so; 3 stays dropped.

  $ same ada cycle close 2026-Q4
  Closed cycle 2026-Q4 (quarter): 2026-10-01 to 2026-12-31, closed; mid-point 2026-11-16
  $ same ada objective list --cycle 2026-Q4
  ID  TITLE          LAYER      OWNER   STATUS    PROGRESS  CONF  FLAGS
  1   Ship the app   team       Mobile  achieved  0%        -
  2   Faster builds  team       Mobile  achieved  70%       -
  3   Maybe later    team       Mobile  dropped   0%        -
  4   Grow           strategic  Acme    achieved  0%        -
  $ same ada cycle close 2026-Q4
  grip: status: 2026-Q4 is closed already
  [1]

A programme has no key-result scores: it closes once its outcomes have
ended, each member's by the group lead's final review (not by the
member).

  $ same bo score list --unit Circle --cycle Autumn
  grip: cycle: Autumn is a programme: its outcomes are not scored
  [1]
  $ same bo cycle close Autumn
  grip: cycle: Autumn cannot close: 2 objectives not ended: 5 "Every member leads a meeting" (still active: its final review records it achieved, missed or dropped); and 1 more
  [1]
  $ same bo objective status 5 achieved
  Updated objective 5: Every member leads a meeting (achieved)
  $ same dan objective status 6 active
  Updated objective 6: I lead one meeting a month (active)
  $ same dan objective status 6 achieved
  grip: status: only the group's lead or an admin ends a member's outcome achieved or missed: the final review
  [1]
  $ same bo cycle close Autumn
  grip: cycle: Autumn cannot close: 1 objective not ended: 6 "I lead one meeting a month" (still active: its final review records it achieved, missed or dropped)
  [1]
  $ same bo objective status 6 missed --reason "Two meetings of three"
  Updated objective 6: I lead one meeting a month (missed)
  $ same bo cycle close Autumn
  Closed cycle Autumn (programme): 2026-10-05 to 2026-12-27, closed; mid-point 2026-11-16
  $ same bo objective status 6 missed --reason "Two meetings of three"
  grip: cycle: cycle Autumn is closed and read-only
  [1]
  $ same bo cycle close Autumn
  grip: status: Autumn is closed already
  [1]

An admin forces a close over what is unscored, with the reason in the
history; the unscored objective keeps its status.

  $ same ada cycle add 2027-Q1 --kind quarter --from 2027-01-01 --to 2027-03-31
  Added cycle 2027-Q1 (quarter): 2027-01-01 to 2027-03-31, planning; mid-point 2027-02-15
  $ same ada objective add "Next" --cycle 2027-Q1 --layer team --unit Mobile --status active
  Added objective 7: Next
  warn  objective.unaligned  objective 7: team objective 7 "Next" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  info  okr.count.objectives  unit 2: "Mobile" has 1 team objective in "2027-Q1"; a team's range is 3 to 4
        With fewer objectives than that, check that nothing that matters this cycle is left out.
  $ same ada cycle close 2027-Q1
  grip: cycle: 2027-Q1 cannot close: 1 objective not scored: 7 "Next" (no key results, and no objective aligned to it is scored)
  [1]
  $ same ada cycle close 2027-Q1 --force "The team was merged into Web"
  Closed cycle 2027-Q1 (quarter): 2027-01-01 to 2027-03-31, closed; mid-point 2027-02-15
  $ same ada objective list --cycle 2027-Q1
  ID  TITLE  LAYER  OWNER   STATUS  PROGRESS  CONF  FLAGS
  7   Next   team   Mobile  active  0%        -
  $ for db in grip.db srv.db; do grip --db $db history --entity cycle --json | grep -o '"reason":"forced[^"]*"'; done
  "reason":"forced: The team was merged into Web"
  "reason":"forced: The team was merged into Web"
  $ kill -- -$SRV
