/* bidi.c -- right-to-left text (UAX #9): the embedding level of each
 * character of a paragraph, resolved with FriBidi before line breaking,
 * and the visual order of one broken line (rule L2), for lines.c. */
#include "typeset/ts_internal.h"

#include <fribidi.h>
#include <stdlib.h>
#include <string.h>

/* 1 if cp is of a right-to-left script (Hebrew, Arabic, Syriac, Thaana,
 * NKo, Samaritan, Mandaic, their presentation forms, RTL astral blocks):
 * without one a paragraph is left to right and FriBidi is not called. */
static int is_rtl_script(unsigned cp)
{
    return (cp >= 0x0590 && cp <= 0x08FF) || (cp >= 0xFB1D && cp <= 0xFDFF) ||
           (cp >= 0xFE70 && cp <= 0xFEFF) || (cp >= 0x10800 && cp <= 0x10FFF) ||
           (cp >= 0x1E800 && cp <= 0x1EFFF);
}

void ts_bidi_levels(struct ts_para *p)
{
    p->bidi = 0;
    size_t n = p->nch;
    for (size_t i = 0; i < n && !p->bidi; i++)
        p->bidi = is_rtl_script(p->ch[i].cp);
    if (!p->bidi) {
        for (size_t i = 0; i < n; i++)
            p->ch[i].level = 0;
        return;
    }
    FriBidiChar *str = xmalloc(n * sizeof *str);
    FriBidiCharType *types = xmalloc(n * sizeof *types);
    FriBidiBracketType *brackets = xmalloc(n * sizeof *brackets);
    FriBidiLevel *levels = xmalloc(n * sizeof *levels);
    for (size_t i = 0; i < n; i++)
        str[i] = p->ch[i].cp;
    fribidi_get_bidi_types(str, (FriBidiStrIndex)n, types);
    fribidi_get_bracket_types(str, (FriBidiStrIndex)n, types, brackets);
    /* the paragraph's direction is its first strong character's (P2, P3) */
    FriBidiParType dir = FRIBIDI_PAR_ON;
    if (!fribidi_get_par_embedding_levels_ex(types, brackets, (FriBidiStrIndex)n,
                                             &dir, levels))
        xalloc_failed("bidi levels");  /* FriBidi fails only for want of memory */
    for (size_t i = 0; i < n; i++)
        p->ch[i].level = (unsigned char)levels[i];
    free(str);
    free(types);
    free(brackets);
    free(levels);
}

/* Reverse items [a, b) of the parallel arrays. */
static void reverse(int *gidx, double *adv, double *off, unsigned char *lv,
                    size_t a, size_t b)
{
    while (a + 1 < b) {
        b--;
        int g = gidx[a]; gidx[a] = gidx[b]; gidx[b] = g;
        double d = adv[a]; adv[a] = adv[b]; adv[b] = d;
        d = off[a]; off[a] = off[b]; off[b] = d;
        unsigned char l = lv[a]; lv[a] = lv[b]; lv[b] = l;
        a++;
    }
}

void ts_bidi_reorder(int *gidx, double *adv, double *off, unsigned char *lv,
                     size_t m)
{
    unsigned char hi = 0, lo_odd = 255;
    for (size_t i = 0; i < m; i++) {
        if (lv[i] > hi)
            hi = lv[i];
        if ((lv[i] & 1) && lv[i] < lo_odd)
            lo_odd = lv[i];
    }
    /* L2: from the highest level down to the lowest odd one, reverse every
     * run of glyphs at that level or above */
    for (int k = hi; k >= lo_odd && k > 0; k--)
        for (size_t i = 0; i < m;) {
            if (lv[i] < k) {
                i++;
                continue;
            }
            size_t j = i;
            while (j < m && lv[j] >= k)
                j++;
            reverse(gidx, adv, off, lv, i, j);
            i = j;
        }
}
