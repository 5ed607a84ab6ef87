/* participants.c -- finds the people taking part in a statement: which
 * texts and which places in them name participants, and how the mentions
 * found there become the statement's rows (merged, grouped by delegation).
 *
 * Sources, in this order: the office line (a byline or a list of speakers),
 * the full title ("Joint Statement by Secretary of State Rex Tillerson and
 * Secretary of Homeland Security John Kelly on ...", "Secretary Blinken's
 * Call with Israeli Foreign Minister Ashkenazi") and the sentences of the
 * first body paragraphs that say who met or spoke with whom ("X spoke
 * today with Y", "with our counterparts A; B; and C").
 *
 * The parts: tokens.c splits text into tokens, mention.c parses one
 * mention, lexicon.c knows the words, part_blocks.c reads the blocks that
 * are no sentences (speaker labels, list-item bylines, attendance lists);
 * this file only finds.  When in doubt
 * a mention is dropped (a wrong row is worse than none). */
#include "recognise/participants.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/uchar.h"
#include "base/util.h"
#include "recognise/hdr_parts.h"
#include "recognise/lexicon.h"
#include "recognise/mention.h"
#include "recognise/tokens.h"

/* The delegation of a mention on the issuing side, until part_extract knows
 * which country issues the statement (part_issuer_named, part_side.c). */
static const char issuing_side[] = "(the issuing side)";

/* The delegation of a transcript's first speaker: the country the
 * statement names as its issuer (part_issuer_named), else unknown. */
static const char host_side[] = "(the host)";

/* The delegation of an issuing-side mention whose side nothing says
 * (part_unnamed_side): unknown, and no headline country may fill it in. */
static const char unknown_side[] = "(unknown)";

const char *part_country_of(const char *word)
{
    return lex_country(word);
}

/* ---- collecting --------------------------------------------------------- */

#include "recognise/part_found.h"

/* Parse a list of mentions: A; B; and C  /  A, B, and C  /  A and B,
 * ending with a plural head's names ("and Ministers C D and E F").  A
 * mention without a country of its own takes the one of the mention before
 * it ("Israeli Prime Minister A, Defense Minister B"), the first one deleg. */
static size_t parse_list(const struct toks *t, size_t i, int headline,
                         const char *deleg, struct found *f)
{
    struct person p;
    int after_comma = 0;
    size_t last = i;
    while (mention_any(t, &i, headline, &p)) {
        size_t k = i;
        int sep = k < t->n && (t->v[k].type == T_SEMI || t->v[k].type == T_COMMA);
        int more = sep || (toks_is_word(t, k) && (!strcmp(t->v[k].w, "and") ||
                                             !strcmp(t->v[k].w, "And")));
        if (after_comma && !more) {
            /* "with A, B stressed": B is no list item */
            free(p.title);
            free(p.name);
            return last;
        }
        /* "US Secretary A and Foreign Minister B": the United States has
         * no such office, so B's side is left to be found */
        part_found_add(f, &p, p.delegation || !part_foreign_office(p.title) ||
                                  !deleg || strcmp(deleg, "United States") ? deleg : NULL);
        deleg = p.delegation;
        last = i;
        after_comma = sep && t->v[k].type == T_COMMA;
        if (sep)
            k++;
        if (toks_is_word(t, k) && (!strcmp(t->v[k].w, "and") || !strcmp(t->v[k].w, "And"))) {
            k++;
            after_comma = 0;
        }
        if (k == i)
            break;
        i = k;
    }
    size_t e = part_plural_heads(t, i, deleg, f);  /* "... and Ministers C D and E F" */
    return e > i ? e : last;
}

/* Whether token i ("with") belongs to a meeting verb earlier in its clause
 * ("met today in Kuwait City with", "traveled ... for meetings with"). */
static int meeting_with(const struct toks *t, size_t i)
{
    for (size_t k = i; k > 0 && k + 14 > i; k--) {
        const struct tok *p = &t->v[k - 1];
        if (p->type == T_SEMI || p->type == T_COLON || p->type == T_END)
            return 0;
        if (p->type != T_WORD)
            continue;
        if (lex_is(LEX_MEET, p->w))
            return 1;
        if (!strcmp(p->w, "with") || !strcmp(p->w, "With"))
            return 0;
    }
    return 0;
}

/* The country named within the few tokens before i ("delegations of the
 * Republic of Iraq, led by"), or NULL. */
static const char *country_before(const struct toks *t, size_t i)
{
    const char *c = NULL;
    for (size_t k = i > 10 ? i - 10 : 0; k < i; k++) {
        const char *d;
        size_t n = mention_country_at(t, k, &d);
        if (n) {
            c = d;
            k += n - 1;
        }
    }
    return c;
}

/* The one country named in s other than the United States; NULL when s
 * names none or several (then no country is safe to assume). */
static const char *context_country(const char *s)
{
    if (!s)
        return NULL;
    struct toks t = {0};
    tokenise(s, &t);
    const char *r = NULL;
    int several = 0;
    for (size_t i = 0; i < t.n; i++) {
        const char *c;
        size_t n = mention_country_at(&t, i, &c);
        if (n && strcmp(c, "United States") && strcmp(c, "United Nations") &&
            strcmp(c, "European Union") && strcmp(c, "NATO") &&
            strcmp(c, "African Union") && strcmp(c, "Organization of American States")) {
            if (r && strcmp(r, c))
                several = 1;
            r = c;
        }
        if (n)
            i += n - 1;
    }
    toks_free(&t);
    return several ? NULL : r;
}

/* Mentions in a headline: persons before "with" issue the statement,
 * after it are counterparts. */
static void scan_title(const char *s, const char *ctx, struct found *f)
{
    struct toks t = {0};
    tokenise(s, &t);
    int after_with = 0;
    for (size_t i = 0; i < t.n;) {
        if (toks_is_word(&t, i) && (!strcmp(t.v[i].w, "with") || !strcmp(t.v[i].w, "With"))) {
            after_with = meeting_with(&t, i) ? 2 : 1;
            i++;
            size_t j = parse_list(&t, i, 1, after_with == 2 ? ctx : NULL, f);
            i = j > i ? j : i;
            continue;
        }
        if (toks_is_word(&t, i) && (!strcmp(t.v[i].w, "between") || !strcmp(t.v[i].w, "Between"))) {
            /* "Consultations between A and B": both sides */
            i++;
            size_t j = parse_list(&t, i, 1, NULL, f);
            i = j > i ? j : i;
            continue;
        }
        /* the visitor of "the visit of A B", the person a ceremony is
         * for ("Swearing-in Ceremony for Ambassador A B") */
        if (toks_is_word(&t, i) && i > 0 &&
            ((!strcmp(t.v[i].w, "of") && (toks_word_is(&t, i - 1, "visit") ||
                                         toks_word_is(&t, i - 1, "Visit"))) ||
             (!strcmp(t.v[i].w, "for") && toks_word_is(&t, i - 1, "Ceremony")))) {
            i++;
            size_t j = parse_list(&t, i, 1, NULL, f);
            i = j > i ? j : i;
            continue;
        }
        /* the issuing side opens the headline or follows "by" */
        size_t k = i;
        if (toks_is_word(&t, k) && !strcmp(t.v[k].w, "The"))
            k++;
        /* ... or the "of" of its second word ("Readout of A B's Call") */
        int issuer = !after_with &&
                     (i == 0 || (toks_is_word(&t, i - 1) && (!strcmp(t.v[i - 1].w, "by") ||
                                                        !strcmp(t.v[i - 1].w, "By"))) ||
                      (i == 2 && toks_word_is(&t, 1, "of")) ||
                      /* "Message From Ambassador A B" */
                      (i == 2 && toks_word_is(&t, 0, "Message") &&
                       (toks_word_is(&t, 1, "From") || toks_word_is(&t, 1, "from"))));
        /* "Statement of TITLE A B": the kind is no title of A B */
        if (i == 0 && toks_word_is(&t, 1, "of") && rec_kind_of(t.v[0].w))
            issuer = 0;
        size_t j = issuer ? parse_list(&t, k, 1, issuing_side, f) : i;
        i = j > i ? j : i + 1;
    }
    toks_free(&t);
}

/* Whether a verb of saying closes sentence s at i with a colon, so that
 * the subject before it is the person quoted next ("A B said:"). */
static int quotes(const struct toks *s, size_t i)
{
    return toks_is_word(s, i) && lex_is(LEX_SAY, s->v[i].w) && i + 2 == s->n &&
           s->v[i + 1].type == T_COLON;
}

/* After a subject at i, a relative clause ", who is visiting X, Y to
 * attend ...," that a comma and a verb of taking part close (or, when the
 * sentence names a counterpart (any), an auxiliary: "..., had a meeting
 * with"): the index of that verb, else i. */
static size_t after_relative(const struct toks *s, size_t i, int any)
{
    if (i + 1 >= s->n || s->v[i].type != T_COMMA || !toks_word_is(s, i + 1, "who"))
        return i;
    for (size_t k = i + 2; k < s->n && k < i + 40; k++) {
        if (s->v[k].type == T_END || s->v[k].type == T_SEMI)
            break;
        if (s->v[k - 1].type == T_COMMA && toks_is_word(s, k) &&
            (part_acts(s, k) || (any && lex_is(LEX_AUX, s->v[k].w))))
            return k;
    }
    return i;
}

/* The subject of sentence s when it takes part: one mention or a list of
 * them ("A, B, and C met today") before a verb of taking part, or before
 * any verb when the sentence names a counterpart (any).  The issuing side
 * unless a mention names its country. */
static void scan_subjects(const struct toks *s, int any, struct found *f)
{
    struct found subj = {0};
    size_t i = parse_list(s, part_subject_start(s), 0, issuing_side, &subj);
    /* the comma closing the last "TITLE, NAME," (before any verb when the
     * sentence names a counterpart: "..., had a meeting with ...") */
    if (i < s->n && s->v[i].type == T_COMMA && toks_is_word(s, i + 1) &&
        (part_acts(s, i + 1) || (any && (lex_is(LEX_AUX, s->v[i + 1].w) ||
                                         lex_is(LEX_MEET_OBJ, s->v[i + 1].w) ||
                                         lex_is(LEX_CALL_ON, s->v[i + 1].w)))))
        i++;
    else if (subj.n) {
        size_t r = after_relative(s, i, any);
        i = r != i ? r : part_after_apposition(s, i);
    }
    int takes_part = subj.n && toks_is_word(s, i) && !uchar_is_upper_start(s->v[i].w) &&
                     (any || part_acts(s, i) || quotes(s, i));
    part_found_take(f, &subj, takes_part);
}

/* Whether a mention with a title starts at i (after a style: "the
 * Honourable", or a country: "Australian Foreign Minister"). */
static int mention_starts(const struct toks *t, size_t i)
{
    i = mention_skip_styles(t, i);
    const char *c;
    size_t n = mention_country_at(t, i, &c);
    return mention_title_start(t, i + n);
}

/* The country a verb of taking part at i has as its object ("led the Thai
 * delegation", "represented the European Union"), or NULL. */
static const char *object_country(const struct toks *s, size_t i)
{
    while (toks_is_word(s, i) && !lex_is(LEX_ACT, s->v[i].w))
        i++;  /* auxiliaries */
    size_t k = i + 1;
    if (toks_word_is(s, k, "the"))
        k++;
    const char *c = NULL;
    size_t n = mention_country_at(s, k, &c);
    if (!n)
        return NULL;
    k += n;
    if (toks_word_is(s, k, "delegation") || toks_word_is(s, k, "side") || toks_word_is(s, k, "team"))
        k++;
    return k >= s->n || s->v[k].type != T_WORD || toks_word_is(s, k, "and") ? c : NULL;
}

/* After "and" at i - 1 (the clause before it has its verb): the subject
 * of a second clause, one mention and a
 * verb of taking part ("A represented the United States and B represented
 * the European Union"), added to f, of the country the mention or the
 * verb's object names ("led the Thai delegation"); none when neither
 * names one.  Returns 1 when there is one. */
static int clause_subject(const struct toks *s, size_t i, struct found *f)
{
    struct person p;
    size_t e = i;
    if (!mention_person(s, &e, 0, &p))
        return 0;
    /* a side must be named: which one a second clause's subject is on is
     * no safe guess */
    if (toks_is_word(s, e) && !uchar_is_upper_start(s->v[e].w) && part_acts(s, e) &&
        (p.delegation || object_country(s, e))) {
        part_found_add(f, &p, object_country(s, e));
        return 1;
    }
    free(p.title);
    free(p.name);
    return 0;
}

/* At k after "with", a group of offices in the plural then "and" ("the
 * Foreign Ministers and A B"): the index after "and", else 0. */
static size_t group_and(const struct toks *s, size_t k)
{
    if (!toks_word_is(s, k, "the"))
        return 0;
    size_t j = k + 1;
    while (j < k + 5 && toks_is_cap(s, j))
        j++;
    if (j == k + 1 || !toks_word_is(s, j, "and"))
        return 0;
    const char *w = s->v[j - 1].w;
    size_t n = strlen(w);
    char *one = xstrndup(w, n ? n - 1 : 0);   /* "Ministers" -> "Minister" */
    int plural = n > 1 && w[n - 1] == 's' && lex_is(LEX_HEAD, one);
    free(one);
    return plural ? j + 1 : 0;
}

/* At "with" (i) of sentence s: whether counterparts follow ("with his UK
 * counterpart", "with our counterparts:", or a meeting verb before it);
 * *k gets where their list starts, *deleg their side (the counterpart's
 * country, else ctx, for counterparts; NULL otherwise). */
static int with_frame(const struct toks *s, size_t i, const char *ctx, size_t *kp,
                      const char **deleg)
{
    size_t k = i + 1;
    int counterparts = 0;
    if (toks_is_word(s, k) && (!strcmp(s->v[k].w, "our") || !strcmp(s->v[k].w, "his") ||
                               !strcmp(s->v[k].w, "her") || !strcmp(s->v[k].w, "their")))
        k++;
    /* "his UK counterpart": the country is the counterpart's */
    const char *cc = NULL;
    size_t cn = mention_country_at(s, k, &cc);
    if (cn && (toks_word_is(s, k + cn, "counterpart") || toks_word_is(s, k + cn, "counterparts")))
        k += cn;
    else
        cc = NULL;
    if (toks_word_is(s, k, "counterparts") || toks_word_is(s, k, "counterpart")) {
        k++;
        counterparts = 1;
        if (k < s->n && (s->v[k].type == T_COMMA || s->v[k].type == T_COLON))
            k++;
    }
    /* "a joint meeting with the Foreign Ministers and A B" */
    size_t g = k == i + 1 ? group_and(s, k) : 0;
    *kp = g ? g : k;
    *deleg = counterparts ? (cc ? cc : ctx) : NULL;
    return counterparts || ((k == i + 1 || g) && meeting_with(s, i));
}

/* After a verb with a counterpart as object, at i: "his [COUNTRY]
 * counterpart[,]" ("met his Mexican counterpart, A B"); the index after
 * it (and *deleg the country, else NULL), or 0. */
static size_t counterpart_phrase(const struct toks *s, size_t i, const char **deleg)
{
    if (!(toks_word_is(s, i, "his") || toks_word_is(s, i, "her") ||
          toks_word_is(s, i, "their") || toks_word_is(s, i, "our")))
        return 0;
    const char *c = NULL;
    size_t k = i + 1 + mention_country_at(s, i + 1, &c);
    if (!toks_word_is(s, k, "counterpart"))
        return 0;
    k++;
    if (k < s->n && s->v[k].type == T_COMMA)
        k++;
    *deleg = c;
    return k;
}

/* A counterpart given by name alone at k ("with his Russian counterpart
 * Sergey V. Lavrov at ..."): added to objs of side deleg; the index after
 * the name, else 0. */
static size_t counterpart_name(const struct toks *s, size_t k, const char *deleg,
                               struct found *objs)
{
    struct person p;
    size_t e = k;
    if (!mention_bare_name(s, &e, &p))
        return 0;
    part_found_add(objs, &p, deleg);
    return e;
}

/* Whether sentence s talks about what comes at i rather than reports it:
 * a verb of discussing before it ("discussed the retreat hosted by"). */
static int talked_about(const struct toks *s, size_t i)
{
    for (size_t k = 0; k < i; k++)
        if (toks_is_word(s, k) && (!strcmp(s->v[k].w, "discussed") ||
                                   !strcmp(s->v[k].w, "discuss") ||
                                   !strcmp(s->v[k].w, "discussing")))
            return 1;
    return 0;
}

/* Whether a delegation word at i ends an elided clause of a sentence
 * that said "headed by" or "led by" before it ("The Indian delegation was
 * headed by A, and the Chinese delegation by B"). */
static int elided_lead(const struct toks *s, size_t i)
{
    if (i < 2 || !(s->v[i - 2].type == T_COMMA || toks_word_is(s, i - 2, "the") ||
                   toks_word_is(s, i - 3, "the")))
        return 0;
    for (size_t k = 1; k + 1 < i; k++)
        if ((toks_word_is(s, k, "headed") || toks_word_is(s, k, "led")) &&
            toks_word_is(s, k + 1, "by"))
            return 1;
    return 0;
}

/* At "by" (i > 0) of sentence s: whether the people after it take part,
 * by the word before it; *deleg gets their side when it says one. */
static int by_frame(const struct toks *s, size_t i, const char **deleg)
{
    if (toks_word_is(s, i - 1, "led") || toks_word_is(s, i - 1, "co-led") ||
        toks_word_is(s, i - 1, "headed")) {
        /* "the delegation of Iraq, led by ..." */
        *deleg = country_before(s, i - 1);
        return 1;
    }
    /* "was signed by A and B": signers, of the side each names */
    if (toks_word_is(s, i - 1, "signed") || toks_word_is(s, i - 1, "co-signed"))
        return 1;
    /* "hosted by", "chaired by": the host or chair of what the subject
     * takes part in, not of an event the sentence only talks about ("they
     * discussed the retreat hosted by ...") */
    if ((toks_word_is(s, i - 1, "hosted") || toks_word_is(s, i - 1, "chaired") ||
         toks_word_is(s, i - 1, "co-chaired") || toks_word_is(s, i - 1, "co-hosted")) &&
        !talked_about(s, i)) {
        /* "the Japanese side was co-chaired by ...": that side's */
        if (!toks_word_is(s, i - 1, "hosted") && !toks_word_is(s, i - 1, "co-hosted") &&
            toks_word_is(s, i - 2, "was") && toks_word_is(s, i - 3, "side"))
            *deleg = country_before(s, i - 3);
        return 1;
    }
    /* "..., and the Chinese delegation by A B" after "was headed by": the
     * elided verb; that delegation's side */
    if (toks_word_is(s, i - 1, "delegation") && elided_lead(s, i - 1)) {
        *deleg = country_before(s, i - 1);
        return 1;
    }
    /* "the talks were attended by A and B": of the side each names */
    if (toks_word_is(s, i - 1, "attended") && toks_is_word(s, i - 2) &&
        (toks_word_is(s, i - 2, "were") || toks_word_is(s, i - 2, "was"))) {
        *deleg = unknown_side;
        return 1;
    }
    /* "was hosted to lunch by A B": the host of the subject */
    if (i >= 3 && toks_is_word(s, i - 1) && lex_is(LEX_MEET, s->v[i - 1].w) &&
        toks_word_is(s, i - 2, "to") && toks_word_is(s, i - 3, "hosted")) {
        *deleg = unknown_side;  /* either side may host: no headline country */
        return 1;
    }
    /* the principal's own side: "accompanied by"; who issues the text:
     * "released by", "Statement by" */
    if (toks_word_is(s, i - 1, "accompanied") || toks_word_is(s, i - 1, "joined") ||
        (toks_is_word(s, i - 1) && lex_is(LEX_ISSUED, s->v[i - 1].w))) {
        *deleg = issuing_side;
        return 1;
    }
    return 0;
}

/* Whether the mentions at i, after a verb of welcome, are followed by
 * "to" and a place ("to NATO Headquarters", "to the White House"). */
static int welcomed_to(const struct toks *s, size_t i)
{
    struct found tmp = {0};
    size_t e = parse_list(s, i, 0, NULL, &tmp);
    for (size_t j = 0; j < tmp.n; j++) {
        free(tmp.v[j].title);
        free(tmp.v[j].name);
    }
    free(tmp.v);
    if (e == i || s->v[e - 1].poss || !toks_word_is(s, e, "to"))
        return 0;
    e += toks_word_is(s, e + 1, "the");
    return toks_is_cap(s, e + 1);
}

/* Mentions in one sentence [from, to) of body tokens. */
static void scan_sentence(const struct toks *t, size_t from, size_t to,
                          const char *ctx, struct found *f)
{
    struct toks s = {t->v + from, to - from, 0};
    struct found objs = {0};
    int any = 0, verb = 0;
    for (size_t i = 0; i < s.n; i++) {
        if (s.v[i].type == T_OPEN && !objs.n)
            part_bracket_names(&s, i, &objs);
        if (!toks_is_word(&s, i))
            continue;
        const char *w = s.v[i].w;
        size_t k = i + 1;
        /* a first clause has its verb: "and" may start a second one
         * ("... and Scientific Affairs" inside a title starts none) */
        verb |= lex_is(LEX_ACT, w);
        const char *deleg = NULL;
        int go = 0;
        if (!strcmp(w, "with") || !strcmp(w, "With")) {
            go = with_frame(&s, i, ctx, &k, &deleg);
        } else if (!strcmp(w, "by") && i > 0) {
            go = by_frame(&s, i, &deleg);
        } else if ((!strcmp(w, "Alongside") || !strcmp(w, "alongside")) && i == 0) {
            /* the principal's own side: "Alongside A B, ..." */
            go = 1;
            deleg = issuing_side;
        } else if (lex_is(LEX_WELCOME, w) && mention_starts(&s, k) && welcomed_to(&s, k)) {
            go = 1;
        } else if ((lex_is(LEX_MEET_OBJ, w) || (lex_is(LEX_CALL_ON, w) && toks_word_is(&s, k, "on") &&
                                                 !part_call_urges(&s, k))) &&
                   (mention_starts(&s, k + !lex_is(LEX_MEET_OBJ, w)) ||
                    part_honoured_mention(&s, k + !lex_is(LEX_MEET_OBJ, w)))) {
            /* "met European External Action Service Secretary General A B",
             * "received H.E. A B, Minister of X", "called on H.E. A B, ..." */
            k += !lex_is(LEX_MEET_OBJ, w);
            go = 1;
        } else if (lex_is(LEX_CALL_ON, w) && strcmp(w, "call") && mention_starts(&s, k)) {
            go = 1;  /* "called Chinese Foreign Minister A B": a telephone call */
        } else if (lex_is(LEX_MEET_OBJ, w) && (k = counterpart_phrase(&s, i + 1, &deleg))) {
            /* "met his Mexican counterpart, A B" */
            go = 1;
        } else if (!strcmp(w, "and") && verb && clause_subject(&s, k, &objs)) {
            continue;  /* "... and B represented the European Union" */
        } else if (!strcmp(w, "following") && k < s.n && s.v[k].type == T_COLON &&
                   i >= 2 && toks_word_is(&s, i - 1, "the") &&
                   (toks_word_is(&s, i - 2, "were") || toks_word_is(&s, i - 2, "are"))) {
            /* "The participants were the following: A; B; and C" */
            k++;
            go = 1;
            deleg = unknown_side;
        } else if (!strcmp(w, "attendance") && i > 0 && !strcasecmp(s.v[i - 1].w, "in") &&
                   (toks_word_is(&s, k, "were") || toks_word_is(&s, k, "was"))) {
            /* "Also in attendance were ..., including A B, TITLE, and C D" */
            size_t inc = k + 1;
            while (inc < s.n && inc < i + 14 && !toks_word_is(&s, inc, "including"))
                inc++;
            k = toks_word_is(&s, inc, "including") ? inc + 1 : k + 1;
            go = 1;
            deleg = unknown_side;
        } else if (!strcmp(w, "between")) {
            go = 1;
        } else if ((!strcmp(w, "join") || !strcmp(w, "joins") || !strcmp(w, "joined")) &&
                   mention_title_start(&s, mention_skip_styles(&s, k))) {
            /* "will join Chief of Protocol ... Rufus Gifford" */
            go = 1;
        }
        if (go) {
            size_t e = parse_list(&s, k, 0, deleg, &objs);
            /* "with his Russian counterpart A B": a name without a title */
            if (e == k && toks_word_is(&s, k - 1 - (s.v[k - 1].type == T_COMMA), "counterpart"))
                e = counterpart_name(&s, k, deleg, &objs);
            if (e > k)
                any = 1;
            i = e > i ? e - 1 : i;
        }
    }
    /* the subject of a sentence that names a counterpart or says that
     * its subject met, spoke, travelled ... */
    scan_subjects(&s, any, f);
    const char *where = part_visited_country(&s);
    for (size_t j = 0; j < objs.n; j++)
        part_found_add(f, &objs.v[j], where);
    free(objs.v);
    part_general(&s, f, unknown_side);
}

/* Mentions in each sentence of text. */
static void scan_sentences(const char *text, const char *ctx, struct found *f)
{
    struct toks t = {0};
    tokenise(text, &t);
    size_t from = 0;
    for (size_t i = 0; i <= t.n; i++) {
        if (i == t.n || t.v[i].type == T_END) {
            scan_sentence(&t, from, i, ctx, f);
            from = i + 1;
        }
    }
    toks_free(&t);
}

/* The sentences of a later paragraph whose subject takes part ("I then
 * held a meeting with A B"; with others, also a named subject: "Secretary
 * Chu met with A B"): what they say of counterparts, read as the first
 * paragraphs are; other sentences there are passed over. */
static void scan_first_person(const char *text, const char *ctx, int others, struct found *f)
{
    struct toks t = {0};
    tokenise(text, &t);
    size_t from = 0;
    for (size_t i = 0; i <= t.n; i++) {
        if (i == t.n || t.v[i].type == T_END) {
            struct toks s = {t.v + from, i - from, 0};
            size_t k = part_subject_start(&s);
            /* "I met", "I then held": a verb of taking part ("I think
             * that ... signed by A B" names no counterpart) */
            if ((toks_word_is(&s, k, "I") && part_acts(&s, k + 1)) ||
                (others && part_named_subject_acts(&s, k)))
                scan_sentence(&t, from, i, ctx, f);
            from = i + 1;
        }
    }
    toks_free(&t);
}

int part_is_byline(const char *s)
{
    struct toks t = {0};
    char *tc = toks_title_case(s);
    tokenise(tc ? tc : s, &t);
    free(tc);
    size_t i = 0;
    struct person p;
    int r = mention_name_title(&t, &i, &p);
    if (r) {
        r = i == t.n;
        free(p.title);
        free(p.name);
    }
    toks_free(&t);
    return r;
}

/* A byline "Antony J. Blinken, Secretary of State" as one whole line: its
 * person is added (the issuing side unless a country is named). */
static void scan_byline(const char *s, struct found *f)
{
    struct toks t = {0};
    char *tc = toks_title_case(s);  /* "MARK TONER, ACTING DEPUTY SPOKESMAN" */
    tokenise(tc ? tc : s, &t);
    free(tc);
    size_t i = 0;
    struct person p;
    if (mention_name_title(&t, &i, &p)) {
        if (i == t.n)
            part_found_add(f, &p, issuing_side);
        else {
            free(p.title);
            free(p.name);
        }
    }
    toks_free(&t);
}

/* Whether the tokens [i, n) are a colon and nothing else but marks. */
static int ends_at_colon(const struct toks *t, size_t i)
{
    return i + 1 == t->n && t->v[i].type == T_COLON;
}

/* The mention in an attribution line's tokens t, into *p: "The following
 * is attributable to MENTION:", "As stated by MENTION:" or "MENTION provided the following
 * readout:" (any verb of the attribution class).  Returns 1 when found. */
static int attribution_mention(const struct toks *t, struct person *p)
{
    for (size_t k = 0; k + 1 < t->n && k < 8; k++) {
        if ((toks_word_is(t, k, "attributable") && toks_word_is(t, k + 1, "to")) ||
            (k == 1 && toks_word_is(t, 0, "As") && toks_word_is(t, k, "stated") &&
             toks_word_is(t, k + 1, "by"))) {
            size_t i = k + 2;
            if (mention_any(t, &i, 0, p)) {
                if (ends_at_colon(t, i))
                    return 1;
                free(p->title);
                free(p->name);
            }
            return 0;
        }
    }
    size_t i = 0;
    if (!mention_any(t, &i, 0, p))
        return 0;
    /* "A B, Minister of X, made ...", "A B has issued ..." */
    i += i < t->n && t->v[i].type == T_COMMA;
    if (toks_word_is(t, i, "has") || toks_word_is(t, i, "have"))
        i++;
    /* "... the following statement:", or ending the sentence on its own
     * line ("... the following statement after noting the reports.") */
    if (toks_is_word(t, i) && lex_is(LEX_ATTRIB, t->v[i].w) && toks_word_is(t, i + 1, "the") &&
        toks_word_is(t, i + 2, "following") && toks_is_word(t, i + 3) &&
        (ends_at_colon(t, i + 4) || (toks_word_is(t, i + 3, "statement") && i + 4 < t->n)))
        return 1;
    free(p->title);
    free(p->name);
    return 0;
}

int part_attribution(const char *line, char **title, char **name,
                     const char **delegation)
{
    /* invisible marks after the colon (U+200B, U+200E, U+200F) are no text */
    size_t n = strlen(line);
    while (n >= 3 && !memcmp(line + n - 3, "\xE2\x80", 2) &&
           (line[n - 1] == '\x8B' || line[n - 1] == '\x8E' || line[n - 1] == '\x8F'))
        n -= 3;
    char *s = xstrndup(line, n);
    struct toks t = {0};
    tokenise(s, &t);
    free(s);
    struct person p;
    int r = attribution_mention(&t, &p);
    toks_free(&t);
    if (!r)
        return 0;
    *title = p.title;
    *name = p.name;
    *delegation = p.delegation;
    return 1;
}

/* The office line when it lists the speakers in "TITLE NAME" form ("Acting
 * Assistant Secretary ... Joey Hood, Acting Director ... Patrick Worman,
 * And ... Director Susannah Cooper"): the issuing side. */
static void scan_speakers(const char *s, struct found *f)
{
    struct toks t = {0};
    tokenise(s, &t);
    parse_list(&t, 0, 1, issuing_side, f);
    toks_free(&t);
}

static size_t nwords(const char *s)
{
    size_t n = 1;
    for (; *s; s++)
        n += *s == ' ';
    return n;
}

static int same_deleg(const char *a, const char *b)
{
    return !a || !b || a == unknown_side || b == unknown_side || !strcmp(a, b);
}

/* The person each attribution line of the preface names as issuing the
 * text ("The following is attributable to Spokesperson A B:"): the issuing
 * side, as for a byline, unless the line names another country. */
static void scan_preface(const char *preface, const char *ctx, struct found *f)
{
    for (const char *l = preface; l && *l;) {
        size_t n = strcspn(l, "\n");
        char *line = xstrndup(l, n);
        struct person p = {0};
        const char *deleg = NULL;
        if (part_attribution(line, &p.title, &p.name, &deleg)) {
            p.delegation = (char *)deleg;
            part_found_add(f, &p, issuing_side);
        } else if (part_is_byline(line)) {
            scan_byline(line, f);  /* a further speaker of the header */
        } else {
            scan_sentences(line, ctx, f);  /* "... was released by A, B and C." */
        }
        free(line);
        l += n + (l[n] == '\n');
    }
}

/* Which blocks name participants: the first three paragraphs (numbered
 * ones too) are read whole, bylines and list-item bylines among the first
 * blocks, and the speaker labels of the paragraphs after them. */
static void scan_blocks(const struct statement *st, const char *ctx, struct found *f)
{
    size_t seen = 0, speakers = 0;
    for (size_t bi = 0; bi < st->nblocks && bi < 40; bi++) {
        const struct block *b = &st->blocks[bi];
        /* paragraphs, and numbered paragraphs ("1. Minister ... met in
         * Tokyo ..."), which are list items of a sentence or more */
        /* ... also indented ones that open the body ("  1. Minister ...") */
        int numbered = b->kind == BLK_LIST_ITEM &&
                       (b->level == 1 || (b->level == 2 && seen == 0 && b->marker &&
                                          part_item_number(b->marker)));
        if (b->kind == BLK_LIST_ITEM && seen == 0 && bi < 4)
            part_item_byline(b, f);
        if (b->kind == BLK_LIST_ITEM)
            part_attendee(b, f);
        if (b->kind == BLK_LIST_ITEM || b->kind == BLK_PARAGRAPH)
            part_signatory(b, f);
        if (b->kind != BLK_PARAGRAPH && !numbered)
            continue;
        char *text = stmt_block_text(b);
        size_t tl = strlen(text);
        int label = b->nspans > 1 && b->spans[0].style &&
                    strlen(b->spans[0].text) && strchr(b->spans[0].text, ':');
        if (seen >= 3 || (b->nspans && b->spans[0].style)) {
            /* past the first paragraphs, and for a speaker label in
             * capitals ("SECRETARY OF DEFENSE A B:"), only the speaker is
             * read; emphasis otherwise is passed over */
            if ((seen >= 3 && b->kind == BLK_PARAGRAPH) || label) {
                if (part_speaker(text, speakers ? NULL : host_side, f)) {
                    speakers++;
                } else if (!label) {
                    part_signer(text, f);
                    /* a briefing's or speech's talk of others' meetings
                     * is no meeting of the statement's */
                    scan_first_person(text, ctx, !speakers && f->general, f);
                }
            }
            /* what a first speaker says opens the body ("A B: It is a
             * pleasure to be here with ..."): read as the paragraphs are */
            if (label && seen < 3 && b->kind == BLK_PARAGRAPH) {
                seen++;
                scan_sentences(strchr(text, ':') + 1, ctx, f);
            }
        } else if (numbered && (tl < 80 || !strchr(".;", text[tl - 1]))) {
            ;
        } else if (tl && tl < 160 && !strchr(".:;!?", text[tl - 1])) {
            /* a further byline before the body: "Dr. S. Jaishankar, Indian
             * External Affairs Minister"; further down a caption or a
             * heading, which uses up none of the paragraphs looked at */
            if (bi < 2)
                scan_byline(text, f);
        } else {
            seen++;
            /* the first speaker hosts the briefing: the issuing side, when
             * the statement says who issues it */
            if (part_speaker(text, speakers ? NULL : host_side, f))
                speakers++;
            scan_sentences(text, ctx, f);
        }
        free(text);
    }
}

/* The mentions of the office line, the headline and the first body
 * paragraphs into *f, in that order; ctx is the host country. */
static void scan_sources(const struct statement *st, const char *ctx,
                         struct found *f)
{
    if (st->office) {
        size_t n0 = f->n;
        scan_byline(st->office, f);
        if (f->n == n0)
            scan_speakers(st->office, f);
        if (f->n == n0)
            part_named_issuer(st, f, issuing_side);
    }
    if (st->title)
        scan_title(st->title, ctx, f);
    else if (st->short_title)
        scan_title(st->short_title, ctx, f);
    scan_blocks(st, ctx, f);
    scan_preface(st->preface, ctx, f);
}

/* Merge mentions of the same person in f: same delegation, and the words
 * of one name all in the other ("Blinken", "Antony J. Blinken"); the
 * longer name and title stay.  Returns how many persons are left (at the
 * start of f->v). */
static size_t merge_mentions(struct found *f)
{
    size_t n = 0;
    for (size_t i = 0; i < f->n; i++) {
        struct person *p = &f->v[i];
        size_t j;
        for (j = 0; j < n; j++) {
            struct person *q = &f->v[j];
            int named = part_name_within(p->name, q->name) || part_name_within(q->name, p->name);
            if (named && same_deleg(p->delegation, q->delegation))
                break;
            /* "Christopher Pyne" of the issuing side by assumption, and
             * "Australian Minister for Defence Christopher Pyne" */
            if (named && p->prefixed != q->prefixed && nwords(p->name) >= 2 &&
                nwords(q->name) >= 2)
                break;
        }
        if (j == n) {
            f->v[n++] = *p;
            continue;
        }
        struct person *q = &f->v[j];
        if (nwords(p->name) > nwords(q->name)) {
            free(q->name);
            q->name = p->name;
        } else {
            free(p->name);
        }
        if (strlen(p->title) > strlen(q->title)) {
            free(q->title);
            q->title = p->title;
        } else {
            free(p->title);
        }
        if (!q->delegation || q->delegation == unknown_side ||
            (p->prefixed && !q->prefixed && p->delegation != unknown_side))
            q->delegation = p->delegation;
        q->prefixed |= p->prefixed;
    }
    return n;
}

/* Add the n persons v to st grouped by delegation: the issuer's first,
 * then in order of first appearance. */
static void add_grouped(struct statement *st, const struct person *v, size_t n,
                        const char *issuer)
{
    int *done = xcalloc(n + 1, sizeof *done);
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < n; i++) {
            if (done[i])
                continue;
            const char *d = v[i].delegation;
            if (pass == 0 && (!d || strcmp(d, issuer)))
                continue;
            for (size_t j = i; j < n; j++) {
                const char *e = v[j].delegation;
                if (!done[j] && ((!d && !e) || (d && e && !strcmp(d, e)))) {
                    /* a list entry gives no title: none, rather than "" */
                    stmt_add_participant(st, e, *v[j].title ? v[j].title : NULL, v[j].name);
                    done[j] = 1;
                }
            }
        }
    }
    free(done);
}

void part_extract(struct statement *st)
{
    struct found f = {0};
    f.general = part_general_reads(st);
    /* the host country: the one country the headline names */
    const char *ctx = context_country(st->title);
    scan_sources(st, ctx, &f);
    const char *host = part_issuer_named(st), *issuer = host ? host : "United States";
    for (size_t i = 0; i < f.n; i++) {
        if (f.v[i].delegation == issuing_side) {
            const char *d = host ? issuer : part_unnamed_side(&f.v[i], st);
            f.v[i].delegation = (char *)(d ? d : unknown_side);
        } else if (f.v[i].delegation == host_side)
            f.v[i].delegation = (char *)host;
    }
    size_t n = part_drop_surnames(f.v, merge_mentions(&f));
    part_cut_named_titles(f.v, n);
    /* counterparts of unknown country: the one country the headline
     * names, if any, else the one government that has the office
     * ("Tánaiste"; a headline's "Poland" wins over "Secretary of State
     * for ...", which other governments have too) */
    for (size_t i = 0; i < n; i++) {
        if (!f.v[i].delegation)
            f.v[i].delegation = (char *)ctx;
        if (!f.v[i].delegation)
            f.v[i].delegation = (char *)lex_title_side(f.v[i].title);
        else if (f.v[i].delegation == unknown_side)
            f.v[i].delegation = NULL;
    }
    add_grouped(st, f.v, n, issuer);
    for (size_t i = 0; i < n; i++) {
        free(f.v[i].title);
        free(f.v[i].name);
    }
    free(f.v);
}
