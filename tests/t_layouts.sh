#!/bin/bash
# t_layouts.sh -- every shipped layout typesets the reference statement into
# valid PDF/A-1b on the right paper; duplex mirrors the margins and puts page
# numbers on the outer edge; large print is large; a user's own layout file
# works; --list-layouts lists them all.
. "$(dirname "$0")/lib.sh"

for l in letter a4 letter-duplex large-print; do
    out=$T/$l.pdf
    if "$IMPRINT" -q -l $l -o "$out" "$SEED"; then
        check "layout $l: valid PDF/A-1b" sh tests/validate.sh "$out"
        # -layout keeps a hyphen that ends a line as printed (the default
        # mode joins the line and drops it, explicit hyphen or not).
        pdftotext -layout "$out" "$T/$l.txt"
        check "layout $l: every body word in the text" $PY tests/textcheck.py --from-line 15 "$SEED" "$T/$l.txt"
    else
        not_ok "layout $l typesets the reference statement"
    fi
done
size() { pdfinfo "$1" | sed -n 's/^Page size: *//p'; }
check_eq "letter pages are US Letter" "612 x 792 pts (letter)" "$(size "$T/letter.pdf")"
check_eq "a4 pages are A4" "595.28 x 841.89 pts (A4)" "$(size "$T/a4.pdf")"
check_eq "letter-duplex pages are US Letter" "612 x 792 pts (letter)" "$(size "$T/letter-duplex.pdf")"
check_eq "large-print pages are US Letter" "612 x 792 pts (letter)" "$(size "$T/large-print.pdf")"

# Large print: body type of at least 16 pt.
"$IMPRINT" -l large-print --dump-pages "$SEED" >"$T/lp.pages"
"$IMPRINT" -l letter --dump-pages "$SEED" >"$T/lt.pages"
check "large print sets fewer words per line than letter" bash -c \
    "[ \$(grep -c ' body ' '$T/lp.pages') -ge \$(( \$(grep -c ' body ' '$T/lt.pages') * 5 / 4 )) ]"
check "large print has more pages than letter" bash -c \
    "[ \$(grep -c '^page ' '$T/lp.pages') -gt \$(grep -c '^page ' '$T/lt.pages') ]"

# Duplex: on even pages the text block moves (mirrored margins) and the page
# number sits on the outer edge.
"$IMPRINT" -l letter-duplex --dump-pages "$SEED" >"$T/dx.pages"
check "duplex: text starts further left on even pages than on odd ones" $PY - "$T/dx.pages" <<'PYEOF'
import re, sys
page, xs = 0, {}
for line in open(sys.argv[1]):
    if line.startswith("page "):
        page += 1
        continue
    m = re.match(r"\s+([0-9.]+)\s+[0-9.]+\s+w=.*\s(body|title|heading|table|table-head)\s", line)
    if m:
        xs.setdefault(page % 2, set()).add(float(m.group(1)))
odd, even = min(xs.get(1, {0})), min(xs.get(0, {1e9}))
print("odd pages text x=%s, even pages text x=%s" % (odd, even))
assert 0 in xs, "only one page"
assert even < odd, "margins are not mirrored"
PYEOF
check "duplex: page number on the outer edge (right on odd, left on even)" $PY - "$T/dx.pages" <<'PYEOF'
import re, sys
page, pos = 0, {}
for line in open(sys.argv[1]):
    if line.startswith("page "):
        page += 1
        continue
    m = re.match(r"\s+([0-9.]+)\s+[0-9.]+\s+w=\s*([0-9.]+).*\|Page \d+ of \d+\|", line)
    if m:
        pos[page] = (float(m.group(1)), float(m.group(1)) + float(m.group(2)))
print(pos)
assert pos[1][1] > 500 and pos[2][0] < 110, pos
PYEOF

# A user's own layout file, and its errors.
printf 'name: mine\ndescription: test\npage: {size: a4}\nmargins: {inner: 30mm, outer: 30mm}\n' >"$T/mine.yaml"
check "a user's layout file by path" bash -c "'$IMPRINT' -q -l '$T/mine.yaml' -o '$T/mine.pdf' '$SEED' && pdfinfo '$T/mine.pdf' | grep -q 'A4'"
printf 'name: bad\nmargins: {inner: 3 furlongs}\n' >"$T/bad.yaml"
check_run "a bad length in a layout file: file:line:col, status 3" 3 "^imprint: $T/bad.yaml:2:[0-9]+: error: " \
    "$IMPRINT" -l "$T/bad.yaml" -o "$T/bad.pdf" "$SEED"
printf 'name: bad\ncolour: red\n' >"$T/unknown.yaml"
check_run "an unknown key in a layout file: file:line:col, status 3" 3 "^imprint: $T/unknown.yaml:2:1: error: .*colour" \
    "$IMPRINT" -l "$T/unknown.yaml" -o "$T/bad.pdf" "$SEED"
check "--list-layouts lists the four layouts with a description" bash -c \
    "out=\$('$IMPRINT' --list-layouts); for l in letter a4 letter-duplex large-print; do grep -Eq \"^\$l +[A-Z]\" <<<\"\$out\" || { echo \"\$out\"; exit 1; }; done"

# The official-copy footer: page N of M and the copy line with a fingerprint.
check "footer names the kind, the date and the input's SHA-256" bash -c \
    "pdftotext '$T/letter.pdf' - | grep -Eq \"Media Note · 2017-02-23 · SHA-256 \$(sha256sum '$SEED' | cut -c1-16)\""
check "footer: Page N of M on every page" bash -c \
    "n=\$(pdfinfo '$T/letter.pdf' | sed -n 's/^Pages: *//p'); for p in \$(seq 1 \$n); do pdftotext -f \$p -l \$p '$T/letter.pdf' - | grep -q \"Page \$p of \$n\" || exit 1; done"
