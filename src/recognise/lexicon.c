/* lexicon.c -- the lookups over src/recognise/lexicon.def: one hash set of
 * all words (each with the classes it belongs to) and one index of every
 * country name, demonym and other name.
 *
 * A lookup is done for nearly every token of a statement, several classes
 * each, so both are hashed (FNV-1a, open addressing) once, on first use
 * (pthread_once: batch mode recognises in several threads), and a question
 * costs a hash and a comparison or two. */
#include "recognise/lexicon.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/hash.h"
#include "base/util.h"

#define LEX_NO_DEMONYM NULL

/* ---- the rows ------------------------------------------------------------ */

static const char *const kind_names[] = {
#define LEX_KIND(kind, name) [kind] = name,
#include "recognise/lexicon.def"
};

static const struct word_row {
    enum lex_kind kind;
    const char *w;
} words[] = {
#define LEX_WORD(kind, word) {kind, word},
#include "recognise/lexicon.def"
};
#define NWORDS (sizeof words / sizeof words[0])

static const struct country_row {
    const char *name, *demonyms, *aliases;
} countries[] = {
#define LEX_COUNTRY(name, demonyms, aliases) {name, demonyms, aliases},
#include "recognise/lexicon.def"
};
#define NCOUNTRIES (sizeof countries / sizeof countries[0])

static const struct issuer_row {
    const char *name, *country;
} issuers[] = {
#define LEX_ISSUER(name, country) {name, country},
#include "recognise/lexicon.def"
};
#define NISSUERS (sizeof issuers / sizeof issuers[0])

static const struct issuer_row title_sides[] = {
#define LEX_TITLE_SIDE(title, country) {title, country},
#include "recognise/lexicon.def"
};
#define NTITLE_SIDES (sizeof title_sides / sizeof title_sides[0])

const char *lex_kind_name(enum lex_kind kind)
{
    return kind_names[kind];
}

/* ---- words by class --------------------------------------------------------
 * The words again, class by class (in table order within a class), for
 * the endings and for iterating; built with the word set. */

static const char *by_kind[NWORDS];
static size_t kind_start[LEX_NKINDS + 1];   /* class k: [start[k], start[k+1]) */
static pthread_once_t words_once = PTHREAD_ONCE_INIT;
static void words_build(void);

size_t lex_count(enum lex_kind kind)
{
    pthread_once(&words_once, words_build);
    return kind_start[kind + 1] - kind_start[kind];
}

const char *lex_word(enum lex_kind kind, size_t i)
{
    return i < lex_count(kind) ? by_kind[kind_start[kind] + i] : NULL;
}

size_t lex_ncountries(void)
{
    return NCOUNTRIES;
}

void lex_country_row(size_t i, const char **name, const char **demonyms,
                     const char **aliases)
{
    *name = countries[i].name;
    *demonyms = countries[i].demonyms;
    *aliases = countries[i].aliases;
}

/* ---- words ---------------------------------------------------------------
 * Every word once, with a bit for each class that lists it. */

#define WORD_SLOTS 2048   /* a power of two, at least twice the word count */

_Static_assert(LEX_NKINDS <= 64, "a word's classes are bits of a uint64_t");

static struct word_slot {
    const char *w;     /* NULL: free */
    uint64_t kinds;    /* bit k: the word is of class k */
} word_v[WORD_SLOTS];

/* Sort the words into by_kind, class by class. */
static void by_kind_build(void)
{
    size_t fill[LEX_NKINDS + 1] = {0};
    for (size_t i = 0; i < NWORDS; i++)
        kind_start[words[i].kind + 1]++;
    for (int k = 0; k < LEX_NKINDS; k++)
        kind_start[k + 1] += kind_start[k];
    for (size_t i = 0; i < NWORDS; i++) {
        enum lex_kind k = words[i].kind;
        by_kind[kind_start[k] + fill[k]++] = words[i].w;
    }
}

static void words_build(void)
{
    size_t count = 0;
    by_kind_build();
    for (size_t i = 0; i < NWORDS; i++) {
        unsigned h = hash_fnv1a_str(words[i].w) & (WORD_SLOTS - 1);
        while (word_v[h].w && strcmp(word_v[h].w, words[i].w))
            h = (h + 1) & (WORD_SLOTS - 1);
        if (!word_v[h].w) {
            if (++count > WORD_SLOTS / 2)
                abort();   /* the lexicon outgrew WORD_SLOTS: raise it */
            word_v[h].w = words[i].w;
        }
        word_v[h].kinds |= (uint64_t)1 << words[i].kind;
    }
}

int lex_is(enum lex_kind kind, const char *w)
{
    pthread_once(&words_once, words_build);
    for (unsigned h = hash_fnv1a_str(w) & (WORD_SLOTS - 1); word_v[h].w;
         h = (h + 1) & (WORD_SLOTS - 1))
        if (!strcmp(word_v[h].w, w))
            return (word_v[h].kinds >> kind) & 1;
    return 0;
}

int lex_any_word(enum lex_kind kind, const char *s)
{
    int r = 0;
    for (const char *w = s; *w && !r;) {
        size_t k = strcspn(w, " ");
        char *word = xstrndup(w, k);
        r = lex_is(kind, word);
        free(word);
        w += k;
        while (*w == ' ')
            w++;
    }
    return r;
}

size_t lex_suffix(enum lex_kind kind, const char *w, size_t minstem)
{
    pthread_once(&words_once, words_build);
    size_t n = strlen(w);
    for (size_t i = kind_start[kind]; i < kind_start[kind + 1]; i++) {
        size_t k = strlen(by_kind[i]);
        if (n > k + minstem && !strcmp(w + n - k, by_kind[i]))
            return k;
    }
    return 0;
}

/* ---- countries -----------------------------------------------------------
 * Every name of every country (its name, demonyms and other names) in one
 * index; a name listed under two countries keeps the first.  A right
 * single quote in a word reads as the ASCII apostrophe the table spells
 * ("People’s"). */

#define ALIAS_SLOTS 2048   /* a power of two, well above the alias count */

struct alias {
    const char *s;   /* into a country row, not terminated; NULL: free */
    size_t n;
    int country;     /* index into countries[] */
    int demonym;     /* a demonym ("Japanese"), not a name of the country */
};

static struct alias alias_v[ALIAS_SLOTS];
static pthread_once_t alias_once = PTHREAD_ONCE_INIT;

/* The next byte of a word, a right single quote as '\''; *len its length. */
static unsigned char alias_byte(const char *w, size_t *len)
{
    if (!strncmp(w, "\xE2\x80\x99", 3)) {
        *len = 3;
        return '\'';
    }
    *len = 1;
    return (unsigned char)*w;
}

/* FNV-1a of word w as read by alias_byte (so that it equals the hash of
 * the alias it reads as); *nbytes gets the length so read. */
static uint32_t alias_hash_word(const char *w, size_t *nbytes)
{
    uint32_t h = HASH_FNV1A_BASIS;
    size_t n = 0, k;
    while (*w) {
        h = hash_fnv1a_step(h, alias_byte(w, &k));
        w += k;
        n++;
    }
    *nbytes = n;
    return h;
}

/* Whether alias a[0..n) reads as word w. */
static int alias_is(const char *a, size_t n, const char *w)
{
    size_t k;
    for (size_t i = 0; i < n; i++, w += k)
        if (!*w || alias_byte(w, &k) != (unsigned char)a[i])
            return 0;
    return *w == '\0';
}

/* Index the "|"-separated names in p as names of country i; *count is the
 * number of slots in use. */
static void alias_add_all(const char *p, int i, int demonym, size_t *count)
{
    while (p && *p) {
        size_t n = strcspn(p, "|");
        unsigned h = hash_fnv1a(p, n) & (ALIAS_SLOTS - 1);
        while (alias_v[h].s && !(alias_v[h].n == n && !memcmp(alias_v[h].s, p, n)))
            h = (h + 1) & (ALIAS_SLOTS - 1);
        if (!alias_v[h].s) {
            if (++*count > ALIAS_SLOTS / 2)
                abort();   /* the table outgrew ALIAS_SLOTS: raise it */
            alias_v[h] = (struct alias){p, n, i, demonym};
        }
        p += n;
        if (*p == '|')
            p++;
    }
}

static void alias_build(void)
{
    size_t count = 0;
    for (size_t i = 0; i < NCOUNTRIES; i++) {
        alias_add_all(countries[i].name, (int)i, 0, &count);
        alias_add_all(countries[i].demonyms, (int)i, 1, &count);
        alias_add_all(countries[i].aliases, (int)i, 0, &count);
    }
}

/* The alias w reads as, or NULL. */
static const struct alias *alias_of(const char *w)
{
    pthread_once(&alias_once, alias_build);
    size_t n;
    unsigned h = alias_hash_word(w, &n) & (ALIAS_SLOTS - 1);
    for (; alias_v[h].s; h = (h + 1) & (ALIAS_SLOTS - 1))
        if (alias_v[h].n == n && alias_is(alias_v[h].s, alias_v[h].n, w))
            return &alias_v[h];
    return NULL;
}

const char *lex_country(const char *w)
{
    const struct alias *a = alias_of(w);
    return a ? countries[a->country].name : NULL;
}

const char *lex_country_named(const char *w)
{
    const struct alias *a = alias_of(w);
    return a && !a->demonym ? countries[a->country].name : NULL;
}

/* ---- issuers -------------------------------------------------------------
 * Few rows, asked about a few header lines once per statement: a plain
 * search of each line for each name. */

size_t lex_nissuers(void)
{
    return NISSUERS;
}

void lex_issuer_row(size_t i, const char **name, const char **country)
{
    *name = issuers[i].name;
    *country = issuers[i].country;
}

/* Whether byte c may stand beside a name without being part of a word. */
static int word_edge(unsigned char c)
{
    return !(c >= '0' && c <= '9') && !(c >= 'A' && c <= 'Z') &&
           !(c >= 'a' && c <= 'z') && c < 0x80;
}

const char *lex_issuer_in(const char *s)
{
    const char *best = NULL, *r = NULL;
    for (size_t i = 0; s && i < NISSUERS; i++) {
        size_t n = strlen(issuers[i].name);
        for (const char *p = strstr(s, issuers[i].name); p; p = strstr(p + 1, issuers[i].name)) {
            if ((p == s || word_edge((unsigned char)p[-1])) && word_edge((unsigned char)p[n])) {
                if (!best || p < best) {
                    best = p;
                    r = lex_country(issuers[i].country);
                }
                break;
            }
        }
    }
    return r;
}

const char *lex_title_side(const char *title)
{
    for (size_t i = 0; title && i < NTITLE_SIDES; i++) {
        size_t n = strlen(title_sides[i].name);
        if (!strncmp(title, title_sides[i].name, n) && (!title[n] || title[n] == ' '))
            return lex_country(title_sides[i].country);
    }
    return NULL;
}

size_t lex_title_side_count(void)
{
    return NTITLE_SIDES;
}

void lex_title_side_row(size_t i, const char **title, const char **country)
{
    *title = title_sides[i].name;
    *country = title_sides[i].country;
}

size_t lex_issuer_prefix(const char *s)
{
    size_t best = 0;
    for (size_t i = 0; s && i < NISSUERS; i++) {
        size_t n = strlen(issuers[i].name);
        if (n > best && !strncmp(s, issuers[i].name, n) && word_edge((unsigned char)s[n]))
            best = n;
    }
    return best;
}

char *lex_fold(const char *w)
{
    struct buf b;
    buf_init(&b);
    buf_adds(&b, "");
    size_t k;
    for (; *w; w += k)
        buf_addc(&b, (char)alias_byte(w, &k));
    return buf_take(&b);
}
