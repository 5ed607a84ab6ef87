/* vlist.c -- the vertical list: letterhead, dateline and title, the
 * statement's blocks and the participant table, each line or row a box
 * whose content is relative to the measure's left edge and the box's top,
 * with the rules that keep boxes together (widows and orphans,
 * keep-with-next) recorded as where a page break may come.  The table's
 * cells are measured and set through the same paragraph machinery. */
#include "typeset/ts_internal.h"

#include <stdlib.h>
#include <string.h>

static const char *const role_name[ROLE_COUNT] = {
    "agency", "office", "kind", "dateline", "title", "body",
    "heading", "table-head", "table", "footer"};

void ts_vlist_free(struct ts_vlist *vl)
{
    for (size_t i = 0; i < vl->nv; i++)
        tbl_box_free(&vl->v[i].box);
    free(vl->v);
}

struct ts_vitem *ts_vadd(struct ts_vlist *vl, enum ts_vkind kind, double h,
                         int brk_ok)
{
    xgrow(&vl->v, &vl->capv, vl->nv + 1, sizeof *vl->v);
    struct ts_vitem *v = &vl->v[vl->nv++];
    memset(v, 0, sizeof *v);
    v->kind = kind;
    v->height = h;
    v->brk_ok = brk_ok;
    v->anchor = -1;
    return v;
}

static void add_space(struct ts_vlist *vl, double h)
{
    if (h > 0)
        ts_vadd(vl, TS_V_SPACE, h, 0);
}

/* Set a paragraph.  With into == NULL every line becomes a box of the
 * vertical list (widow and orphan rules, keep-with-next applied); else the
 * lines go into `into` from y = top downwards.  Returns the line count, or
 * -1 when a font cannot be loaded. */
static int set_para(struct ts_ctx *c, const struct ts_pset *ps,
                    const struct span *sp, size_t nsp, struct page *into,
                    double top)
{
    struct ts_vlist *vl = &c->vl;
    int first_fit = c->opt && c->opt->first_fit;
    struct br_result res;
    int rc = ts_para_break(&c->para, ps, sp, nsp, first_fit, &res);
    if (rc <= 0)
        return rc;
    const struct lay_font *lf = &c->lay->font[ps->role];
    double bo = ts_baseline_offset(lf);
    for (size_t k = 0; k < res.nlines; k++) {
        size_t en = res.lines[k].end;
        size_t st = res.lines[k].start;
        int last = k + 1 == res.nlines;
        double x = k == 0 ? ps->x0 : ps->x, w = k == 0 ? ps->width0 : ps->width;
        if (into) {
            ts_emit_line(&c->lines, ps, st, en, last, x,
                         top - k * lf->leading - bo, w, into);
        } else {
            int ok = k == 0 ? !vl->keep_next
                            : (k >= 2 && res.nlines - k >= 2);
            struct ts_vitem *v = ts_vadd(vl, TS_V_BOX, lf->leading, ok);
            ts_emit_line(&c->lines, ps, st, en, last, x, -bo, w, &v->box);
        }
    }
    int n = (int)res.nlines;
    br_result_free(&res);
    if (!into)
        vl->keep_next = 0;
    return n;
}

int ts_set_plain(struct ts_ctx *c, enum lay_role role, const char *text,
                 int block, int line)
{
    struct span sp = {(char *)text, SPAN_PLAIN, NULL};
    struct ts_pset ps = {role, role_name[role], 0, 0, c->measure, c->measure,
                         0, 0, block, line, role == ROLE_TITLE};
    return set_para(c, &ps, &sp, 1, NULL, 0);
}

/* ---- the table's setter ------------------------------------------------- */

/* tbl_setter.measure: the natural width of text and its widest piece. */
static double cell_measure(void *vc, enum lay_role role, const char *text,
                           double *minw)
{
    struct ts_ctx *c = vc;
    struct span sp = {(char *)text, SPAN_PLAIN, NULL};
    struct ts_pset ps = {role, role_name[role], 0, 0, 1e9, 1e9, 0, 0, -1, 0, 0};
    *minw = 0;
    if (ts_para_prepare(&c->para, &ps, &sp, 1, 0))
        return 0;
    double total = 0, piece = 0;
    for (size_t k = 0; k < c->para.nit; k++) {
        const struct br_item *it = &c->para.it[k];
        if (it->type == BR_BOX) {
            piece += it->width;
        } else if (it->type == BR_GLUE && it->width > 0) {
            total += it->width;
        } else if (it->type == BR_PENALTY && it->penalty < BR_INF) {
            if (piece > *minw)
                *minw = piece;
            total += piece;
            piece = 0;
        }
    }
    if (piece > *minw)
        *minw = piece;
    return total + piece;
}

/* tbl_setter.set: text set ragged into box; returns the height used. */
static double cell_set(void *vc, enum lay_role role, const char *text,
                       double x, double top, double w, struct page *box)
{
    struct ts_ctx *c = vc;
    struct span sp = {(char *)text, SPAN_PLAIN, NULL};
    struct ts_pset ps = {role, role_name[role], 0, 0, w, w, x, x, -1, 0, 0};
    int n = set_para(c, &ps, &sp, 1, box, top);
    return n > 0 ? n * c->lay->font[role].leading : 0;
}

struct tbl_setter ts_cell_setter(struct ts_ctx *c)
{
    struct tbl_setter set = {c, cell_measure, cell_set};
    return set;
}

/* ---- front matter ------------------------------------------------------- */

/* Agency, office and kind, kept together, and the rule under them. */
static int letterhead(struct ts_ctx *c)
{
    const struct statement *s = c->s;
    const struct layout *lay = c->lay;
    const char *agency = s->agency ? s->agency : lay->agency;
    int any = 0;
    const char *lh[3] = {agency, s->office, s->kind};
    for (int r = 0; r < 3; r++)
        if (lh[r] && *lh[r]) {
            c->vl.keep_next = any;
            if (ts_set_plain(c, (enum lay_role)(ROLE_AGENCY + r), lh[r], -1, 0) < 0)
                return -1;
            any = 1;
        }
    if (any || lay->rule_width > 0) {
        struct ts_vitem *v = ts_vadd(&c->vl, TS_V_BOX, 6 + lay->rule_width, 0);
        double y = -3 - lay->rule_width / 2;
        if (lay->rule_width > 0)
            page_add_rule(&v->box, 0, y, c->measure, y, lay->rule_width,
                          lay->color_rule);
        add_space(&c->vl, lay->space_after_letterhead);
    }
    return 0;
}

/* "Place — date", kept with what follows. */
static int dateline(struct ts_ctx *c)
{
    const struct statement *s = c->s;
    char *date = stmt_date_long(s->date);
    struct buf dl;
    buf_init(&dl);
    if (s->place && *s->place)
        buf_adds(&dl, s->place);
    if (date) {
        if (dl.len)
            buf_adds(&dl, " \xE2\x80\x94 ");
        buf_adds(&dl, date);
    }
    free(date);
    int rc = 0;
    if (dl.len) {
        c->vl.keep_next = 1;
        rc = ts_set_plain(c, ROLE_DATELINE, dl.s, -1, 0);
        add_space(&c->vl, c->lay->paragraph_space);
    }
    buf_free(&dl);
    return rc < 0 ? -1 : 0;
}


/* The attribution or preface lines between the title and the body (or the
 * closing marker after it), each a body-style paragraph, so that every
 * word of the input is printed. */
static int preface(struct ts_ctx *c, const char *text)
{
    for (const char *p = text; *p;) {
        size_t n = strcspn(p, "\n");
        if (n) {
            char *line = xstrndup(p, n);
            struct span sp = {line, SPAN_PLAIN, NULL};
            struct ts_pset ps = {ROLE_BODY, "body", 1, 1, c->measure, c->measure,
                                 0, 0, -1, 0, 0};
            int r = set_para(c, &ps, &sp, 1, NULL, 0);
            free(line);
            if (r < 0)
                return -1;
            add_space(&c->vl, c->lay->paragraph_space);
        }
        p += n + (p[n] == '\n');
    }
    return 0;
}

/* Letterhead, rule, dateline and title; all kept with the first block. */
static int front_matter(struct ts_ctx *c)
{
    const struct statement *s = c->s;
    if (letterhead(c) < 0 || dateline(c) < 0)
        return -1;
    size_t first = c->vl.nv;
    if (s->title && *s->title) {
        c->vl.keep_next = 1;
        if (ts_set_plain(c, ROLE_TITLE, s->title, -1, 0) < 0)
            return -1;
        add_space(&c->vl, c->lay->space_after_title);
    }
    if (s->preface && preface(c, s->preface) < 0)
        return -1;
    if (first < c->vl.nv) {
        c->vl.v[first].anchor = TS_ANCHOR_STATEMENT;
        c->vl.statement_marked = 1;
    }
    c->vl.keep_next = 1;
    return 0;
}

/* ---- the blocks --------------------------------------------------------- */

/* 1 if the block's text ends with a colon (spaces aside). */
static int ends_with_colon(const struct block *b)
{
    for (size_t k = b->nspans; k-- > 0;) {
        const char *t = b->spans[k].text ? b->spans[k].text : "";
        size_t n = strlen(t);
        while (n > 0 && (t[n - 1] == ' ' || t[n - 1] == '\n' || t[n - 1] == '\t'))
            n--;
        if (n > 0)
            return t[n - 1] == ':';
    }
    return 0;
}

/* The paragraph settings of block i; *marker_x receives where a list
 * item's marker ends (-1 for other blocks). */
static struct ts_pset block_settings(const struct ts_ctx *c, size_t i,
                                     int after_heading, double *marker_x)
{
    const struct layout *lay = c->lay;
    const struct block *b = &c->s->blocks[i];
    struct ts_pset ps = {ROLE_BODY, "body", 1, 1, c->measure, c->measure,
                         0, 0, (int)i, b->line, 0};
    int lvl = b->level > 0 ? b->level : 1;
    *marker_x = -1;
    switch (b->kind) {
    case BLK_HEADING:
        ps.role = ROLE_HEADING;
        ps.rname = "heading";
        ps.justify = ps.hyphenate = 0;
        ps.keep_last_words = 1;
        break;
    case BLK_LIST_ITEM:
        ps.rname = "list";
        ps.x0 = ps.x = lay->list_indent * lvl;
        ps.width0 = ps.width = c->measure - ps.x;
        *marker_x = ps.x;
        break;
    case BLK_QUOTE:
        ps.rname = "quote";
        ps.x0 = ps.x = lay->list_indent * lvl;
        ps.width0 = ps.width = c->measure - 2 * ps.x;
        break;
    case BLK_PARAGRAPH:
        if (lay->paragraph_indent > 0 && !after_heading) {
            ps.x0 = lay->paragraph_indent;
            ps.width0 = c->measure - ps.x0;
        }
        break;
    }
    if (ps.width < 36 || ps.width0 < 36) {  /* absurd indents */
        ps.x0 = ps.x = 0;
        ps.width0 = ps.width = c->measure;
    }
    return ps;
}

/* Hang the list marker in the indent of box v, right-aligned to end half
 * an em before marker_x, its runs before the line's own.  Returns 0, or -1 when a font cannot be loaded. */
static int hang_marker(struct ts_ctx *c, const struct ts_pset *ps,
                       const char *marker, double marker_x, struct ts_vitem *v)
{
    const struct lay_font *lf = &c->lay->font[ROLE_BODY];
    struct span sp = {(char *)marker, SPAN_PLAIN, NULL};
    struct ts_pset mp = *ps;
    mp.block = -1;
    mp.justify = mp.hyphenate = 0;
    mp.width0 = mp.width = 1e9;
    if (ts_para_prepare(&c->para, &mp, &sp, 1, 0))
        return -1;
    double mw = ts_glyph_width(&c->para, 0, (int)c->para.ng);
    double mx = marker_x - 0.5 * lf->size - mw;
    if (mx < 0)
        mx = 0;
    struct page tmp;
    memset(&tmp, 0, sizeof tmp);
    if (c->para.ng > 0) {
        ts_emit_line(&c->lines, &mp, 0, c->para.nit - 1, 1, mx,
                     -ts_baseline_offset(lf), 1e9, &tmp);
        size_t had = v->box.nruns;
        for (size_t k = 0; k < tmp.nruns; k++) {
            struct pg_run *r = &tmp.runs[k];
            page_add_run(&v->box, r->font, r->size, r->x, r->y, r->color,
                         r->text, strlen(r->text), r->glyphs, r->nglyphs)
                ->hscale = r->hscale;
        }
        /* the marker's runs first: content order is reading order */
        if (tmp.nruns) {
        struct pg_run *runs = v->box.runs, *mk = xmalloc(tmp.nruns * sizeof *mk);
        memcpy(mk, runs + had, tmp.nruns * sizeof *mk);
        memmove(runs + tmp.nruns, runs, had * sizeof *runs);
        memcpy(runs, mk, tmp.nruns * sizeof *mk);
        free(mk);
        }
    }
    tbl_box_free(&tmp);
    return 0;
}

/* The statement's blocks. */
static int body(struct ts_ctx *c)
{
    const struct statement *s = c->s;
    struct ts_vlist *vl = &c->vl;
    int after_heading = 1;
    for (size_t i = 0; i < s->nblocks; i++) {
        const struct block *b = &s->blocks[i];
        if (i > 0)
            add_space(vl, c->lay->paragraph_space);
        size_t first = vl->nv;
        double marker_x;
        struct ts_pset ps = block_settings(c, i, after_heading, &marker_x);
        int keep = vl->keep_next;
        int n = set_para(c, &ps, b->spans, b->nspans, NULL, 0);
        if (n < 0)
            return -1;
        if (n == 0)
            vl->keep_next = keep;
        if (first < vl->nv && !vl->statement_marked) {
            vl->v[first].anchor = TS_ANCHOR_STATEMENT;
            vl->statement_marked = 1;
        }
        if (first < vl->nv && b->kind == BLK_HEADING)
            vl->v[first].heading = i + 1;  /* a bookmark */
        if (marker_x >= 0 && b->marker && *b->marker && first < vl->nv &&
            hang_marker(c, &ps, b->marker, marker_x, &vl->v[first]) < 0)
            return -1;
        after_heading = b->kind == BLK_HEADING;
        if (b->kind == BLK_HEADING)
            vl->keep_next = 1;
        /* a paragraph introducing a list ("committed to:") stays with it */
        if (b->kind == BLK_PARAGRAPH && i + 1 < s->nblocks &&
            s->blocks[i + 1].kind == BLK_LIST_ITEM && ends_with_colon(b))
            vl->keep_next = 1;
    }
    return 0;
}

/* ---- the table ---------------------------------------------------------- */

/* Caption, header and rows of the participant table. */
static int table(struct ts_ctx *c, struct tbl *t)
{
    struct ts_vlist *vl = &c->vl;
    if (c->s->nparts == 0)
        return 0;
    add_space(vl, c->lay->table_space_before);
    size_t first = vl->nv;
    if (c->lay->table_caption && *c->lay->table_caption) {
        if (ts_set_plain(c, ROLE_HEADING, c->lay->table_caption, -1, 0) < 0)
            return -1;
        add_space(vl, c->lay->table_padding);
    }
    struct tbl_setter set = ts_cell_setter(c);
    tbl_build(c->s, c->lay, c->measure, &set, t);
    if (c->fonts.err)
        return -1;
    struct ts_vitem *h = ts_vadd(vl, TS_V_BOX, t->head.height, first == vl->nv);
    h->row = 2;  /* the header itself */
    vl->v[first].anchor = TS_ANCHOR_PARTS;
    for (size_t i = 0; i < t->nrows; i++) {
        struct ts_vitem *v = ts_vadd(vl, TS_V_BOX, t->rows[i].height, i > 0);
        v->row = 1;
        v->part = i;
        v->box = t->rows[i].box;  /* moved */
        memset(&t->rows[i].box, 0, sizeof t->rows[i].box);
    }
    return 0;
}

/* The visible signature block: its lines in the footer's type, kept
 * together on one page, after the text and the table. */
static int signature_block(struct ts_ctx *c)
{
    struct ts_vlist *vl = &c->vl;
    const char *text = c->opt ? c->opt->sigblock : NULL;
    if (!text || !*text)
        return 0;
    add_space(vl, 2 * c->lay->paragraph_space);
    size_t first = vl->nv;
    for (const char *p = text; *p;) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        char *line = xstrndup(p, n);
        int rc = ts_set_plain(c, ROLE_FOOTER, line, -1, 0);
        free(line);
        if (rc < 0)
            return -1;
        p += n + (nl != NULL);
    }
    for (size_t j = first; j < vl->nv; j++) {
        vl->v[j].sig = 1;
        if (j > first)
            vl->v[j].brk_ok = 0;
    }
    return 0;
}

int ts_build_vlist(struct ts_ctx *c, struct tbl *t)
{
    if (front_matter(c) < 0 || body(c) < 0)
        return -1;
    if (c->s->closing) {
        add_space(&c->vl, c->lay->paragraph_space);
        if (preface(c, c->s->closing) < 0)
            return -1;
    }
    if (table(c, t) < 0 || signature_block(c) < 0)
        return -1;
    return 0;
}
