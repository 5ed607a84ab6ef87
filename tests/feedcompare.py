#!/usr/bin/python3
"""feedcompare.py -- the statements imprint reads from feed items against
the same statements read from their copied text.

Usage: feedcompare.py [--list] IMPRINT CORPUSDIR FEED...
Reads the feeds' items (imprint --dump-json FEED...), finds each item's
copied text in CORPUSDIR (a file named YYYY-MM-DD-NNNN-slug.txt, matched by
title within a day of the item's date), reads those (imprint --dump-json),
and prints, per item, whether title, date and participants agree, and each
difference (--list: prints only the matched copied-text files, one a
line, for timing the two inputs against each other).  Exits 1 when an item has no copied text, else 0.
"""
import datetime
import glob
import json
import os
import re
import subprocess
import sys


def objects(text):
    """The JSON objects of text, one after another (what --dump-json prints
    for several inputs)."""
    dec, out, i = json.JSONDecoder(), [], 0
    while i < len(text):
        if text[i].isspace():
            i += 1
            continue
        obj, i = dec.raw_decode(text, i)
        out.append(obj)
    return out


def dump(imprint, paths):
    r = subprocess.run([imprint, "-q", "--dump-json"] + paths, capture_output=True, text=True)
    return objects(r.stdout)


def key(title):
    return re.sub(r"[^a-z0-9]", "", (title or "").lower().replace("\u2019", "'"))


def parts(s):
    return sorted((p["delegation"] or "", p["title"] or "", p["name"] or "") for p in s["participants"])


def main():
    args = sys.argv[1:]
    listing = args[0] == "--list"
    if listing:
        args = args[1:]
    imprint, corpus, feeds = args[0], args[1], args[2:]
    items = dump(imprint, feeds)
    days = set()
    for it in items:
        if it["date"]:
            d = datetime.date.fromisoformat(it["date"])
            for k in (-1, 0, 1):
                days.add((d + datetime.timedelta(days=k)).isoformat())
    files = sorted(f for f in glob.glob(os.path.join(corpus, "*.txt"))
                   if os.path.basename(f)[:10] in days)
    texts = dump(imprint, files)
    by_title = {}
    for f, s in zip(files, texts):
        by_title.setdefault(key(s["title"]), []).append((f, s))
    missing = agree = 0
    for n, it in enumerate(items, 1):
        cands = by_title.get(key(it["title"]), [])
        if not cands:
            missing += 1
            print("item %d %r: no copied text found" % (n, it["title"]))
            continue
        f, s = min(cands, key=lambda c: c[1]["date"] != it["date"])
        if listing:
            print(f)
            continue
        diffs = []
        for field in ("title", "date"):
            if it[field] != s[field]:
                diffs.append("%s: feed %r, text %r" % (field, it[field], s[field]))
        pf, pt = parts(it), parts(s)
        if pf != pt:
            diffs.append("participants: feed only %s; text only %s" % (
                [p for p in pf if p not in pt], [p for p in pt if p not in pf]))
        if diffs:
            print("item %d %s:\n    %s" % (n, os.path.basename(f), "\n    ".join(diffs)))
        else:
            agree += 1
    if listing:
        sys.exit(1 if missing else 0)
    print("%d items: %d agree on title, date and participants, %d differ, %d without copied text"
          % (len(items), agree, len(items) - agree - missing, missing))
    sys.exit(1 if missing else 0)


if __name__ == "__main__":
    main()
