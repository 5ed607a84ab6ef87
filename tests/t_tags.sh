#!/bin/bash
# t_tags.sh -- tagged, accessible output: poppler sees a tagged file whose
# structure text (pdfinfo -struct-text) is every word of the pages in
# reading order and none of the artifacts, the structural checker
# (tests/uacheck.py, Matterhorn Protocol conditions) passes, and Preflight
# still says PDF/A-1b; for the reference, both examples, a long table, every
# layout and a 50-statement sample of the corpus.  The checker must fail on
# damaged copies.
. "$(dirname "$0")/lib.sh"

V=tests/validate.sh
UA="$PY tests/uacheck.py"

# tagged FILE.pdf INPUT NAME [OPTION...]: the PDF of INPUT (written with
# OPTIONs) says Tagged: yes and its structure text is its pages' text.
tagged() {
    local pdf=$1 in=$2 name=$3
    shift 3
    "$IMPRINT" --dump-pages "$@" "$in" >"$pdf.pages" 2>/dev/null
    check "$name: pdfinfo says Tagged: yes" bash -c "pdfinfo '$pdf' | grep -q '^Tagged: *yes'"
    check "$name: structure text is the pages' text in order, no artifacts" \
        $PY tests/structtext.py "$pdf" "$pdf.pages"
}

files=()
# The reference, the examples and the long table (three pages, repeated
# header, a delegation named again on a new page).
for in in "$SEED" examples/*.md tests/typeset/long-table.md; do
    n=$(basename "$in")
    "$IMPRINT" -q -o "$T/$n.pdf" "$in"
    tagged "$T/$n.pdf" "$in" "$n"
    files+=("$T/$n.pdf")
done
pdfinfo -struct-text "$T/$(basename "$SEED").pdf" | sed -n 's/^ *"\(.*\)"$/\1/p' >"$T/ref.struct"
check "reference: the structure text has every body word of the input, in order" \
    $PY tests/textcheck.py --from-line 15 "$SEED" "$T/ref.struct"
check "reference: no footer in the structure text" \
    bash -c "! pdfinfo -struct-text '$T/$(basename "$SEED").pdf' | grep -Eq 'Page [0-9]+ of|SHA-256'"
check "reference: footer and page numbers are pagination artifacts" \
    bash -c "qpdf --qdf --object-streams=disable '$T/$(basename "$SEED").pdf' - | grep -ac '^/Artifact <</Type /Pagination>> BDC' | grep -qx 2"

# Every layout.
for l in layouts/*.yaml; do
    n=$(basename "$l" .yaml)
    "$IMPRINT" -q -l "$l" -o "$T/layout-$n.pdf" "$SEED"
    tagged "$T/layout-$n.pdf" "$SEED" "layout $n" -l "$l"
    files+=("$T/layout-$n.pdf")
done

check "all of them pass the structural checker" $UA --no-uaid "${files[@]}"
check "all of them are valid PDF/A-1b" sh $V "${files[@]}"

# A sample of the corpus: every 40th statement (50 files).
if [ -d "$CORPUS" ]; then
    ls "$CORPUS"/*.txt | awk 'NR % 40 == 1' | head -50 >"$T/sample"
    check_eq "corpus sample has 50 statements" 50 "$(wc -l <"$T/sample")"
    mkdir -p "$T/corpus"
    xargs "$IMPRINT" -q -j 2 -o "$T/corpus/" <"$T/sample" 2>"$T/corpus.err"
    : >"$T/corpus-bad"
    while read -r in; do
        pdf=$T/corpus/$(basename "$in" .txt).pdf
        "$IMPRINT" --dump-pages "$in" >"$pdf.pages" 2>/dev/null
        if ! pdfinfo "$pdf" 2>/dev/null | grep -q '^Tagged: *yes'; then
            echo "$in: not tagged" >>"$T/corpus-bad"
        elif ! $PY tests/structtext.py "$pdf" "$pdf.pages" >"$T/st.out" 2>&1; then
            { echo "$in:"; cat "$T/st.out"; } >>"$T/corpus-bad"
        fi
    done <"$T/sample"
    check "corpus sample: 50 tagged, structure text is the pages' text" \
        bash -c "[ ! -s '$T/corpus-bad' ] || { head -20 '$T/corpus-bad'; exit 1; }"
    check "corpus sample: all pass the structural checker" $UA --no-uaid "$T"/corpus/*.pdf
    check_eq "corpus sample: 50 valid PDF/A-1b files" 50 \
        "$(sh $V "$T"/corpus/*.pdf | grep -c '^VALID')"
else
    skip "corpus sample: 50 tagged statements, structure text, checker, PDF/A-1b" "$NO_CORPUS"
fi

# The checker must say no.  Damaged copies of the example with a link and a
# table, edited with qpdf's QDF form and fixed with fix-qdf.
J=$T/joint-statement-security-dialogue-2021-10-08.md.pdf
qpdf --qdf --object-streams=disable "$J" "$T/j.qdf"
# damaged NAME CHECKPOINT SED-EXPRESSION
damaged() {
    sed "$3" "$T/j.qdf" >"$T/d.qdf"
    fix-qdf "$T/d.qdf" >"$T/d.pdf"
    check "checker fails a file with $1 ($2)" \
        bash -c "! $UA --no-uaid '$T/d.pdf' >'$T/d.out' 2>&1 && grep -q ': $2: ' '$T/d.out'"
}
damaged "an MCID used twice" "MCID" 's/\/MCID 3>>/\/MCID 2>>/'
damaged "an MCID removed" "01-005" 's/^\/P <<\/MCID 3>> BDC/\/P <<>> BDC/'
damaged "an MCID removed" "ParentTree" 's/^\/P <<\/MCID 3>> BDC/\/P <<>> BDC/'
damaged "MarkInfo gone" "MarkInfo" 's/\/Marked true/\/Marked false/'
damaged "DisplayDocTitle false" "07-002" 's/\/DisplayDocTitle true/\/DisplayDocTitle false/'
damaged "no Tabs on a page with a link" "28 (Tabs)" 's/\/Tabs \/S/\/Tabz \/S/'
damaged "a heading level skipped" "14-003" 's/\/S \/H2$/\/S \/H4/'
damaged "a TH without scope" "15-003" 's/\/Scope \/Column/\/Scopf \/Column/'
damaged "no Lang" "11-006" 's/\/Lang (en-US)/\/Lanf (en-US)/'
damaged "a link without Contents" "28-004" 's/\/Contents (/\/Contentz (/'
damaged "a link outside a Link element" "28-011" 's/\/S \/Link$/\/S \/Span/'
damaged "no StructParents" "ParentTree" 's/\/StructParents 0/\/StructParentz 0/'
damaged "an unmapped structure type" "02-001" 's/\/Dateline \/P/\/Dateline \/Q/'
