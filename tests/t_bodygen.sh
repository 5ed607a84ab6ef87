#!/bin/bash
# t_bodygen.sh -- body bounds and site furniture on composed statements:
# tests/bodygen.py wraps invented statements in furniture of many families
# and orders (banners, menus, breadcrumbs, cookie and subscription notices
# before; share, tag, related, footer, last-updated and published lines
# after), with preface, caption and closing-mark variants, and checks the
# body's first and last paragraphs, that no furniture is in the title or
# body, and that every furniture line is listed as dropped.  Three seeds,
# each held to a floor; the scores are printed as TAP comments.  Needs
# nothing outside the checkout.
. "$(dirname "$0")/lib.sh"

FLOOR=${BODYGEN_FLOOR:-0.98}
for seed in 1 2 3; do
    "$PY" tests/bodygen.py --imprint "$IMPRINT" --cases 200 --seed "$seed" \
        --floor "$FLOOR" --show 10 >"$T/out.$seed" 2>&1
    rc=$?
    grep '^score' "$T/out.$seed" | sed 's/^/# seed '"$seed"': /'
    if [ "$rc" = 0 ]; then
        ok "composed statements, seed $seed: body bounds and furniture at or above $FLOOR"
    else
        not_ok "composed statements, seed $seed: body bounds and furniture at or above $FLOOR"
        sed 's/^/    /' "$T/out.$seed" | head -60
    fi
done
