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
  $ export GRIP_NOW=2026-10-01
  $ for p in lee ann ben cat dan oli; do both person add $p@acme.test --name "${p^}"; done
  $ both person add vic@acme.test --name Vic --role viewer
  $ for p in ada lee ann ben cat dan oli vic; do grip --db srv.db token create $p@acme.test | tail -n 1 >tok.$p; done
  $ . "$TESTDIR/clock.sh"

Planning (1 October): a private group led by Lee, four members, a
programme of 12 weeks from Monday 5 October (weeks 2026-W41 to W52; the
half-way review is week 7).

  $ at 2026-10-01
  $ same ada unit add Circle --kind group --lead lee@acme.test --private
  Added unit 2: Circle (group, private)
  $ for p in ann ben cat dan; do same ada member add Circle $p@acme.test; done
  ann@acme.test joined Circle as member on 2026-10-01.
  ben@acme.test joined Circle as member on 2026-10-01.
  cat@acme.test joined Circle as member on 2026-10-01.
  dan@acme.test joined Circle as member on 2026-10-01.
  $ same ada cycle add "Autumn circle" --kind programme --unit Circle --from 2026-10-05 --weeks 12
  Added cycle Autumn circle (programme): 2026-10-05 to 2026-12-27, planning; mid-point 2026-11-16
  $ same lee objective add "Every member runs a one-to-one with confidence" --cycle "Autumn circle" --layer group --unit Circle
  Added objective 1: Every member runs a one-to-one with confidence
  $ same lee objective edit 1 --title "Every member runs a weekly one-to-one with confidence"
  Updated objective 1: Every member runs a weekly one-to-one with confidence (draft)
  $ same lee objective status 1 active
  Updated objective 1: Every member runs a weekly one-to-one with confidence (active)

Lee offers the outcome prompt: its questions stand beside what members
write, never in it. Only the lead (or an admin) offers it.

  $ same ann group prompt Circle on
  grip: only the group's lead or an admin offers the outcome prompt
  [1]
  $ same lee group prompt Circle on
  The outcome prompt is offered to members:
    By when will it be true?
    How will you know you got there?
    How much, or how often?
  $ same ann group prompt Circle
  The outcome prompt is offered to members:
    By when will it be true?
    How will you know you got there?
    How much, or how often?
  $ same lee group prompt Circle maybe
  grip: offer: must be on or off
  [1]

Members write their outcomes in their own words; Lee writes one for Cat,
which is allowed and flagged.

  $ same ann objective add "By December I run my one-to-ones without notes" --cycle "Autumn circle" --layer member --unit Circle --owner ann@acme.test --status proposed
  Added objective 2: By December I run my one-to-ones without notes
  $ same ben objective add "Be better at feedback" --cycle "Autumn circle" --layer member --unit Circle --owner ben@acme.test --status proposed
  Added objective 3: Be better at feedback
  $ same lee objective add "Cat gives feedback within a day" --cycle "Autumn circle" --layer member --unit Circle --owner cat@acme.test
  Added objective 4: Cat gives feedback within a day
  warn  member.outcome.author  objective 4: member outcome 4 "Cat gives feedback within a day" of Cat was written by Lee
        Ask Cat to put it in their own words: an outcome a member writes is one they own.
  grip: warning: member.outcome.author: this outcome is written by lee@acme.test, not by cat@acme.test: a member's outcome works best in their own words
  $ same ben objective edit 2 --title "Read Ann's outcome"
  grip: objective: no such objective
  [1]
  $ same lee objective review 2 approve
  Updated objective 2: By December I run my one-to-ones without notes (approved)
  $ same lee objective review 3 return
  grip: comment: is required: say what to change
  [1]
  $ same lee objective review 3 return --comment "By when, and how will you know?"
  Updated objective 3: Be better at feedback (draft)
  $ same ben objective review 3 approve
  grip: you do not review your own outcome: a lead does
  [1]

Privacy: another member cannot read a private outcome (nor rewrite or
review it), nor an outsider or an org viewer anything of the private group.

  $ same ben objective show 2
  grip: objective: no such objective
  [1]
  $ same oli objective show 1
  grip: objective: no such objective
  [1]
  $ same vic group report Circle
  grip: unit: no unit named Circle
  [1]
  $ same vic objective show 1
  grip: objective: no such objective
  [1]

Week 1 (Tuesday 6 October): the programme runs; the group outcome is
locked for its lead, an admin changes it only with a reason. Rewriting a
member outcome is free in week 1.

  $ at 2026-10-06
  $ same lee objective edit 1 --title "Anything"
  grip: group.outcome.locked: the group outcome is locked while Autumn circle runs; an admin can change it, with a reason
  [1]
  $ same ada objective edit 1 --why "So that every team has a lead who listens"
  grip: reason: is required to change a group outcome while Autumn circle runs
  [1]
  $ same ada objective edit 1 --why "So that every team has a lead who listens" --reason "Agreed in the first session"
  Updated objective 1: Every member runs a weekly one-to-one with confidence (active)
  $ same lee objective add "Also: better meetings" --cycle "Autumn circle" --layer group --unit Circle
  Added objective 5: Also: better meetings
  grip: warning: group.outcome.count: Circle now has 2 group outcomes in Autumn circle: two split the group's attention, three paralyse it
  $ same lee objective status 5 dropped --reason "One group outcome is enough"
  Updated objective 5: Also: better meetings (dropped)
  $ same ben objective edit 3 --title "By the end of the programme I give feedback within a day, every time"
  Updated objective 3: By the end of the programme I give feedback within a day, every time (draft)
  info  member.outcome.habit  objective 3: member outcome 3 "By the end of the programme I give feedback within a day, ev…" reads as a habit ("every time") rather than an outcome
        Name what will be different by the end of the programme; keep the habit for the weekly commitments that get there.
  $ same lee objective review 3 approve
  Updated objective 3: By the end of the programme I give feedback within a day, every time (approved)
  $ same ann commit add ann@acme.test "Book my one-to-ones for the week" --week 2026-W41 --goal 2
  Added commitment 1 for ann@acme.test, 2026-W41: Book my one-to-ones for the week (open)
  $ same ben commit add ben@acme.test "Ask for feedback on one meeting" --week 2026-W41 --goal 3
  Added commitment 2 for ben@acme.test, 2026-W41: Ask for feedback on one meeting (open)
  $ same cat commit add cat@acme.test "Give one piece of feedback the same day" --week 2026-W41 --goal 4
  Added commitment 3 for cat@acme.test, 2026-W41: Give one piece of feedback the same day (open)
  $ same dan commit add dan@acme.test "Read the feedback chapter" --week 2026-W41
  Added commitment 4 for dan@acme.test, 2026-W41: Read the feedback chapter (open)
  warn  commitment.unlinked  commitment 4: commitment 4 of Dan for 2026-W41, "Read the feedback chapter", is linked to no objective: the chain is broken
        Link it to the outcome or objective it serves; if it serves none, ask whether it belongs in this week.
  $ same lee commit add lee@acme.test "Prepare week 2" --week 2026-W41 --goal 1
  Added commitment 5 for lee@acme.test, 2026-W41: Prepare week 2 (open)
  $ same ben commit add ben@acme.test "Something of Ann's" --week 2026-W41 --goal 2
  grip: objective_id: no such objective
  [1]

Week 2: last week's commitments are closed when this week's are written.

  $ at 2026-10-13
  $ same ann commit add ann@acme.test "Run two one-to-ones without notes" --week 2026-W42 --goal 2
  Added commitment 6 for ann@acme.test, 2026-W42: Run two one-to-ones without notes (open)
  Still open from earlier weeks (close with: grip commit close ID done|partial|missed):
    1  2026-W41  Book my one-to-ones for the week
  $ same ann commit close 1 done --reflection "All booked"
  Closed commitment 1 for ann@acme.test, 2026-W41: Book my one-to-ones for the week (done)
  $ same ben commit close 2 partial
  Closed commitment 2 for ben@acme.test, 2026-W41: Ask for feedback on one meeting (partial)
  $ same cat commit close 3 done
  Closed commitment 3 for cat@acme.test, 2026-W41: Give one piece of feedback the same day (done)
  $ same dan commit close 4 done
  Closed commitment 4 for dan@acme.test, 2026-W41: Read the feedback chapter (done)
  $ same ben commit add ben@acme.test "Give feedback in the retro" --week 2026-W42 --goal 3
  Added commitment 7 for ben@acme.test, 2026-W42: Give feedback in the retro (open)
  $ same cat commit add cat@acme.test "Same-day feedback twice" --week 2026-W42 --goal 4
  Added commitment 8 for cat@acme.test, 2026-W42: Same-day feedback twice (open)
  $ same lee group chain Circle dan@acme.test
  Chain of dan@acme.test for 2026-W42:
      -> outcome: (none)
      -> group outcome: Every member runs a weekly one-to-one with confidence
    Break: no outcome of their own after week 1
    Break: no commitment for 2026-W42

Week 3: rewriting an outcome now needs a reason.

  $ at 2026-10-20
  $ same lee commit close 5 done
  Closed commitment 5 for lee@acme.test, 2026-W41: Prepare week 2 (done)
  $ same ann commit close 6 done
  Closed commitment 6 for ann@acme.test, 2026-W42: Run two one-to-ones without notes (done)
  $ same ben commit close 7 done
  Closed commitment 7 for ben@acme.test, 2026-W42: Give feedback in the retro (done)
  $ same cat commit close 8 done
  Closed commitment 8 for cat@acme.test, 2026-W42: Same-day feedback twice (done)
  $ same ann objective edit 2 --title "By December I run every one-to-one without notes"
  grip: reason: is required to rewrite an outcome in week 3 of Autumn circle: rewrite it freely in week 1 or at the half-way review (week 7)
  [1]
  $ same ann objective edit 2 --title "By December I run every one-to-one without notes" --reason "Notes were a crutch in week 2 too"
  Updated objective 2: By December I run every one-to-one without notes (approved)
  $ same ann commit add ann@acme.test "Three one-to-ones without notes" --week 2026-W43 --goal 2
  Added commitment 9 for ann@acme.test, 2026-W43: Three one-to-ones without notes (open)
  info  commitment.outcome  commitment 9: commitment 9 of Ann for 2026-W43, "Three one-to-ones without notes", reads as an outcome ("to-ones") rather than an action
        Write what you will do this week, something in your own hands; the outcome is what it serves.
  $ same ben commit add ben@acme.test "Feedback to two people" --week 2026-W43 --goal 3
  Added commitment 10 for ben@acme.test, 2026-W43: Feedback to two people (open)

Week 4: Cat wrote nothing last week; this week's commitments are closed
later.

  $ at 2026-10-27
  $ same ann commit close 9 partial --reflection "Two of three"
  Closed commitment 9 for ann@acme.test, 2026-W43: Three one-to-ones without notes (partial)
  $ same ben commit close 10 missed
  Closed commitment 10 for ben@acme.test, 2026-W43: Feedback to two people (missed)
  $ same ann commit add ann@acme.test "Four one-to-ones" --week 2026-W44 --goal 2
  Added commitment 11 for ann@acme.test, 2026-W44: Four one-to-ones (open)
  info  commitment.outcome  commitment 11: commitment 11 of Ann for 2026-W44, "Four one-to-ones", reads as an outcome ("to-ones") rather than an action
        Write what you will do this week, something in your own hands; the outcome is what it serves.
  $ same ben commit add ben@acme.test "Feedback within a day, once" --week 2026-W44 --goal 3
  Added commitment 12 for ben@acme.test, 2026-W44: Feedback within a day, once (open)
  info  commitment.outcome  commitment 12: commitment 12 of Ben for 2026-W44, "Feedback within a day, once", reads as an outcome ("within") rather than an action
        Write what you will do this week, something in your own hands; the outcome is what it serves.
  $ same cat commit add cat@acme.test "Feedback on Friday" --week 2026-W44 --goal 4
  Added commitment 13 for cat@acme.test, 2026-W44: Feedback on Friday (open)

Week 5: Dan leaves the group on Tuesday 3 November.

  $ at 2026-11-03
  $ same ann commit close 11 done
  Closed commitment 11 for ann@acme.test, 2026-W44: Four one-to-ones (done)
  $ same ben commit close 12 partial
  Closed commitment 12 for ben@acme.test, 2026-W44: Feedback within a day, once (partial)
  $ same cat commit close 13 missed
  Closed commitment 13 for cat@acme.test, 2026-W44: Feedback on Friday (missed)
  $ same lee member leave Circle dan@acme.test --reason "Moved to another city"
  dan@acme.test left Circle on 2026-11-03.
  $ same ann commit add ann@acme.test "Four one-to-ones again" --week 2026-W45 --goal 2
  Added commitment 14 for ann@acme.test, 2026-W45: Four one-to-ones again (open)
  info  commitment.outcome  commitment 14: commitment 14 of Ann for 2026-W45, "Four one-to-ones again", reads as an outcome ("to-ones") rather than an action
        Write what you will do this week, something in your own hands; the outcome is what it serves.
  $ same ben commit add ben@acme.test "Ask Cy how feedback landed" --week 2026-W45 --goal 3
  Added commitment 15 for ben@acme.test, 2026-W45: Ask Cy how feedback landed (open)

Week 6 (Tuesday 10 November): five weeks are closed. Ann shares her
outcome with the group: Ben now sees it, but not her figures. Ben's week-5
commitment was never closed, so it counts as missed. Completion: Ann
(4 done + 1 partial / 2) / 5 = 0.9; Ben (1 done + 2 partial / 2) / 5 = 0.4;
Cat 2 done of 3 = 0.667; Dan 1 of 1; the group (8 + 3 / 2) / 14 = 0.679.
Drop-out: 1 of the 4 enrolled by the end of week 2 left = 0.25. Cat
drifts: week 3 not written, week 4 missed.

  $ at 2026-11-10
  $ same ann commit close 14 done
  Closed commitment 14 for ann@acme.test, 2026-W45: Four one-to-ones again (done)
  $ same ann commit add ann@acme.test "Ask two people how my one-to-ones feel" --week 2026-W46 --goal 2
  Added commitment 16 for ann@acme.test, 2026-W46: Ask two people how my one-to-ones feel (open)
  $ same ben commit add ben@acme.test "Feedback after standup" --week 2026-W46
  Added commitment 17 for ben@acme.test, 2026-W46: Feedback after standup (open)
  Still open from earlier weeks (close with: grip commit close ID done|partial|missed):
    15  2026-W45  Ask Cy how feedback landed
  warn  commitment.unlinked  commitment 17: commitment 17 of Ben for 2026-W46, "Feedback after standup", is linked to no objective: the chain is broken
        Link it to the outcome or objective it serves; if it serves none, ask whether it belongs in this week.
  $ same lee group prompt Circle off
  The outcome prompt is not offered to members:
    By when will it be true?
    How will you know you got there?
    How much, or how often?
  $ same lee group report Circle
  Circle: programme Autumn circle (active, 12 weeks from 2026-10-05), week 6 (2026-W46); half-way review in week 7
  Group outcome: Every member runs a weekly one-to-one with confidence (active)
  Completion: 68% over 5 closed week(s) (done 8, partial 3, missed 3)
  Drop-out: 25% (1 of 4 enrolled left)
  Drifting (two closed weeks in a row missed or not written): cat@acme.test
  
  WEEK      N  DONE  PARTIAL  MISSED  UNWRITTEN  COMPLETION
  2026-W41  1  3     1        0       0          88%
  2026-W42  2  3     0        0       1          100%
  2026-W43  3  0     1        1       2          25%
  2026-W44  4  1     1        1       1          50%
  2026-W45  5  1     0        1       2          50%
  
  EMAIL          ROLE    OUTCOME                                           STATUS    COMPLETION  DRIFTING  CHAIN   LEFT
  cat@acme.test  member  Cat gives feedback within a day                   draft     67%         yes       broken  -
  ann@acme.test  member  By December I run every one-to-one without notes  approved  90%         no        ok      -
  ben@acme.test  member  By the end of the programme I give feedback wit…  approved  40%         no        broken  -
  lee@acme.test  lead    -                                                 -         100%        -         -       -
  dan@acme.test  member  -                                                 -         100%        no        -       2026-11-03
  
  Chain breaks in 2026-W46:
    cat@acme.test: no commitment for 2026-W46
    ben@acme.test: commitment 17 "Feedback after standup" is linked to nothing
  $ same lee group report Circle --json
  {"group":{"id":2,"name":"Circle"},"programme":{"id":1,"name":"Autumn circle","starts_on":"2026-10-05","ends_on":"2026-12-27","weeks":12,"status":"active","halfway_week":7},"week":"2026-W46","week_number":6,"outcome_prompt":null,"group_outcomes":[{"id":1,"title":"Every member runs a weekly one-to-one with confidence","why":"So that every team has a lead who listens","status":"active","shared":true}],"completion_rate":0.678571428571,"commitments_closed":{"done":8,"partial":3,"missed":3,"commitments":14},"dropout_rate":0.25,"enrolled":4,"left":1,"weeks_closed":[{"done":3,"partial":1,"missed":0,"commitments":4,"week":"2026-W41","number":1,"unwritten":0,"completion_rate":0.875},{"done":3,"partial":0,"missed":0,"commitments":3,"week":"2026-W42","number":2,"unwritten":1,"completion_rate":1},{"done":0,"partial":1,"missed":1,"commitments":2,"week":"2026-W43","number":3,"unwritten":2,"completion_rate":0.25},{"done":1,"partial":1,"missed":1,"commitments":3,"week":"2026-W44","number":4,"unwritten":1,"completion_rate":0.5},{"done":1,"partial":0,"missed":1,"commitments":2,"week":"2026-W45","number":5,"unwritten":2,"completion_rate":0.5}],"drifting":["cat@acme.test"],"chain_breaks":[{"email":"cat@acme.test","break":"no commitment for 2026-W46"},{"email":"ben@acme.test","break":"commitment 17 \"Feedback after standup\" is linked to nothing"}],"members":[{"email":"cat@acme.test","name":"Cat","role":"member","joined_on":"2026-10-01","left_on":null,"outcome":{"id":4,"title":"Cat gives feedback within a day","why":"","status":"draft","shared":false},"review":null,"review_comment":null,"completion_rate":0.666666666667,"commitments_closed":{"done":2,"partial":0,"missed":1,"commitments":3},"drifting":true,"chain_ok":false,"breaks":["no commitment for 2026-W46"],"this_week":[]},{"email":"ann@acme.test","name":"Ann","role":"member","joined_on":"2026-10-01","left_on":null,"outcome":{"id":2,"title":"By December I run every one-to-one without notes","why":"","status":"approved","shared":false},"review":"approve","review_comment":null,"completion_rate":0.9,"commitments_closed":{"done":4,"partial":1,"missed":0,"commitments":5},"drifting":false,"chain_ok":true,"breaks":[],"this_week":[{"id":16,"person_id":3,"email":"ann@acme.test","week":"2026-W46","text":"Ask two people how my one-to-ones feel","objective_id":2,"status":"open","reflection":null,"shared":false,"created_at":"2026-11-10T00:00:00Z","closed_at":null}]},{"email":"ben@acme.test","name":"Ben","role":"member","joined_on":"2026-10-01","left_on":null,"outcome":{"id":3,"title":"By the end of the programme I give feedback within a day, every time","why":"","status":"approved","shared":false},"review":"approve","review_comment":null,"completion_rate":0.4,"commitments_closed":{"done":1,"partial":2,"missed":2,"commitments":5},"drifting":false,"chain_ok":false,"breaks":["commitment 17 \"Feedback after standup\" is linked to nothing"],"this_week":[{"id":17,"person_id":4,"email":"ben@acme.test","week":"2026-W46","text":"Feedback after standup","objective_id":null,"status":"open","reflection":null,"shared":false,"created_at":"2026-11-10T00:00:00Z","closed_at":null}]},{"email":"lee@acme.test","name":"Lee","role":"lead","joined_on":"2026-10-01","left_on":null,"outcome":null,"review":null,"review_comment":null,"completion_rate":1,"commitments_closed":{"done":1,"partial":0,"missed":0,"commitments":1},"drifting":null,"chain_ok":null,"breaks":null,"this_week":null},{"email":"dan@acme.test","name":"Dan","role":"member","joined_on":"2026-10-01","left_on":"2026-11-03","outcome":null,"review":null,"review_comment":null,"completion_rate":1,"commitments_closed":{"done":1,"partial":0,"missed":0,"commitments":1},"drifting":false,"chain_ok":null,"breaks":null,"this_week":null}]}
  $ same ann objective edit 2 --visibility org
  Updated objective 2: By December I run every one-to-one without notes (approved)
  $ same ben group report Circle --json
  {"group":{"id":2,"name":"Circle"},"programme":{"id":1,"name":"Autumn circle","starts_on":"2026-10-05","ends_on":"2026-12-27","weeks":12,"status":"active","halfway_week":7},"week":"2026-W46","week_number":6,"outcome_prompt":null,"group_outcomes":[{"id":1,"title":"Every member runs a weekly one-to-one with confidence","why":"So that every team has a lead who listens","status":"active","shared":true}],"completion_rate":0.678571428571,"commitments_closed":{"done":8,"partial":3,"missed":3,"commitments":14},"dropout_rate":0.25,"enrolled":4,"left":1,"weeks_closed":[{"done":3,"partial":1,"missed":0,"commitments":4,"week":"2026-W41","number":1,"unwritten":0,"completion_rate":0.875},{"done":3,"partial":0,"missed":0,"commitments":3,"week":"2026-W42","number":2,"unwritten":1,"completion_rate":1},{"done":0,"partial":1,"missed":1,"commitments":2,"week":"2026-W43","number":3,"unwritten":2,"completion_rate":0.25},{"done":1,"partial":1,"missed":1,"commitments":3,"week":"2026-W44","number":4,"unwritten":1,"completion_rate":0.5},{"done":1,"partial":0,"missed":1,"commitments":2,"week":"2026-W45","number":5,"unwritten":2,"completion_rate":0.5}],"drifting":[],"chain_breaks":[{"email":"ben@acme.test","break":"commitment 17 \"Feedback after standup\" is linked to nothing"}],"members":[{"email":"cat@acme.test","name":"Cat","role":"member","joined_on":"2026-10-01","left_on":null,"outcome":null,"review":null,"review_comment":null,"completion_rate":null,"commitments_closed":null,"drifting":null,"chain_ok":null,"breaks":null,"this_week":null},{"email":"ann@acme.test","name":"Ann","role":"member","joined_on":"2026-10-01","left_on":null,"outcome":{"id":2,"title":"By December I run every one-to-one without notes","why":"","status":"approved","shared":true},"review":"approve","review_comment":null,"completion_rate":null,"commitments_closed":null,"drifting":null,"chain_ok":null,"breaks":null,"this_week":null},{"email":"ben@acme.test","name":"Ben","role":"member","joined_on":"2026-10-01","left_on":null,"outcome":{"id":3,"title":"By the end of the programme I give feedback within a day, every time","why":"","status":"approved","shared":false},"review":"approve","review_comment":null,"completion_rate":0.4,"commitments_closed":{"done":1,"partial":2,"missed":2,"commitments":5},"drifting":false,"chain_ok":false,"breaks":["commitment 17 \"Feedback after standup\" is linked to nothing"],"this_week":[{"id":17,"person_id":4,"email":"ben@acme.test","week":"2026-W46","text":"Feedback after standup","objective_id":null,"status":"open","reflection":null,"shared":false,"created_at":"2026-11-10T00:00:00Z","closed_at":null}]},{"email":"lee@acme.test","name":"Lee","role":"lead","joined_on":"2026-10-01","left_on":null,"outcome":null,"review":null,"review_comment":null,"completion_rate":null,"commitments_closed":null,"drifting":null,"chain_ok":null,"breaks":null,"this_week":null},{"email":"dan@acme.test","name":"Dan","role":"member","joined_on":"2026-10-01","left_on":"2026-11-03","outcome":null,"review":null,"review_comment":null,"completion_rate":null,"commitments_closed":null,"drifting":null,"chain_ok":null,"breaks":null,"this_week":null}]}
  $ same lee group report Circle --week 2026-W43
  Circle: programme Autumn circle (active, 12 weeks from 2026-10-05), week 3 (2026-W43); half-way review in week 7
  Group outcome: Every member runs a weekly one-to-one with confidence (active)
  Completion: 78% over 3 closed week(s) (done 6, partial 2, missed 1)
  Drop-out: 25% (1 of 4 enrolled left)
  
  WEEK      N  DONE  PARTIAL  MISSED  UNWRITTEN  COMPLETION
  2026-W41  1  3     1        0       0          88%
  2026-W42  2  3     0        0       1          100%
  2026-W43  3  0     1        1       2          25%
  
  EMAIL          ROLE    OUTCOME                                           STATUS    COMPLETION  DRIFTING  CHAIN   LEFT
  ann@acme.test  member  By December I run every one-to-one without notes  approved  83%         no        ok      -
  ben@acme.test  member  By the end of the programme I give feedback wit…  approved  50%         no        ok      -
  cat@acme.test  member  Cat gives feedback within a day                   draft     100%        no        broken  -
  lee@acme.test  lead    -                                                 -         100%        -         -       -
  dan@acme.test  member  -                                                 -         100%        no        -       2026-11-03
  
  Chain breaks in 2026-W43:
    cat@acme.test: no commitment for 2026-W43
  $ same lee group report Circle --week 2026-W30
  grip: week: 2026-W30 is outside programme Autumn circle (2026-W41 to 2026-W52)
  [1]
  $ same lee group report Nowhere
  grip: unit: no unit named Nowhere
  [1]
  $ same lee coach --unit Circle
  warn  commitment.unlinked  commitment 17: commitment 17 of Ben for 2026-W46, "Feedback after standup", is linked to no objective: the chain is broken
        Link it to the outcome or objective it serves; if it serves none, ask whether it belongs in this week.
  warn  member.outcome.author  objective 4: member outcome 4 "Cat gives feedback within a day" of Cat was written by Lee
        Ask Cat to put it in their own words: an outcome a member writes is one they own.
  info  commitment.outcome  commitment 14: commitment 14 of Ann for 2026-W45, "Four one-to-ones again", reads as an outcome ("to-ones") rather than an action
        Write what you will do this week, something in your own hands; the outcome is what it serves.
  info  group.outcome.locked  objective 1: group outcome 1 "Every member runs a weekly one-to-one with confidence" was changed on 2026-10-06 while its programme was running; reason given: "Agreed in the first session"
        A group outcome is locked once its programme runs: only an admin changes it, with a reason. Tell the group what changed and why.
  info  lead.no_commitment  person 2: Lee, lead of "Circle", has no commitment for 2026-W46
        Write one too: a lead who keeps a weekly commitment of their own shows the group how it is done.
  info  member.outcome.early_change  objective 2: member outcome 2 "By December I run every one-to-one without notes" was rewritten in week 3 (2026-10-20), before the half-way review in week 7; reason given: "Notes were a crutch in week 2 too"
        Let an outcome settle until the half-way review; when it must change sooner, talk it through with the lead and keep the reason.
  info  member.outcome.habit  objective 3: member outcome 3 "By the end of the programme I give feedback within a day, ev…" reads as a habit ("every time") rather than an outcome
        Name what will be different by the end of the programme; keep the habit for the weekly commitments that get there.
  $ same ben coach
  warn  commitment.unlinked  commitment 17: commitment 17 of Ben for 2026-W46, "Feedback after standup", is linked to no objective: the chain is broken
        Link it to the outcome or objective it serves; if it serves none, ask whether it belongs in this week.
  info  member.outcome.habit  objective 3: member outcome 3 "By the end of the programme I give feedback within a day, ev…" reads as a habit ("every time") rather than an outcome
        Name what will be different by the end of the programme; keep the habit for the weekly commitments that get there.
  $ same ann group chain Circle
  Chain of ann@acme.test for 2026-W46:
    2026-W46: Ask two people how my one-to-ones feel (open)
      -> outcome: By December I run every one-to-one without notes
      -> group outcome: Every member runs a weekly one-to-one with confidence
    The chain holds.
  $ same ann group chain Circle ben@acme.test
  grip: email: no such member of Circle
  [1]

Week 7, the half-way review: rewriting is free again.

  $ at 2026-11-17
  $ same ben objective edit 3 --title "By December I give feedback within a day, and ask how it landed"
  Updated objective 3: By December I give feedback within a day, and ask how it landed (approved)
  info  member.outcome.habit  objective 3: member outcome 3 "By December I give feedback within a day, and ask how it lan…" reads as a habit ("give feedback within a day") rather than an outcome
        Name what will be different by the end of the programme; keep the habit for the weekly commitments that get there.

Week 12 and after: the programme's last week, then its end.

  $ at 2026-12-22
  $ same lee group report Circle --week 2026-W52
  Circle: programme Autumn circle (active, 12 weeks from 2026-10-05), week 12 (2026-W52); half-way review in week 7
  Group outcome: Every member runs a weekly one-to-one with confidence (active)
  Completion: 59% over 11 closed week(s) (done 8, partial 3, missed 5)
  Drop-out: 25% (1 of 4 enrolled left)
  Drifting (two closed weeks in a row missed or not written): ann@acme.test ben@acme.test cat@acme.test
  
  WEEK      N   DONE  PARTIAL  MISSED  UNWRITTEN  COMPLETION
  2026-W41  1   3     1        0       0          88%
  2026-W42  2   3     0        0       1          100%
  2026-W43  3   0     1        1       2          25%
  2026-W44  4   1     1        1       1          50%
  2026-W45  5   1     0        1       2          50%
  2026-W46  6   0     0        2       1          0%
  2026-W47  7   0     0        0       3          -
  2026-W48  8   0     0        0       3          -
  2026-W49  9   0     0        0       3          -
  2026-W50  10  0     0        0       3          -
  2026-W51  11  0     0        0       3          -
  
  EMAIL          ROLE    OUTCOME                                           STATUS    COMPLETION  DRIFTING  CHAIN   LEFT
  ann@acme.test  member  By December I run every one-to-one without notes  approved  75%         yes       broken  -
  ben@acme.test  member  By December I give feedback within a day, and a…  approved  33%         yes       broken  -
  cat@acme.test  member  Cat gives feedback within a day                   draft     67%         yes       broken  -
  lee@acme.test  lead    -                                                 -         100%        -         -       -
  dan@acme.test  member  -                                                 -         100%        no        -       2026-11-03
  
  Chain breaks in 2026-W52:
    ann@acme.test: no commitment for 2026-W52
    ben@acme.test: no commitment for 2026-W52
    cat@acme.test: no commitment for 2026-W52
  $ kill -- -$SRV; wait $SRV; echo stopped
  stopped
