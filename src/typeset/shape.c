/* shape.c -- fonts and shaping for the typeset stage: the face of each role
 * and style (loaded on first use), font fallback for characters the face
 * lacks (reported once), and the caches that make shaping cheap: glyph
 * advances and character coverage per font, shaped text per string. */
#include "typeset/ts_internal.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/diag.h"
#include "base/hash.h"

#define SHAPE_CACHE_SLOTS 256  /* power of two */
#define SHAPE_CACHE_MAXLEN 160 /* longer text is shaped each time */
#define HAS_CACHE_CPS 0x3000   /* code points with a cached fonts_has_char */

/* A shaped piece of text kept for reuse (table cells are measured, then
 * set; footers repeat): glyphs in font units. */
struct ts_shape_entry {
    int font;            /* -1: empty slot */
    unsigned script;     /* hb_script_t */
    int rtl;
    unsigned hash;
    char *text;
    size_t len, n;
    unsigned *gid, *cluster;
    int *xadv, *xoff, *yoff;
};

/* Per-font caches: advance of each glyph, and which code points it has. */
struct ts_font_cache {
    double *adv;          /* at 1 pt per font unit; < 0 unknown */
    unsigned nadv;
    unsigned char *has;   /* 0 unknown, 1 has, 2 lacks */
};

/* ---- a map of 64-bit keys to ints ------------------------------------ */

/* Open addressing, linear probing, grown at half full; a value of 0 means
 * the key has none yet. */
struct ts_cpmap {
    uint64_t *keys;  /* key + 1; 0 is an empty slot */
    int *vals;
    size_t n, cap;   /* cap is a power of two */
};

static void cpmap_free(struct ts_cpmap *m)
{
    if (!m)
        return;
    free(m->keys);
    free(m->vals);
    free(m);
}

/* The slot in m of key k, made (with value 0) if k has none. */
static size_t cpmap_find(struct ts_cpmap *m, uint64_t k)
{
    size_t mask = m->cap - 1;
    size_t i = (size_t)((k * 0x9E3779B97F4A7C15u) >> 32) & mask;
    while (m->keys[i] && m->keys[i] != k + 1)
        i = (i + 1) & mask;
    return i;
}

/* Double m's slots, placing every key again. */
static void cpmap_grow(struct ts_cpmap *m)
{
    struct ts_cpmap old = *m;
    m->cap = old.cap ? old.cap * 2 : 64;
    m->keys = xcalloc(m->cap, sizeof *m->keys);
    m->vals = xcalloc(m->cap, sizeof *m->vals);
    for (size_t i = 0; i < old.cap; i++)
        if (old.keys[i]) {
            size_t j = cpmap_find(m, old.keys[i] - 1);
            m->keys[j] = old.keys[i];
            m->vals[j] = old.vals[i];
        }
    free(old.keys);
    free(old.vals);
}

/* The value of key k in *mp (the map made on first use), for the caller
 * to read or set. */
static int *cpmap_slot(struct ts_cpmap **mp, uint64_t k)
{
    if (!*mp)
        *mp = xcalloc(1, sizeof **mp);
    struct ts_cpmap *m = *mp;
    if (2 * (m->n + 1) > m->cap)
        cpmap_grow(m);
    size_t i = cpmap_find(m, k);
    if (!m->keys[i]) {
        m->keys[i] = k + 1;
        m->n++;
    }
    return &m->vals[i];
}

void ts_fonts_init(struct ts_fonts *f, struct fontset *fs,
                   const struct layout *lay, const char *source)
{
    memset(f, 0, sizeof *f);
    f->fs = fs;
    f->lay = lay;
    f->source = source;
    for (int r = 0; r < ROLE_COUNT; r++)
        for (int b = 0; b < 4; b++)
            f->font[r][b] = -2;
    shaped_init(&f->sh);
}

void ts_fonts_free(struct ts_fonts *f)
{
    cpmap_free(f->noted);
    cpmap_free(f->fallback);
    free(f->hy_gid);
    free(f->hy_w);
    for (size_t i = 0; f->scache && i < SHAPE_CACHE_SLOTS; i++)
        if (f->scache[i].font >= 0) {
            struct ts_shape_entry *e = &f->scache[i];
            free(e->text);
            free(e->gid);
            free(e->cluster);
            free(e->xadv);
        }
    free(f->scache);
    for (size_t i = 0; i < f->nfcache; i++) {
        free(f->fcache[i].adv);
        free(f->fcache[i].has);
    }
    free(f->fcache);
    shaped_free(&f->sh);
}

/* ---- the roles' faces --------------------------------------------------- */

unsigned ts_style_bits(const char *style)
{
    unsigned b = 0;
    if (style && (strcasestr(style, "italic") || strcasestr(style, "oblique")))
        b |= SPAN_ITALIC;
    if (style && strcasestr(style, "bold"))
        b |= SPAN_BOLD;
    return b;
}

/* The face name a role of font lf asks for with style bits. */
static const char *role_style(const struct lay_font *lf, unsigned bits)
{
    static const char *const names[4] = {"Regular", "Italic", "Bold", "Bold Italic"};
    return bits == (ts_style_bits(lf->style) & 3) && lf->style ? lf->style : names[bits];
}

void ts_fonts_prepare(struct fontset *fs, const struct layout *lay)
{
    for (int r = 0; r < ROLE_COUNT; r++)
        for (unsigned bits = 0; bits < 4; bits++)
            fonts_ask(fs, lay->font[r].family, role_style(&lay->font[r], bits));
}

int ts_role_font(struct ts_fonts *f, enum lay_role role, unsigned style)
{
    const struct lay_font *lf = &f->lay->font[role];
    unsigned bits = (ts_style_bits(lf->style) | style) & 3;
    int *slot = &f->font[role][bits];
    if (*slot == -2) {
        const char *st = role_style(lf, bits);
        /* a face already loaded by name spares a fontconfig match */
        for (size_t i = 0; i < f->fs->n && *slot == -2; i++)
            if (strcasecmp(f->fs->fonts[i].family, lf->family) == 0 &&
                strcasecmp(f->fs->fonts[i].style, st) == 0)
                *slot = (int)i;
        if (*slot == -2)
            *slot = fonts_load(f->fs, lf->family, st);
        if (*slot < 0)
            f->err = 1;
    }
    return *slot;
}

double ts_font_scale(const struct ts_fonts *f, int font, double size)
{
    return size / f->fs->fonts[font].upem;
}

/* ---- per-font caches ---------------------------------------------------- */

static struct ts_font_cache *font_cache(struct ts_fonts *f, int font)
{
    if ((size_t)font >= f->nfcache) {
        size_t n = f->fs->n > (size_t)font ? f->fs->n : (size_t)font + 1;
        f->fcache = xrealloc(f->fcache, n * sizeof *f->fcache);
        memset(f->fcache + f->nfcache, 0, (n - f->nfcache) * sizeof *f->fcache);
        f->nfcache = n;
    }
    return &f->fcache[font];
}

double ts_glyph_advance(struct ts_fonts *f, int font, unsigned gid)
{
    struct ts_font_cache *fc = font_cache(f, font);
    if (!fc->adv) {
        fc->nadv = hb_face_get_glyph_count(f->fs->fonts[font].face);
        fc->adv = xmalloc((fc->nadv + 1) * sizeof *fc->adv);
        for (unsigned i = 0; i <= fc->nadv; i++)
            fc->adv[i] = -1;
    }
    if (gid >= fc->nadv)
        return hb_font_get_glyph_h_advance(f->fs->fonts[font].hb, gid);
    if (fc->adv[gid] < 0)
        fc->adv[gid] = hb_font_get_glyph_h_advance(f->fs->fonts[font].hb, gid);
    return fc->adv[gid];
}

/* fonts_has_char, cached for the common code points. */
static int has_char(struct ts_fonts *f, int font, unsigned cp)
{
    if (cp >= HAS_CACHE_CPS)
        return fonts_has_char(f->fs, font, cp);
    struct ts_font_cache *fc = font_cache(f, font);
    if (!fc->has)
        fc->has = xcalloc(HAS_CACHE_CPS, 1);
    if (!fc->has[cp])
        fc->has[cp] = fonts_has_char(f->fs, font, cp) ? 1 : 2;
    return fc->has[cp] == 1;
}

/* ---- font fallback ------------------------------------------------------ */

/* Add key to the reported ones; 0 if it was there already. */
static int note_once(struct ts_fonts *f, unsigned key)
{
    int *v = cpmap_slot(&f->noted, key);
    if (*v)
        return 0;
    *v = 1;
    return 1;
}

/* Report a character no font has, once per code point. */
static void note_missing(struct ts_fonts *f, unsigned cp, int line)
{
    if (!note_once(f, cp))
        return;
    struct buf b;
    buf_init(&b);
    buf_add_utf8(&b, cp);
    diag(F_NO_GLYPH, f->source, line, 0, cp, b.s);
    buf_free(&b);
}

/* Note a fallback font, once per font. */
static void note_fallback(struct ts_fonts *f, unsigned cp, int font, int line)
{
    if (!note_once(f, 0x80000000u | (unsigned)font))
        return;
    struct buf b;
    buf_init(&b);
    buf_add_utf8(&b, cp);
    diag(F_FALLBACK, f->source, line, 0, cp, b.s, f->fs->fonts[font].family);
    buf_free(&b);
}

int ts_char_font(struct ts_fonts *f, int primary, unsigned cp, int line)
{
    /* HarfBuzz sets a missing non-breaking hyphen with U+2010's glyph */
    if (has_char(f, primary, cp) ||
        (cp == 0x2011 && has_char(f, primary, 0x2010)))
        return primary;
    /* the stored value is the font + 2, so that 0 means "not asked yet" */
    int *known = cpmap_slot(&f->fallback, (uint64_t)(unsigned)primary << 32 | cp);
    if (*known == 0)
        *known = fonts_fallback(f->fs, primary, cp) + 2;
    int font = *known - 2;
    /* a fallback loaded since for another character may have it */
    for (size_t i = 0; font < 0 && i < f->fs->n; i++)
        if (has_char(f, (int)i, cp))
            font = (int)i;
    if (font < 0) {
        note_missing(f, cp, line);
        return -1;
    }
    note_fallback(f, cp, font, line);
    return font;
}

/* ---- the shape cache ---------------------------------------------------- */

/* Copy the cached shaping x into o. */
static void shape_from_cache(struct shaped *o, const struct ts_shape_entry *x)
{
    if (x->n > o->cap) {
        o->cap = x->n;
        o->gid = xrealloc(o->gid, x->n * sizeof *o->gid);
        o->x_advance = xrealloc(o->x_advance, x->n * sizeof *o->x_advance);
        o->x_offset = xrealloc(o->x_offset, x->n * sizeof *o->x_offset);
        o->y_offset = xrealloc(o->y_offset, x->n * sizeof *o->y_offset);
        o->cluster = xrealloc(o->cluster, x->n * sizeof *o->cluster);
    }
    memcpy(o->gid, x->gid, x->n * sizeof *o->gid);
    memcpy(o->cluster, x->cluster, x->n * sizeof *o->cluster);
    memcpy(o->x_advance, x->xadv, x->n * sizeof *o->x_advance);
    memcpy(o->x_offset, x->xoff, x->n * sizeof *o->x_offset);
    memcpy(o->y_offset, x->yoff, x->n * sizeof *o->y_offset);
    o->n = x->n;
}

/* Keep the shaping sh of text in the empty slot e. */
static void shape_to_cache(struct ts_shape_entry *e, int font, unsigned script,
                           int rtl, unsigned hash, const char *text, size_t len,
                           const struct shaped *sh)
{
    size_t n = sh->n;
    e->font = font;
    e->script = script;
    e->rtl = rtl;
    e->hash = hash;
    e->text = xstrndup(text, len);
    e->len = len;
    e->n = n;
    e->gid = xmalloc((n + 1) * sizeof *e->gid);
    e->cluster = xmalloc((n + 1) * sizeof *e->cluster);
    e->xadv = xmalloc((n + 1) * 3 * sizeof *e->xadv);
    e->xoff = e->xadv + n + 1;
    e->yoff = e->xoff + n + 1;
    memcpy(e->gid, sh->gid, n * sizeof *e->gid);
    memcpy(e->cluster, sh->cluster, n * sizeof *e->cluster);
    memcpy(e->xadv, sh->x_advance, n * sizeof *e->xadv);
    memcpy(e->xoff, sh->x_offset, n * sizeof *e->xoff);
    memcpy(e->yoff, sh->y_offset, n * sizeof *e->yoff);
}

void ts_shape_text(struct ts_fonts *f, int font, unsigned script, int rtl,
                   const char *text, size_t len)
{
    if (len > SHAPE_CACHE_MAXLEN) {
        fonts_shape_as(f->fs, font, text, len, (hb_script_t)script, rtl, &f->sh);
        return;
    }
    uint32_t h = hash_fnv1a_more(HASH_FNV1A_BASIS ^ (uint32_t)font, text, len);
    h ^= script * 0x9E3779B1u ^ (uint32_t)rtl;
    if (!f->scache) {
        f->scache = xmalloc(SHAPE_CACHE_SLOTS * sizeof *f->scache);
        for (size_t i = 0; i < SHAPE_CACHE_SLOTS; i++)
            f->scache[i].font = -1;
    }
    size_t slot = h & (SHAPE_CACHE_SLOTS - 1);
    struct ts_shape_entry *e = NULL;
    for (size_t k = 0; k < SHAPE_CACHE_SLOTS; k++) {
        struct ts_shape_entry *x = &f->scache[(slot + k) & (SHAPE_CACHE_SLOTS - 1)];
        if (x->font < 0) {
            e = x;
            break;
        }
        if (x->font == font && x->hash == h && x->len == len &&
            x->script == script && x->rtl == rtl &&
            memcmp(x->text, text, len) == 0) {
            shape_from_cache(&f->sh, x);
            return;
        }
    }
    fonts_shape_as(f->fs, font, text, len, (hb_script_t)script, rtl, &f->sh);
    if (!e || f->nscache + 1 >= SHAPE_CACHE_SLOTS / 2)
        return;  /* full enough: shape the rest each time */
    shape_to_cache(e, font, script, rtl, h, text, len, &f->sh);
    f->nscache++;
}

void ts_hyphen_glyph(struct ts_fonts *f, int font, unsigned *gid, double *w)
{
    if ((size_t)font >= f->nhy) {
        size_t n = f->fs->n > (size_t)font ? f->fs->n : (size_t)font + 1;
        f->hy_gid = xrealloc(f->hy_gid, n * sizeof *f->hy_gid);
        f->hy_w = xrealloc(f->hy_w, n * sizeof *f->hy_w);
        for (size_t i = f->nhy; i < n; i++)
            f->hy_w[i] = -1;
        f->nhy = n;
    }
    if (f->hy_w[font] < 0) {
        ts_shape_text(f, font, HB_SCRIPT_LATIN, 0, "-", 1);
        f->hy_gid[font] = f->sh.n ? f->sh.gid[0] : 0;
        f->hy_w[font] = f->sh.n ? f->sh.x_advance[0] * ts_font_scale(f, font, 1) : 0;
    }
    *gid = f->hy_gid[font];
    *w = f->hy_w[font];
}
