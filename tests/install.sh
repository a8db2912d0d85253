#!/usr/bin/env bash
# tests/install.sh BUILD — `make install` into a staging DESTDIR: the binary
# lands in PREFIX/bin and runs, the manual page in PREFIX/share/man/man1,
# nothing outside DESTDIR; `make uninstall` takes both away again. BUILD is
# build (the plain variant) or build/san (SAN=1).
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
san=0
[ "${1:-build}" = build/san ] && san=1
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
prefix=/opt/grip-install-test
fail() { echo "FAIL: $*"; exit 1; }
make -s -C "$root" --no-print-directory SAN=$san install DESTDIR="$stage" PREFIX="$prefix" ||
	fail "make install DESTDIR=$stage PREFIX=$prefix failed"
[ ! -e "$prefix" ] || fail "make install wrote $prefix outside DESTDIR"
bin="$stage$prefix/bin/grip" man="$stage$prefix/share/man/man1/grip.1"
[ -x "$bin" ] || fail "no executable $bin"
"$bin" --version | grep -q '^grip ' || fail "$bin --version does not answer"
[ -f "$man" ] || fail "no manual page $man"
head -n 1 "$man" | grep -q '^\.TH GRIP 1 ' || fail "$man is not grip's manual page"
cmp -s "$man" <("$bin" --man) || fail "$man is not what the installed grip --man prints"
make -s -C "$root" --no-print-directory SAN=$san uninstall DESTDIR="$stage" PREFIX="$prefix" ||
	fail "make uninstall failed"
[ ! -e "$bin" ] && [ ! -e "$man" ] || fail "make uninstall left files behind"
echo "install: binary and manual page installed under DESTDIR and removed again"
