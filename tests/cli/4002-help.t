Help for a noun: `grip NOUN --help` lists that noun's commands with their
arguments, on stdout, exit 0; the noun alone, or an unknown verb, lists them
on stderr after the mistake, exit 2, as `grip` alone does with every command.

  $ grip commit --help
  usage: grip commit COMMAND [ARGS] [options]
  
  commands of commit:
    commit add EMAIL TEXT            write a weekly commitment
    commit close ID STATUS           close a commitment: done, partial or missed
    commit edit ID                   change an open commitment of a week not over: its text, link or sharing
    commit delete ID                 delete your own open commitment of a week not over
    commit list                      list commitments
  
  `grip commit COMMAND --help` tells more of one; `grip --help` lists every command.
  $ grip objective --help
  usage: grip objective COMMAND [ARGS] [options]
  
  commands of objective:
    objective add TITLE              add an objective
    objective list                   list objectives with their figures
    objective show ID                show an objective, its key results and figures
    objective edit ID                change an objective
    objective status ID STATUS       move an objective: proposed, approved, active, achieved, missed, dropped, draft
    objective review ID DECISION     a lead's review of a proposal (or a member's outcome): approve, or return it with a comment
    objective align ID PARENT_ID     align an objective to one above it
    objective unalign ID PARENT_ID   remove an alignment
    objective delete ID              delete a draft never proposed, approved or checked in on (else drop it with a reason)
  
  `grip objective COMMAND --help` tells more of one; `grip --help` lists every command.
  $ grip commit >out.txt 2>err.txt; echo "exit $?"; wc -c <out.txt; cat err.txt
  exit 2
  0
  grip: commit needs a command
  usage: grip commit COMMAND [ARGS] [options]
  
  commands of commit:
    commit add EMAIL TEXT            write a weekly commitment
    commit close ID STATUS           close a commitment: done, partial or missed
    commit edit ID                   change an open commitment of a week not over: its text, link or sharing
    commit delete ID                 delete your own open commitment of a week not over
    commit list                      list commitments
  
  `grip commit COMMAND --help` tells more of one; `grip --help` lists every command.
  $ grip objective frob
  grip: unknown command: objective frob
  usage: grip objective COMMAND [ARGS] [options]
  
  commands of objective:
    objective add TITLE              add an objective
    objective list                   list objectives with their figures
    objective show ID                show an objective, its key results and figures
    objective edit ID                change an objective
    objective status ID STATUS       move an objective: proposed, approved, active, achieved, missed, dropped, draft
    objective review ID DECISION     a lead's review of a proposal (or a member's outcome): approve, or return it with a comment
    objective align ID PARENT_ID     align an objective to one above it
    objective unalign ID PARENT_ID   remove an alignment
    objective delete ID              delete a draft never proposed, approved or checked in on (else drop it with a reason)
  
  `grip objective COMMAND --help` tells more of one; `grip --help` lists every command.
  [2]
  $ grip commit --json
  grip: commit needs a command
  usage: grip commit COMMAND [ARGS] [options]
  
  commands of commit:
    commit add EMAIL TEXT            write a weekly commitment
    commit close ID STATUS           close a commitment: done, partial or missed
    commit edit ID                   change an open commitment of a week not over: its text, link or sharing
    commit delete ID                 delete your own open commitment of a week not over
    commit list                      list commitments
  
  `grip commit COMMAND --help` tells more of one; `grip --help` lists every command.
  [2]
  $ grip commit help | head -n 1
  usage: grip commit COMMAND [ARGS] [options]
  $ grip --db x.db cycle -h | head -n 1
  usage: grip cycle COMMAND [ARGS] [options]

Every noun of the command table answers --help with exit 0, and lists every
one of its commands.

  $ for n in $(grip --help | sed -n 's/^  \([a-z]*\) .*/\1/p' | sort -u); do
  >   grip $n --help >out.txt 2>&1 || echo "$n: exit $?"
  >   for v in $(grip --help | sed -n "s/^  $n \([a-z]*\) .*/\1/p"); do
  >     grep -q "^  $n $v" out.txt || echo "$n $v: not listed"
  >   done
  > done; echo checked
  checked

A noun with a command of its own and others beside it: its help names the
others.

  $ grip checkin --help | sed -n '/^other commands/,/^$/p'
  other commands of checkin:
    checkin list OBJECTIVE_ID        an objective's check-ins
    checkin due                      your check-ins due this week
  

A known command's help is as before.

  $ grip commit add --help | head -n 3
  usage: grip commit add EMAIL TEXT [options]
  
  write a weekly commitment
