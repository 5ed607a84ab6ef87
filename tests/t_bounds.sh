#!/bin/bash
# t_bounds.sh -- inputs built to take unbounded time or memory, and content
# that must not be trusted, are stopped with a message: deep or wide YAML in
# a source header and in a layout, characters no font has, an unreasonable
# --max-input, link targets that are not web addresses or are too long.
# Each case checks the exit status, the message, that the run took at most
# MAX_S seconds of processor time and MAX_KB of memory, and that nothing was
# written but the output; every PDF written is validated at the end.
# Measurements are printed as TAP comments:
#   # NAME  status S  processor time T s  peak K KB
. "$(dirname "$0")/lib.sh"

MAX_S=${MAX_S:-2}         # seconds of processor time
MAX_KB=${MAX_KB:-262144}  # 256 MiB
case $IMPRINT in *-asan) MAX_S=$((MAX_S * 8)); MAX_KB=$((MAX_KB * 4)) ;; esac
MDHEAD='---
title: Test
date: 2021-01-01
---

'
mkdir -p "$T/in" "$T/pdf"

gen() { # gen FILE PYTHON-EXPRESSION-GIVING-BYTES (M is the source header)
    M="$MDHEAD" "$PY" -c "import os,sys; M=os.environ['M'].encode(); sys.stdout.buffer.write($2)" >"$T/in/$1"
}

# case_ NAME FILE STATUS PATTERN [OPTIONS...]: run imprint with OPTIONS on
# FILE (in $T/in unless absolute) and -o out.pdf in an empty folder, stopped
# after a while so that an unbounded run fails rather than hangs the suite.
n=0
case_() {
    local name=$1 file=$2 want=$3 pat=$4 rc s kb extra
    shift 4
    case $file in /*) ;; *) file=$T/in/$file ;; esac
    n=$((n + 1))
    rm -rf "$T/w" && mkdir "$T/w"
    (cd "$T/w" && exec timeout -s KILL $((MAX_S * 5)) /usr/bin/time -f '%U %S %M' \
        -o "$T/.time" "$IMPRINT" "$@" -o "$T/w/out.pdf" "$file") >"$T/.out" 2>"$T/.err"
    rc=$?
    s=$(tail -n 1 "$T/.time" 2>/dev/null | awk '{ printf "%.2f", $1 + $2 }')
    kb=$(tail -n 1 "$T/.time" 2>/dev/null | cut -d' ' -f3)
    echo "# $name  status $rc  processor time ${s:-?} s  peak ${kb:-?} KB"
    if [ "$rc" -eq "$want" ] && grep -Eq -- "$pat" "$T/.err"; then
        ok "$name: status $rc, message /$pat/"
    else
        not_ok "$name: status $rc (want $want), message /$pat/"
        cut -c1-300 "$T/.err" | head -3 | sed 's/^/    /'
    fi
    if [ -n "$s" ] && awk -v s="$s" -v m="$MAX_S" -v k="$kb" -v mk="$MAX_KB" \
        'BEGIN { exit !(s + 0 <= m + 0 && k + 0 <= mk + 0) }'; then
        ok "$name: bounded ($s s, $kb KB)"
    else
        not_ok "$name: bounded (${s:-killed} s > $MAX_S s or ${kb:-?} KB > $MAX_KB KB)"
    fi
    extra=$(cd "$T/w" && find . -mindepth 1 ! -name out.pdf | head -3)
    check_eq "$name: nothing written but the output" "" "$extra"
    if [ -f "$T/w/out.pdf" ]; then
        cp "$T/w/out.pdf" "$T/pdf/$n.pdf"
    fi
}

# ---- the YAML header of a source ----------------------------------------

gen brackets.md "b'---\ntitle: ' + b'[' * 100000 + b']' * 100000 + b'\ndate: 2021-01-01\n---\n\nBody.\n'"
case_ "header: 100,000 nested brackets" "brackets.md" 1 \
    'brackets.md:2:39: error: YAML header nested more than 32 deep \[header-too-deep\]'

gen dashes.md "b'---\n' + b'- ' * 100000 + b'x\n---\n\nBody.\n'"
case_ "header: 100,000 nested block lists" "dashes.md" 1 \
    '\[header-too-deep\]'

gen keys.md "b'---\ntitle: T\ndate: 2021-01-01\n' + b''.join(b'k%d: v\n' % i for i in range(100000)) + b'---\n\nBody.\n'"
case_ "header: 100,000 keys" "keys.md" 1 \
    'keys.md:102:1: error: YAML header has more than 100 keys \[header-too-many-keys\]'

# ---- a layout file -------------------------------------------------------

gen lkeys.yaml "b''.join(b'k%d: 1\n' % i for i in range(100000))"
case_ "layout: 100,000 keys" "$SEED" 3 \
    'lkeys.yaml:1001:1: error: layout file has more than 1000 keys \[layout-too-many-keys\]' -l "$T/in/lkeys.yaml"

gen lalias.yaml "b'x: [' + b', '.join(b'&a%d 1, *a%d' % (i, i) for i in range(100000)) + b']\n'"
case_ "layout: 200,000 anchors and aliases" "$SEED" 3 \
    'lalias.yaml:1:[0-9]+: error: .*\[layout-too-many-anchors\]' -l "$T/in/lalias.yaml"

gen ldeep.yaml "b'x: ' + b'[' * 100000 + b']' * 100000 + b'\n'"
case_ "layout: 100,000 nested brackets" "$SEED" 3 \
    'ldeep.yaml:1:19: error: layout file nested more than 16 deep \[layout-too-deep\]' -l "$T/in/ldeep.yaml"

gen lblock.yaml "b'- ' * 100000 + b'1\n'"
case_ "layout: 100,000 nested block lists" "$SEED" 3 \
    '\[layout-too-deep\]' -l "$T/in/lblock.yaml"

# ---- characters no font has: one fontconfig lookup each, not per use ----

gen nofont.md "M + (' '.join([''.join(chr(0xF0000 + i % 50) for i in range(10))] * 100) + '\n\n').encode() * 200"
case_ "200,000 characters no font has" "nofont.md" 0 \
    'U\+F0009 .*\[no-glyph\]'

# ---- --max-input ---------------------------------------------------------

case_ "--max-input 2^64-1" "/dev/zero" 2 \
    'error: --max-input 18446744073709551615 is over the largest allowed, 268435456 bytes \(256 MiB\) \[max-input-too-large\]' --max-input 18446744073709551615
case_ "--max-input at its largest" "$SEED" 0 \
    '\[wrote\]' --max-input 268435456

# ---- link targets ------------------------------------------------------------

gen links.md "M + b'See [one](javascript:alert(1)) and [two](FILE:///etc/passwd)\nand [three](data:text/html,x) and [four](/relative) here,\nbut [this](https://www.state.gov/) and [that](mailto:a@example.org) stay.\n'"
case_ "links: javascript: target" "links.md" 0 \
    'links.md:6:11: warning: link target .javascript:\.\.\.. is not http, https or mailto; the text is kept without the link \[link-scheme\]'
cp "$T/.err" "$T/links.err"
check "links: file: target" grep -Eq 'links.md:6:42: warning: link target .FILE:.*\[link-scheme\]' "$T/links.err"
check "links: data: target" grep -Eq 'links.md:7:13: warning: link target .data:.*\[link-scheme\]' "$T/links.err"
check "links: a relative target" grep -Eq 'links.md:7:42: warning: link target has no scheme.*\[link-relative\]' "$T/links.err"
check "links: the web and mail targets are links, the others are not" \
    sh -c "'$IMPRINT' --dump-pages '$T/in/links.md' 2>/dev/null | grep '^ *link' | awk '{print \$6}' |
           tr '\n' ' ' | grep -qx 'https://www.state.gov/ mailto:a@example.org '"
check "links: the text of every link is kept" \
    sh -c "pdftotext '$T/w/out.pdf' - | tr '\n' ' ' | grep -q 'See one and two and three and four here'"

gen longlink.md "M + b'See [the page](https://example.org/' + b'a' * 100000 + b') here.\n'"
case_ "links: a target of 100,020 bytes" "longlink.md" 0 \
    'longlink.md:6:16: warning: link target is 100020 bytes long, more than 2000; the text is kept without the link \[link-too-long\]'
check "links: the long link's text is kept" \
    sh -c "pdftotext '$T/w/out.pdf' - | grep -q 'See the page here'"

# ---- every PDF written is valid PDF/A ---------------------------------------

set -- "$T"/pdf/*.pdf
check "every PDF written ($# files) is valid PDF/A" sh tests/validate.sh "$@"
