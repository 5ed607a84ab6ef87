#!/usr/bin/python3
"""readorder.py -- a Markdown statement read in its natural order from a
PDF's extracted text (pdftotext, mutool draw -F txt, pdf.js).

Usage: readorder.py SOURCE.md EXTRACTED.txt
Checks, and prints a line for each failure (exit 1), or "ok N" (exit 0):
  - every list item of the body ("- text", "1. text") is read with its
    marker first: a line of the text starts with the marker ("•" for "-",
    a dash at a nested level, the number for a numbered item) followed by the item's first words;
  - the participant table is read row by row: each participant's title and
    then name come in the header's order, every cell's words in order;
  - every word of the body comes in order (markup aside).
"""
import re
import sys


def norm(s):
    """Markdown's emphasis and link syntax taken off ([text](url) -> text)."""
    s = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", s)
    return re.sub(r"[*_`]", "", s)


def flat(tokens):
    """Words compared without hyphens: a word broken at a line end
    ("announce-" "ments", as mutool and pdf.js give it) is joined, and
    hyphens inside words are dropped on both sides."""
    out = []
    for t in tokens:
        if out and out[-1].endswith("\0"):
            out[-1] = out[-1][:-1] + t.replace("-", "")
        else:
            out.append(t[:-1].replace("-", "") + "\0" if t.endswith("-") and len(t) > 1
                       else t.replace("-", ""))
    return [t.rstrip("\0") for t in out]


def seq_in(words, text_words, start=0):
    """The index after words found in order in text_words from start, or
    -1."""
    i = start
    for w in words:
        try:
            i = text_words.index(w, i) + 1
        except ValueError:
            return -1
    return i


def main():
    src, ext = sys.argv[1:3]
    text = open(ext, encoding="utf-8", errors="replace").read()
    lines = [l.strip() for l in text.splitlines()]
    tw = flat(text.replace("\u00ad", "").split())
    head, body = open(src, encoding="utf-8").read().split("\n---\n", 1)
    bad = []
    items = 0
    for line in body.splitlines():
        m = re.match(r"\s*(-|\d+\.)\s+(.*)", line)
        if not m:
            continue
        items += 1
        marker = "[•–◦▪]" if m.group(1) == "-" else re.escape(m.group(1))
        first = " ".join(norm(m.group(2)).split()[:3])
        if not any(re.match(marker + r"\s+" + re.escape(first), l) for l in lines):
            bad.append("list item not read marker first: %s %s" % (marker, first))
    parts = re.findall(r'-\s+name:\s*"([^"]*)"\s*\n\s*title:\s*"([^"]*)"', head)
    at = seq_in(["Participants"], tw)
    for name, title in parts:
        nxt = seq_in(flat(title.split() + name.split()), tw, max(at, 0))
        if nxt < 0:
            bad.append("participant row out of order: %s, %s" % (title, name))
        else:
            at = nxt
    words = flat(norm(re.sub(r"(?m)^\s*(#+|-|\d+\.|>)\s+", "", body)).split())
    i = 0
    for k, w in enumerate(words):
        if w in tw[i:]:
            i = tw.index(w, i) + 1
        else:
            bad.append("the body's words are not all there in order: %r after %s"
                       % (w, " ".join(words[max(0, k - 4):k])))
            break
    for b in bad:
        print(b)
    if not bad:
        print("ok %d items, %d participants, %d words" % (items, len(parts), len(words)))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
