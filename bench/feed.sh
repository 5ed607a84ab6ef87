#!/bin/bash
# feed.sh -- reading and typesetting the 50 items of ../shared/feeds/ against
# typesetting the same 50 statements from their copied text (matched by
# title and date with tests/feedcompare.py --list), each as one imprint
# process into a scratch folder.  Prints the median wall time of each over
# FEED_RUNS runs and their ratio (the feed issue bounds it below 2).
#
# Usage:  sh bench/feed.sh   (bench/bench.sh runs it at its end)
# Environment: FEED_RUNS=N (default 7), FEED_JOBS=N (imprint -j, default 1),
#   IMPRINT=PATH (default ./imprint).
set -u
if [ -z "${BASH_VERSION:-}" ]; then exec bash "$0" "$@"; fi
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT" || exit 2
IMPRINT=${IMPRINT:-./imprint}
RUNS=${FEED_RUNS:-7}
JOBS=${FEED_JOBS:-1}
FEEDS=$ROOT/../shared/feeds
CORPUS=$ROOT/../shared/corpus/state-feed-2021-2022
if [ ! -d "$FEEDS" ] || [ ! -d "$CORPUS" ]; then
    echo "feeds: skipped (../shared/feeds/ or the corpus is absent)"
    exit 0
fi
S=$(mktemp -d)
trap 'rm -rf "$S"' EXIT
/usr/bin/python3 tests/feedcompare.py --list "$IMPRINT" "$CORPUS" "$FEEDS"/*.rss >"$S/texts" || {
    echo "feeds: some item has no copied text"; exit 1; }
mapfile -t texts <"$S/texts"
now() { date +%s.%N; }
for i in $(seq 1 "$RUNS"); do
    rm -rf "$S/f" "$S/t"
    a=$(now); "$IMPRINT" -q -j "$JOBS" -o "$S/f/" "$FEEDS"/*.rss
    b=$(now); "$IMPRINT" -q -j "$JOBS" -o "$S/t/" "${texts[@]}"
    c=$(now)
    echo "$a $b $c" | awk '{ printf "%.4f %.4f\n", $2 - $1, $3 - $2 }' >>"$S/times"
done
med() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
f=$(cut -d' ' -f1 "$S/times" | med)
t=$(cut -d' ' -f2 "$S/times" | med)
echo "feeds: ${#texts[@]} items, -j $JOBS, median of $RUNS runs: from the feeds $f s, from copied text $t s," \
    "ratio $(awk -v f="$f" -v t="$t" 'BEGIN { printf "%.2f", f / t }') (bound: 2)"
