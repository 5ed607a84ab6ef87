#!/bin/sh
# deps.sh -- install the Debian 12 packages imprint needs to build, run and test.
#
# Usage: scripts/deps.sh [build|test]
#   build  libraries and tools to build and run imprint (default)
#   test   build + everything the test suite uses (validator, PDF tools,
#          sanitizers, and pdf.js from npm into tests/pdfjs/node_modules)
# (The benchmark's comparison tools come from bench/deps.sh: make bench-deps.)
# Installs only what is missing.  As root it runs apt-get; otherwise it prints
# the exact command to run and exits 1.
set -eu

BUILD="build-essential pkg-config libhpdf-dev libfontconfig-dev libharfbuzz-dev
libfribidi-dev libhyphen-dev hyphen-en-us libyaml-dev libmd4c-dev nettle-dev libgumbo-dev libxml2-dev zlib1g-dev libgnutls28-dev libqrencode-dev
fonts-dejavu-core"
TEST="libcmocka-dev qpdf poppler-utils python3 python3-pikepdf default-jre-headless
libpdfbox2-java libfontbox2-java libcommons-logging-java libjaxb-api-java
libactivation-java clang libclang-rt-14-dev valgrind man-db groff-base parallel
universal-ctags gnutls-bin zbar-tools mupdf-tools"

what=${1:-build}
case $what in
    build) want=$BUILD ;;
    test)  want="$BUILD $TEST nodejs"
           # npm comes with some nodejs builds; Debian's own is a package
           command -v npm >/dev/null 2>&1 || want="$want npm" ;;
    *) echo "usage: $0 [build|test]" >&2; exit 2 ;;
esac

# pdf.js for the structure checks (tests/pdfjs/structtree.mjs), from npm at
# the exact version tests/pdfjs/package.json names (it has no dependencies
# but an optional native canvas, left out), into tests/pdfjs/node_modules.
pdfjs() {
    [ "$what" = test ] || return 0
    dir=$(cd "$(dirname "$0")/.." && pwd)/tests/pdfjs
    [ -f "$dir/node_modules/pdfjs-dist/package.json" ] && return 0
    echo "imprint: installing pdf.js (npm pdfjs-dist) into tests/pdfjs" >&2
    (cd "$dir" && npm install --omit=optional --no-package-lock --no-audit \
        --no-fund --loglevel=error >/dev/null)
}

missing=
for p in $want; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing="$missing $p"
    fi
done
if [ -z "$missing" ]; then
    pdfjs
    exit 0
fi

cmd="apt-get install -y --no-install-recommends$missing"
if [ "$(id -u)" -ne 0 ]; then
    echo "imprint: missing Debian packages:$missing" >&2
    echo "imprint: run as root:  apt-get update && $cmd" >&2
    exit 1
fi
echo "imprint: installing:$missing" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get -o DPkg::Lock::Timeout=600 update -qq >/dev/null
# shellcheck disable=SC2086
apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends $missing >/dev/null
pdfjs
