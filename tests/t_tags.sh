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

check "all of them pass the structural checker" $UA "${files[@]}"
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
    check "corpus sample: all pass the structural checker" $UA "$T"/corpus/*.pdf
    check_eq "corpus sample: 50 valid PDF/A-1b files" 50 \
        "$(sh $V "$T"/corpus/*.pdf | grep -c '^VALID')"
else
    skip "corpus sample: 50 tagged statements, structure text, checker, PDF/A-1b" "$NO_CORPUS"
fi

# pdf.js (tests/pdfjs, installed by make deps-test): every page has a
# structure tree tying its text to elements, with the roles expected.
PDFJS="node tests/pdfjs/structtree.mjs"
if [ -f tests/pdfjs/node_modules/pdfjs-dist/package.json ] && command -v node >/dev/null; then
    check "pdf.js: the reference's tree has H1, P, Table, Caption, TR, TH, TD" \
        $PDFJS "$T/$(basename "$SEED").pdf" H1 P Table Caption TR TH TD
    check "pdf.js: the joint statement's tree has headings, lists, a link, a quote" \
        $PDFJS "$T/joint-statement-security-dialogue-2021-10-08.md.pdf" H1 H2 L LI Lbl LBody Link BlockQuote
    check "pdf.js: the long table's three pages have trees" \
        $PDFJS "$T/long-table.md.pdf" Table TR TH TD L LI
    check "pdf.js: every layout and example has a tree on every page" $PY - "${files[@]}" <<'PYEOF'
import subprocess, sys
for f in sys.argv[1:]:
    r = subprocess.run(["node", "tests/pdfjs/structtree.mjs", f, "P"],
                       capture_output=True, text=True)
    if r.returncode:
        sys.exit(f + ":\n" + r.stdout)
PYEOF
    printf 'name: untagged\ntagged: false\n' >"$T/untagged.yaml"
    "$IMPRINT" -q -l "$T/untagged.yaml" -o "$T/pdfjs-untagged.pdf" "$SEED"
    check "pdf.js: an untagged file has no tree (the check can fail)" \
        bash -c "! $PDFJS '$T/pdfjs-untagged.pdf' P >/dev/null 2>&1"
else
    not_ok "pdf.js structure checks (pdf.js missing: make deps-test)"
fi

# The accessible levels and PDF/A-2: 1a and 2a are identified as such and
# pass the checker (1a Preflight too, which checks what 1b needs); under
# PDF/A-2 every annotation has an appearance (ISO 19005-2 6.3.3).
J=$T/joint-statement-security-dialogue-2021-10-08.md.pdf
JS=examples/joint-statement-security-dialogue-2021-10-08.md
for lv in 1a 2a 2b 2u; do
    "$IMPRINT" -q --pdfa $lv -o "$T/j$lv.pdf" "$JS"
    check "--pdfa $lv passes the structural checker" $UA "$T/j$lv.pdf"
done
check "--pdfa 1a is valid for Preflight" sh $V "$T/j1a.pdf"
check "--pdfa 1a: XMP says PDF/A-1a" $PY tests/pdfcheck.py pdfa "$T/j1a.pdf" 1 A
check "--pdfa 2a: XMP says PDF/A-2a" $PY tests/pdfcheck.py pdfa "$T/j2a.pdf" 2 A
for lv in 2a 2b 2u; do
    check "--pdfa $lv: every annotation has a form appearance" $PY - "$T/j$lv.pdf" <<'PYEOF'
import sys, pikepdf
p = pikepdf.open(sys.argv[1])
n = 0
for page in p.pages:
    for a in page.obj.get("/Annots", []):
        n += 1
        if "/AP" not in a or a.AP.N.get("/Subtype") != "/Form":
            sys.exit("annotation without an appearance")
sys.exit(0 if n else "no annotation")
PYEOF
done
check "--pdfa 1b: annotations have no appearance (PDF/A-1 needs none)" $PY - "$J" <<'PYEOF'
import sys, pikepdf
p = pikepdf.open(sys.argv[1])
sys.exit(any("/AP" in a for pg in p.pages for a in pg.obj.get("/Annots", [])))
PYEOF
# PDF/UA identification: in the XMP by default, declared by an extension
# schema; the layout's pdfua: false leaves it out (and the checker notices).
check "the XMP identifies PDF/UA-1 and declares pdfuaid" $PY - "$J" <<'PYEOF'
import sys, pikepdf
x = pikepdf.open(sys.argv[1]).Root.Metadata.read_bytes().decode()
sys.exit(not ("<pdfuaid:part>1</pdfuaid:part>" in x and
              "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>" in x))
PYEOF
printf 'name: no-ua\npdfua: false\n' >"$T/noua.yaml"
"$IMPRINT" -q -l "$T/noua.yaml" -o "$T/noua.pdf" "$JS"
$UA "$T/noua.pdf" >"$T/noua.out"
check "layout pdfua: false: no PDF/UA identification (06-002)" grep -q ': 06-002: ' "$T/noua.out"
check "layout pdfua: false: otherwise the checker passes" $UA --no-uaid "$T/noua.pdf"
printf 'name: untagged\ntagged: false\n' >"$T/untagged.yaml"
"$IMPRINT" -q -l "$T/untagged.yaml" --pdfa 1a -o "$T/u1a.pdf" "$JS"
check "--pdfa 1a is tagged even with a layout's tagged: false" $UA "$T/u1a.pdf"
"$IMPRINT" -q -l "$T/untagged.yaml" -o "$T/u.pdf" "$JS"
check "an untagged file claims no PDF/UA" bash -c "! pdfinfo -meta '$T/u.pdf' | grep -q pdfuaid"

# The checker must say no.  Damaged copies of the example with a link and a
# table, edited with qpdf's QDF form and fixed with fix-qdf.
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
