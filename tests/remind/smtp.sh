#!/usr/bin/env bash
# smtp.sh — reminders by email, received by a real SMTP server (aiosmtpd,
# tests/remind/smtp_sink.py) on loopback, through `grip remind --once`:
#  1. without --smtp, what is due is queued and the email waits;
#  2. a server that refuses (451) for a while: each round retries the rows
#     whose time has come, with waits that double (retry-min 60 s: 60, 120,
#     240), and the rows whose recipient left or switched email off are
#     closed unsent with the reason;
#  3. once it accepts: every waiting row is delivered exactly once, with
#     its recipient, subject, link (--base-url) and the org's locale; a
#     person with the digest gets one message listing theirs;
#  4. later rounds send nothing again; a dry run changes nothing;
#  5. with --smtp-starttls, or a password to send, a server without
#     STARTTLS gets nothing.
# The clock moves by GRIP_NOW. Usage: smtp.sh GRIP_BIN. Exits 0 when all hold.
set -u
. "$(dirname "${BASH_SOURCE[0]}")/remind.bash"
remind_case smtp "$1"

at 08:00:00
"$bin" init --org Acme --admin ada@acme.test --name "Ada Åberg" >/dev/null || fail "init"
"$bin" person add bo@acme.test --name "Bo Berg" --no-invite >/dev/null
"$bin" person add cy@acme.test --name "Cy Chan" --no-invite >/dev/null
"$bin" person add dee@acme.test --name "Dee Dunn" --no-invite >/dev/null
"$bin" unit add Mobile --kind team --lead bo@acme.test >/dev/null
"$bin" cycle add 2026-Q4 --kind quarter --from 2026-10-01 --to 2026-12-31 >/dev/null
obj() { # TITLE OWNER: an active objective of OWNER's with one key result
	local id
	id=$("$bin" objective add "$1" --cycle 2026-Q4 --layer individual --owner "$2" --status active --json |
		"$py" -c 'import json,sys; print(json.load(sys.stdin)["id"])') || fail "objective $1"
	"$bin" kr add "$id" "Measure" --baseline 0 --target 10 >/dev/null || fail "kr of $1"
	echo "$id"
}
o_ada=$(obj "Grow the café" ada@acme.test)
o_bo1=$(obj "Ship the offline mode" bo@acme.test)
o_bo2=$(obj "Halve the crash rate" bo@acme.test)
o_cy=$(obj "Write the handbook" cy@acme.test)
o_dee=$(obj "Hire two engineers" dee@acme.test)
# A second organisation in German, in the same file.
"$bin" init --org Bauhaus --admin ute@bau.test --name "Ute Ueberall" >/dev/null || fail "second org"
export GRIP_ORG=acme
"$bin" --org bauhaus cycle add 2026-Q4 --kind quarter --from 2026-10-01 --to 2026-12-31 >/dev/null
o_ute=$("$bin" --org bauhaus objective add "Die Werkstatt öffnen" --cycle 2026-Q4 --layer individual \
	--owner ute@bau.test --status active --json | "$py" -c 'import json,sys; print(json.load(sys.stdin)["id"])')
"$bin" --org bauhaus kr add "$o_ute" "Besucher" --baseline 0 --target 10 >/dev/null || fail "kr of the second org"
# Bo takes the weekly digest; Bauhaus speaks German; both remind from
# midnight.
"$bin" person edit bo@acme.test --digest on >/dev/null || fail "bo's digest"
"$bin" org edit --remind-hour 0 >/dev/null || fail "acme's remind hour"
"$bin" --org bauhaus org edit --locale de --remind-hour 0 >/dev/null || fail "bauhaus's settings"
mail=$work/mail
start_smtp "$mail"
send() { "$bin" remind --once --smtp "smtp://127.0.0.1:$smtp_port" --mail-from reminders@acme.test \
	--base-url https://okr.acme.test/ --retry-min 60 --retry-max 600 "$@"; }

# 1. Queued; without a server the email waits untried.
at 10:00:00
out=$("$bin" remind --once) || fail "remind without --smtp: $out"
echo "$out" | grep -q '^Queued [1-9][0-9]*, sent 0, failed 0' || fail "nothing queued: $out"
rows=$(sql "SELECT COUNT(*) FROM notifications WHERE channel = 'email'")
[ "$rows" -ge 7 ] || fail "expected the email rows of six people's check-ins, got $rows"
[ "$(sql "SELECT COUNT(*) FROM notifications WHERE channel = 'email' AND attempts > 0")" = 0 ] ||
	fail "email rows were tried without a server"
[ "$(sql "SELECT COUNT(*) FROM notifications WHERE channel = 'app' AND sent_at IS NULL")" = 0 ] ||
	fail "an app row is waiting to be sent"
# After the rows were queued, Dee leaves and Cy switches email off: their
# waiting email rows are closed unsent.
"$bin" person leave dee@acme.test >/dev/null || fail "dee leaves"
"$bin" person edit cy@acme.test --email-notices off >/dev/null || fail "cy's email off"

# A dry run prints what it would send and changes nothing.
before=$(sql "SELECT id, attempts, next_attempt_at, sent_at FROM notifications ORDER BY id")
dry=$(send --dry-run) || fail "dry run: $dry"
echo "$dry" | grep -q "^would send email to ada@acme.test: Check-in due: Grow the café" || fail "dry run: $dry"
echo "$dry" | grep -q "^would send email to bo@acme.test: a digest of" || fail "dry run, digest: $dry"
echo "$dry" | grep -q "Nothing was changed" || fail "dry run: $dry"
[ "$(sql "SELECT id, attempts, next_attempt_at, sent_at FROM notifications ORDER BY id")" = "$before" ] ||
	fail "the dry run changed the outbox"
[ ! -e "$mail/attempts" ] || fail "the dry run reached the SMTP server"

# 2. Refused for a while: retried with doubling waits.
echo refuse >"$mail/refuse"
at 10:01:00
send >"$work/round1" || fail "round 1: $(cat "$work/round1")"
refused=$(grep -c '^451' "$mail/attempts")
[ "$refused" -ge 3 ] || fail "expected the waiting rows tried, got $refused attempts"
grep -q "SMTP 451" <<<"$(sql "SELECT last_error FROM notifications WHERE channel = 'email' AND sent_at IS NULL")" ||
	fail "the refusal is not kept as the rows' last error"
ada_row=$(sql "SELECT id FROM notifications WHERE channel = 'email' AND kind = 'checkin.due' AND recipient = 'p1' AND org_id = 1")
next() { sql "SELECT next_attempt_at FROM notifications WHERE id = $ada_row"; }
[ "$(next)" = 2026-11-23T10:02:00Z ] || fail "first retry at $(next), not a minute later"
# Closed unsent: Cy switched email off, Dee left; with the reason.
[ "$(sql "SELECT last_error FROM notifications WHERE channel = 'email' AND recipient = 'p3' AND sent_at IS NOT NULL" | sort -u)" = \
	"the recipient has switched email notices off" ] || fail "Cy's email row is not closed with the reason"
[ "$(sql "SELECT last_error FROM notifications WHERE channel = 'email' AND recipient = 'p4' AND sent_at IS NOT NULL" | sort -u)" = \
	"the recipient has left the organisation" ] || fail "Dee's email row is not closed with the reason"
at 10:01:30
send >/dev/null
[ "$(grep -c '^451' "$mail/attempts")" = "$refused" ] || fail "a row was tried before its time"
at 10:02:00
send >/dev/null
[ "$(next)" = 2026-11-23T10:04:00Z ] || fail "second retry at $(next), not two minutes later"
at 10:04:00
send >/dev/null
[ "$(next)" = 2026-11-23T10:08:00Z ] || fail "third retry at $(next), not four minutes later"
[ "$(sql "SELECT attempts FROM notifications WHERE id = $ada_row")" = 3 ] || fail "attempts not counted"
[ -z "$(ls "$mail"/*.eml 2>/dev/null)" ] || fail "a refused message was kept"

# 3. The server accepts again: each waiting row once.
rm "$mail/refuse"
at 10:08:00
send >"$work/round4" || fail "round 4: $(cat "$work/round4")"
[ "$(sql "SELECT COUNT(*) FROM notifications WHERE sent_at IS NULL")" = 0 ] ||
	fail "rows still wait: $(sql "SELECT id, recipient, last_error FROM notifications WHERE sent_at IS NULL")"
"$py" - "$mail" "$o_ada" "$o_bo1" "$o_bo2" "$o_ute" <<'PY' || fail "the messages received are not the expected ones"
import email, email.policy, glob, sys
folder, o_ada, o_bo1, o_bo2, o_ute = sys.argv[1:]
msgs = []
for path in sorted(glob.glob(folder + "/*.eml")):
    with open(path, "rb") as f:
        m = email.message_from_binary_file(f, policy=email.policy.default)
    with open(path[:-4] + ".rcpt") as f:
        rcpt = f.read().split()
    msgs.append((m, rcpt))
def fail(why):
    print(why)
    sys.exit(1)
ids = [m["Message-ID"] for m, _ in msgs]
if len(set(ids)) != len(ids):
    fail("a message was delivered twice: %s" % ids)
by = {}
for m, rcpt in msgs:
    if len(rcpt) != 1:
        fail("one recipient a message, not %s" % rcpt)
    by.setdefault(rcpt[0], []).append(m)
if set(by) != {"ada@acme.test", "bo@acme.test", "ute@bau.test"}:
    fail("recipients: %s" % sorted(by))
def parts(m):
    plain = m.get_body(("plain",)).get_content()
    html = m.get_body(("html",)).get_content()
    return plain, html
# Ada: her check-in, under her encoded name, with the link.
checkin = [m for m in by["ada@acme.test"] if m["Subject"] == "Check-in due: Grow the café"]
if len(checkin) != 1:
    fail("Ada's check-in reminder: %s" % [m["Subject"] for m in by["ada@acme.test"]])
m = checkin[0]
if m["To"].addresses[0].display_name != "Ada Åberg" or m["From"].addresses[0].addr_spec != "reminders@acme.test":
    fail("headers: To %s From %s" % (m["To"], m["From"]))
if m["Content-Language"] != "en" or m.get_content_type() != "multipart/alternative":
    fail("language %s, type %s" % (m["Content-Language"], m.get_content_type()))
plain, html = parts(m)
link = "https://okr.acme.test/objectives/%s/checkin" % o_ada
if "Open: " + link not in plain or 'href="%s"' % link not in html or ">Open</a>" not in html:
    fail("Ada's link: %r %r" % (plain, html))
if "Grow the café" not in html:
    fail("the HTML lacks the title: %r" % html)
# Bo: one digest with both of his check-ins.
if len(by["bo@acme.test"]) != 1:
    fail("Bo has the digest: one message, not %d" % len(by["bo@acme.test"]))
m = by["bo@acme.test"][0]
if not m["Subject"].startswith("Your reminders ("):
    fail("digest subject %s" % m["Subject"])
plain, html = parts(m)
for o in (o_bo1, o_bo2):
    if "https://okr.acme.test/objectives/%s/checkin" % o not in plain or "https://okr.acme.test/objectives/%s/checkin" % o not in html:
        fail("the digest lacks objective %s: %r" % (o, plain))
if "Check-in due: Ship the offline mode" not in plain or "Check-in due: Halve the crash rate" not in plain:
    fail("the digest lacks a subject: %r" % plain)
# Ute: the German org's fixed words in each of her messages.
if not by["ute@bau.test"] or not any("Die Werkstatt öffnen" in m["Subject"] for m in by["ute@bau.test"]):
    fail("Ute's reminders: %s" % [m["Subject"] for m in by["ute@bau.test"]])
for m in by["ute@bau.test"]:
    plain, html = parts(m)
    if m["Content-Language"] != "de" or "Öffnen: https://okr.acme.test/objectives/%s/" % o_ute not in plain \
            or 'lang="de"' not in html or "Einstellungen" not in plain:
        fail("the German message: %s %r" % (m["Content-Language"], plain))
PY
delivered=$(grep -c '^250' "$mail/attempts")
[ "$delivered" = "$(ls "$mail"/*.eml | wc -l)" ] || fail "the server's log and its mailbox differ"

# 4. Later rounds: nothing is sent twice.
at 10:30:00
send >/dev/null
at 11:30:00
send >/dev/null
[ "$(grep -c '^250' "$mail/attempts")" = "$delivered" ] || fail "a message was sent again"

# 5. The next week's reminders, with STARTTLS required of a server that
# does not offer it: nothing goes over the plain connection; the rows wait
# and go once the requirement is dropped.
export GRIP_NOW=2026-11-30T10:00:00Z
send --smtp-starttls >"$work/round5" || fail "round 5: $(cat "$work/round5")"
waiting=$(sql "SELECT COUNT(*) FROM notifications WHERE channel = 'email' AND sent_at IS NULL AND attempts = 1")
[ "$waiting" -ge 3 ] || fail "next week's rows were not tried: $(cat "$work/round5")"
[ "$(grep -c '^250' "$mail/attempts")" = "$delivered" ] || fail "a message went without the TLS required"
grep -qi 'tls\|ssl' <<<"$(sql "SELECT last_error FROM notifications WHERE channel = 'email' AND sent_at IS NULL LIMIT 1")" ||
	fail "the refusal does not say TLS was missing: $(sql "SELECT last_error FROM notifications WHERE sent_at IS NULL LIMIT 1")"
# A user and password likewise never go over a plain connection.
export GRIP_NOW=2026-11-30T10:01:00Z
GRIP_SMTP_PASSWORD=secret send --smtp-user grip >/dev/null || fail "round 6"
[ "$(sql "SELECT COUNT(*) FROM notifications WHERE channel = 'email' AND sent_at IS NULL AND attempts = 2")" = "$waiting" ] ||
	fail "next week's rows were not tried again"
[ "$(grep -c '^250' "$mail/attempts")" = "$delivered" ] || fail "a message went with a password over a plain connection"
export GRIP_NOW=2026-11-30T10:10:00Z
send >/dev/null
[ "$(sql "SELECT COUNT(*) FROM notifications WHERE sent_at IS NULL")" = 0 ] || fail "next week's rows still wait"
exit 0
