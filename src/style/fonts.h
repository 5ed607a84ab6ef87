/* fonts.h -- finding fonts with fontconfig (bundled fonts/ first), loading
 * them into HarfBuzz, shaping text with kerning, and font metrics.
 *
 * A fontset owns every font it loaded; fonts are addressed by index, which
 * stays valid until fonts_free.  Loading the same file twice returns the
 * same index.  Shaping does not change a fontset, so several threads may
 * shape with one fontset once loading is done.
 */
#ifndef IMPRINT_FONTS_H
#define IMPRINT_FONTS_H

#include <stddef.h>
#include <hb.h>

#include "base/exit.h"

struct fq_conf;  /* style/fontquery.h */

struct font {
    char *family;     /* family as the font names it */
    char *style;      /* style as the font names it */
    char *path;       /* file */
    int index;        /* face index in the file */
    hb_blob_t *blob;
    hb_face_t *face;
    hb_font_t *hb;    /* scale = upem, so positions are in font units */
    unsigned upem;
    /* Metrics in font units, for layout and the PDF font descriptor. */
    int ascender, descender, line_gap, cap_height, x_height;
    int bbox[4];      /* xMin yMin xMax yMax (head table) */
    double italic_angle;
    int fixed_pitch, serif, bold, italic;
};

struct fontset {
    struct font *fonts;
    size_t n, cap;
    const struct fq_conf *fc;   /* the bundled fonts only (fonts/fonts.conf) */
    const struct fq_conf *sys;  /* the system's fonts, set on first need */
    char **failed;  /* "family\nstyle" of each face not found (reported) */
    size_t nfailed;
};

/* Glyphs of a shaped piece of text, in font units. */
struct shaped {
    unsigned *gid;
    int *x_advance;
    int *x_offset, *y_offset;
    unsigned *cluster;  /* byte offset into the shaped text */
    size_t n, cap;
};

/* Set up a fontset on the bundled fonts of fontdir (its fonts.conf, which
 * keeps a cache; the configuration is made once per process and shared,
 * see style/fontquery.h).  The system's fonts are consulted only for a
 * family that is not bundled and for fallback.  Returns EXIT_OK, or
 * EXIT_ENV after an error message. */
int fonts_init(struct fontset *fs, const char *fontdir);
/* Free the fonts fs loaded (not the shared configurations: fq_shutdown). */
void fonts_free(struct fontset *fs);

/* Find family/style ("Regular", "Bold", "Italic", "Bold Italic") and load it.
 * Returns the font index, or -1 after an error naming the family when
 * fontconfig has no font of that family (its substitutes are refused). */
int fonts_load(struct fontset *fs, const char *family, const char *style);
/* Ask fontconfig now where family/style is, without loading it, so that a
 * later fonts_load in any fontset finds the answer remembered (for a batch
 * to ask before its workers start). */
void fonts_ask(struct fontset *fs, const char *family, const char *style);
/* Load a font file directly; returns index or -1 after an error. */
int fonts_load_file(struct fontset *fs, const char *path, int index);

/* Shape len bytes of UTF-8 with font f, kerning on, ligatures off, as
 * Latin script left to right. */
void fonts_shape(const struct fontset *fs, int f, const char *text, size_t len,
                 struct shaped *out);
/* The same in script, right to left when rtl is set: the glyphs are then
 * in visual order (their clusters descend), as HarfBuzz gives them. */
void fonts_shape_as(const struct fontset *fs, int f, const char *text,
                    size_t len, hb_script_t script, int rtl, struct shaped *out);
void shaped_init(struct shaped *s);
void shaped_free(struct shaped *s);

/* Advance width of text in points at size pt. */
double fonts_width(const struct fontset *fs, int f, const char *text,
                   size_t len, double size);

/* 1 if font f maps code point cp to a glyph. */
int fonts_has_char(const struct fontset *fs, int f, unsigned cp);
/* A font that has cp, preferring the bundled ones and a style like
 * like_font's; loads it if needed.  Returns its index or -1. */
int fonts_fallback(struct fontset *fs, int like_font, unsigned cp);

#endif
