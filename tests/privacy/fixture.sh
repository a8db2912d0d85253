#!/usr/bin/env bash
# tests/privacy/fixture.sh BIN DB — the organisation the privacy matrix
# reads (tests/privacy/README.md). Every text of something private carries
# its secret's marker (zqNAME); rules.txt says who may see each.
#
# Acme: Ada (admin, leads the company); Care, a department led by Dana,
# holds Circle, a private coaching group led by Lee, with Mia and Nils, and
# Lena, who left it. Mia is also in Mobile, a team led by Tess. Olga is in
# Web; Vic is a viewer. Globex, in the same file, has Gus.
set -euo pipefail
bin=$1
export GRIP_DB=$2 GRIP_NOW=2026-11-23
unset GRIP_USER GRIP_ORG GRIP_SERVER GRIP_TOKEN
g() { "$bin" "$@" >/dev/null; }
as() { local who=$1; shift; "$bin" --as "$who@acme.test" "$@" >/dev/null; }

g init --org Acme --admin ada@acme.test --name "Ada Admin"
for p in lee:Lee mia:Mia nils:Nils lena:Lena tess:Tess dana:Dana olga:Olga; do
	g person add "${p%%:*}@acme.test" --name "${p#*:}"
done
g person add vic@acme.test --name Vic --role viewer
g unit add Care --kind department --lead dana@acme.test
g unit add Mobile --kind team --lead tess@acme.test
g unit add Web --kind team
g member add Web olga@acme.test --joined 2026-10-01
g member add Mobile mia@acme.test --joined 2026-10-01
g unit add "Circle zqCIRCLE" --kind group --parent Care --lead lee@acme.test --private
for p in mia nils lena; do g member add "Circle zqCIRCLE" $p@acme.test --joined 2026-10-01; done
g cycle add 2026-Q4 --kind quarter --from 2026-10-01 --to 2026-12-31
g cycle add "Autumn zqCIRCLE" --kind programme --unit "Circle zqCIRCLE" --from 2026-10-05 --weeks 12

# The org's own goals: seen by everyone in Acme.
g objective add "Customers love us" --cycle 2026-Q4 --layer strategic --unit Acme --status active
g kr add 1 "NPS" --baseline 20 --target 50
as tess objective add "Ship the app" --cycle 2026-Q4 --layer team --unit Mobile --aligns-to 1 --status active
as tess kr add 2 "Crash-free sessions" --baseline 95 --target 99.5 --unit %
as tess checkin 2 --confidence 7 --kr 2=97 --issues "Flaky tests" --plan "Fix them" --at 2026-11-16
g objective add "Faster pages" --cycle 2026-Q4 --layer team --unit Web --aligns-to 1 --status active
g dependency add 3 --on-unit "Circle zqCIRCLE" --note "zqDEP a session on feedback"

# Circle's programme: the group outcome (no key results of its own: its
# progress is its members'), Mia's private outcome, Nils's shared with the
# group, Lena's private one.
as lee objective add "Every member speaks up zqGROUPOUT" --cycle "Autumn zqCIRCLE" --layer group --unit "Circle zqCIRCLE" --why "zqGROUPOUT"
as mia objective add "I sleep through the night zqMIAOUT" --cycle "Autumn zqCIRCLE" --layer member --unit "Circle zqCIRCLE" --owner mia@acme.test --aligns-to 4 --why "zqMIAOUT why" --development
as mia kr add 5 "Nights slept through zqMIAOUT" --baseline 0 --target 5 --unit "nights zqMIAOUT"
as mia kr add 5 "Evening routine zqMIAOUT" --milestone "Lights out zqMIAOUT" --milestone "No phone zqMIAOUT"
as mia checkin 5 --confidence 4 --kr 3=2 --kr-note "3=zqMIAOUT note" --kr 4=1 --issues "zqMIAOUT worries" --plan "zqMIAOUT plan" --at 2026-11-16
as mia initiative add 5 "Ask a doctor zqMIAOUT" --kr 3 --link "https://example.test/zqMIAOUT"
as nils objective add "I ask for help zqNILSOUT" --cycle "Autumn zqCIRCLE" --layer member --unit "Circle zqCIRCLE" --owner nils@acme.test --aligns-to 4 --visibility org
as nils kr add 6 "Times I asked zqNILSOUT" --baseline 0 --target 4
as nils checkin 6 --confidence 6 --kr 5=1 --issues "zqNILSOUT shy" --at 2026-11-16
as lena objective add "I speak up once a week zqLENAOUT" --cycle "Autumn zqCIRCLE" --layer member --unit "Circle zqCIRCLE" --owner lena@acme.test --aligns-to 4
as lena kr add 7 "Meetings I spoke in zqLENAOUT" --baseline 0 --target 8
as lena kr update 6 2 --note "zqLENAOUT" --at 2026-10-20
as lee objective review 5 approve --comment "zqMIAOUT clear and yours"
as lee review add 5 keep --reason "zqMIAOUT on track at the half-way review"

# Mia's work, private to her and her team's lead; proposed, it waits in
# her team lead's queue of approvals.
as mia objective add "Learn Swift zqMIAIND" --cycle 2026-Q4 --layer individual --unit Mobile --owner mia@acme.test --private --development --status proposed

# A past quarter, in scoring: Mia's own objective in it, private to her
# and her team's lead, with her self score and the lead's, scored.
g cycle add 2026-Q3 --kind quarter --from 2026-07-01 --to 2026-09-30
as mia objective add "Ship my first feature zqMIASCORE" --cycle 2026-Q3 --layer individual --unit Mobile --owner mia@acme.test --private --why "zqMIASCORE why"
as tess objective status 9 active
as mia kr add 9 "Features shipped zqMIASCORE" --baseline 0 --target 2 --unit "features zqMIASCORE"
as mia kr update 7 1 --note "zqMIASCORE one done" --at 2026-09-15
as mia score 7 --self 0.6 --evidence "zqMIASCORE half of it"
as tess score 7 --lead 0.5 --comment "zqMIASCORE close" --final 0.5

# Commitments.
as lena commit add lena@acme.test "Say one thing zqLENACOM" --week 2026-W45 --goal 7
as lena commit close 1 done --reflection "zqLENACOM went well"
as mia commit add mia@acme.test "No screens after nine zqMIASHARED" --week 2026-W47 --goal 5 --shared
as mia commit close 2 done --reflection "zqMIASHARED slept better"
as mia commit add mia@acme.test "Talk to my doctor zqMIAPRIV" --week 2026-W47 --goal 5
as mia commit close 3 missed --reflection "zqMIAPRIV too scared"
as mia commit add mia@acme.test "Review the release notes zqMIATEAM" --week 2026-W47 --goal 2
as mia commit add mia@acme.test "Call my sister zqMIAFREE" --week 2026-W48
as mia commit add mia@acme.test "Walk at lunch zqMIAWALK" --week 2026-W48 --shared
as nils commit add nils@acme.test "Ask once in the group zqNILSSHARED" --week 2026-W47 --goal 4 --shared
as nils commit close 7 partial --reflection "zqNILSSHARED halfway"
as nils commit add nils@acme.test "Ask my manager zqNILSPRIV" --week 2026-W47 --goal 6
as olga commit add olga@acme.test "Profile the home page" --week 2026-W48 --goal 3 --shared
g member leave "Circle zqCIRCLE" lena@acme.test --on 2026-11-10 --reason "zqLEAVE moved away"

# The end of a cycle: Mia's reflections on her outcome and on her own
# objective (a reflection hangs off its objective and shares its secret).
# The final scores calibration counts, only for those who see them, are
# those of 2026-Q3 above: a programme's outcomes are not scored, and
# 2026-Q4 is not in scoring yet.
as mia kr add 8 "Swift apps zqMIAIND" --baseline 0 --target 2
as mia reflect 5 --worked "zqMIAOUT worked" --carry "zqMIAOUT carry"
as mia reflect 8 --did-not "zqMIAIND did not"

# Globex, in the same file.
"$bin" init --org Globex --admin gus@globex.test --name "Gus" >/dev/null
GRIP_ORG=globex g unit add Ops --kind team
GRIP_ORG=globex g cycle add 2026-Q4 --kind quarter --from 2026-10-01 --to 2026-12-31
GRIP_ORG=globex g objective add "Globex runs smoothly" --cycle 2026-Q4 --layer team --unit Ops

# Everyone signs in with the same password.
for p in ada lee mia nils lena tess dana olga vic; do
	printf 'privacy-matrix\n' | GRIP_ORG=acme "$bin" person password "$p@acme.test" >/dev/null
done
printf 'privacy-matrix\n' | GRIP_ORG=globex "$bin" person password gus@globex.test >/dev/null
