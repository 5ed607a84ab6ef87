#!/bin/bash
# t_roundtrip.sh -- import and typeset again: for the reference statement and
# 20 corpus statements, `imprint --import X.txt > X.md` then typesetting X.md
# gives the same text, metadata, participants and bookmarks as typesetting
# X.txt (the footer's fingerprint names the input file, so it differs).
# Without ../shared/ only the reference statement goes round.
. "$(dirname "$0")/lib.sh"

inputs=("$SEED")
if [ -d "$CORPUS" ]; then
    while read -r f; do inputs+=("$f"); done < <(ls "$CORPUS"/*.txt | awk 'NR % 100 == 50' | head -20)
else
    skip "round trips of 20 corpus statements" "$NO_CORPUS"
fi

# same_pdf A B: text without the fingerprint line, Info, outline titles.
same_pdf() {
    $PY - "$1" "$2" <<'PYEOF'
import re, subprocess, sys
import pikepdf

def text(p):
    # The fingerprint's width can move the footer in pdftotext's reading
    # order, so compare the lines as a multiset.
    t = subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True).stdout
    return sorted(re.sub(r"SHA-256 [0-9a-f]+", "SHA-256 -", t).splitlines())

def info(p):
    with pikepdf.open(p) as d:
        i = d.trailer.Info
        out = {k: str(i[k]) for k in ("/Title", "/Author", "/Subject", "/Keywords") if k in i}
        titles = []
        def walk(item, depth):
            while item is not None:
                titles.append((depth, str(item.Title)))
                walk(item.get("/First"), depth + 1)
                item = item.get("/Next")
        walk(d.Root.Outlines.get("/First") if "/Outlines" in d.Root else None, 0)
        return out, titles

a, b = sys.argv[1], sys.argv[2]
ok = True
if text(a) != text(b):
    print("extracted text differs"); ok = False
ia, ib = info(a), info(b)
if ia[0] != ib[0]:
    print("Info differs:", ia[0], ib[0]); ok = False
if ia[1] != ib[1]:
    print("outline differs:", ia[1], ib[1]); ok = False
sys.exit(0 if ok else 1)
PYEOF
}

# same_participants A.json B.json
same_participants() {
    $PY - "$1" "$2" <<'PYEOF'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
keys = ("title", "short_title", "kind", "office", "place", "date", "participants")
diff = [k for k in keys if a.get(k) != b.get(k)]
if diff:
    print("differs:", diff)
sys.exit(1 if diff else 0)
PYEOF
}

for f in "${inputs[@]}"; do
    n=$(basename "$f" .txt)
    "$IMPRINT" --import "$f" >"$T/$n.md" 2>/dev/null || { not_ok "$n: --import"; continue; }
    "$IMPRINT" -q -o "$T/$n.txt.pdf" "$f" && "$IMPRINT" -q -o "$T/$n.md.pdf" "$T/$n.md" ||
        { not_ok "$n: both forms typeset"; continue; }
    "$IMPRINT" --dump-json "$f" >"$T/$n.txt.json"
    "$IMPRINT" --dump-json "$T/$n.md" >"$T/$n.md.json"
    check "$n: text, metadata and bookmarks survive --import" same_pdf "$T/$n.txt.pdf" "$T/$n.md.pdf"
    check "$n: recognised fields and participants survive --import" same_participants "$T/$n.txt.json" "$T/$n.md.json"
done
if [ -d "$CORPUS" ]; then
    check_eq "round trips: the reference and 20 corpus statements" 21 "${#inputs[@]}"
fi

# The comparison can fail: a changed title is noticed.
sed 's/^title: .*/title: "Something else"/' "$T/tillerson-kelly-mexico-2017-02-23.md" >"$T/changed.md"
"$IMPRINT" -q -o "$T/changed.pdf" "$T/changed.md"
if same_pdf "$T/tillerson-kelly-mexico-2017-02-23.txt.pdf" "$T/changed.pdf" >/dev/null; then
    not_ok "the comparison notices a changed title"
else
    ok "the comparison notices a changed title"
fi
