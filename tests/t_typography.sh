#!/bin/bash
# t_typography.sh -- typesetting through its text rendering (--dump-pages)
# and quality figures (--stats): golden page renderings of the reference
# statement, of a long corpus statement (three pages, lists, a table; read
# from ../shared/, its checks skipped without it) and of a statement written
# for the purpose (three pages, lists, a 32-row table
# continued overleaf); page breaking (no widow, orphan, split row, stranded
# header or heading; the delegation named again on a continued table);
# the reference's line quality against first-fit; and the PDF of the
# reference (valid, small, every word extractable); and the line quality of
# the 13 texts of bench-typography, whose every word pdftotext, mutool and
# pdf.js read in order.
# Golden files are in tests/golden/*.pages; they were written once and
# checked by eye: regenerate one only for a change you mean and have read.
. "$(dirname "$0")/lib.sh"

# check_pdfa WHAT PDF: the PDF is valid PDF/A-1b (a failure when the
# validator is missing, as the suite's validation is never skipped).
check_pdfa() {
    if [ -r /usr/share/java/preflight.jar ]; then
        check "$1: PDF/A-1b valid" tests/validate.sh "$2"
    else
        not_ok "$1: PDF/A-1b valid (validator missing: make deps-test)"
    fi
}

# corpus statement, 3 pages; its golden file is tests/golden/g20-2022-07-06.pages
LONG=$CORPUS/2022-07-06-1823-the-united-states-and-g20-building-a-more-peaceful-stable-and-prospero.txt
TABLE=tests/typeset/long-table.md          # written for this test
inputs=("$SEED:tillerson-kelly-mexico-2017-02-23" "$TABLE:long-table")
if [ -f "$LONG" ]; then
    inputs+=("$LONG:g20-2022-07-06")
else
    LONG=
    skip "g20-2022-07-06 (a long corpus statement): golden pages, page breaks, hyphens, line quality" "$NO_CORPUS"
fi

for i in "${inputs[@]}"; do
    f=${i%:*} name=${i##*:}
    "$IMPRINT" -q --dump-pages "$f" >"$T/$name.pages" 2>"$T/$name.err"
    check_eq "$name: --dump-pages exits 0" 0 $?
    check "$name: no warnings" test ! -s "$T/$name.err"
    check_diff "$name: pages as the golden file" "tests/golden/$name.pages" \
        "$T/$name.pages"
done
SEEDP=$T/tillerson-kelly-mexico-2017-02-23.pages
LONGP=$T/g20-2022-07-06.pages
TABLEP=$T/long-table.pages

pages() { grep -c '^page ' "$1"; }
if [ -n "$LONG" ]; then
    check "corpus statement has three pages or more" test "$(pages "$LONGP")" -ge 3
    check "corpus statement has list items and a table" bash -c \
        "grep -q ' list ' '$LONGP' && grep -q ' table-head ' '$LONGP'"
fi
check "test statement has three pages and 30+ table rows" bash -c \
    "[ \$(grep -c '^page ' '$TABLEP') -ge 3 ] && [ \$(grep -c '^  - name:' '$TABLE') -ge 30 ] && grep -q ' list ' '$TABLEP'"

for p in "$SEEDP" ${LONG:+"$LONGP"} "$TABLEP"; do
    n=$(basename "$p" .pages)
    check "$n: no widow, orphan, split row, stranded header or heading" \
        $PY tests/pagecheck.py breaks "$p"
    check "$n: at most two hyphens in a row, no name hyphenated" \
        $PY tests/pagecheck.py hyphens "$p"
done
check "long-table: the continued table names the delegation again" \
    $PY tests/pagecheck.py continued "$TABLEP"

# The checks can fail: doctored renderings.
if [ -n "$LONG" ]; then
    # page 2 starts with the last lines of a list item: leave only its last
    awk '/^page 2/ { print; skip = 1; next }
         skip && !/ r=[-+][0-9.]+ .L / { next } { skip = 0; print }' "$LONGP" >"$T/widow.pages"
    check "pagecheck finds a widow" \
        bash -c "! $PY tests/pagecheck.py breaks '$T/widow.pages' >/dev/null"
fi
# the first line of a list item on page 2 moved to the foot of page 1
awk '/^page 2 / { p2 = NR } { l[NR] = $0 }
     END { for (i = 1; i <= NR; i++) { if (i == p2) print l[p2 + 2]; if (i != p2 + 2) print l[i] } }' \
    "$TABLEP" >"$T/orphan.pages"
check "pagecheck finds an orphan" \
    bash -c "$PY tests/pagecheck.py breaks '$T/orphan.pages' | grep -q '^orphan: page 1 ends with one line'"
sed '0,/^ *85\.00 [0-9.]* w=[ 0-9.]* r=+0.000 -L table      |Republic of Korea|$/{/Republic of Korea/d}' \
    "$TABLEP" >"$T/nodel.pages"
check "pagecheck finds a continued table without its delegation" \
    bash -c "! $PY tests/pagecheck.py continued '$T/nodel.pages' >/dev/null"
sed 's/^\(  *[0-9.]* *[0-9.]* w=[ 0-9.]* r=+[0-9.]*\) -  body /\1 H  body /' \
    "$SEEDP" >"$T/hy.pages"
check "pagecheck finds three hyphens in a row" \
    bash -c "! $PY tests/pagecheck.py hyphens '$T/hy.pages' >/dev/null"

# a name, an acronym, and a page ending with a hyphen (a capitalised common
# word and a sentence's first word may be hyphenated)
L='   81.00 %s w=450.00 r=+0.100 %s body       |%s|'
{
    echo 'page 1 612x792'
    printf "$L\n" 583.45 'H ' 'The Secretary met the Representative of NATO and Kalash-'
    printf "$L\n" 569.45 'H ' 'nikova. Together they discussed the Admin-'
    printf "$L\n" 555.45 'H ' 'istration’s budget with the Secretary and AS-'
    printf "$L\n" 541.45 '-L' 'EAN.'
} >"$T/names.pages"
check "pagecheck finds a name and an acronym hyphenated, and no common word" \
    bash -c "$PY tests/pagecheck.py hyphens '$T/names.pages' >'$T/names.out'; [ \$? = 1 ] && [ \$(grep -c 'a name is hyphenated' '$T/names.out') = 2 ] && grep -q 'Kalash-' '$T/names.out' && grep -q 'AS-' '$T/names.out'"
{
    echo 'page 1 612x792'
    printf "$L\n" 583.45 '- ' 'the first line of a paragraph set over'
    printf "$L\n" 569.45 '- ' 'two pages, whose page ends with a hy-'
    printf "$L\n" 555.45 'H ' 'phenated line in a paragraph that goes on'
    echo 'page 2 612x792'
    printf "$L\n" 583.45 '- ' 'to the next page where it ends with'
    printf "$L\n" 569.45 '-L' 'two lines.'
} | sed '3s/ -  body/ H  body/' >"$T/pageend.pages"
check "pagecheck finds a page ending with a hyphen" \
    bash -c "$PY tests/pagecheck.py breaks '$T/pageend.pages' | grep -q '^page 1 ends with a hyphen'"

# Line quality on the reference.
check "reference: no non-final line has a ratio above 1.0" \
    $PY tests/pagecheck.py ratios "$SEEDP"
"$IMPRINT" -q --stats "$SEED" >"$T/tf.stats"
"$IMPRINT" -q --stats --first-fit "$SEED" >"$T/ff.stats"
worst() { sed -n 's/.* worst \([-+][0-9.]*\) .*/\1/p' "$1" | tr -d +; }
run() { sed -n 's/.*longest run \([0-9]*\).*/\1/p' "$1"; }
check "reference: at most two consecutive hyphenated lines (total-fit)" \
    test "$(run "$T/tf.stats")" -le 2
check "reference: no overfull line" grep -q '^overfull lines 0$' "$T/tf.stats"
check "reference: total-fit's worst ratio is no worse than first-fit's" \
    $PY -c "import sys; t, f = abs(float('$(worst "$T/tf.stats")')), abs(float('$(worst "$T/ff.stats")')); sys.exit(not t <= f)"
if [ -n "$LONG" ]; then
    "$IMPRINT" -q --stats "$LONG" >"$T/ltf.stats"
    "$IMPRINT" -q --stats --first-fit "$LONG" >"$T/lff.stats"
    check "corpus statement: total-fit's worst ratio is no worse than first-fit's" \
        $PY -c "import sys; t, f = abs(float('$(worst "$T/ltf.stats")')), abs(float('$(worst "$T/lff.stats")')); sys.exit(not t <= f)"
fi

# The PDF of the reference.
PDF=$T/ref.pdf
check "reference: PDF written" "$IMPRINT" -q -o "$PDF" "$SEED"
size=$(stat -c %s "$PDF" 2>/dev/null || echo 0)
check "reference: tagged PDF is at most 25,000 bytes ($size)" test "$size" -le 25000
# untagged (layout `tagged: false`), the budget it always had
printf 'name: untagged\ntagged: false\n' >"$T/untagged.yaml"
"$IMPRINT" -q -l "$T/untagged.yaml" -o "$T/untagged.pdf" "$SEED"
size=$(stat -c %s "$T/untagged.pdf" 2>/dev/null || echo 0)
check "reference: untagged PDF is at most 20,000 bytes ($size)" test "$size" -le 20000
check_pdfa "reference untagged" "$T/untagged.pdf"
pdftotext "$PDF" "$T/ref.txt"
check "reference: every word extractable" \
    $PY tests/textcheck.py --from-line 15 "$SEED" "$T/ref.txt"
check_pdfa "reference" "$PDF"

# Margin kerning and font expansion: on by default and shown in --stats; the
# layout's body.protrusion and body.expansion turn them off; the text
# extracted from the PDF is the same either way, and both PDFs are valid.
check "reference: --stats shows margin kerning" \
    grep -Eq '^margin kerning [1-9][0-9]* lines \(at most [0-9.]+ pt\)$' "$T/tf.stats"
check "reference: --stats shows font expansion" \
    grep -Eq '^font expansion [1-9][0-9]* lines \([-+][0-9.]+% to [-+][0-9.]+%\)$' "$T/tf.stats"
check "reference: expansion within 2 per cent" $PY -c "
import re, sys
m = re.search(r'font expansion \d+ lines \(([-+][0-9.]+)% to ([-+][0-9.]+)%\)', open('$T/tf.stats').read())
sys.exit(not (m and -2.0 <= float(m.group(1)) <= 0 <= float(m.group(2)) <= 2.0))"
printf 'body:\n  protrusion: false\n  expansion: false\n' >"$T/plain.yaml"
"$IMPRINT" -q --stats --layout "$T/plain.yaml" "$SEED" >"$T/plain.stats"
check "layout without margin kerning: --stats shows none" \
    grep -q '^margin kerning 0 lines' "$T/plain.stats"
check "layout without font expansion: --stats shows none" \
    grep -q '^font expansion 0 lines' "$T/plain.stats"
check "reference: the PDF scales lines horizontally (Tz)" bash -c \
    "qpdf --qdf --object-streams=disable '$PDF' - | grep -aq ' Tz '"
PLAIN=$T/plain.pdf
check "layout without microtype: PDF written" \
    "$IMPRINT" -q --layout "$T/plain.yaml" -o "$PLAIN" "$SEED"
check "layout without microtype: no Tz in the PDF" bash -c \
    "! qpdf --qdf --object-streams=disable '$PLAIN' - | grep -aq ' Tz '"
pdftotext "$PLAIN" "$T/plain.txt"
check "margin kerning and expansion leave the extracted words as they were" \
    $PY -c "import sys; a, b = (open(f, encoding='utf-8').read().split() for f in sys.argv[1:]); sys.exit(a != b)" \
    "$T/ref.txt" "$T/plain.txt"
check_pdfa "layout without microtype" "$PLAIN"

# Line ends and the outline, on a statement written for the purpose set on
# a narrow measure (tests/typeset/narrow.yaml): a slash that breaks is read
# as a space by text extraction, so no line ends after one while another
# break will do; no line starts with a spaced dash; a list marker comes
# before its text in content order (pdftotext -raw); the headings are
# bookmarks under "Statement", and the top one is the full title, of which
# the short title only repeats the start.
ENDS=tests/typeset/line-ends.md
EPDF=$T/line-ends.pdf
check "line ends: PDF written" "$IMPRINT" -q -l tests/typeset/narrow.yaml -o "$EPDF" "$ENDS"
pdftotext "$EPDF" "$T/ends.txt"
pdftotext -raw "$EPDF" "$T/ends-raw.txt"
check_eq "line ends: every Daesh/ISIS extracts whole" \
    "$(grep -o 'Daesh/ISIS' "$ENDS" | wc -l)" "$(grep -o 'Daesh/ISIS' "$T/ends.txt" | wc -l)"
check "line ends: no line starts with a spaced dash" \
    bash -c "! grep -nE '^(–|—) ' '$T/ends.txt'"
check "line ends: list markers before their text in content order" \
    bash -c "grep -q '^• Government officials' '$T/ends-raw.txt' && grep -q '^• Partners agreed' '$T/ends-raw.txt'"
check "line ends: headings are bookmarks under Statement" \
    $PY tests/pdfcheck.py under "$EPDF" Statement Background "Next Steps"
check "line ends: the top bookmark is the full title" \
    $PY tests/pdfcheck.py outline "$EPDF" "Line Ends and Headings of a Test Statement" Statement
sed -E 's/^(#+|-) //' "$ENDS" >"$T/ends-words.txt"   # the words, markup aside
check "line ends: every word extractable" \
    $PY tests/textcheck.py --from-line 7 "$T/ends-words.txt" "$T/ends.txt"
check_pdfa "line ends" "$EPDF"

# Line quality on the 13 texts of `make bench-typography` (the reference and
# 12 long corpus statements), measured from the PDFs: no line looser than
# 1.5x the normal space (the loosest at most 1.45x), no hyphen ending a page,
# no line past the measure, mean change of spacing at most 0.12.
if [ -d "$CORPUS" ]; then
    mkdir -p "$T/typo"
    env IMPRINT="$IMPRINT" $PY bench/typography.py --bench --check --out "$T/typo" >"$T/typo.out"
    check_eq "13 texts: line quality within its limits (bench/typography.py --check)" 0 $?
    check "13 texts: PDF/A-1b valid" tests/validate.sh "$T"/typo/*.pdf
    # every word in reading order for three readers: pdftotext, mutool and
    # pdf.js (tests/sweepcheck.py for the 12 corpus statements: the header
    # lines anywhere, the body in order; textcheck.py for the reference's
    # body), the inputs listed in the order of the PDFs
    sed -n 's/^  \(\.\.\/shared\/.*\.txt\)$/\1/p' "$T/typo.out" >"$T/typo.inputs"
    : >"$T/typo.list"
    : >"$T/typo.ref"
    i=0
    while read -r input; do
        n=$(printf '%02d' $i)
        pdf=$T/typo/imprint-$n.pdf
        pdftotext -enc UTF-8 "$pdf" "$T/typo/poppler-$n.txt"
        mutool draw -q -F txt -o "$T/typo/mutool-$n.txt" "$pdf" 2>/dev/null
        node tests/pdfjs/text.mjs "$pdf" >"$T/typo/pdfjs-$n.txt" 2>/dev/null
        for r in poppler mutool pdfjs; do
            if [ $i -eq 0 ]; then  # the reference: its body, as above
                $PY tests/textcheck.py --from-line 15 "$input" "$T/typo/$r-$n.txt" >/dev/null ||
                    echo "reference: words missing for $r" >>"$T/typo.ref"
            else
                printf '%s\t%s\n' "$input" "$T/typo/$r-$n.txt" >>"$T/typo.list"
            fi
        done
        i=$((i + 1))
    done <"$T/typo.inputs"
    check_eq "13 texts: the inputs of the PDFs listed" 13 "$i"
    check "13 texts: every word reaches pdftotext, mutool and pdf.js, in order" bash -c \
        "$PY tests/sweepcheck.py '$T/typo.list' >'$T/typo.check' && grep -q '^TOTAL files 36 missing 0 ' '$T/typo.check' && test ! -s '$T/typo.ref'"
else
    skip "13 texts: line quality within its limits" "no $CORPUS (../shared)"
    skip "13 texts: PDF/A-1b valid" "no $CORPUS (../shared)"
    skip "13 texts: the inputs of the PDFs listed" "no $CORPUS (../shared)"
    skip "13 texts: every word reaches pdftotext, mutool and pdf.js, in order" "no $CORPUS (../shared)"
fi
