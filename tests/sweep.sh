#!/bin/sh
# sweep.sh -- typeset every statement of ../shared/corpus (make sweep) and
# report what succeeded, what warned (per message identifier), any word
# of an input missing from its PDF's text and every participant's name,
# country or acronym hyphenated at a line end (tests/sweepcheck.py).
#
# Environment: IMPRINT (the binary, default ./imprint), CORPUS (the folder,
# default ../shared/corpus/state-feed-2021-2022), JOBS (workers, default 2),
# KEEP (a folder to keep the PDFs, texts and messages in; default a scratch
# folder removed on exit).
# Exit status: 0 when every file was typeset and no word is missing (or the
# corpus is absent), 1 otherwise.
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT" || exit 2
IMPRINT=${IMPRINT:-./imprint}
case $IMPRINT in /*) ;; *) IMPRINT=$ROOT/${IMPRINT#./} ;; esac
CORPUS=${CORPUS:-$ROOT/../shared/corpus/state-feed-2021-2022}
JOBS=${JOBS:-2}
PY=/usr/bin/python3
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1487808000}
export LC_ALL=C.UTF-8

if [ ! -d "$CORPUS" ]; then
    echo "sweep: no corpus at $CORPUS; nothing to do"
    exit 0
fi
for tool in pdftotext "$PY"; do
    command -v "$tool" >/dev/null || { echo "sweep: $tool is missing (make deps-test)"; exit 1; }
done
if [ -n "${KEEP:-}" ]; then
    W=$KEEP
    rm -rf "$W/pdf" "$W/txt"
    mkdir -p "$W"
else
    W=$(mktemp -d)
    trap 'rm -rf "$W"' EXIT
fi
mkdir -p "$W/pdf" "$W/txt"
start=$(date +%s)

ls "$CORPUS"/*.txt >"$W/inputs"
total=$(wc -l <"$W/inputs")

# 1. typeset, all files in one batch run (the file names fit in ARG_MAX)
"$IMPRINT" -j "$JOBS" -o "$W/pdf/" "$CORPUS"/*.txt 2>"$W/messages"
rc=$?
t_typeset=$(($(date +%s) - start))
if [ "$rc" -gt 1 ]; then
    echo "sweep: $IMPRINT exited with status $rc:"
    grep -v '\[wrote\]' "$W/messages" | head -20
fi

# Per file: typeset = its PDF exists and no error names it.
grep -E '^imprint: [^ ]+\.txt(:[0-9]+)*: error: ' "$W/messages" |
    sed -E 's/^imprint: ([^ ]+\.txt)(:[0-9]+)*: error: .*/\1/' | sort -u >"$W/errored"
grep -E '^imprint: [^ ]+\.txt(:[0-9]+)*: warning: ' "$W/messages" >"$W/warnings"
while IFS= read -r f; do
    b=$(basename "$f" .txt)
    if [ ! -s "$W/pdf/$b.pdf" ] || grep -qxF "$f" "$W/errored"; then
        echo "$f"
    fi
done <"$W/inputs" >"$W/failed"
nfailed=$(wc -l <"$W/failed")
ok=$((total - nfailed))
warned=$(sed -E 's/^imprint: ([^ ]+\.txt):.*/\1/' "$W/warnings" | sort -u | wc -l)

# 2. the text of every PDF, two at a time
ls "$W/pdf" | grep '\.pdf$' | sed 's/\.pdf$//' |
    xargs -d '\n' -P "$JOBS" -I{} pdftotext -enc UTF-8 "$W/pdf/{}.pdf" "$W/txt/{}.txt"

# 3. every word of every input in its PDF's text
while IFS= read -r f; do
    b=$(basename "$f" .txt)
    printf '%s\t%s\t%s\n' "$f" "$W/txt/$b.txt" "$W/pdf/$b.pdf"
done <"$W/inputs" >"$W/list"
IMPRINT=$IMPRINT "$PY" tests/sweepcheck.py "$W/list" "$JOBS" >"$W/check"
crc=$?
total_line=$(grep '^TOTAL ' "$W/check")
missing=$(echo "$total_line" | awk '{print $5}')
mfiles=$(echo "$total_line" | awk '{print $7}')
hyph=$(echo "$total_line" | awk '{print $10}')
hfiles=$(echo "$total_line" | awk '{print $12}')
names=$(echo "$total_line" | awk '{print $15}')
nfiles_hy=$(echo "$total_line" | awk '{print $17}')
[ -n "$missing" ] || { echo "sweep: the text check failed:"; tail -5 "$W/check"; missing=?; crc=1; }

echo "== sweep of $CORPUS"
if [ "$nfailed" -gt 0 ]; then
    echo "-- not typeset ($nfailed):"
    while IFS= read -r f; do
        echo "  $(basename "$f")"
        grep -F "$f:" "$W/messages" | grep ': error: ' | head -2 | sed 's/^/      /'
    done <"$W/failed"
fi
if [ "$warned" -gt 0 ]; then
    echo "-- warnings by message:"
    sed -E 's/.*\[([^]]+)\]$/\1/' "$W/warnings" | sort | uniq -c | sort -rn | sed 's/^/  /'
fi
grep -E ': note: ' "$W/messages" | sed -E 's/.*\[([^]]+)\]$/\1/' | grep -vxE 'wrote|summary' |
    sort | uniq -c | sort -rn >"$W/notes"
if [ -s "$W/notes" ]; then
    echo "-- notes by message (not counted as warnings):"
    sed 's/^/  /' "$W/notes"
fi
grep -E ': note: .*\[summary\]$' "$W/messages" | sed 's/^imprint: note: /-- imprint: /'
if grep -q '^MISSING' "$W/check"; then
    echo "-- files with missing words (count, first words):"
    grep '^MISSING' "$W/check" | awk -F'\t' '{ n = split($2, p, "/"); printf "  %s (%s): %s\n", p[n], $3, substr($4, 1, 200) }'
fi
if grep -q '^NOTEXT' "$W/check"; then
    echo "-- no PDF text for: $(grep -c '^NOTEXT' "$W/check") files"
fi
if grep -q '^HYPHEN' "$W/check"; then
    echo "-- explicit hyphens dropped by pdftotext at a line end (U.S.- + Mexico -> U.S.Mexico; not missing):"
    echo "   $hyph words in $hfiles files, e.g.:"
    grep '^HYPHEN' "$W/check" | head -5 | awk -F'\t' '{ n = split($2, p, "/"); printf "  %s: %s\n", p[n], $4 }'
fi
if grep -q '^NAMEHY' "$W/check"; then
    echo "-- names, countries and acronyms hyphenated at a line end:"
    grep '^NAMEHY' "$W/check" | head -20 | awk -F'\t' '{ n = split($2, p, "/"); printf "  %s: %s\n", p[n], $4 }'
fi
echo "typeset $ok of $total, warned $warned, missing words $missing (in $mfiles files)," \
    "hyphen-lost $hyph (in $hfiles files), names hyphenated $names (in $nfiles_hy files)," \
    "$(($(date +%s) - start)) s (typesetting ${t_typeset} s)"
[ "$ok" -eq "$total" ] && [ "$crc" -eq 0 ]
