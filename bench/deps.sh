#!/bin/sh
# deps.sh -- install the Debian 12 packages the side-by-side benchmark needs:
# the established typesetters imprint is compared with (groff, Ghostscript,
# pdflatex + pdfx, WeasyPrint) and what bench.sh itself uses (poppler-utils'
# pdfinfo for page counts; a C compiler for its timing helper, gcc from
# build-essential, which `make deps` installs too).  The PDF/A validator comes
# with `scripts/deps.sh test` (make deps-test).
#
# Usage: sh bench/deps.sh       (what `make bench-deps` runs)
# Installs only what is missing.  As root it runs `apt-get update` once, then
# `apt-get install -y --no-install-recommends ...`; otherwise it prints the
# exact command to run and exits 1.  bench.sh itself never installs anything.
set -eu

PKGS="groff ghostscript texlive-latex-base texlive-latex-recommended
texlive-latex-extra texlive-fonts-recommended weasyprint fonts-liberation
poppler-utils gcc libc6-dev"

missing=
for p in $PKGS; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing="$missing $p"
    fi
done
if [ -z "$missing" ]; then
    echo "bench-deps: all benchmark packages are installed" >&2
    exit 0
fi

cmd="apt-get install -y --no-install-recommends$missing"
if [ "$(id -u)" -ne 0 ]; then
    echo "bench-deps: missing Debian packages:$missing" >&2
    echo "bench-deps: run as root:  apt-get update && $cmd" >&2
    exit 1
fi
echo "bench-deps: installing:$missing" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing >/dev/null
echo "bench-deps: done" >&2
