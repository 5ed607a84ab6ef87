#!/bin/bash
# t_memlimit.sh -- a batch with 64 workers under an address-space limit
# (ulimit -v 400000): memory runs out, and the run must end with the
# out-of-memory message and the environment status (or succeed), never with
# a signal; what it wrote is complete and valid, and no temporary file is
# left.  The sanitizer build cannot run under such a limit (its shadow
# memory alone exceeds it), so there the plain build beside it is used.
. "$(dirname "$0")/lib.sh"

BIN=$IMPRINT
case $BIN in *-asan) BIN=${BIN%-asan} ;; esac
if [ ! -x "$BIN" ]; then
    skip "64 workers under ulimit -v" "no plain build at $BIN (make test builds it)"
    exit 0
fi
mkdir -p "$T/in" "$T/out"
# each input the reference statement with its body ten times over
{ cat "$SEED"; for k in $(seq 1 9); do sed -n '/^Secretary/,$p' "$SEED"; done; } >"$T/big.txt"
for i in $(seq 1 64); do cp "$T/big.txt" "$T/in/s$i.txt"; done
(ulimit -v 400000; "$BIN" -j 64 -o "$T/out/" "$T"/in/*.txt) >"$T/.out" 2>"$T/.err"
rc=$?
grep -v '\[wrote\]' "$T/.err" | head -5 | sed 's/^/# /'
echo "# exit status $rc; $(ls "$T/out" | wc -l) PDFs"
check "64 workers under ulimit -v: exit 0 or the environment status, not a signal ($rc)" \
    test "$rc" -eq 0 -o "$rc" -eq 3
check "64 workers under ulimit -v: the workers that could not start are named [fewer-jobs]" \
    grep -q 'warning: the system let 64 workers start only [0-9]* .*\[fewer-jobs\]$' "$T/.err"
if [ "$rc" -eq 3 ]; then
    check "64 workers under ulimit -v: the out-of-memory message [out-of-memory]" \
        grep -q 'imprint: error: out of memory ([^)]*); nothing half-written .*\[out-of-memory\]$' "$T/.err"
else
    check "64 workers under ulimit -v: all 64 PDFs" test "$(ls "$T/out" | wc -l)" -eq 64
fi
check_eq "64 workers under ulimit -v: no temporary file left" "" \
    "$(ls -A "$T/out" | grep -v '^s[0-9]*\.pdf$')"
if ls "$T"/out/*.pdf >/dev/null 2>&1; then
    check "64 workers under ulimit -v: every PDF written is valid" sh tests/validate.sh "$T"/out/*.pdf
fi
