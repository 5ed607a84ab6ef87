#!/usr/bin/python3
"""sweepcheck.py -- batch text check for the corpus sweep: every word of each
input is in its PDF's extracted text.

Usage: sweepcheck.py LIST [JOBS]
LIST has one line per file: "INPUT.txt<TAB>EXTRACTED.txt[<TAB>OUTPUT.pdf]"
(pdftotext output, reading order, no -layout; with the PDF named, a file
with missing words is tried again with pdftotext -layout, and the better
extraction counts).  JOBS python processes share the work.  For each input:
  - the banner "An official website of the United States government" is
    skipped (it is intentionally not printed);
  - the header lines (title, date, office: up to the line after the date
    line, and the short lines that follow it -- a second byline, the place,
    the venue, at most four) must each appear, word for word, somewhere in
    the text (the letterhead sets them in its own order), unless the
    recogniser reports the line as dropped (--dump-json's "dropped": a
    posting date, site furniture);
  - every word of the body (the lines after the header) must appear in the
    text in order.  The alignment (difflib) tolerates a word hyphenated at a
    line end (pdftotext rejoins it), a word split across a line without a
    hyphen (a long URL), and an explicit hyphen that pdftotext dropped at a
    line end ("U.S.-" + "Mexico" -> "U.S.Mexico"): that last case is counted
    separately, not as missing.
Page furniture (lines recurring at the top or bottom of several pages) is
dropped, and invisible format characters (zero-width space, direction marks)
are not words.
Prints one line per file with a problem:
  MISSING<TAB>INPUT<TAB>N<TAB>first missing words (with context)
  HYPHEN<TAB>INPUT<TAB>N<TAB>the words whose line-end hyphen was dropped
  NOTEXT<TAB>INPUT          (no extracted text: the PDF is missing)
  NAMEHY<TAB>INPUT<TAB>N<TAB>the names hyphenated at a line end
then a last line "TOTAL files F missing M in K files hyphen-lost H in L files
names-hyphenated N in J files".
A name is hyphenated when a line of the PDF's content-order text
(pdftotext -raw) ends in a hyphen the input does not have, inside a word
that is a word of a participant's name or delegation (the statement as
IMPRINT --dump-json recognises it; IMPRINT from the environment, default
./imprint), a word of a country, demonym or other country name of
src/recognise/lexicon.def (of a name of several words, those that are
not in src/typeset/common.def), or an acronym or all-capital word (two capitals
or more).
Exit status 1 when any word is missing, else 0.
"""
import difflib
import json
import os
import re
import subprocess
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from textcheck import words  # noqa: E402

BANNER = "An official website of the United States government"
DATE = re.compile(r"^(January|February|March|April|May|June|July|August|"
                  r"September|October|November|December)\s+\d{1,2},\s+\d{4}$")
# Characters a typesetter may legitimately map differently; compare without.
FOLD = str.maketrans({"\u00ad": None, "\u2011": "-", "\u00a0": " "})
# Lines at a page's top or bottom that recur on other pages (digits aside):
# running heads and footers ("Page 2 of 6"), not text of the statement.
EDGE_LINES = 3
DIGITS = re.compile(r"\d+")
EDGE = "\"'()[]{}\u2018\u2019\u201c\u201d"


def norm(w):
    """w compared without invisible format characters (zero-width space,
    direction marks: category Cf), soft hyphens and no-break hyphens."""
    w = w.translate(FOLD)
    if not w.isascii():
        w = "".join(c for c in w if unicodedata.category(c) != "Cf")
    return w


def page_text(raw, layout=False):
    """The extracted text with page furniture dropped and a word hyphenated
    across a page break (or, with -layout, across any line) rejoined the way
    pdftotext rejoins it inside a page (the hyphen dropped)."""
    pages = [p.split("\n") for p in raw.split("\f")]
    pages = [[l for l in p if l.strip()] for p in pages]
    pages = [p for p in pages if p]
    if len(pages) > 1:
        seen = {}
        for p in pages:
            for l in set(p[:EDGE_LINES] + p[-EDGE_LINES:]):
                k = DIGITS.sub("#", l.strip())
                seen[k] = seen.get(k, 0) + 1
        # on (nearly) every page: a speaker's "Yes." or a list's
        # "VESSEL NAME: #" at a few page tops is no running head
        furn = {k for k, n in seen.items() if n >= 2 and n >= 0.8 * len(pages)}
        def strip(p):
            a, b = 0, len(p)
            while a < b and a < EDGE_LINES and DIGITS.sub("#", p[a].strip()) in furn:
                a += 1
            while b > a and len(p) - b < EDGE_LINES and \
                    DIGITS.sub("#", p[b - 1].strip()) in furn:
                b -= 1
            return p[a:b]
        pages = [strip(p) for p in pages]
    lines = [l for p in pages for l in p]
    text = "\n".join(lines)
    if layout:
        return re.sub(r"(\w)-\n\s*(?=\w)", r"\1", text)
    # non-layout: only the joins at page breaks are left to do
    out = []
    for p in pages:
        t = "\n".join(p)
        if out and re.search(r"\w-$", out[-1]) and re.match(r"\s*\w", t):
            out[-1] = out[-1][:-1] + t.lstrip()
        else:
            out.append(t)
    return "\n".join(out)


def split_input(text):
    """(header lines, body lines) of one input statement."""
    lines = [l.strip() for l in text.splitlines()]
    lines = [l for l in lines if l]
    if lines and lines[0] == BANNER:
        lines = lines[1:]
    # header: through the line after the date, when the date is near the top,
    # and the short header lines that follow it (a second byline, the place,
    # the venue: at most four)
    for k, l in enumerate(lines[:6]):
        if DATE.match(l):
            end = min(k + 2, len(lines))
            while end < min(k + 6, len(lines) - 1) and header_like(lines[end]):
                end += 1
            return lines[:end], lines[end:]
    return [], lines


def header_like(line):
    """A short line of a header (a byline "Name, Title", a place such as
    "Washington, D.C.", a venue), not the start of the text: at most 16
    words and no sentence end (a period after a lowercase word; a final
    period only after an abbreviation such as "D.C.")."""
    if len(line.split()) > 16 or re.search(r"[:;?!]$|\b[a-z]+\. ", line):
        return False
    return not line.endswith(".") or re.search(r"\b(?:[A-Z]\.)+$", line)


def squash(ws):
    return "".join(ws).replace("-", "")


def check_file(src, ext, pdf=None):
    """(missing words, hyphen-lost words) of one input against the text
    extracted to ext; when words are missing and the PDF is known, the
    -layout extraction gets a chance too (pdftotext's reading order splits a
    very loose justified line into blocks) and the better of the two wins."""
    with open(src, encoding="utf-8-sig") as f:
        header, body = split_input(f.read())
    with open(ext, encoding="utf-8", errors="replace") as f:
        raw = f.read()
    r = compare(header, body, page_text(raw))
    if any(ctx.startswith("header: ") for _, ctx in r[0]):
        # a header line the recogniser reports as dropped (a posting date,
        # site furniture) is accounted for, not lost
        gone = dropped_of(src)
        header = [l for l in header if " ".join(l.split()) not in gone]
        r = compare(header, body, page_text(raw))
    if r[0] and pdf:
        lay = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", pdf, "-"],
                             capture_output=True).stdout.decode("utf-8", "replace")
        r2 = compare(header, body, page_text(lay, layout=True))
        if len(r2[0]) < len(r[0]):
            r = r2
    return r


# A seam inside a word where a copy ran two header items together
# ("SecretaryBureau"): the recogniser sets the items apart, each where the
# layout puts it (the bureau in the letterhead).
SEAM = re.compile(r"(?<=[a-z]{4})(?=[A-Z][a-z])")


def glued_there(w, flat):
    """Whether w is header items run together whose pieces are all there."""
    pieces = SEAM.split(w)
    return len(pieces) > 1 and all(squash([p]) in flat for p in pieces)


def compare(header, body, text):
    out = [norm(w) for w in words(text)]
    out = [w for w in out if w]
    flat = squash(out)
    missing = []      # (word, context)
    hyphen = []       # input words whose explicit line-end hyphen was lost
    for line in header:
        hw = [w for w in (norm(w) for w in words(line)) if w]
        if squash(hw) not in flat:
            # not as one run: the header words that no in-order match finds
            sm = difflib.SequenceMatcher(None, hw, out, autojunk=False)
            got = sum(b.size for b in sm.get_matching_blocks())
            lost = [w for w in hw if squash([w]) not in flat and not glued_there(w, flat)]
            if not lost and any(len(SEAM.split(w)) > 1 for w in hw):
                continue  # glued items, each set where the layout puts it
            if not lost and got < len(hw):
                lost = ["(%d of %d words out of place)" % (len(hw) - got, len(hw))]
            for w in lost or ["(the line is split by other text)"]:
                missing.append((w, "header: " + line[:60]))
    want = [w for w in (norm(w) for w in words("\n".join(body))) if w]
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


ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
IMPRINT = os.environ.get("IMPRINT", os.path.join(ROOT, "imprint"))
LEX_ROW = re.compile(r'^LEX_COUNTRY\("([^"]*)", (?:"([^"]*)"|LEX_NO_DEMONYM), "([^"]*)"\)')
WORD = re.compile(r"[^\W\d_]+(?:['\u2019.][^\W\d_]+)*")


def common_words():
    """The dictionary of common words hyphenation may break capitalised."""
    with open(os.path.join(ROOT, "src/typeset/common.def"), encoding="utf-8") as f:
        return set(re.findall(r'^HY_COMMON\("([a-z]+)"\)', f.read(), re.M))


def country_words():
    """The capitalised words of the lexicon's countries, demonyms and other
    names: every one-word name, and the words of longer names that are no
    common words ("Korea" and "Kingdom", not "Democratic" or "United")."""
    common = common_words()
    out = set()
    with open(os.path.join(ROOT, "src/recognise/lexicon.def"), encoding="utf-8") as f:
        for line in f:
            m = LEX_ROW.match(line)
            if not m:
                continue
            for group in m.groups():
                for name in (group or "").split("|"):
                    ws = [w for w in WORD.findall(name) if w[:1].isupper()]
                    if len(ws) > 1:
                        ws = [w for w in ws if w.lower() not in common]
                    out.update(ws)
    return out


COUNTRIES = country_words()


def dump_json(src):
    """What IMPRINT --dump-json recognises in src, or {} when it gives no
    JSON."""
    r = subprocess.run([IMPRINT, "-q", "--dump-json", src], capture_output=True)
    try:
        return json.loads(r.stdout.decode("utf-8", "replace"))
    except ValueError:
        return {}


def dropped_of(src):
    """The lines of src that --dump-json reports in its dropped list."""
    gone = dump_json(src).get("dropped") or []
    return {" ".join((d.get("text") or "").split()) for d in gone}


def names_of(src):
    """The words of the participants' names and delegations of src."""
    out = set()
    for p in dump_json(src).get("participants") or []:
        for k in ("name", "delegation"):
            out.update(w for w in WORD.findall(p.get(k) or "") if w[:1].isupper())
    return out


def is_name(word, names):
    """Whether word (possessive aside) is a name, country or acronym."""
    w = re.sub(r"['\u2019]s$", "", word)
    caps = sum(c.isupper() for c in w)
    return w in names or w in COUNTRIES or caps >= 2


def hyphenated_names(src, pdf):
    """The names hyphenated at line ends of pdf (hyphens not in src)."""
    raw = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", pdf, "-"],
                         capture_output=True).stdout.decode("utf-8", "replace")
    with open(src, encoding="utf-8-sig") as f:
        text = f.read().replace("\u00ad", "")  # soft hyphens are no hyphens
    lines = raw.split("\n")
    found = []
    names = None
    for a, b in zip(lines, lines[1:]):
        m = re.search(r"([^\W\d_][\w'\u2019.]*)-$", a.rstrip())
        n = re.match(r"\s*([\w'\u2019.]+)", b)
        if not m or not n:
            continue
        head, tail = m.group(1), n.group(1).rstrip(".")
        if head + "-" + tail in text or head + tail not in text:
            continue  # an explicit hyphen, or no word of the input
        if names is None:
            names = names_of(src)
        if is_name(head + tail, names):
            found.append(head + "-" + tail)
    return found


def check_one(row):
    src, ext, pdf = row
    if not os.path.exists(ext):
        return src, None, None, None
    m, h = check_file(src, ext, pdf)
    nh = hyphenated_names(src, pdf) if pdf and os.path.exists(pdf) else []
    return src, m, h, nh


def main():
    listing = sys.argv[1]
    jobs = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    nfiles = nmiss = fmiss = nhyph = fhyph = nname = fname = 0
    with open(listing, encoding="utf-8") as f:
        rows = [l.rstrip("\n").split("\t") for l in f if l.strip()]
    rows = [(r + [None])[:3] for r in rows]
    if jobs > 1:
        import multiprocessing
        with multiprocessing.Pool(jobs) as pool:
            results = pool.map(check_one, rows, chunksize=16)
    else:
        results = map(check_one, rows)
    for src, missing, hyphen, names in results:
        nfiles += 1
        if missing is None:
            print("NOTEXT\t%s" % src)
            continue
        if missing:
            nmiss += len(missing)
            fmiss += 1
            first = "; ".join("%r (%s)" % m for m in missing[:4])
            print("MISSING\t%s\t%d\t%s" % (src, len(missing), first))
        if hyphen:
            nhyph += len(hyphen)
            fhyph += 1
            print("HYPHEN\t%s\t%d\t%s" % (src, len(hyphen), " ".join(hyphen[:6])))
        if names:
            nname += len(names)
            fname += 1
            print("NAMEHY\t%s\t%d\t%s" % (src, len(names), " ".join(names[:6])))
    print("TOTAL files %d missing %d in %d files hyphen-lost %d in %d files "
          "names-hyphenated %d in %d files"
          % (nfiles, nmiss, fmiss, nhyph, fhyph, nname, fname))
    sys.exit(1 if nmiss else 0)


if __name__ == "__main__":
    main()
