#!/usr/bin/env bash
# The launcher on a clean clone: clones this repository's committed HEAD to a temporary folder,
# where ./stockadj must build the jar on first use, then runs README's first command twice
# (APPLIED, then "already applied", both exit 0) and a count with a bad line (exit 2).
# The journal is a file in the temporary folder, so ~/.stockadj is left alone. Takes a minute.
set -euo pipefail
repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
git clone -q "$repo" "$tmp/repo"
cd "$tmp/repo"
journal=(--journal "$tmp/journal.db")

./stockadj --help >/dev/null
./stockadj "${journal[@]}" apply --sandbox examples/qoyod/count.csv | tee "$tmp/first.txt"
grep -q APPLIED "$tmp/first.txt"
./stockadj "${journal[@]}" apply --sandbox examples/qoyod/count.csv | tee "$tmp/again.txt"
grep -qi "already applied" "$tmp/again.txt"
printf 'sku,counted\nWID-A,5\nWID-B,-1\n' > "$tmp/bad.csv"
set +e
./stockadj "${journal[@]}" apply --sandbox "$tmp/bad.csv"
code=$?
set -e
[ "$code" = 2 ] || { echo "a bad count exited $code, not 2" >&2; exit 1; }
echo "clean clone: OK"
