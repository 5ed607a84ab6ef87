/* ts_internal.h -- what the files of the typeset stage share; not part of
 * the stage's API (that is typeset.h).  The stage is a pipeline, one file a
 * step:
 *
 *   shape.c      the roles' fonts, font fallback, glyph and shape caches
 *   paragraph.c  spans -> characters -> glyphs -> break items -> breaks
 *   lines.c      one broken line -> positioned runs, links and a pg_line
 *   vlist.c      front matter, blocks and the table as a vertical list
 *   paginate.c   the vertical list onto pages; footers and anchors
 *   typeset.c    the top-level context and ts_typeset
 *
 * Ownership: each part's state (struct ts_fonts, ts_para, ts_lines,
 * ts_vlist) owns its scratch arrays and caches, freed by its *_free.  The
 * statement, layout, fontset and options it points to are borrowed, and so
 * are the other parts it points to; the hyphenation patterns are the
 * caller's unless ts_para opened them itself (hy_own).  struct ts_ctx holds
 * the parts for one ts_typeset call (typeset.c sets it up and frees it).
 */
#ifndef IMPRINT_TS_INTERNAL_H
#define IMPRINT_TS_INTERNAL_H

#include <stddef.h>

#include "base/util.h"
#include "model/pages.h"
#include "model/statement.h"
#include "style/fonts.h"
#include "style/layout.h"
#include "typeset/breaker.h"
#include "typeset/hyphen.h"
#include "typeset/table.h"
#include "typeset/typeset.h"

#define TS_EPS 1e-6
/* glink of a link glyph in a document without structure elements */
#define TS_NO_ELEM (-2)

/* Paragraph settings. */
struct ts_pset {
    enum lay_role role;
    const char *rname;     /* role name for pg_line */
    int justify, hyphenate;
    double width0, width;  /* first line's measure and the others' */
    double x0, x;          /* first line's start and the others' */
    int block, src_line;
    int keep_last_words;   /* ragged titles and headings: never leave the
                              last word alone on the last line */
    int elem;              /* the structure element its runs belong to
                              (pages.h; PG_ARTIFACT, PG_PAGINATION) */
};

/* ---- shape.c: fonts and shaping ----------------------------------------- */

struct ts_shape_entry;  /* one cached shaping (shape.c) */
struct ts_font_cache;   /* one font's advances and coverage (shape.c) */
struct ts_cpmap;        /* a hash map of 64-bit keys to ints (shape.c) */

struct ts_fonts {
    struct fontset *fs;        /* the caller's; fonts are loaded into it */
    const struct layout *lay;
    const char *source;        /* input name for messages, or NULL */
    /* The face of each role x (italic|bold): -2 until first asked for,
     * then an index into fs, or -1 when it failed to load (the message is
     * printed and err set; it is not tried again). */
    int font[ROLE_COUNT][4];
    int err;                   /* 1 once a face failed to load */
    struct shaped sh;          /* the result of the last ts_shape_text */
    struct ts_shape_entry *scache;  /* shape cache, allocated when used */
    size_t nscache;
    struct ts_font_cache *fcache;   /* per font, indexed like fs */
    size_t nfcache;
    unsigned *hy_gid;          /* hyphen glyph per font ... */
    double *hy_w;              /* ... and its width at 1 pt; < 0 unknown */
    size_t nhy;
    struct ts_cpmap *noted;    /* code points (and fallback fonts, with the
                                  top bit set) already reported */
    struct ts_cpmap *fallback; /* (primary font, code point) -> the font
                                  ts_char_font chose, so that fontconfig is
                                  asked once per character */
};

void ts_fonts_init(struct ts_fonts *f, struct fontset *fs,
                   const struct layout *lay, const char *source);
void ts_fonts_free(struct ts_fonts *f);
/* SPAN_ITALIC / SPAN_BOLD bits of a layout's style name. */
unsigned ts_style_bits(const char *style);
/* The font of role in span style (SPAN_* bits); -1 after an error. */
int ts_role_font(struct ts_fonts *f, enum lay_role role, unsigned style);
double ts_font_scale(const struct ts_fonts *f, int font, double size);
/* The font's own advance of glyph gid in font units (cached). */
double ts_glyph_advance(struct ts_fonts *f, int font, unsigned gid);
/* The font to show cp with: primary, a fallback (reported once), or -1
 * when no font has it (reported once); line is the input line. */
int ts_char_font(struct ts_fonts *f, int primary, unsigned cp, int line);
/* Shape text[0..len) with font into f->sh, through the cache, in script
 * (hb_script_t), right to left when rtl is set (glyphs in visual order). */
void ts_shape_text(struct ts_fonts *f, int font, unsigned script, int rtl,
                   const char *text, size_t len);
/* The hyphen glyph of font (gid and width at 1 pt). */
void ts_hyphen_glyph(struct ts_fonts *f, int font, unsigned *gid, double *w);

/* ---- paragraph.c: characters, glyphs, break items, breaks --------------- */

/* One shown character of a paragraph. */
struct ts_char {
    unsigned off, len;   /* bytes in ts_para.text */
    unsigned cp;
    int font;
    int span;            /* index of its span, -1 for none */
    unsigned char space; /* interword space */
    unsigned char brk;   /* break opportunity before it (paragraph.c) */
    unsigned char level; /* bidi embedding level (bidi.c): odd is RTL */
};

/* One shaped glyph of a paragraph. */
struct ts_glyph {
    unsigned gid;
    int font;
    double adv;   /* shaped advance, kerning included, pt */
    double nat;   /* the font's own advance, pt */
    double xoff, yoff;  /* the shaper's offset (combining marks), pt */
    int ch;       /* index of its (first) character */
    double moved; /* an interword space: the kerning of the glyph before
                     it that it carries (paragraph.c), pt */
};

/* What a break item stands for (parallel to the br_item array). */
struct ts_itemref {
    int g0, g1;   /* glyphs shown (boxes, spaces) */
    int ch;       /* penalties: character the break comes before */
    int hyphen;   /* penalties: a hyphen is added when broken here */
};

/* vocab.c: the statement's lowercase words, built on first need. */
struct ts_vocab {
    char **w; size_t n, cap;   /* sorted, owned */
    int built;
};
/* 1 if w[0..len), its first letter lowercased, is a word s's blocks write
 * in lowercase letters. */
int ts_vocab_has_lower(struct ts_vocab *v, const struct statement *s,
                       const char *w, size_t len);
void ts_vocab_free(struct ts_vocab *v);

/* The paragraph being set: scratch reused for every paragraph. */
struct ts_para {
    struct ts_fonts *fonts;    /* borrowed */
    const struct layout *lay;
    const char *source;        /* input name for messages, or NULL */
    struct br_params bp;
    const struct statement *s; /* borrowed: its names are never hyphenated;
                                  may be NULL */
    struct ts_vocab vocab;     /* s's lowercase words */
    struct hy_dict *hy;        /* opened on first use unless given */
    int hy_tried, hy_own;
    struct buf text;           /* the cleaned text */
    struct ts_char *ch; size_t nch, capch;
    struct ts_glyph *g; size_t ng, capg;
    struct br_item *it; size_t nit, capit;
    struct ts_itemref *ti; size_t capti;
    int *cfirst; size_t capcf;   /* first glyph of each character */
    char *hp; size_t caphp;      /* hyphenation points of a word */
    int bidi;                    /* 1: some character is right to left */
    double expand;               /* font expansion of this paragraph's
                                    lines (a fraction; 0: none) */
    size_t wide_word;            /* 1 + start of the last word reported as
                                    too wide, 0 for none */
};

void ts_para_init(struct ts_para *p, struct ts_fonts *fonts,
                  const struct layout *lay, const char *source,
                  struct hy_dict *hy);
void ts_para_free(struct ts_para *p);
/* Prepare the paragraph of spans: characters, glyphs, items; with
 * hyphenation points when hyph is set.  Returns 0, or -1 when a font
 * cannot be loaded. */
int ts_para_prepare(struct ts_para *p, const struct ts_pset *ps,
                    const struct span *sp, size_t nsp, int hyph);
/* Prepare and break the paragraph into res (the caller frees it with
 * br_result_free).  Returns 1, 0 when the paragraph shows nothing (res
 * untouched), or -1 when a font cannot be loaded. */
int ts_para_break(struct ts_para *p, const struct ts_pset *ps,
                  const struct span *sp, size_t nsp, int first_fit,
                  struct br_result *res);
/* Total advance of glyphs [g0, g1). */
double ts_glyph_width(const struct ts_para *p, int g0, int g1);

/* ---- bidi.c: right-to-left text ----------------------------------------- */

/* The embedding level of each of p->ch (UAX #9, the paragraph's direction
 * from its first strong character) and p->bidi. */
void ts_bidi_levels(struct ts_para *p);
/* Reorder the m glyphs of a line, given in logical order with their levels
 * lv, into visual order (UAX #9 L2), moving adv and off along. */
void ts_bidi_reorder(int *gidx, double *adv, double *off, unsigned char *lv,
                     size_t m);

/* ---- lines.c: a broken line into a box ---------------------------------- */

struct ts_lines {
    struct ts_para *para;          /* borrowed: the paragraph the lines are of */
    const struct statement *s;     /* borrowed: the blocks' links */
    struct pg_glyph *pg; size_t cappg;  /* scratch for one run */
    double *gx; size_t capgx;      /* target x of each glyph shown */
    int *gidx; size_t capgidx;     /* its glyph, -1 for an added hyphen */
    double *gadv; size_t capgadv;  /* each glyph's advance on the line, */
    double *goff; size_t capgoff;  /* its offset (marks) ... */
    unsigned char *lv; size_t caplv;    /* ... and bidi level */
    int *glink; size_t capglink;   /* its PG_LINK element, or -1 */
    struct doc *doc;               /* borrowed: where link elements go
                                      (NULL: links get none) */
};

void ts_lines_free(struct ts_lines *l);
/* From a line box's top to its baseline. */
double ts_baseline_offset(const struct lay_font *lf);
/* Set the line of items [st, en) broken at en, starting at x on baseline y
 * of box, measure w: adds runs, links and a pg_line. */
void ts_emit_line(struct ts_lines *l, const struct ts_pset *ps, size_t st,
                  size_t en, int last, double x, double y, double w,
                  struct page *box);

/* ---- vlist.c: the vertical list ----------------------------------------- */

enum ts_vkind { TS_V_BOX, TS_V_SPACE };

/* An entry of the vertical list. */
struct ts_vitem {
    enum ts_vkind kind;
    double height;
    int brk_ok;        /* a page break may come before this item */
    int row;           /* table: 1 a row (the header is repeated above it
                          on a new page), 2 the header itself */
    size_t part;       /* table rows: the participant's index */
    int anchor;        /* anchor slot (TS_ANCHOR_*) set at its top, or -1 */
    size_t heading;    /* 1 + the heading block whose first line this is
                          (a bookmark under "Statement"), or 0 */
    int sig;           /* 1: a line of the visible signature block */
    struct page box;   /* content, relative to (measure left, top) */
};

struct ts_vlist {
    struct ts_vitem *v; size_t nv, capv;
    int keep_next;         /* the next box stays with the one before */
    int statement_marked;  /* the "Statement" anchor has its item */
};

struct ts_ctx;

void ts_vlist_free(struct ts_vlist *vl);
/* Append an entry; returns it. */
struct ts_vitem *ts_vadd(struct ts_vlist *vl, enum ts_vkind kind, double h,
                         int brk_ok);
/* A paragraph of plain text in role on the full measure, ragged, as boxes
 * of the vertical list.  Returns the line count, or -1 (font error). */
int ts_set_plain(struct ts_ctx *c, enum lay_role role, const char *text,
                 int block, int line, int elem);
/* The setter the table measures and sets its cells with. */
struct tbl_setter ts_cell_setter(struct ts_ctx *c);
/* Give the runs of row (0 the header, i + 1 participant i) of table t,
 * set into box, their cells' elements; with continued set, the delegation
 * shown again on a new page is a pagination artifact. */
void ts_tag_row(struct ts_ctx *c, const struct tbl *t, struct page *box,
                size_t row, int continued);
/* Front matter, the statement's blocks and the participant table t into
 * the vertical list, with their structure elements in c->doc.  Returns 0,
 * or -1 when a font cannot be loaded. */
int ts_build_vlist(struct ts_ctx *c, struct tbl *t);

/* ---- paginate.c: pages, footers, anchors -------------------------------- */

enum { TS_ANCHOR_TOP, TS_ANCHOR_STATEMENT, TS_ANCHOR_PARTS, TS_ANCHORS };

/* Where a heading landed. */
struct ts_head_anchor {
    size_t block, page;
    double y;
};

/* Where the anchored items landed. */
struct ts_anchors {
    int have[TS_ANCHORS];
    size_t page[TS_ANCHORS];
    double y[TS_ANCHORS];
    struct ts_head_anchor *head;  /* the headings, in order (owned) */
    size_t nhead, caphead;
};

/* Break the vertical list into pages of d and place it (t: the table whose
 * header is repeated). */
void ts_paginate(struct ts_ctx *c, struct tbl *t, struct doc *d);
/* "Page N of M" and the copy line on every page.  Returns 0 or -1. */
int ts_footers(struct ts_ctx *c, struct doc *d);
/* The document's bookmarks. */
void ts_add_anchors(const struct ts_ctx *c, struct doc *d);

/* ---- typeset.c: the top-level context ----------------------------------- */

struct ts_ctx {
    const struct statement *s;
    const struct layout *lay;
    const struct ts_options *opt;  /* may be NULL */
    const char *source;            /* opt's input name, or NULL */
    double measure;                /* text width, pt */
    struct ts_fonts fonts;
    struct ts_para para;
    struct ts_lines lines;
    struct ts_vlist vl;
    struct ts_anchors anchors;
    struct pg_sigbox sigbox;       /* where the signature block went */
    struct doc *doc;               /* the output: its structure elements */
    int *cells;                    /* the table's cell elements, 3 per row,
                                      the header's first (-1: spanned) */
    int *rows;                     /* the TR of each row, the header's first */
};

#endif
