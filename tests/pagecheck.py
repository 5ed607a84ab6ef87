#!/usr/bin/python3
"""pagecheck.py -- checks on an `imprint --dump-pages` rendering.

Usage: pagecheck.py CHECK DUMP
  breaks   no widow or orphan (a paragraph broken across pages keeps two
           lines or more on each side), no page ending with a heading,
           title or dateline or with a hyphenated line, no split table
           row, no header row alone at the foot of a page, and a continued
           table repeats its header.
  continued  some table continues on a new page, and its first row there
           names the delegation (every row of the input has one).
  ratios   no non-final justified line has an adjustment ratio above 1.0.
  hyphens  at most two consecutive lines end with a hyphen, and no
           hyphenated line ends inside a name: a word with two capitals or
           more (an acronym), or a capitalised word that is neither in the
           dictionary of common words (src/typeset/common.def) nor the
           first of a sentence.
Prints what is wrong and exits 1, or exits 0.
"""
import os
import re
import sys

LINE = re.compile(r"^  +(-?[\d.]+) +(-?[\d.]+) w= *([\d.]+) r=([+-][\d.]+) "
                  r"([H-])([L ]) (\S+) +\|(.*)\|$")
JUSTIFIED = ("body", "list", "quote")
KEEP = ("heading", "title", "dateline", "agency", "office", "kind")


def parse(path):
    pages = []
    with open(path, encoding="utf-8") as f:
        for raw in f:
            raw = raw.rstrip("\n")
            if raw.startswith("page "):
                pages.append([])
                continue
            m = LINE.match(raw)
            if m and pages is not None and m.group(7) != "footer":
                pages[-1].append({
                    "x": float(m.group(1)), "y": float(m.group(2)),
                    "r": float(m.group(4)), "hy": m.group(5) == "H",
                    "last": m.group(6) == "L", "role": m.group(7),
                    "text": m.group(8)})
    return pages


def check_breaks(pages, errs):
    for p in range(len(pages) - 1):
        cur, nxt = pages[p], pages[p + 1]
        if not cur or not nxt:
            continue
        end = cur[-1]
        if end["role"] in KEEP:
            errs.append("page %d ends with a %s: %s" % (p + 1, end["role"], end["text"]))
        if end["hy"] and end["role"] in JUSTIFIED:
            errs.append("page %d ends with a hyphen: %s" % (p + 1, end["text"]))
        if end["role"] in JUSTIFIED and not end["last"]:
            before = 0
            for l in reversed(cur):
                if l["role"] != end["role"] or (l["last"] and l is not end):
                    break
                before += 1
            after = 0
            for l in nxt:
                if l["role"] != end["role"]:
                    break
                after += 1
                if l["last"]:
                    break
            if before < 2:
                errs.append("orphan: page %d ends with one line of a paragraph: %s"
                            % (p + 1, end["text"]))
            if after < 2:
                errs.append("widow: page %d starts with the last line of a paragraph: %s"
                            % (p + 2, nxt[0]["text"]))
    for p, lines in enumerate(pages):
        heads = [l for l in lines if l["role"] == "table-head"]
        rows = [l for l in lines if l["role"] == "table"]
        if heads and not [l for l in rows if l["y"] < heads[0]["y"]]:
            errs.append("page %d: header row alone at the foot of the page" % (p + 1))
        if rows and not heads:
            errs.append("page %d: table rows without the header row" % (p + 1))
        if not rows or not heads:
            continue
        # the first row under the header: cells at its top y, the first
        # column's x among them (the delegation named again when continued)
        top = max(l["y"] for l in rows)
        first = [l for l in rows if abs(l["y"] - top) < 0.01]
        if len(first) < 2:
            errs.append("page %d: the table starts with a split row: %s"
                        % (p + 1, first[0]["text"]))


def check_continued(pages, errs):
    found = 0
    for p, lines in enumerate(pages):
        heads = [l for l in lines if l["role"] == "table-head"]
        rows = [l for l in lines if l["role"] == "table"]
        if p == 0 or not heads or not rows or \
                not any(l["role"] == "table" for l in pages[p - 1]):
            continue
        found += 1
        top = max(l["y"] for l in rows)
        col0 = min(l["x"] for l in heads)
        if not any(abs(l["x"] - col0) < 0.01 and abs(l["y"] - top) < 0.01
                   for l in rows):
            errs.append("page %d: the continued table does not name the "
                        "delegation on its first row" % (p + 1))
    if not found:
        errs.append("no table continued on a new page")


def check_ratios(pages, errs):
    for p, lines in enumerate(pages):
        for l in lines:
            if l["role"] in JUSTIFIED and not l["last"] and l["r"] > 1.0:
                errs.append("page %d: ratio %+.3f above 1.0: %s" % (p + 1, l["r"], l["text"]))


COMMON_DEF = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                          "src", "typeset", "common.def")


def common_words():
    try:
        with open(COMMON_DEF, encoding="utf-8") as f:
            return set(re.findall(r'^HY_COMMON\("([a-z]+)"\)', f.read(), re.M))
    except OSError:
        return set()


def name_hyphenated(line, after, common):
    """Whether line (hyphenated) ends inside a name; after is the text of
    the line that follows."""
    # the part hyphenated: after the last space or explicit hyphen
    # ("U.S.-spon-" hyphenates "sponsored")
    parts = re.split(r"[ \-\u2010\u2013\u2014/]", line[:-1])
    word = re.sub(r"^\W+", "", parts[-1])
    if not word[:1].isupper():
        return False
    rest = re.match(r"[\w\u2019']*", after).group(0)
    whole = re.sub(r"['\u2019]s?$", "", word + rest)  # possessive aside
    if sum(c.isupper() for c in whole) > 1:
        return True
    before = line[:len(line) - 1 - len(parts[-1])].rstrip()
    start = before == "" or re.search(r"[^A-Z.][a-z]{3,}[.?!][\"\u201d\u2019)]*$", before)
    return not (whole.lower() in common or start)


def check_hyphens(pages, errs):
    common = common_words()
    run = 0
    lines = [(p, l) for p, ls in enumerate(pages) for l in ls]
    for k, (p, l) in enumerate(lines):
        if l["role"] not in JUSTIFIED:
            continue
        if l["hy"]:
            run += 1
            if run > 2:
                errs.append("page %d: %d consecutive hyphenated lines: %s"
                            % (p + 1, run, l["text"]))
            after = lines[k + 1][1]["text"] if k + 1 < len(lines) else ""
            if name_hyphenated(l["text"], after, common):
                errs.append("page %d: a name is hyphenated: %s" % (p + 1, l["text"]))
        else:
            run = 0
        if l["last"]:
            run = 0


def main():
    check, path = sys.argv[1:3]
    pages = parse(path)
    errs = []
    if not pages:
        errs.append("no pages in " + path)
    {"breaks": check_breaks, "ratios": check_ratios,
     "hyphens": check_hyphens, "continued": check_continued}[check](pages, errs)
    for e in errs:
        print(e)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
