# lib.sh -- helpers for the shell tests (tests/t_*.sh).  Each check prints one
# TAP line, "ok - WHAT" or "not ok - WHAT" followed by the evidence, or
# "ok - WHAT # SKIP REASON" for a check that cannot run here.
# Source it first; $IMPRINT is the binary under test, $T a scratch folder
# removed on exit, $ROOT the project, $SHARED ../shared (real statements kept
# beside the checkout, never in it: may be absent), $CORPUS its statements.
set -u
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT" || exit 2
IMPRINT=${IMPRINT:-./imprint}
case $IMPRINT in /*) ;; *) IMPRINT=$ROOT/${IMPRINT#./} ;; esac
SHARED=$ROOT/../shared
CORPUS=$SHARED/corpus/state-feed-2021-2022
NO_CORPUS="../shared/corpus/state-feed-2021-2022/ is absent (real statements kept beside the checkout)"
SEED=$ROOT/examples/tillerson-kelly-mexico-2017-02-23.txt
PY=/usr/bin/python3
# the test scripts import each other (recogeval, feedcompare): no __pycache__
# is written into the checkout
export PYTHONDONTWRITEBYTECODE=1
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1487808000}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

ok() { echo "ok - $*"; }
not_ok() { echo "not ok - $*"; }

# skip WHAT REASON: a check that cannot run here (tests/run.sh counts it as
# skipped, and as failed when ../shared/ is present).
skip() { echo "ok - $1 # SKIP $2"; }

# check WHAT CMD...: passes when CMD exits 0; shows its output otherwise.
check() {
    local what=$1
    shift
    if "$@" >"$T/.check" 2>&1; then
        ok "$what"
    else
        not_ok "$what"
        sed 's/^/    /' "$T/.check" | head -30
    fi
}

# check_eq WHAT EXPECTED ACTUAL
check_eq() {
    if [ "$2" = "$3" ]; then
        ok "$1"
    else
        not_ok "$1"
        echo "    expected: $2"
        echo "    actual:   $3"
    fi
}

# check_diff WHAT EXPECTED_FILE ACTUAL_FILE: golden comparison.
check_diff() {
    if diff -u "$2" "$3" >"$T/.diff" 2>&1; then
        ok "$1"
    else
        not_ok "$1"
        head -40 "$T/.diff" | sed 's/^/    /'
    fi
}

# check_run WHAT STATUS PATTERN CMD...: CMD exits with STATUS and its standard
# error matches the extended regular expression PATTERN.
check_run() {
    local what=$1 want=$2 pat=$3 rc
    shift 3
    "$@" >"$T/.out" 2>"$T/.err"
    rc=$?
    if [ "$rc" -eq "$want" ] && grep -Eq -- "$pat" "$T/.err"; then
        ok "$what"
    else
        not_ok "$what"
        echo "    status $rc (want $want); stderr:"
        head -10 "$T/.err" | sed 's/^/    /'
        echo "    wanted stderr to match: $pat"
    fi
}
