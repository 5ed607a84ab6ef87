#!/usr/bin/python3
"""pdfcheck.py -- structural checks on a PDF written by imprint, with pikepdf.

Usage: pdfcheck.py CHECK FILE.pdf [ARG...]; prints the evidence and exits 0
when the check holds, 1 when it does not.

  outline TOP CHILD...   the outline is TOP with exactly these children, each
                         with a direct destination array on a page, opened,
                         and /PageMode /UseOutlines
  under PARENT CHILD...  the outline item titled PARENT (anywhere in the
                         tree) has exactly these children, in order
  fonts                  every font is Type0/CIDFontType2, embedded
                         (FontFile2), subset-tagged, with ToUnicode, /W,
                         CIDToGIDMap /Identity, CapHeight (and CIDSet when
                         PDF/A-1)
  pdfa PART CONF         XMP identifies PDF/A PART/CONF, is unfiltered, and
                         mirrors every Info entry; output intent present;
                         /ID present; header version fits the part
  noxmp                  no /Metadata and no /OutputIntents (--pdfa none)
  annots                 every annotation has the Print flag
  tounicode              every glyph code shown in a content stream has a
                         ToUnicode entry (PDF/A-2u)
"""
import re
import sys

import pikepdf

NS = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
    "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
}


def fail(msg):
    print(msg)
    sys.exit(1)


def check_outline(pdf, top, children):
    root = pdf.Root
    if root.get("/PageMode") != pikepdf.Name("/UseOutlines"):
        fail("PageMode is %r, not /UseOutlines" % root.get("/PageMode"))
    outlines = root.get("/Outlines")
    if outlines is None or "/First" not in outlines:
        fail("no outline")
    first = outlines.First
    if "/Next" in first:
        fail("more than one top-level outline item")
    pages = [p.objgen for p in pdf.pages]

    def dest_ok(item):
        d = item.get("/Dest")
        if not isinstance(d, pikepdf.Array) or d.is_indirect:
            fail("item %r has no direct destination array" % str(item.Title))
        if d[0].objgen not in pages:
            fail("item %r points at no page" % str(item.Title))
        return pages.index(d[0].objgen) + 1

    if str(first.Title) != top:
        fail("top item is %r, want %r" % (str(first.Title), top))
    print("top: %s -> page %d" % (top, dest_ok(first)))
    if int(first.get("/Count", 0)) <= 0:
        fail("top item is not opened (Count %s)" % first.get("/Count"))
    got = []
    item = first.get("/First")
    while item is not None:
        got.append(str(item.Title))
        print("  child: %s -> page %d" % (got[-1], dest_ok(item)))
        item = item.get("/Next")
    if got != children:
        fail("children %r, want %r" % (got, children))


def check_under(pdf, parent, children):
    def walk(item):
        while item is not None:
            yield item
            yield from walk(item.get("/First"))
            item = item.get("/Next")
    outlines = pdf.Root.get("/Outlines")
    if outlines is None:
        fail("no outline")
    for item in walk(outlines.get("/First")):
        if str(item.Title) != parent:
            continue
        got = []
        kid = item.get("/First")
        while kid is not None:
            got.append(str(kid.Title))
            kid = kid.get("/Next")
        print("%s: %r" % (parent, got))
        if got != children:
            fail("children of %r are %r, want %r" % (parent, got, children))
        return
    fail("no outline item %r" % parent)


def check_fonts(pdf):
    part = None
    meta = pdf.Root.get("/Metadata")
    if meta is not None:
        m = re.search(rb"pdfaid:part[^0-9]{1,3}([0-9])", meta.read_bytes())
        part = int(m.group(1)) if m else None
    seen = 0
    for n, page in enumerate(pdf.pages, 1):
        fonts = page.Resources.get("/Font", {})
        for name, f in fonts.items():
            seen += 1
            where = "page %d font %s" % (n, name)
            if f.Subtype != "/Type0":
                fail("%s is %s, not Type0" % (where, f.Subtype))
            if "/ToUnicode" not in f:
                fail("%s has no ToUnicode" % where)
            cmap = f.ToUnicode.read_bytes()
            if b"bfchar" not in cmap and b"bfrange" not in cmap:
                fail("%s ToUnicode has no bfchar/bfrange" % where)
            cid = f.DescendantFonts[0]
            if cid.Subtype != "/CIDFontType2":
                fail("%s descendant is %s" % (where, cid.Subtype))
            if cid.get("/CIDToGIDMap") != pikepdf.Name("/Identity"):
                fail("%s CIDToGIDMap is not /Identity" % where)
            if "/W" not in cid:
                fail("%s has no /W" % where)
            fd = cid.FontDescriptor
            if "/FontFile2" not in fd:
                fail("%s is not embedded (no FontFile2)" % where)
            for key in ("/CapHeight", "/Ascent", "/Descent", "/FontBBox",
                        "/ItalicAngle", "/StemV", "/Flags"):
                if key not in fd:
                    fail("%s descriptor lacks %s" % (where, key))
            if not re.match(r"^/[A-Z]{6}\+", str(f.BaseFont)):
                fail("%s BaseFont %s is not subset-tagged" % (where, f.BaseFont))
            if part == 1 and "/CIDSet" not in fd:
                fail("%s lacks CIDSet (PDF/A-1)" % where)
            print("%s: %s ok" % (where, f.BaseFont))
    if not seen:
        fail("no fonts")


def xmp_text(root, path):
    el = root.find(path, NS)
    if el is None:
        return None
    return "".join(el.itertext()).strip()


def pdfdate_to_xmp(d):
    """D:YYYYMMDDHHmmSS+HH'mm' (or Z) -> YYYY-MM-DDTHH:mm:SS+HH:mm."""
    m = re.match(r"D:(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(Z|[+-]\d\d'\d\d'?)?$", d)
    if not m:
        fail("malformed PDF date %r" % d)
    y, mo, da, h, mi, s, tz = m.groups()
    tz = tz or ""
    if tz == "Z":
        tzx = "Z"
    else:
        tzx = tz[:3] + ":" + tz[4:6]
    return "%s-%s-%sT%s:%s:%s%s" % (y, mo, da, h, mi, s, tzx)


def check_pdfa(pdf, part, conf, path):
    import xml.etree.ElementTree as ET

    meta = pdf.Root.get("/Metadata")
    if meta is None:
        fail("no /Metadata")
    if "/Filter" in meta.stream_dict:
        fail("XMP stream is filtered")
    raw = meta.read_bytes()
    try:
        root = ET.fromstring(raw[raw.index(b"<x:xmpmeta"):raw.rindex(b"</x:xmpmeta>") + 12])
    except Exception as e:  # noqa: BLE001 -- any parse failure is the finding
        fail("XMP does not parse: %s" % e)
    if xmp_text(root, ".//pdfaid:part") != part and \
            not re.search(rb'pdfaid:part="%s"' % part.encode(), raw):
        fail("pdfaid:part is not %s" % part)
    if xmp_text(root, ".//pdfaid:conformance") != conf and \
            not re.search(rb'pdfaid:conformance="%s"' % conf.encode(), raw):
        fail("pdfaid:conformance is not %s" % conf)
    info = pdf.trailer.Info
    pairs = [("/Title", ".//dc:title"), ("/Author", ".//dc:creator"),
             ("/Subject", ".//dc:description"), ("/Keywords", ".//pdf:Keywords"),
             ("/Creator", ".//xmp:CreatorTool"), ("/Producer", ".//pdf:Producer")]
    for key, xp in pairs:
        if key not in info:
            fail("Info lacks %s" % key)
        iv = str(info[key])
        xv = xmp_text(root, xp)
        if xv is None:
            m = re.search(xp.split(":")[-1].encode() + rb'="([^"]*)"', raw)
            xv = m.group(1).decode() if m else None
        if xv != iv:
            fail("Info %s %r != XMP %r" % (key, iv, xv))
        print("%s = XMP: %s" % (key, iv))
    for key, xp in (("/CreationDate", ".//xmp:CreateDate"), ("/ModDate", ".//xmp:ModifyDate")):
        want = pdfdate_to_xmp(str(info[key]))
        got = xmp_text(root, xp)
        if got != want:
            fail("Info %s -> %s but XMP %s" % (key, want, got))
        print("%s = XMP: %s" % (key, got))
    if xmp_text(root, ".//dc:language") is None:
        fail("no dc:language")
    oi = pdf.Root.get("/OutputIntents")
    if not oi or "/DestOutputProfile" not in oi[0]:
        fail("no output intent with DestOutputProfile")
    if "/ID" not in pdf.trailer:
        fail("no /ID")
    with open(path, "rb") as f:
        head = f.read(8)
    want_ver = b"%PDF-1.4" if part == "1" else b"%PDF-1.7"
    if head != want_ver:
        fail("header %r, want %r" % (head, want_ver))
    print("PDF/A-%s%s identification, intent, ID, header ok" % (part, conf.lower()))


def check_noxmp(pdf):
    if "/Metadata" in pdf.Root or "/OutputIntents" in pdf.Root:
        fail("PDF/A objects present")
    print("no XMP, no output intent")


def check_annots(pdf):
    for n, page in enumerate(pdf.pages, 1):
        for a in page.get("/Annots", []):
            if not int(a.get("/F", 0)) & 4:
                fail("page %d annotation without Print flag" % n)
    print("annotations ok")


def cmap_codes(data):
    """Codes a ToUnicode CMap maps (bfchar and bfrange entries)."""
    codes = set()
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", data, re.S):
        for src in re.findall(rb"<([0-9A-Fa-f]+)>\s*<[0-9A-Fa-f]*>", block):
            codes.add(int(src, 16))
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", data, re.S):
        for lo, hi in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*[<\[]", block):
            codes.update(range(int(lo, 16), int(hi, 16) + 1))
    return codes


def check_tounicode(pdf):
    total = 0
    for n, page in enumerate(pdf.pages, 1):
        fonts = page.Resources.get("/Font", {})
        mapped = {str(k): cmap_codes(f.ToUnicode.read_bytes()) for k, f in fonts.items()}
        current = None
        for operands, op in pikepdf.parse_content_stream(page):
            if op == pikepdf.Operator("Tf"):
                current = str(operands[0])
            elif op in (pikepdf.Operator("TJ"), pikepdf.Operator("Tj")):
                items = operands[0] if op == pikepdf.Operator("TJ") else [operands[0]]
                for it in items:
                    if isinstance(it, pikepdf.String):
                        b = bytes(it)
                        for i in range(0, len(b), 2):
                            code = (b[i] << 8) | b[i + 1]
                            total += 1
                            if code not in mapped.get(current, set()):
                                fail("page %d font %s code %04X has no ToUnicode entry" % (n, current, code))
    print("%d glyphs, all with ToUnicode" % total)


def main():
    if len(sys.argv) < 3:
        fail(__doc__)
    check, path = sys.argv[1], sys.argv[2]
    pdf = pikepdf.open(path)
    if check == "outline":
        check_outline(pdf, sys.argv[3], sys.argv[4:])
    elif check == "under":
        check_under(pdf, sys.argv[3], sys.argv[4:])
    elif check == "fonts":
        check_fonts(pdf)
    elif check == "pdfa":
        check_pdfa(pdf, sys.argv[3], sys.argv[4], path)
    elif check == "noxmp":
        check_noxmp(pdf)
    elif check == "annots":
        check_annots(pdf)
    elif check == "tounicode":
        check_tounicode(pdf)
    else:
        fail("unknown check %s" % check)


if __name__ == "__main__":
    main()
