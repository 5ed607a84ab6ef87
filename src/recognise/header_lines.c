/* header_lines.c -- the evidence a single line gives for a header role:
 * a kind label, an office or a "Name, Title" byline, a place, a person's
 * name or title on its own line, a venue, a headline, an organisation, a
 * category prefix; and the year the page speaks of. */
#include "recognise/hdr_parts.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/diag.h"
#include "base/exit.h"
#include "base/uchar.h"
#include "base/util.h"
#include "recognise/lexicon.h"
#include "recognise/mention.h"
#include "recognise/tokens.h"
#include "recognise/participants.h"

/* ISO date of a line that is only a date, or NULL.  Caller frees. */
static char *parse_date(const char *s)
{
    return rec_date_line(s, 0, NULL);
}

int rec_is_date(const char *s)
{
    char *iso = parse_date(s);
    int yes = iso != NULL;
    free(iso);
    return yes;
}

size_t rec_count_words(const char *s)
{
    size_t n = 0;
    for (const char *p = s; *p; p++)
        if (*p != ' ' && (p == s || p[-1] == ' '))
            n++;
    return n;
}

int rec_ends_with_punct(const char *s)
{
    size_t n = strlen(s);
    if (!n)
        return 0;
    if (strchr(".:;,!?", s[n - 1]))
        return 1;
    /* closing quotes after punctuation: ." or .” */
    if (n >= 4 && !strcmp(s + n - 3, "\xE2\x80\x9D"))
        return 1;
    return s[n - 1] == '"';
}

static const char *const kinds[] = {
    "Media Note", "Press Statement", "Readout", "Joint Statement", "Remarks",
    "Statement", "Fact Sheet", "Notice to the Press", "Press Release",
    "Special Briefing", "Department Press Briefing", "Press Briefing",
    "Interview", "Travel", "Speech", "Testimony", "Op-Ed", "Public Schedule",
    "Taken Question", "Remarks to the Press", "Briefing", "Report",
    "Notice", "Announcement", "Background Briefing", "Joint Press Release",
    "Statement by the Press Secretary", "Proclamation", "News Transcript",
    "Transcript", "Press Conference", "Joint Press Statement", "Joint Communique",
    "Joint Communiqu\xC3\xA9", "Communique", "Communiqu\xC3\xA9", "News Release",
    "Media Release", "Media Advisory", "Press Advisory", "Readout of the Call",
    "Joint Declaration", "Declaration", "Press Note", "Letter", "Article",
    "Remarks as Prepared for Delivery", "Statement by the Spokesperson",
    "Joint Readout", "Briefing Transcript", "On-the-Record Briefing",
    "Background Press Call", "Press Gaggle", "News Story", "Statement to Parliament",
    "Photo Opportunity", "Press Availability", "Joint Press Availability",
    "Oral Statement to Parliament", "Written Statement to Parliament", "Media Statement",
    "Joint Media Statement", NULL};

/* The kind a line names (canonical spelling), or NULL. */
const char *rec_kind_of(const char *s)
{
    for (int i = 0; kinds[i]; i++)
        if (!strcasecmp(s, kinds[i]))
            return kinds[i];
    /* "Remarks as prepared", "Remarks as delivered": the kind, with its
     * delivery note */
    static const char *const notes[] = {" as prepared", " as delivered", NULL};
    for (int i = 0; notes[i]; i++) {
        size_t n = strlen(s), m = strlen(notes[i]);
        if (n > m && !strcasecmp(s + n - m, notes[i])) {
            char *k = xstrndup(s, n - m);
            const char *r = NULL;
            for (int j = 0; kinds[j] && !r; j++)
                if (!strcasecmp(k, kinds[j]))
                    r = kinds[j];
            free(k);
            return r;
        }
    }
    return NULL;
}

/* Words that start the title part of a "Name, Title" byline. */
static const char *const byline_words[] = {
    "Secretary", "Deputy", "Assistant", "Under", "Acting", "Principal",
    "Department", "Spokesperson", "Ambassador", "Special", "U.S.", "Senior",
    "Counselor", "Coordinator", "Director", "Chief", "Administrator",
    "State", "Press", "Chargé", "Charge", "Consul", "Legal", "Head", NULL};

/* "Office of the Spokesperson", "Bureau of ...", or a byline
 * "Antony J. Blinken, Secretary of State". */
int rec_is_office(const char *s)
{
    char *tc = toks_title_case(s);
    if (tc) {
        int r = rec_is_office(tc);  /* "MARK TONER, ACTING DEPUTY SPOKESMAN" */
        free(tc);
        return r;
    }
    if ((!strncasecmp(s, "Office of ", 10) || !strncasecmp(s, "Bureau of ", 10)) &&
        isupper((unsigned char)s[0]))
        return !rec_ends_with_punct(s) && rec_count_words(s) <= 14;
    const char *comma = strstr(s, ", ");
    if (!comma || rec_ends_with_punct(s) || rec_count_words(s) > 25)
        return 0;
    /* the name: 2..6 capitalised words */
    size_t nw = 0;
    for (const char *p = s; p < comma; p++) {
        if (p == s || p[-1] == ' ') {
            if (!uchar_is_upper_start(p))
                return 0;
            nw++;
        }
    }
    if (nw < 2 || nw > 6)
        return 0;
    const char *t = comma + 2;
    for (int i = 0; byline_words[i]; i++) {
        size_t n = strlen(byline_words[i]);
        if (!strncmp(t, byline_words[i], n) && (t[n] == ' ' || !t[n]))
            return 1;
    }
    /* any title word of the lexicon: "Spokesman", "Minister", "Foreign" */
    char *w = xstrndup(t, strcspn(t, " "));
    int r = lex_is(LEX_HEAD, w) || lex_is(LEX_MODIFIER, w);
    free(w);
    return r;
}

/* "CITY – COUNTRY" ("TEHRAN – ISLAMIC REPUBLIC OF IRAN"): one to three
 * capitalised words, a dash, and a country, in capitals too. */
static int city_dash_country(const char *s)
{
    const char *d = strstr(s, " \xE2\x80\x93 ");
    size_t dl = 5;
    if (!d)
        d = strstr(s, " - "), dl = 3;
    if (!d || d == s || rec_count_words(s) - rec_count_words(d + dl) > 4)
        return 0;
    char *c = xstrdup(d + dl);
    for (char *w = c; *w;) {
        size_t n = strcspn(w, " ");
        int caps = 1;
        for (size_t i = 0; i < n; i++)
            caps &= !(w[i] >= 'a' && w[i] <= 'z');
        int small = caps && ((n == 2 && !strncmp(w, "OF", 2)) || (n == 3 && !strncmp(w, "THE", 3)));
        for (size_t i = small ? 0 : 1; caps && i < n; i++)
            if (w[i] >= 'A' && w[i] <= 'Z')
                w[i] = (char)(w[i] - 'A' + 'a');
        w += n;
        while (*w == ' ')
            w++;
    }
    struct toks t = {0};
    tokenise(c, &t);
    const char *k;
    int r = t.n && mention_country_at(&t, 0, &k) == t.n;
    toks_free(&t);
    free(c);
    return r;
}

static int word_in(const char *w, size_t n, const char *const *list);

/* A line written in capitals in title case ("FOREIGN AND COMMONWEALTH
 * OFFICE" -> "Foreign and Commonwealth Office"), or NULL when s has a
 * small letter.  Caller frees. */
static char *caps_to_title(const char *s)
{
    static const char *const small[] = {"and", "of", "the", "for", "in", "to", NULL};
    for (const char *p = s; *p; p++)
        if (islower((unsigned char)*p))
            return NULL;
    char *w = xstrdup(s);
    for (char *p = w; *p; p++)
        if (p != w && p[-1] != ' ' && p[-1] != '-' && isupper((unsigned char)*p))
            *p = (char)tolower((unsigned char)*p);
    for (char *p = w + 1; *p; p++) {
        size_t n = strcspn(p, " ");
        if (p[-1] == ' ' && word_in(p, n, small))
            *p = (char)tolower((unsigned char)*p);
    }
    return w;
}

/* A capital or country written in capitals ("OTTAWA", "NEW DELHI"). */
static int capital_in_capitals(const char *s)
{
    char *w = caps_to_title(s);
    int r = w && part_country_of(w) != NULL;
    free(w);
    return r;
}

/* A dateline place: "Washington, DC", "WASHINGTON, D.C.", "Berlin, Germany",
 * "Via Teleconference", or a capital or country on its own. */
int rec_is_place(const char *s)
{
    size_t nw = rec_count_words(s);
    if (!*s || nw > 6 || strpbrk(s, "0123456789:;!?()\""))
        return 0;
    size_t n = strlen(s);
    const char *last = strrchr(s, ' ');
    /* "Sells, Ariz.": a city and its state as a dateline abbreviates it */
    if (last && last > s && last[-1] == ',' && lex_is(LEX_STATE_ABBR, last + 1))
        return rec_count_words(s) <= 4 && uchar_is_upper_start(s);
    if (s[n - 1] == '.' && !(n >= 4 && !strcmp(s + n - 4, "D.C.")))
        return 0;
    if (part_is_byline(s))
        return 0;  /* "Yair Lapid, Israeli Foreign Minister" */
    if (!strcasecmp(s, "Via Teleconference") || !strcasecmp(s, "Virtual") ||
        !strncasecmp(s, "Washington", 10))
        return 1;
    if (lex_country_named(s) || capital_in_capitals(s) || lex_is(LEX_CITY, s))
        return 1;  /* "Japan", not "Japanese" (a page's language link); "Geneva" */
    if (city_dash_country(s))
        return 1;
    const char *comma = strchr(s, ',');
    if (!comma || strchr(comma + 1, ',') || comma[1] != ' ')
        return 0;
    for (const char *p = s; *p; p++) {
        if (p == s || p[-1] == ' ') {
            if (!uchar_is_upper_start(p) && strncmp(p, "de ", 3) &&
                strncmp(p, "of ", 3))
                return 0;
        }
    }
    return 1;
}

/* Share of the words of a (case-insensitive) that also occur in b. */
static double word_overlap(const char *a, const char *b)
{
    size_t total = 0, found = 0;
    const char *p = a;
    while (*p) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        const char *e = strchr(p, ' ');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        total++;
        for (const char *q = b; *q;) {
            while (*q == ' ')
                q++;
            const char *qe = strchr(q, ' ');
            size_t qn = qe ? (size_t)(qe - q) : strlen(q);
            if (qn == n && !strncasecmp(p, q, n)) {
                found++;
                break;
            }
            q += qn;
        }
        p += n;
    }
    return total ? (double)found / (double)total : 0.0;
}

/* Whether cand, the line after the date, is the full title of short.  A
 * full title spells the short one out, so it is no shorter: a shorter line
 * made of the short title's words is the list of speakers a briefing's
 * headline names ("Briefing With A, B, And C On ..." then "A, B, And C"),
 * and taking it for the title would lose the headline from the page. */
int rec_is_full_title(const char *shrt, const char *cand)
{
    return !rec_is_date(cand) && !rec_kind_of(cand) && !rec_is_office(cand) &&
           !rec_ends_with_punct(cand) && rec_count_words(cand) <= 60 &&
           rec_count_words(cand) >= rec_count_words(shrt) &&
           strcmp(shrt, cand) != 0 && word_overlap(shrt, cand) >= 0.6;
}

/* Whether cand, a header line after the date, lists the speakers the short
 * title names: shorter than it and made of its words ("Acting Assistant
 * Secretary ... Joey Hood, ..., And ... Director Susannah Cooper" under
 * "Briefing With Acting Assistant Secretary ... On ...").  Such a line is
 * the statement's byline. */
int rec_is_speakers(const char *shrt, const char *cand)
{
    return shrt && !rec_ends_with_punct(cand) && rec_count_words(cand) >= 4 &&
           rec_count_words(cand) < rec_count_words(shrt) && strstr(cand, ", ") &&
           word_overlap(cand, shrt) >= 0.9;
}

/* The first bytes of s, at most max, cut at a character boundary, with
 * "..." when cut; caller frees. */
char *rec_clip(const char *s, size_t max)
{
    size_t n = strlen(s);
    if (n <= max)
        return xstrdup(s);
    while (max && ((unsigned char)s[max] & 0xC0) == 0x80)
        max--;
    struct buf b;
    buf_init(&b);
    buf_printf(&b, "%.*s...", (int)max, s);
    return buf_take(&b);
}

/* A year (1900..2100) standing as a word in s, or 0. */
static int year_word(const char *s)
{
    for (const char *p = s; *p; p++) {
        if ((p != s && isalnum((unsigned char)p[-1])) || !isdigit((unsigned char)*p))
            continue;
        size_t n = strspn(p, "0123456789");
        if (n == 4 && !isalnum((unsigned char)p[4])) {
            int y = atoi(p);
            if (y >= 1900 && y <= 2100)
                return y;
        }
        p += n - 1;
    }
    return 0;
}

/* The year the page speaks of: that of its first full date, else the
 * first year written in its first lines, else that of a footer line at
 * its end ("Copyright (c) 2019 ..."). */
int rec_context_year(const struct rec_line *L, const size_t *nb, size_t k)
{
    for (size_t i = 0; i < k && i < 60; i++) {
        char *d = rec_date_in(L[nb[i]].s, NULL, NULL);
        if (d) {
            int y = atoi(d);
            free(d);
            return y;
        }
    }
    for (size_t i = 0; i < k && i < 12; i++) {
        int y = year_word(L[nb[i]].s);
        if (y)
            return y;
    }
    /* a copyright or other footer line at the end of a long page */
    for (size_t i = k; i > 12 && i + 8 > k; i--) {
        int y = rec_footer_why(L[nb[i - 1]].s) ? year_word(L[nb[i - 1]].s) : 0;
        if (y)
            return y;
    }
    return 0;
}

/* Whether s can be a title: a headline, not a sentence of the body (a
 * final period only after an abbreviation: "Jr.", "Inc.", "U.S."). */
int rec_title_like(const char *s)
{
    size_t nw = rec_count_words(s), n = strlen(s);
    int num;
    if (nw < 1 || nw > 80 || s[n - 1] == ',' || s[n - 1] == ';' || rec_list_marker(s, &num))
        return 0;
    size_t letters = 0;
    for (const char *p = s; *p; p++)
        letters += isalpha((unsigned char)*p) || (unsigned char)*p >= 0x80;
    if (!letters)
        return 0;  /* a telephone number: no headline */
    if (s[n - 1] != '.')
        return 1;
    const char *w = strrchr(s, ' ');
    w = w ? w + 1 : s;
    return strlen(w) <= 4 || strchr(w, '.') != s + n - 1;
}

/* For "ORGANISATION of (the) COUNTRY" ("Ministry of Foreign Affairs of the
 * People's Republic of China"), the organisation's part (in a static
 * buffer); NULL when s ends in no country after " of ". */
static const char *of_country(const char *s)
{
    static char org[256];
    for (const char *p = strstr(s, " of "); p; p = strstr(p + 1, " of ")) {
        const char *c = p + 4;
        if (!strncmp(c, "the ", 4))
            c += 4;
        const char *k = part_country_of(c);
        if (k && (size_t)(p - s) < sizeof org && rec_count_words(s) - rec_count_words(c) <= 6) {
            memcpy(org, s, (size_t)(p - s));
            org[p - s] = '\0';
            return org;
        }
    }
    return NULL;
}

/* Whether s is a press office's name alone ("DHS Press Office"). */
int rec_press_office(const char *s)
{
    size_t n = strlen(s), a = 0;
    while (isupper((unsigned char)s[a]))
        a++;
    if (a >= 2 && a <= 5 && (!strcmp(s + a, " Press") || !strcmp(s + a, " PRESS")))
        return 1;  /* "MFA Press": a ministry's press service */
    if (!strcmp(s, "Press Office"))
        return 1;
    return n > 13 && !strcmp(s + n - 13, " Press Office") && rec_count_words(s) <= 5 &&
           uchar_is_upper_start(s);
}

/* Whether s is an organisation's name on its own line ("U.S. DEPARTMENT OF
 * THE TREASURY", "U.S. Mission to the United Nations", "Ministry of
 * Foreign Affairs", an issuer of the lexicon). */
int rec_org_line(const char *s)
{
    if (rec_org_country_prefix(s))
        return 1;
    static const char *const starts[] = {"U.S. Department of ", "Department of ",
                                         "United States Department of ",
                                         "Ministry of ", "U.S. Mission to ",
                                         "Embassy of ", "U.S. Embassy ", NULL};
    if (rec_ends_with_punct(s) || strstr(s, " | "))
        return 0;
    if (rec_count_words(s) > 6)
        return rec_count_words(s) <= 12 && of_country(s) && rec_org_line(of_country(s));
    /* an organisation's name ends in a capitalised word, not in what the
     * page says about it ("U.S. Department of State's posts") */
    const char *last = strrchr(s, ' ');
    if (last && islower((unsigned char)last[1]))
        return 0;
    for (int i = 0; starts[i]; i++)
        if (!strncasecmp(s, starts[i], strlen(starts[i])))
            return 1;
    if (rec_press_office(s))
        return 1;
    /* a country before the organisation ("Pakistan Ministry of Foreign Affairs") */
    for (const char *sp = strchr(s, ' '); sp && sp - s <= 30; sp = strchr(sp + 1, ' ')) {
        char *c = xstrndup(s, (size_t)(sp - s));
        int country = part_country_of(c) != NULL;
        free(c);
        if (country && uchar_is_upper_start(sp + 1))
            for (int i = 0; starts[i]; i++)
                if (!strncasecmp(sp + 1, starts[i], strlen(starts[i])))
                    return 1;
    }
    /* an issuing body of the lexicon named whole ("Foreign, Commonwealth &
     * Development Office"), not an acronym */
    char *t = caps_to_title(s);
    int r = rec_count_words(s) >= 2 && (t ? lex_issuer_prefix(t) == strlen(t)
                                          : lex_issuer_prefix(s) == strlen(s));
    free(t);
    return r;
}

/* The length of "Country - " opening a site's source line that names the
 * issuer after its country ("India - Ministry of External Affairs"): the
 * rest is an organisation's name; 0 when s is no such line. */
size_t rec_org_country_prefix(const char *s)
{
    const char *d = strstr(s, " - ");
    if (!d || d - s > 40 || !d[3])
        return 0;
    char *c = xstrndup(s, (size_t)(d - s));
    const char *k = part_country_of(c);
    int ok = k && !strcasecmp(k, c) && rec_org_line(d + 3);
    free(c);
    return ok ? (size_t)(d - s) + 3 : 0;
}

/* The length of a document type in sentence case and its ": " before a
 * title ("Press release: ", "News story: "), as a site's feed prefixes it;
 * 0 if none.  A kind in title case ("Joint Statement: Eighth ...") is the
 * title's own first words. */
static size_t sentence_case_kind(const char *s)
{
    const char *c = strstr(s, ": ");
    if (!c || c - s > 30 || !uchar_is_upper_start(s))
        return 0;
    char *pre = xstrndup(s, (size_t)(c - s));
    int words = 1, lower = 1;
    for (const char *p = pre; *p; p++)
        if (*p == ' ') {
            words++;
            lower &= islower((unsigned char)p[1]) != 0;
        }
    int ok = words >= 2 && words <= 3 && lower && rec_kind_of(pre);
    free(pre);
    return ok ? (size_t)(c - s) + 2 : 0;
}

/* Whether s[0..n) is an issuer's acronym and a kind ("MFA Press
 * Statement"), as a ministry's site heads its titles. */
static int issuer_kind_prefix(const char *s, size_t n)
{
    size_t a = strcspn(s, " ");
    if (a < 2 || a > 6 || a >= n)
        return 0;
    for (size_t i = 0; i < a; i++)
        if (!isupper((unsigned char)s[i]))
            return 0;
    char *k = xstrndup(s + a + 1, n - a - 1);
    int r = rec_kind_of(k) != NULL;
    free(k);
    return r;
}

/* Whether s[0..n) is a world region a site files statements under. */
static int region_prefix(const char *s, size_t n)
{
    char *pre = xstrndup(s, n);
    int r = lex_is(LEX_REGION, pre);
    free(pre);
    return r;
}

/* A category prefix the site puts before a title ("Press Releases: ",
 * "Israel / Palestinian Territories : ", "PRESS RELEASE : "): its length
 * with the separator, 0 if none.  *kind gets the kind it names, if any. */
size_t rec_category_prefix(const char *s, const char **kind)
{
    *kind = NULL;
    const char *c = strstr(s, " : ");
    size_t n = 0;
    if (c && rec_count_words(s) > 3 && c - s < 60) {
        n = (size_t)(c - s) + 3;
    } else if (!strncmp(s, "Press Releases: ", 16)) {
        n = 16;
    } else if (c = strstr(s, ": "), c && c - s <= 40 && region_prefix(s, (size_t)(c - s))) {
        n = (size_t)(c - s) + 2;  /* "Europe and Eurasia: " */
    } else if (c && c - s <= 40 && issuer_kind_prefix(s, (size_t)(c - s))) {
        n = (size_t)(c - s) + 2;  /* "MFA Press Statement: " */
    } else if (!strncmp(s, "[Title] ", 8)) {
        return 8;
    } else {
        n = sentence_case_kind(s);
    }
    if (!n || !s[n])
        return 0;
    char *pre = xstrndup(s, n - (s[n - 2] == ':' && s[n - 3] == ' ' ? 3 : 2));
    const char *kd = rec_kind_of(pre);
    if (!kd && issuer_kind_prefix(pre, strlen(pre)))
        kd = rec_kind_of(pre + strcspn(pre, " ") + 1);
    if (!kd && !strcasecmp(pre, "Press Releases"))
        kd = NULL;
    *kind = kd;
    free(pre);
    return n;
}

/* The kinds a title can state (the labelled set's list), the longer of
 * two that overlap first. */
static const char *const title_kinds[] = {
    "Notice to the Press", "Joint Statement", "Press Statement", "Press Briefing",
    "Press Release", "Media Note", "Fact Sheet", "Readout", "Remarks", "Statement",
    "Interview", "Speech", NULL};

/* Words before a kind that make the title announce one rather than be one
 * ("... to Deliver Remarks", "... Release Trilateral Statement"). */
static const char *const announcing[] = {
    "deliver", "delivers", "give", "gives", "release", "releases", "issue",
    "issues", "make", "makes", "to", "will", NULL};

static int word_in(const char *w, size_t n, const char *const *list)
{
    for (int i = 0; list[i]; i++)
        if (strlen(list[i]) == n && !strncasecmp(w, list[i], n))
            return 1;
    return 0;
}

/* Whether one of the two words before t + at announces what follows. */
static int announced(const char *t, size_t at)
{
    size_t e = at;
    for (int k = 0; k < 2; k++) {
        while (e > 0 && t[e - 1] == ' ')
            e--;
        size_t b = e;
        while (b > 0 && t[b - 1] != ' ')
            b--;
        if (b == e)
            return 0;
        if (word_in(t + b, e - b, announcing))
            return 1;
        e = b;
    }
    return 0;
}

/* The kind of the list at t + i, whole words, or NULL; "Joint" before a
 * kind not listed with it ("Joint Press Release") names a kind not on the
 * list. */
static const char *kind_at(const char *t, size_t i)
{
    for (int k = 0; title_kinds[k]; k++) {
        size_t n = strlen(title_kinds[k]);
        if (strncasecmp(t + i, title_kinds[k], n) || isalnum((unsigned char)t[i + n]))
            continue;
        if (i >= 6 && !strncasecmp(t + i - 6, "Joint ", 6) && strncmp(title_kinds[k], "Joint", 5))
            return NULL;
        return announced(t, i) ? NULL : title_kinds[k];
    }
    return NULL;
}

/* The kind a title states: the first kind of the list written in it as
 * whole words ("Readout of ...", "Opening Remarks at ...", "... Joint
 * Statement", "Department Press Briefing"), unless the title announces it
 * ("... to Deliver Remarks"); or NULL. */
const char *rec_kind_in_title(const char *t)
{
    for (size_t i = 0; t[i]; i++) {
        if (i > 0 && isalnum((unsigned char)t[i - 1]))
            continue;
        if (!isalpha((unsigned char)t[i]))
            continue;
        const char *kd = kind_at(t, i);
        if (kd)
            return kd;
        if (i >= 6 && !strncasecmp(t + i - 6, "Joint ", 6))
            continue;
    }
    return NULL;
}

/* A person's name alone on a line ("Heather Nauert", "Susan E. Rice", "The
 * Hon Christopher Pyne MP"): the name without honorifics, or NULL. */
/* Whether s is a kind in the plural, a site's section ("Media
 * Advisories", "Press Releases"). */
static int plural_kind(const char *s)
{
    size_t n = strlen(s);
    if (n < 4 || s[n - 1] != 's')
        return 0;
    char *one = xstrndup(s, n - 1);
    if (n > 4 && !strcmp(s + n - 3, "ies"))
        strcpy(one + n - 3, "y");
    int r = rec_kind_of(one) != NULL;
    free(one);
    return r;
}

char *rec_person_line(const char *s)
{
    static const char *const hon[] = {"The Hon ", "The Honorable ", "The Honourable ",
                                      "Senator the Hon ", "Rt Hon ", "H.E. ", "Dr. ", NULL};
    for (int i = 0; hon[i]; i++)
        if (!strncmp(s, hon[i], strlen(hon[i])))
            s += strlen(hon[i]);
    /* a rank before the name: "Ambassador Kelly Craft" over her office */
    const char *sp = strchr(s, ' ');
    if (sp && rec_count_words(sp + 1) >= 2) {
        char *w = xstrndup(s, (size_t)(sp - s));
        if (lex_is(LEX_NAME_RANK, w))
            s = sp + 1;
        free(w);
    }
    size_t n = strlen(s);
    if (n > 3 && !strcmp(s + n - 3, " MP"))
        n -= 3;
    char *name = xstrndup(s, n);
    size_t nw = rec_count_words(name);
    int ok = nw >= 2 && nw <= 5 && !strpbrk(name, ",;:!?()0123456789");
    for (const char *p = name; ok && *p; p++)
        if ((p == name || p[-1] == ' ') && !uchar_is_upper_start(p))
            ok = 0;
    if (!ok || rec_kind_of(name) || plural_kind(name) || rec_kind_in_title(name) || rec_is_place(name) ||
        rec_furniture_why(name) || rec_person_title_line(name) || rec_venue_line(name) ||
        rec_is_office(name) || rec_org_line(name)) {
        free(name);
        return NULL;
    }
    return name;
}

/* Whether s is a person's title on its own line ("Secretary of State",
 * "Department Spokesperson", "U.S. Permanent Representative to the United
 * Nations", "Minister for Defence"). */
int rec_person_title_line(const char *s)
{
    static const char *const heads[] = {
        "Secretary", "Minister", "Spokesperson", "Spokesman", "Ambassador", "President",
        "Prime Minister", "Permanent Representative", "Representative", "Director",
        "Under Secretary", "Deputy", "Assistant", "Special", "Chargé", "Consul",
        "Counselor", "Coordinator", "Envoy", "Administrator", "Chief", NULL};
    if (rec_ends_with_punct(s) || rec_count_words(s) > 14 || !uchar_is_upper_start(s) ||
        strpbrk(s, "0123456789()"))
        return 0;  /* a caption's date or credit is no title */
    if (strstr(s, " by ") || strstr(s, " with "))
        return 0;  /* "Press Conference by Foreign Minister X": a headline */
    for (int i = 0; heads[i]; i++) {
        const char *p = strstr(s, heads[i]);
        size_t n = strlen(heads[i]);
        if (p && (p == s || p[-1] == ' ') && (p[n] == ' ' || !p[n]))
            return 1;
    }
    return 0;
}

/* A venue line: a room, hall, hotel or centre ("Benjamin Franklin Room"). */
int rec_venue_line(const char *s)
{
    static const char *const ends[] = {" Room", " Hall", " Hotel", " Center", " Centre",
                                       " Auditorium", " Ballroom", " Building", NULL};
    size_t n = strlen(s);
    if (rec_ends_with_punct(s) || rec_count_words(s) > 8)
        return 0;
    for (int i = 0; ends[i]; i++) {
        size_t m = strlen(ends[i]);
        if (n > m && !strcmp(s + n - m, ends[i]))
            return 1;
    }
    return 0;
}

/* Length of the date a reposting site adds after a title (" [January
 * 2024]", " [Apr 2024]"), with the space before it; 0 if none. */
size_t rec_repost_suffix(const char *s)
{
    size_t n = strlen(s);
    const char *o = strrchr(s, '[');
    if (n < 8 || s[n - 1] != ']' || !o || o == s || o[-1] != ' ')
        return 0;
    const char *sp = strchr(o, ' ');
    if (!sp || sp - o < 4 || (size_t)(s + n - 1 - (sp + 1)) != 4)
        return 0;
    char *month = xstrndup(o + 1, (size_t)(sp - o - 1));
    struct buf b;
    buf_init(&b);
    buf_printf(&b, "%s 1, %.4s", month, sp + 1);
    char *iso = rec_date_line(b.s, 0, NULL);  /* a month name and a year */
    buf_free(&b);
    free(month);
    int ok = iso != NULL;
    free(iso);
    return ok ? (size_t)(s + n - o) + 1 : 0;
}

/* Whether word w (n bytes) is a link ("https://t.co/...",
 * "pic.twitter.com/..."). */
static int link_word(const char *w, size_t n)
{
    return (n > 7 && (!strncmp(w, "http://", 7) || !strncmp(w, "https://", 8))) ||
           (n > 16 && !strncmp(w, "pic.twitter.com/", 16));
}

size_t rec_title_tail(const char *s, const char **why)
{
    size_t n = strlen(s), k = rec_repost_suffix(s);
    *why = "repost date";
    if (k)
        return k;
    /* links a post carries after its headline */
    *why = "links";
    size_t e = n;
    while (e > 0) {
        size_t b = e;
        while (b > 0 && s[b - 1] != ' ')
            b--;
        if (!b || !link_word(s + b, e - b))
            break;
        e = b - 1;
    }
    if (e < n && e > 0)
        return n - e;
    /* "Headline | Site Name": a site's name after the last bar */
    *why = "site name";
    const char *bar = NULL;
    for (const char *p = strstr(s, " | "); p; p = strstr(p + 1, " | "))
        bar = p;
    if (bar && bar > s && rec_count_words(bar + 3) <= 6 && rec_count_words(s) - rec_count_words(bar + 3) >= 4 &&
        uchar_is_upper_start(bar + 3))
        return n - (size_t)(bar - s);
    return 0;
}

/* Whether non-blank line j of L is a page's summary sentence standing
 * over its labelled fields (GOV.UK: the summary, then "From:" and
 * "Published" within the next two lines): header, not body. */
int rec_summary_over_fields(const struct rec_line *L, const size_t *nb, size_t k, size_t j)
{
    static const char *const labels[] = {"From:", "From", "Published", "Published:", NULL};
    if (!rec_ends_with_punct(L[nb[j]].s) || rec_count_words(L[nb[j]].s) > 60)
        return 0;
    for (size_t u = j + 1; u < k && u <= j + 2; u++)
        for (int i = 0; labels[i]; i++)
            if (!strcmp(L[nb[u]].s, labels[i]) ||
                (!strncmp(labels[i], "From:", 5) && !strncmp(L[nb[u]].s, "From: ", 6)))
                return 1;
    return 0;
}

/* The issuer a title's byline line names ("by Secretary General Jane Doe
 * ahead of the Summit"): "Jane Doe, Secretary General", or NULL when the
 * line opens with no title and full name. */
char *rec_name_title(const struct person *p)
{
    if (!p->title || !*p->title || !p->name || !strchr(p->name, ' '))
        return NULL;
    struct buf b;
    buf_init(&b);
    buf_printf(&b, "%s, %s", p->name, p->title);
    return buf_take(&b);
}

/* A mention's title as s writes it before the name, with the country or
 * body the mention read off it ("NATO Secretary General", "U.S.
 * Ambassador"): an issuer is named as the page names it. */
static void written_title(const char *s, struct person *p)
{
    const char *n = p->prefixed && p->title && p->name ? strstr(s, p->name) : NULL;
    size_t tl = p->title ? strlen(p->title) : 0;
    if (!strncmp(s, "the ", 4) || !strncmp(s, "The ", 4))
        s += 4;
    if (!n || n - s < (ptrdiff_t)tl + 2 || n[-1] != ' ' || strncmp(n - 1 - tl, p->title, tl) ||
        n[-2 - (ptrdiff_t)tl] != ' ')
        return;
    free(p->title);
    p->title = xstrndup(s, (size_t)(n - 1 - s));
}

char *rec_mention_issuer(const char *s, int headline, int whole)
{
    struct toks t = {0};
    struct person p = {0};
    size_t i = 0;
    char *r = NULL;
    tokenise(s, &t);
    if (mention_person(&t, &i, headline, &p) && (!whole || i == t.n)) {
        written_title(s, &p);
        r = rec_name_title(&p);
    }
    free(p.title);
    free(p.name);
    toks_free(&t);
    return r;
}

char *rec_by_line_issuer(const char *s)
{
    return strncmp(s, "by ", 3) ? NULL : rec_mention_issuer(s + 3, 0, 0);
}

/* The speaker a headline names as giving its remarks or statement
 * ("Remarks by Ambassador A B at ...", "Ambassador A B's Remarks to
 * ..."), as "Name, Title", or NULL; caller frees. */
/* After a kind of one to three words and " by " ("Press conference by
 * ..."), the text after "by ", or NULL. */
static const char *kind_then_by(const char *title)
{
    for (const char *p = strstr(title, " by "); p; p = strstr(p + 1, " by ")) {
        const char *b = p;
        for (int words = 0; words < 3 && b > title; words++) {
            do
                b--;
            while (b > title && b[-1] != ' ');
            char *k = xstrndup(b, (size_t)(p - b));
            int kind = rec_kind_of(k) != NULL;
            free(k);
            if (kind)
                return p + 4;
        }
    }
    return NULL;
}

char *rec_title_issuer(const char *title)
{
    static const char *const by[] = {"Remarks by ", "Statement by ", "Remarks of ",
                                     "Statement of ", "Speech by ", "Address by ",
                                     "Message from ", "Message From ", NULL};
    const char *from = NULL;
    for (int i = 0; by[i] && !from; i++) {
        const char *p = strstr(title, by[i]);
        if (p && (p == title || p[-1] == ' '))
            from = p + strlen(by[i]);
    }
    if (!from)
        from = kind_then_by(title);
    if (from)
        return rec_mention_issuer(from, 1, 0);
    /* "Ambassador A B's Remarks": the mention's name in the possessive */
    struct toks t = {0};
    struct person p = {0};
    size_t i = 0;
    char *r = NULL;
    tokenise(title, &t);
    if (mention_person(&t, &i, 1, &p) && i > 0 && t.v[i - 1].poss &&
        (toks_word_is(&t, i, "Remarks") || toks_word_is(&t, i, "Statement")))
        r = rec_name_title(&p);
    free(p.title);
    free(p.name);
    toks_free(&t);
    return r;
}

/* A kind line that names its issuer ("STATEMENT BY MARK TONER, ACTING
 * DEPUTY SPOKESMAN", "STATEMENT BY SECRETARY A B", "Statement by the
 * Delegation of X Delivered by A B"): the issuer as the
 * line writes it ("Name, Title") or, in capitals, from "TITLE NAME";
 * *kind the kind; NULL when s is none.  Caller frees. */
char *rec_kind_by(const char *s, const char **kind)
{
    const char *by = strstr(s, " BY ");
    if (!by)
        by = strstr(s, " by ");
    if (!by || by - s > 30 || rec_count_words(s) > 16)
        return NULL;
    char *k = xstrndup(s, (size_t)(by - s));
    *kind = rec_kind_of(k);
    free(k);
    if (!*kind)
        return NULL;
    const char *who = by + 4;
    if (rec_is_office(who) && strchr(who, ','))
        return xstrdup(who);
    /* "Statement by the Delegation of X Delivered by A B": who delivered it */
    const char *dl = !strncasecmp(who, "the Delegation of ", 18) ? strstr(who, " Delivered by ") : NULL;
    if (dl) {
        char *name = rec_person_line(dl + 14);
        if (name && !strcmp(name, dl + 14))
            return name;
        free(name);
    }
    char *tc = toks_title_case(who);
    if (!tc)
        return NULL;  /* "Statement by Secretary A B" in title case: a headline */
    /* the whole rest is the mention ("... MNUCHIN ON THE ORDER" is a headline) */
    char *r = rec_mention_issuer(tc, 1, 1);
    free(tc);
    return r;
}

/* The issuer a delivery note names ("As delivered by Charg\xC3\xA9 d'Affaires
 * a.i. A B"), as "Name, Title", or NULL; caller frees. */
char *rec_delivered_by(const char *s)
{
    static const char *const notes[] = {"As delivered by ", "As Delivered by ",
                                        "As prepared for delivery by ", "Delivered by ", NULL};
    for (int i = 0; notes[i]; i++)
        if (!strncmp(s, notes[i], strlen(notes[i])) && !rec_ends_with_punct(s))
            return rec_by_line_issuer(s + strlen(notes[i]) - 3);
    return NULL;
}

/* The place closing a venue line that names the body addressed ("to the
 * Permanent Council, Vienna"), or NULL; caller frees. */
char *rec_venue_then_place(const char *s)
{
    const char *comma = strrchr(s, ',');
    if ((strncmp(s, "to the ", 7) && strncmp(s, "at the ", 7)) || !comma || comma[1] != ' ' ||
        rec_count_words(s) > 12 || rec_ends_with_punct(s) || !uchar_is_upper_start(s + 7))
        return NULL;
    return rec_is_place(comma + 2) ? xstrdup(comma + 2) : NULL;
}

/* A press office's release note above or under the title ("For Immediate
 * Release", "[Full text]"). */
int rec_release_note(const char *s)
{
    static const char *const notes[] = {"For Immediate Release", "Immediate Release",
                                        "For Release", "Release", "[Full text]", NULL};
    size_t n = strlen(s);
    while (n && (s[n - 1] == ':' || s[n - 1] == '.' || s[n - 1] == ' '))
        n--;
    for (int i = 0; notes[i]; i++)
        if (strlen(notes[i]) == n && !strncasecmp(s, notes[i], n))
            return 1;
    return 0;
}

/* The office a press contact line names ("CONTACT OFFICE OF PUBLIC
 * AFFAIRS", "Contact: Office of Media Relations"), in title case when
 * written in capitals; NULL when s is no such line.  Caller frees. */
char *rec_contact_office(const char *s)
{
    if (strncasecmp(s, "Contact", 7) || (s[7] != ' ' && s[7] != ':'))
        return NULL;
    const char *o = s + 7 + (s[7] == ':');
    while (*o == ' ')
        o++;
    if (!rec_is_office(o) && !rec_org_line(o))
        return NULL;
    char *t = caps_to_title(o);
    return t ? t : xstrdup(o);
}
