/* table.h -- the participant table of the typeset stage: columns
 * Delegation | Title | Name, widths from content (shrunk proportionally,
 * cells wrapping, when they exceed the measure), the delegation shown only on
 * the first row of each group (and again on a row that opens a page, see
 * tbl_row_continued), a header row with rules above and below, and a rule
 * under the last row.  Each row is built as one box that the page
 * breaker (paginate.c) places whole, so rows never split.
 *
 * The table sets no text itself: it asks the typesetter through a
 * struct tbl_setter, which measures and sets a cell's text.
 *
 * Ownership: tbl_build fills a struct tbl that the caller frees with
 * tbl_free; the boxes' content may be moved out first (tbl_free frees what
 * is left).
 */
#ifndef IMPRINT_TABLE_H
#define IMPRINT_TABLE_H

#include <stddef.h>

#include "style/layout.h"
#include "model/pages.h"
#include "model/statement.h"

/* Box coordinates: x from the measure's left edge, y from the box's top
 * (0) growing upwards, so content is at negative y. */
struct tbl_setter {
    void *ctx;
    /* Natural width of text set on one line in role (pt); *minw receives
     * the widest piece that cannot be broken. */
    double (*measure)(void *ctx, enum lay_role role, const char *text,
                      double *minw);
    /* Set text ragged right in role into box, lines starting at x, the first
     * line's top at y = top, measure w.  Returns the height used. */
    double (*set)(void *ctx, enum lay_role role, const char *text, double x,
                  double top, double w, struct page *box);
};

struct tbl_row {
    struct page box;   /* content relative to (measure left, row top) */
    double height;
};

struct tbl {
    struct tbl_row head;   /* header row, rules included */
    struct tbl_row *rows;  /* one per participant, in order */
    size_t nrows;
    double colw[3];        /* column widths, padding included */
    double width;          /* table width (sum of colw) */
};

/* Build the table of s->parts for a measure of `measure` pt. */
void tbl_build(const struct statement *s, const struct layout *lay,
               double measure, const struct tbl_setter *set, struct tbl *out);
void tbl_free(struct tbl *t);

/* Row i set again with its delegation shown, for a row that opens a page in
 * the middle of its delegation's group (the closing rule included when it
 * is the last row).  Returns 1 and fills *out (the caller frees out->box
 * with tbl_box_free), or 0 when row i shows its delegation anyway. */
int tbl_row_continued(const struct statement *s, const struct layout *lay,
                      const struct tbl_setter *set, const struct tbl *t,
                      size_t i, struct tbl_row *out);

/* Free the content of a box page (runs, rules, links, lines) and zero it. */
void tbl_box_free(struct page *box);

#endif
