#!/bin/bash
# t_sizes.sh -- the source stays readable: no C function over 120 lines and
# no source file over 1,000 lines.
# Function lengths come from universal-ctags (tests/longest.sh).
. "$(dirname "$0")/lib.sh"

check "universal-ctags is installed" sh -c 'ctags --version | grep -q "Universal Ctags"'
sh tests/longest.sh src 100000 >"$T/funcs"
check "ctags found the functions" test "$(wc -l <"$T/funcs")" -gt 300
long=$(awk '$1 > 120' "$T/funcs")
check_eq "no function is over 120 lines" "" "$long"
awk '{print "#   " $0}' "$T/funcs" | head -5
big=$(find src -name '*.[ch]' -print0 |
    xargs -0 wc -l | awk '$2 != "total" && $1 > 1000')
check_eq "no source file is over 1,000 lines" "" "$big"

# The check itself fails on a function that is too long.
mkdir -p "$T/src"
{
    echo 'int too_long(int x)'
    echo '{'
    for i in $(seq 1 125); do echo "    x += $i;"; done
    echo '    return x;'
    echo '}'
} >"$T/src/long.c"
check_eq "a planted 129-line function is measured" \
    "129 $T/src/long.c:1 too_long" "$(sh tests/longest.sh "$T/src" 1 | sed 's/^ *//')"
