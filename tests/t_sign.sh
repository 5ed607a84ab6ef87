#!/bin/bash
# t_sign.sh -- signed PDFs (--sign, --cert, --chain) and their check
# (--verify, --ca): poppler's pdfsig as the independent reader, PDFBox
# Preflight for PDF/A-1b, one changed byte caught by both, reproducible
# bytes, and a clear error (no file, the old one intact) for each bad key
# or certificate.  Keys and certificates are made here with certtool.
. "$(dirname "$0")/lib.sh"

if ! command -v certtool >/dev/null || ! command -v pdfsig >/dev/null; then
    not_ok "certtool (gnutls-bin) and pdfsig (poppler-utils) are installed (scripts/deps.sh test)"
    exit 1
fi
K=$T/keys
mkdir -p "$K"
# tmpl NAME CN FROM UNTIL [ca]: a certtool template
tmpl() {
    {
        echo "cn = \"$2\""
        echo "organization = \"Office of the Spokesperson\""
        if [ "${5:-}" = ca ]; then echo ca; echo cert_signing_key; else echo signing_key; fi
        echo "activation_date = \"$3 00:00:00 UTC\""
        echo "expiration_date = \"$4 00:00:00 UTC\""
    } >"$K/$1.tmpl"
}
key() { certtool --generate-privkey --rsa --bits 2048 --outfile "$K/$1.key" >/dev/null 2>&1; }
# cert NAME ISSUER: NAME.crt for NAME.key, signed by ISSUER's key
cert() {
    certtool --generate-certificate --load-privkey "$K/$1.key" --load-ca-certificate "$K/$2.crt" \
        --load-ca-privkey "$K/$2.key" --template "$K/$1.tmpl" --outfile "$K/$1.crt" >/dev/null 2>&1
}
tmpl ca "Test Root CA" 2010-01-01 2040-01-01 ca
key ca
certtool --generate-self-signed --load-privkey "$K/ca.key" --template "$K/ca.tmpl" \
    --outfile "$K/ca.crt" >/dev/null 2>&1
tmpl other "Another Root CA" 2010-01-01 2040-01-01 ca
key other
certtool --generate-self-signed --load-privkey "$K/other.key" --template "$K/other.tmpl" \
    --outfile "$K/other.crt" >/dev/null 2>&1
tmpl s "Press Office Signer" 2010-01-01 2039-01-01
key s
cert s ca
tmpl old "Expired Signer" 2010-01-01 2015-01-01
key old
cert old ca
tmpl new "Future Signer" 2020-01-01 2039-01-01
key new
cert new ca
check "the test keys and certificates were made" test -s "$K/s.crt" -a -s "$K/old.crt" -a -s "$K/new.crt"

SIGN=(--sign "$K/s.key" --cert "$K/s.crt" --chain "$K/ca.crt")
PDF=$T/signed.pdf
check "signs the reference statement" "$IMPRINT" -q "${SIGN[@]}" -o "$PDF" "$SEED"
pdfsig "$PDF" >"$T/sig" 2>&1
check "pdfsig: the signature is valid" grep -q "Signature Validation: Signature is Valid." "$T/sig"
check "pdfsig: the whole document is signed (not modified after)" grep -q "Total document signed" "$T/sig"
check "pdfsig: a PAdES signature (ETSI.CAdES.detached), SHA-256" \
    bash -c "grep -q 'Signature Type: ETSI.CAdES.detached' '$T/sig' && grep -q 'Signing Hash Algorithm: SHA-256' '$T/sig'"
check "pdfsig: the signer and the signing time from SOURCE_DATE_EPOCH" \
    bash -c "grep -q 'Common Name: Press Office Signer' '$T/sig' && grep -q 'Signing Time: Feb 23 2017 00:00:00' '$T/sig'"
check "the signed file is valid PDF/A-1b" sh tests/validate.sh "$PDF"
check "the signature field is invisible, printed, with an appearance; /SigFlags 3" \
    $PY - "$PDF" <<'PYEOF'
import sys, pikepdf
pdf = pikepdf.open(sys.argv[1])
form = pdf.Root.AcroForm
assert int(form.SigFlags) == 3, form.SigFlags
w = form.Fields[0]
assert w.FT == "/Sig" and w.Subtype == "/Widget", w
assert [float(x) for x in w.Rect] == [0, 0, 0, 0], w.Rect
assert int(w.F) & 4, w.F
assert "/N" in w.AP, w.AP
assert w.V.SubFilter == "/ETSI.CAdES.detached", w.V.SubFilter
assert any(a.objgen == w.objgen for a in pdf.pages[0].Annots)
PYEOF

"$IMPRINT" --verify "$PDF" --ca "$K/ca.crt" >"$T/v.out" 2>"$T/v.err"
check_eq "--verify --ca: exit 0 for the intact signature" 0 $?
check "--verify: intact, the whole file, the signer, the time, the chain" bash -c "
    grep -q 'the signature is intact' '$T/v.out' && grep -q 'covers: the whole file' '$T/v.out' &&
    grep -q 'signer: CN=Press Office Signer' '$T/v.out' &&
    grep -q 'signed: 2017-02-23 00:00:00 +00:00' '$T/v.out' && grep -q 'chain: to a certificate of' '$T/v.out'"
check "--verify without --ca says the chain is not checked" bash -c \
    "'$IMPRINT' --verify '$PDF' | grep -q 'chain: not checked'"
check_run "--verify --ca: a certificate of another root is refused" 1 '\[verify-untrusted\]' \
    "$IMPRINT" --verify "$PDF" --ca "$K/other.crt"
: >"$T/empty.pem"
check_run "--verify --ca: a file without certificates is an error" 3 '\[verify-ca\]' \
    "$IMPRINT" --verify "$PDF" --ca "$T/empty.pem"

SOURCE_DATE_EPOCH=1487808000 "$IMPRINT" -q "${SIGN[@]}" -o "$T/again.pdf" "$SEED"
check "SOURCE_DATE_EPOCH: two signed runs give identical bytes" cmp "$PDF" "$T/again.pdf"
SOURCE_DATE_EPOCH=1487808000 "$IMPRINT" -q -o "$T/plain.pdf" "$SEED"
check_run "--verify: an unsigned PDF has no signature" 1 '\[verify-no-signature\]' \
    "$IMPRINT" --verify "$T/plain.pdf"
check_run "--verify: a missing file is an error" 3 '\[sign-read\]' "$IMPRINT" --verify "$T/none.pdf"

# flip FILE OFFSET: change the byte at OFFSET to another of its kind
flip() {
    $PY - "$1" "$2" <<'PYEOF'
import sys
p, at = sys.argv[1], int(sys.argv[2])
b = bytearray(open(p, "rb").read())
c = b[at]
b[at] = (c - 48 + 1) % 10 + 48 if 48 <= c <= 57 else (c ^ 1 if c not in (10, 13) else 32)
open(p, "wb").write(b)
PYEOF
}
range=$(pdfsig "$PDF" | sed -n 's/.*Signed Ranges: \[0 - \([0-9]*\)\], \[\([0-9]*\) - \([0-9]*\)\].*/\1 \2 \3/p')
read -r end1 start2 end2 <<<"$range"
check "pdfsig names the two signed ranges" test -n "$end2"
for at in 200 $((end1 / 2)) $((end1 - 1)) $start2 $(((start2 + end2) / 2)) $((end2 - 1)); do
    cp "$PDF" "$T/flip.pdf"
    flip "$T/flip.pdf" "$at"
    check "a changed byte at $at: pdfsig finds the signature invalid" \
        bash -c "! pdfsig '$T/flip.pdf' 2>&1 | grep -q 'Signature is Valid.'"
    check_run "a changed byte at $at: --verify fails" 1 '\[verify-(modified|malformed|no-signature)\]' \
        "$IMPRINT" --verify "$T/flip.pdf"
done
cp "$PDF" "$T/flip.pdf"
flip "$T/flip.pdf" $((end1 / 2))
check_run "a changed byte in the first range is reported as a change" 1 '\[verify-modified\]' \
    "$IMPRINT" --verify "$T/flip.pdf"
cp "$PDF" "$T/more.pdf"
echo "% appended" >>"$T/more.pdf"
check_run "--verify: bytes after the signed ranges are outside the signature" 1 '\[verify-partial\]' \
    "$IMPRINT" --verify "$T/more.pdf"
cp "$PDF" "$T/broken.pdf"
$PY - "$T/broken.pdf" "$end1" <<'PYEOF'
import sys
p, at = sys.argv[1], int(sys.argv[2])
b = bytearray(open(p, "rb").read())
b[at + 1:at + 3] = b"00"
open(p, "wb").write(b)
PYEOF
check_run "--verify: a signature that is not CMS cannot be read" 1 '\[verify-malformed\]' \
    "$IMPRINT" --verify "$T/broken.pdf"

# A failed signing leaves no file and the previous one as it was.
OUT=$T/out.pdf
# kept WHAT OPTION...: after a signing that failed, the previous file is as
# it was and no temporary file is left; with no previous file, none is made
kept() {
    local what=$1
    shift
    check_eq "$what: the previous file is intact" "previous" "$(cat "$OUT")"
    check_eq "$what: no temporary file is left" "" "$(ls -A "$T" | grep imprint-tmp)"
    rm -f "$OUT"
    "$IMPRINT" -q "$@" -o "$OUT" "$SEED" 2>/dev/null
    check "$what: no file is made" test ! -e "$OUT"
    echo "previous" >"$OUT"
}
echo "previous" >"$OUT"
check_run "an expired certificate" 3 '\[sign-cert-expired\]' \
    "$IMPRINT" --sign "$K/old.key" --cert "$K/old.crt" -o "$OUT" "$SEED"
kept "an expired certificate" --sign "$K/old.key" --cert "$K/old.crt"
check_run "a certificate not yet valid" 3 '\[sign-cert-not-yet-valid\]' \
    "$IMPRINT" --sign "$K/new.key" --cert "$K/new.crt" -o "$OUT" "$SEED"
kept "a certificate not yet valid" --sign "$K/new.key" --cert "$K/new.crt"
check_run "a key that does not match the certificate" 3 '\[sign-key-mismatch\]' \
    "$IMPRINT" --sign "$K/other.key" --cert "$K/s.crt" -o "$OUT" "$SEED"
kept "a key that does not match the certificate" --sign "$K/other.key" --cert "$K/s.crt"
head -c 900 "$K/s.key" >"$K/cut.key"
check_run "a truncated PEM key" 3 '\[sign-key\]' \
    "$IMPRINT" --sign "$K/cut.key" --cert "$K/s.crt" -o "$OUT" "$SEED"
kept "a truncated PEM key" --sign "$K/cut.key" --cert "$K/s.crt"
head -c 600 "$K/s.crt" >"$K/cut.crt"
check_run "a truncated PEM certificate" 3 '\[sign-cert\]' \
    "$IMPRINT" --sign "$K/s.key" --cert "$K/cut.crt" -o "$OUT" "$SEED"
kept "a truncated PEM certificate" --sign "$K/s.key" --cert "$K/cut.crt"
head -c 600 "$K/ca.crt" >"$K/cutca.crt"
check_run "a truncated PEM chain" 3 '\[sign-chain\]' \
    "$IMPRINT" --sign "$K/s.key" --cert "$K/s.crt" --chain "$K/cutca.crt" -o "$OUT" "$SEED"
kept "a truncated PEM chain" --sign "$K/s.key" --cert "$K/s.crt" --chain "$K/cutca.crt"
check_run "a missing key file" 3 '\[sign-read\]' \
    "$IMPRINT" --sign "$K/none.key" --cert "$K/s.crt" -o "$OUT" "$SEED"
kept "a missing key file" --sign "$K/none.key" --cert "$K/s.crt"

certtool --to-p8 --load-privkey "$K/s.key" --password "open sesame" --outfile "$K/p8.key" >/dev/null 2>&1
check "the passphrase-protected key was made" grep -q "ENCRYPTED" "$K/p8.key"
check "IMPRINT_SIGN_PASSPHRASE opens a protected key" \
    env IMPRINT_SIGN_PASSPHRASE="open sesame" "$IMPRINT" -q --sign "$K/p8.key" --cert "$K/s.crt" -o "$T/p8.pdf" "$SEED"
check "the PDF signed with the protected key verifies" "$IMPRINT" --verify "$T/p8.pdf"
check_run "a wrong passphrase" 3 '\[sign-passphrase-wrong\]' env IMPRINT_SIGN_PASSPHRASE=wrong \
    "$IMPRINT" --sign "$K/p8.key" --cert "$K/s.crt" -o "$OUT" "$SEED"
IMPRINT_SIGN_PASSPHRASE=wrong kept "a wrong passphrase" --sign "$K/p8.key" --cert "$K/s.crt"
# no terminal (setsid) and no variable: nothing to ask
echo "previous" >"$OUT"
check_run "a protected key without a passphrase or a terminal" 3 '\[sign-passphrase\]' \
    setsid -w env -u IMPRINT_SIGN_PASSPHRASE "$IMPRINT" --sign "$K/p8.key" --cert "$K/s.crt" -o "$OUT" "$SEED" </dev/null
check_eq "without a passphrase the previous file is intact" "previous" "$(cat "$OUT")"

check_run "--sign needs --cert" 2 '\[usage\]' "$IMPRINT" --sign "$K/s.key" -o "$OUT" "$SEED"
check_run "--cert needs --sign" 2 '\[usage\]' "$IMPRINT" --cert "$K/s.crt" -o "$OUT" "$SEED"
check_run "--ca needs --verify" 2 '\[usage\]' "$IMPRINT" --ca "$K/ca.crt" "$SEED"
check_run "--verify takes one file" 2 '\[usage\]' "$IMPRINT" --verify "$PDF" "$SEED"

"$IMPRINT" -q "${SIGN[@]}" -o - "$SEED" >"$T/stdout.pdf"
check "-o -: the PDF on standard output is signed too" \
    bash -c "pdfsig '$T/stdout.pdf' | grep -q 'Signature is Valid.' && cmp '$T/stdout.pdf' '$PDF'"

# A batch with two workers: every PDF signed, valid and verified.
mkdir -p "$T/in" "$T/batch"
for i in 1 2 3 4; do
    cp "$SEED" "$T/in/ref-$i.txt"
    for m in examples/*.md; do cp "$m" "$T/in/$(basename "$m" .md)-$i.md"; done
done
check "a batch of 12 statements signed with -j 2" "$IMPRINT" -q -j 2 "${SIGN[@]}" -o "$T/batch/" "$T/in"
check_eq "the batch wrote 12 PDFs" 12 "$(ls "$T/batch" | grep -c '\.pdf$')"
check "every PDF of the batch: pdfsig valid and total, --verify --ca intact" bash -c "
    for f in '$T'/batch/*.pdf; do
        pdfsig \"\$f\" >'$T/b.sig' 2>&1
        grep -q 'Signature is Valid.' '$T/b.sig' && grep -q 'Total document signed' '$T/b.sig' ||
            { echo \"\$f\"; cat '$T/b.sig'; exit 1; }
        '$IMPRINT' --verify \"\$f\" --ca '$K/ca.crt' >/dev/null || exit 1
    done"
check "every PDF of the batch is valid PDF/A-1b" sh tests/validate.sh "$T"/batch/*.pdf

# --fingerprint: what the footer of a printed copy says, to check paper
# against the published text.
"$IMPRINT" --fingerprint "$SEED" >"$T/fp"
check_eq "--fingerprint prints the footer's copy line" \
    "$(pdftotext -layout "$PDF" - | grep -m1 -o 'Media Note · 2017-02-23 · SHA-256 [0-9a-f]*')" "$(head -1 "$T/fp")"
check_eq "--fingerprint prints the input's whole SHA-256" "SHA-256 $(sha256sum "$SEED" | cut -d' ' -f1)" \
    "$(sed -n 2p "$T/fp")"
check "--fingerprint writes no PDF" bash -c "cd '$T' && '$IMPRINT' --fingerprint '$SEED' >/dev/null && test ! -e out"
check "--fingerprint with several inputs names each" bash -c \
    "'$IMPRINT' -q --fingerprint examples/*.md | grep -c '^examples/.*\.md: SHA-256 [0-9a-f]\{64\}$' | grep -qx 2"

# The signing stage is a module (imprint-sign.so) loaded only by a run that
# signs or verifies: the executable does not link GnuTLS, a plain run does
# not load it, a signing run does; without the module, signing and
# --verify fail with [sign-module] and write nothing.
check "the executable does not link GnuTLS" bash -c "! ldd '$IMPRINT' | grep -q libgnutls"
LD_DEBUG=files "$IMPRINT" -q -o "$T/plain-run.pdf" "$SEED" 2>"$T/ld-plain"
check "a run that does not sign does not load GnuTLS" bash -c "! grep -q 'file=libgnutls' '$T/ld-plain'"
check "a run that does not sign: PDF/A-1b valid" sh tests/validate.sh "$T/plain-run.pdf"
LD_DEBUG=files "$IMPRINT" -q "${SIGN[@]}" -o "$T/mod-run.pdf" "$SEED" 2>"$T/ld-sign"
check "a signing run loads the module and GnuTLS" \
    bash -c "grep -q 'file=.*-sign.so' '$T/ld-sign' && grep -q 'file=libgnutls' '$T/ld-sign'"
check "a signing run: PDF/A-1b valid" sh tests/validate.sh "$T/mod-run.pdf"
mkdir -p "$T/nomod"
cp "$IMPRINT" "$T/nomod/imprint-nomod"
IMPRINT_DATADIR=$ROOT "$T/nomod/imprint-nomod" -q "${SIGN[@]}" -o "$T/nomod/s.pdf" "$SEED" 2>"$T/nomod.err"
check_eq "no module: signing exits with the environment status" "$?" 3
check "no module: [sign-module] names the module" \
    grep -q "imprint-nomod-sign.so.*\[sign-module\]" "$T/nomod.err"
check "no module: no PDF written" test ! -e "$T/nomod/s.pdf"
IMPRINT_DATADIR=$ROOT "$T/nomod/imprint-nomod" --verify "$PDF" >/dev/null 2>"$T/nomod-v.err"
check_eq "no module: --verify exits with the environment status" "$?" 3
check "no module: --verify says why" grep -q "\[sign-module\]" "$T/nomod-v.err"

# The layout's sign section: the files named there (relative paths from the
# layout's folder) sign like --sign; sign.visible sets a framed block after
# the text ("Digitally signed by" the certificate's name, the office, the
# time) with the signature field over it; an incomplete section is an error
# at its place.
printf 'name: office\nsign:\n  key: s.key\n  cert: s.crt\n  chain: ca.crt\n' >"$K/office.yaml"
LPDF=$T/layout-signed.pdf
check "the layout's sign section signs" "$IMPRINT" -q -l "$K/office.yaml" -o "$LPDF" "$SEED"
pdfsig "$LPDF" >"$T/lsig" 2>&1
check "layout signing: pdfsig says valid, the whole document, the signer" bash -c \
    "grep -q 'Signature is Valid.' '$T/lsig' && grep -q 'Total document signed' '$T/lsig' && grep -q 'Common Name: Press Office Signer' '$T/lsig'"
check "layout signing: PDF/A-1b valid" sh tests/validate.sh "$LPDF"
check "layout signing: no visible block unless asked" bash -c "! pdftotext '$LPDF' - | grep -q 'Digitally signed'"
printf 'name: office-visible\nsign:\n  key: s.key\n  cert: s.crt\n  visible: true\n' >"$K/visible.yaml"
VPDF=$T/visible.pdf
check "sign.visible: PDF written" "$IMPRINT" -q -l "$K/visible.yaml" -o "$VPDF" "$SEED"
pdftotext "$VPDF" "$T/visible.txt"
check "sign.visible: the block's lines, after the table, before the last footer" bash -c "
    tail -n 12 '$T/visible.txt' | grep -A2 'Digitally signed by Press Office Signer' |
    grep -q '2017-02-23 00:00 UTC' &&
    grep -n 'Digitally signed' '$T/visible.txt' | cut -d: -f1 | { read a; b=\$(grep -n 'Raul Cervantes' '$T/visible.txt' | cut -d: -f1); [ \$a -gt \$b ]; }"
check "sign.visible: the block names the office" grep -q "^Office of the Spokesperson$" "$T/visible.txt"
pdfsig "$VPDF" >"$T/vsig" 2>&1
check "sign.visible: pdfsig says valid, the whole document" bash -c \
    "grep -q 'Signature is Valid.' '$T/vsig' && grep -q 'Total document signed' '$T/vsig'"
check "sign.visible: PDF/A-1b valid" sh tests/validate.sh "$VPDF"
check "sign.visible: the field lies over the block on its page, its appearance draws the frame" \
    $PY - "$VPDF" <<'PYEOF'
import sys, pikepdf
pdf = pikepdf.open(sys.argv[1])
w = pdf.Root.AcroForm.Fields[0]
x1, y1, x2, y2 = [float(v) for v in w.Rect]
assert 60 < x1 < x2 and 100 < y1 < y2 and 20 < y2 - y1 < 80 and 80 < x2 - x1 < 400, w.Rect
last = pdf.pages[len(pdf.pages) - 1]
assert any(a.objgen == w.objgen for a in last.Annots), "not on the block's page"
assert w.P.objgen == last.objgen
ap = w.AP.N
bbox = [float(v) for v in ap.BBox]
assert abs(bbox[2] - (x2 - x1)) < 0.01 and abs(bbox[3] - (y2 - y1)) < 0.01, bbox
assert b" re S" in ap.read_bytes(), ap.read_bytes()
assert int(w.F) & 4 and not int(w.F) & 2, w.F
PYEOF
SOURCE_DATE_EPOCH=1487808000 "$IMPRINT" -q -l "$K/visible.yaml" -o "$T/visible2.pdf" "$SEED"
check "sign.visible: SOURCE_DATE_EPOCH runs give identical bytes" cmp -s "$VPDF" "$T/visible2.pdf"
printf 'name: half\nsign:\n  key: s.key\n' >"$K/half.yaml"
"$IMPRINT" -q -l "$K/half.yaml" -o "$T/half.pdf" "$SEED" 2>"$T/half.err"
check_eq "a sign section without a certificate: exit 3" "$?" 3
check "a sign section without a certificate: [layout-sign-incomplete] at its place" \
    grep -q "half.yaml:3:8: error: .*\[layout-sign-incomplete\]" "$T/half.err"
check "a sign section without a certificate: no PDF" test ! -e "$T/half.pdf"

# Signed files are tagged like any other (issue 15's structure): the
# signature field's widget is in the structure as a Form element, the
# visible block's lines a paragraph; the PDF/UA checker passes both.
check "signed, invisible: tagged, and the PDF/UA checker passes" bash -c \
    "pdfinfo '$PDF' | grep -q '^Tagged: *yes' && $PY tests/uacheck.py '$PDF'"
check "signed, visible: tagged, and the PDF/UA checker passes" bash -c \
    "pdfinfo '$VPDF' | grep -q '^Tagged: *yes' && $PY tests/uacheck.py '$VPDF'"
check "signed, visible: the block is a paragraph of the structure, and the field a Form" bash -c \
    "pdfinfo -struct-text '$VPDF' | grep -A1 '^  P' | grep -q 'Digitally signed by Press Office Signer' &&
     pdfinfo -struct '$VPDF' | grep -q '^  Form'"
