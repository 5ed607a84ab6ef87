#!/bin/bash
# t_readorder.sh -- the list and table examples read in their natural order
# by readers that ignore the structure tree: pdftotext, mutool draw -F txt
# and pdf.js (getTextContent).  Each list item is read marker first, the
# participant table row by row, every word of the body in order
# (tests/readorder.py); the check fails on text read out of order.  And
# links are shown as links: coloured (colors.link) and underlined
# (body.link-underline), both switchable.
. "$(dirname "$0")/lib.sh"

for src in examples/joint-statement-security-dialogue-2021-10-08.md \
           examples/readout-secretary-call-2022-03-15.md tests/typeset/long-table.md; do
    name=$(basename "$src" .md)
    pdf=$T/$name.pdf
    check "$name: PDF written" "$IMPRINT" -q -o "$pdf" "$src"
    check "$name: PDF/A-1b valid" sh tests/validate.sh "$pdf"
    pdftotext -enc UTF-8 "$pdf" "$T/$name.poppler.txt"
    mutool draw -q -F txt -o "$T/$name.mutool.txt" "$pdf" 2>/dev/null
    node tests/pdfjs/text.mjs "$pdf" >"$T/$name.pdfjs.txt" 2>/dev/null
    for r in poppler mutool pdfjs; do
        check "$name: $r reads it in natural order" $PY tests/readorder.py "$src" "$T/$name.$r.txt"
    done
done

# The check fails on the old faults: a list marker after its item's text,
# and two table rows swapped.
L=$T/long-table.mutool.txt
$PY -c "
import re, sys
t = open(sys.argv[1], encoding='utf-8').read()
print(re.sub(r'(?m)^([•–]) (.*)$', r'\2 \1', t), end='')" "$L" >"$T/markers-after.txt"
check "the check fails when list markers come after their text" \
    bash -c "! $PY tests/readorder.py tests/typeset/long-table.md '$T/markers-after.txt' >/dev/null"
$PY -c "
import sys
t = open(sys.argv[1], encoding='utf-8').read()
a, b = 'Secretary of Homeland Security', 'Attorney General'
print(t.replace(a, '\0').replace(b, a).replace('\0', b), end='')" \
    "$T/joint-statement-security-dialogue-2021-10-08.mutool.txt" >"$T/rows-swapped.txt"
check "the check fails when table rows are read out of order" \
    bash -c "! $PY tests/readorder.py examples/joint-statement-security-dialogue-2021-10-08.md '$T/rows-swapped.txt' >/dev/null"

# Links are seen as links: their text in colors.link and underlined (a
# rule under it, an artifact), switchable in the layout; the underline sits
# under the link's words only.
J=examples/joint-statement-security-dialogue-2021-10-08.md
"$IMPRINT" -q --dump-pages "$J" >"$T/links.pages"
line_y=$(sed -n 's/^ *\([0-9.]*\) \([0-9.]*\) w=.*Department of State website\.|$/\2/p' "$T/links.pages")
check "a link is underlined just below its baseline" $PY -c "
import re, sys
y = float(sys.argv[1])
rules = [tuple(map(float, m.groups())) for m in re.finditer(
    r'rule ([0-9.]+) ([0-9.]+) ([0-9.]+) ([0-9.]+) w=', open(sys.argv[2]).read())]
sys.exit(not any(abs(r[1] - r[3]) < 0.01 and 0 < y - r[1] < 2 and r[2] - r[0] < 200 for r in rules))" \
    "${line_y:-0}" "$T/links.pages"
printf 'name: red-links\ncolors:\n  link: "#AA0000"\n' >"$T/red-links.yaml"
"$IMPRINT" -q -l "$T/red-links.yaml" -o "$T/red-links.pdf" "$J"
check "a link's text is in colors.link, and only the link's" bash -c \
    "qpdf --qdf --object-streams=disable '$T/red-links.pdf' - | grep -a ' 0.667 0 0 rg ' >'$T/red.txt' &&
     test \$(wc -l <'$T/red.txt') -eq 1 && grep -aq 'Td \\[' '$T/red.txt'"
check "colors.link: the PDF is PDF/A-1b valid" sh tests/validate.sh "$T/red-links.pdf"
printf 'name: plain-links\nbody:\n  link-underline: false\ncolors:\n  link: "#000000"\n' >"$T/plain-links.yaml"
"$IMPRINT" -q -l "$T/plain-links.yaml" --dump-pages "$J" >"$T/plain-links.pages"
check_eq "body.link-underline false: no underline" \
    "$(grep -c '^  rule' "$T/links.pages")" "$(( $(grep -c '^  rule' "$T/plain-links.pages") + 1 ))"
check "colors.link and body.link-underline: the PDF is PDF/A-1b valid" bash -c \
    "'$IMPRINT' -q -l '$T/plain-links.yaml' -o '$T/plain-links.pdf' '$J' && sh tests/validate.sh '$T/plain-links.pdf'"
