#!/bin/bash
# run.sh -- the whole test suite: every unit test binary ($BUILD/tests/test_*,
# cmocka with TAP output) and every tests/t_*.sh script (TAP lines through
# tests/lib.sh).  Prints each result and ends with "N passed, N failed".
# Exit status 0 only when nothing failed.
#
# Environment: IMPRINT (the binary, default ./imprint), BUILD (build folder,
# default build), ONLY (a pattern: run only tests whose file name matches).
set -u
export IMPRINT=${IMPRINT:-./imprint}
export BUILD=${BUILD:-build}
export LC_ALL=C.UTF-8
cd "$(dirname "$0")/.." || exit 2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0

# count FILE NAME: tally TAP lines of one test program's output.
count() {
    local out=$1 name=$2 rc=$3 p f
    p=$(grep -c '^ok ' "$out")
    f=$(grep -c '^not ok ' "$out")
    grep -E '^(not )?ok ' "$out" | sed "s|^|[$name] |"
    if [ "$f" -gt 0 ]; then
        grep -vE '^(ok |# |1\.\.)' "$out" | head -40 | sed "s|^|    |"
    fi
    if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
        echo "[$name] not ok - exited with status $rc"
        tail -20 "$out" | sed "s|^|    |"
        f=1
    fi
    pass=$((pass + p))
    fail=$((fail + f))
}

for t in "$BUILD"/tests/test_*; do
    [ -x "$t" ] || continue
    name=$(basename "$t")
    case $name in *.d|*.o) continue ;; esac
    [ -n "${ONLY:-}" ] && case $name in *$ONLY*) ;; *) continue ;; esac
    CMOCKA_MESSAGE_OUTPUT=TAP "$t" >"$tmp/out" 2>&1
    count "$tmp/out" "$name" $?
done

for s in tests/t_*.sh; do
    [ -f "$s" ] || continue
    name=$(basename "$s" .sh)
    [ -n "${ONLY:-}" ] && case $name in *$ONLY*) ;; *) continue ;; esac
    bash "$s" >"$tmp/out" 2>&1
    count "$tmp/out" "$name" $?
done

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
