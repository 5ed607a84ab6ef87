/* mention.c -- the grammar of one mention of a participant:
 * [style] [COUNTRY] TITLE NAME [of COUNTRY], or NAME, [COUNTRY] TITLE.
 *
 * The title is office words (Secretary, Minister, Deputy ...) with their
 * domain ("of State", "for Western Hemisphere Affairs"); the name is the
 * run of capitalised words that follows (ranks like General belong to the
 * name).  Word classes come from the lexicon; rules are general, never
 * strings of particular statements. */
#include "recognise/mention.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "base/uchar.h"
#include "base/util.h"
#include "recognise/lexicon.h"

/* ---- countries ---------------------------------------------------------- */

/* Country of the n tokens at v (joined with spaces), or NULL. */
const char *mention_country_of_toks(const struct tok *v, size_t n)
{
    struct buf b;
    buf_init(&b);
    for (size_t i = 0; i < n; i++) {
        if (v[i].type != T_WORD)
            break;
        if (i)
            buf_addc(&b, ' ');
        buf_adds(&b, v[i].w);
    }
    const char *r = b.s ? lex_country(b.s) : NULL;
    buf_free(&b);
    return r;
}

/* Longest country mention starting at token i: its length, country in *c. */
size_t mention_country_at(const struct toks *t, size_t i, const char **c)
{
    if (i < t->n && uchar_is_upper_start(t->v[i].w)) {
        /* up to five words, only the last possessive: joined once, then
         * tried longest first by cutting the string short */
        size_t m = 0, end[5];
        struct buf b;
        buf_init(&b);
        while (m < 5 && i + m < t->n && t->v[i + m].type == T_WORD) {
            if (m)
                buf_addc(&b, ' ');
            buf_adds(&b, t->v[i + m].w);
            end[m++] = b.len;
            if (t->v[i + m - 1].poss)
                break;
        }
        for (size_t n = m; n >= 1; n--) {
            b.s[end[n - 1]] = '\0';
            const char *r = lex_country(b.s);
            if (r) {
                buf_free(&b);
                *c = r;
                return n;
            }
        }
        buf_free(&b);
    }
    /* "Republic of Iraq", "Hashemite Kingdom of Jordan", "Sultanate of
     * Oman": up to two words, a form of state, "of", [the] a country */
    for (size_t k = i; k < i + 3 && k < t->n && uchar_is_upper_start(t->v[k].w) &&
                       t->v[k].type == T_WORD && !t->v[k].poss; k++) {
        if (!lex_is(LEX_STATE_FORM, t->v[k].w))
            continue;
        size_t j = k + 1;
        if (j >= t->n || t->v[j].type != T_WORD || strcmp(t->v[j].w, "of"))
            return 0;
        j++;
        if (j < t->n && t->v[j].type == T_WORD && !strcmp(t->v[j].w, "the"))
            j++;
        if (j < t->n && lex_is(LEX_STATE_FORM, t->v[j].w))
            return 0;
        size_t m = mention_country_at(t, j, c);
        return m ? j + m - i : 0;
    }
    return 0;
}

/* ---- one mention: [country] TITLE NAME [of COUNTRY] -------------------- */

/* Domain-like by form: abstract-noun endings. */
static int domain_form(const char *w)
{
    return lex_suffix(LEX_DOMAIN_END, w, 2) != 0;
}

/* An acronym: two or more capitals and nothing else ("ISIS", "WHO"). */
static int all_caps(const char *w)
{
    size_t n = 0;
    for (; *w; w++, n++)
        if (!isupper((unsigned char)*w))
            return 0;
    return n >= 2;
}

static int is_domain(const char *w)
{
    return lex_is(LEX_DOMAIN, w) || domain_form(w);
}

static int is_head(const char *w);

/* Whether a head word follows within max tokens of capitalised words and
 * connectors: "High Council for National Reconciliation Chairman". */
static int head_ahead(const struct toks *t, size_t i, size_t max)
{
    for (size_t k = i; k < i + max && toks_is_word(t, k); k++) {
        const char *w = t->v[k].w;
        if (uchar_is_upper_start(w) && is_head(w))
            return 1;
        if (t->v[k].poss)
            return 0;
        if (!uchar_is_upper_start(w) && strcmp(w, "for") && strcmp(w, "of") && strcmp(w, "the"))
            return 0;
    }
    return 0;
}

int mention_title_start(const struct toks *t, size_t i)
{
    if (!toks_is_cap(t, i))
        return 0;
    const char *w = t->v[i].w;
    if (is_head(w) && strcmp(w, "Head") && strcmp(w, "Chief") &&
        strcmp(w, "Leader") && strcmp(w, "Lady") && strcmp(w, "Prince"))
        return 1;
    /* "Chief of Protocol", "Head of Delegation", "Head of the ... Department" */
    if ((!strcmp(w, "Chief") || !strcmp(w, "Head")) && !t->v[i].poss &&
        toks_is_word(t, i + 1) && !strcmp(t->v[i + 1].w, "of") &&
        (toks_is_cap(t, i + 2) || (toks_word_is(t, i + 2, "the") && toks_is_cap(t, i + 3))))
        return 1;
    /* modifiers or domain words followed by a head within three words */
    if (!lex_is(LEX_MODIFIER, w) && !is_domain(w) && !(all_caps(w) && !lex_country(w)))
        return 0;
    for (size_t k = i; k < i + 4 && toks_is_cap(t, k); k++) {
        if (is_head(t->v[k].w))
            return 1;
        if (!lex_is(LEX_MODIFIER, t->v[k].w) && !is_domain(t->v[k].w) &&
            !(all_caps(t->v[k].w) && !lex_country(t->v[k].w)))
            break;
        if (t->v[k].poss)
            return 0;
    }
    /* an organ before its head: "High Council for ... Chairman" */
    return (is_domain(w) || lex_is(LEX_MODIFIER, w)) && head_ahead(t, i, 7) &&
           !mention_country_of_toks(&t->v[i], 1);
}

static void join(struct buf *b, const struct toks *t, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++) {
        if (t->v[i].type == T_COMMA) {
            buf_addc(b, ',');
            continue;
        }
        if (b->len)
            buf_addc(b, ' ');
        buf_adds(b, t->v[i].w);
    }
}

static int is_connector(const char *w)
{
    return !strcmp(w, "of") || !strcmp(w, "for") || !strcmp(w, "to") ||
           !strcmp(w, "on") || !strcmp(w, "at");
}

/* A head word of an office, also with "-designate" or "-elect" after it,
 * or a modifier joined to it by a hyphen ("Vice-Minister"). */
static int is_head(const char *w)
{
    if (lex_is(LEX_HEAD, w))
        return 1;
    const char *dash = strchr(w, '-');
    if (dash && dash > w && dash[1] && !strchr(dash + 1, '-')) {
        char *m = xstrndup(w, (size_t)(dash - w));
        int r = lex_is(LEX_MODIFIER, m) && lex_is(LEX_HEAD, dash + 1);
        free(m);
        if (r)
            return 1;
    }
    size_t k = lex_suffix(LEX_HEAD_SUFFIX, w, 0);
    if (!k)
        return 0;
    char *h = xstrndup(w, strlen(w) - k);
    int r = lex_is(LEX_HEAD, h);
    free(h);
    return r;
}

size_t mention_skip_honorifics(const struct toks *t, size_t i)
{
    for (;;) {
        if (toks_is_word(t, i) && lex_is(LEX_HONORIFIC, t->v[i].w)) {
            i++;
            continue;
        }
        /* "H. E." spaced, as some ministries write it */
        if (toks_word_is(t, i, "H.") && toks_word_is(t, i + 1, "E.")) {
            i += 2;
            continue;
        }
        /* "The Honourable", "the Hon", "Rt Hon", "Right Honourable" */
        size_t k = i;
        /* "Senator the Hon": the rank goes with the style */
        if (toks_word_is(t, k, "Senator") && toks_word_is(t, k + 1, "the"))
            k++;
        if (toks_is_word(t, k) && (!strcmp(t->v[k].w, "The") || !strcmp(t->v[k].w, "the") ||
                                   !strcmp(t->v[k].w, "Rt") || !strcmp(t->v[k].w, "Rt.") ||
                                   !strcmp(t->v[k].w, "Right")))
            k++;
        /* "the Rt Hon", "The Right Honourable" */
        if (k == i + 1 && (toks_word_is(t, k, "Rt") || toks_word_is(t, k, "Rt.") ||
                           toks_word_is(t, k, "Right")))
            k++;
        /* the style alone ("Honorable Minister of ...") */
        if (k >= i && toks_is_word(t, k) && lex_is(LEX_HONORIFIC_STYLE, t->v[k].w) &&
            toks_is_cap(t, k + 1)) {
            i = k + 1;
            continue;
        }
        return i;
    }
}

/* Skip a style before a title or name: "His Majesty", "Her Excellency",
 * "His Royal Highness", "The Honorable", then "the". */
size_t mention_skip_styles(const struct toks *t, size_t i)
{
    i = mention_skip_honorifics(t, i);
    if (toks_is_word(t, i) && (!strcmp(t->v[i].w, "His") || !strcmp(t->v[i].w, "Her")) &&
        toks_is_word(t, i + 1)) {
        size_t k = i + 1;
        if (!strcmp(t->v[k].w, "Royal"))
            k++;
        if (toks_is_word(t, k) && (!strcmp(t->v[k].w, "Majesty") || !strcmp(t->v[k].w, "Highness") ||
                              !strcmp(t->v[k].w, "Excellency") || !strcmp(t->v[k].w, "Holiness")))
            i = k + 1;
    }
    if (toks_is_word(t, i) && (!strcmp(t->v[i].w, "The") || !strcmp(t->v[i].w, "the")) &&
        toks_is_word(t, i + 1) && !strcmp(t->v[i + 1].w, "Honorable"))
        i += 2;
    if (toks_is_word(t, i) && (!strcmp(t->v[i].w, "the") || !strcmp(t->v[i].w, "The")))
        i++;
    return i;
}

/* An organ of a state at i that an office of it follows ("Ministry of
 * Foreign Affairs", "Ministry of Defence and Veterans' Affairs"):
 * domain words, "of" or "for" and more of them, no head word; the index of
 * the office after it, else 0. */
static size_t organ_end(const struct toks *t, size_t i)
{
    int conn = 0;
    if (!toks_is_cap(t, i) || !is_domain(t->v[i].w) || lex_is(LEX_MODIFIER, t->v[i].w))
        return 0;
    for (size_t k = i + 1; k < i + 9 && toks_is_word(t, k); k++) {
        const char *w = t->v[k].w;
        if (t->v[k - 1].poss)
            return 0;
        if (!strcmp(w, "of") || !strcmp(w, "for")) {
            conn = 1;
            continue;
        }
        if (!strcmp(w, "the") || !strcmp(w, "and"))
            continue;
        if (!uchar_is_upper_start(w))
            return 0;
        if (conn && strcmp(t->v[k - 1].w, "of") && strcmp(t->v[k - 1].w, "for") &&
            (is_head(w) || lex_is(LEX_MODIFIER, w)))
            return k;
        if (is_head(w) || !is_domain(w))
            return 0;
    }
    return 0;
}

/* A country or demonym prefix before a title at i ("Israeli", "Ukraine's",
 * "U.S.", also "... interim"): its country in *deleg and the index after
 * it; i itself and *deleg NULL when there is none. */
static size_t title_prefix(const struct toks *t, size_t i, const char **deleg)
{
    const char *c;
    size_t cn = mention_country_at(t, i, &c);
    *deleg = NULL;
    size_t o = cn ? organ_end(t, i + cn) : 0;
    if (o && mention_title_start(t, o)) {
        /* "Kenyan Ministry of Foreign Affairs Director-General ...": the
         * country's organ goes with the country, not into the title */
        *deleg = c;
        return o;
    }
    if (cn && mention_title_start(t, i + cn)) {
        /* "Embassy Bogota Charg\xC3\xA9 d'Affaires": the embassy's city, not
         * the officer's country */
        int seat = i > 0 && (toks_word_is(t, i - 1, "Embassy") ||
                             toks_word_is(t, i - 1, "Consulate"));
        *deleg = seat ? NULL : c;
        return i + cn;
    }
    if (cn && toks_is_word(t, i + cn) && !strcmp(t->v[i + cn].w, "interim") &&
        mention_title_start(t, i + cn + 1)) {
        *deleg = c;
        return i + cn + 1;
    }
    return i;
}

/* After a title's head and domain, at i: a domain running on to a word that
 * closes it with a name after ("for Korean Peninsula Peace and Security
 * Affairs Noh ..."): the index just past the closer, or 0. */
static size_t domain_closer_end(const struct toks *t, size_t i)
{
    size_t last = 0;
    for (size_t m = i; m < i + 6 && toks_is_word(t, m); m++) {
        const char *w = t->v[m].w;
        if (!strcmp(w, "and")) {
            if (!toks_is_cap(t, m + 1) || !is_domain(t->v[m + 1].w))
                break;
            continue;
        }
        if (!uchar_is_upper_start(w) || t->v[m].poss || mention_title_start(t, m))
            break;
        if (lex_is(LEX_CLOSER, w) && toks_is_cap(t, m + 1) &&
            !lex_is(LEX_CLOSER, t->v[m + 1].w))
            last = m + 1;
    }
    return last;
}

/* At a comma inside a title's domain (i): more domain words, "and" and
 * the last ones, then the name ("for Arms Control, Verification and
 * Compliance Mallory Stewart"); the index after the last domain word, or
 * 0 (", Antony Blinken and ..." is a name after the title). */
static size_t domain_list_end(const struct toks *t, size_t i)
{
    size_t k = i + 1, n = 0;
    while (toks_is_cap(t, k) && is_domain(t->v[k].w) && !t->v[k].poss && n < 3)
        k++, n++;
    if (n && k < t->n && t->v[k].type == T_COMMA && toks_word_is(t, k + 1, "and"))
        k++;  /* the serial comma: "Security, Democracy, and Human Rights" */
    if (!n || !toks_word_is(t, k, "and"))
        return 0;
    k++;
    size_t m = 0;
    while (toks_is_cap(t, k) && is_domain(t->v[k].w) && !mention_title_start(t, k) && m < 3) {
        k++, m++;
        if (t->v[k - 1].poss)
            return 0;
    }
    /* a name after it, or the end: "A B, Under Secretary for X, Y, and Z" */
    return m && (toks_is_cap(t, k) || k >= t->n || t->v[k].type != T_WORD) ? k : 0;
}

/* At "and" (i) inside a title's domain: whether one to three capitalised
 * words follow, the first no office, the others domain words, then a
 * connector ("and International Cooperation of ..."). */
static int and_connector(const struct toks *t, size_t i)
{
    size_t k = i + 1;
    if (!toks_is_cap(t, k) || t->v[k].poss || mention_title_start(t, k))
        return 0;
    for (k++; k < i + 4 && toks_is_cap(t, k) && is_domain(t->v[k].w) && !t->v[k - 1].poss; k++)
        ;
    return !t->v[k - 1].poss && toks_is_word(t, k) && is_connector(t->v[k].w);
}

/* For title_scan: whether token i is a lowercase word that joins a title
 * (a connector, "the" after one, "and" between two offices), its state
 * updated for stepping over it. */
static int scan_joiner(const struct toks *t, size_t ts, size_t i,
                       int *have_head, int *after_conn)
{
    const struct tok *k = &t->v[i];
    if (k->type != T_WORD)
        return 0;
    if (*have_head && !*after_conn && lex_is(LEX_HEAD_TAIL, k->w))
        return 1;  /* "Charg\xC3\xA9 d'Affaires a.i." */
    /* "at" joins a head ("Ambassador at Large"), not a domain: "Minister
     * of X at the Department" is a place */
    if (is_connector(k->w) && *have_head && !(*after_conn && !strcmp(k->w, "at")) &&
        (toks_is_cap(t, i + 1) ||
         (toks_is_word(t, i + 1) && !strcmp(t->v[i + 1].w, "the") &&
          toks_is_cap(t, i + 2)))) {
        *after_conn = 1;
        return 1;
    }
    if (!strcmp(k->w, "the") && *after_conn && toks_is_cap(t, i + 1))
        return 1;
    /* organ words before the head: "Council for National ..." */
    if (!*have_head && i > ts && is_connector(k->w) && head_ahead(t, i + 1, 6))
        return 1;
    if (!strcmp(k->w, "and") && *have_head && *after_conn == 2 && and_connector(t, i)) {
        /* a domain of two parts going on: "of Foreign Affairs and Trade of
         * ...", "and International Cooperation of ..." */
        *after_conn = 1;
        return 1;
    }
    if (!strcmp(k->w, "and") && *have_head && mention_title_start(t, i + 1)) {
        /* two offices: "Prime Minister and Foreign Minister" */
        *have_head = 0;
        *after_conn = 0;
        return 1;
    }
    return 0;
}

/* After head word h at i: past "General" when it is part of the head
 * ("Attorney General", "Secretary General"). */
static size_t general_after(const struct toks *t, size_t i, const char *h)
{
    if (toks_is_word(t, i) && !strcmp(t->v[i].w, "General") &&
        (!strcmp(h, "Attorney") || !strcmp(h, "Secretary") || !strcmp(h, "Director") ||
         !strcmp(h, "Governor") || !strcmp(h, "Consul")))
        i++;
    return i;
}

/* Where a title starting at ts runs to: head words, modifiers, connectors
 * and domain words, one office or two joined by "and".  *have_head tells
 * whether a head word was seen; *after_conn is 1 just after a connector, 2
 * once a domain word follows one. */
static size_t title_scan(const struct toks *t, size_t ts, int *have_head,
                         int *after_conn)
{
    size_t i = ts, cn;
    const char *c;
    *have_head = *after_conn = 0;
    while (i < t->n) {
        const struct tok *k = &t->v[i];
        if (scan_joiner(t, ts, i, have_head, after_conn)) {
            i++;
            continue;
        }
        size_t dl;
        if (k->type == T_COMMA && *have_head && toks_is_word(t, i + 1) &&
            lex_is(LEX_HEAD_TAIL, t->v[i + 1].w)) {
            i += 2;  /* "Charg\xC3\xA9 d'Affaires, a.i." */
            continue;
        }
        if (k->type == T_COMMA && *have_head && *after_conn == 2 &&
            (dl = domain_list_end(t, i))) {
            i = dl;  /* "for Arms Control, Verification and Compliance" */
            continue;
        }
        if (k->type != T_WORD || !uchar_is_upper_start(k->w))
            break;
        if (*after_conn == 1 && (cn = mention_country_at(t, i, &c)) > 1) {
            /* a country named in the domain: "of Saudi Arabia" */
            i += cn;
            *after_conn = 2;
            if (t->v[i - 1].poss)
                break;
            continue;
        }
        if (*after_conn == 1) {
            /* the first word after a connector is always domain */
            *after_conn = 2;
            i++;
            if (k->poss)
                break;
            continue;
        }
        /* a staff office after a whole office: "Secretary of Defense
         * Spokesperson" */
        int staff = *have_head && *after_conn == 2 && lex_is(LEX_STAFF_HEAD, k->w);
        if (staff || (is_head(k->w) && (!*have_head || !*after_conn))) {
            *have_head = 1;
            if (staff)
                *after_conn = 0;
            i = general_after(t, i + 1, k->w);
            if (k->poss)
                break;
            continue;
        }
        if (!*have_head && (lex_is(LEX_MODIFIER, k->w) || is_domain(k->w) ||
                            (all_caps(k->w) && !lex_country(k->w)))) {
            i++;
            continue;
        }
        if (*have_head && *after_conn && (is_domain(k->w) || all_caps(k->w)) &&
            !lex_is(LEX_RANK, k->w)) {
            i++;
            continue;
        }
        size_t last;
        if (*have_head && *after_conn == 2 && (last = domain_closer_end(t, i))) {
            i = last;
            continue;
        }
        if (*have_head && !*after_conn && lex_is(LEX_MODIFIER, k->w) &&
            !lex_is(LEX_RANK, k->w) && mention_title_start(t, i)) {
            i++;
            continue;
        }
        break;
    }
    return i;
}

static size_t comma_name(const struct toks *t, size_t i);

/* At "and" (i) after a title's domain: the index after the domain words
 * that go on from it ("and Public Credit"), when what follows them ends
 * the title: a name, ", NAME", or (tail: the title comes after the name,
 * "A B, Minister of Trade and Industry,") no capitalised word, when all
 * the words are domain words; else 0. */
static size_t and_domain_end(const struct toks *t, size_t i, int tail)
{
    size_t k = i + 1, nd = 0;
    int all_domain = 1;
    while (toks_is_cap(t, k) && (nd == 0 || is_domain(t->v[k].w)) &&
           !mention_title_start(t, k) && !lex_is(LEX_RANK, t->v[k].w)) {
        all_domain &= is_domain(t->v[k].w);
        k++;
        nd++;
        if (t->v[k - 1].poss)
            break;
    }
    if (!nd || t->v[k - 1].poss)
        return 0;
    if (toks_is_cap(t, k) || comma_name(t, k))
        return k;
    /* "Chairman of the National Development and Reform Commission (NDRC)
     * and B": a body's name closes the domain */
    int body = lex_is(LEX_BODY_END, t->v[k - 1].w);
    if (tail && body && toks_word_is(t, k, "and"))
        return k;  /* ... "and" the next person */
    return tail && (all_domain || body) && !toks_is_word(t, k) ? k : 0;
}

/* The end of the title [ts, *pi) that title_scan found: trailing
 * connectors and "the" dropped, then "and" + domain words taken back in
 * when a name follows them ("of Finance and Public Credit", "of Foreign
 * Affairs and International Cooperation").  Returns the end; *pi gets
 * where reading goes on. */
static size_t title_end(const struct toks *t, size_t ts, size_t *pi,
                        int after_conn, int tail)
{
    size_t te = *pi, i;
    while (te > ts && (t->v[te - 1].type != T_WORD ||
                       is_connector(t->v[te - 1].w) ||
                       !strcmp(t->v[te - 1].w, "the")))
        te--;
    i = te;
    size_t k;
    while (after_conn && toks_is_word(t, i) && !strcmp(t->v[i].w, "and") &&
           toks_is_cap(t, i + 1) && !t->v[i].poss && (k = and_domain_end(t, i, tail))) {
        i = k;
        te = k;
        if (tail && lex_is(LEX_BODY_END, t->v[k - 1].w))
            break;  /* the body's name is whole: "and" the next person */
    }
    *pi = i;
    return te;
}

/* Parse an office at *pi: [COUNTRY] TITLE [of DOMAIN].  On success set
 * [*ts, *te) to the title's tokens, *deleg to the country prefix (or NULL),
 * advance *pi past the title and return 1.  tail: the title follows a name
 * (no name comes after it). */
static int parse_title(const struct toks *t, size_t *pi, const char **deleg,
                       size_t *ts_out, size_t *te_out, int tail)
{
    size_t ts = title_prefix(t, *pi, deleg);
    if (!mention_title_start(t, ts))
        return 0;
    int have_head, after_conn;
    size_t i = title_scan(t, ts, &have_head, &after_conn);
    size_t te = title_end(t, ts, &i, after_conn, tail);
    if (!have_head || (te > ts && t->v[te - 1].poss && te == i))
        return 0;
    *ts_out = ts;
    *te_out = te;
    *pi = i;
    return 1;
}

/* A roman numeral after a name: "II", "III", "IV". */
static int is_regnal(const char *w)
{
    return !strcmp(w, "II") || !strcmp(w, "III") || !strcmp(w, "IV") ||
           !strcmp(w, "V") || !strcmp(w, "VI");
}

/* Whether the capitals at i are a surname written first, as Japanese
 * pages write names ("HAYASHI Yoshimasa"): a given name follows, and the
 * word is no country or office (an acronym: "NATO", "UNICEF Director"). */
static int surname_first(const struct toks *t, size_t i, int headline)
{
    return !headline && strlen(t->v[i].w) >= 3 && !t->v[i].poss && toks_is_cap(t, i + 1) &&
           !all_caps(t->v[i + 1].w) && !lex_country(t->v[i].w) &&
           !mention_title_start(t, i) && !mention_title_start(t, i + 1) &&
           !lex_country(t->v[i + 1].w);
}

/* Whether the demonym at i ends a name of one given name as its surname
 * ("Ambassador Courtney Austrian met"): no capitalised word follows it, and
 * it is no country's name ("Jordan"). */
static int demonym_surname(const struct toks *t, size_t i, size_t given, int headline)
{
    return !headline && given == 1 && !lex_country_named(t->v[i].w) &&
           !t->v[i - 1].poss && !toks_is_cap(t, i + 1) &&
           !(i + 1 < t->n && t->v[i + 1].type == T_WORD && t->v[i + 1].poss);
}

/* Parse a name at *pi: [ranks] capitalised words with particles.  Returns
 * its number of words (0 = none) and advances *pi.  headline: title case,
 * so stop words end the name. */
static size_t parse_name(const struct toks *t, size_t *pi, int headline)
{
    size_t i = *pi, nwords = 0;
    while (toks_is_word(t, i) && lex_is(LEX_RANK, t->v[i].w) && toks_is_cap(t, i + 1)) {
        i++;
        nwords++;
    }
    size_t nranks = nwords;
    while (i < t->n && t->v[i].type == T_WORD) {
        const char *w = t->v[i].w;
        if (strpbrk(w, "0123456789/"))
            break;
        /* "U.S.-Africa" is no name's word; "Osmani April 28": a date */
        if ((strchr(w, '.') && strchr(w, '-')) ||
            (nwords >= 2 && lex_is(LEX_DATE_WORD, w) && i + 1 < t->n &&
             strspn(t->v[i + 1].w, "0123456789") > 0))
            break;
        if (uchar_is_upper_start(w)) {
            if (nwords > nranks && is_regnal(w)) {
                nwords++;
                i++;
                break;
            }
            if (headline && lex_is(LEX_NAME_STOP, w))
                break;
            /* "Janet L. Yellen Commending ...", "John Kerry Meetings" */
            size_t wl = strlen(w);
            if (headline && nwords >= 2 && wl >= 8 &&
                (!strcmp(w + wl - 3, "ing") || !strcmp(w + wl - 4, "ings")))
                break;
            /* "Secretary Tillerson Participation in ...": an abstract noun */
            if (headline && nwords > nranks && wl >= 9 &&
                (!strcmp(w + wl - 4, "tion") || !strcmp(w + wl - 5, "tions") ||
                 !strcmp(w + wl - 4, "ment") || !strcmp(w + wl - 5, "ments")))
                break;
            if (all_caps(w) && !(nwords == nranks && surname_first(t, i, headline)))
                break;
            /* a word after a particle is a name's ("bin Sultan") */
            int joined = nwords > nranks && lex_is(LEX_PARTICLE, t->v[i - 1].w);
            if (!headline && !joined && (mention_title_start(t, i) || !strcmp(w, "The")))
                break;
            if (mention_country_of_toks(&t->v[i], 1) && nwords &&
                !demonym_surname(t, i, nwords - nranks, headline))
                break;
        } else if (nwords > nranks && (!strncmp(w, "al-", 3) || !strncmp(w, "el-", 3)) &&
                   uchar_is_upper_start(w + 3)) {
            /* a particle joined to its name: "Rashad al-Alimi" */
        } else if (lex_is(LEX_PARTICLE, w) || !strncmp(w, "al-", 3) ||
                   !strncmp(w, "el-", 3)) {
            /* particles may come in twos: "van der Berghe", "de la Cruz" */
            size_t c = i + 1;
            if (toks_is_word(t, c) && lex_is(LEX_PARTICLE, t->v[c].w))
                c++;
            if (!toks_is_cap(t, c) || !nwords)
                break;
        } else {
            break;
        }
        nwords++;
        i++;
        if (t->v[i - 1].poss)
            break;
    }
    if (nwords == nranks)
        return 0;
    *pi = i;
    return nwords;
}

/* Token i with the letters after a name skipped ("MP", "MSP"). */
static size_t skip_postnominals(const struct toks *t, size_t i)
{
    while (toks_is_word(t, i) && lex_is(LEX_POSTNOMINAL, t->v[i].w))
        i++;
    return i;
}

/* "[of] [the] COUNTRY" ending exactly at te: the index of its "of", else 0. */
static size_t trailing_country(const struct toks *t, size_t ts, size_t te,
                               const char **c)
{
    for (size_t k = ts + 1; k + 1 < te; k++) {
        if (strcmp(t->v[k].w, "of"))
            continue;
        size_t s = k + 1;
        if (!strcmp(t->v[s].w, "the"))
            s++;
        size_t n = mention_country_at(t, s, c);
        if (n && s + n == te)
            return k;
    }
    return 0;
}

/* Fill *pp from title tokens [ts, te) and name tokens [ns, ne). */
static void make_person(const struct toks *t, size_t ts, size_t te, size_t ns,
                        size_t ne, const char *deleg, struct person *pp)
{
    const char *c;
    /* "Amir of Kuwait", "Chief of Protocol of the United States": the
     * country is the delegation, not part of the office */
    size_t of = trailing_country(t, ts, te, &c);
    if (of) {
        if (!deleg)
            deleg = c;
        te = of;
    }
    /* a country named in the title's domain: "Minister of Israel's ..." */
    if (!deleg) {
        for (size_t k = ts + 1; k < te; k++) {
            size_t n2 = mention_country_at(t, k, &c);
            size_t b = k - 1;
            if (b > ts && !strcmp(t->v[b].w, "the"))
                b--;
            if (n2 && !strcmp(t->v[b].w, "of")) {
                deleg = c;
                break;
            }
        }
    }
    struct buf b;
    buf_init(&b);
    join(&b, t, ts, te);
    pp->title = buf_take(&b);
    join(&b, t, ns, ne);
    pp->name = buf_take(&b);
    pp->delegation = (char *)deleg;
}

/* After a title, at i: ", [honorifics] NAME" with a name of two words or
 * more that a punctuation mark, "and" or a lowercase word ends; the index
 * of the name, else 0. */
static size_t comma_name(const struct toks *t, size_t i)
{
    if (i >= t->n || t->v[i].type != T_COMMA)
        return 0;
    size_t ns = mention_skip_honorifics(t, i + 1);
    /* a one-word office as the rank before the name: ", Senator Marise
     * Payne," (the title is the one before the comma) */
    if (toks_is_word(t, ns) && lex_is(LEX_HEAD, t->v[ns].w) && toks_is_cap(t, ns + 1) &&
        !mention_title_start(t, ns + 1) && !mention_country_at(t, ns + 1, &(const char *){NULL}))
        ns++;
    size_t k = ns;
    if (mention_title_start(t, ns) || mention_country_at(t, ns, &(const char *){NULL}))
        return 0;
    size_t nw = parse_name(t, &k, 0);
    if (nw < 2 || t->v[k - 1].poss)
        return 0;
    k = skip_postnominals(t, k);
    if (k < t->n && t->v[k].type == T_WORD && uchar_is_upper_start(t->v[k].w))
        return 0;
    return ns;
}

/* Parse a mention at *pi; on success fill *pp, advance *pi, return 1.
 * headline: the text is title case (a headline), so stop words end names. */
int mention_person(const struct toks *t, size_t *pi, int headline,
                        struct person *pp)
{
    size_t i = mention_skip_styles(t, *pi), ts, te;
    const char *deleg;
    memset(pp, 0, sizeof *pp);
    if (!parse_title(t, &i, &deleg, &ts, &te, 0))
        return 0;
    int prefixed = deleg != NULL;
    i = mention_skip_styles(t, i);
    /* TITLE, NAME: "Secretary of State for Defence, John Healey" */
    size_t cn = comma_name(t, i);
    if (cn)
        i = cn;
    /* a rank before the name: "Envoy ... Ambassador Sung Kim", "Minister
     * for Defence Senator A B" */
    if (toks_is_word(t, i) && lex_is(LEX_NAME_RANK, t->v[i].w) && toks_is_cap(t, i + 1) &&
        !mention_title_start(t, i + 1))
        i++;
    size_t ns = i;
    size_t nw = parse_name(t, &i, headline);
    if (nw == 0 || nw > 7)
        return 0;
    /* the name must not be a country ("ASEAN Chair Brunei Darussalam") */
    if (mention_country_at(t, ns, &(const char *){NULL}) == nw)
        return 0;
    /* ... nor a bare office word */
    if (nw == 1 && (mention_country_of_toks(&t->v[i - 1], 1) ||
                    lex_is(LEX_HEAD, t->v[i - 1].w) ||
                    lex_is(LEX_MODIFIER, t->v[i - 1].w)))
        return 0;
    size_t ne = i;
    i = skip_postnominals(t, i);
    const char *c;
    /* "of the Republic of Korea" after the name */
    if (!deleg && toks_is_word(t, i) && !strcmp(t->v[i].w, "of")) {
        size_t k = i + 1;
        if (toks_is_word(t, k) && !strcmp(t->v[k].w, "the"))
            k++;
        size_t n2 = mention_country_at(t, k, &c);
        if (n2) {
            deleg = c;
            i = k + n2;
        }
    }
    /* "A B (Ruritania)": the country in brackets after the name */
    size_t n3;
    if (!deleg && i < t->n && t->v[i].type == T_OPEN && (n3 = mention_country_at(t, i + 1, &c)) &&
        i + 1 + n3 < t->n && t->v[i + 1 + n3].type == T_CLOSE) {
        deleg = c;
        i += n3 + 2;
    }
    make_person(t, ts, te, ns, ne, deleg, pp);
    pp->prefixed = prefixed;
    *pi = i;
    return 1;
}

/* A name of 2 to max words at *pi that is not a title or a country, not
 * possessive: its span [*ns, *ne); *pi moves past it and any letters
 * after it ("MP"). */
static int name_span(const struct toks *t, size_t *pi, size_t max, size_t *ns, size_t *ne)
{
    size_t i = *pi;
    if (mention_title_start(t, i) || mention_country_at(t, i, &(const char *){NULL}))
        return 0;
    *ns = i;
    size_t nw = parse_name(t, &i, 0);
    if (nw < 2 || nw > max || t->v[i - 1].poss)
        return 0;
    *ne = i;
    *pi = skip_postnominals(t, i);
    return 1;
}

/* Parse the reverse form at *pi: NAME, [the] [COUNTRY('s)] TITLE
 * ("Dr. Fuad Hussein, Iraq's Minister of Foreign Affairs"). */
int mention_name_title(const struct toks *t, size_t *pi, struct person *pp)
{
    size_t i = *pi;
    memset(pp, 0, sizeof *pp);
    i = mention_skip_honorifics(t, i);
    /* "Senator A B, Special Envoy for ...": the rank as a style, the
     * office after the comma */
    if (toks_word_is(t, i, "Senator") && toks_is_cap(t, i + 1) && !mention_title_start(t, i + 1))
        i++;
    size_t ns, ne;
    if (!name_span(t, &i, 6, &ns, &ne))
        return 0;
    if (i >= t->n || t->v[i].type != T_COMMA)
        return 0;
    i++;
    size_t ts, te;
    const char *deleg;
    i = mention_skip_styles(t, i);
    if (!parse_title(t, &i, &deleg, &ts, &te, 1))
        return 0;
    /* "..., Administrator Samantha Power held": the title opens the next
     * mention, it is no office of the words before the comma */
    size_t after = i, n2 = parse_name(t, &after, 0);
    if (n2 >= 2)
        return 0;
    make_person(t, ts, te, ns, ne, deleg, pp);
    pp->prefixed = deleg != NULL;
    *pi = i;
    return 1;
}

int mention_bare_name(const struct toks *t, size_t *pi, struct person *pp)
{
    size_t i = mention_skip_honorifics(t, *pi);
    memset(pp, 0, sizeof *pp);
    size_t ns, ne;
    if (!name_span(t, &i, 5, &ns, &ne))
        return 0;
    if (toks_is_cap(t, i))
        return 0;
    struct buf b;
    buf_init(&b);
    buf_adds(&b, "");
    pp->title = buf_take(&b);
    join(&b, t, ns, ne);
    pp->name = buf_take(&b);
    *pi = i;
    return 1;
}

/* Either form of mention. */
int mention_any(const struct toks *t, size_t *pi, int headline, struct person *pp)
{
    return mention_person(t, pi, headline, pp) ||
           (!headline && mention_name_title(t, pi, pp));
}
