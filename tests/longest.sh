#!/bin/sh
# longest.sh [DIR [N]] -- the N longest C functions under DIR (default src,
# 10), one a line: "LINES FILE:LINE NAME", from universal-ctags' start and
# end lines of each function definition.
dir=${1:-src}
n=${2:-10}
find "$dir" -name '*.c' | sort | xargs ctags --kinds-c=f --fields=+ne -o - |
    awk -F'\t' '{
        s = 0; e = 0
        for (i = 4; i <= NF; i++) {
            if ($i ~ /^line:/) s = substr($i, 6)
            if ($i ~ /^end:/) e = substr($i, 5)
        }
        if (e) printf "%5d %s:%s %s\n", e - s + 1, $2, s, $1
    }' | sort -k1,1rn -k2 | head -n "$n"
