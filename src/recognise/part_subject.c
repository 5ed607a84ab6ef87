/* part_subject.c -- the subject of a body sentence for participant
 * recognition: where it starts (after an item number, a run-in dateline,
 * introductory phrases: "Today,", "On 20 April,", "Visiting Lima on
 * Thursday,"), the country such a phrase opens in, whether a verb of
 * taking part follows it (past an apposition), a bracketed list of
 * names after it, and names alone under a head in the plural
 * ("Ministers A B and C D").  Read by participants.c. */
#include "recognise/part_found.h"

#include <stdlib.h>
#include <string.h>

#include "base/uchar.h"
#include "base/util.h"
#include "recognise/lexicon.h"
#include "recognise/mention.h"
#include "recognise/tokens.h"

/* Whether word w numbers a paragraph or list item ("1.", "2)", "(a)"). */
int part_item_number(const char *w)
{
    size_t n = strlen(w), d = strspn(w, "0123456789");
    if (d && d + 1 == n && (w[d] == '.' || w[d] == ')'))
        return 1;
    return n == 3 && w[0] == '(' && w[2] == ')';
}

/* An introductory phrase at i: up to the first comma within a few words,
 * none a verb of taking part (then the phrase was the sentence).  The
 * index after its comma, or 0. */
static size_t phrase_end(const struct toks *s, size_t i)
{
    for (size_t k = i + 1; k < s->n && k < i + 16; k++) {
        if (s->v[k].type == T_COMMA)
            return k + 1;
        if (lex_is(LEX_ACT, s->v[k].w) ||
            (s->v[k].type != T_WORD && s->v[k].type != T_OPEN && s->v[k].type != T_CLOSE))
            break;
    }
    return 0;
}

/* A lowercase present participle ("commencing", "following"). */
static int participle(const char *w)
{
    size_t n = strlen(w);
    return n > 5 && !uchar_is_upper_start(w) && !strcmp(w + n - 3, "ing");
}

/* Whether an introductory word is an adverb on its own ("Today the
 * Secretary met ..."): the auxiliaries' class has it in lowercase. */
static int adverb_word(const char *w)
{
    char *l = xstrdup(w);
    if (*l >= 'A' && *l <= 'Z')
        *l = (char)(*l - 'A' + 'a');
    int r = lex_is(LEX_AUX, l);
    free(l);
    return r;
}

/* Where the subject of sentence s starts: after an item number, after a
 * run-in dateline or date that a dash closes ("Dec. 7 - ", "LONDON -- "),
 * and after an introductory phrase a comma closes ("Today,", "On 20 April,",
 * "Today on board the USS Fitzgerald in Manila Bay,"). */
size_t part_subject_start(const struct toks *s)
{
    size_t i = toks_is_word(s, 0) && part_item_number(s->v[0].w) ? 1 : 0;
    /* a release's number, date and time in brackets: "(No. 373 - December
     * 4, 2009 - 7:15 p.m. EST) The Honourable A B, ..." */
    for (size_t k = 1; s->n && s->v[0].type == T_OPEN && k < 20 && k < s->n; k++)
        if (s->v[k].type == T_CLOSE) {
            if (k + 1 < s->n && toks_is_cap(s, k + 1))
                return k + 1;
            break;
        }
    for (size_t k = i; k < i + 6 && k < s->n; k++) {
        const char *w = s->v[k].w;
        if (s->v[k].type == T_WORD && (!strcmp(w, "-") || !strcmp(w, "--") ||
                                      !strcmp(w, "\xE2\x80\x93") || !strcmp(w, "\xE2\x80\x94"))) {
            i = k + 1;
            break;
        }
    }
    /* further phrases may follow the first: "On October 11, commencing at
     * 5:45 p.m. for approximately 45 minutes, (Japan Time), ...", "On
     * October 13, Wednesday, ..." */
    for (int phrase = 0; phrase < 4; phrase++) {
        if (phrase && i < s->n && s->v[i].type == T_OPEN) {
            size_t k = phrase_end(s, i);
            if (!k)
                return i;
            i = k;
            continue;
        }
        if (!toks_is_word(s, i) ||
            !(phrase ? participle(s->v[i].w) || lex_is(LEX_DATE_WORD, s->v[i].w)
                     : lex_is(LEX_INTRO, s->v[i].w)))
            return i;
        /* "Today the Secretary of State, A B, met": the adverb alone */
        int adverb = !phrase && adverb_word(s->v[i].w);
        if (adverb && mention_title_start(s, mention_skip_styles(s, i + 1)))
            return i + 1;
        size_t k = phrase_end(s, i);
        if (!k)
            return i + adverb;
        i = k;
    }
    return i;
}

/* Whether a verb that makes the subject of a sentence a participant (it
 * met, spoke, travelled, hosted ...) follows at i, after auxiliaries and
 * adverbs. */
int part_acts(const struct toks *t, size_t i)
{
    for (size_t n = 0; n < 4 && toks_is_word(t, i); n++, i++) {
        if (lex_is(LEX_ACT, t->v[i].w))
            return 1;
        if (!lex_is(LEX_AUX, t->v[i].w))
            return 0;
    }
    return 0;
}

/* Whether the tokens before i that open s (after a run-in dateline a dash
 * closes) are a subject's noun phrase: capitalised words, "of" and "the"
 * only ("The Co-Chairs of the OSCE Minsk Group"). */
static int noun_phrase(const struct toks *s, size_t i)
{
    size_t k = i;
    for (; k > 0; k--) {
        const struct tok *t = &s->v[k - 1];
        if (t->type == T_WORD && (!strcmp(t->w, "\xE2\x80\x93") || !strcmp(t->w, "\xE2\x80\x94") ||
                                  !strcmp(t->w, "-") || !strcmp(t->w, "--")))
            break;
        if (t->type != T_WORD || (!uchar_is_upper_start(t->w) && strcmp(t->w, "of") &&
                                  strcmp(t->w, "the")))
            return 0;
    }
    return k < i;
}

/* A list in brackets right after a sentence's subject, of two or more
 * names each with its country, before a verb: "The Co-Chairs (A B of the
 * Russian Federation, C D of France, and E F of the United States)
 * released ...": its persons, without titles, into *f (not when a verb
 * of taking part or issuing does not follow: "The Hostages (...) were"). */
void part_bracket_names(const struct toks *s, size_t i, struct found *f)
{
    if (!noun_phrase(s, i))
        return;
    struct found tmp = {0};
    struct person p;
    size_t k = i + 1, n;
    const char *d;
    while (mention_bare_name(s, &k, &p)) {
        size_t c = k + 1 + toks_word_is(s, k + 1, "the");
        if (!toks_word_is(s, k, "of") || !(n = mention_country_at(s, c, &d))) {
            free(p.title);
            free(p.name);
            break;
        }
        p.delegation = (char *)d;
        part_found_add(&tmp, &p, NULL);
        k = c + n;
        k += k < s->n && s->v[k].type == T_COMMA;
        k += toks_word_is(s, k, "and");
    }
    /* ... before a verb of taking part or of issuing ("released") */
    int ok = tmp.n >= 2 && k < s->n && s->v[k].type == T_CLOSE && toks_is_word(s, k + 1) &&
             (part_acts(s, k + 1) || lex_is(LEX_ATTRIB, s->v[k + 1].w));
    part_found_take(f, &tmp, ok);
}

int part_honoured_mention(const struct toks *s, size_t i)
{
    size_t k = mention_skip_styles(s, i);
    if (k == i || (toks_word_is(s, i, "the") || toks_word_is(s, i, "The")))
        return 0;
    struct person p;
    size_t e = i;
    if (!mention_name_title(s, &e, &p))
        return 0;
    free(p.title);
    free(p.name);
    return 1;
}

int part_call_urges(const struct toks *s, size_t i)
{
    static const char *const det[] = {"the", "his", "her", "their", "its", "a", "an", "our"};
    for (size_t k = i; k + 1 < s->n; k++) {
        if (!toks_word_is(s, k, "to") || !toks_is_word(s, k + 1) ||
            uchar_is_upper_start(s->v[k + 1].w))
            continue;
        int d = 0;
        for (size_t j = 0; j < sizeof det / sizeof det[0]; j++)
            d |= !strcmp(s->v[k + 1].w, det[j]);
        if (!d)
            return 1;
    }
    return 0;
}

/* After a subject at comma i, an apposition that a second comma closes
 * before a verb of taking part ("A B, President C's special
 * representative, met ..."): the index of that verb, else i. */
size_t part_after_apposition(const struct toks *s, size_t i)
{
    if (i + 1 >= s->n || s->v[i].type != T_COMMA || !toks_is_word(s, i + 1) ||
        !(uchar_is_upper_start(s->v[i + 1].w) || toks_word_is(s, i + 1, "the") ||
          toks_word_is(s, i + 1, "a") || toks_word_is(s, i + 1, "an")))
        return i;  /* "A and B, with their delegations, met": no apposition */
    for (size_t k = i + 1; k < s->n && k < i + 14; k++) {
        if (s->v[k].type == T_END || s->v[k].type == T_SEMI || s->v[k].type == T_COLON ||
            (toks_is_word(s, k) && (lex_is(LEX_ACT, s->v[k].w) || lex_is(LEX_AUX, s->v[k].w))))
            return i;
        if (s->v[k].type == T_COMMA)
            return toks_is_word(s, k + 1) && part_acts(s, k + 1) ? k + 1 : i;
    }
    return i;
}

/* The country a sentence opens in ("In Tirana on June 30, ...", "In the
 * Arab Republic of Egypt, ..."): the one its counterparts of no other
 * country are of, or NULL (also for the United States, where foreign
 * ministers meet at the UN). */
const char *part_visited_country(const struct toks *s)
{
    size_t i = toks_is_word(s, 0) && part_item_number(s->v[0].w) ? 1 : 0;
    /* "In Tirana on June 30,", "On July 20-21 in Athens," */
    if (toks_word_is(s, i, "On"))
        while (i < s->n && i < 8 && s->v[i].type != T_COMMA && !toks_word_is(s, i, "in"))
            i++;
    if (!toks_word_is(s, i, "In") && !(i > 0 && toks_word_is(s, i, "in")))
        return NULL;
    i += 1 + toks_word_is(s, i + 1, "the");
    const char *c = NULL;
    size_t n = mention_country_at(s, i, &c);
    if (!n || !strcmp(c, "United States"))
        return NULL;
    i += n;
    /* the phrase ends there, at a comma or a date */
    return i < s->n && (s->v[i].type == T_COMMA || toks_word_is(s, i, "on")) ? c : NULL;
}

/* Whether sentence s, from its subject at k, is a named subject of
 * capitalised words ("Secretary Chu and Secretary Locke") and a verb of
 * taking part with a counterpart after "with" ("met with"). */
int part_named_subject_acts(const struct toks *s, size_t k)
{
    size_t e = k;
    while (e < s->n && e < k + 12 &&
           (toks_is_cap(s, e) || toks_word_is(s, e, "and") || toks_word_is(s, e, "of") ||
            toks_word_is(s, e, "the")))
        e++;
    if (e == k || !toks_is_cap(s, k) || !part_acts(s, e))
        return 0;
    for (size_t w = e; w < s->n && w < e + 4; w++)
        if (toks_word_is(s, w, "with"))
            return 1;
    return 0;
}

size_t part_plural_heads(const struct toks *t, size_t i, const char *deleg, struct found *f)
{
    if (!toks_is_word(t, i) || !lex_is(LEX_HEAD_PLURAL, t->v[i].w))
        return i;
    struct found got = {0};
    size_t k = i + 1, end = i;
    struct person p;
    while (mention_bare_name(t, &k, &p)) {
        part_found_add(&got, &p, deleg);
        end = k;
        int sep = k < t->n && t->v[k].type == T_COMMA;
        int conj = toks_word_is(t, k + sep, "and");
        if (!sep && !conj)
            break;
        k += sep + conj;
    }
    const char *w = t->v[i].w;
    size_t n = strlen(w);
    int ies = n > 3 && !strcmp(w + n - 3, "ies"), men = n > 3 && !strcmp(w + n - 3, "men");
    for (size_t j = 0; j < got.n; j++) {
        struct buf b;
        buf_init(&b);
        buf_printf(&b, "%.*s%s", (int)(n - (ies || men ? 3 : 1)), w, ies ? "y" : men ? "man" : "");
        free(got.v[j].title);
        got.v[j].title = buf_take(&b);
    }
    part_found_take(f, &got, got.n >= 2);
    return got.n >= 2 ? end : i;
}
