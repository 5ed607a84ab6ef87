#!/bin/bash
# t_pdfa.sh -- archival output: PDF/A-1b validated by PDFBox Preflight on the
# reference statement, every example and a sample of the corpus; a damaged
# file must fail the same validator; PDF/A-2b/2u checked by our own rules.
. "$(dirname "$0")/lib.sh"

V=tests/validate.sh
PDF=$T/ref.pdf
"$IMPRINT" -q -o "$PDF" "$SEED"
check "reference statement is valid PDF/A-1b (Preflight)" sh $V "$PDF"
check "reference: XMP mirrors Info, PDF/A-1B identification, intent, ID" $PY tests/pdfcheck.py pdfa "$PDF" 1 B
check "reference: annotations carry the Print flag" $PY tests/pdfcheck.py annots "$PDF"

# The validator must be able to say no: remove the XMP packet.
$PY - "$PDF" "$T/noxmp.pdf" <<'PYEOF'
import sys, pikepdf
p = pikepdf.open(sys.argv[1])
del p.Root["/Metadata"]
p.save(sys.argv[2])
PYEOF
check "a file without its XMP is reported invalid" bash -c "! sh $V '$T/noxmp.pdf' >'$T/v.out' 2>&1 && grep -q '^INVALID' '$T/v.out'"
$PY - "$PDF" "$T/nofont.pdf" <<'PYEOF'
import sys, pikepdf
p = pikepdf.open(sys.argv[1])
for page in p.pages:
    for name, f in page.Resources.Font.items():
        fd = f.DescendantFonts[0].FontDescriptor
        if "/FontFile2" in fd:
            del fd["/FontFile2"]
p.save(sys.argv[2])
PYEOF
check "a file with a font not embedded is reported invalid" bash -c "! sh $V '$T/nofont.pdf' >/dev/null 2>&1"

# Every example.
for ex in examples/*.txt examples/*.md; do
    [ -f "$ex" ] || continue
    out=$T/ex-$(basename "$ex").pdf
    if "$IMPRINT" -q -o "$out" "$ex"; then
        check "example $(basename "$ex") is valid PDF/A-1b" sh $V "$out"
    else
        not_ok "example $(basename "$ex") typesets"
    fi
done

# A sample of the corpus: every 100th statement (20 files), validated two at a time.
if [ -d "$CORPUS" ]; then
    mkdir -p "$T/corpus"
    ls "$CORPUS"/*.txt | awk 'NR % 100 == 1' | head -20 >"$T/sample"
    check_eq "corpus sample has 20 statements" 20 "$(wc -l <"$T/sample")"
    while read -r f; do
        "$IMPRINT" -q -o "$T/corpus/" "$f" || echo "$f" >>"$T/corpus-failed"
    done <"$T/sample"
    check "corpus sample: all 20 typeset" test ! -e "$T/corpus-failed"
    ls "$T"/corpus/*.pdf | xargs -P 2 -n 1 sh $V >"$T/corpus-v" 2>&1
    check_eq "corpus sample: 20 valid PDF/A-1b files" 20 "$(grep -c '^VALID' "$T/corpus-v")"
    grep -A5 -E '^(INVALID|ERROR)' "$T/corpus-v" | head -30 | sed 's/^/    /'
    check "corpus sample: qpdf --check finds no errors" bash -c \
        "for f in '$T'/corpus/*.pdf; do qpdf --check \"\$f\" >/dev/null || { echo \"\$f\"; exit 1; }; done"
    check "corpus sample: poppler prints no warnings" bash -c \
        "for f in '$T'/corpus/*.pdf; do [ -z \"\$(pdftotext \"\$f\" - 2>&1 >/dev/null)\" ] || { echo \"\$f\"; exit 1; }; done"
else
    skip "corpus sample: 20 statements valid PDF/A-1b, qpdf and poppler clean" "$NO_CORPUS"
fi

# PDF/A-2b and 2u: Preflight covers part 1 only, so check what differs.
for lv in 2b 2u; do
    out=$T/ref-$lv.pdf
    check "--pdfa $lv typesets" "$IMPRINT" -q --pdfa $lv -o "$out" "$SEED"
    conf=$(echo ${lv#2} | tr a-z A-Z)
    check "--pdfa $lv: part 2 identification, PDF 1.7 header, XMP = Info, intent, ID" $PY tests/pdfcheck.py pdfa "$out" 2 "$conf"
    check "--pdfa $lv: fonts embedded with ToUnicode" $PY tests/pdfcheck.py fonts "$out"
    check "--pdfa $lv: qpdf --check" qpdf --check "$out"
done
check "--pdfa 2u: every glyph shown has a ToUnicode entry" $PY tests/pdfcheck.py tounicode "$T/ref-2u.pdf"
check "--pdfa none: no XMP or output intent" bash -c "'$IMPRINT' -q --pdfa none -o '$T/none.pdf' '$SEED' && $PY tests/pdfcheck.py noxmp '$T/none.pdf'"

# Metadata with XML's special characters, accents, curly quotes and dashes
# stays valid PDF/A, and Info and XMP still agree.
cat >"$T/special.md" <<'MDEOF'
---
title: "Q&A <Draft>: \"Quoted\" & 'single' — Café “curly” ‘marks’ – dashes"
short_title: "Q&A <Draft> — Café"
kind: "Press Statement"
office: "Office of the Spokesperson & Press <Office>"
place: "Bogotá, Colombia"
date: 2022-03-04
keywords: ["a&b", "<tag>", "\"q\""]
participants:
  - name: "José “Pepe” O'Brien"
    title: "Minister of Foreign Affairs & Trade"
    delegation: "Colombia"
---

A short statement with “curly quotes”, an em dash — and an ampersand & <angle> brackets.
MDEOF
check "special characters in metadata: typesets" "$IMPRINT" -q -o "$T/special.pdf" "$T/special.md"
check "special characters in metadata: valid PDF/A-1b" sh $V "$T/special.pdf"
check "special characters in metadata: Info and XMP agree" $PY tests/pdfcheck.py pdfa "$T/special.pdf" 1 B
check_eq "special characters in metadata: the title survives" \
    "Q&A <Draft>: \"Quoted\" & 'single' — Café “curly” ‘marks’ – dashes" \
    "$(pdfinfo "$T/special.pdf" | sed -n 's/^Title: *//p')"
