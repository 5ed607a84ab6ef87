#!/bin/bash
# t_valgrind.sh -- a whole run over the reference statement under valgrind's
# memcheck: no errors and no memory definitely lost.
. "$(dirname "$0")/lib.sh"

if ! command -v valgrind >/dev/null; then
    not_ok "valgrind is installed (make deps-test)"
    exit 0
fi
# The sanitizer build cannot run under valgrind: use the plain binary.
case $IMPRINT in *-asan) IMPRINT=${VALGRIND_IMPRINT:-$ROOT/imprint} ;; esac
[ -x "$IMPRINT" ] || { not_ok "a plain (non-sanitizer) binary $IMPRINT to run under valgrind (set VALGRIND_IMPRINT)"; exit 0; }
valgrind --leak-check=full --error-exitcode=9 --log-file="$T/vg" \
    --suppressions="$ROOT/tests/valgrind.supp" \
    "$IMPRINT" -q -o "$T/out.pdf" "$SEED"
rc=$?
check_eq "imprint under valgrind exits 0 (9 = memcheck errors)" 0 "$rc"
check "valgrind reports 0 errors" grep -q 'ERROR SUMMARY: 0 errors' "$T/vg"
check "valgrind reports no memory definitely lost" \
    grep -Eq 'definitely lost: 0 bytes|no leaks are possible' "$T/vg"
check "the PDF was written" test -s "$T/out.pdf"
if ! grep -q 'ERROR SUMMARY: 0 errors' "$T/vg"; then
    grep -E '^==[0-9]+== (Invalid|Conditional|Use of|Mismatched|  (at|by))' "$T/vg" |
        head -20 | sed 's/^/    /'
fi
grep -E 'definitely lost|ERROR SUMMARY' "$T/vg" | sed 's/^==[0-9]*==/#/'
