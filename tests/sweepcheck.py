#!/usr/bin/python3
"""sweepcheck.py -- batch text check for the corpus sweep: every word of each
input is in its PDF's extracted text.

Usage: sweepcheck.py LIST
LIST has one line per file: "INPUT.txt<TAB>EXTRACTED.txt" (pdftotext output,
reading order, no -layout).  For each input:
  - the banner "An official website of the United States government" is
    skipped (it is intentionally not printed);
  - the header lines (title, date, office: up to the line after the date
    line) must each appear, word for word, somewhere in the text (the
    letterhead sets them in its own order);
  - every word of the body (the lines after the header) must appear in the
    text in order.  The alignment (difflib) tolerates a word hyphenated at a
    line end (pdftotext rejoins it), a word split across a line without a
    hyphen (a long URL), and an explicit hyphen that pdftotext dropped at a
    line end ("U.S.-" + "Mexico" -> "U.S.Mexico"): that last case is counted
    separately, not as missing.
Prints one line per file with a problem:
  MISSING<TAB>INPUT<TAB>N<TAB>first missing words (with context)
  HYPHEN<TAB>INPUT<TAB>N<TAB>the words whose line-end hyphen was dropped
then a last line "TOTAL files F missing M in K files hyphen-lost H in L files".
Exit status 1 when any word is missing, else 0.
"""
import difflib
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from textcheck import words  # noqa: E402

BANNER = "An official website of the United States government"
DATE = re.compile(r"^(January|February|March|April|May|June|July|August|"
                  r"September|October|November|December)\s+\d{1,2},\s+\d{4}$")
# Characters a typesetter may legitimately map differently; compare without.
FOLD = str.maketrans({"\u00ad": None, "\u2011": "-", "\u00a0": " "})
EDGE = "\"'()[]{}\u2018\u2019\u201c\u201d"


def norm(w):
    return w.translate(FOLD)


def split_input(text):
    """(header lines, body lines) of one input statement."""
    lines = [l.strip() for l in text.splitlines()]
    lines = [l for l in lines if l]
    if lines and lines[0] == BANNER:
        lines = lines[1:]
    # header: through the line after the date, when the date is near the top
    for k, l in enumerate(lines[:6]):
        if DATE.match(l):
            end = min(k + 2, len(lines))
            return lines[:end], lines[end:]
    return [], lines


def squash(ws):
    return "".join(ws).replace("-", "")


def check_file(src, ext):
    with open(src, encoding="utf-8-sig") as f:
        header, body = split_input(f.read())
    with open(ext, encoding="utf-8", errors="replace") as f:
        out = [norm(w) for w in words(f.read())]
    out = [w for w in out if w]
    flat = squash(out)
    missing = []      # (word, context)
    hyphen = []       # input words whose explicit line-end hyphen was lost
    for line in header:
        hw = [norm(w) for w in words(line)]
        if squash(hw) not in flat:
            # report the header words absent from the text altogether
            for w in hw:
                if squash([w]) not in flat:
                    missing.append((w, "header: " + line[:60]))
    want = [norm(w) for w in words("\n".join(body))]
    sm = difflib.SequenceMatcher(None, want, out, autojunk=False)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op in ("equal", "insert"):
            continue
        a, b = want[i1:i2], out[j1:j2]
        if op == "replace":
            ja, jb = "".join(a), "".join(b)
            if ja == jb:
                continue      # split or joined at a line end without hyphen
            if ja.replace("-", "") == jb.replace("-", ""):
                if ja.count("-") > jb.count("-"):
                    hyphen.extend(a)
                continue
        # what is left: words of the input not matched in order.  A word that
        # still occurs inside the output's unmatched stretch counts as there.
        jb = squash(b)
        ctx = " ".join(want[max(0, i1 - 4):i1])
        for w in a:
            s = squash([w]).strip(EDGE)
            if op == "replace" and s and s in jb:
                continue
            missing.append((w, "after: " + ctx))
    return missing, hyphen


def main():
    listing = sys.argv[1]
    nfiles = nmiss = fmiss = nhyph = fhyph = 0
    with open(listing, encoding="utf-8") as f:
        pairs = [l.rstrip("\n").split("\t") for l in f if l.strip()]
    for src, ext in pairs:
        nfiles += 1
        if not os.path.exists(ext):
            print("NOTEXT\t%s" % src)
            continue
        missing, hyphen = check_file(src, ext)
        if missing:
            nmiss += len(missing)
            fmiss += 1
            first = "; ".join("%r (%s)" % m for m in missing[:4])
            print("MISSING\t%s\t%d\t%s" % (src, len(missing), first))
        if hyphen:
            nhyph += len(hyphen)
            fhyph += 1
            print("HYPHEN\t%s\t%d\t%s" % (src, len(hyphen), " ".join(hyphen[:6])))
    print("TOTAL files %d missing %d in %d files hyphen-lost %d in %d files"
          % (nfiles, nmiss, fmiss, nhyph, fhyph))
    sys.exit(1 if nmiss else 0)


if __name__ == "__main__":
    main()
