/* pages.h -- the display list: what typesetting produces and the writer
 * turns into PDF.  Coordinates are PDF points with the origin at the
 * page's bottom-left corner; y grows upwards.
 *
 * Ownership: struct doc owns its pages, and each page owns its items and
 * strings; doc_free releases everything.  Font indexes refer to the
 * fontset the document was typeset with (not owned).
 */
#ifndef IMPRINT_PAGES_H
#define IMPRINT_PAGES_H

#include <stddef.h>
#include <stdint.h>

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
};

struct pg_rule {       /* a straight line */
    double x1, y1, x2, y2, width;
    uint32_t color;
};

struct pg_link {       /* a link area */
    double x1, y1, x2, y2;
    char *uri;
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
};

struct doc {
    struct page *pages;
    size_t npages;
    struct pg_anchor *anchors;
    size_t nanchors;
    struct pg_sigbox sigbox;
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
struct pg_line *page_add_line(struct page *p, const char *text, size_t len);

#endif
