#!/usr/bin/python3
"""uacheck.py -- the machine-checkable conditions of PDF/UA-1 (Matterhorn
Protocol 1.1) that apply to imprint's documents, with pikepdf.

Usage: uacheck.py [--no-uaid] FILE.pdf...
Prints one line per failed condition (file, checkpoint, evidence) and exits
1 when any fails, else prints "PASS FILE" for each file and exits 0.
--no-uaid leaves out 06-002 (for files written without PDF/UA
identification).

Checkpoints covered (Matterhorn Protocol 1.1 failure conditions):
  01-003  content marked as artifact inside tagged content
  01-004  tagged content inside content marked as artifact
  01-005  content (text, paths, images) neither tagged nor an artifact
  01-007  /MarkInfo /Suspects true (and: /MarkInfo /Marked true present)
  02-001  a non-standard structure type not role-mapped to a standard one
  02-004  a standard structure type remapped
  06-001  no XMP metadata stream
  06-002  no pdfuaid:part 1 in the XMP (PDF/UA identification)
  06-003  no dc:title in the XMP
  07-001  /ViewerPreferences without /DisplayDocTitle
  07-002  /DisplayDocTitle false
  11-006  no /Lang on the catalog (natural language of the document)
  14-002  the first numbered heading is not H1
  14-003  a numbered heading level skipped going down
  15-003  a TH cell without a /Scope attribute (no Headers/IDs are used)
  28-004  an annotation without /Contents (and no /Alt on its element)
  28-011  a link annotation not inside a Link structure element
  28-xxx  a page with annotations without /Tabs /S (PDF/UA-1 7.18.3)
  31-xxx  a font not embedded, or without a ToUnicode map (PDF/UA-1 7.21.4.1,
          7.21.7)
and the integrity of the tree the conditions rely on (ISO 32000-1 14.7):
  an MCID used twice on a page; an MCID or an annotation the parent tree
  does not map to the element that holds it (ParentTree complete); an
  element claiming an MCID no page shows; a page with marked content and
  no /StructParents.
"""
import re
import sys

import pikepdf
from pikepdf import Name

STANDARD = set("""Document Part Art Sect Div BlockQuote Caption TOC TOCI Index
NonStruct Private P H H1 H2 H3 H4 H5 H6 L LI Lbl LBody Table TR TH TD THead
TBody TFoot Span Quote Note Reference BibEntry Code Link Annot Ruby Warichu
RB RT RP WT WP Figure Formula Form""".split())
PAINT = {"Tj", "TJ", "'", '"', "S", "s", "f", "F", "f*", "B", "B*", "b",
         "b*", "sh", "Do", "BI", "INLINE IMAGE"}


class Check:
    def __init__(self, name):
        self.name = name
        self.failed = []

    def fail(self, cp, msg):
        self.failed.append("%s: %s: %s" % (self.name, cp, msg))


def objkey(o):
    try:
        return o.objgen
    except Exception:
        return None


def number_tree(node, out):
    if "/Nums" in node:
        nums = node.Nums
        for i in range(0, len(nums) - 1, 2):
            out[int(nums[i])] = nums[i + 1]
    for kid in node.get("/Kids", []):
        number_tree(kid, out)
    return out


def role(s, rolemap, seen=None):
    """The standard type s maps to, or None."""
    seen = seen or set()
    while s not in STANDARD:
        if s in seen or Name("/" + s) not in rolemap:
            return None
        seen.add(s)
        s = str(rolemap[Name("/" + s)])[1:]
    return s


def walk(c, root):
    """The structure elements in document order, and who holds each MCID
    (page objgen, mcid) and each annotation (objgen)."""
    elems, mcids, objrs = [], {}, {}

    def kids(e):
        k = e.get("/K")
        if k is None:
            return []
        return list(k) if isinstance(k, pikepdf.Array) else [k]

    def visit(e, depth):
        if depth > 200:
            c.fail("tree", "structure nested deeper than 200")
            return
        elems.append(e)
        pg = e.get("/Pg")
        for k in kids(e):
            if isinstance(k, int):
                if pg is None:
                    c.fail("tree", "MCID %d of a %s without /Pg" % (int(k), e.S))
                else:
                    mcids.setdefault((objkey(pg), int(k)), []).append(e)
            elif isinstance(k, pikepdf.Dictionary):
                t = k.get("/Type")
                if t == Name.MCR:
                    p = k.get("/Pg", pg)
                    mcids.setdefault((objkey(p), int(k.MCID)), []).append(e)
                elif t == Name.OBJR:
                    objrs.setdefault(objkey(k.Obj), []).append(e)
                elif "/S" in k:
                    visit(k, depth + 1)
    for k in ([root.K] if not isinstance(root.K, pikepdf.Array) else root.K):
        visit(k, 0)
    return elems, mcids, objrs


def content(c, pdf, page, pno):
    """Check the page's marked content; returns its MCIDs."""
    used = []
    stack = []
    for operands, op in pikepdf.parse_content_stream(page):
        op = str(op)
        if op in ("BDC", "BMC"):
            tag = str(operands[0])
            mcid = None
            if op == "BDC" and isinstance(operands[1], pikepdf.Dictionary):
                if "/MCID" in operands[1]:
                    mcid = int(operands[1].MCID)
            stack.append((tag, mcid))
            if mcid is not None:
                if mcid in used:
                    c.fail("MCID", "page %d: MCID %d used twice" % (pno, mcid))
                used.append(mcid)
        elif op == "EMC":
            if stack:
                stack.pop()
        elif op in PAINT:
            art = any(t == "/Artifact" for t, _ in stack)
            tagged = any(m is not None for _, m in stack)
            if art and tagged:
                first = next(t for t, m in stack if t == "/Artifact" or m is not None)
                c.fail("01-003" if first != "/Artifact" else "01-004",
                       "page %d: %s in both an artifact and tagged content" % (pno, op))
            elif not art and not tagged:
                c.fail("01-005", "page %d: %s neither tagged nor an artifact" % (pno, op))
    return used


def fonts(c, pdf):
    for pno, page in enumerate(pdf.pages, 1):
        for name, f in page.obj.get("/Resources", {}).get("/Font", {}).items():
            if "/ToUnicode" not in f:
                c.fail("31", "page %d: font %s has no ToUnicode" % (pno, name))
            desc = f
            if f.get("/Subtype") == Name.Type0:
                desc = f.DescendantFonts[0]
            fd = desc.get("/FontDescriptor", {})
            if not any(k in fd for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                c.fail("31", "page %d: font %s not embedded" % (pno, name))


def catalog(c, pdf, uaid):
    r = pdf.Root
    mi = r.get("/MarkInfo")
    if mi is None or mi.get("/Marked") is not True:
        c.fail("MarkInfo", "no /MarkInfo << /Marked true >>")
    elif mi.get("/Suspects") is True:
        c.fail("01-007", "/MarkInfo /Suspects true")
    vp = r.get("/ViewerPreferences")
    if vp is None or "/DisplayDocTitle" not in vp:
        c.fail("07-001", "no /ViewerPreferences /DisplayDocTitle")
    elif vp.DisplayDocTitle is not True:
        c.fail("07-002", "/DisplayDocTitle is false")
    if not str(r.get("/Lang", "")).strip():
        c.fail("11-006", "no /Lang on the catalog")
    if "/Metadata" not in r:
        c.fail("06-001", "no XMP metadata")
        return
    x = r.Metadata.read_bytes().decode("utf-8", "replace")
    if not re.search(r"<dc:title>\s*<rdf:Alt>\s*<rdf:li[^>]*>[^<]+</rdf:li>", x):
        c.fail("06-003", "no dc:title in the XMP")
    if uaid and not re.search(r"<pdfuaid:part>\s*1\s*</pdfuaid:part>|pdfuaid:part=\"1\"", x):
        c.fail("06-002", "no pdfuaid:part 1 in the XMP")


def structure(c, pdf):
    r = pdf.Root
    if "/StructTreeRoot" not in r:
        c.fail("01-005", "no structure tree")
        return
    root = r.StructTreeRoot
    rolemap = root.get("/RoleMap", pikepdf.Dictionary())
    for k, v in rolemap.items():
        if k[1:] in STANDARD:
            c.fail("02-004", "standard type %s remapped to %s" % (k, v))
    elems, mcids, objrs = walk(c, root)
    heads = []
    for e in elems:
        s = str(e.S)[1:]
        std = role(s, rolemap)
        if std is None:
            c.fail("02-001", "type %s does not map to a standard type" % s)
            continue
        if re.fullmatch(r"H[1-6]", std):
            heads.append(int(std[1]))
        if std == "TH":
            attrs = e.get("/A")
            attrs = [] if attrs is None else (list(attrs) if isinstance(attrs, pikepdf.Array) else [attrs])
            if not any(isinstance(a, pikepdf.Dictionary) and "/Scope" in a for a in attrs):
                c.fail("15-003", "a TH without /Scope")
    if heads and heads[0] != 1:
        c.fail("14-002", "the first heading is H%d" % heads[0])
    for a, b in zip(heads, heads[1:]):
        if b > a + 1:
            c.fail("14-003", "H%d follows H%d" % (b, a))
            break
    tree = number_tree(root.get("/ParentTree", pikepdf.Dictionary()), {})
    shown = set()
    for pno, page in enumerate(pdf.pages, 1):
        used = content(c, pdf, page, pno)
        shown.update((page.obj.objgen, m) for m in used)
        key = page.obj.get("/StructParents")
        if used and key is None:
            c.fail("ParentTree", "page %d has marked content, no /StructParents" % pno)
            continue
        arr = tree.get(int(key)) if key is not None else None
        for m in used:
            holders = mcids.get((page.obj.objgen, m), [])
            if len(holders) != 1:
                c.fail("ParentTree", "page %d: MCID %d held by %d elements" % (pno, m, len(holders)))
            elif arr is None or m >= len(arr) or objkey(arr[m]) != objkey(holders[0]):
                c.fail("ParentTree", "page %d: MCID %d not mapped to its element" % (pno, m))
        annots = page.obj.get("/Annots", [])
        if len(annots) and page.obj.get("/Tabs") != Name.S:
            c.fail("28 (Tabs)", "page %d has annotations, no /Tabs /S" % pno)
        for a in annots:
            holders = objrs.get(objkey(a), [])
            if not holders:
                c.fail("28-011", "page %d: a %s annotation not in the structure" % (pno, a.Subtype))
                continue
            e = holders[0]
            if a.Subtype == Name.Link and role(str(e.S)[1:], rolemap) != "Link":
                c.fail("28-011", "page %d: a link annotation inside a %s" % (pno, e.S))
            if not str(a.get("/Contents", "")).strip() and "/Alt" not in e:
                c.fail("28-004", "page %d: an annotation without /Contents" % pno)
            sp = a.get("/StructParent")
            if sp is None or objkey(tree.get(int(sp))) != objkey(e):
                c.fail("ParentTree", "page %d: annotation not mapped to its element" % pno)
    dangling(c, pdf, mcids, shown)


def dangling(c, pdf, mcids, shown):
    """Elements that claim marked content no page has."""
    pages = {p.obj.objgen: n for n, p in enumerate(pdf.pages, 1)}
    for (pg, m), holders in mcids.items():
        if (pg, m) not in shown:
            c.fail("ParentTree", "a %s claims MCID %d of page %s, which has none"
                   % (holders[0].S, m, pages.get(pg, "?")))


def main():
    args = sys.argv[1:]
    uaid = "--no-uaid" not in args
    files = [a for a in args if a != "--no-uaid"]
    if not files:
        sys.exit(__doc__)
    bad = 0
    for f in files:
        c = Check(f)
        with pikepdf.open(f) as pdf:
            catalog(c, pdf, uaid)
            structure(c, pdf)
            fonts(c, pdf)
        for line in c.failed[:20]:
            print(line)
        if c.failed:
            bad = 1
        else:
            print("PASS " + f)
    sys.exit(bad)


if __name__ == "__main__":
    main()
