Everything due from a person now (`grip due`), locally and over the API
at once: grip.db for local runs, srv.db behind a real `grip serve`,
kept in step (see clock.sh). Each kind appears when it is due and goes
once it is done.

  $ unset GRIP_SERVER GRIP_TOKEN
  $ both() { grip "$@" >/dev/null && grip --db srv.db "$@" >/dev/null; }
  $ export GRIP_NOW=2026-07-01
  $ both init --org "Acme" --admin ada@acme.test --name "Ada Admin"
  $ for p in bo cy lee; do both person add $p@acme.test --name "${p^}"; done
  $ both person add vic@acme.test --name Vic --role viewer
  $ for p in ada bo cy lee vic; do grip --db srv.db token create $p@acme.test | tail -n 1 >tok.$p; done
  $ . "$TESTDIR/clock.sh"

Bo leads the team Mobile, Cy is in it; Lee leads the group Circle, Cy is
in it too. Q3 is over and in scoring; Q4 runs (mid-point 2026-11-16); the
programme Autumn runs in Circle for 12 weeks from 2026-10-05.

  $ at 2026-07-01
  $ same ada unit add Mobile --kind team --lead bo@acme.test
  Added unit 2: Mobile (team)
  $ same ada member add Mobile cy@acme.test --joined 2026-07-01
  cy@acme.test joined Mobile as member on 2026-07-01.
  $ same ada unit add Circle --kind group --lead lee@acme.test
  Added unit 3: Circle (group)
  $ same ada member add Circle cy@acme.test --joined 2026-07-01
  cy@acme.test joined Circle as member on 2026-07-01.
  $ same ada cycle add Q3 --kind quarter --from 2026-07-01 --to 2026-09-30 >/dev/null
  $ same ada cycle add Q4 --kind quarter --from 2026-10-01 --to 2026-12-31 >/dev/null
  $ same ada cycle add Autumn --kind programme --unit Circle --from 2026-10-05 --weeks 12 >/dev/null
  $ same bo objective add "Faster app" --cycle Q3 --layer team --unit Mobile --status active
  Added objective 1: Faster app
  warn  objective.unaligned  objective 1: team objective 1 "Faster app" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  $ same bo kr add 1 "Start time" --baseline 4 --target 2 >/dev/null

On Monday of the half-way week (week 7) the group's lead has its review
due, and Cy, who wrote nothing in weeks 45 and 46, drifts.

  $ at 2026-11-16
  $ same lee due
  KIND             ID  ABOUT   PERIOD    SINCE       LINK
  group.review     3   Circle  Autumn    2026-11-16  /groups/3
  member.drifting  3   Cy      2026-W47  2026-11-16  /groups/3
  $ same cy commit add cy@acme.test "Call two customers"
  Added commitment 1 for cy@acme.test, 2026-W47: Call two customers (open)
  warn  commitment.unlinked  commitment 1: commitment 1 of Cy for 2026-W47, "Call two customers", is linked to no objective: the chain is broken
        Link it to the outcome or objective it serves; if it serves none, ask whether it belongs in this week.

A week later, Monday 2026-11-23. Bo's team objective and Cy's proposal.

  $ at 2026-11-23
  $ same bo objective add "Ship the app" --cycle Q4 --layer team --unit Mobile --status active
  Added objective 2: Ship the app
  warn  objective.unaligned  objective 2: team objective 2 "Ship the app" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  info  okr.count.objectives  unit 2: "Mobile" has 1 team objective in "Q4"; a team's range is 3 to 4
        With fewer objectives than that, check that nothing that matters this cycle is left out.
  $ same cy objective add "Learn Swift" --cycle Q4 --layer individual --unit Mobile --owner cy@acme.test --status proposed
  Added objective 3: Learn Swift
  warn  objective.unaligned  objective 3: individual objective 3 "Learn Swift" contributes to nothing above it: the chain is broken
        Align it to the team or strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  info  okr.count.objectives  person 3: Cy has 1 individual objective in "Q4"; a person's range is 2 to 3
        With fewer objectives than that, check that nothing that matters this cycle is left out.

Cy: the check-ins of the running quarter (Q3's is over), this week's
commitment in Circle, last week's to close, and the self score of Q3's
objective.

  $ same cy due
  KIND              ID  ABOUT               PERIOD    SINCE       LINK
  checkin.due       2   Ship the app        2026-W48  2026-11-23  /objectives/2/checkin
  commitment.write  3   Circle              2026-W48  2026-11-23  /week
  commitment.close  1   Call two customers  2026-W47  2026-11-23  /week
  score.due         1   Faster app          Q3        2026-09-30  /scoring?cycle=Q3&unit=Mobile

Bo: the check-in, the mid-cycle review, the lead's score and the
proposal waiting. Lee: Cy drifts, and Cy's proposal waits for him too
(he leads a unit Cy is in). Vic, a viewer, owes nothing; Ada, an admin,
reviews and approves everything but scores only as a lead would.

  $ same bo due
  KIND              ID  ABOUT         PERIOD      SINCE       LINK
  checkin.due       2   Ship the app  2026-W48    2026-11-23  /objectives/2/checkin
  review.due        2   Ship the app  2026-11-16  2026-11-16  /objectives/2/reviews/new
  score.due         1   Faster app    Q3          2026-09-30  /scoring?cycle=Q3&unit=Mobile
  approval.waiting  3   Learn Swift   v1          2026-11-23  /approvals
  $ same lee due
  KIND              ID  ABOUT        PERIOD    SINCE       LINK
  member.drifting   3   Cy           2026-W48  2026-11-23  /groups/3
  approval.waiting  3   Learn Swift  v1        2026-11-23  /approvals
  $ same vic due
  Nothing is due from you now.
  $ same ada due
  KIND              ID  ABOUT         PERIOD      SINCE       LINK
  review.due        2   Ship the app  2026-11-16  2026-11-16  /objectives/2/reviews/new
  approval.waiting  3   Learn Swift   v1          2026-11-23  /approvals

Done, one by one: each item goes.

  $ same cy checkin 2 --confidence 7 >/dev/null
  $ same cy commit add cy@acme.test "Write the plan" >/dev/null
  $ same cy commit close 1 done --reflection "Both called" >/dev/null
  $ same cy score 1 --self 0.5 >/dev/null
  $ same bo objective review 3 return --comment "Say by when"
  Updated objective 3: Learn Swift (draft)
  $ same cy due --json
  [{"kind":"objective.returned","object_id":3,"title":"Learn Swift","link":"/objectives/3","period":"2026-11-23T00:00:00Z","since":"2026-11-23"}]
  $ same bo due
  KIND        ID  ABOUT         PERIOD      SINCE       LINK
  review.due  2   Ship the app  2026-11-16  2026-11-16  /objectives/2/reviews/new
  score.due   1   Faster app    Q3          2026-09-30  /scoring?cycle=Q3&unit=Mobile
  $ same cy objective status 3 proposed >/dev/null
  $ same cy due
  Nothing is due from you now.
  $ same bo due --json | grep -o '"kind":"approval.waiting"[^}]*'
  "kind":"approval.waiting","object_id":3,"title":"Learn Swift","link":"/approvals","period":"v3","since":"2026-11-23"
  $ kill -- -$SRV
