/* fonts.c -- a fontset: fonts found through fontquery (bundled fonts
 * first) loaded into HarfBuzz, shaping with kerning, and the metrics the
 * layout and PDF need. */
#include "style/fonts.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include <hb-ot.h>

#include "base/diag.h"
#include "base/util.h"
#include "style/fontdir.h"
#include "style/fontquery.h"
#include "style/hbmem.h"

int fonts_init(struct fontset *fs, const char *fontdir)
{
    memset(fs, 0, sizeof *fs);
    struct buf conf;
    buf_init(&conf);
    /* fontconfig reads a relative file name against its own folder. */
    char *abs = realpath(fontdir, NULL), *where;
    int bad = fontdir_check(abs ? abs : fontdir, &where);
    if (bad) {
        if (bad == 1)
            diag(F_DIR_LOOP, where, 0, 0);
        else
            diag(F_DIR_DEEP, where, 0, 0, FONTDIR_MAX_DEPTH);
        free(where);
        free(abs);
        return EXIT_ENV;
    }
    buf_printf(&conf, "%s/fonts.conf", abs ? abs : fontdir);
    free(abs);
    fs->fc = fq_bundled(conf.s);
    if (!fs->fc) {
        diag(F_INIT, conf.s, 0, 0);
        buf_free(&conf);
        return EXIT_ENV;
    }
    buf_free(&conf);
    return EXIT_OK;
}

void fonts_free(struct fontset *fs)
{
    for (size_t i = 0; i < fs->n; i++) {
        struct font *f = &fs->fonts[i];
        hb_font_destroy(f->hb);
        hb_face_destroy(f->face);
        hb_blob_destroy(f->blob);
        free(f->family);
        free(f->style);
        free(f->path);
    }
    free(fs->fonts);
    for (size_t i = 0; i < fs->nfailed; i++)
        free(fs->failed[i]);
    free(fs->failed);
    memset(fs, 0, sizeof *fs);
}

/* Fill the metrics of f from its tables. */
static void read_metrics(struct font *f)
{
    hb_position_t v;
    hb_font_extents_t ext;
    f->upem = hb_face_get_upem(f->face);
    hb_font_get_h_extents(f->hb, &ext);
    f->ascender = ext.ascender;
    f->descender = ext.descender;
    f->line_gap = ext.line_gap;
    f->cap_height = hb_ot_metrics_get_position(f->hb, HB_OT_METRICS_TAG_CAP_HEIGHT, &v)
                        ? v : (int)(0.7 * f->upem);
    f->x_height = hb_ot_metrics_get_position(f->hb, HB_OT_METRICS_TAG_X_HEIGHT, &v)
                      ? v : (int)(0.5 * f->upem);
    /* head table: xMin yMin xMax yMax at offset 36, macStyle at 44. */
    hb_blob_t *head = hbmem_table(f->face, HB_TAG('h', 'e', 'a', 'd'));
    unsigned len;
    const unsigned char *h = (const unsigned char *)hb_blob_get_data(head, &len);
    if (len >= 54) {
        for (int i = 0; i < 4; i++)
            f->bbox[i] = (int16_t)((h[36 + 2 * i] << 8) | h[37 + 2 * i]);
    } else {
        f->bbox[0] = 0;
        f->bbox[1] = f->descender;
        f->bbox[2] = (int)f->upem;
        f->bbox[3] = f->ascender;
    }
    hb_blob_destroy(head);
    /* post table: italicAngle (Fixed 16.16) at 4, isFixedPitch at 12. */
    hb_blob_t *post = hbmem_table(f->face, HB_TAG('p', 'o', 's', 't'));
    const unsigned char *p = (const unsigned char *)hb_blob_get_data(post, &len);
    if (len >= 16) {
        int32_t a = (int32_t)(((uint32_t)p[4] << 24) | ((uint32_t)p[5] << 16) |
                              ((uint32_t)p[6] << 8) | p[7]);
        f->italic_angle = a / 65536.0;
        f->fixed_pitch = ((p[12] << 24) | (p[13] << 16) | (p[14] << 8) | p[15]) != 0;
    }
    hb_blob_destroy(post);
    f->italic = f->italic_angle != 0.0 || strcasestr(f->style, "italic") ||
                strcasestr(f->style, "oblique");
    f->bold = strcasestr(f->style, "bold") != NULL;
    f->serif = strcasestr(f->family, "sans") == NULL && !f->fixed_pitch;
}

int fonts_load_file(struct fontset *fs, const char *path, int index)
{
    for (size_t i = 0; i < fs->n; i++)
        if (fs->fonts[i].index == index && strcmp(fs->fonts[i].path, path) == 0)
            return (int)i;
    hb_blob_t *blob = hbmem_blob_from_file(path);
    if (!blob) {
        diag(F_LOAD, path, 0, 0);
        return -1;
    }
    hb_face_t *face = hbmem_face(blob, (unsigned)index);
    if (hbmem_glyph_count(face) == 0) {
        diag(F_LOAD, path, 0, 0);
        hb_face_destroy(face);
        hb_blob_destroy(blob);
        return -1;
    }
    if (!hbmem_has_table(face, HB_TAG('g', 'l', 'y', 'f'))) {
        diag(F_NOT_TRUETYPE, path, 0, 0);
        hb_face_destroy(face);
        hb_blob_destroy(blob);
        return -1;
    }
    xgrow(&fs->fonts, &fs->cap, fs->n + 1, sizeof *fs->fonts);
    struct font *f = &fs->fonts[fs->n];
    memset(f, 0, sizeof *f);
    f->path = xstrdup(path);
    f->index = index;
    f->blob = blob;
    f->face = face;
    f->hb = hbmem_font(face);
    hb_font_set_scale(f->hb, (int)hb_face_get_upem(face), (int)hb_face_get_upem(face));

    /* Family and style names from the name table (ids 1/2, or 16/17). */
    char name[256];
    unsigned n = sizeof name;
    if (hb_ot_name_get_utf8(face, HB_OT_NAME_ID_TYPOGRAPHIC_FAMILY, HB_LANGUAGE_INVALID, &n, name) == 0) {
        n = sizeof name;
        if (hb_ot_name_get_utf8(face, HB_OT_NAME_ID_FONT_FAMILY, HB_LANGUAGE_INVALID, &n, name) == 0)
            snprintf(name, sizeof name, "Unknown");
    }
    f->family = xstrdup(name);
    n = sizeof name;
    if (hb_ot_name_get_utf8(face, HB_OT_NAME_ID_TYPOGRAPHIC_SUBFAMILY, HB_LANGUAGE_INVALID, &n, name) == 0) {
        n = sizeof name;
        if (hb_ot_name_get_utf8(face, HB_OT_NAME_ID_FONT_SUBFAMILY, HB_LANGUAGE_INVALID, &n, name) == 0)
            snprintf(name, sizeof name, "Regular");
    }
    f->style = xstrdup(name);
    read_metrics(f);
    return (int)fs->n++;
}

/* fontconfig weight and slant for a style name. */
/* Load the font c offers for family/style.  Returns its index, -1 when c
 * has none (what it offered in *offered, when not yet set), -2 when the
 * file cannot be loaded (message printed). */
static int match_in(struct fontset *fs, const struct fq_conf *c, const char *family,
                    const char *style, const char **offered)
{
    struct fq_answer a;
    fq_match(c, family, style, &a);
    if (!a.file) {
        if (!*offered)
            *offered = a.offered;
        return -1;
    }
    int r = fonts_load_file(fs, a.file, a.index);
    return r < 0 ? -2 : r;
}

void fonts_ask(struct fontset *fs, const char *family, const char *style)
{
    struct fq_answer a;
    fq_match(fs->fc, family, style, &a);
    if (!a.file && (fs->sys = fq_system()))
        fq_match(fs->sys, family, style, &a);
}

int fonts_load(struct fontset *fs, const char *family, const char *style)
{
    struct buf key;
    buf_init(&key);
    buf_printf(&key, "%s\n%s", family, style ? style : "Regular");
    for (size_t i = 0; i < fs->nfailed; i++)
        if (!strcmp(fs->failed[i], key.s)) {
            buf_free(&key);
            return -1;  /* reported the first time */
        }
    const char *offered = NULL;
    int r = match_in(fs, fs->fc, family, style, &offered);
    if (r == -1 && (fs->sys = fq_system())) {
        r = match_in(fs, fs->sys, family, style, &offered);
        if (r >= 0 && offered)  /* bundled family, but not this face */
            diag(F_SUBSTITUTE, NULL, 0, 0, family, style ? style : "Regular",
                 offered, fs->fonts[r].path);
    }
    if (r == -1)
        diag(F_NOT_FOUND, NULL, 0, 0, family, style ? style : "Regular", offered);
    if (r < 0) {
        fs->failed = xrealloc(fs->failed, (fs->nfailed + 1) * sizeof *fs->failed);
        fs->failed[fs->nfailed++] = key.s;
    } else {
        buf_free(&key);
    }
    return r < 0 ? -1 : r;
}

void shaped_init(struct shaped *s)
{
    memset(s, 0, sizeof *s);
}

void shaped_free(struct shaped *s)
{
    free(s->gid);
    free(s->x_advance);
    free(s->x_offset);
    free(s->y_offset);
    free(s->cluster);
    shaped_init(s);
}

void fonts_shape(const struct fontset *fs, int fi, const char *text, size_t len,
                 struct shaped *out)
{
    fonts_shape_as(fs, fi, text, len, HB_SCRIPT_LATIN, 0, out);
}

void fonts_shape_as(const struct fontset *fs, int fi, const char *text,
                    size_t len, hb_script_t script, int rtl, struct shaped *out)
{
    static const hb_feature_t features[] = {
        {HB_TAG('k', 'e', 'r', 'n'), 1, HB_FEATURE_GLOBAL_START, HB_FEATURE_GLOBAL_END},
        {HB_TAG('l', 'i', 'g', 'a'), 0, HB_FEATURE_GLOBAL_START, HB_FEATURE_GLOBAL_END},
        {HB_TAG('c', 'l', 'i', 'g'), 0, HB_FEATURE_GLOBAL_START, HB_FEATURE_GLOBAL_END},
    };
    const struct font *f = &fs->fonts[fi];
    hb_buffer_t *buf = hbmem_buffer();
    hb_buffer_add_utf8(buf, text, (int)len, 0, (int)len);
    hb_buffer_set_direction(buf, rtl ? HB_DIRECTION_RTL : HB_DIRECTION_LTR);
    hb_buffer_set_script(buf, script);
    hb_buffer_set_language(buf, hb_language_from_string("en", -1));
    hb_buffer_guess_segment_properties(buf);
    hb_shape(f->hb, buf, features, sizeof features / sizeof features[0]);
    hbmem_check_buffer(buf);
    unsigned n;
    hb_glyph_info_t *info = hb_buffer_get_glyph_infos(buf, &n);
    hb_glyph_position_t *pos = hb_buffer_get_glyph_positions(buf, &n);
    if (n > out->cap) {
        out->cap = n;
        out->gid = xrealloc(out->gid, n * sizeof *out->gid);
        out->x_advance = xrealloc(out->x_advance, n * sizeof *out->x_advance);
        out->x_offset = xrealloc(out->x_offset, n * sizeof *out->x_offset);
        out->y_offset = xrealloc(out->y_offset, n * sizeof *out->y_offset);
        out->cluster = xrealloc(out->cluster, n * sizeof *out->cluster);
    }
    for (unsigned i = 0; i < n; i++) {
        out->gid[i] = info[i].codepoint;
        out->cluster[i] = info[i].cluster;
        out->x_advance[i] = pos[i].x_advance;
        out->x_offset[i] = pos[i].x_offset;
        out->y_offset[i] = pos[i].y_offset;
    }
    out->n = n;
    hb_buffer_destroy(buf);
}

double fonts_width(const struct fontset *fs, int f, const char *text,
                   size_t len, double size)
{
    struct shaped s;
    shaped_init(&s);
    fonts_shape(fs, f, text, len, &s);
    long total = 0;
    for (size_t i = 0; i < s.n; i++)
        total += s.x_advance[i];
    shaped_free(&s);
    return total * size / fs->fonts[f].upem;
}

int fonts_has_char(const struct fontset *fs, int f, unsigned cp)
{
    hb_codepoint_t g;
    return hb_font_get_nominal_glyph(fs->fonts[f].hb, cp, &g) != 0;
}

/* A TrueType font of configuration fc that has cp, like like_font; its
 * index once loaded, or -1. */
/* A font of c with cp, like font like_font (-1: any); index or -1. */
static int fallback_in(struct fontset *fs, const struct fq_conf *c, int like_font,
                       unsigned cp)
{
    const struct font *lf = like_font >= 0 ? &fs->fonts[like_font] : NULL;
    struct fq_answer a;
    if (!fq_fallback(c, lf ? lf->serif : -1, lf ? lf->style : NULL, cp, &a))
        return -1;
    return fonts_load_file(fs, a.file, a.index);
}

int fonts_fallback(struct fontset *fs, int like_font, unsigned cp)
{
    for (size_t i = 0; i < fs->n; i++)
        if (fonts_has_char(fs, (int)i, cp))
            return (int)i;
    int f = fallback_in(fs, fs->fc, like_font, cp);
    if (f < 0 && (fs->sys = fq_system()))
        f = fallback_in(fs, fs->sys, like_font, cp);
    return f;
}
