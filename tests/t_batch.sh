#!/bin/bash
# t_batch.sh -- batch mode: -j N over many files and over a folder gives the
# same bytes as single runs, failures are per file, and GNU Parallel running
# single imprint processes gives the same outputs too.
. "$(dirname "$0")/lib.sh"

mkdir -p "$T/in"
cp "$SEED" "$T/in/"
if [ -d "$CORPUS" ]; then
    ls "$CORPUS"/*.txt | awk 'NR % 67 == 5' | head -30 | xargs -I{} cp {} "$T/in/"
else
    # Without the corpus the batch still has work for two workers.
    for i in 1 2 3 4 5; do cp "$SEED" "$T/in/seed-$i.txt"; done
    skip "batch over 30 corpus statements" "$NO_CORPUS"
fi
n=$(ls "$T/in" | wc -l)

check "batch of $n files with -j 2 into a folder" "$IMPRINT" -q -j 2 -o "$T/batch/" "$T"/in/*.txt
check_eq "batch wrote one PDF per input" "$n" "$(ls "$T/batch" | grep -c '\.pdf$')"
mkdir -p "$T/single"
for f in "$T"/in/*.txt; do "$IMPRINT" -q -o "$T/single/" "$f"; done
check "each batch output is byte-identical to its single run" diff -r "$T/single" "$T/batch"
check "a folder as input gives the same files" bash -c "'$IMPRINT' -q -j 2 -o '$T/folder/' '$T/in' && diff -r '$T/single' '$T/folder'"

# One bad file does not stop the batch; the status says something failed.
printf 'bad \xff\n' >"$T/in/zz-bad.txt"
"$IMPRINT" -j 2 -o "$T/mixed/" "$T"/in/*.txt 2>"$T/mixed.err"
rc=$?
check_eq "a batch with a bad file exits 1" 1 "$rc"
check_eq "the other files are still typeset" "$n" "$(ls "$T/mixed" | grep -c '\.pdf$')"
check "the bad file is named in its error" grep -q "zz-bad.txt:1:5: error: invalid UTF-8" "$T/mixed.err"
check "a summary line ends the batch" grep -Eq "note: $((n + 1)) files: $n typeset, 1 failed" "$T/mixed.err"
rm -f "$T/in/zz-bad.txt"

# Spreading over hosts relies on each output depending only on its input:
# GNU Parallel running single imprint processes must give the same files.
if command -v parallel >/dev/null; then
    check "GNU parallel -j 2 gives the same outputs as the batch" bash -c \
        "ls '$T'/in/*.txt | parallel -j 2 '$IMPRINT' -q -o '$T/par/' {} && diff -r '$T/batch' '$T/par'"
else
    not_ok "GNU parallel is installed (scripts/deps.sh test installs it)"
fi
