Accounts by email on a local file: a new person is emailed an invitation
(a one-time link queued in the outbox, its secret kept only as a digest),
chooses a password with it, once and within seven days; an admin may send
it again to someone without a password; "forgot password" answers alike
for anyone and queues at most three reset links an hour, each good for an
hour; a password change asks for the current one. The links are read from
the outbox by link_of (accounts.sh).

  $ . "$TESTDIR/accounts.sh"
  $ grip init --org Acme --admin ada@acme.test --name "Ada Admin"
  Created organisation Acme (slug acme) with admin ada@acme.test.
  $ grip person add bo@acme.test --name "Bo Berg"
  Added person 2: Bo Berg <bo@acme.test>, member
  $ grip person add cy@acme.test --name "Cy Clay" --no-invite
  Added person 3: Cy Clay <cy@acme.test>, member
  $ sql grip.db "SELECT recipient, channel, kind, dedup, subject, CASE WHEN sent_at IS NULL THEN 1 ELSE 0 END FROM notifications"
  p2|email|account.invite|account.invite:1|You are invited to Acme on grip|1
  $ sql grip.db "SELECT body FROM notifications"
  Ada Admin added you to Acme on grip, where its goals, key results and weekly commitments live.
  
  Choose your password with the link below to sign in as bo@acme.test. The link works once, for 7 days.
  $ link_of bo@acme.test invite | tr -d '\n' | wc -c
  43
  $ T=$(link_of bo@acme.test invite); sql grip.db "SELECT COUNT(*) FROM account_tokens WHERE hash = '$T'"
  0
  $ sql grip.db "SELECT id, person_id, purpose, created_at, expires_at, used_at FROM account_tokens"
  1|2|invite|2026-11-23T00:00:00Z|2026-11-30T00:00:00Z|

Who may invite: an admin, someone without a password who has not left.

  $ grip person password ada@acme.test --password "ada long password"
  Set the password of ada@acme.test.
  $ grip --as bo@acme.test person invite cy@acme.test
  grip: only an admin can do that
  [1]
  $ grip person invite cy@acme.test
  Queued an invitation to cy@acme.test; its link works once, until 2026-11-30T00:00:00Z.
  $ grip person invite ada@acme.test
  grip: person: ada@acme.test has a password already; if it is lost, they can ask for a new one with "Forgot your password?" on the sign-in page
  [1]
  $ grip person add di@acme.test --name "Di" --no-invite >/dev/null; grip person leave di@acme.test >/dev/null
  $ grip person invite di@acme.test
  grip: person: di@acme.test has left the organisation
  [1]
  $ grip person invite nobody@acme.test
  grip: email: no person with email nobody@acme.test
  [1]

Sent again, only the newest link works.

  $ OLD=$(link_of bo@acme.test invite); grip person invite bo@acme.test --json
  {"person_id":2,"email":"bo@acme.test","expires_at":"2026-11-30T00:00:00Z"}
  $ printf '%s\nbo long password\n' "$OLD" | grip password set
  grip: token: this link has been used, has expired or is not one of ours; ask for a new one
  [1]
  $ NEW=$(link_of bo@acme.test invite); printf '%s\nshort\n' "$NEW" | grip password set
  grip: password: must be at least 10 characters
  [1]
  $ printf '%s\nbo long password\n' "$NEW" | grip password set
  Set the password of bo@acme.test.
  $ printf '%s\nanother password\n' "$NEW" | grip password set
  grip: token: this link has been used, has expired or is not one of ours; ask for a new one
  [1]
  $ grip person invite bo@acme.test
  grip: person: bo@acme.test has a password already; if it is lost, they can ask for a new one with "Forgot your password?" on the sign-in page
  [1]

An invitation works for seven days, up to the second.

  $ C=$(link_of cy@acme.test invite); printf '%s\ncy long password\n' "$C" | GRIP_NOW=2026-11-30T00:00:00Z grip password set
  grip: token: this link has been used, has expired or is not one of ours; ask for a new one
  [1]
  $ printf '%s\ncy long password\n' "$C" | GRIP_NOW=2026-11-29T23:59:59Z grip password set --json
  {"person":{"id":3,"email":"cy@acme.test","name":"Cy Clay","role":"member","active":true,"left_on":null,"created_at":"2026-11-23T00:00:00Z"}}

Forgot password: a known address, an unknown one, one that is not an
address; the first two read the same.

  $ grip password forgot bo@acme.test >known.out; grip password forgot nobody@acme.test >unknown.out
  $ sed 's/bo@acme.test/ADDRESS/' known.out; sed 's/nobody@acme.test/ADDRESS/' unknown.out | cmp - <(sed 's/bo@acme.test/ADDRESS/' known.out) && echo same
  If ADDRESS is someone's address here, a link to choose a new password is on its way; it works once, for 60 minutes.
  same
  $ grip password forgot bo
  grip: email: is not an email address: bo
  [1]
  $ for i in 1 2 3 4 5 6; do grip password forgot Bo@Acme.test >/dev/null; done
  $ sql grip.db "SELECT COUNT(*), MIN(expires_at), MAX(expires_at) FROM account_tokens WHERE purpose = 'reset'"
  3|2026-11-23T01:00:00Z|2026-11-23T01:00:00Z
  $ sql grip.db "SELECT COUNT(*) FROM notifications WHERE kind = 'account.reset'"
  3

A reset link works for an hour, and ends every other open link.

  $ R=$(link_of bo@acme.test reset); printf '%s\nbo reset password\n' "$R" | GRIP_NOW=2026-11-23T01:00:00Z grip password set
  grip: token: this link has been used, has expired or is not one of ours; ask for a new one
  [1]
  $ printf '%s\nbo reset password\n' "$R" | GRIP_NOW=2026-11-23T00:59:59Z grip password set
  Set the password of bo@acme.test.
  $ sql grip.db "SELECT COUNT(*) FROM account_tokens WHERE used_at IS NULL"
  0

Changing one's password: the current one first.

  $ printf 'bo long password\nbo newer password\n' | grip --as bo@acme.test password change
  grip: old: is not your current password
  [1]
  $ printf 'bo reset password\nshort\n' | grip --as bo@acme.test password change
  grip: new: must be at least 10 characters
  [1]
  $ printf 'bo reset password\nbo reset password\n' | grip --as bo@acme.test password change
  grip: new: is the password you have now; choose another one
  [1]
  $ printf 'bo reset password\nbo newer password\n' | grip --as bo@acme.test password change
  Changed the password of bo@acme.test; your other sessions are signed out.
  $ printf 'bo newer password\n' | grip --as bo@acme.test password change
  grip: new: must not be empty
  [1]

The history: who invited whom, who asked for a link, and how each
password was set.

  $ grip history --entity person
  ID  AT                    ACTOR  ENTITY    ACTION    REASON
  2   2026-11-23T00:00:00Z  -      person 1  create    -
  5   2026-11-23T00:00:00Z  1      person 2  create    -
  6   2026-11-23T00:00:00Z  1      person 2  invite    -
  7   2026-11-23T00:00:00Z  1      person 3  create    -
  8   2026-11-23T00:00:00Z  1      person 1  password  -
  9   2026-11-23T00:00:00Z  1      person 3  invite    -
  10  2026-11-23T00:00:00Z  1      person 4  create    -
  11  2026-11-23T00:00:00Z  1      person 4  leave     -
  12  2026-11-23T00:00:00Z  1      person 2  invite    -
  13  2026-11-23T00:00:00Z  2      person 2  password  -
  14  2026-11-29T23:59:59Z  3      person 3  password  -
  15  2026-11-23T00:00:00Z  -      person 2  reset     -
  16  2026-11-23T00:00:00Z  -      person 2  reset     -
  17  2026-11-23T00:00:00Z  -      person 2  reset     -
  18  2026-11-23T00:59:59Z  2      person 2  password  -
  19  2026-11-23T00:00:00Z  2      person 2  password  -
