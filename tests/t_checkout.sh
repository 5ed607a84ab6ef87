#!/bin/bash
# t_checkout.sh -- the checkout holds the project only: no libFuzzer units
# (files named by a 40-hex SHA-1; their place is build/fuzz-corpus/), only
# the documented examples in examples/, and no copy of a real statement of
# ../shared/corpus/ (tests read those from ../shared/ and skip without it).
. "$(dirname "$0")/lib.sh"

# files: the project's files, one a line, without build output and .git.
files() {
    find . \( -path ./.git -o -path ./build -o -path './build-*' -o -path ./out \) -prune \
        -o -type f -print | sed 's|^\./||' | sort
}
files >"$T/files"
check "the checkout has files" test -s "$T/files"
check_eq "no libFuzzer units (files named by a SHA-1) in the checkout" "" \
    "$(grep -E '(^|/)[0-9a-f]{40}$' "$T/files" | head -5 | tr '\n' ' ')"
check_eq "examples/ holds the documented examples only" \
    "joint-statement-security-dialogue-2021-10-08.md readout-secretary-call-2022-03-15.md tillerson-kelly-mexico-2017-02-23.txt" \
    "$(ls examples | tr '\n' ' ' | sed 's/ $//')"

if [ -d "$SHARED/corpus" ]; then
    find "$SHARED/corpus" -type f -print0 | xargs -0 sha256sum | cut -d' ' -f1 | sort -u >"$T/shared.sums"
    tr '\n' '\0' <"$T/files" | xargs -0 sha256sum >"$T/own.sums"
    sort -k1,1 "$T/own.sums" | join - "$T/shared.sums" >"$T/copies"
    check_eq "no file of the checkout is a copy of a ../shared/corpus/ statement" "" \
        "$(cut -d' ' -f2- "$T/copies" | head -5 | tr '\n' ' ')"
else
    skip "no file of the checkout is a copy of a ../shared/corpus/ statement" \
        "../shared/corpus/ is absent (real statements kept beside the checkout)"
fi
