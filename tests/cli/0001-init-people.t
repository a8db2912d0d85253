Creating an organisation makes its slug, its first admin and its company unit.

  $ grip init --org "Acme" --admin ada@acme.test --name "Ada Admin"
  Created organisation Acme (slug acme) with admin ada@acme.test.
  $ grip person list --json
  [{"id":1,"email":"ada@acme.test","name":"Ada Admin","role":"admin","active":true,"left_on":null,"created_at":"2026-11-23T00:00:00Z"}]
  $ grip unit list
  ID  NAME  KIND     PARENT  LEAD           VISIBILITY
  1   Acme  company  -       ada@acme.test  org

People: emails are unique in the org whatever their case; names keep every
letter as typed.

  $ grip person add bo@acme.test --name "Bo Berg"
  Added person 2: Bo Berg <bo@acme.test>, member
  $ grip person add zoe@acme.test --name "Zoë Özdemir" --role viewer --json
  {"id":3,"email":"zoe@acme.test","name":"Zoë Özdemir","role":"viewer","active":true,"left_on":null,"created_at":"2026-11-23T00:00:00Z"}
  $ grip person show zoe@acme.test
  Person 3: Zoë Özdemir <zoe@acme.test>, viewer
  $ grip person add BO@Acme.test --name "Another Bo"
  grip: email: bo@acme.test is already a person in this organisation
  [1]
  $ grip person add not-an-email --name "Nobody"
  grip: email: is not an email address: not-an-email
  [1]
  $ grip person add cy@acme.test --name "Cy" --role owner
  grip: role: must be one of admin, member, viewer
  [1]
  $ grip person add cy@acme.test
  grip: name: is required
  [1]
  $ grip person add cy@acme.test --name "$(printf 'Bad \377 byte')"
  grip: name: is not valid UTF-8 text
  [1]
  $ grip person add cy@acme.test --name "$(printf 'Tab\001bell')"
  grip: name: contains a control character
  [1]
  $ grip person list
  ID  EMAIL          NAME         ROLE    STATUS
  1   ada@acme.test  Ada Admin    admin   active
  2   bo@acme.test   Bo Berg      member  active
  3   zoe@acme.test  Zoë Özdemir  viewer  active

A second organisation with the same name is refused; the file may hold
several, and then commands name theirs.

  $ grip init --org "ACME" --admin x@acme.test --name "X"
  grip: org: an organisation with slug acme exists already
  [1]
  $ grip init --org "Globex Corp." --admin hank@globex.test --name "Hank"
  Created organisation Globex Corp. (slug globex-corp) with admin hank@globex.test.
  $ grip person list
  grip: org: the database holds several organisations; name one with --org
  [1]
  $ grip --org globex-corp person list
  ID  EMAIL             NAME  ROLE   STATUS
  4   hank@globex.test  Hank  admin  active
  $ grip --org initech person list
  grip: org: no organisation with slug initech
  [1]

The last admin cannot leave or stop being admin.

  $ grip --org acme person edit ada@acme.test --role member
  grip: role: ada@acme.test is the last admin; make someone else admin first
  [1]
  $ grip --org acme person leave ada@acme.test
  grip: person: ada@acme.test is the last admin; make someone else admin first
  [1]
  $ grip --org acme person edit bo@acme.test --role admin
  Updated person 2: Bo Berg <bo@acme.test>, admin
  $ grip --org acme person leave ada@acme.test --on 2026-11-20
  Marked as left: person 1: Ada Admin <ada@acme.test>, admin, left
  $ grip --org acme person show ada@acme.test --json
  {"id":1,"email":"ada@acme.test","name":"Ada Admin","role":"admin","active":false,"left_on":"2026-11-20","created_at":"2026-11-23T00:00:00Z","notify_email":true,"digest":false}
