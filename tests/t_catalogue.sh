#!/bin/bash
# t_catalogue.sh -- every error and warning of the message catalogue
# (src/base/msg-*.def) is covered by a test: its identifier (the third field of
# MSG(...), e.g. utf8-invalid) appears as an expected message in some file
# under tests/ other than this one.  Identifiers are unique, too.
. "$(dirname "$0")/lib.sh"

self=tests/t_catalogue.sh
sed -n 's/^MSG(\([A-Z0-9_]*\), *\([A-Z]*\), *"\([^"]*\)".*/\1 \2 \3/p' src/base/msg-*.def >"$T/cat"
check "the catalogue has entries" test -s "$T/cat"
dups=$(cut -d' ' -f3 "$T/cat" | sort | uniq -d | tr '\n' ' ')
check_eq "identifiers are unique" "" "$dups"
find tests -type f ! -path "$self" ! -path 'tests/fuzz/*' \
    \( -name '*.sh' -o -name '*.c' -o -name '*.py' -o -name '*.err' -o -name '*.txt' \) \
    >"$T/files"
while read -r enum level ident; do
    case $level in ERROR|WARNING) ;; *) continue ;; esac
    # the identifier as a whole word (not part of a longer identifier)
    if xargs grep -lE -- "(^|[^a-z0-9-])$ident([^a-z0-9-]|$)" <"$T/files" >/dev/null 2>&1; then
        ok "$ident ($enum, $level) is tested"
    else
        not_ok "$ident ($enum, $level) is tested: no test under tests/ expects it"
    fi
done <"$T/cat"
