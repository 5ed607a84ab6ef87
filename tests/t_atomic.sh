#!/bin/bash
# t_atomic.sh -- output is replaced atomically: a failed run leaves the
# previous PDF and no temporary file; runs killed with SIGKILL at many points
# of a large batch (and of one very large statement) leave every previous
# PDF intact and at most recognisably named leftovers (.NAME.imprint-tmp-*),
# which the next run removes; an output path that is the input is refused.
. "$(dirname "$0")/lib.sh"

N=${ATOMIC_N:-400}

# leftovers DIR: temporary files in DIR, one a line.
leftovers() { find "$1" -name '.*' -type f; }
# strays DIR: files in DIR that are neither PDFs nor recognisable leftovers.
strays() { find "$1" -type f ! -name '*.pdf' ! -name '.*.pdf.imprint-tmp-*'; }

# --- a failed run ------------------------------------------------------
mkdir -p "$T/one"
"$IMPRINT" -q -o "$T/one/s.pdf" "$SEED"
cp "$T/one/s.pdf" "$T/prev.pdf"
# A data folder whose ICC profile is missing: the write stage fails.
mkdir -p "$T/data/fonts"
cp -r "$ROOT/layouts" "$T/data/"
cp "$ROOT"/fonts/*.ttf "$ROOT"/fonts/fonts.conf "$T/data/fonts/"
IMPRINT_DATADIR=$T/data "$IMPRINT" -q -o "$T/one/s.pdf" "$SEED" 2>"$T/fail.err"
rc=$?
check_eq "a run failing in the write stage exits 3" 3 "$rc"
check "its message names the profile [icc-profile]" grep -q 'sRGB.icc \[icc-profile\]' "$T/fail.err"
check "the failed run left the previous PDF intact" cmp "$T/prev.pdf" "$T/one/s.pdf"
check_eq "the failed run left no temporary file" "" "$(leftovers "$T/one")"
printf 'bad \xff\n' >"$T/bad.txt"
"$IMPRINT" -q -o "$T/one/s.pdf" "$T/bad.txt" 2>/dev/null
check "a run on bad input left the previous PDF intact" cmp "$T/prev.pdf" "$T/one/s.pdf"

# --- output is the input -----------------------------------------------
cp "$SEED" "$T/self.txt"
check_run "an output path that is the input file is refused" 2 \
    'self.txt: error: output path is the input file \[output-is-input\]' \
    "$IMPRINT" -o "$T/self.txt" "$T/self.txt"
check "the input file is unchanged" cmp "$SEED" "$T/self.txt"
ln -s self.txt "$T/link.txt"
check_run "an output path that is a link to the input is refused" 2 '\[output-is-input\]' \
    "$IMPRINT" -o "$T/link.txt" "$T/self.txt"

# --- SIGKILL during a large batch --------------------------------------
mkdir -p "$T/in"
if [ -d "$CORPUS" ]; then
    find "$CORPUS" -name '*.txt' | sort | head -n "$N" | xargs -I{} cp {} "$T/in/"
else
    for i in $(seq 1 "$N"); do cp "$SEED" "$T/in/s$i.txt"; done
fi
n=$(ls "$T/in" | wc -l)
"$IMPRINT" -q -j 2 -o "$T/out/" "$T/in" 2>/dev/null
(cd "$T/out" && sha256sum -- *.pdf) >"$T/sums"
have=$(wc -l <"$T/sums")
check "a first complete run over $n statements wrote PDFs ($have)" test "$have" -gt 0
bad=0 left=0
for delay in 0.05 0.2 0.4 0.7 1.0 1.5 2.0 3.0; do
    "$IMPRINT" -q -j 2 -o "$T/out/" "$T/in" 2>/dev/null &
    pid=$!
    sleep "$delay"
    kill -KILL "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    if ! (cd "$T/out" && sha256sum --quiet -c "$T/sums") >"$T/.sum" 2>&1; then
        bad=$((bad + 1))
        sed 's/^/    /' "$T/.sum" | head -5
    fi
    left=$((left + $(leftovers "$T/out" | wc -l)))
    s=$(strays "$T/out")
    [ -z "$s" ] || { bad=$((bad + 1)); echo "    stray: $s"; }
done
check_eq "after 8 SIGKILLs every previous PDF is intact and nothing unrecognised is left" 0 "$bad"
echo "# recognisable leftovers seen after the kills: $left"
# Plant a leftover of a dead process too, so removal is always exercised.
first=$(ls "$T/out" | grep '\.pdf$' | head -1)
: >"$T/out/.$first.imprint-tmp-999999999"
: >"$T/out/.$first.imprint-tmp-Ab12Cd"
check "a complete rerun succeeds" "$IMPRINT" -q -j 2 -o "$T/out/" "$T/in"
check_eq "the rerun removed every leftover" "" "$(leftovers "$T/out")"
check "the rerun's PDFs equal the first run's" sh -c "cd '$T/out' && sha256sum --quiet -c '$T/sums'"

# --- SIGKILL while one very large statement is written -----------------
"$PY" -c "
import sys
h = 'Large Statement\nFebruary 23, 2017\n\nPress Statement\n\nWashington, DC\nFebruary 23, 2017\n\n'
p = ('The delegations discussed cooperation on security, trade and migration. ' * 12) + '\n\n'
sys.stdout.write(h + p * 2500)" >"$T/large.txt"
mkdir -p "$T/big"
"$IMPRINT" -q -o "$T/big/large.pdf" "$T/large.txt"
cp "$T/big/large.pdf" "$T/large-prev.pdf"
start=$(date +%s.%N)
"$IMPRINT" -q -o "$T/big/large.pdf" "$T/large.txt"
full=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.3f", b - a }')
bad=0
for frac in 0.2 0.5 0.7 0.8 0.9 0.95 0.98; do
    "$IMPRINT" -q -o "$T/big/large.pdf" "$T/large.txt" &
    pid=$!
    sleep "$(awk -v a="$full" -v f="$frac" 'BEGIN { printf "%.3f", a * f }')"
    kill -KILL "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    cmp -s "$T/large-prev.pdf" "$T/big/large.pdf" || bad=$((bad + 1))
    [ -z "$(strays "$T/big")" ] || bad=$((bad + 1))
done
check_eq "SIGKILL at 7 points of a ${full}s large run leaves the previous PDF intact" 0 "$bad"
check "the next large run succeeds" "$IMPRINT" -q -o "$T/big/large.pdf" "$T/large.txt"
check_eq "and leaves no leftover" "" "$(leftovers "$T/big")"
