/* runbox.h -- for unit tests: where a typeset run ends on the page, and how
 * far margin kerning and the breaker's last resort let it hang past the
 * measure, and the fixture of the typesetting tests.  Include after the
 * style and model headers. */
#ifndef IMPRINT_TEST_RUNBOX_H
#define IMPRINT_TEST_RUNBOX_H

#include <string.h>

#include "base/util.h"
#include "model/pages.h"
#include "style/fonts.h"
#include "style/layout.h"

/* Width of run r as the PDF draws it: the font's advances plus TJ, at the
 * run's horizontal scale (Tz scales both). */
static inline double runbox_width(const struct fontset *fs, const struct pg_run *r)
{
    const struct font *f = &fs->fonts[r->font];
    double w = 0;
    for (size_t i = 0; i < r->nglyphs; i++) {
        w -= r->glyphs[i].adjust * r->size / 1000.0;
        w += hb_font_get_glyph_h_advance(f->hb, r->glyphs[i].gid) * r->size / f->upem;
    }
    return w * r->hscale / 100;
}

/* How far r may hang into the left margin: its first character's margin
 * kerning. */
static inline double runbox_hang_left(const struct layout *lay, const struct pg_run *r)
{
    unsigned cp = 0;
    utf8_decode(r->text, strlen(r->text), &cp);
    return layout_protrude(&lay->protrude_left, cp) * r->size;
}

/* How far r may hang into the right margin: its last character's margin
 * kerning, plus the overhang the breaker allows as a last resort (0.5 pt). */
static inline double runbox_hang_right(const struct layout *lay, const struct pg_run *r)
{
    size_t n = strlen(r->text), a = n;
    while (a > 0 && ((unsigned char)r->text[a - 1] & 0xC0) == 0x80)
        a--;
    unsigned cp = 0;
    if (a > 0)
        utf8_decode(r->text + a - 1, n - a + 1, &cp);
    return layout_protrude(&lay->protrude_right, cp) * r->size + 0.51;
}

/* The fixture both typesetting test files use: the default layout and the
 * bundled fonts; runbox_done frees them.  Returns fonts_init's status. */
static inline int runbox_fixture(struct layout *lay, struct fontset *fs)
{
    layout_default(lay);
    return fonts_init(fs, "fonts");
}

static inline void runbox_done(struct layout *lay, struct fontset *fs)
{
    layout_free(lay);
    fonts_free(fs);
}

#endif
