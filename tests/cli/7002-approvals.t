Reviews of proposals of every layer, the queue of what awaits a lead's
decision, and two rules of coaching groups: a member outcome takes its
unit from its programme, and only the group's lead checks in on the group
outcome.

  $ grip init --org "Acme" --admin ada@acme.test --name "Ada Admin"
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ for p in dee bo cy lee ann; do grip person add $p@acme.test --name "${p^}"; done
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ grip unit add Product --kind business_unit --lead dee@acme.test
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ grip unit add Mobile --kind team --parent Product --lead bo@acme.test
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ grip member add Mobile cy@acme.test
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ grip unit add Circle --kind group --lead lee@acme.test --private
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ grip member add Circle ann@acme.test
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ grip cycle add 2026-Q4 --kind quarter --from 2026-10-01 --to 2026-12-31
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ grip cycle add Autumn --kind programme --unit Circle --from 2026-10-05 --weeks 12
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]

Proposals of each layer: the business unit's strategic one, the team's,
Cy's own; and Ann's outcome in her own words, with no --unit: the
programme names the group (so does the group outcome's).

  $ grip --as dee@acme.test objective add "Shops run their day on the app" --cycle 2026-Q4 --layer strategic --unit Product --status proposed
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ grip --as cy@acme.test objective add "Onboarding takes a day" --cycle 2026-Q4 --layer team --unit Mobile --status proposed
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ grip --as cy@acme.test objective add "Cy learns Swift" --cycle 2026-Q4 --layer individual --unit Mobile --owner cy@acme.test --status proposed
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ grip --as ann@acme.test objective add "I speak up in every meeting by December" --cycle Autumn --layer member --owner ann@acme.test --status proposed
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ grip --as ann@acme.test objective show 4 --json | grep -o '"unit":"[^"]*"'
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [1]
  $ grip --as lee@acme.test objective add "Every member speaks up" --cycle Autumn --layer group --status active
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]

What waits for whom: the team's lead sees the team's and Cy's; the
business unit's lead those and its own unit's; the group's lead Ann's
outcome; the admin everything; Cy, who leads nothing, nothing.

  $ grip --as bo@acme.test approvals
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ grip --as dee@acme.test approvals --json | grep -o '"id":[0-9]*' | tr '\n' ' '; echo
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  
  $ grip --as lee@acme.test approvals
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ grip approvals --json | grep -o '"id":[0-9]*' | tr '\n' ' '; echo
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  
  $ grip --as cy@acme.test approvals
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]

Reviews: returning needs a comment and changes nothing; the owner does not
review her own; another group's lead has no say; what is not proposed
awaits nothing; a lead approves or returns, for each layer.

  $ grip --as bo@acme.test objective review 3 return
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ grip --as cy@acme.test objective review 3 approve
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ grip --as lee@acme.test objective review 3 approve
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ grip --as bo@acme.test objective review 4 approve
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ grip --as lee@acme.test objective review 5 approve
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ grip --as bo@acme.test objective review 3 return --comment "How will you know you can?"
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ grip --as bo@acme.test objective review 2 approve
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ grip objective review 1 approve --comment "Agreed with the board"
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ grip --as lee@acme.test objective review 4 return --comment "By when?"
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ grip --as cy@acme.test objective status 3 proposed
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ grip --as bo@acme.test approvals
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ grip --as bo@acme.test objective review 3 approve
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ grip --as bo@acme.test approvals
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ grip history --entity objective --id 3 | cut -c 22-
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory

The group outcome's light is its lead's: a member of the group does not
check in on it.

  $ grip --as ann@acme.test checkin 5 --confidence 2
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
  $ grip --as lee@acme.test checkin 5 --confidence 8 >/dev/null && echo checked in
  tests/run: line 50: /work/wt-cache/--only/grip: No such file or directory
  [127]
