/* header.c -- the header of a copied web page, read by the evidence each
 * line gives: site furniture and stamps above the title, the title the
 * header lines stand under (a category prefix left out), then kind, office
 * or person over their title, place, venue and date in any order, a run-in
 * dateline; furniture after the body; every line left out is listed as
 * dropped, with a note, and a missing title or date is warned about. */
#include "recognise/rec_parts.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/diag.h"
#include "base/exit.h"
#include "base/uchar.h"
#include "base/util.h"
#include "recognise/participants.h"

static const char *const banner = "An official website of the United States government";

/* ISO date of a line that is only a date, or NULL.  Caller frees. */
static char *parse_date(const char *s)
{
    return rec_date_line(s, 0, NULL);
}

static int is_date(const char *s)
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
    "Background Press Call", "Press Gaggle", NULL};

/* The kind a line names (canonical spelling), or NULL. */
static const char *kind_of(const char *s)
{
    for (int i = 0; kinds[i]; i++)
        if (!strcasecmp(s, kinds[i]))
            return kinds[i];
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
static int is_office(const char *s)
{
    if (!strncmp(s, "Office of ", 10) || !strncmp(s, "Bureau of ", 10) ||
        !strcmp(s, "Office of the Spokesperson"))
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
    return 0;
}

/* A dateline place: "Washington, DC", "WASHINGTON, D.C.", "Berlin, Germany",
 * "Via Teleconference", or a capital or country on its own. */
int rec_is_place(const char *s)
{
    size_t nw = rec_count_words(s);
    if (!*s || nw > 6 || strpbrk(s, "0123456789:;!?()\""))
        return 0;
    size_t n = strlen(s);
    if (s[n - 1] == '.' && !(n >= 4 && !strcmp(s + n - 4, "D.C.")))
        return 0;
    if (part_is_byline(s))
        return 0;  /* "Yair Lapid, Israeli Foreign Minister" */
    if (!strcasecmp(s, "Via Teleconference") || !strcasecmp(s, "Virtual") ||
        !strncasecmp(s, "Washington", 10))
        return 1;
    if (part_country_of(s))
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
static int is_full_title(const char *shrt, const char *cand)
{
    return !is_date(cand) && !kind_of(cand) && !is_office(cand) &&
           !rec_ends_with_punct(cand) && rec_count_words(cand) <= 60 &&
           rec_count_words(cand) >= rec_count_words(shrt) &&
           strcmp(shrt, cand) != 0 && word_overlap(shrt, cand) >= 0.6;
}

/* Whether cand, a header line after the date, lists the speakers the short
 * title names: shorter than it and made of its words ("Acting Assistant
 * Secretary ... Joey Hood, ..., And ... Director Susannah Cooper" under
 * "Briefing With Acting Assistant Secretary ... On ...").  Such a line is
 * the statement's byline. */
static int is_speakers(const char *shrt, const char *cand)
{
    return shrt && !rec_ends_with_punct(cand) && rec_count_words(cand) >= 4 &&
           rec_count_words(cand) < rec_count_words(shrt) && strstr(cand, ", ") &&
           word_overlap(cand, shrt) >= 0.9;
}

/* The place of a dateline run into the first paragraph ("WASHINGTON, DC
 * -- The United States ...", "Berlin, Germany — Today ..."), or NULL.
 * The paragraph keeps its words; caller frees. */
static char *run_in_dateline(const char *s)
{
    static const char *const dashes[] = {" -- ", " \xE2\x80\x94 ", " \xE2\x80\x93 ",
                                         " - ", NULL};
    for (int i = 0; dashes[i]; i++) {
        const char *d = strstr(s, dashes[i]);
        if (!d || d == s || (size_t)(d - s) > 60)
            continue;
        char *place = xstrndup(s, (size_t)(d - s));
        size_t n = strlen(place);
        if (n && place[n - 1] == ',')
            place[--n] = '\0';
        if (rec_is_place(place))
            return place;
        free(place);
    }
    return NULL;
}

/* The first bytes of s, at most max, cut at a character boundary, with
 * "..." when cut; caller frees. */
static char *clip(const char *s, size_t max)
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

/* The state of header recognition: the lines, the indices of the
 * non-blank ones, and where the reading is. */
struct hdr {
    struct statement *out;
    const struct rec_line *L;
    const size_t *nb;     /* indices of the non-blank lines */
    size_t k, j;          /* their count, the next one */
    const char *name;     /* file name, for messages */
    char *stamp;          /* a site clock's or feed's date, the last resort */
    int stamp_line;
    int year;             /* year for a day and month without one */
    size_t first;         /* the first line after the furniture above the title */
    int no_title;         /* the page starts with its issuer */
};

static const char *cur(const struct hdr *h)
{
    return h->L[h->nb[h->j]].s;
}

static int cur_no(const struct hdr *h)
{
    return h->L[h->nb[h->j]].no;
}

/* Leave the current line out, with a reason, and move on. */
static void drop(struct hdr *h, const char *why)
{
    stmt_add_dropped(h->out, cur_no(h), cur(h), why);
    h->j++;
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
 * first year written in its first lines. */
static int context_year(const struct rec_line *L, const size_t *nb, size_t k)
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
    return 0;
}

/* Keep the date of a stamp line (site clock, blog or feed date) as the last
 * resort; it is listed as dropped unless it becomes the date. */
static void take_stamp(struct hdr *h, char *iso)
{
    if (!h->stamp) {
        h->stamp = iso;
        h->stamp_line = (int)h->j;
    } else {
        free(iso);
    }
    h->j++;
}

/* Whether s can be a title: a headline, not a sentence of the body (a
 * final period only after an abbreviation: "Jr.", "Inc.", "U.S."). */
static int title_like(const char *s)
{
    size_t nw = rec_count_words(s), n = strlen(s);
    int num;
    if (nw < 1 || nw > 80 || s[n - 1] == ',' || s[n - 1] == ';' || rec_list_marker(s, &num))
        return 0;
    if (s[n - 1] != '.')
        return 1;
    const char *w = strrchr(s, ' ');
    w = w ? w + 1 : s;
    return strlen(w) <= 4 || strchr(w, '.') != s + n - 1;
}

static char *person_line(const char *s);
static int person_title_line(const char *s);

/* Whether s is an organisation's name on its own line ("U.S. DEPARTMENT OF
 * THE TREASURY", "U.S. Mission to the United Nations", "Ministry of
 * Foreign Affairs"). */
static int org_line(const char *s)
{
    static const char *const starts[] = {"U.S. Department of ", "Department of ",
                                         "Ministry of ", "U.S. Mission to ",
                                         "Embassy of ", "U.S. Embassy ", NULL};
    if (rec_ends_with_punct(s) || rec_count_words(s) > 6 || strstr(s, " | "))
        return 0;
    for (int i = 0; starts[i]; i++)
        if (!strncasecmp(s, starts[i], strlen(starts[i])))
            return 1;
    return 0;
}

/* Whether line i (an index into nb) is evidence of a header: a date, a
 * kind, an office, a person over their title, a bracketed field. */
static int header_evidence(const struct hdr *h, size_t i)
{
    const char *s = h->L[h->nb[i]].s;
    char *iso = rec_date_line(s, h->year, NULL), *name;
    int date = iso != NULL;
    free(iso);
    if (date || kind_of(s) || is_office(s) || s[0] == '[' || !strncmp(s, "From:", 5) ||
        !strcmp(s, "From") || !strncasecmp(s, "Published", 9) || !strncasecmp(s, "Updated", 7))
        return 1;
    if (i + 1 < h->k && (name = person_line(s))) {
        free(name);
        return person_title_line(h->L[h->nb[i + 1]].s);
    }
    return 0;
}

/* The title by evidence: the first headline followed by header lines
 * (date, kind, office, person) within the first lines before the body.
 * Lines above it are site names, page titles and categories: an
 * organisation's name there is the office, the rest is dropped. */
static void title_by_evidence(struct hdr *h)
{
    size_t t = h->j;
    char *name = h->j + 1 < h->k ? person_line(cur(h)) : NULL;
    free(name);
    if (name && person_title_line(h->L[h->nb[h->j + 1]].s)) {
        h->no_title = 1;  /* the page starts with its issuer: no title */
        return;
    }
    for (size_t i = h->j; i + 1 < h->k && i < h->j + 10; i++) {
        const char *s = h->L[h->nb[i]].s;
        if (rec_ends_with_punct(s) && rec_count_words(s) >= 12)
            return;  /* the body: no title with header lines under it */
        if (rec_furniture_why(s) || !title_like(s) || rec_is_place(s) || header_evidence(h, i))
            continue;
        size_t u = i + 1;
        while (u + 1 < h->k && rec_furniture_why(h->L[h->nb[u]].s))
            u++;
        if (header_evidence(h, u)) {
            t = i;
            break;
        }
    }
    while (h->j < t) {
        const char *s = cur(h), *why = rec_furniture_why(s);
        char *iso = rec_date_line(s, h->year, NULL);
        if (iso) {
            take_stamp(h, iso);
        } else if (!h->out->office && org_line(s)) {
            h->out->office = xstrdup(s);
            h->j++;
        } else {
            drop(h, why ? why : "above the title");
        }
    }
}

/* Lines before the title: furniture is dropped, a stamp date kept aside, a
 * listing entry ("• Title" above "Title") dropped. */
static void before_title(struct hdr *h)
{
    while (h->j < h->k) {
        const char *s = cur(h), *why = rec_furniture_why(s);
        int stamp = 0;
        char *iso;
        if (why) {
            drop(h, why);
        } else if (!strcasecmp(s, "For Immediate Release") ||
                   !strcasecmp(s, "Immediate Release")) {
            drop(h, "release note");
        } else if (!h->out->office && !strncmp(s, "Office of ", 10) && is_office(s) &&
                   h->j + 1 < h->k) {
            h->out->office = xstrdup(s);  /* the White House's layout */
            h->j++;
        } else if ((iso = rec_date_line(s, h->year, &stamp)) &&
                   (stamp || (h->j + 1 < h->k &&
                              !rec_ends_with_punct(h->L[h->nb[h->j + 1]].s) &&
                              !rec_date_line(h->L[h->nb[h->j + 1]].s, 0, NULL) &&
                              h->j + 2 < h->k))) {
            if (!stamp) {
                /* a date above the title: the statement's own unless a
                 * date line follows */
                free(h->stamp);
                h->stamp = NULL;
            }
            take_stamp(h, iso);
        } else {
            free(iso);
            int num;
            size_t mk = rec_list_marker(s, &num);
            if (mk && h->j + 1 < h->k && !strcmp(s + mk + 1, h->L[h->nb[h->j + 1]].s))
                drop(h, "listing entry");
            else
                break;
        }
    }
}

/* A category prefix the site puts before a title ("Press Releases: ",
 * "Israel / Palestinian Territories : ", "PRESS RELEASE : "): its length
 * with the separator, 0 if none.  *kind gets the kind it names, if any. */
static size_t category_prefix(const char *s, const char **kind)
{
    *kind = NULL;
    const char *c = strstr(s, " : ");
    size_t n = 0;
    if (c && rec_count_words(s) > 3 && c - s < 60) {
        n = (size_t)(c - s) + 3;
    } else if (!strncmp(s, "Press Releases: ", 16)) {
        n = 16;
    } else if (!strncmp(s, "[Title] ", 8)) {
        return 8;
    }
    if (!n || !s[n])
        return 0;
    char *pre = xstrndup(s, n - (s[n - 2] == ':' && s[n - 3] == ' ' ? 3 : 2));
    const char *kd = kind_of(pre);
    if (!kd && !strcasecmp(pre, "Press Releases"))
        kd = NULL;
    *kind = kd;
    free(pre);
    return n;
}

/* The kind a title names by its form: "Readout of ...", "Remarks by ...",
 * "Statement by ...", "Department Press Briefing – ...", "Joint Statement:
 * ..." (a kind label before a colon or dash), or NULL. */
static const char *kind_in_title(const char *t)
{
    static const struct {
        const char *start, *kind;
    } forms[] = {
        {"Readout of ", "Readout"}, {"Readout: ", "Readout"},
        {"Remarks by ", "Remarks"}, {"Remarks at ", "Remarks"},
        {"Remarks to ", "Remarks"}, {"Statement by ", "Statement"},
        {"Statement from ", "Statement"}, {"Statement on ", "Statement"},
        {"Press Statement: ", "Press Statement"}, {"Media Note: ", "Media Note"},
        {"Department Press Briefing", "Press Briefing"},
        {"Daily Press Briefing", "Press Briefing"},
        {"Press Briefing by ", "Press Briefing"}, {"Fact Sheet: ", "Fact Sheet"},
        {"Joint Statement: ", "Joint Statement"}, {"Joint statement - ", "Joint Statement"},
        {"Joint Statement - ", "Joint Statement"},
        {"Joint Statement \xE2\x80\x93 ", "Joint Statement"},
        {"Joint Press Release", "Joint Press Release"},
        {"Notice to the Press: ", "Notice to the Press"},
    };
    for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++)
        if (!strncasecmp(t, forms[i].start, strlen(forms[i].start)))
            return forms[i].kind;
    if (strstr(t, " Joint Press Release "))
        return "Joint Press Release";
    size_t n = strlen(t);
    if (n > 16 && !strcasecmp(t + n - 16, " Joint Statement"))
        return "Joint Statement";
    return NULL;
}

/* A person's name alone on a line ("Heather Nauert", "Susan E. Rice", "The
 * Hon Christopher Pyne MP"): the name without honorifics, or NULL. */
static char *person_line(const char *s)
{
    static const char *const hon[] = {"The Hon ", "The Honorable ", "The Honourable ",
                                      "Senator the Hon ", "Rt Hon ", "H.E. ", "Dr. ", NULL};
    for (int i = 0; hon[i]; i++)
        if (!strncmp(s, hon[i], strlen(hon[i])))
            s += strlen(hon[i]);
    size_t n = strlen(s);
    if (n > 3 && !strcmp(s + n - 3, " MP"))
        n -= 3;
    char *name = xstrndup(s, n);
    size_t nw = rec_count_words(name);
    int ok = nw >= 2 && nw <= 5 && !strpbrk(name, ",;:!?()0123456789");
    for (const char *p = name; ok && *p; p++)
        if ((p == name || p[-1] == ' ') && !uchar_is_upper_start(p))
            ok = 0;
    if (!ok || kind_of(name) || rec_is_place(name) || rec_furniture_why(name)) {
        free(name);
        return NULL;
    }
    return name;
}

/* Whether s is a person's title on its own line ("Secretary of State",
 * "Department Spokesperson", "U.S. Permanent Representative to the United
 * Nations", "Minister for Defence"). */
static int person_title_line(const char *s)
{
    static const char *const heads[] = {
        "Secretary", "Minister", "Spokesperson", "Spokesman", "Ambassador", "President",
        "Prime Minister", "Permanent Representative", "Representative", "Director",
        "Under Secretary", "Deputy", "Assistant", "Special", "Chargé", "Consul",
        "Counselor", "Coordinator", "Envoy", "Administrator", "Chief", NULL};
    if (rec_ends_with_punct(s) || rec_count_words(s) > 14 || !uchar_is_upper_start(s))
        return 0;
    for (int i = 0; heads[i]; i++) {
        const char *p = strstr(s, heads[i]);
        size_t n = strlen(heads[i]);
        if (p && (p == s || p[-1] == ' ') && (p[n] == ' ' || !p[n]))
            return 1;
    }
    return 0;
}

/* A repost's preface: "The press release issued by the Foreign Office on 22
 * January 2024.", "Below is a press release issued by X on 13/11/2019.",
 * "The following Readout was published by X on Nov. 29. ...".  Takes the
 * office, kind and date it gives; returns 1 when s is one. */
static int repost_preface(struct hdr *h, const char *s)
{
    const char *by = strstr(s, " issued by ");
    size_t bl = 11;
    if (!by) {
        by = strstr(s, " published by ");
        bl = 14;
    }
    const char *on = by ? strstr(by, " on ") : NULL;
    if (!by || !on || rec_count_words(s) > 40 || by - s > 40)
        return 0;
    char *iso = NULL, *rest = xstrdup(on + 4);
    size_t n = strlen(rest);
    if (n && rest[n - 1] == '.')
        rest[--n] = '\0';
    for (char *dot = rest; !iso && dot;) {
        char c = *dot;
        *dot = '\0';
        if (dot != rest)
            iso = rec_date_line(rest, h->year, NULL);
        *dot = c;
        dot = strstr(dot + 1, ". ");
    }
    if (!iso)
        iso = rec_date_line(rest, h->year, NULL);
    free(rest);
    const char *o = by + bl;
    if (!strncmp(o, "the ", 4) && !strncmp(o + 4, "U.S", 3))
        o += 4;
    else if (!strncmp(o, "the ", 4))
        o += 4;
    const char *bureau = strstr(o, ", Bureau of ");
    if (!bureau || bureau > on)
        bureau = strstr(o, ", Office of ");
    if (bureau && bureau < on)
        o = bureau + 2;  /* "the U.S Department of State, Bureau of ...": the bureau */
    if (!h->out->office)
        h->out->office = xstrndup(o, (size_t)(on - o));
    if (!h->out->kind && strcasestr(s, "press release"))
        h->out->kind = xstrdup("Press Release");
    if (!h->out->kind && strcasestr(s, " readout "))
        h->out->kind = xstrdup("Readout");
    if (iso && !h->out->date)
        h->out->date = iso;
    else
        free(iso);
    return 1;
}
/* A venue line: a room, hall, hotel or centre ("Benjamin Franklin Room"). */
static int venue_line(const char *s)
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

/* A field under its label: "From: Foreign Office" or "From:" over the
 * issuer (GOV.UK), "Published" or "Updated" over the date.  Returns 1 and
 * moves on when s is one. */
static int labelled_line(struct hdr *h, const char *s)
{
    struct statement *out = h->out;
    int alone = !strcmp(s, "From:") || !strcmp(s, "From");
    if (!out->office && !strncmp(s, "From: ", 6) && !rec_ends_with_punct(s)) {
        out->office = xstrdup(s + 6);
        h->j++;
        return 1;
    }
    if (alone && !out->office && h->j + 1 < h->k) {
        h->j++;
        out->office = xstrdup(cur(h));
        h->j++;
        return 1;
    }
    if ((!strcasecmp(s, "Published") || !strcasecmp(s, "Published:") ||
         !strcasecmp(s, "Updated") || !strcasecmp(s, "Updated:")) && h->j + 1 < h->k) {
        char *iso = rec_date_line(h->L[h->nb[h->j + 1]].s, h->year, NULL);
        if (!iso)
            return 0;
        int published = s[0] == 'P' || s[0] == 'p';
        if (!out->date && published) {
            out->date = iso;
            h->j += 2;
        } else {
            free(iso);
            drop(h, "update label");
            drop(h, "update date");
        }
        return 1;
    }
    return 0;
}

/* A person over their title ("Heather Nauert" / "Department
 * Spokesperson") at the current line: the office "Name, Title", and the
 * organisation under it as the agency.  Returns 1 when taken. */
static int person_issuer(struct hdr *h, const char *s)
{
    struct statement *out = h->out;
    char *name = h->j + 1 < h->k ? person_line(s) : NULL;
    if (!name)
        return 0;
    const char *tl = h->L[h->nb[h->j + 1]].s;
    if (!person_title_line(tl)) {
        free(name);
        return 0;
    }
    struct buf b;
    buf_init(&b);
    buf_printf(&b, "%s, %s", name, tl);
    out->office = buf_take(&b);
    free(name);
    h->j++;
    if (h->j + 1 < h->k && !out->agency && org_line(h->L[h->nb[h->j + 1]].s)) {
        h->j++;  /* "U.S. Mission to the United Nations" under the title */
        out->agency = xstrdup(cur(h));
    }
    return 1;
}

/* A date line in the header: the date, a repeat of it, another date
 * (listed), or a stamp.  Returns 1 when consumed, 0 when the line stays
 * body (an event's time), -1 when it is no date line. */
static int date_field(struct hdr *h, const char *s)
{
    struct statement *out = h->out;
    int stamp = 0;
    char *iso = rec_date_line(!strncmp(s, "[Date] ", 7) ? s + 7 : s, h->year, &stamp);
    if (!iso)
        return -1;
    if (stamp && !out->date) {
        take_stamp(h, iso);
        return 1;
    }
    if (stamp) {
        free(iso);  /* "Tuesday, May 3, 2022, at 11:00 am": an event's time, body */
        return 0;
    }
    if (!out->date) {
        out->date = iso;
    } else {
        if (strcmp(iso, out->date))
            stmt_add_dropped(out, cur_no(h), s, "second date");
        free(iso);
    }
    h->j++;
    return 1;
}

/* Lines the header passes over: furniture, a venue between header lines,
 * the title again, a release note, a labelled field.  Returns 1 when the
 * line was passed, 0 when the body starts there, -1 when it is none. */
static int passing_line(struct hdr *h, const char *shrt)
{
    const char *s = cur(h), *why = rec_furniture_why(s);
    if (why && strcmp(why, "site name")) {
        drop(h, why);
        return 1;
    }
    if (why)
        return 0;  /* "U.S. Department of State" under a byline: body, as written */
    if (venue_line(s) && h->j + 1 < h->k && (header_evidence(h, h->j + 1) ||
                                            rec_is_place(h->L[h->nb[h->j + 1]].s))) {
        drop(h, "venue");
        return 1;
    }
    if ((shrt && !strcmp(s, shrt)) || (h->out->title && !strcmp(s, h->out->title))) {
        h->j++;  /* the title again */
        return 1;
    }
    if (!strcasecmp(s, "For Immediate Release") || !strcasecmp(s, "Immediate Release") ||
        !strcasecmp(s, "[Full text]") || !strcasecmp(s, "Release")) {
        drop(h, "release note");
        return 1;
    }
    return labelled_line(h, s) ? 1 : -1;
}

/* One header line after the title: kind, office, person and title, place,
 * date, bracketed field, release note or furniture.  Returns 0 when the
 * line is none of them (the body starts there). */
static int header_line(struct hdr *h, const char *shrt, int *seen_meta)
{
    struct statement *out = h->out;
    const char *s = cur(h), *kd;
    int r = passing_line(h, shrt);
    if (r >= 0)
        return r;
    if (!strncmp(s, "[Place] ", 8) && !out->place) {
        out->place = xstrdup(s + 8);
    } else if (!strncmp(s, "[Source] ", 9) && !out->office) {
        out->office = xstrdup(s + 9);
    } else if (!out->kind && (kd = kind_of(s))) {
        out->kind = xstrdup(kd);
    } else if (!out->office && (is_office(s) || is_speakers(shrt, s))) {
        out->office = xstrdup(s);
    } else if (!out->office && person_issuer(h, s)) {
        ;
    } else if (!out->place && *seen_meta && rec_is_place(s)) {
        out->place = xstrdup(s);
    } else if ((r = date_field(h, s)) >= 0) {
        *seen_meta |= r;
        return r;
    } else if (repost_preface(h, s)) {
        drop(h, "repost preface");
        *seen_meta = 1;
        return 1;
    } else {
        return 0;
    }
    *seen_meta = 1;
    h->j++;
    return 1;
}

/* Take the title line at h->j (category prefix left out and reported);
 * returns the short title (owned by out) or NULL. */
static const char *title_line(struct hdr *h)
{
    const char *s = cur(h), *kd;
    size_t n = category_prefix(s, &kd);
    size_t nw = rec_count_words(s + n);
    if (!title_like(s + n) && (nw <= 80 || rec_ends_with_punct(s + n)))
        return NULL;  /* a sentence of the body; a very long headline stays one */
    if (n) {
        char *pre = xstrndup(s, n);
        size_t m = strlen(pre);
        while (m && (pre[m - 1] == ' ' || pre[m - 1] == ':'))
            pre[--m] = '\0';
        stmt_add_dropped(h->out, cur_no(h), pre, kd ? "kind label" : "category");
        free(pre);
        if (kd && !h->out->kind)
            h->out->kind = xstrdup(kd);
    }
    h->out->short_title = xstrdup(s + n);
    h->j++;
    return h->out->short_title;
}

/* The header: furniture and stamps before the title, the title (short and
 * full), then kind, office, place and date in any order. */
static void read_header(struct hdr *h)
{
    struct statement *out = h->out;
    before_title(h);
    title_by_evidence(h);
    h->first = h->j;
    const char *shrt = NULL, *full = NULL;
    if (h->j < h->k && !is_date(cur(h)) && !h->no_title)
        shrt = title_line(h);
    int stamp = 0;
    char *iso = h->j < h->k ? rec_date_line(cur(h), 0, &stamp) : NULL;
    if (iso && stamp)
        take_stamp(h, iso);  /* "Friday, 12 February 2021": a posting stamp */
    else if (iso)
        out->date = iso, h->j++;
    /* a repeated title line with furniture between (a repost's layout) */
    while (shrt && h->j < h->k && rec_furniture_why(cur(h)))
        drop(h, rec_furniture_why(cur(h)));
    if (shrt && h->j < h->k && is_full_title(shrt, cur(h)))
        full = h->L[h->nb[h->j++]].s;
    int seen_meta = out->date != NULL;
    for (int round = 0; round < 16 && h->j < h->k; round++)
        if (!header_line(h, shrt, &seen_meta))
            break;
    if (shrt) {
        out->title = xstrdup(full ? full : shrt);
        if (!out->kind) {
            const char *kd = kind_in_title(out->title);
            if (kd)
                out->kind = xstrdup(kd);
        }
    }
    if (!out->date && out->title)
        out->date = rec_date_in(out->title, NULL, NULL);
    if (!out->date && h->stamp) {
        out->date = h->stamp;
        h->stamp = NULL;
    } else if (h->stamp) {
        size_t i = h->nb[h->stamp_line];
        stmt_add_dropped(out, h->L[i].no, h->L[i].s, "site or feed date");
    }
    free(h->stamp);
    h->stamp = NULL;
}

/* A dateline run into the first paragraph (or the second, under a short
 * subtitle): the place ("WASHINGTON, DC -- ...") and a date that starts
 * it ("Dec. 7 - Minister ...").  The paragraph keeps its words. */
static void run_in_header(struct hdr *h, size_t j)
{
    struct statement *out = h->out;
    for (size_t i = j; i < h->k && i < j + 2; i++) {
        const char *s = h->L[h->nb[i]].s;
        if (!out->place)
            out->place = run_in_dateline(s);
        size_t len;
        char *iso = out->date ? NULL : rec_date_at(s, h->year, &len);
        if (iso && (!strncmp(s + len, " - ", 3) || !strncmp(s + len, " \xE2\x80\x93 ", 5) ||
                    !strncmp(s + len, " \xE2\x80\x94 ", 5)))
            out->date = iso;
        else
            free(iso);
        if (rec_ends_with_punct(s) || rec_count_words(s) > 20)
            break;
    }
}

/* Trailing furniture after the body (share, tag, related and footer lines,
 * a blog's comment links, an e-mail digest's footer): the index into nb
 * where it starts, never before from. */
static size_t body_end(struct hdr *h, size_t from)
{
    size_t e = h->k;
    while (e > from + 1) {
        const char *s = h->L[h->nb[e - 1]].s;
        if (rec_footer_why(s)) {
            e--;
            continue;
        }
        /* a short line among footer lines: an address, a menu */
        int near = 0;
        for (size_t u = e - 1; u > from && u + 3 >= e; u--)
            if (rec_footer_why(h->L[h->nb[u - 1]].s))
                near = 1;
        if (near && rec_count_words(s) <= 8 && !rec_ends_with_punct(s) && e < h->k) {
            e--;
            continue;
        }
        break;
    }
    return e;
}

/* Compare dropped lines by input line, for qsort. */
static int by_line(const void *a, const void *b)
{
    const struct dropped_line *x = a, *y = b;
    return (x->line > y->line) - (x->line < y->line);
}

/* List the lines from e (an index into nb) to the end as footer, sort
 * the dropped lines, and say how many were left out (the lone standard
 * banner, which every state.gov copy starts with, goes without a note). */
static void report_dropped(struct hdr *h, size_t e)
{
    struct statement *out = h->out;
    for (size_t i = e; i < h->k; i++) {
        const char *s = h->L[h->nb[i]].s, *why = rec_footer_why(s);
        stmt_add_dropped(out, h->L[h->nb[i]].no, s, why ? why : "site footer");
    }
    if (out->ndropped > 1)
        qsort(out->dropped, out->ndropped, sizeof *out->dropped, by_line);
    size_t furn = 0;
    for (size_t i = 0; i < out->ndropped; i++)
        furn += strcmp(out->dropped[i].text, banner) != 0;
    if (furn)
        diag(C_DROPPED, h->name, out->dropped[0].line, 0, out->ndropped);
}

/* The kind a preface at the head of the body names ("The following is the
 * text of a joint press release by ...", "... provided the following
 * readout:"), when no kind line gave one. */
void rec_preface_kind(struct statement *out)
{
    for (size_t i = 0; i < out->nblocks && i < 2 && !out->kind; i++) {
        char *b = stmt_block_text(&out->blocks[i]);
        static const char jpr[] = "The following is the text of a joint press release";
        if (!strncmp(b, jpr, sizeof jpr - 1))
            out->kind = xstrdup("Joint Press Release");
        else if (strstr(b, " provided the following readout") && rec_count_words(b) < 25)
            out->kind = xstrdup("Readout");
        free(b);
    }
}

/* Warn when the body keeps very little of the text: fewer words than the
 * lines left out, and under 40 words. */
static void little_body(struct hdr *h, size_t j, size_t e)
{
    size_t body = 0, dropped = 0;
    for (size_t i = j; i < e && i < h->k; i++)
        body += rec_count_words(h->L[h->nb[i]].s);
    for (size_t i = 0; i < h->out->ndropped; i++)
        if (strcmp(h->out->dropped[i].text, banner))
            dropped += rec_count_words(h->out->dropped[i].text);
    if (j < h->k && body < 40 && body < dropped) {
        char *seen = clip(h->L[h->nb[j]].s, 60);
        diag(C_LITTLE_BODY, h->name, h->L[h->nb[j]].no, 0, body, dropped, seen);
        free(seen);
    }
}


int rec_header(struct statement *out, const struct rec_line *L, const size_t *nb,
               size_t k, const char *name, struct rec_body *body)
{
    struct hdr h = {out, L, nb, k, 0, name, NULL, 0, context_year(L, nb, k), 0, 0};
    if (k)
        read_header(&h);
    if (!k || (h.first == k && !out->date)) {
        diag(C_NO_TEXT, name, k ? L[nb[0]].no : 0, 0);
        return EXIT_INPUT;
    }
    size_t j = h.j, first_line = nb[h.first < k ? h.first : k - 1];
    char *seen = clip(L[first_line].s, 60);
    if (!out->title)
        diag(C_NO_TITLE, name, L[first_line].no, 0, seen);
    if (!out->date)
        diag(C_NO_DATE, name, L[first_line].no, 0, seen);
    free(seen);
    out->language = xstrdup("en-US");
    run_in_header(&h, j);
    size_t e = j < k ? body_end(&h, j) : k;
    report_dropped(&h, e);
    little_body(&h, j, e);
    body->from = j;
    body->to = e;
    body->first_line = first_line;
    return EXIT_OK;
}
