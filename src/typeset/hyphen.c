/* hyphen.c -- hyphenation points of words with libhyphen (Liang patterns,
 * hyph_en_US.dic).  A word is split at explicit hyphens and dashes; each part
 * loses its surrounding punctuation and possessive suffix ('s, ’s) and is
 * hyphenated on its own when it is at least 5 lowercase letters with no
 * capital and no digit (hy_points_capital: a capital only as its first
 * letter, hyphenated as the small letter).  A word listed in
 * exceptions.def (hyexcept.c) takes its breaks from there instead.  Left
 * minimum 2 letters, right minimum 3.  Which words may be hyphenated at all (names, acronyms and
 * common capitalised words apart) is hy_word_kind, with the dictionary of
 * common words in common.def.
 *
 * Loading the patterns (about 37 million instructions for hyph_en_US) is
 * lazy, as in TeX: hy_open only checks that the file can be read, and the
 * first hy_points call that needs a pattern parses it. */
#include "typeset/hyphen.h"

#include <hyphen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/diag.h"
#include "base/uchar.h"
#include "base/util.h"

#define HY_DEFAULT_PATH "/usr/share/hyphen/hyph_en_US.dic"
#define HY_LEFTMIN 2
#define HY_RIGHTMIN 3
#define HY_MINLETTERS 5

struct hy_dict {
    char *path;           /* the patterns' file */
    HyphenDict *dict;     /* NULL until first needed */
    int failed;           /* loading was tried and failed */
    struct buf word;      /* scratch: the part being hyphenated */
    char *hyph;           /* scratch: libhyphen's output vector */
    size_t hyphcap;
    size_t *offs;         /* scratch: byte offset of each letter of the part */
    size_t offcap;
};

struct hy_dict *hy_open(const char *path)
{
    const char *p = path ? path : HY_DEFAULT_PATH;
    FILE *f = fopen(p, "r");

    if (!f) {
        diag(T_HY_LOAD, NULL, 0, 0, p);
        return NULL;
    }
    fclose(f);
    struct hy_dict *d = xcalloc(1, sizeof *d);
    d->path = xstrdup(p);
    buf_init(&d->word);
    return d;
}

/* Parse the patterns on first need; 0 when they are usable. */
static int hy_load(struct hy_dict *d)
{
    if (d->dict)
        return 0;
    if (d->failed)
        return -1;
    d->dict = hnj_hyphen_load(d->path);
    if (!d->dict) {
        d->failed = 1;
        diag(T_HY_LOAD, NULL, 0, 0, d->path);
        return -1;
    }
    return 0;
}

int hy_loaded(const struct hy_dict *d)
{
    return d && d->dict != NULL;
}

void hy_close(struct hy_dict *d)
{
    if (!d)
        return;
    if (d->dict)
        hnj_hyphen_free(d->dict);
    free(d->path);
    buf_free(&d->word);
    free(d->hyph);
    free(d->offs);
    free(d);
}

/* Latin Extended-A (U+0100..U+017F): 1 for capitals, 0 for small letters. */
static int latin_ext_upper(unsigned cp)
{
    if (cp == 0x138 || cp == 0x149 || cp == 0x17F)
        return 0;
    if (cp == 0x178)
        return 1;
    if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E))
        return cp & 1;
    return !(cp & 1);
}

/* Letters imprint hyphenates: ASCII, Latin-1 and Latin Extended-A. */
static int is_lower(unsigned cp)
{
    return (cp >= 'a' && cp <= 'z') || (cp >= 0xDF && cp <= 0xFF && cp != 0xF7)
        || (cp >= 0x100 && cp <= 0x17F && !latin_ext_upper(cp));
}

static int is_upper(unsigned cp)
{
    return (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
        || (cp >= 0x100 && cp <= 0x17F && latin_ext_upper(cp));
}

static int is_apostrophe(unsigned cp) { return cp == '\'' || cp == 0x2019; }

/* Explicit hyphens and dashes split a word into separately hyphenated parts. */
static int is_dash(unsigned cp)
{
    return cp == '-' || cp == '/' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212;
}

/* Decode the code point at w[i] (n bytes total); returns its length.  Bytes
 * that are not valid UTF-8 count as one unknown character. */
static size_t next_cp(const char *w, size_t i, size_t n, unsigned *cp)
{
    unsigned char c = (unsigned char)w[i];
    size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3
               : (c >> 3) == 30 ? 4 : 0;

    if (len == 0 || i + len > n) {
        *cp = 0xFFFD;
        return 1;
    }
    for (size_t k = 1; k < len; k++)
        if (((unsigned char)w[i + k] & 0xC0) != 0x80) {
            *cp = 0xFFFD;
            return 1;
        }
    return utf8_decode(w + i, len, cp);
}

/* The core of the part w[*a..b) that is hyphenated: leading punctuation
 * stripped (*a moves past it), its letters up to *end_out.  Returns 0 when
 * the part is not to be hyphenated (digits, or letters after the core
 * other than a possessive "'s"). */
static int part_core(const char *w, size_t *a, size_t b, size_t *end_out)
{
    unsigned cp;
    size_t i, len;

    /* Strip leading punctuation (anything not a letter). */
    while (*a < b) {
        len = next_cp(w, *a, b, &cp);
        if (is_lower(cp) || is_upper(cp))
            break;
        *a += len;
    }
    /* Find the end of the core: the part stops at the first character that
     * is not a letter; what follows may only be a possessive suffix or
     * punctuation (no letters except the "s" of 's). */
    size_t end = *a;
    while (end < b) {
        len = next_cp(w, end, b, &cp);
        if (!(is_lower(cp) || is_upper(cp)))
            break;
        end += len;
    }
    for (i = end; i < b; i += len) {
        len = next_cp(w, i, b, &cp);
        if (cp >= '0' && cp <= '9')
            return 0;
        if (is_lower(cp) || is_upper(cp)) {
            /* Only "'s" / "’s" (possessive) may follow the core. */
            unsigned pc;
            size_t j = end;
            size_t pl = next_cp(w, j, b, &pc);
            if (!(is_apostrophe(pc) && j + pl == i && (cp == 's' || cp == 'S')))
                return 0;
            /* and nothing but punctuation after the s */
            for (size_t k = i + len; k < b; k += len) {
                len = next_cp(w, k, b, &cp);
                if (is_lower(cp) || is_upper(cp) || (cp >= '0' && cp <= '9'))
                    return 0;
            }
            break;
        }
    }
    *end_out = end;
    return 1;
}

/* The small letter of the capital cp (Latin-1 and Latin Extended-A). */
static unsigned to_lower(unsigned cp)
{
    if (cp < 0x80)
        return cp | 0x20;
    if (cp < 0x100)
        return cp + 0x20;
    return cp == 0x178 ? 0xFF : cp + 1;
}

/* Append cp (below U+0800) to b as UTF-8. */
static void add_cp(struct buf *b, unsigned cp)
{
    if (cp < 0x80) {
        buf_addc(b, (char)cp);
        return;
    }
    buf_addc(b, (char)(0xC0 | (cp >> 6)));
    buf_addc(b, (char)(0x80 | (cp & 0x3F)));
}

/* libhyphen's points for d->word (wlen bytes) into d->hyph; 0 when the
 * patterns cannot be loaded or fail. */
static int pattern_points(struct hy_dict *d, size_t wlen)
{
    if (hy_load(d) != 0)
        return 0;
    char **rep = NULL;
    int *pos = NULL, *cut = NULL;
    int ok = hnj_hyphen_hyphenate3(d->dict, d->word.s, (int)wlen, d->hyph,
                                   NULL, &rep, &pos, &cut, HY_LEFTMIN,
                                   HY_RIGHTMIN, HY_LEFTMIN, HY_RIGHTMIN) == 0;
    if (rep) {
        for (size_t i = 0; i < wlen; i++)
            free(rep[i]);
        free(rep);
    }
    free(pos);
    free(cut);
    return ok;
}

/* Hyphenate the part w[a..b) of the word; sets points relative to w.  With
 * capital set, its first letter may be a capital. */
static int hyphenate_part(struct hy_dict *d, const char *w, size_t a, size_t b,
                          char *points, int capital)
{
    unsigned cp;
    size_t i, len, end;

    if (!part_core(w, &a, b, &end))
        return 0;
    /* The core w[a..end): letters only; reject capitals, count letters and
     * record byte offsets of each letter. */
    size_t nletters = 0;
    buf_clear(&d->word);
    for (i = a; i < end; i += len) {
        len = next_cp(w, i, end, &cp);
        if (is_upper(cp) && !(capital && i == a))
            return 0;
        xgrow(&d->offs, &d->offcap, nletters + 1, sizeof *d->offs);
        d->offs[nletters++] = i;
        if (is_upper(cp))
            add_cp(&d->word, to_lower(cp));  /* same length: 1 or 2 bytes */
        else
            buf_add(&d->word, w + i, len);
    }
    if (nletters < HY_MINLETTERS)
        return 0;

    size_t wlen = d->word.len;
    xgrow(&d->hyph, &d->hyphcap, wlen + 5, 1);
    memset(d->hyph, 0, wlen + 5);
    /* The exceptions first (an ASCII word), then the patterns. */
    if (!(wlen == nletters && hy_exception(d->word.s, wlen, d->hyph)) &&
        !pattern_points(d, wlen))
        return 0;

    /* With a UTF-8 dictionary the vector is indexed by character, otherwise
     * by byte; the core is ASCII or the dictionary is UTF-8 here (and an
     * exception's word is ASCII, where the two are the same). */
    int by_letter = d->dict && d->dict->utf8;
    int count = 0;
    for (size_t k = 0; k < nletters; k++) {
        size_t idx = by_letter ? k : d->offs[k] - a;
        if (!(d->hyph[idx] & 1))
            continue;
        if (k + 1 < HY_LEFTMIN || nletters - (k + 1) < HY_RIGHTMIN)
            continue;
        /* Point after the last byte of letter k. */
        size_t last = k + 1 < nletters ? d->offs[k + 1] - 1 : end - 1;
        points[last] = 1;
        count++;
    }
    return count;
}

/* hy_points and hy_points_capital. */
static int points_of(struct hy_dict *d, const char *w, size_t len, char *points,
                     int capital)
{
    if (len == 0)
        return 0;
    memset(points, 0, len);
    if (!d)
        return 0;

    /* Digits anywhere: no points at all (numbers, codes, dates). */
    for (size_t i = 0; i < len; i++)
        if (w[i] >= '0' && w[i] <= '9')
            return 0;

    int count = 0;
    size_t start = 0, i = 0, cl;
    unsigned cp;
    while (i < len) {
        cl = next_cp(w, i, len, &cp);
        if (is_dash(cp)) {
            if (i > start)
                count += hyphenate_part(d, w, start, i, points, capital);
            start = i + cl;
        }
        i += cl;
    }
    if (len > start)
        count += hyphenate_part(d, w, start, len, points, capital);
    return count;
}

int hy_points(struct hy_dict *d, const char *w, size_t len, char *points)
{
    return points_of(d, w, len, points, 0);
}

int hy_points_capital(struct hy_dict *d, const char *w, size_t len,
                      char *points)
{
    return points_of(d, w, len, points, 1);
}

/* ---- which words ------------------------------------------------------- */

static const char *const common_words[] = {
#define HY_COMMON(w) w,
#include "typeset/common.def"
#undef HY_COMMON
};
#define NCOMMON (sizeof common_words / sizeof common_words[0])

size_t hy_common_count(void) { return NCOMMON; }

const char *hy_common_word(size_t i) { return i < NCOMMON ? common_words[i] : NULL; }

/* bsearch's comparison of two entries of a table of strings. */
static int cmp_word(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int hy_is_common(const char *w, size_t len)
{
    char key[64];
    if (len == 0 || len >= sizeof key)
        return 0;
    memcpy(key, w, len);
    key[len] = 0;
    if (key[0] >= 'A' && key[0] <= 'Z')
        key[0] = (char)(key[0] | 0x20);
    const char *k = key;
    return bsearch(&k, common_words, NCOMMON, sizeof *common_words, cmp_word) != NULL;
}

enum hy_word hy_word_kind(const char *w, size_t len, int at_start, int name)
{
    int first_upper = 0, other_upper = 0, letters = 0;
    unsigned cp;
    for (size_t i = 0, l; i < len; i += l) {
        l = next_cp(w, i, len, &cp);
        if (is_upper(cp) || uchar_is_upper(cp)) {
            if (letters == 0)
                first_upper = 1;
            else
                other_upper = 1;
        }
        if (is_upper(cp) || is_lower(cp))
            letters++;
    }
    if (other_upper)
        return HY_WORD_NEVER;  /* acronyms, all capitals, "McDonald" */
    if (!first_upper)
        return HY_WORD_LOWER;
    if (name)
        return HY_WORD_NEVER;
    return hy_is_common(w, len) || at_start ? HY_WORD_CAPITAL : HY_WORD_NEVER;
}
