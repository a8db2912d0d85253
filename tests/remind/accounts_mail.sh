#!/usr/bin/env bash
# accounts_mail.sh — accounts by email end to end, through a real SMTP
# server (tests/remind/smtp_sink.py) and a real `grip serve`:
#  1. an admin adds a person: `grip remind --once` mails the invitation,
#     in the org's words, with the link under --base-url; the link sets a
#     password over the API, the person signs in with it, the link works
#     once, and the outbox row no longer holds it;
#  2. "forgot password" for a known and an unknown address answers the
#     same; only the known one gets a message; a flood of requests for one
#     address sends at most three in the hour;
#  3. an org in German invites in German.
# Usage: accounts_mail.sh GRIP_BIN. Exits 0 when all hold.
set -u
. "$(dirname "${BASH_SOURCE[0]}")/remind.bash"
remind_case accounts_mail "$1"
export GRIP_NOW=2026-11-23T10:00:00Z

"$bin" init --org Acme --admin ada@acme.test --name "Ada Admin" >/dev/null || fail "init"
"$bin" person add bo@acme.test --name "Bo Berg" >/dev/null || fail "person add"
mail=$work/mail
start_smtp "$mail"
send() { "$bin" remind --once --smtp "smtp://127.0.0.1:$smtp_port" --mail-from grip@acme.test \
	--base-url https://okr.acme.test >"$work/round" 2>&1 || fail "remind: $(cat "$work/round")"; }
# mails KIND-SUBJECT-PREFIX: "TO|SUBJECT|LINK" of each message received, in order.
mails() { "$py" - "$mail" <<'EOF'
import email, email.policy, glob, re, sys
for path in sorted(glob.glob(sys.argv[1] + "/*.eml")):
    with open(path, "rb") as f:
        m = email.message_from_binary_file(f, policy=email.policy.default)
    plain = m.get_body(("plain",)).get_content()
    link = re.search(r"https://okr\.acme\.test/password/set\?token=[A-Za-z0-9_-]+", plain)
    print("%s|%s|%s" % (m["To"].addresses[0].addr_spec, m["Subject"], link.group(0) if link else ""))
EOF
}
token_of() { sed -n 's/.*token=//p' <<<"$1"; }
post() { # PATH JSON: "STATUS BODY"
	curl -s -o "$work/body" -w '%{http_code}' -H 'Content-Type: application/json' -d "$2" "$url$1"
	printf ' %s' "$(cat "$work/body")"
}

# 1. The invitation.
send
[ "$(mails | wc -l)" = 1 ] || fail "expected one invitation, got: $(mails)"
IFS='|' read -r to subject link <<<"$(mails)"
[ "$to" = bo@acme.test ] || fail "the invitation went to $to"
[ "$subject" = "You are invited to Acme on grip" ] || fail "subject: $subject"
[ -n "$link" ] || fail "no link under the base URL in the invitation"
[ -z "$(sql "SELECT link FROM notifications WHERE kind = 'account.invite'")" ] ||
	fail "the sent invitation's row still holds its link"
start_server
answer=$(post /api/v1/password/set "{\"token\":\"$(token_of "$link")\",\"password\":\"a long new secret\"}")
[ "${answer%% *}" = 200 ] || fail "setting the password by the link: $answer"
answer=$(post /api/v1/session '{"org":"acme","email":"bo@acme.test","password":"a long new secret"}')
[ "${answer%% *}" = 201 ] || fail "signing in with the new password: $answer"
answer=$(post /api/v1/password/set "{\"token\":\"$(token_of "$link")\",\"password\":\"another secret\"}")
[ "${answer%% *}" = 422 ] || fail "a used link worked again: $answer"

# 2. Forgot: the same answer for a known and an unknown address.
known=$(post /api/v1/password/forgot '{"org":"acme","email":"bo@acme.test"}')
unknown=$(post /api/v1/password/forgot '{"org":"acme","email":"nobody@acme.test"}')
[ "${known%% *}" = 202 ] && [ "$known" = "$unknown" ] || fail "known and unknown differ: $known / $unknown"
send
[ "$(mails | wc -l)" = 2 ] || fail "expected one reset after the invitation, got: $(mails)"
IFS='|' read -r to subject link <<<"$(mails | tail -n 1)"
[ "$to|$subject" = "bo@acme.test|Choose a new password for grip" ] && [ -n "$link" ] ||
	fail "the reset: $to|$subject|$link"
for _ in $(seq 10); do post /api/v1/password/forgot '{"org":"acme","email":"bo@acme.test"}' >/dev/null; done
send
resets=$(mails | grep -c '|Choose a new password for grip|')
[ "$resets" = 3 ] || fail "a flood of requests sent $resets resets in the hour, not 3"

# 3. In German.
"$bin" org edit --locale de >/dev/null || fail "locale"
"$bin" person add cy@acme.test --name "Cy Chan" >/dev/null || fail "person add cy"
send
IFS='|' read -r to subject link <<<"$(mails | tail -n 1)"
[ "$to|$subject" = "cy@acme.test|Einladung zu Acme auf grip" ] && [ -n "$link" ] ||
	fail "the German invitation: $to|$subject|$link"
echo "accounts_mail: ok"
