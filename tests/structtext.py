#!/usr/bin/python3
"""structtext.py -- the text of a tagged PDF's structure tree is the text of
its pages, in reading order, without the artifacts.

Usage: structtext.py FILE.pdf PAGES.txt
PAGES.txt is `imprint --dump-pages` of the same input and options.  The text
poppler reads from the structure tree (`pdfinfo -struct-text`) must be,
character for character (white space aside), the text of the dump's lines
in order, leaving out what the PDF marks as artifacts: the footer lines
(page numbers, copy line), the table header repeated on a later page and a
delegation named again at the top of a later page.  List labels (Lbl, which
the dump does not show) are counted, not compared.  Prints the first
difference with its context and exits 1, or the count of characters and
exits 0.
"""
import re
import subprocess
import sys

LINE = re.compile(r"^ +(-?[0-9.]+) +(-?[0-9.]+) w= *[-0-9.]+ r=[-+0-9.]+ "
                  r"..? ?(\S+) *\|(.*)\|$")
INVISIBLE = dict.fromkeys([0x00AD, 0x200E, 0x200F, *range(0x202A, 0x202F),
                           *range(0x2066, 0x206A)])


def squeeze(s):
    return "".join(s.translate(INVISIBLE).split())


def expected(dump):
    """The dump's text without the lines the PDF marks as artifacts."""
    out = []
    head_x = None      # x of the table's first column
    head_seen = False  # the header is on an earlier page
    last_deleg = None
    page_head = False  # this page has shown a header already
    row_on_page = False
    for raw in dump.splitlines():
        if raw.startswith("page "):
            page_head = row_on_page = False
            continue
        m = LINE.match(raw)
        if not m:
            continue
        x, role, text = float(m.group(1)), m.group(3), m.group(4)
        if role == "footer":
            continue
        if role == "table-head":
            if head_x is None or x < head_x:
                head_x = x
            if head_seen and not page_head:
                continue  # repeated over continued rows
            page_head = True
            out.append(text)
            continue
        if role == "table" and head_x is not None and abs(x - head_x) < 0.01:
            if not row_on_page and text == last_deleg and head_seen:
                row_on_page = True
                continue  # the delegation named again on a new page
            last_deleg = text
        if role == "table":
            row_on_page = True
        if page_head and role != "table-head":
            head_seen = True
        out.append(text)
    return out


def struct_text(pdf):
    res = subprocess.run(["pdfinfo", "-struct-text", pdf],
                         capture_output=True, text=True)
    if res.returncode:
        sys.exit("pdfinfo -struct-text failed: " + res.stderr)
    texts, labels, kind = [], [], ""
    for line in res.stdout.splitlines():
        s = line.strip()
        if len(s) >= 2 and s[0] == '"' and s[-1] == '"':
            (labels if kind == "Lbl" else texts).append(s[1:-1])
        elif s and not s.startswith("/"):
            kind = s.split()[0].rstrip(":")
    return texts, labels


def main():
    pdf, dump = sys.argv[1:3]
    with open(dump, encoding="utf-8") as f:
        want = squeeze("".join(expected(f.read())))
    texts, labels = struct_text(pdf)
    got = squeeze("".join(texts))
    if want != got:
        i = 0
        while i < min(len(want), len(got)) and want[i] == got[i]:
            i += 1
        print("structure text differs at character %d" % i)
        print("  pages:     ...%s|%s" % (want[max(0, i - 40):i], want[i:i + 40]))
        print("  structure: ...%s|%s" % (got[max(0, i - 40):i], got[i:i + 40]))
        sys.exit(1)
    print("%d characters in reading order, no artifacts; %d list labels" %
          (len(got), len(labels)))


if __name__ == "__main__":
    main()
