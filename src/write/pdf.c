/* pdf.c -- the write stage: a display list into a PDF through libharu
 * (document, pages, content streams, links, outline, page labels, Info),
 * with imprint's own font objects (fontembed.c), PDF/A objects (pdfa.c) and
 * signature field (sigfield.c), saved through atomic.c. */
#include "write/pdf.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <hpdf.h>
#include <zlib.h>

#include "base/diag.h"
#include "base/exit.h"
#include "base/util.h"
#include "write/atomic.h"
#include "write/fontembed.h"
#include "write/pdfa.h"
#include "write/sigfield.h"
#include "write/tags.h"

int pdf_pdfa_parse(const char *s)
{
    if (!s)
        return -1;
    if (strcmp(s, "1b") == 0 || strcmp(s, "1B") == 0)
        return PDFA_1B;
    if (strcmp(s, "2b") == 0 || strcmp(s, "2B") == 0)
        return PDFA_2B;
    if (strcmp(s, "2u") == 0 || strcmp(s, "2U") == 0)
        return PDFA_2U;
    if (strcmp(s, "1a") == 0 || strcmp(s, "1A") == 0)
        return PDFA_1A;
    if (strcmp(s, "2a") == 0 || strcmp(s, "2A") == 0)
        return PDFA_2A;
    if (strcmp(s, "none") == 0)
        return PDFA_NONE;
    return -1;
}

/* The first error libharu reported for a document. */
struct herr {
    HPDF_STATUS no, detail;
};

/* libharu's error handler: records, never prints. */
static void on_error(HPDF_STATUS no, HPDF_STATUS detail, void *data)
{
    struct herr *e = data;
    if (!e->no) {
        e->no = no;
        e->detail = detail;
    }
}

/* libharu's allocations go through the program's memory-failure policy, so
 * that running out of memory never reads as a libharu error. */
static void *HPDF_STDCALL pdf_alloc(HPDF_UINT size)
{
    return xmalloc(size);
}

static void HPDF_STDCALL pdf_free(void *p)
{
    free(p);
}

/* Everything one pdf_write needs. */
struct writer {
    HPDF_Doc pdf;
    const char *name;      /* the output, for messages (NULL: none) */
    struct herr err;
    const struct doc *d;
    const struct fontset *fs;
    struct fe_font **fe;   /* per font index, NULL when unused */
    HPDF_Dict *fdict;      /* the written Type0 font per index */
    struct sigfield sf;    /* the signature field, when signing */
    struct tags *tags;     /* the structure tree being built */
    int part;              /* PDF/A part: 0, 1, 2 */
    HPDF_Dict link_ap;     /* the links' appearance (PDF/A-2), made once */
};

/* Report the libharu error behind a failed step; returns EXIT_ENV. */
static int fail(struct writer *w, HPDF_STATUS rc, const char *what)
{
    HPDF_STATUS no = w->err.no ? w->err.no : HPDF_GetError(w->pdf);
    if (!no)
        no = rc ? rc : HPDF_FAILD_TO_ALLOC_MEM;
    /* libharu's own allocations go through pdf_alloc; zlib's do not */
    if (no == HPDF_ZLIB_ERROR && (long)w->err.detail == Z_MEM_ERROR)
        xalloc_failed(what);
    diag(P_LIBHARU, w->name, 0, 0, (unsigned long)no,
         (unsigned long)w->err.detail, what);
    return EXIT_ENV;
}

/* 1 if the step went wrong (returned status or a recorded error). */
static int bad(struct writer *w, HPDF_STATUS rc)
{
    return rc != HPDF_OK || w->err.no || HPDF_GetError(w->pdf) != HPDF_OK;
}

/* ---- text strings ---------------------------------------------------- */

/* A PDF text string for UTF-8 s: a literal string when s is ASCII, else
 * UTF-16BE with a byte order mark (written as hex). */
static void *text_string(HPDF_Doc pdf, const char *s)
{
    /* cut to PDF_TEXT_MAX bytes: PDF strings are limited (the page keeps
     * the whole text) */
    size_t n = pdf_text_cut(s, PDF_TEXT_MAX), i;
    for (i = 0; i < n && (unsigned char)s[i] < 0x80; i++)
        ;
    if (i == n) {
        char *c = xstrndup(s, n);
        void *obj = HPDF_String_New(pdf->mmgr, c, NULL);
        free(c);
        return obj;
    }
    struct buf b;
    buf_init(&b);
    buf_add(&b, "\xFE\xFF", 2);
    for (i = 0; i < n;) {
        unsigned cp;
        i += utf8_decode(s + i, n - i, &cp);
        if (cp > 0xFFFF) {
            cp -= 0x10000;
            unsigned hi = 0xD800 + (cp >> 10), lo = 0xDC00 + (cp & 0x3FF);
            char u[4] = {(char)(hi >> 8), (char)(hi & 0xFF), (char)(lo >> 8),
                         (char)(lo & 0xFF)};
            buf_add(&b, u, 4);
        } else {
            char u[2] = {(char)(cp >> 8), (char)(cp & 0xFF)};
            buf_add(&b, u, 2);
        }
    }
    void *obj = HPDF_Binary_New(pdf->mmgr, (HPDF_BYTE *)b.s, (HPDF_UINT)b.len);
    buf_free(&b);
    return obj;
}

/* ---- content streams ------------------------------------------------- */

/* Append v with at most 3 decimals and no trailing zeros. */
static void num(struct buf *b, double v)
{
    if (!isfinite(v))
        v = 0;
    long long r = llround(v * 1000.0);
    if (r < 0) {
        buf_addc(b, '-');
        r = -r;
    }
    buf_printf(b, "%lld", r / 1000);
    int frac = (int)(r % 1000);
    if (frac) {
        char t[8];
        snprintf(t, sizeof t, ".%03d", frac);
        size_t n = strlen(t);
        while (t[n - 1] == '0')
            n--;
        buf_add(b, t, n);
    }
}

/* Append "r g b " for 0xRRGGBB. */
static void rgb(struct buf *b, uint32_t c)
{
    for (int shift = 16; shift >= 0; shift -= 8) {
        num(b, ((c >> shift) & 0xFF) / 255.0);
        buf_addc(b, ' ');
    }
}

/* The graphics state a page's content has set so far. */
struct gstate {
    int font;
    double size;
    uint32_t fill, stroke;
    double width;
    double hscale;  /* Tz, percent */
};

/* Append one run as BT ... TJ ET.  A right-to-left run's glyphs are in
 * visual order; each glyph's ToUnicode entry gives its characters, and
 * extraction (poppler) puts right-to-left words back in logical order. */
static void put_code(struct buf *b, unsigned cid)
{
    unsigned char bytes[2] = {(unsigned char)(cid >> 8), (unsigned char)cid};
    for (int k = 0; k < 2; k++) {
        if (bytes[k] == '(' || bytes[k] == ')' || bytes[k] == '\\')
            buf_addc(b, '\\');
        if (bytes[k] == '\r')
            buf_adds(b, "\\r");
        else if (bytes[k] == '\n')
            buf_adds(b, "\\n");
        else
            buf_addc(b, (char)bytes[k]);
    }
}

/* Append one run as BT ... TJ ET, with the glyph space_gid after its
 * glyphs unless it is negative (see line_space). */
static void put_run(struct writer *w, struct buf *b, struct gstate *g,
                    const struct pg_run *r, long space_gid)
{
    buf_adds(b, "BT ");
    if (r->font != g->font || r->size != g->size) {
        buf_printf(b, "/F%d ", r->font);
        num(b, r->size);
        buf_adds(b, " Tf ");
        g->font = r->font;
        g->size = r->size;
    }
    if (r->hscale != g->hscale) {
        num(b, r->hscale);
        buf_adds(b, " Tz ");
        g->hscale = r->hscale;
    }
    if (r->color != g->fill) {
        rgb(b, r->color);
        buf_adds(b, "rg ");
        g->fill = r->color;
    }
    num(b, r->x);
    buf_addc(b, ' ');
    num(b, r->y);
    buf_adds(b, " Td [");
    /* Codes as literal strings (two bytes each): shorter than hex after
     * compression; parentheses, backslash and line ends are escaped. */
    int open = 0;
    for (size_t i = 0; i < r->nglyphs; i++) {
        const struct pg_glyph *gl = &r->glyphs[i];
        if (gl->adjust) {
            if (open)
                buf_addc(b, ')');
            open = 0;
            buf_printf(b, "%d", gl->adjust);
        }
        if (!open)
            buf_addc(b, '(');
        open = 1;
        put_code(b, fe_cid(w->fe[r->font], gl->gid) & 0xFFFF);
    }
    if (space_gid >= 0) {
        if (!open)
            buf_addc(b, '(');
        open = 1;
        put_code(b, fe_cid(w->fe[r->font], (unsigned)space_gid) & 0xFFFF);
    }
    if (open)
        buf_addc(b, ')');
    buf_adds(b, "] TJ ET\n");
}

/* Append one rule as w RG m l S. */
static void put_rule(struct buf *b, struct gstate *g, const struct pg_rule *r)
{
    if (r->width != g->width) {
        num(b, r->width);
        buf_adds(b, " w ");
        g->width = r->width;
    }
    if (r->color != g->stroke) {
        rgb(b, r->color);
        buf_adds(b, "RG ");
        g->stroke = r->color;
    }
    num(b, r->x1);
    buf_addc(b, ' ');
    num(b, r->y1);
    buf_adds(b, " m ");
    num(b, r->x2);
    buf_addc(b, ' ');
    num(b, r->y2);
    buf_adds(b, " l S\n");
}

/* 1 if run r can be shown (known, embedded font; some glyphs). */
static int run_ok(const struct writer *w, const struct pg_run *r)
{
    return r->nglyphs && r->font >= 0 && (size_t)r->font < w->fs->n;
}

/* Where the text of glyph g of run r ends: at the next glyph's different
 * cluster when it comes later in the text (left to right), otherwise (right
 * to left) at the nearest cluster after g's of any glyph, or at tlen. */
static unsigned glyph_text_end(const struct pg_run *r, size_t g, unsigned tlen)
{
    unsigned start = r->glyphs[g].cluster, end = tlen;
    for (size_t k = g + 1; k < r->nglyphs; k++)
        if (r->glyphs[k].cluster != start) {
            if (r->glyphs[k].cluster > start)
                return r->glyphs[k].cluster;
            break;
        }
    for (size_t k = 0; k < r->nglyphs; k++)
        if (r->glyphs[k].cluster > start && r->glyphs[k].cluster < end)
            end = r->glyphs[k].cluster;
    return end;
}

/* 1 if run r is right to left: its glyphs' clusters descend somewhere. */
static int run_rtl(const struct pg_run *r)
{
    for (size_t i = 1; i < r->nglyphs; i++)
        if (r->glyphs[i].cluster < r->glyphs[i - 1].cluster)
            return 1;
    return 0;
}

/* In a tagged file, the space glyph to show after run i of pg, or -1: a
 * line that its element continues on the next line ends with one (after
 * the last glyph, where it moves nothing), so that text taken from the
 * structure (a screen reader's) does not run the lines' words together. */
static long line_space(const struct writer *w, const struct page *pg, size_t i)
{
    const struct pg_run *r = &pg->runs[i];
    if (!w->tags || r->elem < 0 || i + 1 >= pg->nruns || !run_ok(w, r))
        return -1;
    const struct pg_run *n = &pg->runs[i + 1];
    size_t len = r->text ? strlen(r->text) : 0;
    if (n->elem != r->elem || fabs(n->y - r->y) < 0.5 || !len ||
        strchr(" -", r->text[len - 1]) || run_rtl(r))
        return -1;
    hb_codepoint_t gid;
    if (!hb_font_get_nominal_glyph(w->fs->fonts[r->font].hb, ' ', &gid))
        return -1;
    return (long)gid;
}

/* The characters of s[0..n) in reverse order into b. */
static void reverse_utf8(const char *s, size_t n, struct buf *b)
{
    buf_clear(b);
    for (size_t e = n; e > 0;) {
        size_t a = e - 1;
        while (a > 0 && ((unsigned char)s[a] & 0xC0) == 0x80)
            a--;
        buf_add(b, s + a, e - a);
        e = a;
    }
}

/* Pass 1: record every glyph shown with the characters it stands for.  A
 * right-to-left run's glyphs are in visual order, and extraction (poppler)
 * reverses right-to-left text to read it: the characters of one glyph
 * (a lam-alef ligature) are given it in visual order too. */
static void use_glyphs(struct writer *w)
{
    struct buf rev;
    buf_init(&rev);
    for (size_t p = 0; p < w->d->npages; p++) {
        const struct page *pg = &w->d->pages[p];
        for (size_t i = 0; i < pg->nruns; i++) {
            const struct pg_run *r = &pg->runs[i];
            if (!run_ok(w, r))
                continue;
            if (!w->fe[r->font])
                w->fe[r->font] = fe_new(&w->fs->fonts[r->font]);
            size_t tlen = r->text ? strlen(r->text) : 0;
            int rtl = run_rtl(r);
            for (size_t g = 0; g < r->nglyphs; g++) {
                unsigned start = r->glyphs[g].cluster;
                unsigned end = glyph_text_end(r, g, (unsigned)tlen);
                if (start > tlen)
                    start = (unsigned)tlen;
                if (end < start || end > tlen)
                    end = start;
                const char *t = r->text ? r->text + start : "";
                if (rtl && end - start > 1) {
                    reverse_utf8(t, end - start, &rev);
                    fe_use(w->fe[r->font], r->glyphs[g].gid, rev.s, rev.len);
                } else {
                    fe_use(w->fe[r->font], r->glyphs[g].gid, t, end - start);
                }
            }
            long sp = line_space(w, pg, i);
            if (sp >= 0)
                fe_use(w->fe[r->font], (unsigned)sp, " ", 1);
        }
    }
    buf_free(&rev);
}

/* Add font index f as /F<f> to the page's /Resources /Font. */
static HPDF_STATUS add_font_resource(struct writer *w, HPDF_Page page, int f)
{
    HPDF_Dict res = HPDF_Dict_GetItem(page, "Resources", HPDF_OCLASS_DICT);
    if (!res)
        return HPDF_INVALID_OBJECT;
    HPDF_Dict fonts = HPDF_Dict_GetItem(res, "Font", HPDF_OCLASS_DICT);
    if (!fonts) {
        fonts = HPDF_Dict_New(w->pdf->mmgr);
        if (!fonts)
            return HPDF_FAILD_TO_ALLOC_MEM;
        HPDF_STATUS rc = HPDF_Dict_Add(res, "Font", fonts);
        if (rc != HPDF_OK)
            return rc;
    }
    char name[24];
    snprintf(name, sizeof name, "F%d", f);
    if (HPDF_Dict_GetItem(fonts, name, HPDF_OCLASS_DICT))
        return HPDF_OK;
    return HPDF_Dict_Add(fonts, name, w->fdict[f]);
}

/* The text of the runs of pg that belong to element elem (a link's). */
static char *elem_text(const struct page *pg, int elem)
{
    struct buf b;
    buf_init(&b);
    for (size_t i = 0; i < pg->nruns; i++)
        if (pg->runs[i].elem == elem && pg->runs[i].text) {
            if (b.len)
                buf_addc(&b, ' ');
            buf_adds(&b, pg->runs[i].text);
        }
    if (!b.len)
        buf_adds(&b, "");
    return b.s;
}

/* The appearance every link annotation shares under PDF/A-2, which wants
 * one for every annotation (ISO 19005-2 6.3.3): an empty form, the link
 * being the text under it. */
static HPDF_Dict link_appearance(struct writer *w)
{
    if (w->link_ap)
        return w->link_ap;
    HPDF_Dict f = HPDF_DictStream_New(w->pdf->mmgr, w->pdf->xref);
    HPDF_Array box = HPDF_Array_New(w->pdf->mmgr);
    if (!f || !box)
        return NULL;
    f->filter = HPDF_STREAM_FILTER_NONE;
    HPDF_STATUS rc = HPDF_Dict_AddName(f, "Type", "XObject");
    if (rc == HPDF_OK)
        rc = HPDF_Dict_AddName(f, "Subtype", "Form");
    for (int k = 0; k < 4 && rc == HPDF_OK; k++)
        rc = HPDF_Array_AddNumber(box, k / 2);
    if (rc == HPDF_OK)
        rc = HPDF_Dict_Add(f, "BBox", box);
    return rc == HPDF_OK ? (w->link_ap = f) : NULL;
}

/* A link annotation with a URI action, the Print flag, its text as
 * /Contents and its place in the structure tree, and under PDF/A-2 an
 * appearance. */
static HPDF_STATUS add_link(struct writer *w, HPDF_Page page,
                            const struct page *pg, const struct pg_link *l)
{
    HPDF_Rect rect = {(HPDF_REAL)fmin(l->x1, l->x2), (HPDF_REAL)fmin(l->y1, l->y2),
                      (HPDF_REAL)fmax(l->x1, l->x2), (HPDF_REAL)fmax(l->y1, l->y2)};
    HPDF_Annotation a = HPDF_Page_CreateURILinkAnnot(page, rect, l->uri);
    if (!a)
        return HPDF_INVALID_OBJECT;
    HPDF_STATUS rc = HPDF_LinkAnnot_SetBorderStyle(a, 0, 0, 0);
    if (rc == HPDF_OK)
        rc = HPDF_Dict_AddNumber(a, "F", 4);
    char *text = elem_text(pg, l->elem);
    if (rc == HPDF_OK)
        rc = HPDF_Dict_Add(a, "Contents",
                           text_string(w->pdf, *text ? text : l->uri));
    free(text);
    if (rc == HPDF_OK)
        rc = tags_annot(w->tags, a, l->elem);
    if (rc == HPDF_OK && w->part == 2) {
        HPDF_Dict ap = HPDF_Dict_New(w->pdf->mmgr), form = link_appearance(w);
        rc = ap && form ? HPDF_Dict_Add(ap, "N", form) : HPDF_FAILD_TO_ALLOC_MEM;
        if (rc == HPDF_OK)
            rc = HPDF_Dict_Add(a, "AP", ap);
    }
    return rc;
}

/* Write page pi: size, fonts, content stream, links. */
static int write_page(struct writer *w, size_t pi, HPDF_Page *pages)
{
    const struct page *pg = &w->d->pages[pi];
    HPDF_Page page = HPDF_AddPage(w->pdf);
    if (!page)
        return fail(w, 0, "adding a page");
    pages[pi] = page;
    if (bad(w, tags_page(w->tags, pi, page)))
        return fail(w, 0, "tagging a page");
    if (bad(w, HPDF_Page_SetWidth(page, (HPDF_REAL)pg->width)) ||
        bad(w, HPDF_Page_SetHeight(page, (HPDF_REAL)pg->height)))
        return fail(w, 0, "setting the page size");
    /* /ProcSet is obsolete (PDF 1.4, 14.2); every byte counts in an archive. */
    HPDF_Dict res = HPDF_Dict_GetItem(page, "Resources", HPDF_OCLASS_DICT);
    if (res)
        HPDF_Dict_RemoveElement(res, "ProcSet");

    struct buf b;
    buf_init(&b);
    struct gstate g = {-1, 0, 0x000000, 0x000000, 1.0, 100};
    for (size_t i = 0; i < pg->nruns; i++) {
        const struct pg_run *r = &pg->runs[i];
        if (!run_ok(w, r))
            continue;
        if (bad(w, add_font_resource(w, page, r->font))) {
            buf_free(&b);
            return fail(w, 0, "adding a font to a page");
        }
        tags_mark(w->tags, &b, r->elem);
        put_run(w, &b, &g, r, line_space(w, pg, i));
    }
    if (pg->nrules)
        tags_mark(w->tags, &b, PG_ARTIFACT);
    for (size_t i = 0; i < pg->nrules; i++)
        put_rule(&b, &g, &pg->rules[i]);
    tags_close(w->tags, &b);
    HPDF_STATUS rc = HPDF_OK;
    if (b.len)
        rc = HPDF_Stream_Write(((HPDF_PageAttr)page->attr)->stream,
                               (const HPDF_BYTE *)b.s, (HPDF_UINT)b.len);
    buf_free(&b);
    if (bad(w, rc))
        return fail(w, rc, "writing a content stream");

    for (size_t i = 0; i < pg->nlinks; i++)
        if (pg->links[i].uri && bad(w, add_link(w, page, pg, &pg->links[i])))
            return fail(w, 0, "adding a link");
    return EXIT_OK;
}

/* ---- outline, Info --------------------------------------------------- */

#define OUTLINE_DEPTH 8

/* Bookmarks from the anchors, opened, each with a direct /Dest array
 * (an indirect one is refused by PDF/A validators). */
static int write_outline(struct writer *w, HPDF_Page *pages)
{
    HPDF_Outline last[OUTLINE_DEPTH] = {0};
    int any = 0;
    for (size_t i = 0; i < w->d->nanchors; i++) {
        const struct pg_anchor *a = &w->d->anchors[i];
        if (a->page >= w->d->npages || !a->title)
            continue;
        int level = a->level < 0 ? 0 : a->level;
        if (level >= OUTLINE_DEPTH)
            level = OUTLINE_DEPTH - 1;
        while (level > 0 && !last[level - 1])
            level--;
        HPDF_Outline parent = level ? last[level - 1] : NULL;
        HPDF_Outline o = HPDF_CreateOutline(w->pdf, parent, "", NULL);
        if (!o)
            return fail(w, 0, "adding a bookmark");
        last[level] = o;
        for (int k = level + 1; k < OUTLINE_DEPTH; k++)
            last[k] = NULL;
        HPDF_Array dest = HPDF_Array_New(w->pdf->mmgr);
        HPDF_STATUS rc = dest ? HPDF_OK : HPDF_FAILD_TO_ALLOC_MEM;
        /* libharu gives items the root's /Type /Outlines; items have none */
        HPDF_Dict_RemoveElement(o, "Type");
        if (rc == HPDF_OK)
            rc = HPDF_Dict_Add(o, "Title", text_string(w->pdf, a->title));
        if (rc == HPDF_OK)
            rc = HPDF_Outline_SetOpened(o, HPDF_TRUE);
        if (rc == HPDF_OK)
            rc = HPDF_Array_Add(dest, pages[a->page]);
        if (rc == HPDF_OK)
            rc = HPDF_Array_AddName(dest, "XYZ");
        if (rc == HPDF_OK)
            rc = HPDF_Array_AddReal(dest, 0);
        if (rc == HPDF_OK)
            rc = HPDF_Array_AddReal(dest, (HPDF_REAL)a->y);
        if (rc == HPDF_OK)
            rc = HPDF_Array_Add(dest, HPDF_Null_New(w->pdf->mmgr));
        if (rc == HPDF_OK)
            rc = HPDF_Dict_Add(o, "Dest", dest);
        if (bad(w, rc))
            return fail(w, rc, "adding a bookmark");
        any = 1;
    }
    if (any && bad(w, HPDF_SetPageMode(w->pdf, HPDF_PAGE_MODE_USE_OUTLINE)))
        return fail(w, 0, "setting the page mode");
    return EXIT_OK;
}

/* Info entry key = value (removed when value is NULL). */
static HPDF_STATUS info_set(HPDF_Doc pdf, const char *key, const char *value)
{
    if (!value) {
        HPDF_Dict_RemoveElement(pdf->info, key);
        return HPDF_OK;
    }
    return HPDF_Dict_Add(pdf->info, key, text_string(pdf, value));
}

/* Info from meta and the date; the catalog's /Lang. */
static int write_info(struct writer *w, const struct pdf_meta *m,
                      const struct pdfa_date *date)
{
    HPDF_Doc pdf = w->pdf;
    /* libharu creates Info with its own Producer; make sure it exists. */
    HPDF_STATUS rc = HPDF_SetInfoAttr(pdf, HPDF_INFO_PRODUCER, "imprint");
    if (rc == HPDF_OK)
        rc = info_set(pdf, "Title", m->title);
    if (rc == HPDF_OK)
        rc = info_set(pdf, "Author", m->author);
    if (rc == HPDF_OK)
        rc = info_set(pdf, "Subject", m->subject);
    if (rc == HPDF_OK)
        rc = info_set(pdf, "Keywords", m->keywords);
    if (rc == HPDF_OK)
        rc = info_set(pdf, "Creator", m->creator);
    if (rc == HPDF_OK)
        rc = info_set(pdf, "Producer", m->producer);
    if (rc == HPDF_OK)
        rc = info_set(pdf, "CreationDate", date->info);
    if (rc == HPDF_OK)
        rc = info_set(pdf, "ModDate", date->info);
    if (rc == HPDF_OK && m->language)
        rc = HPDF_Dict_Add(pdf->catalog, "Lang", text_string(pdf, m->language));
    if (bad(w, rc))
        return fail(w, rc, "writing the document information");
    return EXIT_OK;
}

/* ---- the document ---------------------------------------------------- */

/* The signature field, over the visible block's frame or invisible on the
 * first page, in the structure as its Form element. */
static int add_signature_field(struct writer *w, const struct pdf_options *opt,
                               const struct pdfa_date *date)
{
    const struct pg_sigbox *box = &w->d->sigbox;
    size_t pi = box->set ? box->page : 0;
    if (bad(w, sigfield_add(w->pdf, HPDF_GetPageByIndex(w->pdf, (HPDF_UINT)pi), box,
                            opt->seal, date->info, &w->sf)))
        return fail(w, 0, "adding the signature field");
    if (box->form && bad(w, tags_annot_on(w->tags, w->sf.widget, box->form - 1, pi)))
        return fail(w, 0, "adding the signature field to the structure");
    return EXIT_OK;
}

/* Everything but saving: fonts, pages, outline, labels, Info, PDF/A. */
static int build(struct writer *w, const struct pdf_meta *meta,
                 const struct pdf_options *opt)
{
    HPDF_Doc pdf = w->pdf;
    if (bad(w, HPDF_SetCompressionMode(pdf, HPDF_COMP_ALL)))
        return fail(w, 0, "turning compression on");

    use_glyphs(w);
    for (size_t f = 0; f < w->fs->n; f++) {
        if (!w->fe[f])
            continue;
        w->fdict[f] = fe_write(w->fe[f], pdf, pdfa_part(opt->pdfa));
        if (!w->fdict[f])
            return EXIT_ENV;
    }

    HPDF_Page *pages = xcalloc(w->d->npages, sizeof *pages);
    int rc = EXIT_OK;
    for (size_t p = 0; p < w->d->npages && !rc; p++)
        rc = write_page(w, p, pages);
    if (!rc)
        rc = write_outline(w, pages);
    free(pages);
    if (rc)
        return rc;
    struct pdfa_date date;
    if (pdfa_date(opt->when, opt->utc, &date)) {
        diag(P_DATE, w->name, 0, 0, (long long)opt->when);
        return EXIT_ENV;
    }
    if (opt->seal && (rc = add_signature_field(w, opt, &date)))
        return rc;
    if (bad(w, tags_finish(w->tags)))
        return fail(w, 0, "writing the structure tree");
    if (bad(w, HPDF_AddPageLabel(pdf, 0, HPDF_PAGE_NUM_STYLE_DECIMAL, 1, NULL)))
        return fail(w, 0, "adding page labels");
    if ((rc = write_info(w, meta, &date)))
        return rc;

    pdfa_set_version(pdf, opt->pdfa);
    if (opt->pdfa != PDFA_NONE) {
        char *xmp = pdfa_xmp(meta, opt->pdfa, &date,
                             opt->pdfua && w->tags != NULL);
        HPDF_STATUS st = pdfa_add_metadata(pdf, xmp);
        free(xmp);
        if (bad(w, st))
            return fail(w, st, "adding the XMP metadata");
        if (!opt->icc_path || access(opt->icc_path, R_OK) != 0 ||
            bad(w, pdfa_add_output_intent(pdf, opt->icc_path))) {
            diag(P_ICC, w->name, 0, 0,
                 opt->icc_path ? opt->icc_path : "(none)");
            return EXIT_ENV;
        }
    }
    if (bad(w, pdfa_set_id(pdf, opt->id)))
        return fail(w, 0, "setting the file identifier");
    return EXIT_OK;
}

/* Serialise the document into memory; *data is the caller's. */
static int serialise(struct writer *w, unsigned char **data, size_t *len)
{
    if (bad(w, HPDF_SaveToStream(w->pdf)))
        return fail(w, 0, "saving the document");
    HPDF_UINT32 size = HPDF_GetStreamSize(w->pdf);
    unsigned char *buf = xmalloc(size ? size : 1);
    HPDF_UINT32 got = size;
    if (size && (bad(w, HPDF_ResetStream(w->pdf)) ||
                 bad(w, HPDF_ReadFromStream(w->pdf, buf, &got)) || got != size)) {
        free(buf);
        return fail(w, 0, "reading the saved document");
    }
    *data = buf;
    *len = size;
    return EXIT_OK;
}

/* Build and serialise d; on success *data (the caller's, freed with free())
 * holds the PDF.  name is used in messages.  Returns EXIT_OK or EXIT_ENV. */
static int produce(const struct doc *d, const struct pdf_meta *meta,
                   const struct fontset *fs, const struct pdf_options *opt,
                   const char *name, unsigned char **data, size_t *len)
{
    *data = NULL;
    *len = 0;
    if (!d->npages) {
        diag(P_NO_PAGES, name, 0, 0);
        return EXIT_ENV;
    }
    struct writer w;
    memset(&w, 0, sizeof w);
    w.name = name;
    w.d = d;
    w.fs = fs;
    w.pdf = HPDF_NewEx(on_error, pdf_alloc, pdf_free, 0, &w.err);
    if (!w.pdf) {
        diag(P_LIBHARU, name, 0, 0, (unsigned long)w.err.no,
             (unsigned long)w.err.detail, "creating the document");
        return EXIT_ENV;
    }
    w.fe = xcalloc(fs->n ? fs->n : 1, sizeof *w.fe);
    w.fdict = xcalloc(fs->n ? fs->n : 1, sizeof *w.fdict);
    w.part = pdfa_part(opt->pdfa);
    /* the accessible levels (1a, 2a) are always tagged */
    int accessible = w.part && pdfa_conformance(opt->pdfa) == 'A';
    w.tags = opt->untagged && !accessible ? NULL : tags_new(w.pdf, d);

    int rc = build(&w, meta, opt);
    if (!rc)
        rc = serialise(&w, data, len);
    if (!rc && opt->seal && (rc = sigfield_seal(w.pdf, &w.sf, opt->seal, *data, *len, name))) {
        free(*data);
        *data = NULL;
        *len = 0;
    }

    for (size_t f = 0; f < fs->n; f++)
        if (w.fe[f])
            fe_free(w.fe[f]);
    free(w.fe);
    free(w.fdict);
    tags_free(w.tags);
    HPDF_Free(w.pdf);
    return rc;
}

int pdf_write(const struct doc *d, const struct pdf_meta *meta,
              const struct fontset *fs, const struct pdf_options *opt,
              const char *path)
{
    unsigned char *data;
    size_t len;
    int rc = produce(d, meta, fs, opt, path, &data, &len);
    if (!rc) {
        int err = atomic_replace(path, data, len);
        if (err) {
            diag(P_SAVE, path, 0, 0, strerror(err));
            rc = EXIT_ENV;
        }
    }
    free(data);
    return rc;
}

int pdf_write_mem(const struct doc *d, const struct pdf_meta *meta,
                  const struct fontset *fs, const struct pdf_options *opt,
                  struct buf *out)
{
    unsigned char *data;
    size_t len;
    int rc = produce(d, meta, fs, opt, NULL, &data, &len);
    if (!rc)
        buf_add(out, (const char *)data, len);
    free(data);
    return rc;
}
