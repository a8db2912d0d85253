The demo organisation loads into a new file and reads back whole. It is
built relative to today, so it loads on any date.

  $ grip demo
  Loaded the demo organisation Quillmoor (slug quillmoor) into grip.db.
  Try: grip --db grip.db report
  Everyone in it signs in to the web pages with the password quillmoor-demo (the admin is maren@quillmoor.example).
  $ grip report
  Quillmoor
  Vision:   Every independent repair shop runs its day from one calm screen, and its customers never wait to hear back.
  Strategy: Win the shops that fix things for a living: make booking and invoicing effortless on a phone, grow through the shops' own customers, and earn trust with support that answers in minutes. We say no to large chains this year.
  
  == 2026 Q4 (quarter, 2026-10-01 to 2026-12-31, active) ==
  
  strategic objectives
  ID  OBJECTIVE                                         OWNER                  PROGRESS         CONFIDENCE
  14  Become the app repair shops recommend to each o…  Quillmoor              ████░░░░░░  40%  ○ none      stale
  15  Make booking and invoicing effortless on a phone  Quillmoor              ███░░░░░░░  25%  ○ none      at risk, stale
  16  Earn trust with help that arrives in minutes      Quillmoor              ██████░░░░  57%  ○ none      stale
  17  Give shops a mobile app they can run their whol…  Product & Engineering  ████░░░░░░  37%  ○ none      stale
  18  Run a platform fast and reliable enough to forg…  Product & Engineering  █████░░░░░  49%  ○ none      stale
  19  Turn new shops into active shops in their first…  Customers & Growth     ████░░░░░░  39%  ○ none      stale
  20  Make every support contact leave the shop happi…  Customers & Growth     ██████░░░░  65%  ○ none      stale
  
  team objectives
  ID  OBJECTIVE                                         OWNER       PROGRESS         CONFIDENCE
  21  Make the booking API fast enough that nobody wa…  Platform    ██████░░░░  59%  ● green
  22  Release changes without fear                      Platform    ████░░░░░░  39%  ● green
  23  Let a shop run a full day offline on the phone    Mobile      ███░░░░░░░  30%  ● yellow    at risk
  24  Make the app quick to open at the counter         Mobile      ███░░░░░░░  34%  ● green     stale
  25  Get shops paid the same day                       Payments    █████░░░░░  47%  ● yellow
  26  Make invoices something customers pay without c…  Payments    █░░░░░░░░░  13%  ● red       at risk
  27  Get every new shop to its first paid invoice in…  Onboarding  ████████░░  78%  ● green
  28  Keep the shops we win                             Onboarding  ██░░░░░░░░  22%  ● yellow    at risk, stale
  29  Answer every shop in minutes, not hours           Support     ███████░░░  73%  ● green
  30  Solve each problem the first time                 Support     ██████░░░░  57%  ● green
  31  Make shops our loudest salespeople                Growth      ████░░░░░░  41%  ● yellow
  32  Be found by shops looking for a better way to r…  Growth      ██░░░░░░░░  18%  ● red       at risk
  
  individual objectives
  ID  OBJECTIVE                                         OWNER                    PROGRESS         CONFIDENCE
  33  Lead the search index move end to end             hana@quillmoor.example   ██████░░░░  60%  ● green
  34  Grow into a tech lead who makes the team faster   hana@quillmoor.example   █████░░░░░  48%  ● yellow
  35  Make offline sync something shops never think a…  soren@quillmoor.example  ██░░░░░░░░  16%  ● yellow    at risk
  36  Become confident coaching new support agents      niamh@quillmoor.example  ██████░░░░  62%  ● green
  37  Make a referral as easy to send as a text messa…  ines@quillmoor.example   █████░░░░░  45%  ● yellow
  
  24 objectives, 6 at risk, 9 stale, mean progress 44%.
  
  == New leads circle from 2026-W42 (programme, 2026-10-12 to 2027-01-03, active) ==
  
  group objectives
  ID  OBJECTIVE                                         OWNER             PROGRESS         CONFIDENCE
  38  Every member leaves the circle leading their pe…  New leads circle  ████░░░░░░  42%  ○ none      stale
  
  member objectives
  ID  OBJECTIVE                                         OWNER                     PROGRESS         CONFIDENCE
  39  I give difficult feedback within a week, clearl…  hana@quillmoor.example    ████░░░░░░  40%  ● green
  40  My team makes its own calls and I am no longer …  soren@quillmoor.example   █████░░░░░  50%  ● yellow
  41  I can say no to work that does not serve our go…  ana@quillmoor.example     ████░░░░░░  40%  ● green
  42  People on my team find our one-to-ones worth th…  bjorn@quillmoor.example   █████░░░░░  50%  ● green
  43  I help agents solve problems themselves instead…  niamh@quillmoor.example   █████░░░░░  50%  ● green
  44  When a campaign goes wrong I stay calm and my t…  daniel@quillmoor.example  ███░░░░░░░  25%  ● green     at risk
  45  I speak up in product reviews with a clear view…  yuki@quillmoor.example    ██░░░░░░░░  20%  ● green     dropped
  46  I hand over whole problems, not tasks, and trus…  marta@quillmoor.example   ████░░░░░░  40%  ● green
  
  9 objectives, 1 at risk, 1 stale, mean progress 40%.
  Weekly commitments kept: 79% of closed weeks (36 done, 9 partial, 6 missed or open).
  $ grip person list --json | grep -o '"id":' | wc -l
  40
  $ grip objective list --layer member --json | grep -o '"visibility":"private"' | wc -l
  8
  $ grip history --json | grep -o '"entity":"checkin"' | wc -l
  247
  $ grip demo
  grip: org: an organisation with slug quillmoor exists already
  [1]
  $ GRIP_NOW=2027-02-10 grip --db other.db demo
  Loaded the demo organisation Quillmoor (slug quillmoor) into other.db.
  Try: grip --db other.db report
  Everyone in it signs in to the web pages with the password quillmoor-demo (the admin is maren@quillmoor.example).
  $ GRIP_NOW=2026-07-01T09:30:00Z grip --db third.db demo
  Loaded the demo organisation Quillmoor (slug quillmoor) into third.db.
  Try: grip --db third.db report
  Everyone in it signs in to the web pages with the password quillmoor-demo (the admin is maren@quillmoor.example).
  $ GRIP_NOW=2027-02-10 grip --db other.db objective list --status active | wc -l
  33
