#!/bin/bash
# run.sh -- the whole test suite: every unit test binary ($BUILD/tests/test_*,
# cmocka with TAP output) and every tests/t_*.sh script (TAP lines through
# tests/lib.sh).  Prints each result and ends with
# "N passed, N failed, N skipped".  Exit status 0 only when nothing failed.
#
# A check that needs the real statements of ../shared/ is skipped, with its
# reason, when that folder is absent (a plain clone).  When ../shared/ is
# present nothing may be skipped: any skip then counts as one more failure.
#
# Environment: IMPRINT (the binary, default ./imprint), BUILD (build folder,
# default build), ONLY (a pattern: run only tests whose file name matches),
# JOBS (how many test programs run at once, default: the processors).
set -u
export IMPRINT=${IMPRINT:-./imprint}
export BUILD=${BUILD:-build}
export LC_ALL=C.UTF-8
cd "$(dirname "$0")/.." || exit 2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
skipped=0
: >"$tmp/skips"

# tap OUT NAME: the TAP result lines of one program, each prefixed by [NAME].
# A result carrying a "# SKIP" directive is a skip, whether "ok" or "not ok"
# (cmocka 1.1 prints "not ok N # SKIP TEST"; its reason is the comment line
# "# SKIP: REASON" the test printed before, see tests/unit/shared.h), and is
# written "ok N - TEST # SKIP REASON".
tap() {
    awk -v name="$2" '
        /^# SKIP: / { why = substr($0, 9); next }
        /^(not )?ok .*# SKIP/ {
            line = $0
            if (line ~ /^not ok [0-9]+ # SKIP /) {
                n = line; sub(/^not ok /, "", n); sub(/ .*/, "", n)
                t = line; sub(/^not ok [0-9]+ # SKIP /, "", t)
                line = "ok " n " - " t " # SKIP " (why != "" ? why : "(no reason given)")
            }
            why = ""
            print "[" name "] " line
            next
        }
        /^(not )?ok / { why = ""; print "[" name "] " $0 }' "$1"
}

# count OUT NAME STATUS: tally one test program's output.
count() {
    local out=$1 name=$2 rc=$3 p f s
    tap "$out" "$name" >"$tmp/res"
    cat "$tmp/res"
    s=$(grep -c '^\[[^]]*\] ok .*# SKIP' "$tmp/res")
    p=$(grep '^\[[^]]*\] ok ' "$tmp/res" | grep -vc '# SKIP')
    f=$(grep -c '^\[[^]]*\] not ok ' "$tmp/res")
    grep '^\[[^]]*\] ok .*# SKIP' "$tmp/res" >>"$tmp/skips"
    if [ "$f" -gt 0 ]; then
        grep -vE '^(ok |not ok [0-9]+ # SKIP|# |1\.\.)' "$out" | head -40 | sed "s|^|    |"
    fi
    if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
        echo "[$name] not ok - exited with status $rc"
        tail -20 "$out" | sed "s|^|    |"
        f=1
    fi
    pass=$((pass + p))
    fail=$((fail + f))
    skipped=$((skipped + s))
}

# The programs to run, in the order their results are printed: every unit
# test binary, then every shell test.
progs=()
for t in "$BUILD"/tests/test_*; do
    [ -x "$t" ] || continue
    name=$(basename "$t")
    case $name in *.d|*.o) continue ;; esac
    [ -n "${ONLY:-}" ] && case $name in *$ONLY*) ;; *) continue ;; esac
    progs+=("$t")
done
for s in tests/t_*.sh; do
    [ -f "$s" ] || continue
    name=$(basename "$s" .sh)
    [ -n "${ONLY:-}" ] && case $name in *$ONLY*) ;; *) continue ;; esac
    progs+=("$s")
done

# start I: run program I in the background; its output goes to $tmp/I.out
# and its exit status, once it has ended, to $tmp/I.rc.
start() {
    local p=${progs[$1]}
    (
        case $p in
            *.sh) bash "$p" ;;
            *) CMOCKA_MESSAGE_OUTPUT=TAP "$p" ;;
        esac >"$tmp/$1.out" 2>&1
        echo $? >"$tmp/$1.rc.part" && mv "$tmp/$1.rc.part" "$tmp/$1.rc"
    ) &
}

# progname I: the name results of program I are printed under.
progname() {
    local n
    n=$(basename "${progs[$1]}")
    echo "${n%.sh}"
}

# JOBS programs run at a time (default: the machine's processors); results
# are printed in the order above as soon as each and those before it end.
jobs_max=${JOBS:-$(nproc 2>/dev/null || echo 1)}
[ "$jobs_max" -ge 1 ] 2>/dev/null || jobs_max=1
total=${#progs[@]}
launched=0
running=0
shown=0
while [ "$shown" -lt "$total" ]; do
    while [ "$launched" -lt "$total" ] && [ "$running" -lt "$jobs_max" ]; do
        start "$launched"
        launched=$((launched + 1))
        running=$((running + 1))
    done
    wait -n 2>/dev/null
    running=0
    for ((i = shown; i < launched; i++)); do
        [ -f "$tmp/$i.rc" ] || running=$((running + 1))
    done
    while [ "$shown" -lt "$launched" ] && [ -f "$tmp/$shown.rc" ]; do
        count "$tmp/$shown.out" "$(progname "$shown")" "$(cat "$tmp/$shown.rc")"
        shown=$((shown + 1))
    done
done

if [ "$skipped" -gt 0 ]; then
    echo "skipped:"
    sed 's/^/    /' "$tmp/skips"
    if [ -d ../shared ]; then
        echo "[run.sh] not ok - $skipped skipped although ../shared/ is present"
        fail=$((fail + 1))
    fi
fi
echo "$pass passed, $fail failed, $skipped skipped"
[ "$fail" -eq 0 ]
