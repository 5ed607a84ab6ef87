/* part_subject.c -- where the subject of a body sentence starts for
 * participant recognition: after an item number, a run-in dateline, and
 * introductory phrases ("Today,", "On 20 April,", "Visiting Lima on
 * Thursday,").  Read by participants.c. */
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
