/* furniture.c -- site furniture a copied web page carries around a
 * statement: government banners ("An official website of the United States
 * government", "Here's how you know"), archive notices, site names, menus,
 * breadcrumbs, feed and blog headers, share, tag and footer lines, e-mail
 * digest lines, a listing's "Read More" links and notes run into the
 * text.  Each recognised line gets a short reason for --dump-json. */
#include "recognise/rec_parts.h"
#include "recognise/furn_links.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/uchar.h"
#include "base/util.h"

/* The rows of furniture.def, by kind. */
struct furn_row {
    const char *text, *why;
};
static const struct furn_row whole[] = {
#define FURN_LINE(text, why) {text, why},
#include "recognise/furniture.def"
};
static const struct furn_row starts[] = {
#define FURN_START(text, why) {text, why},
#include "recognise/furniture.def"
};
static const struct furn_row foot_whole[] = {
#define FURN_FOOT(text, why) {text, why},
#include "recognise/furniture.def"
};
static const struct furn_row foot_starts[] = {
#define FURN_FOOT_START(text, why) {text, why},
#include "recognise/furniture.def"
};
static const struct furn_row inside[] = {
#define FURN_INSIDE(text, why) {text, why},
#include "recognise/furniture.def"
};
static const char *const notes_heads[] = {
#define FURN_NOTES(text) text,
#include "recognise/furniture.def"
};
static const char *const languages[] = {
#define FURN_LANG(name) name,
#include "recognise/furniture.def"
};
static const struct {
    const char *text;
    int strength;
} end_marks[] = {
#define FURN_END(text, strength) {text, strength},
#include "recognise/furniture.def"
};

static const char *const more_links[] = {
#define FURN_MORE(text) text,
#include "recognise/furniture.def"
};
static const char *const runin_notes[] = {
#define FURN_RUNIN(text) text,
#include "recognise/furniture.def"
};
static const char *const preface_notes[] = {
#define FURN_PREFACE(text) text,
#include "recognise/furniture.def"
};
static const char *const credits[] = {
#define FURN_CREDIT(text) text,
#include "recognise/furniture.def"
};

#define NROWS(a) (sizeof a / sizeof a[0])

/* Whether s equals t without case, ignoring a final period, colon or space. */
static int same_line(const char *s, const char *t)
{
    size_t n = strlen(s), m = strlen(t);
    while (n && strchr(".: ", s[n - 1]))
        n--;
    return n == m && !strncasecmp(s, t, n);
}

/* A run of capitalised menu words without any sentence mark ("Home Issues &
 * Press Travel & Business Countries"), or "HomePolitics..." glued. */
static int menu_like(const char *s)
{
    if (!strncmp(s, "Home", 4) && isupper((unsigned char)s[4]))
        return 1;  /* "HomePoliticsJoint Statement on the..." */
    size_t words = 0, amp = 0;
    for (const char *p = s; *p; p++) {
        if (p != s && p[-1] != ' ')
            continue;
        if (*p == '&' || *p == '|')
            amp++;
        else if (!isupper((unsigned char)*p))
            return 0;
        words++;
    }
    return words >= 8 && amp >= 2 && !strpbrk(s, ".,;:!?");
}

/* Whether s is one token of lowercase letters, digits and at least one
 * hyphen or underscore ("news-picture", "hero_image_2"): an image's or a
 * page element's name left by the copy. */
static int element_name(const char *s)
{
    size_t n = 0, joins = 0;
    for (const char *p = s; *p; p++, n++) {
        if (*p == '-' || *p == '_')
            joins++;
        else if (!islower((unsigned char)*p) && !isdigit((unsigned char)*p))
            return 0;
    }
    return joins && n <= 40 && isalpha((unsigned char)s[0]) && isalnum((unsigned char)s[n - 1]);
}

/* The length of a bullet ("\u2022 ", "* ", "- ", "\u00b7 ") that starts s
 * with text after it, or 0. */
static size_t bullet_at(const char *s)
{
    static const char *const bullets[] = {"\xE2\x80\xA2 ", "* ", "- ", "\xC2\xB7 ", NULL};
    for (int i = 0; bullets[i]; i++) {
        size_t b = strlen(bullets[i]);
        if (!strncmp(s, bullets[i], b) && s[b])
            return b;
    }
    return 0;
}

/* A bullet with nothing but a number, a date or a time after it ("\u2022 6",
 * "\u2022 12/15/2031", "\u2022 18:08"): a page's counters and stamps. */
static int bullet_counter(const char *s)
{
    size_t b = bullet_at(s);
    if (!b)
        return 0;
    for (const char *p = s + b; *p; p++)
        if (!isdigit((unsigned char)*p) && !strchr("/:.,", *p))
            return 0;
    return 1;
}

/* A slide of a page's carousel: "N of M" and its caption ("\u2022 3 of 5
 * National Women's Month"), after a bullet or not. */
static int carousel_slide(const char *s)
{
    const char *p = s + bullet_at(s);
    size_t a = strspn(p, "0123456789");
    if (!a || a > 2 || strncmp(p + a, " of ", 4))
        return 0;
    size_t b = strspn(p + a + 4, "0123456789");
    return b && b <= 2 && (p[a + 4 + b] == ' ' || !p[a + 4 + b]);
}

/* A bullet with a page's stamp after it: a separator alone ("\u2022 |"),
 * a last-updated line ("\u2022 Last updated: 24 May. 2031 09:01"). */
static int bullet_stamp(const char *s)
{
    size_t b = bullet_at(s);
    if (!b)
        return 0;
    const char *p = s + b;
    if (!strcmp(p, "|") || !strcmp(p, "-") || !strcmp(p, "\xE2\x80\x93"))
        return 1;
    if (!strncasecmp(p, "Last updated", 12) || !strncasecmp(p, "Last modified", 13)) {
        char *iso = rec_date_in(p, NULL, NULL);
        free(iso);
        return iso != NULL && rec_count_words(p) <= 8;
    }
    return 0;
}

/* "Displaying 1 - 24 of 356 results.", "Showing 11-20 of 93 items": a
 * search or listing page's count. */
static int results_count(const char *s)
{
    const char *p = !strncmp(s, "Displaying ", 11) ? s + 11 : !strncmp(s, "Showing ", 8) ? s + 8 : NULL;
    if (!p || !isdigit((unsigned char)*p) || rec_count_words(s) > 9)
        return 0;
    const char *of = strstr(p, " of ");
    if (!of || !isdigit((unsigned char)of[4]))
        return 0;
    const char *w = of + 4;
    while (isdigit((unsigned char)*w) || *w == ',')
        w++;
    return !strncmp(w, " results", 8) || !strncmp(w, " items", 6) || !strncmp(w, " entries", 8);
}

/* A number alone of up to seven digits that is no year ("708" under
 * "Hit"): a page's view or hit counter. */
static int bare_count(const char *s)
{
    size_t n = strspn(s, "0123456789");
    if (!n || s[n] || n > 7)
        return 0;
    long v = strtol(s, NULL, 10);
    return !(n == 4 && v >= 1800 && v < 2200);
}

/* "Comments (0)", "0 Comments", "3 replies", "1 Response": the count of a
 * comment thread. */
static int comment_count(const char *s)
{
    static const char *const words[] = {"comment", "comments", "reply", "replies",
                                        "response", "responses", NULL};
    const char *p = s;
    while (isdigit((unsigned char)*p))
        p++;
    int lead = p != s;
    if (lead && *p++ != ' ')
        return 0;
    for (int i = 0; words[i]; i++) {
        size_t n = strlen(words[i]);
        if (strncasecmp(p, words[i], n))
            continue;
        const char *q = p + n;
        if (*q && *q != ' ')
            continue;  /* "comment" is the start of "comments" */
        if (lead)
            return !*q;
        if (q[0] != ' ' || q[1] != '(')
            return 0;
        for (q += 2; isdigit((unsigned char)*q); q++)
            ;
        return q > p + n + 2 && !strcmp(q, ")");
    }
    return 0;
}

/* Whether s ends with a photo credit in brackets ("... at the harbour.
 * [Photos: MFA]", "... (Photo: Ministry of Harbours)", a sentence closed
 * by a wire's "[AP]"): a caption. */
static int credited_caption(const char *s)
{
    static const char *const opens[] = {"[Photo", "(Photo", "[Image", "(Image", NULL};
    size_t n = strlen(s);
    if (n < 8 || (s[n - 1] != ']' && s[n - 1] != ')'))
        return 0;
    for (size_t i = 0; i < NROWS(credits); i++) {
        size_t c = strlen(credits[i]);
        if (n > c + 4 && s[n - c - 2] == (s[n - 1] == ']' ? '[' : '(') && s[n - c - 3] == ' ' &&
            s[n - c - 4] == '.' && !strncasecmp(s + n - c - 1, credits[i], c))
            return 1;
    }
    for (int i = 0; opens[i]; i++) {
        const char *o = strstr(s, opens[i]);
        while (o && strstr(o + 1, opens[i]))
            o = strstr(o + 1, opens[i]);
        if (o && o[0] == (s[n - 1] == ']' ? '[' : '(') && !strpbrk(o + 1, "[("))
            return 1;
    }
    return 0;
}

/* "417,871 followers", "Webp 19edited": counters and image names. */
static int counter_like(const char *s)
{
    size_t n = strlen(s);
    if (n > 10 && !strcmp(s + n - 10, " followers"))
        return 1;
    if (n > 12 && !strcmp(s + n - 12, " followers -"))
        return 1;
    return !strncasecmp(s, "Webp ", 5) || !strncasecmp(s, "Jpg ", 4);
}

/* Whether s is a date of the Hijri calendar alone ("26 RABI UL THANI,
 * 1439H", "3 Ramadan 1445 AH"), which pages print beside the Gregorian
 * date line: a Hijri month name and a year of four digits then "H"/"AH". */
static int hijri_date(const char *s)
{
    static const char *const months[] = {"Muharram", "Safar", "Rabi", "Jumada", "Rajab",
                                         "Sha'ban", "Shaban", "Ramadan", "Shawwal", "Dhul",
                                         "Zul", NULL};
    if (strlen(s) > 40 || !isdigit((unsigned char)s[0]))
        return 0;
    int month = 0;
    for (int i = 0; months[i] && !month; i++)
        month = strcasestr(s, months[i]) != NULL;
    const char *y = s;
    while (*y && !(isdigit((unsigned char)y[0]) && isdigit((unsigned char)y[1]) &&
                   isdigit((unsigned char)y[2]) && isdigit((unsigned char)y[3])))
        y++;
    if (!month || !*y)
        return 0;
    y += 4;
    while (*y == ' ')
        y++;
    return !strcasecmp(y, "H") || !strcasecmp(y, "AH") || !strcasecmp(y, "A.H.");
}

/* Whether s is site text with a site name glued to its end, as a copy
 * that lost its line breaks gives it ("Other State Department Archive
 * SitesU.S. Department of State"): the name right after a lowercase letter. */
static int glued_site_name(const char *s)
{
    size_t n = strlen(s);
    for (size_t i = 0; i < NROWS(whole); i++) {
        size_t k = strlen(whole[i].text);
        if (strcmp(whole[i].why, "site name") || k < 8 || n <= k)
            continue;
        if (!strcmp(s + n - k, whole[i].text) && islower((unsigned char)s[n - k - 1]))
            return 1;
    }
    return 0;
}

/* The why of the row of rows[0..n) that s is (whole: the whole line,
 * else its start), or NULL. */
static const char *row_why(const struct furn_row *rows, size_t n, const char *s, int whole_line)
{
    for (size_t i = 0; i < n; i++)
        if (whole_line ? same_line(s, rows[i].text)
                       : !strncasecmp(s, rows[i].text, strlen(rows[i].text)))
            return rows[i].why;
    return NULL;
}

/* The length of the separator of a link run at p (" | ", " · ", " • ",
 * " > ", " › ", " » "), or 0. */
static size_t separator_at(const char *p)
{
    static const char *const seps[] = {" | ", " \xC2\xB7 ", " \xE2\x80\xA2 ", " > ",
                                       " \xE2\x80\xBA ", " \xC2\xBB ", NULL};
    for (int i = 0; seps[i]; i++)
        if (!strncmp(p, seps[i], strlen(seps[i])))
            return strlen(seps[i]);
    return 0;
}

/* Whether s is a run of at least three short links with separators and
 * no sentence in it ("Media > Press Releases > 2024", "About | Careers |
 * Contact"): each part at most five words, no final period. */
static int link_run(const char *s)
{
    size_t parts = 1, words = 1;
    for (const char *p = s; *p; p++) {
        size_t n = separator_at(p);
        if (n) {
            if (words > 5)
                return 0;
            parts++, words = 1;
            p += n - 1;
        } else if (*p == ' ') {
            words++;
        }
    }
    size_t len = strlen(s);
    return parts >= 3 && words <= 5 && !strchr(".!?", s[len - 1]);
}

/* Whether s lists only languages' own names ("English", "English |
 * Español | Français"): a language picker. */
static int language_line(const char *s)
{
    size_t names = 0;
    const char *p = s;
    while (*p) {
        size_t best = 0;
        for (size_t i = 0; i < NROWS(languages); i++) {
            size_t n = strlen(languages[i]);
            if (n > best && !strncasecmp(p, languages[i], n) && strchr(" |/", p[n]))
                best = n;
        }
        if (!best)
            return 0;
        names++;
        p += best;
        while (*p && strchr(" |/", *p))
            p++;
    }
    return names > 0;
}

/* "5 min read", "3 minute read": a reading-time line. */
static int reading_time(const char *s)
{
    const char *p = s;
    while (isdigit((unsigned char)*p))
        p++;
    if (p == s || p - s > 2 || *p != ' ')
        return 0;
    p++;
    return !strcasecmp(p, "min read") || !strcasecmp(p, "minute read") ||
           !strcasecmp(p, "minutes read") || !strcasecmp(p, "mins read");
}

/* Whether s is only an e-mail address ("press@example.gov"); one that
 * ends a sentence ("... at press@example.gov.") is text. */
static int mail_address(const char *s)
{
    const char *at = strchr(s, '@');
    size_t n = strlen(s);
    return at && at > s && !strchr(s, ' ') && strchr(at, '.') && !strchr(at + 1, '@') &&
           s[n - 1] != '.';
}

/* Whether s is only a telephone number, or one after a label ("TEL:
 * 880-2-5566-2000", "Contact: 202-282-8010", "FAX: 1 2, 3"): seven
 * digits at least, and nothing but digits and their separators. */
static int phone_line(const char *s)
{
    static const char *const labels[] = {"Tel:", "Tel.", "Tel", "Telephone:", "Phone:",
                                         "Fax:", "Contact:", "Ph:", NULL};
    for (int i = 0; labels[i]; i++) {
        size_t n = strlen(labels[i]);
        if (!strncasecmp(s, labels[i], n) && s[n] == ' ') {
            s += n + 1;
            break;
        }
    }
    size_t digits = 0;
    for (const char *p = s; *p; p++) {
        if (isdigit((unsigned char)*p))
            digits++;
        else if (!strchr(" -+().,/", *p))
            return 0;
    }
    /* a number written with commas only ("1,250,000") is a figure */
    if (digits < 7 || !isdigit((unsigned char)s[strspn(s, "+(")]) || !strpbrk(s, "-+( /"))
        return 0;
    char *iso = rec_date_in(s, NULL, NULL);  /* "2019-04-04", "13/11/2019" */
    free(iso);
    return iso == NULL;
}

int rec_contact_line(const char *s)
{
    return mail_address(s) || phone_line(s);
}

const char *rec_furniture_why(const char *s)
{
    const char *why = row_why(whole, NROWS(whole), s, 1);
    if (!why)
        why = row_why(starts, NROWS(starts), s, 0);
    for (size_t i = 0; !why && i < NROWS(inside); i++)
        if (strstr(s, inside[i].text))
            why = inside[i].why;
    if (why)
        return why;
    if (comment_count(s))
        return "comment form";
    if (credited_caption(s))
        return "photo caption";
    if (element_name(s) || bullet_counter(s) || bare_count(s) || results_count(s))
        return "page counter";
    if (bullet_stamp(s))
        return "page stamp";
    if (carousel_slide(s))
        return "carousel";
    if (menu_like(s))
        return "site menu";
    if (glued_site_name(s))
        return "site name";
    if (hijri_date(s))
        return "Hijri date";
    if (counter_like(s))
        return "feed furniture";
    if (strstr(s, " arrow ") && strstr(s, "Home"))
        return "breadcrumb";
    if (language_line(s))
        return "language picker";
    if (reading_time(s))
        return "reading time";
    if (link_run(s) && !strstr(s, " | ") && !strstr(s, " \xC2\xB7 ") &&
        !strstr(s, " \xE2\x80\xA2 "))
        return "breadcrumb";  /* "Media > Press Releases > 2024" */
    return NULL;
}

/* Whether every part of a link run s is footer vocabulary ("Privacy
 * Policy | Accessibility | FOIA"). */
static int footer_run(const char *s)
{
    int parts = 0;
    for (const char *p = s; *p;) {
        const char *q = p;
        size_t n = 0;
        while (*q && !(n = separator_at(q)))
            q++;
        char *part = xstrndup(p, (size_t)(q - p));
        int known = (row_why(whole, NROWS(whole), part, 1) ||
                             row_why(foot_whole, NROWS(foot_whole), part, 1) ||
                             row_why(foot_starts, NROWS(foot_starts), part, 0));
        free(part);
        if (!known)
            return 0;
        parts++;
        p = *q ? q + n : q;
    }
    return parts >= 2;
}

/* "Back to Press Releases", "Return to Index", "Back to News": a link
 * back to the listing, at most six words and no sentence. */
static int back_link(const char *s)
{
    static const char *const heads[] = {"Back to ", "Return to ", "Go back to ", NULL};
    for (int i = 0; heads[i]; i++) {
        size_t n = strlen(heads[i]);
        if (!strncasecmp(s, heads[i], n) && s[n])
            return rec_count_words(s) <= 6 && !strpbrk(s, ".,;!?");
    }
    return 0;
}

/* "Read more at https://...", "Read more: www...": a repost's pointer to
 * its source, the link alone after the words. */
static int read_more_link(const char *s)
{
    static const char *const heads[] = {"Read more at ", "Read more: ", "Read more on ",
                                        "Full text at ", "More at ", NULL};
    for (int i = 0; heads[i]; i++) {
        size_t n = strlen(heads[i]);
        const char *u = s + n;
        if (!strncasecmp(s, heads[i], n) && !strchr(u, ' ') &&
            (!strncmp(u, "http", 4) || !strncmp(u, "www.", 4)))
            return 1;
    }
    return 0;
}

/* A blog's or feed's posting stamp after the text ("Published September
 * 5, 2031 at 01:00AM", "Posted on 5 May 2031 by admin"): the word, a
 * date, at most twelve words and no sentence. */
static int posting_stamp(const char *s)
{
    static const char *const heads[] = {"Published ", "Posted ", "Updated ", NULL};
    for (int i = 0; heads[i]; i++) {
        if (strncmp(s, heads[i], strlen(heads[i])))
            continue;
        char *iso = rec_date_in(s, NULL, NULL);
        free(iso);
        return iso && rec_count_words(s) <= 12 && !rec_ends_with_punct(s);
    }
    return 0;
}

const char *rec_footer_why(const char *s)
{
    const char *why = rec_furniture_why(s);
    if (!why)
        why = row_why(foot_whole, NROWS(foot_whole), s, 1);
    if (!why)
        why = row_why(foot_starts, NROWS(foot_starts), s, 0);
    if (!why && back_link(s))
        why = "share or related links";
    if (!why && read_more_link(s))
        why = "repost source";
    if (!why && posting_stamp(s))
        why = "published line";
    if (!why && link_run(s))
        why = footer_run(s) ? "site footer" : "share or related links";
    return why;
}

/* A row of spaced dots (". . . . .", ".    .    ."), at least three:
 * the mark some ministries end a release with. */
static int dotted_rule(const char *s)
{
    size_t dots = 0;
    for (const char *p = s; *p; p++) {
        if (*p == '.')
            dots++;
        else if (*p != ' ')
            return 0;
        if (*p == '.' && p[1] == '.')
            return 0;  /* "..." is an ellipsis, no rule */
    }
    return dots >= 3;
}

int rec_notes_heading(const char *s)
{
    for (size_t i = 0; i < NROWS(notes_heads); i++)
        if (same_line(s, notes_heads[i]))
            return 1;
    return 0;
}

int rec_closing_mark(const char *s)
{
    if (dotted_rule(s))
        return 2;
    for (size_t i = 0; i < NROWS(end_marks); i++)
        if (same_line(s, end_marks[i].text))
            return end_marks[i].strength;
    return 0;
}

/* A teaser's closing link: the whole line (1) or glued after "... " (2). */
int rec_more_link(const char *s)
{
    size_t n = strlen(s);
    for (size_t i = 0; i < NROWS(more_links); i++) {
        const char *t = more_links[i];
        size_t m = strlen(t);
        if (same_line(s, t))
            return 1;
        if (n <= m + 4 || strcasecmp(s + n - m, t))
            continue;
        const char *e = s + n - m;  /* "... Read More", "\u2026 Read More" */
        if (e[-1] == ' ' && (!strncmp(e - 4, "...", 3) || !strncmp(e - 4, "\xE2\x80\xA6", 3)))
            return 2;
    }
    return 0;
}

/* A FURN_RUNIN note closed by "]" within 60 bytes, a capital after it. */
size_t rec_runin_note(const char *s)
{
    for (size_t i = 0; i < NROWS(runin_notes); i++) {
        size_t m = strlen(runin_notes[i]);
        if (strncasecmp(s, runin_notes[i], m))
            continue;
        const char *c = strchr(s + m, ']');
        if (c && c - s <= 60 && c[1] == ' ' && uchar_is_upper_start(c + 2))
            return (size_t)(c + 2 - s);
    }
    return 0;
}

/* Whether s is a FURN_PREFACE note: starts so after an opening bracket,
 * then ends or goes on after a word boundary, at most 20 words, closed
 * by nothing but brackets and punctuation ("[This is a rush transcript.
 * This copy may ...]", "(As delivered)", "Check against delivery!"). */
int rec_preface_note(const char *s)
{
    const char *p = s + strspn(s, "([* ");
    size_t n = strlen(s);
    if (rec_count_words(s) > 20)
        return 0;
    for (size_t i = 0; i < NROWS(preface_notes); i++) {
        size_t m = strlen(preface_notes[i]);
        if (strncasecmp(p, preface_notes[i], m))
            continue;
        const char *e = p + m;
        if (strspn(e, ")]*.!:; ") == strlen(e))
            return 1;
        /* a longer bracketed note: closed by the bracket it opened with */
        if (p > s && strchr(".,;: ", *e) && (s[n - 1] == ']' || s[n - 1] == ')'))
            return 1;
    }
    return 0;
}
