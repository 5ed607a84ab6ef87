#!/bin/bash
# t_partgen.sh -- participant recognition on invented statements composed by
# tests/partgen.py from the grammar families of real copies (mentions,
# verbs and frames, bylines, lists, signatory lines, and negative cases
# that must give no row): precision, recall and delegation stay above
# their floors.  Needs no ../shared/.
. "$(dirname "$0")/lib.sh"

# the floors the recogniser reaches (precision first)
FLOORS=${PARTGEN_FLOORS:-0.98,0.97,0.97}
if $PY tests/partgen.py --imprint "$IMPRINT" --quiet --assert "$FLOORS" >"$T/scores" 2>&1; then
    ok "generated participant statements: floors $FLOORS ($(tail -1 "$T/scores" | sed 's/  */ /g'))"
else
    not_ok "generated participant statements: floors $FLOORS"
    sed 's/^/    /' "$T/scores" | tail -20
fi
# a second seed: the floors hold for statements not tuned on
if $PY tests/partgen.py --imprint "$IMPRINT" --seed 7 --quiet --assert "$FLOORS" >"$T/scores2" 2>&1; then
    ok "generated participant statements, second seed"
else
    not_ok "generated participant statements, second seed"
    sed 's/^/    /' "$T/scores2" | tail -20
fi
