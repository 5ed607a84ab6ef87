/* tags.c -- the tagged PDF's structure tree: one structure element per
 * element typesetting recorded, marked-content sequences (BDC/EMC with an
 * MCID) around its runs, artifacts for the rest, the parent tree that maps
 * each MCID and annotation back to its element, and the catalog entries a
 * tagged PDF/UA file needs.  Consecutive runs of one element on a page
 * share one sequence, and the objects are kept small: an element is
 * << /S /P /P parent /Pg page /K kids >>, a single kid written bare. */
#include "write/tags.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A kid of an element: a marked-content sequence, an element or an
 * annotation. */
enum tg_kind { TG_MCID, TG_ELEM, TG_OBJR };
struct tg_kid {
    enum tg_kind kind;
    int v;            /* MCID, element index, or annotation index */
    size_t page;
};

struct tg_elem {
    struct tg_kid *k;
    size_t nk, capk;
    int attached;     /* listed among its parent's kids */
    size_t cursor;    /* its children before this one are attached */
    HPDF_Dict dict;
};

/* The MCIDs of one page: each one's element (the parent tree's entry). */
struct tg_page {
    int *elem;
    size_t n, cap;
    HPDF_Page page;
};

struct tags {
    HPDF_Doc pdf;
    const struct doc *d;
    struct pg_elem root;           /* when d lists no elements */
    const struct pg_elem *el;
    size_t n;
    struct tg_elem *e;
    int *child;                    /* children of each element, in order: */
    size_t *child_at;              /* those of i are child[child_at[i] ..
                                      child_at[i + 1]) */
    struct tg_page *pages;
    size_t npages, cur;
    int open;                      /* the sequence open: an element,
                                      PG_ARTIFACT, PG_PAGINATION, or
                                      TG_NONE */
    HPDF_Annotation *annots;
    int *annot_elem;
    size_t nannots, capannots;
    char **bodies;                 /* the text of each dictionary of the
                                      tree (root first), for write_body */
    size_t nbodies, capbodies;
};

#define TG_NONE (-100)

struct tags *tags_new(HPDF_Doc pdf, const struct doc *d)
{
    struct tags *t = xcalloc(1, sizeof *t);
    t->pdf = pdf;
    t->d = d;
    t->root = (struct pg_elem){PG_DOCUMENT, -1, 0};
    t->el = d->nelems ? d->elems : &t->root;
    t->n = d->nelems ? d->nelems : 1;
    t->e = xcalloc(t->n, sizeof *t->e);
    t->child_at = xcalloc(t->n + 1, sizeof *t->child_at);
    t->child = xcalloc(t->n, sizeof *t->child);
    /* children lists by counting: elements come parent first */
    for (size_t i = 1; i < t->n; i++)
        t->child_at[t->el[i].parent + 1]++;
    for (size_t i = 0; i < t->n; i++)
        t->child_at[i + 1] += t->child_at[i];
    size_t *fill = xcalloc(t->n, sizeof *fill);
    for (size_t i = 1; i < t->n; i++) {
        size_t p = (size_t)t->el[i].parent;
        t->child[t->child_at[p] + fill[p]++] = (int)i;
    }
    free(fill);
    t->npages = d->npages;
    t->pages = xcalloc(d->npages ? d->npages : 1, sizeof *t->pages);
    t->open = TG_NONE;
    return t;
}

void tags_free(struct tags *t)
{
    if (!t)
        return;
    for (size_t i = 0; i < t->n; i++)
        free(t->e[i].k);
    for (size_t i = 0; i < t->npages; i++)
        free(t->pages[i].elem);
    free(t->e);
    free(t->child);
    free(t->child_at);
    free(t->pages);
    free(t->annots);
    free(t->annot_elem);
    for (size_t i = 0; i < t->nbodies; i++)
        free(t->bodies[i]);
    free(t->bodies);
    free(t);
}

/* The element a run or link of elem belongs to (unknown ones: the root). */
static int valid_elem(const struct tags *t, int elem)
{
    return elem >= 0 && (size_t)elem < t->n ? elem : 0;
}

static void add_kid(struct tags *t, int e, enum tg_kind kind, int v)
{
    struct tg_elem *x = &t->e[e];
    xgrow(&x->k, &x->capk, x->nk + 1, sizeof *x->k);
    x->k[x->nk++] = (struct tg_kid){kind, v, t->cur};
}

/* List element e among its parent's kids (the parent first), after its
 * siblings that come before it in reading order. */
static void attach(struct tags *t, int e)
{
    if (t->e[e].attached)
        return;
    t->e[e].attached = 1;
    int p = t->el[e].parent;
    if (p < 0)
        return;
    attach(t, p);
    struct tg_elem *pe = &t->e[p];
    size_t end = t->child_at[p + 1] - t->child_at[p];
    while (pe->cursor < end) {
        int c = t->child[t->child_at[p] + pe->cursor++];
        t->e[c].attached = 1;
        add_kid(t, p, TG_ELEM, c);
        if (c == e)
            break;
    }
}

HPDF_STATUS tags_page(struct tags *t, size_t pi, HPDF_Page page)
{
    if (!t)
        return HPDF_OK;
    t->cur = pi;
    t->open = TG_NONE;
    t->pages[pi].page = page;
    return HPDF_Dict_AddNumber(page, "StructParents", (HPDF_INT32)pi);
}

/* The structure type of element e. */
static const char *type_name(const struct pg_elem *e, char *tmp, size_t n)
{
    static const char *const names[PG_ROLES] = {
        "Document", "H1", "Letterhead", "Dateline", "P", "H", "L", "LI",
        "Lbl", "LBody", "BlockQuote", "Table", "Caption", "THead", "TBody",
        "TR", "TH", "TH", "TD", "Link", "Signature", "Form"};
    if (e->role == PG_HEADING) {
        int l = e->level < 2 ? 2 : e->level > 6 ? 6 : e->level;
        snprintf(tmp, n, "H%d", l);
        return tmp;
    }
    return e->role < PG_ROLES ? names[e->role] : "P";
}

void tags_close(struct tags *t, struct buf *b)
{
    if (!t)
        return;
    if (t->open != TG_NONE)
        buf_adds(b, "EMC\n");
    t->open = TG_NONE;
}

void tags_mark(struct tags *t, struct buf *b, int elem)
{
    if (!t)
        return;
    if (elem != PG_ARTIFACT && elem != PG_PAGINATION)
        elem = valid_elem(t, elem);
    if (elem == t->open)
        return;
    tags_close(t, b);
    t->open = elem;
    if (elem == PG_ARTIFACT) {
        buf_adds(b, "/Artifact BMC\n");
        return;
    }
    if (elem == PG_PAGINATION) {
        buf_adds(b, "/Artifact <</Type /Pagination>> BDC\n");
        return;
    }
    struct tg_page *pg = &t->pages[t->cur];
    char tmp[8];
    const struct pg_elem *e = &t->el[elem];
    /* the custom types are paragraphs (RoleMap) */
    const char *tag = e->role == PG_LETTERHEAD || e->role == PG_DATELINE ||
                      e->role == PG_SIGNATURE
                          ? "P" : type_name(e, tmp, sizeof tmp);
    buf_printf(b, "/%s <</MCID %zu>> BDC\n", tag, pg->n);
    attach(t, elem);
    add_kid(t, elem, TG_MCID, (int)pg->n);
    xgrow(&pg->elem, &pg->cap, pg->n + 1, sizeof *pg->elem);
    pg->elem[pg->n++] = elem;
}

HPDF_STATUS tags_annot(struct tags *t, HPDF_Annotation a, int elem)
{
    if (!t)
        return HPDF_OK;
    elem = valid_elem(t, elem);
    xgrow(&t->annots, &t->capannots, t->nannots + 1, sizeof *t->annots);
    t->annot_elem = xrealloc(t->annot_elem, t->capannots * sizeof *t->annot_elem);
    t->annots[t->nannots] = a;
    t->annot_elem[t->nannots] = elem;
    attach(t, elem);
    add_kid(t, elem, TG_OBJR, (int)t->nannots);
    HPDF_STATUS rc = HPDF_Dict_AddNumber(
        a, "StructParent", (HPDF_INT32)(t->npages + t->nannots));
    t->nannots++;
    HPDF_Page page = t->pages[t->cur].page;
    if (rc == HPDF_OK && !HPDF_Dict_GetItem(page, "Tabs", HPDF_OCLASS_NAME))
        rc = HPDF_Dict_AddName(page, "Tabs", "S");
    return rc;
}

HPDF_STATUS tags_annot_on(struct tags *t, HPDF_Annotation a, int elem, size_t pi)
{
    if (!t || pi >= t->npages)
        return HPDF_OK;
    size_t cur = t->cur;
    t->cur = pi;
    HPDF_STATUS rc = tags_annot(t, a, elem);
    t->cur = cur;
    return rc;
}

/* ---- the tree ----------------------------------------------------------- */

/* The object number of an indirect object. */
static unsigned long objnum(const void *obj)
{
    return (unsigned long)(((const HPDF_Obj_Header *)obj)->obj_id & 0x00FFFFFF);
}

/* write_fn of the tree's dictionaries: their entries, written compactly
 * (libharu would give every entry a line of its own), are the text kept
 * in attr. */
static HPDF_STATUS write_body(HPDF_Dict dict, HPDF_Stream stream)
{
    return HPDF_Stream_WriteStr(stream, (const char *)dict->attr);
}

/* Append kid k of an element whose /Pg is page pg. */
static void put_kid(struct tags *t, struct buf *b, const struct tg_kid *k,
                    size_t pg)
{
    if (k->kind == TG_ELEM)
        buf_printf(b, " %lu 0 R", objnum(t->e[k->v].dict));
    else if (k->kind == TG_MCID && k->page == pg)
        buf_printf(b, " %d", k->v);
    else if (k->kind == TG_MCID)
        buf_printf(b, "<</Type/MCR/Pg %lu 0 R/MCID %d>>",
                   objnum(t->pages[k->page].page), k->v);
    else
        buf_printf(b, "<</Type/OBJR/Obj %lu 0 R>>", objnum(t->annots[k->v]));
}

/* Element i's entries: type, parent, page, attributes, kids. */
static void elem_body(struct tags *t, size_t i, HPDF_Dict root, struct buf *b)
{
    const struct pg_elem *e = &t->el[i];
    struct tg_elem *x = &t->e[i];
    char tmp[8];
    buf_printf(b, "/S/%s/P %lu 0 R", type_name(e, tmp, sizeof tmp),
               objnum(e->parent < 0 ? root : t->e[e->parent].dict));
    size_t pg = (size_t)-1;
    for (size_t k = 0; k < x->nk && pg == (size_t)-1; k++)
        if (x->k[k].kind == TG_MCID)
            pg = x->k[k].page;
    if (pg != (size_t)-1)
        buf_printf(b, "/Pg %lu 0 R", objnum(t->pages[pg].page));
    if (e->role == PG_TH_COL)
        buf_adds(b, "/A<</O/Table/Scope/Column>>");
    if (e->role == PG_TH_ROW)
        buf_printf(b, "/A<</O/Table/Scope/Row/RowSpan %d>>",
                   e->level > 1 ? e->level : 1);
    if (x->nk == 0)
        return;
    buf_adds(b, x->nk == 1 ? "/K" : "/K[");
    for (size_t k = 0; k < x->nk; k++)
        put_kid(t, b, &x->k[k], pg);
    if (x->nk > 1)
        buf_addc(b, ']');
}

/* The root's entries: its kid, the parent tree (each page's MCIDs'
 * elements, then each annotation's) and the role map. */
static void root_body(struct tags *t, struct buf *b)
{
    buf_printf(b, "/Type/StructTreeRoot/K %lu 0 R/ParentTree<</Nums[",
               objnum(t->e[0].dict));
    for (size_t p = 0; p < t->npages; p++) {
        buf_printf(b, "%s%zu[", p ? " " : "", p);
        for (size_t k = 0; k < t->pages[p].n; k++)
            buf_printf(b, "%s%lu 0 R", k ? " " : "",
                       objnum(t->e[t->pages[p].elem[k]].dict));
        buf_addc(b, ']');
    }
    for (size_t k = 0; k < t->nannots; k++)
        buf_printf(b, " %zu %lu 0 R", t->npages + k,
                   objnum(t->e[t->annot_elem[k]].dict));
    int sig = 0;  /* the Signature type only where it is used */
    for (size_t i = 0; i < t->n; i++)
        sig |= t->el[i].role == PG_SIGNATURE;
    buf_printf(b, "]>>/ParentTreeNextKey %zu/RoleMap<</Letterhead/P/Dateline/P%s>>",
               t->npages + t->nannots, sig ? "/Signature/P" : "");
}

/* A new indirect dictionary written as body (kept by t until freed). */
static HPDF_Dict body_dict(struct tags *t, struct buf *body)
{
    HPDF_Dict d = HPDF_Dict_New(t->pdf->mmgr);
    if (!d || HPDF_Xref_Add(t->pdf->xref, d) != HPDF_OK)
        return NULL;
    xgrow(&t->bodies, &t->capbodies, t->nbodies + 1, sizeof *t->bodies);
    t->bodies[t->nbodies++] = body->s ? body->s : xstrdup("");
    buf_init(body);
    d->attr = t->bodies[t->nbodies - 1];
    d->write_fn = write_body;
    return d;
}

/* /MarkInfo, /ViewerPreferences and /StructTreeRoot in the catalog. */
static HPDF_STATUS catalog_entries(struct tags *t, HPDF_Dict root)
{
    HPDF_MMgr mm = t->pdf->mmgr;
    HPDF_Dict mark = HPDF_Dict_New(mm), vp = HPDF_Dict_New(mm);
    if (!mark || !vp)
        return HPDF_FAILD_TO_ALLOC_MEM;
    HPDF_STATUS rc = HPDF_Dict_AddBoolean(mark, "Marked", HPDF_TRUE);
    if (rc == HPDF_OK)
        rc = HPDF_Dict_Add(t->pdf->catalog, "MarkInfo", mark);
    if (rc == HPDF_OK)
        rc = HPDF_Dict_AddBoolean(vp, "DisplayDocTitle", HPDF_TRUE);
    if (rc == HPDF_OK)
        rc = HPDF_Dict_Add(t->pdf->catalog, "ViewerPreferences", vp);
    if (rc == HPDF_OK)
        rc = HPDF_Dict_Add(t->pdf->catalog, "StructTreeRoot", root);
    return rc;
}

HPDF_STATUS tags_finish(struct tags *t)
{
    if (!t)
        return HPDF_OK;
    for (size_t i = 0; i < t->n; i++)
        attach(t, (int)i);  /* the elements without content too */
    struct buf b;
    buf_init(&b);
    /* numbers first (the bodies name them), then the bodies */
    HPDF_Dict root = body_dict(t, &b);
    for (size_t i = 0; i < t->n && root; i++)
        if (!(t->e[i].dict = body_dict(t, &b)))
            root = NULL;
    if (!root)
        return HPDF_FAILD_TO_ALLOC_MEM;
    for (size_t i = 0; i < t->n; i++) {
        elem_body(t, i, root, &b);
        free(t->e[i].dict->attr);
        t->e[i].dict->attr = t->bodies[i + 1] = b.s ? b.s : xstrdup("");
        buf_init(&b);
    }
    root_body(t, &b);
    free(root->attr);
    root->attr = t->bodies[0] = b.s;
    return catalog_entries(t, root);
}
