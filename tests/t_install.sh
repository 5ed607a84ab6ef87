#!/bin/bash
# t_install.sh -- make install into a staging folder gives a working imprint
# that finds its fonts and layouts without the source tree, and its signing
# module in PREFIX/lib/imprint; the man page renders; make uninstall removes
# it all.
. "$(dirname "$0")/lib.sh"

STAGE=$T/stage
check "make install DESTDIR=... PREFIX=/usr" make -s BUILD="$T/build" BIN="$T/build/imprint" \
    DESTDIR="$STAGE" PREFIX=/usr install
for f in usr/bin/imprint usr/share/man/man1/imprint.1 usr/share/imprint/fonts/sRGB.icc \
    usr/share/imprint/fonts/LiberationSerif-Regular.ttf usr/share/imprint/layouts/letter.yaml \
    usr/share/imprint/layouts/a4.yaml usr/share/imprint/layouts/README.md \
    usr/lib/imprint/imprint-sign.so; do
    check "installed $f" test -s "$STAGE/$f"
done
cp "$SEED" "$T/ref.txt"
check "staged imprint with IMPRINT_DATADIR typesets outside the source tree" bash -c \
    "cd '$T' && IMPRINT_DATADIR='$STAGE/usr/share/imprint' '$STAGE/usr/bin/imprint' -q -o '$T/a.pdf' ref.txt && test -s a.pdf"
check "staged imprint finds its data relative to itself" bash -c \
    "cd '$T' && env -u IMPRINT_DATADIR '$STAGE/usr/bin/imprint' -q -l a4 -o '$T/b.pdf' ref.txt && pdfinfo b.pdf | grep -q '595.2. x 841.8. pts (A4)'"
check "staged imprint: its PDFs are PDF/A-1b valid" tests/validate.sh "$T/a.pdf" "$T/b.pdf"
"$STAGE/usr/bin/imprint" --verify "$T/a.pdf" >/dev/null 2>"$T/verify.err"
check "staged imprint loads its installed signing module (--verify: no signature)" \
    bash -c "grep -q '\[verify-no-signature\]' '$T/verify.err' && ! grep -q '\[sign-module\]' '$T/verify.err'"
check "staged imprint lists its layouts" bash -c \
    "'$STAGE/usr/bin/imprint' --list-layouts | grep -q '^letter-duplex '"
check "man -l imprint.1 renders" bash -c "man -l '$STAGE/usr/share/man/man1/imprint.1' 2>&1 | grep -q 'SOURCE_DATE_EPOCH'"
# man_covers FILE OPTION...: every option is in the man page (written with
# escaped hyphens, \-\-name).
man_covers() {
    local man=$1 o missing=0
    shift
    for o in "$@"; do
        grep -qF -- "${o//-/\\-}" "$man" || { echo "man page lacks $o"; missing=1; }
    done
    return $missing
}
check "the man page covers every option of --help" \
    man_covers imprint.1 $("$IMPRINT" --help | grep -oE -- '--[a-z][a-z-]+' | sort -u)
check "the coverage check can fail" bash -c "$(declare -f man_covers); ! man_covers imprint.1 --no-such-option"
check "make uninstall removes everything" bash -c \
    "make -s BUILD='$T/build' BIN='$T/build/imprint' DESTDIR='$STAGE' PREFIX=/usr uninstall && test -z \"\$(find '$STAGE' -type f)\""
