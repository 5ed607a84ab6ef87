/* lines.c -- one broken line of a paragraph set into a box: its glue set
 * (justified lines stretched or shrunk, their glyphs expanded or condensed
 * a little and their first and last glyphs hung into the margins; overfull
 * ones reported), its glyphs positioned, then written as runs of one font in the TJ convention
 * (pages.h: advances are the font's own; kerning and justification are in
 * adjust), link areas over linked spans, and a pg_line for the figures. */
#include "typeset/ts_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/diag.h"

/* Font expansion is set in steps of this fraction (a quarter per cent),
 * the glue taking the rest, so that a page holds few Tz values. */
#define EXPAND_STEP 0.0025
/* A justified line may end this far past the measure unreported: the
 * breaker's last resort (paragraph.c's OVERHANG), with a little to spare. */
#define OVERHANG_REPORT 0.51

/* A line being set: what each step of ts_emit_line hands to the next. */
struct line {
    const struct ts_pset *ps;
    double size;
    size_t st, en;       /* items [st, en), from the first box */
    int last;            /* last line of the paragraph */
    double W, Y, Z;      /* natural width, stretch, shrink */
    double B;            /* the boxes' part of W (what expansion scales) */
    double lp, rp;       /* how far it hangs into the left and right margin */
    double s;            /* horizontal scale of its glyphs (expansion) */
    int hy;              /* ends with an added hyphen ... */
    int hfont;           /* ... in this font ... */
    unsigned hgid;       /* ... this glyph ... */
    double hw;           /* ... this wide */
    double r;            /* adjustment ratio of the glue */
    double overfull;     /* ratio reported for an overfull line, else 0 */
    size_t m;            /* glyphs shown, an added hyphen included */
    double pen;          /* the pen after the last of them */
    unsigned t0, t1;     /* the line's text in the paragraph's */
};

void ts_lines_free(struct ts_lines *l)
{
    free(l->pg);
    free(l->gx);
    free(l->gidx);
    free(l->gadv);
    free(l->goff);
    free(l->lv);
    free(l->glink);
}

double ts_baseline_offset(const struct lay_font *lf)
{
    return (lf->leading - lf->size) / 2 + 0.8 * lf->size;
}

/* Natural width, stretch and shrink of the line, and its added hyphen. */
static void line_measure(struct ts_lines *l, struct line *ln)
{
    const struct ts_para *p = l->para;
    const struct lay_font *lf = &p->lay->font[ln->ps->role];
    while (ln->st < ln->en && p->it[ln->st].type != BR_BOX)
        ln->st++;
    ln->W = ln->Y = ln->Z = ln->B = 0;
    ln->lp = ln->st < ln->en ? p->it[ln->st].lprot : 0;
    ln->rp = 0;
    for (size_t k = ln->st; k < ln->en; k++) {
        const struct br_item *it = &p->it[k];
        if (it->type == BR_PENALTY)
            continue;
        ln->W += it->width;
        if (it->type == BR_BOX) {
            ln->B += it->width;
            if (!ln->last)
                ln->rp = it->rprot;
        } else {
            ln->Y += it->stretch;
            ln->Z += it->shrink;
        }
    }
    ln->hy = p->ti[ln->en].hyphen && p->it[ln->en].type == BR_PENALTY;
    ln->hgid = 0;
    ln->hw = 0;
    ln->hfont = p->fonts->font[ln->ps->role][ts_style_bits(lf->style)];
    if (ln->hy) {
        for (size_t k = ln->en; k-- > ln->st;)
            if (p->ti[k].g1 > p->ti[k].g0) {
                ln->hfont = p->g[p->ti[k].g1 - 1].font;
                break;
            }
        ts_hyphen_glyph(p->fonts, ln->hfont, &ln->hgid, &ln->hw);
        ln->hw *= ln->size;
        ln->W += ln->hw;
        ln->B += ln->hw;
        if (p->it[ln->en].width > 0)
            ln->rp = p->it[ln->en].rprot;
    }
}

/* The glyphs' scale for glue-and-expansion ratio r (expansion e of the
 * boxes' width B), then the glue's own ratio for the shortfall sf. */
static void line_expand(struct line *ln, double e, double r, double sf)
{
    double x = e * (r > 1 ? 1 : r < -1 ? -1 : r);
    /* the step away from zero, so that the glue does no more than its
     * ratio (r) asks; the glue takes the rest, either way */
    double q = EXPAND_STEP * (x > 0 ? ceil(x / EXPAND_STEP - 1e-9)
                                    : floor(x / EXPAND_STEP + 1e-9));
    double rest = sf - q * ln->B;
    double glue = rest > 0 ? ln->Y : ln->Z;
    if (glue > TS_EPS)
        x = q;
    else
        rest = 0;
    ln->s = 1 + x;
    ln->r = glue > TS_EPS ? rest / glue : 0;
}

/* The glue's ratio and the glyphs' scale for measure w (widened by the
 * margin kerning); an overfull line is reported. */
static void line_ratio(struct ts_lines *l, struct line *ln, double w)
{
    const struct ts_pset *ps = ln->ps;
    double e = l->para->expand, F = e * ln->B;
    ln->r = 0;
    ln->s = 1;
    ln->overfull = 0;
    w += ln->lp + ln->rp;
    double sf = w - ln->W;
    if (ps->justify) {
        if (ln->W > w + TS_EPS && ln->Z + F > 0)
            line_expand(ln, e, sf / (ln->Z + F), sf);
        else if (!ln->last && ln->W < w - TS_EPS && ln->Y + F > 0)
            line_expand(ln, e, sf / (ln->Y + F), sf);
    }
    /* too wide even with all the shrink (or, ragged or without glue, at
     * all): reported, with a ratio below -1 in the figures; a justified
     * line may end a little past the measure (the breaker's last resort) */
    double excess = ln->W - (ps->justify ? ln->Z + F : 0) - w;
    if (excess > (ps->justify ? OVERHANG_REPORT : 0.01)) {
        diag(T_OVERFULL, l->para->source, ps->src_line, 0, excess);
        ln->overfull = ps->justify && ln->Z + F > 0 ? sf / (ln->Z + F)
                                                    : -1 - excess / w;
    }
    if (excess > 0.01 && ps->justify) {
        ln->r = ln->Z > 0 ? -1 : 0;
        ln->s = 1 - e;
    } else if (excess > 0.01) {
        ln->r = 0;
    }
}

/* The shown glyphs of the line in logical order into l->gidx, with the
 * advance each takes on the line (glue set), its offset and bidi level. */
static size_t line_glyphs(struct ts_lines *l, struct line *ln)
{
    const struct ts_para *p = l->para;
    size_t n = 0;
    for (size_t k = ln->st; k < ln->en; k++)
        n += (size_t)(p->ti[k].g1 - p->ti[k].g0);
    xgrow(&l->pg, &l->cappg, n + 1, sizeof *l->pg);
    xgrow(&l->gx, &l->capgx, n + 2, sizeof *l->gx);
    xgrow(&l->gidx, &l->capgidx, n + 1, sizeof *l->gidx);
    xgrow(&l->gadv, &l->capgadv, n + 1, sizeof *l->gadv);
    xgrow(&l->goff, &l->capgoff, n + 1, sizeof *l->goff);
    xgrow(&l->lv, &l->caplv, n + 1, sizeof *l->lv);
    double r = ln->r, s = ln->s;
    size_t m = 0;
    unsigned char lv = 0;
    for (size_t k = ln->st; k < ln->en; k++) {
        const struct br_item *it = &p->it[k];
        for (int q = p->ti[k].g0; q < p->ti[k].g1; q++) {
            l->gidx[m] = q;
            lv = p->ch[p->g[q].ch].level;
            l->lv[m] = lv;
            if (it->type == BR_GLUE) {
                l->goff[m] = 0;
                l->gadv[m++] = it->width + (r > 0 ? r * it->stretch : r * it->shrink);
            } else {
                l->goff[m] = p->g[q].xoff * s;  /* marks: the shaper's place */
                l->gadv[m++] = p->g[q].adv * s;
            }
        }
    }
    if (ln->hy) {  /* the added hyphen goes with the word it ends */
        l->gidx[m] = -1;
        l->lv[m] = lv;
        l->goff[m] = 0;
        l->gadv[m++] = ln->hw * s;
    }
    return m;
}

/* Target positions of the shown glyphs from x into l->gx, in visual order
 * (l->gidx and the rest reordered for right-to-left text). */
static void line_place(struct ts_lines *l, struct line *ln, double x)
{
    size_t m = line_glyphs(l, ln);
    if (l->para->bidi)
        ts_bidi_reorder(l->gidx, l->gadv, l->goff, l->lv, m);
    double pen = x - ln->lp;
    for (size_t q = 0; q < m; q++) {
        l->gx[q] = pen + l->goff[q];
        pen += l->gadv[q];
    }
    ln->m = m;
    ln->pen = pen;
}

/* The text the line's glyphs show: [t0, t1) of the paragraph's. */
static void line_text(const struct ts_lines *l, struct line *ln)
{
    const struct ts_para *p = l->para;
    int seen = 0;
    ln->t0 = ln->t1 = 0;
    for (size_t q = 0; q < ln->m; q++)
        if (l->gidx[q] >= 0) {
            const struct ts_char *t = &p->ch[p->g[l->gidx[q]].ch];
            if (!seen || t->off < ln->t0)
                ln->t0 = t->off;
            seen = 1;
            if (t->off + t->len > ln->t1)
                ln->t1 = t->off + t->len;
        }
}

/* Glyphs [q, e) as the run's pg_glyphs in l->pg, adjusted to their target
 * positions; returns the run's text [*r0, *r1) of the paragraph's (an added
 * hyphen's cluster is its end).  A right-to-left run's clusters descend. */
static void run_glyphs(struct ts_lines *l, const struct line *ln, size_t q,
                       size_t e, unsigned *r0, unsigned *r1)
{
    const struct ts_para *p = l->para;
    const int *gidx = l->gidx;
    *r0 = ln->t1;
    *r1 = 0;
    for (size_t k = q; k < e; k++)
        if (gidx[k] >= 0) {
            const struct ts_char *t = &p->ch[p->g[gidx[k]].ch];
            if (t->off < *r0)
                *r0 = t->off;
            if (t->off + t->len > *r1)
                *r1 = t->off + t->len;
        }
    if (*r1 < *r0)
        *r1 = *r0;
    double actual = l->gx[q];
    for (size_t k = q; k < e; k++) {
        struct pg_glyph *pg = &l->pg[k - q];
        double natw;
        if (gidx[k] >= 0) {
            const struct ts_glyph *g = &p->g[gidx[k]];
            pg->gid = g->gid;
            pg->cluster = p->ch[g->ch].off - *r0;
            natw = g->nat;
        } else {
            pg->gid = ln->hgid;
            pg->cluster = *r1 - *r0;
            natw = ln->hw;
        }
        /* the page scales the advances and the adjustments alike */
        double unit = ln->size * ln->s / 1000.0;
        int adj = 0;
        if (k > q)
            adj = (int)lround((actual - l->gx[k]) / unit);
        pg->adjust = adj;
        actual = actual - adj * unit;
        actual += natw * ln->s;
    }
}

/* 1 if shown glyphs a and b can share a run: one font, one height, one
 * direction. */
static int same_run(const struct ts_lines *l, const struct line *ln, size_t a,
                    size_t b)
{
    const struct ts_para *p = l->para;
    const int *gidx = l->gidx;
    int fa = gidx[a] >= 0 ? p->g[gidx[a]].font : ln->hfont;
    int fb = gidx[b] >= 0 ? p->g[gidx[b]].font : ln->hfont;
    double ya = gidx[a] >= 0 ? p->g[gidx[a]].yoff : 0;
    double yb = gidx[b] >= 0 ? p->g[gidx[b]].yoff : 0;
    return fa == fb && ya == yb && ((l->lv[a] ^ l->lv[b]) & 1) == 0 &&
           l->glink[a] == l->glink[b];
}

/* The runs of the line on baseline y: consecutive glyphs in one font at one
 * height and in one direction (a mark the shaper raises or lowers gets a
 * run of its own). */
static void line_runs(struct ts_lines *l, const struct line *ln, double y,
                      struct page *box)
{
    const struct ts_para *p = l->para;
    const int *gidx = l->gidx;
    uint32_t color = ln->ps->role == ROLE_AGENCY ? p->lay->color_letterhead
                                                 : p->lay->color_text;
    for (size_t q = 0; q < ln->m;) {
        int f = gidx[q] >= 0 ? p->g[gidx[q]].font : ln->hfont;
        double yo = gidx[q] >= 0 ? p->g[gidx[q]].yoff : 0;
        size_t e = q + 1;
        int hy = gidx[q] < 0;
        while (e < ln->m && same_run(l, ln, q, e))
            hy |= gidx[e++] < 0;
        unsigned r0, r1;
        run_glyphs(l, ln, q, e, &r0, &r1);
        struct buf rt;
        buf_init(&rt);
        buf_add(&rt, p->text.s + r0, r1 - r0);
        if (hy)
            buf_addc(&rt, '-');
        int link = l->glink[q] != -1;
        struct pg_run *r = page_add_run(box, f, ln->size, l->gx[q], y + yo,
                                        link ? p->lay->color_link : color, rt.s,
                                        rt.len, l->pg, e - q);
        r->hscale = 100 * ln->s;
        r->elem = l->glink[q] >= 0 ? l->glink[q] : ln->ps->elem;
        buf_free(&rt);
        q = e;
    }
}

/* Link areas of the line on baseline y: glyphs of one linked span, each
 * area a PG_LINK element under the paragraph's, noted in glink for the
 * glyphs it covers (TS_NO_ELEM in an untagged document; -1 for the glyphs
 * of no link), and underlined when the layout says so. */
static void line_links(struct ts_lines *l, const struct line *ln,
                       double y, struct page *box)
{
    const struct ts_para *p = l->para;
    const struct ts_pset *ps = ln->ps;
    const int *gidx = l->gidx;
    xgrow(&l->glink, &l->capglink, ln->m + 1, sizeof *l->glink);
    for (size_t q = 0; q < ln->m; q++)
        l->glink[q] = -1;
    for (size_t q = 0; q < ln->m;) {
        int sp = gidx[q] >= 0 ? p->ch[p->g[gidx[q]].ch].span : -1;
        size_t e = q + 1;
        while (e < ln->m && gidx[e] >= 0 && p->ch[p->g[gidx[e]].ch].span == sp)
            e++;
        const struct span *spp = NULL;
        if (sp >= 0 && ps->block >= 0 && (size_t)ps->block < l->s->nblocks)
            spp = &l->s->blocks[ps->block].spans[sp];
        if (spp && spp->link) {
            double x2 = e < ln->m ? l->gx[e] : ln->pen;
            page_add_link(box, l->gx[q], y - 0.25 * ln->size, x2,
                          y + 0.85 * ln->size, spp->link);
            int le = TS_NO_ELEM;
            if (l->doc && ps->elem >= 0) {
                le = doc_add_elem(l->doc, PG_LINK, ps->elem, 0);
                box->links[box->nlinks - 1].elem = le;
            }
            for (size_t k = q; k < e; k++)
                l->glink[k] = le;
            if (p->lay->link_underline)
                page_add_rule(box, l->gx[q], y - 0.11 * ln->size, x2, y - 0.11 * ln->size,
                              0.05 * ln->size, p->lay->color_link);
        }
        q = e;
    }
}

/* The line's pg_line (text and figures) at x on baseline y. */
static void line_record(const struct ts_lines *l, const struct line *ln,
                        double x, double y, struct page *box)
{
    const struct ts_pset *ps = ln->ps;
    struct buf lt;
    buf_init(&lt);
    if (ln->t1 > ln->t0)
        buf_add(&lt, l->para->text.s + ln->t0, ln->t1 - ln->t0);
    if (ln->hy)
        buf_addc(&lt, '-');
    struct pg_line *pl = page_add_line(box, lt.s ? lt.s : "", lt.len);
    buf_free(&lt);
    pl->x = x;
    pl->y = y;
    pl->width = ln->pen - x + ln->lp - ln->rp;  /* margin kerning aside */
    /* see line_ratio */
    pl->ratio = ln->overfull < 0 ? ln->overfull : ps->justify ? ln->r : 0;
    pl->hyphen = ln->hy;
    pl->lprot = ln->lp;
    pl->rprot = ln->rp;
    pl->expand = ln->s;
    pl->last = ln->last;
    pl->block = ps->block;
    pl->src_line = ps->src_line;
    pl->role = ps->rname;
}

void ts_emit_line(struct ts_lines *l, const struct ts_pset *ps, size_t st,
                  size_t en, int last, double x, double y, double w,
                  struct page *box)
{
    struct line ln;
    memset(&ln, 0, sizeof ln);
    ln.ps = ps;
    ln.size = l->para->lay->font[ps->role].size;
    ln.st = st;
    ln.en = en;
    ln.last = last;
    line_measure(l, &ln);
    line_ratio(l, &ln, w);
    line_place(l, &ln, x);
    line_text(l, &ln);
    line_links(l, &ln, y, box);
    line_runs(l, &ln, y, box);
    line_record(l, &ln, x, y, box);
}
