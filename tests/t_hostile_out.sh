#!/bin/bash
# t_hostile_out.sh -- hostile output targets, SOURCE_DATE_EPOCH values,
# metadata strings and message forms: each case asserts the exit status and
# the message identifier, that nothing was written beside the output, and
# that every PDF written passes tests/validate.sh.
. "$(dirname "$0")/lib.sh"

W=$T/w        # the working folder: every case runs here
mkdir -p "$W"
PDFS=()       # every PDF written, validated at the end
# only FILES...: the working folder holds exactly these names.
only() {
    local want got
    want=$(printf '%s\n' "$@" | sort)
    got=$(cd "$W" && ls -A | sort)
    [ "$want" = "$got" ] || { echo "want: $want"; echo "got:  $got"; return 1; }
}
run() { (cd "$W" && "$@"); }

# ---- finding 1: -o onto what is not a regular file ----------------------
mkfifo "$W/fifo.pdf"
check_run "-o FIFO is refused" 2 "^imprint: fifo\.pdf: error: output exists and is a FIFO, not a regular file: refused .*\[output-not-regular\]$" \
    run timeout 20 "$IMPRINT" -o fifo.pdf "$SEED"
check "the FIFO is still a FIFO" test -p "$W/fifo.pdf"
check "a refused FIFO leaves nothing beside it" only fifo.pdf
mkdir "$W/d"
mkfifo "$W/d/tillerson-kelly-mexico-2017-02-23.pdf"
check_run "-o DIR/ whose NAME.pdf is a FIFO is refused" 2 "\[output-not-regular\]" \
    run timeout 20 "$IMPRINT" -o d/ "$SEED"
check "the FIFO in the folder is still a FIFO" test -p "$W/d/tillerson-kelly-mexico-2017-02-23.pdf"
rm -rf "$W/d" "$W/fifo.pdf"

echo old >"$W/target.pdf"
ln -s target.pdf "$W/link.pdf"
check_run "-o a symlink to a regular file writes the file" 0 "note: wrote link\.pdf \[wrote\]" \
    run "$IMPRINT" -o link.pdf "$SEED"
check "the link stays a link to the same file" test "$(readlink "$W/link.pdf")" = target.pdf
check "the link's target holds the PDF" bash -c "head -c 5 '$W/target.pdf' | grep -q '%PDF-'"
check "a followed link leaves only the link and its file" only link.pdf target.pdf
cp "$W/target.pdf" "$T/linked.pdf"
PDFS+=("$T/linked.pdf")
rm -f "$W/link.pdf" "$W/target.pdf"

ln -s nothere.pdf "$W/dangling.pdf"
check_run "-o a dangling symlink is refused" 2 "^imprint: dangling\.pdf: error: output is a symbolic link to a file that does not exist \(nothere\.pdf\): refused \[output-dangling-link\]$" \
    run "$IMPRINT" -o dangling.pdf "$SEED"
check "the dangling link creates nothing" only dangling.pdf
rm -f "$W/dangling.pdf"
mkfifo "$T/fifo2"
ln -s "$T/fifo2" "$W/tofifo.pdf"
check_run "-o a symlink to a FIFO is refused" 2 "\[output-not-regular\]" \
    run timeout 20 "$IMPRINT" -o tofifo.pdf "$SEED"
check "the symlinked FIFO is untouched" test -p "$T/fifo2"
rm -f "$W/tofifo.pdf"
if "$PY" -c "import socket,sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])" "$W/sock.pdf" 2>/dev/null; then
    check_run "-o a socket is refused" 2 "is a socket, not a regular file: refused .*\[output-not-regular\]" \
        run "$IMPRINT" -o sock.pdf "$SEED"
    check "the socket stays" test -S "$W/sock.pdf"
    rm -f "$W/sock.pdf"
else
    skip "-o a socket is refused" "python3 cannot bind a Unix socket here"
fi

check_run "-o - writes the PDF to standard output" 0 "note: wrote standard output \[wrote\]" \
    run "$IMPRINT" -o - "$SEED"
cp "$T/.out" "$T/stdout.pdf"
check "-o - writes nothing into the folder" only
run "$IMPRINT" -q -o file.pdf "$SEED"
check "-o - gives the bytes -o FILE writes" cmp "$T/stdout.pdf" "$W/file.pdf"
rm -f "$W/file.pdf"
PDFS+=("$T/stdout.pdf")
check_run "-o - with two inputs is refused" 2 "^imprint: error: -o - writes one PDF to standard output: give one input, or -o a folder \[stdout-one-input\]$" \
    run "$IMPRINT" -o - "$SEED" "$SEED"
check "-o - refused writes nothing to standard output" test ! -s "$T/.out"
check_run "-o '' is a usage error" 2 "^imprint: error: -o needs a file or folder name, not an empty string \(try 'imprint --help'\) \[usage\]$" \
    run "$IMPRINT" -o "" "$SEED"
check "-o '' writes nothing" only

# ---- finding 2: SOURCE_DATE_EPOCH ---------------------------------------
for v in 99999999999999 9223372036854775807 253402300800 -1 abc 1e9 " 5" "5 " +5 0x10; do
    re=$(printf '%s' "$v" | sed 's/[+.]/\\&/g')
    check_run "SOURCE_DATE_EPOCH='$v' is an error" 2 \
        "^imprint: error: SOURCE_DATE_EPOCH is '$re': it must be a whole number of seconds from 0 to 253402300799 \(9999-12-31 23:59:59 UTC\) \[source-date-epoch\]$" \
        run env SOURCE_DATE_EPOCH="$v" "$IMPRINT" -o sde.pdf "$SEED"
done
check "a refused SOURCE_DATE_EPOCH writes nothing" only
check "SOURCE_DATE_EPOCH=253402300799 writes 9999-12-31" bash -c "cd '$W' && SOURCE_DATE_EPOCH=253402300799 '$IMPRINT' -q -o max.pdf '$SEED' && pdfinfo -rawdates max.pdf | grep -q 'CreationDate: *D:99991231235959+00.00'"
check "SOURCE_DATE_EPOCH=0 writes 1970-01-01" bash -c "cd '$W' && SOURCE_DATE_EPOCH=0 '$IMPRINT' -q -o zero.pdf '$SEED' && pdfinfo -rawdates zero.pdf | grep -q 'CreationDate: *D:19700101000000+00.00'"
mv "$W/max.pdf" "$W/zero.pdf" "$T/" 2>/dev/null
PDFS+=("$T/max.pdf" "$T/zero.pdf")

# ---- finding 2: metadata at the limits and with control characters ------
long=$(head -c 100000 /dev/zero | tr '\0' 'a')
kw=$(for i in $(seq 1 20000); do printf '"k%d", ' "$i"; done)
agency=$(head -c 105000 /dev/zero | tr '\0' 'b')
printf -- '---\ntitle: "%s"\ndate: 2020-01-02\nagency: "%s"\nkeywords: [%s"end"]\n---\nBody text.\n' \
    "$long" "$agency" "$kw" >"$T/long.md"
check_run "100,000-character title, 20,000 keywords, 105 KB agency: cut with a warning" 0 \
    "the title is 100000 bytes long; .*\[metadata-cut\]" run "$IMPRINT" -o "$T/long.pdf" "$T/long.md"
check "cut metadata is the same in Info and XMP (Preflight 7.2)" sh tests/validate.sh "$T/long.pdf"
printf -- '---\ntitle: "A\\u0001B\\tC"\nkind: "Media\\rNote"\ndate: 2020-01-02\n---\nBody text.\n' >"$T/ctl.md"
check_run "control characters in header strings: a warning naming the field" 0 \
    "warning: the title has control characters \(2: .*\[metadata-control\]" run "$IMPRINT" -o "$T/ctl.pdf" "$T/ctl.md"
check "control characters leave Info and XMP alike" bash -c "pdfinfo '$T/ctl.pdf' | grep -q '^Title: *AB C$'"
PDFS+=("$T/ctl.pdf")
for l in 'en US' '"<x>&"' '"en\tUS"' 'en_US' 'e'; do
    printf -- '---\ntitle: T\ndate: 2020-01-02\nlanguage: %s\n---\nBody text.\n' "$l" >"$T/lang.md"
    check_run "language $l is an error at file:line:col" 1 \
        "^imprint: $T/lang\.md:4:11: error: language '.*' is not a BCP 47 language tag .*\[header-language\]$" \
        run "$IMPRINT" -o lang.pdf "$T/lang.md"
done
check "a bad language writes nothing" only
printf -- '---\ntitle: T\ndate: 2020-01-02\nlanguage: zh-Hant-TW\n---\nBody text.\n' >"$T/zh.md"
check_run "language zh-Hant-TW is taken" 0 "\[wrote\]" run "$IMPRINT" -o "$T/zh.pdf" "$T/zh.md"
PDFS+=("$T/zh.pdf")

# ---- finding 6: one message form --------------------------------------
check "no writable cache folder: no raw fontconfig message, no leftovers" bash -c "
    mkdir -p '$T/tmp' && echo file >'$T/notadir' &&
    cd '$W' && env -u XDG_CACHE_HOME -u HOME TMPDIR='$T/tmp' '$IMPRINT' -q -o '$T/fc1.pdf' '$SEED' 2>'$T/fc.err' &&
    env XDG_CACHE_HOME='$T/notadir' TMPDIR='$T/tmp' '$IMPRINT' -q -o '$T/fc2.pdf' '$SEED' 2>>'$T/fc.err' &&
    test ! -s '$T/fc.err' && test -z \"\$(ls -A '$T/tmp')\""
PDFS+=("$T/fc1.pdf" "$T/fc2.pdf")
check_run "a newline in an output name is printed escaped" 0 "^imprint: note: wrote a\\\\nb\.pdf \[wrote\]$" \
    run "$IMPRINT" -o "a
b.pdf" "$SEED"
check "the escaped message is one line" test "$(wc -l <"$T/.err")" -eq 1
mv "$W/a
b.pdf" "$T/nl.pdf"
PDFS+=("$T/nl.pdf")
check "every message has the catalogue form" bash -c "! grep -v '^imprint: ' '$T/.err'"

printf -- '---\ntitle: T\ndate: 2020-01-02\nlayout: a4\n---\nBody text.\n' >"$T/a4.md"
check_run "a source header's layout is honoured" 0 "\[wrote\]" run "$IMPRINT" -o "$T/a4.pdf" "$T/a4.md"
check "the header's layout sets the page size" bash -c "pdfinfo '$T/a4.pdf' | grep -q 'Page size: *595.28 x 841.89'"
PDFS+=("$T/a4.pdf")
check_run "-l overrides the header's layout, with a note" 0 "the source header's layout 'a4' is overridden by -l letter \[layout-overridden\]" \
    run "$IMPRINT" -l letter -o "$T/a4l.pdf" "$T/a4.md"
check "-l's layout sets the page size" bash -c "pdfinfo '$T/a4l.pdf' | grep -q 'Page size: *612 x 792'"
PDFS+=("$T/a4l.pdf")
printf -- '---\ntitle: T\ndate: 2020-01-02\nlayout: no-such-layout\n---\nBody text.\n' >"$T/nol.md"
check_run "a header's unknown layout is an error" 3 "layout 'no-such-layout' not found .*\[layout-not-found\]" \
    run "$IMPRINT" -o nol.pdf "$T/nol.md"
check "nothing but the outputs was written" only

check "every PDF written passes the validator" sh tests/validate.sh "${PDFS[@]}"
