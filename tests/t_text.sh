#!/bin/bash
# t_text.sh -- no text lost or unreadable with exit 0: right-to-left
# scripts extract as written, soft hyphens break long words inside the
# measure, a leading that would overlap lines is refused, and a batch never
# loses an output (two inputs to one name; many workers at once).  Each
# case asserts the exit status and the message identifier, that nothing was
# written outside the output, and that every PDF written passes the
# validator.  Inputs are written here.
. "$(dirname "$0")/lib.sh"

V=$ROOT/tests/validate.sh
W=$T/work   # the folder each case runs in
mkdir -p "$W"

# files WHERE: every file under WHERE, sorted, one a line.
files() { (cd "$1" && find . -type f | sort); }

# case_ NAME OUTPUT STATUS PATTERN ARGS...: run imprint in $W on ARGS; it
# must exit with STATUS, print a message matching PATTERN, write nothing
# but OUTPUT (a path under $W, "-" for nothing) and leave a valid PDF there
# when it exits 0.
case_() {
    local name=$1 out=$2 want=$3 pat=$4 rc
    shift 4
    files "$W" >"$T/.before"
    (cd "$W" && "$IMPRINT" "$@") >"$T/.out" 2>"$T/.err"
    rc=$?
    if [ "$rc" -eq "$want" ] && grep -Eq -- "$pat" "$T/.err"; then
        ok "$name: status $rc, message /$pat/"
    else
        not_ok "$name: status $rc (want $want), message /$pat/"
        cut -c1-300 "$T/.err" | head -5 | sed 's/^/    /'
    fi
    files "$W" >"$T/.after"
    { cat "$T/.before"; [ "$out" = - ] || echo "./$out"; } | sort -u >"$T/.allowed"
    check_diff "$name: nothing written but ${out/#-/nothing}" "$T/.allowed" "$T/.after"
    if [ "$want" -eq 0 ] && [ "$out" != - ]; then
        check "$name: valid PDF/A-1b" "$V" "$W/$out"
    fi
}

HEAD='---
title: Joint Statement on Regional Cooperation
date: 2021-01-01
---

'

# ---- right-to-left scripts -------------------------------------------------
# Arabic and Hebrew sentences inside English ones and as paragraphs of their
# own; the Arabic has a lam-alef ligature (السلام).  Every word must come
# back from pdftotext, in order.
cat >"$W/rtl.md" <<EOF
${HEAD}The ministers said in Arabic أعلن الوزيران عن اتفاق جديد للتعاون and then in Hebrew השרים נפגשו בירושלים לדיון על ביטחון before the meeting closed.

وقال المتحدث إن المحادثات كانت مثمرة وبناءة ودعا إلى السلام والاستقرار في المنطقة

הדובר אמר כי השיחות היו פוריות ומועילות

Both delegations will meet again in March, and the statement says سنواصل العمل معا and also נמשיך לעבוד יחד in closing.
EOF
case_ "Arabic and Hebrew" rtl.pdf 0 "set in fallback font DejaVu Sans \[font-fallback\]" -o rtl.pdf rtl.md
pdftotext "$W/rtl.pdf" "$T/rtl.txt"
check "Arabic and Hebrew: every word extracted, in order" \
    "$PY" tests/textcheck.py "$W/rtl.md" "$T/rtl.txt" --from-line 6
check "Arabic and Hebrew: the fallback font is embedded" \
    sh -c "pdffonts '$W/rtl.pdf' | grep -E 'DejaVuSans .* yes +yes +yes'"
rm -f "$W/rtl.pdf"

# Brackets and digits in right-to-left text: pdftotext's own reordering
# moves them, but every word is there.
cat >"$W/rtlmix.md" <<EOF
${HEAD}دعا الوزير إلى السلام (بالتعاون مع الشركاء) عام 2021

Hebrew in brackets (שלום לכולם) and digits 2021 then English.
EOF
case_ "right-to-left with brackets and digits" rtlmix.pdf 0 "\[wrote\]" -o rtlmix.pdf rtlmix.md
check "right-to-left with brackets and digits: every word extracted" "$PY" -c '
import re, sys
strip = lambda t: re.findall(r"\w+", t)
src = open(sys.argv[1], encoding="utf-8").read().split("---", 2)[2]
got = strip(open(sys.argv[2], encoding="utf-8").read())
missing = [w for w in strip(src) if w not in got]
sys.exit("missing: %s" % missing if missing else 0)' "$W/rtlmix.md" <(pdftotext "$W/rtlmix.pdf" -)
rm -f "$W/rtlmix.pdf"

# ---- soft hyphens -----------------------------------------------------------
# A word of 2,000 letters with a soft hyphen every 4: set inside the measure
# on many lines, each used soft hyphen shown as a hyphen, the unused ones
# leaving nothing in the extracted text.
"$PY" -c "
import sys
sys.stdout.write(sys.argv[1] + 'Before the word ' + 'abcd\u00ad' * 500 + ' after the word.\n')" "$HEAD" >"$W/shy.md"
case_ "2,000 letters with soft hyphens" shy.pdf 0 "\[wrote\]" -o shy.pdf shy.md
check "soft hyphens: no overfull line" sh -c "! grep -q 'overfull-line' '$T/.err'"
(cd "$W" && "$IMPRINT" --dump-pages shy.md 2>/dev/null) >"$T/shy.pages"
check "soft hyphens: every line within the 450 pt measure" awk '
    / body / { w = $0; sub(/.*w= */, "", w); sub(/ .*/, "", w); if (w + 0 > 450.01) bad = 1; n++ }
    END { exit bad || n < 10 }' "$T/shy.pages"
check "soft hyphens: a line broken at one ends with a hyphen" \
    grep -Eq '^ .* H  body +\|(abcd)+-\|$' "$T/shy.pages"
pdftotext "$W/shy.pdf" "$T/shy.txt"
check "soft hyphens: the word extracted whole, without soft hyphens" "$PY" -c '
import sys
t = open(sys.argv[1], encoding="utf-8").read()
assert "\u00ad" not in t, "a soft hyphen in the text"
assert "abcd" * 500 in t.replace("-\n", ""), "the word is not whole"' "$T/shy.txt"
rm -f "$W/shy.pdf"

# Pieces between soft hyphens that are wider than the measure: broken at the
# measure, with one warning for the word.
"$PY" -c "
import sys
sys.stdout.write(sys.argv[1] + 'Before ' + ('abcdefghij' * 30 + '\u00ad') * 7 + ' after.\n')" "$HEAD" >"$W/shywide.md"
case_ "soft hyphens between pieces wider than the measure" shywide.pdf 0 "is wider than the measure .*\[word-too-wide\]" -o shywide.pdf shywide.md
check_eq "soft hyphens between wide pieces: one warning for the word" 1 "$(grep -c 'word-too-wide' "$T/.err")"
check "soft hyphens between wide pieces: no overfull line" sh -c "! grep -q 'overfull-line' '$T/.err'"
rm -f "$W/shywide.pdf"

# ---- leading below the font's height ---------------------------------------
printf '%s\n' "$HEAD" 'Body text of the statement.' >"$W/body.md"
printf 'fonts:\n  body:\n    leading: 0.0001\n' >"$W/tight.yaml"
case_ "leading 0.0001" - 3 "tight.yaml:3:14: error: fonts.body.leading 0.0001 pt is less than the height of its font .*\[layout-leading-too-small\]" -l tight.yaml -o body.pdf body.md
# Liberation Serif's ascender plus descender is 1.107 em: 12.18 pt at 11 pt.
printf 'fonts:\n  title: {size: 10pt, leading: 12pt}\n  body: {size: 11pt, leading: 12.1pt}\n' >"$W/tight2.yaml"
case_ "leading 12.1 pt for 11 pt type" - 3 "tight2.yaml:3:31: error: fonts.body.leading 12.1 pt .*12.18 pt.*\[layout-leading-too-small\]" -l tight2.yaml -o body.pdf body.md
printf 'fonts:\n  body: {size: 11pt, leading: 12.2pt}\n' >"$W/snug.yaml"
case_ "leading 12.2 pt for 11 pt type" body.pdf 0 "\[wrote\]" -l snug.yaml -o body.pdf body.md
rm -f "$W/body.pdf"

# ---- batch: one output name, many workers ----------------------------------
mkdir -p "$W/a" "$W/b"
printf '%s\n' "$HEAD" 'First.' >"$W/x.md"
printf 'Test Statement\nFebruary 23, 2017\n\nPress Statement\n\nSecond.\n' >"$W/x.txt"
cp "$W/x.md" "$W/a/x.md"
cp "$W/x.md" "$W/b/x.md"
case_ "batch x.txt x.md" - 2 "error: inputs x.md and x.txt would both be written to out/x.pdf.*\[same-output\]" x.txt x.md
case_ "batch a/x.md b/x.md" - 2 "error: inputs a/x.md and b/x.md would both be written to o/x.pdf.*\[same-output\]" -j 2 -o o/ a/x.md b/x.md
rm -rf "$W/a" "$W/b" "$W/x.md" "$W/x.txt"

# 300 small inputs on 8 workers: each written whole, no temporary file left.
mkdir -p "$W/many"
for i in $(seq 1 300); do
    printf -- '---\ntitle: Statement %d\ndate: 2021-01-01\n---\n\nParagraph %d of a small statement.\n' "$i" "$i" >"$W/many/s$i.md"
done
files "$W" >"$T/.before"
(cd "$W" && "$IMPRINT" -j 8 -o pdf/ many/) >"$T/.out" 2>"$T/.err"
rc=$?
check_eq "300 inputs with -j 8: status 0" 0 "$rc"
check "300 inputs with -j 8: summary [batch-summary]" grep -Eq "note: 300 files: 300 typeset, 0 failed.*\[" "$T/.err"
check_eq "300 inputs with -j 8: 300 PDFs and nothing else in the output" 300 "$(ls -A "$W/pdf" | grep -c '^s[0-9]*\.pdf$')"
check_eq "300 inputs with -j 8: no other file in the output" 300 "$(ls -A "$W/pdf" | wc -l)"
files "$W" | grep -v '^\./pdf/' >"$T/.after"
check_diff "300 inputs with -j 8: nothing written outside the output" "$T/.before" "$T/.after"
# Every PDF is checked whole by qpdf and validated (validate.sh runs one Java
# process for all 300).
check "300 inputs with -j 8: every PDF complete and well formed (qpdf)" \
    sh -c "for f in '$W'/pdf/*.pdf; do qpdf --check \"\$f\" >/dev/null || { echo \"\$f\"; exit 1; }; done"
check "300 inputs with -j 8: every PDF valid PDF/A-1b" \
    sh -c "'$V' '$W'/pdf/*.pdf >/dev/null"
