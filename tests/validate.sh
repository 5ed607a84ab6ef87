#!/bin/sh
# validate.sh FILE.pdf... -- PDF/A-1b validation with Apache PDFBox Preflight
# (Debian libpdfbox2-java).  Prints "VALID FILE" or "INVALID FILE" followed by
# the validator's error lines, for each file.  Exit status: 0 when every file
# is valid, 1 when any is not, 2 when the validator cannot run.  More than
# two files are validated in one Java process (tests/Preflight.java, the
# same PDFBox checks through its API): starting Java costs more than a file.
set -u
J=/usr/share/java
CP=
for jar in preflight pdfbox2 fontbox2 xmpbox commons-logging javax.activation jaxb-api; do
    if [ ! -r "$J/$jar.jar" ]; then
        echo "validate.sh: $J/$jar.jar missing (scripts/deps.sh test installs it)" >&2
        exit 2
    fi
    CP=$CP${CP:+:}$J/$jar.jar
done
JAVA="java -Xshare:auto -XX:TieredStopAtLevel=1 -Dorg.apache.commons.logging.Log=org.apache.commons.logging.impl.NoOpLog"
if [ $# -gt 2 ]; then
    exec $JAVA -cp "$CP" "$(dirname "$0")/Preflight.java" "$@"
fi
status=0
for f in "$@"; do
    out=$($JAVA -cp "$CP" org.apache.pdfbox.preflight.Validator_A1b "$f" 2>&1)
    rc=$?
    if [ $rc -eq 0 ] && printf '%s\n' "$out" | grep -q "is a valid PDF/A-1b file"; then
        echo "VALID $f"
    elif printf '%s\n' "$out" | grep -q "is not a valid PDF/A-1b file"; then
        echo "INVALID $f"
        printf '%s\n' "$out" | grep -E '^[0-9]+(\.[0-9]+)* : ' | head -20 | sed 's/^/    /'
        [ $status -lt 1 ] && status=1
    else
        echo "ERROR $f (validator exit $rc)"
        printf '%s\n' "$out" | tail -5 | sed 's/^/    /'
        status=2
    fi
done
exit $status
