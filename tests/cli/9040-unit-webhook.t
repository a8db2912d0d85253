A unit's Slack-compatible webhook hears its reminders. Its address is a
secret: an admin or the unit's lead sets it, changes it and removes it
(`unit edit --webhook URL|none`), and only they see it back; the core
takes only an http(s) URL with a host. Run on a file and through the HTTP
API at once, as in 8030-carry.t.

  $ unset GRIP_SERVER GRIP_TOKEN
  $ both() { grip "$@" >/dev/null && grip --db srv.db "$@" >/dev/null; }
  $ both init --org "Acme" --admin ada@acme.test --name "Ada Admin"
  $ export GRIP_NOW=2026-11-23
  $ for p in lee sam vi; do both person add $p@acme.test --name "${p^}"; done
  $ both person edit vi@acme.test --role viewer
  $ for p in ada lee sam vi; do grip --db srv.db token create $p@acme.test | tail -n 1 >tok.$p; done
  $ . "$TESTDIR/clock.sh"
  $ at 2026-11-23
  $ same ada unit add Sales --kind team --lead lee@acme.test
  Added unit 2: Sales (team)
  $ same ada member add Sales sam@acme.test
  sam@acme.test joined Sales as member on 2026-11-23.

The lead sets it; the lead and an admin see it, a member and a viewer do
not (not in the unit's JSON either).

  $ same lee unit edit Sales --webhook https://hooks.example.org/services/T01/B02/s3cr3t
  Updated unit 2: Sales (team)
  Webhook:  https://hooks.example.org/services/T01/B02/s3cr3t
  $ same ada unit show Sales
  Unit 2: Sales (team)
  Webhook:  https://hooks.example.org/services/T01/B02/s3cr3t
  
  EMAIL          NAME  ROLE    JOINED      LEFT  REASON
  lee@acme.test  Lee   lead    2026-11-23  -     -
  sam@acme.test  Sam   member  2026-11-23  -     -
  $ same sam unit show Sales
  Unit 2: Sales (team)
  
  EMAIL          NAME  ROLE    JOINED      LEFT  REASON
  lee@acme.test  Lee   lead    2026-11-23  -     -
  sam@acme.test  Sam   member  2026-11-23  -     -
  $ same vi unit show Sales --json | grep -c webhook
  0
  [1]
  $ same lee unit show Sales --json | grep -o '"webhook_url":"[^"]*"'
  "webhook_url":"https://hooks.example.org/services/T01/B02/s3cr3t"

Who may not: a member, a viewer. What is not a webhook: another scheme,
no host, a space. Nothing changes.

  $ same sam unit edit Sales --webhook https://evil.example/x
  grip: only an admin or the unit's lead can change it
  [1]
  $ same vi unit edit Sales --webhook none
  grip: a viewer cannot change anything
  [1]
  $ same lee unit edit Sales --webhook ftp://hooks.example.org/x
  grip: webhook_url: is not an http:// or https:// URL
  [1]
  $ same lee unit edit Sales --webhook https:///no-host
  grip: webhook_url: names no host
  [1]
  $ same lee unit edit Sales --webhook "https://hooks.example.org/a b"
  grip: webhook_url: holds a character a URL cannot have
  [1]
  $ same lee unit show Sales --json | grep -o '"webhook_url":"[^"]*"'
  "webhook_url":"https://hooks.example.org/services/T01/B02/s3cr3t"

The history keeps where it pointed, not the secret path; setting the
same address again records nothing. An admin removes it.

  $ same lee unit edit Sales --webhook https://hooks.example.org/services/T01/B02/s3cr3t
  Updated unit 2: Sales (team)
  Webhook:  https://hooks.example.org/services/T01/B02/s3cr3t
  $ same ada unit edit Sales --webhook none
  Updated unit 2: Sales (team)
  Webhook:  none
  $ same ada unit show Sales --json | grep -o '"webhook_url":[a-z]*'
  "webhook_url":null
  $ grip history --entity unit --id 2 --json | grep -o '"webhook":[^}]*'
  "webhook":null
  "webhook":"https://hooks.example.org/…"
  "webhook":"https://hooks.example.org/…"
  "webhook":null
  $ grip history --entity unit --id 2 --json | grep -c s3cr3t
  0
  [1]

  $ kill -- -$SRV; wait $SRV
  [143]
