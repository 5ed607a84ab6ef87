#!/bin/bash
# t_headergen.sh -- header recognition on invented layouts (tests/headergen.py):
# a few hundred statements composed from invented parts in the orders and
# forms copied web pages show (kind, office or person, place and date above
# or below the title, squeezed on one line, bracketed, run into the first
# paragraph, furniture around), read back with --dump-json.  Each header
# field must come out right in at least $FLOOR of the cases, and no
# furniture line may become the title or a body paragraph.  Needs nothing
# from ../shared/.
. "$(dirname "$0")/lib.sh"

FLOOR=0.97
if $PY tests/headergen.py --imprint "$IMPRINT" --floor "$FLOOR" >"$T/out" 2>&1; then
    ok "invented header layouts: every field right in at least $FLOOR of the cases"
else
    not_ok "invented header layouts: every field right in at least $FLOOR of the cases"
    grep -v '^miss' "$T/out" | sed 's/^/    /'
    grep '^miss' "$T/out" | head -20 | sed 's/^/    /'
fi
