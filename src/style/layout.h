/* layout.h -- layout definitions read from YAML files in layouts/ (or a
 * user's own file): page size, margins, type for each role, letterhead,
 * colours, table style, footer.  All lengths are in PostScript points
 * (1/72 in); files may write pt, mm, cm or in.
 *
 * Ownership: struct layout owns its strings; layout_free releases them.
 */
#ifndef IMPRINT_LAYOUT_H
#define IMPRINT_LAYOUT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "base/exit.h"

enum lay_role {
    ROLE_AGENCY,      /* letterhead: agency name */
    ROLE_OFFICE,      /* letterhead: office */
    ROLE_KIND,        /* letterhead: kind of statement */
    ROLE_DATELINE,    /* "Washington, DC — February 23, 2017" */
    ROLE_TITLE,       /* full title */
    ROLE_BODY,        /* paragraphs and list items */
    ROLE_HEADING,     /* headings inside the body, and the table caption */
    ROLE_TABLE_HEAD,  /* participant table header row */
    ROLE_TABLE,       /* participant table cells */
    ROLE_FOOTER,      /* page footer */
    ROLE_COUNT
};

struct lay_font {
    char *family;    /* fontconfig family, e.g. "Liberation Serif" */
    char *style;     /* "Regular", "Bold", "Italic", "Bold Italic" */
    double size;     /* pt */
    double leading;  /* baseline to baseline, pt */
    int line, col;   /* where the layout file last set this role's family,
                        style, size or leading; 0 when all are defaults */
};

/* Margin kerning: how far characters hang into one margin, each as a
 * fraction of its glyph's advance (microtype's thousandths / 1000). */
#define LAY_MAX_PROTRUDE 48
struct lay_protrude {
    size_t n;
    unsigned cp[LAY_MAX_PROTRUDE];
    double amount[LAY_MAX_PROTRUDE];
};

/* Font expansion of justified lines: at most this fraction either way. */
#define LAY_EXPANSION 0.02

struct layout {
    char *name;          /* e.g. "letter" */
    char *description;   /* one line, for --list-layouts */
    char *path;          /* file it was read from */
    double page_width, page_height;
    double margin_top, margin_bottom, margin_inner, margin_outer;
    int duplex;          /* 1: mirror inner/outer on even pages */
    int tagged;          /* 1 (default): a tagged PDF (structure tree) */
    int pdfua;           /* 1 (default): PDF/UA-1 identification */
    struct lay_font font[ROLE_COUNT];
    char *agency;        /* letterhead agency text */
    uint32_t color_text;       /* 0xRRGGBB */
    uint32_t color_letterhead;
    uint32_t color_rule;
    uint32_t color_link;       /* the text of links */
    int link_underline;        /* 1: links are underlined */
    double rule_width;         /* letterhead rule, pt */
    double space_after_letterhead;
    double space_after_title;
    double paragraph_space;    /* between paragraphs */
    double paragraph_indent;   /* first-line indent */
    double list_indent;        /* per nesting level */
    int hyphenate;             /* 1: hyphenate body text */
    int protrusion;            /* 1: margin kerning of justified lines */
    int expansion;             /* 1: font expansion of justified lines */
    struct lay_protrude protrude_left, protrude_right;
    double table_rule_width;
    double table_padding;      /* cell padding, pt */
    double table_space_before;
    char *table_caption;       /* e.g. "Participants" */
    int footer;                /* 1: "Page N of M" and copy line */
    double footer_offset;      /* baseline of footer above page bottom */
    char *pdfa;                /* default PDF/A level: "1b", "2b", "2u", "none" */
    char *sign_key;            /* sign: PEM key, certificate and chain to */
    char *sign_cert;           /* sign every PDF with (paths as written; */
    char *sign_chain;          /* relative ones are the layout file's), or NULL */
    int sign_visible;          /* 1: a visible signature block after the text */
};

/* Load a layout: name_or_file is a file path if it contains '/' or ends in
 * ".yaml", else a name looked up as DATADIR/layouts/NAME.yaml.  Returns
 * EXIT_OK, or EXIT_ENV after printing the error (missing file, YAML error,
 * unknown key, bad value: all with file:line:column). */
int layout_load(const char *name_or_file, const char *datadir,
                struct layout *out);
/* The same checks on a layout file's bytes already in memory (name is used
 * in messages and as the layout's path and default name): for tests and
 * fuzzing.  Returns EXIT_OK, or EXIT_ENV after printing the error. */
int layout_load_bytes(const char *name, const char *bytes, size_t n,
                      struct layout *out);
void layout_free(struct layout *l);
/* The fraction of its advance cp may hang into the margin of set s, 0 if
 * it is not in the set. */
double layout_protrude(const struct lay_protrude *s, unsigned cp);

/* Print "NAME  DESCRIPTION" for each layout in DATADIR/layouts; returns the
 * count listed, or -1 after an error when the folder cannot be read. */
int layout_list(const char *datadir, FILE *out);

/* Fill l with the defaults (the letter layout's values, name NULL); free it
 * with layout_free. */
void layout_default(struct layout *l);

/* 0 when role's leading is at least height (the ascender plus the
 * descender of its font at its size, pt); otherwise -1 after an error at
 * the layout file's place where the role's font was set. */
int layout_check_leading(const struct layout *l, enum lay_role role,
                         double height);

/* The i-th key (dotted path, e.g. "margins.top") layout files may use, or
 * NULL past the last: the loader's own table, for tests and documentation. */
const char *layout_key(size_t i);

#endif
