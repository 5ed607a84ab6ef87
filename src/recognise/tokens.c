/* tokens.c -- splits a statement's text into word and punctuation tokens
 * for the participant grammar: punctuation before and after a word becomes
 * tokens of its own, a possessive "'s" a flag of the word, and a period a
 * sentence end unless it belongs to an initial or an abbreviation. */
#include "recognise/tokens.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "base/uchar.h"
#include "base/util.h"
#include "recognise/lexicon.h"

static void tok_push(struct toks *t, const char *w, size_t n, int type,
                     int poss)
{
    xgrow(&t->v, &t->cap, t->n + 1, sizeof *t->v);
    t->v[t->n].w = xstrndup(w, n);
    t->v[t->n].type = type;
    t->v[t->n].poss = poss;
    t->n++;
}

void toks_free(struct toks *t)
{
    for (size_t i = 0; i < t->n; i++)
        free(t->v[i].w);
    free(t->v);
    memset(t, 0, sizeof *t);
}

int toks_is_word(const struct toks *t, size_t i)
{
    return i < t->n && t->v[i].type == T_WORD;
}

int toks_is_cap(const struct toks *t, size_t i)
{
    return toks_is_word(t, i) && uchar_is_upper_start(t->v[i].w);
}

int toks_word_is(const struct toks *t, size_t i, const char *w)
{
    return toks_is_word(t, i) && !strcmp(t->v[i].w, w);
}

/* Push the opening brackets and quotes at the start of [p, e) as tokens;
 * returns where the rest begins. */
static const char *lead_punct(struct toks *t, const char *p, const char *e)
{
    while (p < e) {
        if (*p == '(' || *p == '[') {
            tok_push(t, p, 1, T_OPEN, 0);
            p++;
        } else if (*p == '"') {
            tok_push(t, p, 1, T_QUOTE, 0);
            p++;
        } else if (e - p >= 3 && (!strncmp(p, "\xE2\x80\x9C", 3) ||
                                  !strncmp(p, "\xE2\x80\x98", 3))) {
            tok_push(t, p, 3, T_QUOTE, 0);
            p += 3;
        } else {
            break;
        }
    }
    return p;
}

/* Whether the period ending the n bytes at p belongs to the word: a known
 * abbreviation, an initial ("J."), or a dotted acronym ("D.C."). */
static int period_kept(const char *p, size_t n)
{
    char *w = xstrndup(p, n);
    int keep = lex_is(LEX_ABBREV, w) ||
               (n == 2 && uchar_is_upper_start(w)) ||
               (n >= 4 && strchr(w, '.') != w + n - 1 &&
                isupper((unsigned char)w[n - 2]));
    free(w);
    return keep;
}

/* The trailing punctuation of [p, e), outermost first, into trail (at most
 * 8); returns the end of what is left of the word. */
static const char *trail_punct(const char *p, const char *e, int *trail, int *nt)
{
    const char *q = e;
    *nt = 0;
    while (q > p && *nt < 8) {
        char c = q[-1];
        if (c == ',' ) { trail[(*nt)++] = T_COMMA; q--; }
        else if (c == ';') { trail[(*nt)++] = T_SEMI; q--; }
        else if (c == ':') { trail[(*nt)++] = T_COLON; q--; }
        else if (c == ')' || c == ']') { trail[(*nt)++] = T_CLOSE; q--; }
        else if (c == '"' || c == '?' || c == '!') {
            trail[(*nt)++] = c == '"' ? T_QUOTE : T_END; q--;
        } else if (q - p >= 3 && (!strncmp(q - 3, "\xE2\x80\x9D", 3))) {
            trail[(*nt)++] = T_QUOTE; q -= 3;
        } else if (c == '.') {
            if (period_kept(p, (size_t)(q - p)))
                break;
            trail[(*nt)++] = T_END; q--;
        } else {
            break;
        }
    }
    return q;
}

/* Push the word [p, q), its possessive ending as a flag. */
static void push_word(struct toks *t, const char *p, const char *q)
{
    size_t n = (size_t)(q - p);
    int poss = 0;
    /* "People's" in a country's name is no possessive */
    int people = (n == 10 && !strncmp(p, "People\xE2\x80\x99s", 10)) ||
                 (n == 8 && !strncmp(p, "People's", 8));
    if (people) {
        /* keep the word whole */
    } else if (n > 4 && !strncmp(q - 4, "\xE2\x80\x99s", 4)) {
        n -= 4; poss = 1;
    } else if (n > 2 && !strncmp(q - 2, "'s", 2)) {
        n -= 2; poss = 1;
    } else if (n > 4 && q[-4] == 's' && !strncmp(q - 3, "\xE2\x80\x99", 3)) {
        n -= 3; poss = 1;  /* "Mattis’" */
    } else if (n > 2 && q[-2] == 's' && q[-1] == '\'') {
        n -= 1; poss = 1;  /* "Mattis'" */
    }
    tok_push(t, p, n, T_WORD, poss);
}

/* Whether tokens i.. are a web page's link note "(link is external)". */
static int link_note(const struct toks *t, size_t i)
{
    return i + 4 < t->n && t->v[i].type == T_OPEN && t->v[i + 4].type == T_CLOSE &&
           !strcmp(t->v[i + 1].w, "link") && !strcmp(t->v[i + 2].w, "is") &&
           !strcmp(t->v[i + 3].w, "external");
}

/* Drop parenthesised abbreviations, "(DRC)", "(ECA)", so that the words
 * around them read as one title or country, and link notes. */
static void drop_abbrevs(struct toks *t)
{
    size_t o = 0;
    for (size_t i = 0; i < t->n; i++) {
        if (link_note(t, i)) {
            for (size_t k = i; k < i + 5; k++)
                free(t->v[k].w);
            i += 4;
            continue;
        }
        if (i + 2 < t->n && t->v[i].type == T_OPEN && t->v[i + 1].type == T_WORD &&
            t->v[i + 2].type == T_CLOSE && strlen(t->v[i + 1].w) <= 8 &&
            uchar_is_upper_start(t->v[i + 1].w) &&
            isupper((unsigned char)t->v[i + 1].w[strlen(t->v[i + 1].w) - 1])) {
            for (size_t k = i; k < i + 3; k++)
                free(t->v[k].w);
            i += 2;
            continue;
        }
        t->v[o++] = t->v[i];
    }
    t->n = o;
}

/* Whether the n bytes at p are a word that copies glue to the next one
 * when a line break or a space is lost ("ofJapan", "AustralianMinister"):
 * a short lowercase function word, or a country or demonym. */
static int glue_word(const char *p, size_t n)
{
    static const char *const small[] = {"of", "the", "and", "for", "to", "in", "on", "at", "by", "with"};
    for (size_t i = 0; i < sizeof small / sizeof small[0]; i++)
        if (strlen(small[i]) == n && !strncmp(p, small[i], n))
            return 1;
    if (n < 4 || n > 64 || !isupper((unsigned char)p[0]))
        return 0;  /* no country's name is longer */
    char *w = xstrndup(p, n);
    int r = lex_country(w) != NULL;
    free(w);
    return r;
}

/* Whether [g, e), less its closing punctuation, is an office's head word
 * or modifier of five letters or more that a name ran into when a line
 * break was lost ("BandaAmbassador", "SmithDeputy"). */
static int office_word(const char *g, const char *e)
{
    while (e > g && strchr(".,;:)", e[-1]))
        e--;
    if (e - g < 5 || e - g > 32)
        return 0;
    char *w = xstrndup(g, (size_t)(e - g));
    int r = lex_is(LEX_HEAD, w) || lex_is(LEX_MODIFIER, w);
    free(w);
    return r;
}

/* Where the chunk [p, e) of a copy that lost its spaces holds two words:
 * after a comma right before a capital ("Inada,Australian"), or between a
 * glue word and a capitalised word ("ofJapan"), or between a word and the office that follows it
 * ("BandaAmbassador"), or before a link note
 * ("Osmani(link is external)"); e when nowhere.  Names
 * such as "McCormack" or "DeSantis" are never split: their first part is
 * no glue word. */
static const char *glued_end(const char *p, const char *e)
{
    for (const char *g = p + 1; g + 1 < e; g++) {
        /* a link note glued to a name: "Pendarovski(link is external)" */
        if (*g == '(' && isalpha((unsigned char)g[-1]) && e - g >= 5 && !strncmp(g, "(link", 5))
            return g;
        if (!isupper((unsigned char)g[0]) || !islower((unsigned char)g[1]))
            continue;
        if (g[-1] == ',' && g - p >= 3 && isalpha((unsigned char)g[-2]))
            return g;
        if (islower((unsigned char)g[-1]) && glue_word(p, (size_t)(g - p)))
            return g;
        if (islower((unsigned char)g[-1]) && g - p >= 3 && office_word(g, e))
            return g;
    }
    return e;
}

void tokenise(const char *s, struct toks *t)
{
    /* how a trailing punctuation token is spelled, by type ("”" too is '"') */
    static const char *const trail_text[] = {
        [T_COMMA] = ",", [T_SEMI] = ";", [T_COLON] = ":", [T_CLOSE] = ")",
        [T_QUOTE] = "\"", [T_END] = "."};
    const char *p = s, *chunk_end = NULL;  /* the chunk a glued split cut */
    while (*p) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        const char *e = p;
        if (chunk_end && p < chunk_end)
            e = chunk_end;  /* the rest of a chunk: its end is known */
        else
            while (*e && *e != ' ')
                e++;
        chunk_end = e;
        p = lead_punct(t, p, e);
        e = glued_end(p, e);
        if (e - p == 4 && (!strncmp(p, "a.m.", 4) || !strncmp(p, "p.m.", 4))) {
            /* a time of day ends the sentence only before a capital that
             * opens no time zone */
            const char *n = e;
            while (*n == ' ')
                n++;
            size_t caps = 0;  /* a time zone after it ("7:15 p.m. EST)") */
            while (isupper((unsigned char)n[caps]))
                caps++;
            int zone = caps >= 2 && caps <= 4 && !isalpha((unsigned char)n[caps]);
            tok_push(t, p, 4, T_WORD, 0);
            if (!*n || (isupper((unsigned char)*n) && !zone))
                tok_push(t, ".", 1, T_END, 0);
            p = e;
            continue;
        }
        int trail[8], nt;
        const char *q = trail_punct(p, e, trail, &nt);
        if (q > p)
            push_word(t, p, q);
        while (nt > 0) {
            nt--;
            tok_push(t, trail_text[trail[nt]], 1, trail[nt], 0);
        }
        p = e;
    }
    drop_abbrevs(t);
}

/* Whether the word at w (n bytes, lowercased) is a small word of a title. */
static int small_word(const char *w, size_t n)
{
    static const char *const small[] = {"of", "for", "the", "and", "to", "on", "at", "in",
                                        "a.i.", NULL};
    for (int i = 0; small[i]; i++)
        if (strlen(small[i]) == n && !strncmp(w, small[i], n))
            return 1;
    return 0;
}

char *toks_title_case(const char *s)
{
    size_t upper = 0;
    for (const char *p = s; *p; p++) {
        if (islower((unsigned char)*p))
            return NULL;
        upper += isupper((unsigned char)*p) != 0;
    }
    if (upper < 3)
        return NULL;
    char *r = xstrdup(s);
    for (char *w = r; *w;) {
        size_t n = strcspn(w, " ,;:");
        for (size_t i = 1; i < n; i++)
            w[i] = (char)tolower((unsigned char)w[i]);
        if (w > r && n) {
            char *low = xstrndup(w, n);
            low[0] = (char)tolower((unsigned char)low[0]);
            if (small_word(low, n))
                w[0] = low[0];
            free(low);
        }
        w += n;
        w += strspn(w, " ,;:");
    }
    return r;
}
