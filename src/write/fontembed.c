/* fontembed.c -- imprint's own embedded font objects: the glyphs a document
 * shows are recorded per font, the font is subset with hb-subset (no
 * hinting, glyphs renumbered) and written as Type0 + CIDFontType2 with
 * /CIDToGIDMap /Identity (CID = glyph id in the subset), /W for the shown
 * glyphs, a complete FontDescriptor (/CIDSet for PDF/A-1) and a ToUnicode
 * CMap built from the characters each glyph stands for.  Everything written
 * depends only on the font and the glyphs used, so output is reproducible. */
#include "write/fontembed.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <hb-ot.h>
#include <hb-subset.h>

#include "base/diag.h"
#include "base/hash.h"
#include "base/util.h"
#include "style/hbmem.h"

/* Per original glyph: whether shown, its text (in fe->text) and its CID. */
struct fe_slot {
    uint32_t text_off;
    uint16_t text_len;
    uint16_t cid;
    uint8_t used;
};

struct fe_font {
    const struct font *f;
    unsigned nglyphs;
    struct fe_slot *slot;     /* nglyphs entries */
    struct buf text;          /* UTF-8 of every recorded glyph, concatenated */
    unsigned nused;
};

/* Longest text one glyph may map to in ToUnicode, in UTF-16 code units. */
#define MAX_UNITS 64

struct fe_font *fe_new(const struct font *f)
{
    struct fe_font *fe = xcalloc(1, sizeof *fe);
    fe->f = f;
    fe->nglyphs = hb_face_get_glyph_count(f->face);
    if (fe->nglyphs > 65536)
        fe->nglyphs = 65536;
    fe->slot = xcalloc(fe->nglyphs ? fe->nglyphs : 1, sizeof *fe->slot);
    buf_init(&fe->text);
    return fe;
}

void fe_free(struct fe_font *fe)
{
    if (!fe)
        return;
    free(fe->slot);
    buf_free(&fe->text);
    free(fe);
}

void fe_use(struct fe_font *fe, unsigned gid, const char *utf8, size_t len)
{
    if (gid >= fe->nglyphs)
        return;
    struct fe_slot *s = &fe->slot[gid];
    if (!s->used) {
        s->used = 1;
        fe->nused++;
    }
    if (s->text_len == 0 && len > 0) {
        if (len > 4 * MAX_UNITS) {   /* cut at a character boundary */
            len = 4 * MAX_UNITS;
            while (len > 0 && ((unsigned char)utf8[len] & 0xC0) == 0x80)
                len--;
        }
        s->text_off = (uint32_t)fe->text.len;
        s->text_len = (uint16_t)len;
        buf_add(&fe->text, utf8, len);
    }
}

unsigned fe_cid(const struct fe_font *fe, unsigned gid)
{
    return gid < fe->nglyphs ? fe->slot[gid].cid : 0;
}

/* Big-endian 16-bit value of table t at offset off, or def if too short. */
static unsigned table_u16(hb_face_t *face, hb_tag_t t, unsigned off, unsigned def)
{
    hb_blob_t *b = hbmem_table(face, t);
    unsigned len;
    const unsigned char *p = (const unsigned char *)hb_blob_get_data(b, &len);
    unsigned v = len >= off + 2 ? (unsigned)((p[off] << 8) | p[off + 1]) : def;
    hb_blob_destroy(b);
    return v;
}

/* PostScript name of the font, restricted to characters safe in a PDF name
 * and a font name (no spaces or delimiters). */
static void ps_name(const struct font *f, char *out, size_t size)
{
    char name[128];
    unsigned n = sizeof name;
    if (hb_ot_name_get_utf8(f->face, HB_OT_NAME_ID_POSTSCRIPT_NAME,
                            HB_LANGUAGE_INVALID, &n, name) == 0)
        snprintf(name, sizeof name, "%s-%s", f->family, f->style);
    size_t j = 0;
    for (const char *p = name; *p && j + 1 < size; p++) {
        unsigned char c = (unsigned char)*p;
        if (c > 0x20 && c < 0x7F && !strchr("()<>[]{}/%#", c))
            out[j++] = (char)c;
    }
    if (j == 0)
        j = (size_t)snprintf(out, size, "Font");
    out[j] = 0;
}

/* Six uppercase letters from a hash of the name and the used glyph set. */
static void subset_tag(const struct fe_font *fe, const char *name, char tag[7])
{
    uint64_t h = hash_fnv1a64_more(HASH_FNV1A64_BASIS, name, strlen(name));
    for (unsigned g = 0; g < fe->nglyphs; g++)
        if (fe->slot[g].used) {
            h = hash_fnv1a64_step(h, (unsigned char)(g & 0xFF));
            h = hash_fnv1a64_step(h, (unsigned char)(g >> 8));
        }
    for (int i = 0; i < 6; i++) {
        tag[i] = (char)('A' + h % 26);
        h /= 26;
    }
    tag[6] = 0;
}

/* The tables a CIDFontType2 program needs, as a face of their own: without
 * cmap and the layout tables, planning the subset does not walk every
 * mapping and lookup of the font (that was most of its cost).  The tables
 * are shared, not copied.  The caller destroys the face. */
static hb_face_t *outline_face(hb_face_t *face)
{
    static const hb_tag_t keep[] = {
        HB_TAG('h', 'e', 'a', 'd'), HB_TAG('h', 'h', 'e', 'a'),
        HB_TAG('m', 'a', 'x', 'p'), HB_TAG('h', 'm', 't', 'x'),
        HB_TAG('l', 'o', 'c', 'a'), HB_TAG('g', 'l', 'y', 'f'),
    };
    hb_face_t *b = hb_face_builder_create();
    for (size_t i = 0; i < sizeof keep / sizeof *keep; i++) {
        hb_blob_t *t = hbmem_table(face, keep[i]);
        if (!hb_face_builder_add_table(b, keep[i], t))
            xalloc_failed("a font subset");
        hb_blob_destroy(t);
    }
    return b;
}

/* Record each used glyph's new CID from plan and make the subset font
 * program; NULL when a glyph cannot be kept or the subset fails. */
static hb_blob_t *run_plan(struct fe_font *fe, hb_subset_plan_t *plan)
{
    const hb_map_t *map = hb_subset_plan_old_to_new_glyph_mapping(plan);
    for (unsigned g = 0; g < fe->nglyphs; g++) {
        if (!fe->slot[g].used)
            continue;
        hb_codepoint_t n = hb_map_get(map, g);
        if (n == HB_MAP_VALUE_INVALID || n > 0xFFFF)
            return NULL;
        fe->slot[g].cid = (uint16_t)n;
    }
    hb_face_t *face = hb_subset_plan_execute_or_fail(plan);
    if (!face)
        return NULL;
    hb_blob_t *out = hb_face_reference_blob(face);
    hb_face_destroy(face);
    if (hb_blob_get_length(out) == 0) {
        hb_blob_destroy(out);
        return NULL;
    }
    return out;
}

/* Subset the font to the used glyphs (plus .notdef); fills the slots' CIDs.
 * Returns the font program, or NULL. */
static hb_blob_t *subset(struct fe_font *fe)
{
    hb_subset_input_t *in = hb_subset_input_create_or_fail();
    if (!in)
        xalloc_failed("a font subset");
    hb_subset_input_set_flags(in, HB_SUBSET_FLAGS_NO_HINTING);
    hb_set_t *glyphs = hb_subset_input_glyph_set(in);
    hb_set_add(glyphs, 0);
    for (unsigned g = 0; g < fe->nglyphs; g++)
        if (fe->slot[g].used)
            hb_set_add(glyphs, g);
    /* Tables a PDF viewer never reads for a CIDFontType2 with identity
     * CIDToGIDMap (the PDF's own objects give names, metrics, and the map
     * from codes to glyphs); dropping the layout tables also keeps the glyph
     * closure to the glyphs shown and their components. */
    static const hb_tag_t drop[] = {
        HB_TAG('G', 'S', 'U', 'B'), HB_TAG('G', 'P', 'O', 'S'),
        HB_TAG('G', 'D', 'E', 'F'), HB_TAG('k', 'e', 'r', 'n'),
        HB_TAG('g', 'a', 's', 'p'), HB_TAG('h', 'd', 'm', 'x'),
        HB_TAG('V', 'D', 'M', 'X'), HB_TAG('L', 'T', 'S', 'H'),
        HB_TAG('D', 'S', 'I', 'G'), HB_TAG('P', 'C', 'L', 'T'),
        HB_TAG('F', 'F', 'T', 'M'), HB_TAG('m', 'e', 't', 'a'),
        HB_TAG('v', 'h', 'e', 'a'), HB_TAG('v', 'm', 't', 'x'),
        HB_TAG('c', 'v', 't', ' '), HB_TAG('f', 'p', 'g', 'm'),
        HB_TAG('p', 'r', 'e', 'p'), HB_TAG('n', 'a', 'm', 'e'),
        HB_TAG('O', 'S', '/', '2'), HB_TAG('c', 'm', 'a', 'p'),
        HB_TAG('p', 'o', 's', 't'),
    };
    hb_set_t *tables = hb_subset_input_set(in, HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (size_t i = 0; i < sizeof drop / sizeof *drop; i++)
        hb_set_add(tables, drop[i]);

    if (!hb_set_allocation_successful(glyphs) || !hb_set_allocation_successful(tables))
        xalloc_failed("a font subset");
    hb_face_t *outlines = outline_face(fe->f->face);
    hb_subset_plan_t *plan = hb_subset_plan_create_or_fail(outlines, in);
    hb_face_destroy(outlines);
    if (!plan)  /* the plan is built from a font already read: only memory */
        xalloc_failed("a font subset plan");
    hb_blob_t *out = run_plan(fe, plan);
    hb_subset_plan_destroy(plan);
    hb_subset_input_destroy(in);
    return out;
}

/* Width of original glyph g in PDF glyph units (1/1000 em), rounded: the
 * difference to HarfBuzz's advance stays under 0.5/1000 em per glyph and
 * averages out along a line. */
static int glyph_width(const struct fe_font *fe, unsigned g)
{
    return (int)lround(hb_font_get_glyph_h_advance(fe->f->hb, g) * 1000.0 /
                       fe->f->upem);
}

/* Scale font units to PDF glyph space (1/1000 em), rounded. */
static int em1000(const struct fe_font *fe, double v)
{
    return (int)lround(v * 1000.0 / fe->f->upem);
}

/* Shown glyphs in CID order: parallel arrays of CID and original id. */
struct used {
    unsigned *cid, *gid;
    size_t n;
};

static void used_list(const struct fe_font *fe, struct used *u)
{
    /* CIDs increase with the original ids (hb-subset renumbers in order),
     * but sort by CID anyway through a table indexed by CID. */
    unsigned maxcid = 0;
    for (unsigned g = 0; g < fe->nglyphs; g++)
        if (fe->slot[g].used && fe->slot[g].cid > maxcid)
            maxcid = fe->slot[g].cid;
    unsigned *byc = xmalloc((maxcid + 1) * sizeof *byc);
    for (unsigned c = 0; c <= maxcid; c++)
        byc[c] = UINT32_MAX;
    for (unsigned g = 0; g < fe->nglyphs; g++)
        if (fe->slot[g].used)
            byc[fe->slot[g].cid] = g;
    u->cid = xmalloc((fe->nused + 1) * sizeof *u->cid);
    u->gid = xmalloc((fe->nused + 1) * sizeof *u->gid);
    u->n = 0;
    for (unsigned c = 0; c <= maxcid; c++)
        if (byc[c] != UINT32_MAX) {
            u->cid[u->n] = c;
            u->gid[u->n] = byc[c];
            u->n++;
        }
    free(byc);
}

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/* /DW (most frequent width among shown glyphs, smallest on ties) and the /W
 * array for the glyphs whose width differs: runs of three or more equal
 * widths on consecutive CIDs as "first last w", other consecutive stretches
 * as "first [w ...]". */
static HPDF_STATUS widths(const struct fe_font *fe, const struct used *u,
                          HPDF_MMgr mmgr, HPDF_Dict cidfont)
{
    size_t n = u->n;
    int *w = xmalloc((2 * n + 1) * sizeof *w), *s = w + n;
    for (size_t i = 0; i < n; i++)
        w[i] = s[i] = glyph_width(fe, u->gid[i]);
    qsort(s, n, sizeof *s, cmp_int);
    int dw = 1000;
    size_t best = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && s[j] == s[i])
            j++;
        if (j - i > best) {
            best = j - i;
            dw = s[i];
        }
        i = j;
    }
    HPDF_STATUS st = HPDF_Dict_AddNumber(cidfont, "DW", dw);
    HPDF_Array W = HPDF_Array_New(mmgr);
    if (st != HPDF_OK || !W || (st = HPDF_Dict_Add(cidfont, "W", W)) != HPDF_OK)
        goto done;
    for (size_t i = 0; i < n && st == HPDF_OK;) {
        if (w[i] == dw) {
            i++;
            continue;
        }
        /* A run of equal widths on consecutive CIDs. */
        size_t j = i + 1;
        while (j < n && u->cid[j] == u->cid[j - 1] + 1 && w[j] == w[i])
            j++;
        if (j - i >= 3) {
            st |= HPDF_Array_AddNumber(W, (HPDF_INT32)u->cid[i]);
            st |= HPDF_Array_AddNumber(W, (HPDF_INT32)u->cid[j - 1]);
            st |= HPDF_Array_AddNumber(W, w[i]);
            i = j;
            continue;
        }
        /* A stretch of consecutive CIDs up to a gap, a DW glyph or the
         * start of a run of three equal widths. */
        HPDF_Array a = HPDF_Array_New(mmgr);
        st |= HPDF_Array_AddNumber(W, (HPDF_INT32)u->cid[i]);
        st |= HPDF_Array_Add(W, a);
        if (st != HPDF_OK)
            break;
        size_t k = i;
        for (;;) {
            st |= HPDF_Array_AddNumber(a, w[k]);
            k++;
            if (k >= n || u->cid[k] != u->cid[k - 1] + 1 || w[k] == dw)
                break;
            size_t r = k + 1;
            while (r < n && r < k + 3 && u->cid[r] == u->cid[r - 1] + 1 &&
                   w[r] == w[k])
                r++;
            if (r - k >= 3)
                break;
        }
        i = k;
    }
done:
    free(w);
    return st;
}

/* Append the text of slot s as UTF-16BE hex to b; returns code units. */
static int add_utf16(const struct fe_font *fe, const struct fe_slot *s,
                     struct buf *b)
{
    const char *p = fe->text.s + s->text_off;
    size_t n = s->text_len;
    int units = 0;
    while (n > 0 && units + 2 <= MAX_UNITS) {
        unsigned cp;
        size_t k = utf8_decode(p, n, &cp);
        if (k == 0)
            break;
        p += k;
        n -= k;
        if (cp >= 0x10000 && cp <= 0x10FFFF) {
            cp -= 0x10000;
            buf_printf(b, "%04X%04X", 0xD800 + (cp >> 10), 0xDC00 + (cp & 0x3FF));
            units += 2;
        } else {
            if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
                cp = 0xFFFD;
            buf_printf(b, "%04X", cp);
            units++;
        }
    }
    return units;
}

/* If slot s maps to exactly one BMP character, that character; else -1. */
static long single_bmp(const struct fe_font *fe, const struct fe_slot *s)
{
    if (s->text_len == 0)
        return -1;
    unsigned cp;
    size_t k = utf8_decode(fe->text.s + s->text_off, s->text_len, &cp);
    if (k != s->text_len || cp >= 0x10000 || (cp >= 0xD800 && cp <= 0xDFFF))
        return -1;
    return (long)cp;
}

/* Flush a block of ToUnicode entries (at most 100) with its operator. */
static void flush_block(struct buf *out, struct buf *blk, int *count,
                        const char *op)
{
    if (*count) {
        buf_printf(out, "%d begin%s\n", *count, op);
        buf_add(out, blk->s, blk->len);
        buf_printf(out, "end%s\n", op);
    }
    buf_clear(blk);
    *count = 0;
}

/* The ToUnicode CMap text: bfrange for runs of consecutive CIDs mapping to
 * consecutive single characters (within one 256-block), bfchar otherwise. */
static void tounicode(const struct fe_font *fe, const struct used *u,
                      struct buf *out)
{
    buf_adds(out,
             "/CIDInit /ProcSet findresource begin\n"
             "12 dict begin\n"
             "begincmap\n"
             "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
             "/CMapName /Adobe-Identity-UCS def\n"
             "/CMapType 2 def\n"
             "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
    struct buf chars, ranges;
    buf_init(&chars);
    buf_init(&ranges);
    int nchars = 0, nranges = 0;
    for (size_t i = 0; i < u->n;) {
        const struct fe_slot *s = &fe->slot[u->gid[i]];
        if (s->text_len == 0) {
            i++;
            continue;
        }
        long c0 = single_bmp(fe, s);
        size_t j = i + 1;
        if (c0 >= 0) {
            while (j < u->n && u->cid[j] == u->cid[j - 1] + 1 &&
                   (u->cid[j] & 0xFF00) == (u->cid[i] & 0xFF00) &&
                   single_bmp(fe, &fe->slot[u->gid[j]]) == c0 + (long)(j - i) &&
                   ((unsigned long)c0 & 0xFF) + (j - i) <= 0xFF)
                j++;
        }
        if (j - i >= 2) {
            buf_printf(&ranges, "<%04X> <%04X> <%04lX>\n", u->cid[i], u->cid[j - 1],
                       (unsigned long)c0);
            if (++nranges == 100)
                flush_block(out, &ranges, &nranges, "bfrange");
            i = j;
        } else {
            buf_printf(&chars, "<%04X> <", u->cid[i]);
            add_utf16(fe, s, &chars);
            buf_adds(&chars, ">\n");
            if (++nchars == 100)
                flush_block(out, &chars, &nchars, "bfchar");
            i++;
        }
    }
    flush_block(out, &chars, &nchars, "bfchar");
    flush_block(out, &ranges, &nranges, "bfrange");
    buf_free(&chars);
    buf_free(&ranges);
    buf_adds(out,
             "endcmap\n"
             "CMapName currentdict /CMap defineresource pop\n"
             "end\n"
             "end\n");
}

/* A new stream object (indirect) holding len bytes of data, deflated unless
 * it is so short (a CIDSet) that a filter would cost more than it saves. */
static HPDF_Dict data_stream(HPDF_Doc doc, const void *data, size_t len)
{
    HPDF_Dict s = HPDF_DictStream_New(doc->mmgr, doc->xref);
    if (!s)
        return NULL;
    if (len >= 64)
        s->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
    if (len && HPDF_Stream_Write(s->stream, (const HPDF_BYTE *)data,
                                 (HPDF_UINT)len) != HPDF_OK)
        return NULL;
    return s;
}

/* Font descriptor flags: FixedPitch 1, Serif 2, Symbolic 4, Italic 64.  A
 * CIDFont's glyphs are not in the standard Latin set by code, so Symbolic. */
static int descriptor_flags(const struct font *f)
{
    return (f->fixed_pitch ? 1 : 0) | (f->serif ? 2 : 0) | 4 |
           (f->italic ? 64 : 0);
}

#define TRY(x) do { if ((x) != HPDF_OK) goto fail; } while (0)
#define NEED(p) do { if (!(p)) goto fail; } while (0)

/* 1 if the font's OS/2 fsType allows embedding a subset; else 0 after a
 * message.  0x0002 restricted licence, 0x0100 no subsetting, 0x0200
 * bitmap embedding only. */
static int embedding_allowed(const struct font *f, const char *name)
{
    unsigned fstype = table_u16(f->face, HB_TAG('O', 'S', '/', '2'), 8, 0);
    const char *why = (fstype & 0x000F) == 0x0002 ? "embedded"
                    : (fstype & 0x0100) ? "subset"
                    : (fstype & 0x0200) ? "embedded as outlines" : NULL;
    if (why) {
        diag(P_FE_FORBIDDEN, f->path, 0, 0, name, why, fstype);
        return 0;
    }
    return 1;
}

/* The descriptor's metrics: /FontBBox, /ItalicAngle, /Ascent, /Descent,
 * /CapHeight, /XHeight and an estimated /StemV.  1, or 0 on a libharu
 * failure. */
static int descriptor_metrics(const struct fe_font *fe, HPDF_MMgr mmgr,
                              HPDF_Dict desc)
{
    const struct font *f = fe->f;
    HPDF_Array bbox = HPDF_Array_New(mmgr);
    NEED(bbox);
    TRY(HPDF_Dict_Add(desc, "FontBBox", bbox));
    for (int i = 0; i < 4; i++)
        TRY(HPDF_Array_AddNumber(bbox, em1000(fe, f->bbox[i])));
    if (f->italic_angle == floor(f->italic_angle))
        TRY(HPDF_Dict_AddNumber(desc, "ItalicAngle", (HPDF_INT32)f->italic_angle));
    else
        TRY(HPDF_Dict_AddReal(desc, "ItalicAngle", (HPDF_REAL)f->italic_angle));
    TRY(HPDF_Dict_AddNumber(desc, "Ascent", em1000(fe, f->ascender)));
    TRY(HPDF_Dict_AddNumber(desc, "Descent", em1000(fe, f->descender)));
    TRY(HPDF_Dict_AddNumber(desc, "CapHeight", em1000(fe, f->cap_height)));
    TRY(HPDF_Dict_AddNumber(desc, "XHeight", em1000(fe, f->x_height)));
    /* StemV is not in a TrueType font; estimate it from the weight class. */
    unsigned weight = table_u16(f->face, HB_TAG('O', 'S', '/', '2'), 4,
                                f->bold ? 700 : 400);
    TRY(HPDF_Dict_AddNumber(desc, "StemV",
                            (HPDF_INT32)lround(50 + (weight / 65.0) * (weight / 65.0))));
    return 1;
fail:
    return 0;
}

/* /CIDSet (PDF/A-1) for the subset font program prog: every CID
 * 0..n-1 is present in the renumbered subset.  1, or 0 on a libharu
 * failure. */
static int add_cidset(HPDF_Doc doc, HPDF_Dict desc, hb_blob_t *prog)
{
    hb_face_t *sub_face = hbmem_face(prog, 0);
    unsigned nsub = hb_face_get_glyph_count(sub_face);
    hb_face_destroy(sub_face);
    size_t nbytes = (nsub + 7) / 8;
    unsigned char *bits = xmalloc(nbytes ? nbytes : 1);
    memset(bits, 0xFF, nbytes);
    if (nsub % 8)
        bits[nbytes - 1] = (unsigned char)(0xFF << (8 - nsub % 8));
    HPDF_Dict cidset = data_stream(doc, bits, nbytes);
    free(bits);
    return cidset && HPDF_Dict_Add(desc, "CIDSet", cidset) == HPDF_OK;
}

/* The font program stream and the FontDescriptor for it, named full.
 * Returns the descriptor, or NULL on a libharu failure. */
static HPDF_Dict descriptor(const struct fe_font *fe, HPDF_Doc doc,
                            const char *full, hb_blob_t *prog, int pdfa_part)
{
    unsigned plen;
    const char *pdata = hb_blob_get_data(prog, &plen);
    HPDF_Dict file = data_stream(doc, pdata, plen);
    NEED(file);
    TRY(HPDF_Dict_AddNumber(file, "Length1", (HPDF_INT32)plen));

    HPDF_Dict desc = HPDF_Dict_New(doc->mmgr);
    NEED(desc);
    TRY(HPDF_Xref_Add(doc->xref, desc));
    TRY(HPDF_Dict_AddName(desc, "Type", "FontDescriptor"));
    TRY(HPDF_Dict_AddName(desc, "FontName", full));
    TRY(HPDF_Dict_AddNumber(desc, "Flags", descriptor_flags(fe->f)));
    NEED(descriptor_metrics(fe, doc->mmgr, desc));
    TRY(HPDF_Dict_Add(desc, "FontFile2", file));
    if (pdfa_part == 1)
        NEED(add_cidset(doc, desc, prog));
    return desc;
fail:
    return NULL;
}

/* The descendant CIDFontType2 named full over descriptor desc, with the
 * widths of the used glyphs u.  NULL on a libharu failure. */
static HPDF_Dict cid_font(const struct fe_font *fe, HPDF_Doc doc,
                          const char *full, HPDF_Dict desc, const struct used *u)
{
    HPDF_MMgr mmgr = doc->mmgr;
    HPDF_Dict cid = HPDF_Dict_New(mmgr);
    NEED(cid);
    TRY(HPDF_Xref_Add(doc->xref, cid));
    TRY(HPDF_Dict_AddName(cid, "Type", "Font"));
    TRY(HPDF_Dict_AddName(cid, "Subtype", "CIDFontType2"));
    TRY(HPDF_Dict_AddName(cid, "BaseFont", full));
    HPDF_Dict sysinfo = HPDF_Dict_New(mmgr);
    NEED(sysinfo);
    TRY(HPDF_Dict_Add(cid, "CIDSystemInfo", sysinfo));
    TRY(HPDF_Dict_Add(sysinfo, "Registry", HPDF_String_New(mmgr, "Adobe", NULL)));
    TRY(HPDF_Dict_Add(sysinfo, "Ordering", HPDF_String_New(mmgr, "Identity", NULL)));
    TRY(HPDF_Dict_AddNumber(sysinfo, "Supplement", 0));
    TRY(HPDF_Dict_Add(cid, "FontDescriptor", desc));
    TRY(HPDF_Dict_AddName(cid, "CIDToGIDMap", "Identity"));
    TRY(widths(fe, u, mmgr, cid));
    return cid;
fail:
    return NULL;
}

/* The ToUnicode CMap of the used glyphs u as a stream object, or NULL. */
static HPDF_Dict tounicode_stream(const struct fe_font *fe, HPDF_Doc doc,
                                  const struct used *u)
{
    struct buf cmap;
    buf_init(&cmap);
    tounicode(fe, u, &cmap);
    HPDF_Dict tu = data_stream(doc, cmap.s, cmap.len);
    buf_free(&cmap);
    return tu;
}

/* The Type0 font named full over descendant cid with ToUnicode tu, or
 * NULL on a libharu failure. */
static HPDF_Dict type0_font(HPDF_Doc doc, const char *full, HPDF_Dict cid,
                            HPDF_Dict tu)
{
    HPDF_Dict type0 = HPDF_Dict_New(doc->mmgr);
    NEED(type0);
    TRY(HPDF_Xref_Add(doc->xref, type0));
    TRY(HPDF_Dict_AddName(type0, "Type", "Font"));
    TRY(HPDF_Dict_AddName(type0, "Subtype", "Type0"));
    TRY(HPDF_Dict_AddName(type0, "BaseFont", full));
    TRY(HPDF_Dict_AddName(type0, "Encoding", "Identity-H"));
    HPDF_Array desc_fonts = HPDF_Array_New(doc->mmgr);
    NEED(desc_fonts);
    TRY(HPDF_Dict_Add(type0, "DescendantFonts", desc_fonts));
    TRY(HPDF_Array_Add(desc_fonts, cid));
    TRY(HPDF_Dict_Add(type0, "ToUnicode", tu));
    return type0;
fail:
    return NULL;
}

/* The objects are made in a fixed order (font program, descriptor,
 * CIDSet, CIDFont, ToUnicode, Type0), which fixes their numbers. */
HPDF_Dict fe_write(struct fe_font *fe, HPDF_Doc doc, int pdfa_part)
{
    const struct font *f = fe->f;
    char name[100], tag[7], full[110];
    ps_name(f, name, sizeof name);
    if (!embedding_allowed(f, name))
        return NULL;

    /* hb-subset's "or_fail" calls fail only when they cannot allocate:
     * the program's memory policy applies. */
    hb_blob_t *prog = subset(fe);
    if (!prog)
        xalloc_failed("subsetting a font");
    subset_tag(fe, name, tag);
    snprintf(full, sizeof full, "%s+%s", tag, name);

    struct used u;
    used_list(fe, &u);
    HPDF_Dict desc, cid = NULL, tu = NULL, type0 = NULL;
    desc = descriptor(fe, doc, full, prog, pdfa_part);
    if (desc)
        cid = cid_font(fe, doc, full, desc, &u);
    if (cid)
        tu = tounicode_stream(fe, doc, &u);
    if (tu)
        type0 = type0_font(doc, full, cid, tu);
    if (!type0)
        diag(P_FE_OBJECTS, f->path, 0, 0, name, (unsigned long)HPDF_GetError(doc));
    free(u.cid);
    free(u.gid);
    hb_blob_destroy(prog);
    return type0;
}
