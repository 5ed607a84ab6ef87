#!/usr/bin/python3
"""feedcheck.py -- the PDFs imprint typeset from feed items carry what the
items' HTML bodies carry.

Usage: feedcheck.py PDFDIR DUMP.json FEED...
PDFDIR holds one PDF per item, named by the item's link slug (as imprint
names them); DUMP.json is `imprint --dump-json FEED...` (one JSON object
per item, in feed order).  For each item: every word of its HTML body text
is in the PDF's text (pdftotext), in order (a word hyphenated at a line end
counts joined); each h2-h4 is a heading block; each <ol start=N> gives a
list item marked "N."; each http(s)/mailto link is a link annotation of the
PDF.  Prints one line per failing item and a summary; exits 1 on a failure.
"""
import html.parser
import re
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET

from feedcompare import objects  # the JSON objects of a --dump-json of several inputs

COUNTS = {"headings": 0, "numbered lists": 0, "links": 0}
BLOCKS = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "br",
          "blockquote", "table", "tr", "td", "th", "hr", "section", "figure"}
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"


class Body(html.parser.HTMLParser):
    """Text, headings, list starts and links of an HTML fragment."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text, self.headings, self.starts, self.links = [], [], [], []
        self.skip = 0
        self.heading = None
        self.last_p = False  # the last thing seen opened a paragraph
        self.bold = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        was_p, self.last_p = self.last_p, tag == "p"
        if tag != "strong" and self.bold is not None and tag not in ("br",):
            self.bold = ""  # more than bold text in the paragraph
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in ("h2", "h3", "h4"):
            self.heading = []
        elif tag == "strong" and was_p:
            self.heading = []  # a paragraph that opens in bold: maybe a heading
        elif tag == "ol":
            self.starts.append(int(a.get("start") or 1))
        elif tag == "a" and re.match(r"(https?:|mailto:)", a.get("href") or "", re.I):
            self.links.append(a["href"].strip())
        if tag in BLOCKS:
            self.text.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        elif tag in ("h2", "h3", "h4") and self.heading is not None:
            self.headings.append(" ".join("".join(self.heading).split()))
            self.heading = None
        elif tag == "strong" and self.heading is not None:
            self.bold = " ".join("".join(self.heading).split())
            self.heading = None
        elif tag == "p" and self.bold is not None:
            # <p><strong>Short words</strong></p>: the page's heading
            if self.bold and not re.search(r"[.:;,!?]$", self.bold) and len(self.bold.split()) <= 12:
                self.headings.append(self.bold)
            self.bold = None
        if tag in BLOCKS:
            self.text.append(" ")

    def handle_data(self, data):
        if self.skip:
            return
        if data.strip():
            if self.heading is None and self.bold is not None:
                self.bold = ""  # text outside the bold run
            self.last_p = False
        self.text.append(data)
        if self.heading is not None:
            self.heading.append(data)


def words(text):
    return [unicodedata.normalize("NFC", w) for w in text.replace("\u00a0", " ").split()]


def slug(link):
    u = re.split(r"[?#]", link)[0].rstrip("/")
    seg = u.rsplit("/", 1)[-1]
    out = ""
    for c in seg:
        if c.isascii() and (c.isalnum() or c == "_" or (c == "." and out)):
            out += c.lower()
        elif out and not out.endswith("-"):
            out += "-"
        if len(out) >= 80:
            break
    return out.rstrip("-.")


def joins(have, k, w):
    """Tokens from k that make w: itself, or a word broken at a line end
    after a hyphen or a slash (a URL), the rest possibly after a page's
    running footer and header (a dozen tokens).  The count used, or 0."""
    t = have[k]
    if t == w:
        return 1
    if not (t.endswith("-") or t.endswith("/")) or not w.startswith(t[:-1]):
        return 0
    for m in range(k + 1, min(len(have), k + 14)):
        if t[:-1] + have[m] == w or t + have[m] == w:
            return m - k + 1
    return 0


def in_order(want, have):
    j = 0
    for w in want:
        k, found = j, False
        while k < len(have):
            used = joins(have, k, w)
            if used:
                j = k + used
                found = True
                break
            k += 1
        if not found:
            return "word %r not found in order after: %s" % (w, " ".join(have[max(0, j - 6):j]))
    return None


def pdf_links(path):
    import pikepdf
    uris = set()
    with pikepdf.open(path) as pdf:
        for page in pdf.pages:
            for a in page.get("/Annots", []):
                act = a.get("/A")
                if act is not None and "/URI" in act:
                    uris.add(str(act.URI))
    return uris


def check_item(item, stmt, pdfdir):
    b = Body()
    b.feed(item.findtext(CONTENT) or item.findtext("description") or "")
    pdf = "%s/%s.pdf" % (pdfdir, slug(item.findtext("link")))
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], capture_output=True,
                          text=True, check=True).stdout
    err = in_order(words("".join(b.text)), words(text))
    if err:
        return err
    heads = [bl["text"] for bl in stmt["blocks"] if bl["type"] == "heading"]
    for h in b.headings:
        if h and h not in heads:
            return "heading %r is not a heading block" % h
    markers = [bl["marker"] for bl in stmt["blocks"] if bl["type"] == "list_item"]
    for s in b.starts:
        if "%d." % s not in markers:
            return "list starting at %d has no item marked %d." % (s, s)
    COUNTS["headings"] += bool(b.headings)
    COUNTS["numbered lists"] += bool(b.starts)
    COUNTS["links"] += bool(b.links)
    links = pdf_links(pdf)
    for l in b.links:
        if l not in links:
            return "link %s is not a link annotation" % l
    return None


def main():
    pdfdir, dump, feeds = sys.argv[1], sys.argv[2], sys.argv[3:]
    stmts = objects(open(dump, encoding="utf-8").read())
    n = bad = 0
    counts = {"headings": 0, "numbered lists": 0, "links": 0}
    for feed in feeds:
        for k, item in enumerate(ET.parse(feed).getroot().iter("item"), 1):
            err = check_item(item, stmts[n], pdfdir) if n < len(stmts) else "no statement"
            n += 1
            if err:
                bad += 1
                print("%s item %d: %s" % (feed, k, err))
    print("%d items, %d failed; %s" % (n, bad, ", ".join(
        "%d with %s" % (v, k) for k, v in COUNTS.items())))
    sys.exit(1 if bad or n != len(stmts) else 0)


if __name__ == "__main__":
    main()
