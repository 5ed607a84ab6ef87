/* dump.h -- text renderings of a typeset document: the pages as positioned
 * lines and items (--dump-pages, stable enough for golden files) and the
 * line-breaking quality figures (--stats).  Both only read the document.
 */
#ifndef IMPRINT_DUMP_H
#define IMPRINT_DUMP_H

#include <stdio.h>

#include "model/pages.h"

/* The text rendering of the pages (--dump-pages). */
void dump_pages(const struct doc *d, FILE *out);

/* Quality figures of the line breaking (--stats): lines per paragraph, mean
 * and worst adjustment ratio of non-final justified lines, hyphenated lines,
 * the longest run of consecutive hyphenated lines, overfull lines. */
void dump_stats(const struct doc *d, FILE *out);

#endif
