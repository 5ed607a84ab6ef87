#!/bin/bash
# t_recognition.sh -- the labelled recognition set of tests/recognition/:
# its labels are well formed and each lies in the part the split rule of
# its README gives it; the evaluation (make eval) runs over both parts and
# prints its scores.  A damaged label is caught.
. "$(dirname "$0")/lib.sh"

check "labels are well formed and split by the rule" \
    $PY tests/recogeval.py --check-labels

# A label moved to the wrong part, and one without participants, are caught.
mkdir -p "$T/rec/dev" "$T/rec/test"
cp -r tests/recognition/dev tests/recognition/test "$T/rec/"
first=$(ls tests/recognition/dev | head -1)
mv "$T/rec/dev/$first" "$T/rec/test/$first"
$PY - "$T/rec/test/$first" <<'PY'
import json, sys
p = sys.argv[1]
d = json.load(open(p, encoding="utf-8"))
del d["participants"]
json.dump(d, open(p, "w", encoding="utf-8"))
PY
mkdir -p "$T/tree/tests"
cp tests/recogeval.py "$T/tree/tests/"
cp -r "$T/rec" "$T/tree/tests/recognition"
$PY "$T/tree/tests/recogeval.py" --check-labels >"$T/bad.out" 2>&1
check_eq "a label without participants is refused" 1 \
    "$(grep -c "test/${first%.json}.json: member participants missing" "$T/bad.out")"

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
