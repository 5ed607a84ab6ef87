/* statement.h -- the statement model: what recognition (scraped text) and the
 * source parser (Markdown+YAML) build, and what typesetting and export read.
 *
 * Ownership: a struct statement owns every string and array it points to;
 * stmt_free releases them all.  Strings are UTF-8; a NULL string means
 * "not known" (export prints it as null, typesetting leaves it out).
 */
#ifndef IMPRINT_STATEMENT_H
#define IMPRINT_STATEMENT_H

#include <stddef.h>

enum block_kind {
    BLK_PARAGRAPH,
    BLK_HEADING,    /* level 1.. in `level` */
    BLK_LIST_ITEM,  /* nesting depth 1.. in `level`, marker in `marker` */
    BLK_QUOTE       /* block quote paragraph, depth in `level` */
};

enum span_style { SPAN_PLAIN = 0, SPAN_ITALIC = 1, SPAN_BOLD = 2 };

/* A run of inline text in one style, optionally a link. */
struct span {
    char *text;
    unsigned style;  /* SPAN_ITALIC | SPAN_BOLD */
    char *link;      /* URL, or NULL */
};

struct block {
    enum block_kind kind;
    int level;
    char *marker;   /* list items: "•", "1.", "a." as written; else NULL */
    struct span *spans;
    size_t nspans;
    int line;       /* first input line of the block, for messages */
};

struct participant {
    char *delegation;  /* country or side, e.g. "United States" */
    char *title;       /* e.g. "Secretary of State" */
    char *name;        /* e.g. "Rex Tillerson" */
};

/* An input line recognition left out of the header and the body (site
 * furniture, a repost's preface), kept so that no word is silently lost. */
struct dropped_line {
    int line;    /* 1-based input line */
    char *text;  /* the line as normalised */
    char *why;   /* a short reason: "web banner", "site menu" ... */
};

struct statement {
    char *title;        /* full title */
    char *short_title;
    char *kind;         /* "Media Note", "Press Statement", "Readout" ... */
    char *office;       /* "Office of the Spokesperson" */
    char *agency;       /* "U.S. Department of State"; NULL = layout's */
    char *place;        /* "Washington, DC" */
    char *date;         /* ISO 8601 YYYY-MM-DD */
    char *preface;      /* attribution or preface lines before the body, as
                           written, one per line ("The following is
                           attributable to ...:", "Begin text:"); or NULL */
    char *closing;      /* the marker closing the text ("End text."), as
                           written, printed after the body; or NULL */
    char *language;     /* BCP 47, default "en-US" */
    char *url;          /* the statement's address on the web, when the
                           source gives it (a page's canonical link or
                           og:url, a feed item's link, Markdown's url:);
                           or NULL */
    char *layout;       /* layout named by the source, or NULL */
    char **keywords;    /* extra keywords given by the source */
    size_t nkeywords;
    struct block *blocks;
    size_t nblocks;
    struct participant *parts;
    size_t nparts;
    struct dropped_line *dropped;  /* scraped text only; in input order */
    size_t ndropped;
    /* The proper names the statement names, one word each ("Tillerson",
     * "Mexico", "Mexican"): the participants' names and delegations and the
     * countries, demonyms and other country names its text mentions, as
     * recognition found them (rec_names).  Typesetting never hyphenates
     * them.  Not printed by export: it is derived from the rest. */
    char **names;
    size_t nnames;
};

/* Limits the front ends enforce (bounded work on hostile input): list and
 * quote nesting deeper than STMT_MAX_NESTING is set at that depth, with a
 * warning; at most STMT_MAX_PARTICIPANTS participants are kept. */
#define STMT_MAX_NESTING 10
#define STMT_MAX_PARTICIPANTS 500

void stmt_init(struct statement *s);
void stmt_free(struct statement *s);

/* Append a block with one plain span (text copied); returns it. */
struct block *stmt_add_block(struct statement *s, enum block_kind kind,
                             int level, const char *marker, const char *text,
                             int line);
/* Append a span to block b (text and link copied). */
void stmt_add_span(struct block *b, const char *text, unsigned style,
                   const char *link);
/* Append a participant (strings copied). */
void stmt_add_participant(struct statement *s, const char *delegation,
                          const char *title, const char *name);
/* Append a dropped line (text and why copied). */
void stmt_add_dropped(struct statement *s, int line, const char *text,
                      const char *why);
/* Add the name word w[0..len) unless it is there already (copied). */
void stmt_add_name(struct statement *s, const char *w, size_t len);
/* 1 if w[0..len) is one of s's names (exact match). */
int stmt_has_name(const struct statement *s, const char *w, size_t len);
/* The whole text of a block, spans concatenated; caller frees. */
char *stmt_block_text(const struct block *b);

/* Longest metadata string (UTF-8 bytes) a PDF keeps: as UTF-16 it stays
 * under PDF/A's and libharu's 65,535-byte string limit. */
#define STMT_META_MAX 32000
/* Bytes of s to keep to cut it to at most max bytes on a character
 * boundary (strlen(s) when it is shorter). */
size_t stmt_text_cut(const char *s, size_t max);
/* Make the metadata string *p (owned, may be NULL) one that Info and XMP
 * hold alike: tab, CR and LF become spaces and other control characters
 * (C0, DEL, C1, U+FFFE, U+FFFF) are left out, with a warning naming what;
 * then a string longer than STMT_META_MAX bytes is cut to that length,
 * ellipsis included, with a warning.  Done once, before both writers. */
void stmt_meta_text(char **p, const char *what);
/* 1 if tag is a well-formed BCP 47 (RFC 5646) language tag:
 * language[-extlang][-script][-region][-variant]*[-extension]*[-privateuse],
 * a private-use tag (x-...) or an irregular grandfathered tag. */
int stmt_lang_ok(const char *tag);

/* "February 23, 2017" for an ISO date, in English; caller frees; NULL if
 * the date is NULL or malformed. */
char *stmt_date_long(const char *iso);

#endif
