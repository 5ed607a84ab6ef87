#!/bin/bash
# t_recognition.sh -- the labelled recognition set of tests/recognition/:
# its labels are well formed and each lies in the part the split rule of
# its README gives it; the evaluation (make eval) runs over both parts and
# prints its scores.  A damaged label is caught.
. "$(dirname "$0")/lib.sh"

check "labels are well formed and split by the rule" \
    $PY tests/recogeval.py --check-labels

# A development label moved into the test part, and a label without
# participants, are caught.
mkdir -p "$T/tree/tests/recognition"
cp tests/recogeval.py "$T/tree/tests/"
$PY - tests/recognition "$T/tree/tests/recognition" <<'PY'
import json, sys
src, dst = sys.argv[1], sys.argv[2]
dev = json.load(open(f"{src}/dev.json", encoding="utf-8"))
test = json.load(open(f"{src}/test.json", encoding="utf-8"))
moved = dev.pop(0)
test = sorted(test + [moved], key=lambda l: l["id"])
del test[-1]["participants"]
json.dump(dev, open(f"{dst}/dev.json", "w", encoding="utf-8"))
json.dump(test, open(f"{dst}/test.json", "w", encoding="utf-8"))
print(moved["id"], test[-1]["id"])
PY
read -r moved last < <($PY -c 'import json;d=json.load(open("tests/recognition/dev.json"));t=json.load(open("tests/recognition/test.json"));print(d[0]["id"], sorted([l["id"] for l in t]+[d[0]["id"]])[-1])')
$PY "$T/tree/tests/recogeval.py" --check-labels >"$T/bad.out" 2>&1
check_eq "the damaged labels are refused" 1 $?
check "a development label in the test part is caught" \
    grep -q "test.json $moved: .* belongs to the other part" "$T/bad.out"
check "a label without participants is caught" \
    grep -q "test.json $last: member participants missing" "$T/bad.out"

# Delegations compare as countries, under any name the lexicon gives one.
check "a delegation under another of its country's names is the same side" \
    $PY -c 'import sys; sys.path.insert(0, "tests"); import recogeval as r
n = r.country_names()
assert r.same_side("South Korea", "Republic of Korea", n)
assert r.same_side("united states", "United States", n)
assert not r.same_side("North Korea", "South Korea", n)
assert not r.same_side(None, "Japan", n) and r.same_side(None, None, n)'

# A label's last words may run over the end of a paragraph into the last one;
# furniture after them still fails.
check "body_last across the last two paragraphs matches; furniture after it does not" \
    $PY -c 'import sys; sys.path.insert(0, "tests"); import recogeval as r
b = [{"text": "We met today."}, {"text": "It went well."}, {"text": "Long live the bond."}]
label = {"body_first": "We met", "body_last": "went well. Long live the bond."}
assert r.body_ok(label, {"blocks": b})
assert not r.body_ok(label, {"blocks": b + [{"text": "Share this page"}]})
assert not r.body_ok({"body_first": "We met", "body_last": "went badly. Long live the bond."}, {"blocks": b})'

# A labelled set of one's own (--labels): its statements are read from
# beside the label file, scored, and each miss printed.
mkdir -p "$T/own"
printf 'Readout of a Call\n\nOffice of the Spokesperson\n\nMarch 3, 2021\n\nThe Minister spoke today with Canadian Foreign Minister Jane Doe about trade.\n' >"$T/own/a.txt"
cat >"$T/own/labels.json" <<'JSON'
[{"id": "a", "file": "a.txt", "title": "Readout of a Call", "kind": "Readout",
  "office": "Office of the Spokesperson", "place": null, "date": "2021-03-04",
  "body_first": "The Minister spoke", "body_last": "about trade.", "multi_item": false,
  "participants": [{"delegation": "Canada", "title": "Foreign Minister", "name": "Jane Doe"}]}]
JSON
$PY tests/recogeval.py --imprint "$IMPRINT" --labels "$T/own/labels.json" >"$T/own.out" 2>&1
check_eq "--labels scores a set of one's own" 0 $?
check "--labels finds its participant and prints the wrong date as a miss" \
    sh -c "grep -q 'precision 1.000  recall 1.000' '$T/own.out' && grep -q \"miss a: date '2021-03-03', label '2021-03-04'\" '$T/own.out'"

if [ ! -d "$SHARED/corpus/web-copies" ]; then
    skip "make eval scores the development and test parts" \
        "../shared/corpus/ is absent (real statements kept beside the checkout)"
else
    $PY tests/recogeval.py --imprint "$IMPRINT" >"$T/eval" 2>&1
    check_eq "make eval exits 0" 0 $?
    check "make eval scores both parts" \
        grep -Eq '^test: [0-9]+ statements' "$T/eval"
    grep -E '^(development|test)|precision|^  (title|kind|office|place|date|body) ' \
        "$T/eval" | sed 's/^/# /'
    check "make eval shows no test-part miss" \
        sh -c "! sed -n '/^test:/,\$p' '$T/eval' | grep -q '^  miss'"
fi
