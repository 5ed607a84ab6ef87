#!/bin/bash
# t_messages.sh -- messages of the catalogue not covered elsewhere, each
# produced by driving the binary: exit status, file:line:col where known,
# level and [identifier].
. "$(dirname "$0")/lib.sh"

L=$ROOT/tests/layouts
md() { # md FILE HEADER-LINES BODY: a Markdown+YAML source
    printf -- '---\n%s\n---\n\n%s\n' "$2" "$3" >"$T/$1"
}
lay() { # lay FILE YAML
    printf '%s\n' "$2" >"$T/$1"
}

# --- main ---------------------------------------------------------------
check_run "-j 0 is refused" 2 'error: -j takes a number of workers from 1 to 64 \[bad-jobs\]' \
    "$IMPRINT" -j 0 "$SEED"
check_run "several inputs into one file are refused" 2 'error: several inputs need -o to name a folder \[output-not-dir\]' \
    "$IMPRINT" -o "$T/x.pdf" "$SEED" "$ROOT/examples/readout-secretary-call-2022-03-15.md"
mkdir -p "$T/empty"
check_run "an empty folder as input" 1 'empty: error: no \.txt or \.md statements in folder \[empty-folder\]' \
    "$IMPRINT" -o "$T/o/" "$T/empty"

# --- layout -------------------------------------------------------------
check_run "a layout file that cannot be read" 3 'nope/x.yaml: error: cannot read layout file: No such file or directory \[layout-open\]' \
    "$IMPRINT" -l "$T/nope/x.yaml" -o "$T/o.pdf" "$SEED"
check_run "--list-layouts without a layouts folder" 3 'error: cannot read layout folder: .*/none/layouts: .*\[layout-dir\]' \
    env IMPRINT_DATADIR="$T/none" "$IMPRINT" --list-layouts
check_run "a layout file with two documents" 3 'multi-doc.yaml:[0-9]+:[0-9]+: error: more than one YAML document in a layout file \[layout-documents\]' \
    "$IMPRINT" -l "$L/multi-doc.yaml" -o "$T/o.pdf" "$SEED"
lay keytype.yaml '? [a, b]
: 1'
check_run "a layout key that is not a word" 3 'keytype.yaml:1:3: error: a key must be a plain word, not .*\[layout-key-type\]' \
    "$IMPRINT" -l "$T/keytype.yaml" -o "$T/o.pdf" "$SEED"
lay emptyval.yaml 'margins:
  top:'
check_run "a layout key without a value" 3 "emptyval.yaml:2:[0-9]+: error: 'margins.top' has no value .*\[layout-empty-value\]" \
    "$IMPRINT" -l "$T/emptyval.yaml" -o "$T/o.pdf" "$SEED"
check_run "a layout length that is no length" 3 'bad-length.yaml:[0-9]+:[0-9]+: error: .* is not a length .*\[layout-bad-length\]' \
    "$IMPRINT" -l "$L/bad-length.yaml" -o "$T/o.pdf" "$SEED"
check_run "a layout length with an unknown unit" 3 'bad-unit.yaml:[0-9]+:[0-9]+: error: .*unknown unit .*\[layout-bad-unit\]' \
    "$IMPRINT" -l "$L/bad-unit.yaml" -o "$T/o.pdf" "$SEED"
lay large.yaml 'page:
  width: 300in'
check_run "a page wider than 200 in" 3 "large.yaml:2:10: error: 'page.width' is too large .*\[layout-too-large\]" \
    "$IMPRINT" -l "$T/large.yaml" -o "$T/o.pdf" "$SEED"
check_run "a colour that is no colour" 3 "bad-color.yaml:4:9: error: 'colors.rule': '#12345G' is not a colour .*\[layout-bad-color\]" \
    "$IMPRINT" -l "$L/bad-color.yaml" -o "$T/o.pdf" "$SEED"
check_run "an unknown page size" 3 'bad-page-size.yaml:[0-9]+:[0-9]+: error: .*unknown page size .*\[layout-bad-page-size\]' \
    "$IMPRINT" -l "$L/bad-page-size.yaml" -o "$T/o.pdf" "$SEED"
check_run "margins that leave no room" 3 'no-room.yaml:6:10: error: margins leave no room for text.*\[layout-no-room\]' \
    "$IMPRINT" -l "$L/no-room.yaml" -o "$T/o.pdf" "$SEED"
lay nofont.yaml 'fonts:
  body:
    family: "No Such Family Imprint"'
check_run "a font family that is not installed" 3 "error: font family 'No Such Family Imprint' .* not found.*\[font-not-found\]" \
    "$IMPRINT" -l "$T/nofont.yaml" -o "$T/o.pdf" "$SEED"
# A data folder whose fonts/ has no fonts.conf: fontconfig cannot be set up.
mkdir -p "$T/noconf/fonts"
cp -r "$ROOT/layouts" "$T/noconf/"
cp "$ROOT"/fonts/*.ttf "$ROOT"/fonts/*.icc "$T/noconf/fonts/"
check_run "a font folder without fonts.conf" 3 \
    "/noconf/fonts/fonts\.conf: error: cannot set up fontconfig with this configuration and its font folder \[fontconfig\]" \
    env IMPRINT_DATADIR="$T/noconf" "$IMPRINT" -o "$T/o.pdf" "$SEED"

# --- recognise ----------------------------------------------------------
printf 'February 23, 2017\n\nThe body of a statement without a title line comes here.\n' >"$T/notitle.txt"
check_run "scraped text without a title" 0 'notitle.txt:1: warning: no title line found where the header starts .*--import.*\[no-title\]' \
    "$IMPRINT" -o "$T/o.pdf" "$T/notitle.txt"
printf 'A Title Line\n\nThe body of a statement without any date line comes here.\n' >"$T/nodate.txt"
check_run "scraped text without a date" 0 'nodate.txt:1: warning: no date found in the header that starts at "A Title Line".*--import.*\[no-date\]' \
    "$IMPRINT" -o "$T/o.pdf" "$T/nodate.txt"
printf 'A Title Line\nFebruary 23, 2017\n' >"$T/nobody.txt"
check_run "scraped text without a body" 0 'nobody.txt:1: warning: no body text after the header.*\[no-body\]' \
    "$IMPRINT" -o "$T/o.pdf" "$T/nobody.txt"

"$PY" -c "
n = ['Alpha', 'Bravo', 'Carlo', 'Delta', 'Echo', 'Felix', 'Golf', 'Hotel', 'India', 'Juliet',
     'Kilo', 'Lima', 'Mike', 'Novem', 'Oscar', 'Papa', 'Quebec', 'Romeo', 'Sierra', 'Tango',
     'Umber', 'Victor', 'Whisky', 'Xavier', 'Yankee', 'Zulu']
p = ['Foreign Minister %s %sson' % (a, b) for a in n for b in n][:600]
print(\"Secretary Blinken's Meeting with Foreign Ministers\nFebruary 23, 2017\n\nSecretary of State Jane Doe met today with \" + '; '.join(p) + '.')
" >"$T/manyparts.txt"
check_run "more recognised participants than the table keeps" 0 \
    'manyparts.txt: warning: 601 participants recognised; the table lists the first 500 \[participants-cut\]' \
    "$IMPRINT" --dump-json "$T/manyparts.txt"
check_eq "the statement keeps 500 participants" 500 "$(grep -c '"name"' "$T/.out")"

# --- source -------------------------------------------------------------
md ptype.md 'title: T
participants:
  - just a name' 'Body.'
check_run "a participant that is no mapping" 1 'ptype.md:4:5: error: each participant must be a mapping .*\[participant-type\]' \
    "$IMPRINT" -o "$T/o.pdf" "$T/ptype.md"
md pdup.md 'title: T
participants:
  - name: A
    name: B' 'Body.'
check_run "a participant key given twice" 1 "pdup.md:5:5: error: participant key 'name' given twice \[participant-key-duplicate\]" \
    "$IMPRINT" -o "$T/o.pdf" "$T/pdup.md"
md pfield.md 'title: T
participants:
  - name: [A, B]' 'Body.'
check_run "a participant key that is no string" 1 "pfield.md:4:11: error: participant key 'name' must be a string \[participant-key-type\]" \
    "$IMPRINT" -o "$T/o.pdf" "$T/pfield.md"

# --- typeset ------------------------------------------------------------
"$PY" -c "
print('---\ntitle: T\ndate: 2021-01-01\nparticipants:\n  - name: A\n    title: \"' + 'Minister ' * 1500 + '\"\n    delegation: X\n---\n\nBody.')" >"$T/tall.md"
check_run "a table row taller than the page" 0 \
    'tall.md: warning: a group of lines that must stay together is taller than the page; it is split \[too-tall\]' \
    "$IMPRINT" -o "$T/o.pdf" "$T/tall.md"

# --- fonts --------------------------------------------------------------
# font-not-truetype: tests/unit/test_fonts.c (a font whose outlines are not
# TrueType, made from a bundled one).
