/* typeset.c -- the typeset stage's entry: sets up the parts of the pipeline
 * (ts_internal.h) for one statement and runs them in order: the roles'
 * fonts, the vertical list (front matter, blocks, table), pagination,
 * footers and anchors. */
#include "typeset/typeset.h"

#include <stdlib.h>
#include <string.h>

#include "base/exit.h"
#include "typeset/ts_internal.h"

/* Set up c for one statement; hy may be NULL (opened when first needed). */
static void ctx_init(struct ts_ctx *c, const struct statement *s,
                     const struct layout *lay, struct fontset *fs,
                     const struct ts_options *opt, struct hy_dict *hy)
{
    memset(c, 0, sizeof *c);
    c->s = s;
    c->lay = lay;
    c->opt = opt;
    c->source = opt ? opt->source_name : NULL;
    c->measure = lay->page_width - lay->margin_inner - lay->margin_outer;
    ts_fonts_init(&c->fonts, fs, lay, c->source);
    ts_para_init(&c->para, &c->fonts, lay, c->source, hy);
    c->para.s = s;
    c->lines.para = &c->para;
    c->lines.s = s;
}

static void ctx_free(struct ts_ctx *c)
{
    ts_vlist_free(&c->vl);
    free(c->cells);
    free(c->rows);
    free(c->anchors.head);
    ts_lines_free(&c->lines);
    ts_para_free(&c->para);
    ts_fonts_free(&c->fonts);
}

int ts_typeset(const struct statement *s, const struct layout *lay,
               struct fontset *fs, const struct ts_options *opt,
               struct doc *out)
{
    return ts_typeset_hy(s, lay, fs, opt, NULL, out);
}

/* Refuse a role's leading below its face's height: its lines would overlap. */
static int check_leading(const struct ts_ctx *c, enum lay_role r, int font)
{
    const struct font *f = &c->fonts.fs->fonts[font];
    double h = (f->ascender - f->descender) * c->lay->font[r].size / f->upem;
    return layout_check_leading(c->lay, r, h);
}

int ts_typeset_hy(const struct statement *s, const struct layout *lay,
                  struct fontset *fs, const struct ts_options *opt,
                  struct hy_dict *hy, struct doc *out)
{
    struct ts_ctx c;
    ctx_init(&c, s, lay, fs, opt, hy);
    doc_init(out);
    c.doc = out;
    c.lines.doc = out;
    struct tbl t;
    memset(&t, 0, sizeof t);
    int rc = EXIT_OK;
    /* every role's face, so that each one missing is reported */
    for (int r = 0; r < ROLE_COUNT; r++) {
        int font = ts_role_font(&c.fonts, (enum lay_role)r, 0);
        if (font < 0 || check_leading(&c, (enum lay_role)r, font) < 0)
            rc = EXIT_ENV;
    }
    if (rc == EXIT_OK && ts_build_vlist(&c, &t) < 0)
        rc = EXIT_ENV;
    if (rc == EXIT_OK) {
        ts_paginate(&c, &t, out);
        if (ts_footers(&c, out) < 0)
            rc = EXIT_ENV;
    }
    if (rc == EXIT_OK)
        ts_add_anchors(&c, out);
    tbl_free(&t);
    ctx_free(&c);
    if (rc != EXIT_OK)
        doc_free(out);
    return rc;
}
