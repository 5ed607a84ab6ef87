#!/bin/bash
# t_fontfolder.sh -- a font folder with a bundled face missing or damaged:
# the document is never set silently in another face of the family (Bold for
# a missing Regular).  An error names what fontconfig offered instead, or,
# when the system has the face asked for, a warning names the substitute.
# Each case runs on a copy of the data folder (IMPRINT_DATADIR) in a scratch
# folder, with the system's fonts replaced by a configuration of our own.
. "$(dirname "$0")/lib.sh"

data() { # data NAME: a copy of the data folder at $T/NAME
    mkdir -p "$T/$1" && cp -r fonts layouts "$T/$1/"
}
# An empty system configuration, and one whose only font is a copy of the
# Regular face under another name.
mkdir -p "$T/none" "$T/sys"
printf '<?xml version="1.0"?>\n<fontconfig><cachedir>%s/none</cachedir></fontconfig>\n' "$T" >"$T/none/fonts.conf"
cp fonts/LiberationSerif-Regular.ttf "$T/sys/Substitute.ttf"
printf '<?xml version="1.0"?>\n<fontconfig><dir>%s/sys</dir><cachedir>%s/sys/cache</cachedir></fontconfig>\n' "$T" "$T" >"$T/sys/fonts.conf"

# run NAME DATA SYSCONF: imprint on the seed into an empty folder $T/w-NAME
run() {
    mkdir -p "$T/w-$1"
    (cd "$T/w-$1" && FONTCONFIG_FILE=$3 IMPRINT_DATADIR=$T/$2 "$IMPRINT" -o "$T/w-$1/out.pdf" "$SEED")
}
nothing_else() { # nothing_else NAME: only out.pdf (if anything) in $T/w-NAME
    check_eq "$1: nothing written but the output" "" "$(cd "$T/w-$1" && find . -mindepth 1 ! -name out.pdf)"
}

data missing
rm "$T/missing/fonts/LiberationSerif-Regular.ttf"
check_run "Regular face missing: an error, not the Bold face" 3 \
    "error: font family 'Liberation Serif' \(Regular\) not found; fontconfig offered 'its Bold face in $T/missing/fonts/LiberationSerif-Bold.ttf' \[font-not-found\]" \
    run missing missing "$T/none/fonts.conf"
check "Regular face missing: reported once" test "$(grep -c 'font-not-found' "$T/.err")" -eq 1
check "Regular face missing: no PDF" test ! -e "$T/w-missing/out.pdf"
nothing_else missing

data damaged
head -c 5000 fonts/LiberationSerif-Bold.ttf | tail -c 3000 >"$T/damaged/fonts/LiberationSerif-Regular.ttf"
check_run "Regular face damaged: an error, not the Bold face" 3 \
    "fontconfig offered 'its Bold face in $T/damaged/fonts/LiberationSerif-Bold.ttf' \[font-not-found\]" \
    run damaged damaged "$T/none/fonts.conf"
check "Regular face damaged: no PDF" test ! -e "$T/w-damaged/out.pdf"
nothing_else damaged

check_run "Regular face missing, the system has it: a warning naming the substitute" 0 \
    "warning: font family 'Liberation Serif' \(Regular\) is bundled without this face .*; using $T/sys/Substitute.ttf \[font-substitute\]" \
    run subst missing "$T/sys/fonts.conf"
nothing_else subst
check "Regular face substituted: the PDF is valid PDF/A" sh tests/validate.sh "$T/w-subst/out.pdf"

# A fonts folder with a symbolic link back to itself or a folder above it:
# fontconfig would scan it for ever; imprint refuses it at once.  And one
# nested deeper than imprint scans.
data loop
ln -s . "$T/loop/fonts/again"
ln -s ../fonts "$T/loop/fonts/up"
check_run "fonts folder with a link loop: an error naming the folder" 3 \
    "imprint: $T/loop/fonts/(again|up): error: .*symbolic link.* \[font-folder-loop\]" \
    timeout 10 bash -c "$(declare -f run); T='$T' IMPRINT='$IMPRINT' SEED='$SEED' run loop loop '$T/none/fonts.conf'"
check "fonts folder with a link loop: no PDF" test ! -e "$T/w-loop/out.pdf"
nothing_else loop
data deep
d=$T/deep/fonts
for i in $(seq 1 20); do d=$d/d; done
mkdir -p "$d"
check_run "fonts folder nested 20 deep: an error naming the folder" 3 \
    "error: the fonts folder nests folders more than 16 deep here \[font-folder-deep\]" \
    run deep deep "$T/none/fonts.conf"
nothing_else deep
