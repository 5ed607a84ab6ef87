#!/usr/bin/python3
"""textcheck.py -- every word of the input's body is in a PDF's extracted
text, in order.

Usage: textcheck.py INPUT.txt EXTRACTED.txt [--from-line N]
The body is the input from line N on (default: after the header that the
recogniser turns into metadata; pass it explicitly).  The extracted text is
pdftotext output: a word hyphenated at a line end ("hyphen-" "ation") counts
as the joined word; soft hyphens and directional marks are ignored.  Prints the first missing word and its context and exits
1, or prints the count and exits 0.
"""
import sys
import unicodedata


# Invisible characters: soft hyphens, which a PDF shows only as the hyphen
# of a line broken there, are dropped; the directional marks pdftotext puts
# around right-to-left text (U+202B ... U+202C, where the space beside them
# may fall on the other side) separate words.
INVISIBLE = dict.fromkeys([0x00AD])
INVISIBLE.update(dict.fromkeys([0x200E, 0x200F, *range(0x202A, 0x202F),
                                *range(0x2066, 0x206A)], " "))


def words(text):
    text = text.translate(INVISIBLE)
    return [unicodedata.normalize("NFC", w) for w in text.split()]


def main():
    args = sys.argv[1:]
    start = 1
    if "--from-line" in args:
        k = args.index("--from-line")
        start = int(args[k + 1])
        del args[k:k + 2]
    src, ext = args
    with open(src, encoding="utf-8-sig") as f:
        body = "".join(f.read().splitlines(True)[start - 1:])
    with open(ext, encoding="utf-8") as f:
        out = words(f.read())
    want = words(body)
    j = 0
    for i, w in enumerate(want):
        k = j
        found = False
        while k < len(out):
            t = out[k]
            if t == w:
                j = k + 1
                found = True
                break
            if k + 1 < len(out) and t.endswith("-"):
                if t[:-1] + out[k + 1] == w or t + out[k + 1] == w:
                    j = k + 2
                    found = True
                    break
            k += 1
        if not found:
            print("word %d %r not found in order after: %s" %
                  (i + 1, w, " ".join(out[max(0, j - 8):j])))
            sys.exit(1)
    print("%d words found in order" % len(want))


if __name__ == "__main__":
    main()
