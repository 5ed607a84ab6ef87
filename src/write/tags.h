/* tags.h -- the tagged PDF's logical structure (ISO 32000-1 14.7 and 14.8,
 * PDF/UA-1): the structure tree built from the structure elements
 * typesetting recorded (model/pages.h), the marked-content operators that
 * tie each element's runs in the content streams to it, the parent tree,
 * and the catalog's /MarkInfo, /StructTreeRoot and /ViewerPreferences.
 *
 * Use: tags_new; for each page in order tags_page, then tags_mark before
 * each run (and before the page's rules, with PG_ARTIFACT), tags_close at
 * the end of its content, tags_annot for each of its link annotations;
 * then tags_finish once, and tags_free.  Every function does nothing when t
 * is NULL (an untagged file).
 *
 * Ownership: struct tags is the caller's (tags_free); it borrows the
 * document d and the HPDF_Doc.  The PDF objects it creates belong to the
 * HPDF_Doc.
 */
#ifndef IMPRINT_TAGS_H
#define IMPRINT_TAGS_H

#include <stddef.h>
#include <hpdf.h>

#include "base/util.h"
#include "model/pages.h"

struct tags;

struct tags *tags_new(HPDF_Doc pdf, const struct doc *d);
void tags_free(struct tags *t);
/* Page pi (the HPDF page written for d->pages[pi]) starts. */
HPDF_STATUS tags_page(struct tags *t, size_t pi, HPDF_Page page);
/* Append to b what content of elem (an element, PG_ARTIFACT or
 * PG_PAGINATION) needs before it: the end of the sequence open, unless it
 * is elem's, and a new one (BDC with a new MCID, or an artifact). */
void tags_mark(struct tags *t, struct buf *b, int elem);
/* End the sequence open on the page, if any. */
void tags_close(struct tags *t, struct buf *b);
/* Link annotation a on the current page belongs to element elem. */
HPDF_STATUS tags_annot(struct tags *t, HPDF_Annotation a, int elem);
/* The same for annotation a on page pi, after the pages are written (the
 * signature field's widget). */
HPDF_STATUS tags_annot_on(struct tags *t, HPDF_Annotation a, int elem, size_t pi);
/* The structure tree and the catalog's entries. */
HPDF_STATUS tags_finish(struct tags *t);

#endif
