#!/bin/bash
# t_readorder.sh -- the list and table examples read in their natural order
# by readers that ignore the structure tree: pdftotext, mutool draw -F txt
# and pdf.js (getTextContent).  Each list item is read marker first, the
# participant table row by row, every word of the body in order
# (tests/readorder.py); the check fails on text read out of order.
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
