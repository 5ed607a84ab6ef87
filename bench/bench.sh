#!/bin/bash
# bench.sh -- side-by-side benchmark: imprint against the established
# typesetters (groff, groff + Ghostscript, pdflatex + pdfx, WeasyPrint) on the
# same reference statement, in one run.  Each tool runs as a whole process in
# its own scratch copy of ../shared/peers, one warm-up run each, then
# BENCH_RUNS rounds that alternate between the tools.  Reports median wall
# and CPU time, peak RSS, output size, the PDF/A-1b verdict (checked once,
# outside the timing) and each tool's wall time as a multiple of imprint's.
# Then, when the corpus is there, times imprint's batch mode over it, what
# signing adds per document over 100 statements, and recognition alone
# (--dump-json, one process) per statement.
#
# Usage:  sh bench/bench.sh   (from any folder; it works in the project root)
# Environment:
#   BENCH_RUNS=N        timed rounds per tool (default 11)
#   BENCH_OUT=FILE      TSV of the results (default out/bench.tsv)
#   BENCH_BATCH=0|1     0 skips the batch part; 1 insists on it (default: run
#                       it when the corpus folder exists)
#   BENCH_BATCH_RUNS=N  batch runs, median reported (default 3)
#   BENCH_JOBS=N        imprint -j N in the batch part (default 2)
#   BENCH_CORPUS=DIR    corpus folder (default ../shared/corpus/state-feed-2021-2022)
#   BENCH_PEERS=DIR     peers' sources (default ../shared/peers)
#   BENCH_VALIDATE=0    skip the PDF/A validation
#   IMPRINT=PATH        the imprint binary (default ./imprint)
# Installs nothing: `make bench-deps` (sh bench/deps.sh) installs the peers.
# A tool that is not installed is skipped with a line saying so.
set -u
# `make bench` runs it as `sh bench/bench.sh`: carry on in bash.
if [ -z "${BASH_VERSION:-}" ]; then exec bash "$0" "$@"; fi

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT" || exit 2

RUNS=${BENCH_RUNS:-11}
OUT_TSV=${BENCH_OUT:-out/bench.tsv}
PEERS=${BENCH_PEERS:-$ROOT/../shared/peers}
CORPUS=${BENCH_CORPUS:-$ROOT/../shared/corpus/state-feed-2021-2022}
BATCH=${BENCH_BATCH:-auto}
BATCH_RUNS=${BENCH_BATCH_RUNS:-3}
JOBS=${BENCH_JOBS:-2}
VALIDATE=${BENCH_VALIDATE:-1}
SEED_REL=examples/tillerson-kelly-mexico-2017-02-23.txt
EPOCH=${SOURCE_DATE_EPOCH:-1487808000}
IMPRINT=${IMPRINT:-./imprint}
case $IMPRINT in /*) ;; *) IMPRINT=$ROOT/${IMPRINT#./} ;; esac
# imprint finds fonts/ and layouts/ beside its binary; a binary built
# elsewhere (make BUILD=... BIN=...) is pointed at the checkout's data.
if [ ! -d "$(dirname "$IMPRINT")/layouts" ] && [ -z "${IMPRINT_DATADIR:-}" ]; then
    export IMPRINT_DATADIR=$ROOT
fi

say() { printf '%s\n' "$*"; }
warn() { printf 'bench: %s\n' "$*" >&2; }

case $RUNS in ''|*[!0-9]*|0) warn "BENCH_RUNS must be a positive integer"; exit 2 ;; esac
case $BATCH_RUNS in ''|*[!0-9]*|0) warn "BENCH_BATCH_RUNS must be a positive integer"; exit 2 ;; esac
case $JOBS in ''|*[!0-9]*|0) warn "BENCH_JOBS must be a positive integer"; exit 2 ;; esac

PEERS=$(cd "$PEERS" 2>/dev/null && pwd) || { warn "no peers' sources at ${BENCH_PEERS:-../shared/peers}"; exit 2; }
[ -d "$CORPUS" ] && CORPUS=$(cd "$CORPUS" && pwd)

S=$(mktemp -d "${TMPDIR:-/tmp}/imprint-bench.XXXXXX") || exit 2
trap 'rm -rf "$S"' EXIT
trap 'exit 130' INT TERM
mkdir -p "$S/res" "$S/work" "$S/log"

# measure [-C DIR] [-o FILE] [-e FILE] [NAME=VALUE...] -- CMD ARG...
# Runs CMD as one process (posix_spawnp; stdin from /dev/null, stdout to FILE
# or /dev/null, stderr to FILE or /dev/null), reaps it with wait4 and prints
#   wall_s user_s sys_s maxrss_kb exit_status
# Wall time: CLOCK_MONOTONIC around spawn..reap (ns clock, printed in us).
# CPU time and peak RSS: the kernel's rusage of the process and of the
# children it reaped (groff's troff and gropdf), in us and KB.  It is a tiny
# C program rather than a script because a spawned process inherits the peak
# RSS of its parent (Linux records the old memory's peak at exec): from a
# 1 MB parent that floor is negligible, from python or perl it is not.
cat >"$S/measure.c" <<'EOF'
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
extern char **environ;
int main(int argc, char **argv)
{
    const char *out = "/dev/null", *err = "/dev/null";
    int i = 1;
    for (; i < argc && strcmp(argv[i], "--"); i++) {
        if (!strcmp(argv[i], "-C") && i + 1 < argc) {
            if (chdir(argv[++i])) { perror(argv[i]); return 2; }
        } else if (!strcmp(argv[i], "-o") && i + 1 < argc) out = argv[++i];
        else if (!strcmp(argv[i], "-e") && i + 1 < argc) err = argv[++i];
        else if (strchr(argv[i], '=')) putenv(argv[i]);
        else { fprintf(stderr, "measure: bad argument %s\n", argv[i]); return 2; }
    }
    if (i + 1 >= argc) { fprintf(stderr, "measure: no command\n"); return 2; }
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 1, out, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&fa, 2, err, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    struct timespec t0, t1;
    struct rusage ru;
    pid_t pid;
    int st;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    if (posix_spawnp(&pid, argv[i + 1], &fa, NULL, argv + i + 1, environ)) {
        puts("0 0 0 0 127");
        return 0;
    }
    if (wait4(pid, &st, 0, &ru) < 0) { perror("wait4"); return 2; }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    int rc = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
    printf("%.6f %.6f %.6f %ld %d\n",
           (double)(t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9,
           ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6,
           ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6, ru.ru_maxrss, rc);
    return 0;
}
EOF
if ! ${CC:-cc} -std=c11 -D_GNU_SOURCE -O2 -Wall -o "$S/measure" "$S/measure.c"; then
    warn "cannot compile the timing helper (needs a C compiler: make deps)"
    exit 2
fi
measure() { "$S/measure" "$@"; }

# ---- the tools --------------------------------------------------------------
# Each tool NAME has: have_NAME (installed?), ver_NAME (version line),
# run_NAME WORKDIR ERRLOG (one timed run; prints "wall user sys rss rc"; several
# steps are summed, RSS is their maximum) and its output file OUT_NAME.

TOOLS="imprint groff groff+gs pdflatex+pdfx weasyprint"

# Ghostscript writes PDF/A dates that Preflight rejects under TZ=UTC
# (peers/README.md); without tzdata the POSIX rule gives the same zone.
if [ -e /usr/share/zoneinfo/America/New_York ]; then GS_TZ=America/New_York
else GS_TZ='EST5EDT,M3.2.0,M11.1.0'; fi

# add two "wall user sys rss rc" lines: sums, max RSS, first non-zero status
sum_steps() { awk '{ w+=$1; u+=$2; s+=$3; if ($4>m) m=$4; if (!rc && $5) rc=$5 }
    END { printf "%.6f %.6f %.6f %d %d\n", w, u, s, m, rc }'; }

have_imprint() { [ -x "$IMPRINT" ]; }
ver_imprint() { "$IMPRINT" --version 2>&1 | head -n 1; }
run_imprint() {
    measure -C "$ROOT" -e "$2" SOURCE_DATE_EPOCH="$EPOCH" -- \
        "$IMPRINT" -q -o "$1/imprint.pdf" "$SEED_REL"
}
OUT_imprint=imprint.pdf

have_groff() { command -v groff >/dev/null && [ -e /usr/share/groff/current/font/devpdf/DESC ]; }
ver_groff() { groff --version 2>&1 | head -n 1; }
groff_step() {
    measure -C "$1" -o "$1/$3" -e "$2" -- \
        groff -Tpdf -dpaper=letter -P-pletter -P-e -t -ms -mpdf statement.ms
}
run_groff() { groff_step "$1" "$2" groff.pdf; }
OUT_groff=groff.pdf

have_groff_gs() { have_groff && command -v gs >/dev/null; }
ver_groff_gs() { printf 'groff %s + Ghostscript %s\n' "$(groff --version 2>&1 |
    sed -n '1s/.* //p')" "$(gs --version 2>&1)"; }
run_groff_gs() {
    {
        groff_step "$1" "$2" groff.pdf
        measure -C "$1" -e "$2.gs" TZ="$GS_TZ" -- \
            gs -q -dPDFA=1 -dBATCH -dNOPAUSE -dPDFACompatibilityPolicy=1 \
            -sColorConversionStrategy=RGB -sDEVICE=pdfwrite \
            --permit-file-read=/usr/share/color/icc/ghostscript/srgb.icc \
            -o groff-pdfa.pdf "$1/pdfa-def-srgb.ps" groff.pdf
        cat "$2.gs" >>"$2"
    } | sum_steps
}
OUT_groff_gs=groff-pdfa.pdf

have_pdflatex_pdfx() { command -v pdflatex >/dev/null && kpsewhich pdfx.sty >/dev/null 2>&1; }
ver_pdflatex_pdfx() { pdflatex --version 2>&1 | head -n 1; }
run_pdflatex_pdfx() {
    measure -C "$1" -e "$2" -- \
        pdflatex -interaction=batchmode -halt-on-error statement-pdfa.tex
}
OUT_pdflatex_pdfx=statement-pdfa.pdf

have_weasyprint() { command -v weasyprint >/dev/null; }
ver_weasyprint() { weasyprint --version 2>&1 | head -n 1; }
run_weasyprint() {
    measure -C "$1" -e "$2" -- weasyprint -q -s pdfa-ttf.css \
        --pdf-variant pdf/a-1b --pdf-identifier ref statement.html weasy.pdf
}
OUT_weasyprint=weasy.pdf

fn() { printf '%s' "$1" | tr '+' '_'; }     # tool name -> shell identifier

# ---- header -----------------------------------------------------------------
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)
say "imprint side-by-side benchmark: $(date -u '+%Y-%m-%d %H:%M UTC')"
say "machine: $(nproc 2>/dev/null || echo '?') CPU(s)${cpu:+, $cpu}; $(uname -sr); load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
say "input: $SEED_REL (peers: hand-written equivalents in $PEERS)"
say "method: whole processes, 1 warm-up + $RUNS timed runs each, tools alternating round by round"
say ""

active=
for t in $TOOLS; do
    f=$(fn "$t")
    if "have_$f"; then
        active="$active $t"
        say "  $(printf '%-15s' "$t") $("ver_$f")"
        mkdir -p "$S/work/$f"
        [ "$t" = imprint ] || cp "$PEERS"/* "$S/work/$f/"
        chmod -R u+w "$S/work/$f"
        : >"$S/res/$f"
    elif [ "$t" = imprint ]; then
        say "  imprint         skipped: no executable $IMPRINT (build it: make)"
    else
        say "  $(printf '%-15s' "$t") skipped: not installed (make bench-deps)"
    fi
done
say ""
if [ -z "$active" ]; then
    warn "no tool to run"
    exit 1
fi

# ---- timed rounds -----------------------------------------------------------
failed=
for round in $(seq 0 "$RUNS"); do
    for t in $active; do
        f=$(fn "$t")
        case " $failed " in *" $t "*) continue ;; esac
        r=$("run_$f" "$S/work/$f" "$S/log/$f.err")
        rc=${r##* }
        if [ -z "$r" ] || [ "$rc" != 0 ]; then
            failed="$failed $t"
            say "  $t failed (exit ${rc:-?}) in run $round; its messages:"
            tail -n 8 "$S/log/$f.err" 2>/dev/null | sed 's/^/      /'
            continue
        fi
        [ "$round" -eq 0 ] || printf '%s\n' "$r" >>"$S/res/$f"
    done
    [ -t 2 ] && printf '\r  round %d/%d done' "$round" "$RUNS" >&2
done
[ -t 2 ] && printf '\r%40s\r' '' >&2

# median of column $1 of a results file
median() {
    awk -v c="$1" '{ print $c }' "$2" | sort -g |
        awk '{ v[NR]=$1 } END { if (!NR) exit 1
              if (NR%2) printf "%.6f\n", v[(NR+1)/2]
              else printf "%.6f\n", (v[NR/2]+v[NR/2+1])/2 }'
}
median_cpu() {
    awk '{ printf "%.6f\n", $2+$3 }' "$1" | sort -g |
        awk '{ v[NR]=$1 } END { if (!NR) exit 1
              if (NR%2) printf "%.6f\n", v[(NR+1)/2]
              else printf "%.6f\n", (v[NR/2]+v[NR/2+1])/2 }'
}
maxcol() { awk -v c="$1" '$c>m { m=$c } END { print m+0 }' "$2"; }

# ---- validation (once per output, outside the timing) -----------------------
validator=
if [ "$VALIDATE" = 0 ]; then
    say "PDF/A-1b validation skipped (BENCH_VALIDATE=0)"
else
    validator="sh $ROOT/tests/validate.sh"
    if ! command -v java >/dev/null; then
        validator=
        say "PDF/A-1b validation skipped (no java: make deps-test)"
    fi
fi

# verdict FILE -> "VALID|INVALID|ERROR<TAB>the validator's first error line"
verdict() {
    local o v
    o=$($validator "$1" 2>&1)
    v=$(printf '%s\n' "$o" | head -n 1 | awk '{ print $1 }')
    case $v in VALID|INVALID) ;; *) v=ERROR ;; esac
    printf '%s\t%s\n' "$v" "$(printf '%s\n' "$o" | sed -n '2,$p' |
        grep -v -e '^codes' -e '^---' | head -n 1 | sed 's/^[[:space:]]*//' | cut -c1-100)"
}

# pages FILE -> page count (pdfinfo), or "?"
pages() {
    local p
    p=$(pdfinfo "$1" 2>/dev/null | sed -n 's/^Pages:[[:space:]]*//p')
    printf '%s\n' "${p:-?}"
}

# ---- report -----------------------------------------------------------------
printf 'tool\tversion\truns\tfiles\twall_median_s\tcpu_median_s\tpeak_rss_kb\tsize_bytes\tpages\tpdfa1b\twall_vs_imprint\tfiles_per_s\tnote\n' >"$S/tsv"

base=
case " $active " in *" imprint "*)
    case " $failed " in *" imprint "*) ;; *) base=$(median 1 "$S/res/imprint") ;; esac ;;
esac

fmt='%-15s %4s %9s %9s %9s %9s %5s  %-8s %s'
say "$(printf "$fmt" tool runs 'wall ms' 'cpu ms' 'peak RSS' 'size B' pages PDF/A-1b 'wall vs imprint')"
say "$(printf "$fmt" --------------- ---- --------- --------- --------- --------- ----- -------- ---------------)"
summary=
notes=
for t in $active; do
    f=$(fn "$t")
    case " $failed " in *" $t "*)
        say "$(printf "$fmt" "$t" 0 failed - - - - - -)"
        printf '%s\t%s\t0\t1\t\t\t\t\t\tFAILED\t\t\trun failed\n' "$t" "$("ver_$f")" >>"$S/tsv"
        continue ;;
    esac
    n=$(wc -l <"$S/res/$f")
    w=$(median 1 "$S/res/$f")
    c=$(median_cpu "$S/res/$f")
    m=$(maxcol 4 "$S/res/$f")
    out_var=OUT_$f
    pdf=$S/work/$f/${!out_var}
    size=$(wc -c <"$pdf" 2>/dev/null || echo 0)
    pg=$(pages "$pdf")
    v=n/a note=
    if [ -n "$validator" ] && [ -s "$pdf" ]; then
        vl=$(verdict "$pdf")
        v=${vl%%	*}
        note=${vl#*	}
        [ "$v" = VALID ] && note=
        [ -n "$note" ] && notes="$notes$(printf '  %-15s %s: %s' "$t" "$v" "$note")
"
    fi
    ratio=-
    if [ -n "$base" ]; then
        ratio=$(awk -v a="$w" -v b="$base" 'BEGIN { printf "%.1fx", a/b }')
        [ "$t" = imprint ] ||
            summary="$summary$(awk -v t="$t" -v a="$w" -v r="$ratio" 'BEGIN { printf "  %-15s %.4f s = %s imprint", t, a, r }')
"
    fi
    say "$(printf "$fmt" "$t" "$n" "$(awk -v x="$w" 'BEGIN { printf "%.2f", x*1000 }')" \
        "$(awk -v x="$c" 'BEGIN { printf "%.2f", x*1000 }')" \
        "$(awk -v x="$m" 'BEGIN { printf "%.1f MB", x/1024 }')" "$size" "$pg" "$v" "$ratio")"
    printf '%s\t%s\t%s\t1\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t\t%s\n' "$t" "$("ver_$f")" "$n" "$w" "$c" "$m" \
        "$size" "$pg" "$v" "${ratio%x}" "$note" >>"$S/tsv"
done
say ""
if [ -n "$summary" ]; then
    say "median wall time per document, as a multiple of imprint's ($(awk -v x="$base" 'BEGIN { printf "%.4f s", x }')):"
    printf '%s' "$summary"
    say ""
fi
if [ -n "$notes" ]; then
    say "outputs that are not valid PDF/A-1b (Preflight's first error):"
    printf '%s' "$notes"
    say ""
fi

# ---- batch mode -------------------------------------------------------------
batch_part() {
    if [ "$BATCH" = 0 ]; then return 0; fi
    if [ ! -d "$CORPUS" ]; then
        [ "$BATCH" = 1 ] && say "batch mode: skipped, no corpus at $CORPUS" && say ""
        return 0
    fi
    say "batch mode: imprint -j $JOBS over $CORPUS"
    if ! have_imprint; then
        say "  skipped: no executable $IMPRINT"
        say ""
        return 0
    fi
    if ! "$IMPRINT" --help 2>&1 | grep -qE -- '(^|[[:space:]])-j[ ,]|--jobs'; then
        say "  skipped: this imprint has no -j (batch mode)"
        say ""
        return 0
    fi
    local files n i r w c m rc pdfs bytes rate
    files=("$CORPUS"/*.txt)
    n=${#files[@]}
    : >"$S/res/batch"
    for i in $(seq 1 "$BATCH_RUNS"); do
        rm -rf "$S/batch" && mkdir -p "$S/batch"
        r=$(measure -C "$ROOT" -e "$S/log/batch.err" SOURCE_DATE_EPOCH="$EPOCH" -- \
            "$IMPRINT" -j "$JOBS" -q -o "$S/batch/" "${files[@]}")
        printf '%s\n' "$r" >>"$S/res/batch"
    done
    rc=$(awk '{ print $5 }' "$S/res/batch" | sort -n | tail -n 1)
    w=$(median 1 "$S/res/batch")
    c=$(median_cpu "$S/res/batch")
    m=$(maxcol 4 "$S/res/batch")
    pdfs=$(find "$S/batch" -name '*.pdf' -size +0 | wc -l)
    bytes=$(find "$S/batch" -name '*.pdf' -exec cat {} + 2>/dev/null | wc -c)
    rate=$(awk -v n="$n" -v w="$w" 'BEGIN { printf "%.1f", n/w }')
    say "$(awk -v n="$n" -v p="$pdfs" -v w="$w" -v c="$c" -v m="$m" -v r="$rate" -v b="$bytes" -v k="$BATCH_RUNS" \
        'BEGIN { printf "  %d inputs -> %d PDFs (%.1f MB); median of %d runs: wall %.2f s, cpu %.2f s, %s files/s (%.2f ms/file), peak RSS %.1f MB",
                 n, p, b/1048576, k, w, c, r, w*1000/n, m/1024 }')"
    if [ "$rc" != 0 ]; then
        say "  exit status $rc; first messages:"
        head -n 5 "$S/log/batch.err" | sed 's/^/      /'
    fi
    printf 'imprint -j%s batch\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t\t-\t\t%s\t%s\n' "$JOBS" "$(ver_imprint)" \
        "$BATCH_RUNS" "$n" "$w" "$c" "$m" "$bytes" "$rate" "pdfs=$pdfs exit=$rc" >>"$S/tsv"
    batch_checks
    say ""
}

# The batch's outputs must be what single runs give, and valid: every output
# is compared with a single run of its input, and a sample of 50 (every
# 40th) is validated with Preflight.  Not timed.
batch_checks() {
    [ "${BENCH_BATCH_CHECK:-1}" = 1 ] || return 0
    local f same diff valid
    mkdir -p "$S/single"
    printf '%s\n' "${files[@]}" | SOURCE_DATE_EPOCH="$EPOCH" \
        xargs -P "$JOBS" -n 1 "$IMPRINT" -q -o "$S/single/" 2>/dev/null
    same=0
    diff=0
    for f in "$S"/batch/*.pdf; do
        if cmp -s "$f" "$S/single/$(basename "$f")"; then same=$((same + 1)); else diff=$((diff + 1)); fi
    done
    say "  batch outputs identical to single runs: $same of $pdfs (differing: $diff)"
    if command -v java >/dev/null; then
        valid=$(ls "$S"/batch/*.pdf | awk 'NR % 40 == 1' | head -n 50 |
            xargs -P "$JOBS" -n 1 sh "$ROOT/tests/validate.sh" 2>/dev/null | grep -c '^VALID')
        say "  Preflight on a sample of 50 batch outputs: $valid valid"
    fi
}
batch_part

# ---- signing -----------------------------------------------------------------
# What signing costs: the first 100 corpus statements with -j JOBS, unsigned
# and signed (a 2048-bit RSA key and certificate made here with certtool),
# BATCH_RUNS rounds that alternate; the difference of the medians per
# document.  Every signed PDF is checked with pdfsig and Preflight, outside
# the timing.
signing_part() {
    if [ "$BATCH" = 0 ] || [ ! -d "$CORPUS" ] || ! have_imprint; then return 0; fi
    say "signing: imprint -j $JOBS over 100 corpus statements, unsigned and signed"
    if ! command -v certtool >/dev/null || ! command -v pdfsig >/dev/null; then
        say "  skipped: certtool (gnutls-bin) or pdfsig (poppler-utils) is not installed"
        say ""
        return 0
    fi
    local files k i r u sg per ok valid
    files=("$CORPUS"/*.txt)
    files=("${files[@]:0:100}")
    k=$S/keys
    mkdir -p "$k"
    printf 'cn = "Bench Signer"\nsigning_key\nexpiration_days = 3650\n' >"$k/s.tmpl"
    certtool --generate-privkey --rsa --bits 2048 --outfile "$k/s.key" >/dev/null 2>&1
    certtool --generate-self-signed --load-privkey "$k/s.key" --template "$k/s.tmpl" \
        --outfile "$k/s.crt" >/dev/null 2>&1
    : >"$S/res/unsigned"
    : >"$S/res/signed"
    for i in $(seq 1 "$BATCH_RUNS"); do
        rm -rf "$S/unsigned" "$S/signed" && mkdir -p "$S/unsigned" "$S/signed"
        r=$(measure -C "$ROOT" -e "$S/log/unsigned.err" -- \
            "$IMPRINT" -j "$JOBS" -q -o "$S/unsigned/" "${files[@]}")
        printf '%s\n' "$r" >>"$S/res/unsigned"
        r=$(measure -C "$ROOT" -e "$S/log/signed.err" -- \
            "$IMPRINT" -j "$JOBS" -q --sign "$k/s.key" --cert "$k/s.crt" -o "$S/signed/" "${files[@]}")
        printf '%s\n' "$r" >>"$S/res/signed"
    done
    u=$(median 1 "$S/res/unsigned")
    sg=$(median 1 "$S/res/signed")
    per=$(awk -v u="$u" -v s="$sg" -v n="${#files[@]}" 'BEGIN { printf "%.2f", (s-u)*1000/n }')
    ok=0
    for f in "$S"/signed/*.pdf; do
        pdfsig "$f" 2>/dev/null | grep -q 'Signature is Valid.' && ok=$((ok + 1))
    done
    say "$(awk -v n="${#files[@]}" -v u="$u" -v s="$sg" -v p="$per" -v k="$BATCH_RUNS" \
        'BEGIN { printf "  %d statements; median of %d runs: unsigned %.2f s, signed %.2f s wall: signing adds %s ms per document (bound: 2 ms)", n, k, u, s, p }')"
    say "  pdfsig: $ok of $(ls "$S"/signed/*.pdf | wc -l) signatures valid"
    if command -v java >/dev/null; then
        valid=$(sh "$ROOT/tests/validate.sh" "$S"/signed/*.pdf 2>/dev/null | grep -c '^VALID')
        say "  Preflight: $valid of the signed PDFs valid PDF/A-1b"
    fi
    printf 'imprint -j%s --sign\t%s\t%s\t%s\t%s\t\t\t\t\t-\t\t\t%s ms/document\n' "$JOBS" "$(ver_imprint)" \
        "$BATCH_RUNS" "${#files[@]}" "$sg" "$per" >>"$S/tsv"
    say ""
}
signing_part

# ---- recognition ------------------------------------------------------------
# Recognition alone: one process reads every corpus statement and prints its
# --dump-json (no typesetting, no PDF).  The figure the recognition issue
# bounds is the mean time per statement; process start is shared by all.
recognition_part() {
    if [ "$BATCH" = 0 ] || [ ! -d "$CORPUS" ] || ! have_imprint; then return 0; fi
    local files n i r w c ms
    files=("$CORPUS"/*.txt)
    n=${#files[@]}
    say "recognition: imprint --dump-json over $CORPUS, one process"
    : >"$S/res/recog"
    for i in $(seq 1 "$BATCH_RUNS"); do
        r=$(measure -C "$ROOT" -e "$S/log/recog.err" -- "$IMPRINT" -q --dump-json "${files[@]}")
        printf '%s\n' "$r" >>"$S/res/recog"
    done
    w=$(median 1 "$S/res/recog")
    c=$(median_cpu "$S/res/recog")
    ms=$(awk -v w="$w" -v n="$n" 'BEGIN { printf "%.3f", w*1000/n }')
    say "$(awk -v n="$n" -v w="$w" -v c="$c" -v k="$BATCH_RUNS" -v ms="$ms" \
        'BEGIN { printf "  %d statements; median of %d runs: wall %.3f s, cpu %.3f s, %s ms per statement (bound: 1 ms)", n, k, w, c, ms }')"
    printf 'imprint --dump-json\t%s\t%s\t%s\t%s\t%s\t\t\t\t-\t\t\t%s ms/statement\n' "$(ver_imprint)" \
        "$BATCH_RUNS" "$n" "$w" "$c" "$ms" >>"$S/tsv"
    say ""
}
recognition_part

IMPRINT="$IMPRINT" bash "$ROOT/bench/feed.sh"
mkdir -p "$(dirname "$OUT_TSV")" && cp "$S/tsv" "$OUT_TSV"
say "results: $OUT_TSV"
