/* sigfield.c -- the signature field of a signed PDF: its objects before
 * saving, and after saving the byte ranges and the signature filled into
 * the placeholders the signature dictionary was written with. */
#include "write/sigfield.h"

#include <stdio.h>
#include <string.h>

#include "base/diag.h"
#include "base/exit.h"
#include "base/util.h"

/* Each number of the /ByteRange placeholder: as wide as any offset a
 * libharu file can have, so the real ranges always fit in its place. */
#define SF_WIDE 2147483647

/* A new dictionary that is an indirect object of pdf (NULL on error). */
static HPDF_Dict indirect_dict(HPDF_Doc pdf)
{
    HPDF_Dict d = HPDF_Dict_New(pdf->mmgr);
    if (d && HPDF_Xref_Add(pdf->xref, d) != HPDF_OK)
        return NULL;
    return d;
}

/* An array of four numbers [x0 x1 x2 x3] (NULL on error). */
static HPDF_Array array4(HPDF_Doc pdf, int x0, int x1, int x2, int x3)
{
    HPDF_Array a = HPDF_Array_New(pdf->mmgr);
    if (!a || HPDF_Array_AddNumber(a, x0) != HPDF_OK ||
        HPDF_Array_AddNumber(a, x1) != HPDF_OK ||
        HPDF_Array_AddNumber(a, x2) != HPDF_OK ||
        HPDF_Array_AddNumber(a, x3) != HPDF_OK)
        return NULL;
    return a;
}

/* The signature dictionary, PAdES baseline: a detached CAdES signature,
 * the claimed signing time in /M, placeholders for the rest. */
static HPDF_Dict sig_dict(HPDF_Doc pdf, size_t reserve, const char *date)
{
    HPDF_Dict sig = indirect_dict(pdf);
    if (!sig || reserve == 0 || reserve > HPDF_LIMIT_MAX_STRING_LEN)
        return NULL;
    unsigned char *zeros = xcalloc(reserve, 1);
    HPDF_Binary contents = HPDF_Binary_New(pdf->mmgr, zeros, (HPDF_UINT)reserve);
    free(zeros);
    HPDF_STATUS rc = contents ? HPDF_OK : HPDF_FAILD_TO_ALLOC_MEM;
    if (rc == HPDF_OK)
        rc = HPDF_Dict_AddName(sig, "Type", "Sig");
    if (rc == HPDF_OK)
        rc = HPDF_Dict_AddName(sig, "Filter", "Adobe.PPKLite");
    if (rc == HPDF_OK)
        rc = HPDF_Dict_AddName(sig, "SubFilter", "ETSI.CAdES.detached");
    if (rc == HPDF_OK)
        rc = HPDF_Dict_Add(sig, "ByteRange", array4(pdf, 0, SF_WIDE, SF_WIDE, SF_WIDE));
    if (rc == HPDF_OK)
        rc = HPDF_Dict_Add(sig, "Contents", contents);
    if (rc == HPDF_OK)
        rc = HPDF_Dict_Add(sig, "M", HPDF_String_New(pdf->mmgr, date, NULL));
    return rc == HPDF_OK ? sig : NULL;
}

/* An array of four reals (NULL on error). */
static HPDF_Array real4(HPDF_Doc pdf, double x0, double x1, double x2, double x3)
{
    HPDF_Array a = HPDF_Array_New(pdf->mmgr);
    if (!a || HPDF_Array_AddReal(a, (HPDF_REAL)x0) != HPDF_OK ||
        HPDF_Array_AddReal(a, (HPDF_REAL)x1) != HPDF_OK ||
        HPDF_Array_AddReal(a, (HPDF_REAL)x2) != HPDF_OK ||
        HPDF_Array_AddReal(a, (HPDF_REAL)x3) != HPDF_OK)
        return NULL;
    return a;
}

/* The widget's appearance (PDF/A wants every widget to have one): for a
 * visible block, a form of its size drawing its frame, a thin grey rule;
 * for an invisible signature an empty form of no size. */
static HPDF_Dict appearance(HPDF_Doc pdf, const struct pg_sigbox *box)
{
    HPDF_Dict ap = HPDF_DictStream_New(pdf->mmgr, pdf->xref);
    if (!ap)
        return NULL;
    double w = box->set ? box->x2 - box->x1 : 0, h = box->set ? box->y2 - box->y1 : 0;
    HPDF_STATUS rc = HPDF_Dict_AddName(ap, "Type", "XObject");
    if (rc == HPDF_OK)
        rc = HPDF_Dict_AddName(ap, "Subtype", "Form");
    if (rc == HPDF_OK)
        rc = HPDF_Dict_Add(ap, "BBox", real4(pdf, 0, 0, w, h));
    if (rc == HPDF_OK && box->set) {
        char frame[96];
        snprintf(frame, sizeof frame, "0.5 w 0.5 0.5 0.5 RG 0.25 0.25 %.2f %.2f re S\n",
                 w - 0.5, h - 0.5);
        rc = HPDF_Stream_WriteStr(ap->stream, frame);
    }
    HPDF_Dict apd = rc == HPDF_OK ? HPDF_Dict_New(pdf->mmgr) : NULL;
    if (!apd || HPDF_Dict_Add(apd, "N", ap) != HPDF_OK)
        return NULL;
    return apd;
}

/* The page's /Annots array, made when the page has none. */
static HPDF_Array page_annots(HPDF_Doc pdf, HPDF_Page page)
{
    HPDF_Array a = HPDF_Dict_GetItem(page, "Annots", HPDF_OCLASS_ARRAY);
    if (a)
        return a;
    a = HPDF_Array_New(pdf->mmgr);
    if (!a || HPDF_Dict_Add(page, "Annots", a) != HPDF_OK)
        return NULL;
    return a;
}

HPDF_STATUS sigfield_add(HPDF_Doc pdf, HPDF_Page page, const struct pg_sigbox *box,
                         const struct pdf_seal *seal, const char *date,
                         struct sigfield *f)
{
    memset(f, 0, sizeof *f);
    HPDF_Dict sig = sig_dict(pdf, seal->reserve, date);
    HPDF_Dict widget = sig && page ? indirect_dict(pdf) : NULL;
    HPDF_Dict ap = widget ? appearance(pdf, box) : NULL;
    HPDF_Array annots = ap ? page_annots(pdf, page) : NULL;
    HPDF_Array fields = annots ? HPDF_Array_New(pdf->mmgr) : NULL;
    HPDF_Dict form = fields ? HPDF_Dict_New(pdf->mmgr) : NULL;
    if (!form)
        return HPDF_INVALID_OBJECT;
    /* one dictionary is both the field and its widget: the block's frame
     * or, invisible, no size; printed (PDF/A) and locked */
    HPDF_STATUS rc = HPDF_Dict_AddName(widget, "Type", "Annot");
    if (rc == HPDF_OK)
        rc = HPDF_Dict_AddName(widget, "Subtype", "Widget");
    if (rc == HPDF_OK)
        rc = HPDF_Dict_AddName(widget, "FT", "Sig");
    if (rc == HPDF_OK)
        rc = HPDF_Dict_Add(widget, "T", HPDF_String_New(pdf->mmgr, "Signature1", NULL));
    /* its name and description for assistive technology (PDF/UA) */
    if (rc == HPDF_OK)
        rc = HPDF_Dict_Add(widget, "TU", HPDF_String_New(pdf->mmgr, "Digital signature", NULL));
    if (rc == HPDF_OK)
        rc = HPDF_Dict_Add(widget, "Contents",
                           HPDF_String_New(pdf->mmgr, "Digital signature of this document", NULL));
    if (rc == HPDF_OK)
        rc = HPDF_Dict_Add(widget, "V", sig);
    if (rc == HPDF_OK)
        rc = HPDF_Dict_AddNumber(widget, "F", 4 | 128);
    if (rc == HPDF_OK)
        rc = HPDF_Dict_Add(widget, "Rect", box->set
                           ? real4(pdf, box->x1, box->y1, box->x2, box->y2)
                           : array4(pdf, 0, 0, 0, 0));
    if (rc == HPDF_OK)
        rc = HPDF_Dict_Add(widget, "P", page);
    if (rc == HPDF_OK)
        rc = HPDF_Dict_Add(widget, "AP", ap);
    if (rc == HPDF_OK)
        rc = HPDF_Array_Add(annots, widget);
    if (rc == HPDF_OK)
        rc = HPDF_Array_Add(fields, widget);
    if (rc == HPDF_OK)
        rc = HPDF_Dict_Add(form, "Fields", fields);
    if (rc == HPDF_OK)
        rc = HPDF_Dict_AddNumber(form, "SigFlags", 3);
    if (rc == HPDF_OK)
        rc = HPDF_Dict_Add(pdf->catalog, "AcroForm", form);
    if (rc == HPDF_OK) {
        f->sig = sig;
        f->widget = widget;
    }
    return rc;
}

/* The first occurrence of what in data[from..to), or (size_t)-1. */
static size_t find(const unsigned char *data, size_t from, size_t to, const char *what)
{
    size_t n = strlen(what);
    if (from == (size_t)-1 || to == (size_t)-1 || from > to || to - from > ((size_t)1 << 40))
        return (size_t)-1;
    const unsigned char *p = memmem(data + from, to - from, what, n);
    return p ? (size_t)(p - data) : (size_t)-1;
}

/* Where the placeholders are in the saved file: the /ByteRange array
 * [*br0, *br1] and the /Contents string <*lt ... *gt>.  0, or -1. */
static int locate(HPDF_Doc pdf, const struct sigfield *f, const unsigned char *data,
                  size_t len, size_t *br0, size_t *br1, size_t *lt, size_t *gt)
{
    HPDF_XrefEntry e = NULL;
    for (HPDF_UINT i = 0; !e && i < pdf->xref->entries->count; i++) {
        HPDF_XrefEntry x = HPDF_Xref_GetEntry(pdf->xref, i);
        if (x && x->obj == f->sig)
            e = x;
    }
    if (!e || e->byte_offset >= len)
        return -1;
    size_t end = find(data, e->byte_offset, len, "endobj");
    size_t k = find(data, e->byte_offset, end, "/ByteRange");
    *br0 = find(data, k, end, "[");
    *br1 = find(data, *br0, end, "]");
    k = find(data, *br1, end, "/Contents");
    *lt = find(data, k, end, "<");
    *gt = find(data, *lt, end, ">");
    return end == (size_t)-1 || *gt == (size_t)-1 ? -1 : 0;
}

int sigfield_seal(HPDF_Doc pdf, const struct sigfield *f, const struct pdf_seal *seal,
                  unsigned char *data, size_t len, const char *name)
{
    size_t br0, br1, lt, gt;
    if (!f->sig || locate(pdf, f, data, len, &br0, &br1, &lt, &gt)) {
        diag(P_SIGNATURE, name, 0, 0, "the saved file has no signature placeholder");
        return EXIT_ENV;
    }
    /* everything but the hex string with its brackets */
    char range[96];
    int n = snprintf(range, sizeof range, "[0 %zu %zu %zu", lt, gt + 1, len - gt - 1);
    if (n < 0 || (size_t)n >= br1 - br0) {
        diag(P_SIGNATURE, name, 0, 0, "the byte ranges do not fit their placeholder");
        return EXIT_ENV;
    }
    memcpy(data + br0, range, (size_t)n);
    memset(data + br0 + n, ' ', br1 - br0 - (size_t)n);
    struct buf der;
    buf_init(&der);
    int rc = seal->sign(seal->ctx, data, lt, data + gt + 1, len - gt - 1, &der);
    if (rc == EXIT_OK && der.len * 2 > gt - lt - 1) {
        char m[128];
        snprintf(m, sizeof m, "the signature (%zu bytes) is longer than the %zu bytes kept for it",
                 der.len, (gt - lt - 1) / 2);
        diag(P_SIGNATURE, name, 0, 0, m);
        rc = EXIT_ENV;
    }
    static const char hex[] = "0123456789ABCDEF";
    for (size_t i = 0; rc == EXIT_OK && i < der.len; i++) {
        data[lt + 1 + 2 * i] = (unsigned char)hex[(unsigned char)der.s[i] >> 4];
        data[lt + 2 + 2 * i] = (unsigned char)hex[(unsigned char)der.s[i] & 15];
    }
    buf_free(&der);
    return rc;
}
