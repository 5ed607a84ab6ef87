#!/bin/bash
# t_pathological.sh -- hostile inputs finish in bounded time and memory with
# a clear result: each case checks the exit status and the message, and
# that the run took at most MAX_S seconds of processor time (user + system,
# so that a busy machine does not make a bounded run look unbounded) and
# MAX_KB of memory.  Inputs are
# generated here.  The measurements are printed as TAP comments:
#   # NAME  status S  processor time T s  peak K KB
. "$(dirname "$0")/lib.sh"

MAX_S=${MAX_S:-10}        # seconds (a few on an idle machine)
MAX_KB=${MAX_KB:-1048576} # 1 GiB
# A sanitizer build is several times slower and larger.
case $IMPRINT in *-asan) MAX_S=$((MAX_S * 8)); MAX_KB=$((MAX_KB * 4)) ;; esac
HEAD='Test Statement
February 23, 2017

Press Statement
Office of the Spokesperson

Washington, DC
February 23, 2017

'
MDHEAD='---
title: Test
date: 2021-01-01
---

'

gen() { # gen FILE PYTHON-EXPRESSION-GIVING-BYTES
    H="$HEAD" M="$MDHEAD" "$PY" -c "import os,sys; H=os.environ['H'].encode(); M=os.environ['M'].encode(); sys.stdout.buffer.write($2)" >"$T/$1"
}

# case NAME FILE STATUS PATTERN [OPTIONS...]: run imprint on FILE.
case_() {
    local name=$1 file=$2 want=$3 pat=$4 rc e s kb
    shift 4
    /usr/bin/time -f '%U %S %M' -o "$T/.time" "$IMPRINT" "$@" -o "$T/out.pdf" \
        "$T/$file" >"$T/.out" 2>"$T/.err"
    rc=$?
    s=$(tail -n 1 "$T/.time" | awk '{ printf "%.2f", $1 + $2 }')
    kb=$(tail -n 1 "$T/.time" | cut -d' ' -f3)
    echo "# $name  status $rc  processor time $s s  peak $kb KB"
    e=$(cut -c1-300 "$T/.err" | head -3)
    if [ "$rc" -eq "$want" ] && grep -Eq -- "$pat" "$T/.err"; then
        ok "$name: status $rc, message /$pat/"
    else
        not_ok "$name: status $rc (want $want), message /$pat/"
        echo "$e" | sed 's/^/    /'
    fi
    if awk -v s="$s" -v m="$MAX_S" -v k="$kb" -v mk="$MAX_KB" \
        'BEGIN { exit !(s + 0 <= m + 0 && k + 0 <= mk + 0) }'; then
        ok "$name: bounded ($s s, $kb KB)"
    else
        not_ok "$name: bounded ($s s > $MAX_S s or $kb KB > $MAX_KB KB)"
    fi
}

gen nospace.txt "H + b'a' * (1 << 20) + b'\n'"
case_ "1 MB paragraph without spaces" nospace.txt 0 '\[word-too-wide\]'

gen blank.txt "H + b'First paragraph here.\n' + b'\n' * 200000 + b'Last paragraph.\n'"
case_ "200,000 blank lines" blank.txt 0 '\[wrote\]'

gen big.txt "H + ((b'The delegations discussed cooperation on security, trade and migration. ' * 12) + b'\n\n') * 11500"
case_ "10 MB statement" big.txt 1 'at most 1000 are allowed \[too-many-pages\]'

gen glued.txt "H + b'First paragraph.\n' + b'and more words follow on this glued line\n' * 60000"
case_ "60,000 lines glued into one paragraph" glued.txt 0 '\[wrote\]'

gen parts.md "b'---\ntitle: Many\ndate: 2021-01-01\nparticipants:\n' + b''.join(b'  - name: Person %d\n    title: Minister\n    delegation: Country\n' % i for i in range(10000)) + b'---\n\nBody text.\n'"
case_ "10,000 participants" parts.md 1 ':1505:5: error: more than 500 participants \[participants-too-many\]'

gen nest.md "M + b''.join(b'  ' * i + b'- item %d\n' % i for i in range(1000))"
case_ "lists nested 1,000 deep" nest.md 0 'nested 11 deep; deeper levels are set at depth 10 \[nesting-too-deep\]'

gen quote.md "M + b'> ' * 1000 + b'deep quote\n'"
case_ "quotes nested 1,000 deep" quote.md 0 'deeper levels are set at depth 10 \[nesting-too-deep\]'

gen title.txt "(b'Word ' * 20000).strip() + b'\nFebruary 23, 2017\n\nBody text here.\n'"
case_ "title of 100,000 characters" title.txt 0 'the title is 99999 bytes long.*\[metadata-cut\]'

gen controls.txt "H + b'Text with \x01\x02\x07\x08\x0b\x0c\x1b[31m controls\x7f and \xc2\x85 C1.\n'"
case_ "control characters" controls.txt 0 '\[wrote\]'
check "control characters: words kept, controls dropped" \
    sh -c "pdftotext '$T/out.pdf' - | grep -q 'Text with \[31m controls and C1\.'"

gen cesu.txt "H + b'Lone surrogate \xed\xa0\x80 here.\n'"
case_ "lone surrogate (WTF-8)" cesu.txt 1 'cesu.txt:10:16: error: invalid UTF-8 \(byte 0xED\) \[utf8-invalid\]'

gen cesupair.txt "H + b'Pair \xed\xa0\xbd\xed\xb8\x80 here.\n'"
case_ "surrogate pair (CESU-8)" cesupair.txt 1 'cesupair.txt:10:6: error: invalid UTF-8 \(byte 0xED\) \[utf8-invalid\]'

gen overlong.txt "H + b'Overlong \xc0\xaf here.\n'"
case_ "overlong 2-byte encoding" overlong.txt 1 'overlong.txt:10:10: error: invalid UTF-8 \(byte 0xC0\) \[utf8-invalid\]'

gen overlong3.txt "H + b'Overlong \xe0\x80\xaf and \xf0\x80\x80\xaf here.\n'"
case_ "overlong 3-byte encoding" overlong3.txt 1 'overlong3.txt:10:10: error: invalid UTF-8 \(byte 0xE0\) \[utf8-invalid\]'

gen beyond.txt "H + b'Past U+10FFFF \xf4\x90\x80\x80 here.\n'"
case_ "code point past U+10FFFF" beyond.txt 1 'beyond.txt:10:15: error: invalid UTF-8 \(byte 0xF4\) \[utf8-invalid\]'

gen astral.txt "H + 'Emoji \U0001F600 math \U0001D400 CJK \U00020000 here.\n'.encode()"
case_ "characters outside the BMP" astral.txt 0 "no font has a glyph for U\+20000 .*\[no-glyph\]"
check "characters outside the BMP: set or reported, PDF written" test -s "$T/out.pdf"

gen huge.txt "H + (b'word ' * 20 + b'\n\n') * 170000"
case_ "input over the 16 MiB limit" huge.txt 1 'larger than 16777216 bytes .*\[input-too-large\]'
