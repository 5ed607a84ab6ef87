/* pages.h -- the display list: what typesetting produces and the writer
 * turns into PDF.  Coordinates are PDF points with the origin at the
 * page's bottom-left corner; y grows upwards.
 *
 * Every run and link names what it is for the tagged PDF's structure tree:
 * an element of the doc's element list (struct pg_elem, which typesetting
 * fills in reading order, each with its parent), or an artifact (PG_ARTIFACT,
 * PG_PAGINATION).  Rules are always artifacts.
 *
 * Ownership: struct doc owns its pages and elements, and each page owns its
 * items and strings; doc_free releases everything.  Font indexes refer to the
 * fontset the document was typeset with (not owned).
 */
#ifndef IMPRINT_PAGES_H
#define IMPRINT_PAGES_H

#include <stddef.h>
#include <stdint.h>

/* What a structure element is (the writer maps each to a PDF structure
 * type: Document, H1, P, H2.., L, LI, Lbl, LBody, BlockQuote, Table ...). */
enum pg_role {
    PG_DOCUMENT,    /* the root, element 0 */
    PG_TITLE,       /* the statement's title (H1) */
    PG_LETTERHEAD,  /* agency, office and kind lines (a P) */
    PG_DATELINE,    /* place and date (a P) */
    PG_P,           /* a paragraph */
    PG_HEADING,     /* a heading, level 2.. in `level` (1 is the title) */
    PG_LIST, PG_ITEM, PG_LABEL, PG_LBODY,
    PG_QUOTE,       /* a block quote (holds P) */
    PG_TABLE, PG_CAPTION, PG_THEAD, PG_TBODY, PG_TR,
    PG_TH_COL,      /* a column header cell */
    PG_TH_ROW,      /* a row header cell spanning `level` rows */
    PG_TD,
    PG_LINK,        /* a link: its runs and its annotation */
    PG_SIGNATURE,   /* the visible signature block's lines (a P) */
    PG_FORM,        /* the signature field's widget (a Form) */
    PG_ROLES
};

/* A structure element.  Elements are listed in reading order, a parent
 * before its children. */
struct pg_elem {
    enum pg_role role;
    int parent;     /* its parent's index, -1 for the root */
    int level;      /* headings: 2..; PG_TH_ROW: rows spanned; else 0 */
};

/* The `elem` of a run or link that is no element's content. */
#define PG_ARTIFACT (-1)    /* layout: rules, decoration */
#define PG_PAGINATION (-2)  /* running footer, page numbers, a table header
                               or delegation repeated on a new page */

/* One glyph of a run.  adjust is the TJ adjustment written before this
 * glyph in thousandths of the font size: negative moves the glyph right
 * (extra space), positive moves it left (kerning tighter).  The glyph's own
 * advance is the font's; kerning and justification live in adjust. */
struct pg_glyph {
    unsigned gid;
    int adjust;
    unsigned cluster;  /* byte offset into the run's text where its
                          characters start */
};

/* A line or part of a line set in one font at one size. */
struct pg_run {
    int font;          /* index into the fontset */
    double size;       /* pt */
    double x, y;       /* baseline origin */
    uint32_t color;    /* 0xRRGGBB */
    double hscale;     /* horizontal scale in percent (PDF Tz; font
                          expansion), 100 for none: advances and adjust
                          are the font's, scaled by it on the page */
    char *text;        /* the characters these glyphs show (for ToUnicode
                          and extraction), UTF-8 */
    struct pg_glyph *glyphs;
    size_t nglyphs;
    int elem;          /* its structure element, or PG_ARTIFACT /
                          PG_PAGINATION; 0 (the root) unless set */
};

struct pg_rule {       /* a straight line */
    double x1, y1, x2, y2, width;
    uint32_t color;
};

struct pg_link {       /* a link area */
    double x1, y1, x2, y2;
    char *uri;
    int elem;          /* its PG_LINK element; 0 (the root) unless set */
};

/* A typeset line, kept for --dump-pages and the quality figures. */
struct pg_line {
    double x, y, width;    /* start, baseline, natural measure used (the
                              glyphs start lprot left of x and end rprot
                              right of x + width) */
    double ratio;          /* adjustment ratio (0 = natural, 1 = full stretch,
                              negative = shrink); 0 for unjustified lines */
    int hyphen;            /* 1 if the line ends with an added hyphen */
    double lprot, rprot;   /* how far it hangs into the left and right
                              margins (margin kerning), pt */
    double expand;         /* its horizontal scale (font expansion), 1 for
                              none */
    int last;              /* 1 if last line of its paragraph */
    int block;             /* index of the statement block, -1 if none */
    int src_line;          /* input line of the block */
    const char *role;      /* "body", "title", "table", "footer" ... (static) */
    char *text;            /* the line's text, UTF-8 */
};

struct page {
    double width, height;
    struct pg_run *runs;
    size_t nruns, capruns;
    struct pg_rule *rules;
    size_t nrules, caprules;
    struct pg_link *links;
    size_t nlinks, caplinks;
    struct pg_line *lines;
    size_t nlines, caplines;
};

/* A bookmark: title at level (0 = top), pointing at page/y. */
struct pg_anchor {
    char *title;
    int level;
    size_t page;   /* 0-based */
    double y;      /* top of the target, PDF points */
};

/* Where a visible signature block was set: its frame, on one page. */
struct pg_sigbox {
    int set;                  /* 0: no visible signature block */
    size_t page;              /* 0-based */
    double x1, y1, x2, y2;    /* the frame around its lines */
    int form;                 /* 1 + the Form element of the signature
                                 field (signed files), 0 for none */
};

struct doc {
    struct page *pages;
    size_t npages;
    struct pg_anchor *anchors;
    size_t nanchors;
    struct pg_sigbox sigbox;
    struct pg_elem *elems;  /* the structure elements; element 0 is the
                               root once any is added */
    size_t nelems, capelems;
};

void doc_init(struct doc *d);
void doc_free(struct doc *d);
/* Free a page's items (its size stays); the page is empty afterwards. */
void page_free(struct page *p);
struct page *doc_add_page(struct doc *d, double width, double height);
void doc_add_anchor(struct doc *d, const char *title, int level, size_t page,
                    double y);
/* Append a run (text copied, glyphs copied); returns it. */
struct pg_run *page_add_run(struct page *p, int font, double size, double x,
                            double y, uint32_t color, const char *text,
                            size_t textlen, const struct pg_glyph *glyphs,
                            size_t nglyphs);
void page_add_rule(struct page *p, double x1, double y1, double x2, double y2,
                   double width, uint32_t color);
void page_add_link(struct page *p, double x1, double y1, double x2, double y2,
                   const char *uri);
/* Add an element of role under parent (< 0: the root, which is created
 * first when there is none); returns its index. */
int doc_add_elem(struct doc *d, enum pg_role role, int parent, int level);
struct pg_line *page_add_line(struct page *p, const char *text, size_t len);

#endif
