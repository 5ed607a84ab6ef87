#!/usr/bin/python3
"""catalogue.py -- where the tests assert each message identifier.

Usage: catalogue.py IDENTS FILE...
IDENTS holds one message identifier a line (e.g. utf8-invalid).  For each,
prints "IDENT FILE:LINE" naming the first assertion found that expects it,
or "IDENT -" when no test asserts it.

A test asserts an identifier when an assertion expects it as diag prints it
at the end of every message, "[IDENT]" (in a regular expression
"\\[IDENT\\]").  An identifier merely mentioned (in a comment, a check's
description, an input file, or as a bare word) does not count.  Assertions:
  *.sh   the pattern of check_run (3rd argument) and of case_ (4th), the
         expected value of check_eq (2nd), and the pattern of every grep,
         also inside a quoted `bash -c` script; comment lines and here-
         documents (inputs and helper programs) are left out.
  *.c *.h  string literals (adjacent literals joined) outside comments: the
         unit tests put the messages they expect in assert_*() calls,
         expect_*() helpers or tables of expected messages.
  *.err  expected standard error, line by line.
"""
import re
import sys


def printed_re(ident):
    """The identifier as diag prints it, "[IDENT]", also written as a regular
    expression ("\\[IDENT\\]")."""
    return re.compile(r"\\?\[" + re.escape(ident) + r"\\?\]")


# ---- shell ------------------------------------------------------------------

def shell_lines(text):
    """Logical lines (continuations joined) outside here-documents and
    comment lines, as (line number, text)."""
    out = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        start = i
        line = lines[i]
        while line.endswith("\\") and i + 1 < len(lines):
            i += 1
            line = line[:-1] + " " + lines[i]
        i += 1
        if line.lstrip().startswith("#"):
            continue
        out.append((start + 1, line))
        m = re.search(r"<<(-?)\s*['\"]?([A-Za-z_][A-Za-z0-9_]*)['\"]?", line)
        if m and not re.search(r"<<<", line):
            strip, delim = m.group(1) == "-", m.group(2)
            while i < len(lines):
                body = lines[i].lstrip("\t") if strip else lines[i]
                i += 1
                if body == delim:
                    break
    return out


def shell_words(line):
    """Words of a shell line with quotes removed; operators are words of
    their own; an unquoted # at a word's start ends the line."""
    words, cur, inword, i = [], [], False, 0
    while i < len(line):
        c = line[i]
        if c == "'":
            j = line.find("'", i + 1)
            j = len(line) if j < 0 else j
            cur.append(line[i + 1:j])
            inword, i = True, j + 1
        elif c == '"':
            j, buf = i + 1, []
            while j < len(line) and line[j] != '"':
                if line[j] == "\\" and j + 1 < len(line) and line[j + 1] in '"\\$`':
                    j += 1
                buf.append(line[j])
                j += 1
            cur.append("".join(buf))
            inword, i = True, j + 1
        elif c == "\\" and i + 1 < len(line):
            cur.append(line[i + 1])
            inword, i = True, i + 2
        elif c in " \t":
            if inword:
                words.append("".join(cur))
            cur, inword, i = [], False, i + 1
        elif c in ";|&()":
            if inword:
                words.append("".join(cur))
            words.append(c)
            cur, inword, i = [], False, i + 1
        elif c == "#" and not inword:
            break
        else:
            cur.append(c)
            inword, i = True, i + 1
    if inword:
        words.append("".join(cur))
    return words


GREP_ARG_OPTS = {"-m", "-A", "-B", "-C", "-f", "--max-count"}


def grep_pattern(words, i):
    """The pattern of the grep at words[i], or None."""
    j = i + 1
    while j < len(words):
        w = words[j]
        if w in ("-e", "--regexp"):
            return words[j + 1] if j + 1 < len(words) else None
        if w == "--":
            return words[j + 1] if j + 1 < len(words) else None
        if w in GREP_ARG_OPTS:
            j += 2
            continue
        if w.startswith("-") and len(w) > 1:
            j += 1
            continue
        return w
    return None


def shell_patterns(line, depth=0):
    """What the assertions of one logical shell line expect."""
    words = shell_words(line)
    pats = []
    for i, w in enumerate(words):
        if w == "check_run" and i + 3 < len(words):
            pats.append(words[i + 3])
        elif w == "case_" and i + 4 < len(words):
            pats.append(words[i + 4])
        elif w == "check_eq" and i + 2 < len(words):
            pats.append(words[i + 2])
        elif w in ("grep", "egrep"):
            p = grep_pattern(words, i)
            if p is not None:
                pats.append(p)
        elif depth < 3 and " " in w and "grep" in w:
            pats.extend(shell_patterns(w, depth + 1))   # a quoted script
    return pats


def scan_shell(path, text, idents, found):
    for no, line in shell_lines(text):
        for pat in shell_patterns(line):
            for ident, rx in idents:
                if ident not in found and rx.search(pat):
                    found[ident] = "%s:%d" % (path, no)


# ---- C ----------------------------------------------------------------------

def c_literals(text):
    """String literals of C source outside comments, adjacent ones joined:
    (line number, value with escapes left as written)."""
    lits, i, n, last_end = [], 0, len(text), None

    while i < n:
        if text.startswith("/*", i):
            j = text.find("*/", i + 2)
            i = n if j < 0 else j + 2
        elif text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif text[i] in "\"'":
            q, j = text[i], i + 1
            while j < n and text[j] != q:
                j += 2 if text[j] == "\\" else 1
            if q == '"':
                value = text[i + 1:j]
                if lits and last_end is not None and text[last_end:i].strip() == "":
                    no, prev = lits[-1]
                    lits[-1] = (no, prev + value)
                else:
                    lits.append((text.count("\n", 0, i) + 1, value))
                last_end = j + 1
            i = j + 1
        else:
            i += 1
    return lits


def scan_c(path, text, idents, found):
    for no, value in c_literals(text):
        for ident, rx in idents:
            if ident not in found and rx.search(value):
                found[ident] = "%s:%d" % (path, no)


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        names = [l.strip() for l in f if l.strip()]
    idents = [(n, printed_re(n)) for n in names]
    found = {}
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
        if path.endswith(".sh"):
            scan_shell(path, text, idents, found)
        elif path.endswith((".c", ".h")):
            scan_c(path, text, idents, found)
        elif path.endswith(".err"):
            for ident, rx in idents:
                if ident not in found:
                    for no, line in enumerate(text.split("\n"), 1):
                        if rx.search(line):
                            found[ident] = "%s:%d" % (path, no)
                            break
    for n in names:
        print(n, found.get(n, "-"))


if __name__ == "__main__":
    main()
