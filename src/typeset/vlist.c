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
                 int block, int line, int elem)
{
    struct span sp = {(char *)text, SPAN_PLAIN, NULL};
    struct ts_pset ps = {role, role_name[role], 0, 0, c->measure, c->measure,
                         0, 0, block, line, role == ROLE_TITLE, elem};
    return set_para(c, &ps, &sp, 1, NULL, 0);
}

/* ---- the table's setter ------------------------------------------------- */

/* tbl_setter.measure: the natural width of text and its widest piece. */
static double cell_measure(void *vc, enum lay_role role, const char *text,
                           double *minw)
{
    struct ts_ctx *c = vc;
    struct span sp = {(char *)text, SPAN_PLAIN, NULL};
    struct ts_pset ps = {role, role_name[role], 0, 0, 1e9, 1e9, 0, 0, -1, 0, 0, 0};
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
    struct ts_pset ps = {role, role_name[role], 0, 0, w, w, x, x, -1, 0, 0, 0};
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
    int any = 0, elem = -1;
    const char *lh[3] = {agency, s->office, s->kind};
    for (int r = 0; r < 3; r++)
        if (lh[r] && *lh[r]) {
            c->vl.keep_next = any;
            if (elem < 0)  /* one element for the three lines */
                elem = doc_add_elem(c->doc, PG_LETTERHEAD, -1, 0);
            if (ts_set_plain(c, (enum lay_role)(ROLE_AGENCY + r), lh[r], -1, 0,
                             elem) < 0)
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
        rc = ts_set_plain(c, ROLE_DATELINE, dl.s, -1, 0,
                          doc_add_elem(c->doc, PG_DATELINE, -1, 0));
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
                                 0, 0, -1, 0, 0,
                                 doc_add_elem(c->doc, PG_P, -1, 0)};
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
        if (ts_set_plain(c, ROLE_TITLE, s->title, -1, 0,
                         doc_add_elem(c->doc, PG_TITLE, -1, 0)) < 0)
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
                         0, 0, (int)i, b->line, 0, 0};
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
                       const char *marker, double marker_x, struct ts_vitem *v,
                       int elem)
{
    const struct lay_font *lf = &c->lay->font[ROLE_BODY];
    struct span sp = {(char *)marker, SPAN_PLAIN, NULL};
    struct ts_pset mp = *ps;
    mp.block = -1;
    mp.elem = elem;
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
            struct pg_run *m = page_add_run(&v->box, r->font, r->size, r->x,
                                            r->y, r->color, r->text,
                                            strlen(r->text), r->glyphs,
                                            r->nglyphs);
            m->hscale = r->hscale;
            m->elem = r->elem;
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

/* ---- the blocks' structure elements ------------------------------------ */

#define TAG_DEPTH 11  /* list nesting is cut at 10 levels */

/* Where the blocks' elements go: the open lists (one per depth) and the
 * body of each one's last item, the open block quote, the heading levels
 * used and the last heading's level. */
struct blk_tags {
    int list[TAG_DEPTH], lbody[TAG_DEPTH], depth;
    int quote;
    unsigned long long levels;  /* bit L: some heading has level L */
    int last_h;                 /* 1: the title, 0: none yet */
};

static void blk_tags_init(const struct ts_ctx *c, struct blk_tags *t)
{
    memset(t, 0, sizeof *t);
    t->quote = -1;
    t->last_h = c->s->title && *c->s->title ? 1 : 0;
    for (size_t i = 0; i < c->s->nblocks; i++)
        if (c->s->blocks[i].kind == BLK_HEADING) {
            int l = c->s->blocks[i].level;
            t->levels |= 1ULL << (l < 1 ? 1 : l > 63 ? 63 : l);
        }
}

/* The heading level (H1 the title) of a heading of the statement's level:
 * its rank among the levels used, never deeper than one below the last. */
static int heading_level(struct blk_tags *t, int level)
{
    int l = level < 1 ? 1 : level > 63 ? 63 : level, rank = 1;
    for (int k = 1; k < l; k++)
        rank += (int)(t->levels >> k & 1);
    int h = (t->last_h ? 1 : 0) + rank;
    if (h > t->last_h + 1)
        h = t->last_h + 1;
    return t->last_h = h;
}

/* The list item's elements (L as needed, LI, Lbl, LBody): its body's is
 * returned, its label's in *lbl. */
static int item_elems(struct doc *d, struct blk_tags *t, int level,
                      int marker, int *lbl)
{
    int lvl = level < 1 ? 1 : level >= TAG_DEPTH ? TAG_DEPTH - 1 : level;
    if (t->depth > lvl)
        t->depth = lvl;
    while (t->depth < lvl) {
        int parent = t->depth ? t->lbody[t->depth] : -1;
        if (t->depth && parent < 0)
            parent = t->list[t->depth];
        t->depth++;
        t->list[t->depth] = doc_add_elem(d, PG_LIST, parent, 0);
        t->lbody[t->depth] = -1;
    }
    int li = doc_add_elem(d, PG_ITEM, t->list[lvl], 0);
    *lbl = marker ? doc_add_elem(d, PG_LABEL, li, 0) : PG_ARTIFACT;
    return t->lbody[lvl] = doc_add_elem(d, PG_LBODY, li, 0);
}

/* The element block b's runs go to (a new one; lists and quotes opened as
 * needed); a list item's label's in *lbl. */
static int block_elem(struct ts_ctx *c, struct blk_tags *t,
                      const struct block *b, int *lbl)
{
    struct doc *d = c->doc;
    *lbl = PG_ARTIFACT;
    if (b->kind != BLK_LIST_ITEM)
        t->depth = 0;
    if (b->kind != BLK_QUOTE)
        t->quote = -1;
    switch (b->kind) {
    case BLK_HEADING:
        return doc_add_elem(d, PG_HEADING, -1, heading_level(t, b->level));
    case BLK_LIST_ITEM:
        return item_elems(d, t, b->level, b->marker && *b->marker, lbl);
    case BLK_QUOTE:
        if (t->quote < 0)
            t->quote = doc_add_elem(d, PG_QUOTE, -1, 0);
        return doc_add_elem(d, PG_P, t->quote, 0);
    default:
        return doc_add_elem(d, PG_P, -1, 0);
    }
}

/* The statement's blocks. */
static int body(struct ts_ctx *c)
{
    const struct statement *s = c->s;
    struct ts_vlist *vl = &c->vl;
    int after_heading = 1;
    struct blk_tags tags;
    blk_tags_init(c, &tags);
    for (size_t i = 0; i < s->nblocks; i++) {
        const struct block *b = &s->blocks[i];
        if (i > 0)
            add_space(vl, c->lay->paragraph_space);
        size_t first = vl->nv;
        double marker_x;
        struct ts_pset ps = block_settings(c, i, after_heading, &marker_x);
        int lbl;
        ps.elem = block_elem(c, &tags, b, &lbl);
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
            hang_marker(c, &ps, b->marker, marker_x, &vl->v[first], lbl) < 0)
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

/* 1 if participant i's delegation is that of the one before (its cell is
 * shown empty: the group's first row's header spans it). */
static int same_delegation(const struct statement *s, size_t i)
{
    const char *a = s->parts[i].delegation;
    const char *b = i > 0 ? s->parts[i - 1].delegation : NULL;
    return a && b && *a && strcmp(a, b) == 0;
}

/* The table's rows and cells as elements (header cells with column scope;
 * a delegation shared by several rows as a row header spanning them). */
static void table_elems(struct ts_ctx *c, int table)
{
    const struct statement *s = c->s;
    size_t n = s->nparts;
    c->cells = xmalloc(3 * (n + 1) * sizeof *c->cells);
    c->rows = xmalloc((n + 1) * sizeof *c->rows);
    /* rows straight under the table (THead and TBody are optional and
     * would cost two objects) */
    c->rows[0] = doc_add_elem(c->doc, PG_TR, table, 0);
    for (int k = 0; k < 3; k++)
        c->cells[k] = doc_add_elem(c->doc, PG_TH_COL, c->rows[0], 0);
    for (size_t i = 0; i < n; i++) {
        int tr = c->rows[i + 1] = doc_add_elem(c->doc, PG_TR, table, 0);
        int *cell = &c->cells[3 * (i + 1)];
        size_t span = 1;
        while (i + span < n && same_delegation(s, i + span))
            span++;
        if (same_delegation(s, i))
            cell[0] = -1;
        else if (span > 1)
            cell[0] = doc_add_elem(c->doc, PG_TH_ROW, tr, (int)span);
        else
            cell[0] = doc_add_elem(c->doc, PG_TD, tr, 0);
        cell[1] = doc_add_elem(c->doc, PG_TD, tr, 0);
        cell[2] = doc_add_elem(c->doc, PG_TD, tr, 0);
    }
}

void ts_tag_row(struct ts_ctx *c, const struct tbl *t, struct page *box,
                size_t row, int continued)
{
    if (!c->cells)
        return;
    for (size_t k = 0; k < box->nruns; k++) {
        struct pg_run *r = &box->runs[k];
        int col = r->x < t->colw[0] ? 0 : r->x < t->colw[0] + t->colw[1] ? 1 : 2;
        int e = c->cells[3 * row + (size_t)col];
        r->elem = e < 0 || (continued && col == 0) ? PG_PAGINATION : e;
    }
}

/* Caption, header and rows of the participant table. */
static int table(struct ts_ctx *c, struct tbl *t)
{
    struct ts_vlist *vl = &c->vl;
    if (c->s->nparts == 0)
        return 0;
    add_space(vl, c->lay->table_space_before);
    size_t first = vl->nv;
    int te = doc_add_elem(c->doc, PG_TABLE, -1, 0);
    if (c->lay->table_caption && *c->lay->table_caption) {
        if (ts_set_plain(c, ROLE_HEADING, c->lay->table_caption, -1, 0,
                         doc_add_elem(c->doc, PG_CAPTION, te, 0)) < 0)
            return -1;
        add_space(vl, c->lay->table_padding);
    }
    struct tbl_setter set = ts_cell_setter(c);
    tbl_build(c->s, c->lay, c->measure, &set, t);
    if (c->fonts.err)
        return -1;
    table_elems(c, te);
    ts_tag_row(c, t, &t->head.box, 0, 0);
    for (size_t i = 0; i < t->nrows; i++)
        ts_tag_row(c, t, &t->rows[i].box, i + 1, 0);
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
    int elem = doc_add_elem(c->doc, PG_SIGNATURE, -1, 0);
    for (const char *p = text; *p;) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        char *line = xstrndup(p, n);
        int rc = ts_set_plain(c, ROLE_FOOTER, line, -1, 0, elem);
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
    if (c->opt && c->opt->signed_field)
        c->sigbox.form = 1 + doc_add_elem(c->doc, PG_FORM, -1, 0);
    return 0;
}
