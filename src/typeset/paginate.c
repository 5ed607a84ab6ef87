/* paginate.c -- the vertical list onto pages: page breaks only where a box
 * allows one (a group too tall for a page is reported and cut), spaces
 * dropped at a page top, the table header repeated over rows continued on
 * a new page (their delegation named again) and a rule closing a table
 * continued overleaf; then "Page N of M" and the copy line in the footer of
 * every page, and the document's bookmarks. */
#include "typeset/ts_internal.h"

#include <stdlib.h>
#include <string.h>

#include "base/diag.h"
#include "typeset/qr.h"

/* Move (copy = 0) or copy the content of box onto page p, shifted by dx,
 * dy; a copy with copy = 2 repeats what an earlier page shows (a table's
 * header): its runs are pagination artifacts. */
static void place(struct page *p, struct page *box, double dx, double dy,
                  int copy)
{
    for (size_t i = 0; i < box->nruns; i++) {
        struct pg_run *r = &box->runs[i];
        if (copy) {
            page_add_run(p, r->font, r->size, r->x + dx, r->y + dy, r->color,
                         r->text, strlen(r->text), r->glyphs, r->nglyphs)
                ->elem = copy == 2 ? PG_PAGINATION : r->elem;
        } else {
            xgrow(&p->runs, &p->capruns, p->nruns + 1, sizeof *p->runs);
            struct pg_run *d = &p->runs[p->nruns++];
            *d = *r;
            d->x += dx;
            d->y += dy;
        }
    }
    for (size_t i = 0; i < box->nrules; i++) {
        struct pg_rule *r = &box->rules[i];
        page_add_rule(p, r->x1 + dx, r->y1 + dy, r->x2 + dx, r->y2 + dy,
                      r->width, r->color);
    }
    for (size_t i = 0; i < box->nlinks; i++) {
        struct pg_link *l = &box->links[i];
        page_add_link(p, l->x1 + dx, l->y1 + dy, l->x2 + dx, l->y2 + dy, l->uri);
        p->links[p->nlinks - 1].elem = l->elem;
    }
    for (size_t i = 0; i < box->nlines; i++) {
        struct pg_line *l = &box->lines[i];
        struct pg_line *d;
        if (copy) {
            d = page_add_line(p, l->text, strlen(l->text));
            char *t = d->text;
            *d = *l;
            d->text = t;
        } else {
            xgrow(&p->lines, &p->caplines, p->nlines + 1, sizeof *p->lines);
            d = &p->lines[p->nlines++];
            *d = *l;
        }
        d->x += dx;
        d->y += dy;
    }
    if (!copy) {
        free(box->runs);
        free(box->lines);
        box->runs = NULL;
        box->lines = NULL;
        box->nruns = box->nlines = box->capruns = box->caplines = 0;
    }
}

static double left_margin(const struct layout *lay, size_t page_no)
{
    return lay->duplex && page_no % 2 == 1 ? lay->margin_outer : lay->margin_inner;
}

/* Row i opens a page in the middle of its delegation's group: set it again
 * with the delegation shown. */
static void continue_row(struct ts_ctx *c, struct tbl *t, size_t i)
{
    struct ts_vitem *v = &c->vl.v[i];
    struct tbl_setter set = ts_cell_setter(c);
    struct tbl_row cont;
    if (tbl_row_continued(c->s, c->lay, &set, t, v->part, &cont)) {
        tbl_box_free(&v->box);
        ts_tag_row(c, t, &cont.box, v->part + 1, 1);
        v->box = cont.box;
        v->height = cont.height;
    }
}

/* 1 if item v is a line of a paragraph that ends with an added hyphen. */
static int ends_hyphenated(const struct ts_vitem *v)
{
    return v->kind == TS_V_BOX && v->row == 0 && v->box.nlines == 1 &&
           v->box.lines[0].hyphen;
}

/* The end of the page that starts with item i and has height avail, used
 * already from the top (a repeated table header).  A page does not end on
 * a hyphenated line (TeX's \brokenpenalty, made strong) when an earlier
 * break fills at least BROKEN_FILL of the page. */
#define BROKEN_FILL 0.75
static size_t page_end(const struct ts_ctx *c, size_t i, double used,
                       double avail)
{
    const struct ts_vlist *vl = &c->vl;
    size_t cand = 0, clean = 0;  /* last break; last not after a hyphen */
    double clean_used = 0;
    int prev_hy = 0;             /* the last box before j ends with one */
    for (size_t j = i; j < vl->nv; j++) {
        const struct ts_vitem *v = &vl->v[j];
        if (v->kind == TS_V_SPACE) {
            used += v->height;
            continue;
        }
        if (j > i && v->brk_ok) {
            cand = j;
            if (!prev_hy) {
                clean = j;
                clean_used = used;
            }
        }
        if (j > i && used + v->height > avail + TS_EPS) {
            if (cand <= i)
                diag(T_TOO_TALL, c->source, 0, 0,
                     "a group of lines that must stay together");
            if (cand > i && clean > i && clean < cand &&
                clean_used >= BROKEN_FILL * avail)
                return clean;
            return cand > i ? cand : j;
        }
        used += v->height;
        prev_hy = ends_hyphenated(v);
    }
    return vl->nv;
}

/* Place items [i, end) on page p (number pno) from the top y down, noting
 * the anchors they carry. */
/* Widen the signature block's frame by item v, at x, y on page pno: 4 pt
 * of room before its lines, 6 pt after, 2 pt above and below. */
static void sigbox_add(struct ts_ctx *c, const struct ts_vitem *v, size_t pno,
                       double x, double y)
{
    struct pg_sigbox *b = &c->sigbox;
    double w = 0;
    for (size_t k = 0; k < v->box.nlines; k++)
        if (v->box.lines[k].width > w)
            w = v->box.lines[k].width;
    if (!b->set) {
        *b = (struct pg_sigbox){1, pno, x - 4, y - v->height - 2, x + w + 6, y + 2,
                                b->form};
        return;
    }
    if (x + w + 6 > b->x2)
        b->x2 = x + w + 6;
    b->y1 = y - v->height - 2;
}

static void page_fill(struct ts_ctx *c, struct tbl *t, struct page *p,
                      size_t pno, size_t i, size_t end, double y)
{
    const struct layout *lay = c->lay;
    struct ts_vlist *vl = &c->vl;
    double x = left_margin(lay, pno);
    if (vl->v[i].row == 1) {
        place(p, &t->head.box, x, y, 2);
        y -= t->head.height;
    }
    for (size_t j = i; j < end; j++) {
        struct ts_vitem *v = &vl->v[j];
        if (v->anchor >= 0) {
            c->anchors.have[v->anchor] = 1;
            c->anchors.page[v->anchor] = pno;
            c->anchors.y[v->anchor] = y;
        }
        if (v->heading) {
            struct ts_anchors *a = &c->anchors;
            xgrow(&a->head, &a->caphead, a->nhead + 1, sizeof *a->head);
            a->head[a->nhead++] = (struct ts_head_anchor){v->heading - 1, pno, y};
        }
        if (v->sig)
            sigbox_add(c, v, pno, x, y);
        if (v->kind == TS_V_BOX) {
            if (v->row == 2)
                place(p, &t->head.box, x, y, 1);
            else
                place(p, &v->box, x, y, 0);
        }
        y -= v->height;
        /* a table continued overleaf gets a closing rule here */
        if (v->row == 1 && j + 1 == end && end < vl->nv && vl->v[end].row == 1)
            page_add_rule(p, x, y, x + t->width, y, lay->table_rule_width,
                          lay->color_rule);
    }
}

void ts_paginate(struct ts_ctx *c, struct tbl *t, struct doc *d)
{
    const struct layout *lay = c->lay;
    struct ts_vlist *vl = &c->vl;
    double top = lay->page_height - lay->margin_top;
    double avail = top - lay->margin_bottom;
    size_t i = 0;
    while (i < vl->nv) {
        if (d->npages > 0)
            while (i < vl->nv && vl->v[i].kind == TS_V_SPACE)
                i++;
        if (i >= vl->nv)
            break;
        int head = vl->v[i].row == 1;
        if (head)  /* a delegation's rows continued here: name it again */
            continue_row(c, t, i);
        size_t end = page_end(c, i, head ? t->head.height : 0, avail);
        struct page *p = doc_add_page(d, lay->page_width, lay->page_height);
        page_fill(c, t, p, d->npages - 1, i, end, top);
        i = end;
    }
    if (d->npages == 0)
        doc_add_page(d, lay->page_width, lay->page_height);
    d->sigbox = c->sigbox;
}

/* ---- footers ------------------------------------------------------------ */

void ts_copy_line(const struct statement *s, const char *fingerprint, struct buf *copy)
{
    static const char dot[] = " \xC2\xB7 ";
    if (s->kind && *s->kind)
        buf_adds(copy, s->kind);
    if (s->date && *s->date) {
        if (copy->len)
            buf_adds(copy, dot);
        buf_adds(copy, s->date);
    }
    if (fingerprint && *fingerprint) {
        if (copy->len)
            buf_adds(copy, dot);
        buf_printf(copy, "SHA-256 %s", fingerprint);
    }
}

/* The footer of page k: the page number pg and the copy line (if any).
 * Returns 0, or -1 when a font cannot be loaded. */
static int footer(struct ts_ctx *c, struct doc *d, size_t k,
                  const struct buf *pg, const struct buf *copy)
{
    const struct layout *lay = c->lay;
    struct ts_vlist *vl = &c->vl;
    const struct lay_font *lf = &lay->font[ROLE_FOOTER];
    double x = left_margin(lay, k);
    size_t nv = vl->nv;
    /* set both as one-line paragraphs, then move them into place */
    if (ts_set_plain(c, ROLE_FOOTER, pg->s, -1, 0, PG_PAGINATION) < 0 ||
        (copy->len &&
         ts_set_plain(c, ROLE_FOOTER, copy->s, -1, 0, PG_PAGINATION) < 0))
        return -1;
    struct ts_vitem *vp = &vl->v[nv];
    double pw = vp->box.nlines ? vp->box.lines[0].width : 0;
    double cw = vl->nv > nv + 1 ? vl->v[nv + 1].box.lines[0].width : 0;
    double base = lay->footer_offset;
    double py = base + ts_baseline_offset(lf);  /* box top: baseline at base */
    struct page *p = &d->pages[k];
    /* the page number on the outer edge: right, or left on the even
     * pages of a duplex layout, with the copy line on the other side */
    int left = lay->duplex && k % 2 == 1;
    if (vl->nv > nv + 1) {
        double cy = py;
        if (cw + pw + lf->size > c->measure)
            cy -= lf->leading;
        place(p, &vl->v[nv + 1].box, left ? x + c->measure - cw : x, cy, 0);
    }
    place(p, &vp->box, left ? x : x + c->measure - pw, py, 0);
    while (vl->nv > nv)
        tbl_box_free(&vl->v[--vl->nv].box);
    return 0;
}

int ts_footers(struct ts_ctx *c, struct doc *d)
{
    if (!c->lay->footer)
        return 0;
    struct buf copy, pg;
    buf_init(&copy);
    buf_init(&pg);
    ts_copy_line(c->s, c->opt ? c->opt->fingerprint : NULL, &copy);
    int rc = 0;
    for (size_t k = 0; k < d->npages && rc == 0; k++) {
        buf_clear(&pg);
        buf_printf(&pg, "Page %zu of %zu", k + 1, d->npages);
        rc = footer(c, d, k, &pg, &copy);
        /* the QR code in the inner margin, level with the footer */
        if (rc == 0 && c->opt && c->opt->qr) {
            double margin = left_margin(c->lay, k);
            ts_qr(&d->pages[k], margin, c->lay->footer_offset - 2, margin,
                  c->opt->qr);
        }
    }
    buf_free(&copy);
    buf_free(&pg);
    return rc;
}

/* ---- anchors ------------------------------------------------------------ */

/* 1 if the short title only repeats the start of the full title
 * ("Secretary Blinken's Call with ..." for "Secretary Blinken's Call with
 * Colombian Vice President Ramirez"): an ellipsis, spaces and punctuation
 * at its end aside, the full title starts with it, letter case aside. */
static int repeats_title(const char *sh, const char *title)
{
    size_t n = strlen(sh);
    for (;;) {
        if (n >= 3 && !memcmp(sh + n - 3, "\xE2\x80\xA6", 3))
            n -= 3;  /* … */
        else if (n > 0 && strchr(" .,;:-", sh[n - 1]))
            n--;
        else
            break;
    }
    if (n == 0 || strlen(title) < n)
        return 0;
    for (size_t i = 0; i < n; i++) {
        char a = sh[i], b = title[i];
        if (a >= 'A' && a <= 'Z')
            a = (char)(a | 0x20);
        if (b >= 'A' && b <= 'Z')
            b = (char)(b | 0x20);
        if (a != b)
            return 0;
    }
    return 1;
}

/* The top bookmark's text: the short title, unless it only repeats the
 * full title's start; then the full title, the kind, "Statement". */
static const char *top_title(const struct statement *s)
{
    int have_title = s->title && *s->title;
    if (s->short_title && *s->short_title &&
        !(have_title && repeats_title(s->short_title, s->title)))
        return s->short_title;
    return have_title ? s->title : s->kind && *s->kind ? s->kind : "Statement";
}

/* The headings' bookmarks, under "Statement" when there is one. */
static void heading_anchors(const struct ts_ctx *c, struct doc *d, int level)
{
    for (size_t k = 0; k < c->anchors.nhead; k++) {
        const struct ts_head_anchor *h = &c->anchors.head[k];
        char *t = stmt_block_text(&c->s->blocks[h->block]);
        /* one line: line breaks and tabs as spaces */
        for (char *q = t; *q; q++)
            if (*q == '\n' || *q == '\t' || *q == '\r')
                *q = ' ';
        if (*t)
            doc_add_anchor(d, t, level, h->page, h->y);
        free(t);
    }
}

void ts_add_anchors(const struct ts_ctx *c, struct doc *d)
{
    const struct layout *lay = c->lay;
    const struct ts_anchors *a = &c->anchors;
    doc_add_anchor(d, top_title(c->s), 0, 0, lay->page_height);
    if (a->have[TS_ANCHOR_STATEMENT])
        doc_add_anchor(d, "Statement", 1, a->page[TS_ANCHOR_STATEMENT],
                       a->y[TS_ANCHOR_STATEMENT]);
    heading_anchors(c, d, a->have[TS_ANCHOR_STATEMENT] ? 2 : 1);
    if (a->have[TS_ANCHOR_PARTS])
        doc_add_anchor(d, lay->table_caption && *lay->table_caption
                              ? lay->table_caption : "Participants",
                       1, a->page[TS_ANCHOR_PARTS], a->y[TS_ANCHOR_PARTS]);
}
