#!/bin/bash
# t_qr.sh -- the footer's QR code (--qr): it decodes (zbarimg) to the
# input's SHA-256, which --fingerprint prints too, on every page and in a
# layout with narrower margins; it is drawn as vector squares (no image)
# and the page stays valid PDF/A-1b.
. "$(dirname "$0")/lib.sh"

if ! command -v zbarimg >/dev/null; then
    not_ok "zbarimg (zbar-tools) is installed (scripts/deps.sh test)"
    exit 1
fi
PDF=$T/qr.pdf
check "typesets the reference with --qr" "$IMPRINT" -q --qr -o "$PDF" "$SEED"
want="SHA-256 $(sha256sum "$SEED" | cut -d' ' -f1 | tr a-f A-F)"
# decode PDF PAGE: the QR codes zbarimg finds on the page at 300 dpi
decode() {
    pdftoppm -r 300 -png -f "$2" -l "$2" -singlefile "$1" "$T/page" &&
        zbarimg -q --raw "$T/page.png" 2>/dev/null
}
check_eq "page 1: the QR code holds the input's SHA-256" "$want" "$(decode "$PDF" 1)"
check_eq "page 2: the QR code holds the input's SHA-256" "$want" "$(decode "$PDF" 2)"
check_eq "--fingerprint prints the same SHA-256" "$want" \
    "$("$IMPRINT" --fingerprint "$SEED" | sed -n 2p | tr a-f A-F)"
check "the footer still prints the short fingerprint as text" \
    bash -c "pdftotext '$PDF' - | grep -q 'SHA-256 $(sha256sum "$SEED" | cut -c1-16)'"
check_eq "the QR code is no image" "" "$(pdfimages -list "$PDF" | tail -n +3)"
check "the page with the QR code is valid PDF/A-1b" sh tests/validate.sh "$PDF"
check "the QR code is left out without --qr" bash -c \
    "'$IMPRINT' -q -o '$T/plain.pdf' '$SEED' && pdftoppm -r 300 -png -f 1 -l 1 -singlefile '$T/plain.pdf' '$T/plain' && ! zbarimg -q '$T/plain.png' >/dev/null 2>&1"
check "--qr does not change the text of the pages" bash -c \
    "cmp <(pdftotext '$T/plain.pdf' -) <(pdftotext '$PDF' -)"
check "a duplex layout (0.75 in outer margin): --qr" "$IMPRINT" -q --qr -l letter-duplex -o "$T/duplex.pdf" "$SEED"
check_eq "duplex page 2 (the narrow margin): the QR code decodes" "$want" "$(decode "$T/duplex.pdf" 2)"
check "SOURCE_DATE_EPOCH: two --qr runs give identical bytes" bash -c \
    "'$IMPRINT' -q --qr -o '$T/again.pdf' '$SEED' && cmp '$PDF' '$T/again.pdf'"

# A statement whose source gives its address (Markdown's url:): the QR code
# holds the address on its own line, then the SHA-256; --fingerprint prints
# it too; the file still validates.
printf -- '---\ntitle: A Test Statement With an Address\ndate: 2024-03-11\nurl: https://www.example.gov/statements/test\n---\n\nThe text of the statement.\n' >"$T/url.md"
check "a statement with url: --qr" "$IMPRINT" -q --qr -o "$T/url.pdf" "$T/url.md"
uwant="https://www.example.gov/statements/test
SHA-256 $(sha256sum "$T/url.md" | cut -d' ' -f1 | tr a-f A-F)"
check_eq "url: the QR code holds the address and the SHA-256" "$uwant" "$(decode "$T/url.pdf" 1)"
check_eq "url: --fingerprint prints the address" "URL https://www.example.gov/statements/test" \
    "$("$IMPRINT" --fingerprint "$T/url.md" | sed -n 3p)"
check "url: the page is valid PDF/A-1b" sh tests/validate.sh "$T/url.pdf"
check_eq "url: --dump-json keeps it" "https://www.example.gov/statements/test" \
    "$("$IMPRINT" -q --dump-json "$T/url.md" | $PY -c 'import json,sys; print(json.load(sys.stdin)["url"])')"
