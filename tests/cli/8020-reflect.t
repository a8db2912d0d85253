Reflections at the end of a cycle: what worked, what did not, what to carry
forward, one per objective. Driven through the CLI on a file and through the
HTTP API at once: grip.db for local runs, srv.db behind a real `grip serve`
restarted at each move of the clock (`at DATE`), kept in step so ids and
dates match. `same WHO ARGS` runs `grip --as WHO ARGS` locally and, with
WHO's token, over the API; it prints the local output and shows any
difference after "!!".

  $ unset GRIP_SERVER GRIP_TOKEN
  $ both() { grip "$@" >/dev/null && grip --db srv.db "$@" >/dev/null; }
  $ export GRIP_NOW=2026-10-01
  $ both init --org "Acme" --admin ada@acme.test --name "Ada Admin"
  $ for p in bo cy eve lee ann; do both person add $p@acme.test --name "${p^}"; done
  $ both person add di@acme.test --name Di --role viewer
  $ for p in ada bo cy di eve lee ann; do grip --db srv.db token create $p@acme.test | tail -n 1 >tok.$p; done
  $ . "$TESTDIR/clock.sh"

Bo leads the team Mobile with Cy in it; Eve is in the team Web; Lee leads
the private group Circle with Ann in it; Di is a viewer. The quarter
2026-Q4 runs; 2027-Q1 is in planning.

  $ at 2026-10-01
  $ both unit add Mobile --kind team --lead bo@acme.test
  $ both unit add Web --kind team
  $ both unit add Circle --kind group --lead lee@acme.test --private
  $ both member add Mobile cy@acme.test
  $ both member add Web eve@acme.test
  $ both member add Circle ann@acme.test
  $ both cycle add 2026-Q4 --kind quarter --from 2026-10-01 --to 2026-12-31
  $ both cycle add 2027-Q1 --kind quarter --from 2027-01-01 --to 2027-03-31
  $ same ada objective add "Make onboarding effortless" --cycle 2026-Q4 --layer team --unit Mobile --status active
  Added objective 1: Make onboarding effortless
  warn  objective.unaligned  objective 1: team objective 1 "Make onboarding effortless" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  $ same ada objective add "Speak at a conference" --cycle 2026-Q4 --layer individual --unit Mobile --owner cy@acme.test --status active
  Added objective 2: Speak at a conference
  warn  objective.unaligned  objective 2: individual objective 2 "Speak at a conference" contributes to nothing above it: the chain is broken
        Align it to the team or strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  $ same ada objective add "By January I sleep eight hours" --cycle 2026-Q4 --layer member --unit Circle --owner ann@acme.test --status active
  Added objective 3: By January I sleep eight hours
  grip: warning: member.outcome.author: this outcome is written by ada@acme.test, not by ann@acme.test: a member's outcome works best in their own words
  $ same ada objective add "Let a shop work offline" --cycle 2027-Q1 --layer team --unit Mobile
  Added objective 4: Let a shop work offline
  warn  objective.unaligned  objective 4: team objective 4 "Let a shop work offline" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  info  okr.count.objectives  unit 2: "Mobile" has 1 team objective in "2027-Q1"; a team's range is 3 to 4
        With fewer objectives than that, check that nothing that matters this cycle is left out.

Nothing is written yet: the reflection shows as such.

  $ at 2026-12-20
  $ same cy reflect 1
  Reflection on objective 1: Make onboarding effortless
    Not written yet.
  $ same cy reflect 1 --json
  {"objective_id":1,"worked":null,"did_not":null,"carry_forward":null,"author_id":null,"updated_at":null}

A member of the team writes it while the cycle is active; the lead adds to
it (what is not given stays as it was).

  $ same cy reflect 1 --worked "Pairing with support on the first-run tour" --carry "The offline first run"
  Wrote the reflection on objective 1: Make onboarding effortless
    worked         Pairing with support on the first-run tour
    did not work   -
    carry forward  The offline first run
    by cy@acme.test, 2026-12-20T00:00:00Z
  $ same bo reflect 1 --did-not "We started the tour in week 6" --json
  {"objective_id":1,"worked":"Pairing with support on the first-run tour","did_not":"We started the tour in week 6","carry_forward":"The offline first run","author_id":2,"updated_at":"2026-12-20T00:00:00Z"}

The owner's lead writes on a person's objective; the group's lead on a
member's outcome in the private group.

  $ same bo reflect 2 --worked "A talk a month at meet-ups"
  Wrote the reflection on objective 2: Speak at a conference
    worked         A talk a month at meet-ups
    did not work   -
    carry forward  -
    by bo@acme.test, 2026-12-20T00:00:00Z
  $ same lee reflect 3 --carry "The evening routine" >/dev/null

Who may not: a viewer, someone of another team; who does not see the
objective is told it is not there. Nothing is written by a refusal.

  $ same di reflect 1 --worked "x"
  grip: a viewer cannot change anything
  [1]
  $ same eve reflect 1 --worked "x"
  grip: only those who may change this objective, or lead it, write its reflection
  [1]
  $ same cy reflect 3
  grip: objective: no such objective
  [1]
  $ same cy reflect 3 --worked "x"
  grip: objective: no such objective
  [1]
  $ same di reflect 1 | head -n 2
  Reflection on objective 1: Make onboarding effortless
    worked         Pairing with support on the first-run tour

Bad input: an id that is none, text with a control character; a cycle in
planning is not reflected on yet.

  $ same bo reflect abc --worked "x"
  grip: objective: is not an id (a whole number above 0): abc
  [1]
  $ same bo reflect 4 --worked "Too early"
  grip: cycle: a reflection is written while its cycle is active or scoring; 2027-Q1 is planning
  [1]
  $ same bo reflect 1 --worked "$(printf 'a\001b')"
  grip: worked: contains a control character
  [1]

On the cycle's last day it is in scoring: still written; "" clears a field.

  $ at 2026-12-31
  $ same ada cycle show 2026-Q4 | grep status
    status     scoring
  $ same bo reflect 1 --carry ""
  Wrote the reflection on objective 1: Make onboarding effortless
    worked         Pairing with support on the first-run tour
    did not work   We started the tour in week 6
    carry forward  -
    by bo@acme.test, 2026-12-31T00:00:00Z

Each write is an event with before and after.

  $ grip history --entity reflection --id 1 | cut -c5-
  AT                    ACTOR  ENTITY        ACTION  REASON
  2026-12-20T00:00:00Z  3      reflection 1  create  -
  2026-12-20T00:00:00Z  2      reflection 1  update  -
  2026-12-31T00:00:00Z  2      reflection 1  update  -
  $ grip history --entity reflection --id 1 --json | node -e 'const e = JSON.parse(require("fs").readFileSync(0)).pop(); console.log(e.action, JSON.stringify(e.before.carry_forward), "->", JSON.stringify(e.after.carry_forward))'
  update "The offline first run" -> null

The same over the API (the ids of events differ: srv.db also holds the
tokens' events).

  $ grip --server "$URL" --token "$(cat tok.ada)" history --entity reflection --id 1 | cut -c5- >remote.out
  $ grip history --entity reflection --id 1 | cut -c5- | cmp - remote.out && echo same
  same

Once the cycle is closed it is read-only. (Its objectives have no key
results, so nothing scores them: an admin forces the close.)

  $ at 2027-01-02
  $ same ada cycle close 2026-Q4 --force "Its objectives have no key results to score"
  Closed cycle 2026-Q4 (quarter): 2026-10-01 to 2026-12-31, closed; mid-point 2026-11-16
  $ same bo reflect 1 --worked "Later"
  grip: cycle: a reflection is written while its cycle is active or scoring; 2026-Q4 is closed
  [1]
  $ same cy reflect 1 | tail -n 1
    by bo@acme.test, 2026-12-31T00:00:00Z

  $ kill -- -$SRV; wait $SRV; echo stopped
  stopped
