#!/bin/bash
# t_regress.sh -- every input in tests/regress/ (inputs that once crashed or
# hung imprint) ends cleanly: exit status 0-3, no signal, no sanitizer
# report, within 10 seconds.  .yaml files are given as the layout.
. "$(dirname "$0")/lib.sh"

n=0
for f in "$ROOT"/tests/regress/*; do
    case $f in */README.md) continue ;; *.txt|*.md) args=("$f") ;; *.yaml) args=(-l "$f" "$SEED") ;; *) continue ;; esac
    n=$((n + 1))
    timeout 10 "$IMPRINT" -o "$T/out.pdf" "${args[@]}" >"$T/.out" 2>"$T/.err"
    rc=$?
    name=$(basename "$f")
    if [ "$rc" -le 3 ] && ! grep -qE 'Sanitizer|runtime error:' "$T/.err"; then
        ok "regress/$name ends cleanly (status $rc)"
    else
        not_ok "regress/$name ends cleanly (status $rc)"
        head -10 "$T/.err" | sed 's/^/    /'
    fi
done
check "tests/regress has inputs" test "$n" -gt 0

# Glued lines are joined in order (the joining was quadratic before).
"$IMPRINT" --dump-json "$ROOT/tests/regress/glued-lines.txt" >"$T/g.json" 2>/dev/null
check "glued lines join their paragraph in order" \
    grep -q '"First paragraph. and a glued line and another glued line"' "$T/g.json"
check "a line glued after a list item stays a paragraph of its own" \
    grep -q '"and glued to a list item"' "$T/g.json"

# A complex key ("? ...") in the YAML header made the header parser read
# values out of step and loop for ever past the end of the stream.
check_run "a complex YAML key in the header is one clear error" 1 \
    'yaml-complex-key-hang.md:10:5: error: unknown header key .*\[header-key-unknown\]' \
    timeout 10 "$IMPRINT" --dump-json "$ROOT/tests/regress/yaml-complex-key-hang.md"
printf -- '---\ntitle: T\ndate: 2021-01-01\nparticipants:\n  - ? [a, b]\n    : x\n    name: N\n---\n\nBody.\n' >"$T/pkey.md"
check_run "a complex key in a participant is one clear error" 1 \
    'pkey.md:5:7: error: unknown participant key .*\[participant-key-unknown\]' \
    timeout 10 "$IMPRINT" --dump-json "$T/pkey.md"
