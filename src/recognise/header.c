/* header.c -- the header of a copied web page, read by the evidence each
 * line gives: site furniture and stamps above the title, the title the
 * header lines stand under (a category prefix left out), then kind, office
 * or person over their title, place, venue and date in any order, a run-in
 * dateline; furniture after the body; every line left out is listed as
 * dropped, with a note, and a missing title or date is warned about. */
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
#include "recognise/participants.h"
#include "recognise/tokens.h"


/* Leave the current line out, with a reason, and move on. */
static void drop(struct hdr *h, const char *why)
{
    stmt_add_dropped(h->out, rec_cur_no(h), rec_cur(h), why);
    h->j++;
}

/* Keep the date of a stamp line (site clock, blog or feed date) as the last
 * resort; it is listed as dropped unless it becomes the date. */
static void take_stamp(struct hdr *h, char *iso)
{
    if (!h->stamp) {
        h->stamp = iso;
        h->stamp_line = (int)h->j;
        h->j++;
    } else {
        free(iso);  /* a second stamp: listed at once */
        drop(h, "site or feed date");
    }
}


static int person_issuer(struct hdr *h, const char *s);

/* Whether s names an issuer above the title: "From: X", an office, an
 * organisation.  Takes it as the office. */
static int issuer_above(struct hdr *h, const char *s)
{
    struct statement *out = h->out;
    if (!strncasecmp(s, "From: ", 6) && s[6] && !rec_ends_with_punct(s))
        out->office = xstrdup(s + 6 + strspn(s + 6, " "));
    else if ((!strcmp(s, "From") || !strcmp(s, "From:")) && h->j + 1 < h->k)
        out->office = xstrdup(h->L[h->nb[++h->j]].s);
    else if (rec_is_office(s) || rec_org_line(s))
        out->office = xstrdup(s + rec_org_country_prefix(s));
    else
        return person_issuer(h, s);
    return 1;
}

/* Whether s is a place line that can stand above the title: a city, or a
 * city and its region; a country alone there is a site's category. */
static int place_above(const char *s)
{
    const char *c = part_country_of(s);
    return rec_is_place(s) && !(c && !strcasecmp(c, s)) && strcasecmp(s, "Virtual");
}

/* "STATEMENT BY A B, TITLE" at the current line: the kind and the
 * person as the office, an office line above it ("Office of the
 * Spokesman") the agency; the line is listed.  Returns 1 when taken. */
static int kind_by_line(struct hdr *h, const char *s)
{
    struct statement *out = h->out;
    const char *kd;
    char *iss;
    if ((out->office && (out->agency || part_is_byline(out->office))) ||
        !(iss = rec_kind_by(s, &kd)))
        return 0;
    if (out->office)
        out->agency = out->office;
    out->office = iss;
    if (!out->kind)
        out->kind = xstrdup(kd);
    drop(h, "kind and issuer");
    return 1;
}

/* One line above the title, by the role it can play: a date (kept aside
 * as a stamp), furniture, a kind label, an issuer, a page title opening
 * with the issuer, a place, a line holding a date (a site's clock, kept
 * as a stamp); any other line is dropped.  field: the title
 * is a "[Title]" field, and lines above it are a database's. */
static void above_title(struct hdr *h, int field)
{
    struct statement *out = h->out;
    const char *s = rec_cur(h), *why = rec_hdr_furniture_why(s), *kd;
    size_t n;
    char *iso = rec_date_line(s, h->year, NULL);
    if (iso) {
        take_stamp(h, iso);
    } else if (why) {
        drop(h, why);
    } else if (!field && !out->kind && (kd = rec_kind_of(s))) {
        out->kind = xstrdup(kd);
        h->j++;
    } else if (!field && kind_by_line(h, s)) {
        ;
    } else if (!out->office && !field && (n = lex_issuer_prefix(s)) && s[n]) {
        /* a page title that opens with the issuer: "Ministry of External
         * Affairs Weekly Media Briefing ..." */
        h->out->office = xstrndup(s, n);
        drop(h, "above the title");
    } else if (!field && !out->office && issuer_above(h, s)) {
        h->j++;
    } else if (!field && !out->date && rec_place_and_date(h, s, 1)) {
        h->j++;  /* a dateline over the title */
    } else if (!field && !out->place && place_above(s)) {
        out->place = xstrdup(s);
        h->j++;
    } else if (!field && (iso = rec_date_in(s, NULL, NULL))) {
        take_stamp(h, iso);  /* a site's line with its clock */
    } else {
        drop(h, "above the title");
    }
}

/* Whether s continues a title on its next line with its byline ("by
 * Secretary General Jane Doe ahead of the Summit"). */
static int by_line(const char *s)
{
    return !strncmp(s, "by ", 3) && uchar_is_upper_start(s + 3) && rec_title_like(s);
}

/* Whether s continues a title on its next line with its guest ("Joint
 * Media Conference - Perth" over "with New Zealand Foreign Minister A B"). */
static int with_line(const char *s)
{
    return !strncmp(s, "with ", 5) && uchar_is_upper_start(s + 5) && rec_title_like(s) &&
           !rec_ends_with_punct(s);
}

/* Whether s is a headline's tail set on a line of its own: in
 * parentheses ("(Overview)"), or the occasion of remarks ("On the
 * Occasion of the Year-End Reception"). */
static int paren_tail(const char *s)
{
    size_t n = strlen(s);
    if (!strncasecmp(s, "On the Occasion of ", 19))
        return rec_title_like(s) && !rec_ends_with_punct(s);  /* "... Remarks" over it */
    return n > 2 && s[0] == '(' && s[n - 1] == ')' && !memchr(s + 1, ')', n - 2) &&
           !strchr(s, ':') && rec_count_words(s) <= 4 && !rec_hdr_furniture_why(s);
}

/* The title by evidence: the first headline followed by header lines.
 * Lines above it are site names, page titles, categories, or header lines
 * above the title (kind, issuer, place, a date kept aside): each gives its
 * role or is dropped.  A page that starts with a person over their title
 * and has no headline under header lines has no title. */
static void title_by_evidence(struct hdr *h)
{
    size_t t = h->j;
    int field = 0;  /* the title is a "[Title]" field: a database's layout */
    for (size_t i = h->j; i + 1 < h->k && i < h->j + 10 && !field; i++)
        if (!strncmp(h->L[h->nb[i]].s, "[Title] ", 8))
            t = i, field = 1;
    for (size_t i = h->j; !field && i < h->k && i < h->j + 3; i++)
        if (rec_split_repeat(h, i))
            t = i, field = -1;  /* the title set again, broken over lines */
    if (!field)
        t = rec_headline_over_header(h, h->j);
    field = field > 0;
    if (!field && rec_person_over_title(h, h->j) && (t == h->j || t == h->k)) {
        h->no_title = 1;  /* the page starts with its issuer: no title */
        return;
    }
    if (t == h->k)
        t = rec_title_above_text(h);
    if (t > h->j && t < h->k && (by_line(h->L[h->nb[t]].s) || with_line(h->L[h->nb[t]].s)) &&
        rec_title_like(h->L[h->nb[t - 1]].s) && !rec_ends_with_punct(h->L[h->nb[t - 1]].s))
        t--;  /* "Press conference" over "by Secretary General ...": one title */
    else if (t > h->j && t < h->k && paren_tail(h->L[h->nb[t]].s) &&
             rec_title_like(h->L[h->nb[t - 1]].s) && !rec_ends_with_punct(h->L[h->nb[t - 1]].s))
        t--;  /* "Visit to India by ..." over "(Overview)": one title */
    /* a repost's "FROM:" line above a title whose own header names its
     * issuer is the repost's source, not the office */
    int own = t < h->k && rec_issuer_under(h, t + 1);
    while (h->j < t) {
        if (own && !strncasecmp(rec_cur(h), "From:", 5))
            drop(h, "repost source");
        else
            above_title(h, field);
    }
}

/* Whether text t of a listing's entry at h->j stands again on one of the
 * next lines, as the title ("\xE2\x80\xA2 Title" over a kind, a date and "Title"). */
static int listed_again(const struct hdr *h, const char *t)
{
    for (size_t u = h->j + 1; u < h->k && u <= h->j + 6; u++)
        if (!strcmp(t, h->L[h->nb[u]].s))
            return 1;
    return 0;
}

/* Lines before the title: furniture is dropped, a stamp date kept aside, a
 * listing entry ("• Title" above "Title") dropped. */
static void before_title(struct hdr *h)
{
    while (h->j < h->k) {
        const char *s = rec_cur(h), *why = rec_hdr_furniture_why(s);
        int stamp = 0;
        char *iso;
        if (why) {
            drop(h, why);
        } else if (rec_release_note(s)) {
            drop(h, "release note");
        } else if (!h->out->office && !strncmp(s, "Office of ", 10) && rec_is_office(s) &&
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
            if (mk && listed_again(h, s + mk + 1))
                drop(h, "listing entry");
            else
                break;
        }
    }
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
    if (!strncmp(s, "From ", 5) && rec_org_line(s + 5)) {
        if (!out->office)
            out->office = xstrdup(s + 5);  /* "From Department of Foreign Affairs" */
        else
            stmt_add_dropped(out, rec_cur_no(h), s, "issuer again");
        h->j++;
        return 1;
    }
    if (alone && !out->office && h->j + 1 < h->k) {
        h->j++;
        out->office = xstrdup(rec_cur(h));
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
    char *name = h->j + 1 < h->k ? rec_person_line(s) : NULL;
    if (!name)
        return 0;
    const char *tl = h->L[h->nb[h->j + 1]].s, *sp = strchr(s, ' ');
    int titled = rec_person_title_line(tl);
    /* "Ambassador A B" alone: the rank is the title */
    char *rank = !titled && sp ? xstrndup(s, (size_t)(sp - s)) : NULL;
    int ranked = rank && lex_is(LEX_NAME_RANK, rank) && !strcmp(sp + 1, name);
    /* "Victoria Nuland" over "Daily Press Briefing": the speaker, untitled */
    int over_kind = !titled && !ranked && !strcmp(s, name) && rec_count_words(tl) <= 4 &&
                    (rec_kind_of(tl) || rec_kind_in_title(tl));
    if (!titled && !ranked && !over_kind) {
        free(rank);
        free(name);
        return 0;
    }
    struct buf b;
    buf_init(&b);
    if (over_kind)
        buf_adds(&b, name);
    else
        buf_printf(&b, "%s, %s", name, titled ? tl : rank);
    out->office = buf_take(&b);
    free(rank);
    free(name);
    h->j += titled;
    if (h->j + 1 < h->k && !out->agency && rec_org_line(h->L[h->nb[h->j + 1]].s)) {
        h->j++;  /* "U.S. Mission to the United Nations" under the title */
        out->agency = xstrdup(rec_cur(h));
    }
    return 1;
}

/* A date line in the header: the date, a repeat of it, another date
 * (listed), or a stamp.  Returns 1 when consumed, 0 when the line stays
 * body (an event's time), -1 when it is no date line. */
/* Whether each part of s between bars is furniture ("PRINT | E-MAIL"). */
static int link_parts(const char *s)
{
    int ok = *s != '\0';
    for (const char *p = s; ok && *p;) {
        const char *bar = strstr(p, " | ");
        char *part = bar ? xstrndup(p, (size_t)(bar - p)) : xstrdup(p);
        ok = rec_furniture_why(part) != NULL;
        free(part);
        p = bar ? bar + 3 : p + strlen(p);
    }
    return ok;
}

/* The date a line opens with when share links follow it ("March 21,
 * 2017 PRINT | E-MAIL"), *links the links; NULL when s is none.  Caller
 * frees. */
static char *date_before_links(const struct hdr *h, const char *s, const char **links)
{
    /* the links are a run with bars: they start at the word before the first */
    const char *bar = strstr(s, " | "), *p = bar;
    while (p && p > s && p[-1] != ' ')
        p--;
    if (!p || p <= s + 1 || !link_parts(p))
        return NULL;
    char *d = xstrndup(s, (size_t)(p - 1 - s));
    char *iso = rec_date_line(d, h->year, NULL);
    free(d);
    *links = p;
    return iso;
}

/* List the label of date line s ("For Immediate Release |") whose date
 * the statement takes: its words are no dateline's. */
static void list_date_label(struct hdr *h, int no, const char *s)
{
    size_t n = rec_date_label(s);
    while (n && strchr(" |:(", s[n - 1]))
        n--;
    if (!n)
        return;
    char *label = xstrndup(s + (*s == '('), n - (*s == '('));
    stmt_add_dropped(h->out, no, label, label[0] == '[' ? "field label" : "date label");
    free(label);
}

static int date_field(struct hdr *h, const char *s)
{
    struct statement *out = h->out;
    int stamp = 0;
    char *iso = rec_date_line(!strncmp(s, "[Date] ", 7) ? s + 7 : s, h->year, &stamp);
    const char *links = NULL;
    if (!iso && (iso = date_before_links(h, s, &links)))
        stmt_add_dropped(out, rec_cur_no(h), links, "share or related links");
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
        list_date_label(h, rec_cur_no(h), s);
    } else {
        if (strcmp(iso, out->date))
            stmt_add_dropped(out, rec_cur_no(h), s, "second date");
        free(iso);
    }
    h->j++;
    return 1;
}

/* Whether the line at h->j is a venue by its place among the header lines
 * ("Waldorf Astoria" between the issuer's title and "New York, New York"
 * over the date): a short name, with a place under it and the date under
 * that, or a place and the date on the next line. */
/* Whether a word of s starts in lowercase ("to", "of"). */
static int has_lowercase_word(const char *s)
{
    for (const char *p = s; *p; p++)
        if ((p == s || p[-1] == ' ') && islower((unsigned char)*p))
            return 1;
    return 0;
}

static int venue_by_position(const struct hdr *h)
{
    const char *s = rec_cur(h);
    if (h->j + 2 >= h->k || !h->out->office || rec_count_words(s) > 10 ||
        rec_ends_with_punct(s) || !uchar_is_upper_start(s) || rec_is_place(s) ||
        rec_is_date(s) || strchr(s, ',') || rec_header_evidence(h, h->j))
        return 0;
    const char *n1 = h->L[h->nb[h->j + 1]].s, *n2 = h->L[h->nb[h->j + 2]].s;
    char *iso = rec_date_line(n2, h->year, NULL), *iso1 = rec_date_line(n1, h->year, NULL);
    int date = iso != NULL, date1 = iso1 != NULL;
    free(iso);
    free(iso1);
    /* "Vehicle Handover Ceremony to the Ministry" right over the date: the
     * occasion */
    if (date1)
        return rec_title_like(s) &&
               (rec_count_words(s) > 4 || has_lowercase_word(s) || h->out->place ||
                strpbrk(s, "0123456789()[]:;"));  /* else place_by_position's */
    return rec_count_words(s) <= 6 && ((rec_is_place(n1) && date) || rec_place_and_date(h, n1, 0));
}

/* Whether the current line is a place by its position: a short line of
 * capitalised words right over the date line, under the issuer ("New
 * York City" between the mission and the date), that the lexicon does
 * not know as a place. */
static int place_by_position(const struct hdr *h)
{
    const char *s = rec_cur(h);
    if (h->j + 1 >= h->k || !h->out->office || h->out->place || rec_count_words(s) > 4 ||
        rec_ends_with_punct(s) || strpbrk(s, "0123456789()[]:;,") || rec_header_evidence(h, h->j) ||
        rec_hdr_furniture_why(s) || rec_venue_line(s))
        return 0;
    for (const char *p = s; *p; p++)
        if ((p == s || p[-1] == ' ') && !uchar_is_upper_start(p) && strncmp(p, "of ", 3))
            return 0;
    char *iso = rec_date_line(h->L[h->nb[h->j + 1]].s, h->year, NULL);
    int date = iso != NULL;
    free(iso);
    return date;
}

/* Lines the header passes over: furniture, a venue between header lines,
 * the title again, a release note, a labelled field.  Returns 1 when the
 * line was passed, 0 when the body starts there, -1 when it is none. */
static int passing_line(struct hdr *h, const char *shrt)
{
    const char *s = rec_cur(h), *why = rec_hdr_furniture_why(s);
    if (why && strcmp(why, "site name")) {
        drop(h, why);
        return 1;
    }
    if (why)
        return 0;  /* "U.S. Department of State" under a byline: body, as written */
    if ((rec_venue_line(s) && h->j + 1 < h->k && (rec_header_evidence(h, h->j + 1) ||
                                             rec_is_place(h->L[h->nb[h->j + 1]].s))) ||
        venue_by_position(h)) {
        drop(h, "venue");
        return 1;
    }
    if ((shrt && !strcmp(s, shrt)) || (h->out->title && !strcmp(s, h->out->title))) {
        h->j++;  /* the title again */
        return 1;
    }
    if (h->out->office && rec_org_line(s) &&
        !strcmp(s + rec_org_country_prefix(s), h->out->office)) {
        drop(h, "issuer again");  /* a site's source line above and under the title */
        return 1;
    }
    if (rec_release_note(s)) {
        drop(h, "release note");
        return 1;
    }
    char *co = rec_contact_office(s);
    if (co) {
        if (!h->out->office)
            h->out->office = co, co = NULL;
        free(co);
        drop(h, "press contact");
        return 1;
    }
    if (!strncasecmp(s, "Release No", 10) && rec_count_words(s) <= 4) {
        drop(h, "release number");  /* "Release No: NR-024-17" */
        return 1;
    }
    return labelled_line(h, s) ? 1 : -1;
}

/* Whether s is a country alone under an organisation's line that is the
 * office ("Ministry of Foreign Affairs" over "Republic of Korea"): the
 * issuer's, not the dateline's. */
static int issuer_country(const struct hdr *h, const char *s)
{
    const char *c = part_country_of(s), *o = h->out->office;
    if (!c || strcasecmp(c, s) || !o || !h->j)
        return 0;
    const char *prev = h->L[h->nb[h->j - 1]].s;
    return rec_org_line(prev) && !strcmp(prev + rec_org_country_prefix(prev), o);
}

/* A header field set as a list item under the title ("â¢ 05 Jul. 2024 -",
 * "â¢ |", "â¢ Last updated: 05 Jul. 2024 16:17"): the date, or a
 * separator or update line left out.  Returns 1 when s is one. */
static int bulleted_field(struct hdr *h, const char *s)
{
    int num;
    size_t mk = rec_list_marker(s, &num);
    if (!mk || num || s[mk] != ' ')
        return 0;
    char *it = xstrdup(s + mk + 1);
    size_t n = strlen(it);
    while (n && strchr(" -|", it[n - 1]))
        it[--n] = '\0';
    char *iso = n ? rec_date_line(it, h->year, NULL) : NULL;
    int upd = !strncasecmp(it, "Last updated", 12) || !strncasecmp(it, "Updated", 7);
    if (!n || upd) {
        free(it);
        free(iso);
        drop(h, n ? "update label" : "separator");
        return 1;
    }
    int dated = iso != NULL;
    if (iso && !h->out->date) {
        h->out->date = iso;
        list_date_label(h, rec_cur_no(h), it);  /* "- Published on: 23 June 2025" */
    } else {
        free(iso);
    }
    free(it);
    if (!dated)
        return 0;
    h->j++;
    return 1;
}

/* Whether s is a bureau right under an official's byline ("Jane Doe,
 * Assistant Secretary" over "Bureau of African Affairs", as a copy
 * splits a speaker's line): the issuer's agency, or a second speaker's
 * and then the preface's. */
static int bureau_under_byline(struct hdr *h, const char *s)
{
    const char *prev = h->j ? h->L[h->nb[h->j - 1]].s : "";
    struct statement *out = h->out;
    if (strncmp(s, "Bureau of ", 10) || !rec_is_office(s) || !part_is_byline(prev))
        return 0;
    if (out->office && !strcmp(prev, out->office) && !out->agency)
        out->agency = xstrdup(s);
    else
        rec_add_preface(out, s);
    return 1;
}

/* One header line after the title: kind, office, person and title, place,
 * date, bracketed field, release note or furniture.  Returns 0 when the
 * line is none of them (the body starts there). */
/* A venue line closing with the place ("to the Permanent Council,
 * Vienna"): the place, the line listed as a venue; 1 when taken, -1 when
 * s is none. */
static int venue_place(struct hdr *h, const char *s)
{
    char *pl = rec_venue_then_place(s);
    if (!pl)
        return -1;
    if (!h->out->place)
        h->out->place = pl, pl = NULL;
    free(pl);
    drop(h, "venue");
    return 1;
}

static int header_line(struct hdr *h, const char *shrt, int *seen_meta)
{
    struct statement *out = h->out;
    const char *s = rec_cur(h), *kd;
    int r = passing_line(h, shrt);
    if (r >= 0)
        return r;
    if (bulleted_field(h, s)) {
        *seen_meta = 1;
        return 1;
    }
    if (!strncmp(s, "[Place] ", 8) && !out->place) {
        out->place = xstrdup(s + 8);
        stmt_add_dropped(out, rec_cur_no(h), "[Place]", "field label");
    } else if (!strncmp(s, "[Source] ", 9) && !out->office) {
        out->office = xstrdup(s + 9);
        stmt_add_dropped(out, rec_cur_no(h), "[Source]", "field label");
    } else if (rec_squeezed_items(h, s, 1) || rec_run_together_items(h, s, 1) ||
               rec_place_and_date(h, s, 1) || rec_kind_and_date(h, s, 1) ||
               rec_date_then_place(h, s, 1)) {
        ;
    } else if (!out->kind && (kd = rec_kind_of(s))) {
        out->kind = xstrdup(kd);
    } else if (!out->office && (rec_is_office(s) || rec_org_line(s) || rec_is_speakers(shrt, s))) {
        out->office = xstrdup(s + rec_org_country_prefix(s));
    } else if (!out->office && (out->office = rec_delivered_by(s))) {
        drop(h, "delivery note");  /* its issuer is the office */
        return 1;
    } else if (kind_by_line(h, s)) {
        return 1;
    } else if ((r = venue_place(h, s)) >= 0) {
        return r;
    } else if (!out->office && person_issuer(h, s)) {
        ;
    } else if (!out->office && rec_titled_byline(h, h->j)) {
        out->office = rec_mention_issuer(s, 1, 1);  /* "Secretary A B" */
    } else if (out->office && part_is_byline(out->office) && part_is_byline(s)) {
        /* a second speaker under the first ("Yair Lapid, Israeli Foreign
         * Minister"): the office holds one, the preface the others */
        rec_add_preface(out, s);
    } else if (out->office && part_is_byline(out->office) && rec_person_over_title(h, h->j)) {
        /* ... or over their title, on two lines */
        char *name = rec_person_line(s);
        struct buf b;
        buf_init(&b);
        buf_printf(&b, "%s, %s", name, h->L[h->nb[h->j + 1]].s);
        rec_add_preface(out, b.s);
        buf_free(&b);
        free(name);
        h->j++;
    } else if (bureau_under_byline(h, s)) {
        ;
    } else if (out->office && !out->agency && rec_org_line(s) && strcmp(s, out->office) &&
               !part_is_byline(out->office) && !strcmp(h->L[h->nb[h->j - 1]].s, out->office)) {
        out->agency = xstrdup(s);  /* the department right under its office */
    } else if (issuer_country(h, s)) {
        drop(h, "issuer's country");
        return 1;
    } else if (!out->place && ((rec_is_place(s) && (*seen_meta || rec_header_evidence(h, h->j))) ||
                               place_by_position(h))) {
        out->place = xstrdup(s);
    } else if ((r = date_field(h, s)) >= 0) {
        *seen_meta |= r;
        return r;
    } else if (repost_preface(h, s)) {
        drop(h, "repost preface");
        h->after_repost = h->j;
        *seen_meta = 1;
        return 1;
    } else if (rec_summary_over_fields(h->L, h->nb, h->k, h->j)) {
        drop(h, "summary");
        return 1;
    } else {
        return 0;
    }
    *seen_meta = 1;
    h->j++;
    return 1;
}

/* Whether s is a byline set in capitals ("MICHAEL R. POMPEO, SECRETARY
 * OF STATE"): the issuer, not a headline. */
static int caps_byline(const char *s)
{
    char *tc = toks_title_case(s);
    free(tc);
    return tc && part_is_byline(s);
}

/* Take the title line at h->j (category prefix left out and reported);
 * returns the short title (owned by out) or NULL. */
static const char *title_line(struct hdr *h)
{
    const char *s = rec_cur(h), *kd = NULL;
    size_t dp = rec_date_prefix(h, s, NULL);
    size_t n = dp ? dp : !strncmp(s, "[Title] ", 8) ? 8 : rec_category_prefix(s, &kd);
    size_t nw = rec_count_words(s + n);
    if (!rec_title_like(s + n) && (nw <= 80 || rec_ends_with_punct(s + n)))
        return NULL;  /* a sentence of the body; a very long headline stays one */
    if (rec_preface_line(s, NULL))
        return NULL;  /* an attribution line: the page has no title */
    if (!n && (rec_press_office(s) || lex_issuer_prefix(s) == strlen(s) ||
               (!strncmp(s, "Office of ", 10) && rec_count_words(s) <= 6) ||
               caps_byline(s)))
        return NULL;  /* the issuer where a title would be: no title */
    if (dp) {  /* "27 Sep. 2021 - Week of ...": the date, or a repeat of it */
        char *d = xstrndup(s, dp - 3 - (s[dp - 2] != '-') * 2);
        if (!h->out->date)
            rec_date_prefix(h, s, &h->out->date);
        else
            stmt_add_dropped(h->out, rec_cur_no(h), d, "second date");
        free(d);
    } else if (n) {
        char *pre = xstrndup(s, n);
        size_t m = strlen(pre);
        while (m && (pre[m - 1] == ' ' || pre[m - 1] == ':'))
            pre[--m] = '\0';
        stmt_add_dropped(h->out, rec_cur_no(h), pre,
                         kd ? "kind label" : pre[0] == '[' ? "field label" : "category");
        free(pre);
        if (kd && !h->out->kind)
            h->out->kind = xstrdup(kd);
    }
    if (h->j + 1 < h->k && !rec_ends_with_punct(s + n) &&
        (by_line(h->L[h->nb[h->j + 1]].s) || paren_tail(h->L[h->nb[h->j + 1]].s) ||
         with_line(h->L[h->nb[h->j + 1]].s))) {
        struct buf b;  /* a title on two lines: its byline or tail under it */
        buf_init(&b);
        buf_printf(&b, "%s %s", s + n, h->L[h->nb[h->j + 1]].s);
        h->out->short_title = buf_take(&b);
        if (!h->out->office && by_line(h->L[h->nb[h->j + 1]].s))
            h->out->office = rec_by_line_issuer(h->L[h->nb[h->j + 1]].s);
        h->j += 2;
        return h->out->short_title;
    }
    const char *why;
    size_t suf = rec_title_tail(s + n, &why);
    if (suf) {
        const char *tail = s + strlen(s) - suf + 1;
        tail += !strncmp(tail, "| ", 2) * 2;
        stmt_add_dropped(h->out, rec_cur_no(h), tail, why);
        h->out->short_title = xstrndup(s + n, strlen(s + n) - suf);
    } else {
        h->out->short_title = xstrdup(s + n);
    }
    h->j++;
    for (size_t m = rec_split_repeat(h, h->j - 1); m; m--)
        drop(h, "title again");
    return h->out->short_title;
}

/* Days from 1970-01-01 to the ISO date s (proleptic Gregorian). */
static long iso_days(const char *s)
{
    long y = strtol(s, NULL, 10), m = strtol(s + 5, NULL, 10), d = strtol(s + 8, NULL, 10);
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400, yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
}

/* A title that dates its remarks or briefing ("Department Press Briefing
 * - July 5, 2022") a few days before the page's date line: the posting
 * date gives way to the statement's own.  A date long before (an
 * anniversary's) or after it is no such date. */
static void briefing_date(struct hdr *h)
{
    struct statement *out = h->out;
    char *t = rec_date_in(out->title, NULL, NULL);
    if (t && strcmp(t, out->date)) {
        long gap = iso_days(out->date) - iso_days(t);
        if (gap > 0 && gap <= 7) {
            /* the date line, left out as a posting date */
            for (size_t i = 0; i < h->j && i < h->k; i++) {
                const struct rec_line *l = &h->L[h->nb[i]];
                char *iso = rec_date_line(l->s, h->year, NULL);
                int same = iso && !strcmp(iso, out->date);
                free(iso);
                if (same) {
                    stmt_add_dropped(out, l->no, l->s, "posting date");
                    break;
                }
            }
            free(out->date);
            out->date = t;
            t = NULL;
        }
    }
    free(t);
}

/* A title closing on its dateline ("... following talks in Minsk, the
 * Minister said" is none; "... with Foreign Minister Makei, Minsk, June 19,
 * 2020" is one): the place between the last comma before the date and the
 * one before it, when the page gives no place line. */
static void place_in_title(struct hdr *h)
{
    const char *t = h->out->title, *d = rec_date_suffix(t, h->year);
    if (h->out->place || !d || d - t < 2 || d[-1] != ',')
        return;
    const char *b = d - 1;
    while (b > t && !(b[-1] == ' ' && b - 1 > t && b[-2] == ','))
        b--;
    if (b == t)
        return;
    char *pl = xstrndup(b, (size_t)(d - 1 - b));
    if (rec_count_words(pl) <= 3 && rec_is_place(pl) && !rec_venue_line(pl))
        h->out->place = pl;
    else
        free(pl);
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
    size_t u = h->j + 1;
    while (u < h->k && rec_hdr_furniture_why(h->L[h->nb[u]].s))
        u++;
    if (u < h->k && rec_is_place(rec_cur(h)) && rec_is_date(h->L[h->nb[u]].s)) {
        out->place = xstrdup(rec_cur(h));  /* a place over the date: no title */
        h->j++;
        while (h->j < u)
            drop(h, rec_hdr_furniture_why(rec_cur(h)));
    }
    if (h->j < h->k && !h->no_title &&
        (rec_place_and_date(h, rec_cur(h), 1) || rec_kind_and_date(h, rec_cur(h), 1) ||
         rec_squeezed_items(h, rec_cur(h), 1)))
        h->j++;  /* "Brussels, 12 December 2022" where a title would be: no title */
    else if (h->j < h->k && !rec_is_date(rec_cur(h)) && !h->no_title)
        shrt = title_line(h);
    int stamp = 0;
    char *iso = h->j < h->k ? rec_date_line(rec_cur(h), 0, &stamp) : NULL;
    if (iso && stamp)
        take_stamp(h, iso);  /* "Friday, 12 February 2021": a posting stamp */
    else if (iso) {
        out->date = iso;
        list_date_label(h, rec_cur_no(h), rec_cur(h));
        h->j++;
    }
    /* "New York" over the date over the headline (a UN layout) */
    if (!shrt && !h->no_title && out->place && out->date && h->j + 1 < h->k &&
        rec_title_like(rec_cur(h)) && !rec_ends_with_punct(rec_cur(h)) &&
        !rec_header_evidence(h, h->j))
        shrt = title_line(h);
    int seen_meta = iso != NULL || out->date;  /* a header line under the title */
    /* a repeated title line with furniture between (a repost's layout),
     * or a photo's caption between (an embassy's layout) */
    while (shrt && h->j < h->k && rec_hdr_furniture_why(rec_cur(h)))
        drop(h, rec_hdr_furniture_why(rec_cur(h)));
    if (shrt && h->j + 1 < h->k && !strcmp(h->L[h->nb[h->j + 1]].s, shrt) &&
        rec_count_words(rec_cur(h)) <= 60) {
        drop(h, "photo caption");
        h->j++;  /* the title again */
    }
    if (shrt && h->j < h->k && rec_is_full_title(shrt, rec_cur(h)))
        full = h->L[h->nb[h->j++]].s;
    for (int round = 0; round < 16 && h->j < h->k; round++)
        if (!header_line(h, shrt, &seen_meta))
            break;
    if (shrt) {
        out->title = xstrdup(full ? full : shrt);
        if (!out->kind) {
            /* a title that is a kind ("Joint Press Statement") is that kind */
            const char *kd = rec_kind_of(out->title);
            kd = kd ? kd : rec_kind_in_title(out->title);
            if (kd)
                out->kind = xstrdup(kd);
        }
    }
    if (out->title)
        place_in_title(h);
    if (out->title && !out->office)
        out->office = rec_title_issuer(out->title);
    if (!out->date && out->title)
        out->date = rec_date_in(out->title, NULL, NULL);
    else if (out->date && out->title)
        briefing_date(h);
    if (!out->date && h->stamp) {
        out->date = h->stamp;
        h->stamp = NULL;
        const struct rec_line *l = &h->L[h->nb[h->stamp_line]];
        char *alone = rec_date_line(l->s, h->year, NULL);
        if (!alone)  /* the date's words are the dateline's, the others listed */
            stmt_add_dropped(out, l->no, l->s, "line with the date");
        else
            list_date_label(h, l->no, l->s);
        free(alone);
    } else if (h->stamp) {
        size_t i = h->nb[h->stamp_line];
        stmt_add_dropped(out, h->L[i].no, h->L[i].s, "site or feed date");
    }
    free(h->stamp);
    h->stamp = NULL;
}

/* Warn about a date line of the header (or the line after it) whose day is
 * not in the calendar; the date stays unknown unless another line gives
 * one.  Lines [0, j] are looked at. */
static void impossible_date(const struct hdr *h, size_t j)
{
    for (size_t i = 0; i <= j && i < h->k; i++) {
        const struct rec_line *l = &h->L[h->nb[i]];
        if (rec_date_impossible(l->s)) {
            char *seen = rec_clip(l->s, 60);
            diag(C_DATE_NOT_DAY, h->name, l->no, 0, seen);
            free(seen);
            return;
        }
    }
}

int rec_header(struct statement *out, const struct rec_line *L, const size_t *nb,
               size_t k, const char *name, struct rec_body *body)
{
    struct hdr h = {out, L, nb, k, 0, name, NULL, 0, rec_context_year(L, nb, k), 0, 0, 0, NULL, NULL};
    h.ev = xmalloc(2 * (k ? k : 1));  /* the two memos */
    h.fw = h.ev + (k ? k : 1);
    memset(h.ev, -1, 2 * (k ? k : 1));
    if (k)
        read_header(&h);
    if (!k || (h.first == k && !out->date)) {
        free(h.ev);
        diag(C_NO_TEXT, name, k ? L[nb[0]].no : 0, 0);
        return EXIT_INPUT;
    }
    size_t j = h.j, first_line = nb[h.first < k ? h.first : k - 1];
    char *seen = rec_clip(L[first_line].s, 60);
    if (!out->title)
        diag(C_NO_TITLE, name, L[first_line].no, 0, seen);
    if (!out->date)
        impossible_date(&h, h.j);
    out->language = xstrdup("en-US");
    j = j < k ? rec_take_preface(&h, j) : j;
    j = rec_run_in_header(&h, j, &body->cut);
    size_t foot = j < k ? rec_body_end(&h, j) : k;  /* where the footer starts */
    size_t e = rec_posted_at_end(&h, j, rec_take_closing(&h, j, foot), foot);
    e = rec_signoff_at_end(&h, j, e);
    if (!out->date)  /* none in the header, the closing or a posting line */
        diag(C_NO_DATE, name, L[first_line].no, 0, seen);
    free(seen);
    rec_report_dropped(&h, foot);
    rec_little_body(&h, j, e);
    body->from = j;
    body->to = e;
    body->first_line = first_line;
    free(h.ev);
    return EXIT_OK;
}
