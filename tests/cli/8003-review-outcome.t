The group half-way review (docs/model.md, "Mid-cycle reviews"): at a
programme's mid-point its lead reviews each member's outcome with the same
review, shown as kept, rewritten or dropped, with a note (the reason). An
outcome stays in the member's words: the lead records "rewritten", and
the member rewrites it. On the CLI and over the API with the same output;
`at DATE` moves the clock and restarts the server, `same WHO ARGS` runs
`grip --as WHO ARGS` locally and over the API.

  $ unset GRIP_SERVER GRIP_TOKEN
  $ both() { grip "$@" >/dev/null && grip --db srv.db "$@" >/dev/null; }
  $ export GRIP_NOW=2026-09-20
  $ both init --org "Acme" --admin ada@acme.test --name "Ada Admin"
  $ for p in lee ann ben cat; do both person add $p@acme.test --name "${p^}"; done
  $ both person add vic@acme.test --name Vic --role viewer
  $ for p in ada lee ann ben cat vic; do grip --db srv.db token create $p@acme.test | tail -n 1 >tok.$p; done
  $ . "$TESTDIR/clock.sh"

A private group Circle led by Lee; a programme of 12 weeks from Monday 5
October: its mid-point is 5 October + 7 x (12 / 2) = 42 days = 16
November, the first day of week 7, the half-way week.

  $ at 2026-10-01
  $ same ada unit add Circle --kind group --lead lee@acme.test --private
  Added unit 2: Circle (group, private)
  $ for p in ann ben cat; do same ada member add Circle $p@acme.test; done
  ann@acme.test joined Circle as member on 2026-10-01.
  ben@acme.test joined Circle as member on 2026-10-01.
  cat@acme.test joined Circle as member on 2026-10-01.
  $ same ada cycle add "Autumn circle" --kind programme --unit Circle --from 2026-10-05 --weeks 12
  Added cycle Autumn circle (programme): 2026-10-05 to 2026-12-27, planning; mid-point 2026-11-16
  $ same lee objective add "Every member leads a meeting" --cycle "Autumn circle" --layer group --unit Circle --status active
  Added objective 1: Every member leads a meeting
  $ same ann objective add "I run my one-to-ones without notes" --cycle "Autumn circle" --layer member --unit Circle --owner ann@acme.test --status proposed
  Added objective 2: I run my one-to-ones without notes
  $ same ben objective add "Be better at feedback" --cycle "Autumn circle" --layer member --unit Circle --owner ben@acme.test --status proposed
  Added objective 3: Be better at feedback
  $ same cat objective add "I chair the weekly stand-up" --cycle "Autumn circle" --layer member --unit Circle --owner cat@acme.test --status proposed
  Added objective 4: I chair the weekly stand-up
  info  member.outcome.habit  objective 4: member outcome 4 "I chair the weekly stand-up" reads as a habit ("weekly") rather than an outcome
        Name what will be different by the end of the programme; keep the habit for the weekly commitments that get there.
  $ for i in 2 3 4; do same lee objective review $i approve; done
  Updated objective 2: I run my one-to-ones without notes (approved)
  Updated objective 3: Be better at feedback (approved)
  Updated objective 4: I chair the weekly stand-up (approved)

At the mid-point the group's lead has four reviews due: the group outcome
and each member's outcome. A member has none.

  $ at 2026-11-16
  $ same lee review due
  ID  TITLE                               LAYER   UNIT    OWNER          CYCLE          MIDPOINT    LAST REVIEW
  1   Every member leads a meeting        group   Circle  -              Autumn circle  2026-11-16  -
  2   I run my one-to-ones without notes  member  Circle  ann@acme.test  Autumn circle  2026-11-16  -
  3   Be better at feedback               member  Circle  ben@acme.test  Autumn circle  2026-11-16  -
  4   I chair the weekly stand-up         member  Circle  cat@acme.test  Autumn circle  2026-11-16  -
  Review with: grip review add ID keep|adjust|drop --reason TEXT
  $ same ann review due
  No mid-cycle reviews due.

Ann's outcome is kept. Ben's is vague: Lee may not put her words in it,
but records that it is to be rewritten, with a note; Ben rewrites it in
his own words (in the half-way week, with no reason needed). Cat's is
dropped: she moved team.

  $ same lee review add 2 keep --reason "Three one-to-ones without notes already"
  Review 1 of objective 2, kept by lee@acme.test at 2026-11-16T00:00:00Z: Three one-to-ones without notes already
  $ same lee review add 3 adjust --reason "Say how you will know" --title "I give feedback within a day"
  grip: a member's outcome is in their own words: only they rewrite it (a lead returns it with a comment instead)
  [1]
  $ same lee review add 3 adjust --reason "Say how you will know: Ben rewrites it this week"
  Review 2 of objective 3, rewritten by lee@acme.test at 2026-11-16T00:00:00Z: Say how you will know: Ben rewrites it this week
  $ same ben objective edit 3 --title "I give each report feedback within a day, every week"
  Updated objective 3: I give each report feedback within a day, every week (approved)
  info  member.outcome.habit  objective 3: member outcome 3 "I give each report feedback within a day, every week" reads as a habit ("every week") rather than an outcome
        Name what will be different by the end of the programme; keep the habit for the weekly commitments that get there.
  $ same cat review add 4 drop --reason "I moved team"
  grip: only the group's lead or an admin reviews an outcome half-way
  [1]
  $ same lee review add 4 drop --reason "Cat moved to another team"
  Review 3 of objective 4, dropped by lee@acme.test at 2026-11-16T00:00:00Z: Cat moved to another team
  $ same lee review add 1 keep --reason "Two of three members have led a meeting"
  Review 4 of objective 1, kept by lee@acme.test at 2026-11-16T00:00:00Z: Two of three members have led a meeting

The review reads kept / rewritten / dropped for the member and the lead.

  $ same ben review list 3
  Review 2 of objective 3, rewritten by lee@acme.test at 2026-11-16T00:00:00Z: Say how you will know: Ben rewrites it this week
  $ same ben review list 3 --json
  [{"id":2,"objective_id":3,"decision":"adjust","label":"rewritten","reason":"Say how you will know: Ben rewrites it this week","reviewer_id":2,"reviewer":"lee@acme.test","at":"2026-11-16T00:00:00Z","changes":[]}]
  $ same cat review list 4
  Review 3 of objective 4, dropped by lee@acme.test at 2026-11-16T00:00:00Z: Cat moved to another team
  $ same lee review list 2
  Review 1 of objective 2, kept by lee@acme.test at 2026-11-16T00:00:00Z: Three one-to-ones without notes already
  $ same lee review due
  No mid-cycle reviews due.

Someone outside the private group sees neither the outcome nor its
reviews.

  $ same vic review list 3
  grip: objective: no such objective
  [1]

  $ kill -- -$SRV; wait $SRV; echo stopped
  stopped
