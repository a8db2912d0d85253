#!/usr/bin/env bash
# copy.sh — grip copy between a SQLite file and PostgreSQL, both ways, on a
# PostgreSQL server of its own (scripts/pgtest, in a temporary directory,
# stopped on exit): the demo loaded into a file, copied to postgresql://,
# copied back into a second file; the dumps of all three are the same
# bytes, the PostgreSQL copy serves reads as the file does, its ids go on
# after the copied ones, and a second copy into it is refused unchanged.
# Usage: copy.sh GRIP_BIN. Exits 0 when all hold.
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d)
chmod 755 "$work" # as root the server runs as postgres, which must reach its directory
cluster="$work/pg"
fail() {
	echo "FAIL copy.sh: $*"
	exit 1
}
stop() {
	"$root/scripts/pgtest" stop "$cluster" >/dev/null 2>&1
	rm -rf "$work"
}
trap stop EXIT
# Locations are named as given: not mapped to a schema per file.
unset GRIP_TEST_POSTGRES GRIP_DB GRIP_USER GRIP_ORG GRIP_SERVER GRIP_TOKEN
export GRIP_NOW=2026-11-23 LC_ALL=C.UTF-8

started=$("$root/scripts/pgtest" start "$cluster") || fail "scripts/pgtest cannot start PostgreSQL: $started"
pg=$(printf '%s\n' "$started" | sed -n 's/^GRIP_TEST_POSTGRES=//p')
[ -n "$pg" ] || fail "scripts/pgtest printed no location: $started"
cd "$work" || exit 1

"$bin" --db demo.db demo >/dev/null || fail "grip demo"
out=$("$bin" copy demo.db "$pg" 2>&1) || fail "copy to PostgreSQL: $out"
case $out in
"copied "*" rows in "*" tables; the two dumps are equal") ;;
*) fail "copy to PostgreSQL said: $out" ;;
esac
out=$("$bin" copy "$pg" back.db 2>&1) || fail "copy back from PostgreSQL: $out"

"$bin" --db demo.db dump >demo.dump || fail "dump of demo.db"
"$bin" --db "$pg" dump >pg.dump || fail "dump of PostgreSQL"
"$bin" --db back.db dump >back.dump || fail "dump of back.db"
[ "$(wc -l <demo.dump)" -gt 1000 ] || fail "the demo's dump is short: $(wc -l <demo.dump) lines"
cmp -s demo.dump pg.dump || fail "the PostgreSQL copy's dump differs: $(diff demo.dump pg.dump | head -n 5)"
cmp -s demo.dump back.dump || fail "the copy back's dump differs: $(diff demo.dump back.dump | head -n 5)"

# The copy serves reads as the file does, for a person of the demo.
for args in "objective list" "objective show 14" "report" "due"; do
	# shellcheck disable=SC2086
	a=$("$bin" --db demo.db --as maren@quillmoor.example $args 2>&1)
	# shellcheck disable=SC2086
	b=$("$bin" --db "$pg" --as maren@quillmoor.example $args 2>&1)
	[ "$a" = "$b" ] || fail "grip $args differs on PostgreSQL: $(diff <(echo "$a") <(echo "$b") | head -n 5)"
done

# Ids go on after the copied ones: the sequences were moved past them.
a=$("$bin" --db demo.db person add new@quillmoor.example --name "New Person" 2>&1)
b=$("$bin" --db "$pg" person add new@quillmoor.example --name "New Person" 2>&1)
[ "$a" = "$b" ] || fail "a new person on PostgreSQL: '$b', in the file: '$a'"

# A target that holds data is refused and left as it was.
"$bin" --db "$pg" dump >before.dump
if out=$("$bin" copy back.db "$pg" 2>&1); then
	fail "a copy into a database that holds data was not refused: $out"
fi
case $out in
*"already holds data"*) ;;
*) fail "the refusal said: $out" ;;
esac
"$bin" --db "$pg" dump | cmp -s - before.dump || fail "the refused copy changed the database"
echo "copy.sh: demo.db -> PostgreSQL -> back.db, three equal dumps of $(wc -l <demo.dump) lines"
