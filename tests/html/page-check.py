#!/usr/bin/python3
"""page-check.py -- a hand-written page's article body is in the PDF.

Usage: page-check.py PAGE.html BODYCLASS EXTRACTED.txt
Every word of the text inside the element whose class or id is BODYCLASS
(scripts, styles and comments left out) must be in EXTRACTED.txt (pdftotext
output), in order; tests/feedcheck.py decides how words match.
"""
import html.parser
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
import feedcheck  # noqa: E402


# elements not counted for depth: void, or often left unclosed
NOCOUNT = ("br", "img", "hr", "input", "meta", "link", "p", "li")


class Body(html.parser.HTMLParser):
    def __init__(self, want):
        super().__init__(convert_charrefs=True)
        self.want, self.depth, self.skip, self.text = want, 0, 0, []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if self.depth:
            self.depth += tag not in NOCOUNT
        elif self.want in (a.get("class") or "").split() or a.get("id") == self.want:
            self.depth = 1
        if tag in ("script", "style"):
            self.skip += 1
        if self.depth and tag in feedcheck.BLOCKS:
            self.text.append(" ")
        if self.depth and tag == "img" and a.get("alt"):
            self.text.append(" " + a["alt"] + " ")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        if self.depth and tag not in NOCOUNT:
            self.depth -= 1
        if self.depth and tag in feedcheck.BLOCKS:
            self.text.append(" ")

    def handle_data(self, data):
        if self.depth and not self.skip:
            self.text.append(data)


def main():
    page, want, ext = sys.argv[1:4]
    b = Body(want)
    b.feed(open(page, encoding="utf-8").read())
    words = feedcheck.words("".join(b.text))
    err = feedcheck.in_order(words, feedcheck.words(open(ext, encoding="utf-8").read()))
    if err or not words:
        print(err or "no body text found")
        sys.exit(1)
    print("%d words found in order" % len(words))


if __name__ == "__main__":
    main()
