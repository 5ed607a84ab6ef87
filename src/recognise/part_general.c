/* part_general.c -- the catch-all finder of participant recognition: in a
 * sentence that reports who took part, each mention with a title and a
 * full name that no frame of participants.c has taken, read up to where
 * the sentence turns to its topic ("to discuss", "congratulated"). */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "base/util.h"
#include "recognise/lexicon.h"
#include "recognise/mention.h"
#include "recognise/part_found.h"
#include "recognise/tokens.h"

/* Whether sentence s reports taking part: a verb of meeting or taking
 * part, or a word of presence ("were also present", "invitation"). */
static int reports(const struct toks *s)
{
    for (size_t i = 0; i < s->n; i++) {
        const char *w = s->v[i].w;
        if (toks_is_word(s, i) && (lex_is(LEX_ACT, w) || lex_is(LEX_MEET_OBJ, w) ||
                                   lex_is(LEX_PRESENCE, w) ||
                                   (lex_is(LEX_CALL_ON, w) && toks_word_is(s, i + 1, "on") &&
                                    !part_call_urges(s, i))))
            return 1;
    }
    return 0;
}

/* How many space-separated words name has. */
static size_t name_words(const char *name)
{
    size_t n = 0;
    for (const char *p = name; *p; p++)
        n += (p == name || p[-1] == ' ') && *p != ' ';
    return n;
}

/* Whether a word of name is a word of an office ("International
 * Security" read as a name after "Deputy Secretary,"). */
static int office_word_in(const char *name)
{
    struct toks t = {0};
    tokenise(name, &t);
    int hit = 0;
    for (size_t i = 0; i < t.n && !hit; i++)
        hit = toks_is_word(&t, i) && (lex_is(LEX_DOMAIN, t.v[i].w) || lex_is(LEX_HEAD, t.v[i].w) ||
                                      lex_is(LEX_MODIFIER, t.v[i].w));
    toks_free(&t);
    return hit;
}

int part_name_within(const char *a, const char *b)
{
    while (*a) {
        size_t n = strcspn(a, " ");
        int initial = n == 2 && a[1] == '.';
        int found = 0;
        for (const char *p = b; *p && !found;) {
            size_t m = strcspn(p, " ");
            found = (m == n && !strncasecmp(p, a, n)) ||
                    (initial && m > 1 && tolower((unsigned char)*p) == tolower((unsigned char)*a));
            p += m;
            while (*p == ' ')
                p++;
        }
        if (!found)
            return 0;
        a += n;
        while (*a == ' ')
            a++;
    }
    return 1;
}

/* Whether name's first word opens an introductory phrase ("In", "During"). */
static int intro_first(const char *name)
{
    char w[32];
    size_t l = strcspn(name, " ");
    if (l >= sizeof w)
        return 0;
    memcpy(w, name, l);
    w[l] = '\0';
    return lex_is(LEX_INTRO, w);
}

/* Whether f already holds the person called name (or a shorter or longer
 * form of the name). */
static int known(const struct found *f, const char *name)
{
    for (size_t j = 0; j < f->n; j++)
        if (part_name_within(name, f->v[j].name) || part_name_within(f->v[j].name, name))
            return 1;
    return 0;
}

/* Whether a word of s is of class kind. */
static int has_class(const char *s, enum lex_kind kind)
{
    struct toks t = {0};
    tokenise(s, &t);
    int hit = 0;
    for (size_t i = 0; i < t.n && !hit; i++)
        hit = toks_is_word(&t, i) && lex_is(kind, t.v[i].w);
    toks_free(&t);
    return hit;
}

int part_general_reads(const struct statement *st)
{
    return !(st->kind && has_class(st->kind, LEX_SPOKEN)) &&
           !(st->title && has_class(st->title, LEX_SPOKEN));
}

/* Where the capitalised title that token i stands inside starts: i when
 * none, else the first of the capitalised words (and "of", "for", "to",
 * "the" between them) before i ("Special Assistant to the Prime Minister
 * A B", "Domestic Policy Advisor to the Vice President A B"). */
static size_t title_run_start(const struct toks *s, size_t i)
{
    size_t k = i, start = i;
    while (k > 0 && s->v[k - 1].type == T_WORD && !s->v[k - 1].poss) {
        const char *w = s->v[k - 1].w;
        if (toks_word_is(s, k - 1, "of") || toks_word_is(s, k - 1, "for") ||
            toks_word_is(s, k - 1, "to") || toks_word_is(s, k - 1, "the")) {
            k--;
            continue;
        }
        if (!toks_is_cap(s, k - 1) || lex_is(LEX_INTRO, w) || !strcmp(w, "The") ||
            lex_is(LEX_HONORIFIC, w))
            break;
        start = --k;
    }
    return start;
}

/* Whether the mention ending at token j ends with name (TITLE NAME order). */
static int name_ends_at(const struct toks *s, size_t j, const char *name)
{
    const char *last = strrchr(name, ' ');
    last = last ? last + 1 : name;
    return j > 0 && toks_is_word(s, j - 1) && !strcmp(s->v[j - 1].w, last);
}

/* Whether the capitalised run from token start may be put before the
 * mention's title: not when it is cut out of a longer name. */
static int widens(const struct toks *s, size_t start)
{
    /* a run cut out of a longer name ("Food and | Agriculture
     * Organization Director-General", "Council on | Environmental
     * Quality Chair") is no title: the mention keeps its own */
    size_t b = start;
    while (b > 0 && (toks_word_is(s, b - 1, "of") || toks_word_is(s, b - 1, "for") ||
                     toks_word_is(s, b - 1, "to") || toks_word_is(s, b - 1, "the")))
        b--;
    if (b < 2 || !toks_is_cap(s, b - 2) ||
        !(toks_word_is(s, b - 1, "and") || toks_word_is(s, b - 1, "on") ||
          toks_word_is(s, b - 1, "&")))
        return 1;
    /* the word before the joint is a name's, not a person's ("Food and",
     * "Council on"; not "Minister A B and") */
    const char *w = s->v[b - 2].w;
    return !(lex_is(LEX_DOMAIN, w) || lex_is(LEX_BODY_END, w) || lex_is(LEX_MODIFIER, w));
}

/* Drop the words p's title opens with before its first head word or
 * modifier: the end of a name the mention was cut from ("Development |
 * Secretary General" of "... Co-operation and Development"). */
static void trim_title(struct person *p)
{
    struct toks t = {0};
    tokenise(p->title, &t);
    size_t k = 0;
    while (k < t.n && !(toks_is_word(&t, k) && (lex_is(LEX_HEAD, t.v[k].w) ||
                                                 lex_is(LEX_MODIFIER, t.v[k].w))))
        k++;
    if (k > 0 && k < t.n) {
        struct buf b;
        buf_init(&b);
        for (size_t m = k; m < t.n; m++) {
            buf_adds(&b, t.v[m].w);
            if (m + 1 < t.n)
                buf_addc(&b, ' ');
        }
        free(p->title);
        p->title = buf_take(&b);
    }
    toks_free(&t);
}

/* Whether word w names a domain of an office, by the list or by form
 * ("Verification", "Compliance"). */
static int domain_word(const char *w)
{
    return lex_is(LEX_DOMAIN, w) || lex_suffix(LEX_DOMAIN_END, w, 2) != 0;
}

/* Whether w is an acronym: two or more capitals and nothing else. */
static int acronym(const char *w)
{
    size_t n = 0;
    for (; *w; w++, n++)
        if (*w < 'A' || *w > 'Z')
            return 0;
    return n >= 2;
}

/* Whether the mention ending at token j (after its title when the name
 * came first, name_last 0) goes on past where its title was read to end:
 * ", Verification and Compliance", ", NCB led", "in the European
 * Commission" after "A B, Acting Director for Space". */
static int title_goes_on(const struct toks *s, size_t j, int name_last)
{
    if (j + 1 < s->n && s->v[j].type == T_COMMA && toks_is_cap(s, j + 1)) {
        const char *w = s->v[j + 1].w;
        if (domain_word(w) && !mention_title_start(s, j + 1))
            return 1;
        if (acronym(w) && !toks_is_cap(s, j + 2))
            return 1;
    }
    return !name_last && (toks_word_is(s, j, "in") || toks_word_is(s, j, "at")) &&
           toks_word_is(s, j + 1, "the") && toks_is_cap(s, j + 2);
}

/* Whether the run from token start to the title at token i is the title
 * of the name before it, whose office the mention's person is named in
 * ("A B, Chief of Staff for European Commission President C D"). */
static int appositive_run(const struct toks *s, size_t start, size_t i)
{
    if (start < 2 || s->v[start - 1].type != T_COMMA || !toks_is_cap(s, start - 2))
        return 0;
    for (size_t k = start; k < i; k++)
        if (toks_is_word(s, k) && lex_is(LEX_HEAD, s->v[k].w))
            return 1;
    return 0;
}

/* The title p gets when it is the end of a longer one starting at token
 * k0 before token i: the words k0..i-1 put before it, less a country
 * they open with, which becomes p's delegation when it has none
 * ("Cuban Communist Party First Secretary"). */
static void widen_title(const struct toks *s, size_t k0, size_t i, struct person *p)
{
    const char *c = NULL;
    size_t nc = mention_country_at(s, k0, &c);
    if (nc && k0 + nc <= i) {
        if (!p->delegation)
            p->delegation = (char *)c;
        k0 += nc;
    }
    struct buf b;
    buf_init(&b);
    for (size_t k = k0; k < i; k++) {
        buf_adds(&b, s->v[k].w);
        buf_addc(&b, ' ');
    }
    buf_adds(&b, p->title);
    free(p->title);
    p->title = buf_take(&b);
}

/* Whether s ends list, a "|"-separated list of names, after a space
 * (or is one of them). */
static int tail_of(const char *list, const char *s)
{
    size_t n = strlen(s);
    for (const char *p = list; p && *p;) {
        size_t l = strcspn(p, "|");
        if (l >= n && !strncmp(p + l - n, s, n) && (l == n || p[l - n - 1] == ' '))
            return 1;
        p += l;
        p += *p == '|';
    }
    return 0;
}

/* Whether name is a country's name or its end ("Arab Emirates" of
 * "United Arab Emirates"): a place read as a name. */
static int country_tail(const char *name)
{
    for (size_t i = 0; i < lex_ncountries(); i++) {
        const char *c, *dem, *alias;
        lex_country_row(i, &c, &dem, &alias);
        if (tail_of(c, name) || tail_of(alias, name))
            return 1;
    }
    return 0;
}

/* Whether the title or name of p holds a word that makes the parse
 * suspect: an honorific inside ("Special Envoy for Climate Change Dr."),
 * a title cut short, or a name ending on a particle ("Abdullah bin Zayed
 * bin"). */
static int broken_parse(const struct person *p)
{
    struct toks t = {0};
    tokenise(p->title, &t);
    int bad = 0;
    for (size_t i = 0; i < t.n && !bad; i++)
        bad = toks_is_word(&t, i) && (lex_is(LEX_HONORIFIC, t.v[i].w) ||
                                      (lex_is(LEX_RANK, t.v[i].w) && strchr(t.v[i].w, '.')));
    /* a title cut short ("... Director of National") */
    bad = bad || (t.n && toks_is_word(&t, t.n - 1) && lex_is(LEX_TITLE_OPEN, t.v[t.n - 1].w));
    toks_free(&t);
    tokenise(p->name, &t);
    int named = 0;  /* a word of the name proper came before */
    for (size_t i = 0; i < t.n && !bad; i++) {
        const char *w = t.v[i].w;
        int rank = toks_is_word(&t, i) && lex_is(LEX_RANK, w);
        bad = toks_is_word(&t, i) &&
              ((i > 0 && lex_is(LEX_HONORIFIC, w)) || (named && rank && w[strlen(w) - 1] == '.'));
        named |= toks_is_word(&t, i) && !rank;
    }
    bad = bad || (t.n && toks_is_word(&t, t.n - 1) && (lex_is(LEX_PARTICLE, t.v[t.n - 1].w) ||
                                                      lex_is(LEX_BODY_END, t.v[t.n - 1].w)));
    bad = bad || country_tail(p->name);
    toks_free(&t);
    return bad;
}

/* Whether the words before token i make its mention no participant's
 * ("the late A B", "on behalf of A B", "contact A B"). */
static int not_part_before(const struct toks *s, size_t i)
{
    if (i > 0 && toks_is_word(s, i - 1) && lex_is(LEX_NOT_PART, s->v[i - 1].w))
        return 1;
    return i > 1 && (toks_word_is(s, i - 1, "of") || toks_word_is(s, i - 1, "to")) &&
           toks_is_word(s, i - 2) && lex_is(LEX_NOT_PART, s->v[i - 2].w);
}

void part_general(const struct toks *s, struct found *f, const char *unknown)
{
    if (!f->general || !reports(s))
        return;
    for (size_t i = 0; i < s->n; i++)
        if (toks_is_word(s, i) && lex_is(LEX_FIRST_PERSON, s->v[i].w))
            return;
    for (size_t i = 0; i < s->n; i++) {
        if (toks_is_word(s, i) && lex_is(LEX_TOPIC, s->v[i].w))
            return;
        if (!toks_is_cap(s, i))
            continue;
        size_t j = i;
        struct person p = {0};
        /* a name with no title ("received Mr. A B, a farmer") is left to
         * the frames that know their object */
        if (!mention_any(s, &j, 0, &p))
            continue;
        int keep = p.title && *p.title && name_words(p.name) >= 2 && !s->v[j - 1].poss &&
                   !not_part_before(s, i) &&
                   !(toks_is_word(s, j) && lex_is(LEX_SAY, s->v[j].w)) &&
                   !office_word_in(p.name) && !known(f, p.name);
        /* a phrase read as a name: "Deputy Secretary" + "In Phnom Penh";
         * the end of a longer name ("bin | Sultan Al Nahyan") */
        keep = keep && !intro_first(p.name) &&
               !(i > 0 && toks_is_word(s, i - 1) && lex_is(LEX_PARTICLE, s->v[i - 1].w));
        size_t k0 = title_run_start(s, i);
        /* "Chief of Staff for ... President A B, C D": the name after the
         * comma is the one the longer title belongs to */
        if (k0 < i && j + 1 < s->n && s->v[j].type == T_COMMA &&
            mention_skip_honorifics(s, j + 1) == j + 1 && toks_is_cap(s, j + 1) &&
            toks_is_cap(s, j + 2) && !mention_title_start(s, j + 1))
            keep = 0;
        keep = keep && !appositive_run(s, k0, i);
        /* a title read short is a wrong title: no row */
        keep = keep && !title_goes_on(s, j, name_ends_at(s, j, p.name));
        if (keep && k0 < i && *p.title && widens(s, k0))
            widen_title(s, k0, i, &p);
        else if (keep && *p.title && !widens(s, k0))
            trim_title(&p);
        keep = keep && !broken_parse(&p);
        if (keep) {
            part_found_add(f, &p, unknown);
        } else {
            free(p.title);
            free(p.name);
        }
        i = j - 1;
    }
}

