/* part_side.c -- which country a statement's issuing side is: the one
 * its agency, office, dropped lines or preface name, and when none does,
 * what a person's office, the headline or the first paragraphs say of it.
 * Read by participants.c once the mentions are found. */
#include "recognise/part_found.h"

#include <stdlib.h>
#include <string.h>

#include "base/util.h"
#include "recognise/lexicon.h"
#include "recognise/tokens.h"

int part_foreign_office(const char *title)
{
    return lex_any_word(LEX_FOREIGN_HEAD, title) || lex_is(LEX_FOREIGN_TITLE, title);
}

/* The first country s names, or NULL. */
static const char *first_country(const char *s)
{
    struct toks t = {0};
    tokenise(s ? s : "", &t);
    const char *r = NULL;
    for (size_t i = 0; i < t.n && !r; i++)
        mention_country_at(&t, i, &r);
    toks_free(&t);
    return r;
}

/* Whether s names a person (a byline or a list of speakers, whose
 * countries are theirs, not the issuer's). */
static int names_person(const char *s)
{
    struct toks t = {0};
    tokenise(s ? s : "", &t);
    int found = 0;
    for (size_t i = 0; i < t.n && !found; i++) {
        struct person p;
        size_t k = i;
        if (mention_any(&t, &k, 0, &p)) {
            free(p.title);
            free(p.name);
            found = 1;
        }
    }
    toks_free(&t);
    return found;
}

const char *part_issuer_named(const struct statement *st)
{
    const char *c = first_country(st->agency);
    if (!c)
        c = lex_issuer_in(st->agency);
    if (!c && !names_person(st->office))
        c = first_country(st->office);
    if (!c)
        c = lex_issuer_in(st->office);
    for (size_t i = 0; !c && i < st->ndropped; i++)
        c = lex_issuer_in(st->dropped[i].text);
    if (!c)
        c = lex_issuer_in(st->preface);
    return c;
}

/* The country a headline's compound of two countries opens ("Japan-
 * Australia Foreign Ministers' Meeting" gives Japan: a ministry names its
 * own country first), or NULL. */
static const char *compound_first(const char *title)
{
    const char *r = NULL;
    for (const char *w = title ? title : ""; *w && !r;) {
        size_t k = strcspn(w, " ");
        const char *dash = memchr(w, '-', k);
        if (dash && dash > w && dash + 1 < w + k) {
            char *a = xstrndup(w, (size_t)(dash - w));
            size_t bl = strcspn(dash + 1, " \xE2");  /* "U.S.", not "Meeting’s" */
            char *b = xstrndup(dash + 1, bl < (size_t)(w + k - dash - 1) ? bl : (size_t)(w + k - dash - 1));
            const char *ca = lex_country(a), *cb = lex_country(b);
            if (ca && cb && strcmp(ca, cb))
                r = ca;
            free(a);
            free(b);
        }
        w += k;
        while (*w == ' ')
            w++;
    }
    return r;
}

/* The issuing body other than an American one that the first body blocks
 * name ("A Downing Street spokesperson said:"), or NULL. */
static const char *body_issuer(const struct statement *st)
{
    const char *r = NULL;
    for (size_t i = 0; i < st->nblocks && i < 4 && !r; i++) {
        char *text = stmt_block_text(&st->blocks[i]);
        r = lex_issuer_in(text);
        if (r && !strcmp(r, "United States"))
            r = NULL;
        free(text);
    }
    return r;
}

const char *part_unnamed_side(const struct person *p, const struct statement *st)
{
    const char *c = lex_title_side(p->title);
    if (c)
        return c;
    /* "Secretary-General of the Zembla Council": an office of the body
     * the title names, no side of the issuer */
    const char *of = p->title ? strstr(p->title, " of the ") : NULL;
    const char *last = p->title ? strrchr(p->title, ' ') : NULL;
    if (of && last && lex_is(LEX_BODY_END, last + 1))
        return NULL;
    if (p->title && (!strncmp(p->title, "Secretary-General", 17) ||
                     !strncmp(p->title, "Secretary General", 17)))
        return NULL;  /* an organisation's head, never the issuer's government */
    if (!part_foreign_office(p->title))
        return "United States";
    c = compound_first(st->title);
    if (!c)
        c = body_issuer(st);
    return c;
}
