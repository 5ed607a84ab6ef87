/* typeset.c -- the typeset stage: statement blocks into lines (shaping with
 * kerning, font fallback, hyphenation, total-fit line breaking), lines and
 * table rows into pages (widow/orphan control, keep-with-next, rows never
 * split, header rows repeated), then letterhead, footers and anchors.
 *
 * Everything is first built as a vertical list of boxes whose content is
 * relative to the measure's left edge and the box's top; the page breaker
 * then moves each box onto its page.  TJ convention (pages.h): a run's glyph
 * advances are the font's own; kerning and justification are in adjust. */
#include "typeset/typeset.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "typeset/breaker.h"
#include "base/diag.h"
#include "typeset/hyphen.h"
#include "typeset/table.h"
#include "base/util.h"

#define FINISH_STRETCH 100000.0  /* the paragraph's finishing glue */
#define SPLIT_PENALTY 1000        /* breaking a too-wide word */
/* Breaking after an explicit hyphen ("U.S.-Mexico"): a last resort (at or
 * above BR_LAST_RESORT, so only the breaker's final pass uses it) and costly
 * there, because text extraction (poppler) takes a hyphen at a line end for
 * an added one and drops it, so the extracted word would lose a character. */
#define EXPLICIT_HYPHEN_PENALTY 5000
#define EPS 1e-6

static const char *const role_name[ROLE_COUNT] = {
    "agency", "office", "kind", "dateline", "title", "body",
    "heading", "table-head", "table", "footer"};

/* Break opportunity before a character. */
enum brk { BRK_NONE, BRK_ZWSP, BRK_EXPL, BRK_DASH, BRK_SHY, BRK_HYPH, BRK_SPLIT };

/* One shown character of a paragraph. */
struct tchar {
    unsigned off, len;   /* bytes in ctx->text */
    unsigned cp;
    int font;
    int span;            /* index of its span, -1 for none */
    unsigned char space; /* interword space */
    unsigned char brk;   /* enum brk: opportunity before this character */
};

/* One shaped glyph of a paragraph. */
struct tglyph {
    unsigned gid;
    int font;
    double adv;   /* shaped advance, kerning included, pt */
    double nat;   /* the font's own advance, pt */
    double xoff, yoff;  /* the shaper's offset (combining marks), pt */
    int ch;       /* index of its (first) character */
};

/* A shaped piece of text kept for reuse (table cells are measured, then
 * set; footers repeat): glyphs in font units. */
struct shape_entry {
    int font;            /* -1: empty slot */
    unsigned hash;
    char *text;
    size_t len, n;
    unsigned *gid, *cluster;
    int *xadv, *xoff, *yoff;
};
#define SHAPE_CACHE_SLOTS 256  /* power of two */
#define SHAPE_CACHE_MAXLEN 160 /* longer text is shaped each time */
#define HAS_CACHE_CPS 0x3000   /* code points with a cached fonts_has_char */

/* Per-font caches: advance of each glyph, and which code points it has. */
struct font_cache {
    double *adv;          /* at 1 pt per font unit; < 0 unknown */
    unsigned nadv;
    unsigned char *has;   /* 0 unknown, 1 has, 2 lacks */
};

/* What a break item stands for (parallel to the br_item array). */
struct titem {
    int g0, g1;   /* glyphs shown (boxes, spaces) */
    int ch;       /* penalties: character the break comes before */
    int hyphen;   /* penalties: a hyphen is added when broken here */
};

/* An entry of the vertical list. */
enum vkind { V_BOX, V_SPACE };
struct vitem {
    enum vkind kind;
    double height;
    int brk_ok;        /* a page break may come before this item */
    int row;           /* table row: the header is repeated above it */
    size_t part;       /* table rows: the participant's index */
    int anchor;        /* anchor slot set at its top, or -1 */
    struct page box;   /* content, relative to (measure left, top) */
};

/* Paragraph settings. */
struct pset {
    enum lay_role role;
    const char *rname;     /* role name for pg_line */
    int justify, hyphenate;
    double width0, width;  /* first line's measure and the others' */
    double x0, x;          /* first line's start and the others' */
    int block, src_line;
    int keep_last_words;   /* ragged titles and headings: never leave the
                              last word alone on the last line */
};

struct ctx {
    const struct statement *s;
    const struct layout *lay;
    struct fontset *fs;
    const struct ts_options *opt;
    int font[ROLE_COUNT][4];  /* role x (italic|bold), -1 = not loaded */
    struct hy_dict *hy;
    int hy_tried, hy_own;
    int err;
    struct br_params bp;
    double measure;
    /* scratch, reused for every paragraph */
    struct buf text;
    struct tchar *ch; size_t nch, capch;
    struct tglyph *g; size_t ng, capg;
    struct br_item *it; size_t nit, capit;
    struct titem *ti; size_t capti;
    int *cfirst; size_t capcf;   /* first glyph of each character */
    struct pg_glyph *pg; size_t cappg;
    double *gx; size_t capgx;
    char *hp; size_t caphp;
    struct shaped sh;
    struct shape_entry *scache;  /* SHAPE_CACHE_SLOTS entries */
    size_t nscache;
    struct font_cache *fcache; size_t nfcache;
    int *gidx; size_t capgidx;   /* emit_line scratch */
    unsigned *noted; size_t nnoted, capnoted;  /* code points reported */
    /* hyphen glyph per font */
    unsigned *hy_gid; double *hy_w; size_t nhy;
    /* the vertical list */
    struct vitem *v; size_t nv, capv;
    int keep_next;
    int statement_marked;  /* the "Statement" anchor has its item */
    /* anchors: 0 top, 1 statement, 2 participants */
    int have_anchor[3];
    size_t anchor_page[3];
    double anchor_y[3];
};

/* ---- fonts -------------------------------------------------------------- */

static unsigned style_bits(const char *style)
{
    unsigned b = 0;
    if (style && (strcasestr(style, "italic") || strcasestr(style, "oblique")))
        b |= SPAN_ITALIC;
    if (style && strcasestr(style, "bold"))
        b |= SPAN_BOLD;
    return b;
}

/* The font of role in span style (SPAN_* bits); -1 after an error. */
static int role_font(struct ctx *c, enum lay_role role, unsigned style)
{
    static const char *const names[4] = {"Regular", "Italic", "Bold", "Bold Italic"};
    const struct lay_font *lf = &c->lay->font[role];
    unsigned base = style_bits(lf->style);
    unsigned bits = (base | style) & 3;
    if (c->font[role][bits] == -2) {
        const char *st = bits == base && lf->style ? lf->style : names[bits];
        /* a face already loaded by name spares a fontconfig match */
        for (size_t i = 0; i < c->fs->n && c->font[role][bits] == -2; i++)
            if (strcasecmp(c->fs->fonts[i].family, lf->family) == 0 &&
                strcasecmp(c->fs->fonts[i].style, st) == 0)
                c->font[role][bits] = (int)i;
        if (c->font[role][bits] == -2)
            c->font[role][bits] = fonts_load(c->fs, lf->family, st);
        if (c->font[role][bits] < 0)
            c->err = 1;
    }
    return c->font[role][bits];
}

static double font_scale(const struct ctx *c, int f, double size)
{
    return size / c->fs->fonts[f].upem;
}

static struct font_cache *font_cache(struct ctx *c, int f)
{
    if ((size_t)f >= c->nfcache) {
        size_t n = c->fs->n > (size_t)f ? c->fs->n : (size_t)f + 1;
        c->fcache = xrealloc(c->fcache, n * sizeof *c->fcache);
        memset(c->fcache + c->nfcache, 0, (n - c->nfcache) * sizeof *c->fcache);
        c->nfcache = n;
    }
    return &c->fcache[f];
}

/* The font's own advance of glyph gid in font units (cached). */
static double glyph_advance(struct ctx *c, int f, unsigned gid)
{
    struct font_cache *fc = font_cache(c, f);
    if (!fc->adv) {
        fc->nadv = hb_face_get_glyph_count(c->fs->fonts[f].face);
        fc->adv = xmalloc((fc->nadv + 1) * sizeof *fc->adv);
        for (unsigned i = 0; i <= fc->nadv; i++)
            fc->adv[i] = -1;
    }
    if (gid >= fc->nadv)
        return hb_font_get_glyph_h_advance(c->fs->fonts[f].hb, gid);
    if (fc->adv[gid] < 0)
        fc->adv[gid] = hb_font_get_glyph_h_advance(c->fs->fonts[f].hb, gid);
    return fc->adv[gid];
}

/* fonts_has_char, cached for the common code points. */
static int has_char(struct ctx *c, int f, unsigned cp)
{
    if (cp >= HAS_CACHE_CPS)
        return fonts_has_char(c->fs, f, cp);
    struct font_cache *fc = font_cache(c, f);
    if (!fc->has)
        fc->has = xcalloc(HAS_CACHE_CPS, 1);
    if (!fc->has[cp])
        fc->has[cp] = fonts_has_char(c->fs, f, cp) ? 1 : 2;
    return fc->has[cp] == 1;
}

/* Shape text[0..len) with font f into c->sh, through the cache. */
static void shape_cached(struct ctx *c, int f, const char *text, size_t len)
{
    if (len > SHAPE_CACHE_MAXLEN) {
        fonts_shape(c->fs, f, text, len, &c->sh);
        return;
    }
    unsigned h = 2166136261u ^ (unsigned)f;
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)text[i]) * 16777619u;
    if (!c->scache) {
        c->scache = xmalloc(SHAPE_CACHE_SLOTS * sizeof *c->scache);
        for (size_t i = 0; i < SHAPE_CACHE_SLOTS; i++)
            c->scache[i].font = -1;
    }
    size_t slot = h & (SHAPE_CACHE_SLOTS - 1);
    struct shape_entry *e = NULL;
    for (size_t k = 0; k < SHAPE_CACHE_SLOTS; k++) {
        struct shape_entry *x = &c->scache[(slot + k) & (SHAPE_CACHE_SLOTS - 1)];
        if (x->font < 0) {
            e = x;
            break;
        }
        if (x->font == f && x->hash == h && x->len == len &&
            memcmp(x->text, text, len) == 0) {
            struct shaped *o = &c->sh;
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
            return;
        }
    }
    fonts_shape(c->fs, f, text, len, &c->sh);
    if (!e || c->nscache + 1 >= SHAPE_CACHE_SLOTS / 2)
        return;  /* full enough: shape the rest each time */
    size_t n = c->sh.n;
    e->font = f;
    e->hash = h;
    e->text = xstrndup(text, len);
    e->len = len;
    e->n = n;
    e->gid = xmalloc((n + 1) * sizeof *e->gid);
    e->cluster = xmalloc((n + 1) * sizeof *e->cluster);
    e->xadv = xmalloc((n + 1) * 3 * sizeof *e->xadv);
    e->xoff = e->xadv + n + 1;
    e->yoff = e->xoff + n + 1;
    memcpy(e->gid, c->sh.gid, n * sizeof *e->gid);
    memcpy(e->cluster, c->sh.cluster, n * sizeof *e->cluster);
    memcpy(e->xadv, c->sh.x_advance, n * sizeof *e->xadv);
    memcpy(e->xoff, c->sh.x_offset, n * sizeof *e->xoff);
    memcpy(e->yoff, c->sh.y_offset, n * sizeof *e->yoff);
    c->nscache++;
}

/* The hyphen glyph of font f (gid and width at 1 pt). */
static void hyphen_glyph(struct ctx *c, int f, unsigned *gid, double *w)
{
    if ((size_t)f >= c->nhy) {
        size_t n = c->fs->n > (size_t)f ? c->fs->n : (size_t)f + 1;
        c->hy_gid = xrealloc(c->hy_gid, n * sizeof *c->hy_gid);
        c->hy_w = xrealloc(c->hy_w, n * sizeof *c->hy_w);
        for (size_t i = c->nhy; i < n; i++)
            c->hy_w[i] = -1;
        c->nhy = n;
    }
    if (c->hy_w[f] < 0) {
        shape_cached(c, f, "-", 1);
        c->hy_gid[f] = c->sh.n ? c->sh.gid[0] : 0;
        c->hy_w[f] = c->sh.n ? c->sh.x_advance[0] * font_scale(c, f, 1) : 0;
    }
    *gid = c->hy_gid[f];
    *w = c->hy_w[f];
}

/* ---- characters --------------------------------------------------------- */

static int is_space(unsigned cp)
{
    return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || cp == 0x85 ||
           cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A && cp != 0x2007) ||
           cp == 0x2028 || cp == 0x2029 || cp == 0x205F || cp == 0x3000;
}

/* Characters that print nothing and are dropped. */
static int is_invisible(unsigned cp)
{
    return cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || cp == 0x200C ||
           cp == 0x200D || cp == 0x200E || cp == 0x200F ||
           (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x2064) ||
           (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF;
}

static int is_letter(unsigned cp)
{
    return (cp < 0x80 && ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z')) ||
           (cp >= 0xC0 && cp != 0xD7 && cp != 0xF7 &&
            !(cp >= 0x2000 && cp <= 0x2BFF) && !(cp >= 0x3000 && cp <= 0x303F));
}

/* Combining marks (the common blocks): never a break before one. */
static int is_mark(unsigned cp)
{
    return (cp >= 0x300 && cp <= 0x36F) || (cp >= 0x1AB0 && cp <= 0x1AFF) ||
           (cp >= 0x1DC0 && cp <= 0x1DFF) || (cp >= 0x20D0 && cp <= 0x20FF) ||
           (cp >= 0xFE20 && cp <= 0xFE2F);
}

static int is_alnum(unsigned cp)
{
    return is_letter(cp) || (cp >= '0' && cp <= '9');
}

/* Report a character no font has, once per code point. */
static void note_missing(struct ctx *c, unsigned cp, int line)
{
    for (size_t i = 0; i < c->nnoted; i++)
        if (c->noted[i] == cp)
            return;
    xgrow(&c->noted, &c->capnoted, c->nnoted + 1, sizeof *c->noted);
    c->noted[c->nnoted++] = cp;
    struct buf b;
    buf_init(&b);
    buf_add_utf8(&b, cp);
    diag(F_NO_GLYPH, c->opt ? c->opt->source_name : NULL, line, 0, cp, b.s);
    buf_free(&b);
}

/* Note a fallback font, once per font. */
static void note_fallback(struct ctx *c, unsigned cp, int f, int line)
{
    unsigned key = 0x80000000u | (unsigned)f;
    for (size_t i = 0; i < c->nnoted; i++)
        if (c->noted[i] == key)
            return;
    xgrow(&c->noted, &c->capnoted, c->nnoted + 1, sizeof *c->noted);
    c->noted[c->nnoted++] = key;
    struct buf b;
    buf_init(&b);
    buf_add_utf8(&b, cp);
    diag(F_FALLBACK, c->opt ? c->opt->source_name : NULL, line, 0, cp, b.s,
         c->fs->fonts[f].family);
    buf_free(&b);
}

/* Clean the spans' text into c->text and c->ch: spaces collapsed, invisible
 * characters dropped, break opportunities recorded, fonts chosen.  Returns
 * 0, or -1 when a font cannot be loaded. */
static int collect(struct ctx *c, enum lay_role role, const struct span *sp,
                   size_t nsp, int line)
{
    buf_clear(&c->text);
    c->nch = 0;
    int pending_space = 0, space_font = -1, space_span = -1;
    unsigned char pending_brk = BRK_NONE;
    for (size_t k = 0; k < nsp; k++) {
        const char *t = sp[k].text ? sp[k].text : "";
        size_t n = strlen(t);
        int primary = role_font(c, role, sp[k].style & 3);
        if (primary < 0)
            return -1;
        for (size_t i = 0; i < n;) {
            unsigned cp;
            size_t l = utf8_decode(t + i, n - i, &cp);
            const char *src = t + i;
            i += l;
            if (is_space(cp)) {
                if (!pending_space) {
                    space_font = primary;
                    space_span = (int)k;
                }
                pending_space = c->nch > 0;
                pending_brk = BRK_NONE;
                continue;
            }
            if (cp == 0x200B) {
                if (!pending_space && c->nch > 0)
                    pending_brk = BRK_ZWSP;
                continue;
            }
            if (cp == 0xAD) {
                if (!pending_space && c->nch > 0)
                    pending_brk = BRK_SHY;
                continue;
            }
            if (is_invisible(cp))
                continue;
            int f = primary;
            /* HarfBuzz sets a missing non-breaking hyphen with U+2010's glyph */
            if (!has_char(c, primary, cp) &&
                !(cp == 0x2011 && has_char(c, primary, 0x2010))) {
                f = fonts_fallback(c->fs, primary, cp);
                if (f < 0) {
                    note_missing(c, cp, line);
                    continue;
                }
                note_fallback(c, cp, f, line);
            }
            if (pending_space) {
                xgrow(&c->ch, &c->capch, c->nch + 1, sizeof *c->ch);
                c->ch[c->nch++] = (struct tchar){(unsigned)c->text.len, 1, ' ',
                                                 space_font, space_span, 1,
                                                 BRK_NONE};
                buf_addc(&c->text, ' ');
                pending_space = 0;
            }
            unsigned char brk = is_mark(cp) ? BRK_NONE : pending_brk;
            pending_brk = BRK_NONE;
            if (brk == BRK_NONE && c->nch > 0 && !c->ch[c->nch - 1].space &&
                !is_mark(cp)) {
                unsigned prev = c->ch[c->nch - 1].cp;
                int prev2 = c->nch > 1 && !c->ch[c->nch - 2].space &&
                            c->ch[c->nch - 2].cp != '-';
                if ((prev == '-' || prev == 0x2010) && prev2 && is_alnum(cp))
                    brk = BRK_EXPL;
                else if ((prev == 0x2013 || prev == 0x2014) && is_alnum(cp))
                    brk = BRK_DASH;
                else if (prev == '/' && cp != '/' && prev2)  /* URLs, and/or */
                    brk = BRK_DASH;
            }
            xgrow(&c->ch, &c->capch, c->nch + 1, sizeof *c->ch);
            c->ch[c->nch++] = (struct tchar){(unsigned)c->text.len, (unsigned)l,
                                             cp, f, (int)k, 0, brk};
            buf_add(&c->text, src, l);
        }
    }
    return 0;
}

/* Shape c->ch into c->g: one HarfBuzz call per run of one font.  A cluster
 * of as many glyphs as characters (a letter and its combining marks) gives
 * each glyph its own character, so that each maps to its own text. */
static void shape(struct ctx *c, double size)
{
    c->ng = 0;
    xgrow(&c->cfirst, &c->capcf, c->nch + 1, sizeof *c->cfirst);
    for (size_t i = 0; i < c->nch;) {
        size_t j = i + 1;
        while (j < c->nch && c->ch[j].font == c->ch[i].font)
            j++;
        int f = c->ch[i].font;
        double sc = font_scale(c, f, size);
        unsigned base = c->ch[i].off;
        unsigned end = c->ch[j - 1].off + c->ch[j - 1].len;
        shape_cached(c, f, c->text.s + base, end - base);
        xgrow(&c->g, &c->capg, c->ng + c->sh.n, sizeof *c->g);
        size_t k = i;  /* character of the current glyph (clusters ascend) */
        size_t g0 = c->ng;
        for (size_t q = 0; q < c->sh.n; q++) {
            unsigned off = base + c->sh.cluster[q];
            while (k + 1 < j && c->ch[k + 1].off <= off)
                k++;
            struct tglyph *g = &c->g[c->ng++];
            g->gid = c->sh.gid[q];
            g->font = f;
            g->adv = c->sh.x_advance[q] * sc;
            g->nat = glyph_advance(c, f, c->sh.gid[q]) * sc;
            g->xoff = c->sh.x_offset[q] * sc;
            g->yoff = c->sh.y_offset[q] * sc;
            g->ch = (int)k;
        }
        /* split clusters of one glyph per character */
        for (size_t q = g0; q < c->ng;) {
            size_t e = q + 1;
            while (e < c->ng && c->g[e].ch == c->g[q].ch)
                e++;
            size_t k0 = (size_t)c->g[q].ch, k1 = k0 + 1;
            while (k1 < j && (e == c->ng || (int)k1 < c->g[e].ch))
                k1++;
            if (e - q > 1 && k1 - k0 == e - q)
                for (size_t x = q; x < e; x++)
                    c->g[x].ch = (int)(k0 + (x - q));
            q = e;
        }
        i = j;
    }
    /* cfirst[i]: first glyph whose character is >= i. */
    size_t q = 0;
    for (size_t i = 0; i <= c->nch; i++) {
        while (q < c->ng && c->g[q].ch < (int)i)
            q++;
        c->cfirst[i] = (int)q;
    }
}

/* Mark hyphenation points of every word but the last. */
static void hyphenate(struct ctx *c)
{
    if (!c->hy_tried) {
        c->hy_tried = 1;
        if (c->hy) {
            c->hy_own = 0;
        } else {
            c->hy = hy_open(NULL);
            c->hy_own = 1;
        }
    }
    if (!c->hy)
        return;
    size_t last_word = c->nch;
    while (last_word > 0 && !c->ch[last_word - 1].space)
        last_word--;
    for (size_t i = 0; i < last_word;) {
        if (!is_letter(c->ch[i].cp)) {
            i++;
            continue;
        }
        size_t j = i;
        while (j < last_word && is_letter(c->ch[j].cp))
            j++;
        if (j - i >= 5) {
            unsigned a = c->ch[i].off, b = c->ch[j - 1].off + c->ch[j - 1].len;
            xgrow(&c->hp, &c->caphp, b - a, 1);
            memset(c->hp, 0, b - a);
            if (hy_points(c->hy, c->text.s + a, b - a, c->hp) > 0)
                for (size_t k = i + 1; k < j; k++)
                    if (c->hp[c->ch[k].off - a - 1] && c->ch[k].brk == BRK_NONE &&
                        c->cfirst[k] > c->cfirst[k - 1] && !is_mark(c->ch[k].cp))
                        c->ch[k].brk = BRK_HYPH;
        }
        i = j;
    }
}

static void add_item(struct ctx *c, enum br_type type, double w, double st,
                     double sh, int pen, int flagged, int g0, int g1, int ch,
                     int hyphen)
{
    xgrow(&c->it, &c->capit, c->nit + 1, sizeof *c->it);
    xgrow(&c->ti, &c->capti, c->nit + 1, sizeof *c->ti);
    c->it[c->nit] = (struct br_item){type, w, st, sh, pen, flagged};
    c->ti[c->nit] = (struct titem){g0, g1, ch, hyphen};
    c->nit++;
}

static double glyph_width(const struct ctx *c, int g0, int g1)
{
    double w = 0;
    for (int q = g0; q < g1; q++)
        w += c->g[q].adv;
    return w;
}

/* A break opportunity before character ch: a penalty, wrapped for ragged
 * setting in the Knuth-Plass way (stretch that only counts at a line end). */
static void add_break(struct ctx *c, int ragged, double S, int pen,
                      int flagged, double hw, int ch, int hy)
{
    if (!ragged) {
        add_item(c, BR_PENALTY, hw, 0, 0, pen, flagged, -1, -1, ch, hy);
        return;
    }
    add_item(c, BR_PENALTY, 0, 0, 0, BR_INF, 0, -1, -1, ch, 0);
    add_item(c, BR_GLUE, 0, S, 0, 0, 0, -1, -1, ch, 0);
    add_item(c, BR_PENALTY, hw, 0, 0, pen, flagged, -1, -1, ch, hy);
    add_item(c, BR_GLUE, 0, -S, 0, 0, 0, -1, -1, ch, 0);
}

/* The word around character i, for messages. */
static char *word_at(const struct ctx *c, size_t i)
{
    size_t a = i, b = i;
    while (a > 0 && !c->ch[a - 1].space)
        a--;
    while (b < c->nch && !c->ch[b].space)
        b++;
    unsigned o = c->ch[a].off, e = b > a ? c->ch[b - 1].off + c->ch[b - 1].len : o;
    return xstrndup(c->text.s + o, e - o);
}

/* Characters [a, b) form an unbreakable piece: add it as a box, split into
 * pieces (with a warning) when it is wider than maxw. */
static void add_box(struct ctx *c, size_t a, size_t b, double maxw, int line,
                    int ragged, double S)
{
    int g0 = c->cfirst[a], g1 = c->cfirst[b];
    double w = glyph_width(c, g0, g1);
    if (w <= maxw + EPS || b - a < 2) {
        add_item(c, BR_BOX, w, 0, 0, 0, 0, g0, g1, -1, 0);
        return;
    }
    char *word = word_at(c, a);
    diag(T_WORD_TOO_WIDE, c->opt ? c->opt->source_name : NULL, line, 0, word,
         w, maxw);
    free(word);
    size_t start = a;
    double acc = 0;
    for (size_t k = a; k < b; k++) {
        double cw = glyph_width(c, c->cfirst[k], c->cfirst[k + 1]);
        if (k > start && acc + cw > maxw + EPS && !is_mark(c->ch[k].cp)) {
            add_item(c, BR_BOX, acc, 0, 0, 0, 0, c->cfirst[start], c->cfirst[k], -1, 0);
            add_break(c, ragged, S, SPLIT_PENALTY, 0, 0, (int)k, 0);
            start = k;
            acc = 0;
        }
        acc += cw;
    }
    add_item(c, BR_BOX, acc, 0, 0, 0, 0, c->cfirst[start], c->cfirst[b], -1, 0);
}

/* Build the break items of the paragraph in c->ch/c->g. */
static void build_items(struct ctx *c, const struct pset *ps, double size)
{
    c->nit = 0;
    double maxw = ps->width0 < ps->width ? ps->width0 : ps->width;
    double S = 3 * size;  /* ragged right: stretch at each line end */
    size_t a = 0;         /* start of the current box */
    size_t last_space = 0;  /* item after the last interword break, if any */
    for (size_t i = 0; i <= c->nch; i++) {
        if (i < c->nch && !c->ch[i].space && c->ch[i].brk == BRK_NONE)
            continue;
        if (i > a)
            add_box(c, a, i, maxw, ps->src_line, !ps->justify, S);
        if (i == c->nch)
            break;
        const struct tchar *t = &c->ch[i];
        if (t->space) {
            int g0 = c->cfirst[i], g1 = c->cfirst[i + 1];
            double w = glyph_width(c, g0, g1);
            if (ps->justify) {
                add_item(c, BR_GLUE, w, w / 2, w / 3, 0, 0, g0, g1, (int)i, 0);
            } else {
                add_item(c, BR_PENALTY, 0, 0, 0, BR_INF, 0, -1, -1, (int)i, 0);
                add_item(c, BR_GLUE, 0, S, 0, 0, 0, g0, g0, (int)i, 0);
                add_item(c, BR_PENALTY, 0, 0, 0, 0, 0, -1, -1, (int)i, 0);
                last_space = c->nit;
                add_item(c, BR_GLUE, w, -S, 0, 0, 0, g0, g1, (int)i, 0);
            }
            a = i + 1;
            continue;
        }
        /* a break opportunity inside a word */
        int hy = t->brk == BRK_SHY || t->brk == BRK_HYPH;
        int flagged = hy || t->brk == BRK_EXPL;
        int pen = t->brk == BRK_SPLIT  ? SPLIT_PENALTY
                  : t->brk == BRK_EXPL ? EXPLICIT_HYPHEN_PENALTY
                  : flagged            ? c->bp.hyphen_penalty
                  : t->brk == BRK_DASH ? c->bp.hyphen_penalty
                                       : 0;
        double hw = 0;
        if (hy) {
            unsigned gid;
            hyphen_glyph(c, c->ch[i - 1].font, &gid, &hw);
            hw *= size;
        }
        add_break(c, !ps->justify, S, pen, flagged, hw, (int)i, hy);
        a = i;
    }
    /* "Mexico City", not "Mexico" / "City": the last interword break of a
     * title or heading is not a break. */
    if (ps->keep_last_words && last_space)
        c->it[last_space - 1].penalty = BR_INF;
    add_item(c, BR_PENALTY, 0, 0, 0, BR_INF, 0, -1, -1, -1, 0);
    add_item(c, BR_GLUE, 0, FINISH_STRETCH, 0, 0, 0, -1, -1, -1, 0);
    add_item(c, BR_PENALTY, 0, 0, 0, -BR_INF, 1, -1, -1, -1, 0);
}

/* ---- setting lines ------------------------------------------------------ */

static double baseline_offset(const struct lay_font *lf)
{
    return (lf->leading - lf->size) / 2 + 0.8 * lf->size;
}

/* Emit one line: items [st, en) broken at en, starting at x on baseline y
 * of box, measure w.  Returns nothing; adds runs, links and a pg_line. */
static void emit_line(struct ctx *c, const struct pset *ps, size_t st,
                      size_t en, int last, double x, double y, double w,
                      struct page *box)
{
    const struct lay_font *lf = &c->lay->font[ps->role];
    double size = lf->size;
    uint32_t color = ps->role == ROLE_AGENCY ? c->lay->color_letterhead
                                             : c->lay->color_text;
    while (st < en && c->it[st].type != BR_BOX)
        st++;
    /* totals */
    double W = 0, Y = 0, Z = 0;
    for (size_t k = st; k < en; k++) {
        const struct br_item *it = &c->it[k];
        if (it->type == BR_PENALTY)
            continue;
        W += it->width;
        if (it->type == BR_GLUE) {
            Y += it->stretch;
            Z += it->shrink;
        }
    }
    int hy = c->ti[en].hyphen && c->it[en].type == BR_PENALTY;
    unsigned hgid = 0;
    double hw = 0;
    int hfont = c->font[ps->role][style_bits(lf->style)];
    if (hy) {
        for (size_t k = en; k-- > st;)
            if (c->ti[k].g1 > c->ti[k].g0) {
                hfont = c->g[c->ti[k].g1 - 1].font;
                break;
            }
        hyphen_glyph(c, hfont, &hgid, &hw);
        hw *= size;
        W += hw;
    }
    double r = 0, overfull = 0;
    if (ps->justify) {
        if (W > w + EPS && Z > 0)
            r = (w - W) / Z;
        else if (!last && W < w - EPS && Y > 0)
            r = (w - W) / Y;
    }
    /* too wide even with all the shrink (or, ragged or without glue, at
     * all): reported, with a ratio below -1 in the figures */
    double excess = W - (ps->justify ? Z : 0) - w;
    if (excess > 0.01) {
        diag(T_OVERFULL, c->opt ? c->opt->source_name : NULL, ps->src_line,
             0, excess);
        overfull = ps->justify && Z > 0 ? r : -1 - excess / w;
        r = ps->justify ? -1 : 0;
    }
    /* target positions of the shown glyphs */
    size_t n = 0;
    for (size_t k = st; k < en; k++)
        n += (size_t)(c->ti[k].g1 - c->ti[k].g0);
    xgrow(&c->pg, &c->cappg, n + 1, sizeof *c->pg);
    xgrow(&c->gx, &c->capgx, n + 2, sizeof *c->gx);
    xgrow(&c->gidx, &c->capgidx, n + 1, sizeof *c->gidx);
    int *gidx = c->gidx;
    double pen = x;
    size_t m = 0;
    for (size_t k = st; k < en; k++) {
        const struct br_item *it = &c->it[k];
        for (int q = c->ti[k].g0; q < c->ti[k].g1; q++) {
            gidx[m] = q;
            if (it->type == BR_GLUE) {
                c->gx[m++] = pen;
                pen += it->width + (r > 0 ? r * it->stretch : r * it->shrink);
            } else {
                c->gx[m++] = pen + c->g[q].xoff;  /* marks: the shaper's place */
                pen += c->g[q].adv;
            }
        }
    }
    if (hy) {
        c->gx[m] = pen;
        gidx[m++] = -1;
        pen += hw;
    }
    /* text of the line */
    unsigned t0 = 0, t1 = 0;
    int seen = 0;
    for (size_t q = 0; q < m; q++)
        if (gidx[q] >= 0) {
            const struct tchar *t = &c->ch[c->g[gidx[q]].ch];
            if (!seen)
                t0 = t->off;
            seen = 1;
            if (t->off + t->len > t1)
                t1 = t->off + t->len;
        }
    /* runs: consecutive glyphs in one font at one height (a mark the
     * shaper raises or lowers gets a run of its own) */
    for (size_t q = 0; q < m;) {
        int f = gidx[q] >= 0 ? c->g[gidx[q]].font : hfont;
        double yo = gidx[q] >= 0 ? c->g[gidx[q]].yoff : 0;
        size_t e = q + 1;
        while (e < m && (gidx[e] >= 0 ? c->g[gidx[e]].font : hfont) == f &&
               (gidx[e] >= 0 ? c->g[gidx[e]].yoff : 0) == yo)
            e++;
        unsigned r0 = gidx[q] >= 0 ? c->ch[c->g[gidx[q]].ch].off : t1;
        unsigned r1 = r0;
        double actual = c->gx[q];
        struct buf rt;
        buf_init(&rt);
        for (size_t k = q; k < e; k++) {
            struct pg_glyph *pg = &c->pg[k - q];
            double natw;
            if (gidx[k] >= 0) {
                const struct tglyph *g = &c->g[gidx[k]];
                const struct tchar *t = &c->ch[g->ch];
                pg->gid = g->gid;
                pg->cluster = t->off - r0;
                if (t->off + t->len > r1)
                    r1 = t->off + t->len;
                natw = g->nat;
            } else {
                pg->gid = hgid;
                pg->cluster = r1 - r0;
                natw = hw;
            }
            int adj = 0;
            if (k > q)
                adj = (int)lround((actual - c->gx[k]) * 1000.0 / size);
            pg->adjust = adj;
            actual = actual - adj * size / 1000.0;
            actual += natw;
        }
        buf_add(&rt, c->text.s + r0, r1 - r0);
        if (e == m && hy)
            buf_addc(&rt, '-');
        page_add_run(box, f, size, c->gx[q], y + yo, color, rt.s, rt.len, c->pg,
                     e - q);
        buf_free(&rt);
        q = e;
    }
    /* link areas: glyphs of one linked span */
    for (size_t q = 0; q < m;) {
        int sp = gidx[q] >= 0 ? c->ch[c->g[gidx[q]].ch].span : -1;
        size_t e = q + 1;
        while (e < m && gidx[e] >= 0 && c->ch[c->g[gidx[e]].ch].span == sp)
            e++;
        const struct span *spp = NULL;
        if (sp >= 0 && ps->block >= 0 && (size_t)ps->block < c->s->nblocks)
            spp = &c->s->blocks[ps->block].spans[sp];
        if (spp && spp->link) {
            double x2 = e < m ? c->gx[e] : pen;
            page_add_link(box, c->gx[q], y - 0.25 * size, x2, y + 0.85 * size,
                          spp->link);
        }
        q = e;
    }
    struct buf lt;
    buf_init(&lt);
    if (t1 > t0)
        buf_add(&lt, c->text.s + t0, t1 - t0);
    if (hy)
        buf_addc(&lt, '-');
    struct pg_line *pl = page_add_line(box, lt.s ? lt.s : "", lt.len);
    buf_free(&lt);
    pl->x = x;
    pl->y = y;
    pl->width = pen - x;
    pl->ratio = overfull < 0 ? overfull : ps->justify ? r : 0;  /* see above */
    pl->hyphen = hy;
    pl->last = last;
    pl->block = ps->block;
    pl->src_line = ps->src_line;
    pl->role = ps->rname;
}

/* Prepare the paragraph of spans for role: characters, glyphs, items;
 * with hyphenation points when hyph is set. */
static int prepare(struct ctx *c, const struct pset *ps, const struct span *sp,
                   size_t nsp, int hyph)
{
    double size = c->lay->font[ps->role].size;
    if (collect(c, ps->role, sp, nsp, ps->src_line))
        return -1;
    shape(c, size);
    if (hyph)
        hyphenate(c);
    build_items(c, ps, size);
    return 0;
}

/* Append a vertical list entry; returns it. */
static struct vitem *vadd(struct ctx *c, enum vkind kind, double h, int brk_ok)
{
    xgrow(&c->v, &c->capv, c->nv + 1, sizeof *c->v);
    struct vitem *v = &c->v[c->nv++];
    memset(v, 0, sizeof *v);
    v->kind = kind;
    v->height = h;
    v->brk_ok = brk_ok;
    v->anchor = -1;
    return v;
}

/* Set a paragraph.  With into == NULL every line becomes a box of the
 * vertical list (widow and orphan rules, keep-with-next applied); else the
 * lines go into `into` from y = top downwards.  Returns the line count, or
 * -1 when a font cannot be loaded. */
static int set_para(struct ctx *c, const struct pset *ps, const struct span *sp,
                    size_t nsp, struct page *into, double top)
{
    int first_fit = c->opt && c->opt->first_fit;
    int hyph = ps->hyphenate && c->lay->hyphenate;
    /* Hyphenation is lazy, as in TeX: total-fit first tries the paragraph
     * without hyphenation points (the pretolerance pass); only when that
     * fails are the points found and the paragraph broken again.  That
     * gives the lines breaking with the points at once would give, since
     * the pretolerance pass never breaks at them.  First-fit hyphenates the
     * word that overflows, so it needs the points from the start. */
    if (prepare(c, ps, sp, nsp, hyph && first_fit))
        return -1;
    if (c->nch == 0)
        return 0;
    const struct lay_font *lf = &c->lay->font[ps->role];
    double widths[2] = {ps->width0, ps->width};
    struct br_result res;
    memset(&res, 0, sizeof res);
    if (hyph && !first_fit) {
        struct br_params bp = c->bp;
        bp.first_pass_only = 1;
        if (br_break(c->it, c->nit, widths, 2, &bp, 0, &res) != 0) {
            hyphenate(c);
            build_items(c, ps, lf->size);
            bp.first_pass_only = 0;
            bp.pretolerance = -1;
            br_break(c->it, c->nit, widths, 2, &bp, 0, &res);
        }
    } else {
        br_break(c->it, c->nit, widths, 2, &c->bp, first_fit, &res);
    }
    double bo = baseline_offset(lf);
    for (size_t k = 0; k < res.nlines; k++) {
        size_t en = res.lines[k].end;
        size_t st = res.lines[k].start;
        int last = k + 1 == res.nlines;
        double x = k == 0 ? ps->x0 : ps->x, w = k == 0 ? ps->width0 : ps->width;
        if (into) {
            emit_line(c, ps, st, en, last, x, top - k * lf->leading - bo, w, into);
        } else {
            int ok = k == 0 ? !c->keep_next
                            : (k >= 2 && res.nlines - k >= 2);
            struct vitem *v = vadd(c, V_BOX, lf->leading, ok);
            emit_line(c, ps, st, en, last, x, -bo, w, &v->box);
        }
    }
    int n = (int)res.nlines;
    br_result_free(&res);
    if (!into)
        c->keep_next = 0;
    return n;
}

/* A paragraph of plain text in role on the full measure, ragged. */
static int set_plain(struct ctx *c, enum lay_role role, const char *text,
                     int block, int line)
{
    struct span sp = {(char *)text, SPAN_PLAIN, NULL};
    struct pset ps = {role, role_name[role], 0, 0, c->measure, c->measure,
                      0, 0, block, line, role == ROLE_TITLE};
    return set_para(c, &ps, &sp, 1, NULL, 0);
}

/* ---- the table's setter ------------------------------------------------- */

static double cell_measure(void *vc, enum lay_role role, const char *text,
                           double *minw)
{
    struct ctx *c = vc;
    struct span sp = {(char *)text, SPAN_PLAIN, NULL};
    struct pset ps = {role, role_name[role], 0, 0, 1e9, 1e9, 0, 0, -1, 0, 0};
    *minw = 0;
    if (prepare(c, &ps, &sp, 1, 0))
        return 0;
    double total = 0, piece = 0;
    for (size_t k = 0; k < c->nit; k++) {
        const struct br_item *it = &c->it[k];
        if (it->type == BR_BOX) {
            piece += it->width;
        } else if (it->type == BR_GLUE && it->width > 0) {
            total += it->width;
        } else if (it->type == BR_PENALTY && it->penalty < BR_INF) {
            if (piece > *minw)
                *minw = piece;
            total += piece;
            piece = 0;
        }
    }
    if (piece > *minw)
        *minw = piece;
    return total + piece;
}

static double cell_set(void *vc, enum lay_role role, const char *text,
                       double x, double top, double w, struct page *box)
{
    struct ctx *c = vc;
    struct span sp = {(char *)text, SPAN_PLAIN, NULL};
    struct pset ps = {role, role_name[role], 0, 0, w, w, x, x, -1, 0, 0};
    int n = set_para(c, &ps, &sp, 1, box, top);
    return n > 0 ? n * c->lay->font[role].leading : 0;
}

/* ---- the vertical list -------------------------------------------------- */

static void add_space(struct ctx *c, double h)
{
    if (h > 0)
        vadd(c, V_SPACE, h, 0);
}

/* Letterhead, rule, dateline and title; all kept with the first block. */
static int front_matter(struct ctx *c)
{
    const struct statement *s = c->s;
    const struct layout *lay = c->lay;
    const char *agency = s->agency ? s->agency : lay->agency;
    int any = 0;
    const char *lh[3] = {agency, s->office, s->kind};
    for (int r = 0; r < 3; r++)
        if (lh[r] && *lh[r]) {
            c->keep_next = any;
            if (set_plain(c, (enum lay_role)(ROLE_AGENCY + r), lh[r], -1, 0) < 0)
                return -1;
            any = 1;
        }
    if (any || lay->rule_width > 0) {
        struct vitem *v = vadd(c, V_BOX, 6 + lay->rule_width, 0);
        double y = -3 - lay->rule_width / 2;
        if (lay->rule_width > 0)
            page_add_rule(&v->box, 0, y, c->measure, y, lay->rule_width,
                          lay->color_rule);
        add_space(c, lay->space_after_letterhead);
    }
    char *date = stmt_date_long(s->date);
    struct buf dl;
    buf_init(&dl);
    if (s->place && *s->place)
        buf_adds(&dl, s->place);
    if (date) {
        if (dl.len)
            buf_adds(&dl, " \xE2\x80\x94 ");
        buf_adds(&dl, date);
    }
    free(date);
    int rc = 0;
    if (dl.len) {
        c->keep_next = 1;
        rc = set_plain(c, ROLE_DATELINE, dl.s, -1, 0);
        add_space(c, lay->paragraph_space);
    }
    buf_free(&dl);
    if (rc < 0)
        return -1;
    size_t first = c->nv;
    if (s->title && *s->title) {
        c->keep_next = 1;
        if (set_plain(c, ROLE_TITLE, s->title, -1, 0) < 0)
            return -1;
        add_space(c, lay->space_after_title);
    }
    if (first < c->nv) {
        c->v[first].anchor = 1;
        c->statement_marked = 1;
    }
    c->keep_next = 1;
    return 0;
}

/* 1 if the block's text ends with a colon (spaces aside). */
static int ends_with_colon(const struct block *b)
{
    for (size_t k = b->nspans; k-- > 0;) {
        const char *t = b->spans[k].text ? b->spans[k].text : "";
        size_t n = strlen(t);
        while (n > 0 && (t[n - 1] == ' ' || t[n - 1] == '\n' || t[n - 1] == '\t'))
            n--;
        if (n > 0)
            return t[n - 1] == ':';
    }
    return 0;
}

/* The statement's blocks. */
static int body(struct ctx *c)
{
    const struct statement *s = c->s;
    const struct layout *lay = c->lay;
    int after_heading = 1;
    for (size_t i = 0; i < s->nblocks; i++) {
        const struct block *b = &s->blocks[i];
        if (i > 0)
            add_space(c, lay->paragraph_space);
        size_t first = c->nv;
        struct pset ps = {ROLE_BODY, "body", 1, 1, c->measure, c->measure,
                          0, 0, (int)i, b->line, 0};
        int lvl = b->level > 0 ? b->level : 1;
        double marker_x = -1;
        switch (b->kind) {
        case BLK_HEADING:
            ps.role = ROLE_HEADING;
            ps.rname = "heading";
            ps.justify = ps.hyphenate = 0;
            ps.keep_last_words = 1;
            break;
        case BLK_LIST_ITEM:
            ps.rname = "list";
            ps.x0 = ps.x = lay->list_indent * lvl;
            ps.width0 = ps.width = c->measure - ps.x;
            marker_x = ps.x;
            break;
        case BLK_QUOTE:
            ps.rname = "quote";
            ps.x0 = ps.x = lay->list_indent * lvl;
            ps.width0 = ps.width = c->measure - 2 * ps.x;
            break;
        case BLK_PARAGRAPH:
            if (lay->paragraph_indent > 0 && !after_heading) {
                ps.x0 = lay->paragraph_indent;
                ps.width0 = c->measure - ps.x0;
            }
            break;
        }
        if (ps.width < 36 || ps.width0 < 36) {  /* absurd indents */
            ps.x0 = ps.x = 0;
            ps.width0 = ps.width = c->measure;
        }
        int keep = c->keep_next;
        int n = set_para(c, &ps, b->spans, b->nspans, NULL, 0);
        if (n < 0)
            return -1;
        if (n == 0)
            c->keep_next = keep;
        if (first < c->nv && !c->statement_marked) {
            c->v[first].anchor = 1;
            c->statement_marked = 1;
        }
        if (marker_x >= 0 && b->marker && *b->marker && first < c->nv) {
            /* the marker hangs in the indent, right-aligned before the text */
            struct vitem *v = &c->v[first];
            const struct lay_font *lf = &lay->font[ROLE_BODY];
            struct span sp = {b->marker, SPAN_PLAIN, NULL};
            struct pset mp = ps;
            mp.block = -1;
            mp.justify = mp.hyphenate = 0;
            mp.width0 = mp.width = 1e9;
            if (prepare(c, &mp, &sp, 1, 0))
                return -1;
            double mw = glyph_width(c, 0, (int)c->ng);
            double mx = marker_x - 0.5 * lf->size - mw;
            if (mx < 0)
                mx = 0;
            struct page tmp;
            memset(&tmp, 0, sizeof tmp);
            if (c->ng > 0) {
                emit_line(c, &mp, 0, c->nit - 1, 1, mx, -baseline_offset(lf), 1e9, &tmp);
                for (size_t k = 0; k < tmp.nruns; k++) {
                    struct pg_run *r = &tmp.runs[k];
                    page_add_run(&v->box, r->font, r->size, r->x, r->y, r->color,
                                 r->text, strlen(r->text), r->glyphs, r->nglyphs);
                }
            }
            tbl_box_free(&tmp);
        }
        after_heading = b->kind == BLK_HEADING;
        if (b->kind == BLK_HEADING)
            c->keep_next = 1;
        /* a paragraph introducing a list ("committed to:") stays with it */
        if (b->kind == BLK_PARAGRAPH && i + 1 < s->nblocks &&
            s->blocks[i + 1].kind == BLK_LIST_ITEM && ends_with_colon(b))
            c->keep_next = 1;
    }
    return 0;
}

/* Caption, header and rows of the participant table. */
static int table(struct ctx *c, struct tbl *t)
{
    if (c->s->nparts == 0)
        return 0;
    add_space(c, c->lay->table_space_before);
    size_t first = c->nv;
    if (c->lay->table_caption && *c->lay->table_caption) {
        if (set_plain(c, ROLE_HEADING, c->lay->table_caption, -1, 0) < 0)
            return -1;
        add_space(c, c->lay->table_padding);
    }
    struct tbl_setter set = {c, cell_measure, cell_set};
    tbl_build(c->s, c->lay, c->measure, &set, t);
    if (c->err)
        return -1;
    struct vitem *h = vadd(c, V_BOX, t->head.height, first == c->nv);
    h->row = 2;  /* the header itself */
    c->v[first].anchor = 2;
    for (size_t i = 0; i < t->nrows; i++) {
        struct vitem *v = vadd(c, V_BOX, t->rows[i].height, i > 0);
        v->row = 1;
        v->part = i;
        v->box = t->rows[i].box;  /* moved */
        memset(&t->rows[i].box, 0, sizeof t->rows[i].box);
    }
    return 0;
}

/* ---- pages -------------------------------------------------------------- */

/* Move (or copy) the content of box onto page p, shifted by dx, dy. */
static void place(struct page *p, struct page *box, double dx, double dy,
                  int copy)
{
    for (size_t i = 0; i < box->nruns; i++) {
        struct pg_run *r = &box->runs[i];
        if (copy) {
            page_add_run(p, r->font, r->size, r->x + dx, r->y + dy, r->color,
                         r->text, strlen(r->text), r->glyphs, r->nglyphs);
        } else {
            xgrow(&p->runs, &p->capruns, p->nruns + 1, sizeof *p->runs);
            struct pg_run *d = &p->runs[p->nruns++];
            *d = *r;
            d->x += dx;
            d->y += dy;
        }
    }
    for (size_t i = 0; i < box->nrules; i++) {
        struct pg_rule *r = &box->rules[i];
        page_add_rule(p, r->x1 + dx, r->y1 + dy, r->x2 + dx, r->y2 + dy,
                      r->width, r->color);
    }
    for (size_t i = 0; i < box->nlinks; i++) {
        struct pg_link *l = &box->links[i];
        page_add_link(p, l->x1 + dx, l->y1 + dy, l->x2 + dx, l->y2 + dy, l->uri);
    }
    for (size_t i = 0; i < box->nlines; i++) {
        struct pg_line *l = &box->lines[i];
        struct pg_line *d;
        if (copy) {
            d = page_add_line(p, l->text, strlen(l->text));
            char *t = d->text;
            *d = *l;
            d->text = t;
        } else {
            xgrow(&p->lines, &p->caplines, p->nlines + 1, sizeof *p->lines);
            d = &p->lines[p->nlines++];
            *d = *l;
        }
        d->x += dx;
        d->y += dy;
    }
    if (!copy) {
        free(box->runs);
        free(box->lines);
        box->runs = NULL;
        box->lines = NULL;
        box->nruns = box->nlines = box->capruns = box->caplines = 0;
    }
}

static double left_margin(const struct layout *lay, size_t page_no)
{
    return lay->duplex && page_no % 2 == 1 ? lay->margin_outer : lay->margin_inner;
}

/* Break the vertical list into pages and place it. */
static void paginate(struct ctx *c, struct tbl *t, struct doc *d)
{
    const struct layout *lay = c->lay;
    double top = lay->page_height - lay->margin_top;
    double avail = top - lay->margin_bottom;
    size_t i = 0;
    while (i < c->nv) {
        if (d->npages > 0)
            while (i < c->nv && c->v[i].kind == V_SPACE)
                i++;
        if (i >= c->nv)
            break;
        int head = c->v[i].row == 1;
        if (head) {
            /* a delegation's rows continued here: name it again */
            struct tbl_setter set = {c, cell_measure, cell_set};
            struct tbl_row cont;
            if (tbl_row_continued(c->s, lay, &set, t, c->v[i].part, &cont)) {
                tbl_box_free(&c->v[i].box);
                c->v[i].box = cont.box;
                c->v[i].height = cont.height;
            }
        }
        double used = head ? t->head.height : 0;
        size_t end = c->nv, cand = 0;
        for (size_t j = i; j < c->nv; j++) {
            const struct vitem *v = &c->v[j];
            if (v->kind == V_SPACE) {
                used += v->height;
                continue;
            }
            if (j > i && v->brk_ok)
                cand = j;
            if (j > i && used + v->height > avail + EPS) {
                end = cand > i ? cand : j;
                if (cand <= i)
                    diag(T_TOO_TALL, c->opt ? c->opt->source_name : NULL, 0, 0,
                         "a group of lines that must stay together");
                break;
            }
            used += v->height;
        }
        /* place [i, end) */
        struct page *p = doc_add_page(d, lay->page_width, lay->page_height);
        size_t pno = d->npages - 1;
        double x = left_margin(lay, pno), y = top;
        if (head) {
            place(p, &t->head.box, x, y, 1);
            y -= t->head.height;
        }
        for (size_t j = i; j < end; j++) {
            struct vitem *v = &c->v[j];
            if (v->anchor >= 0) {
                c->have_anchor[v->anchor] = 1;
                c->anchor_page[v->anchor] = pno;
                c->anchor_y[v->anchor] = y;
            }
            if (v->kind == V_BOX) {
                if (v->row == 2)
                    place(p, &t->head.box, x, y, 1);
                else
                    place(p, &v->box, x, y, 0);
            }
            y -= v->height;
            /* a table continued overleaf gets a closing rule here */
            if (v->row == 1 && j + 1 == end && end < c->nv && c->v[end].row == 1)
                page_add_rule(p, x, y, x + t->width, y, lay->table_rule_width,
                              lay->color_rule);
        }
        i = end;
    }
    if (d->npages == 0)
        doc_add_page(d, lay->page_width, lay->page_height);
}

/* "Page N of M" and the copy line on every page. */
static int footers(struct ctx *c, struct doc *d)
{
    const struct layout *lay = c->lay;
    const struct statement *s = c->s;
    if (!lay->footer)
        return 0;
    struct buf copy, pg;
    buf_init(&copy);
    buf_init(&pg);
    static const char dot[] = " \xC2\xB7 ";
    if (s->kind && *s->kind)
        buf_adds(&copy, s->kind);
    if (s->date && *s->date) {
        if (copy.len)
            buf_adds(&copy, dot);
        buf_adds(&copy, s->date);
    }
    if (c->opt && c->opt->fingerprint && *c->opt->fingerprint) {
        if (copy.len)
            buf_adds(&copy, dot);
        buf_printf(&copy, "SHA-256 %s", c->opt->fingerprint);
    }
    const struct lay_font *lf = &lay->font[ROLE_FOOTER];
    double bo = baseline_offset(lf);
    int rc = 0;
    for (size_t k = 0; k < d->npages && rc == 0; k++) {
        buf_clear(&pg);
        buf_printf(&pg, "Page %zu of %zu", k + 1, d->npages);
        double x = left_margin(lay, k);
        size_t nv = c->nv;
        /* set both as one-line paragraphs, then move them into place */
        if (set_plain(c, ROLE_FOOTER, pg.s, -1, 0) < 0 ||
            (copy.len && set_plain(c, ROLE_FOOTER, copy.s, -1, 0) < 0)) {
            rc = -1;
            break;
        }
        struct vitem *vp = &c->v[nv];
        double pw = vp->box.nlines ? vp->box.lines[0].width : 0;
        double cw = c->nv > nv + 1 ? c->v[nv + 1].box.lines[0].width : 0;
        double base = lay->footer_offset;
        double py = base + bo;  /* box top such that the baseline is at base */
        struct page *p = &d->pages[k];
        /* the page number on the outer edge: right, or left on the even
         * pages of a duplex layout, with the copy line on the other side */
        int left = lay->duplex && k % 2 == 1;
        if (c->nv > nv + 1) {
            double cy = py;
            if (cw + pw + lf->size > c->measure)
                cy -= lf->leading;
            place(p, &c->v[nv + 1].box, left ? x + c->measure - cw : x, cy, 0);
        }
        place(p, &vp->box, left ? x : x + c->measure - pw, py, 0);
        while (c->nv > nv)
            tbl_box_free(&c->v[--c->nv].box);
    }
    buf_free(&copy);
    buf_free(&pg);
    return rc;
}

static void ctx_free(struct ctx *c)
{
    for (size_t i = 0; i < c->nv; i++)
        tbl_box_free(&c->v[i].box);
    free(c->v);
    buf_free(&c->text);
    free(c->ch);
    free(c->g);
    free(c->it);
    free(c->ti);
    free(c->cfirst);
    free(c->pg);
    free(c->gx);
    free(c->hp);
    free(c->noted);
    free(c->hy_gid);
    free(c->hy_w);
    free(c->gidx);
    for (size_t i = 0; c->scache && i < SHAPE_CACHE_SLOTS; i++)
        if (c->scache[i].font >= 0) {
            struct shape_entry *e = &c->scache[i];
            free(e->text);
            free(e->gid);
            free(e->cluster);
            free(e->xadv);
        }
    free(c->scache);
    for (size_t i = 0; i < c->nfcache; i++) {
        free(c->fcache[i].adv);
        free(c->fcache[i].has);
    }
    free(c->fcache);
    shaped_free(&c->sh);
    if (c->hy && c->hy_own)
        hy_close(c->hy);
}

int ts_typeset(const struct statement *s, const struct layout *lay,
               struct fontset *fs, const struct ts_options *opt,
               struct doc *out)
{
    return ts_typeset_hy(s, lay, fs, opt, NULL, out);
}

int ts_typeset_hy(const struct statement *s, const struct layout *lay,
                  struct fontset *fs, const struct ts_options *opt,
                  struct hy_dict *hy, struct doc *out)
{
    struct ctx c;
    memset(&c, 0, sizeof c);
    c.hy = hy;
    c.s = s;
    c.lay = lay;
    c.fs = fs;
    c.opt = opt;
    for (int r = 0; r < ROLE_COUNT; r++)
        for (int b = 0; b < 4; b++)
            c.font[r][b] = -2;
    br_default_params(&c.bp);
    c.measure = lay->page_width - lay->margin_inner - lay->margin_outer;
    shaped_init(&c.sh);
    buf_init(&c.text);
    doc_init(out);
    struct tbl t;
    memset(&t, 0, sizeof t);
    int rc = 0;
    for (int r = 0; r < ROLE_COUNT; r++)
        if (role_font(&c, (enum lay_role)r, 0) < 0)
            rc = 3;
    if (rc == 0 && (front_matter(&c) < 0 || body(&c) < 0 || table(&c, &t) < 0))
        rc = 3;
    if (rc == 0) {
        paginate(&c, &t, out);
        if (footers(&c, out) < 0)
            rc = 3;
    }
    if (rc == 0) {
        const char *top = s->short_title && *s->short_title ? s->short_title
                          : s->title && *s->title ? s->title
                          : s->kind && *s->kind ? s->kind : "Statement";
        doc_add_anchor(out, top, 0, 0, lay->page_height);
        if (c.have_anchor[1])
            doc_add_anchor(out, "Statement", 1, c.anchor_page[1], c.anchor_y[1]);
        if (c.have_anchor[2])
            doc_add_anchor(out, lay->table_caption && *lay->table_caption
                                    ? lay->table_caption : "Participants",
                           1, c.anchor_page[2], c.anchor_y[2]);
    }
    tbl_free(&t);
    ctx_free(&c);
    if (rc)
        doc_free(out);
    return rc;
}
