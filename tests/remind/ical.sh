#!/usr/bin/env bash
# ical.sh — the calendar feed read by a real iCalendar parser (Debian's
# python3-icalendar) from a real `grip serve` on loopback:
#  1. an org in America/Los_Angeles (a daylight-saving change inside the
#     feed's window): each check-in is at the org's remind hour on the
#     first day of the org's week (Sunday here), in the org's zone, on
#     both sides of the change; the feed's own VTIMEZONE gives the same
#     instants as the system's zone files; the programme's weeks and
#     commitment days, the mid-point review and scoring are there for
#     those who have them, as all-day or timed events; every line ends
#     in CRLF and none is over 75 octets; text with , ; \ and a line
#     break comes back as written; each event links to its page;
#  2. privacy: a person outside the private group has no event of it;
#  3. a revoked feed, the old address of a rotated one and the feed of
#     someone who left answer 404.
# Usage: ical.sh GRIP_BIN. Exits 0 when all hold.
set -u
. "$(dirname "${BASH_SOURCE[0]}")/../api/serve.bash"
shell_case ical "$1"
py=/usr/bin/python3
"$py" -c 'import icalendar' 2>/dev/null || fail "python3-icalendar is missing (scripts/bootstrap installs it)"

g() { "$bin" "$@" >/dev/null || fail "grip $*"; }
g init --org Acme --admin ada@acme.test --name "Ada Admin"
g org edit --timezone America/Los_Angeles --week-start sunday
db_sql "UPDATE orgs SET remind_hour = 8" || fail "remind hour"
g person add bo@acme.test --name "Bo Berg"
g person add lee@acme.test --name "Lee Lund"
g person add ann@acme.test --name "Ann Aro"
g person add cy@acme.test --name "Cy Cole"
g unit add Mobile --kind team --lead bo@acme.test
g member add Mobile cy@acme.test
g cycle add FY27 --kind year --from 2026-07-01 --to 2027-06-30
g objective add 'Ship it, fast; well \ done
twice' --cycle FY27 --layer team --unit Mobile --status active
g unit add Circle --kind group --lead lee@acme.test --private
g member add Circle ann@acme.test --joined 2026-10-01
g cycle add "Winter circle" --kind programme --unit Circle --from 2026-11-15 --weeks 8
g --as ann@acme.test objective add "Run my one-to-ones without notes" --cycle "Winter circle" --layer member \
	--owner ann@acme.test --status proposed
g person add lou@acme.test --name "Lou Left"
g member add Circle lou@acme.test --joined 2026-10-01

feed() { "$bin" --as "$1" calendar --rotate | tail -n 1; }
bo=$(feed bo@acme.test)
ann=$(feed ann@acme.test)
cy=$(feed cy@acme.test)
lou=$(feed lou@acme.test)
start_server
get() { curl -s -o "$work/$1.ics" -w '%{http_code} %{content_type}' "$url$2"; }
[ "$(get bo "$bo")" = "200 text/calendar; charset=utf-8" ] || fail "bo's feed: $(get bo "$bo")"
get ann "$ann" >/dev/null
get cy "$cy" >/dev/null

"$py" - "$work" "$url" <<'PY' || fail "the feeds do not hold what they should"
import sys, datetime, icalendar
from zoneinfo import ZoneInfo
work, site = sys.argv[1], sys.argv[2]
zone = ZoneInfo("America/Los_Angeles")
errors = []
def check(cond, what):
    if not cond:
        errors.append(what)

def load(name):
    raw = open(f"{work}/{name}.ics", "rb").read()
    lines = raw.split(b"\r\n")
    check(lines[-1] == b"", f"{name}: the feed ends in CRLF")
    check(all(b"\n" not in l and b"\r" not in l for l in lines), f"{name}: every line ends in CRLF")
    check(all(len(l) <= 75 for l in lines), f"{name}: no line is over 75 octets")
    check(b"\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n" in raw, f"{name}: a refresh interval")
    cal = icalendar.Calendar.from_ical(raw)
    tzs = [c for c in cal.walk("VTIMEZONE")]
    check(len(tzs) == 1 and str(tzs[0]["TZID"]) == "America/Los_Angeles", f"{name}: one VTIMEZONE, the org's")
    own = tzs[0].to_tz()
    events = []
    for e in cal.walk("VEVENT"):
        start = e.decoded("DTSTART")
        if isinstance(start, datetime.datetime):
            check(str(e["DTSTART"].params.get("TZID")) == "America/Los_Angeles", f"{name}: {e['UID']} in the org's zone")
            naive = start.replace(tzinfo=None)
            # The feed's VTIMEZONE and the system's zone agree on the instant.
            check(own.localize(naive).astimezone(datetime.timezone.utc) ==
                  naive.replace(tzinfo=zone).astimezone(datetime.timezone.utc),
                  f"{name}: {e['UID']} has the same instant by the feed's zone and the system's")
        check(str(e.get("URL", "")).startswith(site + "/"), f"{name}: {e['UID']} links to its page on this server")
        events.append(e)
    uids = [str(e["UID"]) for e in events]
    check(len(uids) == len(set(uids)), f"{name}: every UID once")
    return events

def kinds(events, kind):
    return [e for e in events if str(e["CATEGORIES"].cats[0] if hasattr(e["CATEGORIES"], "cats") else e["CATEGORIES"]) == kind]

bo = load("bo")
checkins = kinds(bo, "checkin")
check(len(checkins) == 30, f"bo: 30 weekly check-ins from 2026-10-25 to 2027-05-16, not {len(checkins)}")
for e in checkins:
    start = e.decoded("DTSTART").replace(tzinfo=None)
    local = start.replace(tzinfo=zone)
    check(start.hour == 8 and start.minute == 0, f"bo: {e['UID']} at 08:00, the remind hour")
    check(start.weekday() == 6, f"bo: {e['UID']} on a Sunday, the org's week start")
    check(e.decoded("DTEND").replace(tzinfo=None) - start == datetime.timedelta(minutes=15), "15 minutes")
    check(str(e.decoded("SUMMARY").decode()) == "Check-in: Ship it, fast; well \\ done\ntwice",
          f"bo: the summary as written, not {e.decoded('SUMMARY')!r}")
before = [e for e in checkins if e.decoded("DTSTART").replace(tzinfo=None).date() == datetime.date(2026, 11, 22)]
after = [e for e in checkins if e.decoded("DTSTART").replace(tzinfo=None).date() == datetime.date(2027, 3, 21)]
check(len(before) == 1 and len(after) == 1, "bo: check-ins on 22 November 2026 and 21 March 2027")
if before and after:
    utc = lambda e: e.decoded("DTSTART").replace(tzinfo=None).replace(tzinfo=zone).astimezone(datetime.timezone.utc)
    check(utc(before[0]).hour == 16, f"bo: 08:00 PST is 16:00 UTC, not {utc(before[0])}")
    check(utc(after[0]).hour == 15, f"bo: 08:00 PDT is 15:00 UTC, not {utc(after[0])}")
review = kinds(bo, "review")
check([e.decoded("DTSTART") for e in review] == [datetime.date(2026, 12, 30)] and
      str(review[0].decoded("SUMMARY").decode()) == "Mid-cycle review: FY27",
      "bo: FY27's mid-point (30 December 2026) is a review day for Mobile's lead")
check(not kinds(bo, "programme.week") and not kinds(bo, "commitment"), "bo: nothing of the private group")

cy = load("cy")
check(len(kinds(cy, "checkin")) == 30, "cy: a member of Mobile checks in on its objective")
check(not kinds(cy, "review"), "cy: a member reviews nothing")
check(not any("Circle" in str(e.decoded("SUMMARY")) or "circle" in str(e.decoded("SUMMARY")) for e in cy),
      "cy: nothing of the private group")

ann = load("ann")
weeks = kinds(ann, "programme.week")
check(len(weeks) == 8, f"ann: the programme's 8 weeks, not {len(weeks)}")
for n, e in enumerate(sorted(weeks, key=lambda e: e.decoded("DTSTART")), 1):
    check(e.decoded("DTSTART") == datetime.date(2026, 11, 15) + datetime.timedelta(days=7 * (n - 1)),
          f"ann: week {n} starts on its day")
    check(e.decoded("DTEND") - e.decoded("DTSTART") == datetime.timedelta(days=7), "a week is 7 days")
    check(str(e.decoded("SUMMARY").decode()) == f"Week {n} of Winter circle", "ann: the week's name")
commits = kinds(ann, "commitment")
check(len(commits) == 8 and all(e.decoded("DTSTART").hour == 8 and e.decoded("DTSTART").weekday() == 6 for e in commits),
      f"ann: a commitment day at 08:00 each Sunday of the programme, not {len(commits)}")
check(not kinds(ann, "review"), "ann: a member does not review the half-way")
check(not any("Ship it" in str(e.decoded("SUMMARY")) for e in ann), "ann: nothing of Mobile")
for e in errors:
    print(e)
sys.exit(1 if errors else 0)
PY

# Revoked, rotated and left: not found.
"$bin" --as cy@acme.test calendar --revoke >/dev/null || fail "revoke"
[ "$(get x "$cy")" = "404 text/html; charset=utf-8" ] || fail "a revoked feed answers $(get x "$cy")"
new=$(feed bo@acme.test)
[ "${new}" != "$bo" ] || fail "a new address"
[ "$(get x "$bo" | cut -c1-3)" = 404 ] || fail "the old address of a rotated feed still answers"
[ "$(get x "$new" | cut -c1-3)" = 200 ] || fail "the new address does not answer"
[ "$(get x "$lou" | cut -c1-3)" = 200 ] || fail "lou's feed before she leaves"
"$bin" person leave lou@acme.test >/dev/null || fail "leave"
[ "$(get x "$lou" | cut -c1-3)" = 404 ] || fail "the feed of someone who left still answers"
[ "$(get x /calendar/not-a-secret.ics | cut -c1-3)" = 404 ] || fail "a made-up address answers"
echo "ical: ok"
