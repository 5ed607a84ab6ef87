#!/usr/bin/env python3
"""typography.py -- line quality of justified text, measured from PDFs alone.

Reads the word boxes poppler finds (`pdftotext -bbox-layout`) and, for the
justified lines that do not end a paragraph, computes:

  worst    the loosest line's mean interword gap / the normal space
  >1.5x    lines looser than 1.5 times the normal space
  >2x      lines looser than 2 times
  hyphen   pages whose last line of text ends with a hyphen
  change   mean change of spacing (gap / normal space) between consecutive
           justified lines
  past     lines that end more than 0.5 pt past the measure (after taking
           off the margin kerning a line's last character may have)
  hyphens  justified lines that end with a letter and a hyphen

The body size is the commonest line height divided by Liberation Serif's
ascent + descent (1.107 em, what poppler uses for the box), the normal space a
quarter of an em (the font's space), the measure's right edge the commonest
right end of the body lines that end in a letter or digit.  A body line is
justified when it reaches that edge within 1 pt; the gap after a list item's
marker (a bullet, "2.", "b)") is its indent, not a space.

Usage:
  python3 bench/typography.py [-v] PDF...        figures of these PDFs
  python3 bench/typography.py --bench [-v]       the 13 texts of
      `make bench-typography`: imprint (and LuaLaTeX, with and without
      microtype, where lualatex is installed) on the reference statement and
      12 long corpus statements, and the table of the figures.
      --check: exit 1, naming each, when imprint's figures are over the
      limits (worst 1.45, no line looser than 1.5x, no hyphen ending a
      page, no line past the measure, mean change 0.12).
      --out DIR: keep imprint's PDFs in DIR (to validate them).
Environment: IMPRINT (default ./imprint), SHARED (default ../shared),
SOURCE_DATE_EPOCH (default 1487808000).
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ASC_DESC = 1.107       # Liberation Serif: (ascent + descent) / em
SPACE_EM = 0.25        # Liberation Serif: the space's advance / em
PAST_LIMIT = 0.5       # pt
# How far a line's last character may hang into the right margin, in em of
# its size: imprint's default amounts (about microtype's) times Liberation
# Serif's advances.
HANG_EM = {'.': 0.175, ',': 0.125, ':': 0.139, ';': 0.139, '-': 0.167,
           '\u2010': 0.167, '\u2013': 0.1, '\u2014': 0.15, '!': 0.033,
           '?': 0.044, '\u2019': 0.133, '\u201d': 0.133, "'": 0.072,
           '"': 0.122, ')': 0.067}

# A list item's marker, whose gap to the text is the list's indent.
MARKER = re.compile(r'^(\u2022|\u25e6|\u25aa|\d{1,3}[.)]|\(?[a-z]\))$')

# The 12 corpus statements of the bench (by their number in the feed), long
# running text: the four the issue names first.
CORPUS_NUMBERS = ['0061', '0877', '1441', '1892', '0082', '0256', '0626',
                  '0901', '1112', '1203', '1496', '1725']
SEED = 'seed/tillerson-kelly-mexico-2017-02-23.txt'
CORPUS = 'corpus/state-feed-2021-2022'


def words_of(pdf):
    """Pages of lines (x0, x1, y0, y1, [(x0, x1, text)]) from poppler."""
    out = subprocess.run(['pdftotext', '-bbox-layout', pdf, '-'],
                         capture_output=True, check=True).stdout
    root = ET.fromstring(out)
    ns = '{http://www.w3.org/1999/xhtml}'
    pages = []
    for page in root.iter(ns + 'page'):
        lines = []
        for line in page.iter(ns + 'line'):
            ws = [(float(w.get('xMin')), float(w.get('xMax')), w.text or '')
                  for w in line.iter(ns + 'word')]
            if ws:
                lines.append((float(line.get('xMin')), float(line.get('xMax')),
                              float(line.get('yMin')), float(line.get('yMax')),
                              ws))
        lines.sort(key=lambda l: (l[2], l[0]))
        pages.append(lines)
    return pages


def mode(values):
    counts = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    return max(counts, key=lambda v: (counts[v], -v)) if counts else None


def analyse(pdf):
    """The figures of one PDF, and its lines as (spacing, text)."""
    pages = words_of(pdf)
    heights = [round(l[3] - l[2], 2) for p in pages for l in p
               for _ in l[4]]
    h = mode(heights)
    size = h / ASC_DESC
    normal = SPACE_EM * size
    body = [[l for l in p if abs((l[3] - l[2]) - h) < 0.05] for p in pages]
    right = mode([round(l[1], 1) for p in body for l in p
                  if l[4][-1][2][-1:].isalnum()])
    f = {'lines': 0, 'worst': 0.0, 'loose15': 0, 'loose2': 0, 'hyphen': 0,
         'change': [], 'past': 0, 'hyphens': 0, 'worst_text': ''}
    seen = []
    for p in body:
        prev = None
        for l in p:
            words = l[4]
            last = words[-1][2]
            hang = HANG_EM.get(last[-1:], 0) * size
            if l[1] - hang > right + PAST_LIMIT:
                f['past'] += 1
            justified = l[1] >= right - 1.0 and len(words) > 1
            if not justified:
                prev = None
                continue
            gaps = [words[i + 1][0] - words[i][1] for i in range(len(words) - 1)]
            if MARKER.match(words[0][2]) and len(gaps) > 1:
                gaps = gaps[1:]  # a list item's marker: not a space
            g = sum(gaps) / len(gaps) / normal
            text = ' '.join(w[2] for w in words)
            f['lines'] += 1
            f['hyphens'] += bool(re.search(r'[^\W\d_]-$', last))
            seen.append((g, text))
            if g > f['worst']:
                f['worst'], f['worst_text'] = g, text
            f['loose15'] += g > 1.5
            f['loose2'] += g > 2.0
            if prev is not None:
                f['change'].append(abs(g - prev))
            prev = g
        if p and re.search(r'\w-$', p[-1][4][-1][2]):
            f['hyphen'] += 1
    return f, seen


def total(figs):
    t = {'lines': 0, 'worst': 0.0, 'loose15': 0, 'loose2': 0, 'hyphen': 0,
         'change': [], 'past': 0, 'hyphens': 0}
    for f in figs:
        for k in ('lines', 'loose15', 'loose2', 'hyphen', 'past', 'hyphens'):
            t[k] += f[k]
        t['worst'] = max(t['worst'], f['worst'])
        t['change'] += f['change']
    return t


ROWS = [('justified lines (not last of a paragraph)', 'lines', '%d'),
        ('worst line: mean interword gap / normal space', 'worst', '%.2f'),
        ('lines looser than 1.5x', 'loose15', '%d'),
        ('lines looser than 2x', 'loose2', '%d'),
        ('hyphen on the last line of a page', 'hyphen', '%d'),
        ('change of spacing between consecutive lines (mean)', 'change', '%.3f'),
        ('lines past the measure by more than 0.5 pt', 'past', '%d'),
        ('justified lines ending with a hyphen', 'hyphens', '%d')]


def cell(t, key, fmt):
    if t is None:
        return 'skipped'
    v = t[key]
    if key == 'change':
        v = sum(v) / len(v) if v else 0.0
    return fmt % v


def table(columns):
    """columns: [(name, totals or None)] -> a Markdown table."""
    out = ['| | ' + ' | '.join(n for n, _ in columns) + ' |',
           '|---' * (len(columns) + 1) + '|']
    for label, key, fmt in ROWS:
        out.append('| %s | %s |' % (label, ' | '.join(
            cell(t, key, fmt) for _, t in columns)))
    return '\n'.join(out)


def report(names, figs, verbose):
    if verbose:
        for n, (f, seen) in zip(names, figs):
            print('%-40s lines %4d worst %.2f >1.5 %d >2 %d hyphen %d past %d'
                  % (os.path.basename(n)[:40], f['lines'], f['worst'],
                     f['loose15'], f['loose2'], f['hyphen'], f['past']))
            for g, text in sorted(seen, reverse=True)[:3]:
                print('    %.2f  %s' % (g, text[:90]))


def bench_texts(shared):
    texts = [os.path.join(shared, SEED)]
    folder = os.path.join(shared, CORPUS)
    names = sorted(os.listdir(folder))
    for num in CORPUS_NUMBERS:
        hit = [n for n in names if re.match(r'\d{4}-\d\d-\d\d-%s-' % num, n)]
        if hit:
            texts.append(os.path.join(folder, hit[0]))
        else:
            print('typography: no corpus statement %s; left out' % num)
    return texts


def tex_escape(s):
    rep = {'\\': r'\textbackslash{}', '&': r'\&', '%': r'\%', '$': r'\$',
           '#': r'\#', '_': r'\_', '{': r'\{', '}': r'\}',
           '~': r'\textasciitilde{}', '^': r'\textasciicircum{}'}
    return ''.join(rep.get(c, c) for c in s)


def lualatex_pdf(text, dest, microtype, fonts):
    """The text's paragraphs set by LuaLaTeX in imprint's letter geometry
    and type (Liberation Serif 11/14, 81 pt side margins, 72 pt top and bottom).  Returns the PDF."""
    with open(text, encoding='utf-8', errors='replace') as fh:
        paras = [' '.join(p.split()) for p in fh.read().split('\n\n')]
    base = os.path.splitext(os.path.basename(dest))[0]
    tex = [r'\documentclass[11pt]{article}',
           r'\usepackage[letterpaper,hmargin=81pt,vmargin=72pt]{geometry}',
           r'\usepackage{fontspec}',
           r'\setmainfont{LiberationSerif}[Path=%s/,Extension=.ttf,'
           r'UprightFont=*-Regular,BoldFont=*-Bold,ItalicFont=*-Italic]' % fonts,
           r'\usepackage[protrusion=true,expansion=true]{microtype}'
           if microtype else '',
           r'\fontsize{11pt}{14pt}\selectfont\parindent=0pt\parskip=10pt',
           r'\pagestyle{empty}\begin{document}\fontsize{11pt}{14pt}\selectfont']
    tex += [tex_escape(p) + '\n' for p in paras if p]
    tex.append(r'\end{document}')
    folder = os.path.dirname(dest)
    with open(os.path.join(folder, base + '.tex'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(tex))
    subprocess.run(['lualatex', '-interaction=batchmode', base + '.tex'],
                   cwd=folder, capture_output=True)
    return dest if os.path.exists(dest) else None


# What issue-level quality the 13 texts must reach (--check): the loosest
# line, lines looser than 1.5x, hyphens ending a page, lines past the
# measure, and the mean change of spacing.
LIMITS = [('worst', 1.45), ('loose15', 0), ('hyphen', 0), ('past', 0),
          ('change', 0.12)]


def check_limits(t):
    """The figures of totals t over their LIMITS, as messages."""
    bad = []
    for key, limit in LIMITS:
        v = t[key]
        if key == 'change':
            v = sum(v) / len(v) if v else 0.0
        if v > limit:
            bad.append('%s %s is over %s' % (key, round(v, 5), limit))
    return bad


def bench(verbose, check=False, keep=None):
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    shared = os.environ.get('SHARED', os.path.join(root, '..', 'shared'))
    if not os.path.isdir(os.path.join(shared, CORPUS)):
        print('typography: skipped: no reference data at %s (../shared)' % shared)
        return 0
    imprint = os.environ.get('IMPRINT', os.path.join(root, 'imprint'))
    env = dict(os.environ)
    env.setdefault('SOURCE_DATE_EPOCH', '1487808000')
    texts = bench_texts(shared)
    tmp = tempfile.mkdtemp(prefix='imprint-typo.')
    status = 0
    try:
        pdfs = []
        for i, t in enumerate(texts):
            out = os.path.join(keep or tmp, 'imprint-%02d.pdf' % i)
            subprocess.run([imprint, '-q', t, '-o', out], env=env, check=True)
            pdfs.append(out)
        print('texts (%d):' % len(texts))
        for t in texts:
            print('  ' + os.path.relpath(t, root))
        figs = [analyse(p) for p in pdfs]
        report(texts, figs, verbose)
        columns = [('imprint', total(f for f, _ in figs))]
        for msg in check_limits(columns[0][1]) if check else []:
            print('typography: over the limit: ' + msg)
            status = 1
        if shutil.which('lualatex'):
            for micro in (0, 1):
                lf = []
                for i, t in enumerate(texts):
                    pdf = lualatex_pdf(t, os.path.join(
                        tmp, 'tex%d-%02d.pdf' % (micro, i)), micro,
                        os.path.join(root, 'fonts'))
                    if pdf:
                        lf.append(analyse(pdf)[0])
                columns.append(('LuaLaTeX' + (' + microtype' if micro else ''),
                                total(lf) if lf else None))
        else:
            print('LuaLaTeX columns skipped: lualatex is not installed '
                  '(Debian package texlive-luatex)')
            columns += [('LuaLaTeX', None), ('LuaLaTeX + microtype', None)]
        print(table(columns))
    finally:
        shutil.rmtree(tmp)
    return status


def main(argv):
    verbose = '-v' in argv
    check = '--check' in argv
    keep = None
    if '--out' in argv and argv.index('--out') + 1 < len(argv):
        keep = argv[argv.index('--out') + 1]
        argv = [a for i, a in enumerate(argv)
                if i not in (argv.index('--out'), argv.index('--out') + 1)]
    args = [a for a in argv if a not in ('-v', '--check')]
    if not shutil.which('pdftotext'):
        print('typography: skipped: pdftotext (poppler-utils) is not installed')
        return 0
    if args[:1] in (['-h'], ['--help']):
        print(__doc__.strip())
        return 0
    if args[:1] == ['--bench']:
        return bench(verbose, check, keep)
    if not args or any(a.startswith('-') for a in args):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    missing = [a for a in args if not os.path.isfile(a)]
    if missing:
        print('typography: no such PDF: %s' % ', '.join(missing), file=sys.stderr)
        return 2
    figs = [analyse(p) for p in args]
    report(args, figs, verbose)
    print(table([('figures', total(f for f, _ in figs))]))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
