/* pages.c -- building and freeing the display list. */
#include "model/pages.h"

#include <stdlib.h>
#include <string.h>

#include "base/util.h"

void doc_init(struct doc *d)
{
    memset(d, 0, sizeof *d);
}

void doc_free(struct doc *d)
{
    for (size_t i = 0; i < d->npages; i++)
        page_free(&d->pages[i]);
    free(d->pages);
    for (size_t i = 0; i < d->nanchors; i++)
        free(d->anchors[i].title);
    free(d->anchors);
    free(d->elems);
    doc_init(d);
}

void page_free(struct page *p)
{
    for (size_t j = 0; j < p->nruns; j++) {
        free(p->runs[j].text);
        free(p->runs[j].glyphs);
    }
    free(p->runs);
    free(p->rules);
    for (size_t j = 0; j < p->nlinks; j++)
        free(p->links[j].uri);
    free(p->links);
    for (size_t j = 0; j < p->nlines; j++)
        free(p->lines[j].text);
    free(p->lines);
    double w = p->width, h = p->height;
    memset(p, 0, sizeof *p);
    p->width = w;
    p->height = h;
}

struct page *doc_add_page(struct doc *d, double width, double height)
{
    d->pages = xrealloc(d->pages, (d->npages + 1) * sizeof *d->pages);
    struct page *p = &d->pages[d->npages++];
    memset(p, 0, sizeof *p);
    p->width = width;
    p->height = height;
    return p;
}

void doc_add_anchor(struct doc *d, const char *title, int level, size_t page,
                    double y)
{
    d->anchors = xrealloc(d->anchors, (d->nanchors + 1) * sizeof *d->anchors);
    struct pg_anchor *a = &d->anchors[d->nanchors++];
    a->title = xstrdup(title);
    a->level = level;
    a->page = page;
    a->y = y;
}

struct pg_run *page_add_run(struct page *p, int font, double size, double x,
                            double y, uint32_t color, const char *text,
                            size_t textlen, const struct pg_glyph *glyphs,
                            size_t nglyphs)
{
    xgrow(&p->runs, &p->capruns, p->nruns + 1, sizeof *p->runs);
    struct pg_run *r = &p->runs[p->nruns++];
    r->font = font;
    r->size = size;
    r->x = x;
    r->y = y;
    r->color = color;
    r->hscale = 100;
    r->text = xstrndup(text, textlen);
    r->glyphs = xmalloc((nglyphs ? nglyphs : 1) * sizeof *r->glyphs);
    if (nglyphs)
        memcpy(r->glyphs, glyphs, nglyphs * sizeof *glyphs);
    r->nglyphs = nglyphs;
    r->elem = 0;
    return r;
}

void page_add_rule(struct page *p, double x1, double y1, double x2, double y2,
                   double width, uint32_t color)
{
    xgrow(&p->rules, &p->caprules, p->nrules + 1, sizeof *p->rules);
    p->rules[p->nrules++] = (struct pg_rule){x1, y1, x2, y2, width, color};
}

void page_add_link(struct page *p, double x1, double y1, double x2, double y2,
                   const char *uri)
{
    xgrow(&p->links, &p->caplinks, p->nlinks + 1, sizeof *p->links);
    p->links[p->nlinks++] = (struct pg_link){x1, y1, x2, y2, xstrdup(uri), 0};
}

struct pg_line *page_add_line(struct page *p, const char *text, size_t len)
{
    xgrow(&p->lines, &p->caplines, p->nlines + 1, sizeof *p->lines);
    struct pg_line *l = &p->lines[p->nlines++];
    memset(l, 0, sizeof *l);
    l->block = -1;
    l->text = xstrndup(text, len);
    return l;
}

int doc_add_elem(struct doc *d, enum pg_role role, int parent, int level)
{
    if (d->nelems == 0 && role != PG_DOCUMENT)
        doc_add_elem(d, PG_DOCUMENT, -1, 0);
    if (parent < 0 || (size_t)parent >= d->nelems)
        parent = d->nelems ? 0 : -1;
    xgrow(&d->elems, &d->capelems, d->nelems + 1, sizeof *d->elems);
    d->elems[d->nelems] = (struct pg_elem){role, parent, level};
    return (int)d->nelems++;
}
