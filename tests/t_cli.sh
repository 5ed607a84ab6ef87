#!/bin/bash
# t_cli.sh -- the command line: help, version, usage errors, bad input and a
# broken environment each give one clear message and the documented status.
. "$(dirname "$0")/lib.sh"

check "--help documents the exit statuses" \
    bash -c "'$IMPRINT' --help | grep -q 'Exit status: 0 done, 1 bad input, 2 bad usage, 3 environment'"
check "--help lists every option" bash -c "h=\$('$IMPRINT' --help); for o in --output --layout --pdfa --dump-json --dump-pages --quiet --help --version; do grep -q -- \"\$o\" <<<\"\$h\" || { echo missing \$o; exit 1; }; done"
check "--version prints the version" bash -c "'$IMPRINT' --version | grep -Eq '^imprint [0-9]+\.[0-9]+\.[0-9]+$'"
check_run "no input is a usage error" 2 "error: no input file" "$IMPRINT"
check_run "unknown option is a usage error" 2 "error: unknown option '--frobnicate' \(try 'imprint --help'\) \[usage\]" \
    "$IMPRINT" --frobnicate "$SEED"
check_run "bad --pdfa value is a usage error" 2 "--pdfa takes 1b, 2b, 2u, 1a, 2a or none, not .3x." "$IMPRINT" --pdfa 3x "$SEED"
check_run "missing argument is a usage error" 2 "option '-o' needs an argument" "$IMPRINT" "$SEED" -o

printf 'An official website of the United States government\n\nTitle\nMay 1, 2021\n\nBody \xff text.\n' >"$T/bad.txt"
check_run "invalid UTF-8: file:line:col and status 1" 1 \
    "^imprint: $T/bad.txt:6:6: error: invalid UTF-8 \(byte 0xFF\) \[utf8-invalid\]$" "$IMPRINT" -o "$T/" "$T/bad.txt"
check "invalid UTF-8 leaves no PDF" test ! -e "$T/bad.pdf"
: >"$T/empty.txt"
check_run "empty file: status 1" 1 "^imprint: $T/empty.txt: error: input is empty \[empty-input\]$" \
    "$IMPRINT" -o "$T/" "$T/empty.txt"
check_run "missing input file: status 3" 3 "$T/nothere.txt: error: cannot read: No such file or directory \[open\]" \
    "$IMPRINT" -o "$T/" "$T/nothere.txt"
check_run "missing layout: status 3" 3 "error: .*no-such-layout" \
    "$IMPRINT" -l no-such-layout -o "$T/" "$SEED"
check "missing layout leaves no PDF" test ! -e "$T/tillerson-kelly-mexico-2017-02-23.pdf"
printf 'name: broken\npage: {size: letter\n' >"$T/broken.yaml"
check_run "broken layout file: file:line:col and status 3" 3 "^imprint: $T/broken.yaml:[0-9]+:[0-9]+: error: " \
    "$IMPRINT" -l "$T/broken.yaml" -o "$T/" "$SEED"
cp "$SEED" "$T/same.pdf"
check_run "output path that is the input file is refused" 2 "output-is-input" \
    "$IMPRINT" -o "$T/same.pdf" "$T/same.pdf"
check "the refused input is untouched" cmp "$SEED" "$T/same.pdf"

# Standard input and -o forms.
check "standard input to a named file" bash -c "'$IMPRINT' -q -o '$T/stdin.pdf' - <'$SEED' && test -s '$T/stdin.pdf'"
mkdir -p "$T/dir"
check "-o DIR writes DIR/NAME.pdf" bash -c "'$IMPRINT' -q -o '$T/dir' '$SEED' && test -s '$T/dir/tillerson-kelly-mexico-2017-02-23.pdf'"
check "-q prints nothing on success" bash -c "test -z \"\$('$IMPRINT' -q -o '$T/q.pdf' '$SEED' 2>&1)\""
check_run "two inputs need -o DIR" 2 "several inputs need -o to name a folder" \
    "$IMPRINT" -o "$T/x.pdf" "$SEED" "$SEED"
check "a successful run says where it wrote" bash -c "'$IMPRINT' -o '$T/n.pdf' '$SEED' 2>&1 | grep -q 'note: wrote $T/n.pdf'"

# A failed run keeps the good file that was there.
cp "$T/stdin.pdf" "$T/keep.pdf"
printf 'x\xc3(\n' >"$T/keep.txt"
"$IMPRINT" -q -o "$T/keep.pdf" "$T/keep.txt" 2>/dev/null
check "a failed run leaves the previous PDF intact" cmp "$T/stdin.pdf" "$T/keep.pdf"
check "a failed run leaves no temporary file" bash -c "! ls -A '$T' | grep -q imprint-tmp"
