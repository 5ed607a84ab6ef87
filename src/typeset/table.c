/* table.c -- the participant table: column widths from the cells' natural
 * widths (shrunk in proportion to what each column can give when the table
 * is wider than the measure), rows grouped by delegation, and one box per
 * row with its rules, ready for the page breaker, which asks for a row again
 * with its delegation shown when the row opens a page. */
#include "typeset/table.h"

#include <stdlib.h>
#include <string.h>

#include "base/util.h"

#define NCOLS 3

static const char *const head_text[NCOLS] = {"Delegation", "Title", "Name"};

void tbl_box_free(struct page *p)
{
    page_free(p);
    memset(p, 0, sizeof *p);
}

void tbl_free(struct tbl *t)
{
    tbl_box_free(&t->head.box);
    for (size_t i = 0; i < t->nrows; i++)
        tbl_box_free(&t->rows[i].box);
    free(t->rows);
    memset(t, 0, sizeof *t);
}

/* The text of cell col of participant i as shown: the delegation only on
 * the first row of its group. */
static const char *cell_text(const struct statement *s, size_t i, int col)
{
    const struct participant *p = &s->parts[i];
    const char *t = col == 0 ? p->delegation : col == 1 ? p->title : p->name;
    if (col == 0 && i > 0 && t && s->parts[i - 1].delegation &&
        strcmp(t, s->parts[i - 1].delegation) == 0)
        return "";
    return t ? t : "";
}

/* Column widths: natural widths when they fit, else each column gives up
 * room in proportion to its slack above its widest unbreakable piece. */
static void column_widths(const double *nat, const double *min, double measure,
                          double *w)
{
    double sum = 0, summin = 0;
    for (int c = 0; c < NCOLS; c++) {
        sum += nat[c];
        summin += min[c];
    }
    if (sum <= measure) {
        memcpy(w, nat, NCOLS * sizeof *w);
        return;
    }
    if (summin >= measure) {
        /* Even the longest words do not fit: shrink them all alike (cells
         * then break words, with a warning). */
        for (int c = 0; c < NCOLS; c++)
            w[c] = min[c] * measure / summin;
        return;
    }
    double excess = sum - measure, slack = sum - summin;
    for (int c = 0; c < NCOLS; c++)
        w[c] = nat[c] - excess * (nat[c] - min[c]) / slack;
}

/* Set the three cells of one row into r; returns the row height. */
static void set_row(const struct tbl_setter *set, const struct tbl *t,
                    enum lay_role role, const char *const *text, double pad,
                    double leading, struct tbl_row *r)
{
    double x = 0, h = leading;
    for (int c = 0; c < NCOLS; c++) {
        if (text[c][0]) {
            double ch = set->set(set->ctx, role, text[c], x + pad, -pad,
                                 t->colw[c] - 2 * pad, &r->box);
            if (ch > h)
                h = ch;
        }
        x += t->colw[c];
    }
    r->height = h + 2 * pad;
}

void tbl_build(const struct statement *s, const struct layout *lay,
               double measure, const struct tbl_setter *set, struct tbl *out)
{
    memset(out, 0, sizeof *out);
    double pad = lay->table_padding;
    double nat[NCOLS], min[NCOLS];
    for (int c = 0; c < NCOLS; c++) {
        double m;
        nat[c] = set->measure(set->ctx, ROLE_TABLE_HEAD, head_text[c], &m);
        min[c] = m;
    }
    for (size_t i = 0; i < s->nparts; i++)
        for (int c = 0; c < NCOLS; c++) {
            double m, n = set->measure(set->ctx, ROLE_TABLE, cell_text(s, i, c), &m);
            if (n > nat[c])
                nat[c] = n;
            if (m > min[c])
                min[c] = m;
        }
    for (int c = 0; c < NCOLS; c++) {
        nat[c] += 2 * pad;
        min[c] += 2 * pad;
    }
    column_widths(nat, min, measure, out->colw);
    out->width = out->colw[0] + out->colw[1] + out->colw[2];

    double rw = lay->table_rule_width;
    set_row(set, out, ROLE_TABLE_HEAD, head_text, pad,
            lay->font[ROLE_TABLE_HEAD].leading, &out->head);
    page_add_rule(&out->head.box, 0, 0, out->width, 0, rw, lay->color_rule);
    page_add_rule(&out->head.box, 0, -out->head.height, out->width,
                  -out->head.height, rw, lay->color_rule);

    out->rows = xcalloc(s->nparts ? s->nparts : 1, sizeof *out->rows);
    out->nrows = s->nparts;
    for (size_t i = 0; i < s->nparts; i++) {
        const char *text[NCOLS];
        for (int c = 0; c < NCOLS; c++)
            text[c] = cell_text(s, i, c);
        set_row(set, out, ROLE_TABLE, text, pad, lay->font[ROLE_TABLE].leading,
                &out->rows[i]);
    }
    if (s->nparts) {
        struct tbl_row *last = &out->rows[s->nparts - 1];
        page_add_rule(&last->box, 0, -last->height, out->width, -last->height,
                      rw, lay->color_rule);
    }
}

int tbl_row_continued(const struct statement *s, const struct layout *lay,
                      const struct tbl_setter *set, const struct tbl *t,
                      size_t i, struct tbl_row *out)
{
    memset(out, 0, sizeof *out);
    if (i >= s->nparts || cell_text(s, i, 0)[0] || !s->parts[i].delegation ||
        !s->parts[i].delegation[0])
        return 0;
    const char *text[NCOLS] = {s->parts[i].delegation, cell_text(s, i, 1),
                               cell_text(s, i, 2)};
    set_row(set, t, ROLE_TABLE, text, lay->table_padding,
            lay->font[ROLE_TABLE].leading, out);
    if (i + 1 == s->nparts)
        page_add_rule(&out->box, 0, -out->height, t->width, -out->height,
                      lay->table_rule_width, lay->color_rule);
    return 1;
}
