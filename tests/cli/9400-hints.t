The coach speaks as people write: after `objective add/edit`, `kr add/edit`
and `commit add/edit` the hints on that item follow the result on standard
error, one line each as `grip coach` prints them with the suggestion below.
They never block the save nor change the exit status. With --json the
answer carries them as "hints" (as the API's does) and nothing more is
printed. The same over the API (--server): grip.db is used locally and
srv.db behind a real `grip serve`, kept in step; `same` prints the local
output and any difference over the API after "!!".

  $ unset GRIP_SERVER GRIP_TOKEN
  $ for db in grip.db srv.db; do grip --db $db init --org Acme --admin ada@acme.test --name "Ada Admin" >/dev/null; done
  $ T=$(grip --db srv.db token create ada@acme.test | tail -n 1)
  $ set -m; grip --db srv.db serve --listen 127.0.0.1:0 >server.out 2>server.log & set +m
  $ for i in $(seq 300); do grep -q listening server.out 2>/dev/null && break; sleep 0.1; done; URL=$(sed -n 's/^grip: listening on //p' server.out); echo "${URL%:*}"
  http://127.0.0.1
  $ same() {
  >   grip "$@" >local.out 2>local.err; l=$?
  >   grip --server "$URL" --token "$T" "$@" >remote.out 2>remote.err; r=$?
  >   cat local.out local.err
  >   cmp -s local.out remote.out && cmp -s local.err remote.err && [ $l = $r ] ||
  >     { echo "!! over the API (exit $r):"; cat remote.out remote.err; }
  >   return $l
  > }
  $ same person add bo@acme.test --name "Bo Berg" >/dev/null
  $ same unit add Mobile --kind team --lead bo@acme.test >/dev/null
  $ same cycle add 2026-Q4 --kind quarter --from 2026-10-01 --to 2026-12-31 >/dev/null

An objective that reads as business as usual, aligned to nothing.

  $ same objective add "Keep the lights on" --cycle 2026-Q4 --layer team --unit Mobile
  Added objective 1: Keep the lights on
  warn  objective.unaligned  objective 1: team objective 1 "Keep the lights on" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.
  info  objective.bau  objective 1: team objective 1 "Keep the lights on" reads as business as usual ("Keep")
        An objective names a change worth this cycle's effort; keep running work and health figures on a dashboard, and say what should be different.

Editing it speaks again, about the new words.

  $ same objective edit 1 --title "Customers finish their first task alone"
  Updated objective 1: Customers finish their first task alone (draft)
  warn  objective.unaligned  objective 1: team objective 1 "Customers finish their first task alone" contributes to nothing above it: the chain is broken
        Align it to the strategic objective it serves; if it serves none, ask whether it belongs in this cycle.

Key results: a yes/no one with no measure is vague; a task is an output;
both at once say both. A metric carries its numbers: not vague. An edit
that mends the words is quiet.

  $ same kr add 1 "Improve onboarding" --boolean
  Added key result 1: Improve onboarding
    boolean: 0 -> 0 -> 1, progress 0%, weight 1
  warn  kr.vague  key_result 1: key result 1 "Improve onboarding" of objective 1 says which way to go but not how far
        Make it measurable: a metric from a baseline to a target (from 65% to 90%), so that anyone can tell at the end whether it was reached.
  $ same kr add 1 "Launch the new settings page" --boolean
  Added key result 2: Launch the new settings page
    boolean: 0 -> 0 -> 1, progress 0%, weight 1
  info  kr.output  key_result 2: key result 2 "Launch the new settings page" of objective 1 reads as a task or a deliverable rather than a result
        Move the work to the objective's initiatives and measure what it should change: what people do differently once it is done.
  $ same kr add 1 "Improve start-up time" --baseline 4 --target 2 --unit s
  Added key result 3: Improve start-up time
    metric: 4 s -> 4 s -> 2 s, progress 0%, weight 1
  $ same kr edit 1 --title "Onboarding finished in one sitting"
  Updated key result 1: Onboarding finished in one sitting
    boolean: 0 -> 0 -> 1, progress 0%, weight 1
  info  kr.output  key_result 1: key result 1 "Onboarding finished in one sitting" of objective 1 reads as a task or a deliverable ("Onboarding finished") rather than a result
        Move the work to the objective's initiatives and measure what it should change: what people do differently once it is done.

Commitments: an outcome rather than an action, linked to nothing.

  $ same commit add bo@acme.test "Lose 2 kg" --week 2026-W48
  Added commitment 1 for bo@acme.test, 2026-W48: Lose 2 kg (open)
  warn  commitment.unlinked  commitment 1: commitment 1 of Bo Berg for 2026-W48, "Lose 2 kg", is linked to no objective: the chain is broken
        Link it to the outcome or objective it serves; if it serves none, ask whether it belongs in this week.
  info  commitment.outcome  commitment 1: commitment 1 of Bo Berg for 2026-W48, "Lose 2 kg", reads as an outcome rather than an action
        Write what you will do this week, something in your own hands; the outcome is what it serves.
  $ same commit edit 1 --text "Walk to work on Monday and Thursday" --goal 1
  Changed commitment 1 for bo@acme.test, 2026-W48: Walk to work on Monday and Thursday (open)
    linked to objective 1
  $ same commit add bo@acme.test "Call two customers" --week 2026-W48 --goal 1
  Added commitment 2 for bo@acme.test, 2026-W48: Call two customers (open)

With --json the hints are in the answer ("words" names what made a text
hint fire; null for the others), and nothing goes to standard error.

  $ grip objective add "Maintain the build" --cycle 2026-Q4 --layer team --unit Mobile --json 2>err.txt | tr ',' '\n' | grep -E '"(code|words)"'; wc -c <err.txt
  "hints":[{"code":"objective.unaligned"
  "words":null}
  {"code":"objective.bau"
  "words":"Maintain"}]}
  0

Bo writes a commitment of his own and sees its hints; a viewer, who may
write nothing, is refused and told nothing more.

  $ grip person add vi@acme.test --name "Vi Viewer" --role viewer >/dev/null
  $ grip --as bo@acme.test commit add bo@acme.test "Feel calmer at work" --week 2026-W48
  Added commitment 3 for bo@acme.test, 2026-W48: Feel calmer at work (open)
  warn  commitment.unlinked  commitment 3: commitment 3 of Bo Berg for 2026-W48, "Feel calmer at work", is linked to no objective: the chain is broken
        Link it to the outcome or objective it serves; if it serves none, ask whether it belongs in this week.
  info  commitment.outcome  commitment 3: commitment 3 of Bo Berg for 2026-W48, "Feel calmer at work", reads as an outcome ("Feel calmer") rather than an action
        Write what you will do this week, something in your own hands; the outcome is what it serves.
  $ grip --as vi@acme.test commit add vi@acme.test "Lose 2 kg" --week 2026-W48
  grip: a viewer cannot change anything
  [1]

An organisation in German reads the hints' words in German; the quoted
words stay as written.

  $ grip org edit --locale de >/dev/null
  $ grip kr add 1 "Improve retention" --boolean
  Added key result 4: Improve retention
    boolean: 0 -> 0 -> 1, progress 0%, weight 1
  warn  kr.vague  key_result 4: Schlüsselergebnis 4 "Improve retention" von Ziel 1 nennt eine Richtung, aber kein Maß
        Machen Sie es messbar: eine Kennzahl von einem Ausgangswert zu einem Zielwert (von 65 % auf 90 %), damit am Ende jeder sehen kann, ob es erreicht wurde.

  $ kill %1; wait

The hints go to standard error, after the result, and do not change the
exit status.

  $ grip objective add "Keep the lights on" --cycle 2026-Q4 --layer team --unit Mobile 2>/dev/null; echo "status $?"
  Added objective 3: Keep the lights on
  status 0
  $ grip objective add "Keep the lights on" --cycle 2026-Q4 --layer team --unit Mobile 2>&1 >/dev/null | cut -c1-40
  warn  objective.unaligned  objective 4: 
        Align it to the strategic objectiv
  info  objective.bau  objective 4: Ziel 4
        Ein Ziel benennt eine Veränderung
  info  okr.count.objectives  unit 2: "Mob
        One or two objectives are right in
