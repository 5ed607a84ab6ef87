#!/bin/bash
# t_pdf.sh -- the reference statement end to end: the PDF's pages, Info,
# outline, fonts, text, participant table, size, reproducibility and the
# recognised JSON.
. "$(dirname "$0")/lib.sh"

PDF=$T/ref.pdf
check "typesets the reference statement" "$IMPRINT" -q -o "$PDF" "$SEED"
[ -s "$PDF" ] || { not_ok "no PDF to check"; exit 1; }

pdfinfo "$PDF" >"$T/info" 2>"$T/info.err"
field() { sed -n "s/^$1: *//p" "$T/info"; }
check_eq "Info Title is the full title" \
    "Joint Statement by Secretary of State Rex Tillerson and Secretary of Homeland Security John Kelly on Bilateral Discussions in Mexico City" \
    "$(field Title)"
check_eq "Info Author" "Office of the Spokesperson, U.S. Department of State" "$(field Author)"
check_eq "Info Subject" "Media Note, Washington, DC, February 23, 2017" "$(field Subject)"
check "Info Keywords name every participant and the place" bash -c "k=\$(sed -n 's/^Keywords: *//p' '$T/info'); for n in 'Rex Tillerson' 'John Kelly' 'Miguel Angel Osorio Chong' 'Luis Videgaray Caso' 'General Salvador Cienfuegos Zepeda' 'Admiral Vidal Francisco Soberon Sanz' 'Jose Antonio Meade Kuribrena' 'Raul Cervantes Andrade' 'Washington, DC'; do grep -qF \"\$n\" <<<\"\$k\" || { echo \"missing \$n in: \$k\"; exit 1; }; done"
check "Info Creator and Producer name imprint" bash -c "grep -q '^Creator: *imprint ' '$T/info' && grep -q '^Producer: *imprint ' '$T/info'"
check_eq "CreationDate from SOURCE_DATE_EPOCH" "Thu Feb 23 00:00:00 2017 UTC" "$(TZ=UTC pdfinfo "$PDF" | sed -n 's/^CreationDate: *//p')"
check_eq "ModDate from SOURCE_DATE_EPOCH" "Thu Feb 23 00:00:00 2017 UTC" "$(TZ=UTC pdfinfo "$PDF" | sed -n 's/^ModDate: *//p')"
check_eq "page size is US Letter" "612 x 792 pts (letter)" "$(field 'Page size')"
check "one or two pages" bash -c "p=\$(sed -n 's/^Pages: *//p' '$T/info'); [ \"\$p\" -ge 1 ] && [ \"\$p\" -le 2 ]"
check "pdfinfo prints no warnings" test ! -s "$T/info.err"

pdffonts "$PDF" >"$T/fonts" 2>"$T/fonts.err"
check "pdffonts: every font embedded, subset, with ToUnicode" bash -c \
    "tail -n +3 '$T/fonts' | awk 'NF { n++; if (\$(NF-4) != \"yes\" || \$(NF-3) != \"yes\" || \$(NF-2) != \"yes\") bad++ } END { exit !(n > 0 && bad == 0) }' || { cat '$T/fonts'; exit 1; }"
check "pdffonts: no standard-14 or Type 1 font" bash -c "! grep -Eq 'Type 1|Helvetica|Times-Roman|Courier' '$T/fonts'"
check "pdffonts prints no warnings" test ! -s "$T/fonts.err"
check "font objects: Type0/CIDFontType2, W, CapHeight, CIDSet, ToUnicode" $PY tests/pdfcheck.py fonts "$PDF"

SHORT="Joint Statement by Rex Tillerson and John Kelly on Bilateral Discussions in Mexico City"
check "outline: short title with Statement and Participants, direct destinations" \
    $PY tests/pdfcheck.py outline "$PDF" "$SHORT" Statement Participants

pdftotext "$PDF" "$T/text" 2>"$T/text.err"
check "pdftotext prints no warnings" test ! -s "$T/text.err"
check "every body word is in the extracted text, in order" $PY tests/textcheck.py --from-line 15 "$SEED" "$T/text"
for n in 3 4 7 9 10 12; do
    sed -n "${n}p" "$SEED" >"$T/line$n"
    check "header line $n is in the extracted text" $PY tests/textcheck.py "$T/line$n" "$T/text"
done
check "the web banner is not printed" bash -c "! grep -q 'An official website' '$T/text'"
check "footer: Page 1 of N" grep -Eq 'Page 1 of [0-9]+' "$T/text"

pdftotext -layout "$PDF" "$T/layout"
row() { # row DELEGATION TITLE NAME: one line holds title and name (and delegation if given)
    local pat
    pat=$(printf '%s' "$2.*$3")
    [ -n "$1" ] && pat="$1.*$pat"
    grep -Eq -- "$pat" "$T/layout"
}
check "table header row on one line" row "" "Title" "Name"
check "table row: United States, Secretary of State, Rex Tillerson" row "United States" "Secretary of State" "Rex Tillerson"
check "table row: Secretary of Homeland Security, John Kelly" row "" "Secretary of Homeland Security" "John Kelly"
check "table row: Mexico, Secretary of Government, Miguel Angel Osorio Chong" row "Mexico" "Secretary of Government" "Miguel Angel Osorio Chong"
check "table row: Secretary of Foreign Relations, Luis Videgaray Caso" row "" "Secretary of Foreign Relations" "Luis Videgaray Caso"
check "table row: Secretary of National Defense, General Salvador Cienfuegos Zepeda" row "" "Secretary of National Defense" "General Salvador Cienfuegos Zepeda"
check "table row: Secretary of the Navy, Admiral Vidal Francisco Soberon Sanz" row "" "Secretary of the Navy" "Admiral Vidal Francisco Soberon Sanz"
check "table row: Secretary of Finance and Public Credit, Jose Antonio Meade Kuribrena" row "" "Secretary of Finance and Public Credit" "Jose Antonio Meade Kuribrena"
check "table row: Attorney General, Raul Cervantes Andrade" row "" "Attorney General" "Raul Cervantes Andrade"
check "delegation shown once per group" bash -c "[ \$(grep -c 'Mexico  ' '$T/layout' | head -1) -ge 1 ] && [ \$(grep -cE '^ *Mexico +Secretary' '$T/layout') -eq 1 ]"

# The untagged file (layout `tagged: false`) keeps its budget; the tags (a
# structure element per paragraph and table cell, each an indirect object
# with its cross-reference entry) cost about 4.2 KB more, the PDF/UA
# identification in the uncompressed XMP 0.9 KB.
printf 'name: untagged\ntagged: false\n' >"$T/untagged.yaml"
"$IMPRINT" -q -l "$T/untagged.yaml" -o "$T/untagged.pdf" "$SEED"
size=$(stat -c %s "$T/untagged.pdf")
check "untagged file is at most 20,000 bytes (is $size)" test "$size" -le 20000
check "untagged file is valid PDF/A-1b" sh tests/validate.sh "$T/untagged.pdf"
check "untagged file says Tagged: no" bash -c "pdfinfo '$T/untagged.pdf' | grep -q '^Tagged: *no'"
size=$(stat -c %s "$PDF")
check "tagged file is at most 25,000 bytes (is $size)" test "$size" -le 25000
check "qpdf --check finds no errors" qpdf --check "$PDF"

"$IMPRINT" -q -o "$T/again.pdf" "$SEED"
check "two runs with SOURCE_DATE_EPOCH are byte-identical" cmp "$PDF" "$T/again.pdf"
SOURCE_DATE_EPOCH=1500000000 "$IMPRINT" -q -o "$T/later.pdf" "$SEED"
check "another SOURCE_DATE_EPOCH gives another date" bash -c "TZ=UTC pdfinfo '$T/later.pdf' | grep -q 'CreationDate: *Fri Jul 14 02:40:00 2017 UTC'"
env -u SOURCE_DATE_EPOCH "$IMPRINT" -q -o "$T/now.pdf" "$SEED"
check "without SOURCE_DATE_EPOCH the date has an explicit offset" bash -c \
    "qpdf --qdf --object-streams=disable '$T/now.pdf' - | grep -aEq '/CreationDate \((D:[0-9]{14}(Z|[+-][0-9]{2}.[0-9]{2}.?))\)'"

# The recognised statement as JSON.
"$IMPRINT" --dump-json "$SEED" >"$T/ref.json"
check_diff "--dump-json matches the golden file" tests/golden/tillerson-kelly-mexico-2017-02-23.json "$T/ref.json"
check "--dump-json participants are the 8 rows" $PY - "$T/ref.json" <<'PYEOF'
import json, sys
d = json.load(open(sys.argv[1]))
want = [
 ("United States", "Secretary of State", "Rex Tillerson"),
 ("United States", "Secretary of Homeland Security", "John Kelly"),
 ("Mexico", "Secretary of Government", "Miguel Angel Osorio Chong"),
 ("Mexico", "Secretary of Foreign Relations", "Luis Videgaray Caso"),
 ("Mexico", "Secretary of National Defense", "General Salvador Cienfuegos Zepeda"),
 ("Mexico", "Secretary of the Navy", "Admiral Vidal Francisco Soberon Sanz"),
 ("Mexico", "Secretary of Finance and Public Credit", "Jose Antonio Meade Kuribrena"),
 ("Mexico", "Attorney General", "Raul Cervantes Andrade"),
]
got = [(p["delegation"], p["title"], p["name"]) for p in d["participants"]]
for k in ("title", "short_title", "kind", "office", "place", "date", "blocks"):
    assert k in d, "missing member " + k
assert d["date"] == "2017-02-23", d["date"]
assert d["kind"] == "Media Note" and d["office"] == "Office of the Spokesperson" and d["place"] == "Washington, DC", d
assert got == want, "\n".join(map(str, got))
print("8 rows ok")
PYEOF
