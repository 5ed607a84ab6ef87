#!/bin/bash
# t_catalogue.sh -- every error and warning of the message catalogue
# (src/base/msg-*.def) is asserted by a test: some check expects its
# identifier (the third field of MSG(...), e.g. utf8-invalid) as the program
# prints it, "[utf8-invalid]", in a check_run/case_/grep pattern, a
# check_eq value, a unit test's string literal or an expected-stderr *.err
# file.  A mention in a comment or a check's description does not count
# (tests/catalogue.py decides).  Identifiers are unique, too.
. "$(dirname "$0")/lib.sh"

self=tests/t_catalogue.sh
sed -n 's/^MSG(\([A-Z0-9_]*\), *\([A-Z]*\), *"\([^"]*\)".*/\1 \2 \3/p' src/base/msg-*.def >"$T/cat"
check "the catalogue has entries" test -s "$T/cat"
dups=$(cut -d' ' -f3 "$T/cat" | sort | uniq -d | tr '\n' ' ')
check_eq "identifiers are unique" "" "$dups"
awk '$2 == "ERROR" || $2 == "WARNING" { print $3 }' "$T/cat" >"$T/idents"
find tests -type f ! -path "$self" ! -path 'tests/fuzz/*' \
    \( -name '*.sh' -o -name '*.c' -o -name '*.h' -o -name '*.err' \) | sort >"$T/files"
# shellcheck disable=SC2046
$PY tests/catalogue.py "$T/idents" $(cat "$T/files") >"$T/covered"
check_eq "every error and warning was looked for" "$(wc -l <"$T/idents")" "$(wc -l <"$T/covered")"
while read -r enum level ident; do
    case $level in ERROR|WARNING) ;; *) continue ;; esac
    where=$(awk -v i="$ident" '$1 == i { print $2 }' "$T/covered")
    if [ -n "$where" ] && [ "$where" != - ]; then
        ok "$ident ($enum, $level) is asserted ($where)"
    else
        not_ok "$ident ($enum, $level) is asserted: no test under tests/ expects [$ident]"
    fi
done <"$T/cat"

# The decision can say no: mentions outside assertions do not count.
mkdir -p "$T/t/unit"
printf 'one\ntwo\nthree\nfour\nfive\nsix\nseven\n' >"$T/t/ids"
cat >"$T/t/t_x.sh" <<'SHEOF'
# a comment naming [one]
check "the description names [two]" test -e /
cat >x.md <<'INEOF'
imprint: x: error: [three]
INEOF
check_run "x" 1 'x: error: .*\[five\]' "$IMPRINT" x
check "y" bash -c "'$IMPRINT' x 2>&1 | grep -q 'y \[six\]'"
SHEOF
cat >"$T/t/unit/test_x.c" <<'CEOF'
/* the comment names [four] */
// and [four] again
static const char *const want[] = {"a message " "[seven]"};
CEOF
$PY tests/catalogue.py "$T/t/ids" "$T/t/t_x.sh" "$T/t/unit/test_x.c" >"$T/t/out"
check_eq "comments, descriptions and here-documents are not assertions" \
    "one - two - three - four -" "$(head -4 "$T/t/out" | tr '\n' ' ' | sed 's/ $//')"
check_eq "patterns, greps in scripts and literals are" "five six seven" \
    "$(tail -3 "$T/t/out" | grep -v ' -$' | cut -d' ' -f1 | tr '\n' ' ' | sed 's/ $//')"
