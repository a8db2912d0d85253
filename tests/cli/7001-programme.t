A twelve-week coaching programme, driven week by week with the clock
(GRIP_NOW) moving, through the CLI on a file and through the HTTP API at
once: grip.db for local runs, srv.db behind a real `grip serve` restarted
at each move of the clock, kept in step so ids, dates and figures match.
`at DATE` moves the clock and restarts the server (in a process group of
its own, stopped as a whole). `same WHO ARGS` runs `grip --as WHO ARGS`
locally and, with WHO's token, over the API; it prints the local output
and shows any difference after "!!".

  $ unset GRIP_SERVER GRIP_TOKEN
  $ both() { grip "$@" >/dev/null && grip --db srv.db "$@" >/dev/null; }
  $ both init --org "Acme" --admin ada@acme.test --name "Ada Admin"
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ export GRIP_NOW=2026-10-01
  $ for p in lee ann ben cat dan oli; do both person add $p@acme.test --name "${p^}"; done
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ both person add vic@acme.test --name Vic --role viewer
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ for p in ada lee ann ben cat dan oli vic; do grip --db srv.db token create $p@acme.test | tail -n 1 >tok.$p; done
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  $ . "$TESTDIR/clock.sh"

Planning (1 October): a private group led by Lee, four members, a
programme of 12 weeks from Monday 5 October (weeks 2026-W41 to W52; the
half-way review is week 7).

  $ at 2026-10-01
  $ same ada unit add Circle --kind group --lead lee@acme.test --private
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ for p in ann ben cat dan; do same ada member add Circle $p@acme.test; done
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same ada cycle add "Autumn circle" --kind programme --unit Circle --from 2026-10-05 --weeks 12
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same lee objective add "Every member runs a one-to-one with confidence" --cycle "Autumn circle" --layer group --unit Circle
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same lee objective edit 1 --title "Every member runs a weekly one-to-one with confidence"
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same lee objective status 1 active
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]

Lee offers the outcome prompt: its questions stand beside what members
write, never in it. Only the lead (or an admin) offers it.

  $ same ann group prompt Circle on
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same lee group prompt Circle on
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same ann group prompt Circle
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same lee group prompt Circle maybe
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]

Members write their outcomes in their own words; Lee writes one for Cat,
which is allowed and flagged.

  $ same ann objective add "By December I run my one-to-ones without notes" --cycle "Autumn circle" --layer member --unit Circle --owner ann@acme.test --status proposed
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same ben objective add "Be better at feedback" --cycle "Autumn circle" --layer member --unit Circle --owner ben@acme.test --status proposed
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same lee objective add "Cat gives feedback within a day" --cycle "Autumn circle" --layer member --unit Circle --owner cat@acme.test
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same ben objective edit 2 --title "Read Ann's outcome"
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same lee objective review 2 approve
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same lee objective review 3 return
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same lee objective review 3 return --comment "By when, and how will you know?"
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same ben objective review 3 approve
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]

Privacy: another member cannot read a private outcome (nor rewrite or
review it), nor an outsider or an org viewer anything of the private group.

  $ same ben objective show 2
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same oli objective show 1
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same vic group report Circle
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same vic objective show 1
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]

Week 1 (Tuesday 6 October): the programme runs; the group outcome is
locked for its lead, an admin changes it only with a reason. Rewriting a
member outcome is free in week 1.

  $ at 2026-10-06
  /work/wt-cache/tests/cli/clock.sh: line 14: kill: (-16688) - No such process
  $ same lee objective edit 1 --title "Anything"
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same ada objective edit 1 --why "So that every team has a lead who listens"
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same ada objective edit 1 --why "So that every team has a lead who listens" --reason "Agreed in the first session"
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same lee objective add "Also: better meetings" --cycle "Autumn circle" --layer group --unit Circle
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same lee objective status 5 dropped --reason "One group outcome is enough"
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same ben objective edit 3 --title "By the end of the programme I give feedback within a day, every time"
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same lee objective review 3 approve
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same ann commit add ann@acme.test "Book my one-to-ones for the week" --week 2026-W41 --goal 2
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same ben commit add ben@acme.test "Ask for feedback on one meeting" --week 2026-W41 --goal 3
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same cat commit add cat@acme.test "Give one piece of feedback the same day" --week 2026-W41 --goal 4
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same dan commit add dan@acme.test "Read the feedback chapter" --week 2026-W41
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same lee commit add lee@acme.test "Prepare week 2" --week 2026-W41 --goal 1
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same ben commit add ben@acme.test "Something of Ann's" --week 2026-W41 --goal 2
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]

Week 2: last week's commitments are closed when this week's are written.

  $ at 2026-10-13
  /work/wt-cache/tests/cli/clock.sh: line 14: kill: (-23654) - No such process
  $ same ann commit add ann@acme.test "Run two one-to-ones without notes" --week 2026-W42 --goal 2
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same ann commit close 1 done --reflection "All booked"
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same ben commit close 2 partial
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same cat commit close 3 done
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same dan commit close 4 done
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same ben commit add ben@acme.test "Give feedback in the retro" --week 2026-W42 --goal 3
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same cat commit add cat@acme.test "Same-day feedback twice" --week 2026-W42 --goal 4
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same lee group chain Circle dan@acme.test
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]

Week 3: rewriting an outcome now needs a reason.

  $ at 2026-10-20
  /work/wt-cache/tests/cli/clock.sh: line 14: kill: (-29589) - No such process
  $ same lee commit close 5 done
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same ann commit close 6 done
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same ben commit close 7 done
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same cat commit close 8 done
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same ann objective edit 2 --title "By December I run every one-to-one without notes"
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same ann objective edit 2 --title "By December I run every one-to-one without notes" --reason "Notes were a crutch in week 2 too"
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same ann commit add ann@acme.test "Three one-to-ones without notes" --week 2026-W43 --goal 2
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same ben commit add ben@acme.test "Feedback to two people" --week 2026-W43 --goal 3
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]

Week 4: Cat wrote nothing last week; this week's commitments are closed
later.

  $ at 2026-10-27
  /work/wt-cache/tests/cli/clock.sh: line 14: kill: (-3703) - No such process
  $ same ann commit close 9 partial --reflection "Two of three"
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same ben commit close 10 missed
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same ann commit add ann@acme.test "Four one-to-ones" --week 2026-W44 --goal 2
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same ben commit add ben@acme.test "Feedback within a day, once" --week 2026-W44 --goal 3
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same cat commit add cat@acme.test "Feedback on Friday" --week 2026-W44 --goal 4
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]

Week 5: Dan leaves the group on Tuesday 3 November.

  $ at 2026-11-03
  /work/wt-cache/tests/cli/clock.sh: line 14: kill: (-10987) - No such process
  $ same ann commit close 11 done
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same ben commit close 12 partial
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same cat commit close 13 missed
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same lee member leave Circle dan@acme.test --reason "Moved to another city"
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same ann commit add ann@acme.test "Four one-to-ones again" --week 2026-W45 --goal 2
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same ben commit add ben@acme.test "Ask Cy how feedback landed" --week 2026-W45 --goal 3
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]

Week 6 (Tuesday 10 November): five weeks are closed. Ann shares her
outcome with the group: Ben now sees it, but not her figures. Ben's week-5
commitment was never closed, so it counts as missed. Completion: Ann
(4 done + 1 partial / 2) / 5 = 0.9; Ben (1 done + 2 partial / 2) / 5 = 0.4;
Cat 2 done of 3 = 0.667; Dan 1 of 1; the group (8 + 3 / 2) / 14 = 0.679.
Drop-out: 1 of the 4 enrolled by the end of week 2 left = 0.25. Cat
drifts: week 3 not written, week 4 missed.

  $ at 2026-11-10
  /work/wt-cache/tests/cli/clock.sh: line 14: kill: (-19500) - No such process
  $ same ann commit close 14 done
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same ann commit add ann@acme.test "Ask two people how my one-to-ones feel" --week 2026-W46 --goal 2
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same ben commit add ben@acme.test "Feedback after standup" --week 2026-W46
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same lee group prompt Circle off
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same lee group report Circle
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same lee group report Circle --json
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same ann objective edit 2 --visibility org
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same ben group report Circle --json
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same lee group report Circle --week 2026-W43
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same lee group report Circle --week 2026-W30
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same lee group report Nowhere
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same lee coach --unit Circle
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same ben coach
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same ann group chain Circle
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ same ann group chain Circle ben@acme.test
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]

Week 7, the half-way review: rewriting is free again.

  $ at 2026-11-17
  /work/wt-cache/tests/cli/clock.sh: line 14: kill: (-3246) - No such process
  $ same ben objective edit 3 --title "By December I give feedback within a day, and ask how it landed"
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]

Week 12 and after: the programme's last week, then its end.

  $ at 2026-12-22
  /work/wt-cache/tests/cli/clock.sh: line 14: kill: (-27606) - No such process
  $ same lee group report Circle --week 2026-W52
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ kill -- -$SRV; wait $SRV; echo stopped
  tests/run: line 57: kill: (-8645) - No such process
  stopped
