#!/bin/bash
# t_layers.sh -- the include rule of src/ (tests/layercheck.py): the tree
# follows it, and each kind of forbidden include planted in a copy of the
# tree is caught with its file and line.
. "$(dirname "$0")/lib.sh"

check "the source tree follows the include rule" $PY tests/layercheck.py src

# plant FOLDER/FILE LINE PATTERN WHAT: a copy of src/ with LINE added at the
# top of FOLDER/FILE must fail the check with a message matching PATTERN.
plant() {
    local file=$1 line=$2 pat=$3 what=$4 rc
    rm -rf "$T/src" && cp -r src "$T/src"
    { echo "$line"; cat "src/$file"; } >"$T/src/$file"
    $PY tests/layercheck.py "$T/src" >"$T/out" 2>&1
    rc=$?
    if [ "$rc" -eq 1 ] && grep -Eq -- "$pat" "$T/out"; then
        ok "a planted include is caught: $what"
    else
        not_ok "a planted include is caught: $what"
        echo "    status $rc; output:"
        sed 's/^/    /' "$T/out" | head -5
    fi
}

plant typeset/typeset.c '#include "write/pdf.h"' \
    'src/typeset/typeset.c:1: typeset may not include "write/pdf.h"' \
    "typesetting includes the writer"
plant typeset/table.c '#include <hpdf.h>' \
    'src/typeset/table.c:1: typeset may not include <hpdf.h>' \
    "typesetting includes libharu"
plant model/statement.h '#include "recognise/recognise.h"' \
    'src/model/statement.h:1: model may not include "recognise/recognise.h"' \
    "the model includes recognition"
plant write/pdf.c '#include "recognise/participants.h"' \
    'src/write/pdf.c:1: write may not include' "the writer includes recognition"
plant export/dump.c '#include "typeset/typeset.h"' \
    'src/export/dump.c:1: export may not include' "an export includes typesetting"
plant base/util.c '#include "model/pages.h"' \
    'src/base/util.c:1: base may not include' "the base includes the model"
plant read/text.c '#include "util.h"' \
    'must be named by its folder' "a header not named by its folder"
