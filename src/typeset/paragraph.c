/* paragraph.c -- one paragraph from spans to line breaks: its text cleaned
 * into characters (spaces collapsed, invisible ones dropped, fonts chosen,
 * break opportunities recorded), shaped into glyphs, hyphenated, turned into
 * Knuth-Plass boxes, glue and penalties, and broken into lines (breaker.c),
 * hyphenating lazily as TeX does. */
#include "typeset/ts_internal.h"

#include <stdlib.h>
#include <string.h>

#include "base/diag.h"
#include "base/uchar.h"

#define FINISH_STRETCH 100000.0  /* the paragraph's finishing glue */
#define SPLIT_PENALTY 1000        /* breaking a too-wide word */
/* Breaking after an explicit hyphen ("U.S.-Mexico"): a last resort (at or
 * above BR_LAST_RESORT, so only the breaker's final pass uses it) and costly
 * there, because text extraction (poppler) takes a hyphen at a line end for
 * an added one and drops it, so the extracted word would lose a character. */
#define EXPLICIT_HYPHEN_PENALTY 5000
/* The breaker's last resort for justified text: extra stretch in the
 * emergency pass as a fraction of the measure (TeX's emergencystretch, 3 em
 * of an 11 pt face on a 450 pt measure), the overhang past the measure a
 * line may have rather than glue looser than LOOSE_LIMIT (1.8 times the
 * normal space: the glue stretches by half its width). */
#define EMERGENCY_FRACTION 0.075
#define OVERHANG 0.5
#define LOOSE_LIMIT 1.6
/* Justified text: demerits of adjacent lines of fitness classes two apart
 * (TeX's adjdemerits), so that spacing changes gently from line to line. */
#define ADJ_DEMERITS 10000
#define TOLERANCE 1.0
#define PRETOLERANCE 0.6
#define SMOOTH_DEMERITS 50000
/* Breaking after a slash ("Daesh/ISIS"): a last resort too, since text
 * extraction reads the line end as a space ("Daesh/ ISIS"); long URLs
 * still break there when nothing else fits. */
#define SLASH_PENALTY 5000
/* Hyphenating a common word that is capitalised ("Secretary", a sentence's
 * first word) costs this much more than a lowercase word (TeX's
 * \hyphenpenalty, 50): names the dictionary misses are safer whole. */
#define CAPITAL_HYPHEN_EXTRA 150

/* Break opportunity before a character (ts_char.brk). */
enum brk { BRK_NONE, BRK_ZWSP, BRK_EXPL, BRK_DASH, BRK_SHY, BRK_HYPH, BRK_SPLIT,
           BRK_HYPH_CAP, BRK_SLASH };

void ts_para_init(struct ts_para *p, struct ts_fonts *fonts,
                  const struct layout *lay, const char *source,
                  struct hy_dict *hy)
{
    memset(p, 0, sizeof *p);
    p->fonts = fonts;
    p->lay = lay;
    p->source = source;
    p->hy = hy;
    br_default_params(&p->bp);
    buf_init(&p->text);
}

void ts_para_free(struct ts_para *p)
{
    buf_free(&p->text);
    free(p->ch);
    free(p->g);
    free(p->it);
    free(p->ti);
    free(p->cfirst);
    free(p->hp);
    ts_vocab_free(&p->vocab);
    if (p->hy && p->hy_own)
        hy_close(p->hy);
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

/* Append a character shown as src[0..len) to p->ch and p->text. */
static void add_char(struct ts_para *p, const char *src, size_t len,
                     unsigned cp, int font, int span, int space,
                     unsigned char brk)
{
    xgrow(&p->ch, &p->capch, p->nch + 1, sizeof *p->ch);
    p->ch[p->nch++] = (struct ts_char){(unsigned)p->text.len, (unsigned)len,
                                       cp, font, span,
                                       (unsigned char)space, brk, 0};
    buf_add(&p->text, src, len);
}

/* The break opportunity before cp that the characters so far give: after
 * an explicit hyphen, a dash, or a slash (URLs, "and/or"). */
static unsigned char implied_break(const struct ts_para *p, unsigned cp)
{
    if (p->nch == 0 || p->ch[p->nch - 1].space || is_mark(cp))
        return BRK_NONE;
    unsigned prev = p->ch[p->nch - 1].cp;
    int prev2 = p->nch > 1 && !p->ch[p->nch - 2].space &&
                p->ch[p->nch - 2].cp != '-';
    if ((prev == '-' || prev == 0x2010) && prev2 && is_alnum(cp))
        return BRK_EXPL;
    if ((prev == 0x2013 || prev == 0x2014) && is_alnum(cp))
        return BRK_DASH;
    if (prev == '/' && cp != '/' && prev2)
        return BRK_SLASH;
    return BRK_NONE;
}

/* Clean the spans' text into p->text and p->ch: spaces collapsed, invisible
 * characters dropped, break opportunities recorded, fonts chosen.  Returns
 * 0, or -1 when a font cannot be loaded. */
static int collect(struct ts_para *p, enum lay_role role, const struct span *sp,
                   size_t nsp, int line)
{
    buf_clear(&p->text);
    p->nch = 0;
    int pending_space = 0, space_font = -1, space_span = -1;
    unsigned char pending_brk = BRK_NONE;
    for (size_t k = 0; k < nsp; k++) {
        const char *t = sp[k].text ? sp[k].text : "";
        size_t n = strlen(t);
        int primary = ts_role_font(p->fonts, role, sp[k].style & 3);
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
                pending_space = p->nch > 0;
                pending_brk = BRK_NONE;
                continue;
            }
            if (cp == 0x200B || cp == 0xAD) {
                if (!pending_space && p->nch > 0)
                    pending_brk = cp == 0xAD ? BRK_SHY : BRK_ZWSP;
                continue;
            }
            if (is_invisible(cp))
                continue;
            int f = ts_char_font(p->fonts, primary, cp, line);
            if (f < 0)
                continue;
            if (pending_space) {
                add_char(p, " ", 1, ' ', space_font, space_span, 1, BRK_NONE);
                pending_space = 0;
            }
            unsigned char brk = is_mark(cp) ? BRK_NONE : pending_brk;
            pending_brk = BRK_NONE;
            if (brk == BRK_NONE)
                brk = implied_break(p, cp);
            add_char(p, src, l, cp, f, (int)k, 0, brk);
        }
    }
    return 0;
}

/* ---- glyphs ------------------------------------------------------------- */

/* Glyphs [g0, ng) were shaped from characters up to j: a cluster of as
 * many glyphs as characters (a letter and its combining marks) gives each
 * glyph its own character, so that each maps to its own text. */
static void split_clusters(struct ts_para *p, size_t g0, size_t j)
{
    for (size_t q = g0; q < p->ng;) {
        size_t e = q + 1;
        while (e < p->ng && p->g[e].ch == p->g[q].ch)
            e++;
        size_t k0 = (size_t)p->g[q].ch, k1 = k0 + 1;
        while (k1 < j && (e == p->ng || (int)k1 < p->g[e].ch))
            k1++;
        if (e - q > 1 && k1 - k0 == e - q)
            for (size_t x = q; x < e; x++)
                p->g[x].ch = (int)(k0 + (x - q));
        q = e;
    }
}

/* Shape characters [i, j), all in one font, script and direction, onto the
 * end of p->g, in logical order (a right-to-left run's glyphs reversed:
 * lines.c puts them back in visual order). */
static void shape_run(struct ts_para *p, size_t i, size_t j, unsigned script,
                      double size)
{
    struct ts_fonts *fo = p->fonts;
    int f = p->ch[i].font;
    int rtl = p->ch[i].level & 1;
    double sc = ts_font_scale(fo, f, size);
    unsigned base = p->ch[i].off;
    unsigned end = p->ch[j - 1].off + p->ch[j - 1].len;
    ts_shape_text(fo, f, script, rtl, p->text.s + base, end - base);
    xgrow(&p->g, &p->capg, p->ng + fo->sh.n, sizeof *p->g);
    size_t k = i;  /* character of the current glyph (clusters ascend) */
    size_t g0 = p->ng;
    for (size_t v = 0; v < fo->sh.n; v++) {
        size_t q = rtl ? fo->sh.n - 1 - v : v;
        unsigned off = base + fo->sh.cluster[q];
        while (k + 1 < j && p->ch[k + 1].off <= off)
            k++;
        struct ts_glyph *g = &p->g[p->ng++];
        g->gid = fo->sh.gid[q];
        g->font = f;
        g->adv = fo->sh.x_advance[q] * sc;
        g->nat = ts_glyph_advance(fo, f, fo->sh.gid[q]) * sc;
        g->xoff = fo->sh.x_offset[q] * sc;
        g->yoff = fo->sh.y_offset[q] * sc;
        g->ch = (int)k;
        g->moved = 0;
    }
    split_clusters(p, g0, j);
}

/* The script of cp, or HB_SCRIPT_COMMON for one that takes its
 * neighbours' (spaces, digits, punctuation, combining marks). */
static unsigned char_script(unsigned cp)
{
    if (cp < 0x80)
        return ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') ? HB_SCRIPT_LATIN
                                                           : HB_SCRIPT_COMMON;
    hb_script_t sc = hb_unicode_script(hb_unicode_funcs_get_default(), cp);
    return sc == HB_SCRIPT_INHERITED || sc == HB_SCRIPT_UNKNOWN ? HB_SCRIPT_COMMON
                                                                : sc;
}

/* The kerning of a word's last glyph with the interword space after it
 * (Liberation Serif kerns "A" and "’" with a space) belongs to the space:
 * moved onto the space's glyph, it goes when a line break drops the space,
 * and the word's box is as wide as its glyphs are when a line ends there.
 * Left-to-right text in one font only; the total advance is unchanged. */
static void move_space_kerns(struct ts_para *p)
{
    for (size_t i = 1; i < p->nch; i++) {
        int sg = p->cfirst[i], lg = sg - 1;
        if (!p->ch[i].space || lg < 0 || sg >= (int)p->ng || p->g[sg].ch != (int)i ||
            p->g[lg].ch != (int)i - 1 || p->g[lg].font != p->g[sg].font ||
            ((p->ch[i].level | p->ch[i - 1].level) & 1))
            continue;
        double k = p->g[lg].adv - p->g[lg].nat;
        p->g[lg].adv -= k;
        p->g[sg].adv += k;
        p->g[sg].moved = k;
    }
}

/* Shape p->ch into p->g: one HarfBuzz call per run of one font, direction
 * and script (characters of no script of their own join the run). */
static void shape(struct ts_para *p, double size)
{
    p->ng = 0;
    xgrow(&p->cfirst, &p->capcf, p->nch + 1, sizeof *p->cfirst);
    for (size_t i = 0; i < p->nch;) {
        unsigned script = char_script(p->ch[i].cp);
        size_t j = i + 1;
        while (j < p->nch && p->ch[j].font == p->ch[i].font &&
               p->ch[j].level == p->ch[i].level) {
            unsigned sj = char_script(p->ch[j].cp);
            if (sj != HB_SCRIPT_COMMON && script != HB_SCRIPT_COMMON && sj != script)
                break;
            if (script == HB_SCRIPT_COMMON)
                script = sj;
            j++;
        }
        shape_run(p, i, j, script == HB_SCRIPT_COMMON ? HB_SCRIPT_LATIN : script,
                  size);
        i = j;
    }
    /* cfirst[i]: first glyph whose character is >= i. */
    size_t q = 0;
    for (size_t i = 0; i <= p->nch; i++) {
        while (q < p->ng && p->g[q].ch < (int)i)
            q++;
        p->cfirst[i] = (int)q;
    }
    move_space_kerns(p);
}

/* Quotes and brackets that may open a sentence, or close one. */
static int is_opening(unsigned cp)
{
    return cp == '"' || cp == '\'' || cp == '(' || cp == '[' || cp == 0x201C ||
           cp == 0x2018;
}

static int is_closing(unsigned cp)
{
    return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == 0x201D ||
           cp == 0x2019;
}

/* 1 if the word starting at character i opens the paragraph or a sentence:
 * after opening quotes and brackets, nothing before it or a space after a
 * ".", "?" or "!" (closing quotes and brackets aside) that does not end an
 * abbreviation or initial ("Mr.", "U.S.", "J."). */
static int sentence_start(const struct ts_para *p, size_t i)
{
    size_t k = i;
    while (k > 0 && is_opening(p->ch[k - 1].cp))
        k--;
    if (k == 0)
        return 1;
    if (!p->ch[k - 1].space || k < 2)
        return 0;
    k--;
    while (k > 0 && is_closing(p->ch[k - 1].cp))
        k--;
    if (k == 0)
        return 0;
    unsigned end = p->ch[k - 1].cp;
    if (end == '?' || end == '!')
        return 1;
    if (end != '.')
        return 0;
    /* the word before the period: more than three letters, no period inside */
    size_t a = k - 1, letters = 0;
    while (a > 0 && !p->ch[a - 1].space) {
        a--;
        if (p->ch[a].cp == '.')
            return 0;
        letters += is_letter(p->ch[a].cp);
    }
    return letters > 3;
}

/* The break kind the hyphenation points of the word of letters [i, j) get:
 * BRK_HYPH, BRK_HYPH_CAP, or BRK_NONE when it is not to be hyphenated. */
static unsigned char word_break_kind(struct ts_para *p, size_t i, size_t j)
{
    const char *w = p->text.s + p->ch[i].off;
    size_t n = p->ch[j - 1].off + p->ch[j - 1].len - p->ch[i].off;
    int name = p->s && stmt_has_name(p->s, w, n);
    int start = !name && uchar_is_upper_start(w) && sentence_start(p, i) &&
                ts_vocab_has_lower(&p->vocab, p->s, w, n);
    switch (hy_word_kind(w, n, start, name)) {
    case HY_WORD_LOWER:
        return BRK_HYPH;
    case HY_WORD_CAPITAL:
        return BRK_HYPH_CAP;
    default:
        return BRK_NONE;
    }
}

/* Mark hyphenation points of every word but the last: lowercase words and
 * capitalised common words, never names or acronyms (hy_word_kind). */
static void hyphenate(struct ts_para *p)
{
    if (!p->hy_tried) {
        p->hy_tried = 1;
        if (p->hy) {
            p->hy_own = 0;
        } else {
            p->hy = hy_open(NULL);
            p->hy_own = 1;
        }
    }
    if (!p->hy)
        return;
    size_t last_word = p->nch;
    while (last_word > 0 && !p->ch[last_word - 1].space)
        last_word--;
    for (size_t i = 0; i < last_word;) {
        if (!is_letter(p->ch[i].cp)) {
            i++;
            continue;
        }
        size_t j = i;
        int rtl = 0;  /* English patterns: no points in right-to-left words */
        while (j < last_word && is_letter(p->ch[j].cp))
            rtl |= p->ch[j++].level & 1;
        unsigned char kind = j - i >= 5 && !rtl ? word_break_kind(p, i, j)
                                                 : BRK_NONE;
        if (kind != BRK_NONE) {
            unsigned a = p->ch[i].off, b = p->ch[j - 1].off + p->ch[j - 1].len;
            xgrow(&p->hp, &p->caphp, b - a, 1);
            memset(p->hp, 0, b - a);
            if (hy_points_capital(p->hy, p->text.s + a, b - a, p->hp) > 0)
                for (size_t k = i + 1; k < j; k++)
                    if (p->hp[p->ch[k].off - a - 1] && p->ch[k].brk == BRK_NONE &&
                        p->cfirst[k] > p->cfirst[k - 1] && !is_mark(p->ch[k].cp))
                        p->ch[k].brk = kind;
        }
        i = j;
    }
}

/* ---- break items -------------------------------------------------------- */

static void add_item(struct ts_para *p, enum br_type type, double w, double st,
                     double sh, int pen, int flagged, int g0, int g1, int ch,
                     int hyphen)
{
    xgrow(&p->it, &p->capit, p->nit + 1, sizeof *p->it);
    xgrow(&p->ti, &p->capti, p->nit + 1, sizeof *p->ti);
    p->it[p->nit] = (struct br_item){type, w, st, sh, pen, flagged, 0, 0};
    p->ti[p->nit] = (struct ts_itemref){g0, g1, ch, hyphen};
    p->nit++;
}

double ts_glyph_width(const struct ts_para *p, int g0, int g1)
{
    double w = 0;
    for (int q = g0; q < g1; q++)
        w += p->g[q].adv;
    return w;
}

/* A break opportunity before character ch: a penalty, wrapped for ragged
 * setting in the Knuth-Plass way (stretch that only counts at a line end). */
static void add_break(struct ts_para *p, int ragged, double S, int pen,
                      int flagged, double hw, int ch, int hy)
{
    if (!ragged) {
        add_item(p, BR_PENALTY, hw, 0, 0, pen, flagged, -1, -1, ch, hy);
        return;
    }
    add_item(p, BR_PENALTY, 0, 0, 0, BR_INF, 0, -1, -1, ch, 0);
    add_item(p, BR_GLUE, 0, S, 0, 0, 0, -1, -1, ch, 0);
    add_item(p, BR_PENALTY, hw, 0, 0, pen, flagged, -1, -1, ch, hy);
    add_item(p, BR_GLUE, 0, -S, 0, 0, 0, -1, -1, ch, 0);
}

/* The word around character i, for messages. */
static char *word_at(const struct ts_para *p, size_t i)
{
    size_t a = i, b = i;
    while (a > 0 && !p->ch[a - 1].space)
        a--;
    while (b < p->nch && !p->ch[b].space)
        b++;
    unsigned o = p->ch[a].off, e = b > a ? p->ch[b - 1].off + p->ch[b - 1].len : o;
    return xstrndup(p->text.s + o, e - o);
}

/* Characters [a, b) form an unbreakable piece: add it as a box, split into
 * pieces (with a warning) when it is wider than maxw. */
static void add_box(struct ts_para *p, size_t a, size_t b, double maxw, int line,
                    int ragged, double S)
{
    int g0 = p->cfirst[a], g1 = p->cfirst[b];
    double w = ts_glyph_width(p, g0, g1);
    if (w <= maxw + TS_EPS || b - a < 2) {
        add_item(p, BR_BOX, w, 0, 0, 0, 0, g0, g1, -1, 0);
        return;
    }
    size_t w0 = a;  /* the word's start: reported once, not per piece */
    while (w0 > 0 && !p->ch[w0 - 1].space)
        w0--;
    if (p->wide_word != w0 + 1) {
        p->wide_word = w0 + 1;
        char *word = word_at(p, a);
        diag(T_WORD_TOO_WIDE, p->source, line, 0, word, w, maxw);
        free(word);
    }
    size_t start = a;
    double acc = 0;
    for (size_t k = a; k < b; k++) {
        double cw = ts_glyph_width(p, p->cfirst[k], p->cfirst[k + 1]);
        if (k > start && acc + cw > maxw + TS_EPS && !is_mark(p->ch[k].cp)) {
            add_item(p, BR_BOX, acc, 0, 0, 0, 0, p->cfirst[start], p->cfirst[k], -1, 0);
            add_break(p, ragged, S, SPLIT_PENALTY, 0, 0, (int)k, 0);
            start = k;
            acc = 0;
        }
        acc += cw;
    }
    add_item(p, BR_BOX, acc, 0, 0, 0, 0, p->cfirst[start], p->cfirst[b], -1, 0);
}

/* 1 if the space at character i comes before a spaced en or em dash
 * ("word – word", or the dash ending the paragraph): no line starts with
 * the dash, so the space does not break. */
static int before_spaced_dash(const struct ts_para *p, size_t i)
{
    if (i + 1 >= p->nch || (p->ch[i + 1].cp != 0x2013 && p->ch[i + 1].cp != 0x2014))
        return 0;
    return i + 2 >= p->nch || p->ch[i + 2].space;
}

/* The interword space at character i: glue, or for ragged setting glue
 * that stretches only at a line end; no break before a spaced dash.
 * Returns the item after the break (ragged), or 0. */
static size_t add_space(struct ts_para *p, size_t i, int justify, double S)
{
    int g0 = p->cfirst[i], g1 = p->cfirst[i + 1];
    double w = ts_glyph_width(p, g0, g1);
    int bind = before_spaced_dash(p, i);
    if (justify) {
        /* stretch and shrink as before the word's kerning was moved onto
         * the space (move_space_kerns) */
        double nat = w;
        for (int q = g0; q < g1; q++)
            nat -= p->g[q].moved;
        if (bind)  /* glue after a penalty is no break */
            add_item(p, BR_PENALTY, 0, 0, 0, BR_INF, 0, -1, -1, (int)i, 0);
        add_item(p, BR_GLUE, w, nat / 2, nat / 3, 0, 0, g0, g1, (int)i, 0);
        return 0;
    }
    add_item(p, BR_PENALTY, 0, 0, 0, BR_INF, 0, -1, -1, (int)i, 0);
    add_item(p, BR_GLUE, 0, S, 0, 0, 0, g0, g0, (int)i, 0);
    add_item(p, BR_PENALTY, 0, 0, 0, bind ? BR_INF : 0, 0, -1, -1, (int)i, 0);
    size_t after = p->nit;
    add_item(p, BR_GLUE, w, -S, 0, 0, 0, g0, g1, (int)i, 0);
    return after;
}

/* The break opportunity inside a word before character i. */
static void add_word_break(struct ts_para *p, size_t i, int justify, double S,
                           double size)
{
    const struct ts_char *t = &p->ch[i];
    int hy = t->brk == BRK_SHY || t->brk == BRK_HYPH || t->brk == BRK_HYPH_CAP;
    int flagged = hy || t->brk == BRK_EXPL || t->brk == BRK_SLASH;
    int pen = t->brk == BRK_SPLIT  ? SPLIT_PENALTY
              : t->brk == BRK_EXPL ? EXPLICIT_HYPHEN_PENALTY
              : t->brk == BRK_SLASH ? SLASH_PENALTY
              : t->brk == BRK_HYPH_CAP ? p->bp.hyphen_penalty + CAPITAL_HYPHEN_EXTRA
              : flagged            ? p->bp.hyphen_penalty
              : t->brk == BRK_DASH ? p->bp.hyphen_penalty
                                   : 0;
    double hw = 0;
    if (hy) {
        unsigned gid;
        ts_hyphen_glyph(p->fonts, p->ch[i - 1].font, &gid, &hw);
        hw *= size;
    }
    add_break(p, !justify, S, pen, flagged, hw, (int)i, hy);
}

/* Margin kerning of justified text: how far each box's first and last
 * glyphs, and each added hyphen, may hang into the margins. */
static void set_protrusion(struct ts_para *p)
{
    const struct lay_protrude *L = &p->lay->protrude_left;
    const struct lay_protrude *R = &p->lay->protrude_right;
    for (size_t k = 0; k < p->nit; k++) {
        struct br_item *it = &p->it[k];
        const struct ts_itemref *t = &p->ti[k];
        if (it->type == BR_BOX && t->g1 > t->g0) {
            const struct ts_glyph *a = &p->g[t->g0], *z = &p->g[t->g1 - 1];
            it->lprot = layout_protrude(L, p->ch[a->ch].cp) * a->adv;
            it->rprot = layout_protrude(R, p->ch[z->ch].cp) * z->adv;
        } else if (it->type == BR_PENALTY && t->hyphen && it->width > 0) {
            it->rprot = layout_protrude(R, '-') * it->width;
        }
    }
}

/* Build the break items of the paragraph in p->ch/p->g. */
static void build_items(struct ts_para *p, const struct ts_pset *ps, double size)
{
    p->nit = 0;
    double maxw = ps->width0 < ps->width ? ps->width0 : ps->width;
    double S = 3 * size;  /* ragged right: stretch at each line end */
    size_t a = 0;         /* start of the current box */
    size_t last_space = 0;  /* item after the last interword break, if any */
    for (size_t i = 0; i <= p->nch; i++) {
        if (i < p->nch && !p->ch[i].space && p->ch[i].brk == BRK_NONE)
            continue;
        if (i > a)
            add_box(p, a, i, maxw, ps->src_line, !ps->justify, S);
        if (i == p->nch)
            break;
        if (p->ch[i].space) {
            size_t after = add_space(p, i, ps->justify, S);
            if (after)
                last_space = after;
            a = i + 1;
            continue;
        }
        add_word_break(p, i, ps->justify, S, size);
        a = i;
    }
    /* "Mexico City", not "Mexico" / "City": the last interword break of a
     * title or heading is not a break. */
    if (ps->keep_last_words && last_space)
        p->it[last_space - 1].penalty = BR_INF;
    add_item(p, BR_PENALTY, 0, 0, 0, BR_INF, 0, -1, -1, -1, 0);
    add_item(p, BR_GLUE, 0, FINISH_STRETCH, 0, 0, 0, -1, -1, -1, 0);
    add_item(p, BR_PENALTY, 0, 0, 0, -BR_INF, 1, -1, -1, -1, 0);
    if (ps->justify && p->lay->protrusion)
        set_protrusion(p);
}

/* ---- the paragraph ------------------------------------------------------ */

int ts_para_prepare(struct ts_para *p, const struct ts_pset *ps,
                    const struct span *sp, size_t nsp, int hyph)
{
    double size = p->lay->font[ps->role].size;
    if (collect(p, ps->role, sp, nsp, ps->src_line))
        return -1;
    ts_bidi_levels(p);
    p->wide_word = 0;
    p->expand = ps->justify && p->lay->expansion ? LAY_EXPANSION : 0;
    shape(p, size);
    if (hyph)
        hyphenate(p);
    build_items(p, ps, size);
    return 0;
}

int ts_para_break(struct ts_para *p, const struct ts_pset *ps,
                  const struct span *sp, size_t nsp, int first_fit,
                  struct br_result *res)
{
    int hyph = ps->hyphenate && p->lay->hyphenate;
    /* Hyphenation is lazy, as in TeX: total-fit first tries the paragraph
     * without hyphenation points (the pretolerance pass); only when that
     * fails are the points found and the paragraph broken again.  That
     * gives the lines breaking with the points at once would give, since
     * the pretolerance pass never breaks at them.  First-fit hyphenates the
     * word that overflows, so it needs the points from the start. */
    if (ts_para_prepare(p, ps, sp, nsp, hyph && first_fit))
        return -1;
    if (p->nch == 0)
        return 0;
    double widths[2] = {ps->width0, ps->width};
    memset(res, 0, sizeof *res);
    struct br_params bp = p->bp;
    bp.expansion = p->expand;
    if (ps->justify) {
        bp.emergency_stretch = EMERGENCY_FRACTION * ps->width;
        bp.overhang = OVERHANG;
        bp.loose_limit = LOOSE_LIMIT;
        bp.fitness_demerits = ADJ_DEMERITS;
        bp.tolerance = TOLERANCE;
        bp.pretolerance = PRETOLERANCE;
        bp.smooth_demerits = SMOOTH_DEMERITS;
    }
    if (hyph && !first_fit) {
        bp.first_pass_only = 1;
        if (br_break(p->it, p->nit, widths, 2, &bp, 0, res) != 0) {
            hyphenate(p);
            build_items(p, ps, p->lay->font[ps->role].size);
            bp.first_pass_only = 0;
            bp.pretolerance = -1;
            br_break(p->it, p->nit, widths, 2, &bp, 0, res);
        }
    } else {
        br_break(p->it, p->nit, widths, 2, &bp, first_fit, res);
    }
    return 1;
}
