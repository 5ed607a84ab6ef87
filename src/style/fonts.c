/* fonts.c -- fontconfig lookup (bundled fonts first), HarfBuzz faces,
 * shaping with kerning, and the metrics the layout and PDF need. */
#include "style/fonts.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include <hb-ot.h>

#include "base/diag.h"
#include "base/util.h"
#include "style/fontdir.h"

/* 1 if fontconfig can write its cache into the user's cache folder
 * (created when missing, as fontconfig would). */
static int user_cache_writable(void)
{
    const char *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
    struct buf d;
    buf_init(&d);
    if (xdg && xdg[0] == '/')
        buf_adds(&d, xdg);
    else if (home && home[0] == '/')
        buf_printf(&d, "%s/.cache", home);
    else
        return 0;
    mkdir(d.s, 0700);
    buf_adds(&d, "/fontconfig");
    mkdir(d.s, 0700);
    int ok = access(d.s, W_OK | X_OK) == 0;
    buf_free(&d);
    return ok;
}

/* Give fc a cache folder it can write: fs->tmpcache, made on first need
 * when the user's folder cannot be written.  Silent; a failure only means
 * fontconfig scans the fonts again next time. */
static void add_cache_dir(struct fontset *fs, FcConfig *fc)
{
    if (!fs->tmpcache) {
        if (user_cache_writable())
            return;
        const char *tmp = getenv("TMPDIR");
        if (!tmp || tmp[0] != '/' || strpbrk(tmp, "<>&\"'"))
            tmp = "/tmp";
        struct buf d;
        buf_init(&d);
        buf_printf(&d, "%s/imprint-fontconfig-XXXXXX", tmp);
        if (!mkdtemp(d.s)) {
            buf_free(&d);
            return;
        }
        fs->tmpcache = buf_take(&d);
    }
    struct buf x;
    buf_init(&x);
    buf_printf(&x, "<fontconfig><cachedir>%s</cachedir></fontconfig>", fs->tmpcache);
    FcConfigParseAndLoadFromMemory(fc, (const FcChar8 *)x.s, FcFalse);
    buf_free(&x);
}

/* Remove the private cache folder and the cache files in it. */
static void remove_tmpcache(char *dir)
{
    DIR *dh = dir ? opendir(dir) : NULL;
    if (dh) {
        struct dirent *e;
        struct buf f;
        buf_init(&f);
        while ((e = readdir(dh))) {
            if (e->d_name[0] == '.' && (!e->d_name[1] || !strcmp(e->d_name, "..")))
                continue;
            buf_clear(&f);
            buf_printf(&f, "%s/%s", dir, e->d_name);
            unlink(f.s);
        }
        buf_free(&f);
        closedir(dh);
        rmdir(dir);
    }
    free(dir);
}

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
    fs->fc = FcConfigCreate();
    int parsed = fs->fc && FcConfigParseAndLoad(fs->fc, (const FcChar8 *)conf.s, FcTrue);
    if (parsed)
        add_cache_dir(fs, fs->fc);
    if (!parsed || !FcConfigBuildFonts(fs->fc)) {
        diag(F_INIT, conf.s, 0, 0);
        if (fs->fc)
            FcConfigDestroy(fs->fc);
        fs->fc = NULL;
        remove_tmpcache(fs->tmpcache);
        fs->tmpcache = NULL;
        buf_free(&conf);
        return EXIT_ENV;
    }
    buf_free(&conf);
    return EXIT_OK;
}

/* The system's fontconfig configuration, loaded on first use (parsing it
 * costs more than the rest of a run); NULL if it cannot be loaded. */
static FcConfig *system_config(struct fontset *fs)
{
    if (!fs->sys && (fs->sys = FcInitLoadConfig())) {
        add_cache_dir(fs, fs->sys);
        if (!FcConfigBuildFonts(fs->sys)) {
            FcConfigDestroy(fs->sys);
            fs->sys = NULL;
        }
    }
    return fs->sys;
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
    if (fs->fc)
        FcConfigDestroy(fs->fc);
    if (fs->sys)
        FcConfigDestroy(fs->sys);
    remove_tmpcache(fs->tmpcache);
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
    hb_blob_t *head = hb_face_reference_table(f->face, HB_TAG('h', 'e', 'a', 'd'));
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
    hb_blob_t *post = hb_face_reference_table(f->face, HB_TAG('p', 'o', 's', 't'));
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
    hb_blob_t *blob = hb_blob_create_from_file_or_fail(path);
    if (!blob) {
        diag(F_LOAD, path, 0, 0);
        return -1;
    }
    hb_face_t *face = hb_face_create(blob, (unsigned)index);
    if (hb_face_get_glyph_count(face) == 0) {
        diag(F_LOAD, path, 0, 0);
        hb_face_destroy(face);
        hb_blob_destroy(blob);
        return -1;
    }
    hb_blob_t *glyf = hb_face_reference_table(face, HB_TAG('g', 'l', 'y', 'f'));
    unsigned glyf_len = hb_blob_get_length(glyf);
    hb_blob_destroy(glyf);
    if (glyf_len == 0) {
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
    f->hb = hb_font_create(face);
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
static void style_pattern(FcPattern *pat, const char *style)
{
    int bold = style && strcasestr(style, "bold");
    int italic = style && (strcasestr(style, "italic") || strcasestr(style, "oblique"));
    FcPatternAddInteger(pat, FC_WEIGHT, bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR);
    FcPatternAddInteger(pat, FC_SLANT, italic ? FC_SLANT_ITALIC : FC_SLANT_ROMAN);
}

/* Whether match m has the weight (bold or not) and slant (italic or not)
 * that style asks for. */
static int style_matches(FcPattern *m, const char *style)
{
    int bold = style && strcasestr(style, "bold");
    int italic = style && (strcasestr(style, "italic") || strcasestr(style, "oblique"));
    int weight = FC_WEIGHT_REGULAR, slant = FC_SLANT_ROMAN;
    FcPatternGetInteger(m, FC_WEIGHT, 0, &weight);
    FcPatternGetInteger(m, FC_SLANT, 0, &slant);
    return (weight >= FC_WEIGHT_DEMIBOLD) == !!bold && (slant != FC_SLANT_ROMAN) == !!italic;
}

/* "STYLE face in FILE" of match m, allocated. */
static char *face_name(FcPattern *m, const char *file)
{
    FcChar8 *st = NULL;
    struct buf b;
    buf_init(&b);
    FcPatternGetString(m, FC_STYLE, 0, &st);
    buf_printf(&b, "its %s face in %s", st ? (const char *)st : "other", file);
    return b.s;
}

/* Match family/style in configuration fc.  Returns the font's index once
 * loaded, -1 if fc offers another family (its name in *offered, to free),
 * -2 if the file cannot be loaded (message printed). */
static int match_in(struct fontset *fs, FcConfig *fc, const char *family,
                    const char *style, char **offered)
{
    FcPattern *pat = FcPatternCreate();
    FcPatternAddString(pat, FC_FAMILY, (const FcChar8 *)family);
    style_pattern(pat, style);
    FcConfigSubstitute(fc, pat, FcMatchPattern);
    FcDefaultSubstitute(pat);
    FcResult res;
    FcPattern *m = FcFontMatch(fc, pat, &res);
    FcPatternDestroy(pat);
    FcChar8 *got = NULL, *file = NULL;
    int index = 0;
    if (m) {
        FcPatternGetString(m, FC_FAMILY, 0, &got);
        FcPatternGetString(m, FC_FILE, 0, &file);
        FcPatternGetInteger(m, FC_INDEX, 0, &index);
    }
    /* fontconfig substitutes silently: accept only the family asked for,
     * in any of the names the font gives its family. */
    int same = 0;
    for (int i = 0; m && !same; i++) {
        FcChar8 *fam;
        if (FcPatternGetString(m, FC_FAMILY, i, &fam) != FcResultMatch)
            break;
        same = strcasecmp((const char *)fam, family) == 0;
    }
    int r = -1;
    if (same && file && !style_matches(m, style)) {
        /* the family is there but not this face: fontconfig took the
         * nearest (Bold for a missing Regular) */
        if (!*offered)
            *offered = face_name(m, (const char *)file);
        same = 0;
        file = NULL;
    }
    if (same && file) {
        r = fonts_load_file(fs, (const char *)file, index);
        if (r < 0)
            r = -2;
    } else if (!*offered) {
        *offered = xstrdup(got ? (const char *)got : "nothing");
    }
    if (m)
        FcPatternDestroy(m);
    return r;
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
    char *offered = NULL;
    int r = match_in(fs, fs->fc, family, style, &offered);
    if (r == -1 && system_config(fs)) {
        r = match_in(fs, fs->sys, family, style, &offered);
        if (r >= 0 && offered)  /* bundled family, but not this face */
            diag(F_SUBSTITUTE, NULL, 0, 0, family, style ? style : "Regular",
                 offered, fs->fonts[r].path);
    }
    if (r == -1)
        diag(F_NOT_FOUND, NULL, 0, 0, family, style ? style : "Regular", offered);
    free(offered);
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
    hb_buffer_t *buf = hb_buffer_create();
    hb_buffer_add_utf8(buf, text, (int)len, 0, (int)len);
    hb_buffer_set_direction(buf, rtl ? HB_DIRECTION_RTL : HB_DIRECTION_LTR);
    hb_buffer_set_script(buf, script);
    hb_buffer_set_language(buf, hb_language_from_string("en", -1));
    hb_buffer_guess_segment_properties(buf);
    hb_shape(f->hb, buf, features, sizeof features / sizeof features[0]);
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
static int fallback_in(struct fontset *fs, FcConfig *fc, int like_font, unsigned cp)
{
    FcPattern *pat = FcPatternCreate();
    FcCharSet *cs = FcCharSetCreate();
    FcCharSetAddChar(cs, cp);
    FcPatternAddCharSet(pat, FC_CHARSET, cs);
    if (like_font >= 0) {
        const struct font *lf = &fs->fonts[like_font];
        FcPatternAddString(pat, FC_FAMILY, (const FcChar8 *)(lf->serif ? "serif" : "sans-serif"));
        style_pattern(pat, lf->style);
    }
    FcPatternAddString(pat, FC_FONTFORMAT, (const FcChar8 *)"TrueType");
    FcConfigSubstitute(fc, pat, FcMatchPattern);
    FcDefaultSubstitute(pat);
    FcResult res;
    FcFontSet *set = FcFontSort(fc, pat, FcTrue, NULL, &res);
    FcPatternDestroy(pat);
    FcCharSetDestroy(cs);
    int found = -1;
    for (int i = 0; set && i < set->nfont && found < 0; i++) {
        FcCharSet *have;
        FcChar8 *file;
        int index = 0;
        if (FcPatternGetCharSet(set->fonts[i], FC_CHARSET, 0, &have) != FcResultMatch ||
            !FcCharSetHasChar(have, cp) ||
            FcPatternGetString(set->fonts[i], FC_FILE, 0, &file) != FcResultMatch)
            continue;
        FcPatternGetInteger(set->fonts[i], FC_INDEX, 0, &index);
        /* Only TrueType (glyf) fonts can be embedded; skip others quietly. */
        hb_blob_t *blob = hb_blob_create_from_file_or_fail((const char *)file);
        if (!blob)
            continue;
        hb_face_t *face = hb_face_create(blob, (unsigned)index);
        hb_blob_t *glyf = hb_face_reference_table(face, HB_TAG('g', 'l', 'y', 'f'));
        int truetype = hb_blob_get_length(glyf) > 0;
        hb_blob_destroy(glyf);
        hb_face_destroy(face);
        hb_blob_destroy(blob);
        if (truetype)
            found = fonts_load_file(fs, (const char *)file, index);
    }
    if (set)
        FcFontSetDestroy(set);
    return found;
}

int fonts_fallback(struct fontset *fs, int like_font, unsigned cp)
{
    for (size_t i = 0; i < fs->n; i++)
        if (fonts_has_char(fs, (int)i, cp))
            return (int)i;
    int f = fallback_in(fs, fs->fc, like_font, cp);
    if (f < 0 && system_config(fs))
        f = fallback_in(fs, fs->sys, like_font, cp);
    return f;
}
