/* typeset.h -- the typeset stage: statement + layout + fonts into pages of
 * positioned glyph runs, rules and anchors (pages.h).  All typographic
 * decisions are made here; nothing here calls libharu.
 *
 * Ownership: *out is initialised and filled here; the caller frees it with
 * doc_free.  Fonts are loaded into fs as needed (fs stays the caller's).
 */
#ifndef IMPRINT_TYPESET_H
#define IMPRINT_TYPESET_H

#include <stdio.h>

#include "fonts.h"
#include "hyphen.h"
#include "layout.h"
#include "pages.h"
#include "statement.h"

struct ts_options {
    const char *source_name;  /* input name, for warnings */
    const char *fingerprint;  /* short input fingerprint for the footer, or NULL */
    int first_fit;            /* 1: greedy line breaking (for comparison) */
};

/* Returns 0, or 3 when a font cannot be loaded (message printed). */
int ts_typeset(const struct statement *s, const struct layout *lay,
               struct fontset *fs, const struct ts_options *opt,
               struct doc *out);

/* The same with hyphenation patterns the caller opened once (hy_open) and
 * keeps for many documents; hy NULL: opened and closed for this call, which
 * costs a few milliseconds.  hy stays the caller's. */
int ts_typeset_hy(const struct statement *s, const struct layout *lay,
                  struct fontset *fs, const struct ts_options *opt,
                  struct hy_dict *hy, struct doc *out);

/* The text rendering of the pages (--dump-pages). */
void ts_dump_pages(const struct doc *d, FILE *out);

/* Quality figures of the line breaking (--stats): lines per paragraph, mean
 * and worst adjustment ratio of non-final justified lines, hyphenated lines,
 * the longest run of consecutive hyphenated lines, overfull lines. */
void ts_dump_stats(const struct doc *d, FILE *out);

#endif
