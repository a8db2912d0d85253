#!/usr/bin/env bash
# tests/readme.sh GRIP — the README's examples run as written. Every block
# fenced as ```sh in README.md is taken, in order, into one shell script,
# which runs in a fresh temporary directory with GRIP as `grip` on the PATH,
# GRIP_NOW fixed and no other GRIP_ setting but GRIP_TEST_POSTGRES (kept
# for tests/run's PostgreSQL pass), stopping at the first command that
# fails. Blocks that are not meant to run (a server that runs until
# stopped, make targets, a token to paste) are fenced ```text in the README
# and skipped.
set -u
bin=$(realpath "$1")
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/bin" "$work/run"
ln -s "$bin" "$work/bin/grip"
awk '/^```sh$/ { on = 1; n++; print "# ---- block " n; next } /^```/ { on = 0 } on' \
	"$root/README.md" >"$work/readme.sh"
blocks=$(grep -c '^# ---- block ' "$work/readme.sh")
if [ "$blocks" -lt 2 ]; then
	echo "FAIL: README.md has $blocks sh blocks; the examples are expected in \`\`\`sh fences"
	exit 1
fi
cd "$work/run" || exit 1
if env -i PATH="$work/bin:/usr/bin:/bin" HOME="$work" LC_ALL=C.UTF-8 GRIP_NOW=2026-11-23 \
	${GRIP_TEST_POSTGRES:+"GRIP_TEST_POSTGRES=$GRIP_TEST_POSTGRES"} \
	bash -e -o pipefail -x "$work/readme.sh" >"$work/out" 2>&1; then
	echo "readme: $blocks blocks ran"
	exit 0
fi
echo "FAIL: a README example failed; the run, the failing command last:"
tail -n 30 "$work/out"
exit 1
